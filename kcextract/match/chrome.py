"""Page chrome (print/share links, related-headline lists), photo captions and the title.

Chrome and caption lines come from ``rules/chrome.tsv``. They stay in the text (offsets never move). No fact
is taken from chrome. A caption (a line ending in ' |') is the article's own text, so its facts are taken, as
the on-topic gold takes them; but, like chrome, it never decides the article's subject nor makes a funding
record. The title is the first other line.
"""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from .context import Context


class ChromeMarker:
    """spaCy component ``kc_chrome``: marks chrome lines and the title on the context."""

    def __init__(self) -> None:
        # only whole-line phrases ignore case; the bar rules tell captions from headlines by their capitals
        self.rules: list[tuple[str, regex.Pattern]] = [
            (r["kind"], regex.compile(r["pattern"], regex.IGNORECASE if r["kind"] == "line" else 0))
            for r in data.read_tsv("rules/chrome.tsv")
        ]

    def kind_of(self, line: str) -> str | None:
        """'chrome', 'caption' or None (article text)."""
        stripped = line.strip()
        barred = "|" in stripped  # every rule but the whole-line phrases needs a bar
        for kind, pattern in self.rules:
            if kind != "line" and not barred:
                continue
            if kind == "line" and pattern.fullmatch(stripped):
                return "chrome"
            if kind in ("suffix", "contains") and pattern.search(stripped):
                return "chrome"
            if kind == "caption" and pattern.search(stripped):
                return "caption"
        return None

    def __call__(self, doc):
        ctx = Context.of(doc)
        for m in regex.finditer(r"[^\n]+", ctx.text):
            if not m.group().strip():
                continue
            kind = self.kind_of(m.group())
            if kind == "chrome":
                ctx.chrome.append(m.span())
            elif kind == "caption":
                ctx.captions.append(m.span())
            elif ctx.title is None:
                ctx.title = m.span()
        return doc


@Language.factory("kc_chrome")
def make_chrome_marker(nlp: Language, name: str) -> ChromeMarker:
    return ChromeMarker()
