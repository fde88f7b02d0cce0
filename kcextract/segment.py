"""Stage 2: sentence split and word segmentation with underthesea, into a spaCy ``Doc``.

underthesea's output is aligned back onto the text (it may drop or merge whitespace), so that
``doc.text`` equals the normalised text character for character. Lines are split first: a title or a
caption never runs into the next paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import regex

from .lean import import_spacy_without_cli

import_spacy_without_cli()  # see lean.py

from spacy.tokens import Doc  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

_FALLBACK_TOKEN = regex.compile(r"\w+|[^\w\s]")
_LINE = regex.compile(r"[^\n]+")
_ITEM_LETTER = regex.compile(r"\p{Ll}[).]\s")
_NOT_BAR = regex.compile(r"\||[^|\s](?:[^|]*[^|\s])?")  # a table's cell bar, or the words between two bars
# a dateline that opens a paragraph: the outlet or the place, in brackets or in capitals, then a dash ('(TTXVN) - ',
# 'ĐBP - ', 'VOV.VN - ', 'HÀ GIANG - ', '(Baothanhhoa.vn) – '), before a sentence with its capital
DATELINE_SOURCE = r"\([^()\n]{2,40}\)"  # the agency or paper a dateline names in brackets: '(TTXVN)', '(Baothanhhoa.vn)'
DATELINE_MARK = rf"(?:{DATELINE_SOURCE}|(?=[\p{{Lu}}\d.&]*\p{{Lu}})[\p{{Lu}}\d.&]{{2,14}}(?:\s[\p{{Lu}}\d.&]{{2,14}}){{0,2}})\s*[-–—]"
# a place's name in title case as a paragraph's dateline ('Tuy Hòa - Năm 2023, ...', 'Ninh Bình - Ngày 12/9, ...')
_PLACE_MARK = r"\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}\s*[-–—]"
# (only below the title: a title may open with a name and a dash, 'Hà Giang - Khuyến công tiếp sức')
_DATELINE = regex.compile(rf"{DATELINE_MARK}\s+(?=\p{{Lu}})")
_PLACE_DATELINE = regex.compile(rf"{_PLACE_MARK}\s+(?=\p{{Lu}})")
_DATELINE_ONLY = regex.compile(rf"{DATELINE_MARK}|{_PLACE_MARK}")
_MARK_ONLY = regex.compile(r"(?:\d{1,2}|[IVXivx]{1,4}|[a-zđ])[.)]")  # a list mark with nothing after it


def is_dateline(sentence: str) -> bool:
    """The sentence is only a paragraph's dateline, split off the sentence it opened ('ĐBP -')."""
    return bool(_DATELINE_ONLY.fullmatch(sentence))


@dataclass(frozen=True)
class Segmented:
    """Token and sentence offsets of a text (sentences as half-open character ranges)."""

    tokens: list[tuple[int, int]]
    sentences: list[tuple[int, int]]


def _tokenizers():
    # Imported lazily: underthesea loads its CRF model on first use. ``segmenter()`` gives the words of
    # underthesea's ``word_tokenize(s, use_token_normalize=False)``, faster (see wordseg.py).
    from underthesea import sent_tokenize

    from .wordseg import segmenter

    return sent_tokenize, segmenter()


