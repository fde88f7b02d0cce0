"""Organisations: agencies, companies, cooperatives and media, from spaCy token patterns.

Patterns live in ``rules/organizations.jsonl`` in spaCy's Matcher format, one per line with a
``label`` (the ``kind``) and an ``id``; a name runs over the capitalised words after its head word.
"""
from __future__ import annotations

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
        for i, row in enumerate(data.read_jsonl("rules/organizations.jsonl")):
            key = row.get("id") or f"org{i}"
            self.kinds[key] = row["label"]
            self.matcher.add(key, [row["pattern"]], greedy="LONGEST")

    def __call__(self, doc):
        ctx = Context.of(doc)
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
                span = span[:-1]
            span.label_ = self.kinds[doc.vocab.strings[match_id]]
            spans.append(span)
        for span in filter_spans(spans):
            ctx.add(Fact(type="organization", text=span.text, start=span.start_char, end=span.end_char,
                         value=" ".join(span.text.split()), kind=span.label_), take=False)
        return doc


@Language.factory("kc_organization")
def make_organization_matcher(nlp: Language, name: str) -> OrganizationMatcher:
    return OrganizationMatcher(nlp)
