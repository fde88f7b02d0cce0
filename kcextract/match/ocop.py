"""OCOP mentions in every spelling, with a star rating and a product count when the text gives them."""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from ..facts import Fact
from ..numbers import _alt
from .context import Context


class OcopMatcher:
    """spaCy component ``kc_ocop``. Runs before the amounts, so 'Mỗi xã một sản phẩm' is no quantity."""

    def __init__(self) -> None:
        spellings = data.word_list("rules/ocop.tsv", "surface")
        self.mention_re = regex.compile(rf"(?<![\p{{L}}\d])(?:{_alt(spellings)})(?![\p{{L}}\d])")
        # 'Mỗi xã một sản phẩm (OCOP)': the short form in brackets is the same mention.
        self.bracket_re = regex.compile(r"\s*[(\-–]\s*")
        self.stars_after = regex.compile(r"[^.;\n]{0,12}?(?<!\d)([345])\s*(?:-|–|đến)?\s*(?:[345]\s*)?sao(?!\p{L})")
        self.stars_before = regex.compile(r"(?<!\d)([345])\s*sao\s*(?:\(|:)?\s*$")
        self.count_before = regex.compile(
            r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+)\s+sản phẩm(?:\s+(?:đạt|được công nhận|đạt chuẩn|được chứng nhận))?"
            r"(?:\s+(?:sản phẩm|chương trình|tiêu chuẩn|chuẩn|hạng))?\s*$"
        )

    def __call__(self, doc):
        ctx = Context.of(doc)
        key = ctx.lower
        last_end = -1
        for m in self.mention_re.finditer(key):
            if last_end >= 0 and self.bracket_re.fullmatch(key, last_end, m.start()) and key[m.start()] == "o":
                # the abbreviation right after the long name: widen the previous mention instead
                prev = ctx.facts[-1] if ctx.facts and ctx.facts[-1].type == "ocop" else None
                if prev is not None and prev.end == last_end:
                    ctx.facts[-1] = prev.with_(end=m.end(), text=ctx.text[prev.start:m.end()])
                    ctx.taken.append((prev.start, m.end()))
                    last_end = m.end()
                    continue
            stars = count = None
            after = self.stars_after.match(key, m.end())
            before_text = key[max(0, m.start() - 40):m.start()]
            if after:
                stars = int(after.group(1))
            else:
                b = self.stars_before.search(before_text)
                if b:
                    stars = int(b.group(1))
            c = self.count_before.search(before_text)
            if c:
                count = int(c.group(1).replace(".", ""))
            ctx.add(Fact(type="ocop", text=ctx.text[m.start():m.end()], start=m.start(), end=m.end(),
                         value="OCOP", stars=stars, count=count))
            last_end = m.end()
        return doc


@Language.factory("kc_ocop")
def make_ocop_matcher(nlp: Language, name: str) -> OcopMatcher:
    return OcopMatcher()
