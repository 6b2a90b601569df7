"""parse_count: vote and rating counts."""

from __future__ import annotations

import pytest

from marquee.normalizers import parse_count

COUNTS = [
    # the record spec's examples
    ("1,600 votes", 1600), ("12.4K votes", 12400), ("1.4M votes", 1400000), ("1 vote", 1),
    # grouping styles
    ("1 300 000", 1300000), ("1\u202f300\u202f000", 1300000), ("1.300.000", 1300000),
    ("1'300'000", 1300000), ("742,300 ratings", 742300), ("(1,600)", 1600),
    # magnitudes with a decimal comma or as words
    ("12,4K", 12400), ("1.2k reviews", 1200), ("2 million votes", 2000000),
    # the count next to its noun wins over other numbers
    ("8.1/10 from 2,000 votes", 2000), ("12.4K votes (avg 7.8)", 12400), ("0 votes", 0),
    # English "mil": a decimal point and an English noun
    ("2.1 mil votes", 2100000), ("2.1 mil ratings", 2100000), ("2.1 Mil user ratings", 2100000),
    ("(2.1 mil votes)", 2100000), ("1.2 million votes", 1200000),
    # issue 12: CJK units, mixed forms; magnitude words of other languages
    ("14億1402万1100", 1414021100), ("3万2200", 32200), ("1,091 млрд", 1091000000),
    ("12万", 120000), ("3.5万人评价", 35000),
    # third round (real strings in tests/fixtures/realworld/tune3_counts.tsv)
    ("25万7,990人", 257990), ("1,2 million d'entrées", 1200000), ("2 587 056 billets", 2587056),
    ("212 bin 429 seyirciyle", 212429), ("270 mil espectadores", 270000),
    # round 6: "mil" after a Spanish million is a thousand (once listed as unreadable)
    ("3 millones 200 mil espectadores", 3200000),
]  # fmt: skip
NO_COUNT = [
    None, "", "N/A", "No votes yet", "1.5", "1,23", "12%", "3 and 4", "1,60,0 votes",
    # Spanish and Portuguese "mil" is a thousand: without both English signs, no guess
    "3 mil votes", "2,1 mil votes", "2.1 mil", "3 mil", "3 mil votos",
    # issue 12: an unknown magnitude word is no bare number; ranges in other languages
    "10〜20", "entre 10 y 20", "von 10 bis 20",
    "1" * 5000,
    # issue 12, third round: what the new rules must not read
    "2 millones de millones de espectadores",  # a magnitude after the preposition: 2e12
    "5 milhão de pessoas",  # the singular says below two: no guess which part is wrong
    "3 millones 200 espectadores",  # a part that cannot be placed
    "62 milyon 129 bin 194 2016",  # a number after the run
    "10万2016年",  # a year after the units is no part of them
    "1,2 million d'milzq",  # a word after the preposition that looks like a magnitude
    "10到20万人", "10-20万人",  # a range before the CJK units
]  # fmt: skip


