"""Batch ingestion: every input form, skip on re-run, reprocess, syndicated copies, parallel workers,
kill -9 and restart, bad inputs among good ones, readers during a write."""
from __future__ import annotations

import gzip
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kcextract import ingest as ingest_module
from kcextract import synthetic
from kcextract.ingest import reprocess, run
from kcextract.readers import MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS
from kcextract.store import open_db

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED000 = CORPUS / "000_512778a395cff797.txt"

HTML_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hà Giang: 13 đề án khuyến công | Báo Thử Nghiệm</title>
<meta property="og:title" content="Hà Giang hỗ trợ 13 đề án khuyến công năm 2023">
<meta property="og:site_name" content="Báo Thử Nghiệm">
<meta property="article:published_time" content="2023-11-02T08:30:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/kt">Kinh tế</a> | Đăng nhập</nav>
<aside class="related"><ul><li><a href="/x">Quảng Nam chi 5 tỷ đồng cho làng nghề</a></li></ul></aside>
<article><h1>Hà Giang hỗ trợ 13 đề án khuyến công năm 2023</h1>
<p>Năm 2023, Sở Công Thương tỉnh Hà Giang đã hỗ trợ 13 đề án khuyến công với tổng kinh phí 2.634,6 triệu
đồng cho các cơ sở công nghiệp nông thôn trên địa bàn tỉnh.</p>
<p>Trong đó, kinh phí khuyến công quốc gia là 900 triệu đồng cho 1 đề án, kinh phí khuyến công địa phương
là 1.734,6 triệu đồng cho 12 đề án, tập trung vào chế biến chè shan tuyết và mật ong bạc hà.</p>
<p>Các cơ sở được hỗ trợ cam kết duy trì sản xuất, tạo việc làm cho lao động địa phương.</p>
</article>
<footer>Bản quyền thuộc Báo Thử Nghiệm. Giấy phép số 123/GP-BTTTT.</footer>
</body></html>
"""


def _cli(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kcextract.cli", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=600, **kw)


def _money(db, doc: str | None = None) -> list[int]:
    where, params = ("WHERE doc = ?", [doc]) if doc else ("", [])
    return sorted(r[0] for r in db.execute(f"SELECT value FROM facts {where} AND type = 'money'"
                                           if doc else "SELECT value FROM facts WHERE type = 'money'", params))


def _content(path: Path) -> dict[str, list]:
    """Everything an ingest decides (not timestamps), for comparing two databases."""
    conn = sqlite3.connect(path)
    out = {
        "articles": sorted(conn.execute("SELECT id, doc, source, title, text, subject, duplicate_of FROM articles")),
        "sentences": sorted(conn.execute('SELECT id, article_id, start, "end", text FROM sentences')),
        "facts": sorted(conn.execute('SELECT id, article_id, type, value, start, "end", text FROM facts')),
        "funding": sorted(conn.execute("SELECT id, scope, status, projects, amount_vnd, period, province FROM funding")),
        # (each search row by the sentence it indexes: rowids follow the order articles landed in, which two
        # parallel workers do not fix)
        "fts": sorted(conn.execute("SELECT s.id, f.search FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid")),
    }
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return out


# --- input forms ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_clippings(tmp_path_factory) -> Path:
    """A folder with every input form: txt, html, jsonl, each also gzipped, in nested folders."""
    root = tmp_path_factory.mktemp("clippings")
    (root / "web" / "2023").mkdir(parents=True)
    (root / "feeds").mkdir()
    shutil.copy(SEED000, root / "seed000.txt")
    (root / "web" / "2023" / "ha-giang.html").write_text(HTML_PAGE, encoding="utf-8")
    a3, a4, a5, a6 = (synthetic.article(i) for i in (3, 4, 5, 6))
    (root / "feeds" / "day1.jsonl").write_text(a3.jsonl() + "\n" + a4.jsonl() + "\n", encoding="utf-8")
    (root / "feeds" / "day2.jsonl.gz").write_bytes(gzip.compress((a5.jsonl() + "\n").encode()))
    (root / "a6.txt.gz").write_bytes(gzip.compress(a6.text.encode()))
    page = HTML_PAGE.replace("Hà Giang", "Lai Châu").replace("13 đề án", "8 đề án")
    (root / "web" / "lai-chau.htm.gz").write_bytes(gzip.compress(page.encode()))
    return root


@pytest.fixture(scope="module")
def mixed_db(mixed_clippings, tmp_path_factory):
    db = open_db(tmp_path_factory.mktemp("mixed") / "m.db")
    errors = []
    report = run([str(mixed_clippings)], db, on_error=errors.append)
    return db, report, errors


def test_every_input_form_is_stored(mixed_db):
    db, report, errors = mixed_db
    assert errors == []
    assert (report.stored, report.failed) == (7, 0)
    docs = {r[0] for r in db.execute("SELECT doc FROM articles")}
    assert docs == {"seed000", "ha-giang", "lai-chau", "synthetic-00003", "synthetic-00004", "synthetic-00005", "a6"}


def test_html_main_text_title_date_and_outlet_come_from_the_page(mixed_db):
    db, _, _ = mixed_db
    title, text, published, outlet = db.execute(
        "SELECT title, text, published, outlet FROM articles WHERE doc = 'ha-giang'").fetchone()
    assert title == "Hà Giang hỗ trợ 13 đề án khuyến công năm 2023"
    assert published == "2023-11-02"
    assert outlet == "Báo Thử Nghiệm"
    assert "13 đề án khuyến công với tổng kinh phí 2.634,6 triệu" in text
    for chrome in ("Đăng nhập", "Trang chủ", "Giấy phép", "Quảng Nam chi 5 tỷ"):  # menus, related links, footer
        assert chrome not in text


def test_html_facts_are_extracted_like_text(mixed_db):
    db, _, _ = mixed_db
    assert _money(db, "ha-giang") == [900_000_000, 1_734_600_000, 2_634_600_000]
    assert db.execute("SELECT subject, subject_2025 FROM articles WHERE doc = 'ha-giang'").fetchone() == (
        "Hà Giang", "Tuyên Quang")
    assert db.execute("SELECT subject FROM articles WHERE doc = 'lai-chau'").fetchone() == ("Lai Châu",)


def test_jsonl_published_and_source_go_into_articles(mixed_db):
    db, _, _ = mixed_db
    a = synthetic.article(5)
    assert db.execute("SELECT published, outlet, title FROM articles WHERE doc = ?", [a.doc]).fetchone() == (
        f"{a.year}-12-20", "Bản tin thử nghiệm", a.title)
    assert _money(db, a.doc) == sorted([a.total_vnd, a.national_vnd, a.local_vnd])


def test_stdin_is_an_input(tmp_path):
    result = _cli("ingest", "-", "--db", tmp_path / "s.db", input=synthetic.article(9).text)
    assert result.returncode == 0, result.stderr
    db = open_db(tmp_path / "s.db", create=False)
    assert [r[0] for r in db.execute("SELECT doc FROM articles")] == ["stdin"]


# --- incremental ---------------------------------------------------------------------------------


def test_second_run_over_an_unchanged_corpus_extracts_nothing(mixed_clippings, mixed_db, tmp_path, monkeypatch):
    db, first, _ = mixed_db
    copy = sqlite3.connect(tmp_path / "copy.db")
    db.conn.backup(copy)
    copy.close()

    def must_not_run(*_a, **_k):
        raise AssertionError("an unchanged article was extracted again")

    monkeypatch.setattr(ingest_module, "analyse", must_not_run)
    report = run([str(mixed_clippings)], open_db(tmp_path / "copy.db"))
    assert (report.stored, report.unchanged, report.failed) == (0, first.stored, 0)


def _data_copy(tmp_path: Path, extra_product: str) -> Path:
    """rules/ and gazetteers/ as an upgrade would leave them: one more product in the gazetteer."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "rules", data / "rules")
    shutil.copytree(ROOT / "gazetteers", data / "gazetteers")
    with (data / "gazetteers" / "products.tsv").open("a", encoding="utf-8") as fh:
        fh.write(f"{extra_product}\t{extra_product}\tindustrial\n")
    return data


