"""Stage 5: the SQLite store (tables, idempotent re-ingest, full-text search, one transaction per article)."""
from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from pathlib import Path

import pytest

import kcextract.store as store
from kcextract.errors import DatabaseError
from kcextract.normalise import fold
from kcextract import ingest as ingest_module
from kcextract.store import ingest, open_db

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = sorted(p.stem for p in CORPUS.glob("*.txt"))
FAILING = "003_85b55b1df421f973"
DATA_TABLES = ("articles", "sentences", "facts", "funding")

# FACTS.md: the facts table holds the fields of the JSON object as columns; the funding table the record's.
FACT_FIELDS = {"doc", "type", "text", "start", "end", "sentence", "value", "currency", "qualifier", "upper", "unit",
               "province_2025", "role", "name", "category", "stars", "count", "kind"}
FUNDING_FIELDS = {"doc", "sentence", "scope", "status", "projects", "amount_vnd", "period", "province"}


def _count(db, table: str, where: str = "1", params=()) -> int:
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", list(params)).fetchone()[0]


def _checksum(db) -> str:
    h = hashlib.sha1()
    for table in (*DATA_TABLES, "errors", "meta"):
        rows = sorted(map(repr, db.execute(f"SELECT * FROM {table}").fetchall()))
        h.update(table.encode())
        h.update("\n".join(rows).encode())
    fts = sorted(map(repr, db.execute("SELECT rowid, search FROM sentences_fts").fetchall()))
    h.update("\n".join(fts).encode())
    return h.hexdigest()


def _copy(seed_db, dst: Path):
    """A private copy of the session's seed database (the original stays untouched)."""
    conn = sqlite3.connect(dst)
    seed_db.db.conn.backup(conn)
    conn.close()
    return open_db(dst)


def _search(db, query: str) -> list[str]:
    """Sentences whose folded text holds the folded query, through the FTS index."""
    phrase = '"' + fold(query).replace('"', '""') + '"'
    return [r[0] for r in db.execute(
        "SELECT s.text FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid "
        "WHERE sentences_fts MATCH ? ORDER BY s.doc, s.idx", [phrase]).fetchall()]


# --- the seed database ---------------------------------------------------------------------------


def test_ingest_of_corpus_stores_the_five_articles(seed_db):
    assert (seed_db.report.stored, seed_db.report.unchanged, seed_db.report.failed) == (5, 0, 0)
    assert _count(seed_db.db, "articles") == 5
    docs = [r[0] for r in seed_db.db.execute("SELECT doc FROM articles ORDER BY doc")]
    assert docs == SEEDS


def test_tables_exist(seed_db):
    tables = set(seed_db.db.table_names())
    assert {"articles", "sentences", "facts", "funding", "errors", "sentences_fts"} <= tables


def test_facts_table_has_the_facts_md_fields_as_columns(seed_db):
    columns = {c.name for c in seed_db.db["facts"].columns}
    assert FACT_FIELDS <= columns, FACT_FIELDS - columns


def test_funding_table_has_the_facts_md_record_fields_as_columns(seed_db):
    columns = {c.name for c in seed_db.db["funding"].columns}
    assert FUNDING_FIELDS <= columns, FUNDING_FIELDS - columns


def test_stored_rows_equal_the_extraction(seed_db, seed_articles):
    db = seed_db.db
    for doc, article in seed_articles.items():
        text, subject = db.execute("SELECT text, subject FROM articles WHERE doc = ?", [doc]).fetchone()
        assert text == article.text
        assert subject == article.subject
        assert _count(db, "sentences", "doc = ?", [doc]) == len(article.sentences)
        stored = sorted(db.execute(
            'SELECT type, start, "end", sentence, text, value FROM facts WHERE doc = ?', [doc]).fetchall())
        expected = sorted((f.type, f.start, f.end, f.sentence, f.text, f.value) for f in article.facts)
        assert stored == expected
        assert _count(db, "funding", "doc = ?", [doc]) == len(article.funding)


def test_stored_fact_offsets_slice_the_stored_text(seed_db):
    rows = seed_db.db.execute(
        'SELECT a.text, f.start, f."end", f.text FROM facts f JOIN articles a ON a.id = f.article_id').fetchall()
    assert rows
    for text, start, end, surface in rows:
        assert text[start:end] == surface


