"""crawl_runs: host, pid and process of the run, so that the next run can close a dead one

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

A run whose process was killed (SIGKILL, OOM, power) leaves its row "running"; the next run
on the same host closes it as "abandoned" when that process is gone (marquee.db.runs).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "crawl_runs",
        sa.Column("host", sa.Text(), nullable=True, comment="host name of the process running it"),
    )
    op.add_column(
        "crawl_runs",
        sa.Column(
            "pid",
            sa.Integer(),
            nullable=True,
            comment="process id of the process running it, on that host",
        ),
    )
    op.add_column(
        "crawl_runs",
        sa.Column(
            "process",
            sa.Text(),
            nullable=True,
            comment="boot id, pid namespace and start time of that process: tells a process gone"
            " (the run is then abandoned) from a later one with the same pid",
        ),
    )


def downgrade() -> None:
    for name in ("process", "pid", "host"):
        op.drop_column("crawl_runs", name)
