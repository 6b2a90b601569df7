# ruff: noqa: E501  (HTML templates read best on one line)
"""NDR Plattdüütsch: a film or series page of the North German broadcaster's Low German pages,
in Low German. A backdrop; the <h1> (the meta line '1995 · af 12 · 1 Stünn 51 Minuten · Drama'
under it, in the hero's <header> on some deploys); the score with '(1.234 Stimmen)' beside
'Ankeken: 12.345 Mol' (a trap); 'Wat dor passeert'; the facts as an old CMS's <font> labels and
<nobr> values ending in <br>, <div>s laid out as a table by the stylesheet alone, or bold-label
lines: 'Regie', 'Dreihbook', 'Musik', 'Produzent' and 'Kamera' (traps), 'Genre', 'Land',
'Johr', 'Längde: 111 Minuten' or '1 Stünn 51 Minuten' (a series' 'per Folg'), 'Freegeven'
(Germany's FSK marks as 'af 0'/'af 6'/'af 12'/'af 16'/'af 18'), 'Rutkamen: 27. Oktover 1995'
(or '27.10.1995') beside a later 'In de NDR Mediathek siet' (a trap), 'Produkschoon', 'Budget:
3.600.000 $', 'Inspeelt', 'Staffeln', 'Spraak'; 'Mitspelers'; the trailer; a series' episodes
with their own lengths, dates and directors; broadcast times (traps); comments; 'Dat gifft ok
noch'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites25.common import (
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

NAME = "ndrplatt"
MONTHS = ("Januaar", "Februaar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktover", "November", "Dezember")
GENRES = {"Action": "Action", "Adventure": "Abenteuer", "Animation": "Trickfilm", "Comedy": "Komödie",
          "Crime": "Krimi", "Documentary": "Doku", "Drama": "Drama", "Family": "Familie",
          "Fantasy": "Fantasy", "History": "Historie", "Horror": "Gruselfilm", "Music": "Musik",
          "Mystery": "Mystery", "Romance": "Leevde", "Science Fiction": "Science-Fiction",
          "Thriller": "Thriller", "War": "Krieg", "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Grootbritannien", "France": "Frankriek",
             "Germany": "Düütschland", "Japan": "Japan", "China": "China", "South Korea": "Süüdkorea",
             "India": "Indien", "Brazil": "Brasilien", "Australia": "Australien", "Canada": "Kanada",
             "Spain": "Spanien", "Italy": "Italien", "Mexico": "Mexiko", "Nigeria": "Nigeria",
             "Sweden": "Sweden", "Denmark": "Dänemark", "Argentina": "Argentinien", "Iran": "Iran",
             "Poland": "Polen"}
FSK = ages("af 0", "af 6", "af 12", "af 16", "af 18")
PROSE = Prose(
    verbs=("finnt", "söcht", "kümmt trüch na", "verlett", "passt op", "verliert"),
    things=("den olen Hoff", "dat Dörp achter den Diek", "de lütte Fähr", "den Lüchttoorn",
            "de verlaten Warft", "dat leste Kutterboot"),
    synopsis=("{hero} {verb} {thing}, un {other} {verb2} {thing2}. "
              "{title} vertellt vun Tru, de över vele Johren hollt."),
    taglines=("Allens hett sien Pries.",), audiences=("Dat Publikum hett de Spelers lööft.",))
CHROME = Chrome("nds", "NDR Plattdüütsch", ("Start", "Sendungen", "Films", "Live", "Narichten", "Söken"),
                ("Wi bruukt Cookies.", "Akzepteren", "Instellen"),
                ("Impressum", "Kontakt", "Datenschutz", "Barrierefreeheit"), "© 2026 NDR", "__NDRPLATT__")
WORDS = Words(
    {"director": "Regie", "writer": "Dreihbook", "music": "Musik", "producer": "Produzent",
     "camera": "Kamera", "genre": "Genre", "country": "Land", "year": "Johr",
     "runtime": "Längde", "rating": "Freegeven", "seasons": "Staffeln", "released": "Rutkamen",
     "studio": "Produkschoon", "budget": "Budget", "box_office": "Inspeelt"},
    {"about": "Wat dor passeert", "details": "Allens över den Film", "cast": "Mitspelers", "trailer": "Trailer",
     "episodes": "Folgen", "reviews": "Kommentaren", "no_reviews": "Noch keen Kommentaren.",
     "rail": "Dat gifft ok noch"})


def rutkamen(d: date, long: bool) -> str:
    """'27. Oktover 1995' or '27.10.1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def laengde(n: int, long: bool) -> str:
    """'1 Stünn 51 Minuten', '2 Stünnen' or '111 Minuten'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} Minuten"
    return f"{big} {'Stünn' if big == 1 else 'Stünnen'}" + (f" {small} Minuten" if small else "")


def stimmen(n: int) -> str:
    """'(1.234 Stimmen)', '(1 Stimm)'."""
    return "(1 Stimm)" if n == 1 else f"({grouped(n, '.')} Stimmen)"


def geld(m: Money) -> str:
    """'3.600.000 $', '7.200.000 EUR'."""
    return f"{grouped(m.amount, '.')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Staffel {e.season}, Folg {e.number} · {laengde(e.minutes, long)} · {rutkamen(e.aired, long)}</p><p>Regie: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Maandag", "Dingsdag", "Middeweken", "Dunnersdag", "Freedag", "Sünnavend", "Sünndag")
    rows = "".join(f"<li>{day}, {rng.randint(18, 23)}.{rng.choice(('00', '15', '45'))} Klock</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>In\'t NDR Fernsehn</h2><ul>{rows}</ul><p>Ok in de Mediathek bet to dörtig Daag.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Spraak", pick(rng, ("Plattdüütsch", "Hoochdüütsch mit plattdüütsch Ünnertitels", "Platt snackt")))]


SITE = Site(NAME, "nd", CHROME, WORDS, rutkamen, laengde, " per Folg", stimmen, geld,
            lambda n: f"Ankeken: {grouped(n, '.')} Mol", _episode, _schedule, ("legacy", "celltable", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="In de NDR Mediathek siet", extra_rows=_more, cta="Ankieken")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), FSK), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
