"""Storage: schema, migrations, dialect upserts and the Database API."""

from marquee.db.counts import WriteCounts
from marquee.db.engine import UnsupportedDatabaseURL, check_db_url, resolve_db_url
from marquee.db.store import Database, FetchState, open_database

__all__ = [
    "Database",
    "FetchState",
    "UnsupportedDatabaseURL",
    "WriteCounts",
    "check_db_url",
    "open_database",
    "resolve_db_url",
]
