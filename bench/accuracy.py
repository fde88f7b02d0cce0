"""Accuracy report: kcextract against two baselines a newsroom could use instead, on the same gold.

Baselines:
* underthesea ``ner()``: LOC spans whose text names a province (canonical name or exact alias);
  subject = the most frequent one. It finds nothing else.
* a plain regex: ``<number> tỷ|triệu đồng`` and ``<number> đề án``, numbers parsed the naive
  (English) way, where ``,`` groups thousands and ``.`` is the decimal point.

Usage: python bench/accuracy.py [--gold DIR] [--corpus DIR] [--readme docs/accuracy.md]
Defaults: ../shared/corpus-real with corpus/gold-real when ../shared is there, else the seeds.
With --readme, the table replaces the block between the accuracy markers of that file.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract import analyse  # noqa: E402
from kcextract.data import province_aliases, provinces  # noqa: E402
from kcextract.evaluate import SCORED, Report, load_gold, score_article  # noqa: E402
from kcextract.facts import Article, Fact  # noqa: E402
from kcextract.normalise import normalise  # noqa: E402
from kcextract.readers import read_articles  # noqa: E402

START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"


def ner_baseline(doc: str, raw: str) -> Article:
    from underthesea import ner

    text = normalise(raw)
    aliases = province_aliases()
    to_2025 = provinces()
    facts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        span: list[str] = []
        for word, _pos, _chunk, tag in ner(line) + [("", "", "", "O")]:
            if tag.endswith("LOC") and not tag.startswith("B") and span:
                span.append(word)
                continue
            if span:
                name = " ".join(span).strip(" .,")
                for prefix in ("tỉnh ", "thành phố ", "Tỉnh ", "Thành phố ", "TP. ", "TP "):
                    if name.startswith(prefix):
                        name = name[len(prefix):]
                if name in aliases:
                    canonical = aliases[name]
                    facts.append(Fact(type="province", text=name, start=0, end=0, value=canonical, doc=doc,
                                      province_2025=to_2025[canonical], role="mention"))
            span = [word] if tag.startswith("B") and tag.endswith("LOC") else []
    counts = Counter(f.value for f in facts)
    subject = counts.most_common(1)[0][0] if counts else None
    return Article(doc=doc, text=text, title="", sentences=[], facts=facts, funding=[], subject=subject)


_MONEY = regex.compile(r"(\d[\d.,]*)\s*(tỷ|triệu)\s*đồng")
_COUNT = regex.compile(r"(\d[\d.,]*)\s*đề án")


def _naive(number: str) -> float | None:
    try:
        return float(number.replace(",", ""))
    except ValueError:
        return None


def regex_baseline(doc: str, raw: str) -> Article:
    text = normalise(raw)
    facts = []
    for m in _MONEY.finditer(text):
        v = _naive(m.group(1))
        if v is not None:
            facts.append(Fact(type="money", text=m.group(), start=m.start(), end=m.end(), doc=doc, currency="VND",
                              value=int(v * (1e9 if m.group(2) == "tỷ" else 1e6)), qualifier="exact"))
    for m in _COUNT.finditer(text):
        v = _naive(m.group(1))
        if v is not None:
            facts.append(Fact(type="project_count", text=m.group(), start=m.start(), end=m.end(), doc=doc,
                              value=int(v), unit="đề án", qualifier="exact"))
    return Article(doc=doc, text=text, title="", sentences=[], facts=facts, funding=[], subject=None)


def run(gold_dir: Path, corpus: Path) -> dict[str, Report]:
    gold = load_gold(gold_dir, lambda e: print(f"warning: {e}", file=sys.stderr))
    reports = {"kcextract": Report(), "underthesea ner()": Report(), "plain regex": Report()}
    for raw in read_articles([str(corpus)], lambda e: print(f"warning: {e}", file=sys.stderr)):
        if raw.doc not in gold:
            continue
        g = gold[raw.doc]
        score_article(reports["kcextract"], g, analyse(raw.text, raw.doc))
        score_article(reports["underthesea ner()"], g, ner_baseline(raw.doc, raw.text))
        score_article(reports["plain regex"], g, regex_baseline(raw.doc, raw.text))
    return reports


def markdown(reports: dict[str, Report], gold_dir: Path, corpus: Path) -> str:
    names = list(reports)
    n = len(reports["kcextract"].scored)
    lines = [f"F1 per fact type on {n} gold articles (`{gold_dir.relative_to(ROOT) if gold_dir.is_relative_to(ROOT) else gold_dir}`, "
             f"articles from `{corpus.name}`), scored as FACTS.md says:", "",
             "| type | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for t in SCORED:
        cells = []
        for name in names:
            c = reports[name].counts.get(t)
            cells.append(f"{c.f1:.3f}" if c and (c.tp + c.fp + c.fn) else "0.000")
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    cells = []
    for name in names:
        s = reports[name].subject
        cells.append(f"{s.tp / (s.tp + s.fp):.3f}" if s.tp + s.fp else "n/a")
    lines.append("| subject (accuracy) | " + " | ".join(cells) + " |")
    k = reports["kcextract"]
    lines += ["", "kcextract, precision / recall per type:", "", "| type | tp | fp | fn | P | R | F1 |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for t in SCORED:
        c = k.counts[t]
        lines.append(f"| {t} | {c.tp} | {c.fp} | {c.fn} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |")
    lines += ["", "| attribute (kcextract) | right | wrong | accuracy |", "|---|---:|---:|---:|"]
    for a, c in list(k.attributes.items()) + [("subject", k.subject)]:
        lines.append(f"| {a} | {c.tp} | {c.fp} | {c.tp / (c.tp + c.fp):.3f} |" if c.tp + c.fp else f"| {a} | 0 | 0 | n/a |")
    return "\n".join(lines)


def main() -> None:
    shared = ROOT.parent / "shared"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    real = (shared / "corpus-real").is_dir()
    ap.add_argument("--gold", type=Path, default=ROOT / ("corpus/gold-real" if real else "corpus/gold"))
    ap.add_argument("--corpus", type=Path, default=shared / "corpus-real" if real else ROOT / "corpus")
    ap.add_argument("--readme", type=Path)
    args = ap.parse_args()
    table = markdown(run(args.gold.resolve(), args.corpus.resolve()), args.gold.resolve(), args.corpus.resolve())
    print(table)
    if args.readme:
        text = args.readme.read_text(encoding="utf-8")
        if START in text and END in text:
            head, rest = text.split(START, 1)
            _, tail = rest.split(END, 1)
            args.readme.write_text(f"{head}{START}\n{table}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
