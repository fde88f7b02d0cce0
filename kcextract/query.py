"""Query stored facts by province, type, period, scope, amount, product, OCOP and full text.

Filters become parameterised SQL over ``facts_flat`` (views.py); nothing a user types is ever pasted into
SQL. Province input is resolved here: a pre-2025 name, an alias, or a 2025 province (which stands for
every pre-2025 province merged into it), with or without diacritics; an unknown name raises
:class:`QueryError` with the nearest names.
"""
from __future__ import annotations

import difflib
import heapq
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .data import province_aliases, provinces
from .errors import KcextractError
from .facts import FACT_TYPES, SCOPES
from .format import fact_value, marked
from .normalise import fold, strip_accents
from .numbers import parse_number
from .views import from_view


class QueryError(KcextractError):
    """A filter value that cannot be used (unknown province, malformed period or amount)."""


_PREFIXES = ("tinh ", "thanh pho ", "tp ")


def _key(text: str) -> str:
    key = strip_accents(text)
    for p in _PREFIXES:
        if key.startswith(p) and len(key) > len(p):
            return key[len(p):]
    return key


@lru_cache(maxsize=None)
def _province_index() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(accent-free key -> display name, display name -> the pre-2025 provinces it covers)."""
    to_2025 = provinces()
    covers: dict[str, set[str]] = {}
    for old, new in to_2025.items():
        covers.setdefault(old, set()).add(old)
        covers.setdefault(new, set()).add(old)  # a 2025 name covers every province merged into it
    keys: dict[str, str] = {_key(name): name for name in covers}
    for alias, canonical in province_aliases().items():
        keys.setdefault(_key(alias), canonical)
    return keys, {name: frozenset(v) for name, v in covers.items()}


def province_names() -> list[str]:
    """Every province name a user may give (pre-2025 and 2025), sorted."""
    return sorted(_province_index()[1])


def resolve_province(name: str) -> list[str]:
    """The pre-2025 provinces ``name`` stands for; ``Tuyên Quang`` -> [Hà Giang, Tuyên Quang]."""
    keys, covers = _province_index()
    name = unicodedata.normalize("NFC", name)
    hit = keys.get(_key(name))
    if hit is None:
        near = difflib.get_close_matches(_key(name), list(keys), n=4, cutoff=0.6)
        suggestions = list(dict.fromkeys(keys[k] for k in near))
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        raise QueryError(f"unknown province {name!r}{hint} (valid: any of the 63 provinces before 2025 or the "
                         f"34 after the 1 July 2025 merger, e.g. {', '.join(province_names()[:4])}, ...)")
    return sorted(covers.get(hit, {hit}))


_PERIOD_RE = re.compile(r"^\s*(\d{4})\s*(?:[-–—]\s*(\d{4}))?\s*$")


def normalise_period(text: str) -> str:
    """``2023`` -> ``2023``; ``2016 – 2020`` -> ``2016-2020``; anything else is an error."""
    m = _PERIOD_RE.match(text)
    if not m:
        raise QueryError(f"period {text!r}: expected a year (2023) or a range (2016-2020)")
    return m.group(1) if not m.group(2) else f"{m.group(1)}-{m.group(2)}"


_BARE_SCALES = {"ty": "tỷ", "ti": "tỷ", "trieu": "triệu", "nghin": "nghìn", "ngan": "nghìn"}


def parse_amount(text: str) -> int:
    """``2 tỷ``, ``900 triệu``, ``1,5 tỷ đồng``, ``2000000000`` -> VND."""
    cleaned = re.sub(r"\s*(đồng|dong|vnđ|vnd|đ)\s*$", "", text.strip(), flags=re.I)
    for bare, word in _BARE_SCALES.items():  # '2 ty' typed without diacritics
        cleaned = re.sub(rf"(?<!\w){bare}(?!\w)", word, cleaned, flags=re.I)
    value = parse_number(cleaned) if cleaned else None
    if value is None or value < 0:
        raise QueryError(f"amount {text!r}: expected a number of đồng such as 2000000000, '2 tỷ' or '900 triệu'")
    if value > 2**63 - 1:
        raise QueryError(f"amount {text!r}: larger than any amount stored (at most 9223372036854775807 đồng)")
    return int(value)


@dataclass
class Filters:
    """What to look for; every field is optional and they combine with AND."""

    provinces: list[str] | None = None  # pre-2025 names, from resolve_province
    type: str | None = None
    period: str | None = None
    scope: str | None = None
    min_vnd: int | None = None
    max_vnd: int | None = None
    product: str | None = None
    ocop: bool = False
    stars: int | None = None
    text: str | None = None
    include_duplicates: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        # typed or pasted text may come decomposed (NFD); the stored text is NFC
        for name in ("product", "text"):
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, unicodedata.normalize("NFC", value))


def fts_phrase(text: str) -> str:
    """User text as one FTS5 phrase: folded like the index, quotes doubled, so no FTS or SQL syntax survives."""
    return '"' + fold(text).replace('"', '""') + '"'


def build_sql(f: Filters) -> tuple[str, list]:
    """The SELECT for ``f`` and its parameters."""
    if f.type is not None and f.type not in FACT_TYPES:
        raise QueryError(f"unknown type {f.type!r} (valid: {', '.join(FACT_TYPES)})")
    if f.scope is not None and f.scope not in SCOPES:
        raise QueryError(f"unknown scope {f.scope!r} (valid: {', '.join(SCOPES)})")
    source = from_view("facts_flat", "x", f.include_duplicates)
    where: list[str] = []
    params: list = []
    if f.provinces:
        where.append(f"x.province IN ({', '.join('?' * len(f.provinces))})")
        params += f.provinces
    if f.type:
        where.append("x.type = ?")
        params.append(f.type)
    if f.period:
        where.append("x.year = ?")
        params.append(f.period)
    if f.scope:
        where.append("x.scope = ?")
        params.append(f.scope)
    if f.min_vnd is not None:
        where.append("x.type = 'money' AND x.currency = 'VND' AND x.value >= ?")
        params.append(f.min_vnd)
    if f.max_vnd is not None:
        where.append("x.type = 'money' AND x.currency = 'VND' AND x.value <= ?")
        params.append(f.max_vnd)
    # sentence filters name the (article, sentence) pairs first and the facts are looked up from them by
    # index (CROSS JOIN keeps that order): an EXISTS per fact row, or a scan of the facts in export order
    # testing each against the pairs, reads every fact of the archive (seconds to minutes at a million)
    sentence_sets: list[str] = []
    params_sets: list = []
    if f.product:
        # one indexed look-up per column (facts_product_*), not a scan of every product fact
        sentence_sets.append(" UNION ".join(
            f"SELECT o.article_id, o.sentence FROM facts o WHERE o.type = 'product' AND lower(o.{col}) = ?"
            for col in ("value", "name", "text")))
        params_sets += [fold(f.product.strip())] * 3
    if f.ocop or f.stars is not None:
        cond = " AND o.stars = ?" if f.stars is not None else ""
        sentence_sets.append(f"SELECT o.article_id, o.sentence FROM facts o WHERE o.type = 'ocop'{cond}")
        if f.stars is not None:
            params_sets.append(f.stars)
    if f.text is not None:
        if not fold(f.text).strip():
            raise QueryError("--text is empty")
        sentence_sets.append("SELECT s.article_id, s.idx AS sentence FROM sentences s "
                             "JOIN sentences_fts ON sentences_fts.rowid = s.rowid WHERE sentences_fts MATCH ?")
        params_sets.append(fts_phrase(f.text))
    if sentence_sets:
        hits = " INTERSECT ".join(f"SELECT * FROM ({q})" for q in sentence_sets)
        source = (f"({hits}) AS h CROSS JOIN {source} "
                  "ON x.article_id = h.article_id AND x.sentence = h.sentence")
        params = params_sets + params
    sql = (f"SELECT x.*, s.start AS sentence_start FROM {source} "
           "LEFT JOIN sentences s ON s.id = x.sentence_id "
           + (f"WHERE {' AND '.join(where)} " if where else "")
           + "ORDER BY x.doc, x.start")
    if f.limit:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


def first_and_count(conn, f: Filters, shown: int) -> tuple[list[dict], int, int]:
    """The first ``shown`` rows of ``f`` (as ``run_query`` builds them) and how many facts and distinct articles
    match in all. One pass reads only each match's keys (SQLite then skips the sentence joins) and keeps the
    first ``shown`` in a heap; only those rows are then fetched and built: memory stays flat at any count."""
    sql, params = build_sql(replace(f, limit=None))
    unordered = sql[:sql.rindex(" ORDER BY ")]
    cur = conn.execute(f"SELECT doc, start, fact_id, article_id FROM ({unordered})", params)
    articles: set[str] = set()
    n = 0

    def keys() -> Iterator[tuple]:
        nonlocal n
        for doc, start, fact_id, article_id in cur:
            n += 1
            articles.add(article_id)
            yield doc, start, fact_id

    first = heapq.nsmallest(shown, keys())
    if not first:
        return [], 0, 0
    ids = [k[2] for k in first]
    cur = conn.execute("SELECT x.*, s.start AS sentence_start FROM facts_flat x "
                       "LEFT JOIN sentences s ON s.id = x.sentence_id "
                       f"WHERE x.fact_id IN ({', '.join('?' * len(ids))})", ids)
    cols = [d[0] for d in cur.description]
    rank = {fact_id: k for k, fact_id in enumerate(ids)}
    rows = sorted((dict(zip(cols, values)) for values in cur), key=lambda r: rank[r["fact_id"]])
    return [_built(r) for r in rows], n, len(articles)


def _built(row: dict) -> dict:
    row["value_text"] = fact_value(row)
    row["sentence_marked"] = marked(row["sentence_text"], row["start"], row["end"], row["sentence_start"] or 0)
    return row


def run_query(conn, f: Filters) -> list[dict]:
    """Rows of facts_flat matching ``f``, each with ``value_text`` (Vietnamese form) and ``sentence_marked``."""
    sql, params = build_sql(f)
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    rows = []
    for values in cur:
        rows.append(_built(dict(zip(cols, values))))
    return rows


OUTPUT_COLUMNS = ("doc", "title", "province", "province_2025", "year", "type", "text", "value", "value_text",
                  "scope", "status", "sentence", "sentence_marked", "article_id", "fact_id")
