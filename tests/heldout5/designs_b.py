# ruff: noqa: E501  (HTML templates: long literal markup lines)
"""Designs 3-5: headless-CMS rich text, e-commerce product page, print-friendly timeline."""

from __future__ import annotations

from tests.heldout5.common import (
    Rec,
    blank,
    cookie_banner,
    footer,
    nav,
    other_people,
    rail_items,
    studios_expected,
    studios_text,
    trailer_embed,
    url_of,
)
from tests.heldout5.fmt import e, fmt_count, fmt_date, fmt_money, fmt_runtime, jsonld, slug


def _head(r: Rec, extra: str = "", title_suffix: str = "ReelGuide") -> str:
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">'
        f'<title>{e(r["title"])} | {title_suffix}</title><link rel="canonical" href="{url_of(r)}">'
        f"{extra}</head>"
    )


# ---------------------------------------------------------------- design 3: headless CMS blocks
def cms(r: Rec, others: list[Rec], seed: int) -> tuple[str, Rec]:
    x = blank(r)
    studios_expected(r, x)
    show = r["kind"] == "show"
    blocks: list[str] = []

    def para(label: str, value: str) -> None:
        blocks.append(
            f'<div class="rt-block rt-block--paragraph" data-block-type="paragraph">'
            f"<p><strong>{label}:</strong> {value}</p></div>"
        )

    if r["tagline"]:
        blocks.append(
            f'<div class="rt-block rt-block--quote"><blockquote><p>"{e(r["tagline"])}"</p></blockquote></div>'
        )
    if r["synopsis"]:
        preview = e(r["synopsis"][:110].rsplit(" ", 1)[0]) + '… <a href="#synopsis">Read more</a>'
        blocks.insert(
            0, f'<div class="rt-block rt-block--lede"><p class="lede">{preview}</p></div>'
        )
        blocks.append(
            f'<div class="rt-block rt-block--heading"><h2 id="synopsis">Synopsis</h2></div>'
            f'<div class="rt-block rt-block--paragraph"><p>{e(r["synopsis"])}</p></div>'
        )
    blocks.append('<div class="rt-block rt-block--heading"><h2>The facts</h2></div>')
    para("Format", "Series" if show else "Film")
    if r["release_date"]:
        para(
            "First released" if show else "Release date", fmt_date(r["release_date"], 1 + seed % 2)
        )
    elif r["release_year"]:
        para("Release date", f"{r['release_year']}")
    para(
        "Running time",
        fmt_runtime(r["runtime_minutes"], 3) + (" (per episode)" if show else "")
        if r["runtime_minutes"]
        else "TBA",
    )
    para("Rated", e(r["content_rating"]) if r["content_rating"] else "Unknown")
    if show and r["seasons"]:
        para("Seasons", f"{r['seasons']}")
    if r["genres"]:
        para("Genre", ", ".join(e(g) for g in r["genres"]))
    if r["countries"]:
        para("Country", ", ".join(e(c) for c in r["countries"]))
    st = studios_text(r, "(+{n} more)")
    if st:
        para("Production", st)
    if r["budget"]:
        para("Budget", fmt_money(r["budget"], 1) + " (estimated)")
    if r["box_office"]:
        para("Box office", fmt_money(r["box_office"], 0))
    if r["user_rating_count"]:
        para("Reader votes", fmt_count(r["user_rating_count"], 0, "votes"))
    crew_rows = [("Director", n) for n in r["directors"]]
    if show:
        crew_rows += [("Created by", n) for n in r["writers"]]
        x["writers"] = []
    else:
        crew_rows += [("Writer", n) for n in r["writers"]]
    crew_rows += [("Producer", n) for n in other_people()[:1]]
    crew_rows += [("Music", n) for n in other_people()[1:2]]
    trs = "".join(f"<tr><td>{k}</td><td>{e(n)}</td></tr>" for k, n in crew_rows)
    blocks.append(
        '<div class="rt-block rt-block--heading"><h2>Credits</h2></div>'
        f'<div class="rt-block rt-block--table"><table><thead><tr><th>Role</th><th>Name</th></tr></thead>'
        f"<tbody>{trs}</tbody></table></div>"
    )
    if r["cast"]:
        ctr = "".join(
            f"<tr><td>{e(c['actor'])}</td><td>{e(c['character']) if c['character'] else ''}</td></tr>"
            for c in r["cast"]
        )
        blocks.append(
            '<div class="rt-block rt-block--heading"><h3>Cast</h3></div>'
            f'<div class="rt-block rt-block--table"><table><thead><tr><th>Actor</th><th>Character</th>'
            f"</tr></thead><tbody>{ctr}</tbody></table></div>"
        )
    if r["audience_summary"]:
        blocks.append(
            f'<div class="rt-block rt-block--callout"><h3>What viewers are saying</h3>'
            f"<p>{e(r['audience_summary'])}</p></div>"
        )
    blocks.append(
        '<div class="rt-block rt-block--callout rt-block--note"><p><em>Editor\'s note:</em> the 2021 '
        "remaster runs 4 minutes longer and was re-rated PG-13 in 3 countries.</p></div>"
    )
    s = r["streaming"]
    if s:
        lis = "".join(f"<li>{e(p)}</li>" for p in s["platforms"])
        n = s["platform_count"]
        word = (
            f"Available on {n} services"
            if s["available"]
            else f"Not Currently Available On ({n} services)"
        )
        blocks.append(
            f'<div class="rt-block rt-block--embed" data-embed="where-to-watch"><h2>Where to watch</h2>'
            f"<p>{word}</p><ul>{lis}</ul>"
            f"<p><small>Last verified: {fmt_date(s['verified_on'], 0)}</small></p></div>"
        )
    else:
        blocks.append(
            '<div class="rt-block rt-block--embed" data-embed="where-to-watch"><h2>Where to watch</h2>'
            "<p>This title is not on any streaming service yet.</p></div>"
        )
    blocks.append(trailer_embed(r, x, 1))
    if r["imdb_id"]:
        blocks.append(
            f'<div class="rt-block rt-block--links"><p>External: <a href="https://www.imdb.com/title/'
            f'{r["imdb_id"]}/?ref_=rg">IMDb</a></p></div>'
        )
    related = "".join(
        f'<li><a href="{i["href"]}">{e(i["title"])}</a> ({i["year"]}) — Rated: {e(i["rating"])}, '
        f"Running time: {i['runtime']}</li>"
        for i in rail_items(others)
    )
    blocks.append(
        f'<div class="rt-block rt-block--related"><h2>Related entries</h2><ul>{related}</ul></div>'
    )
    itype = "TVSeries" if show else "Movie"
    html = (
        _head(r)
        + f'<body>{cookie_banner(1)}{nav()}<main><article class="cms-entry" data-entry-id="ent_{seed}" '
        f'vocab="https://schema.org/" typeof="{itype}"><header class="rt-block rt-block--heading">'
        f'<h1 property="name">{e(r["title"])}</h1></header>{"".join(blocks)}</article></main>{footer()}'
        f"</body></html>"
    )
    return html, x


