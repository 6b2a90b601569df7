"""Detail labels: reworded, singular/plural, with colons and notes, unknown ones ignored."""

from __future__ import annotations

import pytest

from marquee.parsers.labels import field_for, normalize_label


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Genre", "genres"), ("Genres:", "genres"),
        ("Country", "countries"), ("Countries", "countries"), ("Country of Origin", "countries"),
        ("Studio", "studios"), ("Studios", "studios"), ("Production Company", "studios"),
        ("Production Co:", "studios"), ("Production Companies", "studios"),
        ("Runtime", "runtime"), ("Length:", "runtime"), ("Running Time", "runtime"),
        ("Duration", "runtime"),
        ("Release Date", "release_date"), ("Released:", "release_date"),
        ("Premiere", "release_date"), ("Release Date (US)", "release_date"),
        ("Rating", "content_rating"), ("Certificate:", "content_rating"),
        ("Content Rating", "content_rating"), ("Rated", "content_rating"),
        ("User Ratings", "user_rating_count"), ("Votes:", "user_rating_count"),
        ("Ratings", "user_rating_count"),
        ("Box Office", "box_office"), ("Worldwide Gross:", "box_office"), ("Gross", "box_office"),
        ("Revenue", "box_office"), ("Budget", "budget"), ("Type", "kind"),
        ("Seasons", "seasons"), ("Season", "seasons"),
        ("Written by", "writers"), ("Writers", "writers"), ("Director", "directors"),
        ("Directors:", "directors"),
    ],
)  # fmt: skip
def test_known_labels(label: str, field: str) -> None:
    assert field_for(label) == field


@pytest.mark.parametrize("label", ["Aspect Ratio", "Sound Mix", "Filming Locations", ""])
def test_unknown_labels_are_ignored(label: str) -> None:
    assert field_for(label) is None


def test_normalize_label() -> None:
    assert normalize_label("  Release\u00a0Date (US) : ") == "release date"


@pytest.mark.parametrize(("label", "field"), [
    ("Durée :", "runtime"), ("Laufzeit", "runtime"), ("Duración", "runtime"),
    ("러닝타임", "runtime"),
    ("Date de sortie", "release_date"), ("Erscheinungsdatum", "release_date"),
    ("Produktionsland", "countries"), ("País", "countries"), ("Regie", "directors"),
    ("Scénario", "writers"), ("Drehbuch", "writers"), ("Sociétés de production", "studios"),
    ("Einspielergebnis", "box_office"), ("Presupuesto", "budget"),
    ("Altersfreigabe", "content_rating"),
    ("Staffeln", "seasons"), ("Género", "genres"), ("監督", "directors"),
])  # fmt: skip
def test_labels_of_localized_sites(label: str, field: str) -> None:
    assert field_for(label) == field


def test_a_localized_fact_sheet_is_read() -> None:
    from marquee.extract import extract
    from marquee.items import TitleRecord

    page = (
        "<html><body><main><h1>Heat</h1><table>"
        "<tr><th>Erscheinungsdatum</th><td>15.12.1995</td></tr>"
        "<tr><th>Laufzeit</th><td>170 Min.</td></tr><tr><th>Regie</th><td>Michael Mann</td></tr>"
        "<tr><th>Produktionsland</th><td>USA</td></tr></table></main></body></html>"
    )
    record = extract("https://www.reelguide.example/movie/heat", page.encode())
    assert isinstance(record, TitleRecord)
    assert (record.runtime_minutes, record.directors, record.countries) == (
        170, ["Michael Mann"], ["USA"]
    )


# the media apps' labels (marquee/parsers/data/ui_labels.json): languages no hand list names;
# "Tuotantoyhtiö" and "მსახიობები", which the apps lack, are in the hand lists since 2.5.0
@pytest.mark.parametrize(
    ("label", "field"),
    [("Kesto", "runtime"), ("Rendező:", "directors"), ("Műfajok", "genres"),
     ("Käsikirjoittaja", "writers"), ("Biudžetas", "budget"), ("Tuotantoyhtiö", "studios"),
     ("Szereposztás", "cast"), ("Ohjaaja", "directors"), ("Sezonlar", "seasons"),
     ("მსახიობები", "cast")],
)  # fmt: skip
def test_app_labels_name_fields_in_more_languages(label: str, field: str | None) -> None:
    assert field_for(label) == field


