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


def metadata(db_name: str) -> dict:
    """The Datasette metadata, keyed to the database Datasette will name ``db_name``."""
    text = resources.files("kcextract.web").joinpath("metadata.yaml").read_text(encoding="utf-8")
    meta = yaml.safe_load(text)
    meta["databases"] = {db_name: meta["databases"]["kcextract"]}
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


def make_datasette(db_path: str | Path):
    """A Datasette instance serving ``db_path`` read-only, with our metadata and plugin."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from .web import plugin

    if not pm.get_plugin(PLUGIN_NAME):
        pm.register(plugin, name=PLUGIN_NAME)
    path = Path(db_path)
    return Datasette([str(path)], metadata=metadata(path.stem),
                     settings={"default_page_size": 50, "facet_time_limit_ms": 1000, "sql_time_limit_ms": 3000})


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run the server until interrupted."""
    import asyncio

    import uvicorn

    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
