"""crawl_runs.run_name and parent_id: one distributed run over many workers

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

Each worker of `marquee crawl --frontier` records its own row; the last worker to leave
adds the whole run's row and points the workers' rows at it (marquee.frontier).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "run_name",
                sa.Text(),
                nullable=True,
                comment="name of a distributed run (marquee crawl --frontier): its workers' rows"
                " and its whole-run row share it; null for a single-process run",
            )
        )
        batch_op.add_column(
            sa.Column(
                "parent_id",
                Id,
                nullable=True,
                comment="a worker's row: the whole-run row it counts towards (set when the run"
                " ends)",
            )
        )
        batch_op.create_index(batch_op.f("ix_crawl_runs_run_name"), ["run_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_crawl_runs_parent_id"), ["parent_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_crawl_runs_parent_id_crawl_runs"), "crawl_runs", ["parent_id"], ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_crawl_runs_parent_id_crawl_runs"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_crawl_runs_parent_id"))
        batch_op.drop_index(batch_op.f("ix_crawl_runs_run_name"))
        batch_op.drop_column("parent_id")
        batch_op.drop_column("run_name")
