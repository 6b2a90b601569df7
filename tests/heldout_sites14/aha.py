# ruff: noqa: E501  (HTML templates read best on one line)
"""Aha: an aha (aha.video) film or series page in its Telugu interface. The <h1> (a logo image
with the title as alt on some pages); the meta line 'సినిమా • 1995 • 1గం 51ని • డ్రామా, థ్రిల్లర్'
with the CBFC badge 'U/A 13+' (a series' 'సిరీస్ • 1995 • 5 సీజన్లు • 45ని / ఎపిసోడ్'); the
Telugu synopsis; the trailer on some pages; credits as 'దర్శకత్వం' (direction), 'రచన' (writing),
'నటీనటులు' (names only), 'సంగీతం' and 'నిర్మాత' (music and producer, traps); a series' season
tabs and 'S3 E2' episodes with their own lengths and dates; 'aha Gold ₹699/సంవత్సరం' plans;
'మీకు నచ్చే మరిన్ని' rails; a JSON-LD Movie on some pages. No tagline, audience text, full date,
votes, countries, studios, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc, hours, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites10.hotstar import CBFC
from tests.heldout_sites14.common import (
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

NAME = "aha"
GENRES = {"Action": "యాక్షన్", "Adventure": "సాహసం", "Animation": "యానిమేషన్",
          "Comedy": "కామెడీ", "Crime": "క్రైమ్", "Documentary": "డాక్యుమెంటరీ",
          "Drama": "డ్రామా", "Family": "ఫ్యామిలీ", "Fantasy": "ఫాంటసీ", "History": "చారిత్రక",
          "Horror": "హారర్", "Music": "మ్యూజికల్", "Mystery": "మిస్టరీ", "Romance": "రొమాన్స్",
          "Science Fiction": "సైన్స్ ఫిక్షన్", "Thriller": "థ్రిల్లర్", "War": "యుద్ధం",
          "Western": "వెస్టర్న్"}
PROSE = Prose(
    verbs=("తిరిగి వెళ్తాడు", "వెతుకుతాడు", "పారిపోతాడు", "కాపాడుతాడు", "కోల్పోతాడు"),
    things=("వరదలో మునిగిన ఊరికి", "కుటుంబ తోటకు", "పాత లైట్‌హౌస్‌కు", "పాడుబడిన గనికి",
            "సరిహద్దు పట్టణానికి", "చివరి పడవకు"),
    synopsis=("{hero} {thing} {verb}; {other} కూడా {thing2} {verb2} అని తెలుసుకుంటాడు. "
              "{title} ఒక సుదీర్ఘ కాలంలో పరీక్షకు గురైన పాత విధేయతల కథ."),
    taglines=("ప్రతిదానికీ ఒక ధర ఉంటుంది.",),
    audiences=("ప్రేక్షకులు నటనను మెచ్చుకుంటున్నారు.",))
CHROME = Chrome("te", "aha", ("హోమ్", "సినిమాలు", "వెబ్ సిరీస్", "షోలు", "కొత్తవి", "aha Gold"),
                ("మెరుగైన అనుభవం కోసం మేము కుకీలను ఉపయోగిస్తాము.", "అంగీకరిస్తున్నాను", "సెట్టింగ్‌లు"),
                ("మా గురించి", "సహాయం", "నిబంధనలు", "గోప్యతా విధానం"), "© 2026 Arha Media &amp; Broadcasting Pvt Ltd", "__AHA__")


def fit(t: Title) -> Title:
    t = rated(localize(t, PROSE), CBFC)
    t = replace(t, genres=tuple(GENRES[g] for g in t.genres), tagline=None, audience=None,
                released=None, votes=None, countries=(), studios=(), studios_shown=0,
                budget=None, box_office=None, imdb=None, streaming=None)
    return no_characters(t)


def samayam(n: int) -> str:
    """'1గం 51ని', '2గం', '45ని': hours (గంట) and minutes (నిమిషాలు)."""
    return hours(n, "గం", "ని")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ah", rng)
    ld = schema(t, ("director", "author", "actor", "genre", "contentRating", "description")) if rng.random() < 0.5 else ""
    blocks = [_credits(t, c, rng), _seasons(t, ctx, c), _gold(c, rng)]
    if rng.random() < 0.5:
        blocks.reverse()
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "మీకు నచ్చే మరిన్ని", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} • {samayam(o.runtime or 97)} • {o.rating or ''}"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    inner = f'<img src="/poster/{t.slug}-title.webp" alt="{esc(t.title)}">' if rng.random() < 0.3 else esc(t.title)
    parts = ["సినిమా" if t.kind == "movie" else "సిరీస్"] + ([str(t.year)] if t.year else [])
    parts += [f"{t.seasons} {'సీజన్' if t.seasons == 1 else 'సీజన్లు'}"] if t.seasons else []
    if t.runtime:
        parts += [samayam(t.runtime) + (" / ఎపిసోడ్" if t.kind == "show" else "")]
    parts += [", ".join(t.genres)] if t.genres else []
    badge = f' <span class="{c("badge")}">{esc(t.rating)}</span>' if t.rating else ""
    plot = f'<p class="{c("desc")}">{esc(t.synopsis)}</p>' if t.synopsis else ""
    trailer = f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>' if t.trailer else ""
    return f'<section class="{c("hero")}"><h1 class="{c("title")}">{inner}</h1><div class="{c("meta")}">{esc(" • ".join(parts))}{badge}</div>{plot}<button>ఇప్పుడే చూడండి</button>{trailer}</section>'


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    music, producer = others_people(t, rng, 2)
    rows = [("దర్శకత్వం", ", ".join(t.directors)), ("రచన", ", ".join(t.writers)),
            ("నటీనటులు", ", ".join(p.actor for p in t.cast)), ("సంగీతం", music), ("నిర్మాత", producer)]
    body = "".join(f'<div class="{c("credit")}"><h3>{k}</h3><p>{esc(v)}</p></div>' for k, v in rows if v)
    return f'<section class="{c("credits")}"><h2>నటీనటులు &amp; సాంకేతిక నిపుణులు</h2>{body}</section>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    tabs = "".join(f"<button>సీజన్ {n}</button>" for n in range(1, (t.seasons or 1) + 1))
    return f'<nav class="{c("tabs")}">{tabs}</nav>' + episodes_block(ctx, c, "ఎపిసోడ్‌లు", _episode)


def _episode(e: Episode) -> str:
    return f"<p>S{e.season} E{e.number} • {samayam(e.minutes)} • {e.aired.day:02d}-{e.aired.month:02d}-{e.aired.year}</p>"


def _gold(c: Classes, rng: random.Random) -> str:
    price = rng.choice((399, 699, 899))
    return f'<aside class="{c("plans")}"><h2>aha Gold</h2><p>₹{price}/సంవత్సరం నుండి</p><button>సబ్‌స్క్రైబ్ చేయండి</button></aside>'
