"""Exports for dashboards: facts, funding, articles and the per-province totals as CSV, JSON or Parquet.

The columns, their order and their types are a versioned contract (``EXPORT_SCHEMA_VERSION``): the same
list writes the files and the README table, so they cannot drift. Add a column → bump the minor promise
(new columns only ever go at the end); rename, drop or retype one → bump the version. Syndicated
near-copies (``articles.duplicate_of``) are never exported, so a dashboard that sums never counts twice.
"""
from __future__ import annotations

from collections.abc import Iterator

import csv
import io
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .reader import STREAM_PRAGMAS
from .views import from_view

EXPORT_SCHEMA_VERSION = 2
FORMATS = ("csv", "json", "parquet")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # "string" or "int64"
    doc: str
    sql: str | None = None  # expression when it is not the source column of the same name


@dataclass(frozen=True)
class ExportTable:
    source: str  # FROM clause (a subquery that already leaves duplicates out)
    order: str
    columns: tuple[Column, ...]


def _c(name: str, type_: str, doc: str, sql: str | None = None) -> Column:
    return Column(name, type_, doc, sql)


_NUMERIC_TYPES = "('money', 'project_count', 'quantity')"

# Columns that mean the same in several exports, defined once.
_SHARED = {c.name: c for c in (
    _c("article_id", "string", "article (hash of its text)"),
    _c("doc", "string", "document id (file name or JSONL id)"),
    _c("title", "string", "article title"),
    _c("url", "string", "article URL, when known"),
    _c("published", "string", "publication date, when known"),
    _c("province", "string", "province (pre-2025 name)"),
    _c("province_2025", "string", "that province after the 1 July 2025 merger"),
    _c("scope", "string", "national, local, total, unspecified"),
    _c("status", "string", "planned, done, unspecified"),
    _c("sentence", "int64", "sentence index in the article"),
    _c("sentence_text", "string", "the sentence"),
    _c("start", "int64", "character offset of text in the article"),
    _c("end", "int64", "end offset (Python slice)"),
    _c("extractor_version", "string", "version of rules and code that made it"),
)}


def _s(*names: str) -> tuple[Column, ...]:
    return tuple(_SHARED[n] for n in names)

TABLES: dict[str, ExportTable] = {
    "facts": ExportTable(from_view("facts_flat"), "doc, start", (
        _c("fact_id", "string", "stable id of the fact"),
        *_s("article_id", "doc", "title", "url", "published"),
        _c("type", "string", "money, project_count, quantity, province, product, ocop, period, organization"),
        _c("text", "string", "the words of the article"),
        _c("value", "string", "normalised value as text (FACTS.md)", "CAST(value AS TEXT)"),
        _c("value_number", "int64", "the value for money (in currency units), project_count and quantity",
           f"CASE WHEN type IN {_NUMERIC_TYPES} THEN CAST(value AS INTEGER) END"),
        _c("currency", "string", "VND, USD, ... (money)"),
        _c("qualifier", "string", "exact, over, under, approx, at_least"),
        _c("upper", "int64", "upper bound of a range"),
        _c("unit", "string", "counted noun (project_count, quantity)"),
        _c("name", "string", "product as written (product)"),
        _c("category", "string", "product category (product)"),
        _c("stars", "int64", "OCOP stars (ocop)"),
        _c("count", "int64", "number of OCOP products (ocop)"),
        _c("kind", "string", "agency, company, cooperative, media (organization)"),
        _c("role", "string", "subject or mention (province)"),
        _c("province", "string", "province the fact is about (pre-2025 name)"),
        _SHARED["province_2025"],
        _c("year", "string", "period governing the sentence: YYYY or YYYY-YYYY"),
        _c("scope", "string", "national, local, total, unspecified: of the funding record holding the fact"),
        _c("status", "string", "planned, done, unspecified: of that funding record"),
        _SHARED["sentence"],
        _c("sentence_id", "string", "sentences.id (article_id:sentence)"),
        *_s("sentence_text", "start", "end", "extractor_version"),
        _c("level", "string", "district, town, city, commune, ward (place)"),
    )),
    "funding": ExportTable(
        "(SELECT r.*, a.title, a.url, s.text AS sentence_text FROM funding r JOIN articles a ON a.id = r.article_id "
        "LEFT JOIN sentences s ON s.article_id = r.article_id AND s.idx = r.sentence "
        "WHERE a.duplicate_of IS NULL) AS funding_export", "doc, start", (
            _c("record_id", "string", "stable id of the record", "id"),
            *_s("article_id", "doc", "title", "url", "scope", "status"),
            _c("projects", "int64", "number of projects (đề án)"),
            _c("amount_vnd", "int64", "amount in đồng"),
            _c("period", "string", "YYYY or YYYY-YYYY"),
            *_s("province", "province_2025", "sentence", "sentence_text"),
            _c("text", "string", "the words of the statement"),
            *_s("start", "end", "extractor_version"),
            _c("qualifier", "string", "exact, over, under, approx, at_least: of the amount"),
            _c("purpose", "string", "what the money was for (machinery, training, ...), or empty"),
            _c("part_of", "string", "record_id of the whole this record breaks down, or empty"),
            _c("headline", "int64", "1 when totals add this record (its cell's whole in its article), else 0"),
        )),
    "articles": ExportTable("(SELECT * FROM articles WHERE duplicate_of IS NULL) AS articles_export", "doc", (
        _c("article_id", "string", "hash of the normalised text", "id"),
        *_s("doc", "title", "url", "published"),
        _c("outlet", "string", "newspaper or site, when known"),
        _c("source", "string", "path it was read from"),
        _c("subject", "string", "province the article is about (pre-2025 name)"),
        _c("subject_2025", "string", "that province after the 1 July 2025 merger"),
        _SHARED["extractor_version"],
        _c("ingested_at", "string", "when it was stored (UTC, ISO 8601)"),
    )),
    "funding_by_province_year": ExportTable(from_view("funding_by_province_year"), "province, year, scope, status", (
        *_s("province", "province_2025"),
        _c("year", "string", "period: YYYY or YYYY-YYYY"),
        *_s("scope", "status"),
        _c("amount_vnd", "int64", "the cell's headline figure in đồng (counted once across articles)"),
        _c("projects", "int64", "the cell's headline project count"),
        _c("qualifier", "string", "over, under, approx, at_least of the figure, or empty"),
        _c("articles", "int64", "distinct articles reporting the cell"),
        _c("figures", "int64", "different figures the articles give (more than 1: a conflict)"),
        _c("conflict", "int64", "1 when articles disagree; the cell then gives the latest published figure"),
        _c("sources", "string", "doc ids of the articles giving the figure shown"),
    )),
    "funding_conflicts": ExportTable(from_view("funding_conflicts"), "province, year, scope, status, figure", (
        *_s("province", "province_2025"),
        _c("year", "string", "period: YYYY or YYYY-YYYY"),
        *_s("scope", "status"),
        _c("figure", "int64", "which of the cell's different figures this row gives (0, 1, ...)"),
        _c("amount_vnd", "int64", "the article's figure for the cell in đồng"),
        _c("projects", "int64", "the article's project count for the cell"),
        _c("qualifier", "string", "over, under, approx, at_least, or empty"),
        *_s("doc", "title"),
        _c("reported_at", "string", "publication date (ingest time when unknown)"),
        _c("sentence_id", "string", "sentences.id (article_id:sentence)"),
        _s("sentence_text")[0],
    )),
}


