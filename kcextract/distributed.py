"""Stage 6, beyond one machine: run extraction on a Dask cluster (a LocalCluster here, or a scheduler's workers).

The shape of a run:

* the **client** (this process) plans **partitions**: small files grouped up to ``PART_BYTES`` (or
  ``PART_FILES`` files), a large uncompressed JSONL file cut into byte slices that start at line starts (the
  client counts their newlines once, so each slice knows its first line number and sources stay ``path:line``);
* a **scan** task per partition reads it on a worker and returns each article's content id (and the inputs
  that could not be read); the client, in input order, asks ``Incremental`` which of them still need work,
  so a re-run over an unchanged corpus costs one read and hash per article and no extraction;
* an **extract** task per partition with work re-reads it and extracts the wanted articles. Its outcomes
  come back to the single ``Writer`` in input order (out-of-order partitions wait in a bounded buffer), so
  the database equals the plain engine's, syndicated-copy links included; or, with ``out_parquet``, the
  worker writes the partition's rows as Parquet files itself (``kcextract.parquet``).

Tasks are pure (same input, same outcome): a task lost with its worker is run again elsewhere by the
scheduler (``RETRIES`` more times on an exception), and the content-keyed writer stores nothing twice.
Every worker process loads the pipeline once, when it starts (``WarmUp`` plugin; ``pipeline.nlp`` is
cached per process). The inputs must be readable at the same paths on every worker (shared storage).
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._sqlite import sqlite_utils
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from . import parquet
from .errors import InputError, KcextractError
from .ingest import BATCH, Incremental, Outcome, Writer, default_jobs, extract_one, warm_up
from .pipeline import article_id, extractor_version
from .readers import RawArticle, expand, read_path, read_slice
from .store import IngestReport

PART_BYTES = 1 << 20   # ~200 news articles of JSONL: a task of 10-30 s, long enough to dwarf scheduling
PART_FILES = 256       # one-article files per partition, at most
RETRIES = 2            # extra attempts of a task that raised (a lost worker is handled by the scheduler)
CONNECT_TIMEOUT = 5    # seconds to wait for a scheduler that does not answer


class ClusterError(KcextractError):
    """The Dask cluster cannot be reached, or lost a task for good."""


@dataclass(frozen=True)
class Piece:
    """A whole file, or bytes ``[start, end)`` of an uncompressed JSONL file whose first line is ``first_line``."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


