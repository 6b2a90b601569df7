"""A design: one coherent set of choices for a redesigned title page, drawn from one seed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from .forms import (
    DATE_STYLES,
    HERO_RUNTIME_STYLES,
    MONEY_STYLES,
    RUNTIME_STYLES,
    VOTES_STYLES,
    pick,
)

FACTS_MARKUPS = ("dl", "th-table", "card-group", "tiles", "colon-list", "dot-list")
ATTRIBUTE_LABELS = (
    "aria-label-icon", "svg-title-icon", "i-title-icon", "aria-label-value",
    "aria-labelledby", "sr-only",
)  # fmt: skip
JSONLD_FORMS = (
    "jsonld-single",
    "jsonld-graph",
    "jsonld-array",
    "jsonld-mainentity",
    "jsonld-typelist",
    "jsonld-partial",
)
SCHEMA_FORMS = (*JSONLD_FORMS, "microdata", "rdfa", "opengraph")
HERO_FIELDS = ("release_year", "content_rating", "runtime_minutes", "genres")
TITLE_STYLES = ("h1-text", "h1-spans", "h1-year-span", "h1-logo-img")
CAST_STYLES = ("cast-figure", "cast-as", "cast-parens", "cast-table", "cast-list")
CREW_STYLES = ("crew-facts", "crew-lines", "credit-line")
STREAMING_STYLES = ("stream-logos", "stream-aria-label", "stream-segments", "stream-text")

# What each schema.org form can carry (OpenGraph video:* has only a few).
OG_FIELDS = frozenset({"release", "runtime_minutes", "directors", "writers", "cast"})
# Fields the spec lets schema.org supply alone; the rest are shown or dropped.
SCHEMA_ONLY_OK = (
    "release",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "directors",
    "writers",
    "cast",
    "imdb_id",
    "trailer_url",
    "seasons",
)
DROPPABLE = (
    "tagline",
    "synopsis",
    "audience_summary",
    "release",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "studios",
    "budget",
    "box_office",
    "imdb_id",
    "trailer_url",
    "seasons",
    "streaming",
    "directors",
    "writers",
    "cast",
)

LABELS: dict[str, tuple[str, ...]] = {
    "release": ("Release Date", "Released", "Premiere", "In theaters", "Release"),
    "release_show": ("First aired", "Premiered", "Release Date", "First Air Date"),
    "runtime_minutes": ("Runtime", "Running time", "Length", "Duration"),
    "content_rating": ("Rated", "Certificate", "Age rating", "Content rating", "Rating"),
    "user_rating_count": ("User Ratings", "Votes", "Ratings", "Number of ratings"),
    "genres": ("Genres", "Genre"),
    "countries": ("Country", "Countries", "Countries of origin", "Country of origin"),
    "studios": ("Studio", "Studios", "Produced by", "Production companies", "Production company"),
    "budget": ("Budget", "Production budget", "Est. budget", "Estimated budget"),
    "box_office": ("Box Office", "Worldwide gross", "Gross worldwide", "Gross"),
    "kind": ("Type",),
    "seasons": ("Seasons", "Number of seasons"),
    "imdb_id": ("External links", "Links", "Elsewhere"),
    "directors": ("Director", "Directors", "Directed by"),
    "writers": ("Writers", "Writer", "Screenplay", "Written by"),
    "tagline": ("Tagline",),
}
SECTION_TITLES = (
    "Details",
    "Production",
    "Box office",
    "Release info",
    "Facts",
    "At a glance",
    "More info",
    "Film details",
    "Technical details",
)


@dataclass
class Design:
    """Choices applied over the whole page; `place` says where each field goes."""

    classes: str
    skeleton: str
    facts_markup: str
    label_style: str
    colon_inner: bool
    sections: int
    hidden_section: str
    hero_fields: tuple[str, ...]
    hero_sep: str
    title_style: str
    cast_style: str
    cast_heading: str
    crew_style: str
    streaming_style: str
    schema_forms: tuple[str, ...]
    canonical: bool
    kind_shown: bool
    kind_word: str
    formats: dict[str, str]
    labels: dict[str, str]
    place: dict[str, str] = field(default_factory=dict)
    hero_also_facts: frozenset[str] = frozenset()


def _label_style(rng: random.Random, markup: str) -> str:
    if markup in ("card-group", "tiles") and rng.random() < 0.6:
        return pick(rng, ATTRIBUTE_LABELS)
    return "text"


def _schema_forms(rng: random.Random) -> tuple[str, ...]:
    forms: list[str] = []
    if rng.random() < 0.8:
        forms.append(pick(rng, JSONLD_FORMS))
    for extra in ("microdata", "rdfa", "opengraph"):
        if rng.random() < 0.25:
            forms.append(extra)
    if "microdata" in forms and "rdfa" in forms:
        forms.remove("rdfa")
    return tuple(forms)


def _formats(rng: random.Random) -> dict[str, str]:
    return {
        "runtime": pick(rng, RUNTIME_STYLES),
        "hero_runtime": pick(rng, HERO_RUNTIME_STYLES),
        "date": pick(rng, DATE_STYLES),
        "money": pick(rng, MONEY_STYLES),
        "votes": pick(rng, VOTES_STYLES),
        "list": pick(rng, ("links", "comma", "dot", "spans")),
        "budget_note": pick(rng, ("", "", " (estimated)", " (est.)")),
    }


def _labels(rng: random.Random, kind: str) -> dict[str, str]:
    labels = {name: pick(rng, words) for name, words in LABELS.items()}
    if kind == "show":
        labels["release"] = labels.pop("release_show")
    return labels


def draw_design(rng: random.Random, record: dict[str, Any]) -> Design:
    markup = pick(rng, FACTS_MARKUPS)
    hero = rng.random() < 0.55
    design = Design(
        classes=pick(rng, ("hashed", "hashed", "bem", "plain")),
        skeleton=pick(rng, ("main", "article", "divs")),
        facts_markup=markup,
        label_style=_label_style(rng, markup),
        colon_inner=rng.random() < 0.5,
        sections=rng.choice((1, 1, 2, 3)),
        hidden_section=pick(rng, ("none", "none", "details", "tabpanel")),
        hero_fields=tuple(f for f in HERO_FIELDS if hero and rng.random() < 0.7),
        hero_sep=pick(rng, (" · ", " | ", " • ", " ")),
        title_style=pick(rng, TITLE_STYLES),
        cast_style=pick(rng, CAST_STYLES),
        cast_heading=pick(rng, ("Cast", "Top cast", "Starring", "Main cast", "Cast & crew")),
        crew_style=pick(rng, CREW_STYLES),
        streaming_style=pick(rng, STREAMING_STYLES),
        schema_forms=_schema_forms(rng),
        canonical=rng.random() < 0.85,
        kind_shown=rng.random() < 0.5,
        kind_word=_kind_word(rng, record["kind"]),
        formats=_formats(rng),
        labels=_labels(rng, record["kind"]),
    )
    if markup == "dot-list" and design.formats["list"] == "dot":
        design.formats["list"] = (
            "comma"  # "Genres · Drama · Romance" would hide where the label ends
        )
    design.hero_also_facts = frozenset(f for f in design.hero_fields if rng.random() < 0.4)
    design.place = _placements(rng, design, record)
    return design


def _kind_word(rng: random.Random, kind: str) -> str:
    return (
        pick(rng, ("Movie", "Film"))
        if kind == "movie"
        else pick(rng, ("TV Show", "TV Series", "Series"))
    )


def _placements(rng: random.Random, design: Design, record: dict[str, Any]) -> dict[str, str]:
    """field -> "visible" | "hero" | "schema" | "absent" (also when the record has no value)."""
    drop_rate = rng.choice((0.0, 0.1, 0.15, 0.2))
    schema_rate = rng.choice((0.0, 0.15, 0.3)) if design.schema_forms else 0.0
    place: dict[str, str] = {}
    for name in DROPPABLE:
        if not _record_has(record, name) or rng.random() < drop_rate:
            place[name] = "absent"
        elif _schema_only_ok(design, record, name) and rng.random() < schema_rate:
            place[name] = "schema"
        elif _hero_field(name) in design.hero_fields:
            place[name] = "hero"
        else:
            place[name] = "visible"
    return place


def _schema_only_ok(design: Design, record: dict[str, Any], name: str) -> bool:
    # schema.org gives a TVSeries no duration: a show's runtime is shown or dropped
    show_runtime = name == "runtime_minutes" and record["kind"] == "show"
    return name in SCHEMA_ONLY_OK and not show_runtime and _schema_can(design, name)


def _hero_field(name: str) -> str:
    return "release_year" if name == "release" else name


def _schema_can(design: Design, name: str) -> bool:
    jsonld = any(form.startswith("jsonld") for form in design.schema_forms)
    inline = "microdata" in design.schema_forms or "rdfa" in design.schema_forms
    return jsonld or inline or ("opengraph" in design.schema_forms and name in OG_FIELDS)


def _record_has(record: dict[str, Any], name: str) -> bool:
    if name == "release":
        return record["release_year"] is not None
    if name == "studios":
        return bool(record["studios"])
    value = record[name]
    return value not in (None, [])
