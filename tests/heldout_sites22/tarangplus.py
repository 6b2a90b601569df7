# ruff: noqa: E501  (HTML templates read best on one line)
"""Tarang Plus: a film or series page of the Odia streaming service of the Tarang TV group, in
Odia. A backdrop; the <h1> (the meta line '1995 · U/A 13+ · 1 ଘଣ୍ଟା 51 ମିନିଟ · ଡ୍ରାମା' under it,
in the hero's <header> on some deploys); the score with '(1,23,456 ଭୋଟ)' in Indian digit grouping
beside '12,34,567 ଥର ଦେଖାଯାଇଛି' (views, a trap); 'କାହାଣୀ'; the facts as 'label ........ value'
leader lines, <h6> label over <p> value pairs between <hr> rules, or a definition list:
'ନିର୍ଦ୍ଦେଶକ', 'ଲେଖକ', 'ସଙ୍ଗୀତ', 'ପ୍ରଯୋଜକ' and 'କ୍ୟାମେରା' (traps), 'ଧାରା', 'ଦେଶ', 'ବର୍ଷ', 'ଅବଧି: 111
ମିନିଟ' or '1 ଘଣ୍ଟା 51 ମିନିଟ' (a series' 'ପ୍ରତି ଏପିସୋଡ'), 'ବୟସ ସୀମା' (the Indian streaming
classes U, U/A 7+, U/A 13+, U/A 16+, A), 'ରିଲିଜ ତାରିଖ: 27 ଅକ୍ଟୋବର 1995' (or '27-10-1995') beside a
later 'Tarang Plusରେ ଉପଲବ୍ଧ' (a trap), 'ପ୍ରୋଡକ୍ସନ ହାଉସ', 'ବଜେଟ: $36,00,000' (Indian grouping),
'ବକ୍ସ ଅଫିସ', 'ସିଜନ', 'ଭାଷା'; 'କଳାକାର'; the trailer; a series' episodes with their own lengths,
dates and directors; the plans in rupees (traps); comments; 'ଆପଣଙ୍କୁ ଭଲ ଲାଗିପାରେ'; a JSON-LD
Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, hours
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

NAME = "tarangplus"
MONTHS = ("ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଅପ୍ରେଲ", "ମଇ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର",
          "ଅକ୍ଟୋବର", "ନଭେମ୍ବର", "ଡିସେମ୍ବର")
GENRES = {"Action": "ଆକ୍ସନ", "Adventure": "ଦୁଃସାହସିକ", "Animation": "ଆନିମେସନ", "Comedy": "କମେଡି",
          "Crime": "ଅପରାଧ", "Documentary": "ଡକ୍ୟୁମେଣ୍ଟାରୀ", "Drama": "ଡ୍ରାମା", "Family": "ପାରିବାରିକ",
          "Fantasy": "କାଳ୍ପନିକ", "History": "ଐତିହାସିକ", "Horror": "ଭୟଙ୍କର", "Music": "ସାଙ୍ଗୀତିକ",
          "Mystery": "ରହସ୍ୟ", "Romance": "ରୋମାନ୍ସ", "Science Fiction": "ବିଜ୍ଞାନ କଳ୍ପନା",
          "Thriller": "ଥ୍ରିଲର", "War": "ଯୁଦ୍ଧ", "Western": "ୱେଷ୍ଟର୍ନ"}
COUNTRIES = {"United States": "ଆମେରିକା", "United Kingdom": "ବ୍ରିଟେନ", "France": "ଫ୍ରାନ୍ସ",
             "Germany": "ଜର୍ମାନୀ", "Japan": "ଜାପାନ", "China": "ଚୀନ", "South Korea": "ଦକ୍ଷିଣ କୋରିଆ",
             "India": "ଭାରତ", "Brazil": "ବ୍ରାଜିଲ", "Australia": "ଅଷ୍ଟ୍ରେଲିଆ", "Canada": "କାନାଡା",
             "Spain": "ସ୍ପେନ", "Italy": "ଇଟାଲୀ", "Mexico": "ମେକ୍ସିକୋ", "Nigeria": "ନାଇଜେରିଆ",
             "Sweden": "ସ୍ୱିଡେନ", "Denmark": "ଡେନମାର୍କ", "Argentina": "ଆର୍ଜେଣ୍ଟିନା", "Iran": "ଇରାନ",
             "Poland": "ପୋଲାଣ୍ଡ"}
# India's streaming classes (the 2021 IT Rules' U, U/A 7+, U/A 13+, U/A 16+, A)
AGES = ages("U", "U/A 7+", "U/A 13+", "U/A 16+", "A")
PROSE = Prose(
    verbs=("ଫେରିଆସେ", "ଉତ୍ତରାଧିକାର ପାଏ", "ଖୋଜେ", "ପଳାଏ", "ରକ୍ଷା କରେ", "ହରାଏ"),
    things=("ବନ୍ୟାରେ ବୁଡ଼ିଥିବା ଗାଁକୁ", "ପରିବାରର ବଗିଚାକୁ", "ପୁରୁଣା ଆଲୋକସ୍ତମ୍ଭକୁ", "ପରିତ୍ୟକ୍ତ ଖଣିକୁ",
            "ସୀମାନ୍ତ ସହରକୁ", "ଶେଷ ଡଙ୍ଗାକୁ"),
    synopsis=("{hero} {thing} {verb} ଏବଂ ଜାଣେ ଯେ {other} ମଧ୍ୟ {thing2} {verb2}। "
              "{title} ସମୟର ପରୀକ୍ଷାରେ ପଡ଼ିଥିବା ପୁରୁଣା ବିଶ୍ୱସ୍ତତାର କାହାଣୀ।"),
    taglines=("ସବୁ ଜିନିଷର ଏକ ମୂଲ୍ୟ ଅଛି।",), audiences=("ଦର୍ଶକମାନେ କଳାକାରଙ୍କୁ ପ୍ରଶଂସା କଲେ।",))
CHROME = Chrome("or", "Tarang Plus", ("ହୋମ", "ସିନେମା", "ସିରିଆଲ", "ୱେବ ସିରିଜ", "ଲାଇଭ ଟିଭି", "ସନ୍ଧାନ"),
                ("ଆପଣଙ୍କ ଅଭିଜ୍ଞତାକୁ ଉନ୍ନତ କରିବା ପାଇଁ ଆମେ କୁକିଜ ବ୍ୟବହାର କରୁ।", "ଗ୍ରହଣ କରନ୍ତୁ", "ସେଟିଂସ"),
                ("ଆମ ବିଷୟରେ", "ଯୋଗାଯୋଗ", "ନିୟମ ଓ ସର୍ତ୍ତ", "ଗୋପନୀୟତା"), "© 2026 Tarang Plus", "__TARANG__")
WORDS = Words(
    {"director": "ନିର୍ଦ୍ଦେଶକ", "writer": "ଲେଖକ", "music": "ସଙ୍ଗୀତ", "producer": "ପ୍ରଯୋଜକ",
     "camera": "କ୍ୟାମେରା", "genre": "ଧାରା", "country": "ଦେଶ", "year": "ବର୍ଷ", "runtime": "ଅବଧି",
     "rating": "ବୟସ ସୀମା", "seasons": "ସିଜନ", "released": "ରିଲିଜ ତାରିଖ",
     "studio": "ପ୍ରୋଡକ୍ସନ ହାଉସ", "budget": "ବଜେଟ", "box_office": "ବକ୍ସ ଅଫିସ"},
    {"about": "କାହାଣୀ", "details": "ବିବରଣୀ", "cast": "କଳାକାର", "trailer": "ଟ୍ରେଲର",
     "episodes": "ଏପିସୋଡ", "reviews": "ମତାମତ", "no_reviews": "ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି ମତାମତ ନାହିଁ।",
     "rail": "ଆପଣଙ୍କୁ ଭଲ ଲାଗିପାରେ"})


def indian(n: int) -> str:
    """'1,23,45,678': the last three digits, then pairs."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def tarikha(d: date, long: bool) -> str:
    """'27 ଅକ୍ଟୋବର 1995' or '27-10-1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def abadhi(n: int, long: bool) -> str:
    """'1 ଘଣ୍ଟା 51 ମିନିଟ' or '111 ମିନିଟ'."""
    return hours(n, " ଘଣ୍ଟା", " ମିନିଟ") if long else f"{n} ମିନିଟ"


def vote(n: int) -> str:
    """'(1,23,456 ଭୋଟ)'."""
    return f"({indian(n)} ଭୋଟ)"


def taka(m: Money) -> str:
    """'$36,00,000', '₹ ...': the currency's sign, Indian grouping."""
    symbol = SYMBOLS.get(m.currency, m.currency)
    return f"{symbol} {indian(m.amount)}" if symbol.isalpha() else f"{symbol}{indian(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>ସିଜନ {e.season}, ଏପିସୋଡ {e.number} · {abadhi(e.minutes, long)} · {tarikha(e.aired, long)}</p><p>ନିର୍ଦ୍ଦେଶକ: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month = rng.choice((49, 79, 99))
    return f'<aside class="{c("plans")}"><h2>ସବସ୍କ୍ରିପସନ</h2><ul><li>₹{month}/ମାସ</li><li>₹{month * 3 - 48}/3 ମାସ</li><li>₹499/ବର୍ଷ</li></ul><p>ପ୍ରଥମ 7 ଦିନ ମାଗଣା।</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("ଭାଷା", pick(rng, ("ଓଡ଼ିଆ", "ଓଡ଼ିଆ, ଇଂରାଜୀ ସବଟାଇଟଲ", "ହିନ୍ଦୀ, ଓଡ଼ିଆ ଡବିଂ")))]


SITE = Site(NAME, "tp", CHROME, WORDS, tarikha, abadhi, " ପ୍ରତି ଏପିସୋଡ", vote, taka,
            lambda n: f"{indian(n * 3)} ଥର ଦେଖାଯାଇଛି", _episode, _plans, ("leaders", "hrpairs", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Tarang Plusରେ ଉପଲବ୍ଧ", extra_rows=_more, cta="ଏବେ ଦେଖନ୍ତୁ")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