@dataclass(frozen=True)
class Partition:
    """The unit of work of one task: pieces read one after another, in input order."""

    index: int
    pieces: tuple[Piece, ...]

    def read(self, on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
        for p in self.pieces:
            if p.start == 0 and p.end is None:
                yield from read_path(Path(p.path), on_error)
            else:
                yield from read_slice(Path(p.path), p.start, p.end, p.first_line, on_error)


@dataclass
class Scan:
    """What a scan task sends back: the content id of each article read, and the inputs that failed."""

    ids: list[str]
    errors: list[tuple[str, str]]  # (source, reason); InputError itself does not survive pickling


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def split_jsonl(path: Path, part_bytes: int = PART_BYTES) -> Iterator[Piece]:
    """Slices of about ``part_bytes`` of a JSONL file, cut at line starts, each with its first line number."""
    size = _size(path)
    start, line = 0, 1
    with path.open("rb") as fh:
        while start < size:
            fh.seek(start + part_bytes)
            while (chunk := fh.readline(1 << 20)) and not chunk.endswith(b"\n"):
                pass  # the rest of the line the cut fell into (read in chunks: a line may be huge)
            end = min(fh.tell(), size)
            fh.seek(start)
            newlines, left = 0, end - start
            while left > 0:
                block = fh.read(min(left, 1 << 20))
                if not block:
                    break
                newlines += block.count(b"\n")
                left -= len(block)
            yield Piece(str(path), start, end if end < size else None, line)
            start, line = end, line + newlines


def plan(items: Iterable[Path], part_bytes: int = PART_BYTES, part_files: int = PART_FILES) -> Iterator[Partition]:
    """Partitions of the input files, in input order."""
    group: list[Piece] = []
    size = index = 0

    def close() -> Partition:
        nonlocal group, size, index
        part = Partition(index, tuple(group))
        group, size, index = [], 0, index + 1
        return part

    for path in items:
        n = _size(path)
        if path.name.endswith(".jsonl") and n > part_bytes:
            if group:
                yield close()
            for piece in split_jsonl(path, part_bytes):
                group.append(piece)
                yield close()
            continue
        group.append(Piece(str(path)))
        size += n
        if size >= part_bytes or len(group) >= part_files:
            yield close()
    if group:
        yield close()


# --- tasks (run on the workers) --------------------------------------------------------------------


class WarmUp(WorkerPlugin):
    """Dask worker plugin: load underthesea and build the pipeline once, when a worker process starts."""

    name = "kcextract-warm-up"

    async def setup(self, worker: Any) -> None:
        await asyncio.to_thread(warm_up)  # off the event loop, so the worker keeps answering heartbeats


def scan(part: Partition) -> Scan:
    """Read a partition; return its articles' content ids and the inputs that could not be read."""
    errors: list[tuple[str, str]] = []
    ids = [article_id(raw.text) for raw in part.read(lambda exc: errors.append((exc.path, exc.reason)))]
    return Scan(ids, errors)


def wanted_articles(part: Partition, wanted: dict[int, str],
                    on_error: Callable[[InputError], None] = lambda _exc: None) -> Iterator[Outcome]:
    """Outcomes of the articles at positions ``wanted`` of a partition (position -> the id the scan saw)."""
    for i, raw in enumerate(part.read(on_error)):
        if i in wanted:
            outcome = extract_one(raw)
            if outcome.aid != wanted[i]:
                outcome = Outcome(raw, outcome.aid, error="the input changed during the run; run again")
            yield outcome


def extract(part: Partition, wanted: dict[int, str]) -> list[Outcome]:
    """Extract the wanted articles of a partition, for the client's writer."""
    return list(wanted_articles(part, wanted))


def extract_to_parquet(part: Partition, wanted: dict[int, str], out_dir: str, key: str,
                       version: str) -> parquet.PartResult:
    """Extract the wanted articles of a partition and write them, and its bad inputs, as Parquet files."""
    errors: list[tuple[str, str]] = []
    outcomes = wanted_articles(part, wanted, lambda exc: errors.append((exc.path, exc.reason)))
    return parquet.write_partition(Path(out_dir), key, list(outcomes), errors, version)


# --- the client --------------------------------------------------------------------------------------


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None):
    """A Dask client: of the scheduler at ``scheduler``, or of a LocalCluster of ``workers`` processes."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{CONNECT_TIMEOUT}s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        with Client(cluster) as client:
            yield client


def run_dask(
    paths: Iterable[str],
    db: sqlite_utils.Database | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    out_parquet: str | Path | None = None,
    on_error: Callable[[InputError], None] | None = None,
    batch: int = BATCH,
    part_bytes: int = PART_BYTES,
    client: Any = None,
) -> IngestReport:
    """Ingest every article under ``paths`` on a Dask cluster, into ``db`` or as Parquet under ``out_parquet``.

    ``client`` (a ``distributed.Client``) runs on an existing cluster; otherwise one is made from
    ``scheduler`` or a LocalCluster of ``workers`` processes. Bad inputs are recorded and reported, never fatal.
    """
    if (db is None) == (out_parquet is None):
        raise ValueError("give exactly one of db and out_parquet")
    report = IngestReport()
    version = extractor_version()
    skip = Incremental(db, version, report, on_error or (lambda _exc: None))
    items: list[Path] = []
    for item in expand(paths, skip.read_failed):
        if isinstance(item, Path):
            items.append(item)
        else:
            skip.read_failed(InputError("<stdin>", "cluster workers cannot read stdin; save it to a file first"))
    parts = list(plan(items, part_bytes))

    if out_parquet is not None:
        sink: _Sink = _ParquetSink(Path(out_parquet), version, report, skip.on_error)
    else:
        sink = _DbSink(Writer(db, version, report, skip.on_error, batch))
    if client is not None:
        _drive(client, parts, skip, sink)
    else:
        with connect(scheduler, workers) as own:
            _drive(own, parts, skip, sink)
    return report


class _Sink:
    """Where extraction results go: ``submit`` an extract task (or None), ``take`` its result, ``close``."""

    def submit(self, client: Any, part: Partition, wanted: dict[int, str], ids: list[str]) -> Any: ...
    def take(self, result: Any) -> None: ...
    def close(self, complete: bool) -> None: ...


@dataclass
class _DbSink(_Sink):
    """Outcomes back to the client's single SQLite writer."""

    writer: Writer

    def submit(self, client: Any, part: Partition, wanted: dict[int, str], ids: list[str]) -> Any:
        return client.submit(extract, part, wanted, retries=RETRIES, pure=False) if wanted else None

    def take(self, result: list[Outcome] | None) -> None:
        for outcome in result or ():
            self.writer.add(outcome)

    def close(self, complete: bool) -> None:
        self.writer.flush()


