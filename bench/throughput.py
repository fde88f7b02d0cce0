"""Throughput: the full kcextract pipeline against bare underthesea segmentation, and whole ingest runs.

Prints, on ``../shared/corpus-bulk`` when it is there and on generated articles otherwise:
  (a) ``bare_segmentation``: what underthesea alone needs to segment an article the way a user calls
      it: per line, ``sent_tokenize(line)`` then ``word_tokenize(sentence)`` for every sentence (our
      segmenter works per line too, so that titles never run into the next paragraph);
  (b) ``full_pipeline``: ``kcextract.pipeline.analyse`` on the same raw texts, and the ratio b/a;
  (c) ``kcextract ingest --jobs 2`` against ``--jobs 1`` (whole runs in fresh processes: start-up,
      reading, extraction and SQLite writes);
  (d) a re-run on the unchanged corpus against the first run;
  (e) peak memory (max RSS) of an ingest of 1,000 and of 10,000 articles, each in a fresh process;
  (f) whole processes, start-up included: ``kcextract ingest --jobs 1`` of a JSONL file into a new
      database against a fresh Python process that imports underthesea, reads the same file and
      segments every article as in (a); on 300 articles and on --ingest-n, alternating, best of rounds;
      then a no-op re-run of the same ingest (best of rounds).
For (a) and (b), before every timed round each section is reset (``reset_caches``) and warmed up on
other articles (``--warm`` of them, after the measured ones): models are loaded and caches hold what a
long run would have, but never the measured articles themselves. Rounds alternate a, b, a, b... and the
best round of each is kept, in wall time and in CPU time of this process (steadier when neighbours
share the machine). Ratios are only meaningful within one run.

Usage: python bench/throughput.py [--n 300] [--rounds 3] [--warm 50] [--ingest-n 2000]
                                  [--memory 1000,10000] [--only abcdef] [--bulk DIR | --generated]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import tempfile
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract import synthetic  # noqa: E402

DEFAULT_BULK = ROOT.parent / "shared" / "corpus-bulk"


@dataclass
class Result:
    """Best wall time and best CPU time of one section over the rounds."""

    name: str
    seconds: float
    cpu_seconds: float
    articles: int
    chars: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds


# --- input -----------------------------------------------------------------------------------------

def bulk_texts(folder: Path, n: int) -> list[str]:
    """The first ``n`` article texts of the bulk corpus (title line first, like a .txt article)."""
    texts: list[str] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                texts.append(f"{row.get('title') or ''}\n{row['text']}")
                if len(texts) >= n:
                    return texts
    return texts


def bulk_records(folder: Path, n: int, skip: int = 0) -> list[dict]:
    """Bulk records ``skip .. skip+n-1`` in file order, as JSONL objects (for the ingest sections)."""
    out: list[dict] = []
    seen = 0
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                if seen >= skip:
                    out.append(json.loads(line))
                    if len(out) >= n:
                        return out
                seen += 1
    return out


def generated_records(n: int) -> list[dict]:
    """``n`` deterministic synthetic clippings (kcextract.synthetic) as JSONL objects."""
    return [json.loads(synthetic.article(i, paragraphs=6).jsonl()) for i in range(n)]


def generated_texts(n: int) -> list[str]:
    return [synthetic.article(i, paragraphs=6).text for i in range(n)]


# --- sections --------------------------------------------------------------------------------------

def bare_segmentation(texts: list[str]) -> None:
    """(a) underthesea alone: per line, sentence split, then word segmentation of every sentence."""
    from underthesea import sent_tokenize, word_tokenize

    for text in texts:
        for line in text.split("\n"):
            if line.strip():
                for sentence in sent_tokenize(line):
                    word_tokenize(sentence, use_token_normalize=False)  # as our segmenter calls it


def full_pipeline(texts: list[str]) -> None:
    """(b) the whole extraction (normalise, segment, spaCy Doc, matchers, funding records)."""
    from kcextract.pipeline import analyse

    for i, text in enumerate(texts):
        analyse(text, f"bench{i}")


def reset_caches() -> None:
    """Forget what earlier rounds memoised (word n-gram features), so no round sees its articles twice."""
    try:
        from kcextract.wordseg import segmenter
    except ImportError:  # a tree from before the memoising segmenter: nothing to forget
        return
    segmenter().clear_cache()


def timed_rounds(sections: dict[str, Callable[[list[str]], None]], texts: list[str], warm: list[str],
                 rounds: int) -> list[Result]:
    """Run the sections alternately ``rounds`` times, each reset and warmed up on ``warm`` first."""
    wall = {name: float("inf") for name in sections}
    cpu = dict(wall)
    for _ in range(rounds):
        for name, run in sections.items():
            reset_caches()
            run(warm)
            t0, c0 = time.perf_counter(), time.process_time()
            run(texts)
            wall[name] = min(wall[name], time.perf_counter() - t0)
            cpu[name] = min(cpu[name], time.process_time() - c0)
    chars = sum(map(len, texts))
    return [Result(name, wall[name], cpu[name], len(texts), chars) for name in sections]


def print_table(results: list[Result], ratios: list[tuple[str, str]]) -> None:
    print(f"{'section':<26}{'wall s':>8}{'cpu s':>8}{'articles/s':>12}{'chars/s':>12}")
    for r in results:
        print(f"{r.name:<26}{r.seconds:>8.2f}{r.cpu_seconds:>8.2f}{r.articles_per_s:>12.1f}{r.chars_per_s:>12.0f}")
    by_name = {r.name: r for r in results}
    for slow, fast in ratios:
        a, b = by_name[slow], by_name[fast]
        print(f"ratio {slow} / {fast}: wall {a.seconds / b.seconds:.3f}, cpu {a.cpu_seconds / b.cpu_seconds:.3f}")


def _write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _ingest(args: list[str]) -> float:
    """Wall time of one ``kcextract ingest`` run in a fresh process (model loading included)."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kcextract.cli", "ingest", *args, "--no-progress"], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t


