# ruff: noqa: E501  (HTML templates read best on one line)
"""Scope Cinemas: a film's (or a screened series') page of the Sri Lankan cinema chain, in
Sinhala. A poster; the <h1> (the meta line '1995 · PG 13 · පැය 1 මිනිත්තු 51 · නාට්‍ය' under
it, in the hero's <header> on some deploys); the score with '(ඡන්ද 1,234)' beside 'ප්‍රේක්ෂකයින්
12,345' (admissions, a trap); 'කතා සාරාංශය'; the facts as 'label ........ value' leader lines,
<h6> label over <p> value pairs between <hr> rules, or a table: 'අධ්‍යක්ෂණය', 'තිර රචනය',
'සංගීතය', 'නිෂ්පාදනය' and 'කැමරාව' (traps), 'වර්ගය', 'රට', 'වර්ෂය', 'ධාවන කාලය: මිනිත්තු 111' or
'පැය 1 මිනිත්තු 51' (a series' 'එක් කොටසකට'), 'වර්ගීකරණය' (the chain's marks
සැමට/PG/PG 13/16+/18+), 'නිකුත් වූ දිනය: 1995 ඔක්තෝබර් 27' (year first; or '1995/10/27') beside a
later 'ශ්‍රී ලංකාවේ තිරගත වූයේ' (a trap), 'නිෂ්පාදන ආයතනය', 'අයවැය: $3,600,000', 'ආදායම', 'වාර'
(seasons), 'භාෂාව', 'ආකෘතිය'; 'රංගනය'; the trailer; a series' episodes with their own lengths,
dates and directors; the sessions at the chain's halls with their own times and prices in rupees
(traps); comments; 'මෙයත් බලන්න'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb
link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites22.common import (
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

NAME = "scopecinemas"
MONTHS = ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
          "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්")
GENRES = {"Action": "ක්‍රියාදාම", "Adventure": "වික්‍රමාන්විත", "Animation": "සජීවිකරණ",
          "Comedy": "හාස්‍ය", "Crime": "අපරාධ", "Documentary": "වාර්තා", "Drama": "නාට්‍ය",
          "Family": "පවුලේ", "Fantasy": "මායාරූපී", "History": "ඓතිහාසික", "Horror": "භීෂණ",
          "Music": "සංගීතමය", "Mystery": "අභිරහස්", "Romance": "ප්‍රේම", "Science Fiction": "විද්‍යා ප්‍රබන්ධ",
          "Thriller": "ත්‍රාසජනක", "War": "යුද", "Western": "වෙස්ටර්න්"}
COUNTRIES = {"United States": "ඇමරිකා එක්සත් ජනපදය", "United Kingdom": "එක්සත් රාජධානිය",
             "France": "ප්‍රංශය", "Germany": "ජර්මනිය", "Japan": "ජපානය", "China": "චීනය",
             "South Korea": "දකුණු කොරියාව", "India": "ඉන්දියාව", "Brazil": "බ්‍රසීලය",
             "Australia": "ඕස්ට්‍රේලියාව", "Canada": "කැනඩාව", "Spain": "ස්පාඤ්ඤය", "Italy": "ඉතාලිය",
             "Mexico": "මෙක්සිකෝව", "Nigeria": "නයිජීරියාව", "Sweden": "ස්වීඩනය", "Denmark": "ඩෙන්මාර්කය",
             "Argentina": "ආර්ජන්ටිනාව", "Iran": "ඉරානය", "Poland": "පෝලන්තය"}
# the chain's own marks as the writer knew them ('සැමට' = for everyone)
AGES = ages("සැමට", "PG", "PG 13", "16+", "18+")
PROSE = Prose(
    verbs=("ආපසු යයි", "උරුම කර ගනී", "සොයයි", "පලා යයි", "රකියි", "අහිමි කර ගනී"),
    things=("ගංවතුරට යට වූ ගම", "පවුලේ වත්ත", "පැරණි ප්‍රදීපාගාරය", "අත්හැර දැමූ පතල",
            "දේශසීමා නගරය", "අවසන් බෝට්ටුව"),
    synopsis=("{hero} {thing} වෙත {verb} අතර {other} ද {thing2} {verb2} බව දැන ගනී. "
              "{title} යනු කාලයත් සමඟ පරීක්ෂාවට ලක් වන පැරණි පක්ෂපාතීත්වයක කතාවකි."),
    taglines=("සෑම දෙයකටම මිලක් ඇත.",), audiences=("ප්‍රේක්ෂකයෝ නළු නිළියන්ට ප්‍රශංසා කළහ.",))
CHROME = Chrome("si", "Scope Cinemas", ("මුල් පිටුව", "දැන් තිරගත වේ", "ළඟදීම", "සිනමා ශාලා", "දීමනා", "සොයන්න"),
                ("ඔබේ අත්දැකීම වැඩි දියුණු කිරීමට අපි කුකීස් භාවිතා කරමු.", "එකඟයි", "සැකසුම්"),
                ("අප ගැන", "අමතන්න", "නියමයන්", "පෞද්ගලිකත්වය"), "© 2026 Scope Cinemas (Pvt) Ltd", "__SCOPE__")
WORDS = Words(
    {"director": "අධ්‍යක්ෂණය", "writer": "තිර රචනය", "music": "සංගීතය", "producer": "නිෂ්පාදනය",
     "camera": "කැමරාව", "genre": "වර්ගය", "country": "රට", "year": "වර්ෂය", "runtime": "ධාවන කාලය",
     "rating": "වර්ගීකරණය", "seasons": "වාර", "released": "නිකුත් වූ දිනය",
     "studio": "නිෂ්පාදන ආයතනය", "budget": "අයවැය", "box_office": "ආදායම"},
    {"about": "කතා සාරාංශය", "details": "විස්තර", "cast": "රංගනය", "trailer": "පෙරදසුන",
     "episodes": "කොටස්", "reviews": "අදහස්", "no_reviews": "තවම අදහස් නැත.",
     "rail": "මෙයත් බලන්න"})
HALLS = ("Scope Cinemas - CCC", "Scope Cinemas - Havelock City Mall", "Scope Cinemas - Colombo City Centre Gold Class",
         "Scope Cinemas - Kandy City Centre")


def dinaya(d: date, long: bool) -> str:
    """'1995 ඔක්තෝබර් 27' (year first) or '1995/10/27'."""
    return f"{d.year} {MONTHS[d.month - 1]} {d.day}" if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def kalaya(n: int, long: bool) -> str:
    """'පැය 1 මිනිත්තු 51' or 'මිනිත්තු 111': the unit before the number."""
    if not long:
        return f"මිනිත්තු {n}"
    big, small = divmod(n, 60)
    return " ".join(([f"පැය {big}"] if big else []) + ([f"මිනිත්තු {small}"] if small or not big else []))


def chanda(n: int) -> str:
    """'(ඡන්ද 1,234)'."""
    return f"(ඡන්ද {grouped(n)})"


def mudala(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>වාරය {e.season}, කොටස {e.number} · {kalaya(e.minutes, long)} · {dinaya(e.aired, long)}</p><p>අධ්‍යක්ෂණය: {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    """The halls' sessions with their own times and prices in rupees: traps."""
    day = date(2026, 12, 10) + timedelta(days=rng.randint(0, 5))
    shows = sorted((rng.randint(10, 21), rng.choice(("00", "15", "30", "45")), pick(rng, HALLS)) for _ in range(3))
    rows = "".join(f'<li><b>{hall}</b> <time datetime="{day.isoformat()}T{h:02d}:{m}">{dinaya(day, True)} {h}:{m}</time> · රු. {grouped(rng.choice((1200, 1500, 1800, 3500)))}</li>'
                   for h, m, hall in shows)
    return f'<section class="{c("sessions")}"><h2>ප්‍රදර්ශන වේලාවන්</h2><ul>{rows}</ul><p>ආසන වෙන් කිරීමේ ගාස්තුව රු. 100 යි.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("භාෂාව", pick(rng, ("ඉංග්‍රීසි, සිංහල උපසිරැසි", "සිංහල", "දෙමළ, ඉංග්‍රීසි උපසිරැසි"))),
            ("ආකෘතිය", pick(rng, ("2D", "3D", "IMAX 2D", "Gold Class")))]


SITE = Site(NAME, "sc", CHROME, WORDS, dinaya, kalaya, " එක් කොටසකට", chanda, mudala,
            lambda n: f"ප්‍රේක්ෂකයින් {grouped(n)}", _episode, _sessions, ("leaders", "hrpairs", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="ශ්‍රී ලංකාවේ තිරගත වූයේ", extra_rows=_more, cta="ටිකට් වෙන් කරන්න", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
