"""Extraction results as a partitioned Parquet dataset (articles, facts, funding, errors), for DuckDB or Spark.

Layout: ``DIR/<table>/part-<key>.parquet``, one file per table and partition of the input; ``key`` hashes
the partition's place in the input, its articles' content ids and the extractor version. A file is written
under a temporary name and renamed, so a task run twice (a retry, a lost worker) leaves one file, never
duplicated rows. The ``articles`` file is written last and says in its metadata whether every article of
the partition was extracted; only then does a later run skip the partition.

Columns and Arrow types are fixed (``SCHEMAS``, version ``SCHEMA_VERSION``, in each file's metadata) and
listed in the README.
"""
from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .ingest import Outcome
from .store import article_row, fact_rows, funding_rows

SCHEMA_VERSION = "2"
_S, _I = pa.string(), pa.int64()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", _S), ("doc", _S), ("source", _S), ("title", _S), ("text", _S), ("url", _S), ("published", _S),
        ("outlet", _S), ("subject", _S), ("subject_2025", _S), ("extractor_version", _S),
        ("signature", pa.binary()),  # MinHash of the text (128 x uint64), for linking syndicated copies downstream
    ]),
    "facts": pa.schema([
        ("id", _S), ("article_id", _S), ("doc", _S), ("type", _S), ("text", _S), ("start", _I), ("end", _I),
        ("sentence", _I), ("value", _S), ("value_int", _I), ("currency", _S), ("qualifier", _S), ("upper", _I),
        ("unit", _S), ("province_2025", _S), ("role", _S), ("name", _S), ("category", _S), ("stars", _I),
        ("count", _I), ("kind", _S), ("province", _S), ("year", _S), ("extractor_version", _S), ("level", _S),
    ]),
    "funding": pa.schema([
        ("id", _S), ("article_id", _S), ("doc", _S), ("sentence", _I), ("scope", _S), ("status", _S),
        ("projects", _I), ("amount_vnd", _I), ("period", _S), ("province", _S), ("province_2025", _S),
        ("text", _S), ("start", _I), ("end", _I), ("extractor_version", _S), ("qualifier", _S), ("purpose", _S),
        ("part_of", _S), ("headline", _I), ("precision_vnd", _I),
    ]),
    "errors": pa.schema([("source", _S), ("stage", _S), ("reason", _S)]),
}
TABLES = ("facts", "funding", "errors", "articles")  # writing order: articles last, it marks the part complete


@dataclass
class PartResult:
    """What writing one partition did (picklable; goes back to the client's report)."""

    stored: int = 0
    funding: int = 0
    facts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason) of extraction failures


def _fact(row: dict) -> dict:
    """A ``facts`` row in Parquet form: ``value`` as text, and as an integer when it is one."""
    value = row["value"]
    is_int = isinstance(value, int) and not isinstance(value, bool)
    return {**row, "value": None if value is None else str(value), "value_int": value if is_int else None}


def path_of(out_dir: Path, table: str, key: str) -> Path:
    return out_dir / table / f"part-{key}.parquet"


def write_partition(out_dir: Path, key: str, outcomes: Iterable[Outcome], read_errors: list[tuple[str, str]],
                    version: str) -> PartResult:
    """Write one partition's rows, one file per table, each atomically (temporary name, then rename)."""
    result = PartResult()
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    rows["errors"] += [{"source": s, "stage": "read", "reason": r} for s, r in read_errors]
    for o in outcomes:
        if o.article is None:
            reason = o.error or "extraction failed"
            rows["errors"].append({"source": o.raw.source, "stage": "extract", "reason": reason})
            result.failures.append((o.raw.source, reason))
            continue
        rows["articles"].append({**article_row(o.aid, o.raw, o.article, version), "signature": o.signature})
        rows["facts"] += map(_fact, fact_rows(o.aid, o.article, version))
        rows["funding"] += funding_rows(o.aid, o.article, version)
        result.stored += 1
        result.facts.update(f.type for f in o.article.facts)
        result.funding += len(o.article.funding)
    complete = "false" if result.failures else "true"
    for table in TABLES:
        schema = SCHEMAS[table].with_metadata({"kcextract.schema": SCHEMA_VERSION, "kcextract.complete": complete})
        target = path_of(out_dir, table, key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        pq.write_table(pa.Table.from_pylist(rows[table], schema=schema), tmp)
        os.replace(tmp, target)
    return result


def is_complete(out_dir: Path, key: str) -> bool:
    """Was this partition written whole, every article extracted (so a re-run may skip it)?"""
    try:
        meta = pq.read_schema(path_of(out_dir, "articles", key)).metadata or {}
    except (OSError, pa.ArrowInvalid):
        return False
    return meta.get(b"kcextract.complete") == b"true" and all(path_of(out_dir, t, key).exists() for t in TABLES)


def keep_only(out_dir: Path, keys: set[str]) -> int:
    """Delete part files of partitions that are not in this run (inputs edited or gone); returns how many."""
    gone = 0
    for table in TABLES:
        for f in (out_dir / table).glob("part-*.parquet"):
            if f.name[len("part-"):-len(".parquet")] not in keys:
                f.unlink(missing_ok=True)
                gone += 1
    return gone
