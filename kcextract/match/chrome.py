"""Page chrome (print/share links, captions ending in ' |', related-headline lists) and the title.

Chrome lines come from ``rules/chrome.tsv``. They stay in the text (offsets never move) but no fact is
taken from them, and they never decide the article's subject. The title is the first other line.
"""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from .context import Context


class ChromeMarker:
    """spaCy component ``kc_chrome``: marks chrome lines and the title on the context."""

    def __init__(self) -> None:
        self.rules: list[tuple[str, regex.Pattern]] = [
            (r["kind"], regex.compile(r["pattern"], regex.IGNORECASE)) for r in data.read_tsv("rules/chrome.tsv")
        ]

    def is_chrome(self, line: str) -> bool:
        stripped = line.strip()
        for kind, pattern in self.rules:
            if kind == "line" and pattern.fullmatch(stripped):
                return True
            if kind in ("suffix", "contains") and pattern.search(stripped):
                return True
        return False

    def __call__(self, doc):
        ctx = Context.of(doc)
        for m in regex.finditer(r"[^\n]+", ctx.text):
            if not m.group().strip():
                continue
            if self.is_chrome(m.group()):
                ctx.chrome.append(m.span())
            elif ctx.title is None:
                ctx.title = m.span()
        return doc


@Language.factory("kc_chrome")
def make_chrome_marker(nlp: Language, name: str) -> ChromeMarker:
    return ChromeMarker()
