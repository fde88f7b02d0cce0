"""A morning digest: what the ingests since a date added, short enough for a newsroom chat or an email.

New funding figures by province (headline figures of the articles stored since), cells that became conflicts,
and articles that replaced an earlier version of themselves. Markdown for chat, HTML for email and Datasette.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from html import escape

from .format import figure
from .views import from_view


@dataclass
class Digest:
    since: str
    articles: int = 0
    figures: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)


def _rows(conn: sqlite3.Connection, sql: str, params: list) -> list[dict]:
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def digest(conn: sqlite3.Connection, since: str) -> Digest:
    """What was stored at or after ``since`` (an ISO date or time, UTC)."""
    d = Digest(since)
    d.articles = conn.execute("SELECT COUNT(*) FROM articles WHERE ingested_at >= ? AND duplicate_of IS NULL",
                              [since]).fetchone()[0]
    cells = from_view("funding_article_cells", "c")
    d.figures = _rows(conn, f"""
        SELECT c.province, c.province_2025, c.year, c.scope, c.status, c.amount_vnd, c.projects, c.qualifier, c.doc,
               c.title FROM {cells} JOIN articles a ON a.id = c.article_id
        WHERE a.ingested_at >= ? ORDER BY c.province, c.year, c.scope, c.status""", [since])
    conflicts = from_view("funding_conflicts", "k")
    d.conflicts = _rows(conn, f"""
        SELECT DISTINCT k.province, k.year, k.scope, k.status FROM {conflicts}
        WHERE EXISTS (SELECT 1 FROM {from_view('funding_conflicts', 'n')} JOIN articles a ON a.doc = n.doc
                      WHERE a.ingested_at >= ? AND n.province IS k.province AND n.year IS k.year
                        AND n.scope = k.scope AND n.status = k.status)
        ORDER BY k.province, k.year""", [since])
    d.changed = _rows(conn, "SELECT doc, title, ingested_at FROM articles WHERE ingested_at >= ? AND replaces IS NOT NULL "
                            "ORDER BY ingested_at", [since])
    return d


def _figure(r: dict) -> str:
    text = figure(r["amount_vnd"], r["qualifier"])
    projects = f"{r['projects']} đề án" if r["projects"] else ""
    return ", ".join(x for x in (text, projects) if x)


def to_markdown(d: Digest) -> str:
    lines = [f"**kcextract digest since {d.since}**: {d.articles} new articles"]
    if d.figures:
        lines.append("")
        lines.append("New funding figures:")
        for r in d.figures:
            lines.append(f"- {r['province'] or '?'} ({r['province_2025'] or '?'}) {r['year'] or ''} {r['scope']}/"
                         f"{r['status']}: {_figure(r)} [{r['doc']}]")
    if d.conflicts:
        lines.append("")
        lines.append("New conflicts (articles disagree; see `kcextract conflicts`):")
        lines += [f"- {r['province']} {r['year'] or ''} {r['scope']}/{r['status']}" for r in d.conflicts]
    if d.changed:
        lines.append("")
        lines.append("Articles that changed:")
        lines += [f"- {r['doc']}: {r['title'] or ''}" for r in d.changed]
    if not (d.figures or d.conflicts or d.changed):
        lines.append("Nothing new about programme funding.")
    return "\n".join(lines) + "\n"


def to_html(d: Digest) -> str:
    parts = [f"<h2>kcextract digest since {escape(d.since)}</h2><p>{d.articles} new articles</p>"]
    if d.figures:
        items = "".join(f"<li>{escape(r['province'] or '?')} {escape(r['year'] or '')} {escape(r['scope'])}/"
                        f"{escape(r['status'])}: <b>{escape(_figure(r))}</b> <small>{escape(r['doc'])}</small></li>"
                        for r in d.figures)
        parts.append(f"<h3>New funding figures</h3><ul>{items}</ul>")
    if d.conflicts:
        items = "".join(f"<li>{escape(r['province'])} {escape(r['year'] or '')} {escape(r['scope'])}/"
                        f"{escape(r['status'])}</li>" for r in d.conflicts)
        parts.append(f"<h3>New conflicts</h3><ul>{items}</ul>")
    if d.changed:
        items = "".join(f"<li>{escape(r['doc'])}: {escape(r['title'] or '')}</li>" for r in d.changed)
        parts.append(f"<h3>Articles that changed</h3><ul>{items}</ul>")
    if not (d.figures or d.conflicts or d.changed):
        parts.append("<p>Nothing new about programme funding.</p>")
    return "".join(parts)
