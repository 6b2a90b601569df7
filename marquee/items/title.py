"""The title record and its parts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_validator


def _decimal_text(value: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros: 3.6E+6 -> "3600000"."""
    text = format(value.normalize(), "f")
    return text


DecimalText = Annotated[Decimal, PlainSerializer(_decimal_text, return_type=str)]
NonEmptyStr = Annotated[str, Field(min_length=1)]


class Kind(StrEnum):
    MOVIE = "movie"
    SHOW = "show"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MoneyValue(_Strict):
    amount: DecimalText
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class CastCredit(_Strict):
    actor: NonEmptyStr
    character: str | None = None


class Streaming(_Strict):
    available: bool | None = None
    platform_count: int | None = Field(default=None, ge=0)
    platforms: list[NonEmptyStr] = Field(default_factory=list)
    verified_on: dt.date | None = None


class FieldIssue(_Strict):
    """A field the page gives trouble with: text that could not be normalized (kept for
    re-normalizing later), or, with reason "channels disagree", another channel's value
    (schema.org data, the hero line) that differs from the visible one that was kept."""

    field: NonEmptyStr
    raw: str
    reason: NonEmptyStr


class TitleRecord(_Strict):
    # --- the record spec, in spec order ---
    source_id: Annotated[str, Field(pattern=r"^(movie|show)/[^/\s]+$")]
    kind: Kind
    title: NonEmptyStr
    tagline: str | None = None
    synopsis: str | None = None
    audience_summary: str | None = None
    release_date: dt.date | None = None
    release_year: int | None = Field(default=None, ge=1870, le=2100)
    runtime_minutes: int | None = Field(default=None, ge=0)
    content_rating: str | None = None
    user_rating_count: int | None = Field(default=None, ge=0)
    genres: list[NonEmptyStr] = Field(default_factory=list)
    countries: list[NonEmptyStr] = Field(default_factory=list)
    studios: list[NonEmptyStr] = Field(default_factory=list)
    studios_total: int | None = Field(default=None, ge=0)
    budget: MoneyValue | None = None
    box_office: MoneyValue | None = None
    imdb_id: Annotated[str, Field(pattern=r"^tt\d{5,10}$")] | None = None
    trailer_url: str | None = None
    seasons: int | None = Field(default=None, ge=0)
    streaming: Streaming | None = None
    directors: list[NonEmptyStr] = Field(default_factory=list)
    writers: list[NonEmptyStr] = Field(default_factory=list)
    cast: list[CastCredit] = Field(default_factory=list)
    # --- provenance ---
    url: NonEmptyStr
    fetched_at: dt.datetime | None = None
    parser_version: NonEmptyStr
    content_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    layout: NonEmptyStr
    unparsed: list[FieldIssue] = Field(default_factory=list)
    learned: list[NonEmptyStr] = Field(
        default_factory=list, description="fields read by locators learned from stored records"
    )

    @field_validator("release_date")
    @classmethod
    def _date_in_range(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and not 1870 <= value.year <= 2100:
            raise ValueError(f"release_date {value} out of range")
        return value

    def spec_dict(self) -> dict[str, Any]:
        """Only the spec's keys, JSON-ready: what the golden files and exports compare."""
        data = self.model_dump(mode="json")
        return {key: data[key] for key in SPEC_KEYS}


PROVENANCE_KEYS: tuple[str, ...] = (
    "url",
    "fetched_at",
    "parser_version",
    "content_sha256",
    "layout",
    "unparsed",
    "learned",
)
SPEC_KEYS: tuple[str, ...] = tuple(
    name for name in TitleRecord.model_fields if name not in PROVENANCE_KEYS
)