class ExportError(ValueError):
    """Unknown table or format."""


def _check(table: str, fmt: str) -> ExportTable:
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r} (valid: {', '.join(TABLES)})")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (valid: {', '.join(FORMATS)})")
    return TABLES[table]


CHUNK = 5000  # rows held in memory at a time: exports stream, so memory stays flat with archive size


def fetch(conn: sqlite3.Connection, table: str) -> tuple[tuple[Column, ...], list[tuple]]:
    """The export columns of ``table`` and all its rows, in the schema's order (small tables, tests)."""
    columns, chunks = stream_rows(conn, table)
    return columns, [r for chunk in chunks for r in chunk]


def stream_rows(conn: sqlite3.Connection, table: str) -> tuple[tuple[Column, ...], Iterator[list[tuple]]]:
    """The export columns of ``table`` and its rows in chunks of ``CHUNK``, in the schema's order."""
    spec = _check(table, "csv")
    select = ", ".join(f'{c.sql or _q(c.name)} AS {_q(c.name)}' for c in spec.columns)
    for pragma in STREAM_PRAGMAS:
        conn.execute(pragma)
    cur = conn.execute(f"SELECT {select} FROM {spec.source} ORDER BY {spec.order}")

    def chunks() -> Iterator[list[tuple]]:
        while batch := cur.fetchmany(CHUNK):
            yield batch

    return spec.columns, chunks()


def _q(name: str) -> str:
    return f'"{name}"'


def arrow_schema(table: str):
    """The pyarrow schema of ``table``, with the export schema version in its metadata."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in TABLES[table].columns],
                     metadata={"kcextract_export_schema_version": str(EXPORT_SCHEMA_VERSION), "table": table})


def export(conn: sqlite3.Connection, table: str, fmt: str, out: IO[bytes]) -> int:
    """Write ``table`` as ``fmt`` to the binary stream ``out``, chunk by chunk; return the number of rows."""
    _check(table, fmt)
    columns, chunks = stream_rows(conn, table)
    names = [c.name for c in columns]
    n = 0
    if fmt == "csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(names)
        for chunk in chunks:
            writer.writerows([csv_safe(v) for v in r] for r in chunk)
            out.write(text.getvalue().encode("utf-8"))
            text.seek(0)
            text.truncate()
            n += len(chunk)
        out.write(text.getvalue().encode("utf-8"))  # the header of an empty table
    elif fmt == "json":
        head = {"schema_version": EXPORT_SCHEMA_VERSION, "table": table,
                "columns": [{"name": c.name, "type": c.type} for c in columns]}
        out.write(json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8") + b', "rows": [')
        for chunk in chunks:
            body = ",".join("\n" + json.dumps(dict(zip(names, r)), ensure_ascii=False) for r in chunk)
            out.write(((b"," if n else b"") + body.encode("utf-8")))
            n += len(chunk)
        out.write(b"\n]}\n")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema(table)
        with pq.ParquetWriter(out, schema) as writer:
            for chunk in chunks:
                writer.write_table(pa.Table.from_pydict({c: [r[i] for r in chunk] for i, c in enumerate(names)},
                                                        schema=schema))
                n += len(chunk)
            if not n:
                writer.write_table(schema.empty_table())
    return n


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a leading apostrophe
    (OWASP's advice against CSV formula injection). Numbers stay numbers; JSON and Parquet keep the raw text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_to(conn: sqlite3.Connection, table: str, fmt: str, path: str | Path) -> int:
    """Write ``table`` as ``fmt`` to the file ``path``: to a temporary file beside it, renamed when complete,
    so a failure (disk full, a broken database) never leaves a truncated file."""
    from .atomic import atomic_write

    with atomic_write(path) as fh:
        return export(conn, table, fmt, fh)


def schema_markdown() -> str:
    """The README's table of every export's columns and types (generated, so it never drifts)."""
    lines = [f"Export schema version {EXPORT_SCHEMA_VERSION}.", ""]
    for name, spec in TABLES.items():
        lines += [f"`{name}`:", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.doc} |" for c in spec.columns]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