# ---------------------------------------------------------------- design 4: product page
def shop(r: Rec, others: list[Rec], seed: int) -> tuple[str, Rec]:
    x = blank(r)
    studios_expected(r, x)
    x["tagline"] = None
    trailer_embed(r, x, -1)
    for c in x["cast"]:
        c["character"] = None
    show = r["kind"] == "show"
    rows = [("Type", "TV Show" if show else "Movie")]
    if r["release_date"]:
        rows.append(("Release date", fmt_date(r["release_date"], 3)))
    elif r["release_year"]:
        rows.append(("Release year", str(r["release_year"])))
    if r["runtime_minutes"]:
        rows.append(("Run time", fmt_runtime(r["runtime_minutes"], 2)))
    rows.append(
        (
            "MPAA rating" if not show else "TV rating",
            e(r["content_rating"]) if r["content_rating"] else "N/A",
        )
    )
    if show and r["seasons"]:
        rows.append(("Number of seasons", str(r["seasons"])))
    if r["genres"]:
        rows.append(("Genre", ", ".join(e(g) for g in r["genres"])))
    if r["countries"]:
        rows.append(("Country of origin", ", ".join(e(c) for c in r["countries"])))
    st = studios_text(r)
    if st:
        rows.append(("Studio", st))
    if r["directors"]:
        rows.append(("Director(s)", ", ".join(e(n) for n in r["directors"])))
    if r["writers"]:
        rows.append(("Writer(s)", ", ".join(e(n) for n in r["writers"])))
    if r["cast"]:
        rows.append(("Starring", ", ".join(e(c["actor"]) for c in r["cast"])))
    if r["budget"]:
        rows.append(("Production budget", fmt_money(r["budget"], 2 if seed % 2 else 0)))
    if r["box_office"]:
        rows.append(("Worldwide gross", fmt_money(r["box_office"], 1)))
    if r["imdb_id"]:
        rows.append(
            ("IMDb", f'<a href="https://www.imdb.com/title/{r["imdb_id"]}/">{r["imdb_id"]}</a>')
        )
    table = "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    stars = ""
    if r["user_rating_count"]:
        stars = (
            f'<div class="stars" aria-label="4.2 out of 5 stars">★★★★☆ <a href="#reviews">'
            f"{fmt_count(r['user_rating_count'], 0, 'ratings')}</a></div>"
        )
    s = r["streaming"]
    offers = []
    if s:
        if s["available"]:
            head = f"Stream it on {s['platform_count']} services"
            offers = [(p, "Included with subscription") for p in s["platforms"]]
        else:
            head = f"Streaming on 0 of {s['platform_count']} services"
            offers = [(p, "Currently unavailable") for p in s["platforms"]]
        li = "".join(
            f'<li class="offer"><span class="seller">{e(p)}</span> <span class="terms">{t}</span></li>'
            for p, t in offers
        )
        watch = (
            f'<div class="buybox" id="where-to-watch"><h2>{head}</h2><ul>{li}</ul>'
            f'<p class="muted">Offers last verified {fmt_date(s["verified_on"], 2)}</p>'
            f'<div class="buy"><button>Rent HD $3.99</button><button>Buy HD $14.99</button></div></div>'
        )
    else:
        watch = (
            '<div class="buybox"><h2>Buying options</h2><button>Rent HD $3.99</button>'
            "<button>Buy HD $14.99</button></div>"
        )
    desc = (
        f'<section id="description"><h2>Product description</h2><p>{e(r["synopsis"])}</p></section>'
        if r["synopsis"]
        else ""
    )
    aud = (
        f'<section class="cust-say"><h3>What Viewers Are Saying</h3><p>{e(r["audience_summary"])}</p>'
        f"<small>AI-generated from the text of customer reviews</small></section>"
        if r["audience_summary"]
        else ""
    )
    reviews = (
        '<section id="reviews"><h2>Top reviews</h2><div class="review"><b>Worth every one of the 120 minutes'
        "</b><p>Watched it in 2019 on a 14-hour flight. 5 stars, would rent again for $2.99.</p>"
        "<small>Reviewed in the United States on March 3, 2025 · 37 people found this helpful</small></div>"
        "</section>"
    )
    also = "".join(
        f'<li><a href="{i["href"]}">{e(i["title"])}</a><span>{i["year"]}</span>'
        f"<span>Run time: {i['runtime']}</span><span>$3.99</span></li>"
        for i in rail_items(others)
    )
    ld = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": r["title"],
            "offers": {"@type": "Offer", "price": "3.99", "priceCurrency": "USD"},
        }
    )
    crumbs = (
        f'<nav class="crumbs"><a href="/">Store</a> › <a href="/{"tv" if show else "movies"}">'
        f"{'TV' if show else 'Movies'}</a> › <span>{e(r['title'])}</span></nav>"
    )
    html = (
        _head(r, ld, "ReelGuide Store")
        + f'<body>{nav()}{crumbs}<main class="pdp"><div class="gallery">'
        f'<img alt="{e(r["title"])} cover" src="/covers/{slug(r["title"])}.jpg"></div><div class="info">'
        f'<h1 class="product-title">{e(r["title"])}</h1>{stars}{watch}</div>{desc}{aud}'
        f'<section id="details"><h2>Product details</h2><table class="spec">{table}</table></section>'
        f'{reviews}<section class="also"><h2>Customers also watched</h2><ul>{also}</ul></section></main>'
        f"{cookie_banner(0)}{footer()}</body></html>"
    )
    return html, x


