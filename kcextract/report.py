"""One static HTML report: charts of the funding totals, products and OCOP ratings, and the facts behind them.

The file embeds plotly.js, so it opens from disk in any browser without a server or the internet.
Syndicated near-copies are left out (views.py).
"""
from __future__ import annotations

import datetime as _dt
import sqlite3
from html import escape
from pathlib import Path

from . import charts
from .format import marked_html
from .query import Filters, run_query
from .views import from_view

TABLE_TYPES = ("money", "project_count", "quantity", "product", "ocop")


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict]:
    cur = conn.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def funding_rows(conn: sqlite3.Connection) -> list[dict]:
    """The funding_by_province_year rows (duplicates left out)."""
    return _rows(conn, f"SELECT * FROM {from_view('funding_by_province_year')} ORDER BY province, year")


def figures(conn: sqlite3.Connection, cells: list[dict]) -> list:
    """Every chart of the report, in order (``cells``: the funding_rows)."""
    funding = charts.largest_cells(cells)
    facts = _rows(conn, f"SELECT type, value, stars, province, province_2025 FROM {from_view('facts_flat')} "
                        "WHERE type IN ('product', 'ocop')")
    return [
        charts.amounts_figure(funding),
        charts.projects_figure(funding),
        charts.scope_figure(funding),
        charts.products_figure([f["value"] for f in facts if f["type"] == "product"]),
        charts.ocop_figure([f for f in facts if f["type"] == "ocop"]),
    ]


def _cells_table(conn: sqlite3.Connection, every: list[dict]) -> str:
    """Headline figure per cell, each with its breakdowns under it; conflicted cells marked."""
    from .format import figure, vnd_exact, vnd_full

    cells = sorted(every, key=lambda c: -(c["amount_vnd"] or 0))[:MAX_CELL_ROWS]
    parts_of: dict[tuple, list[dict]] = {}
    for p in _rows(conn, f"SELECT * FROM {from_view('funding_breakdown')} ORDER BY whole_amount_vnd DESC, amount_vnd DESC"):
        parts_of.setdefault((p["province"], p["year"], p["scope"], p["status"]), []).append(p)
    head = "".join(f"<th>{h}</th>" for h in ("province", "2025", "period", "scope", "status", "figure", "đồng",
                                              "projects", "articles", "sources"))
    body = []
    for c in cells:
        mark = " <b title='articles disagree: see Conflicts'>!</b>" if c["conflict"] else ""
        body.append(
            f"<tr><td>{escape(c['province'] or '')}</td><td>{escape(c['province_2025'] or '')}</td>"
            f"<td>{escape(c['year'] or '')}</td><td>{escape(c['scope'])}</td><td>{escape(c['status'])}</td>"
            f"<td class=num>{escape(figure(c['amount_vnd'], c['qualifier']))}{mark}</td>"
            f"<td class=num>{escape(vnd_full(c['amount_vnd']).split('(')[-1].rstrip(')')) if c['amount_vnd'] else ''}</td>"
            f"<td class=num>{c['projects'] or ''}</td><td class=num>{c['articles']}</td>"
            f"<td>{escape(c['sources'] or '')}</td></tr>")
        for p in parts_of.get((c["province"], c["year"], c["scope"], c["status"]), [])[:MAX_PARTS]:
            body.append(
                f"<tr class=part><td colspan=5>↳ part of {escape(p['whole_scope'] or '')} "
                f"{escape(vnd_exact(p['whole_amount_vnd']))}: {escape(p['purpose'] or '')}</td>"
                f"<td class=num>{escape(vnd_exact(p['amount_vnd']))}</td><td></td><td class=num>{p['projects'] or ''}</td>"
                f"<td></td><td>{escape(p['doc'])}</td></tr>")
    more = (f"<p>The {len(cells):,} largest of {len(every):,} cells; every cell: "
            "<code>kcextract summary --csv</code> or the <code>funding_by_province_year</code> table in "
            "<code>kcextract serve</code>.</p>") if len(every) > len(cells) else ""
    return f"{more}<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _conflicts_table(conn: sqlite3.Connection) -> str:
    from .format import vnd_exact
    from .summary import conflicts_of

    every = conflicts_of(conn)
    if not every:
        return "<p>No conflicts: every cell reported by several articles has one figure.</p>"
    rows = every[:MAX_CONFLICT_ROWS]
    head = "".join(f"<th>{h}</th>" for h in ("province", "period", "scope", "status", "figure", "article", "sentence"))
    body = [f"<tr><td>{escape(r['province'] or '')}</td><td>{escape(r['year'] or '')}</td><td>{escape(r['scope'])}</td>"
            f"<td>{escape(r['status'])}</td><td class=num>{escape(vnd_exact(r['amount_vnd']))}</td>"
            f"<td>{escape(r['doc'])}<br><small>{escape(r['reported_at'] or '')}</small></td>"
            f"<td>{escape((r['sentence_text'] or '').strip())}</td></tr>" for r in rows]
    more = (f"<p>The first {len(rows):,} of {len(every):,} conflicting figures; all of them: "
            "<code>kcextract conflicts</code> or <code>kcextract export --table funding_conflicts</code>.</p>"
            ) if len(every) > len(rows) else ""
    return f"{more}<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1200px; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
