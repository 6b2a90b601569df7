"""Builds one kit page: a record rendered in a seed's design, with the record the spec expects."""

from __future__ import annotations

import random
from typing import Any

from . import distract, schema
from .design import OG_FIELDS, SECTION_TITLES, Design, draw_design
from .forms import date_text, money_text, pick, runtime_text, votes_text
from .markup import Classes, Fact, esc, slugify
from .records import SPEC_KEYS, empty_value, sample_records, slug_of

SITE = schema.SITE
FACT_ORDER = (
    "kind",
    "release",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "studios",
    "budget",
    "box_office",
    "seasons",
    "directors",
    "writers",
    "imdb_id",
    "tagline",
)
# Record keys a placement covers ("release" is the date and the year together).
FIELD_KEYS = {"release": ("release_date", "release_year"), "studios": ("studios", "studios_total")}


class PageBuilder:
    def __init__(self, seed: int) -> None:
        self.rng = rng = random.Random(seed)
        records = sample_records()
        self.record = records[rng.randrange(len(records))]
        self.design: Design = draw_design(rng, self.record)
        self.cls = Classes(rng, self.design.classes)
        self.d = distract.Distractors(rng, self.record)
        self.url = f"{SITE}/{self.record['kind']}/{slug_of(self.record)}"
        self.mechanisms: dict[str, str] = {}
        self.facts: list[Fact] = []
        self.blocks: list[str] = []
        self.slug = slug_of(self.record)
        self.imdb_done = False
        self.schema_fields = self._schema_fields()
        self.facts_extra = {name: self.rng.random() < 0.3 for name in ("imdb_id", "tagline")}
        # a list the page shows in another order than the record's (a crew list, one row a
        # person with all their roles): the record is read in page order
        self.page_order: dict[str, list[Any]] = {}
        self.hero_kind = (
            not self.design.kind_shown and bool(self.design.hero_fields) and self.rng.random() < 0.5
        )

    # -- the expected record ------------------------------------------------------------------

    def expected(self) -> dict[str, Any]:
        record = self.record
        out = {key: empty_value(key) for key in SPEC_KEYS}
        out.update(source_id=record["source_id"], kind=record["kind"], title=record["title"])
        for name, where in self.design.place.items():
            if where == "absent":
                continue
            for key in FIELD_KEYS.get(name, (name,)):
                out[key] = record[key]
        if self._year_only():
            out["release_date"] = None
        if self.design.place["cast"] == "schema":
            out["cast"] = [{"actor": c["actor"], "character": None} for c in record["cast"]]
        if out["studios"]:
            out["studios_total"] = record["studios_total"] or len(record["studios"])
        for key, ordered in self.page_order.items():
            if out[key]:
                out[key] = ordered
        return out

    def _year_only(self) -> bool:
        """The hero line shows the year and nothing else gives the full date."""
        return (
            self.design.place["release"] == "hero"
            and "release_year" not in self.design.hero_also_facts
        )

    def mark(self, name: str, mechanism: str) -> None:
        for key in FIELD_KEYS.get(name, (name,)):
            self.mechanisms[key] = mechanism

    # -- schema.org -----------------------------------------------------------------------------

    def _schema_fields(self) -> set[str]:
        place = self.design.place
        chosen = {name for name, where in place.items() if where == "schema"}
        for name, where in place.items():
            agreeing = where == "visible" or (
                where == "hero" and not (name == "release" and self._year_only())
            )
            if agreeing and name in schema_capable() and self.rng.random() < 0.5:
                chosen.add(name)
        return chosen

    def schema_markup(self) -> tuple[str, str]:
        """(head HTML, body HTML) of the design's schema.org forms."""
        head, body = "", ""
        only = {n for n, w in self.design.place.items() if w == "schema"}
        for form in self.design.schema_forms:
            fields = only if form == "jsonld-partial" else self.schema_fields
            if form == "opengraph":
                head += schema.opengraph(self.record, self.url, fields & OG_FIELDS)
                continue
            props = schema.node_props(self.record, fields, self.rng)
            if form.startswith("jsonld"):
                head += schema.jsonld(form, self.record, self.url, props)
            else:
                body += schema.inline_block(form, self.record, self.url, props)
        for name in sorted(only):
            self.mark(name, self._schema_form_for(name))
        return head, body

    def _schema_form_for(self, name: str) -> str:
        for form in self.design.schema_forms:
            if form != "opengraph" or name in OG_FIELDS:
                return form
        raise AssertionError(f"no schema.org form carries {name}")

    # -- values as the design shows them ---------------------------------------------------------

    def value_html(self, name: str) -> str:
        record, fmt = self.record, self.design.formats
        if name == "kind":
            return esc(self.design.kind_word)
        if name == "release":
            date = record["release_date"]
            return esc(date_text(date, fmt["date"]) if date else str(record["release_year"]))
        if name == "runtime_minutes":
            text = runtime_text(record["runtime_minutes"], fmt["runtime"])
            return text + (
                " per episode" if record["kind"] == "show" and fmt["list"] == "dot" else ""
            )
        if name in ("content_rating", "tagline"):
            return esc(record[name])
        if name == "user_rating_count":
            return esc(votes_text(record[name], fmt["votes"]))
        if name in ("budget", "box_office"):
            note = fmt["budget_note"] if name == "budget" else ""
            return esc(money_text(record[name], fmt["money"], record["countries"]) + note)
        if name == "seasons":
            return str(record["seasons"])
        if name == "imdb_id":
            return (
                f'<a href="https://www.imdb.com/title/{record["imdb_id"]}/" rel="noopener">IMDb</a>'
            )
        if name == "studios":
            return self.list_html(name, record["studios"]) + self._more_studios()
        return self.list_html(name, record[name])

    def _more_studios(self) -> str:
        extra = (self.record["studios_total"] or 0) - len(self.record["studios"])
        return (
            f' <button type="button"{self.cls("more")}>+{extra} more</button>' if extra > 0 else ""
        )

    def list_html(self, name: str, values: list[str]) -> str:
        style = self.design.formats["list"]
        base = {"genres": "genre", "countries": "country", "studios": "studio"}.get(name, "person")
        if style == "links" or base == "person":
            return ", ".join(f'<a href="/{base}/{slugify(v)}">{esc(v)}</a>' for v in values)
        if style == "dot":
            return " · ".join(esc(v) for v in values)
        if style == "spans":
            return "<ul>" + "".join(f"<li>{esc(v)}</li>" for v in values) + "</ul>"
        return ", ".join(esc(v) for v in values)


def schema_capable() -> frozenset[str]:
    return frozenset(
        {
            "release",
            "runtime_minutes",
            "content_rating",
            "user_rating_count",
            "genres",
            "countries",
            "studios",
            "directors",
            "writers",
            "cast",
            "imdb_id",
            "trailer_url",
            "seasons",
        }
    )


def section_heading(rng: random.Random) -> str:
    return pick(rng, SECTION_TITLES)
