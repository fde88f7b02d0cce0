"""Stage 5: store articles, sentences, facts and funding records in SQLite (through sqlite-utils).

One transaction per article: an article is stored whole or not at all. An article is keyed by the hash
of its normalised text, so storing it again with the same extractor version changes nothing.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from functools import lru_cache
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ._sqlite import sqlite_utils
from .reader import SCHEMA_VERSION, apply_read_pragmas, is_current

from . import dedup
from .data import provinces
from .errors import DatabaseError, InputError
from .facts import ALL_FIELDS, Article
from .normalise import fold
from .version import content_id
from .readers import RawArticle
from .views import create_cell_tables, create_views, refresh_cells, views_current


SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,            -- hash of the normalised text
  doc TEXT NOT NULL,              -- document id (file name without extension, or JSONL id)
  source TEXT,                    -- path (and line) it was read from
  title TEXT,
  text TEXT NOT NULL,             -- normalised text: every offset points into it
  url TEXT, published TEXT, outlet TEXT,
  subject TEXT,                   -- subject province (pre-2025 name)
  subject_2025 TEXT,
  extractor_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  duplicate_of TEXT,              -- id of the first stored copy when this is a syndicated near-copy, else NULL
  ident TEXT,                     -- what the article is beyond its text (file path, JSONL id or URL), or NULL
  replaces TEXT                   -- id of the earlier version of the same article this one replaced, or NULL
);
CREATE TABLE IF NOT EXISTS sentences (
  id TEXT PRIMARY KEY,            -- article id ':' index
  article_id TEXT NOT NULL REFERENCES articles(id),
  doc TEXT NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  search TEXT NOT NULL,           -- text with tone placement folded and lower-cased, for full-text search
  chrome INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS facts (
  id TEXT PRIMARY KEY,            -- hash of doc, start, end, type
  article_id TEXT NOT NULL REFERENCES articles(id),
  doc TEXT NOT NULL, type TEXT NOT NULL, text TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
  value,                          -- integer for money/project_count/quantity, text otherwise
  currency TEXT, qualifier TEXT, upper INTEGER, unit TEXT,
  province_2025 TEXT, role TEXT, name TEXT, category TEXT,
  stars INTEGER, count INTEGER, kind TEXT,
  level TEXT,                     -- place: district, town, city, commune, ward
  province TEXT,                  -- the province the fact is about: a place's own, its sentence's, else the subject
  year TEXT,                      -- the period governing the fact's sentence (FACTS.md funding rule)
  extractor_version TEXT NOT NULL,
  scope TEXT, status TEXT         -- scope and status of the funding record the fact belongs to, or NULL
);
CREATE INDEX IF NOT EXISTS facts_value ON facts(value);
CREATE INDEX IF NOT EXISTS facts_province ON facts(province);
CREATE INDEX IF NOT EXISTS facts_province_2025 ON facts(province_2025);
CREATE INDEX IF NOT EXISTS facts_year ON facts(year);
CREATE TABLE IF NOT EXISTS funding (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  doc TEXT NOT NULL, sentence INTEGER NOT NULL,
  scope TEXT NOT NULL, status TEXT NOT NULL,
  projects INTEGER, amount_vnd INTEGER, period TEXT,
  province TEXT, province_2025 TEXT,
  text TEXT, start INTEGER, "end" INTEGER,
  extractor_version TEXT NOT NULL,
  qualifier TEXT,                 -- the money fact's qualifier (over for 'hơn 23,29 tỷ'), exact when none
  purpose TEXT,                   -- what the money was for (rules/funding_purposes.tsv), or NULL
  part_of TEXT,                   -- id of the record of the same article that this one breaks down, or NULL
  headline INTEGER NOT NULL DEFAULT 1,  -- 1 when totals add it: its cell's whole in its article
  precision_vnd INTEGER           -- rounding unit of the printed amount ('2,63 tỷ' -> 10000000)
);
CREATE INDEX IF NOT EXISTS funding_province ON funding(province);
CREATE INDEX IF NOT EXISTS funding_province_2025 ON funding(province_2025);
CREATE INDEX IF NOT EXISTS funding_article ON funding(article_id);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS funding_period ON funding(period);
CREATE TABLE IF NOT EXISTS errors (
  source TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY (source, stage)
);
CREATE TABLE IF NOT EXISTS signatures (  -- MinHash of each original article, for syndicated-copy detection
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  sig BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh (         -- LSH buckets of the signatures: band number, band hash (kcextract.dedup)
  band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lsh_bucket ON lsh(band, bucket);
CREATE INDEX IF NOT EXISTS lsh_article ON lsh(article_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


def open_db(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open (or create) a kcextract database; refuse a file that is not one."""
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseError(f"{path}: no such database (run 'kcextract ingest' first)")
    try:
        # no sqlite-utils plugins: kcextract uses none, and finding them scans every installed package's entry
        # points (47 ms of each command's start-up)
        db = sqlite_utils.Database(path, execute_plugins=False)
        tables = set(db.table_names())
        if tables and ("meta" not in tables or not db.execute(
                "SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone()):
            # recognised before anything is written: another program's database is never touched
            raise DatabaseError(f"{path}: not a kcextract database (tables: {', '.join(sorted(tables)[:5])})")
        stored = int(db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]) \
            if tables else None
        if tables and not create and stored < SCHEMA_VERSION:
            create = True  # made by an earlier version: upgraded in place (columns and tables are only added)
        if create and tables and is_current(db.conn) and views_current(db.conn):
            # a writer on a current database has no DDL to run: the integrity check (seconds on a large archive)
            # waits for its first write (ensure_sound), so a run with nothing new never pays it
            db.conn.execute("PRAGMA busy_timeout=30000")
            db._kc_unchecked = True  # type: ignore[attr-defined]
            return db
        if create and tables:
            _quick_check(db, path)
        if not create and not tables:
            raise DatabaseError(f"{path}: empty database, not a kcextract database")
        if not create and "dirty_cells" in tables:
            _refresh_if_possible(db)
        if not create:
            apply_read_pragmas(db.conn)
        if create:
            db.conn.execute("PRAGMA journal_mode=WAL")  # readers (query, serve) go on while ingest writes
            db.conn.execute("PRAGMA busy_timeout=30000")
            db.conn.executescript(SCHEMA)
            _migrate(db)
            db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
            if not db["sentences_fts"].exists():
                db["sentences"].enable_fts(["search"], tokenize="unicode61 remove_diacritics 0", create_triggers=True)
            # store_article indexes an article's sentences in one statement: through sqlite-utils' per-row
            # insert trigger, FTS5 took 95 us a sentence, half of a writer's time (13x a bulk insert)
            db.conn.execute("DROP TRIGGER IF EXISTS sentences_ai")
            create_views(db.conn)
            if db.execute("SELECT 1 FROM dirty_cells LIMIT 1").fetchone():
                with db.atomic():  # cells left dirty by an earlier writer or a bulk load
                    refresh_cells(db.conn)
    except sqlite_utils.db.sqlite3.OperationalError as exc:
        if any(w in str(exc) for w in ("disk", "full", "readonly", "unable to open")):
            raise DatabaseError(f"{path}: cannot write the database ({exc}); is the disk full or read-only?") from None
        raise DatabaseError(f"{path}: not a kcextract database ({exc})") from None
    except sqlite_utils.db.sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: not a kcextract database ({exc})") from None
    return db


# Derived tables the writer keeps current in the same transaction as the rows they derive from: triggers note
# every (province, period, scope, status) cell whose funding rows change, and views.refresh_cells recomputes
# those cells only. Readers (Datasette, summary, export) then read an indexed table, not a window query over
# every record of the archive.
CELLS_SCHEMA = """
CREATE INDEX IF NOT EXISTS funding_cell ON funding(province, period, scope, status);
-- unique, so SQLite drops facts_flat's join to sentences where a query does not read the sentence (counts, facets)
CREATE UNIQUE INDEX IF NOT EXISTS sentences_article_idx ON sentences(article_id, idx);
DROP INDEX IF EXISTS sentences_article;
-- type first: 'the largest amounts' reads money facts by value, a filter by type alone uses the prefix
CREATE INDEX IF NOT EXISTS facts_type_value ON facts(type, value);
DROP INDEX IF EXISTS facts_type;
-- a fact's sentence: what query's product, OCOP and text filters look facts up by
CREATE INDEX IF NOT EXISTS facts_sentence ON facts(article_id, sentence);
DROP INDEX IF EXISTS facts_article;
-- the export's and query's order: read in index order, a million facts stream out without a sort in memory
CREATE INDEX IF NOT EXISTS facts_doc_start ON facts(doc, start);
DROP INDEX IF EXISTS facts_doc;
CREATE INDEX IF NOT EXISTS facts_scope ON facts(scope);
-- query --product: a product's base value, name or surface text, lower-cased as the query compares them
CREATE INDEX IF NOT EXISTS facts_product_value ON facts(lower(value)) WHERE type = 'product';
CREATE INDEX IF NOT EXISTS facts_product_name ON facts(lower(name)) WHERE type = 'product';
CREATE INDEX IF NOT EXISTS facts_product_text ON facts(lower(text)) WHERE type = 'product';
CREATE TABLE IF NOT EXISTS dirty_cells (province TEXT, period TEXT, scope TEXT, status TEXT);
CREATE TRIGGER IF NOT EXISTS funding_dirty_ai AFTER INSERT ON funding BEGIN
  INSERT INTO dirty_cells VALUES (new.province, new.period, new.scope, new.status); END;
CREATE TRIGGER IF NOT EXISTS funding_dirty_ad AFTER DELETE ON funding BEGIN
  INSERT INTO dirty_cells VALUES (old.province, old.period, old.scope, old.status); END;
CREATE TRIGGER IF NOT EXISTS funding_dirty_au AFTER UPDATE ON funding BEGIN
  INSERT INTO dirty_cells VALUES (old.province, old.period, old.scope, old.status);
  INSERT INTO dirty_cells VALUES (new.province, new.period, new.scope, new.status); END;
CREATE TRIGGER IF NOT EXISTS articles_dirty_au AFTER UPDATE OF duplicate_of, published, ingested_at ON articles BEGIN
  INSERT INTO dirty_cells SELECT province, period, scope, status FROM funding WHERE article_id = new.id; END;
"""

def _quick_check(db: sqlite_utils.Database, path: str | Path) -> None:
    check = db.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise DatabaseError(f"{path}: the database is damaged (PRAGMA quick_check: {check}); "
                            "restore a backup or ingest into a new file")


def ensure_sound(db: sqlite_utils.Database) -> None:
    """Before a writer's first write to a database ``open_db`` did not check yet: refuse a damaged file
    (``DatabaseError``) before anything is written to it."""
    if getattr(db, "_kc_unchecked", False):
        _quick_check(db, db.conn.execute("PRAGMA database_list").fetchone()[2])
        db._kc_unchecked = False  # type: ignore[attr-defined]


def _refresh_if_possible(db: sqlite_utils.Database) -> None:
    """A reader finding cells left dirty (rows edited by hand: the writer refreshes in its own transaction)
    recomputes them when it may write; on a read-only file it reads them as they are."""
    try:
        if db.execute("SELECT 1 FROM dirty_cells LIMIT 1").fetchone():
            with db.atomic():
                refresh_cells(db.conn)
    except sqlite_utils.db.sqlite3.OperationalError:
        pass


_FUNDING_V3 = {"qualifier": "TEXT", "purpose": "TEXT", "part_of": "TEXT", "headline": "INTEGER NOT NULL DEFAULT 1",
               "precision_vnd": "INTEGER"}


def _migrate(db: sqlite_utils.Database) -> None:
    """Bring a database made by an earlier schema version up to date (columns are only ever added)."""
    if "duplicate_of" not in db["articles"].columns_dict:
        db.conn.execute("ALTER TABLE articles ADD COLUMN duplicate_of TEXT")
    if "replaces" not in db["articles"].columns_dict:
        db.conn.execute("ALTER TABLE articles ADD COLUMN replaces TEXT")
    if "ident" not in db["articles"].columns_dict:
        db.conn.execute("ALTER TABLE articles ADD COLUMN ident TEXT")
        # files stored before: their path was their identity; JSONL lines and stdin had none that lasts
        db.conn.execute("UPDATE articles SET ident = 'file:' || source WHERE source NOT LIKE '%.jsonl:%' "
                        "AND source NOT LIKE '%.jsonl.gz:%' AND source != '<stdin>'")
    db.conn.execute("CREATE INDEX IF NOT EXISTS articles_ident ON articles(ident)")
    if "level" not in db["facts"].columns_dict:
        db.conn.execute("ALTER TABLE facts ADD COLUMN level TEXT")
    have = db["funding"].columns_dict
    for col, decl in _FUNDING_V3.items():
        if col not in have:
            db.conn.execute(f"ALTER TABLE funding ADD COLUMN {col} {decl}")
    if "scope" not in db["facts"].columns_dict:  # scope/status of each fact's record, once computed at read time
        db.conn.execute("ALTER TABLE facts ADD COLUMN scope TEXT")
        db.conn.execute("ALTER TABLE facts ADD COLUMN status TEXT")
        with db.atomic():
            db.conn.execute(f"UPDATE facts SET (scope, status) = ({_RECORD_OF_FACT})")
    db.conn.executescript(CELLS_SCHEMA)
    if create_cell_tables(db.conn):  # new (or reshaped) cell tables: every cell is computed once
        with db.atomic():
            db.conn.execute("INSERT INTO dirty_cells SELECT DISTINCT province, period, scope, status FROM funding")
    if not db.execute("SELECT 1 FROM lsh LIMIT 1").fetchone():  # signatures stored before the lsh table existed
        with db.atomic():
            for aid, sig in db.execute("SELECT article_id, sig FROM signatures").fetchall():
                dedup.index(db, aid, bytes(sig))


@dataclass
class IngestReport:
    """What a run did: articles stored (syndicated copies among them), skipped, failed; facts stored."""

    stored: int = 0       # articles extracted and stored (new, changed, or re-extracted for a new version)
    unchanged: int = 0    # already stored with the same text and extractor version: skipped, no extraction
    duplicates: int = 0   # stored but linked to an earlier near-identical copy (syndication)
    repeated: int = 0     # the same text twice in one run: the second is not stored again
    failed: int = 0
    facts: Counter = field(default_factory=Counter)
    funding: int = 0


def _province_by_sentence(article: Article) -> dict[int, str]:
    out: dict[int, str] = {}
    for f in article.facts:
        if f.type == "province":
            out.setdefault(f.sentence, f.value)
    return out


def _period_by_sentence(article: Article) -> dict[int, str]:
    out: dict[int, str] = {}
    last = None
    by_sent: dict[int, str] = {}
    for f in article.facts:
        if f.type == "period":
            by_sent.setdefault(f.sentence, f.value)
    for s in article.sentences:
        last = by_sent.get(s.index, last)
        if last:
            out[s.index] = last
    return out


def store_article(
    db: sqlite_utils.Database,
    raw: RawArticle,
    article: Article,
    version: str,
    duplicate_of: str | None = None,
    signature: bytes | None = None,
) -> None:
    """Replace everything stored for this article with ``article``, in one transaction (a savepoint when
    called inside a batch's transaction, so a failing article never takes the rest of the batch with it).

    ``duplicate_of`` links a syndicated copy to its first copy; ``signature`` is kept for originals so that
    later runs recognise copies of them.
    """
    ensure_sound(db)
    aid = content_id(article.text)  # the article's text is already normalised
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    with db.atomic():
        # an edited article (same file, same JSONL id or URL) replaces its earlier version; nothing else is ever
        # deleted: an article's place in a feed or on stdin says nothing about what it is
        stale = [r[0] for r in db.execute("SELECT id FROM articles WHERE ident = ? AND id != ?", [raw.key, aid])] \
            if raw.key else []
        for old in [*stale, aid]:
            for table in ("facts", "funding", "sentences"):
                db.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [old])
        for old in stale:
            db.conn.execute("DELETE FROM signatures WHERE article_id = ?", [old])
            db.conn.execute("DELETE FROM lsh WHERE article_id = ?", [old])
            db.conn.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?", [old])
            db.conn.execute("DELETE FROM articles WHERE id = ?", [old])
        _insert(db, "articles", [{**article_row(aid, raw, article, version), "ingested_at": now,
                                  "duplicate_of": duplicate_of, "replaces": stale[0] if stale else None}], key="id")
        if signature is not None and duplicate_of is None:
            _insert(db, "signatures", [{"article_id": aid, "sig": signature}], key="article_id")
            dedup.index(db, aid, signature)
        _insert(db, "sentences", [
            {"id": f"{aid}:{s.index}", "article_id": aid, "doc": article.doc, "idx": s.index, "start": s.start,
             "end": s.end, "text": s.text, "search": fold(s.text), "chrome": int(s.chrome)}
            for s in article.sentences])
        _insert(db, "facts", list(fact_rows(aid, article, version)))
        _insert(db, "funding", list(funding_rows(aid, article, version)))
        # the article's sentences enter the full-text index in one statement (see open_db), at once: a later
        # article of the same batch may replace this one, and its delete trigger must find them indexed
        db.conn.execute("INSERT INTO sentences_fts (rowid, search) SELECT rowid, search FROM sentences "
                        "WHERE article_id = ?", [aid])
        db.conn.execute("DELETE FROM errors WHERE source = ?", [raw.source])


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict], key: str | None = None) -> None:
    """Insert rows (all with the same keys) with one prepared statement; with ``key``, a row whose key
    exists is updated in place (its rowid, which orders first copies, is kept). sqlite-utils'
    ``insert_all`` re-reads the table's columns on every call, which made it most of the writer's time."""
    if not rows:
        return
    columns = tuple(rows[0])
    db.conn.executemany(_insert_sql(table, columns, key), [tuple(r[c] for c in columns) for r in rows])


@lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...], key: str | None) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    if key:
        sql += f' ON CONFLICT("{key}") DO UPDATE SET ' + ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != key)
    return sql


def article_row(aid: str, raw: RawArticle, article: Article, version: str) -> dict:
    """The ``articles`` row of an article, without the writer's own columns (time, syndication link)."""
    return {"id": aid, "doc": article.doc, "source": raw.source, "title": article.title, "text": article.text,
            "url": raw.url, "published": raw.published, "outlet": raw.outlet, "subject": article.subject,
            "subject_2025": provinces().get(article.subject or ""), "extractor_version": version, "ident": raw.key}


def fact_rows(aid: str, article: Article, version: str) -> Iterator[dict]:
    """The ``facts`` rows of an article: each fact with the province and year it is about."""
    by_sent = _province_by_sentence(article)
    periods = _period_by_sentence(article)
    records = _records_of_facts(aid, article)
    to_2025 = provinces()
    for f in article.facts:
        province = f.value if f.type == "province" else (
            f.province if f.type == "place" else by_sent.get(f.sentence, article.subject))
        # every row carries the 2025 province of the province it is about, so a filter or facet by a 2025 name
        # finds the money and counts too, through an index (FACTS.md's JSON gives it on province facts only)
        p2025 = f.province_2025 if f.type in ("province", "place") else to_2025.get(province or "")
        yield {**{k: getattr(f, k) for k in ALL_FIELDS}, "id": _row_id(aid, f.id), "article_id": aid,
               "province": province, "province_2025": p2025,
               "year": periods.get(f.sentence), "extractor_version": version,
               "scope": records.get(f.id, (None, None))[0], "status": records.get(f.id, (None, None))[1]}


