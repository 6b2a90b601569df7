"""learned_locators, and titles.learned: fields read by locators learned from stored records

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

`marquee learn` finds where a redesign puts each field from the records already stored, and
keeps the locators that read the known pages right (docs/parser.md, "Learning a redesign").
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column(
        "titles",
        sa.Column(
            "learned",
            Json,
            nullable=True,
            comment="fields read by locators learned from stored records (learned_locators)",
        ),
    )
    op.create_table(
        "learned_locators",
        sa.Column("id", Id, primary_key=True, autoincrement=True, comment="surrogate key"),
        sa.Column("site", sa.Text(), nullable=False, comment="site whose pages it reads"),
        sa.Column(
            "layout",
            sa.Text(),
            nullable=False,
            comment="fingerprint of the layout learned (hash of its locators' anchors)",
        ),
        sa.Column("field", sa.Text(), nullable=False, comment="record field it reads"),
        sa.Column(
            "position", sa.Integer(), nullable=False, comment="order among the field's locators"
        ),
        sa.Column(
            "locator",
            Json,
            nullable=False,
            comment="kind (label, prefix, attr, after), anchor, mode",
        ),
        sa.Column("support", sa.Integer(), nullable=False, comment="known pages it read right"),
        sa.Column(
            "precision",
            sa.Float(),
            nullable=False,
            comment="share right of the pages where it gave a value, in cross-validation",
        ),
        sa.Column("pages", sa.Integer(), nullable=False, comment="known pages learned from"),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.func.current_timestamp(),
        ),
        sa.Column(
            "run_id",
            Id,
            sa.ForeignKey(
                "crawl_runs.id",
                name="fk_learned_locators_run_id_crawl_runs",
                ondelete="SET NULL",
            ),
            nullable=True,
            comment="run whose pages it was learned from",
        ),
        sa.Column(
            "retired_at", sa.DateTime(timezone=True), nullable=True, comment="null while in use"
        ),
        sa.Column("retired_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_learned_locators"),
        comment="Where a redesign puts each field, learned from stored records (marquee learn).",
    )
    op.create_index("ix_learned_locators_run_id", "learned_locators", ["run_id"])
    op.create_index("ix_learned_locators_active", "learned_locators", ["site", "retired_at"])


def downgrade() -> None:
    op.drop_index("ix_learned_locators_active", table_name="learned_locators")
    op.drop_index("ix_learned_locators_run_id", table_name="learned_locators")
    op.drop_table("learned_locators")
    op.drop_column("titles", "learned")
