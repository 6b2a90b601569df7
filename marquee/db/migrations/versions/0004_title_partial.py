"""titles.partial: values read from a page known to be cut short

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

A truncated page may create a title that does not exist yet, flagged partial; it never
replaces values read from a complete copy (marquee.db.batch).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "titles",
        sa.Column(
            "partial",
            sa.Boolean(),
            nullable=False,
            server_default=sa.false(),
            comment="values read from a page known to be cut short; a complete copy replaces"
            " them",
        ),
    )


def downgrade() -> None:
    op.drop_column("titles", "partial")
