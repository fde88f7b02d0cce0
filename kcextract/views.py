"""SQL views for readers of the database: ``facts_flat``, the funding cells and their conflicts.

* ``funding_article_cells``: each article's headline figure per (province, period, scope, status);
* ``funding_by_province_year``: one figure per cell across articles: agreeing reports count once (every
  source listed); different figures make the cell a ``conflict``, and the cell reports the figure of the
  most recently published article (ingest time when no date is known): a newer report revises an older one;
* ``funding_conflicts``: every article's figure for each conflicted cell, with its sentence;
* ``funding_breakdown``: the records that break a whole down (not added to totals), with their whole.

These views leave out syndicated near-copies (``articles.duplicate_of IS NOT NULL``) so nothing is counted
twice. The same SELECTs serve the CLI (query, summary, export, report) as subqueries (``from_view``), so they
work on a database whose stored views are stale, or opened read-only.

The two cross-article views read tables (``funding_cells``, ``funding_conflict_rows``) that the writer
recomputes, cell by changed cell, in the transaction that changes the records (``refresh_cells``): clustering
every article's figures at read time took seconds at 70,000 records, an indexed table takes milliseconds.

Every fact and funding row carries its 2025 province in an indexed column written at ingest, so a filter or
facet by a 2025 name is an index look-up, not a mapping at read time.
"""
from __future__ import annotations

import sqlite3

from .facts import ROUNDING_SHARE


FACTS_FLAT_SELECT = """
SELECT
  f.id AS fact_id, f.article_id, f.doc, a.title, a.url, a.published,
  f.type, f.text, f.value, f.currency, f.qualifier, f.upper, f.unit,
  f.name, f.category, f.stars, f.count, f.kind, f.role,
  f.province, f.province_2025, f.year,
  f.scope, f.status,
  f.sentence, f.article_id || ':' || f.sentence AS sentence_id, s.text AS sentence_text,
  f.start, f."end", f.extractor_version
FROM facts f
JOIN articles a ON a.id = f.article_id
LEFT JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sentence
WHERE a.duplicate_of IS NULL
"""

# One row per article and cell (province, period, scope, status): the article's headline figure for the
# cell, i.e. the sum of its headline records (a whole, never a whole plus its parts; relate.py decides).
FUNDING_ARTICLE_CELLS_SELECT = """
SELECT
  r.article_id, a.doc, a.title, a.url, COALESCE(NULLIF(a.published, ''), a.ingested_at) AS reported_at,
  r.province, r.province_2025, r.period AS year, r.scope, r.status,
  SUM(r.amount_vnd) AS amount_vnd, SUM(r.projects) AS projects,
  MAX(COALESCE(r.precision_vnd, 1)) AS precision_vnd,
  MAX(CASE WHEN r.qualifier IN ('over', 'under', 'approx', 'at_least') THEN r.qualifier ELSE '' END) AS qualifier,
  COUNT(*) AS records, MIN(r.sentence) AS sentence, group_concat(r.text, ' | ') AS texts
FROM funding r
JOIN articles a ON a.id = r.article_id
WHERE a.duplicate_of IS NULL AND r.headline = 1
GROUP BY r.article_id, r.province, r.period, r.scope, r.status
"""

