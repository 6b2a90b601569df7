"""Regions that must give nothing for the title: rails, episodes, reviews, footnotes, app state.

Each region returns its HTML and adds what it shows to `values` (field -> other titles' values),
never a value equal to the title's own.
"""

from __future__ import annotations

import json
import random
from typing import Any

from .forms import date_text, money_text, runtime_text, votes_text
from .markup import Classes, esc
from .records import sample_records, slug_of

FIRST = (
    "Aiko",
    "Bruno",
    "Carmen",
    "Dario",
    "Esme",
    "Farid",
    "Gwen",
    "Hugo",
    "Ingrid",
    "Jonas",
    "Kira",
    "Lionel",
    "Mina",
    "Nils",
    "Odette",
    "Pavel",
    "Quinn",
    "Rhea",
    "Soren",
    "Talia",
)
LAST = (
    "Abbott",
    "Brandt",
    "Castellano",
    "Dorsey",
    "Ekwueme",
    "Falk",
    "Garrido",
    "Holm",
    "Iwata",
    "Jovanovic",
    "Kerr",
    "Lindqvist",
    "Marchetti",
    "Nakagawa",
    "Okafor",
    "Pires",
)
RAILS = (
    "Trending now",
    "Because you watched {title}",
    "Coming soon",
    "More like this",
    "Popular on ReelGuide",
    "Fans also liked",
    "New this week",
)


class Distractors:
    """Other titles' values, kept per field so the scorer can name a leak."""

    def __init__(self, rng: random.Random, record: dict[str, Any]) -> None:
        self.rng = rng
        self.record = record
        self.values: dict[str, list[Any]] = {}
        self._own_people = _people(record)
        self.others = [r for r in sample_records() if r["title"] != record["title"]]

    def add(self, field: str, value: Any) -> bool:
        """Note a shown value; False (show nothing) when it is the title's own."""
        if (
            value is None
            or value == self.record.get(field)
            or (isinstance(value, str) and value in self._own_people)
        ):
            return False
        return self._note(field, value)

    def _note(self, field: str, value: Any) -> bool:
        bucket = self.values.setdefault(field, [])
        if value not in bucket:
            bucket.append(value)
        return True

    def person(self) -> str:
        while True:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if name not in self._own_people:
                return name

    def other_date(self, year: int) -> str:
        while True:
            day = f"{year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
            if day != self.record["release_date"]:
                return day

    def other_runtime(self) -> int:
        own = self.record["runtime_minutes"] or 0
        value = self.rng.choice((22, 45, 58, 94, 101, 128, 142, 180))
        return value if value != own else value + 7


def _people(record: dict[str, Any]) -> set[str]:
    names = set(record["directors"]) | set(record["writers"])
    return names | {credit["actor"] for credit in record["cast"]}


def rail(d: Distractors, cls: Classes, labels: dict[str, str], formats: dict[str, str]) -> str:
    """A rail of other titles' cards, sometimes with the same labels as the title's facts."""
    heading = d.rng.choice(RAILS).format(title=d.record["title"])
    picks = d.rng.sample(d.others, k=min(len(d.others), d.rng.randint(4, 8)))
    labelled = d.rng.random() < 0.5
    cards = "".join(_card(d, other, cls, labels, formats, labelled) for other in picks)
    return (
        f"<section{cls('rail')}><h2>{esc(heading)}</h2><ul{cls('rail-list')}>{cards}</ul></section>"
    )


def _card(
    d: Distractors,
    other: dict[str, Any],
    cls: Classes,
    labels: dict[str, str],
    formats: dict[str, str],
    labelled: bool,
) -> str:
    d.add("title", other["title"])
    facts = _card_release(d, other, labels, formats)
    if other["runtime_minutes"] and d.add("runtime_minutes", other["runtime_minutes"]):
        runtime = runtime_text(other["runtime_minutes"], formats["runtime"])
        facts.append((labels["runtime_minutes"], runtime))
    if other["content_rating"] and d.add("content_rating", other["content_rating"]):
        facts.append((labels["content_rating"], other["content_rating"]))
    if other["user_rating_count"] and d.add("user_rating_count", other["user_rating_count"]):
        facts.append((labels["user_rating_count"], votes_text(other["user_rating_count"], "votes")))
    href = f"/{other['kind']}/{slug_of(other)}"
    if labelled:
        body = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts)
        body = f"<dl>{body}</dl>"
    else:
        body = f"<p>{' · '.join(esc(v) for _, v in facts)}</p>"
    if other["tagline"] and d.rng.random() < 0.5 and d.add("tagline", other["tagline"]):
        body += f"<p{cls('blurb')}>{esc(other['tagline'])}</p>"
    return (
        f'<li{cls("card")}><a href="{href}"><img alt="{esc(other["title"])} poster" '
        f'src="/img/p/{slug_of(other)}.jpg" loading="lazy"><h3>{esc(other["title"])}</h3></a>'
        f"{body}</li>"
    )


