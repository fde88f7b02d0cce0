"""Scale: a newsroom archive of a million facts and more, and how fast the reading side answers it.

Steps (every database is kept in ``--workdir``, and reused when it is already there):
  1. base: ``kcextract ingest --jobs 2`` of the first ``--base-articles`` bulk articles (about 95,000 facts
     from ../shared/corpus-bulk; generated clippings when that folder is missing) and ``--synthetic``
     generated khuyến công clippings, which give the funding records general news lacks;
  2. big: the base grown to at least ``--facts`` facts with copies of its articles under new ids and texts
     (a copy marker is appended to the title and the text, so offsets hold; every copy moves its facts,
     records and subjects to another province by a fixed rotation over the 63 provinces, so indexes and
     facets see an archive's spread, not 10 copies of one), FTS rows included, then ANALYZE;
  3. reads, each ``--repeat`` times with p50 and p95:
     - Datasette pages over HTTP on 127.0.0.1 (``kcextract serve`` in its own process): the facts table
       with its facets, facts and facts_flat filtered by a 2025 province name, every canned query, a
       full-text search, a fact marked in its sentence, a sentence row;
     - CLI commands as whole processes (start-up included): ``query``, ``summary``, ``conflicts``,
       ``export`` (CSV of the facts, peak memory against the same export of the base), ``report``
       (time and file size).

The page times are measured by the client on the same machine: server time plus a local round trip.

Usage: python bench/scale.py [--facts 1000000] [--base-articles 6400] [--synthetic 2000] [--repeat 20]
                             [--workdir DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract.data import provinces as load_province_mapping  # noqa: E402

BULK = ROOT.parent / "shared" / "corpus-bulk"
KC = [sys.executable, "-m", "kcextract.cli"]


def _run(args: list[str], **kw) -> tuple[float, int]:
    """Run a command to completion: (wall seconds, peak RSS in KiB of that process)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=kw.get("stdout", subprocess.DEVNULL), stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} failed: {err[-2000:]}")
    return wall, usage.ru_maxrss


def base_db(work: Path, n_articles: int, n_synthetic: int) -> Path:
    """The base database: the first ``n_articles`` bulk articles and ``n_synthetic`` generated khuyến công
    clippings (general news alone holds almost no funding records), ingested with two workers."""
    path = work / "base.db"
    if path.exists():
        return path
    src = work / "base.jsonl"
    with src.open("w", encoding="utf-8") as out:
        written = 0
        if BULK.is_dir():
            for f in sorted(BULK.glob("*.jsonl")):
                for line in f.open(encoding="utf-8"):
                    if written == n_articles:
                        break
                    out.write(line)
                    written += 1
        from kcextract import synthetic

        for i in range(n_articles - written + n_synthetic):
            a = synthetic.article(i)
            out.write(json.dumps({"id": f"synthetic:{a.doc}", "title": a.title, "text": a.text},
                                 ensure_ascii=False) + "\n")
    wall, _ = _run(KC + ["ingest", "--db", str(path), "--jobs", "2", str(src)])
    print(f"base: ingested {n_articles + n_synthetic} articles in {wall:.0f} s", flush=True)
    return path


