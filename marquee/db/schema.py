"""The tables. Column comments feed the data dictionary (docs/schema.md)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(JSONB(), "postgresql")
Timestamp = sa.DateTime(timezone=True)
Money = sa.Numeric(24, 4, asdecimal=True)
NOW = sa.func.current_timestamp()


def _pk() -> sa.Column[int]:
    return sa.Column("id", Id, primary_key=True, autoincrement=True, comment="surrogate key")


def _fk(
    name: str, target: str, *, nullable: bool = False, index: bool = True, comment: str = ""
) -> sa.Column[int]:
    """index=False only where a unique key or primary key already starts with this column."""
    return sa.Column(
        name,
        Id,
        sa.ForeignKey(f"{target}.id", ondelete="CASCADE" if not nullable else "SET NULL"),
        nullable=nullable,
        index=index,
        comment=comment or f"references {target}.id",
    )


crawl_runs = sa.Table(
    "crawl_runs",
    metadata,
    _pk(),
    sa.Column("site", sa.Text, nullable=False, comment="site crawled, e.g. reelguide"),
    sa.Column("started_at", Timestamp, nullable=False, server_default=NOW),
    sa.Column("finished_at", Timestamp, comment="null while running"),
    sa.Column(
        "status",
        sa.Text,
        nullable=False,
        server_default="running",
        comment="running, finished, failed, interrupted ...",
    ),
    sa.Column("options", Json, comment="options the run was started with"),
    sa.Column("counts", Json, comment="pages, inserted, updated, unchanged, rejected, failed ..."),
    sa.Column("coverage", Json, comment="share of records with each field filled, 0..1"),
    sa.Column(
        "profile",
        Json,
        comment="distribution of the run's records per field (marquee.drift), for later runs",
    ),
    sa.Column(
        "drift",
        Json,
        comment="fields whose distribution drifted from the last finished runs, with figures",
    ),
    sa.Column("host", sa.Text, comment="host name of the process running it"),
    sa.Column("pid", sa.Integer, comment="process id of the process running it, on that host"),
    sa.Column(
        "process",
        sa.Text,
        comment="boot id, pid namespace and start time of that process: tells a process gone"
        " (the run is then abandoned) from a later one with the same pid",
    ),
    sa.Column(
        "run_name",
        sa.Text,
        index=True,
        comment="name of a distributed run (marquee crawl --frontier): its workers' rows and"
        " its whole-run row share it; null for a single-process run",
    ),
    _fk(
        "parent_id",
        "crawl_runs",
        nullable=True,
        comment="a worker's row: the whole-run row it counts towards (set when the run ends)",
    ),
    comment="One row per crawl or re-parse run.",
)

titles = sa.Table(
    "titles",
    metadata,
    _pk(),
    sa.Column("source", sa.Text, nullable=False, comment="site the title comes from"),
    sa.Column("source_id", sa.Text, nullable=False, comment="<kind>/<slug> from the canonical URL"),
    sa.Column("kind", sa.Text, nullable=False, comment="movie or show"),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("tagline", sa.Text),
    sa.Column("synopsis", sa.Text),
    sa.Column("audience_summary", sa.Text, comment='"What Viewers Are Saying" text'),
    sa.Column("release_date", sa.Date, comment="only when the page gives day, month and year"),
    sa.Column("release_year", sa.Integer),
    sa.Column("runtime_minutes", sa.Integer, comment="per episode for shows"),
    sa.Column("content_rating", sa.Text, comment='as shown: "R", "TV-MA", "Not Rated"'),
    sa.Column("user_rating_count", sa.BigInteger),
    sa.Column("studios_total", sa.Integer, comment='studios shown plus "+N more"'),
    sa.Column("budget_amount", Money),
    sa.Column("budget_currency", sa.String(3), comment="ISO 4217"),
    sa.Column("box_office_amount", Money),
    sa.Column("box_office_currency", sa.String(3), comment="ISO 4217"),
    sa.Column("imdb_id", sa.Text, index=True),
    sa.Column("trailer_url", sa.Text),
    sa.Column("seasons", sa.Integer, comment="shows only"),
    sa.Column(
        "streaming_listed",
        sa.Boolean,
        nullable=False,
        server_default=sa.false(),
        comment="the page has a streaming section (record's streaming is not null)",
    ),
    sa.Column("streaming_available", sa.Boolean, comment='false for "Not Currently Available On"'),
    sa.Column("streaming_platform_count", sa.Integer, comment='from "(7 platforms)"'),
    sa.Column("streaming_verified_on", sa.Date, comment='date of "last verified"'),
    sa.Column("url", sa.Text, nullable=False, comment="page the current values came from"),
    sa.Column("fetched_at", Timestamp, comment="fetch time of that page (UTC)"),
    sa.Column("parser_version", sa.Text, nullable=False),
    sa.Column("content_sha256", sa.Text, nullable=False, comment="hash of that page's bytes"),
    sa.Column("layout", sa.Text, nullable=False, comment="page layout parsed (current, legacy)"),
    sa.Column("unparsed", Json, comment="fields whose page text could not be normalized"),
    sa.Column(
        "learned",
        Json,
        comment="fields read by locators learned from stored records (learned_locators)",
    ),
    sa.Column(
        "partial",
        sa.Boolean,
        nullable=False,
        server_default=sa.false(),
        comment="values read from a page known to be cut short; a complete copy replaces them",
    ),
    sa.Column(
        "record_hash",
        sa.Text,
        nullable=False,
        comment="sha256 of the normalized record: equal hash means unchanged",
    ),
    sa.Column("first_seen_at", Timestamp, nullable=False, server_default=NOW),
    sa.Column(
        "last_seen_at",
        Timestamp,
        nullable=False,
        server_default=NOW,
        comment="latest fetch that produced this record, changed or not",
    ),
    sa.Column(
        "updated_at",
        Timestamp,
        nullable=False,
        server_default=NOW,
        comment="when the stored values last changed",
    ),
    sa.UniqueConstraint("source", "source_id"),
    sa.CheckConstraint("kind IN ('movie', 'show')", name="kind"),
    comment="One row per title: the record's scalar fields plus provenance.",
)

people = sa.Table(
    "people",
    metadata,
    _pk(),
    sa.Column("name", sa.Text, nullable=False, unique=True, comment="name as shown on the page"),
    comment="Actors, directors and writers, identified by name.",
)

credits = sa.Table(
    "credits",
    metadata,
    _pk(),
    _fk("title_id", "titles", index=False),
    _fk("person_id", "people"),
    sa.Column("role", sa.Text, nullable=False, comment="cast, director or writer"),
    sa.Column(
        "ordinal",
        sa.Integer,
        nullable=False,
        comment="0-based position in the page's list (billing order for cast)",
    ),
    sa.Column("character", sa.Text, comment="cast only; null when the page shows none"),
    sa.UniqueConstraint("title_id", "role", "ordinal"),
    sa.CheckConstraint("role IN ('cast', 'director', 'writer')", name="role"),
    comment="Who worked on a title, in page order.",
)


def _vocabulary(name: str, what: str) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        _pk(),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        comment=f"Distinct {what}.",
    )


def _link(name: str, target: str, column: str, what: str) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        _fk("title_id", "titles", index=False),
        sa.Column("position", sa.Integer, nullable=False, comment="0-based order on the page"),
        _fk(column, target),
        sa.PrimaryKeyConstraint("title_id", "position"),
        comment=f"A title's {what}, in page order.",
    )


genres = _vocabulary("genres", "genres")
countries = _vocabulary("countries", "countries of production")
studios = _vocabulary("studios", "studios")
platforms = _vocabulary("platforms", "streaming platforms")
title_genres = _link("title_genres", "genres", "genre_id", "genres")
title_countries = _link("title_countries", "countries", "country_id", "countries")
title_studios = _link("title_studios", "studios", "studio_id", "studios shown on the page")
title_platforms = _link("title_platforms", "platforms", "platform_id", "streaming platforms")

pages = sa.Table(
    "pages",
    metadata,
    _pk(),
    sa.Column("url", sa.Text, nullable=False, index=True),
    sa.Column("fetched_at", Timestamp, comment="UTC; null when unknown (a loose HTML file)"),
    sa.Column("http_status", sa.Integer),
    sa.Column("content_sha256", sa.Text, nullable=False, comment="hash of the page's bytes"),
    sa.Column("archive_path", sa.Text, comment="saved copy: file path or WARC file"),
    sa.Column("archive_offset", sa.BigInteger, comment="byte offset of the WARC record"),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("parser_version", sa.Text, nullable=False),
    sa.Column("outcome", sa.Text, nullable=False, comment="stored, rejected or failed"),
    _fk("title_id", "titles", nullable=True, comment="the title it produced, if stored"),
    _fk("run_id", "crawl_runs", nullable=True, comment="run that last saw this page"),
    sa.Column("created_at", Timestamp, nullable=False, server_default=NOW),
    sa.UniqueConstraint("url", "content_sha256", "parser_version"),
    sa.CheckConstraint("outcome IN ('stored', 'rejected', 'failed')", name="outcome"),
    comment="Pages fetched or re-parsed: one row per distinct (url, content, parser version).",
)

rejects = sa.Table(
    "rejects",
    metadata,
    _pk(),
    sa.Column("url", sa.Text, nullable=False, index=True),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("details", sa.Text),
    sa.Column("fetched_at", Timestamp),
    sa.Column("content_sha256", sa.Text, nullable=False),
    sa.Column("parser_version", sa.Text, nullable=False),
    sa.Column("created_at", Timestamp, nullable=False, server_default=NOW),
    sa.Column(
        "resolved_at", Timestamp, comment="set when a later parse of the same URL became a record"
    ),
    sa.Column(
        "page_id",
        Id,
        sa.ForeignKey("pages.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
        comment="the page that was rejected",
    ),
    comment="Pages that could not become a valid record, and why.",
)
sa.Index("ix_rejects_unresolved", rejects.c.resolved_at, rejects.c.url)

learned_locators = sa.Table(
    "learned_locators",
    metadata,
    _pk(),
    sa.Column("site", sa.Text, nullable=False, comment="site whose pages it reads"),
    sa.Column(
        "layout",
        sa.Text,
        nullable=False,
        comment="fingerprint of the layout learned (hash of its locators' anchors)",
    ),
    sa.Column("field", sa.Text, nullable=False, comment="record field it reads"),
    sa.Column("position", sa.Integer, nullable=False, comment="order among the field's locators"),
    sa.Column(
        "locator", Json, nullable=False, comment="kind (label, prefix, attr, after), anchor, mode"
    ),
    sa.Column("support", sa.Integer, nullable=False, comment="known pages it read right"),
    sa.Column(
        "precision",
        sa.Float,
        nullable=False,
        comment="share right of the pages where it gave a value, in cross-validation",
    ),
    sa.Column("pages", sa.Integer, nullable=False, comment="known pages learned from"),
    sa.Column("created_at", Timestamp, nullable=False, server_default=NOW),
    _fk("run_id", "crawl_runs", nullable=True, comment="run whose pages it was learned from"),
    sa.Column("retired_at", Timestamp, comment="null while in use"),
    sa.Column("retired_reason", sa.Text),
    comment="Where a redesign puts each field, learned from stored records (marquee learn).",
)
sa.Index("ix_learned_locators_active", learned_locators.c.site, learned_locators.c.retired_at)

title_changes = sa.Table(
    "title_changes",
    metadata,
    _pk(),
    _fk("title_id", "titles"),
    sa.Column(
        "field",
        sa.Text,
        nullable=False,
        comment="a titles column (runtime_minutes, budget_amount ...), or a list: genres,"
        " countries, studios, platforms, cast, directors, writers",
    ),
    sa.Column(
        "change",
        sa.Text,
        nullable=False,
        comment="changed (a column), added or removed (a list item), reordered (a list)",
    ),
    sa.Column(
        "position",
        sa.Integer,
        comment="0-based position of the item added (in the new list) or removed (in the old)",
    ),
    sa.Column(
        "old_value",
        sa.Text,
        comment='as text: numbers and dates as written, "Actor as Character" for cast,'
        " a JSON array for a reordered list; null when there was none",
    ),
    sa.Column("new_value", sa.Text, comment="as old_value"),
    _fk("run_id", "crawl_runs", nullable=True, comment="run that wrote the change"),
    _fk("page_id", "pages", nullable=True, comment="page the new values came from"),
    sa.Column("parser_version", sa.Text, nullable=False, comment="parser of the new values"),
    sa.Column("changed_at", Timestamp, nullable=False, server_default=NOW),
    sa.CheckConstraint(
        "change IN ('changed', 'added', 'removed', 'reordered')", name="change"
    ),
    comment="What each update of a title changed: one row per column or list item.",
)

LINKS: dict[str, tuple[sa.Table, sa.Table, str]] = {
    "genres": (genres, title_genres, "genre_id"),
    "countries": (countries, title_countries, "country_id"),
    "studios": (studios, title_studios, "studio_id"),
    "platforms": (platforms, title_platforms, "platform_id"),
}
