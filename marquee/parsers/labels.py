"""Detail labels as the site words them, mapped to the record's fields.

Labels are compared lower-cased, without a trailing colon or a parenthesised note,
first as written and then singularised ("Ratings" are votes, "Rating" is the
certificate, so the plural is looked up before it is singularised).
Unknown labels map to None and are ignored.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "kind": ("type", "title type", "format", "category", "media type"),
    "tagline": ("tagline", "taglines", "slogan"),
    "release_date": (
        "release date", "released", "release", "premiere", "premiered", "premiere date",
        "first aired", "original release", "original release date", "air date",
        "date released", "initial release", "release year", "year", "theatrical release",
        "theatrical release date", "aired", "original air date", "first air date", "airdate",
        "original airdate", "released on", "debut", "in theaters", "in cinemas",
        "first broadcast", "original broadcast", "broadcast", "first shown", "original run",
        "year of production", "production year", "first released", "first release",
    ),
    "runtime": (
        "runtime", "run time", "length", "running time", "duration", "episode runtime",
        "episode length", "episode duration", "runtime per episode",
    ),
    "content_rating": (
        "rating", "certificate", "cert", "certification", "content rating", "rated", "mpaa rating",
        "age rating", "parental rating", "maturity rating", "classification", "tv rating",
        "mpaa", "mpa", "mpa rating", "parental guidance", "parental guide", "film rating",
    ),
    "user_rating_count": (
        "user ratings", "ratings", "user rating count", "vote", "votes", "user votes",
        "number of votes", "rating count", "ratings count", "vote count", "user rating",
        "number of ratings", "number of user ratings", "total votes", "total ratings",
    ),
    "seasons": (
        "season", "number of seasons", "season count", "total seasons", "no. of seasons",
        "no of seasons", "# of seasons",
    ),
    "genres": ("genre",),
    "countries": (
        "country", "country of origin", "countries of origin", "origin", "origin country",
        "production country", "production countries", "country/region", "countries/regions",
        "country of production", "nationality", "nationalities", "region of origin", "made in",
        "produced in",
    ),
    "studios": (
        "studio", "production company", "production co", "production co.",
        "production companies", "production", "company", "production studio",
        "production house", "produced by", "companies", "made by",
    ),
    "budget": (
        "budget", "estimated budget", "production budget", "budget (estimated)", "est. budget",
        "est budget", "cost", "costs", "production cost", "production costs", "cost of production",
        "negative cost", "estimated cost",
    ),
    "box_office": (
        "box office", "worldwide gross", "gross", "revenue", "gross worldwide",
        "box office gross", "worldwide box office", "total gross", "earnings", "takings",
        "gross revenue", "box-office", "worldwide", "cumulative worldwide gross", "lifetime gross",
        "global box office", "total box office", "receipts", "box office receipts",
    ),
    "imdb": ("imdb", "external link", "imdb id", "link"),
    "cast": ("cast", "starring", "stars", "top cast", "main cast", "actors", "cast members"),
    "cast_more": (
        "supporting actors", "supporting cast", "also starring", "co-starring", "featuring",
    ),
    "directors": ("director", "directed by", "direction", "dir", "dir."),
    "writers": (
        "writer", "written by", "screenplay", "screenplay by", "writing credits", "story by",
        "screenwriter", "scriptwriter", "teleplay", "teleplay by", "script", "script by",
    ),
}  # fmt: skip

# The same labels on localized sites (AlloCiné, Filmstarts, FilmAffinity, MYmovies,
# AdoroCinema, Naver, Eiga.com, Douban): French, German, Spanish, Italian, Portuguese, Dutch,
# Korean, Japanese, Chinese. Only words that name the field on such pages, lower-cased.
_LOCALIZED: dict[str, tuple[str, ...]] = {
    "release_date": (
        "date de sortie", "sortie", "sortie en salles", "erscheinungsdatum", "kinostart",
        "veröffentlichung", "erstausstrahlung", "fecha de estreno", "estreno", "data di uscita",
        "uscita", "data de lançamento", "lançamento", "estreia", "releasedatum", "première",
        "개봉", "개봉일", "公開日", "公開", "上映日期", "首播",
    ),
    "runtime": (
        "durée", "laufzeit", "dauer", "spieldauer", "duración", "durata", "duração",
        "speelduur", "looptijd", "러닝타임", "상영시간", "上映時間", "片长", "片長", "单集片长",
    ),
    "content_rating": (
        "classification", "altersfreigabe", "fsk", "freigabe", "clasificación", "calificación",
        "classificazione", "classificação", "classificação indicativa", "kijkwijzer", "leeftijd",
        "등급", "관람등급", "관람 등급", "レーティング", "映倫", "分级",
    ),
    "user_rating_count": ("bewertungen", "stimmen", "votos", "voti", "stemmen", "평가 수"),
    "seasons": (
        "saisons", "nombre de saisons", "staffeln", "anzahl staffeln", "temporadas", "stagioni",
        "seizoenen", "시즌", "シーズン", "季数",
    ),
    "genres": ("género", "géneros", "gênero", "gêneros", "genere", "장르", "ジャンル", "类型"),
    "countries": (
        "pays", "pays de production", "nationalité", "nationalités", "produktionsland",
        "herstellungsland", "herstellungsländer", "produktionsländer/-jahr",
        "herkunftsland", "produktionsländer", "país", "países", "país de origen", "paese",
        "nazione", "países de origem", "land", "국가", "제작국가", "製作国", "制片国家/地区",
    ),
    "studios": (
        "société de production", "sociétés de production", "produktion", "produktionsfirma",
        "produktionsfirmen", "productora", "productoras", "producción", "casa di produzione",
        "produzione", "produtora", "produtoras", "productie", "제작사", "製作会社", "制片公司",
        "出品公司",
    ),
    "budget": ("presupuesto", "orçamento", "bilancio", "제작비", "製作費", "预算"),
    "box_office": (
        "box-office monde", "box office monde", "recettes", "einspielergebnis", "recaudación",
        "taquilla", "incassi", "incasso", "bilheteria", "bilheteira", "opbrengst", "흥행수입",
        "興行収入", "票房", "全球票房", "累计票房",
    ),
    "cast": (
        "distribution", "besetzung", "darsteller", "reparto", "interpreti", "elenco",
        "출연", "出演", "主演",
    ),
    "directors": (
        "réalisateur", "réalisatrice", "réalisation", "réalisé par", "regie", "dirección",
        "director", "dirigida por", "regia", "direção", "realização", "감독", "監督", "导演",
    ),
    "writers": (
        "scénario", "scénariste", "drehbuch", "guion", "guión", "guionista", "sceneggiatura",
        "roteiro", "scenario", "각본", "脚本", "编剧",
    ),
}  # fmt: skip
# Russian (Kinopoisk, Ivi), Polish (Filmweb), Turkish (Beyazperde), Swedish, Czech (ČSFD),
# and more Japanese (eiga.com, Filmarks) and Chinese (Douban, Mtime) wordings
_LOCALIZED_MORE: dict[str, tuple[str, ...]] = {
    "tagline": ("слоган", "キャッチコピー"),
    "release_date": (
        "премьера в мире", "премьера", "дата выхода", "премьера в россии", "premiera",
        "premiera (świat)", "data premiery", "vizyon tarihi", "çıkış tarihi", "premiär",
        "premiär (sverige)", "premiéra", "劇場公開日", "公開日", "上映时间", "首映", "製作年",
        "上映日", "公開年", "放送日", "放送開始", "配信開始日", "初放送", "首播日期", "개봉년도",
        "制作年", "年份", "produktionsjahr", "année de production", "année", "año", "anno", "ano",
        "rok produkcji", "rok výroby", "год производства", "год", "yapım yılı", "productiejaar",
        "erscheinungsjahr", "année de sortie", "año de estreno", "anno di uscita",
        "ano de lançamento", "jaar", "produktionsår", "år",
    ),
    "runtime": (
        "время", "продолжительность", "хронометраж", "czas trwania", "süre", "längd",
        "speltid", "délka", "stopáž", "上映時間", "片長", "时长",
    ),
    "content_rating": (
        "рейтинг mpaa", "возраст", "возрастное ограничение", "рейтинг", "kategoria wiekowa",
        "yaş sınırı", "åldersgräns", "přístupnost", "映倫区分", "分級",
    ),
    "user_rating_count": ("оценки", "оценок", "głosy", "oy", "röster", "hodnocení", "評価数",
                          "レビュー数", "评价人数", "評分人數"),
    "seasons": ("сезоны", "сезонов", "sezony", "sezon", "säsonger", "季數"),
    "genres": ("жанр", "жанры", "gatunek", "tür", "türü", "žánr", "類型", "分類"),
    "countries": (
        "страна", "страны", "kraj produkcji", "produkcja", "ülke", "yapımcı ülke", "land",
        "produktionsland", "země", "製作国", "国家", "製作國家",
    ),
    "studios": (
        "студия", "производство", "кинокомпания", "studio", "yapım şirketi", "produktionsbolag",
        "produkce", "produkční společnost", "produkční společnosti", "製作会社", "制作会社",
        "出品",
        "製片公司",
    ),
    "budget": ("бюджет", "budżet", "bütçe", "budget", "rozpočet", "製作費", "製作成本"),
    "box_office": (
        "сборы в мире", "сборы", "сборы в сша", "box office", "hasılat", "intäkter",
        "tržby", "全世界興行収入", "興行収入", "全球票房",
    ),
    "cast": (
        "в главных ролях", "актёры", "актеры", "в ролях", "obsada", "oyuncular", "skådespelare",
        "rollista", "hrají", "キャスト", "出演者", "演员", "主演", "演員", "acteurs", "actrices",
        "schauspieler", "attori", "atores", "actores", "aktorzy", "herci", "skuespillere",
        "näyttelijät", "színészek",
    ),
    "directors": ("режиссер", "режиссёр", "reżyseria", "yönetmen", "regi", "režie", "監督"),
    "writers": ("сценарий", "сценарист", "scenariusz", "senaryo", "senarist", "manus", "scénář",
                "脚本", "編劇"),
}  # fmt: skip
# Arabic, Bengali, Greek, Hindi, Hebrew, Hungarian, Ukrainian and Thai credit and detail labels
# (Shahid, Hoichoi, Athinorama, Edna, Mafab, Kino-teatr, Major Cineplex), from the languages:
# words the apps' tables do not hold
_LOCALIZED_SCRIPTS: dict[str, tuple[str, ...]] = {
    "directors": ("إخراج", "المخرج", "পরিচালনা", "পরিচালক", "निर्देशन", "σκηνοθέτης", "בימוי",
                  "במאי", "ผู้กำกับ"),
    "writers": ("تأليف", "سيناريو", "كتابة", "চিত্রনাট্য", "কাহিনি", "पटकथा", "कहानी",
                "σεναριογράφος", "תסריט", "תסריטאי", "forgatókönyvíró", "forgatókönyv",
                "сценарій", "ผู้เขียนบท", "บทภาพยนตร์"),
    "cast": ("بطولة", "تمثيل", "الممثلون", "অভিনয়", "অভিনয়ে", "πρωταγωνιστούν", "ερμηνεύουν",
             "παίζουν", "अभिनीत", "स्टारकास्ट",
             # "With:" as a cast's label ("Met: A als X", "Avec", "Mit")
             "with", "met", "avec", "mit", "นักแสดง"),
    "genres": ("ঘরানা", "النوع", "शैली", "ประเภท"),
    "runtime": ("সময়কাল", "المدة", "अवधि", "ความยาว", "játékidő"),
    # the production company in more languages (Yahoo TW, Elonet, Beyazperde, Port.hu,
    # FilmAffinity, Danish and Arabic sites)
    # Hebrew, Hungarian, Ukrainian and Thai (Edna, Mafab, Kino-teatr, Major Cineplex)
    "content_rating": ("korhatár", "הגבלת גיל", "вік", "вікове обмеження", "เรต", "เรตภาพยนตร์"),
    "release_date": ("πρεμιέρα", "العرض الأول", "মুক্তি", "মুক্তির তারিখ", "रिलीज़", "रिलीज़ डेट",
                     "תאריך בכורה", "תאריך יציאה", "bemutató", "прем'єра", "прем'єра у світі",
                     "дата виходу", "วันที่เข้าฉาย", "วันเข้าฉาย", "ออกอากาศ"),
    "user_rating_count": ("голосів", "голосов", "szavazat", "szavazatok", "מדרגים"),
    "seasons": ("จำนวนซีซั่น", "évad", "évadok", "сезони"),
    "countries": ("ארץ", "ארץ הפקה", "ประเทศ", "країна", "ország"),
    "studios": ("製作公司", "制作公司", "出品公司", "tuotantoyhtiö", "tuotantoyhtiöt",
                "tootjafirma", "producētājkompānija", "producentkompānija", "yapım şirketleri",
                "gyártó", "gyártó cég", "compañía", "compañías",
                "produktionsselskab", "produktionsselskaber", "شركة الإنتاج", "شركات الإنتاج",
                "εταιρεία παραγωγής", "εταιρείες παραγωγής"),
}  # fmt: skip
# Georgian and Catalan (imovies.ge, Filmin), from the languages
_GEORGIAN_CATALAN: dict[str, tuple[str, ...]] = {
    "release_date": ("წელი", "გამოსვლის თარიღი", "data d'estrena", "estrena"),
    "genres": ("ჟანრი",),
    "runtime": ("ხანგრძლივობა", "durada"),
    "directors": ("რეჟისორი", "direcció", "director"),
    "writers": ("სცენარი", "სცენარისტი", "guió"),
    "studios": ("სტუდია", "producció", "productora"),
    "box_office": ("შემოსავალი", "recaptació"),
    "budget": ("ბიუჯეტი", "pressupost"),
    "cast": ("მსახიობები", "მსახიობი"),
    "countries": ("ქვეყანა",),
    "content_rating": ("qualificació", "edat recomanada"),
    "user_rating_count": ("vots",),
}  # fmt: skip
# "Production" in more languages: the company, the producers, or (Filmweb's "Produkcja") the
# countries, told apart by the values (fields._companies)
_PRODUCTION = ("продукция", "продукција", "produkcija", "proizvodnja", "produkcia", "producție",
               "produksjon", "framleiðsla", "tootmine", "tuotanto", "ražošana", "gamyba",
               "produção", "ekoizpena", "produción", "prodüksiyon", "виробництво", "παραγωγή",
               "הפקה", "إنتاج", "تولید", "istehsal", "tootja", "prodhimi", "prodhim", "өндіріс",
               "өндіруші", "արտադրություն", "ražotājs")
for _more in (_LOCALIZED_MORE, _LOCALIZED_SCRIPTS, _GEORGIAN_CATALAN):
    for _field, _labels in _more.items():
        _LOCALIZED[_field] = (*_LOCALIZED.get(_field, ()), *_labels)
_LOCALIZED["studios"] = (*_LOCALIZED["studios"], *_PRODUCTION)
for _field, _labels in _LOCALIZED.items():
    _SYNONYMS[_field] = (*_SYNONYMS[_field], *_labels)


_APP_DATA = json.loads(resources.files(__package__).joinpath("data/ui_labels.json")
                       .read_text(encoding="utf-8"))
# The field labels two media apps ship in some fifty languages (data/ui_labels.json, built by
# scripts/ui_labels.py): a label in a language nobody here listed still names its field. Read
# after the lists above, which win where the two differ.
APP_LABELS = {field: tuple(labels) for field, labels in _APP_DATA["labels"].items()}
# IMDb's genres in the same languages, lower-cased: a list of them is genres whatever labels it
GENRE_NAMES: frozenset[str] = frozenset(_APP_DATA["genre_names"])
# the app's word for a synopsis heads a section, not a detail row (common._SYNOPSIS reads it)
SYNOPSIS_HEADINGS: tuple[str, ...] = APP_LABELS.pop("synopsis", ())

# "Produced by" names the companies on some pages and the producers (people) on others
# and so does "Production" in many languages (German Wikipedia's "Produktion" is the producer)
PEOPLE_OR_COMPANIES = frozenset({"produced by", "production", "produktion", "producción",
                                 "produzione", "productie", "produkce", "производство",
                                 "producció", "produção",
                                 *_PRODUCTION})
_LOOKUP: dict[str, str] = {label: field for field, labels in APP_LABELS.items() for label in labels}
_LOOKUP.update({label: field for field, labels in _SYNONYMS.items() for label in labels})
_NOTE = re.compile(r"\s*[\(\[（][^)\]）]*[\)\]）]\s*")  # "（3）": full-width brackets too


def normalize_label(label: str) -> str:
    """ "Genres:" -> "genres"; "Release Date (US)" -> "release date"; a linked-data property's
    name "dbo:releaseDate" -> "release date"."""
    if ":" in label and (qualified := _PROPERTY.fullmatch(label.strip())):
        label = _CAMEL_HUMP.sub(" ", qualified.group(1))
    text = " ".join(label.replace("\u00a0", " ").split()).casefold().rstrip(":：").strip()
    return _NOTE.sub(" ", text).strip() if "(" in text or "[" in text or "（" in text else text


# a property as linked data names it, a vocabulary's prefix before a camel-cased name (DBpedia's
# "dbo:director", "dbp:gross", "dbo:releaseDate"; sites66 at first sight)
_PROPERTY = re.compile(r"[a-z][a-z0-9]{1,9}:([a-z]+(?:[A-Z][a-z]*)*)")
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _world_labels() -> tuple[dict[str, str], dict[str, str]]:
    """data/world_labels.json: detail labels in some eighty languages, written from the
    languages. Read after every list above, which wins: a label they map to another field is
    skipped (returned second, with the field the file gave it)."""
    data = json.loads(resources.files(__package__).joinpath("data/world_labels.json")
                      .read_text(encoding="utf-8"))
    added: dict[str, str] = {}
    skipped: dict[str, str] = {}
    for by_field in data["labels"].values():
        for field, labels in by_field.items():
            for label in labels:
                text = normalize_label(label)
                known = _LOOKUP.get(text, added.get(text))
                if known is None:
                    added[text] = field
                elif known != field:
                    skipped[text] = field
    return added, skipped


WORLD_LABELS, WORLD_SKIPPED = _world_labels()
_LOOKUP.update(WORLD_LABELS)
# the first words of the credits' labels ("starring", "directed"): a line opening with none of
# them is no "Starring A, B" credit (facts._words_line)
CREDIT_FIRST_WORDS = frozenset(
    label.split(" ")[0] for label, field in _LOOKUP.items()
    if field in {"cast", "cast_more", "directors", "writers"})
# ... and of the labels of fields whose value has a shape of its own ("Rated R", "Runtime 2h")
SHAPED_FIRST_WORDS = frozenset(
    label.split(" ")[0] for label, field in _LOOKUP.items()
    if field in {"runtime", "content_rating", "release_date", "budget", "box_office"})


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# Detail rows (dt/dd, th/td) are labels by their structure, so an unknown wording is also
# read by its key word; "Label:" lines in running text are not, and need a listed label.
_KEY_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (field, re.compile(pattern))
    for field, pattern in (
        ("budget", r"\bbudget\b"),
        ("release_date", r"\breleased?\b|\bpremiere[ds]?\b|\baired\b|\bair ?date\b|\bdebut"),
        ("box_office", r"\bbox[ -]?office\b|\bgross(?:es)?\b|\bworldwide\b|\brevenue\b"),
        ("runtime", r"\brun(?:ning)? ?time\b|\bduration\b|\blength\b"),
        (
            "content_rating",
            r"\bmpaa?\b|\bcertificat|\bclassification\b|\bparental\b|\bmaturity\b"
            r"|\b(?:age|content|tv|film) rating\b|\brating$",
        ),
        ("user_rating_count", r"\bvotes?\b|\buser ratings?\b|\bnumber of ratings\b"),
        ("seasons", r"\bseasons?\b"),
        ("genres", r"\bgenres?\b"),
        ("countries", r"\bcountr(?:y|ies)\b|\bnationalit(?:y|ies)\b"),
        ("studios", r"\bstudios?\b|\bproduction compan"),
    )
)
# a figure for part of the run or of the world, or a year where a date may be given:
# taken only when the page has no other
_PARTIAL = re.compile(
    r"\b(?:domestic|us|usa|u\.s\.|us & canada|north america|opening|weekend|festival|limited"
    r"|dvd|blu-?ray|digital|streaming|vod|home media|re-?release|years?)\b"
)
# "Film Length" (technical specs) is the print's length in metres, not the runtime
# "Season 1" or "Current Season" heads one season's episodes, not the count of seasons
_NOT_FIELDS = re.compile(
    r"\bopening weekend\b|\bfilm length\b|\bseason \d|\bseason (?:one|two|three)\b"
    r"|\b(?:dvd|blu-?ray|4k|uhd|home (?:media|video|entertainment)) release"
    r"|\b(?:current|latest|next|this|last|previous|new|upcoming|final|first) season\b"
)


@lru_cache(maxsize=1024)
def field_for(label: str) -> str | None:
    """The record field a detail label stands for, or None for labels we do not know."""
    text = normalize_label(label)
    if text in _LOOKUP:
        return _LOOKUP[text]
    if text.endswith(".") and text[:-1] in _LOOKUP:
        return _LOOKUP[text[:-1]]  # a catalogue card's "Production year." (not "Dir.")
    found = _LOOKUP.get(" ".join(singular(word) for word in text.split(" ")))
    if found is None and (by := _BY_AFTER.search(text)):
        found = _LOOKUP.get(text[: by.start()])  # "Guion de" (screenplay by): the label's own
    return found if found is not None else _qualified(label, text) or _PART_OF_ONE.get(text)


# a word for "by" closing a label ("Guion de", "Musique par", "Regie von", "Sceneggiatura di")
_BY_AFTER = re.compile(r" (?:by|de|por|par|von|di|da|door|av|af|przez|od)$")


def _parts_of_one_field() -> dict[str, str]:
    """Two words or more of a listed label of more words, where every label holding them is
    one field's: "diễn viên" of "dàn diễn viên" and "diễn viên chính" (the cast). Words two
    fields share name neither ("de production": studios and the year of production)."""
    fields: dict[str, set[str]] = {}
    for label, field in _LOOKUP.items():
        words = label.split(" ")
        for size in range(2, len(words)):
            for start in range(len(words) - size + 1):
                fields.setdefault(" ".join(words[start:start + size]), set()).add(field)
    return {part: found.pop() for part, found in fields.items()
            if len(found) == 1 and part not in _LOOKUP}


_PART_OF_ONE = _parts_of_one_field()
_QUALIFIED_FIELDS = frozenset({"budget", "box_office", "release_date", "runtime", "countries",
                               "studios", "genres", "user_rating_count", "cast",
                               "seasons"})  # fmt: skip
# qualifiers that make the label another list: the dubbing voices of a cast
_NOT_QUALIFIERS = re.compile(r"dubla|dobla|doppia|synchron|дубл|озвуч|dabing|dubbing|吹替|配音")


def _qualified(label: str, text: str) -> str | None:
    """A listed label and a word or two in lower case qualifying it ("Tržby celosvětově",
    "Сборы в мире"): the label's field. A capital ("Studio Northern") makes it a name, digits
    make it no label."""
    words = text.split(" ")
    if not 2 <= len(words) <= 4 or any(char.isdigit() for char in text):
        return None
    if any(not word.islower() for word in label.split()[1:]) or _NOT_QUALIFIERS.search(text):
        return None
    for cut in range(len(words) - 1, 0, -1):
        if len(words) - cut > 2:
            break
        found = _LOOKUP.get(" ".join(words[:cut]))
        if found in _QUALIFIED_FIELDS:
            return found
    return None


@lru_cache(maxsize=1024)
def row_field_for(label: str) -> str | None:
    """field_for a detail row's label (dt, th): an unlisted wording is also read by its key
    word ("Cumulative Worldwide Gross", "Estimated Production Budget")."""
    listed = field_for(label)
    text = normalize_label(label)
    if listed is not None or _NOT_FIELDS.search(text):
        return listed
    return next((field for field, key in _KEY_WORDS if key.search(text)), None)


@lru_cache(maxsize=1024)
def is_partial(label: str) -> bool:
    """ "Gross (Domestic)", "Opening Weekend Gross", "Release Date (Festival)": a value
    for part of the run; "Years", "Release Year": a year where a date may be given. A row
    for the whole one wins over it wherever it comes."""
    return _PARTIAL.search(" ".join(label.casefold().split())) is not None


@lru_cache(maxsize=1024)
def label_rank(label: str) -> int:
    """Which of two rows for one field wins, wherever each comes (lower wins, else the
    first): 0 a listed wording, 1 a wording read by its key word, 2 a row for part of the
    run (is_partial). An unfamiliar "Release Info" row never hides the "Release Date" below it."""
    if is_partial(label):
        return 2
    if normalize_label(label) in PEOPLE_OR_COMPANIES:
        return 1  # "Produced by": the producers on some pages, the companies on others
    return 0 if field_for(label) is not None else 1
