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


def figures(conn: sqlite3.Connection) -> list:
    """Every chart of the report, in order."""
    funding = funding_rows(conn)
    facts = _rows(conn, f"SELECT type, value, stars FROM {from_view('facts_flat')} WHERE type IN ('product', 'ocop')")
    return [
        charts.amounts_figure(funding),
        charts.projects_figure(funding),
        charts.scope_figure(funding),
        charts.products_figure([f["value"] for f in facts if f["type"] == "product"]),
        charts.ocop_figure([f["stars"] for f in facts if f["type"] == "ocop"]),
    ]


_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1200px; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
mark { background: #ffe066; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
"""


def _facts_table(conn: sqlite3.Connection) -> tuple[str, int]:
    rows = [r for r in run_query(conn, Filters()) if r["type"] in TABLE_TYPES]
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
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>", len(rows)


def render(conn: sqlite3.Connection, title: str = "Khuyến công: kinh phí và kết quả") -> str:
    """The whole report as one HTML string."""
    parts = []
    for i, fig in enumerate(figures(conn)):
        parts.append(fig.to_html(full_html=False, include_plotlyjs=(i == 0), config={"displaylogo": False}))
    table, n = _facts_table(conn)
    articles = conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]
    today = _dt.date.today().isoformat()
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="icon" href="data:,"><style>{_CSS}</style></head>
<body><h1>{escape(title)}</h1>
<p>{articles} articles (syndicated copies left out), made by kcextract on {today}. Amounts come from the funding
records the extractor found; a cell of several records may hold a total and its parts, so check the sentences
below before adding figures up.</p>
{''.join(parts)}
<h2>Các dữ kiện / The facts ({n})</h2>
{table}
</body></html>
"""


def write_report(conn: sqlite3.Connection, out: str | Path) -> Path:
    """Write the report to ``out`` and return its path."""
    path = Path(out)
    path.write_text(render(conn), encoding="utf-8")
    return path