def test_stored_money_values_are_integers(seed_db):
    rows = seed_db.db.execute("SELECT value, typeof(value) FROM facts WHERE type = 'money'").fetchall()
    assert rows and {t for _, t in rows} == {"integer"}
    assert 2634600000 in {v for v, _ in rows}


def test_reingest_changes_nothing(seed_db, tmp_path):
    db = _copy(seed_db, tmp_path / "copy.db")
    before = {t: _count(db, t) for t in (*DATA_TABLES, "errors")}
    checksum = _checksum(db)
    report = ingest([str(CORPUS)], db)
    assert (report.stored, report.unchanged, report.failed) == (0, 5, 0)
    assert {t: _count(db, t) for t in (*DATA_TABLES, "errors")} == before
    assert _checksum(db) == checksum


# --- full-text search ----------------------------------------------------------------------------

TONES_ARTICLE = (
    "Khuyến công tỉnh Hoà Bình\n"
    "Uỷ ban nhân dân tỉnh Hoà Bình phê duyệt kế hoạch khuyến công.\n"
    "Công nghiệp hóa nông thôn được đẩy mạnh.\n"
)


@pytest.fixture
def tones_db(tmp_path):
    path = tmp_path / "tones.txt"
    path.write_text(TONES_ARTICLE, encoding="utf-8")
    db = open_db(tmp_path / "tones.db")
    report = ingest([str(path)], db)
    assert report.stored == 1
    return db


def test_fts_finds_old_style_hoa_with_the_folded_query(tones_db):
    found = _search(tones_db, "hoà")
    assert len(found) == 2
    assert all("Hoà Bình" in s for s in found)
    assert _search(tones_db, "Hòa Bình") == found  # new-style query finds the old-style spelling


def test_fts_query_for_hoa_acute_does_not_return_hoa_grave(tones_db):
    found = _search(tones_db, "hóa")
    assert [s.strip() for s in found] == ["Công nghiệp hóa nông thôn được đẩy mạnh."]
    assert _search(tones_db, "hoá") == found  # old-style acute folds to the same key


# --- one article, one transaction ----------------------------------------------------------------


def _rows_of(db, doc: str) -> dict[str, int]:
    return {t: _count(db, t, "doc = ?", [doc]) for t in DATA_TABLES}


def test_failed_extraction_leaves_no_row_of_that_article(tmp_path, monkeypatch):
    real = ingest_module.analyse

    def flaky(text, doc, **kwargs):
        if doc == FAILING:
            raise RuntimeError("boom")
        return real(text, doc, **kwargs)

    monkeypatch.setattr(ingest_module, "analyse", flaky)
    db = open_db(tmp_path / "x.db")
    report = ingest([str(CORPUS)], db)
    assert (report.stored, report.failed) == (4, 1)
    assert _rows_of(db, FAILING) == {t: 0 for t in DATA_TABLES}
    assert _search(db, "hatinhonline") == []  # a word only 003 has: nothing of it in the FTS index
    for doc in SEEDS:
        if doc != FAILING:
            assert _rows_of(db, doc)["articles"] == 1
            assert _rows_of(db, doc)["sentences"] > 0
    errors = db.execute("SELECT source, reason FROM errors").fetchall()
    assert len(errors) == 1
    assert FAILING in errors[0][0] and "extraction failed" in errors[0][1] and "boom" in errors[0][1]

    # a later good run stores it and clears the error
    monkeypatch.setattr(ingest_module, "analyse", real)
    report = ingest([str(CORPUS)], db)
    assert (report.stored, report.unchanged, report.failed) == (1, 4, 0)
    assert _rows_of(db, FAILING)["articles"] == 1
    assert _count(db, "errors") == 0


def test_storage_failure_rolls_back_the_whole_article(tmp_path, monkeypatch):
    real = ingest_module.analyse

    def unstorable(text, doc, **kwargs):
        article = real(text, doc, **kwargs)
        if doc == FAILING:  # the last table written (funding) gets a value SQLite cannot bind
            article.funding = [dataclasses.replace(r, projects=object()) for r in article.funding]
        return article

    monkeypatch.setattr(ingest_module, "analyse", unstorable)
    db = open_db(tmp_path / "x.db")
    try:
        ingest([str(CORPUS)], db)
    except Exception:  # noqa: BLE001 - whether the batch goes on is tested elsewhere
        pass
    assert _rows_of(db, FAILING) == {t: 0 for t in DATA_TABLES}
    assert _search(db, "hatinhonline") == []


