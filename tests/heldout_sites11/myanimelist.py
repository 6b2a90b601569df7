# ruff: noqa: E501  (HTML templates read best on one line)
"""MyAnimeList: a myanimelist.net anime page (English). The <h1 class="title-name"> with the
title in <strong>; the left column's 'Alternative Titles' ('Synonyms' a trap) and 'Information'
'<span class="dark_text">Type:</span> TV' lines ('Movie' or 'TV', 'Episodes' a trap, 'Status',
'Aired: Oct 27, 1995' or 'Apr 3, 2008 to ?' or the year alone, 'Premiered', 'Broadcast',
'Producers' and 'Licensors' as traps, 'Studios', 'Source', 'Genres' (each with a hidden duplicate
on some deploys, as MAL renders them), 'Duration: 1 hr. 51 min.' or '24 min. per ep.', 'Rating:
PG-13 - Teens 13 or older' (the code is the certificate)); a 'Seasons' line; 'Statistics' (score
'scored by 123,456 users' in microdata, 'Ranked', 'Popularity', 'Members' and 'Favorites' as
traps); 'Synopsis' with its source credit apart; 'Background' (other years); 'Related Entries';
'Characters & Voice Actors' (character first, then the voice actor, who is the cast member);
'Staff' with roles ('Director', 'Script'; 'Sound Director', 'Episode Director' and 'Producer'
as traps); the promotional video from YouTube; 'Recommendations'; reviews. No JSON-LD, tagline,
audience text, countries, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import MONTHS, app_state, css, esc, grouped, youtube_embed
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    others_people,
    pick,
    rated,
)

NAME = "myanimelist"
MAL = {"G": "G", "U": "G", "TV-Y": "G", "TV-G": "G", "FSK 0": "G", "PG": "PG", "TV-PG": "PG",
       "FSK 6": "PG", "PG-13": "PG-13", "12A": "PG-13", "M": "PG-13", "TV-14": "PG-13",
       "FSK 12": "PG-13", "R": "R", "15": "R", "MA15+": "R", "FSK 16": "R", "TV-MA": "R",
       "NC-17": "R+", "18": "R+", "R18+": "R+", "FSK 18": "R+"}
MEANING = {"G": "All Ages", "PG": "Children", "PG-13": "Teens 13 or older",
           "R": "17+ (violence & profanity)", "R+": "Mild Nudity"}


def fit(t: Title) -> Title:
    t = rated(t, MAL)
    t = replace(t, tagline=None, audience=None, countries=(), budget=None, box_office=None,
                imdb=None, streaming=None, studios_shown=len(t.studios),
                genres=tuple("Sci-Fi" if g == "Science Fiction" else g for g in t.genres))
    if fit_rng(NAME, t, "year-only").random() < 0.2:
        t = replace(t, released=None)
    return t


def short(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def duration(n: int, show: bool) -> str:
    """'1 hr. 51 min.', '2 hr.', '24 min. per ep.'."""
    big, small = divmod(n, 60)
    text = " ".join(([f"{big} hr."] if big else []) + ([f"{small} min."] if small or not big else []))
    return f"{text} per ep." if show else text


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mal", rng)
    main = [_synopsis(t, rng), _related(ctx), _characters(t, c), _staff(t, c, rng), _video(t), _recs(ctx, c), _reviews(ctx, c)]
    if rng.random() < 0.5:
        main[2], main[3] = main[3], main[2]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} - MyAnimeList.net</title>'
            f'<link rel="canonical" href="{t.url}">{css("mal", t.slug, 120)}</head><body class="page-common">'
            f'{cookie_banner(c("gdpr"), "We use cookies to personalise content and ads, and to analyse our traffic.", "Accept", "Options")}'
            f'{_nav(c)}<div id="contentWrapper" class="{c("wrapper")}"><div class="h1 edit-info"><h1 class="title-name h1_bold_none"><strong>{esc(t.title)}</strong></h1></div>'
            f'<table><tr><td class="borderClass" style="width:225px">{_side(t, c, rng)}</td><td class="{c("main")}">{_stats(t, c, rng)}{"".join(main)}</td></tr></table></div>'
            f'{_footer(c)}{app_state("__MAL_STATE__", ctx.others, {"page": "anime"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Anime", "Manga", "Community", "Industry", "Watch", "Read", "Help")
    return (f'<header id="headerSmall" class="{c("header")}"><a href="/" class="link-mal-logo">MyAnimeList</a><nav id="menu"><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="text" placeholder="Search Anime, Manga, and more..." aria-label="Search"></header>')


def _line(label: str, value: str) -> str:
    return f'<div class="spaceit_pad"><span class="dark_text">{label}:</span> {value}</div>'


def _links(names: tuple[str, ...], kind: str) -> str:
    return ", ".join(f'<a href="/anime/{kind}/{i}" title="{esc(n)}">{esc(n)}</a>' for i, n in enumerate(names))


def _aired(t: Title) -> str:
    if t.released:
        return short(t.released) + (" to ?" if t.kind == "show" else "")
    return str(t.year) if t.year else "Not available"


def _side(t: Title, c: Classes, rng: random.Random) -> str:
    syn = others_people(t, rng, 1)[0].split()[1]
    lines = [_line("Type", '<a href="/topanime.php?type=tv">TV</a>' if t.kind == "show" else '<a href="/topanime.php?type=movie">Movie</a>'),
             _line("Episodes", str((t.seasons or 1) * rng.randint(10, 13)) if t.kind == "show" else "1"),
             _line("Status", pick(rng, ("Finished Airing", "Currently Airing")) if t.kind == "show" else "Finished Airing"), _line("Aired", _aired(t))]
    if t.seasons:
        lines.append(_line("Seasons", str(t.seasons)))
    if t.kind == "show" and t.year:
        lines.append(_line("Premiered", f'<a href="/season">{pick(rng, ("Spring", "Summer", "Fall", "Winter"))} {t.year}</a>'))
        lines.append(_line("Broadcast", f"{pick(rng, ('Sundays', 'Thursdays'))} at {rng.randint(17, 23)}:00 (JST)"))
    lines += [_line("Producers", _links(tuple(others_people(t, rng, 2)), "producer")), _line("Licensors", pick(rng, ("Crunchyroll", "Aniplex of America", "Sentai Filmworks")))]
    lines.append(_line("Studios", _links(t.studios, "producer") if t.studios else "None found, <a href=\"/add\">add some</a>"))
    lines.append(_line("Source", pick(rng, ("Original", "Manga", "Light novel"))))
    if t.genres:
        hidden = rng.random() < 0.5
        lines.append(_line("Genre" + ("s" if len(t.genres) > 1 else ""), ", ".join(f'<span itemprop="genre" style="display: none">{esc(g)}</span><a href="/anime/genre/{i}" title="{esc(g)}">{esc(g)}</a>' if hidden else f'<a href="/anime/genre/{i}" title="{esc(g)}">{esc(g)}</a>' for i, g in enumerate(t.genres))))
    if t.runtime:
        lines.append(_line("Duration", duration(t.runtime, t.kind == "show")))
    if t.rating:
        lines.append(_line("Rating", f"{t.rating} - {esc(MEANING[t.rating])}"))
    alt = f'<h2>Alternative Titles</h2><div class="spaceit_pad"><span class="dark_text">Synonyms:</span> {esc(syn)} Chronicles</div>'
    return f'<div class="leftside {c("left")}">{alt}<h2>Information</h2>{"".join(lines)}</div>'


def _stats(t: Title, c: Classes, rng: random.Random) -> str:
    members = (t.votes or 50) * 2 + rng.randint(100, 999)
    score = (f'<span itemprop="ratingValue" class="score-label">{6 + len(t.slug) % 4}.{len(t.title) % 100:02d}</span> (scored by <span itemprop="ratingCount">{grouped(t.votes)}</span> user{"s" if t.votes != 1 else ""})'
             if t.votes else "N/A (scored by - users)")
    return (f'<div class="{c("stats")}" itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating"><h2>Statistics</h2>{_line("Score", score)}'
            f'{_line("Ranked", f"#{rng.randint(1, 20000)}")}{_line("Popularity", f"#{rng.randint(1, 20000)}")}{_line("Members", grouped(members))}{_line("Favorites", grouped(rng.randint(0, 9999)))}</div>')


def _synopsis(t: Title, rng: random.Random) -> str:
    body = f'<p itemprop="description">{esc(t.synopsis)}</p><p class="source">[Written by MAL Rewrite]</p>' if t.synopsis else "<p>No synopsis information has been added to this title.</p>"
    back = f"<h2>Background</h2><p>A remake was announced in {(t.year or 2000) + rng.randint(3, 9)}; the original ran {rng.randint(12, 40)} minutes longer in its festival cut.</p>"
    return f"<h2>Synopsis</h2>{body}{back}"


def _related(ctx: Context) -> str:
    o = ctx.others[0]
    return f'<h2>Related Entries</h2><div class="related-entries"><span>Sequel:</span> <a href="{o.path}">{esc(o.title)}</a> <span>({"TV" if o.kind == "show" else "Movie"}, {o.year})</span></div>'


def _characters(t: Title, c: Classes) -> str:
    rows = "".join(f'<tr><td><a href="/character/{i}">{esc(p.character) if p.character else "—"}</a><div class="spaceit_pad"><small>{"Main" if i < 2 else "Supporting"}</small></div></td>'
                   f'<td><a href="/people/{i}">{esc(p.actor)}</a><div class="spaceit_pad"><small>Japanese</small></div></td></tr>' for i, p in enumerate(t.cast))
    return f'<h2>Characters &amp; Voice Actors</h2><table class="{c("characters")}">{rows or "<tr><td>No characters or voice actors have been added to this title.</td></tr>"}</table>'


def _staff(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 3)
    people = [(d, "Director" + (", Storyboard" if rng.random() < 0.4 else "")) for d in t.directors]
    people += [(w, "Script") for w in t.writers]
    people += [(extra[0], "Sound Director"), (extra[1], "Producer")]
    if t.kind == "show":
        people.append((extra[2], "Episode Director"))
    rows = "".join(f'<tr><td><a href="/people/s{i}">{esc(n)}</a><div class="spaceit_pad"><small>{r}</small></div></td></tr>' for i, (n, r) in enumerate(people))
    return f'<h2>Staff</h2><table class="{c("staff")}">{rows}</table>'


def _video(t: Title) -> str:
    return f'<div class="video-promotion"><h2>Promotion Videos</h2>{youtube_embed(t.trailer)}</div>' if t.trailer else ""


def _recs(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li class="btn-anime"><a href="{o.path}"><span class="title">{esc(o.title)}</span></a><span>{o.year} · {duration(o.runtime or 97, o.kind == "show")} · {o.rating or ""}</span></li>' for o in ctx.others)
    return f'<h2>Recommendations</h2><ul class="{c("recs")}">{cards}</ul>'


def _reviews(ctx: Context, c: Classes) -> str:
    items = "".join(f'<div class="review-element {c("review")}"><b>{esc(r.author)}</b> <span>{short(r.posted)}</span> <span>Reviewer\'s Rating: {r.score}</span><p>{esc(r.text)}</p></div>' for r in ctx.reviews)
    return f"<h2>Reviews</h2>{items or '<p>No reviews yet.</p>'}"


def _footer(c: Classes) -> str:
    links = ("Home", "About", "Press Room", "Support", "Advertising", "FAQ", "Terms", "Privacy", "Cookie Policy")
    return (f'<footer id="footer" class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>MyAnimeList.net is a property of MyAnimeList Co., Ltd. ©2026 All Rights Reserved.</p></footer>")