# The funding record a stored fact belongs to (same sentence, inside the record's text; the lowest id when
# several): a correlated subquery for the one-time backfill of databases made before facts had the columns.
_RECORD_OF_FACT = """SELECT r.scope, r.status FROM funding r WHERE r.article_id = facts.article_id
  AND r.sentence = facts.sentence AND facts.start >= r.start AND facts."end" <= r."end" ORDER BY r.id LIMIT 1"""


def _records_of_facts(aid: str, article: Article) -> dict[str, tuple[str, str]]:
    """fact id -> (scope, status) of the funding record whose text holds the fact (as ``_RECORD_OF_FACT``)."""
    out: dict[str, tuple[str, str]] = {}
    records = sorted(article.funding, key=lambda r: _row_id(aid, r.id))
    for f in article.facts:
        for r in records:
            if r.sentence == f.sentence and r.start <= f.start and f.end <= r.end:
                out[f.id] = (r.scope, r.status)
                break
    return out


def funding_rows(aid: str, article: Article, version: str) -> Iterator[dict]:
    """The ``funding`` rows of an article."""
    to_2025 = provinces()
    for r in article.funding:
        yield {**r.to_dict(), "id": _row_id(aid, r.id), "part_of": _row_id(aid, r.part_of) if r.part_of else None,
               "headline": int(r.headline), "article_id": aid, "province_2025": to_2025.get(r.province or ""),
               "extractor_version": version}


def _row_id(article: str, fact_id: str) -> str:
    """Fact ids are stable per document; rows are keyed per article version too."""
    return hashlib.sha1(f"{article}:{fact_id}".encode()).hexdigest()[:16]


def record_error(db: sqlite_utils.Database, source: str, stage: str, reason: str) -> None:
    ensure_sound(db)
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    with db.atomic():
        db["errors"].upsert({"source": source, "stage": stage, "reason": reason, "at": now}, pk=("source", "stage"))


def ingest(
    paths: Iterable[str],
    db: sqlite_utils.Database,
    on_error: Callable[[InputError], None] | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Extract and store every article under ``paths`` (see ``kcextract.ingest.run``)."""
    from .ingest import run

    return run(paths, db, jobs=jobs, on_error=on_error)
