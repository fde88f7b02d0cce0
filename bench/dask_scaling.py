"""Articles/s of the Dask engine (LocalCluster, N workers) against the plain engine (--jobs 1, --jobs N).

    python bench/dask_scaling.py [--articles 1000] [--workers 2] [--input FILE.jsonl]

Input: the first ``--articles`` lines of ``--input`` (default ../shared/corpus-bulk/bulk_000.jsonl when it
exists, else generated articles), copied to a temporary folder (never into the repository). Each engine
ingests into a fresh database. Prints a Markdown table and the per-article CPU cost, and from it the
workers needed for 1,000,000 articles in an 8-hour night.
"""
from __future__ import annotations

import argparse
import math
import tempfile
import time
from itertools import islice
from pathlib import Path

from kcextract import synthetic
from kcextract.distributed import connect, run_dask
from kcextract.ingest import run
from kcextract.store import open_db

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus-bulk" / "bulk_000.jsonl"
NIGHT_SECONDS = 8 * 3600


def _input(folder: Path, source: Path | None, n: int) -> Path:
    path = folder / "bench.jsonl"
    if source is not None and source.exists():
        with source.open("rb") as src, path.open("wb") as dst:
            dst.writelines(islice(src, n))
    else:
        synthetic.write_jsonl(path, 0, n)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--input", type=Path, default=BULK)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = str(_input(folder, args.input, args.articles))
        for jobs in (1, args.workers):
            wall, cpu = time.perf_counter(), time.process_time()
            report = run([data], open_db(folder / f"plain{jobs}.db"), jobs=jobs)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            rows.append((f"plain --jobs {jobs}", report.stored, wall, wall))
            if jobs == 1:
                cost = cpu / max(report.stored, 1)
        start = time.perf_counter()
        with connect(workers=args.workers) as client:
            up, client_cpu = time.perf_counter(), time.process_time()
            report = run_dask([data], open_db(folder / "dask.db"), client=client)
            done, client_cpu = time.perf_counter(), time.process_time() - client_cpu
        rows.append((f"dask LocalCluster, {args.workers} workers", report.stored, done - up, done - start))
    print(f"input: {args.articles} articles of {args.input if args.input.exists() else 'synthetic'}\n")
    print("| engine | articles | run (s) | articles/s | with cluster start (s) |")
    print("|---|---:|---:|---:|---:|")
    for name, n, run_s, total in rows:
        print(f"| {name} | {n} | {run_s:.1f} | {n / run_s:.1f} | {total:.1f} |")
    worker_s = args.workers * rows[-1][2] / max(rows[-1][1], 1)  # worker-seconds per article, wall clock
    writer = client_cpu / max(rows[-1][1], 1)
    print(f"\nCPU per article (plain --jobs 1, extraction and storing): {cost * 1000:.0f} ms")
    print(f"worker wall time per article in the dask run: {worker_s * 1000:.0f} ms")
    print(f"client CPU per article in the dask run (scheduling, the SQLite writer): {writer * 1000:.1f} ms "
          f"-> one client writes at most ~{1 / writer:.0f} articles/s")
    for name, per in (("by CPU cost", cost), ("by measured worker wall time", worker_s)):
        need = math.ceil(1_000_000 * per / (NIGHT_SECONDS * 0.8))
        print(f"1,000,000 articles in 8 hours at 80% efficiency, {name}: {need} worker processes (one per core)")


if __name__ == "__main__":
    main()
