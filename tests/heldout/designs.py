# ruff: noqa: E501  (HTML templates read best on one line)
"""Title-page designs in the styles of real sites. Each design renders one
record and fills the expected record from what it actually shows."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tests.heldout.core import (
    MONTHS,
    Exp,
    Namer,
    Rec,
    cookie_banner,
    episodes,
    esc,
    fmt_count,
    fmt_date,
    fmt_money,
    fmt_runtime,
    footer,
    jsonld,
    nav,
    page,
    rail,
    reviews,
    trivia,
)

Design = Callable[[random.Random, Rec, str], tuple[str, Rec]]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(list(options))


def ld_fields(rng: random.Random, p: float = 0.6) -> set[str]:
    allf = ["release_date", "runtime_minutes", "genres", "content_rating", "countries", "studios",
            "user_rating_count", "directors", "writers", "cast", "imdb_id", "trailer_url", "seasons", "synopsis"]
    return {f for f in allf if chance(rng, p)}


def maybe_ld(rng: random.Random, rec: Rec, exp: Exp, url: str, p_block: float = 0.6,
             force: set[str] | None = None) -> str:
    if not chance(rng, p_block) and not force:
        return ""
    fields = ld_fields(rng) | (force or set())
    return jsonld(rng, rec, exp, fields, url)


# ---------------------------------------------------------------- shared widgets

def streaming_block(rng: random.Random, c: Namer, rec: Rec, exp: Exp, style: str) -> str:
    st = rec["streaming"]
    if not st:
        return ""
    n = st["platform_count"]
    svc = "service" if n == 1 else "services"
    plat = "platform" if n == 1 else "platforms"
    if st["available"]:
        count = pick(rng, f"Streaming on {n} {svc}", f"Available on {n} streaming {svc}",
                     f"{n} streaming {'option' if n == 1 else 'options'}", f"Stream it on {n} {plat}",
                     f"Watch on {n} {svc}")
    else:
        count = pick(rng, f"Not currently streaming on any of these {n} {svc}",
                     f"Not Currently Available On ({n} {plat})", f"Streaming on 0 of {n} {svc}",
                     f"Unavailable on all {n} {svc} we track")
    items = []
    how = rng.choice(["img", "aria", "text", "title"])
    for p in st["platforms"]:
        slug = p.lower().replace("+", "plus").replace(" ", "-")
        if how == "img":
            inner = f'<img src="/logos/{slug}.svg" alt="{esc(p)}" width="40" height="40">'
        elif how == "aria":
            inner = f'<a href="/go/{slug}" aria-label="{esc(p)}"><i class="icon icon-{slug}" aria-hidden="true"></i></a>'
        elif how == "title":
            inner = f'<a href="/go/{slug}" title="{esc(p)}"><img src="/logos/{slug}.png" alt="{esc(p)} logo"></a>'
        else:
            inner = f'<a href="/go/{slug}">{esc(p)}</a>'
        extra = "" if not st["available"] else f'<span class="{c("offer-q")}">{pick(rng, "HD", "4K", "Subscription", "SD")}</span>'
        items.append(f'<li class="{c("offer")}">{inner}{extra}</li>')
    exp.show("streaming", dict(st))
    ver = ""
    if st["verified_on"] and not chance(rng, 0.25):
        v = fmt_date(rng, st["verified_on"], pick(rng, "mdy", "dmy", "mdy_short", "dmy_short"))
        ver = pick(rng, f"Last updated {v}", f"Availability last checked on {v}",
                   f"Streaming availability last verified: {v}", f"Offers verified {v}", f"Data as of {v}")
        ver = f'<p class="{c("verified")}">{ver}</p>'
    else:
        exp.d["streaming"]["verified_on"] = None
    head = pick(rng, "Where to watch", "Where to Watch", "Watch now", "Streaming", "How to watch")
    group = pick(rng, "Stream", "Subscription", "Streaming", "Included with")
    rent = ""
    if chance(rng, 0.4):
        rent = (f'<div class="{c("offer-group")}"><h4>{pick(rng, "Rent", "Buy", "Rent or buy")}</h4>'
                f'<p>{pick(rng, "No rental offers right now.", "Not available to rent or buy.")}</p></div>')
    if style == "tabs":
        return (f'<section class="{c("watch")}" id="watch"><h2>{head}</h2>'
                f'<div role="tablist"><button role="tab" aria-selected="true">{group}</button>'
                f'<button role="tab">Rent</button><button role="tab">Buy</button></div>'
                f'<p class="{c("watch-count")}">{count}</p><ul class="{c("offers")}">{"".join(items)}</ul>{ver}</section>')
    return (f'<section class="{c("watch")}" id="watch"><h2>{head}</h2><p class="{c("watch-count")}">{count}</p>'
            f'<div class="{c("offer-group")}"><h4>{group}</h4><ul class="{c("offers")}">{"".join(items)}</ul></div>'
            f'{rent}{ver}</section>')


def cast_block(rng: random.Random, c: Namer, rec: Rec, exp: Exp, style: str) -> str:
    cast = rec["cast"]
    if not cast:
        return ""
    rows = []
    shown: list[dict[str, Any]] = []
    for m in cast:
        actor, char = m["actor"], m["character"]
        slug = actor.lower().replace(" ", "-")
        if style == "cards":
            ch = f'<p class="{c("character")}">{esc(char)}</p>' if char else ""
            rows.append(f'<li class="{c("cast-card")}"><img alt="{esc(actor)}" src="/img/people/{slug}.jpg">'
                        f'<a class="{c("cast-name")}" href="/person/{slug}">{esc(actor)}</a>{ch}</li>')
            shown.append({"actor": actor, "character": char})
        elif style == "as":
            tail = f' <span class="{c("as")}">as</span> <span class="{c("role")}">{esc(char)}</span>' if char else ""
            rows.append(f'<li><a href="/person/{slug}">{esc(actor)}</a>{tail}</li>')
            shown.append({"actor": actor, "character": char})
        elif style == "table":
            rows.append(f'<tr><td class="{c("photo")}"><img alt="" src="/img/people/{slug}.jpg"></td>'
                        f'<td><a href="/person/{slug}">{esc(actor)}</a></td><td class="{c("ellipsis")}">...</td>'
                        f'<td class="{c("char")}">{esc(char) if char else ""}</td></tr>')
            shown.append({"actor": actor, "character": char})
        else:  # names only
            rows.append(f'<a href="/person/{slug}">{esc(actor)}</a>')
            shown.append({"actor": actor, "character": None})
    exp.show("cast", shown)
    if style == "table":
        return f'<table class="{c("cast-table")}"><tbody>{"".join(rows)}</tbody></table>'
    if style == "names":
        return ", ".join(rows)
    return f'<ul class="{c("cast-list")}">{"".join(rows)}</ul>'


def date_text(rng: random.Random, rec: Rec, exp: Exp, allow_year_only: bool = True, **kw: Any) -> str | None:
    """The release date as the page shows it (maybe only the month and year, or the year)."""
    if not rec["release_year"]:
        return None
    if rec["release_date"] and not (allow_year_only and chance(rng, 0.2)):
        exp.date(True)
        txt = fmt_date(rng, rec["release_date"], kw.get("style"))
        if kw.get("country") and rec["countries"]:
            txt += f" ({rec['countries'][0]})"
        return txt
    exp.date(False)
    if rec["release_date"] and chance(rng, 0.5):
        m = int(rec["release_date"][5:7])
        return f"{MONTHS[m - 1]} {rec['release_year']}"
    return str(rec["release_year"])


def studios_text(rng: random.Random, rec: Rec, exp: Exp, sep: str = ", ") -> str | None:
    studios = rec["studios"]
    total = rec["studios_total"] or len(studios)
    if not studios:
        return None
    k = len(studios)
    if k > 1 and chance(rng, 0.3):
        k = rng.randint(1, k - 1)
    shown = studios[:k]
    exp.show("studios", shown)
    exp.show("studios_total", total)
    txt = sep.join(esc(s) for s in shown)
    if total > k:
        txt += f' <a href="#companies">{pick(rng, f"+{total - k} more", f"+{total - k} more", f"and {total - k} more")}</a>'
    return txt


def writers_with_notes(rng: random.Random, writers: list[str], show: bool = False) -> list[str]:
    notes = ["(creator)", "(developed by)", "(teleplay)"] if show else ["(screenplay)", "(story)", "(novel)", "(written by)"]
    out = []
    for w in writers:
        out.append(f"{esc(w)} {rng.choice(notes)}" if chance(rng, 0.35) else esc(w))
    return out


def imdb_link(rng: random.Random, rec: Rec, exp: Exp, c: Namer) -> str:
    if not rec["imdb_id"] or chance(rng, 0.2):
        return ""
    exp.show("imdb_id")
    href = pick(rng, f"https://www.imdb.com/title/{rec['imdb_id']}/", f"https://imdb.com/title/{rec['imdb_id']}",
                f"http://www.imdb.com/title/{rec['imdb_id']}/?ref_=rg")
    inner = pick(rng, "IMDb", '<svg aria-hidden="true"></svg><span class="sr-only">IMDb</span>', "More at IMDb")
    return f'<a class="{c("ext-imdb")}" href="{href}" rel="noopener" target="_blank">{inner}</a>'


def trailer(rng: random.Random, rec: Rec, exp: Exp, c: Namer) -> str:
    if not rec["trailer_url"]:
        return ""
    vid = rec["trailer_url"].rsplit("=", 1)[1]
    exp.show("trailer_url")
    src = pick(rng, f"https://www.youtube.com/embed/{vid}?rel=0", f"https://www.youtube-nocookie.com/embed/{vid}")
    return (f'<div class="{c("trailer")}"><h3>{pick(rng, "Trailer", "Official Trailer", "Videos")}</h3>'
            f'<iframe src="{src}" title="YouTube video player" allowfullscreen></iframe></div>')


def finish(rng: random.Random, rec: Rec, exp: Exp, url: str, c: Namer, site: str, main: str,
           ld: str, canonical: bool = True) -> tuple[str, Rec]:
    body = cookie_banner(rng, c) + nav(rng, c) + main + footer(rng, c)
    title = f"{rec['title']} ({rec['release_year']}) - {site}" if rec["release_year"] else f"{rec['title']} - {site}"
    return page(title, ld, body, url, c("body"), canonical), exp.d


def seasons_text(rng: random.Random, rec: Rec, exp: Exp) -> str | None:
    if rec["kind"] != "show" or not rec["seasons"]:
        return None
    exp.show("seasons")
    n = rec["seasons"]
    return f"{n} Season" if n == 1 else pick(rng, f"{n} Seasons", f"{n} seasons")


# ---------------------------------------------------------------- 1. IMDb (current)

def d_imdb_modern(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "ipc")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    meta = []
    if show:
        meta.append("TV Series")
    if rec["release_year"]:
        meta.append(f'<a href="/releaseinfo">{rec["release_year"]}{"–" if show else ""}</a>')
        exp.show("release_year")
    if rec["content_rating"]:
        meta.append(f'<a href="/parentalguide">{esc(rec["content_rating"])}</a>')
        exp.show("content_rating")
    if rec["runtime_minutes"]:
        meta.append(fmt_runtime(rng, rec["runtime_minutes"], pick(rng, "hm", "hm", "min")))
        exp.show("runtime_minutes")
    meta_html = "".join(f'<li class="{c("meta-item")}">{m}</li>' for m in meta)
    rating = ""
    if rec["user_rating_count"]:
        n = fmt_count(rng, rec["user_rating_count"])
        exp.show("user_rating_count")
        pl = "" if n == "1" else "s"
        tail = n if chance(rng, 0.5) else pick(rng, f"{n} vote{pl}", f"{n} rating{pl}", f"{n} user rating{pl}")
        rating = (f'<div class="{c("rating-bar")}" data-testid="hero-rating-bar__aggregate-rating">'
                  f'<div class="{c("rating-label")}">IMDb RATING</div><span>{round(rng.uniform(6, 9), 1)}</span>'
                  f'<span>/10</span><div class="{c("rating-count")}">{tail}</div></div>')
    chips = ""
    if rec["genres"]:
        exp.show("genres")
        chips = "".join(f'<a class="ipc-chip" href="/search?genres={esc(g)}"><span class="ipc-chip__text">{esc(g)}</span></a>'
                        for g in rec["genres"])
    plot = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        plot = f'<p data-testid="plot"><span data-testid="plot-xl">{esc(rec["synopsis"])}</span></p>'
    credits = []
    if rec["directors"]:
        exp.show("directors")
        lab = "Director" if len(rec["directors"]) == 1 else "Directors"
        credits.append((lab, [esc(d) for d in rec["directors"]]))
    if rec["writers"]:
        exp.show("writers")
        lab = ("Creator" if len(rec["writers"]) == 1 else "Creators") if show else pick(
            rng, "Writer" if len(rec["writers"]) == 1 else "Writers", "Writing credits")
        credits.append((lab, writers_with_notes(rng, rec["writers"]) if not show else [esc(w) for w in rec["writers"]]))
    top_cast = rec["cast"][:3]
    if top_cast:
        credits.append(("Stars", [esc(m["actor"]) for m in top_cast]))
    cred_html = "".join(
        f'<li class="ipc-metadata-list__item" data-testid="title-pc-principal-credit">'
        f'<span class="ipc-metadata-list-item__label">{lab}</span><div><ul class="ipc-inline-list">'
        + "".join(f'<li class="ipc-inline-list__item"><a href="/name/nm{rng.randint(10**6, 10**7)}/">{n}</a></li>' for n in names)
        + "</ul></div></li>" for lab, names in credits)
    cast_html = ""
    if rec["cast"]:
        cast_html = ('<section data-testid="title-cast"><h3 class="ipc-title__text">Top cast</h3>'
                     + cast_block(rng, c, rec, exp, "cards") + "</section>")
    details = []
    d = date_text(rng, rec, exp, allow_year_only=False, country=True)
    if d:
        details.append(("Release date", d))
    if rec["countries"]:
        exp.show("countries")
        details.append(("Country of origin" if len(rec["countries"]) == 1 else "Countries of origin",
                        " · ".join(esc(x) for x in rec["countries"])))
    details.append(("Language", "English"))
    if chance(rng, 0.5):
        details.append(("Filming locations", "Los Angeles, California, USA"))
    st = studios_text(rng, rec, exp, sep=" · ")
    if st:
        details.append(("Production company" if len(exp.d["studios"]) == 1 else "Production companies", st))
    details_html = "".join(f'<li class="ipc-metadata-list__item"><span class="ipc-metadata-list-item__label">{k}</span>'
                           f'<div class="ipc-metadata-list-item__content-container">{v}</div></li>' for k, v in details)
    box = []
    if rec["budget"]:
        exp.show("budget")
        box.append(("Budget", fmt_money(rng, rec["budget"], rec["countries"], "full") + " (estimated)"))
    if rec["box_office"]:
        exp.show("box_office")
        box.append(("Gross worldwide", fmt_money(rng, rec["box_office"], rec["countries"], "full")))
    if box and chance(rng, 0.5):
        box.insert(1 if len(box) > 1 else 0, ("Opening weekend US & Canada", f"${rng.randint(1, 40)},{rng.randint(100, 999)},{rng.randint(100, 999)}"))
    box_html = ""
    if box:
        box_html = ('<section data-testid="BoxOffice"><h3>Box office</h3><ul>'
                    + "".join(f'<li class="ipc-metadata-list__item"><span class="ipc-metadata-list-item__label">{k}</span>'
                              f'<div>{v}</div></li>' for k, v in box) + "</ul></section>")
    tech = ""
    if rec["runtime_minutes"] and chance(rng, 0.6):
        tech = (f'<section data-testid="TechSpecs"><h3>Technical specs</h3><ul><li><span class="ipc-metadata-list-item__label">Runtime</span>'
                f'<div>{fmt_runtime(rng, rec["runtime_minutes"], "hours_minutes")}</div></li>'
                f'<li><span class="ipc-metadata-list-item__label">Sound mix</span><div>Dolby Digital</div></li></ul></section>')
    story = []
    if rec["tagline"]:
        exp.show("tagline")
        story.append(("Tagline", esc(rec["tagline"])))
    if rec["content_rating"] and chance(rng, 0.5):
        story.append(("Certificate", esc(rec["content_rating"])))
    story_html = ""
    if story:
        story_html = ('<section data-testid="Storyline"><h3>Storyline</h3><ul>'
                      + "".join(f'<li class="ipc-metadata-list__item"><span class="ipc-metadata-list-item__label">{k}</span>'
                                f'<div>{v}</div></li>' for k, v in story) + "</ul></section>")
    seas = seasons_text(rng, rec, exp)
    seas_html = ""
    if seas:
        seas_html = (f'<section data-testid="Episodes"><h3>Episodes <span>{rng.randint(10, 200)}</span></h3>'
                     f'<label for="browse-episodes-season">{seas}</label><select id="browse-episodes-season">'
                     + "".join(f"<option>Season {i}</option>" for i in range(1, rec["seasons"] + 1)) + "</select></section>"
                     + episodes(rng, c, rec))
    ext = imdb_link(rng, rec, exp, c)
    ld = maybe_ld(rng, rec, exp, url, 0.8)
    main = (f'<main><section class="{c("hero")}"><h1 data-testid="hero__pageTitle"><span class="hero__primary-text">{esc(rec["title"])}</span></h1>'
            f'<ul class="ipc-inline-list {c("meta")}">{meta_html}</ul>{rating}'
            f'<div data-testid="interests">{chips}</div>{plot}'
            f'<ul class="ipc-metadata-list">{cred_html}</ul>{trailer(rng, rec, exp, c)}</section>'
            f'{streaming_block(rng, c, rec, exp, "tabs")}{seas_html}{cast_html}{reviews(rng, c, rec["title"])}'
            f'{trivia(rng, c, rec["title"])}{rail(rng, c, "More like this")}{story_html}'
            f'<section data-testid="Details"><h3>Details</h3><ul>{details_html}</ul>{ext}</section>'
            f'{box_html}{tech}</main>')
    return finish(rng, rec, exp, url, c, "IMDb-ish", main, ld)


# ---------------------------------------------------------------- 2. IMDb (2010s)

def d_imdb_legacy(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "title-overview")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    yr = ""
    if rec["release_year"]:
        exp.show("release_year")
        yr = f' <span class="nobr">(<a href="/year/{rec["release_year"]}/">{rec["release_year"]}</a>)</span>'
        if show:
            yr = f' <span class="nobr">(TV Series {rec["release_year"]}–)</span>'
    info = []
    if rec["content_rating"]:
        exp.show("content_rating")
        info.append(f'<span itemprop="contentRating">{esc(rec["content_rating"])}</span>')
    if rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        info.append(f'<time itemprop="duration" datetime="PT{rec["runtime_minutes"]}M">{rec["runtime_minutes"]} min</time>')
    if rec["genres"]:
        exp.show("genres")
        info.append(", ".join(f'<a href="/genre/{esc(g)}"><span itemprop="genre">{esc(g)}</span></a>' for g in rec["genres"]))
    d = date_text(rng, rec, exp, allow_year_only=False, style="dmy", country=True)
    if d:
        info.append(f'<a href="/releaseinfo" title="See more release dates">{"TV Series " if show else ""}{d}</a>')
    info_html = ' <span class="ghost">|</span> '.join(info)
    rating = ""
    if rec["user_rating_count"]:
        exp.show("user_rating_count")
        rating = (f'<div class="star-box-details">Ratings: <strong><span itemprop="ratingValue">{round(rng.uniform(6, 9), 1)}</span></strong>'
                  f'/<span itemprop="bestRating">10</span> from <a href="/ratings"><span itemprop="ratingCount">'
                  f'{rec["user_rating_count"]:,}</span> {"user" if rec["user_rating_count"] == 1 else "users"}</a> &nbsp; Metascore: <a>{rng.randint(40, 95)}/100</a></div>')
    credits = []
    if rec["directors"]:
        exp.show("directors")
        credits.append(("Director" if len(rec["directors"]) == 1 else "Directors", [esc(x) for x in rec["directors"]]))
    if rec["writers"]:
        exp.show("writers")
        lab = "Creators" if show else ("Writer" if len(rec["writers"]) == 1 else "Writers")
        credits.append((lab, writers_with_notes(rng, rec["writers"], show)))
    if rec["cast"]:
        credits.append(("Stars", [esc(m["actor"]) for m in rec["cast"][:3]]))
    cred_html = "".join(f'<div class="txt-block"><h4 class="inline">{lab}:</h4> '
                        + ", ".join(f'<a href="/name/nm{rng.randint(10**6, 10**7)}/">{n}</a>' for n in names)
                        + ("" if lab != "Stars" else ' | <a href="fullcredits">See full cast and crew</a> »') + "</div>"
                        for lab, names in credits)
    cast_html = ""
    if rec["cast"]:
        cast_html = ('<div class="article" id="titleCast"><h2>Cast</h2><p>Cast overview, first billed only:</p>'
                     + cast_block(rng, c, rec, exp, "table") + "</div>")
    story = []
    if rec["synopsis"]:
        exp.show("synopsis")
        story.append(f'<div class="inline canwrap" itemprop="description"><p>{esc(rec["synopsis"])}</p></div>')
    if rec["tagline"]:
        exp.show("tagline")
        story.append(f'<div class="txt-block"><h4 class="inline">Taglines:</h4> {esc(rec["tagline"])} '
                     f'<span class="see-more inline"><a href="/taglines">See more</a> »</span></div>')
    if rec["genres"]:
        story.append('<div class="see-more inline canwrap"><h4 class="inline">Genres:</h4> '
                     + " | ".join(f'<a href="/genre/{esc(g)}">{esc(g)}</a>' for g in rec["genres"]) + "</div>")
    det = []
    if rec["countries"]:
        exp.show("countries")
        det.append(("Country", " | ".join(f'<a href="/country/x">{esc(x)}</a>' for x in rec["countries"])))
    det.append(("Language", '<a href="/language/en">English</a>'))
    if d and exp.d["release_date"]:
        det.append(("Release Date", d + ' <span class="see-more inline"><a href="releaseinfo">See more</a> »</span>'))
    det.append(("Also Known As", esc(rec["title"].upper())))
    box = []
    if rec["budget"]:
        exp.show("budget")
        box.append(("Budget", fmt_money(rng, rec["budget"], rec["countries"], "full") + ' <span class="attribute">(estimated)</span>'))
    if rec["box_office"]:
        exp.show("box_office")
        box.append(("Cumulative Worldwide Gross", fmt_money(rng, rec["box_office"], rec["countries"], "full")))
    comp = []
    st = studios_text(rng, rec, exp)
    if st:
        comp.append(("Production Co", st))
    tech = []
    if rec["runtime_minutes"]:
        tech.append(("Runtime", f'<time datetime="PT{rec["runtime_minutes"]}M">{rec["runtime_minutes"]} min</time>'))
    tech.append(("Sound Mix", "Dolby Digital"))
    tech.append(("Color", "Color"))

    def blk(h: str, rows: list[tuple[str, str]]) -> str:
        if not rows:
            return ""
        return f"<h3>{h}</h3>" + "".join(f'<div class="txt-block"><h4 class="inline">{k}:</h4> {v}</div>' for k, v in rows)

    seas = seasons_text(rng, rec, exp)
    seas_html = ""
    if seas:
        seas_html = ('<div class="seasons-and-year-nav"><h4>Seasons</h4>'
                     + " ".join(f'<a href="/episodes?season={i}">{i}</a>' for i in range(rec["seasons"], 0, -1))
                     + f'<div class="see-more">{seas}</div></div>')
        seas_html = seas_html.replace("<h4>Seasons</h4>", "<h4>Seasons:</h4>")
    ext = imdb_link(rng, rec, exp, c)
    ld = maybe_ld(rng, rec, exp, url, 0.4)
    itemtype = "http://schema.org/" + ("TVSeries" if show else "Movie")
    main = (f'<div id="pagecontent" itemscope itemtype="{itemtype}"><div id="title-overview-widget"><table id="title-overview-widget-layout"><tr>'
            f'<td id="img_primary"><img alt="{esc(rec["title"])} Poster" src="/p.jpg"></td><td id="overview-top">'
            f'<h1 class="header"><span class="itemprop" itemprop="name">{esc(rec["title"])}</span>{yr}</h1>'
            f'<div class="infobar">{info_html}</div>{rating}{cred_html}{seas_html}{ext}</td></tr></table></div>'
            f'{trailer(rng, rec, exp, c)}{streaming_block(rng, c, rec, exp, "list")}'
            f'{episodes(rng, c, rec) if show else ""}{cast_html}'
            f'<div class="article" id="titleStoryLine"><h2>Storyline</h2>{"".join(story)}</div>'
            f'{rail(rng, c, "People who liked this also liked...")}'
            f'<div class="article" id="titleDetails"><h2>Details</h2>{blk("Details", det)}{blk("Box Office", box)}'
            f'{blk("Company Credits", comp)}{blk("Technical Specs", tech)}</div>{reviews(rng, c, rec["title"])}</div>')
    return finish(rng, rec, exp, url, c, "IMDb", main, ld)


# ---------------------------------------------------------------- 3. Letterboxd

def d_letterboxd(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "film")
    exp = Exp(rec)
    yr = ""
    if rec["release_year"]:
        exp.show("release_year")
        yr = f'<div class="releaseyear"><a href="/films/year/{rec["release_year"]}/">{rec["release_year"]}</a></div>'
    by = ""
    if rec["directors"]:
        exp.show("directors")
        by = ('<p class="credits"><span class="introduction">Directed by</span> '
              + ", ".join(f'<a href="/director/x/"><span class="prettify">{esc(x)}</span></a>' for x in rec["directors"]) + "</p>")
    tag = ""
    if rec["tagline"]:
        exp.show("tagline")
        tag = f'<h4 class="tagline">{esc(rec["tagline"])}</h4>'
    syn = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        syn = f'<div class="truncate"><p>{esc(rec["synopsis"])}</p></div>'
    tabs = []
    if rec["cast"]:
        style = pick(rng, "names", "cards")
        tabs.append(("Cast", f'<div class="cast-list text-sluglist">{cast_block(rng, c, rec, exp, style)}</div>'))
    crew_rows = []
    if rec["directors"]:
        crew_rows.append(("Director" if len(rec["directors"]) == 1 else "Directors", rec["directors"]))
    crew_rows.append(("Producer", ["Dana Whitcombe"]))
    if rec["writers"]:
        exp.show("writers")
        crew_rows.append(("Writer" if len(rec["writers"]) == 1 else "Writers", rec["writers"]))
    crew_rows.append(("Composer", ["Ilse Marrow"]))
    crew_rows.append(("Cinematography", ["Rafe Castellan"]))
    tabs.append(("Crew", "".join(
        f'<h3><span class="crewrole -full">{k}</span><span class="crewrole -short">{k[:3]}.</span></h3>'
        f'<div class="text-sluglist"><p>{" ".join(f"<a class=text-slug href=/x/>{esc(n)}</a>" for n in v)}</p></div>'
        for k, v in crew_rows)))
    det = []
    st = studios_text(rng, rec, exp, sep=" ")
    if st:
        det.append(("Studio" if len(exp.d["studios"]) == 1 and exp.d["studios_total"] == 1 else "Studios", st))
    if rec["countries"]:
        exp.show("countries")
        det.append(("Country" if len(rec["countries"]) == 1 else "Countries",
                    " ".join(f'<a class="text-slug" href="/films/country/x/">{esc(x)}</a>' for x in rec["countries"])))
    det.append(("Primary Language", '<a class="text-slug">English</a>'))
    tabs.append(("Details", "".join(f'<h3><span>{k}</span></h3><div class="text-sluglist"><p>{v}</p></div>' for k, v in det)))
    if rec["genres"]:
        exp.show("genres")
        themes = pick(rng, "Crime, drugs, gangsters, and heists", "Humanity and the world around us",
                      "Emotional and captivating family drama", "Moving relationship stories")
        tabs.append(("Genres", f'<h3><span>{"Genre" if len(rec["genres"]) == 1 else "Genres"}</span></h3>'
                     '<div class="text-sluglist capitalize"><p>'
                     + " ".join(f'<a class="text-slug" href="/films/genre/x/">{esc(g)}</a>' for g in rec["genres"])
                     + f'</p></div><h3><span>Themes</span></h3><div class="text-sluglist"><p><a class="text-slug">{themes}</a></p></div>'))
    if exp.d["release_year"] and rec["release_date"]:
        rel = ""
        rows = []
        full = date_text(rng, rec, exp, allow_year_only=False, style="dmy_short")
        rows.append(f'<div class="listitem"><h5 class="date">{full}</h5><div class="release-country-list"><div class="release-country">'
                    f'<span class="name">{esc(rec["countries"][0] if rec["countries"] else "USA")}</span>'
                    + (f'<span class="release-certification-badge"><span class="label">{esc(rec["content_rating"])}</span></span>'
                       if rec["content_rating"] else "") + "</div></div></div>")
        if rec["content_rating"]:
            exp.show("content_rating")
        rel = f'<h3><span>Theatrical</span></h3>{"".join(rows)}'
        tabs.append(("Releases", rel))
    tabs_html = ('<div id="tabbed-content"><ul>' + "".join(f'<li><a data-id="{k.lower()}">{k}</a></li>' for k, _ in tabs)
                 + "</ul>" + "".join(f'<div id="tab-{k.lower()}" class="tabbed-content-block">{v}</div>' for k, v in tabs) + "</div>")
    foot = ""
    if rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        foot = f'<p class="text-link text-footer">{rec["runtime_minutes"]}&nbsp;mins &nbsp; More at {imdb_link(rng, rec, exp, c)} <a href="https://www.themoviedb.org/movie/1">TMDB</a></p>'
    ratings = ""
    if rec["user_rating_count"]:
        exp.show("user_rating_count")
        ratings = (f'<section class="ratings-histogram-chart"><h2 class="section-heading"><a>Ratings</a></h2>'
                   f'<span class="average-rating"><a title="Weighted average of {round(rng.uniform(2.5, 4.6), 2)} based on '
                   f'{rec["user_rating_count"]:,} ratings">{round(rng.uniform(2.5, 4.6), 1)}</a></span>'
                   f'<p class="rating-count">{fmt_count(rng, rec["user_rating_count"])} '
                   f'{pick(rng, "rating" if rec["user_rating_count"] == 1 else "ratings", "members rated this")}</p></section>')
    stats = (f'<ul class="film-stats"><li class="stat"><a title="Watched by {rng.randint(10, 900)},{rng.randint(100, 999)} members">'
             f'{rng.randint(10, 900)}K</a></li><li class="stat"><a title="Appears in {rng.randint(1000, 99999):,} lists">{rng.randint(1, 90)}K</a></li></ul>')
    ld = maybe_ld(rng, rec, exp, url, 0.9)
    main = (f'<div id="content"><div class="col-17"><section class="film-header-group"><h1 class="headline-1 filmtitle">'
            f'<span class="name js-widont prettify">{esc(rec["title"])}</span></h1>{yr}{by}</section>'
            f'<section class="film-synopsis">{tag}{syn}</section>{tabs_html}{foot}'
            f'{reviews(rng, c, rec["title"])}{rail(rng, c, "Similar Films")}</div>'
            f'<aside class="sidebar">{stats}{ratings}{streaming_block(rng, c, rec, exp, "list")}{trailer(rng, rec, exp, c)}</aside></div>')
    return finish(rng, rec, exp, url, c, "Letterboxd-ish", main, ld)


# ---------------------------------------------------------------- 4. Wikipedia

def d_wikipedia(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "mw")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    rows: list[tuple[str, str]] = []

    def plain(names: list[str]) -> str:
        if len(names) == 1:
            return names[0]
        return '<div class="plainlist"><ul>' + "".join(f"<li>{n}</li>" for n in names) + "</ul></div>"

    if show:
        if rec["genres"]:
            exp.show("genres")
            rows.append(("Genre", plain([f'<a href="/wiki/x">{esc(g)}</a>' for g in rec["genres"]])))
        if rec["writers"]:
            exp.show("writers")
            rows.append(("Created by", plain([esc(w) for w in rec["writers"]])))
    else:
        if rec["directors"]:
            exp.show("directors")
            rows.append(("Directed by", plain([esc(x) for x in rec["directors"]])))
        if rec["writers"]:
            exp.show("writers")
            lab = pick(rng, "Written by", "Screenplay by")
            rows.append((lab, plain([esc(w) for w in rec["writers"]])))
        rows.append(("Produced by", plain(["Harriet Vane", "Colm Osei"])))
    if rec["cast"]:
        rows.append(("Starring", plain([esc(m["actor"]) for m in rec["cast"][:4]])))
    rows.append(("Music by", "Ilse Marrow"))
    if not show:
        rows.append(("Cinematography", "Rafe Castellan"))
    st = studios_text(rng, rec, exp, sep="<br>")
    if st:
        rows.append(("Production<br>company" if len(exp.d["studios"]) == 1 else "Production<br>companies", st))
    if not show:
        rows.append(("Distributed by", pick(rng, "Meridian Releasing", "Halcyon Pictures Distribution")))
    d = date_text(rng, rec, exp, allow_year_only=False, style=pick(rng, "mdy", "dmy"))
    if d and not show:
        rows.append(("Release date" if chance(rng, 0.5) else "Release dates",
                     f'<div class="plainlist"><ul><li>{d}<span class="noprint"> ({esc(rec["countries"][0]) if rec["countries"] else "US"})</span></li></ul></div>'))
    if rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        rows.append(("Running time", f'{rec["runtime_minutes"]} minutes'))
    if rec["countries"]:
        exp.show("countries")
        rows.append(("Country" if len(rec["countries"]) == 1 else "Countries", plain([esc(x) for x in rec["countries"]])))
        if show:
            rows[-1] = ("Country of origin", rows[-1][1])
    rows.append(("Language" if not show else "Original language", "English"))
    if show and rec["seasons"]:
        exp.show("seasons")
        rows.append(("No. of seasons", str(rec["seasons"])))
        rows.append(("No. of episodes", str(rec["seasons"] * rng.randint(6, 22))))
    if not show and rec["budget"]:
        exp.show("budget")
        rows.append(("Budget", fmt_money(rng, rec["budget"], rec["countries"], pick(rng, "million", "full"))
                     + f'<sup class="reference">[{rng.randint(1, 9)}]</sup>'))
    if not show and rec["box_office"]:
        exp.show("box_office")
        rows.append(("Box office", fmt_money(rng, rec["box_office"], rec["countries"], pick(rng, "million", "full"))
                     + f'<sup class="reference">[{rng.randint(10, 19)}]</sup>'))
    if show and d:
        rows.append(("Release", f"{d}<br>– present" if chance(rng, 0.5) else d))
        if rows[-1][0] == "Release":
            rows.insert(len(rows) - 1, ("Network", "Channel 9"))
    box_rows = "".join(f'<tr><th scope="row" class="infobox-label">{k}</th><td class="infobox-data">{v}</td></tr>' for k, v in rows)
    infobox = (f'<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary"><i>{esc(rec["title"])}</i></th></tr>'
               f'<tr><td colspan="2" class="infobox-image"><img alt="" src="/poster.jpg"><div class="infobox-caption">Theatrical release poster</div></td></tr>'
               f'{box_rows}</tbody></table>')
    kindword = "television series" if show else "film"
    yrtxt = f"{rec['release_year']} " if rec["release_year"] else ""
    lead = (f"<p><b><i>{esc(rec['title'])}</i></b> is a {yrtxt}{esc(rec['genres'][0].lower()) + ' ' if rec['genres'] else ''}{kindword}. "
            f"It received {rng.randint(3, 12)} award nominations and grossed $4.1 million in its opening weekend.</p>")
    plot = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        plot = f'<h2 id="Plot">{"Premise" if show else "Plot"}</h2><p>{esc(rec["synopsis"])}</p>'
    cast = ""
    if rec["cast"]:
        cast = f'<h2 id="Cast">Cast</h2>{cast_block(rng, c, rec, exp, "as")}'
    ext = ""
    if rec["imdb_id"]:
        exp.show("imdb_id")
        ext = (f'<h2 id="External_links">External links</h2><ul><li><a class="external text" href="https://www.imdb.com/title/{rec["imdb_id"]}/">'
               f'<i>{esc(rec["title"])}</i></a> at <a href="/wiki/IMDb">IMDb</a></li><li><a>{esc(rec["title"])}</a> at Rotten Tomatoes</li></ul>')
    recep = (f'<h2 id="Reception">Reception</h2><p>On review aggregator Rotten Tomatoes, the {kindword} holds an approval rating of '
             f'{rng.randint(40, 99)}% based on {rng.randint(40, 300)} reviews, with an average rating of {round(rng.uniform(5, 9), 1)}/10. '
             f'It was released on 3,200 screens and ran for 14 weeks.</p>')
    ld = maybe_ld(rng, rec, exp, url, 0.3)
    main = (f'<div class="mw-page-container"><main id="content"><h1 id="firstHeading" class="firstHeading mw-first-heading">'
            f'<i>{esc(rec["title"])}</i></h1><div id="bodyContent"><div class="mw-parser-output">'
            f'<div class="hatnote">For other uses, see <a>{esc(rec["title"])} (disambiguation)</a>.</div>{infobox}{lead}{plot}{cast}'
            f'{episodes(rng, c, rec) if show else ""}{recep}{ext}</div></div></main></div>')
    return finish(rng, rec, exp, url, c, "Wikipedia", main, ld)


# ---------------------------------------------------------------- 5. TMDb

def d_tmdb(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "title")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    yr = ""
    if rec["release_year"]:
        exp.show("release_year")
        yr = f' <span class="tag release_date">({rec["release_year"]})</span>'
    facts = []
    if rec["content_rating"]:
        exp.show("content_rating")
        facts.append(f'<span class="certification">{esc(rec["content_rating"])}</span>')
    if not show:
        d = date_text(rng, rec, exp, allow_year_only=False, style="us_slash")
        if d and exp.d["release_date"]:
            facts.append(f'<span class="release">{d} (US)</span>')
    if rec["genres"]:
        exp.show("genres")
        facts.append('<span class="genres">' + ",&nbsp;".join(f'<a href="/genre/1">{esc(g)}</a>' for g in rec["genres"]) + "</span>")
    if rec["runtime_minutes"] and not show:
        exp.show("runtime_minutes")
        facts.append(f'<span class="runtime">{fmt_runtime(rng, rec["runtime_minutes"], "hm")}</span>')
    score = (f'<div class="consensus"><div class="user_score_chart" data-percent="{rng.randint(50, 90)}"></div>'
             f'<div class="text">User<br>Score</div></div>')
    if rec["user_rating_count"] and chance(rng, 0.7):
        exp.show("user_rating_count")
        score += (f'<span class="vote_count">{fmt_count(rng, rec["user_rating_count"], False)} '
                  f'{"vote" if rec["user_rating_count"] == 1 else "votes"}</span>')
    tag = ""
    if rec["tagline"]:
        exp.show("tagline")
        tag = f'<h3 class="tagline" dir="auto">{esc(rec["tagline"])}</h3>'
    ov = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        ov = f'<h3 dir="auto">Overview</h3><div class="overview" dir="auto"><p>{esc(rec["synopsis"])}</p></div>'
    people: list[tuple[str, list[str]]] = []
    order: list[str] = []
    roles: dict[str, list[str]] = {}
    for n in rec["directors"]:
        roles.setdefault(n, []).append("Director")
        if n not in order:
            order.append(n)
    for n in rec["writers"]:
        roles.setdefault(n, []).append(pick(rng, "Screenplay", "Writer") if not show else "Creator")
        if n not in order:
            order.append(n)
    for n in order:
        people.append((n, roles[n]))
    if rec["directors"]:
        exp.show("directors", [n for n in order if "Director" in roles[n]])
    if rec["writers"]:
        exp.show("writers", [n for n in order if any(r != "Director" for r in roles[n])])
    crew = ('<ol class="people no_image">' + "".join(
        f'<li class="profile"><p><a href="/person/1">{esc(n)}</a></p><p class="character">{", ".join(r)}</p></li>'
        for n, r in people) + "</ol>") if people else ""
    cast = ""
    if rec["cast"]:
        cast = (f'<section class="panel top_billed"><h3 dir="auto">{"Series Cast" if show else "Top Billed Cast"}</h3>'
                f'{cast_block(rng, c, rec, exp, "cards")}<p class="new_button"><a href="/cast">Full Cast &amp; Crew</a></p></section>')
    seas = ""
    if show and rec["seasons"]:
        exp.show("seasons")
        seas = (f'<section class="panel season"><h3>Current Season</h3><div class="season card"><h2>Season {rec["seasons"]}</h2>'
                f'<h4>{rng.randint(2008, 2024)} • {rng.randint(6, 16)} Episodes</h4></div>'
                f'<p><a href="/seasons">View All Seasons</a> ({rec["seasons"]} seasons)</p></section>')
    side = [("Status", "Released" if not show else "Ended"), ("Original Language", "English")]
    if show:
        side.append(("Type", "Scripted"))
        if rec["runtime_minutes"]:
            exp.show("runtime_minutes")
            side.append(("Episode Runtime", fmt_runtime(rng, rec["runtime_minutes"], "min")))
        d = date_text(rng, rec, exp, allow_year_only=False, style="mdy")
        if d:
            side.append(("First Air Date", d))
    if not show:
        side.append(("Budget", fmt_money(rng, rec["budget"], rec["countries"], "cents") if rec["budget"] else "-"))
        side.append(("Revenue", fmt_money(rng, rec["box_office"], rec["countries"], "cents") if rec["box_office"] else "-"))
        if rec["budget"]:
            exp.show("budget")
        if rec["box_office"]:
            exp.show("box_office")
    if rec["countries"] and chance(rng, 0.7):
        exp.show("countries")
        side.append(("Production Countries", "<br>".join(esc(x) for x in rec["countries"])))
    st = studios_text(rng, rec, exp, sep="<br>")
    if st:
        side.append(("Production Companies", st))
    side_html = "".join(f'<p><strong><bdi>{k}</bdi></strong> {v}</p>' for k, v in side)
    kw = '<section class="keywords"><h4>Keywords</h4><ul><li><a>heist</a></li><li><a>1990s</a></li><li><a>based on novel</a></li></ul></section>'
    ld = maybe_ld(rng, rec, exp, url, 0.5)
    ext = imdb_link(rng, rec, exp, c)
    main = (f'<main><section class="header poster"><div class="title ott_false"><h1><a href="{url}">{esc(rec["title"])}</a>{yr}</h1>'
            f'<div class="facts">{"".join(facts)}</div></div>'
            f'<ul class="auto actions"><li class="chart">{score}</li><li class="video">{trailer(rng, rec, exp, c)}</li></ul>'
            f'<div class="header_info">{tag}{ov}{crew}</div></section>'
            f'{streaming_block(rng, c, rec, exp, "list")}{cast}{seas}{reviews(rng, c, rec["title"])}'
            f'{rail(rng, c, "Recommendations")}<aside class="column"><div class="social_links">{ext}</div>'
            f'<section class="facts left_column"><h4>Facts</h4>{side_html}</section>{kw}</aside></main>')
    return finish(rng, rec, exp, url, c, "TMDB", main, ld)


# ---------------------------------------------------------------- 6. Rotten Tomatoes

def d_rotten(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "media-hero")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    meta = []
    if rec["content_rating"] and chance(rng, 0.5):
        exp.show("content_rating")
        meta.append(esc(rec["content_rating"]))
    if rec["release_year"]:
        exp.show("release_year")
        meta.append(str(rec["release_year"]))
    if rec["genres"]:
        exp.show("genres")
        meta.append("/".join(esc(g) for g in rec["genres"]))
    if rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        meta.append(fmt_runtime(rng, rec["runtime_minutes"], "hm"))
    meta_html = "".join(f'<rt-text slot="metadataProp">{m}{", " if i < len(meta) - 1 else ""}</rt-text>' for i, m in enumerate(meta))
    pop = ""
    if rec["user_rating_count"]:
        exp.show("user_rating_count")
        pop = (f'<rt-text slot="audienceScore">{rng.randint(50, 98)}%</rt-text><rt-link slot="audienceReviews">'
               f'{rec["user_rating_count"]:,} {pick(rng, "Ratings", "Verified Ratings") if rec["user_rating_count"] != 1 else "Rating"}</rt-link>')
    scores = (f'<div class="{c("scores")}"><rt-text slot="criticsScore">{rng.randint(40, 99)}%</rt-text>'
              f'<rt-link slot="criticsReviews">{rng.randint(40, 300)} Reviews</rt-link>{pop}</div>')
    cons = (f'<section class="{c("consensus")}"><h3>Critics Consensus</h3><p>Gripping and assured, it earns every one of its '
            f'{rng.randint(90, 180)} minutes.</p></section>')
    aud = ""
    if rec["audience_summary"]:
        exp.show("audience_summary")
        aud = f'<section class="{c("consensus")}"><h3>{pick(rng, "Audience Says", "What Audiences Are Saying")}</h3><p>{esc(rec["audience_summary"])}</p></section>'
    info = []
    if rec["directors"]:
        exp.show("directors")
        info.append(("Director", ", ".join(esc(x) for x in rec["directors"])))
    info.append(("Producer", "Dana Whitcombe"))
    if rec["writers"]:
        exp.show("writers")
        info.append(("Creator" if show else "Screenwriter", ", ".join(esc(x) for x in rec["writers"])))
    if not show:
        info.append(("Distributor", pick(rng, "Meridian Releasing", "Halcyon Pictures Distribution")))
    st = studios_text(rng, rec, exp)
    if st:
        info.append(("Production Co", st))
    if rec["content_rating"]:
        exp.show("content_rating")
        info.append(("Rating", esc(rec["content_rating"])))
    if rec["genres"]:
        info.append(("Genre", ", ".join(esc(g) for g in rec["genres"])))
    info.append(("Original Language", "English"))
    d = date_text(rng, rec, exp, allow_year_only=False, style="mdy_short")
    if d:
        info.append(("Release Date (Theaters)" if not show else "Premiere Date", d + (", Wide" if not show and chance(rng, 0.5) else "")))
        if not show and chance(rng, 0.5) and rec["release_year"] < 2020:
            info.append(("Release Date (Streaming)", f"Jan {rng.randint(2, 28)}, {rec['release_year'] + rng.randint(3, 6)}"))
    if rec["box_office"] and not show:
        exp.show("box_office")
        info.append(("Box Office (Gross USA)", fmt_money(rng, rec["box_office"], rec["countries"], pick(rng, "short", "full"))))
    if rec["runtime_minutes"]:
        info.append(("Runtime", fmt_runtime(rng, rec["runtime_minutes"], "hm")))
    info.append(("Sound Mix", "Dolby Digital"))
    info_html = "".join(f'<div class="category-wrap"><dt class="key"><rt-text class="key">{k}</rt-text></dt>'
                        f'<dd><rt-text>{v}</rt-text></dd></div>' for k, v in info)
    syn = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        syn = f'<div class="synopsis-wrap"><rt-text class="key">Synopsis</rt-text><rt-text>{esc(rec["synopsis"])}</rt-text></div>'
    cc = []
    people = [(n, "Director") for n in rec["directors"]]
    for m in rec["cast"]:
        people.append((m["actor"], m["character"] or ""))
    if rec["cast"]:
        exp.show("cast", [dict(m) for m in rec["cast"]])
    for n, role in people:
        cc.append(f'<a class="{c("cast-card")}" href="/celebrity/x"><rt-text class="name">{esc(n)}</rt-text>'
                  + (f'<rt-text class="role">{esc(role)}</rt-text>' if role else "") + "</a>")
    cc_html = f'<section class="{c("cast-and-crew")}"><h2>Cast &amp; Crew</h2><div class="content-wrap">{"".join(cc)}</div></section>' if cc else ""
    seas = ""
    if show and rec["seasons"]:
        exp.show("seasons")
        nseas = rec["seasons"]
        seas = (f'<section class="{c("seasons")}"><h2>Seasons</h2>'
                + "".join(f'<tile-season><span>Season {i}</span><span>{rng.randint(50, 99)}%</span></tile-season>' for i in range(1, rec["seasons"] + 1))
                + f'<p>{pick(rng, f"{nseas} Seasons", f"View all {nseas} seasons")}</p></section>')
    tag = ""
    if rec["tagline"] and chance(rng, 0.5):
        exp.show("tagline")
        tag = f'<p class="{c("tagline")}">Tagline: &ldquo;{esc(rec["tagline"])}&rdquo;</p>'
    ld = maybe_ld(rng, rec, exp, url, 0.8)
    main = (f'<main id="main-page-content"><media-hero><rt-text slot="title" context="heading"><h1>{esc(rec["title"])}</h1></rt-text>'
            f'{meta_html}{trailer(rng, rec, exp, c)}</media-hero>{scores}{cons}{aud}'
            f'{streaming_block(rng, c, rec, exp, pick(rng, "list", "tabs"))}{seas}{tag}'
            f'<section class="{c("media-info")}"><h2>{"Series Info" if show else "Movie Info"}</h2>{syn}<dl>{info_html}</dl></section>'
            f'{cc_html}{reviews(rng, c, rec["title"])}{trivia(rng, c, rec["title"])}{rail(rng, c, "More Like This")}</main>')
    ext = imdb_link(rng, rec, exp, c)
    main = main.replace("</main>", f"{ext}</main>")
    return finish(rng, rec, exp, url, c, "Rotten Tomatoes", main, ld)


# ---------------------------------------------------------------- 7. Streaming service pages

def d_streamer(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "product")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    flavour = pick(rng, "apple", "netflix", "max")
    logo = chance(rng, 0.5)
    if logo:
        h1 = f'<h1 class="{c("title-logo")}"><img src="/art/logo.png" alt="{esc(rec["title"])}"></h1>'
    else:
        h1 = f'<h1 class="{c("title")}">{esc(rec["title"])}</h1>'
    badges = []
    if rec["genres"]:
        exp.show("genres", rec["genres"][:1] if flavour == "apple" else rec["genres"])
        badges.append(esc(rec["genres"][0]) if flavour == "apple" else ", ".join(esc(g) for g in rec["genres"]))
    if rec["release_year"]:
        exp.show("release_year")
        badges.append(str(rec["release_year"]))
    if show and rec["seasons"]:
        badges.append(seasons_text(rng, rec, exp) or "")
    elif rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        badges.append(fmt_runtime(rng, rec["runtime_minutes"], "hr_min" if flavour == "apple" else "hm"))
    if rec["content_rating"]:
        exp.show("content_rating")
        badges.append(f'<span class="{c("badge")}" aria-label="Rated {esc(rec["content_rating"])}">{esc(rec["content_rating"])}</span>')
    badges += ['<span class="badge" aria-label="4K">4K</span>', '<span class="badge" aria-label="Dolby Atmos">Atmos</span>',
               '<span class="badge" aria-label="Subtitles for the deaf and hard of hearing">SDH</span>']
    sep = pick(rng, " · ", " | ", "")
    if sep:
        meta = sep.join(badges)
    else:
        meta = "".join(f'<li class="{c("meta-li")}">{b}</li>' for b in badges)
    syn = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        syn = f'<p class="{c("synopsis")}">{esc(rec["synopsis"])}</p>'
    hero_people = ""
    if flavour == "netflix":
        parts = []
        if rec["cast"]:
            parts.append(f'<span class="{c("tag-label")}">Starring:</span> ' + ", ".join(esc(m["actor"]) for m in rec["cast"][:3]))
        if show and rec["writers"]:
            exp.show("writers")
            parts.append(f'<span class="{c("tag-label")}">Creators:</span> ' + ", ".join(esc(w) for w in rec["writers"]))
        hero_people = "".join(f"<div>{p}</div>" for p in parts)
    shelf = []
    shown_cast = []
    if rec["directors"] and not show:
        exp.show("directors")
    for n in rec["directors"] if not show else []:
        shelf.append((n, "Director"))
    for m in rec["cast"]:
        shelf.append((m["actor"], m["character"] or "Actor"))
        shown_cast.append({"actor": m["actor"], "character": m["character"]})
    if rec["cast"]:
        exp.show("cast", shown_cast)
    shelf_html = ""
    if shelf:
        shelf_html = (f'<section class="{c("shelf")}"><h2>{pick(rng, "Cast & Crew", "Cast and crew", "Starring")}</h2><ul>'
                      + "".join(f'<li class="{c("lockup")}"><img alt="" src="/p.jpg"><div class="{c("lockup-title")}">{esc(n)}</div>'
                                f'<div class="{c("lockup-subtitle")}">{esc(r)}</div></li>' for n, r in shelf) + "</ul></section>")
    infos = []
    st = studios_text(rng, rec, exp)
    if st:
        infos.append(("Studio", st))
    if rec["genres"] and flavour == "apple":
        exp.show("genres")
        infos.append(("Genre", ", ".join(esc(g) for g in rec["genres"])))
    d = date_text(rng, rec, exp, allow_year_only=True, style=pick(rng, "mdy", "mdy_short", "dmy"))
    if d:
        infos.append(("Released" if not show else "First aired", d))
    if rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        infos.append(("Run Time" if not show else "Episode length", fmt_runtime(rng, rec["runtime_minutes"], "hr_min")))
    if rec["content_rating"]:
        infos.append(("Rated", esc(rec["content_rating"])))
    if rec["countries"]:
        exp.show("countries")
        infos.append((pick(rng, "Region of Origin", "Country"), ", ".join(esc(x) for x in rec["countries"])))
    infos.append(("Original Audio", "English"))
    infos.append(("Audio", "English (Dolby Atmos), Spanish (Dolby 5.1)"))
    infos.append(("Subtitles", "English (SDH), Spanish, French"))
    if rec["writers"] and not show:
        exp.show("writers")
        infos.append(("Screenwriters" if len(rec["writers"]) > 1 else "Screenwriter", ", ".join(esc(w) for w in rec["writers"])))
    if rec["writers"] and show and flavour != "netflix":
        exp.show("writers")
        infos.append(("Created By", ", ".join(esc(w) for w in rec["writers"])))
    layout = pick(rng, "stacked", "dl", "css", "accordion")
    if layout == "stacked":
        info_html = "".join(f'<div class="{c("info-item")}"><h3 class="{c("info-label")}">{k}</h3><p>{v}</p></div>' for k, v in infos)
    elif layout == "dl":
        info_html = "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in infos) + "</dl>"
    elif layout == "css":
        info_html = "".join(f'<div class="{c("row")}"><span class="{c("k")}">{k}</span><span class="{c("v")}">{v}</span></div>' for k, v in infos)
    else:
        info_html = "".join(f'<details class="{c("accordion")}"><summary>{k}</summary><div>{v}</div></details>' for k, v in infos)
    eps = episodes(rng, c, rec) if show else ""
    upsell = (f'<div class="{c("upsell")}"><p>Start your free trial. 7 days free, then $9.99/month.</p>'
              f'<p>Included with {pick(rng, "Apple TV+", "your plan", "Max Ultimate")}.</p></div>')
    ld = maybe_ld(rng, rec, exp, url, 0.9)
    main = (f'<main><section class="{c("hero")}"><div class="{c("hero-art")}"><img alt="" src="/bg.jpg"></div>{h1}'
            f'<div class="{c("metadata")}">{meta}</div>{syn}{hero_people}{upsell}{trailer(rng, rec, exp, c)}</section>'
            f'{eps}{shelf_html}{rail(rng, c, pick(rng, "More Like This", "You May Also Like", "Related"))}'
            f'<section class="{c("information")}"><h2>{pick(rng, "Information", "About", "Details")}</h2>{info_html}</section></main>')
    return finish(rng, rec, exp, url, c, pick(rng, "Apple TV", "Netflix", "Max"), main, ld)


# ---------------------------------------------------------------- 8. JustWatch / Reelgood / Trakt

def d_aggregator(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "title-detail")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    yr = ""
    if rec["release_year"]:
        exp.show("release_year")
        yr = f' <span class="{c("year")}">({rec["release_year"]})</span>'
    rdfa = chance(rng, 0.5)
    prop = ' property="name"' if rdfa else ""
    h1 = f'<h1 class="{c("h1")}"><span{prop}>{esc(rec["title"])}</span>{yr}</h1>'
    side = []
    if rec["user_rating_count"]:
        exp.show("user_rating_count")
        n = fmt_count(rng, rec["user_rating_count"])
        votes, ratings = ("vote", "rating") if n == "1" else ("votes", "ratings")
        side.append(("Rating", f'{rng.randint(55, 95)}% <span class="{c("votes")}">'
                     f'{pick(rng, f"{n} {votes}", f"{n} {ratings}", f"based on {n} {ratings}")}</span>'))
    if rec["genres"]:
        exp.show("genres")
        side.append(("Genres", ", ".join(esc(g) for g in rec["genres"])))
    if rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        side.append(("Runtime" if not show else pick(rng, "Runtime", "Episode runtime"), fmt_runtime(rng, rec["runtime_minutes"], pick(rng, "hmin", "hm", "min"))))
    if rec["content_rating"]:
        exp.show("content_rating")
        side.append((pick(rng, "Age rating", "Certification", "Rated", "Parental guidance"), esc(rec["content_rating"])))
    if rec["countries"]:
        exp.show("countries")
        side.append((pick(rng, "Production country", "Country", "Countries"), ", ".join(esc(x) for x in rec["countries"])))
    d = date_text(rng, rec, exp, allow_year_only=True, style=pick(rng, "mdy", "dmy", "iso", "mdy_short"))
    if d:
        side.append(("Released" if not show else pick(rng, "Premiered", "First aired"), d))
    if rec["directors"]:
        exp.show("directors")
        side.append(("Director" if len(rec["directors"]) == 1 else "Directors", ", ".join(esc(x) for x in rec["directors"])))
    if rec["writers"]:
        exp.show("writers")
        side.append(("Creator" if show and len(rec["writers"]) == 1 else "Creators" if show else "Writers",
                     ", ".join(esc(x) for x in rec["writers"])))
    st = studios_text(rng, rec, exp)
    if st:
        side.append(("Studios" if len(exp.d["studios"]) > 1 else "Studio", st))
    seas = seasons_text(rng, rec, exp)
    if seas:
        side.append(("Seasons", str(rec["seasons"])))
    money = []
    if rec["budget"]:
        exp.show("budget")
        money.append(("Budget", fmt_money(rng, rec["budget"], rec["countries"])))
    if rec["box_office"]:
        exp.show("box_office")
        money.append((pick(rng, "Box office", "Worldwide gross", "Revenue"), fmt_money(rng, rec["box_office"], rec["countries"])))
    side += money
    colon = chance(rng, 0.5)
    form = pick(rng, "grid", "ul", "table")
    if form == "grid":
        side_html = "".join(f'<div class="{c("detail-infos")}"><h3 class="{c("detail-infos__subheading")}">{k}</h3>'
                            f'<div class="{c("detail-infos__value")}">{v}</div></div>' for k, v in side)
    elif form == "ul":
        side_html = "<ul>" + "".join(f'<li><label>{k}{":" if colon else ""}</label> <span>{v}</span></li>' for k, v in side) + "</ul>"
    else:
        side_html = "<table><tbody>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in side) + "</tbody></table>"
    tag = ""
    if rec["tagline"]:
        exp.show("tagline")
        tag = f'<blockquote class="{c("tagline")}">&ldquo;{esc(rec["tagline"])}&rdquo;</blockquote>'
    syn = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        syn = f'<h2>{pick(rng, "Synopsis", "Plot", "Overview", "Storyline")}</h2><p>{esc(rec["synopsis"])}</p>'
    aud = ""
    if rec["audience_summary"]:
        exp.show("audience_summary")
        aud = f'<h2>{pick(rng, "What viewers are saying", "Audience verdict", "What Viewers Are Saying")}</h2><p>{esc(rec["audience_summary"])}</p>'
    cast = ""
    if rec["cast"]:
        cast = f'<h2>Cast</h2>{cast_block(rng, c, rec, exp, pick(rng, "cards", "as"))}'
    eps = ""
    if show:
        eps = episodes(rng, c, rec)
        if seas:
            eps = f'<h2>{seas}</h2>' + eps
    ld = maybe_ld(rng, rec, exp, url, 0.6)
    vocab = f' vocab="https://schema.org/" typeof="{"TVSeries" if show else "Movie"}"' if rdfa else ""
    main = (f'<main class="{c("page")}"{vocab}><div class="{c("hero")}">{h1}{tag}{trailer(rng, rec, exp, c)}</div>'
            f'<div class="{c("columns")}"><aside class="{c("sidebar")}">{side_html}{imdb_link(rng, rec, exp, c)}</aside>'
            f'<div class="{c("content")}">{streaming_block(rng, c, rec, exp, pick(rng, "list", "tabs"))}{syn}{aud}{cast}{eps}'
            f'{reviews(rng, c, rec["title"])}{rail(rng, c)}</div></div></main>')
    return finish(rng, rec, exp, url, c, pick(rng, "JustWatch", "Reelgood", "Trakt"), main, ld)


# ---------------------------------------------------------------- 9. Allociné (English)

def d_allocine(rng: random.Random, rec: Rec, url: str) -> tuple[str, Rec]:
    c = Namer(rng, "meta")
    exp = Exp(rec)
    show = rec["kind"] == "show"
    first = []
    d = date_text(rng, rec, exp, allow_year_only=True, style="dmy")
    if d:
        first.append(f'<span class="date">{d}</span>' + (' <span class="light">in theaters</span>' if not show else ""))
    if rec["runtime_minutes"]:
        exp.show("runtime_minutes")
        first.append(fmt_runtime(rng, rec["runtime_minutes"], "hmin"))
    if rec["genres"]:
        exp.show("genres")
        first.append(", ".join(f'<span class="{c("genre")}">{esc(g)}</span>' for g in rec["genres"]))
    rows = [f'<div class="meta-body-item meta-body-info">{" <span class=spacer>|</span> ".join(first)}</div>']
    if rec["directors"] and not show:
        exp.show("directors")
        rows.append('<div class="meta-body-item meta-body-direction"><span class="light">By</span> '
                    + ", ".join(f'<a class="dark-grey-link">{esc(x)}</a>' for x in rec["directors"]) + "</div>")
    if rec["writers"]:
        exp.show("writers")
        rows.append(f'<div class="meta-body-item"><span class="light">{"Created by" if show else "Screenplay"}</span> '
                    + ", ".join(f'<a class="dark-grey-link">{esc(x)}</a>' for x in rec["writers"]) + "</div>")
    if rec["cast"]:
        rows.append('<div class="meta-body-item meta-body-actor"><span class="light">With</span> '
                    + ", ".join(f'<a class="dark-grey-link">{esc(m["actor"])}</a>' for m in rec["cast"][:3]) + "</div>")
    ratings = ""
    if rec["user_rating_count"]:
        exp.show("user_rating_count")
        ratings = (f'<div class="rating-holder"><div class="rating-item"><span class="rating-title">Press</span>'
                   f'<span class="stareval-note">{round(rng.uniform(2, 4.8), 1)}</span><span class="stareval-review">{rng.randint(5, 40)} critics</span></div>'
                   f'<div class="rating-item"><span class="rating-title">Spectators</span><span class="stareval-note">{round(rng.uniform(2, 4.8), 1)}</span>'
                   f'<span class="stareval-review">{rec["user_rating_count"]:,} {"rating" if rec["user_rating_count"] == 1 else "ratings"}, '
                   f'{rng.randint(2, 400)} reviews</span></div></div>')
    syn = ""
    if rec["synopsis"]:
        exp.show("synopsis")
        syn = f'<section class="section ovw-synopsis"><h2 class="titlebar-title">Synopsis and details</h2><div class="content-txt">{esc(rec["synopsis"])}</div></section>'
    tech = []
    if rec["countries"]:
        exp.show("countries")
        tech.append(("Nationalities" if len(rec["countries"]) > 1 else "Nationality", ", ".join(esc(x) for x in rec["countries"])))
    if not show:
        tech.append(("Distributor", pick(rng, "Meridian Releasing", "Halcyon Pictures Distribution")))
    if rec["release_year"]:
        exp.show("release_year")
        tech.append(("Year of production", str(rec["release_year"])))
    if rec["budget"]:
        exp.show("budget")
        tech.append(("Budget", fmt_money(rng, rec["budget"], rec["countries"], pick(rng, "full", "code", "million"))))
    tech.append(("Languages", "English"))
    tech.append(("Format production", "35 mm"))
    if rec["content_rating"]:
        exp.show("content_rating")
        tech.append(("Age restriction" if chance(rng, 0.5) else "Certificate", esc(rec["content_rating"])))
    st = studios_text(rng, rec, exp)
    if st:
        tech.append(("Production companies" if len(exp.d["studios"]) > 1 else "Production company", st))
    if rec["box_office"]:
        exp.show("box_office")
        tech.append(("Box office", fmt_money(rng, rec["box_office"], rec["countries"], "full")))
    tech.append(("Box Office France", f"{rng.randint(100, 999)},{rng.randint(100, 999)} admissions"))
    if show and rec["seasons"]:
        exp.show("seasons")
        tech.append(("Seasons", str(rec["seasons"])))
    tech_html = "".join(f'<div class="item"><span class="what light">{k}</span><span class="that">{v}</span></div>' for k, v in tech)
    cast = ""
    if rec["cast"]:
        items = []
        shown = []
        for m in rec["cast"]:
            role = f'<div class="meta-sub light">Role: {esc(m["character"])}</div>' if m["character"] else ""
            items.append(f'<div class="card person-card"><a class="meta-title-link">{esc(m["actor"])}</a>{role}</div>')
            shown.append(dict(m))
        exp.show("cast", shown)
        cast = f'<section class="section"><h2>Actors and actresses</h2>{"".join(items)}</section>'
    crew = []
    for n in rec["directors"]:
        crew.append(f'<div class="card person-card"><a class="meta-title-link">{esc(n)}</a><div class="meta-sub light">Director</div></div>')
    if crew and not show:
        exp.show("directors")
    crew_html = f'<section class="section"><h2>Director and crew</h2>{"".join(crew)}</section>' if crew and not show else ""
    tag = ""
    if rec["tagline"] and chance(rng, 0.6):
        exp.show("tagline")
        tag = f'<p class="{c("tagline")}"><em>&quot;{esc(rec["tagline"])}&quot;</em></p>'
    ld = maybe_ld(rng, rec, exp, url, 0.7)
    main = (f'<main id="content-layout"><div class="entity-card entity-card-list cf entity-card-player-ovw">'
            f'<div class="titlebar-title titlebar-title-xl"><h1>{esc(rec["title"])}</h1></div>'
            f'<div class="meta-body">{"".join(rows)}</div>{ratings}</div>{tag}{trailer(rng, rec, exp, c)}'
            f'{streaming_block(rng, c, rec, exp, "list")}{syn}<section class="section ovw-technical"><h2>Technical details</h2>{tech_html}</section>'
            f'{crew_html}{cast}{episodes(rng, c, rec) if show else ""}{trivia(rng, c, rec["title"])}{reviews(rng, c, rec["title"])}'
            f'{rail(rng, c, "Similar movies")}{imdb_link(rng, rec, exp, c)}</main>')
    return finish(rng, rec, exp, url, c, "AlloCiné", main, ld)


DESIGNS: list[tuple[str, Design]] = [
    ("imdb-current", d_imdb_modern), ("imdb-2010", d_imdb_legacy), ("letterboxd", d_letterboxd),
    ("wikipedia", d_wikipedia), ("tmdb", d_tmdb), ("rotten-tomatoes", d_rotten),
    ("streaming-service", d_streamer), ("aggregator", d_aggregator), ("allocine", d_allocine),
]
