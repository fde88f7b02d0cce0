"""Plotly figures of the funding totals, products and OCOP ratings (shared by ``report`` and ``serve``).

Plotly because its JavaScript ships inside the Python wheel: the report embeds it and the Datasette chart
page serves it from the wheel, so neither needs the internet (a Vega/altair page loads its JS from a CDN).
Every function takes plain rows (dicts) and returns a ``plotly.graph_objects.Figure``.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import plotly
import plotly.graph_objects as go

from .format import number, vnd

TY = 10**9
_LAYOUT = dict(template="plotly_white", height=420, margin=dict(l=60, r=20, t=60, b=120), barmode="group",
               legend=dict(orientation="h", y=1.08))


def plotly_js_path() -> Path:
    """The minified plotly.js bundled in the plotly wheel (served offline by the chart page)."""
    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def province_label(r: dict) -> str:
    """A province under its 2025 name, the pre-2025 name beside it when the merger changed it
    ('Tuyên Quang (Hà Giang)'), so a chart reads in today's map and still finds the old article."""
    old, new = r.get("province"), r.get("province_2025")
    if new and old and new != old:
        return f"{new} ({old})"
    return new or old or "?"


def _label(r: dict) -> str:
    return f"{province_label(r)} {r['year'] or '?'}"


def _by_series(rows: list[dict], key, value: str, labels: list[str]) -> dict[str, list]:
    series: dict[str, dict[str, float]] = {}
    for r in rows:
        if r.get(value) is None:
            continue
        s = series.setdefault(key(r), {})
        s[_label(r)] = s.get(_label(r), 0) + r[value]
    return {name: [vals.get(lab) for lab in labels] for name, vals in sorted(series.items())}


MAX_BARS = 40  # province-period groups per chart: a chart of every cell of an archive is unreadable and heavy


def largest_cells(rows: list[dict], n: int = MAX_BARS) -> list[dict]:
    """The rows of the ``n`` province-period groups with the most money (all rows when there are fewer)."""
    totals: dict[str, int] = {}
    for r in rows:
        totals[_label(r)] = totals.get(_label(r), 0) + (r.get("amount_vnd") or 0)
    if len(totals) <= n:
        return rows
    keep = set(sorted(totals, key=lambda k: -totals[k])[:n])
    return [r for r in rows if _label(r) in keep]


def _cells(rows: list[dict]) -> list[str]:
    return list(dict.fromkeys(_label(r) for r in sorted(rows, key=lambda r: (province_label(r), r["year"] or ""))))


def amounts_figure(funding: list[dict]) -> go.Figure:
    """Amounts (tỷ đồng) by province and period, one bar per scope and status (a plan is not added to what was done)."""
    labels = _cells(funding)
    fig = go.Figure()
    for name, values in _by_series(funding, lambda r: f"{r['scope']} · {r['status']}", "amount_vnd", labels).items():
        fig.add_bar(name=name, x=labels, y=[v / TY if v is not None else None for v in values],
                    hovertext=[vnd(v) for v in values], hoverinfo="text+name")
    fig.update_layout(title="Kinh phí khuyến công theo tỉnh và năm / Funding by province and period (tỷ đồng)",
                      yaxis_title="tỷ đồng", **_LAYOUT)
    return fig


def projects_figure(funding: list[dict]) -> go.Figure:
    """Number of projects (đề án) by province and period, one bar per scope and status."""
    labels = _cells(funding)
    fig = go.Figure()
    for name, values in _by_series(funding, lambda r: f"{r['scope']} · {r['status']}", "projects", labels).items():
        fig.add_bar(name=name, x=labels, y=values)
    fig.update_layout(title="Số đề án theo tỉnh và năm / Projects by province and period", yaxis_title="đề án",
                      **_LAYOUT)
    return fig


def scope_figure(funding: list[dict]) -> go.Figure:
    """National (KCQG) against local (KCĐP) money per province and period."""
    rows = [r for r in funding if r["scope"] in ("national", "local")]
    labels = _cells(rows)
    fig = go.Figure()
    for name, values in _by_series(rows, lambda r: r["scope"], "amount_vnd", labels).items():
        fig.add_bar(name={"national": "quốc gia / national", "local": "địa phương / local"}[name], x=labels,
                    y=[v / TY if v is not None else None for v in values], hovertext=[vnd(v) for v in values],
                    hoverinfo="text+name")
    fig.update_layout(title="Khuyến công quốc gia và địa phương / National vs local funding (tỷ đồng)",
                      yaxis_title="tỷ đồng", **_LAYOUT)
    return fig


def products_figure(products: list[str], top: int = 15) -> go.Figure:
    """The most mentioned products (base value), most first."""
    counts = Counter(products).most_common(top)[::-1]
    fig = go.Figure(go.Bar(x=[n for _, n in counts], y=[p for p, _ in counts], orientation="h"))
    fig.update_layout(title="Sản phẩm được nhắc nhiều nhất / Top products (mentions)", xaxis_title="mentions",
                      template="plotly_white", height=420, margin=dict(l=160, r=20, t=60, b=40))
    return fig


def ocop_figure(ocop: list[dict]) -> go.Figure:
    """OCOP mentions by star rating; when the articles rate (almost) nothing, one bar per rating says nothing,
    so the chart shows OCOP mentions by province (2025 name) instead, and says so in its title."""
    rated = [r for r in ocop if r.get("stars") is not None]
    if len({r["stars"] for r in rated}) >= 2 or (rated and len(rated) * 2 >= len(ocop)):
        counts = Counter("chưa xếp hạng / no rating" if r.get("stars") is None else f"{r['stars']} sao" for r in ocop)
        title = "OCOP theo số sao / OCOP mentions by stars"
    else:
        counts = Counter(province_label(r) for r in ocop)
        title = "OCOP theo tỉnh (bài chưa nêu số sao) / OCOP mentions by province (no star ratings given)"
    names = sorted(counts, key=lambda n: (-counts[n], n)) if "tỉnh" in title else sorted(counts)
    fig = go.Figure(go.Bar(x=names, y=[counts[n] for n in names], text=[number(counts[n], 0) for n in names]))
    fig.update_layout(title=title, yaxis_title="mentions",
                      template="plotly_white", height=380, margin=dict(l=60, r=20, t=60, b=60))
    return fig
