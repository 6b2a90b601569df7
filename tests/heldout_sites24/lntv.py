# ruff: noqa: E501  (HTML templates read best on one line)
"""LNTV: a drama or film page of Lao National Television's streaming portal, in Lao. A
backdrop; the <h1> (the meta line '1995 · 15+ · 1 ຊົ່ວໂມງ 51 ນາທີ · ລະຄອນ' under it, in the
hero's <header> on some deploys); the score with '(1,234 ຄະແນນສຽງ)' beside 'ເບິ່ງແລ້ວ 12,345 ຄັ້ງ'
(views, a trap); 'ເລື່ອງຫຍໍ້'; the facts as a grid whose values come first and labels after,
placed by named grid areas, a component whose shadow root holds the labels beside named slots
that the values fill, or value-first stat tiles: 'ຜູ້ກຳກັບ', 'ຜູ້ຂຽນບົດ', 'ດົນຕີ', 'ຜູ້ຜະລິດ' and
'ຊ່າງພາບ' (traps), 'ປະເພດ', 'ປະເທດ', 'ປີ', 'ຄວາມຍາວ: 111 ນາທີ' or '1 ຊົ່ວໂມງ 51 ນາທີ' (a
series' 'ຕໍ່ຕອນ'), 'ອາຍຸ' (the channel's marks ທົ່ວໄປ/PG/13+/15+/18+), 'ວັນທີອອກສາຍ: 27 ຕຸລາ 1995'
(or '27/10/1995') beside a later 'ອອກອາກາດທາງ LNTV' (a trap), 'ບໍລິສັດ', 'ງົບປະມານ: $3,600,000',
'ລາຍຮັບ', 'ລະດູການ', 'ພາສາ'; 'ນັກສະແດງ'; the trailer; a series' episodes with their own lengths,
dates and directors; broadcast times and packages in kip (traps); comments; 'ແນະນຳສຳລັບທ່ານ'; a
JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites24.common import (
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

NAME = "lntv"
MONTHS = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
          "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
GENRES = {"Action": "ແອັກຊັນ", "Adventure": "ຜະຈົນໄພ", "Animation": "ກາຕູນ", "Comedy": "ຕະຫຼົກ",
          "Crime": "ອາຊະຍາກຳ", "Documentary": "ສາລະຄະດີ", "Drama": "ລະຄອນ", "Family": "ຄອບຄົວ",
          "Fantasy": "ແຟນຕາຊີ", "History": "ປະຫວັດສາດ", "Horror": "ສະຫຍອງຂວັນ", "Music": "ເພງ",
          "Mystery": "ລຶກລັບ", "Romance": "ໂຣແມນຕິກ", "Science Fiction": "ວິທະຍາສາດ",
          "Thriller": "ລະທຶກ", "War": "ສົງຄາມ", "Western": "ຄາວບອຍ"}
COUNTRIES = {"United States": "ສະຫະລັດ", "United Kingdom": "ອັງກິດ", "France": "ຝຣັ່ງ",
             "Germany": "ເຢຍລະມັນ", "Japan": "ຍີ່ປຸ່ນ", "China": "ຈີນ", "South Korea": "ເກົາຫຼີໃຕ້",
             "India": "ອິນເດຍ", "Brazil": "ບຣາຊິນ", "Australia": "ອົດສະຕຣາລີ", "Canada": "ການາດາ",
             "Spain": "ແອັດສະປາຍ", "Italy": "ອີຕາລີ", "Mexico": "ເມັກຊິໂກ", "Nigeria": "ໄນຈີເຣຍ",
             "Sweden": "ສວີເດັນ", "Denmark": "ເດນມາກ", "Argentina": "ອາເຈນຕິນາ", "Iran": "ອີຣານ",
             "Poland": "ໂປແລນ"}
AGES = ages("ທົ່ວໄປ", "PG", "13+", "15+", "18+")
PROSE = Prose(
    verbs=("ກັບຄືນສູ່", "ຄົ້ນພົບ", "ຊອກຫາ", "ໜີຈາກ", "ປົກປ້ອງ", "ສູນເສຍ"),
    things=("ບ້ານທີ່ຖືກນ້ຳຖ້ວມ", "ສວນຂອງຄອບຄົວ", "ຫໍໄຟເກົ່າ", "ບໍ່ແຮ່ຮ້າງ", "ເມືອງຊາຍແດນ", "ເຮືອລຳສຸດທ້າຍ"),
    synopsis=("{hero} {verb}{thing} ແລະພົບວ່າ {other} ກໍ{verb2}{thing2}ເຊັ່ນກັນ. "
              "{title} ເປັນເລື່ອງລາວຂອງຄວາມຊື່ສັດທີ່ຖືກທົດສອບຕະຫຼອດປີ."),
    taglines=("ທຸກສິ່ງມີລາຄາຂອງມັນ.",), audiences=("ຜູ້ຊົມຊົມເຊີຍນັກສະແດງ.",))
CHROME = Chrome("lo", "LNTV", ("ໜ້າຫຼັກ", "ລະຄອນ", "ຮູບເງົາ", "ຖ່າຍທອດສົດ", "ຂ່າວ", "ຄົ້ນຫາ"),
                ("ພວກເຮົາໃຊ້ຄຸກກີ້ເພື່ອປັບປຸງການຮັບຊົມ.", "ຍອມຮັບ", "ຕັ້ງຄ່າ"),
                ("ກ່ຽວກັບພວກເຮົາ", "ຕິດຕໍ່", "ເງື່ອນໄຂ", "ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ"), "© 2026 ໂທລະພາບແຫ່ງຊາດລາວ", "__LNTV__")
WORDS = Words(
    {"director": "ຜູ້ກຳກັບ", "writer": "ຜູ້ຂຽນບົດ", "music": "ດົນຕີ", "producer": "ຜູ້ຜະລິດ",
     "camera": "ຊ່າງພາບ", "genre": "ປະເພດ", "country": "ປະເທດ", "year": "ປີ",
     "runtime": "ຄວາມຍາວ", "rating": "ອາຍຸ", "seasons": "ລະດູການ", "released": "ວັນທີອອກສາຍ",
     "studio": "ບໍລິສັດ", "budget": "ງົບປະມານ", "box_office": "ລາຍຮັບ"},
    {"about": "ເລື່ອງຫຍໍ້", "details": "ຂໍ້ມູນ", "cast": "ນັກສະແດງ", "trailer": "ຕົວຢ່າງ",
     "episodes": "ຕອນ", "reviews": "ຄຳເຫັນ", "no_reviews": "ຍັງບໍ່ມີຄຳເຫັນ.",
     "rail": "ແນະນຳສຳລັບທ່ານ"})


def wanthi(d: date, long: bool) -> str:
    """'27 ຕຸລາ 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def khwamnyao(n: int, long: bool) -> str:
    """'1 ຊົ່ວໂມງ 51 ນາທີ', '2 ຊົ່ວໂມງ' or '111 ນາທີ'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} ນາທີ"
    return f"{big} ຊົ່ວໂມງ" + (f" {small} ນາທີ" if small else "")


def khanaen(n: int) -> str:
    """'(1,234 ຄະແນນສຽງ)'."""
    return f"({grouped(n)} ຄະແນນສຽງ)"


def ngoen(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>ລະດູການ {e.season} ຕອນທີ {e.number} · {khwamnyao(e.minutes, long)} · {wanthi(e.aired, long)}</p><p>ຜູ້ກຳກັບ: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ", "ວັນອາທິດ")
    rows = "".join(f"<li>{day} ເວລາ {rng.randint(18, 21)}:{rng.choice(('00', '30'))} ໂມງ</li>" for day in rng.sample(days, 2))
    price = rng.choice(("30,000", "45,000"))
    return f'<section class="{c("schedule")}"><h2>ເວລາອອກອາກາດ</h2><ul>{rows}</ul><p>ແພັກເກັດ LNTV Plus {price} ກີບ/ເດືອນ</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("ພາສາ", pick(rng, ("ລາວ", "ອັງກິດ, ຄຳບັນຍາຍລາວ", "ໄທ, ພາກລາວ")))]


SITE = Site(NAME, "ln", CHROME, WORDS, wanthi, khwamnyao, " ຕໍ່ຕອນ", khanaen, ngoen,
            lambda n: f"ເບິ່ງແລ້ວ {grouped(n)} ຄັ້ງ", _episode, _schedule, ("areas", "slots", "tiles"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="ອອກອາກາດທາງ LNTV", extra_rows=_more, cta="ເບິ່ງດຽວນີ້")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
