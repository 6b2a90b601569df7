# ruff: noqa: E501  (HTML templates read best on one line)
"""Qfx: a film or series page of QFX Cinemas, Kathmandu (Nepali, Devanagari with Western
digits). The <h1>; the line 'ड्रामा · 1995 · 1 घण्टा 51 मिनेट' with, on some pages, the Bikram
Sambat year '(वि.सं. 2052)' (a trap: not the record's year); '(1,234 मत)' beside 'हेराइ: 12,345'
(a view counter, a trap); the facts as an ARIA description list (role="term"/"definition"),
fact tiles (<figure>/<figcaption>) or 'Label: value' lines: 'निर्देशक', 'लेखक', 'संगीत',
'निर्माता' and 'छायांकन' (traps), 'विधा', 'देश', 'वर्ष', 'अवधि: 111 मिनेट' (or '1 घण्टा 51
मिनेट'; a series' 'प्रति एपिसोड'), 'सेन्सर' (U, PG, A), 'रिलिज मिति: 27 अक्टोबर 1995' (or
'1995-10-27') beside a later 'नेपालमा रिलिज' (a trap), 'उत्पादन कम्पनी', 'सिजन'; 'कलाकार' cards;
the trailer; a series' episodes with their own directors; 'शो समय' with halls and 'रु 450'
prices; comments; 'यस्तै फिल्महरू'; a JSON-LD Movie on some pages. No tagline, audience text,
money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites17.common import (
    Chrome,
    Classes,
    ages,
    cast_block,
    comments,
    episodes_block,
    facts17,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
)

NAME = "qfx"
MONTHS = ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर",
          "अक्टोबर", "नोभेम्बर", "डिसेम्बर")
GENRES = {"Action": "एक्सन", "Adventure": "साहसिक", "Animation": "एनिमेसन", "Comedy": "कमेडी",
          "Crime": "अपराध", "Documentary": "वृत्तचित्र", "Drama": "ड्रामा", "Family": "पारिवारिक",
          "Fantasy": "काल्पनिक", "History": "ऐतिहासिक", "Horror": "डरलाग्दो", "Music": "सांगीतिक",
          "Mystery": "रहस्य", "Romance": "रोमान्स", "Science Fiction": "विज्ञान कथा",
          "Thriller": "थ्रिलर", "War": "युद्ध", "Western": "वेस्टर्न"}
COUNTRIES = {"United States": "अमेरिका", "United Kingdom": "बेलायत", "France": "फ्रान्स",
             "Germany": "जर्मनी", "Japan": "जापान", "China": "चीन", "South Korea": "दक्षिण कोरिया",
             "India": "भारत", "Brazil": "ब्राजिल", "Australia": "अस्ट्रेलिया", "Canada": "क्यानडा",
             "Spain": "स्पेन", "Italy": "इटाली", "Mexico": "मेक्सिको", "Nigeria": "नाइजेरिया",
             "Sweden": "स्विडेन", "Denmark": "डेनमार्क", "Argentina": "अर्जेन्टिना", "Iran": "इरान",
             "Poland": "पोल्याण्ड"}
# the censor board's classes as the writer knew them: U (all), PG, A (adults)
AGES = ages("U", None, "PG", "A", "A")
HALLS = ("QFX Civil Mall", "QFX Labim Mall", "QFX Jai Nepal", "QFX Chhaya Center")
PROSE = Prose(
    verbs=("फर्कन्छ", "पैतृक रूपमा पाउँछ", "खोज्छ", "भाग्छ", "रक्षा गर्छ", "गुमाउँछ"),
    things=("बाढी पसेको गाउँ", "परिवारको बगैँचा", "पुरानो प्रकाशस्तम्भ", "छाडिएको खानी",
            "सीमाको सानो सहर", "अन्तिम डुङ्गा"),
    synopsis=("{hero} {thing} तिर {verb} र {other} पनि {thing2} तिर {verb2} भन्ने थाहा पाउँछ। "
              "{title} एउटा लामो मौसमले परीक्षा लिएको पुरानो वफादारीको कथा हो।"),
    taglines=("हरेक कुराको मूल्य हुन्छ।",),
    audiences=("दर्शकहरू कलाकारको प्रशंसा गर्छन्।",))
CHROME = Chrome("ne", "QFX Cinemas", ("अहिले चलिरहेको", "छिट्टै आउँदै", "सिनेमा हल", "अफर", "गिफ्ट कार्ड", "सम्पर्क"),
                ("हामी कुकीज प्रयोग गर्छौं।", "स्वीकार", "सेटिङ"),
                ("हाम्रो बारेमा", "नियम", "गोपनीयता", "सहायता"), "© 2026 QFX Cinemas", "__QFX__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, streaming=None, budget=None,
                box_office=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def miti(d: date, long: bool) -> str:
    """'27 अक्टोबर 1995' or '1995-10-27'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else d.isoformat()


