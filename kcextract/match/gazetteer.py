"""Gazetteer matchers: provinces (with the 2025 merger) and products (most specific entry wins).

Provinces are proper names: matched on the tone-folded text with their capitals. Products are common
nouns: matched lower-case, but only on underthesea word edges, which is why ``cam`` (orange) is not
found inside the word ``cam kết`` (commit).
"""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from ..facts import Fact
from ..normalise import fold_tones
from ..numbers import _alt
from .context import Context

_EDGE_L = r"(?<![\p{L}\d])"
_EDGE_R = r"(?![\p{L}\d])"
# A run of letters and digits: a gazetteer entry can only start where one starts (left edge), and the
# entry's own first run must be the whole of it (right edge or a non-letter inside the entry).
_RUN = regex.compile(r"[\p{L}\d]+")
_WORD_CHAR = regex.compile(r"[\p{L}\d]")


class ProvinceMatcher:
    """spaCy component ``kc_province``: every province named, canonical pre-2025 name as value."""

    def __init__(self) -> None:
        self.to_2025 = data.provinces()
        surfaces: dict[str, str] = {}
        for alias, canonical in data.province_aliases().items():
            for form in (alias, alias.upper()):
                surfaces[fold_tones(form)] = canonical
        self.surfaces = surfaces
        self.pattern = regex.compile(rf"{_EDGE_L}(?:{_alt(surfaces)}){_EDGE_R}")

    def __call__(self, doc):
        ctx = Context.of(doc)
        for m in self.pattern.finditer(ctx.cased):
            canonical = self.surfaces[m.group()]
            ctx.add(Fact(type="province", text=ctx.text[m.start():m.end()], start=m.start(), end=m.end(),
                         value=canonical, province_2025=self.to_2025[canonical], role="mention"), take=False)
        return doc


class ProductMatcher:
    """spaCy component ``kc_product``: products from ``gazetteers/products.tsv``."""

    def __init__(self) -> None:
        self.entries = data.products()
        # Entries by their first letter-digit run, longest first: the leftmost-longest match of one big
        # alternation regex, found with a dict look-up per word instead of trying 1,200 branches per character.
        self.by_run: dict[str, list[str]] = {}
        for entry in sorted(self.entries, key=len, reverse=True):
            self.by_run.setdefault(_RUN.match(entry).group(), []).append(entry)

    def _longest_at(self, key: str, start: int, run: str) -> str | None:
        """The longest entry written at ``start`` (which begins the run ``run``) and ending on a word edge."""
        for entry in self.by_run.get(run, ()):
            if key.startswith(entry, start) and not _WORD_CHAR.match(key, start + len(entry)):
                return entry
        return None

    def __call__(self, doc):
        ctx = Context.of(doc)
        pos = 0
        key = ctx.lower
        for run in _RUN.finditer(key):
            start = run.start()
            if start < pos:
                continue
            candidate = self._longest_at(key, start, run.group())
            if candidate is None:
                continue
            found = None
            # Longest entry first; if it does not sit on word edges, try the shorter entries it starts with.
            while candidate:
                if candidate in self.entries and ctx.on_token_edges(start, start + len(candidate)):
                    found = candidate
                    break
                shorter = [e for e in self._prefixes(candidate) if e != candidate]
                candidate = shorter[0] if shorter else ""
            if found:
                entry = self.entries[found]
                end = start + len(found)
                ctx.add(Fact(type="product", text=ctx.text[start:end], start=start, end=end, value=entry.value,
                             name=ctx.text[start:end], category=entry.category), take=False)
                pos = end
        return doc

    def _prefixes(self, phrase: str) -> list[str]:
        """Entries that are word-prefixes of ``phrase``, longest first."""
        words = phrase.split(" ")
        return [p for p in (" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)) if p in self.entries]


@Language.factory("kc_province")
def make_province_matcher(nlp: Language, name: str) -> ProvinceMatcher:
    return ProvinceMatcher()


@Language.factory("kc_product")
def make_product_matcher(nlp: Language, name: str) -> ProductMatcher:
    return ProductMatcher()


