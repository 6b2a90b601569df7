"""The count nouns' table (marquee/normalizers/count_nouns.py), entry by entry: each noun,
counter and word of approximation with its origin, a real string of a count table in
tests/fixtures/realworld/ or language knowledge (LANGUAGE), and what it reads."""

from __future__ import annotations

import pytest

from marquee.normalizers import parse_count
from marquee.normalizers.count_nouns import (
    APPROXIMATE,
    COUNTED,
    COUNTER_PREFIXES,
    COUNTERS,
    MODIFIERS,
)
from marquee.normalizers.numbers import MAGNITUDES
from tests.test_normalizers_realworld import read_table

LANGUAGE = "language knowledge"


def _knowledge(*words: str) -> dict[str, str]:
    return dict.fromkeys(words, LANGUAGE)


COUNTED_ORIGINS: dict[str, dict[str, str]] = {
    "en": {
        **_knowledge("screen", "theater", "theatre", "cinema", "location", "venues", "venue",
                     "sites", "ticket", "admissions", "viewer", "spectators", "visitors",
                     "attendees", "moviegoers", "votes", "vote", "rating", "reviews", "review",
                     "fans", "followers", "subscribers", "members", "episodes", "episode",
                     "seasons", "season", "users", "critics", "households", "copies", "dvds",
                     "dvd", "prints", "views", "view", "streams", "plays"),
        "screens": "3,346 screens",
        "theaters": "2,070 theaters",
        "theatres": "2,641 theatres",
        "cinemas": "1,750 cinemas",
        "locations": "3,401 locations",
        "tickets": "14 lakh tickets",
        "viewers": "more than 13 million viewers",
        "ratings": "30,321 ratings",
        "people": "10 million people",
    },
    "es": {
        **_knowledge("pantallas", "salas", "cines", "sedes", "boletos", "localidades",
                     "visitantes", "votos", "valoraciones", "reseñas", "críticas", "fans",
                     "seguidores", "miembros", "episodios", "capítulos", "temporadas",
                     "admisiones", "televidentes", "usuarios", "visualizaciones",
                     "reproducciones"),
        "entradas": "268.984 entradas vendidas",
        "espectadores": "270 mil espectadores",
        "asistentes": "196 mil asistentes",
        "personas": "336.871 personas",
        "cinéfilos": "808 mil cinéfilos",
    },
    "pt": {
        **_knowledge("telas", "salas", "cinemas", "bilhetes", "visitantes", "votos", "avaliações",
                     "críticas", "fãs", "seguidores", "membros", "episódios", "temporadas",
                     "sessões", "telespectadores", "usuários", "visualizações"),
        "ingressos": "354 mil ingressos",
        "espectadores": "270 mil espectadores",
        "pessoas": "1,18 milhão de pessoas",
    },
    "fr": {
        **_knowledge("écrans", "salles", "cinémas", "visiteurs", "votes", "notes", "critiques",
                     "abonnés", "membres", "épisodes", "saisons", "exemplaires", "dvd", "copies",
                     "vues"),
        "entrées": "237.815 entrées",
        "billets": "2 587 056 billets",
        "spectateurs": "625 682 spectateurs",
        "téléspectateurs": "+ de 50 millions de téléspectateurs",
        "fans": "près de 800.000 fans",
        "personnes": "2 877 000 personnes",
    },
    "it": {
        **_knowledge("schermi", "sale", "cinema", "biglietti", "telespettatori", "visitatori",
                     "voti", "valutazioni", "recensioni", "fan", "iscritti", "episodi", "puntate",
                     "stagioni", "persone", "copie", "visualizzazioni"),
        "spettatori": "4.317.793 spettatori",
        "presenze": "770.418 presenze",
        "ingressi": "10.244.000 ingressi",
    },
    "de": {
        **_knowledge("leinwände", "leinwänden", "kinos", "kinosäle", "kinosälen", "säle", "sälen",
                     "spielstätten", "standorte", "standorten", "tickets", "stimmen",
                     "bewertungen", "kritiken", "fans", "follower", "abonnenten", "mitglieder",
                     "mitgliedern", "folgen", "episoden", "staffeln", "personen", "ticketverkäufe",
                     "kinobesucher", "kinobesuchern", "kinozuschauer", "fernsehzuschauer",
                     "kopien", "kinotickets", "zuschauerinnen", "besucherinnen", "aufrufe",
                     "abrufe"),
        "eintrittskarten": "rund 19.000 Eintrittskarten",
        "karten": "360.000 Karten",
        "kinokarten": "42,7 Millionen Kinokarten",
        "besucher": "200.000 Besucher",
        "besuchern": "3,7 Mio. Besuchern",
        "zuschauer": "820.000 Zuschauer",
        "zuschauern": "3,32 Mio. Zuschauern",
        "kinogänger": "2,5 Mio. Kinogänger",
        "kinogängern": "160.000 Kinogängern",
        "interessenten": "rund 15.000 Interessenten",
        "menschen": "865.000 Menschen",
        "ticketverkäufen": "rund 133.000 Ticketverkäufen",
    },
    "nl": {
        **_knowledge("schermen", "zalen", "bioscopen", "locaties", "kaartjes", "tickets",
                     "kijkers", "toeschouwers", "stemmen", "beoordelingen", "recensies", "fans",
                     "volgers", "leden", "afleveringen", "seizoenen", "bioscoopbezoekers",
                     "kopieën"),
        "bezoekers": "15.726 bezoekers",
        "mensen": "1,64 miljoen mensen",
        "bioscoopkaartjes": "ruim 29,3 miljoen bioscoopkaartjes",  # judge8_counts.tsv
    },
    "pl": {
        **_knowledge("ekranów", "ekrany", "ekranami", "kin", "kinach", "kina", "sal", "salach",
                     "bilety", "widzowie", "głosów", "ocen", "recenzji", "fanów", "obserwujących",
                     "członków", "odcinków", "odcinki", "odcinkach", "sezonów", "sezony",
                     "kinomanów", "kopiach", "kopii", "wyświetleń"),
        "ekranach": "330 ekranach",
        "biletów": "1 867 274 sprzedanych biletów",
        "widzów": "100 946 widzów",
        "widzami": "1 676 373 widzami",
        "osób": "191 900 osób",
    },
    "cs": {
        **_knowledge("kin", "kinech", "sálů", "sálech", "plátnech", "vstupenek", "lístků",
                     "divákům", "návštěvníků", "hlasů", "hodnocení", "recenzí", "fanoušků",
                     "členů", "dílů", "epizod", "sérií", "řad", "osob", "kopiích", "kopií"),
        "diváků": "290.000 diváků",
        "lidí": "přes 394.000 lidí",
    },
    "ru": {
        **_knowledge("экранах", "экрана", "экраны", "кинотеатров", "кинотеатра", "кинотеатры",
                     "залов", "залах", "площадок", "билетов", "билета", "зрителя", "зрители",
                     "посетителей", "голосов", "голоса", "оценки", "отзывов", "рецензий",
                     "поклонников", "подписчиков", "участников", "серий", "серии", "эпизодов",
                     "сезонов", "сезона", "людей", "копий", "копиях", "копиями", "просмотров"),
        "экранов": "2,3 тыс. экранов",
        "кинотеатрах": "1 452 кинотеатрах",
        "зрителей": "1400 зрителей",
        "оценок": "17 млн оценок",
        "человек": "1,6 млн человек",
    },
    "uk": {
        **_knowledge("екранів", "екранах", "екрани", "кінотеатрів", "кінотеатрах", "залів",
                     "квитків", "глядачі", "відвідувачів", "голосів", "оцінок", "відгуків",
                     "рецензій", "шанувальників", "підписників", "серій", "епізодів", "сезонів",
                     "осіб", "людей", "копій", "копіями"),
        "глядачів": "405 312 глядачів",
    },
    "tr": {
        **_knowledge("sinemada", "sinemaya", "salon", "salonda", "salona", "perde", "perdede",
                     "ekran", "ekranda", "izleyici", "izleyiciye", "ziyaretçi", "oy",
                     "değerlendirme", "yorum", "takipçi", "üye", "bölüm", "sezon", "kişiyle",
                     "kişinin", "izleyicinin", "sinemanın", "salonun", "hayran", "kopya",
                     "kopyayla", "izlenme"),
        "sinema": "263 sinema",
        "bilet": "202 milyon bilet",
        "seyirci": "148.329 seyirci",
        "seyirciye": "1,5 milyon seyirciye",
        "seyirciyle": "212 bin 429 seyirciyle",
        "kişi": "4 milyon 967 bin 153 kişi",
        "kişiye": "743 bin 358 kişiye",
        "izleyiciyle": "4 milyon 256 bin 567 izleyiciyle",
    },
    "sv": {
        **_knowledge("biografer", "salonger", "biljetter", "besökare", "tittare", "röster",
                     "recensioner", "följare", "medlemmar", "avsnitt", "säsonger", "personer",
                     "kopior"),
        "biobesökare": "över 100 000 biobesökare",
    },
    "da": {
        **_knowledge("biografer", "biografgængere", "besøgende", "seere", "stemmer", "anmeldelser",
                     "følgere", "medlemmer", "afsnit", "sæsoner", "personer"),
        "billetter": "11.379 billetter",
    },
    "no": {
        **_knowledge("kinoer", "kinosaler", "billetter", "kinobesøkende", "besøkende", "seere",
                     "stemmer", "anmeldelser", "følgere", "medlemmer", "episoder", "sesonger",
                     "personer"),
    },
    "hu": {
        **_knowledge("moziban", "moziteremben", "jegy", "jegyet", "nézővel", "látogató",
                     "szavazat", "értékelés", "kritika", "rajongó", "követő", "epizód", "évad",
                     "ember", "fő", "kópiával"),
        "néző": "60 ezer néző",
        "nézőt": "28.000 nézőt",
    },
    "vi": {
        **_knowledge("rạp", "phòng", "suất", "lượt", "khán", "người", "tập", "mùa"),
        "vé": "261.385 vé",
    },
    # round 12: Catalan (language knowledge; judge13, the development table, held "400.000
    # seguidors")
    "ca": {
        **_knowledge("pantalles", "sales", "cinemes", "entrades", "espectadors", "visitants",
                     "vots", "seguidors", "persones", "episodis", "temporades"),
    },
    "id": {
        **_knowledge("layar", "bioskop", "pengunjung", "ulasan", "penggemar", "pengikut",
                     "anggota", "episode", "musim"),
        "tiket": "6,8 juta tiket terjual",
        "penonton": "1.845.532 penonton",
        "orang": "3,4 juta orang",
    },
    # round 14: Greek and Albanian (language knowledge; judge14, the development table, held
    # Greek tickets and spectators in halls and Albanian tickets)
    "el": {
        **_knowledge("εισιτήρια", "θεατές", "τηλεθεατές", "αίθουσες", "αίθουσα", "οθόνες",
                     "κινηματογράφους", "ψήφους", "επεισόδια", "άτομα"),
    },
    "sq": {
        **_knowledge("bileta", "biletave", "shikues", "shikuesit", "spektatorë", "njerëz",
                     "vota"),
    },
    # round 15: Slovak and Latvian (language knowledge; judge15, the development table, held
    # Slovak viewers and attendance and Latvian viewers)
    "sk": {
        **_knowledge("divákov", "diváci", "divákom", "návštevníkov", "ľudí", "osôb",
                     "vstupeniek", "lístkov", "hlasov", "kinách", "sálach", "epizód",
                     "návštevnosť", "návštevnosťou"),
    },
    "lv": {
        **_knowledge("skatītāji", "skatītāju", "skatītājiem", "apmeklētāji", "apmeklētāju",
                     "apmeklētājiem", "biļetes", "biļešu", "cilvēki", "cilvēku", "balsis",
                     "balsu"),
    },
}  # fmt: skip
MODIFIER_ORIGINS: dict[str, dict[str, str]] = {
    "en": {
        **_knowledge("north", "domestic", "imax", "tv", "premium", "additional", "more", "new",
                     "unique", "sold", "paid", "daily", "live", "u", "imdb", "critic", "user",
                     "audience", "verified", "fresh"),
        "total": "760,000 total viewers",  # judge32
    },
    "de": {
        **_knowledge("deutsche", "verkaufte", "zahlende", "weitere", "tv"),
        "verkaufter": "einer halben Mio. verkaufter Tickets",
    },
    "ru": {
        **_knowledge("проданных", "новых"),
        "российских": "почти 500 тысяч российских зрителей",
    },
    "es": {"nuevos": "478 mil nuevos espectadores"},
    "hu": {**_knowledge("leadott")},  # "cast" (votes): judge13 held "15 ezer leadott szavazat"
    "vi": {"đầu": "300 nghìn đầu vé"},
}  # fmt: skip
COUNTER_ORIGINS: dict[str, dict[str, str]] = {
    "ja": {
        **_knowledge("館", "回", "票", "件", "話", "枚", "席", "再生"),
        "スクリーン": "374スクリーン",
        "人": "25万7,990人",
        "名": "3万9638名",
    },
    "zh": {
        **_knowledge("人次", "次", "场", "場", "家", "块", "塊", "张", "張", "票", "件", "集",
                     "季", "部", "位"),
        "人": "25万7,990人",
        "名": "3万9638名",
    },
    "ko": {
        **_knowledge("개관", "관", "곳", "편", "회", "화", "석", "표", "스크린", "상영관", "뷰"),
        "개": "스크린 1367개",
        "명": "70만 1307명",
    },
}  # fmt: skip
COUNTER_PREFIX_ORIGINS: dict[str, dict[str, str]] = {
    "ko": {
        **_knowledge("여"),
    },
    "zh": {
        **_knowledge("多", "余", "餘"),
    },
    "ja": {
        **_knowledge("余"),
    },
}  # fmt: skip
APPROXIMATE_ORIGINS: dict[str, dict[str, str]] = {
    "en": {
        **_knowledge("about", "around", "nearly", "almost", "some", "approx."),
        "over": "over 17M",
        "more than": "more than 13 million viewers",
    },
    "es": {
        **_knowledge("casi", "cerca de", "alrededor de", "unos", "unas", "aproximadamente"),
        "más de": "más de 3 millones de espectadores",
    },
    "pt": {
        **_knowledge("quase", "cerca de", "perto de", "aproximadamente", "uns"),
        "mais de": "Mais de 526 mil",
    },
    "fr": {
        **_knowledge("plus de", "environ", "quelque"),
        "près de": "près de 800.000 fans",
    },
    "it": {
        **_knowledge("oltre", "circa", "quasi", "più di"),
    },
    "de": {
        **_knowledge("etwa", "ca.", "über", "fast", "knapp", "mehr als"),
        "rund": "rund 19.000 Eintrittskarten",
    },
    "ru": {
        **_knowledge("около", "более", "почти", "свыше"),
    },
    "ja": {
        "約": "約2,350万人",
    },
    "zh": {
        **_knowledge("约", "近", "逾", "超过", "超過"),
        "約": "約2,350万人",
    },
    "ko": {
        "약": "약 50만명",
    },
}  # fmt: skip

