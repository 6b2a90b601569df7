# ruff: noqa: E501  (HTML templates read best on one line)
"""ERi-TV: a film or series page of Eritrea's national broadcaster's site, in Tigrinya (Ge'ez
script). A backdrop; the <h1> (the meta line '1995 · 16+ · 1 ሰዓት 51 ደቒቕ · ድራማ' under it, in the
hero's <header> on some deploys); the score with '(1,234 ድምጺ)' beside 'ተራእዩ 12,345 ግዜ' (views,
a trap); 'ብዛዕባ ፊልሙ'; the facts as items whose labels are only a custom property of their inline
style drawn by ::before, a two-column table whose label cells only the <colgroup>'s first
<col> sets apart, or bold-label lines: 'ዳይረክተር', 'ደራሲ ጽሑፍ', 'ደራሲ ሙዚቃ', 'ፕሮድዩሰር' and 'ካሜራ'
(traps), 'ዓይነት', 'ሃገር', 'ዓመት', 'ንውሓት: 111 ደቒቕ' or '1 ሰዓት 51 ደቒቕ' (a series' 'ነፍሲ ወከፍ
ክፋል'), 'ዕድመ' (ኩሉ/PG/13+/16+/18+, a site convention), 'ዝወጸሉ ዕለት: 27 ጥቅምቲ 1995' (the
Gregorian months as Eritrea names them; or '27/10/1995') beside a later 'ኣብ ኤሪ-ቲቪ ካብ' (a
trap), 'ስቱድዮ', 'በጀት: $3,600,000', 'እቶት', 'ወቕትታት', 'ቋንቋ'; 'ተዋሳእቲ'; the trailer; a series'
episodes with their own lengths, dates and directors; broadcast times (traps); comments;
'ተመሳሰልቲ'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites26.common import (
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

NAME = "eritv"
MONTHS = ("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ")
GENRES = {"Action": "ተግባር", "Adventure": "ጀብዱ", "Animation": "ካርቶን", "Comedy": "ኮሜዲ",
          "Crime": "ገበን", "Documentary": "ሰነዳዊ", "Drama": "ድራማ", "Family": "ስድራ",
          "Fantasy": "ምናባዊ", "History": "ታሪኻዊ", "Horror": "ዘሰንብድ", "Music": "ሙዚቃዊ",
          "Mystery": "ምስጢራዊ", "Romance": "ፍቕሪ", "Science Fiction": "ሳይንሳዊ ልብ-ወለድ",
          "Thriller": "ስንባደ", "War": "ኲናት", "Western": "ምዕራባዊ"}
COUNTRIES = {"United States": "ኣሜሪካ", "United Kingdom": "ዓባይ ብሪጣንያ", "France": "ፈረንሳ",
             "Germany": "ጀርመን", "Japan": "ጃፓን", "China": "ቻይና", "South Korea": "ደቡብ ኮርያ",
             "India": "ህንዲ", "Brazil": "ብራዚል", "Australia": "ኣውስትራልያ", "Canada": "ካናዳ",
             "Spain": "ስጳኛ", "Italy": "ጣልያን", "Mexico": "ሜክሲኮ", "Nigeria": "ናይጀርያ",
             "Sweden": "ሽወደን", "Denmark": "ደንማርክ", "Argentina": "ኣርጀንቲና", "Iran": "ኢራን",
             "Poland": "ፖሎኛ"}
AGES = ages("ኩሉ", "PG", "13+", "16+", "18+")  # a site convention, no board's
PROSE = Prose(
    verbs=("ይምለስ", "ይረክብ", "ይደሊ", "ይሃድም", "ይከላኸል", "የጥፍእ"),
    things=("ብማይ ዝተዋሕጠ ዓዲ", "ግራት ስድራ", "ኣረጊት ገምገም ባሕሪ", "ዝተገደፈ ዕድመ", "ዓዲ ዶብ", "ናይ መወዳእታ ጃልባ"),
    synopsis=("{hero} {thing} {verb}፣ {other} እውን {thing2} {verb2}። "
              "{title} ብዛዕባ ንምሉእ ዓመት ዝፍተን ኣረጊት ምትእምማን ዘዘንቱ ታሪኽ እዩ።"),
    taglines=("ኩሉ ነገር ዋጋ ኣለዎ።",), audiences=("ተዓዘብቲ ንተዋሳእቲ ኣመስጊኖም።",))
CHROME = Chrome("ti", "ERi-TV", ("መበገሲ", "ተኸታታሊ", "ፊልምታት", "ቀጥታ", "ዜና", "ድለ"),
                ("ኩኪስ ንጥቀም ኢና።", "ይሰማማዕ", "ምቅንጃው"),
                ("ብዛዕባና", "ተራኸቡና", "ስርዓታት", "ውልቃውነት"), "© 2026 ERi-TV", "__ERITV__")
WORDS = Words(
    {"director": "ዳይረክተር", "writer": "ደራሲ ጽሑፍ", "music": "ደራሲ ሙዚቃ", "producer": "ፕሮድዩሰር",
     "camera": "ካሜራ", "genre": "ዓይነት", "country": "ሃገር", "year": "ዓመት",
     "runtime": "ንውሓት", "rating": "ዕድመ", "seasons": "ወቕትታት", "released": "ዝወጸሉ ዕለት",
     "studio": "ስቱድዮ", "budget": "በጀት", "box_office": "እቶት"},
    {"about": "ብዛዕባ ፊልሙ", "details": "ዝርዝር", "cast": "ተዋሳእቲ", "trailer": "መቕድም",
     "episodes": "ክፋላት", "reviews": "ርእይቶታት", "no_reviews": "ገና ርእይቶ የለን።",
     "rail": "ተመሳሰልቲ"})


def elet(d: date, long: bool) -> str:
    """'27 ጥቅምቲ 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def nwhat(n: int, long: bool) -> str:
    """'1 ሰዓት 51 ደቒቕ', '2 ሰዓት' or '111 ደቒቕ'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} ደቒቕ"
    return f"{big} ሰዓት" + (f" {small} ደቒቕ" if small else "")


def dmtsi(n: int) -> str:
    """'(1,234 ድምጺ)'."""
    return f"({grouped(n)} ድምጺ)"


def bejet(m: Money) -> str:
    """'$3,600,000', 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>ወቕቲ {e.season} ክፋል {e.number} · {nwhat(e.minutes, long)} · {elet(e.aired, long)}</p><p>ዳይረክተር: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት")
    rows = "".join(f"<li>{day}፡ {rng.randint(19, 22)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>ግዜ ስርጭት</h2><ul>{rows}</ul><p>ድግማ ሰንበት ንግሆ።</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("ቋንቋ", pick(rng, ("ትግርኛ", "እንግሊዝኛ፣ ብትግርኛ ጽሑፍ", "ዓረብኛ፣ ብትግርኛ ጽሑፍ")))]


SITE = Site(NAME, "er", CHROME, WORDS, elet, nwhat, " ነፍሲ ወከፍ ክፋል", dmtsi, bejet,
            lambda n: f"ተራእዩ {grouped(n)} ግዜ", _episode, _schedule, ("cssvar", "colgroup", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="ኣብ ኤሪ-ቲቪ ካብ", extra_rows=_more, cta="ተዓዘብ")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
