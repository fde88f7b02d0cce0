"""Periods: years and spans of years that date something (``năm 2023``, ``giai đoạn 2016 – 2020``)."""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from ..facts import Fact
from ..numbers import _alt
from .context import Context

YEAR = r"(?:19[4-9]\d|20[0-4]\d)"


class PeriodMatcher:
    """spaCy component ``kc_period``; runs after the amounts so ``2000 lượt người`` is no year."""

    def __init__(self) -> None:
        rows = data.read_tsv("rules/periods.tsv")
        lead = _alt([r["phrase"] for r in rows if r["kind"] == "lead"])
        link = _alt([r["phrase"] for r in rows if r["kind"] == "link"])
        self.span_re = regex.compile(
            # (and may start on a month of its first year: 'từ tháng 7/2025 đến tháng 6/2026' is 2025-2026)
            rf"(?<![\p{{L}}\d/.,])(?:(?:{lead})\s+)?(?:(?:ngày|tháng)\s+(?:\d{{1,2}}/){{1,2}})?(?P<y1>{YEAR})\s*"
            rf"(?:{link})\s*"
            # (a span may end on a month or a day of its last year: 'từ năm 2021 đến tháng 6/2025' is 2021-2025)
            rf"(?:năm\s+|(?:(?:ngày|tháng)\s+)?(?:\d{{1,2}}/){{1,2}})?(?P<y2>{YEAR})(?![\d/]|[.,]\d)"
        )
        self.date_re = regex.compile(
            rf"(?<![\p{{L}}\d/.,])(?:(?:(?:ngày|tháng|hôm)\s+)?(?:\d{{1,2}}/){{1,2}}|(?:ngày|tháng|hôm)\s+(?:\d{{1,2}}[-.]){{1,2}})(?P<y1>{YEAR})(?![\d/]|[.,]\d|/?\p{{L}})"
        )
        # 'quý III/2025', 'quý 2-2024': a quarter dates its year, as a month does
        self.quarter_re = regex.compile(rf"(?<![\p{{L}}\d/.,])quý\s+(?:[1-4]|iv|i{{1,3}})\s*[/-]\s*(?P<y1>{YEAR})(?![\d/]|[.,]\d|\p{{L}})")
        self.year_re = regex.compile(rf"(?<![\p{{L}}\d/.,\-])(?:(?:{lead})\s+)?(?P<y1>{YEAR})(?![\d/]|[.,]\d|\p{{L}})")
        # 'Quyết định số 2020': a document number right before the bare year, on its line ('chuyển đổi số' ending
        # a title says nothing of the 'Năm 2024' that opens the next paragraph)
        self.doc_number_re = regex.compile(r"(?<!\p{L})(?:số|nghị định|quyết định|thông tư|công văn)[ \t]*$")

    def __call__(self, doc):
        ctx = Context.of(doc)
        key = ctx.lower
        for pattern in (self.span_re, self.date_re, self.quarter_re, self.year_re):
            for m in pattern.finditer(key):
                if ctx.overlaps_taken(m.start("y1"), m.end()):
                    continue
                if not regex.search(r"\p{L}", key[m.start():m.start("y1")]) and \
                        self.doc_number_re.search(key, max(0, m.start() - 20), m.start()):
                    continue
                if m.start() == m.start("y1") and _MODEL_BEFORE.search(key, max(0, m.start() - 20), m.start()):
                    continue  # a model's year, no time of the story: 'Mazda3 2017' (ANNOTATION.md)
                y1 = int(m.group("y1"))
                y2 = int(m.group("y2")) if "y2" in m.groupdict() and m.group("y2") else None
                if y2 is not None and not (y1 < y2 <= y1 + 30):
                    continue
                value = f"{y1}-{y2}" if y2 else str(y1)
                ctx.add(Fact(type="period", text=ctx.text[m.start():m.end()], start=m.start(), end=m.end(),
                             value=value))
        ctx.facts.sort(key=lambda f: f.start)
        return doc


# a bare year right after a name of letters and digits run together, as a model is named ('Mazda3', 'CX-5', 'A4')
_MODEL_BEFORE = regex.compile(r"(?<![\p{L}\d])(?:\p{L}+-?\d+|\d+\p{L}+)[ \t]+$")


@Language.factory("kc_period")
def make_period_matcher(nlp: Language, name: str) -> PeriodMatcher:
    return PeriodMatcher()