def jobs_and_rerun(records: list[dict], work: Path) -> dict[str, float]:
    """(c) --jobs 1 and --jobs 2 into fresh databases; (d) the same --jobs 1 run again, unchanged."""
    src = work / "ingest.jsonl"
    _write_jsonl(src, records)
    one, two = work / "one.db", work / "two.db"
    t1 = _ingest([str(src), "--db", str(one), "--jobs", "1"])
    t2 = _ingest([str(src), "--db", str(two), "--jobs", "2"])
    rerun = _ingest([str(src), "--db", str(one), "--jobs", "1"])
    return {"jobs1": t1, "jobs2": t2, "rerun": rerun}


_PEAK = """
import resource, sys
from kcextract.ingest import run
from kcextract.store import open_db
run([sys.argv[1]], open_db(sys.argv[2]), jobs=1)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(records: list[dict], sizes: list[int], work: Path) -> dict[int, int]:
    """(e) max RSS (KiB) of an in-process ingest (jobs 1) of the first ``n`` records, each in a new interpreter."""
    out = {}
    for n in sizes:
        src = work / f"mem{n}.jsonl"
        _write_jsonl(src, records[:n])
        res = subprocess.run([sys.executable, "-c", _PEAK, str(src), str(work / f"mem{n}.db")], check=True,
                             capture_output=True, text=True, cwd=ROOT)
        out[n] = int(res.stdout.strip().splitlines()[-1])
    return out


_BARE = """
import json, sys
from underthesea import sent_tokenize, word_tokenize
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        row = json.loads(line)
        for part in f"{row.get('title') or ''}\\n{row['text']}".split("\\n"):
            if part.strip():
                for sentence in sent_tokenize(part):
                    word_tokenize(sentence, use_token_normalize=False)