def _align(pieces: list[str], text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Map each piece to its span in ``text[start:end]``, ignoring whitespace differences."""
    spans: list[tuple[int, int]] = []
    p = start
    for piece in pieces:
        while p < end and text[p].isspace():
            p += 1
        # Fast path: the piece is written as is (the usual case); it then ends where the slow walk would.
        if piece and not piece[0].isspace() and not piece[-1].isspace() and text.startswith(piece, p, end):
            spans.append((p, p + len(piece)))
            p += len(piece)
            continue
        chars = [c for c in piece if not c.isspace()]
        if not chars:
            continue
        first = p
        for c in chars:
            while p < end and text[p].isspace() and not c.isspace():
                p += 1
            if p >= end or text[p] != c:
                return None
            p += 1
        spans.append((first, p))
    return spans


def _fallback(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + start, m.end() + start) for m in _FALLBACK_TOKEN.finditer(text[start:end])]


@lru_cache(maxsize=1)
def _forced_words() -> regex.Pattern | None:
    """The words of ``rules/segment_words.tsv`` as one pattern over whole syllables (None when the file has none)."""
    from . import data

    words = sorted(data.word_list("rules/segment_words.tsv", "word"), key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\d])(?:{alternatives})(?![\p{{L}}\p{{M}}\d])", regex.IGNORECASE)


def _force_words(text: str, spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """``spans`` with each forced word of ``text[start:end]`` made one token and the tokens it overlaps cut at
    its edges (a cut falls between syllables: a forced word starts and ends at whole syllables)."""
    pattern = _forced_words()
    if pattern is None:
        return spans
    for m in pattern.finditer(text, start, end):
        fs, fe = m.span()
        if (fs, fe) in spans:
            continue
        out = []
        for ts, te in spans:
            if te <= fs or ts >= fe:
                out.append((ts, te))
                continue
            if ts < fs:
                out.append((ts, fs - 1 if text[fs - 1] == " " else fs))
            if te > fe:
                out.append((fe + 1 if text[fe:fe + 1] == " " else fe, te))
        out.append((fs, fe))
        spans = sorted(s for s in out if s[1] > s[0])
    return spans


# a lower-case syllable then a capitalised one inside one word, whose name goes on into the next word: underthesea
# joined a common word to the first syllable of a name it then cut ('cam Khe' | 'Mây sấy' in 'cam Khe Mây sấy');
# a name that ends in the word is left whole ('châu Á', 'thời Minh')
_CASE_RISE = regex.compile(r"(?<=(?<!\S)[\p{Ll}\p{M}]+)\s+(?=\p{Lu})")


_BEFORE_CAPITAL = regex.compile(r"(?=(?<![\p{L}\p{M}])\p{Lu})")  # where a word opening with a capital starts


def _cut_case_rises(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a word cut where a lower-case syllable is followed by a capitalised one that begins a name
    running on into the next word."""
    # (this runs on every sentence: a few calls for it, none per word but per word that is cut)
    if len(spans) < 2:
        return spans
    start = spans[0][0]
    capitals = set(accumulate(map(len, _BEFORE_CAPITAL.split(text[start:spans[-1][1]])), initial=start))
    joined = {k for k, ((ts, te), (nxt, _)) in enumerate(zip(spans, spans[1:]))
              if nxt in capitals and nxt == te + 1 and " " in text[ts:te]}
    if not joined:
        return spans
    return [piece for k, span in enumerate(spans) for piece in (_cut_at_rises(text, *span) if k in joined else (span,))]


def _cut_at_rises(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of the word ``text[start:end]`` between its case rises (_CASE_RISE)."""
    bounds = [start, *(x for m in _CASE_RISE.finditer(text, start, end) for x in m.span()), end]
    return list(zip(bounds[::2], bounds[1::2]))


def _cut_at_pipes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a table's cell bar a word of its own: underthesea joins a bar to the word beside it ('cam |'
    in '| Hỗ trợ máy sấy cam | 180 |', '| 3.870'), which hides the good or the number in that cell."""
    out = []
    for ts, te in spans:
        if "|" not in text[ts:te] or te - ts == 1:
            out.append((ts, te))
            continue
        out += [(ts + m.start(), ts + m.end()) for m in _NOT_BAR.finditer(text[ts:te])]
    return out


def segment(text: str) -> Segmented:
    """Split ``text`` into sentences and words (underthesea, token normalisation off)."""
    sent_tokenize, word_tokenize = _tokenizers()
    tokens: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        ls, le = line.span()
        while ls < le and text[ls].isspace():
            ls += 1
        while le > ls and text[le - 1].isspace():
            le -= 1
        if ls == le:
            continue
        sent_spans = _align(sent_tokenize(text[ls:le]), text, ls, le) or [(ls, le)]
        # a sentence never starts with a lower-case letter: the splitter cut after an abbreviation's stop
        # ('1.250 tr.đ, đạt 71% kế hoạch', 'Co.op', a web address), so the piece goes on the sentence before it;
        # not a list item's letter ('b) Riêng đối với ...'), which stands after a space ('3.000 tr.đ) và ...' is the
        # currency's letter and the bracket it closes)
        sent_spans = [sp for i, sp in enumerate(sent_spans)
                      if i == 0 or not text[sp[0]].islower()
                      or _ITEM_LETTER.match(text, sp[0]) and text[sp[0] - 1].isspace()]
        # a list item's number the splitter cut off on its own ('1.' | 'Hỗ trợ 12 cơ sở ...') opens the item
        sent_spans = [sp for i, sp in enumerate(sent_spans)
                      if i == 0 or not _MARK_ONLY.fullmatch(text[sent_spans[i - 1][0]:sent_spans[i - 1][1]].strip())]
        # Whatever the sentence splitter skipped stays with the sentence before it.
        fixed = []
        for i, (s, _e) in enumerate(sent_spans):
            e = sent_spans[i + 1][0] if i + 1 < len(sent_spans) else le
            while e > s and text[e - 1].isspace():
                e -= 1
            fixed.append((ls if i == 0 else s, e))
        dateline = _DATELINE.match(text, ls, le) or (_PLACE_DATELINE.match(text, ls, le) if text[:ls].strip() else None)
        if dateline:
            # (its own sentence, whatever stops the splitter saw in it ('VOV.VN - '): what the first sentence says
            # opens after it, as a lead's year or source does)
            mark_end = dateline.start() + len(dateline.group().rstrip())
            k = next(i for i, (_s, e) in enumerate(fixed) if e > dateline.end())
            fixed[0:k + 1] = [(ls, mark_end), (dateline.end(), fixed[k][1])]
        for s, e in fixed:
            words = word_tokenize(text[s:e])
            spans = _align(words, text, s, e)
            if spans is None:
                spans = _fallback(text, s, e)
            spans = _force_words(text, _cut_case_rises(text, spans), s, e)
            if "|" in text[s:e]:
                spans = _cut_at_pipes(text, spans)
            if spans:
                sentences.append((s, e))
                tokens.extend(spans)
    return Segmented(tokens, sentences)


def to_doc(vocab: Vocab, text: str, seg: Segmented) -> Doc:
    """Build a spaCy ``Doc`` whose text is exactly ``text``, with sentence starts set.

    Text between tokens becomes the previous token's trailing space when it is one space (the usual
    case, handled inline), else a token of its own; the first token always starts a sentence.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    sent_starts = {s for s, _ in seg.sentences}
    pos = 0
    for s, e in seg.tokens:
        if s != pos:
            _gap(text[pos:s], words, spaces, starts)
        words.append(text[s:e])
        spaces.append(False)
        starts.append(s in sent_starts)
        pos = e
    if pos < len(text):
        _gap(text[pos:], words, spaces, starts)
    if not words:
        return Doc(vocab, words=[], spaces=[])
    starts[0] = True
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)


def _gap(g: str, words: list[str], spaces: list[bool], starts: list[bool]) -> None:
    """Attach the text ``g`` between two tokens: a leading space to the word before, the rest as a word."""
    if words and g[0] == " " and not spaces[-1]:
        spaces[-1] = True
        g = g[1:]
    if g:
        words.append(g)
        spaces.append(False)
        starts.append(False)


class UndertheseaTokenizer:
    """A spaCy tokenizer that segments with underthesea (registered as ``kcextract.underthesea``)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        seg = segment(text)
        doc = to_doc(self.vocab, text, seg)
        doc.user_data["kc_segmented"] = seg  # offsets for the matchers, without walking the tokens again
        doc.user_data["kc_text"] = text  # ``doc.text`` joins every token anew on each call
        return doc

    # spaCy serialises the tokenizer with the pipeline; ours has no state of its own.
    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> "UndertheseaTokenizer":
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        return None

    def from_disk(self, _path, **_kwargs) -> "UndertheseaTokenizer":
        return self
