"""Stage 6: batch ingestion. Read, skip what is already stored, extract in worker processes, store in batches.

The shape of a run:

* the **reader** (this process) streams articles from files, folders and stdin and drops those already
  stored with the same content hash and extractor version (no extraction at all for them);
* **workers** (``jobs`` processes, each loading underthesea and spaCy once) turn an article into an
  ``Outcome``: its facts, funding records and MinHash signature, or the reason it failed;
* the **writer** (this process, the only one that writes) takes outcomes in input order, links
  syndicated copies to their first copy (``dedup``), and stores ``BATCH`` articles per transaction (one savepoint
  per article, so a bad one never takes the batch with it).

At most ``jobs * WINDOW`` articles are in flight, so memory stays bounded however large the corpus.
A run killed at any moment loses at most the uncommitted batch; the next run re-does exactly that.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ._sqlite import sqlite_utils

from . import dedup
from .errors import InputError
from .facts import Article
from .version import article_id, content_id, extractor_version
from .readers import RawArticle, expand, read_items
from .views import refresh_cells
from .store import IngestReport, ensure_sound, record_error, store_article

if TYPE_CHECKING:
    from concurrent.futures import Future

BATCH = 64          # articles per transaction: few enough to lose little on a kill, enough to amortise commits
BATCH_SECONDS = 2.0  # ... or whatever arrived in this long, so readers see progress during a slow run
WINDOW = 16          # articles in flight per worker


def analyse(text: str, doc: str, **kwargs) -> Article:
    """The pipeline's ``analyse``, loaded on first use: a run that extracts nothing never loads spaCy."""
    from .pipeline import analyse as run_pipeline

    return run_pipeline(text, doc, **kwargs)


@dataclass
class Outcome:
    """What a worker sends back for one article (picklable)."""

    raw: RawArticle
    aid: str
    article: Article | None = None
    signature: bytes | None = None
    error: str | None = None


def extract_one(raw: RawArticle) -> Outcome:
    """Extract one article; never raises (a failure is the outcome's ``error``)."""
    try:
        article = analyse(raw.text, raw.doc, source=raw.source, title=raw.title, outlet=raw.outlet, url=raw.url)
        return Outcome(raw, content_id(article.text), article, dedup.signature(article.text))
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the batch
        return Outcome(raw, article_id(raw.text), error=f"extraction failed: {type(exc).__name__}: {exc}")


def warm_up() -> None:
    """Load underthesea's models (the POS tagger too, which the product heads ask on demand) and build the
    pipeline once, at worker start."""
    from .postag import tag_words

    analyse("Năm 2023, tỉnh Hà Giang hỗ trợ 13 đề án.", "warm-up")
    tag_words(["bánh", "ngon"])


def _worker_start(parent: int) -> None:
    """A pool worker: ends itself within a second of the main ingest process ``parent`` ending, however it ends
    (kill -9 included); the forkserver then sees its last client go and ends too, and with it the resource
    tracker, so nothing outlives an ingest. SIGINT is the main process's to handle. Then warm up."""
    import signal
    import threading

    def gone() -> bool:
        try:  # Linux: a killed parent not yet reaped by its own parent is a zombie ('Z'), and gone for us
            return open(f"/proc/{parent}/stat").read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
        except FileNotFoundError:
            return True
        except OSError:
            try:
                os.kill(parent, 0)
                return False
            except OSError:
                return True

    def watch() -> None:
        while not gone():
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kcextract-parent-watch", daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_all(raws: Iterable[RawArticle], jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order: in this process for ``jobs <= 1``, else in a pool of ``jobs`` workers."""
    if jobs <= 1:
        for raw in raws:
            yield extract_one(raw)
        return
    todo = iter(raws)
    first = next(todo, None)
    if first is None:  # nothing new: no pool, no workers
        return
    todo = itertools.chain([first], todo)
    # imported here: a run in one process, or with nothing new, never loads multiprocessing
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window: deque[tuple[RawArticle, Future[Outcome]]] = deque()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kcextract.warm"])  # built once in the forkserver, shared by every fork
    while True:
        pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_start, initargs=(os.getpid(),))
        try:
            # a pool that broke (a worker killed by the OOM killer, say) gets the unfinished work again
            for raw, _ in list(window):
                window.popleft()
                window.append((raw, pool.submit(extract_one, raw)))
            for raw in todo:
                window.append((raw, pool.submit(extract_one, raw)))
                while len(window) >= jobs * WINDOW:
                    yield _result(window)
            while window:
                yield _result(window)
            return
        except BrokenProcessPool:
            raw, _ = window.popleft()  # the article at the head of the line is the likeliest culprit
            yield Outcome(raw, article_id(raw.text), error="extraction failed: the worker process died")
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _result(window: deque[tuple[RawArticle, Future[Outcome]]]) -> Outcome:
    raw, future = window[0]
    outcome = future.result()  # raises BrokenProcessPool with the item still in the window
    window.popleft()
    return outcome


