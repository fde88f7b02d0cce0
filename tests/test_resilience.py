"""Nothing lost, nobody let in (issue 11): each reproduced data-loss, fault and security case, pinned.

Every test here failed on the main branch before the fix it pins.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from kcextract import analyse, extract, synthetic
from kcextract.export import csv_safe
from kcextract.locking import writer_lock
from kcextract.store import ingest, open_db

ROOT = Path(__file__).resolve().parent.parent
INT64_MAX = 2**63 - 1


def _cli(*args, input: str | None = None, timeout: int = 600, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kcextract.cli", *map(str, args)], capture_output=True, text=True,
                          input=input, timeout=timeout, **kw)


def _line(text: str, **extra) -> str:
    return json.dumps({"text": text, **extra}, ensure_ascii=False)


A = "Khuyến công Hà Giang\nNăm 2023, tỉnh Hà Giang hỗ trợ 13 đề án với tổng kinh phí 2.634,6 triệu đồng."
B = "Khuyến công Hà Tĩnh\nGiai đoạn 2016-2020, Hà Tĩnh thực hiện 109 đề án với tổng kinh phí hơn 23,29 tỷ đồng."
N = "Khuyến công Lai Châu\nNăm 2021, Lai Châu thực hiện 21 đề án với tổng kinh phí hơn 3,5 tỷ đồng."


def _docs(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        return {r[0] for r in conn.execute("SELECT text FROM articles")}


# --- 1. identity -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("with_ids", [False, True])
def test_a_feed_that_changes_order_never_deletes_a_stored_article(tmp_path, with_ids):
    feed, db = tmp_path / "feed.jsonl", tmp_path / "f.db"

    def write(*articles):
        feed.write_text("\n".join(_line(t, **({"id": t[:20]} if with_ids else {})) for t in articles) + "\n",
                        encoding="utf-8")

    write(A, B)
    assert _cli("ingest", feed, "--db", db, "--jobs", "1").returncode == 0
    write(N, A, B)
    assert _cli("ingest", feed, "--db", db, "--jobs", "1").returncode == 0
    assert _cli("ingest", feed, "--db", db, "--jobs", "1").returncode == 0
    assert {t.split("\n")[0] for t in _docs(db)} == {"Khuyến công Hà Giang", "Khuyến công Hà Tĩnh", "Khuyến công Lai Châu"}


def test_two_stdin_runs_keep_both_articles(tmp_path):
    db = tmp_path / "s.db"
    assert _cli("ingest", "-", "--db", db, "--jobs", "1", input=A).returncode == 0
    assert _cli("ingest", "-", "--db", db, "--jobs", "1", input=B).returncode == 0
    assert len(_docs(db)) == 2


def test_an_edited_record_replaces_only_its_own_earlier_version(tmp_path):
    feed, db = tmp_path / "feed.jsonl", tmp_path / "e.db"
    feed.write_text(_line(A, id="a") + "\n" + _line(B, id="b") + "\n", encoding="utf-8")
    assert _cli("ingest", feed, "--db", db, "--jobs", "1").returncode == 0
    feed.write_text(_line(A.replace("13 đề án", "14 đề án"), id="a") + "\n" + _line(B, id="b") + "\n", encoding="utf-8")
    assert _cli("ingest", feed, "--db", db, "--jobs", "1").returncode == 0
    texts = _docs(db)
    assert len(texts) == 2 and any("14 đề án" in t for t in texts) and not any("13 đề án" in t for t in texts)


# --- 2. one bad line fails alone ----------------------------------------------------------------------------

def test_a_lone_surrogate_escape_fails_its_line_only_and_every_rerun_goes_on(tmp_path):
    feed, db = tmp_path / "s.jsonl", tmp_path / "s.db"
    feed.write_text(_line(A) + "\n" + '{"text": "bad \\ud800 line", "title": "x"}\n' + _line(B) + "\n", encoding="utf-8")
    for _ in range(2):
        run = _cli("ingest", feed, "--db", db, "--jobs", "1")
        assert run.returncode == 0, run.stderr
        assert "lone surrogate" in run.stderr and "s.jsonl:2" in run.stderr
    assert len(_docs(db)) == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM errors WHERE source LIKE '%s.jsonl:2'").fetchone()[0] == 1


def test_a_surrogate_inside_text_never_stops_extraction():
    facts = extract("Tin\nKinh phí 2 tỷ đồng \ud800 cho 3 đề án khuyến công.", "x")
    assert {(f.type, f.value) for f in facts} >= {("money", 2000000000), ("project_count", 3)}


# --- 3. odd numbers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Quỹ 10 tỉ tỉ USD được công bố.", "Khoản 200 triệu nghìn tỷ đồng.", "Khoản " + "9" * 300 + " đồng.",
    "Khoản ١٢٣ đồng và ߁߂ đồng.", "Khoản vay 30-1 tỷ đồng.", "Giá 0 - 1 k USD.",  # the last looped forever
])
def test_odd_numbers_give_no_wild_value_and_no_exception(text):
    for f in extract(text, "x"):
        assert f.value <= INT64_MAX and (f.upper is None or f.value <= f.upper <= INT64_MAX)


def test_digits_are_parsed_exactly():
    money = [f.value for f in extract("Khoản nợ 9.007.199.254.740.993 đồng.", "x") if f.type == "money"]
    assert money == [9007199254740993]


def test_an_article_with_an_overflowing_number_keeps_its_good_facts(tmp_path):
    (tmp_path / "odd.txt").write_text("Khuyến công\nKinh phí 2 tỷ đồng cho 3 đề án; quỹ 10 tỉ tỉ USD; "
                                      + "9" * 300 + " đồng.", encoding="utf-8")
    db = open_db(tmp_path / "o.db")
    report = ingest([str(tmp_path / "odd.txt")], db)
    assert (report.stored, report.failed) == (1, 0)
    values = {r[0] for r in db.execute("SELECT value FROM facts WHERE type = 'money'")}
    assert values == {2000000000}


# --- 4. two ingests at once ----------------------------------------------------------------------------------

def test_a_second_ingest_waits_for_the_first_and_then_runs_whole(tmp_path):
    db = tmp_path / "two.db"
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    with writer_lock(db):
        proc = subprocess.Popen([sys.executable, "-m", "kcextract.cli", "ingest", str(tmp_path / "a.txt"), "--db",
                                 str(db), "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert proc.poll() is None, "the second ingest did not wait"
        assert not db.exists()  # it has not half-run into the database
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "waiting for it to finish" in err and "stored 1 articles" in out


def test_the_writer_lock_can_refuse_at_once(tmp_path):
    with writer_lock(tmp_path / "x.db"):
        with pytest.raises(BlockingIOError):
            with writer_lock(tmp_path / "x.db", wait=False):
                pass


# --- 5. SIGTERM and kill -9: no orphans ------------------------------------------------------------------------

def _session_members(sid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid:  # field 6 of /proc/PID/stat: session id
                out.append(int(d.name))
    return out


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_do_not_outlive_a_stopped_ingest(tmp_path, sig):
    synthetic.write_jsonl(tmp_path / "w.jsonl", 400, 160)
    db = tmp_path / "w.db"
    proc = subprocess.Popen([sys.executable, "-m", "kcextract.cli", "ingest", str(tmp_path / "w.jsonl"), "--db",
                             str(db), "--jobs", "2", "--batch", "5"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 300
    stored = 0
    while stored < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            pass
    assert proc.poll() is None, "the run ended before it could be stopped"
    os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=120)
    if sig == signal.SIGTERM:
        assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    left = _session_members(proc.pid)
    deadline = time.monotonic() + 20
    while left and time.monotonic() < deadline:
        time.sleep(0.5)
        left = _session_members(proc.pid)
    assert left == [], f"processes outlived the ingest: {left}"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- 6. faults ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    db = open_db(path)
    ingest([str(ROOT / "corpus")], db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


def _limited(limit: int):
    def pre():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return pre


@pytest.mark.parametrize("command", [["export", "--format", "csv", "--out"], ["report", "--out"]])
def test_a_write_failure_gives_one_line_and_leaves_no_file(seed, tmp_path, command):
    out = tmp_path / "out.file"
    run = _cli(*command[:1], "--db", seed, *command[1:], out, preexec_fn=_limited(70_000))
    assert run.returncode != 0
    assert "Traceback" not in run.stderr and "File too large" in run.stderr
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_during_ingest_gives_one_line_and_keeps_the_database_whole(tmp_path):
    run = _cli("ingest", ROOT / "corpus", "-d", tmp_path / "full.db", "--jobs", "1", preexec_fn=_limited(700_000))
    assert run.returncode != 0 and "Traceback" not in run.stderr and "disk" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    with sqlite3.connect(tmp_path / "full.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # what was stored is whole: every stored article has its sentences
        assert conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0] == 0


def test_a_damaged_database_is_refused_by_ingest_with_one_line(seed, tmp_path):
    bad = tmp_path / "bad.db"
    data = bytearray(seed.read_bytes())
    page = 4096
    for p in range(3, len(data) // page, 2):  # scribble over the header of every other page after the schema
        data[p * page:p * page + 300] = b"\xa5" * 300
    bad.write_bytes(bytes(data))
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    run = _cli("ingest", tmp_path / "a.txt", "--db", bad)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "damaged" in run.stderr or "malformed" in run.stderr or "database error" in run.stderr


def test_another_programs_database_is_never_modified(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
        conn.execute("INSERT INTO notes VALUES ('mine')")
    before = other.read_bytes()
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    run = _cli("ingest", tmp_path / "a.txt", "--db", other)
    assert run.returncode != 0 and "not a kcextract database" in run.stderr
    assert other.read_bytes() == before and not Path(f"{other}-wal").exists()


@pytest.mark.parametrize("value", ["9223372036854775806", "99999999999999999999999"])
def test_huge_amount_filters_are_answered_or_refused_in_one_line(seed, value):
    run = _cli("query", "--db", seed, "--min", value)
    assert "Traceback" not in run.stderr
    assert run.returncode == 0 or "larger than any amount" in run.stderr


# --- 7. serve --------------------------------------------------------------------------------------------------

def _ds(path: Path, allow_sql: bool):
    from kcextract.serve import make_datasette, prepare

    prepare(path)
    return make_datasette(path, allow_sql=allow_sql)


def _get(ds, url: str):
    return asyncio.run(ds.client.get(url))


def test_serve_runs_no_arbitrary_sql_by_default_and_hides_local_paths(seed, tmp_path):
    ds = _ds(seed, allow_sql=False)
    name = seed.stem
    assert _get(ds, f"/{name}.json?sql=select+1").status_code == 403
    for table in ("errors", "articles", "meta", "signatures", "lsh"):
        assert _get(ds, f"/{name}/{table}.json").status_code == 403, table
    public = _get(ds, f"/{name}/articles_public.json?_shape=array").json()
    assert public and all("source" not in row for row in public)
    assert _get(ds, f"/{name}/totals_by_province_year.json?province=&_shape=array").status_code == 200


def test_serve_with_allow_sql_bounds_what_one_query_can_build(seed):
    ds = _ds(seed, allow_sql=True)
    name = seed.stem
    assert _get(ds, f"/{name}.json?sql=select+1&_shape=array").status_code == 200
    for sql in ("select+randomblob(1000000000)", "select+length(printf('%25.*c',2000000000,'x'))"):
        start = time.monotonic()
        r = _get(ds, f"/{name}.json?sql={sql}")
        assert time.monotonic() - start < 10 and len(r.content) < 6_000_000
    assert "too big" in _get(ds, f"/{name}.json?sql=select+randomblob(1000000000)").text
    # printf refuses a width beyond the bound (NULL), and still formats within it
    refused = _get(ds, f"/{name}.json?sql=select+printf('%25.*c',2000000000,'x')+as+v&_shape=array").json()
    assert refused == [{"v": None}]
    assert _get(ds, f"/{name}.json?sql=select+printf('%5.2f',3.14159)+as+v&_shape=array").json() == [{"v": " 3.14"}]


# --- 8. CSV formula injection -------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "=1+2", "@SUM(A1)", "+cmd|' /C notepad'!A1", "-2+3",
                                  "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell):
    assert csv_safe(cell) == "'" + cell
    assert csv_safe(12) == 12 and csv_safe("Hà Giang") == "Hà Giang"


def test_csv_exports_neutralise_formulas_and_json_keeps_the_raw_text(tmp_path, run_cli):
    (tmp_path / "f.txt").write_text("=HYPERLINK(\"http://x\",\"Hà Giang\")\nNăm 2023, tỉnh Hà Giang hỗ trợ 13 đề án "
                                    "khuyến công với kinh phí 2,6 tỷ đồng.", encoding="utf-8")
    db = open_db(tmp_path / "f.db")
    ingest([str(tmp_path / "f.txt")], db)
    csv_out = run_cli("export", "--db", tmp_path / "f.db", "--format", "csv", "--table", "articles").stdout
    assert "'=HYPERLINK" in csv_out and "\n=HYPERLINK" not in csv_out and ",=HYPERLINK" not in csv_out
    query_csv = run_cli("query", "--db", tmp_path / "f.db", "--csv").stdout
    assert ",=HYPERLINK" not in query_csv
    rows = json.loads(run_cli("export", "--db", tmp_path / "f.db", "--format", "json", "--table", "articles").stdout)
    assert rows["rows"][0]["title"].startswith("=HYPERLINK")


# --- 9. robustness ---------------------------------------------------------------------------------------------------

def test_a_named_pipe_is_skipped_with_a_named_error(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    run = _cli("ingest", fifo, tmp_path / "a.txt", "--db", tmp_path / "p.db", timeout=120)
    assert run.returncode == 0 and "pipe.txt: not a regular file (a named pipe)" in run.stderr


def test_a_small_gzip_of_many_bad_lines_makes_a_bounded_number_of_errors(tmp_path):
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(gzip.compress(b"{}\n" * 100_000))
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    db = open_db(tmp_path / "g.db")
    ingest([str(bomb), str(tmp_path / "a.txt")], db)
    n = db.execute("SELECT count(*) FROM errors").fetchone()[0]
    assert 1 <= n <= 101
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_utf16_with_a_bom_is_read(tmp_path):
    (tmp_path / "u.txt").write_bytes(A.encode("utf-16"))
    db = open_db(tmp_path / "u.db")
    report = ingest([str(tmp_path / "u.txt")], db)
    assert (report.stored, report.failed) == (1, 0)


def test_decomposed_search_input_finds_what_composed_input_finds(seed, run_cli):
    for option, value in (("--text", "khuyến công quốc gia"), ("--product", "chè"), ("--province", "Hà Giang")):
        nfc = run_cli("query", "--db", seed, option, value, "--json").stdout
        nfd = run_cli("query", "--db", seed, option, unicodedata.normalize("NFD", value), "--json").stdout
        assert json.loads(nfc) and nfc == nfd, option


def test_a_long_run_without_spaces_costs_linear_time():
    analyse("warm up", "w")
    times = []
    for n in (10_000, 40_000):
        start = time.perf_counter()
        analyse("Tin\n" + "1." * n, "x")
        times.append(time.perf_counter() - start)
    assert times[1] < 4 * times[0] + 2.0  # was ~16x (quadratic): 2.5 s and 42 s


def test_an_edited_article_is_not_a_syndicated_copy_of_its_own_earlier_version(tmp_path):
    """Before: the new version was linked to the old one as a 'copy', then the old one was deleted, and the
    article vanished from every total and view."""
    folder = tmp_path / "c"
    folder.mkdir()
    seed = ROOT / "corpus" / "003_85b55b1df421f973.txt"
    (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    db = open_db(tmp_path / "ed.db")
    ingest([str(folder)], db)
    (folder / seed.name).write_text(seed.read_text(encoding="utf-8") + "\nBài được cập nhật.\n", encoding="utf-8")
    ingest([str(folder)], db)
    rows = db.execute("SELECT duplicate_of, replaces FROM articles").fetchall()
    assert len(rows) == 1 and rows[0][0] is None and rows[0][1] is not None
    assert db.execute("SELECT COUNT(*) FROM funding_by_province_year WHERE province = 'Hà Tĩnh'").fetchone()[0] > 0


@pytest.mark.parametrize("seed", range(5))
def test_our_minhash_signature_equals_datasketchs_affine32(seed):
    """Signatures are stored: ours must be the values datasketch 2.0 gives for the same shingles."""
    import random

    import numpy as np
    from datasketch import MinHash

    from kcextract import dedup

    rng = random.Random(seed)
    words = ["khuyến", "công", "tỉnh", "hỗ", "trợ", "đề", "án", "triệu", "đồng", "Hà", "Giang", "mật", "ong"]
    text = " ".join(f"{rng.choice(words)}{rng.randint(0, 40)}" for _ in range(rng.randint(40, 600)))
    words_found = dedup._WORD.findall(dedup.fold(text))
    shingles = {" ".join(words_found[i:i + 3]).encode() for i in range(len(words_found) - 2)}
    reference = MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme="affine32")
    reference.update_batch(list(shingles))
    assert dedup.signature(text) == reference.hashvalues.astype(np.uint64).tobytes()


def test_a_text_under_forty_words_gets_no_signature():
    from kcextract import dedup

    assert dedup.signature("một bài rất ngắn về khuyến công") is None
