"""The title's own regions of a kit page, each marking how it rendered its fields."""

from __future__ import annotations

from typing import Any

from .forms import date_text, pick, runtime_text, youtube_id
from .markup import Fact, esc, facts_block, slugify
from .page import FACT_ORDER, PageBuilder, section_heading


def _in_facts(b: PageBuilder, name: str) -> bool:
    place = b.design.place.get(name, "visible")
    if name == "kind":
        return b.design.kind_shown
    if name in ("directors", "writers") and b.design.crew_style != "crew-facts":
        return False
    if name in ("imdb_id", "tagline"):
        return place == "visible" and b.facts_extra.get(name, False)
    hero_name = "release_year" if name == "release" else name
    return place == "visible" or (place == "hero" and hero_name in b.design.hero_also_facts)


def facts_sections(b: PageBuilder) -> list[str]:
    names = [n for n in FACT_ORDER if _in_facts(b, n)]
    if b.rng.random() < 0.3:
        b.rng.shuffle(names)
    facts = [Fact(n, b.design.labels[n], b.value_html(n)) for n in names]
    count = min(b.design.sections, max(1, len(facts)))
    size = -(-len(facts) // count) if facts else 0
    chunks = [facts[i * size : (i + 1) * size] for i in range(count)]
    return [_facts_section(b, chunk, i, i == count - 1) for i, chunk in enumerate(chunks) if chunk]


def _facts_section(b: PageBuilder, facts: list[Fact], index: int, last: bool) -> str:
    design, cls = b.design, b.cls
    hidden = design.hidden_section if last else "none"
    tags = [design.facts_markup] + ([design.label_style] if design.label_style != "text" else [])
    tags += ["split"] if design.sections > 1 else []
    tags += [hidden] if hidden != "none" else []
    for fact in facts:
        b.mark(fact.field, "+".join([*tags, f"label={fact.label}"]))
    heading = "Details" if index == 0 else section_heading(b.rng)
    block = facts_block(facts, design, cls, f"s{index}")
    if hidden == "details":
        return f"<details{cls('more')}><summary>{esc(heading)}</summary>{block}</details>"
    if hidden == "tabpanel":
        tabs = (
            f'<div role="tablist"><button role="tab" aria-selected="true">Overview</button>'
            f'<button role="tab" aria-selected="false" aria-controls="tab-{index}">{esc(heading)}'
            "</button></div>"
        )
        return f'{tabs}<div role="tabpanel" id="tab-{index}" hidden>{block}</div>'
    return f"<section{cls('details')}><h2>{esc(heading)}</h2>{block}</section>"


def title_html(b: PageBuilder) -> str:
    record, cls, style = b.record, b.cls, b.design.title_style
    title = esc(record["title"])
    year_shown = b.design.place["release"] in ("visible", "hero")
    if style == "h1-year-span" and not year_shown:
        style = "h1-text"
    b.mark("title", style)
    if style == "h1-spans" and " " in record["title"]:
        head, tail = record["title"].split(" ", 1)
        return f"<h1{cls('title')}><span>{esc(head)}</span> <span>{esc(tail)}</span></h1>"
    if style == "h1-year-span":
        return (
            f"<h1{cls('title')}>{title} <span{cls('year')}>({record['release_year']})</span></h1>"
        )
    if style == "h1-logo-img":
        return f'<h1{cls("title")}><img alt="{title}" src="/img/logo/{b.slug}.png"></h1>'
    b.mark("title", "h1-text")
    return f"<h1{cls('title')}>{title}</h1>"


def hero_line(b: PageBuilder) -> str:
    design, record, cls = b.design, b.record, b.cls
    parts: list[str] = []
    if b.hero_kind:
        parts.append(f"<span>{esc(design.kind_word)}</span>")
        b.mark("kind", "hero-line")
    for name in design.hero_fields:
        place_name = "release" if name == "release_year" else name
        if design.place[place_name] != "hero":
            continue
        if name not in design.hero_also_facts:
            b.mark(place_name, "hero-line")
        parts.append(_hero_part(b, name, record))
    if not parts:
        return ""
    return f"<div{cls('meta')}>" + esc(design.hero_sep).join(parts) + "</div>"


def _hero_part(b: PageBuilder, name: str, record: dict[str, Any]) -> str:
    if name == "release_year":
        year = record["release_year"]
        return (
            f'<a href="/year/{year}">{year}</a>' if b.rng.random() < 0.4 else f"<span>{year}</span>"
        )
    if name == "content_rating":
        return f"<span{b.cls('cert')}>{esc(record['content_rating'])}</span>"
    if name == "runtime_minutes":
        text = runtime_text(record["runtime_minutes"], b.design.formats["hero_runtime"])
        return f"<span>{text}</span>"
    links = ", ".join(
        f'<a href="/genre/{g.lower().replace(" ", "-")}">{esc(g)}</a>' for g in record["genres"]
    )
    return f"<span>{links}</span>"


def tagline(b: PageBuilder) -> str:
    if b.design.place["tagline"] != "visible" or b.facts_extra.get("tagline"):
        return ""
    text = esc(b.record["tagline"])
    if b.rng.random() < 0.6:
        b.mark("tagline", "tagline-quoted")
        left, right = b.rng.choice((("“", "”"), ("&quot;", "&quot;")))
        return f"<p{b.cls('tagline')}>{left}{text}{right}</p>"
    b.mark("tagline", "tagline-aria")
    return f'<p{b.cls("tagline")} aria-label="Tagline">{text}</p>'


def about(b: PageBuilder) -> tuple[str, str]:
    """(hero preview, About section)."""
    if b.design.place["synopsis"] != "visible":
        return "", ""
    text = b.record["synopsis"]
    heading = pick(
        b.rng, (f"About {b.record['title']}", "Overview", "Synopsis", "Plot", "Storyline")
    )
    b.mark("synopsis", "about-section")
    preview = ""
    if len(text) > 200 and b.rng.random() < 0.5:
        preview = (
            f"<div{b.cls('preview')}><p>{esc(text[:160].rsplit(' ', 1)[0])}...</p>"
            f'<button type="button">Read more</button></div>'
        )
        b.mark("synopsis", "about-section+preview")
    return preview, f"<section{b.cls('about')}><h2>{esc(heading)}</h2><p>{esc(text)}</p></section>"


def viewers(b: PageBuilder) -> str:
    if b.design.place["audience_summary"] != "visible":
        return ""
    b.mark("audience_summary", "viewers-section")
    heading = pick(
        b.rng, ("What Viewers Are Saying", "What viewers are saying", "What Viewers Say")
    )
    text = esc(b.record["audience_summary"])
    return f"<section{b.cls('viewers')}><h2>{heading}</h2><p>{text}</p></section>"


def streaming(b: PageBuilder) -> str:
    info = b.record["streaming"]
    if b.design.place["streaming"] != "visible":
        return ""
    style, cls = b.design.streaming_style, b.cls
    b.mark("streaming", style)
    count_line = f"<p{cls('avail')}>{_count_wording(b, info)}</p>"
    providers = _providers(b, info, style)
    verified = ""
    if info["verified_on"]:
        wording = pick(
            b.rng,
            (
                "Last verified",
                "Streaming availability last verified:",
                "Last checked",
                "Availability last checked",
            ),
        )
        verified = f"<p{cls('verified')}>{wording} {date_text(info['verified_on'], 'long-us')}</p>"
    heading = pick(b.rng, ("Where to watch", "Watch now", "Streaming", "Where to Stream"))
    return (
        f'<section{cls("watch")} id="where-to-watch"><h2>{heading}</h2>{count_line}'
        f"{providers}{verified}</section>"
    )


def _count_wording(b: PageBuilder, info: dict[str, Any]) -> str:
    n = info["platform_count"]
    noun = pick(b.rng, ("platform", "service"))
    nouns = noun + ("s" if n != 1 else "")
    if info["available"]:
        return pick(
            b.rng,
            (
                f"Streaming on {n} {nouns}",
                f"Available on {n} {nouns}",
                f"Now streaming on {n} {nouns}",
                f"Streaming <span>({n} {nouns})</span>",
            ),
        )
    return pick(
        b.rng,
        (
            f"Not Currently Available On <span>({n} {nouns})</span>",
            f"Not currently available on any of {n} {nouns}",
            f"Streaming on 0 of {n} {nouns}",
        ),
    )


def _providers(b: PageBuilder, info: dict[str, Any], style: str) -> str:
    names = info["platforms"]
    if style == "stream-aria-label":
        verb = pick(b.rng, ("Watch on ", "Open in ")) if info["available"] else ""
        items = "".join(
            f'<li><a href="/go/{_key(n)}" aria-label="{verb}{esc(n)}"><svg viewBox="0 0 24 24">'
            '<rect width="24" height="24"/></svg></a></li>'
            for n in names
        )
    elif style == "stream-text":
        items = "".join(f"<li>{esc(n)}</li>" for n in names)
    else:
        items = "".join(
            f'<li><img alt="{esc(n)}" src="/img/providers/{_key(n)}.png"></li>' for n in names
        )
    listing = f"<ul{b.cls('providers')}>{items}</ul>"
    if style != "stream-segments":
        return listing
    return (
        '<div role="tablist"><button role="tab" aria-selected="true">Stream</button>'
        '<button role="tab">Rent</button><button role="tab">Buy</button></div>'
        f'<div role="tabpanel">{listing}</div><div role="tabpanel" hidden><p>No rental options '
        'right now.</p></div><div role="tabpanel" hidden><p>Not available to buy.</p></div>'
    )


def _key(name: str) -> str:
    return "".join(c for c in name.lower().replace("+", "plus") if c.isalnum())


def cast(b: PageBuilder) -> str:
    if b.design.place["cast"] != "visible":
        return ""
    style, credits = b.design.cast_style, b.record["cast"]
    b.mark("cast", style)
    heading = b.design.cast_heading
    if heading == "Starring" and len(credits) > 3:
        return _cast_block(b, "Starring", credits[:3], style) + _cast_block(
            b, "Also starring", credits[3:], style
        )
    return _cast_block(b, heading, credits, style)


def _cast_block(b: PageBuilder, heading: str, credits: list[dict[str, Any]], style: str) -> str:
    cls = b.cls
    if style == "cast-table":
        rows = "".join(
            f'<tr><td><a href="/person/{slugify(c["actor"])}">{esc(c["actor"])}</a></td>'
            f"<td>{esc(c['character'] or '')}</td></tr>"
            for c in credits
        )
        body = f"<table{cls('cast-table')}><tbody>{rows}</tbody></table>"
    else:
        body = f"<ul{cls('cast')}>" + "".join(_cast_item(b, c, style) for c in credits) + "</ul>"
    return f"<section{cls('cast-section')}><h2>{esc(heading)}</h2>{body}</section>"


def _cast_item(b: PageBuilder, credit: dict[str, Any], style: str) -> str:
    actor, character = esc(credit["actor"]), credit["character"]
    link = f'<a href="/person/{slugify(credit["actor"])}">{actor}</a>'
    if style == "cast-figure":
        caption = f"{link}" + (
            f"<span{b.cls('character')}>{esc(character)}</span>" if character else ""
        )
        image = f'<img alt="" src="/img/h/{slugify(credit["actor"])}.jpg">'
        return f"<li><figure>{image}<figcaption>{caption}</figcaption></figure></li>"
    if not character:
        return f"<li>{link}</li>"
    if style == "cast-parens" and "(" not in character:
        return f"<li>{link} ({esc(character)})</li>"
    if style == "cast-list":
        role = f"<span{b.cls('character')}>{esc(character)}</span>"
        return f"<li><span{b.cls('actor')}>{link}</span>{role}</li>"
    return f"<li>{link} as {esc(character)}</li>"


def crew(b: PageBuilder) -> str:
    style = b.design.crew_style
    shown = [n for n in ("directors", "writers") if b.design.place[n] == "visible"]
    if style == "crew-facts" or not shown:
        return ""
    for name in shown:
        b.mark(name, style)
    if style == "credit-line":
        parts = []
        if "directors" in shown:
            parts.append("Directed by " + b.list_html("directors", b.record["directors"]))
        if "writers" in shown:
            verb = pick(b.rng, ("Written by", "Screenplay by"))
            parts.append(f"{verb} " + b.list_html("writers", b.record["writers"]))
        return f"<p{b.cls('credits')}>{' · '.join(parts)}</p>"
    return _crew_lines(b, shown)


def _crew_lines(b: PageBuilder, shown: list[str]) -> str:
    roles: dict[str, list[str]] = {}
    for field, role in (
        ("directors", "Director"),
        ("writers", pick(b.rng, ("Writer", "Screenplay"))),
    ):
        if field in shown:
            for person in b.record[field]:
                roles.setdefault(person, []).append(role)
    for field in shown:
        b.page_order[field] = [p for p in roles if p in b.record[field]]
    dash = pick(b.rng, (" — ", " – ", " · "))
    items = "".join(
        f'<li><a href="/person/{slugify(p)}">{esc(p)}</a>{dash}{", ".join(r)}</li>'
        for p, r in roles.items()
    )
    heading = pick(b.rng, ("Crew", "Directors & writers", "Key crew"))
    return f"<section{b.cls('crew')}><h2>{heading}</h2><ul>{items}</ul></section>"


def imdb_link(b: PageBuilder) -> str:
    if b.design.place["imdb_id"] != "visible" or b.facts_extra.get("imdb_id"):
        return ""
    href = f"https://www.imdb.com/title/{b.record['imdb_id']}/"
    if b.rng.random() < 0.5:
        b.mark("imdb_id", "imdb-icon-link")
        icon = '<svg viewBox="0 0 24 24"><rect width="24" height="12"/></svg>'
        return f'<a href="{href}" aria-label="IMDb"{b.cls("ext")}>{icon}</a>'
    b.mark("imdb_id", "imdb-link")
    return f'<a href="{href}"{b.cls("ext")}>View on IMDb</a>'


def trailer(b: PageBuilder) -> str:
    if b.design.place["trailer_url"] != "visible":
        return ""
    video = youtube_id(b.record["trailer_url"])
    if b.rng.random() < 0.6:
        host = pick(b.rng, ("www.youtube.com", "www.youtube-nocookie.com"))
        b.mark("trailer_url", "youtube-iframe")
        src = f"https://{host}/embed/{video}?rel=0"
        player = f'<iframe title="Trailer" src="{src}" allowfullscreen></iframe>'
    else:
        b.mark("trailer_url", "youtube-link")
        player = f'<a href="https://www.youtube.com/watch?v={video}">Play trailer</a>'
    return f"<section{b.cls('trailer')}><h2>Trailer</h2>{player}</section>"
