"""What a film/TV pipeline counts, as data: the nouns written after a count in each language
(with the cases and plurals a number takes), the CJK counters joined to it, and the words of
approximation before it. A count is read only when the word after it is one of these or is
clearly no part of it (issue 12): an unknown word may be a magnitude ("323 milyon").
Each entry's origin (a real string or "language knowledge") is in
tests/test_normalizers_count_nouns.py."""

from __future__ import annotations

# screens, theatres, cinemas, locations, venues, tickets, admissions, viewers, spectators,
# visitors, attendees, votes, ratings, reviews, fans, followers, members, episodes, seasons
COUNTED: dict[str, tuple[str, ...]] = {
    "en": (
        "screens", "screen", "theaters", "theater", "theatres", "theatre", "cinemas",
        "cinema", "locations", "location", "venues", "venue", "sites", "tickets", "ticket",
        "admissions", "viewers", "viewer", "spectators", "visitors", "attendees",
        "moviegoers", "votes", "vote", "ratings", "rating", "reviews", "review", "fans",
        "followers", "subscribers", "members", "episodes", "episode", "seasons", "season",
        "people", "users", "critics", "households", "copies", "dvds", "dvd", "prints",
        "views", "view", "streams", "plays",
    ),
    "es": (
        "pantallas", "salas", "cines", "sedes", "entradas", "boletos", "localidades",
        "espectadores", "asistentes", "visitantes", "votos", "valoraciones", "reseñas",
        "críticas", "fans", "seguidores", "miembros", "episodios", "capítulos",
        "temporadas", "personas", "admisiones", "televidentes", "usuarios",
        "visualizaciones", "reproducciones", "cinéfilos",
    ),
    "pt": (
        "telas", "salas", "cinemas", "ingressos", "bilhetes", "espectadores", "pessoas",
        "visitantes", "votos", "avaliações", "críticas", "fãs", "seguidores", "membros",
        "episódios", "temporadas", "sessões", "telespectadores", "usuários",
        "visualizações",
    ),
    "fr": (
        "écrans", "salles", "cinémas", "entrées", "billets", "spectateurs",
        "téléspectateurs", "visiteurs", "votes", "notes", "critiques", "fans", "abonnés",
        "membres", "épisodes", "saisons", "personnes", "exemplaires", "dvd", "copies",
        "vues",
    ),
    "it": (
        "schermi", "sale", "cinema", "biglietti", "spettatori", "telespettatori",
        "presenze", "visitatori", "voti", "valutazioni", "recensioni", "fan", "iscritti",
        "episodi", "puntate", "stagioni", "persone", "ingressi", "copie",
        "visualizzazioni",
    ),
    "de": (
        "leinwände", "leinwänden", "kinos", "kinosäle", "kinosälen", "säle", "sälen",
        "spielstätten", "standorte", "standorten", "tickets", "eintrittskarten", "karten",
        "kinokarten", "besucher", "besuchern", "zuschauer", "zuschauern", "kinogänger",
        "kinogängern", "stimmen", "bewertungen", "kritiken", "fans", "follower",
        "abonnenten", "mitglieder", "mitgliedern", "folgen", "episoden", "staffeln",
        "interessenten", "menschen", "personen", "ticketverkäufe", "ticketverkäufen",
        "kinobesucher", "kinobesuchern", "kinozuschauer", "fernsehzuschauer", "kopien",
        "kinotickets", "zuschauerinnen", "besucherinnen", "aufrufe", "abrufe",
    ),
    "nl": (
        "schermen", "zalen", "bioscopen", "locaties", "kaartjes", "tickets", "bezoekers",
        "kijkers", "toeschouwers", "stemmen", "beoordelingen", "recensies", "fans",
        "volgers", "leden", "afleveringen", "seizoenen", "mensen", "bioscoopbezoekers",
        "kopieën", "bioscoopkaartjes",  # judge8: "ruim 29,3 miljoen bioscoopkaartjes"
    ),
    "pl": (
        "ekranów", "ekranach", "ekrany", "ekranami", "kin", "kinach", "kina", "sal",
        "salach", "biletów", "bilety", "widzów", "widzowie", "widzami", "osób", "głosów",
        "ocen", "recenzji", "fanów", "obserwujących", "członków", "odcinków", "odcinki",
        "odcinkach", "sezonów", "sezony", "kinomanów", "kopiach", "kopii",
        "wyświetleń",
    ),
    "cs": (
        "kin", "kinech", "sálů", "sálech", "plátnech", "vstupenek", "lístků", "diváků",
        "divákům", "návštěvníků", "hlasů", "hodnocení", "recenzí", "fanoušků", "členů",
        "dílů", "epizod", "sérií", "řad", "lidí", "osob", "kopiích", "kopií",
    ),
    "ru": (
        "экранов", "экранах", "экрана", "экраны", "кинотеатров", "кинотеатрах",
        "кинотеатра", "кинотеатры", "залов", "залах", "площадок", "билетов", "билета",
        "зрителей", "зрителя", "зрители", "посетителей", "голосов", "голоса", "оценок",
        "оценки", "отзывов", "рецензий", "поклонников", "подписчиков", "участников",
        "серий", "серии", "эпизодов", "сезонов", "сезона", "человек", "людей", "копий",
        "копиях", "копиями", "просмотров",
    ),
    "uk": (
        "екранів", "екранах", "екрани", "кінотеатрів", "кінотеатрах", "залів", "квитків",
        "глядачів", "глядачі", "відвідувачів", "голосів", "оцінок", "відгуків", "рецензій",
        "шанувальників", "підписників", "серій", "епізодів", "сезонів", "осіб", "людей",
        "копій", "копіями",
    ),
    # Turkish adds its case endings to the noun: "263 sinemada" (in 263 cinemas)
    "tr": (
        "sinema", "sinemada", "sinemaya", "salon", "salonda", "salona", "perde", "perdede",
        "ekran", "ekranda", "bilet", "seyirci", "seyirciye", "seyirciyle", "izleyici",
        "izleyiciye", "ziyaretçi", "oy", "değerlendirme", "yorum", "takipçi", "üye",
        "bölüm", "sezon", "kişi", "kişiye", "kişiyle", "kişinin", "izleyicinin", "izleyiciyle",
        "sinemanın", "salonun", "hayran", "kopya", "kopyayla",
        "izlenme",
    ),
    "sv": (
        "biografer", "salonger", "biljetter", "biobesökare", "besökare", "tittare", "röster",
        "recensioner", "följare", "medlemmar", "avsnitt", "säsonger", "personer", "kopior",
    ),
    "da": (
        "biografer", "billetter", "biografgængere", "besøgende", "seere", "stemmer",
        "anmeldelser", "følgere", "medlemmer", "afsnit", "sæsoner", "personer",
    ),
    "no": (
        "kinoer", "kinosaler", "billetter", "kinobesøkende", "besøkende", "seere", "stemmer",
        "anmeldelser", "følgere", "medlemmer", "episoder", "sesonger", "personer",
    ),
    "hu": (
        "moziban", "moziteremben", "jegy", "jegyet", "néző", "nézőt", "nézővel",
        "látogató", "szavazat", "értékelés", "kritika", "rajongó", "követő", "epizód",
        "évad", "ember", "fő", "kópiával",
    ),
    # Vietnamese nouns are written in words; the first word is what follows the number
    "vi": ("rạp", "phòng", "suất", "vé", "lượt", "khán", "người", "tập", "mùa"),
    # round 12 (judge13): Catalan ("400.000 seguidors")
    "ca": (
        "pantalles", "sales", "cinemes", "entrades", "espectadors", "visitants", "vots",
        "seguidors", "persones", "episodis", "temporades",
    ),
    "id": (
        "layar", "bioskop", "tiket", "penonton", "pengunjung", "orang", "ulasan",
        "penggemar", "pengikut", "anggota", "episode", "musim",
    ),
    # round 14: Greek and Albanian ("640 εισιτήρια σε 5 αίθουσες": tickets in halls; "10 mijë
    # bileta": tickets, which shares a magnitude's stem, "bil")
    "el": (
        "εισιτήρια", "θεατές", "τηλεθεατές", "αίθουσες", "αίθουσα", "οθόνες", "κινηματογράφους",
        "ψήφους", "επεισόδια", "άτομα",
    ),
    "sq": ("bileta", "biletave", "shikues", "shikuesit", "spektatorë", "njerëz", "vota"),
    # round 15: Slovak (Czech's "diváků" is "divákov") and Latvian, in the cases a number
    # takes ("5 017 476 divákov", "173 538 skatītāji", "ar 4000 skatītājiem": with viewers)
    "sk": (
        "divákov", "diváci", "divákom", "návštevníkov", "ľudí", "osôb", "vstupeniek",
        "lístkov", "hlasov", "kinách", "sálach", "epizód", "návštevnosť", "návštevnosťou",
    ),
    "lv": (
        "skatītāji", "skatītāju", "skatītājiem", "apmeklētāji", "apmeklētāju",
        "apmeklētājiem", "biļetes", "biļešu", "cilvēki", "cilvēku", "balsis", "balsu",
    ),
}  # fmt: skip