_TABLES = [
    (COUNTED, COUNTED_ORIGINS), (MODIFIERS, MODIFIER_ORIGINS), (COUNTERS, COUNTER_ORIGINS),
    (COUNTER_PREFIXES, COUNTER_PREFIX_ORIGINS), (APPROXIMATE, APPROXIMATE_ORIGINS),
]
_COUNT_TABLES = ("judge_counts", "judge2_counts", "judge3_counts", "judge4_counts",
                 "judge5_counts", "judge6_counts", "judge8_counts", "judge9_counts",
                 "judge10_counts", "tune3_counts", "tune4_counts")
_REAL = {row["raw_string"]: row for table in _COUNT_TABLES for row in read_table(table)}


@pytest.mark.parametrize(("table", "origins"), _TABLES)
def test_every_entry_has_its_origin(
    table: dict[str, tuple[str, ...]], origins: dict[str, dict[str, str]]
) -> None:
    assert {lang: set(words) for lang, words in table.items()} == {
        lang: set(words) for lang, words in origins.items()
    }


def _real_origins() -> list[tuple[str, str]]:
    return [
        (word, origin)
        for _, origins in _TABLES
        for words in origins.values()
        for word, origin in words.items()
        if origin != LANGUAGE
    ]


@pytest.mark.parametrize(("word", "origin"), _real_origins())
def test_a_real_origin_is_a_row_read_right(word: str, origin: str) -> None:
    row = _REAL[origin]
    assert word.casefold() in origin.casefold()
    assert parse_count(origin) == int(row.get("expected") or row["expected_count"])


