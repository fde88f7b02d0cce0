"""Throughput: the full kcextract pipeline against bare underthesea segmentation, in one process.

Sections (one function each, so more can be added: ``--jobs``, re-runs, peak memory):
  (a) ``bare_segmentation``: what underthesea alone needs to segment an article the way a user calls
      it: per line, ``sent_tokenize(line)`` then ``word_tokenize(sentence)`` for every sentence (our
      segmenter works per line too, so that titles never run into the next paragraph).
  (b) ``full_pipeline``: ``kcextract.pipeline.analyse`` on the same raw texts.
Before every timed round each section is reset (``reset_caches``) and warmed up on other articles
(``--warm`` of them, after the measured ones): models are loaded and caches hold what a long run would
have, but never the measured articles themselves. Rounds alternate a, b, a, b... and the best round of
each is kept, in wall time and in CPU time of this process (steadier when neighbours share the
machine). The ratio b/a is only meaningful within one run.

Input: ``../shared/corpus-bulk/*.jsonl`` beside the repository when it is there (the first ``--n``
articles in file order), else deterministic generated Vietnamese-like news text.

Usage: python bench/throughput.py [--n 300] [--rounds 3] [--warm 50] [--bulk DIR | --generated]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


_PROVINCES = ["Hà Nội", "Thái Bình", "Nghệ An", "Quảng Nam", "Đồng Tháp", "Lâm Đồng", "Bắc Giang", "Cà Mau"]
_SUBJECTS = ["Sở Công Thương", "UBND tỉnh", "Trung tâm Khuyến công", "Hợp tác xã", "Công ty cổ phần",
             "người dân", "doanh nghiệp nhỏ và vừa", "cơ sở công nghiệp nông thôn"]
_VERBS = ["hỗ trợ", "triển khai", "đầu tư", "xây dựng", "phát triển", "tổ chức", "nâng cao", "mở rộng"]
_OBJECTS = ["máy móc thiết bị", "sản phẩm OCOP", "mô hình trình diễn", "đề án khuyến công", "chè xanh",
            "nước mắm", "gạo thơm", "hàng thủ công mỹ nghệ", "dây chuyền sản xuất", "hội chợ triển lãm"]
_TAILS = ["với tổng kinh phí {n} triệu đồng", "trong năm {y}", "giai đoạn {y}-{y2}", "cho {k} cơ sở",
          "đạt {s} sao", "tại huyện miền núi", "nhằm tăng thu nhập cho lao động địa phương",
          "theo kế hoạch đã được phê duyệt", "với {k} đề án", "khoảng {f} tỷ đồng"]


def generated_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` deterministic Vietnamese-like news articles (title, 4-8 paragraphs of 2-4 sentences)."""
    rng = random.Random(seed)

    def sentence() -> str:
        tail = rng.choice(_TAILS).format(n=rng.randint(50, 900), y=rng.randint(2018, 2025), y2=2026,
                                         k=rng.randint(2, 40), s=rng.randint(3, 5),
                                         f=f"{rng.randint(1, 30)},{rng.randint(1, 9)}")
        return (f"{rng.choice(_SUBJECTS)} {rng.choice(_PROVINCES)} đã {rng.choice(_VERBS)} "
                f"{rng.choice(_OBJECTS)} {tail}.")

    texts = []
    for _ in range(n):
        title = f"{rng.choice(_PROVINCES)}: {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        paragraphs = [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 8))]
        texts.append("\n".join([title, *paragraphs]))
    return texts


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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles per round (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; best kept (default 3)")
    parser.add_argument("--warm", type=int, default=50, help="warm-up articles, not measured (default 50)")
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK, help="folder of bulk .jsonl articles")
    parser.add_argument("--generated", action="store_true", help="use generated text even if --bulk exists")
    args = parser.parse_args(argv)

    if not args.generated and args.bulk.is_dir() and any(args.bulk.glob("*.jsonl")):
        texts, source = bulk_texts(args.bulk, args.n + args.warm), str(args.bulk)
    else:
        texts, source = generated_texts(args.n + args.warm), "generated text"
    texts, warm = texts[:args.n], texts[args.n:] or texts[:5]
    print(f"input: {len(texts)} articles, {sum(map(len, texts)):,} characters from {source}; "
          f"best of {args.rounds} alternating rounds")
    results = timed_rounds({"(a) bare underthesea": bare_segmentation, "(b) full pipeline": full_pipeline},
                           texts, warm, args.rounds)
    print_table(results, [("(b) full pipeline", "(a) bare underthesea")])


if __name__ == "__main__":
    main()