# Articles' figures for one cell, grouped into agreeing figures: sorted by amount, a new figure starts where
# the gap to the previous one is more than its printing rounds away (half the coarser rounding unit; a whole
# unit when either says hơn/gần/khoảng; never more than a fifth of the figure, facts.ROUNDING_SHARE), or where both
# give a different project count.
_CLUSTERED = """
ordered AS (
  SELECT c.*,
    ROW_NUMBER() OVER w AS rn,
    LAG(amount_vnd) OVER w AS prev_amount, LAG(precision_vnd) OVER w AS prev_precision,
    LAG(projects) OVER w AS prev_projects, LAG(qualifier) OVER w AS prev_qualifier
  FROM article_cells c
  WINDOW w AS (PARTITION BY province, year, scope, status ORDER BY amount_vnd, projects, reported_at)
),
flagged AS (
  SELECT *, CASE
    WHEN rn = 1 THEN 0
    WHEN (amount_vnd IS NULL) != (prev_amount IS NULL) THEN 1
    WHEN amount_vnd - prev_amount > MIN(MAX(precision_vnd, prev_precision)
         * (CASE WHEN qualifier != '' OR prev_qualifier != '' THEN 1.0 ELSE 0.5 END), amount_vnd / ROUNDING_SHARE) THEN 1
    WHEN projects IS NOT NULL AND prev_projects IS NOT NULL AND projects != prev_projects THEN 1
    ELSE 0 END AS new_figure
  FROM ordered
),
clustered AS (
  SELECT *, SUM(new_figure) OVER (PARTITION BY province, year, scope, status ORDER BY amount_vnd, projects,
    reported_at ROWS UNBOUNDED PRECEDING) AS figure
  FROM flagged
),
ranked AS (
  SELECT *,
    ROW_NUMBER() OVER (PARTITION BY province, year, scope, status, figure
                       ORDER BY precision_vnd, reported_at DESC) AS precise_rank,  -- the most precisely printed
    MAX(figure) OVER (PARTITION BY province, year, scope, status) AS last_figure,
    json_group_array(article_id) OVER (PARTITION BY province, year, scope, status ORDER BY article_id
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS cell_article_ids
  FROM clustered
),
figures AS (
  SELECT province, province_2025, year, scope, status, figure,
    MAX(CASE WHEN precise_rank = 1 THEN amount_vnd END) AS amount_vnd,
    MIN(precision_vnd) AS precision_vnd, MAX(projects) AS projects, MAX(qualifier) AS qualifier, COUNT(*) AS articles,
    MAX(reported_at) AS latest, group_concat(doc, ', ') AS sources, MAX(last_figure) + 1 AS cell_figures,
    MAX(cell_article_ids) AS article_ids
  FROM ranked
  GROUP BY province, province_2025, year, scope, status, figure
)
""".replace("ROUNDING_SHARE", f"{ROUNDING_SHARE}.0")

# Window sums over each cell instead of correlated look-ups into a CTE: SQLite cannot index a CTE, and a
# look-up per row made this view quadratic in the number of records (minutes at 70,000).
FUNDING_BY_PROVINCE_YEAR_SELECT = f"""
SELECT province, province_2025, year, scope, status, amount_vnd, projects,
  NULLIF(qualifier, '') AS qualifier, cell_articles AS articles, cell_figures AS figures,
  cell_figures > 1 AS conflict, sources, MAX(latest) AS latest, article_ids
FROM (SELECT *, SUM(articles) OVER (PARTITION BY province, year, scope, status) AS cell_articles FROM figures)
GROUP BY province, province_2025, year, scope, status
"""

FUNDING_CONFLICTS_SELECT = """
SELECT c.province, c.province_2025, c.year, c.scope, c.status, c.figure, c.amount_vnd, c.projects,
  NULLIF(c.qualifier, '') AS qualifier, c.doc, c.title, c.reported_at, c.texts,
  c.article_id || ':' || c.sentence AS sentence_id, s.text AS sentence_text
FROM ranked c
LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence
WHERE c.last_figure > 0
"""

FUNDING_BREAKDOWN_SELECT = """
SELECT r.province, r.province_2025, r.period AS year, r.scope, r.status, r.purpose, r.amount_vnd, r.projects,
  r.qualifier, r.text, w.scope AS whole_scope, w.amount_vnd AS whole_amount_vnd, w.projects AS whole_projects,
  w.text AS whole_text, r.doc, r.article_id || ':' || r.sentence AS sentence_id, r.id, r.part_of
FROM funding r
JOIN articles a ON a.id = r.article_id
LEFT JOIN funding w ON w.id = r.part_of
WHERE a.duplicate_of IS NULL AND r.headline = 0
"""

ARTICLES_PUBLIC_SELECT = """
SELECT a.id, a.doc, a.title, a.url, a.published, a.outlet, a.subject, a.subject_2025, a.duplicate_of,
  a.extractor_version, a.ingested_at, a.text
FROM articles a
WHERE 1
"""

