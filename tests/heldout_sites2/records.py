"""Synthetic title records: what a title IS, before any design renders it.

Copied from tests/heldout_sites/records.py so this held-out set stands alone.

A `Title` holds every fact a page may show; `expected()` turns it into the spec dict
(/work/shared/site-sample/README.md). Designs may `fit` a title to what they can show
(rounded money, their own language) before rendering, so expected is always what the page says.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

WORDS = ("Amber", "Harbor", "Glass", "Winter", "Orchard", "Velvet", "Signal", "Crown", "Ember",
         "Northern", "Quiet", "Paper", "Iron", "Distant", "Hollow", "Silver", "Lantern", "Tide",
         "Salt", "Meridian", "Copper", "Wild", "Echo", "Harvest", "Thunder", "Saint", "Violet",
         "Ferry", "Canyon", "Midnight", "Borrowed", "Last", "Seventh", "Broken", "River", "Static",
         "Honey", "Ghost", "Marble", "Atlas", "Paradise", "Kingdom", "Garden", "Voyage", "Comet")
SHAPES = ("{a} {b}", "The {a} {b}", "{a} of the {b}", "{a}", "{a} & {b}", "A {a} {b}",
          "{a} {b}: {c}", "Return to {a} {b}", "{a}'s {b}")
FIRST = ("Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas",
         "Kaveh", "Lucia", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tamsin",
         "Umar", "Valeria", "Wen", "Ximena", "Yusuf", "Zofia", "Amara", "Bao", "Céline", "Declan",
         "Esperanza", "Folake", "Grégoire", "Hiroshi", "Ingrid", "Jae-won", "Kofi", "Leilani")
LAST = ("Ulloa", "Gallo", "Haddad", "Takahashi", "Eriksen", "Dubois", "Moreau", "Sato",
        "Zaragoza", "Kowalski", "Fontaine", "Varga", "Nakamura", "Rossi", "Weiss", "Ivanova",
        "O'Connell", "Okafor", "Lindqvist", "Brennan", "Castellanos", "Mbeki", "Novak", "Quist",
        "Achterberg", "Papadakis", "Kim", "Reyes", "Løvland", "Szabó", "Adeyemi", "Hartmann")
CHARACTER_EXTRAS = ("Himself", "Herself", "Narrator (voice)", "Detective {l}", "Dr. {l}",
                    "Young {f}", "{f} (voice)", "Officer {l}", "{f} / {g}", "Mrs. {l}")
STUDIO_SHAPES = ("{l} Pictures", "{l} Films", "{w} Entertainment", "{w} Media", "{l} & {m}",
                 "Studio {w}", "{w} Road Productions", "{l} Film Partners", "{w} House")
GENRES = ("Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama",
          "Family", "Fantasy", "History", "Horror", "Music", "Mystery", "Romance",
          "Science Fiction", "Thriller", "War", "Western")
COUNTRIES = ("United States", "United Kingdom", "France", "Germany", "Japan", "China",
             "South Korea", "India", "Brazil", "Australia", "Canada", "Spain", "Italy", "Mexico",
             "Nigeria", "Sweden", "Denmark", "Argentina", "Iran", "Poland")
PLATFORMS = ("Netflix", "Max", "Hulu", "Amazon Prime Video", "Disney+", "Apple TV", "Peacock",
             "Paramount+", "MUBI", "Kanopy", "Criterion Channel", "Tubi", "Starz", "Pluto TV")
FILM_RATINGS = {"us": ("G", "PG", "PG-13", "R", "NC-17", "Not Rated"),
                "uk": ("U", "PG", "12A", "15", "18"),
                "de": ("FSK 0", "FSK 6", "FSK 12", "FSK 16", "FSK 18"),
                "au": ("G", "PG", "M", "MA15+", "R18+")}
TV_RATINGS = ("TV-Y", "TV-G", "TV-PG", "TV-14", "TV-MA")
CURRENCY_BY_COUNTRY = {"France": "EUR", "Germany": "EUR", "Spain": "EUR", "Italy": "EUR",
                       "United Kingdom": "GBP", "Japan": "JPY", "China": "CNY",
                       "South Korea": "KRW", "India": "INR", "Brazil": "BRL",
                       "Australia": "AUD", "Canada": "CAD"}
# rough units per US dollar, so budgets look plausible in their currency
PER_DOLLAR = {"USD": 1, "EUR": 1, "GBP": 1, "JPY": 150, "CNY": 7, "KRW": 1300, "INR": 80,
              "BRL": 5, "AUD": 2, "CAD": 1, "DEM": 2}
VERBS = ("returns to", "inherits", "hunts for", "runs from", "falls for", "uncovers", "guards",
         "loses", "rebuilds", "betrays", "searches for", "smuggles")
THINGS = ("a flooded village", "the family orchard", "a stolen violin", "an old lighthouse",
          "a failing circus", "the last ferry", "a silent radio station", "her brother's debts",
          "a forgotten mine", "a border town", "the winter market", "a rival crew")
TAGLINES = ("Every {w} has a price.", "Some doors stay closed.", "Nobody leaves {t}.",
            "The tide always comes back.", "One summer. One chance.", "Trust no {w}.",
            "What happens if it actually works?", "Home is a dangerous place.")


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str


@dataclass(frozen=True)
class Streaming:
    available: bool
    platforms: tuple[str, ...]
    verified_on: date
    counted: bool  # False: the page only says "not on any service yet", no count (spec: null)


@dataclass(frozen=True)
class Credit:
    actor: str
    character: str | None


@dataclass(frozen=True)
class Title:
    kind: str
    slug: str
    title: str
    tagline: str | None
    synopsis: str | None
    audience: str | None
    released: date | None  # full date known
    year: int | None
    runtime: int | None
    rating: str | None
    votes: int | None
    genres: tuple[str, ...]
    countries: tuple[str, ...]
    studios: tuple[str, ...]  # every studio; the first `studios_shown` are on the page
    studios_shown: int
    budget: Money | None
    box_office: Money | None
    imdb: str | None
    trailer: str | None
    seasons: int | None
    streaming: Streaming | None
    directors: tuple[str, ...]
    writers: tuple[str, ...]
    cast: tuple[Credit, ...]

    @property
    def path(self) -> str:
        return f"/{self.kind}/{self.slug}"

    @property
    def url(self) -> str:
        return f"https://www.reelguide.example{self.path}"

    @property
    def shown_studios(self) -> tuple[str, ...]:
        return self.studios[: self.studios_shown]

    @property
    def more_studios(self) -> int:
        return len(self.studios) - self.studios_shown


def expected(t: Title) -> dict[str, Any]:
    """The spec dict the page of `t` must produce."""
    return {
        "source_id": f"{t.kind}/{t.slug}", "kind": t.kind, "title": t.title,
        "tagline": t.tagline, "synopsis": t.synopsis, "audience_summary": t.audience,
        "release_date": t.released.isoformat() if t.released else None,
        "release_year": t.year, "runtime_minutes": t.runtime, "content_rating": t.rating,
        "user_rating_count": t.votes, "genres": list(t.genres), "countries": list(t.countries),
        "studios": list(t.shown_studios), "studios_total": len(t.studios) if t.studios else None,
        "budget": _money(t.budget), "box_office": _money(t.box_office), "imdb_id": t.imdb,
        "trailer_url": f"https://www.youtube.com/watch?v={t.trailer}" if t.trailer else None,
        "seasons": t.seasons, "streaming": _streaming(t.streaming),
        "directors": list(t.directors), "writers": list(t.writers),
        "cast": [{"actor": c.actor, "character": c.character} for c in t.cast],
    }


def _money(m: Money | None) -> dict[str, str] | None:
    return {"amount": str(m.amount), "currency": m.currency} if m else None


def _streaming(s: Streaming | None) -> dict[str, Any] | None:
    if s is None or not s.counted:
        return None
    return {"available": s.available, "platform_count": len(s.platforms),
            "platforms": list(s.platforms), "verified_on": s.verified_on.isoformat()}


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def people(rng: random.Random, low: int, high: int) -> tuple[str, ...]:
    names: list[str] = []
    for _ in range(rng.randint(low, high)):
        name = person(rng)
        if name not in names:
            names.append(name)
    return tuple(names)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def title_name(rng: random.Random) -> str:
    a, b, c = rng.sample(WORDS, 3)
    return rng.choice(SHAPES).format(a=a, b=b, c=c)


def new_title(rng: random.Random, serial: int) -> Title:
    kind = "show" if rng.random() < 0.3 else "movie"
    name = title_name(rng)
    year = rng.randint(1920, 2026)
    countries = _countries(rng)
    return Title(
        kind=kind, slug=f"{slugify(name)}-{serial}", title=name,
        tagline=_maybe(rng, 0.55, lambda: rng.choice(TAGLINES).format(
            w=rng.choice(WORDS).lower(), t=name)),
        synopsis=_maybe(rng, 0.8, lambda: _synopsis(rng, name)),
        audience=_maybe(rng, 0.45, lambda: _audience(rng)),
        released=_maybe(rng, 0.7, lambda: date(year, rng.randint(1, 12), rng.randint(1, 28))),
        year=year if rng.random() < 0.93 else None,
        runtime=_maybe(rng, 0.85, lambda: _runtime(rng, kind)),
        rating=_maybe(rng, 0.75, lambda: _rating(rng, kind)),
        votes=_maybe(rng, 0.8, lambda: _votes(rng)),
        genres=tuple(rng.sample(GENRES, rng.choice((0, 1, 2, 2, 3, 3)))),
        countries=countries, **_studios(rng),
        budget=None if kind == "show" else _maybe(rng, 0.6, lambda: _amount(rng, countries, year)),
        box_office=None if kind == "show" else _maybe(
            rng, 0.55, lambda: _amount(rng, countries, year, gross=True)),
        imdb=_maybe(rng, 0.8, lambda: f"tt{rng.randint(100000, 39999999):07d}"),
        trailer=_maybe(rng, 0.45, lambda: "".join(rng.choice(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
            for _ in range(11))),
        seasons=rng.randint(1, 15) if kind == "show" else None,
        streaming=_maybe(rng, 0.6, lambda: _stream(rng)),
        directors=people(rng, 0, 1) if kind == "show" else people(rng, 0, 3),
        writers=people(rng, 0, 3), cast=_cast(rng),
    )


def fix_dates(t: Title) -> Title:
    """A full date implies its year; a missing year means no date either."""
    if t.year is None:
        return replace(t, released=None)
    return t


def _maybe(rng: random.Random, share: float, make: Any) -> Any:
    return make() if rng.random() < share else None


def _countries(rng: random.Random) -> tuple[str, ...]:
    count = rng.choice((0, 1, 1, 1, 2, 2, 3))
    return tuple(rng.sample(COUNTRIES, count))


def _synopsis(rng: random.Random, name: str) -> str:
    hero, other = person(rng).split()[0], person(rng).split()[0]
    return (f"{hero} {rng.choice(VERBS)} {rng.choice(THINGS)} and finds that {other} "
            f"{rng.choice(VERBS)} {rng.choice(THINGS)} too. In {name}, "
            f"old loyalties are tested over one long season, and nothing comes back "
            f"the way it left.")


def _audience(rng: random.Random) -> str:
    mood = rng.choice(("slow-burning", "warm", "tense", "uneven but moving", "gorgeous"))
    return (f"Viewers call it a {mood} story with strong performances; several say the "
            f"ending divides opinion but the cast carries it.")


def _runtime(rng: random.Random, kind: str) -> int:
    if kind == "show":
        return rng.choice((3, 11, 22, 24, 30, 42, 45, 48, 52, 58, 60))
    return rng.choice((rng.randint(3, 40), rng.randint(75, 140), rng.randint(75, 140),
                       rng.randint(140, 300)))


def _rating(rng: random.Random, kind: str) -> str:
    if kind == "show" and rng.random() < 0.7:
        return rng.choice(TV_RATINGS)
    return rng.choice(FILM_RATINGS[rng.choice(("us", "us", "uk", "de", "au"))])


def _votes(rng: random.Random) -> int:
    return rng.choice((rng.randint(1, 9), rng.randint(10, 999), rng.randint(1000, 99999),
                       rng.randint(100000, 3000000)))


def _studios(rng: random.Random) -> dict[str, Any]:
    names: list[str] = []
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
        name = rng.choice(STUDIO_SHAPES).format(
            l=rng.choice(LAST), m=rng.choice(LAST), w=rng.choice(WORDS))
        if name not in names:
            names.append(name)
    shown = len(names) if rng.random() < 0.5 else min(len(names), rng.randint(1, 2))
    return {"studios": tuple(names), "studios_shown": shown}


def _amount(rng: random.Random, countries: tuple[str, ...], year: int, gross: bool = False
            ) -> Money:
    currency = "USD"
    if countries and rng.random() < 0.5 and not gross:
        currency = CURRENCY_BY_COUNTRY.get(countries[0], "USD")
        if currency == "EUR" and countries[0] == "Germany" and year < 2002:
            currency = "DEM"
        if (currency == "EUR" and year < 1999) or (currency == "CNY" and "Japan" in countries):
            currency = "USD"
    dollars = rng.choice((rng.randint(5, 999) * 1000, rng.randint(1, 400) * 100000,
                          rng.randint(10000, 3000000000)))
    if not gross and rng.random() < 0.7:
        dollars = max(100000, round(dollars, -5))
    return Money(dollars * PER_DOLLAR[currency], currency)


def _stream(rng: random.Random) -> Streaming:
    available = rng.random() < 0.7
    platforms = tuple(rng.sample(PLATFORMS, rng.randint(1, 7)))
    verified = date(2025, 12, 1) + timedelta(days=rng.randint(0, 150))
    return Streaming(available, platforms, verified, counted=available or rng.random() < 0.75)


def _cast(rng: random.Random) -> tuple[Credit, ...]:
    credits: list[Credit] = []
    named = rng.random() < 0.85
    for actor in people(rng, 0, 9):
        credits.append(Credit(actor, _character(rng) if named and rng.random() < 0.9 else None))
    return tuple(credits)


def _character(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(FIRST) if rng.random() < 0.5 else person(rng)
    return rng.choice(CHARACTER_EXTRAS).format(
        f=rng.choice(FIRST), g=rng.choice(FIRST), l=rng.choice(LAST))


def other_titles(rng: random.Random, own: Title, count: int, serial: int,
                 fit: Callable[[Title], Title]) -> list[Title]:
    """Titles for rails and app state: none shares a shown value with `own`."""
    others: list[Title] = []
    while len(others) < count:
        t = fix_dates(new_title(rng, serial + len(others) + 1))
        t = fit(replace(t, year=t.year or 1999, runtime=t.runtime or 97,
                        rating=t.rating or "PG", votes=t.votes or 4321))
        if _differs(t, own) and all(t.slug != o.slug and t.title != o.title for o in others):
            others.append(t)
    return others


def _differs(t: Title, own: Title) -> bool:
    return (t.title != own.title and t.year != own.year and t.runtime != own.runtime
            and t.rating != own.rating and t.votes != own.votes and t.slug != own.slug
            and (t.released is None or t.released != own.released))


@dataclass(frozen=True)
class Prose:
    """One language's free text: a localized design rewrites the title's text with it."""
    verbs: tuple[str, ...]
    things: tuple[str, ...]
    synopsis: str  # {hero} {verb} {thing} {other} {verb2} {thing2} {title}
    taglines: tuple[str, ...]
    audiences: tuple[str, ...]


def localize(t: Title, prose: Prose) -> Title:
    """The same title's tagline, synopsis and audience text, written in another language."""
    rng = random.Random(f"{t.slug}:{prose.synopsis[:12]}")
    synopsis = prose.synopsis.format(
        hero=rng.choice(FIRST), other=rng.choice(FIRST), verb=rng.choice(prose.verbs),
        verb2=rng.choice(prose.verbs), thing=rng.choice(prose.things),
        thing2=rng.choice(prose.things), title=t.title)
    return replace(t, synopsis=synopsis if t.synopsis else None,
                   tagline=rng.choice(prose.taglines) if t.tagline else None,
                   audience=rng.choice(prose.audiences) if t.audience else None)
