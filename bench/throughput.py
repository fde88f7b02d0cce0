"""Throughput benchmark: how fast kcextract ingests, against bare underthesea segmentation.

Prints, on ../shared/corpus-bulk when it is there and on generated articles otherwise:

(a) articles/s and characters/s of bare underthesea (sent_tokenize, then word_tokenize per sentence);
(b) the same for the full pipeline (normalise, segment, match, relate) in the same process, and b/a;
(c) ``ingest --jobs 2`` against ``--jobs 1`` (whole runs: reading, extraction, SQLite writes);
(d) a re-run on the unchanged corpus against the first run;
(e) peak memory (max RSS) of an ingest of 1,000 and of 10,000 articles, each in a fresh process.

Ratios are what to quote: every pair is measured in the same run, a and b interleaved over several
rounds (best round kept), because these machines are shared and absolute times drift.

Usage: python bench/throughput.py [--n 300] [--rounds 3] [--ingest-n 600] [--memory 1000,10000] [--only abcde]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract import synthetic  # noqa: E402
from kcextract.normalise import normalise  # noqa: E402

BULK = ROOT.parent / "shared" / "corpus-bulk"


def corpus(n: int, offset: int = 0) -> Iterator[dict]:
    """``n`` articles as JSONL records: bulk news when available, else synthetic clippings."""
    files = sorted(BULK.glob("*.jsonl")) if BULK.is_dir() else []
    seen = 0
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if seen >= offset + n:
                    return
                if seen >= offset:
                    yield json.loads(line)
                seen += 1
    i = max(seen, offset)
    while seen < offset + n:
        a = synthetic.article(i, paragraphs=8)
        yield {"id": a.doc, "title": a.title, "text": a.text}
        i += 1
        seen += 1


def source_name() -> str:
    return f"{BULK} (general news)" if BULK.is_dir() and any(BULK.glob("*.jsonl")) else "generated articles"


def bare_segmentation(texts: list[str]) -> None:
    """What a user of underthesea pays to split and segment the same texts, line by line."""
    from underthesea import sent_tokenize, word_tokenize

    for text in texts:
        for line in text.splitlines():
            if line.strip():
                for sentence in sent_tokenize(line):
                    word_tokenize(sentence)


def full_pipeline(texts: list[str]) -> None:
    from kcextract import analyse

    for i, text in enumerate(texts):
        analyse(text, f"d{i}")


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def section_ab(n: int, rounds: int) -> dict:
    texts = [normalise(r["text"]) for r in corpus(n)]
    chars = sum(map(len, texts))
    bare_segmentation(texts[:3])  # load the CRF models and build the pipeline before timing
    full_pipeline(texts[:3])
    a_times, b_times = [], []
    for _ in range(rounds):  # interleaved, so drift in machine load hits both alike
        a_times.append(_timed(lambda: bare_segmentation(texts)))
        b_times.append(_timed(lambda: full_pipeline(texts)))
    a, b = min(a_times), min(b_times)
    return {"n": n, "chars": chars, "a": a, "b": b, "ratio": b / a,
            "ratios": [bt / at for at, bt in zip(a_times, b_times)]}


def _write_jsonl(path: Path, n: int, offset: int = 0) -> int:
    chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for r in corpus(n, offset):
            chars += len(r["text"])
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return chars


def _ingest(args: list[str]) -> float:
    """Wall time of one ``kcextract ingest`` run in a fresh process (model loading included)."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kcextract.cli", "ingest", *args, "--no-progress"], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t


def section_cd(n: int, work: Path) -> dict:
    src = work / "ingest.jsonl"
    chars = _write_jsonl(src, n)
    one, two = work / "one.db", work / "two.db"
    t1 = _ingest([str(src), "--db", str(one), "--jobs", "1"])
    t2 = _ingest([str(src), "--db", str(two), "--jobs", "2"])
    rerun = _ingest([str(src), "--db", str(one), "--jobs", "1"])
    return {"n": n, "chars": chars, "jobs1": t1, "jobs2": t2, "rerun": rerun}


_PEAK = """
import resource, sys
from kcextract.ingest import run
from kcextract.store import open_db
run([sys.argv[1]], open_db(sys.argv[2]), jobs=1)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def section_e(sizes: list[int], work: Path) -> dict[int, int]:
    """Peak RSS (KiB) of an in-process ingest (jobs=1) of each size, each in a new interpreter."""
    out = {}
    for n in sizes:
        src = work / f"mem{n}.jsonl"
        _write_jsonl(src, n)
        db = work / f"mem{n}.db"
        res = subprocess.run([sys.executable, "-c", _PEAK, str(src), str(db)], check=True, capture_output=True,
                             text=True, cwd=ROOT)
        out[n] = int(res.stdout.strip().splitlines()[-1])
    return out


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="articles for (a) and (b)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds of (a) and (b); the best is kept")
    ap.add_argument("--ingest-n", type=int, default=600, help="articles for (c) and (d)")
    ap.add_argument("--memory", default="1000,10000", help="article counts for (e)")
    ap.add_argument("--only", default="abcde", help="sections to run, e.g. 'ab' or 'e'")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    print(f"input:   {source_name()}")
    if "a" in args.only or "b" in args.only:
        r = section_ab(args.n, args.rounds)
        print(f"\n(a) bare underthesea segmentation: {r['n'] / r['a']:8.1f} articles/s {r['chars'] / r['a']:>10,.0f} chars/s")
        print(f"(b) full kcextract pipeline:       {r['n'] / r['b']:8.1f} articles/s {r['chars'] / r['b']:>10,.0f} chars/s")
        print(f"    b / a = {r['ratio']:.3f}  (target <= 1.15; per round: "
              f"{', '.join(f'{x:.3f}' for x in r['ratios'])}; {r['n']} articles, {r['chars']:,} chars)")
    with tempfile.TemporaryDirectory(prefix="kc-bench-") as tmp:
        work = Path(tmp)
        if "c" in args.only or "d" in args.only:
            r = section_cd(args.ingest_n, work)
            n = r["n"]
            print(f"\n(c) ingest --jobs 1: {n / r['jobs1']:6.1f} articles/s; --jobs 2: {n / r['jobs2']:6.1f} articles/s; "
                  f"speed-up {r['jobs1'] / r['jobs2']:.2f}x (target >= 1.8 on 2 cores; {n} articles, "
                  f"whole runs incl. start-up)")
            print(f"(d) re-run on the unchanged corpus: {r['rerun']:.2f} s against {r['jobs1']:.2f} s first run: "
                  f"{r['jobs1'] / r['rerun']:.0f}x faster (target >= 50)")
        if "e" in args.only:
            sizes = [int(x) for x in args.memory.split(",") if x]
            peaks = section_e(sizes, work)
            base = peaks[sizes[0]]
            print("\n(e) peak memory of an ingest (jobs 1, max RSS):")
            for n in sizes:
                print(f"    {n:>6} articles: {peaks[n] / 1024:7.1f} MiB  ({peaks[n] / base - 1:+.1%} vs {sizes[0]})")
    print(f"\n(own max RSS of this script: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
