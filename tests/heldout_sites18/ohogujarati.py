# ruff: noqa: E501  (HTML templates read best on one line)
"""Ohogujarati: a film or series page of OHO Gujarati, a Gujarati streaming service (Gujarati).
The <h1>; on some pages the meta line '1995 · U/A 13+ · 1 કલાક 51 મિનિટ · નાટક'; the score with
'(12,34,567 મત)' in Indian lakh grouping beside '45,678 વ્યૂઝ' (views, a trap); 'વાર્તા' (the
synopsis); the facts as ARIA term/definition <div>s, a table of two pairs per row or a
definition list: 'દિગ્દર્શક', 'લેખક', 'સંગીત', 'નિર્માતા' and 'સિનેમેટોગ્રાફી' (traps), 'શૈલી',
'દેશ', 'વર્ષ', 'સમયગાળો: 111 મિનિટ' (or '1 કલાક 51 મિનિટ'; a series' 'પ્રતિ એપિસોડ'), 'વય
રેટિંગ' (the CBFC classes U, U/A 7+, U/A 13+, U/A 16+, A), 'રિલીઝ તારીખ: 27 ઑક્ટોબર 1995' (or
'27/10/1995') beside a later 'OHO પર ઉપલબ્ધ' (a trap), 'સીઝન'; 'કલાકારો'; the trailer; a
series' episodes with their own lengths and directors; plans '₹99/મહિનો' (a trap); comments;
'તમને આ પણ ગમશે'; a JSON-LD Movie on some pages. No tagline, audience text, studios, money,
IMDb link or streaming block."""

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

NAME = "ohogujarati"
MONTHS = ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ",
          "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર")
GENRES = {"Action": "એક્શન", "Adventure": "સાહસ", "Animation": "એનિમેશન", "Comedy": "કોમેડી",
          "Crime": "ક્રાઇમ", "Documentary": "દસ્તાવેજી", "Drama": "નાટક", "Family": "પારિવારિક",
          "Fantasy": "ફેન્ટસી", "History": "ઐતિહાસિક", "Horror": "હોરર", "Music": "સંગીતમય",
          "Mystery": "રહસ્ય", "Romance": "રોમાન્સ", "Science Fiction": "વિજ્ઞાન કથા",
          "Thriller": "થ્રિલર", "War": "યુદ્ધ", "Western": "વેસ્ટર્ન"}
COUNTRIES = {"United States": "અમેરિકા", "United Kingdom": "યુનાઇટેડ કિંગડમ", "France": "ફ્રાન્સ",
             "Germany": "જર્મની", "Japan": "જાપાન", "China": "ચીન", "South Korea": "દક્ષિણ કોરિયા",
             "India": "ભારત", "Brazil": "બ્રાઝિલ", "Australia": "ઓસ્ટ્રેલિયા", "Canada": "કેનેડા",
             "Spain": "સ્પેન", "Italy": "ઇટાલી", "Mexico": "મેક્સિકો", "Nigeria": "નાઇજીરિયા",
             "Sweden": "સ્વીડન", "Denmark": "ડેનમાર્ક", "Argentina": "આર્જેન્ટિના", "Iran": "ઈરાન",
             "Poland": "પોલેન્ડ"}
# the CBFC classes since 2024 as the writer knew them: U, U/A 7+, U/A 13+, U/A 16+, A
AGES = ages("U", "U/A 7+", "U/A 13+", "U/A 16+", "A")
PROSE = Prose(
    verbs=("પાછો ફરે છે", "વારસામાં મેળવે છે", "શોધે છે", "ભાગી જાય છે", "રક્ષણ કરે છે"),
    things=("ડૂબેલા ગામમાં", "કુટુંબના બગીચામાં", "જૂના દીવાદાંડી પાસે", "સરહદના નગરમાં",
            "છેલ્લી હોડી પર", "ભૂલાયેલી ખાણમાં"),
    synopsis=("{hero} {thing} {verb} અને જાણે છે કે {other} પણ {thing2} {verb2}. "
              "«{title}» માં એક લાંબી ઋતુ જૂની વફાદારીની કસોટી કરે છે."),
    taglines=("દરેક વસ્તુની કિંમત હોય છે.",), audiences=("દર્શકોને અભિનય ગમ્યો.",))
CHROME = Chrome("gu", "OHO Gujarati", ("હોમ", "ફિલ્મો", "વેબ સિરીઝ", "નાટકો", "શોધો", "લૉગિન"),
                ("અમે કૂકીઝનો ઉપયોગ કરીએ છીએ.", "સ્વીકારો", "સેટિંગ્સ"),
                ("અમારા વિશે", "સંપર્ક", "નિયમો", "ગોપનીયતા"), "© 2026 OHO Gujarati", "__OHO__")
WORDS = Words(
    {"director": "દિગ્દર્શક", "writer": "લેખક", "music": "સંગીત", "producer": "નિર્માતા",
     "camera": "સિનેમેટોગ્રાફી", "genre": "શૈલી", "country": "દેશ", "year": "વર્ષ",
     "runtime": "સમયગાળો", "rating": "વય રેટિંગ", "seasons": "સીઝન", "released": "રિલીઝ તારીખ",
     "studio": "", "budget": "", "box_office": ""},
    {"about": "વાર્તા", "details": "વિગતો", "cast": "કલાકારો", "trailer": "ટ્રેલર",
     "episodes": "એપિસોડ", "reviews": "પ્રતિભાવો", "no_reviews": "હજી કોઈ પ્રતિભાવ નથી.",
     "rail": "તમને આ પણ ગમશે"})


def indian(n: int) -> str:
    """'12,34,567': the last three digits, then pairs (the Indian lakh grouping)."""
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


def tarikh(d: date, long: bool) -> str:
    """'27 ઑક્ટોબર 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def samay(n: int, long: bool) -> str:
    """'1 કલાક 51 મિનિટ', '2 કલાક' or '111 મિનિટ'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} મિનિટ"
    return f"{big} કલાક" + (f" {small} મિનિટ" if small else "")


def mat(n: int) -> str:
    return f"({indian(n)} મત)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>સીઝન {e.season} · એપિસોડ {e.number} · {samay(e.minutes, long)} · {tarikh(e.aired, long)}</p><p>દિગ્દર્શક: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month, year = rng.choice((("₹99", "₹499"), ("₹149", "₹699")))
    return f'<aside class="{c("plans")}"><h2>પ્લાન પસંદ કરો</h2><ul><li>{month}/મહિનો</li><li>{year}/વર્ષ</li></ul></aside>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The audio language and the picture quality: facts the record has no key for."""
    return [("ભાષા", "ગુજરાતી"), ("ગુણવત્તા", pick(rng, ("HD", "Full HD", "4K")))]


SITE = Site(NAME, "oho", CHROME, WORDS, tarikh, samay, " પ્રતિ એપિસોડ", mat, _money,
            lambda n: f"{indian(n)} વ્યૂઝ", _episode, _plans, ("terms", "terms", "pairs", "dl"),
            frozenset({"tagline", "audience_summary", "studios", "studios_total", "budget",
                       "box_office", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.4, later="OHO પર ઉપલબ્ધ", extra_rows=_more, cta="હમણાં જુઓ")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
