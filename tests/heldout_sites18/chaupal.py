# ruff: noqa: E501  (HTML templates read best on one line)
"""Chaupal: a film or series page of Chaupal, a Punjabi streaming service (Punjabi, Gurmukhi).
The <h1>; on some pages the meta line '1995 | UA 13+ | 1 ਘੰਟਾ 51 ਮਿੰਟ | ਡਰਾਮਾ'; the score with
'(1,23,456 ਵੋਟਾਂ)' (one 'ਵੋਟ') beside '12,345 ਵਾਰ ਦੇਖੀ ਗਈ' (views, a trap); 'ਕਹਾਣੀ'; the facts
as one <fieldset> per fact (the label its <legend>), paragraphs opening with a <dfn> label, or
'Label: value' lines: 'ਨਿਰਦੇਸ਼ਕ', 'ਲੇਖਕ', 'ਸੰਗੀਤ', 'ਨਿਰਮਾਤਾ' and 'ਸਿਨੇਮੈਟੋਗ੍ਰਾਫੀ' (traps), 'ਸ਼ੈਲੀ',
'ਦੇਸ਼', 'ਸਾਲ', 'ਮਿਆਦ: 111 ਮਿੰਟ' (or '1 ਘੰਟਾ 51 ਮਿੰਟ'; a series' 'ਪ੍ਰਤੀ ਐਪੀਸੋਡ'), 'ਉਮਰ ਰੇਟਿੰਗ'
(the CBFC classes U, UA 7+, UA 13+, UA 16+, A), 'ਰਿਲੀਜ਼ ਮਿਤੀ: 27 ਅਕਤੂਬਰ 1995' (or '27-10-1995')
beside a later 'ਚੌਪਾਲ ਤੇ ਪ੍ਰੀਮੀਅਰ' (a trap), 'ਪ੍ਰੋਡਕਸ਼ਨ' (studios), 'ਸੀਜ਼ਨ'; 'ਸਟਾਰ ਕਾਸਟ';
the trailer; a series' episodes with their own lengths and directors; plans '₹ 99 / ਮਹੀਨਾ' (a
trap); comments; 'ਹੋਰ ਦੇਖੋ'. No tagline, audience text, money, IMDb link, streaming block or
schema.org data."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites18.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
    translate,
)
from tests.heldout_sites18.ohogujarati import indian

NAME = "chaupal"
MONTHS = ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ",
          "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ")
GENRES = {"Action": "ਐਕਸ਼ਨ", "Adventure": "ਸਾਹਸ", "Animation": "ਐਨੀਮੇਸ਼ਨ", "Comedy": "ਕਾਮੇਡੀ",
          "Crime": "ਕ੍ਰਾਈਮ", "Documentary": "ਦਸਤਾਵੇਜ਼ੀ", "Drama": "ਡਰਾਮਾ", "Family": "ਪਰਿਵਾਰਕ",
          "Fantasy": "ਕਲਪਨਾ", "History": "ਇਤਿਹਾਸਕ", "Horror": "ਡਰਾਉਣੀ", "Music": "ਸੰਗੀਤਕ",
          "Mystery": "ਰਹੱਸ", "Romance": "ਰੋਮਾਂਸ", "Science Fiction": "ਵਿਗਿਆਨ ਕਥਾ",
          "Thriller": "ਥ੍ਰਿਲਰ", "War": "ਜੰਗ", "Western": "ਵੈਸਟਰਨ"}
COUNTRIES = {"United States": "ਅਮਰੀਕਾ", "United Kingdom": "ਬਰਤਾਨੀਆ", "France": "ਫ਼ਰਾਂਸ",
             "Germany": "ਜਰਮਨੀ", "Japan": "ਜਪਾਨ", "China": "ਚੀਨ", "South Korea": "ਦੱਖਣੀ ਕੋਰੀਆ",
             "India": "ਭਾਰਤ", "Brazil": "ਬ੍ਰਾਜ਼ੀਲ", "Australia": "ਆਸਟ੍ਰੇਲੀਆ", "Canada": "ਕੈਨੇਡਾ",
             "Spain": "ਸਪੇਨ", "Italy": "ਇਟਲੀ", "Mexico": "ਮੈਕਸੀਕੋ", "Nigeria": "ਨਾਈਜੀਰੀਆ",
             "Sweden": "ਸਵੀਡਨ", "Denmark": "ਡੈਨਮਾਰਕ", "Argentina": "ਅਰਜਨਟੀਨਾ", "Iran": "ਈਰਾਨ",
             "Poland": "ਪੋਲੈਂਡ"}
# the CBFC classes as the writer knew them, the site writing 'UA' without the slash
AGES = ages("U", "UA 7+", "UA 13+", "UA 16+", "A")
PROSE = Prose(
    verbs=("ਵਾਪਸ ਆਉਂਦਾ ਹੈ", "ਵਿਰਸੇ ਵਿੱਚ ਪਾਉਂਦਾ ਹੈ", "ਲੱਭਦਾ ਹੈ", "ਭੱਜਦਾ ਹੈ", "ਰਾਖੀ ਕਰਦਾ ਹੈ"),
    things=("ਡੁੱਬੇ ਪਿੰਡ ਵਿੱਚ", "ਪਰਿਵਾਰ ਦੇ ਬਾਗ਼ ਵਿੱਚ", "ਪੁਰਾਣੇ ਖੂਹ ਕੋਲ", "ਸਰਹੱਦੀ ਕਸਬੇ ਵਿੱਚ",
            "ਆਖ਼ਰੀ ਬੇੜੀ ਉੱਤੇ", "ਭੁੱਲੀ ਹੋਈ ਖਾਣ ਵਿੱਚ"),
    synopsis=("{hero} {thing} {verb} ਅਤੇ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ {other} ਵੀ {thing2} {verb2}। "
              "'{title}' ਵਿੱਚ ਇੱਕ ਲੰਮੀ ਰੁੱਤ ਪੁਰਾਣੀਆਂ ਵਫ਼ਾਦਾਰੀਆਂ ਨੂੰ ਪਰਖਦੀ ਹੈ।"),
    taglines=("ਹਰ ਚੀਜ਼ ਦੀ ਕੀਮਤ ਹੁੰਦੀ ਹੈ।",), audiences=("ਦਰਸ਼ਕਾਂ ਨੂੰ ਅਦਾਕਾਰੀ ਪਸੰਦ ਆਈ।",))
CHROME = Chrome("pa", "Chaupal", ("ਹੋਮ", "ਫ਼ਿਲਮਾਂ", "ਵੈੱਬ ਸੀਰੀਜ਼", "ਕਿਡਜ਼", "ਖੋਜ", "ਸਾਈਨ ਇਨ"),
                ("ਅਸੀਂ ਕੂਕੀਜ਼ ਵਰਤਦੇ ਹਾਂ।", "ਮਨਜ਼ੂਰ", "ਸੈਟਿੰਗਾਂ"),
                ("ਸਾਡੇ ਬਾਰੇ", "ਸੰਪਰਕ", "ਸ਼ਰਤਾਂ", "ਪਰਦੇਦਾਰੀ"), "© 2026 Chaupal", "__CHAUPAL__")
WORDS = Words(
    {"director": "ਨਿਰਦੇਸ਼ਕ", "writer": "ਲੇਖਕ", "music": "ਸੰਗੀਤ", "producer": "ਨਿਰਮਾਤਾ",
     "camera": "ਸਿਨੇਮੈਟੋਗ੍ਰਾਫੀ", "genre": "ਸ਼ੈਲੀ", "country": "ਦੇਸ਼", "year": "ਸਾਲ",
     "runtime": "ਮਿਆਦ", "rating": "ਉਮਰ ਰੇਟਿੰਗ", "seasons": "ਸੀਜ਼ਨ", "released": "ਰਿਲੀਜ਼ ਮਿਤੀ",
     "studio": "ਪ੍ਰੋਡਕਸ਼ਨ", "budget": "", "box_office": ""},
    {"about": "ਕਹਾਣੀ", "details": "ਜਾਣਕਾਰੀ", "cast": "ਸਟਾਰ ਕਾਸਟ", "trailer": "ਟ੍ਰੇਲਰ",
     "episodes": "ਐਪੀਸੋਡ", "reviews": "ਟਿੱਪਣੀਆਂ", "no_reviews": "ਅਜੇ ਕੋਈ ਟਿੱਪਣੀ ਨਹੀਂ।",
     "rail": "ਹੋਰ ਦੇਖੋ"})


def miti(d: date, long: bool) -> str:
    """'27 ਅਕਤੂਬਰ 1995' or '27-10-1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def miad(n: int, long: bool) -> str:
    """'1 ਘੰਟਾ 51 ਮਿੰਟ', '2 ਘੰਟੇ' or '111 ਮਿੰਟ'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} ਮਿੰਟ"
    return f"{big} {'ਘੰਟਾ' if big == 1 else 'ਘੰਟੇ'}" + (f" {small} ਮਿੰਟ" if small else "")


def votan(n: int) -> str:
    """'(1 ਵੋਟ)', '(1,23,456 ਵੋਟਾਂ)'."""
    return f"({indian(n)} {'ਵੋਟ' if n == 1 else 'ਵੋਟਾਂ'})"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>ਸੀਜ਼ਨ {e.season} | ਐਪੀਸੋਡ {e.number} | {miad(e.minutes, long)}</p><p>ਨਿਰਦੇਸ਼ਕ: {esc(e.director)} | ਲੇਖਕ: {esc(e.writer)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month = rng.choice(("99", "129", "149"))
    return f'<aside class="{c("plans")}"><h2>ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ</h2><p>₹ {month} / ਮਹੀਨਾ</p><p>₹ {int(month) * 5} / ਸਾਲ</p></aside>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The audio language and subtitles: facts the record has no key for."""
    return [("ਭਾਸ਼ਾ", "ਪੰਜਾਬੀ"), ("ਸਬਟਾਈਟਲ", pick(rng, ("ਅੰਗਰੇਜ਼ੀ", "ਅੰਗਰੇਜ਼ੀ, ਹਿੰਦੀ", "")))]


SITE = Site(NAME, "cp", CHROME, WORDS, miti, miad, " ਪ੍ਰਤੀ ਐਪੀਸੋਡ", votan, _money,
            lambda n: f"{indian(n)} ਵਾਰ ਦੇਖੀ ਗਈ", _episode, _plans, ("fieldset", "dfn", "lines"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id",
                       "streaming"}),
            meta_sep=" | ", later="ਚੌਪਾਲ ਤੇ ਪ੍ਰੀਮੀਅਰ", extra_rows=_more, cta="ਹੁਣੇ ਦੇਖੋ")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
