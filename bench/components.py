"""Time per pipeline component: where the extraction time goes, on the same articles.

Prints, for the first ``--n`` articles of a bulk JSONL file, the seconds each spaCy component takes (best
of ``--rounds``, after a warm-up on other articles), and how many times the product matcher asked the POS
tagger. Compare two checkouts in the same run (``--checkout /path/to/other/checkout`` alternately with no option),
never against figures from another day: the machine is shared. (``PYTHONPATH`` does not do this: the editable
install's import hook comes before it, so both runs would time this checkout.)

Usage: python bench/components.py [--bulk ../shared/corpus-bulk/bulk_000.jsonl] [--n 300] [--rounds 2]
"""
from __future__ import annotations

import argparse
import itertools
import json
import time
from collections import Counter
from pathlib import Path


def use_checkout(root: Path) -> None:
    """Import kcextract from ``root``: drop the editable install's import hook, which would win over sys.path."""
    import sys

    if not (root / "kcextract" / "__init__.py").is_file():
        raise SystemExit(f"{root}: no kcextract package in this checkout")
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, str(root.resolve()))
    import kcextract

    if not Path(kcextract.__file__).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"{root}: kcextract still imports from {kcextract.__file__}")


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk", type=Path, default=here.parent / "shared" / "corpus-bulk" / "bulk_000.jsonl")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--checkout", type=Path, help="time the kcextract of this other checkout instead")
    args = ap.parse_args()
    if args.checkout:
        use_checkout(args.checkout)

    from kcextract import pipeline
    from kcextract.match import context
    from kcextract.normalise import normalise

    with args.bulk.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in itertools.islice(fh, args.n + 30)]
    warm, texts = texts[args.n:], texts[:args.n]
    for text in warm:
        pipeline.analyse(text)
    asked = [0]
    tag_words = getattr(context, "tag_words", None)  # absent in checkouts before the POS tagger came in

    def counted(words):
        asked[0] += 1
        return tag_words(words)

    if tag_words is not None:
        context.tag_words = counted
    nlp = pipeline.nlp()
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        asked[0] = 0
        spent: Counter = Counter()
        for text in texts:
            doc = nlp.make_doc(normalise(text))
            for name, component in nlp.pipeline:
                start = time.perf_counter()
                doc = component(doc)
                spent[name] += time.perf_counter() - start
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    print(f"{len(texts)} articles of {args.bulk.name}, best of {args.rounds} rounds (seconds per component)")
    for name, _ in nlp.pipeline:
        print(f"  {name:<18} {best[name]:7.3f}")
    print(f"  {'total':<18} {sum(best.values()):7.3f}")
    print(f"POS tagger asked {asked[0]} times per round")


if __name__ == "__main__":
    main()
