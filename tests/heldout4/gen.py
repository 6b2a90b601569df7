# ruff: noqa: E501  -- HTML templates read better unwrapped
"""Held-out generator #4: render sample records into six invented ReelGuide redesigns.

page(seed) -> (url, html, expected). design = seed % 6, record = (seed // 6) % len(records).
Written from tests/fixtures/SPEC.md and the sample records only.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "expected"
BASE = "https://www.reelguide.example"
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "KRW": "₩", "INR": "₹", "JPY": "¥"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

Rec = dict[str, Any]
DASH = '<span class="text-muted">—</span>'


def records() -> list[Rec]:
    out = []
    for f in sorted(FIXTURES.glob("*.json")):
        if f.stem == "v2-truncated-heat":
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        if d.get("reject"):
            continue
        out.append(d)
    return out


def e(s: object) -> str:
    return escape(str(s), quote=True)


def slug(r: Rec) -> str:
    return str(r["source_id"]).split("/", 1)[1]


def trailer_id(r: Rec) -> str:
    h = hashlib.sha1(str(r["source_id"]).encode()).hexdigest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(alphabet[int(h[i:i + 2], 16) % 64] for i in range(0, 22, 2))


# ---------------------------------------------------------------- value formats

def d_of(r: Rec) -> date | None:
    return date.fromisoformat(r["release_date"]) if r["release_date"] else None


def date_us(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def date_uk(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def date_short(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def date_long(d: date) -> str:
    return f"{d.strftime('%A')}, {d.day} {MONTHS[d.month - 1]} {d.year}"


def rt_hm(m: int) -> str:
    h, mm = divmod(m, 60)
    if h and mm:
        return f"{h}h {mm}m"
    return f"{h}h" if h else f"{mm}m"


def rt_min(m: int) -> str:
    return f"{m} min"


def rt_words(m: int) -> str:
    h, mm = divmod(m, 60)
    parts = []
    if h:
        parts.append(f"{h} hr")
    if mm:
        parts.append(f"{mm} min")
    return " ".join(parts)


def count_commas(n: int, noun: str = "votes") -> str:
    return f"{n:,} {noun if n != 1 else noun.rstrip('s')}"


def _num(q: Decimal) -> str:
    t = f"{q:f}"
    return t.rstrip("0").rstrip(".") if "." in t else t


def count_short(n: int, noun: str = "ratings") -> str:
    if n >= 1_000_000 and n % 100_000 == 0:
        s = _num(Decimal(n) / Decimal(1_000_000)) + "M"
    elif n >= 10_000 and n % 100 == 0:
        s = _num(Decimal(n) / Decimal(1000)) + "K"
    else:
        return count_commas(n, noun)
    return f"{s} {noun}"


def money_full(m: dict[str, str] | None) -> str:
    assert m is not None
    amt = int(Decimal(m["amount"]))
    sym = SYMBOLS.get(m["currency"])
    return f"{sym}{amt:,}" if sym else f"{m['currency']} {amt:,}"


def money_words(m: dict[str, str] | None) -> str:
    """'$60 million', '₹5.5 billion', 'KRW 15.5 billion' when exact, else full."""
    assert m is not None
    amt = Decimal(m["amount"])
    for unit, word in ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if amt >= unit:
            q = amt / unit
            if q == q.quantize(Decimal("0.01")):
                num = _num(q)
                sym = SYMBOLS.get(m["currency"])
                if m["currency"] in ("KRW", "INR"):
                    return f"{m['currency']} {num} {word}"
                return f"{sym}{num} {word}" if sym else f"{m['currency']} {num} {word}"
    return money_full(m)


def studios_text(r: Rec, more: str = "+{n} more") -> str:
    s = ", ".join(r["studios"])
    extra = (r["studios_total"] or 0) - len(r["studios"])
    if extra > 0:
        s += " " + more.format(n=extra)
    return s


def kind_word(r: Rec, movie: str, show: str) -> str:
    return movie if r["kind"] == "movie" else show


# ---------------------------------------------------------------- distractors

RAIL = [
    ("movie", "north-by-harbor", "North by Harbor", 1987, 118, "PG-13", "4.1K ratings"),
    ("show", "quiet-engines", "Quiet Engines", 2019, 52, "TV-14", "88,210 ratings"),
    ("movie", "paper-lanterns", "Paper Lanterns", 2004, 97, "R", "1.2M ratings"),
    ("movie", "the-salt-road", "The Salt Road", 2021, 141, "Not Rated", "640 ratings"),
]

REVIEWS = [
    ("cinephile_88", "Watched it 3 times in 2024. The 2 hour runtime flies by; 9/10."),
    ("marta.k", "My dad saw it in 1996 and still quotes it. 4 out of 5 stars from me."),
]

FOOT = ('<footer><nav aria-label="Footer"><ul><li><a href="/about">About ReelGuide</a></li>'
        '<li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/terms">Terms</a></li></ul></nav><p>&copy; 2027 ReelGuide Media. '
        'Data may be incomplete; release dates vary by region.</p></footer>')

COOKIE = ('<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We use 12 '
          'cookies and 3 partners to improve your experience. See our policy updated January 5, '
          '2027.</p><button>Accept all</button><button>Manage</button></div>')


def nav() -> str:
    items = ["Movies", "TV Shows", "New & Coming Soon", "Top 250", "Netflix", "Max", "Hulu"]
    return ("<header><a href='/' class='logo'>ReelGuide</a><nav><ul>"
            + "".join(f"<li><a href='/{i.lower().replace(' ', '-')}'>{e(i)}</a></li>" for i in items)
            + "</ul></nav><form role='search'><input type='search' placeholder='Search titles'></form></header>")


def episodes(r: Rec) -> list[tuple[int, str, str, str, int]]:
    return [
        (1, "Pilot", "Ada Whitcombe", "Lior Benavente", (r["runtime_minutes"] or 30) + 9),
        (2, "The Long Table", "Marco Ilves", "Ada Whitcombe", (r["runtime_minutes"] or 30) - 3),
        (3, "Crossing Lines", "Ruth Okonkwo", "Lior Benavente", (r["runtime_minutes"] or 30) + 1),
    ]


def jsonld(r: Rec, *, dates: bool = True, cast: bool = True, crew: bool = True,
           extra: dict[str, Any] | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Movie" if r["kind"] == "movie" else "TVSeries",
        "name": r["title"],
        "url": f"{BASE}/{r['source_id']}",
    }
    if r["genres"]:
        d["genre"] = r["genres"]
    if dates and r["release_date"]:
        d["datePublished"] = r["release_date"]
    if crew and r["directors"]:
        d["director"] = [{"@type": "Person", "name": n} for n in r["directors"]]
    if crew and r["writers"]:
        d["author"] = [{"@type": "Person", "name": n} for n in r["writers"]]
    if cast and r["cast"]:
        d["actor"] = [{"@type": "Person", "name": c["actor"]} for c in r["cast"]]
    if extra:
        d.update(extra)
    return d


def ld_script(obj: Any) -> str:
    txt = json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{txt}</script>'


def head(r: Rec, extra: str = "", *, amp: bool = False) -> str:
    canon = f"{BASE}/{r['source_id']}"
    return (f"<!doctype html><html lang='en'{' amp' if amp else ''}><head><meta charset='utf-8'>"
            f"<title>{e(r['title'])} | ReelGuide</title>"
            f"<link rel='canonical' href='{canon}'>"
            f"<meta property='og:title' content='{e(r['title'])} — stream, cast &amp; reviews'>"
            f"{extra}</head>")


def null_fields(x: Rec, *names: str) -> None:
    for n in names:
        x[n] = [] if isinstance(x[n], list) else None


# ============================================================ design 0: Material

def d0_material(r: Rec) -> tuple[str, Rec]:
    """Angular Material: mat-card header, chip sets, mat-list of facts, tiles for cast.
    Full JSON-LD. Runtime '1h 51m', votes '12.4K ratings', money in words."""
    x = copy.deepcopy(r)
    d = d_of(r)
    facts: list[tuple[str, str]] = []
    if d:
        facts.append(("Release date", date_short(d)))
    elif r["release_year"]:
        facts.append(("Release date", f"Coming {r['release_year']}"))
    if r["runtime_minutes"]:
        facts.append(("Runtime" if r["kind"] == "movie" else "Episode runtime", rt_hm(r["runtime_minutes"])))
    if r["content_rating"]:
        facts.append(("Age rating", r["content_rating"]))
    if r["seasons"]:
        facts.append(("Seasons", str(r["seasons"])))
    if r["countries"]:
        facts.append(("Countries of origin" if len(r["countries"]) > 1 else "Country of origin",
                      " · ".join(r["countries"])))
    if r["studios"]:
        facts.append(("Production companies", studios_text(r)))
    if r["budget"]:
        facts.append(("Budget", money_words(r["budget"]) + " (estimated)"))
    if r["box_office"]:
        facts.append(("Gross worldwide", money_words(r["box_office"])))
    facts.append(("Type", kind_word(r, "Movie", "TV Show")))
    lis = "".join(
        f"<mat-list-item class='mat-mdc-list-item'><span matListItemTitle class='mdc-list-item__primary-text'>{e(k)}</span>"
        f"<span matListItemLine class='mdc-list-item__secondary-text'>{e(v)}</span></mat-list-item>"
        for k, v in facts)
    chips = "".join(f"<mat-chip class='mat-mdc-chip'><span class='mdc-evolution-chip__text-label'>{e(g)}</span></mat-chip>"
                    for g in r["genres"])
    rating = ""
    if r["user_rating_count"]:
        rating = (f"<div class='rg-score'><mat-icon aria-hidden='true'>star</mat-icon><span class='score'>7.8</span>"
                  f"<span class='mat-caption'>/10 · {e(count_short(r['user_rating_count']))}</span></div>")
    tagline = f"<p class='mat-subtitle-1 tagline'>“{e(r['tagline'])}”</p>" if r["tagline"] else ""
    syn = f"<mat-card><mat-card-title>Storyline</mat-card-title><mat-card-content><p>{e(r['synopsis'])}</p></mat-card-content></mat-card>" if r["synopsis"] else ""
    aud = f"<mat-card><mat-card-title>What Viewers Are Saying</mat-card-title><mat-card-content><p>{e(r['audience_summary'])}</p></mat-card-content></mat-card>" if r["audience_summary"] else ""
    tiles = "".join(
        f"<mat-grid-tile><figure class='person'><img src='/img/h/{i}.webp' alt=''><figcaption>"
        f"<span class='mat-body-strong'>{e(c['actor'])}</span>"
        + (f"<span class='mat-caption'>{e(c['character'])}</span>" if c["character"] else "")
        + "</figcaption></figure></mat-grid-tile>" for i, c in enumerate(r["cast"]))
    cast = f"<section><h2 class='mat-headline-6'>Top cast</h2><mat-grid-list cols='6'>{tiles}</mat-grid-list></section>" if tiles else ""
    crew = ""
    rows = [("Director" if len(r["directors"]) == 1 else "Directors", r["directors"]),
            ("Writer" if len(r["writers"]) == 1 else "Writers", r["writers"])]
    rows = [(k, v) for k, v in rows if v]
    if rows:
        crew = "<mat-list class='crew'>" + "".join(
            f"<mat-list-item><span matListItemTitle>{k}</span><span matListItemLine>{e(', '.join(v))}</span></mat-list-item>"
            for k, v in rows) + "</mat-list>"
    stream = ""
    s = r["streaming"]
    if s:
        vd = date_short(date.fromisoformat(s["verified_on"]))
        head_txt = (f"Stream it on {s['platform_count']} service{'s' if s['platform_count'] != 1 else ''}"
                    if s["available"] else
                    f"Not currently available on any of {s['platform_count']} services")
        provs = "".join(f"<mat-chip-option><img src='/p/{i}.svg' alt=''>{e(p)}</mat-chip-option>"
                        for i, p in enumerate(s["platforms"]))
        stream = (f"<mat-card class='where-to-watch'><mat-card-title>Where to watch</mat-card-title>"
                  f"<mat-card-subtitle>{e(head_txt)}</mat-card-subtitle><mat-chip-listbox>{provs}</mat-chip-listbox>"
                  f"<mat-card-footer>Last checked {e(vd)}</mat-card-footer></mat-card>")
    imdb = (f"<a mat-stroked-button href='https://www.imdb.com/title/{r['imdb_id']}/' rel='noopener'>IMDb</a>"
            if r["imdb_id"] else "")
    rail = "".join(
        f"<mat-card class='rail-card'><a href='/{k}/{sl}'>{e(t)}</a><mat-list><mat-list-item><span matListItemTitle>Runtime</span>"
        f"<span matListItemLine>{rt_hm(rt)}</span></mat-list-item><mat-list-item><span matListItemTitle>Age rating</span>"
        f"<span matListItemLine>{cr}</span></mat-list-item></mat-list><span>{y} · {e(votes)}</span></mat-card>"
        for k, sl, t, y, rt, cr, votes in RAIL)
    ld = jsonld(r, extra={"contentRating": r["content_rating"]} if r["content_rating"] else None)
    html = (head(r, ld_script(ld)) + "<body class='mat-typography'>" + COOKIE
            + "<mat-toolbar color='primary'>" + nav() + "</mat-toolbar><main class='rg-title'>"
            + f"<mat-card class='hero'><mat-card-header><mat-card-title><h1 class='mat-headline-3'>{e(r['title'])}</h1></mat-card-title>"
            + f"</mat-card-header><mat-card-content>{tagline}<mat-chip-set aria-label='Genres'>{chips}</mat-chip-set>{rating}"
            + f"</mat-card-content><mat-card-actions><button mat-flat-button>Add to watchlist</button>{imdb}</mat-card-actions></mat-card>"
            + stream + syn + aud
            + f"<mat-card><mat-card-title>Details</mat-card-title><mat-list>{lis}</mat-list>{crew}</mat-card>"
            + cast + f"<section><h2>You might also like</h2>{rail}</section></main>" + FOOT + "</body></html>")
    x["trailer_url"] = None
    return html, x


# ============================================================ design 1: Bootstrap CMS

def d1_bootstrap(r: Rec) -> tuple[str, Rec]:
    """Server-rendered CMS with Bootstrap 5: facts in a table, crew in a sentence,
    cast table, microdata on the container. No JSON-LD. Votes with commas, money in full."""
    x = copy.deepcopy(r)
    d = d_of(r)
    itype = "https://schema.org/Movie" if r["kind"] == "movie" else "https://schema.org/TVSeries"
    rows: list[tuple[str, str]] = []
    rows.append(("Format", kind_word(r, "Feature film", "TV series")))
    if d:
        rows.append(("Released", date_us(d) + (" (United States)" if "United States" in r["countries"] else "")))
    elif r["release_year"]:
        rows.append(("Released", f"{r['release_year']}"))
    if r["runtime_minutes"]:
        rows.append(("Running time", rt_min(r["runtime_minutes"]) + ("" if r["kind"] == "movie" else " per episode")))
    if r["content_rating"]:
        rows.append(("Certificate", r["content_rating"]))
    if r["seasons"]:
        rows.append(("No. of seasons", str(r["seasons"])))
    if r["genres"]:
        rows.append(("Genre", " / ".join(r["genres"])))
    if r["countries"]:
        rows.append(("Country", ", ".join(r["countries"])))
    if r["studios"]:
        rows.append(("Production company" if r["studios_total"] == 1 else "Production companies",
                     studios_text(r, "+{n} more")))
    if r["budget"]:
        rows.append(("Budget", money_full(r["budget"])))
    if r["box_office"]:
        rows.append(("Box office", money_full(r["box_office"])))
    if r["user_rating_count"]:
        rows.append(("Member ratings", "★ 3.9 from " + count_commas(r["user_rating_count"], "ratings")))
    trs = "".join(f"<tr><th scope='row'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
    crew_bits = []
    if r["directors"]:
        crew_bits.append("Directed by " + " and ".join(
            f"<span itemprop='director' itemscope itemtype='https://schema.org/Person'><a href='/person/{i}'><span itemprop='name'>{e(n)}</span></a></span>"
            for i, n in enumerate(r["directors"])))
    if r["writers"]:
        crew_bits.append("Written by " + ", ".join(f"<a href='/person/w{i}'>{e(n)}</a>" for i, n in enumerate(r["writers"])))
    crew_bits.append("Produced by Lior Benavente and Ada Whitcombe")
    crew = f"<p class='lead crew'>{'. '.join(crew_bits)}.</p>"
    cast = ""
    if r["cast"]:
        body = "".join(
            f"<tr itemprop='actor' itemscope itemtype='https://schema.org/Person'><td itemprop='name'>{e(c['actor'])}</td>"
            f"<td>{e(c['character']) if c['character'] else DASH}</td></tr>"
            for c in r["cast"])
        cast = (f"<h2 class='h4 mt-4'>Cast</h2><table class='table table-striped cast'><thead><tr><th>Actor</th>"
                f"<th>Role</th></tr></thead><tbody>{body}</tbody></table>")
    stream = ""
    s = r["streaming"]
    if s:
        vd = date_uk(date.fromisoformat(s["verified_on"]))
        if s["available"]:
            lead = f"Available on {s['platform_count']} platform{'s' if s['platform_count'] != 1 else ''}"
        else:
            lead = f"Not currently streaming (0 of {s['platform_count']} services)"
        items = "".join(f"<li class='list-group-item'>{e(p)}</li>" for p in s["platforms"])
        stream = (f"<aside class='card mb-3'><div class='card-header'>Where to watch</div><div class='card-body'>"
                  f"<p class='card-text'>{e(lead)}</p><ul class='list-group list-group-flush'>{items}</ul>"
                  f"<small class='text-muted'>Availability last verified {e(vd)}</small></div></aside>")
    else:
        stream = ("<aside class='card mb-3'><div class='card-header'>Where to watch</div><div class='card-body'>"
                  "<p class='card-text'>We couldn't find a streaming service for this title yet.</p></div></aside>")
    eps = ""
    if r["kind"] == "show":
        eps = "<h2 class='h4'>Season 1 episodes</h2><table class='table table-sm episodes'><thead><tr><th>#</th><th>Episode</th><th>Running time</th><th>Credits</th></tr></thead><tbody>" + "".join(
            f"<tr><td>{n}</td><td>{e(t)}</td><td>{rt} min</td><td>Directed by {e(di)}; written by {e(w)}</td></tr>"
            for n, t, di, w, rt in episodes(r)) + "</tbody></table>"
    tag = f"<p class='fst-italic tagline'>{e(r['tagline'])}</p>" if r["tagline"] else ""
    syn = f"<h2 class='h4'>Plot summary</h2><p itemprop='description'>{e(r['synopsis'])}</p>" if r["synopsis"] else ""
    aud = f"<div class='alert alert-secondary'><strong>What viewers are saying:</strong> {e(r['audience_summary'])}</div>" if r["audience_summary"] else ""
    imdb = f"<a class='btn btn-outline-warning btn-sm' href='https://imdb.com/title/{r['imdb_id']}'>View on IMDb</a>" if r["imdb_id"] else ""
    related = "<div class='row related'>" + "".join(
        f"<div class='col-3'><div class='card'><div class='card-body'><h3 class='h6'><a href='/{k}/{sl}'>{e(t)}</a></h3>"
        f"<table class='table table-sm'><tr><th>Released</th><td>{y}</td></tr><tr><th>Running time</th><td>{rt} min</td></tr>"
        f"<tr><th>Certificate</th><td>{cr}</td></tr></table></div></div></div>" for k, sl, t, y, rt, cr, _ in RAIL) + "</div>"
    revs = "".join(f"<blockquote class='blockquote'><p>{e(t)}</p><footer class='blockquote-footer'>{e(u)}</footer></blockquote>"
                   for u, t in REVIEWS)
    html = (head(r, "<link rel='stylesheet' href='/themes/reel/bootstrap.min.css'>") + "<body>" + COOKIE + nav()
            + f"<div class='container' itemscope itemtype='{itype}'><nav aria-label='breadcrumb'><ol class='breadcrumb'>"
            + f"<li class='breadcrumb-item'><a href='/'>Home</a></li><li class='breadcrumb-item'>{kind_word(r, 'Movies', 'TV')}</li>"
            + f"<li class='breadcrumb-item active'>{e(r['title'])}</li></ol></nav>"
            + f"<div class='row'><div class='col-md-8'><h1 class='display-5' itemprop='name'>{e(r['title'])}</h1>{tag}{crew}{syn}{aud}"
            + f"<table class='table table-bordered facts'><caption>Film facts</caption><tbody>{trs}</tbody></table>{imdb}{cast}{eps}"
            + f"<h2 class='h4'>Reviews</h2>{revs}</div><div class='col-md-4'>{stream}"
            + "<div class='card'><div class='card-header'>Editor's note</div><div class='card-body'>Added to our 100 Best list in 2025; re-issued on 4K on March 3, 2026.</div></div></div></div>"
            + f"<h2 class='h4'>Related titles</h2>{related}</div>" + FOOT + "</body></html>")
    x["trailer_url"] = None
    return html, x


# ============================================================ design 2: Tailwind UI

def d2_tailwind(r: Rec) -> tuple[str, Rec]:
    """Tailwind UI marketing-style page: header meta line (year · rating · runtime),
    stat row of dl cards, description-list panel, horizontal cast scroller with
    'as' captions, YouTube trailer. Partial JSON-LD (no crew, no dates). Writers not shown
    visibly, only 'Created by' for shows; directors visibly in a people strip."""
    x = copy.deepcopy(r)
    d = d_of(r)
    meta = [str(r["release_year"])] if r["release_year"] else []
    if r["content_rating"]:
        meta.append(r["content_rating"])
    if r["runtime_minutes"]:
        meta.append(rt_hm(r["runtime_minutes"]))
    if r["genres"]:
        meta.append(", ".join(r["genres"]))
    meta_html = "<p class='mt-2 flex gap-x-2 text-sm text-gray-400'>" + "<span aria-hidden='true'>·</span>".join(
        f"<span>{e(m)}</span>" for m in meta) + "</p>"
    stats: list[tuple[str, str]] = []
    if r["user_rating_count"]:
        stats.append(("Audience votes", count_short(r["user_rating_count"], "votes")))
    if r["seasons"]:
        stats.append(("Seasons", f"{r['seasons']} seasons"))
    if r["box_office"]:
        stats.append(("Box office", money_words(r["box_office"])))
    if r["budget"]:
        stats.append(("Budget", money_words(r["budget"])))
    stat_html = "<dl class='mx-auto grid grid-cols-1 gap-px bg-gray-900/5 sm:grid-cols-2 lg:grid-cols-4'>" + "".join(
        f"<div class='flex flex-wrap items-baseline justify-between gap-x-4 bg-white px-4 py-10'><dt class='text-sm/6 font-medium text-gray-500'>{e(k)}</dt>"
        f"<dd class='w-full flex-none text-3xl/10 font-medium tracking-tight text-gray-900'>{e(v)}</dd></div>"
        for k, v in stats) + "</dl>"
    info: list[tuple[str, str]] = [("Type", kind_word(r, "Movie", "TV Show"))]
    if d:
        info.append(("First aired" if r["kind"] == "show" else "Premiere", date_uk(d)))
    if r["countries"]:
        info.append(("Origin", ", ".join(r["countries"])))
    if r["studios"]:
        info.append(("Studios", studios_text(r, "and {n} more")))
    info_html = "<dl class='divide-y divide-gray-100'>" + "".join(
        f"<div class='px-4 py-6 sm:grid sm:grid-cols-3 sm:gap-4'><dt class='text-sm font-medium text-gray-900'>{e(k)}</dt>"
        f"<dd class='mt-1 text-sm text-gray-700 sm:col-span-2'>{e(v)}</dd></div>" for k, v in info) + "</dl>"
    people = ""
    if r["directors"]:
        people = "<ul role='list' class='people flex gap-6'>" + "".join(
            f"<li><p class='text-sm font-semibold'>{e(n)}</p><p class='text-xs text-gray-500'>Director</p></li>"
            for n in r["directors"]) + "</ul>"
    x["writers"] = []
    if r["kind"] == "show" and r["writers"]:
        people += f"<p class='text-sm text-gray-500 created'>Created by {e(', '.join(r['writers']))}</p>"
    cast = ""
    if r["cast"]:
        cast = ("<section aria-labelledby='cast-h'><h2 id='cast-h' class='text-lg font-semibold'>Series cast</h2>" if r["kind"] == "show"
                else "<section aria-labelledby='cast-h'><h2 id='cast-h' class='text-lg font-semibold'>Cast</h2>") + \
            "<ul role='list' class='flex overflow-x-auto gap-4'>" + "".join(
                f"<li class='w-32 shrink-0'><img class='aspect-[2/3] rounded-lg' src='/img/c/{i}.jpg' alt='{e(c['actor'])}'>"
                f"<p class='mt-2 text-sm font-medium text-gray-900'>{e(c['actor'])}</p>"
                + (f"<p class='text-xs text-gray-500'>as {e(c['character'])}</p>" if c["character"] else "")
                + "</li>" for i, c in enumerate(r["cast"])) + "</ul></section>"
    stream = ""
    s = r["streaming"]
    if s:
        vd = date.fromisoformat(s["verified_on"])
        label = (f"{s['platform_count']} streaming option{'s' if s['platform_count'] != 1 else ''}" if s["available"]
                 else f"Not currently available on {s['platform_count']} tracked services")
        stream = ("<section class='rounded-2xl bg-gray-50 p-6 where'><h2 class='text-base font-semibold'>Watch now</h2>"
                  f"<p class='text-sm'>{e(label)}</p><ul class='mt-4 grid grid-cols-3 gap-3'>"
                  + "".join(f"<li><a class='rounded-md bg-white px-3 py-2 text-sm shadow-sm' href='#'>{e(p)}</a></li>" for p in s["platforms"])
                  + f"</ul><p class='mt-2 text-xs text-gray-400'>Updated {vd.isoformat()}</p></section>")
    tid = trailer_id(r)
    x["trailer_url"] = f"https://www.youtube.com/watch?v={tid}"
    trailer = (f"<div class='aspect-video'><iframe title='Official trailer' src='https://www.youtube.com/embed/{tid}?autoplay=0' "
               "allow='encrypted-media' allowfullscreen class='h-full w-full rounded-xl'></iframe></div>")
    tag = f"<p class='text-xl italic text-indigo-300'>{e(r['tagline'])}</p>" if r["tagline"] else ""
    syn = f"<section><h2>Overview</h2><p>{e(r['synopsis'])}</p></section>" if r["synopsis"] else ""
    aud = f"<section><h2>What Viewers Are Saying</h2><p>{e(r['audience_summary'])}</p></section>" if r["audience_summary"] else ""
    imdb = f"<a href='https://m.imdb.com/title/{r['imdb_id']}/?ref_=rg' class='text-yellow-400'>IMDb ↗</a>" if r["imdb_id"] else ""
    rail = "<section><h2>Trending now</h2><ul class='grid grid-cols-4 gap-4'>" + "".join(
        f"<li><a href='/{k}/{sl}' class='font-semibold'>{e(t)}</a><p class='mt-2 flex gap-x-2 text-sm text-gray-400'>"
        f"<span>{y}</span><span>·</span><span>{cr}</span><span>·</span><span>{rt_hm(rt)}</span></p></li>"
        for k, sl, t, y, rt, cr, _ in RAIL) + "</ul></section>"
    eps = ""
    if r["kind"] == "show":
        eps = "<section><h2>Episodes</h2><ul role='list' class='divide-y'>" + "".join(
            f"<li class='py-4'><p class='font-medium'>E{n} · {e(t)}</p><p class='text-sm text-gray-500'>{rt_hm(rt)} · Directed by {e(di)}</p></li>"
            for n, t, di, w, rt in episodes(r)) + "</ul></section>"
    ld = {"@context": "https://schema.org", "@type": "Movie" if r["kind"] == "movie" else "TVSeries",
          "name": r["title"], "genre": r["genres"]}
    html = (head(r, ld_script(ld) + "<script src='https://cdn.tailwindcss.com'></script>")
            + "<body class='bg-gray-900'>" + nav() + "<main class='mx-auto max-w-7xl px-6 lg:px-8'>"
            + f"<div class='relative isolate pt-14'><h1 class='text-4xl font-bold tracking-tight text-white sm:text-6xl'>{e(r['title'])}</h1>"
            + f"{tag}{meta_html}<div class='mt-6 flex gap-x-6'>{imdb}</div></div>{trailer}{stat_html}{syn}{aud}"
            + f"<div class='lg:grid lg:grid-cols-3 lg:gap-8'><div class='lg:col-span-2'>{info_html}{people}{cast}{eps}</div>"
            + f"<aside>{stream}</aside></div>{rail}</main>" + COOKIE + FOOT + "</body></html>")
    return html, x


# ============================================================ design 3: accessibility-first

def d3_a11y(r: Rec) -> tuple[str, Rec]:
    """Accessibility-first: skip links, real headings, <dl> details, icon values with
    aria-label, cast as 'Actor as Character' list items, crew list with roles."""
    x = copy.deepcopy(r)
    d = d_of(r)
    icons: list[str] = []
    if r["release_year"]:
        icons.append(f"<li><span class='icon' role='img' aria-label='Year'>📅</span> {r['release_year']}</li>")
    if r["runtime_minutes"]:
        icons.append(f"<li><span class='icon' role='img' aria-label='Runtime'>⏱</span> {rt_words(r['runtime_minutes'])}</li>")
    if r["content_rating"]:
        icons.append(f"<li><span class='icon' role='img' aria-label='Content rating'>🛈</span> {e(r['content_rating'])}</li>")
    if r["user_rating_count"]:
        icons.append(f"<li><span class='icon' role='img' aria-label='Number of ratings'>👥</span> {e(count_commas(r['user_rating_count'], 'user ratings'))}</li>")
    dl: list[tuple[str, str]] = [("Kind of title", kind_word(r, "Film", "Series"))]
    if d:
        dl.append(("Release date", date_long(d)))
    if r["seasons"]:
        dl.append(("Number of seasons", str(r["seasons"])))
    if r["genres"]:
        dl.append(("Genres", ", ".join(r["genres"])))
    if r["countries"]:
        dl.append(("Produced in", ", ".join(r["countries"])))
    if r["studios"]:
        dl.append(("Studios", studios_text(r)))
    if r["budget"]:
        dl.append(("Production budget", money_full(r["budget"])))
    if r["box_office"]:
        dl.append(("Worldwide box office", money_full(r["box_office"])))
    dl_html = "<dl class='facts'>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in dl) + "</dl>"
    crew = ""
    ppl = [(n, "Director") for n in r["directors"]] + [(n, "Writer") for n in r["writers"]]
    if ppl:
        crew = ("<section aria-labelledby='crew'><h2 id='crew'>Crew</h2><ul class='crew'>" + "".join(
            f"<li><span class='name'>{e(n)}</span> <span class='role'>({role})</span></li>" for n, role in ppl)
            + "</ul></section>")
    cast = ""
    if r["cast"]:
        cast = ("<section aria-labelledby='cast'><h2 id='cast'>Cast</h2><ul class='cast'>" + "".join(
            f"<li><span class='actor'>{e(c['actor'])}</span>"
            + (f" <span class='visually-hidden-not'>as</span> <span class='character'>{e(c['character'])}</span>" if c["character"] else "")
            + "</li>" for c in r["cast"]) + "</ul></section>")
    stream = ""
    s = r["streaming"]
    if s:
        vd = date_long(date.fromisoformat(s["verified_on"]))
        if s["available"]:
            lead = f"You can stream this title on {s['platform_count']} service{'s' if s['platform_count'] != 1 else ''}:"
        else:
            lead = f"Not currently available on any streaming service. Streaming on 0 of {s['platform_count']} services; previously on:"
        stream = (f"<section aria-labelledby='watch'><h2 id='watch'>Where to watch</h2><p>{e(lead)}</p><ul class='providers'>"
                  + "".join(f"<li>{e(p)}</li>" for p in s["platforms"])
                  + f"</ul><p><small>Information last verified on {e(vd)}.</small></p></section>")
    tag = f"<p class='tagline'><span class='visually-hidden'>Tagline: </span>{e(r['tagline'])}</p>" if r["tagline"] else ""
    syn = f"<section aria-labelledby='about'><h2 id='about'>About this title</h2><p>{e(r['synopsis'])}</p></section>" if r["synopsis"] else ""
    aud = f"<section aria-labelledby='aud'><h2 id='aud'>What viewers are saying</h2><p>{e(r['audience_summary'])}</p></section>" if r["audience_summary"] else ""
    imdb = f"<p><a href='https://www.imdb.com/title/{r['imdb_id']}/'>{e(r['title'])} on IMDb<span class='visually-hidden'> (opens external site)</span></a></p>" if r["imdb_id"] else ""
    eps = ""
    if r["kind"] == "show":
        eps = ("<section aria-labelledby='eps'><h2 id='eps'>Latest episodes</h2><ol>" + "".join(
            f"<li><h3>{e(t)}</h3><dl><dt>Runtime</dt><dd>{rt_words(rt)}</dd><dt>Director</dt><dd>{e(di)}</dd><dt>Writer</dt><dd>{e(w)}</dd></dl></li>"
            for n, t, di, w, rt in episodes(r)) + "</ol></section>")
    rel = ("<section aria-labelledby='rel'><h2 id='rel'>Similar titles</h2><ul>" + "".join(
        f"<li><a href='/{k}/{sl}'>{e(t)}</a> <span>({y}, {rt_words(rt)}, rated {cr})</span></li>"
        for k, sl, t, y, rt, cr, _ in RAIL) + "</ul></section>")
    revs = ("<section aria-labelledby='rev'><h2 id='rev'>Member reviews</h2>" + "".join(
        f"<article><h3>Review by {e(u)}</h3><p>{e(t)}</p></article>" for u, t in REVIEWS) + "</section>")
    ld = jsonld(r, cast=False, crew=False)
    html = (head(r, ld_script(ld)) + "<body><a class='skip-link' href='#main'>Skip to main content</a>" + nav()
            + COOKIE + f"<main id='main'><article><header><h1>{e(r['title'])}</h1>{tag}"
            + f"<ul class='quick-facts' aria-label='Quick facts'>{''.join(icons)}</ul></header>{syn}{aud}"
            + f"<section aria-labelledby='details'><h2 id='details'>Details</h2>{dl_html}{imdb}</section>"
            + f"{stream}{cast}{crew}{eps}</article>{rel}{revs}</main>" + FOOT + "</body></html>")
    x["trailer_url"] = None
    return html, x


# ============================================================ design 4: AMP lite

def d4_amp(r: Rec) -> tuple[str, Rec]:
    """AMP lightweight page: 'Label: value' lines inside amp-accordion, inline sentence
    for release, no visible cast (JSON-LD actors only -> characters null), directors and
    writers only in JSON-LD. No studios, no budget shown."""
    x = copy.deepcopy(r)
    d = d_of(r)
    lines: list[tuple[str, str]] = []
    if r["genres"]:
        lines.append(("Genres", ", ".join(r["genres"])))
    if r["runtime_minutes"]:
        lines.append(("Length", rt_min(r["runtime_minutes"]) + (" / episode" if r["kind"] == "show" else "")))
    if r["content_rating"]:
        lines.append(("Rated", r["content_rating"]))
    if r["seasons"]:
        lines.append(("Seasons", str(r["seasons"])))
    if r["countries"]:
        lines.append(("Country", ", ".join(r["countries"])))
    if r["box_office"]:
        lines.append(("Box office", money_words(r["box_office"])))
    if r["user_rating_count"]:
        lines.append(("Votes", count_short(r["user_rating_count"], "votes")))
    lines.append(("Type", kind_word(r, "Movie", "TV Show")))
    facts = "".join(f"<p class='fact'><b>{e(k)}:</b> {e(v)}</p>" for k, v in lines)
    x["studios"], x["studios_total"], x["budget"] = [], None, None
    if d:
        rel = f"<p class='rel'>Released on {date_us(d)}.</p>"
    elif r["release_year"]:
        rel = f"<p class='rel'><b>Release:</b> {r['release_year']} (expected)</p>"
    else:
        rel = ""
    x["cast"] = [{"actor": c["actor"], "character": None} for c in r["cast"]]
    stream = ""
    s = r["streaming"]
    if s:
        vd = date_short(date.fromisoformat(s["verified_on"]))
        hdr = ("Stream now" if s["available"] else "Not Currently Available On")
        stream = (f"<section class='wtw'><h2>Where to watch</h2><p>{hdr} <span class='n'>({s['platform_count']} platform{'s' if s['platform_count'] != 1 else ''})</span></p>"
                  + "<div class='logos'>" + "".join(f"<amp-img src='/p/{i}.png' width='40' height='40' alt='{e(p)}'></amp-img>" for i, p in enumerate(s["platforms"]))
                  + f"</div><p class='small'>Last verified: {e(vd)}</p></section>")
    tag = f"<blockquote class='tag'>\"{e(r['tagline'])}\"</blockquote>" if r["tagline"] else ""
    syn = f"<section><h2>About</h2><p>{e(r['synopsis'])}</p></section>" if r["synopsis"] else ""
    aud = f"<section><h2>What Viewers Are Saying</h2><p>{e(r['audience_summary'])}</p></section>" if r["audience_summary"] else ""
    imdb = f"<p><a href='https://www.imdb.com/title/{r['imdb_id']}/'>IMDb page</a></p>" if r["imdb_id"] else ""
    eps = ""
    if r["kind"] == "show":
        eps = ("<section><h4>Episodes</h4><div>" + "".join(
            f"<p><b>Episode {n}:</b> {e(t)} — Directed by {e(di)}, Written by {e(w)}. <b>Length:</b> {rt} min</p>"
            for n, t, di, w, rt in episodes(r)) + "</div></section>")
    carousel = ("<amp-carousel height='220' layout='fixed-height' type='carousel'>" + "".join(
        f"<div class='card'><a href='/{k}/{sl}'>{e(t)}</a><p class='fact'><b>Length:</b> {rt} min</p><p class='fact'><b>Rated:</b> {cr}</p><p>{y}</p></div>"
        for k, sl, t, y, rt, cr, _ in RAIL) + "</amp-carousel>")
    ld = jsonld(r, extra={"countryOfOrigin": [{"@type": "Country", "name": c} for c in r["countries"]]} if r["countries"] else None)
    html = (head(r, ld_script(ld) + "<script async src='https://cdn.ampproject.org/v0.js'></script>"
                 "<style amp-custom>.fact{margin:0}</style>", amp=True)
            + "<body><header class='amp-bar'><a href='/'>ReelGuide</a> <a href='/search'>Search</a></header>"
            + "<amp-consent id='consent' layout='nodisplay'><div class='banner'>Cookies help us deliver 24/7 recommendations. <button on='tap:consent.accept'>OK</button></div></amp-consent>"
            + f"<main><h1>{e(r['title'])}</h1>{tag}{rel}{stream}"
            + f"<amp-accordion disable-session-states><section expanded><h2>Details</h2><div>{facts}{imdb}</div></section></amp-accordion>"
            + f"{syn}{aud}{eps}<h2>More like this</h2>{carousel}</main>" + FOOT + "</body></html>")
    x["trailer_url"] = None
    return html, x


# ============================================================ design 5: web components

def d5_webcomponents(r: Rec) -> tuple[str, Rec]:
    """Lit/web-components page: custom elements in light DOM, tabs (Overview / Cast & Crew /
    Details / Where to watch), facts as rg-fact label/value slots, crew with role attribute
    and text, RDFa partial (name, datePublished), youtube embed via rg-trailer."""
    x = copy.deepcopy(r)
    d = d_of(r)
    typeof = "Movie" if r["kind"] == "movie" else "TVSeries"
    facts: list[tuple[str, str]] = [("Title type", kind_word(r, "Movie", "TV Show"))]
    if d:
        facts.append(("Release date", f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"))
    elif r["release_year"]:
        facts.append(("Release year", str(r["release_year"])))
    if r["runtime_minutes"]:
        facts.append(("Runtime", rt_hm(r["runtime_minutes"])))
    if r["content_rating"]:
        facts.append(("Maturity rating", r["content_rating"]))
    if r["user_rating_count"]:
        facts.append(("Ratings", count_commas(r["user_rating_count"])))
    if r["seasons"]:
        facts.append(("Seasons", f"{r['seasons']} Season{'s' if r['seasons'] != 1 else ''}"))
    if r["genres"]:
        facts.append(("Genres", " • ".join(r["genres"])))
    if r["countries"]:
        facts.append(("Countries", " • ".join(r["countries"])))
    if r["studios"]:
        facts.append(("Studio", studios_text(r)))
    if r["budget"]:
        facts.append(("Budget", money_words(r["budget"])))
    if r["box_office"]:
        facts.append(("Box office (worldwide)", money_full(r["box_office"])))
    fact_html = "".join(f"<rg-fact><span slot='label'>{e(k)}</span><span slot='value'>{e(v)}</span></rg-fact>" for k, v in facts)
    credit = "".join(
        f"<rg-credit role='{role.lower()}'><span slot='name'>{e(n)}</span><span slot='job'>{role}</span></rg-credit>"
        for role, ns in (("Director", r["directors"]), (kind_word(r, "Screenplay", "Writer"), r["writers"])) for n in ns)
    cast = "".join(
        f"<rg-person-card actor='{e(c['actor'])}'><span slot='name'>{e(c['actor'])}</span>"
        + (f"<span slot='character'>{e(c['character'])}</span>" if c["character"] else "")
        + "</rg-person-card>" for c in r["cast"])
    stream = ""
    s = r["streaming"]
    if s:
        vd = date.fromisoformat(s["verified_on"])
        state = "Available on" if s["available"] else "Not Currently Available On"
        stream = (f"<rg-watch-panel count='{s['platform_count']}'><h3>{state}</h3><span class='count'>{s['platform_count']} services</span>"
                  + "".join(f"<rg-provider name='{e(p)}'>{e(p)}</rg-provider>" for p in s["platforms"])
                  + f"<p slot='footnote'>Last verified on {date_us(vd)}</p></rg-watch-panel>")
    tid = trailer_id(r)
    x["trailer_url"] = f"https://www.youtube.com/watch?v={tid}"
    tag = f"<p slot='tagline'>{e(r['tagline'])}</p>" if r["tagline"] else ""
    syn = f"<rg-expander><h3 slot='summary'>Synopsis</h3><p>{e(r['synopsis'])}</p></rg-expander>" if r["synopsis"] else ""
    aud = f"<rg-callout kind='audience'><h3>What Viewers Are Saying</h3><p>{e(r['audience_summary'])}</p></rg-callout>" if r["audience_summary"] else ""
    imdb = f"<rg-link-out href='https://www.imdb.com/title/{r['imdb_id']}/' label='IMDb'></rg-link-out><a href='https://www.imdb.com/title/{r['imdb_id']}/'>IMDb</a>" if r["imdb_id"] else ""
    eps = ""
    if r["kind"] == "show":
        eps = "<rg-episode-list season='1'>" + "".join(
            f"<rg-episode number='{n}'><span slot='title'>{e(t)}</span><rg-fact><span slot='label'>Runtime</span><span slot='value'>{rt_hm(rt)}</span></rg-fact>"
            f"<rg-credit role='director'><span slot='name'>{e(di)}</span><span slot='job'>Director</span></rg-credit></rg-episode>"
            for n, t, di, w, rt in episodes(r)) + "</rg-episode-list>"
    rail = "<rg-rail heading='Because you viewed this'>" + "".join(
        f"<rg-title-card href='/{k}/{sl}'><span slot='title'>{e(t)}</span><rg-fact><span slot='label'>Release year</span><span slot='value'>{y}</span></rg-fact>"
        f"<rg-fact><span slot='label'>Runtime</span><span slot='value'>{rt_hm(rt)}</span></rg-fact><rg-fact><span slot='label'>Ratings</span><span slot='value'>{votes}</span></rg-fact></rg-title-card>"
        for k, sl, t, y, rt, cr, votes in RAIL) + "</rg-rail>"
    rdfa_date = f"<meta property='datePublished' content='{r['release_date']}'>" if r["release_date"] else ""
    html = (head(r, "<script type='module' src='/static/rg-components.js'></script>") + "<body>" + "<rg-app-shell>" + nav()
            + f"<rg-title-page vocab='https://schema.org/' typeof='{typeof}'>{rdfa_date}"
            + f"<rg-hero><h1 slot='title' property='name'>{e(r['title'])}</h1>{tag}</rg-hero>"
            + f"<rg-trailer video-id='{tid}'><iframe src='https://www.youtube-nocookie.com/embed/{tid}' title='Trailer'></iframe></rg-trailer>"
            + "<rg-tabs><button slot='tab' aria-selected='true'>Overview</button><button slot='tab'>Cast &amp; Crew</button>"
            + "<button slot='tab'>Details</button><button slot='tab'>Where to watch</button>"
            + f"<rg-tab-panel>{syn}{aud}{imdb}</rg-tab-panel>"
            + f"<rg-tab-panel><h2>Cast</h2><rg-grid>{cast}</rg-grid><h2>Crew</h2>{credit}</rg-tab-panel>"
            + f"<rg-tab-panel><h2>Details</h2>{fact_html}</rg-tab-panel><rg-tab-panel>{stream}</rg-tab-panel></rg-tabs>"
            + f"{eps}</rg-title-page>{rail}<rg-cookie-banner><p>Accept 3 categories of cookies?</p></rg-cookie-banner></rg-app-shell>"
            + FOOT + "</body></html>")
    return html, x


DESIGNS: list[Callable[[Rec], tuple[str, Rec]]] = [
    d0_material, d1_bootstrap, d2_tailwind, d3_a11y, d4_amp, d5_webcomponents,
]

_RECORDS: list[Rec] | None = None


def page(seed: int) -> tuple[str, str, Rec]:
    global _RECORDS
    if _RECORDS is None:
        _RECORDS = records()
    r = _RECORDS[(seed // len(DESIGNS)) % len(_RECORDS)]
    html, x = DESIGNS[seed % len(DESIGNS)](r)
    keys = list(r.keys())
    expected = {k: x[k] for k in keys}
    url = f"{BASE}/{r['source_id']}"
    if seed % len(DESIGNS) == 2:
        url += "?utm_source=rail"
    return url, html, expected
