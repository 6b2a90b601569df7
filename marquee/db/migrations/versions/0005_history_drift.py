"""title_changes and v_changes (row history); crawl_runs.profile and .drift (drift alarms)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Every update of a title writes what it changed (marquee.db.history); every run stores the
distribution of its records and what drifted from the last finished runs (marquee.drift).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Json = sa.JSON().with_variant(JSONB(), "postgresql")

V_CHANGES = """
CREATE VIEW v_changes AS
SELECT
    c.id AS change_id, c.title_id, t.source_id, t.title, t.kind,
    c.field, c.change, c.position + 1 AS page_order, c.old_value, c.new_value,
    c.run_id, c.page_id, p.url AS page_url, c.parser_version, c.changed_at
FROM title_changes c
JOIN titles t ON t.id = c.title_id
LEFT JOIN pages p ON p.id = c.page_id
"""


def _fk(name: str, target: str, nullable: bool, comment: str) -> sa.Column[int]:
    ondelete = "SET NULL" if nullable else "CASCADE"
    return sa.Column(
        name,
        Id,
        sa.ForeignKey(f"{target}.id", ondelete=ondelete, name=f"fk_title_changes_{name}_{target}"),
        nullable=nullable,
        comment=comment,
    )


def upgrade() -> None:
    op.add_column(
        "crawl_runs",
        sa.Column(
            "profile",
            Json,
            nullable=True,
            comment="distribution of the run's records per field (marquee.drift), for later runs",
        ),
    )
    op.add_column(
        "crawl_runs",
        sa.Column(
            "drift",
            Json,
            nullable=True,
            comment="fields whose distribution drifted from the last finished runs, with figures",
        ),
    )
    op.create_table(
        "title_changes",
        sa.Column("id", Id, primary_key=True, autoincrement=True, comment="surrogate key"),
        _fk("title_id", "titles", False, "references titles.id"),
        sa.Column(
            "field",
            sa.Text(),
            nullable=False,
            comment="a titles column (runtime_minutes, budget_amount ...), or a list: genres,"
            " countries, studios, platforms, cast, directors, writers",
        ),
        sa.Column(
            "change",
            sa.Text(),
            nullable=False,
            comment="changed (a column), added or removed (a list item), reordered (a list)",
        ),
        sa.Column(
            "position",
            sa.Integer(),
            comment="0-based position of the item added (in the new list) or removed (in the old)",
        ),
        sa.Column(
            "old_value",
            sa.Text(),
            comment='as text: numbers and dates as written, "Actor as Character" for cast,'
            " a JSON array for a reordered list; null when there was none",
        ),
        sa.Column("new_value", sa.Text(), comment="as old_value"),
        _fk("run_id", "crawl_runs", True, "run that wrote the change"),
        _fk("page_id", "pages", True, "page the new values came from"),
        sa.Column("parser_version", sa.Text(), nullable=False, comment="parser of the new values"),
        sa.Column(
            "changed_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.func.current_timestamp(),
        ),
        sa.CheckConstraint(
            "change IN ('changed', 'added', 'removed', 'reordered')", name="ck_title_changes_change"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_title_changes"),
        comment="What each update of a title changed: one row per column or list item.",
    )
    for column in ("title_id", "run_id", "page_id"):
        op.create_index(f"ix_title_changes_{column}", "title_changes", [column])
    op.execute(V_CHANGES)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_changes")
    op.drop_table("title_changes")
    for name in ("drift", "profile"):
        op.drop_column("crawl_runs", name)