_NOUNS = sorted({word for table in (COUNTED, MODIFIERS) for ws in table.values() for word in ws})


@pytest.mark.parametrize("word", _NOUNS)
def test_a_noun_reads_its_count(word: str) -> None:
    assert parse_count(f"1,234 {word}") == 1234
    assert parse_count(f"2,5 млн {word}") == 2500000
    # the noun is no magnitude: a word before it that looks like one (it shares a magnitude's
    # stem, "mil") but is not known still gives no bare number
    assert parse_count(f"323 milzq {word}") is None


@pytest.mark.parametrize("counter", sorted({c for cs in COUNTERS.values() for c in cs}))
def test_a_counter_reads_its_count(counter: str) -> None:
    assert parse_count(f"1367{counter}") == 1367
    assert parse_count(f"1367 {counter}") == 1367
    assert parse_count(f"12万{counter}") == 120000
    for prefix in (p for ps in COUNTER_PREFIXES.values() for p in ps):
        assert parse_count(f"1367{prefix}{counter}") == 1367


@pytest.mark.parametrize(
    "word", sorted({w for lang, ws in APPROXIMATE.items() if lang not in ("ja", "zh", "ko")
                    for w in ws})
)
def test_a_word_of_approximation_keeps_the_number(word: str) -> None:
    assert parse_count(f"{word} 19.000 Zuschauer") == 19000


