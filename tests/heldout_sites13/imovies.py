# ruff: noqa: E501  (HTML templates read best on one line)
"""Imovies: an imovies.ge / Adjaranet film or series page (Georgian). The <h1>; facts as
'წელი', 'ქვეყანა', 'ჟანრი', 'ხანგრძლივობა: 111 წთ' (a series' per episode), 'პრემიერა: 27
ოქტომბერი 1995', 'რეჟისორი', 'სცენარი', 'კომპოზიტორი' (a trap), 'სტუდია', 'ბიუჯეტი',
'შემოსავალი'; the IMDb score as a link to the title on IMDb; 'მსახიობები' names only; the
view counter 'ნახვები' (not votes); a series' season picker and episodes; the trailer
embedded on some pages; comments; 'მსგავსი ფილმები'. No tagline, audience text, certificate,
votes, streaming block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites13.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    comments,
    episodes_block,
    facts,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    translate,
)

NAME = "imovies"
MONTHS = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
          "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი")
GENRES = {"Action": "მძაფრსიუჟეტიანი", "Adventure": "სათავგადასავლო", "Animation": "ანიმაციური",
          "Comedy": "კომედია", "Crime": "კრიმინალური", "Documentary": "დოკუმენტური",
          "Drama": "დრამა", "Family": "საოჯახო", "Fantasy": "ფენტეზი", "History": "ისტორიული",
          "Horror": "საშინელებათა", "Music": "მუსიკალური", "Mystery": "დეტექტივი",
          "Romance": "მელოდრამა", "Science Fiction": "ფანტასტიკა", "Thriller": "თრილერი",
          "War": "საომარი", "Western": "ვესტერნი"}
COUNTRIES = {"United States": "აშშ", "United Kingdom": "დიდი ბრიტანეთი", "France": "საფრანგეთი",
             "Germany": "გერმანია", "Japan": "იაპონია", "China": "ჩინეთი",
             "South Korea": "სამხრეთ კორეა", "India": "ინდოეთი", "Brazil": "ბრაზილია",
             "Australia": "ავსტრალია", "Canada": "კანადა", "Spain": "ესპანეთი", "Italy": "იტალია",
             "Mexico": "მექსიკა", "Nigeria": "ნიგერია", "Sweden": "შვედეთი", "Denmark": "დანია",
             "Argentina": "არგენტინა", "Iran": "ირანი", "Poland": "პოლონეთი"}
PROSE = Prose(
    verbs=("უბრუნდება", "ეძებს", "გაურბის", "იცავს", "კარგავს"),
    things=("დატბორილ სოფელს", "ოჯახის ბაღს", "ძველ შუქურას", "მიტოვებულ მაღაროს",
            "სასაზღვრო ქალაქს", "უკანასკნელ ბორანს"),
    synopsis=("{hero} {verb} {thing} და აღმოაჩენს, რომ {other} ასევე {verb2} {thing2}. "
              "„{title}“ მოგვითხრობს ძველ ერთგულებაზე, რომელიც ერთ გრძელ სეზონს უძლებს."),
    taglines=("ყველაფერს თავისი ფასი აქვს.",),
    audiences=("მაყურებლები მსახიობებს აქებენ.",))
CHROME = Chrome("ka", "iMovies", ("ფილმები", "სერიალები", "ანიმაცია", "ტოპ 100", "კოლექციები", "ახალი"),
                ("საიტი იყენებს ქუქი-ფაილებს.", "ვეთანხმები", "პარამეტრები"),
                ("ჩვენს შესახებ", "კონფიდენციალურობა", "წესები", "კონტაქტი"), "© 2026 iMovies.ge", "__IMOVIES__")


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, tagline=None, audience=None, rating=None, votes=None, streaming=None,
                studios_shown=len(t.studios))
    return no_characters(t)


def tarighi(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def pluli(m: Money) -> str:
    symbol = SYMBOLS.get(m.currency, m.currency)
    figure = grouped(m.amount, " ")
    return f"{figure} {symbol}" if symbol.isalpha() else f"{symbol}{figure}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("im", rng)
    blocks = [_facts(t, c, rng), _cast(t, c), _seasons(t, ctx, c),
              comments(ctx, c, "კომენტარები", "კომენტარები ჯერ არ არის.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "მსგავსი ფილმები", _line)
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} წთ"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if t.imdb:
        out += f'<div class="{c("imdb")}">{imdb_link(t.imdb, f"IMDb {5 + len(t.slug) % 4}.{len(t.title) % 10}")}</div>'
    out += f'<div class="{c("views")}">ნახვები: {grouped(rng.randint(1000, 900000), " ")}</div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>სიუჟეტი</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    length = f"{t.runtime} წთ" + (" (სერია)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("წელი", str(t.year or "")), ("ქვეყანა", esc(", ".join(t.countries))),
            ("ჟანრი", esc(", ".join(t.genres))), ("ხანგრძლივობა", length),
            ("პრემიერა", tarighi(t.released) if t.released else ""),
            ("სეზონები", str(t.seasons or "")),
            ("რეჟისორი", esc(", ".join(t.directors))), ("სცენარი", esc(", ".join(t.writers))),
            ("კომპოზიტორი", esc(others_people(t, rng, 1)[0])), ("სტუდია", esc(", ".join(t.studios))),
            ("ბიუჯეტი", pluli(t.budget) if t.budget else ""),
            ("შემოსავალი", pluli(t.box_office) if t.box_office else "")]
    return f'<section class="{c("info")}">{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    cards = "".join(f'<li class="{c("actor")}"><a href="/actor/{i}"><img src="/a/{i}.jpg" alt=""><span>{esc(p.actor)}</span></a></li>' for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>მსახიობები</h2><ul>{cards}</ul></section>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    options = "".join(f"<option>სეზონი {n}</option>" for n in range(1, (t.seasons or 1) + 1))
    return f'<select class="{c("season")}">{options}</select>' + episodes_block(ctx, c, "სერიები", _episode)


def _episode(e: Episode) -> str:
    return f"<p>სერია {e.number} · {e.minutes} წთ · {tarighi(e.aired)}</p>"