def awadhi(n: int, long: bool) -> str:
    """'1 घण्टा 51 मिनेट', '2 घण्टा' or '111 मिनेट'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} घण्टा" + (f" {small} मिनेट" if small else "")
    return f"{n} मिनेट"


def bikram(d: date) -> int:
    """The Bikram Sambat year of a date, roughly: the new year falls in mid-April."""
    return d.year + (57 if (d.month, d.day) >= (4, 14) else 56)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("qfx", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "contentRating")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), cast_block(t, c, "कलाकार", "/artist/"), _trailer(t, c),
              episodes_block(ctx, c, "एपिसोडहरू", lambda e: _episode(e, long)), _shows(t, c, rng),
              comments(ctx, c, "प्रतिक्रिया", "अहिलेसम्म कुनै प्रतिक्रिया छैन।")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng, long) + "".join(blocks) + rail(ctx, c, "यस्तै फिल्महरू", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {awadhi(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>सिजन {e.season}, एपिसोड {e.number} · {awadhi(e.minutes, long)} · {miti(e.aired, long)}</p><p>निर्देशक: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    year = str(t.year or "") + (f" (वि.सं. {bikram(t.released)})" if t.released and rng.random() < 0.5 else "")
    line = [t.genres[0] if t.genres else "", year, awadhi(t.runtime, long) if t.runtime else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">रेटिङ <b>{5 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>({grouped(t.votes)} मत)</span></div>'
    out += f'<p class="{c("views")}">हेराइ: {grouped(rng.randint(100, 300000))}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>कथासार</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = awadhi(t.runtime, long) + (" प्रति एपिसोड" if t.kind == "show" else "") if t.runtime else ""
    rows = [("निर्देशक", esc(", ".join(t.directors))), ("लेखक", esc(", ".join(t.writers))),
            ("संगीत", esc(music)), ("निर्माता", esc(producer)), ("छायांकन", esc(camera)),
            ("विधा", esc(", ".join(t.genres))), ("देश", esc(", ".join(t.countries))),
            ("वर्ष", str(t.year or "")), ("अवधि", length), ("सेन्सर", esc(t.rating or "")),
            ("सिजन", str(t.seasons or ""))]
    if t.released:
        rows.append(("रिलिज मिति", miti(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("नेपालमा रिलिज", miti(t.released + timedelta(days=rng.randint(1, 300)), long)))
    rows.append(("उत्पादन कम्पनी", esc(", ".join(t.studios))))
    style = pick(rng, ("terms", "terms", "figure", "lines"))
    return f'<section class="{c("about")}"><h2>विवरण</h2>{facts17(c, style, rows)}</section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>ट्रेलर</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _shows(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(10, 21)}:{rng.choice(("00", "15", "45"))}</time> <span>रु {rng.choice(("350", "450", "600"))}</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("shows")}"><h2>शो समय</h2><ul>{rows}</ul></section>'