# ---------------------------------------------------------------- design 5: print-friendly + timeline
def printable(r: Rec, others: list[Rec], seed: int) -> tuple[str, Rec]:
    x = blank(r)
    studios_expected(r, x)
    x["user_rating_count"] = None
    trailer_embed(r, x, -1)
    show = r["kind"] == "show"
    dek = ["TV Show" if show else "Movie"]
    if r["runtime_minutes"]:
        dek.append(fmt_runtime(r["runtime_minutes"], 0) + (" per episode" if show else ""))
    if r["content_rating"]:
        dek.append(f"Rated {e(r['content_rating'])}")
    if r["genres"]:
        dek.append(", ".join(e(g) for g in r["genres"]))
    tag = f"<p class=\"tagline\"><i>'{e(r['tagline'])}'</i></p>" if r["tagline"] else ""
    tl = []
    if r["release_date"]:
        tl.append(
            (
                f'<time datetime="{r["release_date"]}">{fmt_date(r["release_date"], 0)}</time>',
                "Series premiere" if show else "Original release",
            )
        )
    elif r["release_year"]:
        tl.append(
            (f'<time datetime="{r["release_year"]}">{r["release_year"]}</time>', "Expected release")
        )
    s = r["streaming"]
    timeline = "".join(
        f'<li><span class="when">{w}</span> <span class="what">{t}</span></li>' for w, t in tl
    )
    lines = []
    if r["countries"]:
        lines.append(("Country", ", ".join(e(c) for c in r["countries"])))
    st = studios_text(r)
    if st:
        lines.append(("Production companies", st))
    lines.append(("Produced by", ", ".join(other_people()[:2])))
    if show and r["seasons"]:
        lines.append(("Seasons", str(r["seasons"])))
    if r["budget"]:
        lines.append(("Budget", fmt_money(r["budget"], 0)))
    if r["box_office"]:
        lines.append(("Box office", fmt_money(r["box_office"], 1)))
    if r["directors"]:
        lines.append(("Directed by", ", ".join(e(n) for n in r["directors"])))
    if r["writers"]:
        lines.append(
            ("Screenplay" if not show else "Writers", ", ".join(e(n) for n in r["writers"]))
        )
    facts = "<br>".join(f"{k}: {v}" for k, v in lines)
    cast = "".join(
        f'<li><span class="actor">{e(c["actor"])}</span><span class="leader" aria-hidden="true"> . . . . . </span>'
        + (f'<span class="character">{e(c["character"])}</span>' if c["character"] else "")
        + "</li>"
        for c in r["cast"]
    )
    cast_html = f'<h2>Cast</h2><ol class="cast">{cast}</ol>' if r["cast"] else ""
    if s:
        word = "Streaming now on" if s["available"] else "Not currently available on"
        watch = (
            f"<h2>Where to watch</h2><p>{word} {s['platform_count']} services: "
            f'{", ".join(e(p) for p in s["platforms"])}.</p><p class="small">Last verified '
            f"{fmt_date(s['verified_on'], 1)}.</p>"
        )
    else:
        watch = ""
    eps = ""
    if show:
        eps = "".join(
            f"<li>Season {n}, Episode 1 — aired {fmt_date(f'201{n}-0{n}-2{n}', 0)}, 47 min</li>"
            for n in range(1, 4)
        )
        eps = f"<h2>Episode guide (excerpt)</h2><ul>{eps}</ul>"
    imdb = (
        f'<p class="src">Source: <a href="https://www.imdb.com/title/{r["imdb_id"]}/">'
        f"https://www.imdb.com/title/{r['imdb_id']}/</a></p>"
        if r["imdb_id"]
        else ""
    )
    syn = f"<h2>Overview</h2><p>{e(r['synopsis'])}</p>" if r["synopsis"] else ""
    aud = (
        f"<h2>What Viewers Are Saying</h2><p>{e(r['audience_summary'])}</p>"
        if r["audience_summary"]
        else ""
    )
    see = "; ".join(
        f'<a href="{i["href"]}">{e(i["title"])}</a> ({i["year"]}, {i["runtime"]}, Rated {e(i["rating"])})'
        for i in rail_items(others)
    )
    html = (
        _head(
            r,
            '<style>@media print{nav,.no-print{display:none}}</style><meta name="robots" content="noindex">',
        )
        + f'<body class="reader"><div class="no-print">{nav()}<p><a href="{url_of(r)}">Back to full page</a> · '
        f'<button onclick="print()">Print</button></p></div><article><h1>{e(r["title"])}</h1>'
        f'<p class="dek">{" · ".join(dek)}</p>{tag}<h2>Release timeline</h2><ol class="timeline">{timeline}</ol>'
        f'{syn}{aud}<h2>Facts</h2><p class="facts">{facts}</p>{cast_html}{watch}{eps}'
        f'<h2>See also</h2><p>{see}</p>{imdb}</article><div class="no-print">{footer()}</div></body></html>'
    )
    return html, x
