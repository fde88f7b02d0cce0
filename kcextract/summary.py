"""Totals per province × period × scope, and a warning for figures that several articles repeat.

Money and projects come from the funding records (``funding_by_province_year``), split by status too, so a
plan is never added to what was done. Quantities are summed per unit from the quantity facts. Syndicated
near-copies are left out (views.py). A total is only as good as its parts: when the same amount for the
same province and period is reported by several articles, it is listed in ``repeats`` so nobody adds it
twice.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from .views import from_view


@dataclass
class Summary:
    funding: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)
    repeats: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"funding": self.funding, "quantities": self.quantities, "repeats": self.repeats}


def _rows(conn: sqlite3.Connection, sql: str, params: list) -> list[dict]:
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def _where(provinces: list[str] | None, period: str | None, year_col: str) -> tuple[str, list]:
    conds, params = [], []
    if provinces:
        conds.append(f"province IN ({', '.join('?' * len(provinces))})")
        params += provinces
    if period:
        conds.append(f"{year_col} = ?")
        params.append(period)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def summarise(conn: sqlite3.Connection, provinces: list[str] | None = None, period: str | None = None) -> Summary:
    """The summary for the given pre-2025 provinces and period (all when None)."""
    where, params = _where(provinces, period, "year")
    funding = _rows(conn, f"SELECT * FROM {from_view('funding_by_province_year', 'g')}{where} "
                          "ORDER BY province, year, scope, status", params)
    facts = from_view("facts_flat", "x")
    quantities = _rows(conn, f"""
        SELECT province, province_2025, year, unit, SUM(value) AS total, COUNT(*) AS facts,
               COUNT(DISTINCT article_id) AS articles
        FROM {facts}{where + ' AND' if where else ' WHERE'} type = 'quantity'
        GROUP BY province, province_2025, year, unit ORDER BY province, year, unit""", params)
    repeats = _rows(conn, f"""
        SELECT province, year, value AS amount_vnd, COUNT(DISTINCT article_id) AS articles,
               group_concat(DISTINCT doc) AS docs, group_concat(DISTINCT text) AS texts
        FROM {facts}{where + ' AND' if where else ' WHERE'} type = 'money' AND currency = 'VND'
        GROUP BY province, year, value HAVING COUNT(DISTINCT article_id) > 1
        ORDER BY province, year, value""", params)
    return Summary(funding, quantities, repeats)
