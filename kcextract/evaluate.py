"""Score extracted facts against gold files exactly as shared/FACTS.md says.

Per type, micro-averaged over documents: money as a multiset of (value, currency); project_count and
quantity as multisets of value; province, product and period as sets of value; ocop by number of
mentions; funding as a multiset of (scope, projects, amount_vnd, period). Attributes (qualifier, unit,
province_2025, status) are accuracies over the matched items; the subject is an accuracy per document.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .facts import FACT_TYPES, QUALIFIERS, SCOPES, STATUSES, Article

SCORED = ("money", "project_count", "quantity", "province", "product", "period", "ocop", "funding")
ATTRIBUTES = {"qualifier": ("money", "project_count", "quantity"), "unit": ("project_count", "quantity"),
              "province_2025": ("province",), "scope": ("funding",), "status": ("funding",)}


# -- gold files -------------------------------------------------------------------------------------
def _need(cond: bool, path: Path, where: str, msg: str) -> None:
    if not cond:
        raise GoldError(str(path), f"{where}: {msg}")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def validate_gold(obj: Any, path: Path) -> dict:
    """Check a gold object against the FACTS.md form; raise ``GoldError`` naming the field."""
    _need(isinstance(obj, dict), path, "top level", "expected a JSON object")
    _need(isinstance(obj.get("doc"), str), path, "doc", "expected a string")
    _need(isinstance(obj.get("facts", []), list), path, "facts", "expected a list")
    _need(isinstance(obj.get("funding", []), list), path, "funding", "expected a list")
    for i, f in enumerate(obj.get("facts", [])):
        where = f"facts[{i}]"
        _need(isinstance(f, dict), path, where, "expected an object")
        _need(f.get("type") in FACT_TYPES, path, f"{where}.type", f"expected one of {', '.join(FACT_TYPES)}")
        v = f.get("value")
        if f["type"] in ("money", "project_count", "quantity"):
            _need(_is_int(v), path, f"{where}.value", f"expected an integer, got {v!r}")
            if "upper" in f and f["upper"] is not None:
                _need(_is_int(f["upper"]), path, f"{where}.upper", f"expected an integer, got {f['upper']!r}")
            if "qualifier" in f:
                _need(f["qualifier"] in QUALIFIERS, path, f"{where}.qualifier", f"expected one of {', '.join(QUALIFIERS)}")
        elif f["type"] == "period":
            _need(isinstance(v, str) and re.fullmatch(r"\d{4}(-\d{4})?", v or "") is not None, path,
                  f"{where}.value", f"expected 'YYYY' or 'YYYY-YYYY', got {v!r}")
        else:
            _need(isinstance(v, str) and v != "", path, f"{where}.value", f"expected a non-empty string, got {v!r}")
        if f["type"] == "money":
            _need(isinstance(f.get("currency", "VND"), str), path, f"{where}.currency", "expected a string")
    for i, r in enumerate(obj.get("funding", [])):
        where = f"funding[{i}]"
        _need(isinstance(r, dict), path, where, "expected an object")
        _need(r.get("scope") in SCOPES, path, f"{where}.scope", f"expected one of {', '.join(SCOPES)}")
        _need(r.get("status", "unspecified") in STATUSES, path, f"{where}.status", f"expected one of {', '.join(STATUSES)}")
        for k in ("projects", "amount_vnd"):
            _need(r.get(k) is None or _is_int(r.get(k)), path, f"{where}.{k}", f"expected an integer or null, got {r.get(k)!r}")
        _need(r.get("period") is None or isinstance(r.get("period"), str), path, f"{where}.period", "expected a string or null")
    return obj


def load_gold(gold_dir: Path, on_error: Callable[[GoldError], None]) -> dict[str, dict]:
    """Gold objects by doc id; a broken file is reported and left out, the others still load."""
    out: dict[str, dict] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            on_error(GoldError(str(path), f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            on_error(GoldError(str(path), f"cannot read: {exc}"))
            continue
        try:
            out[validate_gold(obj, path)["doc"]] = obj
        except GoldError as exc:
            on_error(exc)
    return out


def load_splits(path: Path | None = None) -> set[str]:
    """The doc ids of the frozen test split (``corpus/splits.tsv``: doc, split, corpus)."""
    if path is None:
        from .data import data_root

        path = data_root() / "corpus" / "splits.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(str(path), f"cannot read the split list: {exc.strerror or exc}") from None
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return {r[0] for r in rows[1:] if len(r) > 1 and r[1] == "test"}


# -- keys --------------------------------------------------------------------------------------------
def fact_key(f: dict) -> Any:
    t = f["type"]
    if t == "money":
        return (f["value"], f.get("currency") or "VND")
    if t == "ocop":
        return "OCOP"
    return f["value"]


def funding_key(r: dict) -> tuple:
    """FACTS.md: a record is found when projects, amount and period agree; scope and status are accuracies."""
    return (r.get("projects"), r.get("amount_vnd"), r.get("period"))


def strict_funding_key(r: dict) -> tuple:
    """The strict match reported beside it: the scope must agree too."""
    return (r.get("scope"), *funding_key(r))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Miss:
    doc: str
    type: str
    kind: str  # 'missed' or 'spurious'
    item: dict
    sentence: str = ""


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    attributes: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))  # tp=right, fp=wrong
    subject: Counts = field(default_factory=Counts)
    misses: list[Miss] = field(default_factory=list)
    scored: list[str] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        def acc(c: Counts) -> float | None:
            return c.tp / (c.tp + c.fp) if c.tp + c.fp else None

        return {
            "types": {t: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                          "recall": round(c.recall, 4), "f1": round(c.f1, 4)} for t, c in self.counts.items()},
            "attributes": {a: {"right": c.tp, "wrong": c.fp, "accuracy": acc(c)} for a, c in self.attributes.items()},
            "subject": {"right": self.subject.tp, "wrong": self.subject.fp, "accuracy": acc(self.subject)},
            "scored": self.scored, "unscored": self.unscored,
            "misses": [m.__dict__ for m in self.misses],
        }


def _match_multiset(gold: list[dict], pred: list[dict], key: Callable[[dict], Any]):
    """Pair gold and predicted items with equal keys; return pairs, missed, spurious.

    Among predicted items with the key of a gold item, the one that agrees with it on most attributes (its
    text, unit, qualifier...) is its pair, the first in document order on a tie: '20 cơ sở' and '20 lao động'
    of one article pair with their own gold facts whatever order the gold file lists them in, so the
    attribute scores measure the attributes and not the order of the gold file."""
    pool: dict[Any, list[dict]] = defaultdict(list)
    for p in pred:
        pool[key(p)].append(p)
    pairs, missed = [], []
    for g in gold:
        k = key(g)
        if pool.get(k):
            best = max(range(len(pool[k])), key=lambda i: (_agreement(g, pool[k][i]), -i))
            pairs.append((g, pool[k].pop(best)))
        else:
            missed.append(g)
    spurious = [p for items in pool.values() for p in items]
    return pairs, missed, spurious


_PAIRING_FIELDS = ("text", "unit", "qualifier", "currency", "upper", "province_2025", "scope", "status")


def _agreement(g: dict, p: dict) -> int:
    """How many of the fields that tell two facts of one value apart a gold and a predicted item share."""
    return sum(1 for f in _PAIRING_FIELDS if f in g and g.get(f) == p.get(f))


def _dedupe(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for i in items:
        k = fact_key(i)
        if k not in seen:
            seen.add(k)
            out.append(i)
    return out


def score_article(report: Report, gold: dict, article: Article) -> None:
    doc = article.doc
    sentences = [s.text for s in article.sentences]
    pred = [f.to_dict() for f in article.facts]

    def sentence_of(item: dict) -> str:
        if "sentence" in item and 0 <= item["sentence"] < len(sentences):
            return sentences[item["sentence"]]
        text = item.get("text")
        if text:
            for s in sentences:
                if text in s:
                    return s
        return ""

    for t in SCORED:
        if t == "funding":
            g_items = gold.get("funding", [])
            p_items = [dict(r.to_dict()) for r in article.funding]
            pairs, missed, spurious = _match_multiset(g_items, p_items, funding_key)
            for attr in ("scope", "status"):
                for g, p in pairs:
                    a = report.attributes[attr]
                    if (g.get(attr) or "unspecified") == p[attr]:
                        a.tp += 1
                    else:
                        a.fp += 1
                        report.misses.append(Miss(doc, attr, "wrong", {"gold": g.get(attr) or "unspecified",
                                                                         "got": p[attr], "text": p.get("text")},
                                                  sentence_of(p)))
            s_pairs, s_missed, s_spurious = _match_multiset(g_items, p_items, strict_funding_key)
            strict = report.counts["funding (strict)"]
            strict.tp, strict.fn, strict.fp = strict.tp + len(s_pairs), strict.fn + len(s_missed), strict.fp + len(s_spurious)
        else:
            g_items = [f for f in gold.get("facts", []) if f["type"] == t]
            p_items = [f for f in pred if f["type"] == t]
            if t in ("province", "product", "period"):
                g_items, p_items = _dedupe(g_items), _dedupe(p_items)
            pairs, missed, spurious = _match_multiset(g_items, p_items, fact_key)
            for attr, types in ATTRIBUTES.items():
                if t in types:
                    for g, p in pairs:
                        if attr in g:
                            a = report.attributes[attr]
                            default = "exact" if attr == "qualifier" else None
                            if (g.get(attr) or default) == (p.get(attr) or default):
                                a.tp += 1
                            else:
                                a.fp += 1
                                report.misses.append(Miss(doc, attr, "wrong", {"gold": g.get(attr), "got": p.get(attr),
                                                                                 "text": p.get("text")}, sentence_of(p)))
        c = report.counts[t]
        c.tp += len(pairs)
        c.fn += len(missed)
        c.fp += len(spurious)
        report.misses += [Miss(doc, t, "missed", g, sentence_of(g)) for g in missed]
        report.misses += [Miss(doc, t, "spurious", p, sentence_of(p)) for p in spurious]
    if "subject" in gold:
        if gold["subject"] == article.subject:
            report.subject.tp += 1
        else:
            report.subject.fp += 1
            report.misses.append(Miss(doc, "subject", "wrong", {"gold": gold["subject"], "got": article.subject}))
    report.scored.append(doc)


def format_table(report: Report, title: str = "kcextract") -> str:
    """The plain-text table ``kcextract eval`` prints (also used in the README)."""
    lines = [f"{'type':<15}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for t in (*SCORED, "funding (strict)"):
        c = report.counts.get(t, Counts())
        lines.append(f"{t:<15}{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    total = Counts()
    for t in SCORED[:-1]:
        c = report.counts.get(t, Counts())
        total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
    lines.append(f"{'all facts':<15}{total.tp:>6}{total.fp:>6}{total.fn:>6}{total.precision:>8.3f}"
                 f"{total.recall:>8.3f}{total.f1:>8.3f}")
    lines.append("")
    lines.append(f"{'attribute':<15}{'right':>6}{'wrong':>6}{'accuracy':>10}")
    for a in (*ATTRIBUTES, "subject"):
        c = report.subject if a == "subject" else report.attributes.get(a, Counts())
        acc = f"{c.tp / (c.tp + c.fp):.3f}" if c.tp + c.fp else "n/a"
        lines.append(f"{a:<15}{c.tp:>6}{c.fp:>6}{acc:>10}")
    lines.append("")
    lines.append(f"{len(report.scored)} articles scored"
                 + (f"; {len(report.unscored)} unscored (no gold file): {', '.join(report.unscored)}" if report.unscored else ""))
    return "\n".join(lines)


def format_misses(report: Report) -> str:
    out = []
    for m in report.misses:
        if m.kind == "wrong":
            what = f" {m.item['text']!r}" if m.item.get("text") else ""
            out.append(f"{m.doc}\t{m.type}\tgold {m.item['gold']!r}, got {m.item['got']!r}{what}"
                       + (f"\n\t\t» {m.sentence.strip()[:300]}" if m.sentence else ""))
            continue
        item = m.item
        what = item.get("text") or ""
        shown = {k: item[k] for k in ("value", "currency", "unit", "scope", "projects", "amount_vnd", "period") if k in item}
        out.append(f"{m.doc}\t{m.type}\t{m.kind}\t{what!r} {json.dumps(shown, ensure_ascii=False)}"
                   + (f"\n\t\t» {m.sentence.strip()[:300]}" if m.sentence else ""))
    return "\n".join(out)