@dataclass
class Writer:
    """The single writer: links syndicated copies, stores outcomes in batched transactions."""

    db: sqlite_utils.Database
    version: str
    report: IngestReport
    on_error: Callable[[InputError], None]
    batch_size: int = BATCH
    _batch: list[Outcome] = field(default_factory=list)
    _since: float = field(default_factory=time.monotonic)

    def add(self, outcome: Outcome) -> None:
        self._batch.append(outcome)
        if len(self._batch) >= self.batch_size or time.monotonic() - self._since >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Store the pending outcomes in one transaction."""
        batch, self._batch, self._since = self._batch, [], time.monotonic()
        if not batch:
            return
        failures: list[InputError] = []
        ensure_sound(self.db)  # a damaged file is refused before the batch's transaction begins
        with self.db.atomic():
            for o in batch:
                if o.article is None:
                    failures.append(InputError(o.raw.source, o.error or "extraction failed"))
                    record_error(self.db, o.raw.source, "extract", o.error or "extraction failed")
                    continue
                first = dedup.first_copy(self.db, o.aid, o.signature, o.raw.key)
                try:
                    store_article(self.db, o.raw, o.article, self.version, duplicate_of=first, signature=o.signature)
                except Exception as exc:  # noqa: BLE001 - this article's savepoint is rolled back, the batch goes on
                    reason = f"storing failed: {type(exc).__name__}: {exc}"
                    failures.append(InputError(o.raw.source, reason))
                    record_error(self.db, o.raw.source, "store", reason)
                    continue
                if first is not None:
                    self.report.duplicates += 1
                self.report.stored += 1
                self.report.facts.update(f.type for f in o.article.facts)
                self.report.funding += len(o.article.funding)
            refresh_cells(self.db.conn)  # the cells these records fall in, in the same transaction
        for exc in failures:  # reported once the batch is committed: what we say is stored, is
            self.report.failed += 1
            self.on_error(exc)


def _progress(enabled: bool | None, by_bytes: bool = True):
    """A rich progress bar on stderr (articles/s and ETA), or nothing when stderr is not a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import (BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    class Rate(TextColumn):
        def __init__(self) -> None:
            super().__init__("")

        def render(self, task):  # type: ignore[no-untyped-def]
            done = task.fields.get("articles", 0)
            elapsed = task.elapsed or 0
            return f"{done} articles, {done / elapsed:.1f}/s" if elapsed else f"{done} articles"

    amount = DownloadColumn() if by_bytes else MofNCompleteColumn()
    return Progress(TextColumn("{task.description}"), BarColumn(), amount, Rate(), TimeElapsedColumn(),
                    TextColumn("ETA"), TimeRemainingColumn(), console=Console(stderr=True), transient=False)


def _size(item: Path | str) -> int:
    try:
        return item.stat().st_size if isinstance(item, Path) else 0
    except OSError:
        return 0


@dataclass
class Incremental:
    """The skip check of a run: which articles still need extraction, and where read failures go.

    An article is skipped when it is already stored with the same text and extractor version (``unchanged``)
    or came earlier in this run (``repeated``); ``db`` None (no database) skips only repeats.
    """

    db: sqlite_utils.Database | None
    version: str
    report: IngestReport
    on_error: Callable[[InputError], None]
    seen: set[str] = field(default_factory=set)

    def wanted(self, aid: str) -> bool:
        """Does the article with content id ``aid`` need extracting? Counts the skips in the report."""
        if aid in self.seen:  # the same text twice in one run: an exact copy
            self.report.repeated += 1
            return False
        if self.db is not None:
            row = self.db.execute("SELECT extractor_version FROM articles WHERE id = ?", [aid]).fetchone()
            if row and row[0] == self.version:
                self.report.unchanged += 1
                return False
        self.seen.add(aid)
        return True

    def read_failed(self, exc: InputError) -> None:
        """An input that could not be read: counted, recorded in ``errors`` (with a database) and reported."""
        self.report.failed += 1
        if self.db is not None:
            record_error(self.db, exc.path, "read", exc.reason)
        self.on_error(exc)


def run(
    paths: Iterable[str],
    db: sqlite_utils.Database,
    jobs: int = 1,
    on_error: Callable[[InputError], None] | None = None,
    progress: bool | None = False,
    batch: int = BATCH,
) -> IngestReport:
    """Ingest every article under ``paths`` into ``db``; bad inputs are recorded and reported, never fatal."""
    report = IngestReport()
    version = extractor_version()
    report_error = on_error or (lambda _exc: None)
    skip = Incremental(db, version, report, report_error)
    items = list(expand(paths, skip.read_failed))  # paths only: cheap, and it gives the progress bar a total
    writer = Writer(db, version, report, report_error, batch)

    with _progress(progress) as bar:
        task = bar.add_task("ingest", total=sum(map(_size, items)) or None, articles=0) if bar else None

        def todo() -> Iterator[RawArticle]:
            for raw in read_items(items, skip.read_failed):
                if bar is not None:
                    bar.update(task, advance=raw.size)
                if skip.wanted(article_id(raw.text)):
                    yield raw

        for n, outcome in enumerate(extract_all(todo(), jobs), 1):
            writer.add(outcome)
            if bar is not None:
                bar.update(task, articles=n)
        writer.flush()
    return report


def reprocess(
    db: sqlite_utils.Database,
    jobs: int = 1,
    on_error: Callable[[InputError], None] | None = None,
    progress: bool | None = False,
) -> IngestReport:
    """Re-extract the stored articles whose extractor version differs from the current one (and only those)."""
    report = IngestReport()
    version = extractor_version()
    stale = [r[0] for r in db.execute("SELECT id FROM articles WHERE extractor_version != ? ORDER BY rowid", [version])]
    writer = Writer(db, version, report, on_error or (lambda _exc: None))
    report.unchanged = db.execute("SELECT count(*) FROM articles").fetchone()[0] - len(stale)

    def todo() -> Iterator[RawArticle]:
        for aid in stale:
            row = db.execute("SELECT doc, text, source, title, url, published, outlet, ident "
                             "FROM articles WHERE id = ?", [aid]).fetchone()
            if row:
                yield RawArticle(row[0], row[1], row[2], row[3], row[4], row[5], row[6], key=row[7])

    with _progress(progress, by_bytes=False) as bar:
        task = bar.add_task("reprocess", total=len(stale), articles=0) if bar else None
        for n, outcome in enumerate(extract_all(todo(), jobs), 1):
            writer.add(outcome)
            if bar is not None:
                bar.update(task, completed=n, articles=n)
        writer.flush()
    return report
