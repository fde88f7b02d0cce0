"""SQL views for readers of the database: ``facts_flat`` and ``funding_by_province_year``.

Both views leave out syndicated near-copies (``articles.duplicate_of IS NOT NULL``) so nothing is counted
twice. The same SELECTs serve the CLI (query, summary, export, report) as common table expressions, so
they work on a database made before the views existed, or opened read-only.

The 2025 province of every row comes from ``gazetteers/provinces.tsv``, embedded as a VALUES list: the
``facts.province_2025`` column holds it only for province facts (FACTS.md), a dashboard wants it on all.
"""
from __future__ import annotations

import sqlite3

from .data import provinces


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def province_map_sql() -> str:
    """``province_map(province, province_2025)`` as a VALUES list from the gazetteer."""
    rows = ", ".join(f"({_quote(p)}, {_quote(p25)})" for p, p25 in sorted(provinces().items()))
    return f"province_map(province, province_2025) AS (VALUES {rows})"


FACTS_FLAT_SELECT = """
SELECT
  f.id AS fact_id, f.article_id, f.doc, a.title, a.url, a.published,
  f.type, f.text, f.value, f.currency, f.qualifier, f.upper, f.unit,
  f.name, f.category, f.stars, f.count, f.kind, f.role,
  f.province, pm.province_2025, f.year,
  (SELECT r.scope FROM funding r WHERE r.article_id = f.article_id AND r.sentence = f.sentence
     AND f.start >= r.start AND f."end" <= r."end" ORDER BY r.id LIMIT 1) AS scope,
  (SELECT r.status FROM funding r WHERE r.article_id = f.article_id AND r.sentence = f.sentence
     AND f.start >= r.start AND f."end" <= r."end" ORDER BY r.id LIMIT 1) AS status,
  f.sentence, f.article_id || ':' || f.sentence AS sentence_id, s.text AS sentence_text,
  f.start, f."end", f.extractor_version
FROM facts f
JOIN articles a ON a.id = f.article_id
LEFT JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sentence
LEFT JOIN province_map pm ON pm.province = f.province
WHERE a.duplicate_of IS NULL
"""

FUNDING_BY_PROVINCE_YEAR_SELECT = """
SELECT
  r.province, pm.province_2025, r.period AS year, r.scope, r.status,
  SUM(r.amount_vnd) AS amount_vnd, SUM(r.projects) AS projects,
  COUNT(*) AS records, COUNT(DISTINCT r.article_id) AS articles,
  MAX(r.amount_vnd) AS largest_vnd
FROM funding r
JOIN articles a ON a.id = r.article_id
LEFT JOIN province_map pm ON pm.province = r.province
WHERE a.duplicate_of IS NULL
GROUP BY r.province, pm.province_2025, r.period, r.scope, r.status
"""

VIEWS: dict[str, str] = {
    "facts_flat": FACTS_FLAT_SELECT,
    "funding_by_province_year": FUNDING_BY_PROVINCE_YEAR_SELECT,
}


_NO_DUPLICATES = "WHERE a.duplicate_of IS NULL"


def view_sql(name: str, include_duplicates: bool = False) -> str:
    """The full SELECT of a view, with its province map, usable as a subquery.

    ``include_duplicates`` keeps syndicated near-copies too (for inspecting them, never for totals).
    """
    body = VIEWS[name].strip()
    if include_duplicates:
        body = body.replace(_NO_DUPLICATES, "WHERE 1")
    return f"WITH {province_map_sql()} {body}"


def from_view(name: str, alias: str | None = None, include_duplicates: bool = False) -> str:
    """A FROM-clause source for ``name`` that does not need the stored view: ``(SELECT ...) AS alias``."""
    return f"({view_sql(name, include_duplicates)}) AS {alias or name}"


def create_views(conn: sqlite3.Connection) -> None:
    """Create or update the views; a view already up to date is left alone (safe with parallel writers)."""
    for name in VIEWS:
        ddl = f"CREATE VIEW {name} AS {view_sql(name)}"
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
        if row and row[0] == ddl:
            continue
        try:
            with conn:
                conn.execute(f"DROP VIEW IF EXISTS {name}")
                conn.execute(ddl)
        except sqlite3.OperationalError:
            if not views_current(conn):  # another writer may have just made the same view
                raise


def views_current(conn: sqlite3.Connection) -> bool:
    """True when every view exists with the SQL of this version."""
    for name in VIEWS:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
        if not row or row[0] != f"CREATE VIEW {name} AS {view_sql(name)}":
            return False
    return True