def test_reingest_of_an_edited_file_stores_the_new_text(tmp_path):
    path = tmp_path / "tin.txt"
    path.write_text("Tỉnh Hà Giang hỗ trợ 10 đề án.\n", encoding="utf-8")
    db = open_db(tmp_path / "x.db")
    assert ingest([str(path)], db).stored == 1
    path.write_text("Tỉnh Hà Giang hỗ trợ 10 đề án. Thêm một câu.\n", encoding="utf-8")
    report = ingest([str(path)], db)
    assert report.stored == 1
    texts = [r[0] for r in db.execute("SELECT text FROM articles")]
    assert "Tỉnh Hà Giang hỗ trợ 10 đề án. Thêm một câu.\n" in texts
    new_id = db.execute("SELECT id FROM articles WHERE text LIKE '%Thêm%'").fetchone()[0]
    assert _count(db, "facts", "article_id = ?", [new_id]) == 2
    # the edited file replaces its earlier version: nothing of the old text is left to be counted twice
    assert _count(db, "articles") == 1
    assert _count(db, "facts", "article_id != ?", [new_id]) == 0


def test_same_file_name_in_two_folders_does_not_stop_the_batch(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "tin.txt").write_text("Tỉnh Hà Giang hỗ trợ 10 đề án.\n", encoding="utf-8")
    (tmp_path / "b" / "tin.txt").write_text("Tỉnh Hà Giang hỗ trợ 12 đề án.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Tỉnh Lai Châu hỗ trợ 3 đề án.\n", encoding="utf-8")
    db = open_db(tmp_path / "x.db")
    report = ingest([str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "c.txt")], db)
    assert report.stored == 3
    assert _count(db, "articles") == 3
    assert sorted(r[0] for r in db.execute("SELECT value FROM facts WHERE type = 'project_count'")) == [3, 10, 12]


# --- opening databases ---------------------------------------------------------------------------


def test_open_db_refuses_a_database_of_another_program(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError):
        open_db(path)


def test_open_db_without_create_refuses_a_missing_file(tmp_path):
    with pytest.raises(DatabaseError):
        open_db(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_full_text_index_follows_an_article_replaced_in_the_same_batch(tmp_path):
    """The writer indexes each article's sentences itself (no insert trigger): a new version of the same JSONL
    record in one run replaces the old one's index entries, and FTS5's own integrity check passes."""
    import json

    src = tmp_path / "feed.jsonl"
    first = {"id": "r1", "title": "Bản tin", "text": "Tỉnh Hà Giang hỗ trợ nghề đan lát mây tre."}
    second = {"id": "r1", "title": "Bản tin", "text": "Tỉnh Hà Giang hỗ trợ nghề dệt thổ cẩm."}
    other = {"id": "r2", "title": "Tin khác", "text": "Sở Công Thương nghiệm thu đề án sấy chè."}
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (first, other, second)) + "\n",
                   encoding="utf-8")
    db = open_db(tmp_path / "kc.db")
    ingest([str(src)], db)
    db.conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
    assert _search(db, "thổ cẩm") and _search(db, "sấy chè")
    assert _search(db, "mây tre") == []
    assert _count(db, "sentences_fts") == _count(db, "sentences")


def test_a_writer_checks_a_current_database_once_and_only_before_writing(tmp_path, monkeypatch):
    """PRAGMA quick_check reads the whole file (seconds for a large archive): a run with nothing new skips it,
    the first write runs it once."""
    import json

    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "r1", "title": "Tin", "text": "Tỉnh Hà Giang hỗ trợ 13 đề án khuyến công."},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([str(src)], open_db(tmp_path / "kc.db"))
    checks = []
    real = store._quick_check
    monkeypatch.setattr(store, "_quick_check", lambda db, path: checks.append(path) or real(db, path))
    ingest([str(src)], open_db(tmp_path / "kc.db"))  # nothing new
    assert checks == []
    src.write_text(src.read_text(encoding="utf-8") + json.dumps(
        {"id": "r2", "title": "Tin", "text": "Sở Công Thương nghiệm thu đề án."}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = open_db(tmp_path / "kc.db")
    ingest([str(src)], db)
    assert len(checks) == 1 and _count(db, "articles") == 2
