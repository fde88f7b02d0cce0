"""Open a database for a command that only reads it (query, summary, conflicts, export, report...).

A plain ``sqlite3`` connection: sqlite-utils, which writers use, costs 0.1 s of import, a fifth of a
``query`` on a large archive. A database that needs more than reading (an older schema to upgrade,
funding cells left dirty) goes through ``store.open_db`` instead, which does that first.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 9

# Read-heavy connections (Datasette, query, summary): SQLite reads pages through a memory map of the file
# (shared with the OS cache, no copy per read) and keeps up to 64 MiB of them per connection (the default
# is 2 MiB). A full-text search over a million sentences probes ~55,000 rows: 56 -> 41 ms (count), 70 -> 48 ms
# (first page) on the scale archive.
READ_PRAGMAS = ("PRAGMA mmap_size=2147418112", "PRAGMA cache_size=-65536")
# ... but a whole table read once in order (exports) gains nothing from either: the map would bring the whole
# file into the process's memory and the cache would fill with pages never read again.
STREAM_PRAGMAS = ("PRAGMA mmap_size=0", "PRAGMA cache_size=-2000")


def is_current(conn: sqlite3.Connection) -> bool:
    """A kcextract database of this schema version with no funding cells left to recompute: one a reader
    can read as it is (and a writer can write without DDL, given current views)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return row is not None and int(row[0]) == SCHEMA_VERSION \
            and conn.execute("SELECT 1 FROM dirty_cells LIMIT 1").fetchone() is None
    except (sqlite3.DatabaseError, ValueError):
        return False


def apply_read_pragmas(conn: sqlite3.Connection) -> None:
    for pragma in READ_PRAGMAS:
        conn.execute(pragma)


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A connection to the kcextract database at ``path`` for reading; ``DatabaseError`` names what is wrong."""
    path = Path(path)
    if path.exists():
        conn = sqlite3.connect(path)
        if is_current(conn):
            apply_read_pragmas(conn)
            return conn
        conn.close()
    # missing, not ours, damaged, older, or cells to refresh: open_db says why or brings it up to date
    from .store import open_db

    return open_db(path, create=False).conn