# words that stand between a number and its noun and are clearly no magnitude
# ("3,401 North American locations", "400 IMAX screens", "3,5 Mio. TV-Zuschauer")
MODIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("north", "domestic", "imax", "tv", "premium", "additional", "more", "new",
           "unique", "sold", "paid", "daily", "live", "u", "imdb", "critic", "user", "audience",
           "verified", "fresh", "total"),  # "1,684 total views" (judge32)
    "de": ("deutsche", "verkaufte", "zahlende", "weitere", "tv", "verkaufter"),
    "ru": ("проданных", "новых", "российских"),
    "es": ("nuevos",),
    "hu": ("leadott",),  # "15 ezer leadott szavazat" (cast votes)
    "vi": ("đầu",),  # "300 nghìn đầu vé": "head" before tickets
}  # fmt: skip

# Japanese, Chinese and Korean join a counter to the number ("374スクリーン", "스크린 1367개",
# "3000家影院"); a particle may follow it ("374館で公開")
COUNTERS: dict[str, tuple[str, ...]] = {
    "ja": ("スクリーン", "館", "人", "名", "回", "票", "件", "話", "枚", "席", "再生"),
    "zh": ("人次", "人", "名", "次", "场", "場", "家", "块", "塊", "张", "張", "票",
           "件", "集", "季", "部", "位"),
    "ko": ("개관", "개", "명", "관", "곳", "편", "회", "화", "석", "표", "스크린", "상영관",
           "뷰"),
}  # fmt: skip
# "more than, some" between the number and its counter ("1,000여 명", "1000多人", "1000余人")
COUNTER_PREFIXES: dict[str, tuple[str, ...]] = {"ko": ("여",), "zh": ("多", "余", "餘"),
                                                "ja": ("余",)}
