# ruff: noqa: E501  (HTML templates read better on one line)
"""Held-out set 6: five ReelGuide title-page redesigns written without seeing the parser.

``page(seed) -> (url, html, expected)``. Design = seed % 5, record = (seed // 5) % N.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

_EXPECTED_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "expected"
SITE = "https://www.reelguide.example"

DESIGNS = ["answer-card", "tiles", "landscape-table", "fact-sheet", "sentences"]

Record = dict[str, Any]


def _load_records() -> list[Record]:
    out: list[Record] = []
    for path in sorted(_EXPECTED_DIR.glob("*.json")):
        if path.stem == "v2-truncated-heat":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("reject"):
            continue
        out.append(data)
    return out


RECORDS = _load_records()
SPEC_KEYS = list(RECORDS[0].keys())

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹"}


def e(text: Any) -> str:
    return escape(str(text), quote=True)


# ---------------------------------------------------------------- value formats

def fmt_date(iso: str, style: int) -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    month = MONTHS[m - 1]
    if style == 0:
        return f"{month} {d}, {y}"
    if style == 1:
        return f"{d} {month} {y}"
    if style == 2:
        return f"{month[:3]} {d}, {y}"
    return f"{d} {month[:3]}. {y}" if month[:3] != month else f"{d} {month} {y}"


def fmt_release(rec: Record, style: int) -> str | None:
    if rec["release_date"]:
        return fmt_date(rec["release_date"], style)
    if rec["release_year"]:
        return str(rec["release_year"])
    return None


def fmt_runtime(minutes: int, style: int) -> str:
    h, m = divmod(minutes, 60)
    if style == 0:
        if h and m:
            return f"{h}h {m}m"
        return f"{h}h" if h else f"{m}m"
    if style == 1:
        return f"{minutes} min"
    if style == 2:
        return f"{minutes} minutes"
    parts = []
    if h:
        parts.append(f"{h} hr")
    if m:
        parts.append(f"{m} min")
    return " ".join(parts)


def fmt_votes(n: int, style: int, unit: str = "votes") -> str:
    if n == 1:
        return f"1 {unit.rstrip('s')}"
    if style == 1:
        if n >= 1_000_000 and n % 100_000 == 0:
            return f"{n / 1_000_000:g}M {unit}"
        if n >= 10_000 and n % 100 == 0:
            return f"{n / 1000:g}K {unit}"
    return f"{n:,} {unit}"


def fmt_money(m: dict[str, str], style: int) -> str:
    amount = int(m["amount"])
    cur = m["currency"]
    sym = SYMBOLS.get(cur)
    if style == 2 or sym is None:
        return f"{cur} {amount:,}"
    if style == 1:
        if amount >= 1_000_000_000 and amount % 10_000_000 == 0:
            return f"{sym}{amount / 1e9:g} billion"
        if amount >= 1_000_000 and amount % 100_000 == 0:
            return f"{sym}{amount / 1e6:g} million"
    return f"{sym}{amount:,}"


def join_and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def youtube_id(url: str) -> str:
    return url.rsplit("=", 1)[-1]


def iso_duration(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "")


# ---------------------------------------------------------------- distractors

FAKE_TITLES = [
    ("Harbor of Lanterns", 1998, 104, "PG-13", 48200), ("The Quiet Meridian", 2011, 131, "R", 7310),
    ("Paper Comets", 2020, 92, "PG", 1240), ("Saltwater Kings", 1987, 118, "R", 211000),
    ("Nine Winters", 2016, 47, "TV-MA", 35600), ("Copper Sky", 2005, 99, "PG-13", 880),
    ("Midnight Ledger", 2023, 142, "R", 12900), ("A Room for Owls", 1979, 88, "G", 4020),
]
FAKE_PEOPLE = ["Dana Whitlock", "Marco Ferreira", "Ines Kowalski", "Theo Brandt", "Priya Natarajan",
               "Lena Okafor", "Jonas Vik"]


def rail(rng: random.Random, label_runtime: str, label_rating: str) -> str:
    picks = rng.sample(FAKE_TITLES, 4)
    items = []
    for name, year, rt, cr, votes in picks:
        slug = name.lower().replace(" ", "-")
        items.append(
            f'<li class="rec"><a href="/movie/{slug}"><img src="/img/p/{slug}.jpg" alt="{e(name)}">'
            f'<h3>{e(name)}</h3></a><p>{year} · {e(cr)}</p>'
            f'<p><span>{e(label_runtime)}:</span> {fmt_runtime(rt, rng.randrange(4))}</p>'
            f'<p><span>{e(label_rating)}:</span> {fmt_votes(votes, 1)}</p>'
            f'<p>Directed by {e(rng.choice(FAKE_PEOPLE))}</p></li>'
        )
    heading = rng.choice(["More Like This", "You Might Also Like", "Because you viewed this",
                          "Fans also watched"])
    return f'<section class="rail" aria-label="{heading}"><h2>{heading}</h2><ul>{"".join(items)}</ul></section>'


def reviews(rng: random.Random) -> str:
    texts = [
        "Watched it 3 times now. At 2h 10m it never drags. 9/10.",
        "Released in 1994 in my country, saw it at the cinema with 40 friends. Rated it 5 stars.",
        "Honestly 90 minutes would have been enough. Directed by a genius though.",
        "My 12 year old loved it. Budget of $200 million shows on screen.",
    ]
    body = "".join(
        f'<article class="review"><h4>{e(rng.choice(FAKE_PEOPLE))}</h4><p>{e(t)}</p>'
        f'<small>{rng.randrange(2, 400)} people found this helpful</small></article>'
        for t in rng.sample(texts, 3)
    )
    return f'<section class="reviews"><h2>User Reviews</h2>{body}</section>'


def episodes(rec: Record, rng: random.Random) -> str:
    if rec["kind"] != "show":
        return ""
    rows = []
    for n in range(1, 5):
        rt = (rec["runtime_minutes"] or 30) + rng.randrange(-3, 9)
        rows.append(
            f'<li class="ep"><strong>S1 E{n} · Episode {n}</strong> <span>{fmt_runtime(rt, 1)}</span>'
            f' <span>Aired {fmt_date(f"20{10 + n:02d}-0{n}-1{n}", 0)}</span>'
            f' <span>Directed by {e(rng.choice(FAKE_PEOPLE))}</span>'
            f' <span>Written by {e(rng.choice(FAKE_PEOPLE))}</span></li>'
        )
    return f'<section class="episodes"><h2>Episodes</h2><ol>{"".join(rows)}</ol></section>'


def shell(rec: Record, title: str, body: str, head_extra: str, rng: random.Random) -> str:
    url = f"{SITE}/{rec['source_id']}"
    nav = "".join(f'<li><a href="/{p.lower().replace(" ", "-")}">{p}</a></li>'
                  for p in ["Home", "Movies", "TV Shows", "New Releases", "Top 100", "Watchlist"])
    cookie = ('<div class="cookie" role="dialog" aria-label="Cookie consent"><p>We use 12 cookies and '
              'similar tech to improve ReelGuide. See our policy.</p><button>Accept all</button>'
              '<button>Reject</button></div>')
    footer = ('<footer><ul><li><a href="/about">About ReelGuide</a></li><li><a href="/help">Help</a></li>'
              '<li><a href="/privacy">Privacy</a></li></ul><p>© 2027 ReelGuide Inc. Data last updated '
              f'{rng.randrange(1, 28)} minutes ago.</p></footer>')
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(title)} – ReelGuide</title>"
        f'<link rel="canonical" href="{url}"><meta property="og:title" content="{e(title)}">'
        f"{head_extra}</head><body>{cookie}<header><a href=\"/\" class=\"logo\">ReelGuide</a>"
        f'<nav aria-label="Main"><ul>{nav}</ul></nav><form role="search"><input name="q" '
        f'placeholder="Search 40,000 titles"></form></header><main>{body}</main>{footer}</body></html>'
    )


def jsonld(rec: Record, *, cast: bool, crew: bool, extra: bool) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "TVSeries" if rec["kind"] == "show" else "Movie",
        "name": rec["title"],
        "url": f"{SITE}/{rec['source_id']}",
    }
    if rec["genres"]:
        data["genre"] = rec["genres"]
    if extra:
        if rec["release_date"]:
            data["datePublished"] = rec["release_date"]
        if rec["runtime_minutes"] and rec["kind"] == "movie":
            data["duration"] = iso_duration(rec["runtime_minutes"])
        if rec["content_rating"]:
            data["contentRating"] = rec["content_rating"]
    if crew:
        if rec["directors"]:
            data["director"] = [{"@type": "Person", "name": n} for n in rec["directors"]]
        if rec["writers"]:
            data["author"] = [{"@type": "Person", "name": n} for n in rec["writers"]]
    if cast and rec["cast"]:
        data["actor"] = [{"@type": "Person", "name": c["actor"]} for c in rec["cast"]]
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def trailer(rec: Record) -> str:
    if not rec["trailer_url"]:
        return ""
    vid = youtube_id(rec["trailer_url"])
    return (f'<div class="trailer"><iframe title="Official trailer" '
            f'src="https://www.youtube-nocookie.com/embed/{vid}?autoplay=0" allowfullscreen></iframe></div>')


def imdb(rec: Record, text: str) -> str:
    if not rec["imdb_id"]:
        return ""
    return f'<a class="ext" href="https://www.imdb.com/title/{rec["imdb_id"]}/" rel="noopener">{e(text)}</a>'


def studios_text(rec: Record) -> str | None:
    if not rec["studios"]:
        return None
    more = (rec["studios_total"] or len(rec["studios"])) - len(rec["studios"])
    return ", ".join(rec["studios"]) + (f" +{more} more" if more > 0 else "")


def cast_lines(rec: Record, sep: str) -> list[str]:
    return [c["actor"] + (f"{sep}{c['character']}" if c["character"] else "") for c in rec["cast"]]


# ---------------------------------------------------------------- designs

def d_answer_card(rec: Record, rng: random.Random) -> tuple[str, Record]:
    """Voice-assistant friendly Q/A cards; partial JSON-LD."""
    exp = copy.deepcopy(rec)
    t = rec["title"]
    qa: list[tuple[str, str]] = []
    rel = fmt_release(rec, 0)
    what = "show" if rec["kind"] == "show" else "movie"
    qa.append((f"What is {t}?", f"A {what}."))
    if rec["genres"]:
        qa.append(("What genre is it?", ", ".join(rec["genres"])))
    if rel:
        qa.append((f"When did {t} come out?", rel))
    if rec["runtime_minutes"]:
        q = "How long is an episode?" if rec["kind"] == "show" else f"How long is {t}?"
        qa.append((q, fmt_runtime(rec["runtime_minutes"], 3)))
    if rec["seasons"]:
        qa.append(("How many seasons are there?", f"{rec['seasons']} seasons"))
    if rec["content_rating"]:
        qa.append((f"What is {t} rated?", rec["content_rating"]))
    if rec["directors"]:
        qa.append(("Who directed it?", join_and(rec["directors"])))
    if rec["writers"]:
        qa.append(("Who wrote it?", join_and(rec["writers"])))
    if rec["countries"]:
        qa.append(("Where was it made?", ", ".join(rec["countries"])))
    st = studios_text(rec)
    if st:
        qa.append(("Which studios made it?", st))
    if rec["budget"]:
        qa.append(("What was the budget?", fmt_money(rec["budget"], 1)))
    if rec["box_office"]:
        qa.append(("How much did it make?", fmt_money(rec["box_office"], 1)))
    if rec["user_rating_count"]:
        qa.append(("How many people rated it?", fmt_votes(rec["user_rating_count"], 1, "ratings")))
    cards = "".join(f'<div class="qa"><h3 class="q">{e(q)}</h3><p class="a">{e(a)}</p></div>' for q, a in qa)
    s = rec["streaming"]
    watch = ""
    if s:
        names = join_and(s["platforms"]) if s["platforms"] else ""
        ver = fmt_date(s["verified_on"], 1) if s["verified_on"] else None
        if s["available"]:
            ans = f"Stream it on {names} ({s['platform_count']} services)."
        else:
            ans = f"Not currently available on {names} ({s['platform_count']} services checked)."
        if ver:
            ans += f" Last verified {ver}."
        watch = f'<div class="qa watch"><h3 class="q">Where can I watch {e(t)}?</h3><p class="a">{e(ans)}</p></div>'
    cast = ""
    if rec["cast"]:
        lis = "".join(f"<li>{e(line)}</li>" for line in cast_lines(rec, " as "))
        cast = f'<div class="qa"><h3 class="q">Who is in the cast?</h3><ul class="a">{lis}</ul></div>'
    top = f'<h1 class="answer-title">{e(t)}</h1>'
    if rec["tagline"]:
        top += f'<p class="tag">“{e(rec["tagline"])}”</p>'
    if rec["synopsis"]:
        top += f'<div class="about"><h2>Overview</h2><p>{e(rec["synopsis"])}</p></div>'
    if rec["audience_summary"]:
        top += f'<div class="consensus"><h2>What Viewers Are Saying</h2><p>{e(rec["audience_summary"])}</p></div>'
    also = ('<aside class="paa"><h2>People also ask</h2><div class="qa"><h3 class="q">How long is Saltwater '
            'Kings?</h3><p class="a">1 hr 58 min</p></div><div class="qa"><h3 class="q">When did Copper Sky '
            'come out?</h3><p class="a">June 3, 2005</p></div></aside>')
    body = (f'<article class="answer">{top}{trailer(rec)}<section class="answers">{cards}{watch}{cast}'
            f'</section><p>{imdb(rec, "See it on IMDb")}</p></article>{episodes(rec, rng)}{also}'
            f'{reviews(rng)}{rail(rng, "Length", "Ratings")}')
    head = jsonld(rec, cast=False, crew=True, extra=False)
    return shell(rec, t, body, head, rng), exp


def d_tiles(rec: Record, rng: random.Random) -> tuple[str, Record]:
    """Infographic tiles: icon with aria-label as the label, big value; no trailer, no schema.org."""
    exp = copy.deepcopy(rec)
    exp["trailer_url"] = None
    tiles: list[tuple[str, str]] = []
    tiles.append(("Type", "TV Show" if rec["kind"] == "show" else "Movie"))
    rel = fmt_release(rec, 2)
    if rel:
        tiles.append(("Release date", rel))
    if rec["runtime_minutes"]:
        tiles.append(("Episode runtime" if rec["kind"] == "show" else "Runtime", fmt_runtime(rec["runtime_minutes"], 0)))
    if rec["content_rating"]:
        tiles.append(("Age rating", rec["content_rating"]))
    if rec["seasons"]:
        tiles.append(("Seasons", str(rec["seasons"])))
    if rec["user_rating_count"]:
        tiles.append(("Audience votes", fmt_votes(rec["user_rating_count"], 1)))
    if rec["genres"]:
        tiles.append(("Genres", " / ".join(rec["genres"])))
    if rec["countries"]:
        tiles.append(("Countries of origin", " / ".join(rec["countries"])))
    st = studios_text(rec)
    if st:
        tiles.append(("Production companies", st))
    if rec["budget"]:
        tiles.append(("Budget", fmt_money(rec["budget"], 0) + " (estimated)"))
    if rec["box_office"]:
        tiles.append(("Worldwide gross", fmt_money(rec["box_office"], 1)))
    if rec["directors"]:
        tiles.append(("Directors" if len(rec["directors"]) > 1 else "Director", ", ".join(rec["directors"])))
    if rec["writers"]:
        tiles.append(("Writers" if len(rec["writers"]) > 1 else "Writer", ", ".join(rec["writers"])))
    grid = "".join(
        f'<div class="tile"><span class="ico" role="img" aria-label="{e(lbl)}"><svg viewBox="0 0 8 8">'
        f'<circle r="3" cx="4" cy="4"/></svg></span><b class="big">{e(val)}</b></div>'
        for lbl, val in tiles
    )
    cast = ""
    if rec["cast"]:
        figs = "".join(
            f'<figure class="face"><img src="/img/h/{i}.jpg" alt=""><figcaption><strong>{e(c["actor"])}</strong>'
            + (f'<small>{e(c["character"])}</small>' if c["character"] else "")
            + "</figcaption></figure>"
            for i, c in enumerate(rec["cast"])
        )
        cast = f'<section class="cast"><h2>Top billed</h2><div class="faces">{figs}</div></section>'
    s = rec["streaming"]
    watch = ""
    if s:
        logos = "".join(f'<img class="prov" src="/img/prov/{i}.png" alt="{e(p)}">' for i, p in enumerate(s["platforms"]))
        head = "Available to stream" if s["available"] else "Not currently streaming on"
        ver = f'<p class="fine">Availability checked {fmt_date(s["verified_on"], 0)}</p>' if s["verified_on"] else ""
        watch = (f'<section class="watch"><h2>{head}</h2><p>{s["platform_count"]} platforms</p>'
                 f'<div class="logos">{logos}</div>{ver}</section>')
    top = f'<header class="hero"><h1>{e(rec["title"])}</h1>'
    if rec["tagline"]:
        top += f'<p class="tagline">"{e(rec["tagline"])}"</p>'
    top += "</header>"
    if rec["synopsis"]:
        top += f'<section><h2>Story</h2><p class="syn">{e(rec["synopsis"])}</p></section>'
    if rec["audience_summary"]:
        top += f'<section><h2>What Viewers Are Saying</h2><p>{e(rec["audience_summary"])}</p></section>'
    links = f'<p class="links">{imdb(rec, "IMDb")}</p>'
    body = (f'{top}<section class="infographic" aria-label="At a glance">{grid}</section>{watch}{cast}{links}'
            f'{episodes(rec, rng)}{rail(rng, "Runtime", "Audience votes")}{reviews(rng)}')
    return shell(rec, rec["title"], body, "", rng), exp


def d_landscape(rec: Record, rng: random.Random) -> tuple[str, Record]:
    """Facts as a landscape table: labels in the header row, one row of values; RDFa on some cells."""
    exp = copy.deepcopy(rec)
    exp["streaming"] = None
    cols: list[tuple[str, str, str]] = []  # label, value, rdfa property
    cols.append(("Format", "Series" if rec["kind"] == "show" else "Film", ""))
    rel = fmt_release(rec, 1)
    if rel:
        cols.append(("Premiere" if rec["kind"] == "show" else "Released", rel, "datePublished"))
    if rec["runtime_minutes"]:
        cols.append(("Length", fmt_runtime(rec["runtime_minutes"], 1), ""))
    if rec["content_rating"]:
        cols.append(("Rating", rec["content_rating"], "contentRating"))
    if rec["seasons"]:
        cols.append(("Seasons", str(rec["seasons"]), ""))
    if rec["genres"]:
        cols.append(("Genre", ", ".join(rec["genres"]), ""))
    if rec["countries"]:
        cols.append(("Country", ", ".join(rec["countries"]), ""))
    st = studios_text(rec)
    if st:
        cols.append(("Studio", st, ""))
    if rec["budget"]:
        cols.append(("Budget", fmt_money(rec["budget"], 2), ""))
    if rec["box_office"]:
        cols.append(("Box office", fmt_money(rec["box_office"], 0), ""))
    if rec["user_rating_count"]:
        cols.append(("Votes", f"{rec['user_rating_count']:,}", ""))
    head = "".join(f'<th scope="col">{e(lbl)}</th>' for lbl, _, _ in cols)
    row = "".join(
        (f'<td property="{p}">{e(v)}</td>' if p else f"<td>{e(v)}</td>") for _, v, p in cols
    )
    facts = f'<table class="facts landscape"><thead><tr>{head}</tr></thead><tbody><tr>{row}</tr></tbody></table>'
    crew_cols = []
    if rec["directors"]:
        crew_cols.append(("Directed by", "<br>".join(e(n) for n in rec["directors"])))
    if rec["writers"]:
        crew_cols.append(("Screenplay", "<br>".join(e(n) for n in rec["writers"])))
    crew = ""
    if crew_cols:
        crew = ('<table class="crew"><thead><tr>' + "".join(f"<th>{lbl}</th>" for lbl, _ in crew_cols)
                + "</tr></thead><tbody><tr>" + "".join(f"<td>{v}</td>" for _, v in crew_cols)
                + "</tr></tbody></table>")
    cast = ""
    if rec["cast"]:
        rows = "".join(
            f'<tr property="actor" typeof="Person"><td property="name">{e(c["actor"])}</td>'
            f'<td>{e(c["character"]) if c["character"] else ""}</td></tr>'
            for c in rec["cast"]
        )
        cast = (f'<h2>Cast</h2><table class="cast"><thead><tr><th>Performer</th><th>Role</th></tr></thead>'
                f"<tbody>{rows}</tbody></table>")
    top = f'<h1 property="name">{e(rec["title"])}</h1>'
    if rec["tagline"]:
        top += f"<blockquote>“{e(rec['tagline'])}”</blockquote>"
    if rec["synopsis"]:
        top += f'<h2>Synopsis</h2><p property="description">{e(rec["synopsis"])}</p>'
    if rec["audience_summary"]:
        top += f'<h2>Audience Says</h2><p class="aud">{e(rec["audience_summary"])}</p>'
    typ = "TVSeries" if rec["kind"] == "show" else "Movie"
    others = ('<h2>Compare with similar titles</h2><table class="compare"><thead><tr><th>Title</th><th>Released</th>'
              '<th>Length</th><th>Rating</th></tr></thead><tbody>'
              + "".join(f"<tr><td>{e(n)}</td><td>{y}</td><td>{rt} min</td><td>{e(cr)}</td></tr>"
                        for n, y, rt, cr, _ in rng.sample(FAKE_TITLES, 3))
              + "</tbody></table>")
    body = (f'<div vocab="https://schema.org/" typeof="{typ}">{top}{trailer(rec)}{facts}{crew}{cast}'
            f'<p>{imdb(rec, "IMDb page")}</p></div>{episodes(rec, rng)}{others}{reviews(rng)}')
    return shell(rec, rec["title"], body, "", rng), exp


def d_fact_sheet(rec: Record, rng: random.Random) -> tuple[str, Record]:
    """Two-column fact sheet: label and value divs as siblings, no row wrappers.

    Cast and directors only in JSON-LD (characters unknown); no audience summary.
    """
    exp = copy.deepcopy(rec)
    exp["audience_summary"] = None
    exp["cast"] = [{"actor": c["actor"], "character": None} for c in rec["cast"]]
    cells: list[tuple[str, str]] = []
    cells.append(("Kind", "TV Show" if rec["kind"] == "show" else "Movie"))
    rel = fmt_release(rec, 3)
    if rel:
        cells.append(("First aired" if rec["kind"] == "show" else "Release", rel))
    if rec["runtime_minutes"]:
        cells.append(("Running time", fmt_runtime(rec["runtime_minutes"], 2)))
    if rec["content_rating"]:
        cells.append(("Certification", rec["content_rating"]))
    if rec["seasons"]:
        cells.append(("No. of seasons", str(rec["seasons"])))
    if rec["genres"]:
        cells.append(("Genres", ", ".join(rec["genres"])))
    if rec["countries"]:
        cells.append(("Origin", ", ".join(rec["countries"])))
    st = studios_text(rec)
    if st:
        cells.append(("Studios", st))
    if rec["writers"]:
        cells.append(("Writer(s)", ", ".join(rec["writers"])))
    if rec["budget"]:
        cells.append(("Production budget", fmt_money(rec["budget"], 1)))
    if rec["box_office"]:
        cells.append(("Gross", fmt_money(rec["box_office"], 2)))
    if rec["user_rating_count"]:
        cells.append(("Rated by", fmt_votes(rec["user_rating_count"], 0, "users")))
    sheet = "".join(f'<div class="fs-k">{e(k)}</div><div class="fs-v">{e(v)}</div>' for k, v in cells)
    s = rec["streaming"]
    watch = ""
    if s:
        lis = "".join(f"<li>{e(p)}</li>" for p in s["platforms"])
        if s["available"]:
            line = f"Streaming on {s['platform_count']} services"
        else:
            line = f"Streaming on 0 of {s['platform_count']} services"
        ver = f"<p>Last verified: {s['verified_on']}</p>" if s["verified_on"] else ""
        watch = f'<section class="where"><h2>Where to Watch</h2><p>{line}</p><ul>{lis}</ul>{ver}</section>'
    top = f'<h1 class="fs-title">{e(rec["title"])}</h1>'
    if rec["tagline"]:
        top += f'<p class="fs-tag">"{e(rec["tagline"])}"</p>'
    if rec["synopsis"]:
        top += f'<div class="fs-about"><h2>About {e(rec["title"])}</h2><p>{e(rec["synopsis"])}</p></div>'
    body = (f'{top}{trailer(rec)}<section class="fact-sheet" aria-label="Fact sheet">{sheet}</section>{watch}'
            f'<p>{imdb(rec, "IMDb")}</p>{episodes(rec, rng)}{rail(rng, "Running time", "Rated by")}{reviews(rng)}')
    head = jsonld(rec, cast=True, crew=True, extra=True)
    return shell(rec, rec["title"], body, head, rng), exp


def d_sentences(rec: Record, rng: random.Random) -> tuple[str, Record]:
    """Details as a bulleted list of full sentences; cast as prose bullets; microdata on the title."""
    exp = copy.deepcopy(rec)
    it = "It"
    sents: list[str] = []
    what = "TV show" if rec["kind"] == "show" else "movie"
    if rec["genres"]:
        sents.append(f"{it} is a {join_and(rec['genres'])} {what}.")
    else:
        sents.append(f"{it} is a {what}.")
    if rec["release_date"]:
        verb = "first aired" if rec["kind"] == "show" else "was released"
        sents.append(f"{it} {verb} on {fmt_date(rec['release_date'], 1)}.")
    elif rec["release_year"]:
        sents.append(f"{it} is set for release in {rec['release_year']}.")
    if rec["runtime_minutes"]:
        if rec["kind"] == "show":
            sents.append(f"Each episode runs {rec['runtime_minutes']} minutes.")
        else:
            sents.append(f"{it} runs {rec['runtime_minutes']} minutes.")
    if rec["seasons"]:
        sents.append(f"{it} has {rec['seasons']} seasons.")
    if rec["content_rating"]:
        sents.append(f"{it} is rated {rec['content_rating']}.")
    if rec["countries"]:
        sents.append(f"{it} was made in {join_and(rec['countries'])}.")
    if rec["studios"]:
        more = (rec["studios_total"] or len(rec["studios"])) - len(rec["studios"])
        tail = f" (+{more} more)" if more > 0 else ""
        sents.append(f"{it} was produced by {join_and(rec['studios'])}{tail}.")
    if rec["directors"]:
        sents.append(f"{it} was directed by {join_and(rec['directors'])}.")
    if rec["writers"]:
        sents.append(f"{it} was written by {join_and(rec['writers'])}.")
    if rec["budget"]:
        sents.append(f"Its budget was {fmt_money(rec['budget'], 1)}.")
    if rec["box_office"]:
        sents.append(f"{it} grossed {fmt_money(rec['box_office'], 0)} at the box office.")
    if rec["user_rating_count"]:
        sents.append(f"{it} has {fmt_votes(rec['user_rating_count'], 0)} on ReelGuide.")
    s = rec["streaming"]
    if s:
        if s["available"]:
            w = f"You can stream it on {join_and(s['platforms'])} ({s['platform_count']} platforms)."
        else:
            w = (f"{it} is not currently available on {join_and(s['platforms'])} "
                 f"({s['platform_count']} platforms).")
        if s["verified_on"]:
            w = w[:-1] + f", last verified {fmt_date(s['verified_on'], 0)}."
        sents.append(w)
    lis = "".join(f"<li>{e(x)}</li>" for x in sents)
    cast = ""
    if rec["cast"]:
        cl = "".join(
            f"<li>{e(c['actor'])} plays {e(c['character'])}.</li>" if c["character"] else f"<li>{e(c['actor'])}.</li>"
            for c in rec["cast"]
        )
        cast = f'<section class="cast"><h2>Who’s in it</h2><ul>{cl}</ul></section>'
    typ = "TVSeries" if rec["kind"] == "show" else "Movie"
    top = f'<h1 itemprop="name">{e(rec["title"])}</h1>'
    if rec["tagline"]:
        top += f'<p class="tl">“{e(rec["tagline"])}”</p>'
    if rec["synopsis"]:
        top += f'<section><h2>The story</h2><p itemprop="description">{e(rec["synopsis"])}</p></section>'
    if rec["audience_summary"]:
        top += f'<section><h2>What viewers are saying</h2><p>{e(rec["audience_summary"])}</p></section>'
    body = (f'<div itemscope itemtype="https://schema.org/{typ}">{top}{trailer(rec)}'
            f'<section class="details"><h2>The details</h2><ul>{lis}</ul></section>{cast}'
            f'<p>{imdb(rec, "Open on IMDb")}</p></div>{episodes(rec, rng)}{reviews(rng)}'
            f'{rail(rng, "Runs", "Votes")}')
    return shell(rec, rec["title"], body, "", rng), exp


_DESIGNS: list[Callable[[Record, random.Random], tuple[str, Record]]] = [
    d_answer_card, d_tiles, d_landscape, d_fact_sheet, d_sentences,
]


def design_of(seed: int) -> str:
    return DESIGNS[seed % len(DESIGNS)]


def page(seed: int) -> tuple[str, str, Record]:
    rec = RECORDS[(seed // len(DESIGNS)) % len(RECORDS)]
    rng = random.Random(seed * 7919 + 6)
    html, exp = _DESIGNS[seed % len(DESIGNS)](rec, rng)
    url = f"{SITE}/{rec['source_id']}"
    return url, html, {k: exp[k] for k in SPEC_KEYS}