def test_the_extractor_version_hashes_every_module_that_analysing_an_article_loads():
    # what the pipeline imports to analyse an article (in a fresh process): each of these modules decides output
    probe = ("import sys; from kcextract.pipeline import analyse; "
             "analyse('Năm 2024, tỉnh Hà Giang hỗ trợ 3 đề án khuyến công, kinh phí 1,2 tỷ đồng.', 'x'); "
             "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('kcextract.')))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=600, check=True)
    from kcextract.version import code_files
    hashed = {p.resolve() for p in code_files()}
    # (version, errors and lean name or report things; they read no text)
    not_extraction = {"version.py", "errors.py", "lean.py"}
    missing = [f for f in loaded.stdout.split() if Path(f).resolve() not in hashed and Path(f).name not in not_extraction]
    assert missing == []
    assert {"relate.py", "subject.py", "numbers.py", "amounts.py"} <= {p.name for p in hashed}


def test_a_change_to_the_extraction_code_re_extracts_stored_articles(tmp_path):
    # an upgrade that changes only code (no rule file): the same articles, stored by the old code, are extracted again
    db_path = tmp_path / "c.db"
    assert _cli("ingest", CORPUS, "--db", db_path, "--jobs", "1").returncode == 0
    package = tmp_path / "upgraded" / "kcextract"
    shutil.copytree(ROOT / "kcextract", package, ignore=shutil.ignore_patterns("__pycache__"))
    with (package / "relate.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# an upgrade\n")
    upgraded = {"PYTHONPATH": str(package.parent), "KCEXTRACT_DATA": str(ROOT)}
    again = _cli("ingest", CORPUS, "--db", db_path, "--jobs", "1", env=upgraded, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "stored 5 articles" in again.stdout and "0 unchanged" in again.stdout
    # ... and the unchanged code keeps what it stored
    same = _cli("ingest", CORPUS, "--db", db_path, "--jobs", "1", env=upgraded, cwd=tmp_path)
    assert "stored 0 articles" in same.stdout and "5 unchanged" in same.stdout


def test_reprocess_re_extracts_only_articles_of_an_older_extractor_version(tmp_path):
    db_path = tmp_path / "r.db"
    synthetic.write_jsonl(tmp_path / "new.jsonl", 100, 3)
    assert _cli("ingest", CORPUS, "--db", db_path, "--jobs", "1").returncode == 0  # today's rules
    upgraded = {"KCEXTRACT_DATA": str(_data_copy(tmp_path, "mô hình trình diễn"))}
    # articles ingested after the upgrade already carry the new version ...
    assert _cli("ingest", tmp_path / "new.jsonl", "--db", db_path, "--jobs", "1", env=upgraded).returncode == 0
    result = _cli("reprocess", "--db", db_path, "--jobs", "1", env=upgraded)
    assert result.returncode == 0, result.stderr
    # ... so only the 5 seed articles are extracted again
    assert "stored 5 articles" in result.stdout and "3 unchanged" in result.stdout
    conn = sqlite3.connect(db_path)
    assert len({r[0] for r in conn.execute("SELECT DISTINCT extractor_version FROM facts")}) == 1
    new_rule = dict(conn.execute("SELECT doc LIKE 'synthetic%', count(*) FROM facts WHERE type = 'product' "
                                 "AND value = 'mô hình trình diễn' GROUP BY 1").fetchall())
    assert new_rule[1] == 3 and new_rule[0] > 0  # the new rule shows in the seed articles, re-extracted
    again = _cli("reprocess", "--db", db_path, "--jobs", "1", env=upgraded)
    assert "stored 0 articles" in again.stdout and "8 unchanged" in again.stdout


def test_a_failed_article_is_recorded_and_retried_by_the_next_run(tmp_path, monkeypatch):
    synthetic.write_jsonl(tmp_path / "a.jsonl", 0, 3)
    real = ingest_module.analyse

    def flaky(text, doc, **kw):
        if doc == "synthetic-00001":
            raise RuntimeError("boom")
        return real(text, doc, **kw)

    db = open_db(tmp_path / "e.db")
    monkeypatch.setattr(ingest_module, "analyse", flaky)
    first = run([str(tmp_path / "a.jsonl")], db)
    assert (first.stored, first.failed) == (2, 1)
    assert db.execute("SELECT source, stage, reason FROM errors").fetchall() == [
        (f"{tmp_path / 'a.jsonl'}:2", "extract", "extraction failed: RuntimeError: boom")]
    monkeypatch.setattr(ingest_module, "analyse", real)
    second = run([str(tmp_path / "a.jsonl")], db)
    assert (second.stored, second.unchanged, second.failed) == (1, 2, 0)
    assert db.execute("SELECT count(*) FROM errors").fetchone()[0] == 0


# --- syndicated copies -----------------------------------------------------------------------------


def test_a_syndicated_copy_is_linked_to_its_first_copy(tmp_path):
    original, other = synthetic.article(20), synthetic.article(21)
    copy = synthetic.syndicated_copy(original)
    (tmp_path / "day1.jsonl").write_text(original.jsonl() + "\n" + other.jsonl() + "\n", encoding="utf-8")
    (tmp_path / "day2.jsonl").write_text(copy.jsonl("Báo Bạn Đọc") + "\n", encoding="utf-8")
    db = open_db(tmp_path / "d.db")
    run([str(tmp_path / "day1.jsonl")], db)
    report = run([str(tmp_path / "day2.jsonl")], db)  # a later run: the index comes from the database
    assert (report.stored, report.duplicates) == (1, 1)
    rows = dict(db.execute("SELECT doc, duplicate_of FROM articles").fetchall())
    first_id = db.execute("SELECT id FROM articles WHERE doc = ?", [original.doc]).fetchone()[0]
    assert rows == {original.doc: None, other.doc: None, copy.doc: first_id}


def test_a_syndicated_copy_is_not_counted_twice_in_originals(tmp_path):
    original = synthetic.article(30)
    copy = synthetic.syndicated_copy(original)
    (tmp_path / "all.jsonl").write_text(original.jsonl() + "\n" + copy.jsonl() + "\n", encoding="utf-8")
    db = open_db(tmp_path / "d.db")
    report = run([str(tmp_path / "all.jsonl")], db)
    assert (report.stored, report.duplicates) == (2, 1)
    national = db.execute(
        "SELECT sum(f.amount_vnd) FROM funding f JOIN articles a ON a.id = f.article_id "
        "WHERE a.duplicate_of IS NULL AND f.scope = 'national'").fetchone()[0]
    assert national == original.national_vnd


def test_articles_of_one_template_about_different_provinces_are_not_copies(tmp_path):
    synthetic.write_jsonl(tmp_path / "many.jsonl", 0, 40)
    db = open_db(tmp_path / "d.db")
    report = run([str(tmp_path / "many.jsonl")], db)
    assert (report.stored, report.duplicates) == (40, 0)


def test_the_same_text_twice_in_one_run_is_stored_once(tmp_path):
    a = synthetic.article(40)
    (tmp_path / "x.txt").write_text(a.text, encoding="utf-8")
    (tmp_path / "y.txt").write_text(a.text, encoding="utf-8")
    db = open_db(tmp_path / "d.db")
    report = run([str(tmp_path)], db)
    assert (report.stored, report.repeated) == (1, 1)


# --- parallel ------------------------------------------------------------------------------------


def test_two_workers_store_exactly_what_one_process_stores(tmp_path):
    synthetic.write_jsonl(tmp_path / "g.jsonl", 200, 24)
    inputs = [str(CORPUS), str(tmp_path / "g.jsonl")]
    one = run(inputs, open_db(tmp_path / "one.db"), jobs=1)
    two = run(inputs, open_db(tmp_path / "two.db"), jobs=2)
    assert (one.stored, one.failed) == (two.stored, two.failed) == (29, 0)
    assert one.facts == two.facts
    a, b = _content(tmp_path / "one.db"), _content(tmp_path / "two.db")
    assert a == b


def test_progress_bar_is_quiet_when_stderr_is_not_a_terminal(tmp_path):
    result = _cli("ingest", SEED000, "--db", tmp_path / "p.db", "--jobs", "1")
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.startswith(f"{tmp_path / 'p.db'}: stored 1 articles")


def test_progress_bar_shows_articles_per_second_when_asked(tmp_path):
    result = _cli("ingest", SEED000, "--db", tmp_path / "p.db", "--jobs", "1", "--progress")
    assert result.returncode == 0
    assert "1 articles" in result.stderr and "/s" in result.stderr


# --- resilience ----------------------------------------------------------------------------------


def test_a_run_killed_mid_ingest_and_restarted_equals_an_uninterrupted_run(tmp_path):
    synthetic.write_jsonl(tmp_path / "k.jsonl", 500, 120)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _cli("ingest", tmp_path / "k.jsonl", "--db", clean, "--jobs", "1").returncode == 0

    proc = subprocess.Popen([sys.executable, "-m", "kcextract.cli", "ingest", str(tmp_path / "k.jsonl"),
                             "--db", str(killed), "--jobs", "1", "--batch", "7"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 300
    while stored < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            with sqlite3.connect(killed, timeout=5) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # the schema is not there yet
            pass
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(killed) as conn:
        partial = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 20 <= partial < 120
        # no partial article: every stored article has its sentences
        assert conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0] == 0
    again = _cli("ingest", tmp_path / "k.jsonl", "--db", killed, "--jobs", "1")
    assert again.returncode == 0, again.stderr
    assert f"{partial} unchanged" in again.stdout
    assert _content(killed) == _content(clean)


def test_bad_inputs_each_get_their_error_and_the_good_ones_are_stored(tmp_path):
    good = synthetic.article(60)
    (tmp_path / "good.txt").write_text(good.text, encoding="utf-8")
    with (tmp_path / "huge.txt").open("wb") as fh:  # a 50 MB file
        block = ("Dòng chữ lặp lại. " * 4000 + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    (tmp_path / "runon.txt").write_text("Một câu dài không dứt " * 9100, encoding="utf-8")  # 200,000+ characters
    lines = [synthetic.article(61).jsonl(), '{"id": "broken", "text": "thiếu ngoặc', synthetic.article(62).jsonl(),
             '{"id": "long", "text": "' + "x" * (MAX_ARTICLE_BYTES + 10) + '"}']
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "broken.html").write_text("<html><body><div><<<>>></span><p", encoding="utf-8")  # cut off
    (tmp_path / "binary.html").write_bytes(b"<html>\x00\x01\x02" + bytes(range(256)))
    (tmp_path / "empty.html").write_text("<html><head><title>Chỉ có tiêu đề</title></head><body></body></html>",
                                         encoding="utf-8")
    db = open_db(tmp_path / "b.db")
    errors: list = []
    report = run([str(tmp_path)], db, on_error=errors.append)
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert "too large" in reasons["huge.txt"]
    assert "too long" in reasons["runon.txt"] and f"{MAX_ARTICLE_CHARS:,}" in reasons["runon.txt"]
    assert "invalid JSON" in reasons["feed.jsonl:2"]
    assert "too long" in reasons["feed.jsonl:4"]
    assert "HTML" in reasons["broken.html"] and "HTML" in reasons["empty.html"] and "HTML" in reasons["binary.html"]
    assert report.stored == 3 and report.failed == len(errors) == 7
    stored = {r[0] for r in db.execute("SELECT doc FROM articles")}
    assert stored == {"good", "synthetic-00061", "synthetic-00062"}
    assert db.execute("SELECT count(*) FROM errors").fetchone()[0] == 7


def test_a_reader_gets_answers_while_an_ingest_writes(tmp_path):
    synthetic.write_jsonl(tmp_path / "r.jsonl", 700, 60)
    db_path = tmp_path / "live.db"
    open_db(db_path)  # the schema exists before the writer starts, as after any earlier run
    proc = subprocess.Popen([sys.executable, "-m", "kcextract.cli", "ingest", str(tmp_path / "r.jsonl"),
                             "--db", str(db_path), "--jobs", "1", "--batch", "5"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = []
    reader = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.5)
    while proc.poll() is None:
        seen.append(reader.execute("SELECT count(*) FROM facts").fetchone()[0])  # never 'database is locked'
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read()
    final = reader.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert seen == sorted(seen)
    assert len(set(seen) - {0, final}) >= 2  # answers came while the batches were landing


def test_three_kill_9_rounds_then_a_full_run_equal_an_uninterrupted_run(tmp_path):
    """A kill -9 loop: each round is killed mid-batch with --jobs 2; the database stays intact between rounds
    and the run that finally completes stores exactly what an uninterrupted run stores."""
    synthetic.write_jsonl(tmp_path / "loop.jsonl", 300, 150)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _cli("ingest", tmp_path / "loop.jsonl", "--db", clean, "--jobs", "1").returncode == 0
    stored = 0
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-m", "kcextract.cli", "ingest", str(tmp_path / "loop.jsonl"),
                                 "--db", str(killed), "--jobs", "2", "--batch", "5"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        target = stored + 10
        deadline = time.monotonic() + 300
        while stored < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            try:
                with sqlite3.connect(killed, timeout=5) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                pass
        if proc.poll() is not None:
            break  # the corpus was done before this round could be killed
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with sqlite3.connect(killed) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"round {round_}"
    again = _cli("ingest", tmp_path / "loop.jsonl", "--db", killed, "--jobs", "1")
    assert again.returncode == 0, again.stderr
    assert _content(killed) == _content(clean)
