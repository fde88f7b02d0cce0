"""Page chrome (print/share links, related-headline lists), photo captions and the title.

Chrome and caption lines come from ``rules/chrome.tsv``. They stay in the text (offsets never move). No fact
is taken from chrome: print/share links, a section path ('Trang chủ > Kinh tế'), a publication stamp, and a list
of related headlines under its heading ('Tin liên quan:'), which would otherwise lend other articles' figures to
this one. A caption (a line ending in ' |') is the article's own text, so its facts are taken, as the on-topic
gold takes them; but, like chrome, it never decides the article's subject nor makes a funding
record. The title is the first other line; a line that repeats it word for word is chrome.
"""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from .context import Context
from .tables import TABLE_ROW


_WHOLE_LINE = ("line", "breadcrumb", "stamp")  # kinds of rules/chrome.tsv that match a whole line as chrome
_ANY_CASE = ("line", "list", "stamp", "rest")  # kinds whose patterns ignore case
_CAPTION_MAX = 200  # characters: the longest line a photo credit makes a caption of

# a related headline: a line of at most 200 characters, maybe bulleted, that does not end a sentence
_HEADLINE = regex.compile(r"(?s).{1,200}(?<![.!?:;])")
_POINTER = regex.compile(r"[►▶→]")  # a pointer mark opening a line: a related headline's, or a page's own bullet
_BULLETED = regex.compile(r"[-+•*–]\s")  # a list item's mark: such headlines may stand a blank line apart
# the writer's name alone on the article's last line ('Kim Chi', 'Linh Chi -', 'Nguyễn Thu Trà'): two to four
# capitalised words, maybe initials; a good named in it ('kim chi', 'linh chi', 'trà') is no good of the article
_BYLINE = regex.compile(r"\p{Lu}[\p{Ll}.]*(?:\s+\p{Lu}[\p{Ll}.]*){1,3}(?:\s*[-–])?")
_NOT_A_WRITER = regex.compile(r"(?:Báo|Theo|Nguồn|Tạp chí|Đài|Cổng|Trang|Ảnh|TTXVN)(?!\p{L})")


class ChromeMarker:
    """spaCy component ``kc_chrome``: marks chrome lines and the title on the context."""

    def __init__(self) -> None:
        self.provinces = set(data.provinces())
        # only whole-line phrases ignore case; the bar rules tell captions from headlines by their capitals
        self.rules: list[tuple[str, regex.Pattern]] = [
            (r["kind"], regex.compile(r["pattern"], regex.IGNORECASE if r["kind"] in _ANY_CASE else 0))
            for r in data.read_tsv("rules/chrome.tsv")
        ]

    def kind_of(self, line: str) -> str | None:
        """'list' (the heading of related headlines), 'rest' (the heading of the readers' comments), 'chrome',
        'caption' or None (article text)."""
        stripped = line.strip()
        for heading in ("list", "rest"):
            if any(kind == heading and pattern.fullmatch(stripped) for kind, pattern in self.rules):
                return heading
        if TABLE_ROW.fullmatch(stripped):
            return None  # a table's row as the HTML reader writes it ('| 1 | Hỗ trợ máy sấy măng | ... | 250 |'): text
        barred = "|" in stripped  # every rule but the whole-line phrases and a photo credit needs a bar
        for kind, pattern in self.rules:
            if kind == "credit":
                # (only a caption's length: a scraped paragraph may end in a credit glued onto it)
                if len(stripped) <= _CAPTION_MAX and pattern.search(stripped):
                    return "caption"
                continue
            if kind in _WHOLE_LINE:
                if pattern.fullmatch(stripped):
                    return "chrome"
                continue
            if kind in ("list", "rest") or not barred:
                continue
            if kind in ("suffix", "contains") and pattern.search(stripped):
                return "chrome"
            if kind == "caption" and pattern.search(stripped):
                return "caption"
        return None

    def __call__(self, doc):
        ctx = Context.of(doc)
        listing = None  # under a heading of related headlines: how many headlines so far
        gap = False  # a blank line since the last headline
        comments = False  # under the heading of the readers' comments: the page's rest
        bullets = False  # the article's own pointer-marked lines may follow: right under the title or a line ending ':'
        for m in regex.finditer(r"(?m)^[^\n]*", ctx.text):
            line = m.group().strip()
            if not line:
                gap = bool(listing)
                continue
            kind = "chrome" if comments else self.kind_of(m.group())
            if kind == "chrome" and bullets and listing is None and _POINTER.match(line):
                # (the article's own items, set with a pointer mark and no stop: '► 21 đề án khuyến công được triển
                # khai ...' right under the title; related headlines follow an article's text, not its title)
                kind = None
            bullets = kind is None and (ctx.title is None or bullets and _POINTER.match(line) is not None or
                                        line.endswith(":"))
            if kind == "rest" and ctx.title is not None:
                comments, kind = True, "chrome"
            elif kind == "rest":
                kind = None  # (a title is no heading of comments)
            if kind == "list":
                listing, gap = 0, False
                kind = "chrome"
            elif listing is not None and kind is None:
                # a blank line after the headlines ends the list, unless the next line is one more bulleted
                # headline (a page that sets its related links a blank line apart)
                if _HEADLINE.fullmatch(line) and not (gap and not _BULLETED.match(line)):
                    listing += 1
                    kind = "chrome"
                else:
                    listing = None
                gap = False
            if kind is None and ctx.title is not None and line.casefold() == ctx.text[slice(*ctx.title)].strip().casefold():
                kind = "chrome"  # the title set again (a page's <title> and its headline): no second statement
            if kind == "chrome":
                ctx.chrome.append(m.span())
            elif kind == "caption":
                ctx.captions.append(m.span())
            elif ctx.title is None:
                ctx.title = m.span()
        self._byline(ctx)
        return doc

    def _byline(self, ctx: Context) -> None:
        """The writer's name alone on the last line is chrome; not a newspaper's name nor a province's alone,
        which name the province (ANNOTATION.md)."""
        end = len(ctx.text.rstrip())
        start = ctx.text.rfind("\n", 0, end) + 1  # the last line with words on it
        if not end or (ctx.title is not None and start <= ctx.title[0]) or any(s <= start < e for s, e in ctx.chrome):
            return
        line = ctx.text[start:end].strip()
        if _BYLINE.fullmatch(line) and not _NOT_A_WRITER.match(line) and line.rstrip(" -–") not in self.provinces:
            ctx.chrome.append((start, end))


@Language.factory("kc_chrome")
def make_chrome_marker(nlp: Language, name: str) -> ChromeMarker:
    return ChromeMarker()