def _count(path: Path, table: str = "facts") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def grow(base: Path, work: Path, target_facts: int) -> Path:
    """A copy of ``base`` with copies of its articles added until it holds ``target_facts`` facts."""
    path = work / f"big-{target_facts}.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    _run(KC + ["provinces", "--db", str(base)])  # a base made by an earlier version is upgraded first
    with sqlite3.connect(base) as src, sqlite3.connect(tmp) as dst:
        src.backup(dst)  # WAL-safe copy
    per_copy = _count(base)
    copies = -(-target_facts // per_copy) - 1
    mapping = load_province_mapping()  # pre-2025 name -> 2025 name
    old = sorted(mapping)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    t0 = time.perf_counter()
    for c in range(1, copies + 1):
        # province p of the base becomes the province c places further along the sorted list
        conn.execute("DROP TABLE IF EXISTS temp.rot")
        conn.execute("CREATE TEMP TABLE rot (old TEXT PRIMARY KEY, new TEXT, new_2025 TEXT)")
        conn.executemany("INSERT INTO temp.rot VALUES (?, ?, ?)",
                         [(p, old[(i + c) % len(old)], mapping[old[(i + c) % len(old)]]) for i, p in enumerate(old)])
        tag = f".c{c}"  # ids are hex: '.c' marks a copy (not '~', Datasette's URL escape character)
        last_sentence = conn.execute("SELECT coalesce(max(rowid), 0) FROM sentences").fetchone()[0]
        mark = f" [bản sao {c}]"
        conn.executescript(f"""
        INSERT INTO articles (id, doc, source, title, text, url, published, outlet, subject, subject_2025,
                              extractor_version, ingested_at, duplicate_of, ident, replaces)
        SELECT a.id || '{tag}', a.doc || '{tag}', a.source, a.title || '{mark}', a.text || '{mark}', a.url,
               a.published, a.outlet, coalesce(r.new, a.subject), coalesce(r.new_2025, a.subject_2025),
               a.extractor_version, a.ingested_at, a.duplicate_of || '{tag}', a.ident || '{tag}', NULL
        FROM main.articles a LEFT JOIN temp.rot r ON r.old = a.subject WHERE a.id NOT LIKE '%.c%';
        INSERT INTO sentences (id, article_id, doc, idx, start, "end", text, search, chrome)
        SELECT s.article_id || '{tag}:' || s.idx, s.article_id || '{tag}', s.doc || '{tag}', s.idx, s.start, s."end",
               s.text, s.search, s.chrome FROM main.sentences s WHERE s.article_id NOT LIKE '%.c%';
        INSERT INTO sentences_fts (rowid, search) SELECT rowid, search FROM sentences WHERE rowid > {last_sentence};
        INSERT INTO facts (id, article_id, doc, type, text, start, "end", sentence, value, currency, qualifier, upper,
                           unit, province_2025, role, name, category, stars, count, kind, level, province, year,
                           extractor_version, scope, status)
        SELECT f.id || '{tag}', f.article_id || '{tag}', f.doc || '{tag}', f.type, f.text, f.start, f."end",
               f.sentence, CASE WHEN f.type = 'province' AND r.new IS NOT NULL THEN r.new ELSE f.value END,
               f.currency, f.qualifier, f.upper, f.unit, coalesce(r.new_2025, f.province_2025), f.role, f.name,
               f.category, f.stars, f.count, f.kind, f.level, coalesce(r.new, f.province), f.year,
               f.extractor_version, f.scope, f.status
        FROM main.facts f LEFT JOIN temp.rot r ON r.old = f.province WHERE f.article_id NOT LIKE '%.c%';
        INSERT INTO funding (id, article_id, doc, sentence, scope, status, projects, amount_vnd, period, province,
                             province_2025, text, start, "end", extractor_version, qualifier, purpose, part_of,
                             headline, precision_vnd)
        SELECT g.id || '{tag}', g.article_id || '{tag}', g.doc || '{tag}', g.sentence, g.scope, g.status, g.projects,
               g.amount_vnd, g.period, coalesce(r.new, g.province), coalesce(r.new_2025, g.province_2025), g.text,
               g.start, g."end", g.extractor_version, g.qualifier, g.purpose, g.part_of || '{tag}', g.headline,
               g.precision_vnd
        FROM main.funding g LEFT JOIN temp.rot r ON r.old = g.province WHERE g.article_id NOT LIKE '%.c%';
        """)
        conn.commit()
        print(f"grow: copy {c}/{copies}, {time.perf_counter() - t0:.0f} s", flush=True)
    conn.execute("ANALYZE")
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    tmp.rename(path)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pct(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs), xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def pages(path: Path, repeat: int) -> list[tuple[str, float, float]]:
    """p50 and p95 (seconds) of each Datasette page in the mix, fetched over HTTP on 127.0.0.1."""
    from kcextract.serve import metadata

    port = _free_port()
    proc = subprocess.Popen(KC + ["serve", "--db", str(path), "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    db = path.stem
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        with sqlite3.connect(path) as conn:
            fact_id = conn.execute("SELECT id FROM facts WHERE type = 'money' ORDER BY id LIMIT 1 OFFSET 5000").fetchone()[0]
            sentence_id = conn.execute("SELECT id FROM sentences ORDER BY id LIMIT 1 OFFSET 50000").fetchone()[0]
        q = urllib.parse.quote
        hn = q("Hà Nội")
        mix = [("facts table (its default facets)", f"/{db}/facts"),
               ("facts?province_2025=Hà Nội", f"/{db}/facts?province_2025={hn}"),
               ("facts_flat?province_2025=Hà Nội", f"/{db}/facts_flat?province_2025={hn}"),
               ("funding table, with its facets", f"/{db}/funding"),
               ("funding_by_province_year view", f"/{db}/funding_by_province_year"),
               ("full-text search 'khuyến công'", f"/{db}/sentences?_search={q('khuyến công')}"),
               ("a fact marked in its sentence", f"/-/kcextract/fact/{q(fact_id)}"),
               ("a sentence row", f"/{db}/sentences/{q(sentence_id.replace(':', '~3A'))}")]
        for name, spec in metadata(db)["databases"][db].get("queries", {}).items():
            params = {"province": "Tuyên Quang"} if ":province" in spec["sql"] else {}
            mix.append((f"canned query {name}", f"/{db}/{name}?" + urllib.parse.urlencode(params)))
        out = []
        for name, url in mix:
            urllib.request.urlopen(base + url, timeout=120).read()  # warm: first open of the file, caches
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                with urllib.request.urlopen(base + url, timeout=120) as r:
                    r.read()
                    if r.status != 200:
                        raise RuntimeError(f"{url}: HTTP {r.status}")
                times.append(time.perf_counter() - t0)
            out.append((name, *_pct(times)))
            print(f"  page {name}: p50 {out[-1][1] * 1000:.0f} ms, p95 {out[-1][2] * 1000:.0f} ms", flush=True)
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def cli(path: Path, work: Path, repeat: int) -> list[tuple[str, float, float, str]]:
    """p50 and p95 (seconds) of whole CLI processes, with a note (size, memory)."""
    d = ["--db", str(path)]
    runs = [("query --product chè", ["query", *d, "--product", "chè"]),
            ("query --province 'Tuyên Quang' --type money", ["query", *d, "--province", "Tuyên Quang", "--type", "money"]),
            ("summary", ["summary", *d]),
            ("conflicts", ["conflicts", *d])]
    out = []
    for name, args in runs:
        times = [_run(KC + args)[0] for _ in range(repeat)]
        out.append((name, *_pct(times), ""))
        print(f"  cli {name}: p50 {out[-1][1]:.2f} s, p95 {out[-1][2]:.2f} s", flush=True)
    report = work / "report.html"
    times = [_run(KC + ["report", *d, "--out", str(report)])[0] for _ in range(max(1, repeat // 4))]
    out.append(("report", *_pct(times), f"{report.stat().st_size / 1e6:.1f} MB"))
    print(f"  cli report: p50 {out[-1][1]:.2f} s, {out[-1][3]}", flush=True)
    return out


def export_memory(path: Path, work: Path) -> tuple[float, int]:
    """Whole-process ``export --format csv`` of every fact: (seconds, peak RSS KiB)."""
    with open(work / "facts.csv", "wb") as sink:
        return _run(KC + ["export", "--db", str(path), "--format", "csv"], stdout=sink)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--base-articles", type=int, default=6400, help="general-news articles in the base")
    ap.add_argument("--synthetic", type=int, default=2000, help="generated khuyến công clippings in the base")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "kcextract-scale")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    base = base_db(args.workdir, args.base_articles, args.synthetic)
    big = grow(base, args.workdir, args.facts)
    n_base, n_big = _count(base), _count(big)
    print(f"databases: base {n_base:,} facts ({base.stat().st_size / 1e6:.0f} MB), "
          f"big {n_big:,} facts, {_count(big, 'articles'):,} articles, {_count(big, 'funding'):,} funding records "
          f"({big.stat().st_size / 1e6:.0f} MB)", flush=True)
    wall, _ = _run(KC + ["provinces", "--db", str(big)])  # views up to date, grown cells computed
    print(f"big: cells of the grown records computed in {wall:.1f} s (once; ingest refreshes only what it "
          "changes)", flush=True)
    page_rows = pages(big, args.repeat)
    cli_rows = cli(big, args.workdir, max(5, args.repeat // 4))
    small_s, small_kib = export_memory(base, args.workdir)
    big_s, big_kib = export_memory(big, args.workdir)
    print(f"\n## Scale: {n_big:,} facts ({big.stat().st_size / 1e9:.1f} GB)\n")
    print("| what | p50 | p95 | note |\n|---|---|---|---|")
    for name, p50, p95 in page_rows:
        print(f"| page: {name} | {p50 * 1000:.0f} ms | {p95 * 1000:.0f} ms | |")
    for name, p50, p95, note in cli_rows:
        print(f"| `kcextract {name}` | {p50:.2f} s | {p95:.2f} s | {note} |")
    print(f"| `kcextract export --format csv` (facts) | {big_s:.1f} s | | peak {big_kib / 1024:.0f} MiB against "
          f"{small_kib / 1024:.0f} MiB for the {n_base:,}-fact base ({(big_kib / small_kib - 1) * 100:+.1f} %) |")


if __name__ == "__main__":
    main()
