# ruff: noqa: E501  (HTML templates read best on one line)
"""Legend Cinema: a film's (or a screened series') page of the Cambodian cinema chain, in Khmer.
A poster; the <h1> (the meta line '1995 · NC15 · 1 ម៉ោង 51 នាទី · ដ្រាម៉ា' under it, in the hero's
<header> on some deploys); the score with '(1,234 ការវាយតម្លៃ)' beside 'អ្នកចូលចិត្ត 12,345'
(likes, a trap); 'សាច់រឿងសង្ខេប'; the facts as value-first stat tiles (a <strong> value over its
<small> label), a value-first table whose value cells name the label cell after them
(headers/id), or value-first ruby annotations whose <rt> is the label: 'អ្នកដឹកនាំរឿង',
'អ្នកនិពន្ធ', 'តន្ត្រី', 'ផលិតករ' and 'អ្នកថត' (traps), 'ប្រភេទ', 'ប្រទេស', 'ឆ្នាំ', 'រយៈពេល: 111
នាទី' or '1 ម៉ោង 51 នាទី' (a series' 'ក្នុងមួយភាគ'), 'ចំណាត់ថ្នាក់' (the chain's marks G/NC15/R18),
'ថ្ងៃចេញបញ្ចាំង: ថ្ងៃទី27 ខែតុលា ឆ្នាំ1995' (or '27/10/1995') beside a later 'បញ្ចាំងនៅកម្ពុជា' (a
trap), 'ក្រុមហ៊ុនផលិត', 'ថវិកា: $3,600,000', 'ចំណូល', 'រដូវកាល', 'ភាសា'; 'តួសម្តែង'; the trailer; a
series' episodes with their own lengths, dates and directors; showtimes at the chain's cinemas
with their own prices in dollars and riel (traps); comments; 'រឿងផ្សេងទៀត'; a JSON-LD Movie on
some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, hours, money_symbol
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

NAME = "legendcinema"
MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
          "វិច្ឆិកា", "ធ្នូ")
GENRES = {"Action": "សកម្មភាព", "Adventure": "ផ្សងព្រេង", "Animation": "គំនូរជីវចល",
          "Comedy": "កំប្លែង", "Crime": "ឧក្រិដ្ឋកម្ម", "Documentary": "ឯកសារ", "Drama": "ដ្រាម៉ា",
          "Family": "គ្រួសារ", "Fantasy": "រវើរវាយ", "History": "ប្រវត្តិសាស្ត្រ", "Horror": "រន្ធត់",
          "Music": "ចម្រៀង", "Mystery": "អាថ៌កំបាំង", "Romance": "មនោសញ្ចេតនា",
          "Science Fiction": "វិទ្យាសាស្ត្រប្រឌិត", "Thriller": "រំភើប", "War": "សង្គ្រាម", "Western": "វេស្ទើន"}
COUNTRIES = {"United States": "សហរដ្ឋអាមេរិក", "United Kingdom": "ចក្រភពអង់គ្លេស", "France": "បារាំង",
             "Germany": "អាល្លឺម៉ង់", "Japan": "ជប៉ុន", "China": "ចិន", "South Korea": "កូរ៉េខាងត្បូង",
             "India": "ឥណ្ឌា", "Brazil": "ប្រេស៊ីល", "Australia": "អូស្ត្រាលី", "Canada": "កាណាដា",
             "Spain": "អេស្ប៉ាញ", "Italy": "អ៊ីតាលី", "Mexico": "ម៉ិកស៊ិក", "Nigeria": "នីហ្សេរីយ៉ា",
             "Sweden": "ស៊ុយអែត", "Denmark": "ដាណឺម៉ាក", "Argentina": "អាហ្សង់ទីន", "Iran": "អ៊ីរ៉ង់",
             "Poland": "ប៉ូឡូញ"}
# the three marks Cambodian cinemas post, as the writer knew them
AGES = ages("G", "G", "NC15", "R18", "R18")
PROSE = Prose(
    verbs=("ត្រឡប់ទៅកាន់", "ទទួលមរតក", "ស្វែងរក", "រត់ចេញពី", "ការពារ", "បាត់បង់"),
    things=("ភូមិដែលលិចទឹក", "ចម្ការរបស់គ្រួសារ", "ប៉មភ្លើងចាស់", "អណ្តូងរ៉ែដែលគេបោះបង់",
            "ទីក្រុងជាប់ព្រំដែន", "ទូកចុងក្រោយ"),
    synopsis=("{hero} {verb}{thing} ហើយបានដឹងថា {other} ក៏{verb2}{thing2}ដែរ។ "
              "{title} គឺជារឿងនៃភាពស្មោះត្រង់ចាស់ៗដែលត្រូវបានសាកល្បងពេញមួយរដូវ។"),
    taglines=("អ្វីៗទាំងអស់មានតម្លៃរបស់វា។",), audiences=("ទស្សនិកជនបានសរសើរតួសម្តែង។",))
CHROME = Chrome("km", "Legend Cinema", ("ទំព័រដើម", "កំពុងបញ្ចាំង", "ឆាប់ៗនេះ", "រោងកុន", "ប្រូម៉ូសិន", "ស្វែងរក"),
                ("យើងប្រើខូគីដើម្បីធ្វើឱ្យបទពិសោធន៍របស់អ្នកប្រសើរឡើង។", "យល់ព្រម", "ការកំណត់"),
                ("អំពីយើង", "ទំនាក់ទំនង", "លក្ខខណ្ឌ", "ឯកជនភាព"), "© 2026 Legend Cinema", "__LEGEND__")
WORDS = Words(
    {"director": "អ្នកដឹកនាំរឿង", "writer": "អ្នកនិពន្ធ", "music": "តន្ត្រី", "producer": "ផលិតករ",
     "camera": "អ្នកថត", "genre": "ប្រភេទ", "country": "ប្រទេស", "year": "ឆ្នាំ", "runtime": "រយៈពេល",
     "rating": "ចំណាត់ថ្នាក់", "seasons": "រដូវកាល", "released": "ថ្ងៃចេញបញ្ចាំង",
     "studio": "ក្រុមហ៊ុនផលិត", "budget": "ថវិកា", "box_office": "ចំណូល"},
    {"about": "សាច់រឿងសង្ខេប", "details": "ព័ត៌មានលម្អិត", "cast": "តួសម្តែង", "trailer": "ឈុតខ្លី",
     "episodes": "ភាគ", "reviews": "មតិយោបល់", "no_reviews": "មិនទាន់មានមតិយោបល់នៅឡើយ។",
     "rail": "រឿងផ្សេងទៀត"})
CINEMAS = ("Legend Cinema 271 Mega Mall", "Legend Cinema Eden Garden", "Legend Cinema Midtown",
           "Legend Cinema Siem Reap")


def thngai(d: date, long: bool) -> str:
    """'ថ្ងៃទី27 ខែតុលា ឆ្នាំ1995' or '27/10/1995'."""
    return f"ថ្ងៃទី{d.day} ខែ{MONTHS[d.month - 1]} ឆ្នាំ{d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def rayakpel(n: int, long: bool) -> str:
    """'1 ម៉ោង 51 នាទី' or '111 នាទី'."""
    return hours(n, " ម៉ោង", " នាទី") if long else f"{n} នាទី"


def vay_tamlai(n: int) -> str:
    """'(1,234 ការវាយតម្លៃ)'."""
    return f"({grouped(n)} ការវាយតម្លៃ)"


def thavika(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>រដូវកាល {e.season} ភាគ {e.number} · {rayakpel(e.minutes, long)} · {thngai(e.aired, long)}</p><p>អ្នកដឹកនាំរឿង: {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    """Showtimes with their own dates and prices in dollars and riel: traps."""
    day = date(2026, 12, 9) + timedelta(days=rng.randint(0, 6))
    price = rng.choice((4, 5, 6))
    shows = sorted((rng.randint(10, 21), rng.choice(("00", "20", "40")), pick(rng, CINEMAS)) for _ in range(3))
    rows = "".join(f'<li><b>{hall}</b> {thngai(day, True)} <time>{h}:{m}</time></li>' for h, m, hall in shows)
    return f'<section class="{c("showtimes")}"><h2>ម៉ោងបញ្ចាំង</h2><ul>{rows}</ul><p>តម្លៃសំបុត្រ ${price}.50 ({grouped(price * 4000 + 2000)}៛) · ថ្ងៃពុធ $3</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("ភាសា", pick(rng, ("អង់គ្លេស អត្ថបទរត់ខ្មែរ", "និយាយខ្មែរ", "កូរ៉េ អត្ថបទរត់ខ្មែរ និងអង់គ្លេស")))]


SITE = Site(NAME, "lg", CHROME, WORDS, thngai, rayakpel, " ក្នុងមួយភាគ", vay_tamlai, thavika,
            lambda n: f"អ្នកចូលចិត្ត {grouped(n)}", _episode, _showtimes, ("tiles", "headers", "ruby"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="បញ្ចាំងនៅកម្ពុជា", extra_rows=_more, cta="ទិញសំបុត្រ", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
