"""Organisations: agencies, companies, cooperatives and media, from spaCy token patterns.

Patterns live in ``rules/organizations.jsonl`` in spaCy's Matcher format, one per line with a
``label`` (the ``kind``) and an ``id``; a name runs over the capitalised words after its head word.
"""
from __future__ import annotations

import bisect

import numpy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.util import filter_spans

from .. import data
from ..facts import Fact
from .context import Context

class OrganizationMatcher:
    """spaCy component ``kc_organization``."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.kinds: dict[str, str] = {}
        heads: set[str] = set()
        for i, row in enumerate(data.read_jsonl("rules/organizations.jsonl")):
            key = row.get("id") or f"org{i}"
            self.kinds[key] = row["label"]
            self.matcher.add(key, [row["pattern"]], greedy="LONGEST")
            heads.add(row["pattern"][0]["LOWER"])
        self.head_ids = numpy.array(sorted(nlp.vocab.strings.add(h) for h in heads), dtype=numpy.uint64)

    def matches(self, doc) -> list[tuple[int, int, int]]:
        """What ``self.matcher(doc)`` finds, run only on the lines that hold a head word.

        Every pattern starts with a fixed head word and no pattern token matches a whitespace token, so
        no match runs over a line break and a line without a head word has none.
        """
        lowers = doc.to_array(LOWER)
        heads = numpy.flatnonzero(numpy.isin(lowers, self.head_ids))
        if not len(heads):
            return []
        breaks = [int(i) for i in numpy.flatnonzero(doc.to_array(IS_SPACE)) if "\n" in doc[int(i)].text]
        found = []
        done = -1
        for h in heads.tolist():
            k = bisect.bisect_left(breaks, h)
            start = breaks[k - 1] + 1 if k else 0
            if start <= done:
                continue
            end = breaks[k] if k < len(breaks) else len(doc)
            found += [(key, start + s, start + e) for key, s, e in self.matcher(doc[start:end])]
            done = start
        return found

    def _spans(self, doc, matches) -> list:
        spans = []
        for match_id, start, end in matches:
            span = doc[start:end]
            while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
                span = span[:-1]
            span.label_ = self.kinds[doc.vocab.strings[match_id]]
            spans.append(span)
        return spans

    def __call__(self, doc):
        ctx = Context.of(doc)
        spans = self._spans(doc, self.matches(doc))
        if len({(s.start, s.end) for s in spans}) < len(spans):
            # Two kinds on one span: which one wins depends on the whole-document match order.
            spans = self._spans(doc, self.matcher(doc))
        for span in filter_spans(spans):
            ctx.add(Fact(type="organization", text=span.text, start=span.start_char, end=span.end_char,
                         value=" ".join(span.text.split()), kind=span.label_), take=False)
        return doc


@Language.factory("kc_organization")
def make_organization_matcher(nlp: Language, name: str) -> OrganizationMatcher:
    return OrganizationMatcher(nlp)