"""


def _child(cmd: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one command run to completion in a fresh process (CPU: user + system of that
    child, steadier than wall time when neighbours share the machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def whole_processes(records: list[dict], sizes: list[int], work: Path, rounds: int) -> dict[int, dict[str, float]]:
    """(f) per size, best of ``rounds`` alternating runs: wall and CPU time of a whole ``ingest --jobs 1``
    and of a whole bare segmentation run, and the wall time of a no-op re-run of the same ingest (nothing
    new: start-up, reading, the skip check)."""
    out = {}
    ingest_cmd = [sys.executable, "-m", "kcextract.cli", "ingest", "--no-progress", "--jobs", "1"]
    for n in sizes:
        src = work / f"whole{n}.jsonl"
        _write_jsonl(src, records[:n])
        best = {"ingest": float("inf"), "ingest_cpu": float("inf"), "bare": float("inf"), "bare_cpu": float("inf")}
        for k in range(rounds):
            for name, cmd in (("bare", [sys.executable, "-c", _BARE, str(src)]),
                              ("ingest", ingest_cmd + [str(src), "--db", str(work / f"whole{n}-{k}.db")])):
                wall, cpu = _child(cmd)
                best[name] = min(best[name], wall)
                best[f"{name}_cpu"] = min(best[f"{name}_cpu"], cpu)
        best["rerun"] = min(_child(ingest_cmd + [str(src), "--db", str(work / f"whole{n}-0.db")])[0]
                            for _ in range(rounds))
        out[n] = best
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
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), "
            f"Python {platform.python_version()}; load average {load}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles per round of (a) and (b) (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; best kept (default 3)")
    parser.add_argument("--warm", type=int, default=50, help="warm-up articles, not measured (default 50)")
    parser.add_argument("--ingest-n", type=int, default=2000, help="articles for (c) and (d) (default 2000)")
    parser.add_argument("--memory", default="1000,10000", help="article counts for (e) (default 1000,10000)")
    parser.add_argument("--only", default="abcdef", help="sections to run, e.g. ab or cdf (default abcdef)")
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK, help="folder of bulk .jsonl articles")
    parser.add_argument("--generated", action="store_true", help="use generated text even if --bulk exists")
    args = parser.parse_args(argv)

    bulk = not args.generated and args.bulk.is_dir() and any(args.bulk.glob("*.jsonl"))
    source = str(args.bulk) if bulk else "generated articles (kcextract.synthetic)"
    print(f"machine: {machine()}")
    print(f"input:   {source}")
    if "a" in args.only or "b" in args.only:
        texts = bulk_texts(args.bulk, args.n + args.warm) if bulk else generated_texts(args.n + args.warm)
        texts, warm = texts[:args.n], texts[args.n:] or texts[:5]
        print(f"\n(a), (b): {len(texts)} articles, {sum(map(len, texts)):,} characters; "
              f"best of {args.rounds} alternating rounds")
        results = timed_rounds({"(a) bare underthesea": bare_segmentation, "(b) full pipeline": full_pipeline},
                               texts, warm, args.rounds)
        print_table(results, [("(b) full pipeline", "(a) bare underthesea")])
    sizes = [int(x) for x in args.memory.split(",") if x] if "e" in args.only else []
    whole = sorted({min(300, args.ingest_n), args.ingest_n} - {0}) if "f" in args.only else []
    need = max([args.ingest_n if ("c" in args.only or "d" in args.only) else 0, *sizes, *whole])
    if not need:
        return
    records = bulk_records(args.bulk, need, skip=args.n + args.warm) if bulk else generated_records(need)
    with tempfile.TemporaryDirectory(prefix="kc-bench-") as tmp:
        work = Path(tmp)
        if ("c" in args.only or "d" in args.only) and args.ingest_n:  # (--ingest-n 0: no ingest runs)
            n = min(args.ingest_n, len(records))
            r = jobs_and_rerun(records[:n], work)
            print(f"\n(c) ingest of {n} articles, whole runs incl. start-up: --jobs 1 {n / r['jobs1']:.1f} articles/s, "
                  f"--jobs 2 {n / r['jobs2']:.1f} articles/s: speed-up {r['jobs1'] / r['jobs2']:.2f}x")
            print(f"(d) re-run on the unchanged corpus: {r['rerun']:.2f} s against {r['jobs1']:.2f} s for the first "
                  f"run: {r['jobs1'] / r['rerun']:.0f}x faster")
        if whole:
            print(f"\n(f) whole processes, start-up included, best of {args.rounds}: ingest --jobs 1 against "
                  "bare underthesea segmentation of the same JSONL")
            for n, r in whole_processes(records, whole, work, args.rounds).items():
                print(f"    {n:>6} articles: ingest {r['ingest']:.2f} s (cpu {r['ingest_cpu']:.2f}), bare "
                      f"{r['bare']:.2f} s (cpu {r['bare_cpu']:.2f}): ratio wall {r['ingest'] / r['bare']:.3f}, cpu "
                      f"{r['ingest_cpu'] / r['bare_cpu']:.3f}; no-op re-run {r['rerun']:.2f} s")
        if sizes:
            peaks = peak_memory(records, sizes, work)
            print("\n(e) peak memory of an ingest (jobs 1, max RSS of the process):")
            for n in sizes:
                print(f"    {n:>6} articles: {peaks[n] / 1024:7.1f} MiB  ({peaks[n] / peaks[sizes[0]] - 1:+.1%} "
                      f"against {sizes[0]})")


if __name__ == "__main__":
    main()
