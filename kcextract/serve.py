"""``kcextract serve``: Datasette on a kcextract database, read-only, with our metadata and plugin.

The database is opened read-only (``mode=ro``; Datasette's 0.x line has no write routes, and the
SQL it runs for users is read-only), not immutable: the file is in WAL mode, so the server keeps
answering while ``kcextract ingest`` writes, and each request sees the last committed batch. Metadata (titles, Vietnamese/English column descriptions, facets, canned queries) lives in
``web/metadata.yaml``; ``web/plugin.py`` adds sentence links and the chart page.
"""
from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

import yaml

from .store import open_db
from .views import create_views, views_current

PLUGIN_NAME = "kcextract"


# Tables no web visitor reads: local paths (errors, articles.source), internal indexes. The articles are served
# through the ``articles_public`` view instead, without their source path.
PRIVATE_TABLES = ("articles", "errors", "signatures", "lsh", "meta", "dirty_cells")
# Tables that only feed a view: the view is what readers browse (same rows, documented columns).
FEEDER_TABLES = ("funding_cells", "funding_conflict_rows")
# Bounds on what one request can make SQLite build (a blob, a string): SQLITE_LIMIT_LENGTH in bytes.
MAX_VALUE_BYTES = 5_000_000


def metadata(db_name: str, allow_sql: bool = False) -> dict:
    """The Datasette metadata, keyed to the database Datasette will name ``db_name``.

    Arbitrary SQL is off unless ``allow_sql`` (canned queries always run); private tables are denied."""
    text = resources.files("kcextract.web").joinpath("metadata.yaml").read_text(encoding="utf-8")
    meta = yaml.safe_load(text)
    db_meta = meta["databases"]["kcextract"]
    meta["databases"] = {db_name: db_meta}
    tables = db_meta.setdefault("tables", {})
    for name in PRIVATE_TABLES:
        tables.setdefault(name, {}).update({"hidden": True, "allow": False})
    for name in FEEDER_TABLES:
        tables.setdefault(name, {})["hidden"] = True
    if not allow_sql:
        meta["allow_sql"] = False
    return meta


def prepare(db_path: str | Path) -> list[str]:
    """Check ``db_path`` is a kcextract database and bring its views up to date; return warnings."""
    db = open_db(db_path, create=False)  # raises DatabaseError: missing or not ours
    try:
        if not views_current(db.conn):
            create_views(db.conn)
    except sqlite3.OperationalError as exc:  # read-only file: serve what is there, and say so
        return [f"{db_path}: cannot update the views ({exc}); serving them as they are"]
    finally:
        db.conn.close()
    return []


def make_datasette(db_path: str | Path, allow_sql: bool = False):
    """A Datasette instance serving ``db_path`` read-only, with our metadata and plugin.

    ``allow_sql`` lets visitors run their own SELECTs (for a trusted desk); results stay bounded in time
    (3 s), rows (1,000) and the size of any one value (``MAX_VALUE_BYTES``)."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from .web import plugin

    if not pm.get_plugin(PLUGIN_NAME):
        pm.register(plugin, name=PLUGIN_NAME)
    path = Path(db_path)
    templates = resources.files("kcextract.web").joinpath("templates")
    return Datasette([str(path)], metadata=metadata(path.stem, allow_sql), template_dir=str(templates),
                     settings={"default_page_size": 50, "default_facet_size": 5, "suggest_facets": False,
                               "facet_time_limit_ms": 200, "sql_time_limit_ms": 3000,
                               "max_returned_rows": 1000, "max_csv_mb": 50, "allow_download": False})


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, allow_sql: bool = False) -> None:
    """Run the server until interrupted."""
    import asyncio

    import uvicorn

    ds = make_datasette(db_path, allow_sql)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