VIEWS: dict[str, str] = {
    "articles_public": ARTICLES_PUBLIC_SELECT,
    "facts_flat": FACTS_FLAT_SELECT,
    "funding_article_cells": FUNDING_ARTICLE_CELLS_SELECT,
    "funding_by_province_year": """
SELECT province, province_2025, year, scope, status, amount_vnd, projects, qualifier, articles, figures, conflict,
  sources, latest
FROM funding_cells
""",
    "funding_conflicts": """
SELECT province, province_2025, year, scope, status, figure, amount_vnd, projects, qualifier, doc, title,
  reported_at, texts, sentence_id, sentence_text
FROM funding_conflict_rows
""",
    "funding_breakdown": FUNDING_BREAKDOWN_SELECT,
}

# The two cell views read tables the writer keeps current (refresh_cells); this is what fills them.
CELL_TABLES = {"funding_cells": FUNDING_BY_PROVINCE_YEAR_SELECT, "funding_conflict_rows": FUNDING_CONFLICTS_SELECT}
_ARTICLE_CELLS_FROM = "FROM funding r\nJOIN articles a ON a.id = r.article_id"
_KEYED_FROM = ("FROM temp.refresh_keys k\nJOIN funding r ON r.province IS k.province AND r.period IS k.period "
               "AND r.scope = k.scope AND r.status = k.status\nJOIN articles a ON a.id = r.article_id")


def cells_sql(table: str, keyed: bool = True) -> str:
    """The SELECT that computes a cell table's rows; ``keyed``: only the cells listed in temp.refresh_keys."""
    article_cells = VIEWS["funding_article_cells"].strip()
    assert _ARTICLE_CELLS_FROM in article_cells
    if keyed:
        article_cells = article_cells.replace(_ARTICLE_CELLS_FROM, _KEYED_FROM)
    return f"WITH article_cells AS ({article_cells}), {_CLUSTERED.strip()} {CELL_TABLES[table].strip()}"


def create_cell_tables(conn: sqlite3.Connection) -> bool:
    """The cell tables (empty, columns as their SELECTs give them) and their indexes, when missing or made by
    an earlier version with other columns. True when a table was (re)made: every cell must be computed."""
    made = False
    for table in CELL_TABLES:
        select = f"SELECT * FROM ({cells_sql(table, keyed=False)}) WHERE 0"
        want = [d[0] for d in conn.execute(select).description]
        have = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if have != want:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
            conn.execute(f"CREATE TABLE {table} AS {select}")
            made = True
        conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_cell ON {table}(province, year, scope, status)")
        conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_2025 ON {table}(province_2025)")
    # the conflicts query reads the rows in this order
    conn.execute("CREATE INDEX IF NOT EXISTS funding_conflict_rows_order "
                 "ON funding_conflict_rows(province, year, scope, status, figure)")
    return made


def refresh_cells(conn: sqlite3.Connection) -> int:
    """Recompute the cells whose funding rows changed since the last refresh (listed in dirty_cells by
    triggers); call inside the writer's transaction, so readers see records and cells change together.
    Returns how many cells were recomputed."""
    if not conn.execute("SELECT 1 FROM dirty_cells LIMIT 1").fetchone():
        return 0
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS refresh_keys (province TEXT, period TEXT, scope TEXT, status TEXT)")
    conn.execute("DELETE FROM temp.refresh_keys")
    n = conn.execute("INSERT INTO temp.refresh_keys SELECT DISTINCT province, period, scope, status "
                     "FROM dirty_cells").rowcount
    if n:
        for table in CELL_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM temp.refresh_keys k WHERE "
                         f"k.province IS {table}.province AND k.period IS {table}.year AND k.scope = {table}.scope "
                         f"AND k.status = {table}.status)")
            conn.execute(f"INSERT INTO {table} {cells_sql(table)}")
    conn.execute("DELETE FROM dirty_cells")
    return n


_NO_DUPLICATES = "WHERE a.duplicate_of IS NULL"


def view_sql(name: str, include_duplicates: bool = False) -> str:
    """The full SELECT of a view, with the common table expressions it needs, usable as a subquery.

    ``include_duplicates`` keeps syndicated near-copies too (for inspecting them, never for totals).
    """
    sql = VIEWS[name].strip()
    if include_duplicates:
        sql = sql.replace(_NO_DUPLICATES, "WHERE 1")
    return sql


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
