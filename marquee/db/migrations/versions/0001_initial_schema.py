"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "countries",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_countries")),
        sa.UniqueConstraint("name", name=op.f("uq_countries_name")),
        comment="Distinct countries of production.",
    )
    op.create_table(
        "crawl_runs",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("site", sa.Text(), nullable=False, comment="site crawled, e.g. reelguide"),
        sa.Column(
            "started_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "finished_at", sa.DateTime(timezone=True), nullable=True, comment="null while running"
        ),
        sa.Column(
            "status",
            sa.Text(),
            server_default="running",
            nullable=False,
            comment="running, finished, failed, interrupted ...",
        ),
        sa.Column(
            "options",
            sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
            nullable=True,
            comment="options the run was started with",
        ),
        sa.Column(
            "counts",
            sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
            nullable=True,
            comment="pages, inserted, updated, unchanged, rejected, failed ...",
        ),
        sa.Column(
            "coverage",
            sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
            nullable=True,
            comment="share of records with each field filled, 0..1",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_runs")),
        comment="One row per crawl or re-parse run.",
    )
    op.create_table(
        "genres",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_genres")),
        sa.UniqueConstraint("name", name=op.f("uq_genres_name")),
        comment="Distinct genres.",
    )
    op.create_table(
        "people",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("name", sa.Text(), nullable=False, comment="name as shown on the page"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("name", name=op.f("uq_people_name")),
        comment="Actors, directors and writers, identified by name.",
    )
    op.create_table(
        "platforms",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platforms")),
        sa.UniqueConstraint("name", name=op.f("uq_platforms_name")),
        comment="Distinct streaming platforms.",
    )
    op.create_table(
        "studios",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_studios")),
        sa.UniqueConstraint("name", name=op.f("uq_studios_name")),
        comment="Distinct studios.",
    )
    op.create_table(
        "titles",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("source", sa.Text(), nullable=False, comment="site the title comes from"),
        sa.Column(
            "source_id", sa.Text(), nullable=False, comment="<kind>/<slug> from the canonical URL"
        ),
        sa.Column("kind", sa.Text(), nullable=False, comment="movie or show"),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("tagline", sa.Text(), nullable=True),
        sa.Column("synopsis", sa.Text(), nullable=True),
        sa.Column(
            "audience_summary", sa.Text(), nullable=True, comment='"What Viewers Are Saying" text'
        ),
        sa.Column(
            "release_date",
            sa.Date(),
            nullable=True,
            comment="only when the page gives day, month and year",
        ),
        sa.Column("release_year", sa.Integer(), nullable=True),
        sa.Column("runtime_minutes", sa.Integer(), nullable=True, comment="per episode for shows"),
        sa.Column(
            "content_rating",
            sa.Text(),
            nullable=True,
            comment='as shown: "R", "TV-MA", "Not Rated"',
        ),
        sa.Column("user_rating_count", sa.BigInteger(), nullable=True),
        sa.Column(
            "studios_total", sa.Integer(), nullable=True, comment='studios shown plus "+N more"'
        ),
        sa.Column("budget_amount", sa.Numeric(precision=24, scale=4), nullable=True),
        sa.Column("budget_currency", sa.String(length=3), nullable=True, comment="ISO 4217"),
        sa.Column("box_office_amount", sa.Numeric(precision=24, scale=4), nullable=True),
        sa.Column("box_office_currency", sa.String(length=3), nullable=True, comment="ISO 4217"),
        sa.Column("imdb_id", sa.Text(), nullable=True),
        sa.Column("trailer_url", sa.Text(), nullable=True),
        sa.Column("seasons", sa.Integer(), nullable=True, comment="shows only"),
        sa.Column(
            "streaming_listed",
            sa.Boolean(),
            server_default=sa.false(),
            nullable=False,
            comment="the page has a streaming section (record's streaming is not null)",
        ),
        sa.Column(
            "streaming_available",
            sa.Boolean(),
            nullable=True,
            comment='false for "Not Currently Available On"',
        ),
        sa.Column(
            "streaming_platform_count", sa.Integer(), nullable=True, comment='from "(7 platforms)"'
        ),
        sa.Column(
            "streaming_verified_on", sa.Date(), nullable=True, comment='date of "last verified"'
        ),
        sa.Column("url", sa.Text(), nullable=False, comment="page the current values came from"),
        sa.Column(
            "fetched_at",
            sa.DateTime(timezone=True),
            nullable=True,
            comment="fetch time of that page (UTC)",
        ),
        sa.Column("parser_version", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.Text(), nullable=False, comment="hash of that page's bytes"),
        sa.Column(
            "layout", sa.Text(), nullable=False, comment="page layout parsed (current, legacy)"
        ),
        sa.Column(
            "unparsed",
            sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
            nullable=True,
            comment="fields whose page text could not be normalized",
        ),
        sa.Column(
            "record_hash",
            sa.Text(),
            nullable=False,
            comment="sha256 of the normalized record: equal hash means unchanged",
        ),
        sa.Column(
            "first_seen_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "last_seen_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
            comment="latest fetch that produced this record, changed or not",
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
            comment="when the stored values last changed",
        ),
        sa.CheckConstraint("kind IN ('movie', 'show')", name=op.f("ck_titles_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_titles")),
        sa.UniqueConstraint("source", "source_id", name=op.f("uq_titles_source_source_id")),
        comment="One row per title: the record's scalar fields plus provenance.",
    )
    with op.batch_alter_table("titles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_titles_imdb_id"), ["imdb_id"], unique=False)

    op.create_table(
        "credits",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column(
            "title_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references titles.id",
        ),
        sa.Column(
            "person_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references people.id",
        ),
        sa.Column("role", sa.Text(), nullable=False, comment="cast, director or writer"),
        sa.Column(
            "ordinal",
            sa.Integer(),
            nullable=False,
            comment="0-based position in the page's list (billing order for cast)",
        ),
        sa.Column(
            "character",
            sa.Text(),
            nullable=True,
            comment="cast only; null when the page shows none",
        ),
        sa.CheckConstraint("role IN ('cast', 'director', 'writer')", name=op.f("ck_credits_role")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_credits_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_credits_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credits")),
        sa.UniqueConstraint(
            "title_id", "role", "ordinal", name=op.f("uq_credits_title_id_role_ordinal")
        ),
        comment="Who worked on a title, in page order.",
    )
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credits_person_id"), ["person_id"], unique=False)

    op.create_table(
        "pages",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column(
            "fetched_at",
            sa.DateTime(timezone=True),
            nullable=True,
            comment="UTC; null when unknown (a loose HTML file)",
        ),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("content_sha256", sa.Text(), nullable=False, comment="hash of the page's bytes"),
        sa.Column(
            "archive_path", sa.Text(), nullable=True, comment="saved copy: file path or WARC file"
        ),
        sa.Column(
            "archive_offset",
            sa.BigInteger(),
            nullable=True,
            comment="byte offset of the WARC record",
        ),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("parser_version", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False, comment="stored, rejected or failed"),
        sa.Column(
            "title_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
            comment="the title it produced, if stored",
        ),
        sa.Column(
            "run_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=True,
            comment="run that last saw this page",
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "outcome IN ('stored', 'rejected', 'failed')", name=op.f("ck_pages_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_pages_run_id_crawl_runs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_pages_title_id_titles"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pages")),
        sa.UniqueConstraint(
            "url",
            "content_sha256",
            "parser_version",
            name=op.f("uq_pages_url_content_sha256_parser_version"),
        ),
        comment="Pages fetched or re-parsed: one row per distinct (url, content, parser version).",
    )
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pages_run_id"), ["run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pages_title_id"), ["title_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pages_url"), ["url"], unique=False)

    op.create_table(
        "title_countries",
        sa.Column(
            "title_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references titles.id",
        ),
        sa.Column("position", sa.Integer(), nullable=False, comment="0-based order on the page"),
        sa.Column(
            "country_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references countries.id",
        ),
        sa.ForeignKeyConstraint(
            ["country_id"],
            ["countries.id"],
            name=op.f("fk_title_countries_country_id_countries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
            name=op.f("fk_title_countries_title_id_titles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("title_id", "position", name=op.f("pk_title_countries")),
        comment="A title's countries, in page order.",
    )
    with op.batch_alter_table("title_countries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_title_countries_country_id"), ["country_id"], unique=False
        )

    op.create_table(
        "title_genres",
        sa.Column(
            "title_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references titles.id",
        ),
        sa.Column("position", sa.Integer(), nullable=False, comment="0-based order on the page"),
        sa.Column(
            "genre_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references genres.id",
        ),
        sa.ForeignKeyConstraint(
            ["genre_id"],
            ["genres.id"],
            name=op.f("fk_title_genres_genre_id_genres"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
            name=op.f("fk_title_genres_title_id_titles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("title_id", "position", name=op.f("pk_title_genres")),
        comment="A title's genres, in page order.",
    )
    with op.batch_alter_table("title_genres", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_title_genres_genre_id"), ["genre_id"], unique=False)

    op.create_table(
        "title_platforms",
        sa.Column(
            "title_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references titles.id",
        ),
        sa.Column("position", sa.Integer(), nullable=False, comment="0-based order on the page"),
        sa.Column(
            "platform_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references platforms.id",
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platforms.id"],
            name=op.f("fk_title_platforms_platform_id_platforms"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
            name=op.f("fk_title_platforms_title_id_titles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("title_id", "position", name=op.f("pk_title_platforms")),
        comment="A title's streaming platforms, in page order.",
    )
    with op.batch_alter_table("title_platforms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_title_platforms_platform_id"), ["platform_id"], unique=False
        )

    op.create_table(
        "title_studios",
        sa.Column(
            "title_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references titles.id",
        ),
        sa.Column("position", sa.Integer(), nullable=False, comment="0-based order on the page"),
        sa.Column(
            "studio_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="references studios.id",
        ),
        sa.ForeignKeyConstraint(
            ["studio_id"],
            ["studios.id"],
            name=op.f("fk_title_studios_studio_id_studios"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
            name=op.f("fk_title_studios_title_id_titles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("title_id", "position", name=op.f("pk_title_studios")),
        comment="A title's studios shown on the page, in page order.",
    )
    with op.batch_alter_table("title_studios", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_title_studios_studio_id"), ["studio_id"], unique=False)

    op.create_table(
        "rejects",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
            comment="surrogate key",
        ),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("content_sha256", sa.Text(), nullable=False),
        sa.Column("parser_version", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "resolved_at",
            sa.DateTime(timezone=True),
            nullable=True,
            comment="set when a later parse of the same URL became a record",
        ),
        sa.Column(
            "page_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            nullable=False,
            comment="the page that was rejected",
        ),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name=op.f("fk_rejects_page_id_pages"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejects")),
        sa.UniqueConstraint("page_id", name=op.f("uq_rejects_page_id")),
        comment="Pages that could not become a valid record, and why.",
    )
    with op.batch_alter_table("rejects", schema=None) as batch_op:
        batch_op.create_index("ix_rejects_unresolved", ["resolved_at", "url"], unique=False)
        batch_op.create_index(batch_op.f("ix_rejects_url"), ["url"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("rejects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejects_url"))
        batch_op.drop_index("ix_rejects_unresolved")

    op.drop_table("rejects")
    with op.batch_alter_table("title_studios", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_title_studios_studio_id"))

    op.drop_table("title_studios")
    with op.batch_alter_table("title_platforms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_title_platforms_platform_id"))

    op.drop_table("title_platforms")
    with op.batch_alter_table("title_genres", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_title_genres_genre_id"))

    op.drop_table("title_genres")
    with op.batch_alter_table("title_countries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_title_countries_country_id"))

    op.drop_table("title_countries")
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pages_url"))
        batch_op.drop_index(batch_op.f("ix_pages_title_id"))
        batch_op.drop_index(batch_op.f("ix_pages_run_id"))

    op.drop_table("pages")
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credits_person_id"))

    op.drop_table("credits")
    with op.batch_alter_table("titles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_titles_imdb_id"))

    op.drop_table("titles")
    op.drop_table("studios")
    op.drop_table("platforms")
    op.drop_table("people")
    op.drop_table("genres")
    op.drop_table("crawl_runs")
    op.drop_table("countries")