# what may follow a counter in the same run of letters (particles, "and more", "over")
PARTICLES: tuple[str, ...] = (
    "で", "に", "を", "が", "は", "の", "と", "も", "以上", "超", "余り", "余", "強",
    "的", "左右", "多", "餘", "以上", "影院", "银幕", "銀幕",
    "에서", "의", "을", "를", "이", "가", "은", "는", "에", "으로", "로", "과", "와", "도", "이상",
    "여",
)  # fmt: skip

# words of approximation before a number ("rund 19.000", "Mais de 526 mil", "約374人")
APPROXIMATE: dict[str, tuple[str, ...]] = {
    "en": ("about", "around", "nearly", "almost", "over", "more than", "some", "approx."),
    "es": ("más de", "casi", "cerca de", "alrededor de", "unos", "unas", "aproximadamente"),
    "pt": ("mais de", "quase", "cerca de", "perto de", "aproximadamente", "uns"),
    "fr": ("plus de", "près de", "environ", "quelque"),
    "it": ("oltre", "circa", "quasi", "più di"),
    "de": ("rund", "etwa", "ca.", "über", "fast", "knapp", "mehr als"),
    "ru": ("около", "более", "почти", "свыше"),
    # joined to the number ("約374人", "近1000人", "약1367명")
    "ja": ("約",), "zh": ("约", "約", "近", "逾", "超过", "超過"), "ko": ("약",),
}  # fmt: skip
# languages whose "mil" is a thousand ("196 mil asistentes", "Mais de 526 mil")
MIL_THOUSAND = ("es", "pt")
# nouns of a rating widget, which abbreviates as in English ("3 mil votos" stays unread)
RATING_NOUNS = frozenset({"votos", "valoraciones", "avaliações"})


def words_of(table: dict[str, tuple[str, ...]], languages: tuple[str, ...] | None = None) -> (
    frozenset[str]
):
    """The words of some languages of a table (all by default), casefolded."""
    return frozenset(
        word.casefold()
        for language, words in table.items()
        if languages is None or language in languages
        for word in words
    )