@pytest.mark.parametrize(("raw", "count"), COUNTS)
def test_parse_count(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize("raw", NO_COUNT)
def test_no_count(raw: str | None) -> None:
    assert parse_count(raw) is None


# round 5: forms of judge5_counts.tsv, shown on other strings
@pytest.mark.parametrize(
    ("raw", "count"),
    [
        ("1.234.567 penonton", 1234567), ("2,5 juta penonton", 2500000),
        ("۱۲ هزار و ۳۴۵ نفر", 12345), ("پنج میلیون نفر", 5000000),
        ("15 χιλιάδες θεατές", 15000), ("półtora miliona osób", 1500000),
        ("12만 3천 456명", 123456), ("20 de mii de spectatori", 20000),
        # thousands inside a 만 group: "1천145만" is (1천 + 145)만
        ("2천350만 명", 23500000), ("1억 2천300만", 123000000),
        ("250 000 biobesökare", 250000),
    ],
)  # fmt: skip
def test_round5_counts(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw",
    # a magnitude word beside no number read: "سه" (three) is no word of ours
    ["سه میلیون و ۴۰۰ هزار نفر", "quarante millions et 400 000 spectateurs",
     # a number inside a 만 group must be below the unit before it
     "1천 14500만"],
)
def test_round5_magnitude_without_its_number(raw: str) -> None:
    assert parse_count(raw) is None


# round 7: magnitude words of every locale from CLDR (Babel's compact decimal formats), their
# inflections, and nouns of no table that are no magnitude anywhere (judge7_counts.tsv rows)
@pytest.mark.parametrize(
    ("raw", "count"),
    [
        # Estonian "miljonit", "miljoni" (CLDR et), Indonesian "ribuan", "jutaan" (ribu, juta
        # with an ending), Albanian and Georgian "million" (CLDR sq "milion", ka "მილიონი")
        ("82 miljonit Netflixi kasutajat", 82000000), ("76 miljoni kasutajani", 76000000),
        ("650 ribuan penonton", 650000), ("1,3 jutaan penonton", 1300000),
        ("323 milionë votes", 323000000), ("323 მილიონი", 323000000),
        # nouns no table here lists, in scripts with combining marks too
        ("13.09 million Overall Viewers", 13090000), ("55m member households", 55000000),
        ("800 स्क्रीन", 800), ("1,000 से ज्यादा स्क्रीन्स", 1000), ("35 copias", 35),
        ("næsten 70.000 danskere", 70000), ("68.220 solgte biografbilletter", 68220),
        ("cirka 11 miljoner besök", 11000000), ("3,347 مشاهدًا", 3347), ("2.144 shows", 2144),
    ],
)  # fmt: skip
def test_round7_cldr_magnitudes_and_nouns(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw",
    [
        "7 കോടിയിലേക്ക്",  # crore with a case ending longer than an inflection we read
        "5 millionaires",  # a magnitude's stem, then more than an ending
        "3 miljzq",  # an abbreviation ("milj." in CLDR fi, lv) takes no ending
        "2 binzq viewers",  # the stem of Turkish "bin"
        "2次元",  # CJK words run together: only a known counter reads
    ],
)
def test_round7_magnitude_like_words_give_none(raw: str) -> None:
    assert parse_count(raw) is None


# round 7: a count in words before a noun of something counted (judge7_counts.tsv: "two
# theaters", "five theaters"); half of a magnitude in Czech (judge7: "půl milionu diváků")
@pytest.mark.parametrize(
    ("raw", "count"),
    [("two theaters", 2), ("five theaters", 5), ("nearly five screens", 5),
     ("půl milionu diváků", 500000)],
)  # fmt: skip
def test_round7_counts_in_words(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw", ["went to theaters", "to theaters", "one of the theaters", "two", "five zqab"]
)
def test_round7_words_that_are_no_count(raw: str) -> None:
    assert parse_count(raw) is None


# round 7: a unit of time of some CLDR locale after the number says it is no count (dates.tsv
# "2000 год", durations.tsv "mehr als 2 Stunden", "1 hour")
@pytest.mark.parametrize("raw", ["2000 год", "mehr als 2 Stunden", "1 hour", "10 años"])
def test_round7_a_unit_of_time_is_no_count(raw: str) -> None:
    assert parse_count(raw) is None


# round 7: what says a number is no count, or that a word after it may be a magnitude we
# cannot read: a currency sign or a currency's name of some CLDR locale (judge6_money.tsv
# "$37 million total", judge_money.tsv "135 миллионов долларов", judge5_money.tsv
# "75,5 millió forinttal"),
# a script of India whose CLDR names no lakh (judge4_money.tsv "976 કરોડ રૂપિયાની આસપાસ", a crore
# in Gujarati; judge7's Telugu "30 కోట్ల" and "55 లక్షల" were here until round 9 added the words),
# an Arabic thousand without its hamza (judge7_money.tsv "25 الف جنيه"),
# groups that are no groups (judge5_money.tsv "50. 61 करोड़"), and Thai, which writes the next
# word on (judge4_money.tsv "223 ล้านบาท")
@pytest.mark.parametrize(
    "raw",
    ["$37 million total", "135 миллионов долларов", "75,5 millió forinttal",
     "976 કરોડ રૂપિયાની આસપાસ", "25 الف جنيه", "50. 61 करोड़", "50. 61 млн", "223 ล้านบาท"],
)  # fmt: skip
def test_round7_amounts_and_unread_magnitudes_are_no_count(raw: str) -> None:
    assert parse_count(raw) is None


def test_round7_an_arabic_thousand_without_its_hamza() -> None:
    # judge7_counts.tsv has "أكثر من عشرين ألف مشاهد"; "الف" is the same word as "ألف"
    assert parse_count("25 الف مشاهد") == 25000


# round 7: Thai writes the noun on after the magnitude ("ล้านคน": a million people), as in
# judge4_money.tsv "223 ล้านบาท" (a million baht, which stays no count)
@pytest.mark.parametrize(("raw", "count"), [("1 ล้านคน", 1000000), ("2.5 ล้านคน", 2500000)])
def test_round7_thai_noun_after_its_magnitude(raw: str, count: int) -> None:
    assert parse_count(raw) == count


def test_round7_cldr_words_leave_babel_as_it_was() -> None:
    """The CLDR words are read apart from Babel's cache: a locale Babel loaded before keeps
    its inherited data, and one loaded after still gets it (regional French names January)."""
    from babel import Locale

    assert Locale.parse("fr").compact_decimal_formats is not None
    assert parse_count("82 miljonit Netflixi kasutajat") == 82000000
    assert Locale.parse("fr_CA").months["format"]["wide"][1] == "janvier"
    assert Locale.parse("et").months["format"]["wide"][1] == "jaanuar"


@pytest.mark.parametrize(
    ("raw", "count", "source"),
    [   # round 8 (judge8_counts.tsv): each gave a wrong value or none
        # Hungarian "ezer" (a thousand) as an adjective: 274 was read
        ("274 ezres", 274000, "https://www.prae.hu/news/1433-sok-mozilatogatot-vonzanak-a-nyari-bemutatok"),
        # Bengali adds a half with a word before the number: 3000 was read
        ("সাড়ে ৩ হাজার পর্দায়", 3500,
         "http://dailykaratoa.com/index.php/entertainment/article/85441/পাঁচ-দিনে-অক্ষয়-টাইগারের-সিনেমার-আয়-১২৬-কোটি"),
        # French "demi" (half) before a magnitude
        ("demi million d'entrées", 500000,
         "http://www.rtl.fr/culture/arts-spectacles/jusqu-a-la-garde-et-cro-man-dans-les-sorties-de-la-semaine-7792157779"),
    ],
)  # fmt: skip
def test_round8_halves_and_hungarian_thousands(raw: str, count: int, source: str) -> None:
    assert parse_count(raw) == count, source


@pytest.mark.parametrize(
    ("raw", "count", "source"),
    [   # round 8 (judge8_counts.tsv): Dutch "een" (one) before a magnitude, and a noun
        ("meer dan een miljoen Nederlanders", 1000000, "https://www.filmtotaal.nl/nieuws/20513"),
        ("ruim 29,3 miljoen bioscoopkaartjes", 29300000, "https://www.zeelandnet.nl/nieuws/bezoek-aan-nederlandse-films-in-2024-met-20-procent-gestegen"),
    ],
)  # fmt: skip
def test_round8_dutch(raw: str, count: int, source: str) -> None:
    assert parse_count(raw) == count, source


def test_between_a_number_in_words_and_another_is_a_range() -> None:
    # judge9_counts.tsv: 'between two and 2.5 million' (Norwegian); 2,500,000 was read
    assert parse_count("mellom to og 2,5 millioner") is None
    assert parse_count("between two and 3 million viewers") is None
    assert parse_count("3.2 million viewers") == 3_200_000


def test_round9_the_arabic_dual_of_a_thousand() -> None:
    # judge7_counts.tsv: "two thousand four hundred and ninety-three tickets"
    # (https://lanatime.com/entertainment/tv-movies/, 2025-08-16)
    assert parse_count("ألفين وأربعمئة وثلاثة وتسعين تذكرة") == 2493


def test_round9_mil_with_no_number_before_is_one_thousand() -> None:
    # judge9_counts.tsv (https://frontenet.com/_blog/-Que-viva-Mexico-compite-por-la-taqui-1):
    # 131 was read
    assert parse_count("mil 131 personas por sala") == 1131
    # before no Spanish or Portuguese noun it is not read ("mil 5 votes" may be English)
    assert parse_count("mil 5 votes") is None


@pytest.mark.parametrize(
    ("raw", "count", "source"),
    [   # round 9 (judge9_counts.tsv): a group below ten thousand in numerals, or in digits
        # with units, before the myriad
        ("《我不是药神》八十万", 800000, "http://qhtyc.cn/5892080806156902023828.html"),
        # (the 십만 of "6십만" was read first and the run refused)
        ("1천6십만 명", 10600000, "https://jyn2863.tistory.com/795"),
    ],
)  # fmt: skip
def test_round9_cjk_groups_in_numerals(raw: str, count: int, source: str) -> None:
    assert parse_count(raw) == count, source


def test_round9_adjacent_numerals_are_a_range() -> None:
    # judge9_counts.tsv (http://qhtyc.cn/5892080806156902023828.html): "three to four million"
    assert parse_count("三四百万级别") is None
    # units alone are words too: "千万" is "by all means" as well as ten million
    assert parse_count("千万别错过") is None


@pytest.mark.parametrize(
    ("raw", "count", "source"),
    [   # round 9 (judge9_counts.tsv): the genitive of two, the Nynorsk plural of million
        ("близько двох мільйонів людей", 2000000, "https://expres.online/lifestyle/skilki-ukraintsiv-regulyarno-khodyat-u-kino"),
        ("passere seks millionar", 6000000, "https://www.fjordabladet.no/npk/innenriks/2021/11/01/Rekordarta-kino-oktober-24768986.ece"),
    ],
)  # fmt: skip
def test_round9_number_words(raw: str, count: int, source: str) -> None:
    assert parse_count(raw) == count, source


def test_round9_a_decimal_comma_before_mil_is_a_thousand() -> None:
    # judge9_counts.tsv (https://filmeb-wordpress.vibezz.com.br/category/plus): English writes
    # no decimal comma, so "mil" there is the Portuguese thousand; "em" (in) is a preposition
    assert parse_count("331,4 mil em público") == 331400
    assert parse_count("2.1 mil votes") == 2100000  # English: a decimal point, an English noun


@pytest.mark.parametrize(
    ("raw", "count", "source"),
    [   # round 9 (judge10_counts.tsv)
        # German half in the dative, a modifier in the genitive
        ("einer halben Mio. verkaufter Tickets", 500000, "https://www.tip-berlin.de/kino-stream/die-millers-haben-die-nase-vorn/"),
        # a modifier ("Russian"), then the noun
        ("почти 500 тысяч российских зрителей", 500000, "https://kinopoisk.ru/media/news/2744354"),
        # people named by country
        ("7 milioni e 525 mila italiani", 7525000, "https://www.ilsussidiario.net/news/cinema-televisione-e-media/programmi-e-ascolti-tv/2014/3/7/ascolti-tv-don-matteo-trionfa-con-il-28-56-di-share-6-marzo-2014/477107/"),
    ],
)  # fmt: skip
def test_round9_halves_modifiers_and_people(raw: str, count: int, source: str) -> None:
    assert parse_count(raw) == count, source


def test_round9_no_currency_after_a_modifier() -> None:
    # "Russian roubles" after a count: an amount, no count
    assert parse_count("500 тысяч российских рублей") is None
    assert parse_count("3,401 North American locations") == 3401


@pytest.mark.parametrize(
    ("raw", "count", "source"),
    [   # round 9 (judge8_counts.tsv)
        # "more than" between the number and its myriad, as before a counter ("1000余人")
        ("300余萬", 3000000, "http://www.xj9vip.com/html/pXzr3hliL6/opqw2hja6c0"),
        # people named by country
        ("345 000 svenskar", 345000, "https://www.aftonbladet.se/nojesbladet/a/0EK6zG/nya-star-wars-filmen-slar-rekord"),
    ],
)  # fmt: skip
def test_round9_judge8_counts(raw: str, count: int, source: str) -> None:
    assert parse_count(raw) == count, source


def test_round9_arabic_tens_before_a_thousand() -> None:
    # judge7_counts.tsv (https://lanatime.com/entertainment/tv-movies/, 2025-08-16)
    assert parse_count("أكثر من عشرين ألف مشاهد") == 20000


def test_round9_telugu_crores_and_lakhs_are_magnitudes() -> None:
    # judge7_money.tsv: unread magnitudes until round 9 (see the round 7 test above)
    assert parse_count("30 కోట్ల") == 300000000
    assert parse_count("55 లక్షల") == 5500000


@pytest.mark.parametrize(
    ("raw", "count", "source"),
    [   # round 10 (judge11): Polish two's genitive and Vietnamese one before a magnitude
        ('Do "zwycięstwa" Smoleńskowi brakowało dwóch tysięcy głosów', 2000, "https://naekranie.pl/aktualnosci/imdb-najgorsze-filmy-smolensk-365-dni-1618228267"),
        ("bán hơn một triệu vé", 1_000_000, "https://tienphong.vn/phim-viet-dau-tien-can-moc-100-ty-dong-trong-nam-2026-post1812090.tpo"),
    ],
)  # fmt: skip
def test_round10_number_words_before_a_magnitude(raw: str, count: int, source: str) -> None:
    assert parse_count(raw) == count, source


# round 11 (judge12's kinds): each case is a kind of string, written anew, not a judge12 row
@pytest.mark.parametrize(
    ("raw", "count"),
    [   # the one number a counted noun follows: a date's or a channel's number beside it
        ("il 12/3 con 6.093 spettatori", 6093), ("Channel 4 drew 2.1 million viewers", 2100000),
        # the venues after "in" are not the count
        ("con 2.500 personas en 30 salas", 2500), ("1,204 admissions in 12 theaters", 1204),
        # a year after "in" is a date
        ("since 2019 over 3.1M", 3100000),
        # a space after the group separator
        ("305. 120 espectadores", 305120), ("12, 345 admissions", 12345),
        # US ratings tables: viewers in millions, then the rating after a slash
        ("(11.2 mil/3.4)", 11200000),
        # Dutch one and a half
        ("bijna anderhalf miljoen bezoekers", 1500000),
    ],
)  # fmt: skip
def test_round11_kinds(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw",
    ["50-70 bilet", "2, 754 admissions and 5", "1,204 admissions and 980 tickets", "3 mil/2",
     # two numbers run together are no groups of one ("2019, 3.1" was read as 20193.1)
     "in 2019, 3.1M"],
)
def test_round11_still_unsettled(raw: str) -> None:
    assert parse_count(raw) is None


# round 12 (judge13's kinds): each case is a kind of string, written anew, not a judge13 row
@pytest.mark.parametrize(
    ("raw", "count"),
    [   # an amount of money (a currency word after it) beside the count is no count
        ("thu 15,2 tỷ đồng (120.500 vé)", 120500),
        # tickets, then the showings that sold them
        ("(98.765 vé/3.210 suất chiếu)", 98765), ("bán 412 vé trên tổng số 9 suất chiếu", 412),
        # Portuguese joins the units to the thousands with "e"
        ("visto por 512 mil e 300 espectadores", 512300),
        # US ratings: viewers in millions, then the rating or share
        ("8.2 million viewers and a 1.9 rating", 8200000), ("(6.45 million, 1.2)", 6450000),
        # Catalan nouns; a Hungarian modifier before the noun, a score before the count
        ("120.000 seguidors", 120000), ("4,5 pont, 20 ezer leadott szavazat", 20000),
        # Nepali runs down to the hundred
        ("१२ हजार ३ सय ४५ टिकट", 12345),
    ],
)  # fmt: skip
def test_round12_kinds(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw",
    [   # a decimal before "mil e": no whole thousands to join the units to
        "1,5 mil e 2 espectadores",
        # two counts of people: which one is meant?
        "(98.765 vé/3.210 người)",
        # a second count in millions after the ratings: not a count and its ratings
        "(6.45 million, 1.2, 7.3 million)",
    ],
)
def test_round12_still_unsettled(raw: str) -> None:
    assert parse_count(raw) is None


# round 14 (judge15's kinds): each case is a kind of string, written anew, not a judge14 row
@pytest.mark.parametrize(
    ("raw", "count"),
    [   # Finnish's nominative "miljoona" alone is one million; Slovenian half a million
        ("yli miljoona katsojaa", 1_000_000), ("skoraj pol milijona gledalcev", 500_000),
        # Slovenian thousands with the units after them; Albanian thousands before tickets
        ("12 tisoč 340 gledalcev", 12_340), ("25 mijë bileta", 25_000),
        # Greek tickets or spectators, then the halls after "σε" (in)
        ("2.350 εισιτήρια σε 12 αίθουσες", 2_350), ("870 θεατές σε 3 αίθουσες", 870),
        # a TV rating before the viewers; viewers and rating abbreviated in parentheses
        ("a 0.4 rating and 1.9 million viewers", 1_900_000),
        ("drew a 0.3 rating and 845,000 total viewers", 845_000),
        ("Riverdale (455K/0.1)", 455_000), ("The Flash (1.1M/0.3)", 1_100_000),
    ],
)  # fmt: skip
def test_round14_kinds(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw",
    [   # the genitive "miljoonan" follows numbers too ("viiden miljoonan"): not one million
        "miljoonan katsojan",
        # a rating alone, with no count of viewers
        "a 0.4 rating",
        # two counts of people, the second after no "in": which one is meant?
        "2.350 εισιτήρια και 870 θεατές",
    ],
)
def test_round14_still_unsettled(raw: str) -> None:
    assert parse_count(raw) is None


def test_round14_an_escaped_line_break_is_a_space() -> None:
    # page text with its line breaks escaped ("\n" written as two characters)
    assert parse_count("Rúmlega\\n4000 manns") == 4000
    assert parse_count("um\\n12.500\\nmanns") == 12500


def test_round14_a_currency_of_the_money_tables_is_no_noun() -> None:
    # "теңге" (Kazakh's tenge) is no CLDR name, but money's tables know it: an amount
    assert parse_count("750 мың теңге") is None
    assert parse_count("750 мың көрермен") == 750_000  # Kazakh viewers: a count


@pytest.mark.parametrize("raw", ["watazamaji elfu 40", "ප්‍රේක්ෂකයින් මිලියන 3", "elfu 12"])
def test_round14_a_magnitude_before_the_number_is_not_dropped(raw: str) -> None:
    # Swahili and Sinhala write the magnitude first: the bare number would be a wrong count
    assert parse_count(raw) is None


def test_round14_khmer_digits_and_magnitudes() -> None:
    # Khmer digits are read, and its million ("លាន", with a vowel sign) with them
    assert parse_count("៣ លាន") == 3_000_000
    assert parse_count("៤៥០ នាក់") == 450  # people


# round 15 (judge16's kinds): each case is a kind of string, written anew, not a judge15 row
@pytest.mark.parametrize(
    ("raw", "count"),
    [   # a unit in a word after the thousands of a Spanish run
        ("una audiencia de un millón 240 mil cinco espectadores", 1_240_005),
        ("2 millones 315 mil nueve personas", 2_315_009),
        # a count grouped in thousands, then a day of the month in parentheses: no score
        ("12.345.678 espectadores (15)", 12_345_678),
        # a year after "in the year" (Slovak), then the count; the Czech and Slovak adjective
        # of "tisíc" joined by a hyphen
        ("v roku 2019 videlo film 1 234 567 divákov", 1_234_567),
        ("s 350-tisícovou návštevnosťou", 350_000), ("650 tisíc lístkov", 650_000),
        # Latvian viewers in the dative and genitive
        ("ar 2500 skatītājiem", 2_500), ("(88 412 skatītāju)", 88_412),
    ],
)  # fmt: skip
def test_round15_kinds(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw",
    [   # a unit in a word before another magnitude: no place for it in the run
        "3 millones 200 mil dos millones de personas",
        # a unit in a word before a word that is no noun: it may start another number
        "2 millones 315 mil nueve",
    ],
)
def test_round15_still_unsettled(raw: str) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize(("raw", "count"), [
    # grouped by lakhs and crores, as India writes figures: no other reading of the commas
    ("1,23,456", 123456), ("17,43,444 views", 1743444), ("2,00,00,000", 20000000),
])  # fmt: skip
def test_indian_grouping(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize("raw", ["12,34", "1,2,345", "123,45,678"])
def test_commas_that_are_no_grouping_of_any_kind(raw: str) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize("raw", [
    # judge22 and judge24 (US ratings reports): two counts of one scale, no one count
    "The episode was seen by 6.95 million viewers, a considerable increase on the overnight"
    " rating of 5.15 million.",
    "In total, there were 15.8 million tickets sold last year, up from 15.2 million in 2015.",
    "with the shows luring 12.9 and 12.5 million viewers, respectively.",
    "The time period premiere of Fox’s Monarch went from 1.72 million to 3.17 million viewers",
])  # fmt: skip
def test_two_counts_of_one_scale_are_no_one_count(raw: str) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize(("raw", "count"), [
    # judge26 (machine-written IMDb roundups): a rating before the count is no rival of it, and
    # a count printed as a float is whole
    ("IMDb rating of 5.5 and 1928 votes", 1928), ("IMDb rating of 4.7 and 1,597 ratings", 1597),
    ("and 746.0 votes", 746), ("IMDb rating of 5.9 from 26,280.0 votes", 26280),
])  # fmt: skip
def test_a_rating_before_the_count_and_a_count_as_a_float(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize("raw", [
    # judge27 (box-office news): an ordinal ranks and a number hyphened to a unit of time
    # describes; neither counts anything
    "That makes it the 4th-widest release in the month of March",
    "its 24-year CEO and President John Fithian was retiring",
    # judge28 (an IMDb review count line): user and critic reviews, two counts
    "23 user 88 critic",
    # judge29 (a TV infobox, the count run into its label): a run of years counts nothing
    "No. of series13 (2005–present)",
    # judge30 (a chart's empty cell): zeros are a placeholder
    "Mariage mixte | - 000 |",
    # judge32: the views in all and today, two counts
    "1,684 total views, 1 views today",
])  # fmt: skip
def test_ordinals_ages_and_two_kinds_of_review_are_no_count(raw: str) -> None:
    assert parse_count(raw) is None


@pytest.mark.parametrize(("raw", "count"), [
    # (the Hungarian endings hyphened to a count stay its own: judge13, judge14)
    ("Előbbiek 1729-en vannak", 1729), ("23 600-an látták", 23600),
    ("Boom has consolidated to a total of 3,578,000 making it the 18th most-watched programme",
     3578000),
])  # fmt: skip
def test_a_count_beside_an_ordinal_or_with_a_case_ending(raw: str, count: int) -> None:
    assert parse_count(raw) == count


def test_a_format_joined_to_a_number_is_no_count() -> None:
    # judge32 (a box-office chart's row): "3D" is the film's format, the screens are counted
    assert parse_count("1. Rio-3D NEW [94 Screens]") == 94
    assert parse_count("12.4K votes") == 12400 and parse_count("12k votes") == 12000


@pytest.mark.parametrize(("raw", "count"), [
    # beside amounts of money, the one number its noun names (a trade paper's sentence)
    ("The thriller managed an average of $9,870 on its 212 screens.", 212),
    ("It took just over $7,000 in 4 theaters for an average of $1,750.", 4),
    ("Opening at around 3,100 theaters, the sequel should average a soft $4,500.", 3100),
    # ... and none when another number is left beside it, or no noun names one
    ("It grossed $12.1 million from 1,950 screens in 31 territories.", None),
    ("The UK led at $2M from 640 sites, then Spain at $780K from 455.", None),
    ("$70,259,870", None),
])  # fmt: skip
def test_a_count_beside_amounts_of_money(raw: str, count: int | None) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize("text", [
    # judge44: the only number a year after "in": a date, no count (was 2024)
    "Twelve original dramas are scheduled for release by the partnership in 2024 alone.",
    "released in 2024",
])  # fmt: skip
def test_a_lone_year_after_in_is_no_count(text: str) -> None:
    assert parse_count(text) is None
