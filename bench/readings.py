"""Print how kcextract reads each text: its funding records, its goods and its subject, one block a text.

Two runs of this script on two checkouts (``git worktree add``), diffed, show what a change moved on texts nobody
annotated: the written articles of bench/written/, the dev split, the embedded corpus. The frozen test split
(corpus/splits.tsv) is never read.

Usage: python bench/readings.py [PATH ...] > readings.txt   (default: bench/written)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract.evaluate import load_splits  # noqa: E402
from kcextract.pipeline import analyse  # noqa: E402
from kcextract.readers import read_articles  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "bench" / "written")])
    args = ap.parse_args()
    test = load_splits()
    for raw in read_articles(args.paths, lambda e: print(e, file=sys.stderr)):
        if raw.doc in test:
            continue
        article = analyse(raw.text, raw.doc, source=raw.source, title=raw.title, outlet=raw.outlet, url=raw.url)
        index = {r.id: i for i, r in enumerate(article.funding)}
        print(f"## {raw.doc} subject={article.subject}")
        for i, r in enumerate(article.funding):
            print(f"  R{i} {r.scope} {r.status} projects={r.projects} amount={r.amount_vnd} {r.period} {r.province} "
                  f"{r.qualifier} purpose={r.purpose} part_of={index.get(r.part_of)} headline={r.headline}")
        goods = sorted({f"{f.value}/{f.name}" for f in article.facts if f.type == "product"})
        print("  goods: " + ", ".join(goods))


if __name__ == "__main__":
    main()