@pytest.mark.parametrize("word", [w for lang in ("ja", "zh", "ko") for w in APPROXIMATE[lang]])
def test_a_cjk_word_of_approximation_joins_the_number(word: str) -> None:
    assert parse_count(f"{word}374人") == 374
    assert parse_count(f"{word} 374人") == 374


def test_no_noun_is_a_magnitude() -> None:
    nouns = {w.casefold() for table in (COUNTED, MODIFIERS) for ws in table.values() for w in ws}
    assert not nouns & {w.casefold() for w in MAGNITUDES}


@pytest.mark.parametrize(
    ("raw", "count"),
    [
        # Spanish and Portuguese "mil" is a thousand before their nouns, or after their words
        # of approximation with nothing after it (judge6: "Mais de 526 mil")
        ("196 mil asistentes", 196000), ("12 mil pantallas", 12000),
        ("más de 3 mil", 3000), ("cerca de 40 mil", 40000),
        # a particle after a counter ("374館で公開": opened in 374 theatres)
        ("374館で公開", 374), ("스크린 1367개에서", 1367), ("3000家影院", 3000),
        # a CJK word joined before the number; "more than" before the counter
        ("全国374館", 374), ("1,000여 명", 1000), ("1000여개", 1000), ("1000多人", 1000),
    ],
)  # fmt: skip
def test_round6_counts(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize(
    "raw",
    [
        "3 mil", "3 mil votos", "más de 3 mil votos",  # a rating widget's "mil" may be English
        "2次元",  # "two-dimensional": a counter's character starting another word
        "第3話",  # an ordinal: episode 3, no count
        # a word that shares a magnitude's stem but is none we know: Malayalam "crore" with a
        # case ending (judge7_money.tsv: "7.65 കോടിയിലേക്ക്")
        "7 കോടിയിലേക്ക്",
        "2 seasons, 20 episodes",  # two counts, neither the one
    ],
)
def test_round6_no_count(raw: str) -> None:
    assert parse_count(raw) is None



def test_a_hyphenated_magnitude() -> None:
    assert parse_count("1.2-million viewers") == 1200000
