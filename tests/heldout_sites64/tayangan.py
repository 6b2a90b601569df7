# ruff: noqa: E501  (HTML templates read best on one line)
"""Tayangan.my (an invented Malaysian cinema and streaming guide, ms): a backdrop; the <h1> (the
meta line under it on some pages); 'Sinopsis'; the ticket button; the facts as info rows, list
items ('<span>Label:</span> value') or a paragraph of one sentence per fact: 'Pengarah',
'Penulis Skrip', 'Muzik', 'Penerbit', 'Pengarah Fotografi' (traps, one beginning with the
director's word), 'Genre', 'Negara', 'Tahun', 'Tempoh: 1 jam 51 minit' (or '111 minit'; a
series' ' setiap episod'), 'Klasifikasi' (the LPF's 'U', 'P13', '18'), 'Musim', 'Tarikh
Tayangan: 27 Oktober 1995' (or '27/10/1995') beside a later 'Tayangan di TV' (a trap), 'Syarikat
Produksi', 'Bajet' and 'Kutipan' ('US$25,000,000'), 'Bahasa' and 'Sari Kata' rows (no record
key); 'Pelakon'; the trailer; a series' episodes; the lists widget with counts and a ticket
price in ringgit (traps); 'Ulasan'; 'Tajuk Serupa'; a JSON-LD on some pages. '1,234 undian'
beside '12,345 mahu tonton' (a trap). No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites64.common import (
    Chrome,
    Site,
    Words,
    ages,
    episode_line,
    fit_rng,
    grouped_by,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "tayangan"
HOST = "tayangan.example"
BOARD = ages("U", "P13", "P13", "18", "18")
GENRES = {
    "Action": "Aksi",
    "Adventure": "Pengembaraan",
    "Animation": "Animasi",
    "Comedy": "Komedi",
    "Crime": "Jenayah",
    "Documentary": "Dokumentari",
    "Drama": "Drama",
    "Family": "Keluarga",
    "Fantasy": "Fantasi",
    "History": "Sejarah",
    "Horror": "Seram",
    "Music": "Muzik",
    "Mystery": "Misteri",
    "Romance": "Cinta",
    "Science Fiction": "Sains Fiksyen",
    "Thriller": "Thriller",
    "War": "Perang",
    "Western": "Koboi",
}
COUNTRIES = {
    "United States": "Amerika Syarikat",
    "United Kingdom": "United Kingdom",
    "France": "Perancis",
    "Germany": "Jerman",
    "Japan": "Jepun",
    "China": "China",
    "South Korea": "Korea Selatan",
    "India": "India",
    "Brazil": "Brazil",
    "Australia": "Australia",
    "Canada": "Kanada",
    "Spain": "Sepanyol",
    "Italy": "Itali",
    "Mexico": "Mexico",
    "Nigeria": "Nigeria",
    "Sweden": "Sweden",
    "Denmark": "Denmark",
    "Argentina": "Argentina",
    "Iran": "Iran",
    "Poland": "Poland",
}
MONTHS = (
    "Januari",
    "Februari",
    "Mac",
    "April",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "September",
    "Oktober",
    "November",
    "Disember",
)
PROSE = Prose(
    verbs=("pulang ke", "mewarisi", "mencari", "lari dari", "menjaga"),
    things=(
        "sebuah kampung yang dilanda banjir",
        "dusun keluarga",
        "rumah api lama",
        "lombong terbiar",
        "pekan sempadan",
    ),
    synopsis="{hero} {verb} {thing} dan mendapati bahawa {other} juga {verb2} {thing2}. {title} mengisahkan kesetiaan lama yang diuji sepanjang satu musim.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "ms",
    "Tayangan.my",
    ("Filem", "Drama Bersiri", "Di Pawagam", "Strim", "Log Masuk"),
    ("Kami menggunakan kuki untuk mengingati tetapan anda.", "Setuju", "Privasi"),
    ("Tentang Kami", "Pengiklanan", "Hubungi Kami", "Privasi", "Terma"),
    "© 2026 Tayangan.my",
    "__TAYANGAN_STATE__",
)
WORDS = Words(
    {
        "director": "Pengarah",
        "writer": "Penulis Skrip",
        "music": "Muzik",
        "producer": "Penerbit",
        "camera": "Pengarah Fotografi",
        "genre": "Genre",
        "country": "Negara",
        "year": "Tahun",
        "runtime": "Tempoh",
        "rating": "Klasifikasi",
        "seasons": "Musim",
        "released": "Tarikh Tayangan",
        "studio": "Syarikat Produksi",
        "budget": "Bajet",
        "box_office": "Kutipan",
    },
    {
        "about": "Sinopsis",
        "details": "Maklumat Filem",
        "cast": "Pelakon",
        "trailer": "Treler",
        "episodes": "Episod",
        "reviews": "Ulasan",
        "no_reviews": "Belum ada ulasan.",
        "rail": "Tajuk Serupa",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oktober 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def running(n: int, long: bool) -> str:
    """'1 jam 51 minit' or '111 minit'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} jam" + (f" {small} minit" if small else "")
    return f"{n} minit"


def votes(n: int) -> str:
    return f"{grouped_by(n, ',')} undian"


def views(n: int) -> str:
    return f"{grouped_by(n, ',')} mahu tonton"


def money(m: Money) -> str:
    """'US$25,000,000' for dollars, 'EUR 25,000,000' for other money."""
    return (
        f"US${grouped_by(m.amount, ',')}"
        if m.currency == "USD"
        else f"{m.currency} {grouped_by(m.amount, ',')}"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Bahasa", pick(rng, ("Inggeris", "Perancis", "Jerman"))),
            ("Sari Kata", pick(rng, ("Bahasa Melayu", "Bahasa Melayu, Cina"))),
        ]
    )


SITE = Site(
    NAME,
    "tyg",
    CHROME,
    WORDS,
    date_,
    running,
    " setiap episod",
    votes,
    money,
    views,
    episode_line("Episod", "Pengarah:", running, date_),
    widget(
        "Senarai Saya",
        ("Sedang Tonton", "Mahu Tonton", "Sudah Tonton", "Kegemaran"),
        "Tiket dari RM15",
    ),
    ("tayangan-maklumat", "tayangan-butiran", "prose"),
    frozenset(["audience_summary", "imdb_id", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Tayangan di TV",
    extra_rows=_more,
    cta="Beli Tiket",
    art="backdrop",
    meta_sep=" | ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