def _card_release(
    d: Distractors, other: dict[str, Any], labels: dict[str, str], formats: dict[str, str]
) -> list[tuple[str, str]]:
    """Another title's year, or now and then its full date (a "Coming soon" card)."""
    year, date = other["release_year"], other["release_date"]
    if not year or not d.add("release_year", year):
        return []
    if date and d.rng.random() < 0.25 and d.add("release_date", date):
        return [(labels["release"], date_text(date, formats["date"]))]
    return [(labels["release"], str(year))]


def episodes(d: Distractors, cls: Classes, formats: dict[str, str]) -> str:
    """A show's episode list: episode runtimes, air dates, directors, writers, guest cast."""
    items = []
    year = d.record["release_year"] or 2010
    for number in range(1, d.rng.randint(3, 6) + 1):
        runtime = d.other_runtime()
        aired = d.other_date(year + number % 2)
        director, writer, guest = d.person(), d.person(), d.person()
        d.add("runtime_minutes", runtime)
        d.add("release_date", aired)
        d.add("directors", director)
        d.add("writers", writer)
        d.add("cast", guest)
        items.append(
            f"<li{cls('episode')}><h3>S1 E{number} · Episode {number}</h3>"
            f"<p>{esc(date_text(aired, formats['date']))} · "
            f"{runtime_text(runtime, formats['runtime'])}</p>"
            f"<p>Directed by {esc(director)} · Written by {esc(writer)}</p>"
            f"<p>Guest starring {esc(guest)}</p></li>"
        )
    return f"<section{cls('episodes')}><h2>Episodes</h2><ol>{''.join(items)}</ol></section>"


def reviews(d: Distractors, cls: Classes) -> str:
    runtime = d.rng.choice((120, 180, 240))
    year = (d.record["release_year"] or 2000) - d.rng.randint(1, 9)
    lines = []
    if d.add("runtime_minutes", runtime):
        lines.append(f"A runtime of {runtime // 60} hours felt long, but it earns it.")
    if d.add("release_year", year):
        lines.append(f"Reminds me of the films I grew up with back in {year}.")
    lines.append("Rated 8/10. Great score, great performances.")
    for text in lines:  # a parser that reads reviews as the viewers' summary leaks these
        d.add("audience_summary", text)
        d.add("synopsis", text)
    items = "".join(
        f"<li{cls('review')}><p><strong>{esc(d.person())}</strong></p><p>{esc(text)}</p></li>"
        for text in lines
    )
    return f"<section{cls('reviews')}><h2>User reviews</h2><ul>{items}</ul></section>"


def footnotes(d: Distractors, cls: Classes, countries: list[str]) -> str:
    budget = {"amount": str(d.rng.choice((20, 35, 80)) * 1_000_000), "currency": "USD"}
    notes = ["Box office figures are updated weekly from studio reports."]
    if d.add("budget", budget):
        notes.append(
            f"* The stage adaptation was mounted on {money_text(budget, 'full', countries)}."
        )
    items = "".join(f"<li>{esc(note)}</li>" for note in notes)
    return f"<aside{cls('footnotes')}><ol>{items}</ol></aside>"


def app_state(d: Distractors) -> str:
    """A __NEXT_DATA__ script holding other titles' data (as SPA sites ship it)."""
    trending = []
    for other in d.rng.sample(d.others, k=min(3, len(d.others))):
        d.add("title", other["title"])
        entry = {"title": other["title"], "slug": slug_of(other), "kind": other["kind"]}
        if d.add("runtime_minutes", other["runtime_minutes"]):
            entry["runtime"] = other["runtime_minutes"]
        if d.add("release_date", other["release_date"]):
            entry["releaseDate"] = other["release_date"]
        trending.append(entry)
    state = {
        "props": {"pageProps": {"trending": trending, "locale": "en-US"}},
        "page": "/[kind]/[slug]",
    }
    text = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return f'<script id="__NEXT_DATA__" type="application/json">{text}</script>'


def dialogs(rng: random.Random, cls: Classes) -> str:
    cookie = (
        f'<div role="dialog" aria-modal="true"{cls("cookie")}><p>We use cookies to improve '
        "your experience and measure traffic. See our cookie policy.</p>"
        "<button>Accept all</button><button>Manage choices</button></div>"
    )
    letter = (
        f'<div role="dialog"{cls("newsletter")} hidden><h2>Never miss a release</h2>'
        '<p>Get new arrivals every Friday.</p><input type="email" placeholder="Email">'
        "<button>Subscribe</button></div>"
    )
    return cookie + (letter if rng.random() < 0.6 else "")
