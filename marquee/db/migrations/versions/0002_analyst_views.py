"""analyst views: v_titles, v_cast, v_credits, v_title_genres/countries/studios/platforms

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Plain SQL that SQLite and PostgreSQL both accept (no custom functions), so the SQLite file
opens cleanly in the sqlite3 shell and Datasette. Documented in docs/queries.md.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Both amounts are cast to a float type: SQLite would otherwise divide integers as integers.
V_TITLES = """
CREATE VIEW v_titles AS
SELECT
    t.id AS title_id, t.source, t.source_id, t.kind, t.title, t.tagline,
    t.release_date, t.release_year, t.runtime_minutes, t.content_rating,
    t.user_rating_count, t.seasons, t.imdb_id, t.studios_total,
    t.budget_amount, t.budget_currency, t.box_office_amount, t.box_office_currency,
    CASE
        WHEN t.budget_currency = t.box_office_currency AND t.budget_amount > 0
        THEN CAST(t.box_office_amount AS DOUBLE PRECISION)
             / CAST(t.budget_amount AS DOUBLE PRECISION)
    END AS box_office_to_budget,
    t.streaming_available, t.streaming_platform_count, t.streaming_verified_on,
    t.url, t.fetched_at, t.first_seen_at, t.last_seen_at, t.updated_at
FROM titles t
"""

V_CREDITS = """
CREATE VIEW v_credits AS
SELECT
    c.title_id, t.source_id, t.title, t.kind, t.release_year,
    c.role, c.ordinal + 1 AS billing_order, c.person_id, p.name AS person,
    c."character" AS "character"
FROM credits c
JOIN titles t ON t.id = c.title_id
JOIN people p ON p.id = c.person_id
"""

V_CAST = """
CREATE VIEW v_cast AS
SELECT
    c.title_id, t.source_id, t.title, t.kind, t.release_year,
    c.ordinal + 1 AS billing_order, c.person_id, p.name AS actor,
    c."character" AS "character"
FROM credits c
JOIN titles t ON t.id = c.title_id
JOIN people p ON p.id = c.person_id
WHERE c.role = 'cast'
"""

# view -> (link table, vocabulary table, foreign key column, name column in the view)
LINK_VIEWS: dict[str, tuple[str, str, str, str]] = {
    "v_title_genres": ("title_genres", "genres", "genre_id", "genre"),
    "v_title_countries": ("title_countries", "countries", "country_id", "country"),
    "v_title_studios": ("title_studios", "studios", "studio_id", "studio"),
    "v_title_platforms": ("title_platforms", "platforms", "platform_id", "platform"),
}
PLATFORM_EXTRAS = ", t.streaming_available, t.streaming_verified_on"


def _link_view(view: str, link: str, vocabulary: str, key: str, column: str) -> str:
    extras = PLATFORM_EXTRAS if view == "v_title_platforms" else ""
    return f"""
CREATE VIEW {view} AS
SELECT
    l.title_id, t.source_id, t.title, t.kind, t.release_year,
    l.position + 1 AS page_order, v.id AS {column}_id, v.name AS {column}{extras}
FROM {link} l
JOIN titles t ON t.id = l.title_id
JOIN {vocabulary} v ON v.id = l.{key}
"""


def _views() -> dict[str, str]:
    views = {"v_titles": V_TITLES, "v_credits": V_CREDITS, "v_cast": V_CAST}
    views.update({view: _link_view(view, *parts) for view, parts in LINK_VIEWS.items()})
    return views


def upgrade() -> None:
    """Create the analyst views."""
    for ddl in _views().values():
        op.execute(ddl)


def downgrade() -> None:
    """Drop the analyst views."""
    for view in reversed(list(_views())):
        op.execute(f"DROP VIEW IF EXISTS {view}")