def test_app_labels_never_take_a_word_that_names_something_else() -> None:
    import json
    from importlib import resources

    data = json.loads(resources.files("marquee.parsers").joinpath("data/ui_labels.json")
                      .read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = {}
    for field, labels in data["labels"].items():
        for label in labels:
            owners.setdefault(label, set()).add(field)
    assert all(len(fields) == 1 for fields in owners.values())
    assert not set(data["left_out"]) & set(owners)
    # "Casting" on an English page is the casting director, not the cast
    assert field_for("Casting") != "cast"
    # a listed wording wins over the apps' ("Production" names the studios here)
    assert field_for("Production") == "studios"


def test_country_names_come_from_the_prebuilt_cldr_file() -> None:
    # data/country_names.json (scripts/country_names.py): CLDR's names in 59 languages, loaded
    # without Babel's locales; the short and former names film pages use besides
    from marquee.parsers.places import countries_in

    assert countries_in("هند") == ["هند"]  # Persian
    assert countries_in("Itálie / Japonsko") == ["Itálie", "Japonsko"]  # Czech
    assert countries_in("Hàn Quốc") == ["Hàn Quốc"]  # Vietnamese
    assert countries_in("West Germany, USA") == ["West Germany", "USA"]
    assert countries_in("Drama") == []


# the hand list's labels in Arabic, Bengali, Greek, Hebrew, Hungarian, Ukrainian, Thai, Georgian
# and Catalan
@pytest.mark.parametrize(
    ("label", "field"),
    [("Korhatár", "content_rating"), ("הגבלת גיל", "content_rating"), ("תסריט", "writers"),
     ("Forgatókönyvíró", "writers"), ("Прем'єра у світі", "release_date"),
     ("Голосів", "user_rating_count"), ("ผู้กำกับ", "directors"), ("นักแสดง", "cast"),
     ("จำนวนซีซั่น", "seasons"), ("تأليف", "writers"), ("Πρωταγωνιστούν", "cast"),
     ("চিত্রনাট্য", "writers"), ("ხანგრძლივობა", "runtime"), ("რეჟისორი", "directors"),
     ("Durada", "runtime"), ("Producció", "studios")],
)  # fmt: skip
def test_hand_labels_in_more_scripts(label: str, field: str) -> None:
    assert field_for(label) == field


# data/world_labels.json: labels in some eighty languages that no earlier list holds
@pytest.mark.parametrize(
    ("label", "field"),
    [("Redateljica", "directors"), ("Dobna granica", "content_rating"),  # Croatian
     ("Ikäraja", "content_rating"), ("Lipputulot", "box_office"),  # Finnish
     ("Leikstjóri", "directors"),  # Icelandic
     ("Regjisori", "directors"), ("Kohëzgjatja:", "runtime"),  # Albanian
     ("Жас шектеуі", "content_rating"),  # Kazakh
     ("Yaş həddi", "content_rating"),  # Azerbaijani
     ("رده سنی", "content_rating"),  # Persian
     ("التصنيف العمري", "content_rating"),  # Arabic
     ("שנת הפקה", "release_date"),  # Hebrew
     ("இயக்குநர்", "directors"), ("దర్శకుడు", "directors"),  # Tamil, Telugu
     ("Ngân sách", "budget"), ("Kinh phí", "budget"),  # Vietnamese
     ("评分人数", "user_rating_count"), ("연출", "directors"),  # Chinese, Korean
     ("Gidoilaria", "writers"), ("Xénero", "genres"),  # Basque, Galician
     ("Cyfarwyddwr", "directors"), ("Waigizaji", "cast"),  # Welsh, Swahili
     ("Καταλληλότητα", "content_rating"), ("Počet řad", "seasons"),  # Greek, Czech
     ("Faixa etária", "content_rating"), ("Liczba głosów", "user_rating_count"),
     ("Gişe", "box_office"), ("Drehbuchautorin", "writers"), ("Âge minimum", "content_rating"),
     ("Кількість сезонів", "seasons"), ("Restricție de vârstă (RO)", "content_rating"),
     ("Imeongozwa na", "directors"), ("Kamfani", "studios"), ("Dyddiad cyhoeddi", "release_date"),
     ("Dréibuch", "writers"), ("Коргардон", "directors"), ("Derhêner", "directors"),
     ("Ingengo y’imari", "budget"), ("Sevenet gant", "directors"), ("Amser rhedeg", "runtime")],
)  # fmt: skip
def test_world_labels(label: str, field: str) -> None:
    assert field_for(label) == field


# producers, composers, distributors, editors, camera and the language are not fields
@pytest.mark.parametrize(
    "label",
    ["Producent", "Producenci", "Produtor", "Productor", "Produzent", "Продюсер", "Yapımcı",
     "制片人", "프로듀서", "Zeneszerző", "Muzyka", "Hudba", "Музыка", "Compositor", "音楽",
     "Distribuidora", "Verleih", "Dystrybucja", "Прокатчик", "Distribuce", "配給", "Montaż",
     "Zdjęcia", "Kamera", "Jezik", "Язык", "Język"],
)  # fmt: skip
def test_left_out_kinds_name_no_field(label: str) -> None:
    assert field_for(label) is None


# thin entries filled from Jellyfin's translated item detail labels (third round)
@pytest.mark.parametrize(
    ("label", "field"),
    [("Režiséři", "directors"), ("Scénáristé", "writers"),  # Czech
     ("Veröffentlichungsdatum", "release_date"), ("Slagzin", "tagline"),  # German, Dutch
     ("Aldursmark", "content_rating"), ("Filmsfeløg", "studios"),  # Faroese
     ("Tyylilajit", "genres"), ("Hãng phim", "studios"),  # Finnish, Vietnamese
     ("Mga direktor", "directors"), ("Argumentistas", "writers"),  # Filipino, Portuguese
     ("Уриа үг", "tagline"), ("దర్శకులు", "directors"),  # Mongolian, Telugu
     ("Koulzadoù", "seasons"), ("دەرهێنەر", "directors")],  # Breton, Sorani
)  # fmt: skip
def test_world_labels_filled_from_detail_pages(label: str, field: str) -> None:
    assert field_for(label) == field


# languages added and entries filled in the third round, from public pages and media players'
# translated labels
@pytest.mark.parametrize(
    ("label", "field"),
    [("Manusforfattar", "writers"), ("Speletid", "runtime"),  # Nynorsk
     ("ޑިރެކްޓަރު", "directors"),  # Dhivehi
     ("Reschia:", "directors"), ("Acturas ed acturs", "cast"), ("Lunghezza", "runtime"),  # Romansh
     ("Regjie", "directors"), ("Senegjature", "writers"), ("Durade", "runtime"),  # Friulian
     ("Direutores", "directors"), ("Xéneru", "genres"),  # Asturian
     ("Air a stiùireadh le", "directors"), ("Cleasaichean", "cast"),  # Scottish Gaelic
     ("רעזשיסאָר", "directors"), ("אַקטיאָרן", "cast"),  # Yiddish
     ("Chenero", "genres"), ("Djinre", "genres"), ("Tanzagt", "runtime"),  # an, wa, kab
     ("جانر", "genres"), ("ನಟರು", "cast"), ("Színészek", "cast"),  # ks, kn, hu
     ("Ôbsada", "cast"), ("Gatōnki", "genres"), ("Czas trwanio", "runtime"),  # Silesian
     ("Жанртӕ", "genres"),  # Ossetian
     ("Zasedba", "cast"), ("Кишварҳо", "countries"), ("คำโปรย", "tagline"),  # sl, tg, th
     ("Erstaufführung", "release_date"), ("Aktoraro", "cast"),  # German, Esperanto
     ("Regissöör", "directors"), ("Looptiet", "runtime"),  # Low German
     ("Prima messa in onda", "release_date"), ("İlk gösterim", "release_date"),  # it, tr
     ("Speeltijd", "runtime"), ("Nationalität", "countries"), ("卡司", "cast"),  # nl, de, zh
     ("Kina aperdato", "release_date"), ("Rolantoj", "cast"),  # Esperanto
     ("Elenc", "cast"), ("Reżyserzy", "directors"),  # Catalan, Polish
     ("Mai ba da umarni", "directors"), ("Jarumai", "cast"),  # Hausa
     ("Oludari ere", "directors"), ("Awọn oṣere", "cast"),  # Yoruba
     ("শ্রেষ্ঠাংশে", "cast"), ("Uscita nelle sale", "release_date"),  # Bengali, Italian
     ("Страны производства", "countries"), ("Afleveringsduur", "runtime"),  # ru, nl
     ("Lefatshe", "countries"), ("Tiko", "countries"), ("Shango", "countries"),  # tn ts ve
     ("Dùthaich", "countries"), ("Davomiyligi", "runtime"),  # Scottish Gaelic, Uzbek
     ("నిడివి", "runtime"), ("Zhanër", "genres")],  # Telugu, Albanian
)  # fmt: skip
def test_world_labels_third_round_languages(label: str, field: str) -> None:
    assert field_for(label) == field


# what the translated labels of the third round offered but that names another thing: a
# manager or a conductor for the director, 'time' for the runtime, the music genre 'Country',
# a 'kind' for the genre, producers, casting, a short summary for the tagline, 'Live', an
# adjective, and words that also mean 'published' (an article's date)
@pytest.mark.parametrize(
    "label",
    ["Stiùiriche", "Anemhal", "Direkteur", "Dirijyor", "指揮者", "مۇدىر", "Nako", "Nkarhi",
     "Ithuba", "Kantri", "Кантри", "Mhando", "Zorta", "Doare", "Tawsit", "מפיקים", "Casting",
     "Krōtko", "Live"],
)  # fmt: skip
def test_world_labels_third_round_left_out(label: str) -> None:
    assert field_for(label) is None


def test_world_labels_give_way_to_the_earlier_lists() -> None:
    import json
    from importlib import resources

    from marquee.parsers import labels

    data = json.loads(resources.files("marquee.parsers").joinpath("data/world_labels.json")
                      .read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = {}
    for by_field in data["labels"].values():
        for field, words in by_field.items():
            for word in words:
                owners.setdefault(normalize_label(word), set()).add(field)
    assert len(data["labels"]) >= 70
    assert all(len(fields) == 1 for fields in owners.values())  # one field a label
    for word, fields in owners.items():
        # each maps to its field unless an earlier list maps it to another (then skipped)
        expected = labels.WORLD_SKIPPED.get(word)
        assert (field_for(word) in fields) != (expected is not None)
    assert not set(owners) & labels.PEOPLE_OR_COMPANIES  # a producer or a company: not added