mark { background: #ffe066; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
tr.part td { color: #555; font-size: 13px; }
"""


# The report stays a few MB at any archive size; the rest is a query or an export away.
MAX_FACT_ROWS = 2000
MAX_CELL_ROWS = 500      # cells, largest amounts first
MAX_PARTS = 20           # breakdown rows under one cell
MAX_CONFLICT_ROWS = 300


def _facts_table(conn: sqlite3.Connection) -> tuple[str, int, int]:
    """The facts table (money and counts first), at most MAX_FACT_ROWS rows; (html, rows shown, facts in all)."""
    rows: list[dict] = []
    for t in TABLE_TYPES:
        if len(rows) >= MAX_FACT_ROWS:
            break
        rows += run_query(conn, Filters(type=t, limit=MAX_FACT_ROWS - len(rows)))
    marks = ", ".join("?" * len(TABLE_TYPES))
    total = conn.execute(f"SELECT COUNT(*) FROM facts f JOIN articles a ON a.id = f.article_id "
                         f"WHERE a.duplicate_of IS NULL AND f.type IN ({marks})", TABLE_TYPES).fetchone()[0]
    head = "".join(f"<th>{h}</th>" for h in ("article", "province", "year", "type", "value", "scope", "sentence"))
    body = []
    for r in rows:
        province = escape(r["province"] or "") + (f" → {escape(r['province_2025'])}"
                                                  if r["province_2025"] and r["province_2025"] != r["province"] else "")
        body.append(
            f"<tr><td>{escape(r['doc'])}<br><small>{escape(r['title'] or '')}</small></td><td>{province}</td>"
            f"<td>{escape(r['year'] or '')}</td><td>{escape(r['type'])}</td><td class=num>{escape(r['value_text'])}</td>"
            f"<td>{escape(r['scope'] or '')}</td>"
            f"<td>{marked_html(r['sentence_text'], r['start'], r['end'], r['sentence_start'] or 0)}</td></tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>", len(rows), total


def render(conn: sqlite3.Connection, title: str = "Khuyến công: kinh phí và kết quả") -> str:
    """The whole report as one HTML string."""
    parts = []
    cells = funding_rows(conn)  # read once: charts and the cells table
    for i, fig in enumerate(figures(conn, cells)):
        parts.append(fig.to_html(full_html=False, include_plotlyjs=(i == 0), config={"displaylogo": False}))
    table, n, total = _facts_table(conn)
    more = (f"<p>The first {n:,} of {total:,} facts; all of them: <code>kcextract query --csv</code>, "
            "<code>kcextract export</code> or <code>kcextract serve</code>.</p>") if total > n else ""
    articles = conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]
    today = _dt.date.today().isoformat()
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="icon" href="data:,"><style>{_CSS}</style></head>
<body><h1>{escape(title)}</h1>
<p>{articles} articles (syndicated copies left out), made by kcextract on {today}. Each cell shows one headline
figure: an article's whole, never a whole plus its parts (the parts are listed under it); the same figure from
several articles counts once. Where articles disagree (marked !) the cell shows the most recently published
figure, and every figure is listed under Conflicts.</p>
{''.join(parts)}
<h2>Kinh phí theo ô / Funding cells</h2>
{_cells_table(conn, cells)}
<h2>Số liệu lệch nhau / Conflicts</h2>
{_conflicts_table(conn)}
<h2>Các dữ kiện / The facts ({n})</h2>
{more}{table}
</body></html>
"""


def write_report(conn: sqlite3.Connection, out: str | Path) -> Path:
    """Write the report to ``out`` and return its path."""
    from .atomic import atomic_write

    path = Path(out)
    html = render(conn).encode("utf-8")
    with atomic_write(path) as fh:
        fh.write(html)
    return path
