# ruff: noqa: E501  (HTML templates read best on one line)
"""Zee5: a ZEE5 film or series page in its Tamil interface. The <h1> (a logo image with the
title as alt on some pages); the meta line 'திரைப்படம் • 1995 • 1h 51m • நாடகம், திகில்' with
the CBFC badge 'U/A 16+' (a series' 'தொடர் • 5 சீசன்கள்'); the Tamil synopsis; 'இயக்குநர்'
and 'நடிகர்கள்' names only, 'இசை' (a trap); a series' season tabs and episodes with their own
lengths and dates; 'Premium ₹699/ஆண்டு' offers; 'உங்களுக்கு பிடிக்கலாம்' rails; a JSON-LD
Movie on some pages. No tagline, audience text, full date, votes, countries, studios, money,
IMDb link, trailer, streaming block or writers."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc, hours
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites10.hotstar import CBFC
from tests.heldout_sites13.common import (
    Chrome,
    Classes,
    episodes_block,
    look,
    no_characters,
    others_people,
    page,
    rail,
    rated,
    schema,
)

NAME = "zee5"
GENRES = {"Action": "அதிரடி", "Adventure": "சாகசம்", "Animation": "அனிமேஷன்",
          "Comedy": "நகைச்சுவை", "Crime": "குற்றம்", "Documentary": "ஆவணப்படம்",
          "Drama": "நாடகம்", "Family": "குடும்பம்", "Fantasy": "கற்பனை", "History": "வரலாறு",
          "Horror": "திகில்", "Music": "இசை", "Mystery": "மர்மம்", "Romance": "காதல்",
          "Science Fiction": "அறிவியல் புனைவு", "Thriller": "த்ரில்லர்", "War": "போர்",
          "Western": "வெஸ்டர்ன்"}
PROSE = Prose(
    verbs=("திரும்புகிறார்", "தேடிச் செல்கிறார்", "தப்பி ஓடுகிறார்", "காக்கிறார்", "இழக்கிறார்"),
    things=("வெள்ளத்தில் மூழ்கிய கிராமத்துக்கு", "குடும்பத் தோட்டத்துக்கு", "பழைய கலங்கரை விளக்கத்துக்கு",
            "கைவிடப்பட்ட சுரங்கத்துக்கு", "எல்லை நகரத்துக்கு", "கடைசி படகுக்கு"),
    synopsis=("{hero} {thing} {verb}; {other} கூட {thing2} {verb2} என்பதை அறிகிறார். "
              "{title} ஒரு நீண்ட பருவத்தில் சோதிக்கப்படும் பழைய விசுவாசங்களின் கதை."),
    taglines=("எல்லாவற்றுக்கும் ஒரு விலை உண்டு.",),
    audiences=("பார்வையாளர்கள் நடிப்பைப் பாராட்டுகிறார்கள்.",))
CHROME = Chrome("ta", "ZEE5", ("முகப்பு", "திரைப்படங்கள்", "வெப் சீரிஸ்", "டிவி நிகழ்ச்சிகள்", "நேரலை டிவி", "பிரீமியம்"),
                ("சிறந்த அனுபவத்துக்காக குக்கீகளைப் பயன்படுத்துகிறோம்.", "ஏற்கிறேன்", "அமைப்புகள்"),
                ("எங்களைப் பற்றி", "உதவி மையம்", "விதிமுறைகள்", "தனியுரிமைக் கொள்கை"), "© 2026 Zee Entertainment Enterprises Ltd", "__ZEE5__")


def fit(t: Title) -> Title:
    t = rated(localize(t, PROSE), CBFC)
    t = replace(t, genres=tuple(GENRES[g] for g in t.genres), tagline=None, audience=None,
                released=None, votes=None, countries=(), studios=(), studios_shown=0,
                budget=None, box_office=None, imdb=None, trailer=None, streaming=None,
                writers=(), runtime=None if t.kind == "show" else t.runtime)
    return no_characters(t)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("z5", rng)
    ld = schema(t, ("director", "actor", "genre", "contentRating", "description")) if rng.random() < 0.5 else ""
    blocks = [_credits(t, c, rng), _seasons(t, ctx, c), _premium(c, rng)]
    if rng.random() < 0.5:
        blocks.reverse()
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "உங்களுக்கு பிடிக்கலாம்", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} • {hours(o.runtime or 97)} • {o.rating or ''}"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    inner = f'<img src="/logo/{t.slug}.webp" alt="{esc(t.title)}">' if rng.random() < 0.3 else esc(t.title)
    parts = ["திரைப்படம்" if t.kind == "movie" else "தொடர்"] + ([str(t.year)] if t.year else [])
    parts += [f"{t.seasons} சீசன்கள்"] if t.seasons else []
    parts += [hours(t.runtime)] if t.runtime and t.kind == "movie" else []
    parts += [", ".join(t.genres)] if t.genres else []
    badge = f' <span class="{c("badge")}">{esc(t.rating)}</span>' if t.rating else ""
    plot = f'<p class="{c("desc")}">{esc(t.synopsis)}</p>' if t.synopsis else ""
    return f'<section class="{c("hero")}"><h1 class="{c("title")}">{inner}</h1><div class="{c("meta")}">{esc(" • ".join(parts))}{badge}</div>{plot}<button>இப்போது பாருங்கள்</button></section>'


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    music = others_people(t, rng, 1)[0]
    rows = [("இயக்குநர்", ", ".join(t.directors)), ("நடிகர்கள்", ", ".join(p.actor for p in t.cast)),
            ("இசை", music)]
    body = "".join(f'<div class="{c("credit")}"><h3>{k}</h3><p>{esc(v)}</p></div>' for k, v in rows if v)
    return f'<section class="{c("credits")}"><h2>நடிகர்கள் &amp; குழுவினர்</h2>{body}</section>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    tabs = "".join(f"<button>சீசன் {n}</button>" for n in range(1, (t.seasons or 1) + 1))
    return f'<nav class="{c("tabs")}">{tabs}</nav>' + episodes_block(ctx, c, "எபிசோடுகள்", _episode)


def _episode(e: Episode) -> str:
    return f"<p>S{e.season} E{e.number} • {hours(e.minutes)} • {e.aired.day:02d} {e.aired.month:02d} {e.aired.year}</p>"


def _premium(c: Classes, rng: random.Random) -> str:
    price = rng.choice((399, 699, 1499))
    return f'<aside class="{c("plans")}"><h2>ZEE5 Premium</h2><p>₹{price}/ஆண்டு முதல்</p><button>சந்தா செலுத்துங்கள்</button></aside>'
