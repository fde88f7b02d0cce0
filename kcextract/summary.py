"""Totals per province × period × scope × status: one headline figure per cell, and its conflicts.

Money and projects come from the headline funding records (``funding_by_province_year``): in each article a
cell's whole, never a whole plus its parts; across articles the same figure counts once (every source
listed) and different figures make the cell a conflict (views.py says which figure it reports). A plan is
never added to what was done (status is part of the cell). ``breakdown`` lists the parts under their whole.
Quantities are summed per unit from the quantity facts. Syndicated near-copies are left out.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from .views import from_view


@dataclass
class Summary:
    funding: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    breakdown: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"funding": self.funding, "quantities": self.quantities, "conflicts": self.conflicts,
                "breakdown": self.breakdown}


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


def summarise(conn: sqlite3.Connection, provinces: list[str] | None = None, period: str | None = None,
              quantities: bool = True, conflicts: bool = True) -> Summary:
    """The summary for the given pre-2025 provinces and period (all when None).

    ``quantities`` and ``conflicts`` off leave those lists empty: over a whole archive they are long lists
    (every unit of every province) that a terminal summary does not print."""
    where, params = _where(provinces, period, "year")
    funding = _rows(conn, f"SELECT * FROM {from_view('funding_by_province_year', 'g')}{where} "
                          "ORDER BY province, year, scope, status", params)
    facts = from_view("facts_flat", "x")
    quantity_rows = [] if not quantities else _rows(conn, f"""
        SELECT province, province_2025, year, unit, SUM(value) AS total, COUNT(*) AS facts,
               COUNT(DISTINCT article_id) AS articles
        FROM {facts}{where + ' AND' if where else ' WHERE'} type = 'quantity'
        GROUP BY province, province_2025, year, unit ORDER BY province, year, unit""", params)
    conflict_rows = conflicts_of(conn, provinces, period) if conflicts else []
    breakdown = _rows(conn, f"SELECT * FROM {from_view('funding_breakdown', 'b')}{where} "
                            "ORDER BY province, year, whole_amount_vnd DESC, amount_vnd DESC", params)
    return Summary(funding, quantity_rows, conflict_rows, breakdown)


def conflicts_of(conn: sqlite3.Connection, provinces: list[str] | None = None, period: str | None = None,
                 limit: int | None = None) -> list[dict]:
    """Every article's figure for each cell that articles report differently, with its sentence (the first
    ``limit`` rows when given)."""
    where, params = _where(provinces, period, "year")
    return _rows(conn, f"SELECT * FROM {from_view('funding_conflicts', 'c')}{where} "
                       "ORDER BY province, year, scope, status, figure, reported_at"
                       + (f" LIMIT {int(limit)}" if limit is not None else ""), params)


def province_counts(conn: sqlite3.Connection) -> list[dict]:
    """Per 2025 province: the pre-2025 provinces behind it, distinct articles, facts and funding records."""
    facts = from_view("facts_flat", "x")
    return _rows(conn, f"""
        SELECT province_2025, group_concat(DISTINCT province) AS provinces,
               COUNT(DISTINCT article_id) AS articles, COUNT(*) AS facts,
               (SELECT COUNT(*) FROM funding r JOIN articles a ON a.id = r.article_id
                 WHERE a.duplicate_of IS NULL AND r.province_2025 = x.province_2025) AS funding_records
        FROM {facts} WHERE province_2025 IS NOT NULL
        GROUP BY province_2025 ORDER BY facts DESC, province_2025""", [])
