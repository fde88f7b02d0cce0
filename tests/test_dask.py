"""The Dask engine: same facts as the plain engine, Parquet output, a worker killed mid-run, an unreachable
scheduler, bad inputs, re-runs. One LocalCluster of two worker processes on loopback serves the module."""
from __future__ import annotations

import gzip
import os
import signal
import socket
import sqlite3
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import get_task_stream

from kcextract import parquet, synthetic
from kcextract.distributed import ClusterError, plan, run_dask, split_jsonl
from kcextract.ingest import run
from kcextract.readers import read_path
from kcextract.store import open_db

from test_ingest import CORPUS, ROOT, _cli, _content

SMALL = 8_000  # bytes per partition: a few synthetic articles, so even a small input makes many tasks


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The seed corpus, 40 generated articles in one JSONL file, and a later file with a syndicated copy of
    one of them and that article again (a repeat)."""
    root = tmp_path_factory.mktemp("dask-corpus")
    synthetic.write_jsonl(root / "generated.jsonl", 400, 40)
    copy = synthetic.syndicated_copy(synthetic.article(405))
    (root / "later.jsonl").write_text(copy.jsonl() + "\n" + synthetic.article(405).jsonl() + "\n", encoding="utf-8")
    return [str(CORPUS), str(root / "generated.jsonl"), str(root / "later.jsonl")]


@pytest.fixture(scope="module")
def plain(corpus, tmp_path_factory) -> tuple[Path, object]:
    path = tmp_path_factory.mktemp("plain") / "plain.db"
    return path, run(corpus, open_db(path), jobs=1)


def _wait_for_two_workers(client) -> None:
    client.wait_for_workers(2, timeout=120)


# --- partitions ------------------------------------------------------------------------------------


def test_jsonl_slices_cover_the_file_once_with_the_right_line_numbers(tmp_path):
    synthetic.write_jsonl(tmp_path / "g.jsonl", 0, 30)
    with (tmp_path / "g.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("\n{not json\n" + synthetic.article(30).jsonl() + "\n")
    whole_errors, sliced_errors = [], []
    whole = list(read_path(tmp_path / "g.jsonl", whole_errors.append))
    parts = list(plan([tmp_path / "g.jsonl"], part_bytes=SMALL))
    assert len(parts) > 5
    sliced = [raw for part in parts for raw in part.read(sliced_errors.append)]
    assert sliced == whole  # same articles, same sources (path:line), same order
    assert [str(e) for e in sliced_errors] == [str(e) for e in whole_errors] == [f"{tmp_path / 'g.jsonl'}:32: "
                                                                                 "invalid JSON: Expecting property "
                                                                                 "name enclosed in double quotes"]
    pieces = list(split_jsonl(tmp_path / "g.jsonl", SMALL))
    assert pieces[0].start == 0 and pieces[-1].end is None
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))


def test_small_files_are_grouped_and_the_input_order_is_kept(tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(synthetic.article(i).text, encoding="utf-8")
    parts = list(plan(sorted(tmp_path.glob("*.txt")), part_bytes=5_000))
    assert [p.index for p in parts] == list(range(len(parts))) and 1 < len(parts) < 6
    assert [Path(piece.path).name for p in parts for piece in p.pieces] == [f"{i}.txt" for i in range(6)]


# --- the same results as the plain engine ---------------------------------------------------------


def test_dask_stores_exactly_what_the_plain_engine_stores(client, corpus, plain, tmp_path):
    plain_path, plain_report = plain
    report = run_dask(corpus, open_db(tmp_path / "dask.db"), client=client, part_bytes=SMALL)
    assert (report.stored, report.failed, report.duplicates, report.repeated) == (plain_report.stored, 0, 1, 1)
    assert report.stored == 46
    assert report.facts == plain_report.facts and report.funding == plain_report.funding
    assert _content(tmp_path / "dask.db") == _content(plain_path)  # syndication links included: input order kept


def test_a_rerun_over_an_unchanged_corpus_stores_nothing(client, corpus, tmp_path):
    db = open_db(tmp_path / "again.db")
    first = run_dask(corpus, db, client=client, part_bytes=SMALL)
    with get_task_stream(client) as tasks:
        again = run_dask(corpus, db, client=client, part_bytes=SMALL)
    assert (again.stored, again.unchanged, again.failed) == (0, first.stored + first.repeated, 0)
    ran = {t["key"].split("-")[0] for t in tasks.data}
    assert ran == {"scan"}  # read and hashed, never extracted


def test_bad_items_are_recorded_as_by_the_plain_engine_and_the_rest_is_stored(client, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(synthetic.article(70).text, encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "empty.jsonl").write_text("", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    lines = [synthetic.article(71).jsonl(), '{"id": "broken", "text": "thiếu ngoặc', synthetic.article(72).jsonl(),
             '{"id": "no-text"}']
    (inputs / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inputs / "feed2.jsonl.gz").write_bytes(gzip.compress(b"{oops\n" + synthetic.article(73).jsonl().encode()))
    errors: list = []
    report = run_dask([str(inputs), str(tmp_path / "missing.txt")], open_db(tmp_path / "d.db"), client=client,
                      on_error=errors.append, part_bytes=SMALL)
    run([str(inputs), str(tmp_path / "missing.txt")], open_db(tmp_path / "p.db"), jobs=1)
    assert (report.stored, report.failed) == (4, 7) and len(errors) == 7

    def recorded(path: Path) -> list:
        with sqlite3.connect(path) as conn:
            return sorted(conn.execute("SELECT source, stage, reason FROM errors"))

    assert recorded(tmp_path / "d.db") == recorded(tmp_path / "p.db")
    assert {Path(s).name for s, _, _ in recorded(tmp_path / "d.db")} == {
        "empty.txt", "empty.jsonl", "binary.txt", "feed.jsonl:2", "feed.jsonl:4", "feed2.jsonl.gz:1", "missing.txt"}
    assert _content(tmp_path / "d.db") == _content(tmp_path / "p.db")


# --- Parquet ---------------------------------------------------------------------------------------


def _readme_schema() -> dict[str, list[str]]:
    """The Parquet schema as the README documents it: table -> 'column type' lines."""
    text = (ROOT / "docs" / "cluster.md").read_text(encoding="utf-8")
    section = text.split("## Parquet schema", 1)[1].split("\n## ", 1)[0]
    tables: dict[str, list[str]] = {}
    for line in section.splitlines():
        if line.startswith("| `") and "|" in line[3:]:
            table, column, arrow = (c.strip(" `") for c in line.strip("|").split("|")[:3])
            tables.setdefault(table, []).append(f"{column} {arrow}")
    return tables


def test_parquet_reads_back_with_the_documented_schema_and_the_sqlite_rows(client, corpus, plain, tmp_path):
    out = tmp_path / "pq"
    report = run_dask(corpus, None, out_parquet=out, client=client, part_bytes=SMALL)
    assert (report.stored, report.failed) == (46, 0)
    documented = _readme_schema()
    for table, schema in parquet.SCHEMAS.items():
        data = pq.read_table(out / table)  # the folder as one dataset, as DuckDB or Spark read it
        assert data.schema.remove_metadata() == schema
        assert documented[table] == [f"{f.name} {f.type}" for f in schema]
        assert pq.read_schema(next((out / table).glob("part-*.parquet"))).metadata[b"kcextract.schema"] == parquet.SCHEMA_VERSION.encode()
    facts = pq.read_table(out / "facts").to_pylist()
    with sqlite3.connect(plain[0]) as conn:
        want = sorted(conn.execute('SELECT id, article_id, type, CAST(value AS TEXT), start, "end", province, year '
                                   "FROM facts"))
        funding = sorted(conn.execute("SELECT id, amount_vnd, projects, scope, period FROM funding"))
        articles = sorted(conn.execute("SELECT id, source, subject FROM articles"))
    assert sorted((f["id"], f["article_id"], f["type"], f["value"], f["start"], f["end"], f["province"], f["year"])
                  for f in facts) == want
    assert sorted((f["id"], f["amount_vnd"], f["projects"], f["scope"], f["period"])
                  for f in pq.read_table(out / "funding").to_pylist()) == funding
    assert sorted((a["id"], a["source"], a["subject"]) for a in pq.read_table(out / "articles").to_pylist()) == articles
    money = [f for f in facts if f["type"] == "money"]
    assert money and all(f["value_int"] == int(f["value"]) for f in money)


def test_a_parquet_rerun_writes_nothing_and_an_edited_input_replaces_its_rows(client, tmp_path):
    synthetic.write_jsonl(tmp_path / "a.jsonl", 500, 12)
    out = tmp_path / "pq"
    run_dask([str(tmp_path / "a.jsonl")], None, out_parquet=out, client=client, part_bytes=SMALL)
    files = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    again = run_dask([str(tmp_path / "a.jsonl")], None, out_parquet=out, client=client, part_bytes=SMALL)
    assert (again.stored, again.unchanged) == (0, 12)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == files
    synthetic.write_jsonl(tmp_path / "a.jsonl", 600, 12)  # every article replaced
    edited = run_dask([str(tmp_path / "a.jsonl")], None, out_parquet=out, client=client, part_bytes=SMALL)
    assert edited.stored == 12
    docs = sorted(pq.read_table(out / "articles").column("doc").to_pylist())
    assert docs == [f"synthetic-{i:05d}" for i in range(600, 612)]  # no stale rows of the old file
    assert not list(out.rglob("*.tmp"))


# --- failures of the cluster -----------------------------------------------------------------------


def test_a_worker_killed_mid_run_still_gives_complete_non_duplicated_results(client, tmp_path):
    _wait_for_two_workers(client)
    synthetic.write_jsonl(tmp_path / "k.jsonl", 800, 120)
    clean = run([str(tmp_path / "k.jsonl")], open_db(tmp_path / "clean.db"), jobs=1)
    killed_db = tmp_path / "killed.db"
    open_db(killed_db)
    outcome: dict = {}

    def ingest() -> None:
        try:
            outcome["report"] = run_dask([str(tmp_path / "k.jsonl")], open_db(killed_db), client=client,
                                         part_bytes=SMALL, batch=4)
        except Exception as exc:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = exc

    pids = client.run(os.getpid)
    thread = threading.Thread(target=ingest)
    thread.start()
    stored, deadline = 0, time.monotonic() + 120
    while stored == 0 and time.monotonic() < deadline and thread.is_alive():
        time.sleep(0.05)
        with sqlite3.connect(killed_db, timeout=5) as conn:
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert thread.is_alive() and 0 < stored < 120, "the run was not in progress"
    victim = next(iter(pids.values()))
    os.kill(victim, signal.SIGKILL)  # a real kill: the scheduler reschedules what that worker held
    thread.join(timeout=300)
    assert "error" not in outcome, outcome.get("error")
    report = outcome["report"]
    assert (report.stored, report.failed) == (clean.stored, 0) == (120, 0)
    assert _content(killed_db) == _content(tmp_path / "clean.db")
    _wait_for_two_workers(client)  # the nanny started a new worker process
    assert victim not in client.run(os.getpid).values()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_scheduler_that_does_not_answer_is_a_clear_error_within_seconds(tmp_path):
    address = f"tcp://127.0.0.1:{_closed_port()}"
    start = time.monotonic()
    with pytest.raises(ClusterError, match=f"cannot reach the Dask scheduler at {address}"):
        run_dask([str(CORPUS)], open_db(tmp_path / "x.db"), scheduler=address)
    assert time.monotonic() - start < 15
    result = _cli("ingest", CORPUS, "--db", tmp_path / "x.db", "--engine", "dask", "--scheduler", address)
    assert result.returncode == 1
    assert f"Error: cannot reach the Dask scheduler at {address}" in result.stderr
    assert "Traceback" not in result.stderr


# --- the command -----------------------------------------------------------------------------------


def test_cli_engine_dask_on_its_own_local_cluster(tmp_path):
    synthetic.write_jsonl(tmp_path / "c.jsonl", 900, 6)
    result = _cli("ingest", tmp_path / "c.jsonl", "--db", tmp_path / "c.db", "--engine", "dask", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{tmp_path / 'c.db'}: stored 6 articles")
    parquet_run = _cli("ingest", tmp_path / "c.jsonl", "--engine", "dask", "--jobs", "1",
                       "--out-parquet", tmp_path / "pq")
    assert parquet_run.returncode == 0, parquet_run.stderr
    assert pq.read_table(tmp_path / "pq" / "articles").num_rows == 6


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "need --engine dask"),
    (["--out-parquet", "out"], "need --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2"], "--jobs sizes a LocalCluster"),
    (["--engine", "dask", "--out-parquet", "out", "--db", "x.db"], "drop --db"),
])
def test_conflicting_options_are_usage_errors(args, message, tmp_path):
    result = _cli("ingest", CORPUS, *args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr
