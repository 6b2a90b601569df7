# ruff: noqa: E501 - HTML templates read better unwrapped
"""Eight invented 2027 redesigns of the ReelGuide title page.

Each design returns (head_extra, body, shown, schema): ``shown`` is the set of spec
fields the visible page gives (when the record has them), ``schema`` the set the
schema.org data gives.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.heldout3.fmt import (
    Rec,
    cookie,
    count,
    day,
    e,
    episodes,
    footer,
    h,
    header,
    imdb,
    jsonld,
    money,
    others,
    reviews,
    runtime,
    yt_embed,
)

Out = tuple[str, str, set[str], set[str]]
ALL = {"tagline", "synopsis", "audience_summary", "release_date", "release_year", "runtime_minutes",
       "content_rating", "user_rating_count", "genres", "countries", "studios", "budget", "box_office",
       "imdb_id", "trailer_url", "seasons", "streaming", "directors", "writers", "cast"}


def kind_word(rec: Rec, style: int) -> str:
    if rec["kind"] == "show":
        return ["TV Series", "Series", "TV Show"][style % 3]
    return ["Movie", "Film", "Feature film"][style % 3]


def studios_text(rec: Rec, sep: str = ", ") -> str:
    names = sep.join(e(s) for s in rec["studios"])
    extra = (rec["studios_total"] or 0) - len(rec["studios"])
    if extra > 0:
        names += f' <button type="button" class="more" aria-expanded="false">+{extra} more</button>'
    return names


def stream_block(rec: Rec, rng: random.Random, style: int) -> str:
    s = rec["streaming"]
    cls = h(rng)
    if s is None:
        if style % 2:
            return (f'<section class="wtw-{cls}" aria-label="Where to watch"><h2>Where to watch</h2>'
                    '<p>Not streaming anywhere yet. <a href="/alerts">Get an alert</a> when it arrives.</p></section>')
        return ""
    n = s["platform_count"]
    if style == 0:
        logos = "".join(f'<li><a href="/go/{i}" aria-label="Watch on {e(p)}"><img src="/logos/{i}.svg" alt="{e(p)}">'
                        f'</a></li>' for i, p in enumerate(s["platforms"]))
        head = (f"Streaming on {n} service{'s' if n != 1 else ''}" if s["available"]
                else f"Streaming on 0 of {n} services")
    elif style == 1:
        logos = "".join(f'<li class="chip-{cls}"><span>{e(p)}</span></li>' for p in s["platforms"])
        head = (f"Available on ({n} platforms)" if s["available"]
                else f"Not currently available on ({n} platforms)")
    else:
        logos = "".join(f'<li><svg aria-hidden="true"><use href="#tv"/></svg>{e(p)} '
                        f'<small>Subscription</small></li>' for p in s["platforms"])
        head = (f"Watch it on {n} service{'s' if n != 1 else ''}" if s["available"]
                else f"Not available to stream on any of these {n} services")
    when = s["verified_on"]
    ver = [f"Last verified {day(when, 0)}", f"Availability as of {day(when, 1)}",
           f'Last verified: <time datetime="{when}">{day(when, 2)}</time>'][style % 3]
    return (f'<section class="wtw-{cls}" aria-labelledby="wtw-{cls}"><h2 id="wtw-{cls}">Where to watch</h2>'
            f'<p class="sum">{head}</p><ul role="list">{logos}</ul><p class="fine">{ver}. '
            f'Prices from $3.99. 30-day free trials may apply.</p></section>')


def rail(rng: random.Random, rec: Rec, pool: list[Rec], style: int) -> str:
    cards = []
    for o in others(rng, rec, pool):
        bits = [str(o["release_year"] or "")]
        if o["content_rating"]:
            bits.append(e(o["content_rating"]))
        if o["runtime_minutes"]:
            bits.append(runtime(o["runtime_minutes"], style % 4))
        dirs = f'<p>Directed by {e(o["directors"][0])}</p>' if o["directors"] and style % 2 else ""
        votes = f'<p>{count(o["user_rating_count"], 1)}</p>' if o["user_rating_count"] else ""
        cards.append(f'<li class="rc-{h(rng)}"><a href="/{o["source_id"]}"><img alt="" src="/p/{o["source_id"]}.jpg">'
                     f'<h3>{e(o["title"])}</h3></a><p>{" · ".join(bits)}</p>{dirs}{votes}'
                     f'<p>{e(", ".join(o["genres"]))}</p></li>')
    title = ["More like this", "You might also like", "Because you viewed this", "Trending now"][style % 4]
    return f'<section aria-label="{title}" data-rail="recs"><h2>{title}</h2><ul role="list">{"".join(cards)}</ul></section>'


def cast_items(rec: Rec, style: int) -> str:
    out = []
    for c in rec["cast"]:
        a, ch = e(c["actor"]), c["character"]
        if style == 0:
            out.append(f"<li><span>{a}</span>" + (f" <span>as {e(ch)}</span>" if ch else "") + "</li>")
        elif style == 1:
            out.append(f'<li><div class="card"><img alt="{a}" src="/h/x.jpg"><strong>{a}</strong>'
                       + (f'<span class="char">{e(ch)}</span>' if ch else "") + "</div></li>")
        else:
            out.append(f"<tr><td>{a}</td><td>{e(ch) if ch else ''}</td></tr>")
    return "".join(out)


# ---------------------------------------------------------------- 0: editorial
def editorial(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)
    meta = [str(rec["release_year"])] if rec["release_year"] else []
    if rec["content_rating"]:
        meta.append(e(rec["content_rating"]))
    if rec["runtime_minutes"]:
        meta.append(runtime(rec["runtime_minutes"], 0))
    if rec["genres"]:
        meta.append(e(", ".join(rec["genres"])))
    byline = []
    if rec["directors"]:
        byline.append("Directed by " + ", ".join(e(x) for x in rec["directors"]))
    if rec["writers"]:
        byline.append("Written by " + " &amp; ".join(e(x) for x in rec["writers"]))
    tag = f'<blockquote class="tl-{c}">“{e(rec["tagline"])}”</blockquote>' if rec["tagline"] else ""
    syn = f'<div class="prose-{c}"><h2>About</h2><p>{e(rec["synopsis"])}</p></div>' if rec["synopsis"] else ""
    dl = []
    if rec["release_date"]:
        dl.append(("Released", day(rec["release_date"], 0) + " (United States)"))
    if rec["countries"]:
        dl.append(("Country of origin", e(", ".join(rec["countries"]))))
    if rec["studios"]:
        dl.append(("Production companies", studios_text(rec)))
    if rec["budget"]:
        dl.append(("Budget", money(rec["budget"], 0) + " (estimated)"))
    if rec["box_office"]:
        dl.append(("Gross worldwide", money(rec["box_office"], 0)))
    if rec["seasons"]:
        dl.append(("Seasons", str(rec["seasons"])))
    if rec["user_rating_count"]:
        dl.append(("Reader ratings", count(rec["user_rating_count"], 0)))
    dls = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in dl)
    cast = f'<section><h2>Cast</h2><ul class="cast-{c}">{cast_items(rec, 0)}</ul></section>' if rec["cast"] else ""
    body = (f'{header(rng)}<main class="ed-{c}"><article><p class="kicker">{kind_word(rec, 0)}</p>'
            f'<h1>{e(rec["title"])}</h1><p class="meta-{c}">{" · ".join(meta)}</p>{tag}'
            f'<p class="byline">{" · ".join(byline)}</p>{syn}'
            f'{yt_embed(rec["trailer_url"], 0) if rec["trailer_url"] else ""}'
            f'<dl class="facts-{c}">{dls}</dl>{cast}'
            f'{imdb(rec["imdb_id"], 0) if rec["imdb_id"] else ""}'
            f'{stream_block(rec, rng, 0)}</article>'
            f'{episodes(rng, rec) if rec["kind"] == "show" else ""}'
            f'{reviews(rng, rec)}{rail(rng, rec, pool, 0)}</main>{footer(rng)}{cookie(rng)}')
    schema = {"release_date", "runtime_minutes", "genres", "content_rating", "directors", "cast"}
    shown = ALL - {"audience_summary"}
    return jsonld(rec, schema), body, shown, schema


# ---------------------------------------------------------------- 1: dark app
def app(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)

    def icon(label: str, value: str) -> str:
        return (f'<span class="ic-{c}" data-testid="meta-{label.lower().replace(" ", "-")}">'
                f'<svg viewBox="0 0 16 16" role="img" aria-label="{label}"><title>{label}</title>'
                f'<circle cx="8" cy="8" r="7"/></svg><span>{value}</span></span>')

    row = []
    if rec["release_date"]:
        row.append(icon("Release date", day(rec["release_date"], 2)))
    elif rec["release_year"]:
        row.append(icon("Release year", str(rec["release_year"])))
    if rec["runtime_minutes"]:
        suffix = " per episode" if rec["kind"] == "show" else ""
        row.append(icon("Runtime", runtime(rec["runtime_minutes"], 2) + suffix))
    if rec["user_rating_count"]:
        row.append(icon("User ratings", count(rec["user_rating_count"], 1, "votes")))
    if rec["seasons"]:
        row.append(icon("Seasons", f'{rec["seasons"]} seasons'))
    rating = (f'<span class="badge-{c}" aria-label="Rated {e(rec["content_rating"])}">{e(rec["content_rating"])}</span>'
              if rec["content_rating"] else "")
    chips = "".join(f'<li class="pill-{c}"><a href="/genre/{e(g.lower())}">{e(g)}</a></li>' for g in rec["genres"])
    crew = []
    for n in rec["directors"]:
        crew.append(f'<li><span class="nm">{e(n)}</span><span class="role">Director</span></li>')
    wlabel = "Creator" if rec["kind"] == "show" else "Writer"
    for n in rec["writers"]:
        crew.append(f'<li><span class="nm">{e(n)}</span><span class="role">{wlabel}</span></li>')
    facts = []
    if rec["countries"]:
        facts.append(("Countries", " · ".join(e(x) for x in rec["countries"])))
    if rec["studios"]:
        facts.append(("Studios", studios_text(rec, " · ")))
    if rec["budget"]:
        facts.append(("Budget", money(rec["budget"], 1)))
    if rec["box_office"]:
        facts.append(("Box office", money(rec["box_office"], 1)))
    fl = "".join(f'<div class="row-{c}" role="listitem"><span class="k">{k}</span><span class="v">{v}</span></div>'
                 for k, v in facts)
    tag = f'<p class="tag-{c}">{e(rec["tagline"])}</p>' if rec["tagline"] else ""
    aud = (f'<section><h2>What viewers are saying</h2><p>{e(rec["audience_summary"])}</p></section>'
           if rec["audience_summary"] else "")
    body = (f'<div id="app" data-theme="dark">{header(rng)}<main><section class="hero-{c}">'
            f'<span class="sr-only">{kind_word(rec, 1)}:</span><h1 class="t-{c}">{e(rec["title"])}</h1>{tag}'
            f'<div class="icons-{c}" role="group" aria-label="Title info">{rating}{"".join(row)}</div>'
            f'<ul class="pills-{c}" role="list" aria-label="Genres">{chips}</ul>'
            f'{imdb(rec["imdb_id"], 1) if rec["imdb_id"] else ""}</section>'
            f'{stream_block(rec, rng, 1)}{aud}'
            f'<section aria-label="Cast"><h2>Top cast</h2><ul class="scroll-{c}">{cast_items(rec, 1)}</ul></section>'
            f'<section aria-label="Crew"><h2>Crew</h2><ul>{"".join(crew)}</ul></section>'
            f'<section aria-label="Facts"><h2>Facts</h2><div role="list">{fl}</div></section>'
            f'{episodes(rng, rec) if rec["kind"] == "show" else ""}{rail(rng, rec, pool, 1)}{reviews(rng, rec)}'
            f'</main>{footer(rng)}</div>')
    shown = ALL - {"synopsis", "trailer_url"}
    if rec["kind"] == "show":
        shown = shown - {"writers"}
    return "", body, shown, set()


# ---------------------------------------------------------------- 2: spec sheet
def spec_sheet(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)
    dash = "—"
    rows = [
        ("Type", kind_word(rec, 2)),
        ("Release date", day(rec["release_date"], 1) if rec["release_date"] else (str(rec["release_year"] or dash))),
        ("Running time", runtime(rec["runtime_minutes"], 1) if rec["runtime_minutes"] else dash),
        ("Certificate", e(rec["content_rating"]) if rec["content_rating"] else "N/A"),
        ("Genres", " / ".join(e(g) for g in rec["genres"]) or dash),
        ("Countries", "; ".join(e(x) for x in rec["countries"]) or dash),
        ("Production", studios_text(rec, "; ") if rec["studios"] else dash),
        ("Director", ", ".join(e(x) for x in rec["directors"]) or dash),
        ("Screenplay", ", ".join(e(x) for x in rec["writers"]) or dash),
        ("Budget", money(rec["budget"], 2) if rec["budget"] else dash),
        ("Box office", money(rec["box_office"], 2) + " (worldwide)" if rec["box_office"] else dash),
        ("Rating count", f'{rec["user_rating_count"]:,}' if rec["user_rating_count"] else dash),
        ("Aspect ratio", "2.39 : 1"), ("Sound mix", "Dolby Atmos 7.1"),
    ]
    if rec["kind"] == "show":
        rows.insert(3, ("No. of seasons", str(rec["seasons"] or dash)))
    trs = "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    cast = (f'<table class="cast-{c}"><caption>Cast</caption><thead><tr><th>Actor</th><th>Role</th></tr></thead>'
            f'<tbody>{cast_items(rec, 2)}</tbody></table>') if rec["cast"] else ""
    ids = f'<p>External IDs: {imdb(rec["imdb_id"], 0)} <code>{rec["imdb_id"]}</code></p>' if rec["imdb_id"] else ""
    tag = f'<p><b>Tagline:</b> "{e(rec["tagline"])}"</p>' if rec["tagline"] else ""
    body = (f'{header(rng)}<main class="spec-{c}" itemscope itemtype="https://schema.org/'
            f'{"TVSeries" if rec["kind"] == "show" else "Movie"}">'
            f'<h1 itemprop="name">{e(rec["title"])}</h1>{tag}'
            f'<table class="facts-{c}" data-component="SpecTable"><caption>Technical specifications</caption>'
            f'<tbody>{trs}</tbody></table>{cast}{ids}{stream_block(rec, rng, 2)}'
            f'{episodes(rng, rec) if rec["kind"] == "show" else ""}{rail(rng, rec, pool, 2)}</main>'
            f'{footer(rng)}{cookie(rng)}')
    shown = ALL - {"synopsis", "audience_summary", "trailer_url"}
    return "", body, shown, set()


# ---------------------------------------------------------------- 3: mobile, collapsible
def mobile(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)
    hero = []
    if rec["release_year"]:
        hero.append(str(rec["release_year"]))
    if rec["runtime_minutes"]:
        hero.append(runtime(rec["runtime_minutes"], 0))
    if rec["content_rating"]:
        hero.append(e(rec["content_rating"]))
    lines = []
    if rec["release_date"]:
        lines.append(f'Release date: {day(rec["release_date"], 3)}')
    if rec["genres"]:
        lines.append("Genre: " + ", ".join(e(g) for g in rec["genres"]))
    if rec["countries"]:
        lines.append("Country: " + ", ".join(e(x) for x in rec["countries"]))
    if rec["studios"]:
        lines.append("Studio: " + studios_text(rec))
    if rec["seasons"]:
        lines.append(f'Seasons: {rec["seasons"]}')
    if rec["budget"]:
        lines.append("Budget: " + money(rec["budget"], 1) + " (est.)")
    if rec["box_office"]:
        lines.append("Box office: " + money(rec["box_office"], 0))
    det = "".join(f"<li>{x}</li>" for x in lines)
    cast = "".join(
        f'<li><b>{e(x["actor"])}</b>' + (f' — {e(x["character"])}' if x["character"] else "") + "</li>"
        for x in rec["cast"])
    crew = ""
    if rec["directors"]:
        crew += "<p>Director(s): " + ", ".join(e(x) for x in rec["directors"]) + "</p>"
    if rec["writers"]:
        crew += "<p>Writer(s): " + ", ".join(e(x) for x in rec["writers"]) + "</p>"
    crew += f"<p>Producers: {e(rng.choice(['Mara Lindqvist', 'Omar Castell']))}, {e('Petra Novak')}</p>"
    syn = ""
    if rec["synopsis"]:
        syn = (f'<details class="d-{c}" open><summary>Overview</summary><p>{e(rec["synopsis"])}</p></details>')
    tag = f'<p class="tg-{c}"><q>{e(rec["tagline"])}</q></p>' if rec["tagline"] else ""
    body = (f'<rg-shell data-v="27.3">{header(rng)}<main><div class="hero-{c}">'
            f'<h1>{e(rec["title"])}</h1><p class="sub-{c}" aria-label="Summary">{" • ".join(hero)}</p>{tag}</div>'
            f'{stream_block(rec, rng, 3)}{syn}'
            f'<details class="d-{c}"><summary>Details</summary><ul>{det}</ul></details>'
            f'<details class="d-{c}"><summary>Cast ({len(rec["cast"])})</summary><ul>{cast}</ul></details>'
            f'<details class="d-{c}"><summary>Crew</summary>{crew}</details>'
            f'{"<details><summary>Episodes</summary>" + episodes(rng, rec) + "</details>" if rec["kind"] == "show" else ""}'
            f'<details><summary>Reviews</summary>{reviews(rng, rec)}</details>'
            f'{rail(rng, rec, pool, 3)}</main>{footer(rng)}{cookie(rng)}</rg-shell>')
    schema = {"release_date", "user_rating_count", "genres", "cast", "directors"}
    if rec["kind"] == "show":
        schema.add("seasons")
    shown = ALL - {"user_rating_count", "imdb_id", "trailer_url", "audience_summary"}
    return jsonld(rec, schema, graph=True), body, shown, schema


# ---------------------------------------------------------------- 4: card grid dashboard
def dashboard(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)

    def card(metric: str, label: str, value: str) -> str:
        return (f'<div class="card-{c}" data-metric="{metric}"><h3 class="lbl-{c}">{label}</h3>'
                f'<p class="val-{c}">{value}</p></div>')

    cards = [card("type", "Format", kind_word(rec, 0))]
    if rec["release_date"]:
        cards.append(card("release", "Premiere", f'<time datetime="{rec["release_date"]}">{day(rec["release_date"], 0)}</time>'))
    elif rec["release_year"]:
        cards.append(card("release", "Premiere", f"Coming {rec['release_year']}"))
    if rec["runtime_minutes"]:
        cards.append(card("runtime", "Runtime", runtime(rec["runtime_minutes"], 3)))
    cards.append(card("rating", "Maturity rating", e(rec["content_rating"]) if rec["content_rating"] else "—"))
    if rec["user_rating_count"]:
        cards.append(card("votes", "Audience votes", count(rec["user_rating_count"], 1, "votes")))
    if rec["genres"]:
        cards.append(card("genres", "Genres", "".join(f'<span class="tag">{e(g)}</span> ' for g in rec["genres"])))
    if rec["countries"]:
        cards.append(card("countries", "Made in", ", ".join(e(x) for x in rec["countries"])))
    if rec["studios"]:
        cards.append(card("studios", "Studios", studios_text(rec)))
    if rec["budget"]:
        cards.append(card("budget", "Budget", money(rec["budget"], 1)))
    if rec["box_office"]:
        cards.append(card("gross", "Box office", money(rec["box_office"], 1)))
    if rec["seasons"]:
        cards.append(card("seasons", "Seasons", str(rec["seasons"])))
    if rec["directors"]:
        cards.append(card("director", "Directed by", "<br>".join(e(x) for x in rec["directors"])))
    if rec["writers"]:
        cards.append(card("writers", "Written by", "<br>".join(e(x) for x in rec["writers"])))
    # sibling stats for the franchise, with the same labels
    o = others(rng, rec, pool, 1)[0]
    sib = (f'<aside class="cmp-{c}" aria-label="Compare with {e(o["title"])}"><h2>Compare: {e(o["title"])}</h2>'
           + (card("runtime", "Runtime", runtime(o["runtime_minutes"], 3)) if o["runtime_minutes"] else "")
           + (card("votes", "Audience votes", count(o["user_rating_count"], 1, "votes")) if o["user_rating_count"] else "")
           + "</aside>")
    tag = f'<p class="tag-{c}">“{e(rec["tagline"])}”</p>' if rec["tagline"] else ""
    cast = "".join(
        f'<div class="person-{c}" role="listitem"><p>{e(x["actor"])}</p>'
        + (f'<p class="muted">{e(x["character"])}</p>' if x["character"] else "") + "</div>"
        for x in rec["cast"])
    body = (f'{header(rng)}<main class="dash-{c}"><div class="top-{c}"><h1>{e(rec["title"])}</h1>{tag}'
            f'{imdb(rec["imdb_id"], 1) if rec["imdb_id"] else ""}</div>'
            f'<div class="grid-{c}" role="region" aria-label="At a glance">{"".join(cards)}</div>'
            f'<div class="trailer-{c}">{yt_embed(rec["trailer_url"], 1) if rec["trailer_url"] else ""}</div>'
            f'<section><h2>Cast</h2><div role="list">{cast}</div></section>'
            f'{stream_block(rec, rng, 4)}{sib}{episodes(rng, rec) if rec["kind"] == "show" else ""}'
            f'{rail(rng, rec, pool, 4)}{reviews(rng, rec)}</main>{footer(rng)}{cookie(rng)}')
    shown = ALL - {"synopsis", "audience_summary"}
    return "", body, shown, set()


# ---------------------------------------------------------------- 5: magazine with sidebar
def magazine(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)
    slug = rec["source_id"].split("/")[1]
    side = []
    if rec["release_date"]:
        side.append(("In cinemas" if rec["kind"] == "movie" else "First aired", day(rec["release_date"], 1)))
    elif rec["release_year"]:
        side.append(("Year", str(rec["release_year"])))
    if rec["runtime_minutes"]:
        side.append(("Length", runtime(rec["runtime_minutes"], 2)
                     + (" / episode" if rec["kind"] == "show" else "")))
    if rec["content_rating"]:
        side.append(("Rated", e(rec["content_rating"])))
    if rec["genres"]:
        side.append(("Genre", ", ".join(e(g) for g in rec["genres"])))
    if rec["countries"]:
        side.append(("Country", ", ".join(e(x) for x in rec["countries"])))
    if rec["seasons"]:
        side.append(("Seasons", str(rec["seasons"])))
    if rec["studios"]:
        side.append(("Production companies", studios_text(rec)))
    if rec["budget"]:
        side.append(("Budget", money(rec["budget"], 1)))
    if rec["box_office"]:
        side.append(("Worldwide gross", money(rec["box_office"], 1)))
    dl = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in side)
    cast = "".join(
        f'<li>{e(x["actor"])}' + (f' <i>as</i> {e(x["character"])}' if x["character"] else "") + "</li>"
        for x in rec["cast"])
    credits = ""
    if rec["directors"]:
        credits += f'<p><span class="lbl">Directed by</span> {", ".join(e(x) for x in rec["directors"])}</p>'
    if rec["writers"]:
        credits += f'<p><span class="lbl">Written by</span> {", ".join(e(x) for x in rec["writers"])}</p>'
    tag = f'<p class="pull-{c}"><span aria-hidden="true">“</span>{e(rec["tagline"])}<span aria-hidden="true">”</span></p>' \
        if rec["tagline"] else ""
    syn = f'<h2>The story</h2><p>{e(rec["synopsis"])}</p>' if rec["synopsis"] else ""
    note = (f'<div class="ed-note-{c}" role="note"><h3>Editor\'s note</h3><p>Our critic first reviewed this in '
            f'2011, giving it 4 stars; the 2024 restoration runs 8 minutes longer.</p></div>')
    body = (f'{header(rng)}<div class="mag-{c}"><article class="main-{c}">'
            f'<h1 class="logo-title-{c}"><img src="/logos/{slug}.png" alt="{e(rec["title"])}"></h1>'
            f'<p class="sr-only">{kind_word(rec, 1)}</p>{tag}{syn}{note}'
            f'{yt_embed(rec["trailer_url"], 2) if rec["trailer_url"] else ""}'
            f'{reviews(rng, rec)}</article>'
            f'<aside class="side-{c}" aria-label="Fact file"><h2>Fact file</h2><dl>{dl}</dl>{credits}'
            f'<h2>Cast</h2><ul>{cast}</ul>{imdb(rec["imdb_id"], 0) if rec["imdb_id"] else ""}'
            f'{stream_block(rec, rng, 5)}</aside>'
            f'{episodes(rng, rec) if rec["kind"] == "show" else ""}{rail(rng, rec, pool, 5)}</div>{footer(rng)}')
    schema = {"user_rating_count", "writers"}
    shown = ALL - {"user_rating_count", "audience_summary"}
    return jsonld(rec, schema), body, shown, schema


# ---------------------------------------------------------------- 6: stat tiles row
def tiles(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)

    def tile(key: str, value: str, unit: str = "") -> str:
        u = f'<span class="u-{c}">{unit}</span>' if unit else ""
        return (f'<li class="tile-{c}"><span class="v-{c}">{value}</span>{u}'
                f'<span class="k-{c}">{key}</span></li>')

    ts = []
    if rec["release_date"]:
        ts.append(tile("Release date", day(rec["release_date"], 3)))
    elif rec["release_year"]:
        ts.append(tile("Release", str(rec["release_year"])))
    if rec["runtime_minutes"]:
        ts.append(tile("Runtime" + (" per episode" if rec["kind"] == "show" else ""), str(rec["runtime_minutes"]), "min"))
    if rec["content_rating"]:
        ts.append(tile("Age rating", e(rec["content_rating"])))
    if rec["user_rating_count"]:
        ts.append(tile("User votes", count(rec["user_rating_count"], 1, "").strip() if rec["user_rating_count"] > 1 else "1"))
    if rec["seasons"]:
        ts.append(tile("Seasons", str(rec["seasons"])))
    if rec["budget"]:
        ts.append(tile("Budget", money(rec["budget"], 0)))
    if rec["box_office"]:
        ts.append(tile("Box office", money(rec["box_office"], 0)))
    if rec["countries"]:
        ts.append(tile("Countries", ", ".join(e(x) for x in rec["countries"])))
    if rec["studios"]:
        ts.append(tile("Studios", studios_text(rec)))
    genre = "".join(f'<a class="g-{c}" href="/genre/{e(g.lower())}">{e(g)}</a>' for g in rec["genres"])
    cast = "".join(
        f'<figure><img alt="" src="/h/{i}.jpg"><figcaption><span>{e(x["actor"])}</span>'
        + (f'<span class="as">{e(x["character"])}</span>' if x["character"] else "") + "</figcaption></figure>"
        for i, x in enumerate(rec["cast"]))
    tag = f'<p class="tagline-{c}">"{e(rec["tagline"])}"</p>' if rec["tagline"] else ""
    aud = (f'<section aria-label="Audience summary"><h2>What viewers are saying</h2><p>{e(rec["audience_summary"])}</p>'
           f'</section>') if rec["audience_summary"] else ""
    body = (f'{header(rng)}<main><div class="hd-{c}"><p class="type-{c}">{kind_word(rec, 0)}</p>'
            f'<h1>{e(rec["title"])}</h1>{tag}<nav aria-label="Genres">{genre}</nav></div>'
            f'<ul class="tiles-{c}" role="list" aria-label="Key facts" style="overflow-x:auto">{"".join(ts)}</ul>'
            f'{aud}<section aria-label="Cast"><h2>Starring</h2><div class="hs-{c}">{cast}</div></section>'
            f'{stream_block(rec, rng, 6)}{imdb(rec["imdb_id"], 1) if rec["imdb_id"] else ""}'
            f'{episodes(rng, rec) if rec["kind"] == "show" else ""}{rail(rng, rec, pool, 6)}'
            f'{reviews(rng, rec)}</main>{footer(rng)}{cookie(rng)}')
    schema = {"directors", "writers", "release_date", "genres"}
    shown = ALL - {"synopsis", "trailer_url", "directors", "writers"}
    return jsonld(rec, schema), body, shown, schema


# ---------------------------------------------------------------- 7: tabs
def tabs(rec: Rec, rng: random.Random, pool: list[Rec]) -> Out:
    c = h(rng)

    def fact(label: str, value: str) -> str:
        return f'<rg-fact title="{label}" class="f-{c}">{value}</rg-fact>'

    ov = []
    if rec["synopsis"]:
        ov.append(f'<p class="syn-{c}">{e(rec["synopsis"])}</p>')
    if rec["audience_summary"]:
        ov.append(f'<h3>Viewers say</h3><p>{e(rec["audience_summary"])}</p>')
    det = [fact("Type", kind_word(rec, 2))]
    if rec["release_date"]:
        det.append(fact("Release date", day(rec["release_date"], 0)))
    elif rec["release_year"]:
        det.append(fact("Release year", str(rec["release_year"])))
    if rec["runtime_minutes"]:
        det.append(fact("Runtime", runtime(rec["runtime_minutes"], 1)))
    if rec["content_rating"]:
        det.append(fact("Content rating", e(rec["content_rating"])))
    if rec["genres"]:
        det.append(fact("Genres", ", ".join(e(g) for g in rec["genres"])))
    if rec["countries"]:
        det.append(fact("Countries", ", ".join(e(x) for x in rec["countries"])))
    if rec["studios"]:
        det.append(fact("Studios", studios_text(rec)))
    if rec["budget"]:
        det.append(fact("Budget", money(rec["budget"], 0)))
    if rec["box_office"]:
        det.append(fact("Box office", money(rec["box_office"], 0)))
    if rec["user_rating_count"]:
        det.append(fact("Votes", count(rec["user_rating_count"], 0, "votes")))
    if rec["seasons"]:
        det.append(fact("Seasons", str(rec["seasons"])))
    crew = ""
    if rec["directors"]:
        crew += f'<h3>Directed by</h3><ul>{"".join(f"<li>{e(x)}</li>" for x in rec["directors"])}</ul>'
    if rec["writers"]:
        crew += f'<h3>Writing credits</h3><ul>{"".join(f"<li>{e(x)}</li>" for x in rec["writers"])}</ul>'
    names = ["Overview", "Cast &amp; Crew", "Details", "Where to watch"] + (["Episodes"] if rec["kind"] == "show" else [])
    tl = "".join(f'<button role="tab" id="t{i}-{c}" aria-controls="p{i}-{c}" aria-selected="{str(i == 0).lower()}">'
                 f'{n}</button>' for i, n in enumerate(names))
    panels = [
        "".join(ov) + (yt_embed(rec["trailer_url"], 0) if rec["trailer_url"] else ""),
        f'<h3>Cast</h3><ul>{cast_items(rec, 0)}</ul>{crew}',
        "".join(det) + (imdb(rec["imdb_id"], 0) if rec["imdb_id"] else ""),
        stream_block(rec, rng, 7) or "<p>No streaming information.</p>",
    ] + ([episodes(rng, rec)] if rec["kind"] == "show" else [])
    ps = "".join(f'<div role="tabpanel" id="p{i}-{c}" aria-labelledby="t{i}-{c}"{"" if i == 0 else " hidden"}>{p}</div>'
                 for i, p in enumerate(panels))
    tag = f'<p class="tg-{c}">“{e(rec["tagline"])}”</p>' if rec["tagline"] else ""
    body = (f'{header(rng)}<main><div class="hero-{c}"><h1>{e(rec["title"])}</h1>{tag}</div>'
            f'<div role="tablist" aria-label="Title sections">{tl}</div>{ps}'
            f'{rail(rng, rec, pool, 7)}{reviews(rng, rec)}</main>{footer(rng)}')
    schema = {"cast", "genres", "runtime_minutes", "release_date", "countries", "directors"}
    shown = set(ALL)
    return jsonld(rec, schema), body, shown, schema


DESIGNS: list[tuple[str, Callable[[Rec, random.Random, list[Rec]], Out]]] = [
    ("editorial", editorial), ("app", app), ("spec_sheet", spec_sheet), ("mobile", mobile),
    ("dashboard", dashboard), ("magazine", magazine), ("tiles", tiles), ("tabs", tabs),
]