@dataclass
class _ParquetSink(_Sink):
    """Workers write each partition's rows as Parquet; the client keeps the count and prunes stale parts."""

    out_dir: Path
    version: str
    report: IngestReport
    on_error: Callable[[InputError], None]
    keys: set[str] = field(default_factory=set)

    def submit(self, client: Any, part: Partition, wanted: dict[int, str], ids: list[str]) -> Any:
        place = repr((self.version, part.pieces, sorted(wanted.items()), len(ids)))
        key = hashlib.sha1(place.encode()).hexdigest()[:20]
        self.keys.add(key)
        if parquet.is_complete(self.out_dir, key):  # written whole by an earlier run: nothing changed
            self.report.unchanged += len(wanted)
            return None
        return client.submit(extract_to_parquet, part, wanted, str(self.out_dir), key, self.version,
                             retries=RETRIES, pure=False)

    def take(self, result: parquet.PartResult | None) -> None:
        if result is None:
            return
        self.report.stored += result.stored
        self.report.funding += result.funding
        self.report.facts.update(result.facts)
        for source, reason in result.failures:
            self.report.failed += 1
            self.on_error(InputError(source, reason))

    def close(self, complete: bool) -> None:
        if complete:  # the dataset mirrors this run's inputs: parts of edited or vanished inputs go
            parquet.keep_only(self.out_dir, self.keys)


def _drive(client: Any, parts: list[Partition], skip: Incremental, sink: _Sink) -> None:
    """Scan, decide, extract and hand results to ``sink`` in partition order, a bounded window at a time."""
    client.register_plugin(WarmUp(), name=WarmUp.name)
    window = max(4, 3 * len(client.scheduler_info().get("workers", {})))  # partitions in flight or buffered
    pending = as_completed(with_results=True, raise_errors=False)
    tags: dict[str, tuple[str, int]] = {}
    scans: dict[int, Scan] = {}
    results: dict[int, Any] = {}
    next_scan = next_decide = next_take = 0

    def top_up() -> None:
        nonlocal next_scan
        while next_scan < len(parts) and next_scan < next_take + window:
            future = client.submit(scan, parts[next_scan], retries=RETRIES, pure=False)
            tags[future.key] = ("scan", next_scan)
            pending.add(future)
            next_scan += 1

    top_up()
    for future, value in pending:
        kind, index = tags.pop(future.key)
        if future.status != "finished":
            client.cancel(list(pending.futures))
            sink.close(complete=False)
            part = parts[index].pieces[0]
            raise ClusterError(f"the cluster gave up on the {kind} task of partition {index} ({part.path}, "
                               f"from byte {part.start}): {value[1] if isinstance(value, tuple) else value}")
        if kind == "extract":
            results[index] = value
        else:
            scans[index] = value
        while next_decide in scans:  # decisions in input order: "repeated" means "came later in the input"
            found = scans.pop(next_decide)
            for source, reason in found.errors:
                skip.read_failed(InputError(source, reason))
            wanted = {i: aid for i, aid in enumerate(found.ids) if skip.wanted(aid)}
            task = sink.submit(client, parts[next_decide], wanted, found.ids)
            if task is None:
                results[next_decide] = None
            else:
                tags[task.key] = ("extract", next_decide)
                pending.add(task)
            next_decide += 1
        while next_take in results:
            sink.take(results.pop(next_take))
            next_take += 1
        top_up()
    sink.close(complete=True)
