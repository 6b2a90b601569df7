"""Storage: schema, migrations, dialect upserts and the Database API."""

from marquee.db.counts import WriteCounts
from marquee.db.engine import resolve_db_url
from marquee.db.store import Database, FetchState, open_database

__all__ = ["Database", "FetchState", "WriteCounts", "open_database", "resolve_db_url"]
