"""OCOP mentions in every spelling, with a star rating and a product count when the text gives them.

Each written form is a mention: 'Mỗi xã một sản phẩm (OCOP)' is two, as annotators count them."""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from ..facts import Fact
from ..numbers import whole_words
from .context import Context


class OcopMatcher:
    """spaCy component ``kc_ocop``. Runs before the amounts, so 'Mỗi xã một sản phẩm' is no quantity."""

    def __init__(self) -> None:
        spellings = data.word_list("rules/ocop.tsv", "surface")
        self.mention_re = whole_words(spellings, digits=True)
        self.stars_after = regex.compile(r"[^.;\n]{0,12}?(?<!\d)([345])\s*(?:-|–|đến)?\s*(?:[345]\s*)?sao(?!\p{L})")
        self.stars_before = regex.compile(r"(?<!\d)([345])\s*sao\s*(?:\(|:)?\s*$")
        self.count_before = regex.compile(
            r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+)\s+sản phẩm(?:\s+(?:đạt|được công nhận|đạt chuẩn|được chứng nhận))?"
            r"(?:\s+(?:sản phẩm|chương trình|tiêu chuẩn|chuẩn|hạng))?\s*$"
        )

    def __call__(self, doc):
        ctx = Context.of(doc)
        key = ctx.lower
        for m in self.mention_re.finditer(key):
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
        return doc


@Language.factory("kc_ocop")
def make_ocop_matcher(nlp: Language, name: str) -> OcopMatcher:
    return OcopMatcher()
