"""Funding records found in general news, where (almost) none is programme money.

Runs the extractor over the first N articles of a bulk JSONL file (default: the first 1,000 of
../shared/corpus-bulk/bulk_000.jsonl, general news that never reports khuyến công) and prints the number
of funding records and records per 1,000 articles. With --out, every record is written as TSV (doc,
scope, status, amount, projects, sentence) for a person to read and judge.

Usage: python bench/funding_bulk.py [--file PATH] [--articles N] [--out records.tsv]
"""
from __future__ import annotations

import argparse
import json
import sys
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract import analyse  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=ROOT.parent / "shared" / "corpus-bulk" / "bulk_000.jsonl")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rows, n = [], 0
    with args.file.open(encoding="utf-8") as fh:
        for line in islice(fh, args.articles):
            obj = json.loads(line)
            text = (obj.get("title") or "") + "\n" + (obj.get("text") or "")
            article = analyse(text, obj.get("id") or str(n))
            n += 1
            for r in article.funding:
                sent = article.sentences[r.sentence].text.strip().replace("\t", " ").replace("\n", " ")
                rows.append((article.doc, r.scope, r.status, r.amount_vnd, r.projects, getattr(r, "part_of", None) or "", sent[:400]))
    print(f"{n} articles, {len(rows)} funding records, {1000 * len(rows) / max(n, 1):.1f} per 1,000 articles, "
          f"{len({r[0] for r in rows})} articles with a record")
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            out.write("doc\tscope\tstatus\tamount_vnd\tprojects\tpart_of\tsentence\n")
            for r in rows:
                out.write("\t".join("" if v is None else str(v) for v in r) + "\n")


if __name__ == "__main__":
    main()
