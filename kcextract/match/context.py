"""Per-document state shared by the matcher components, stored on ``doc._.kc``."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from spacy.tokens import Doc

from .. import data
from ..facts import Fact
from ..normalise import fold_tones, keys
from ..postag import tag_words
from ..segment import is_dateline

_SENTENCE_END = ".!?…"
_CLOSERS = "\"')”’»"  # what may close a quote or a bracket after a sentence's stop
_NEXT_LINE = regex.compile(r"\s*([^\n]*)")  # the next line that is not blank
_LETTERS = regex.compile(r"\p{L}+")
# a name of two to four capitalised words as written in running text ('Trà Cuôn', 'Ông Tiến')
_NAME_WRITTEN = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}(?!\p{L})")
# a short line of six words at most that ends no sentence: a heading or a byline ('Minh Anh (Báo Công Thương)')
_SHORT_UNENDED = regex.compile(r"\s*\S+(?:\s+\S+){0,5}(?<![.!?…])\s*")
# a line set in capitals throughout (a title or a heading some pages print so): three words or more, no lower-case letter
_CAPITALS_LINE = regex.compile(r"(?m)^(?=(?:[^\p{L}\n]*+\p{Lu}++(?!\p{L})){3})[^\p{Ll}\n]*$")
# a line long enough to be a whole sentence, twelve words or more, that opens no list item
_WHOLE_SENTENCE = regex.compile(r"(?![-+•*–]|\d{1,2}[.)]\s)\s*\S+(?:\s+\S+){11,}\s*")
# a line that opens with a speaker's label in an interview ('PV: ...', 'Hỏi: ...', 'Ông Trần Văn C: ...'): a new turn
_SPEAKER_LINE = regex.compile(r"\s*(?:PV|P\.V|Phóng viên|Hỏi|Đáp|Trả lời|(?:Ông|Bà|Anh|Chị)(?:\s+\p{Lu}\p{Ll}*){1,4})\s*:\s")
# a line that opens a list item or a numbered heading ('- Hỗ trợ ...', '+ ...', '2. Khuyến công địa phương')
_LIST_ITEM = regex.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s)")

if not Doc.has_extension("kc"):
    Doc.set_extension("kc", default=None)


@dataclass
class Context:
    """The text, its match keys, token and sentence offsets, chrome, and the facts found so far."""

    text: str
    cased: str
    lower: str
    token_starts: set[int]
    token_ends: set[int]
    token_end_at: dict[int, int]
    sentence_starts: list[int]
    sentence_ends: list[int]
    chrome: list[tuple[int, int]] = field(default_factory=list)
    captions: list[tuple[int, int]] = field(default_factory=list)
    bare_places: set[int] = field(default_factory=set)  # starts of places named without their level word
    # starts of 2025 units an article of the reform's time names, their pre-2025 province inferred, not said
    later_places: set[int] = field(default_factory=set)
    # (start, pre-2025 province) of district-level names said bare whose province the article never names ('Ở Bắc
    # Hà, nghề nấu rượu ngô ...'): no place facts, only the subject's evidence when no province is named at all
    unnamed_places: list[tuple[int, str]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)
    title: tuple[int, int] | None = None
    _starts: list[int] | None = None
    _tags: dict[int, str] = field(default_factory=dict)
    _lined: bool | None = None
    _blank_parted: bool | None = None
    _stopless: bool | None = None
    _shape: str | None = None
    _cased_shape: str | None = None

    @classmethod
    def of(cls, doc: Doc) -> "Context":
        if doc._.kc is None:
            text = doc.user_data.get("kc_text")
            if text is None:
                text = doc.text
            cased, lower = keys(text)
            seg = doc.user_data.get("kc_segmented")
            if seg is None:
                spans = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
                sents = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
            else:
                spans, sents = seg.tokens, seg.sentences
            end_at = dict(spans)
            doc._.kc = cls(text, cased, lower, set(end_at), set(end_at.values()), end_at,
                           [s for s, _ in sents], [e for _, e in sents])
        return doc._.kc

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def sentence_span(self, index: int) -> tuple[int, int]:
        return self.sentence_starts[index], self.sentence_ends[index]

    def prev_sentence(self, index: int) -> int:
        """The sentence before ``index`` as the article reads on: a photo's caption or page chrome between them is
        passed over (-1 before the first)."""
        j = index - 1
        while j > 0 and self.aside(self.sentence_starts[j]):
            j -= 1
        return j

    def lined(self) -> bool:
        """The body is written one sentence a line (at least four lines, at most 1.25 sentences a line on average):
        its line breaks part sentences, not paragraphs, so they say nothing of where a statement's context ends."""
        if self._lined is None:
            # (a dateline split off its sentence, '(ĐN)-', is no sentence of the line)
            # (nor a short line that ends no sentence, a heading or a byline, 'Minh Anh (Báo Công Thương)')
            body = [s for s, e in zip(self.sentence_starts, self.sentence_ends)
                    if not self.in_title(s) and not self.aside(s) and not is_dateline(self.text[s:e])
                    and not _SHORT_UNENDED.fullmatch(self.text, s, e)]
            lines = {self.text.rfind("\n", 0, s) for s in body}
            # (or a shorter body of two lines or more, each exactly one sentence, with no blank line between them: a
            # brief whose lines are its sentences, read as one paragraph; a blank line marks paragraphs as such)
            self._lined = len(lines) >= 4 and len(body) <= 1.25 * len(lines) or \
                len(lines) >= 2 and len(body) == len(lines) and \
                "\n\n" not in self.text[min(body):].rstrip()
        return self._lined

    def stopless(self) -> bool:
        """The body leaves off its sentences' final stops: most of its lines long enough to be a whole sentence end
        with none. Its lines then end sentences as stops would; in a body that ends them, a long line with none is a
        caption or a heading."""
        if self._stopless is None:
            start = self.title[1] if self.title else 0
            long = [line.rstrip() for line in self.text[start:].split("\n") if _WHOLE_SENTENCE.fullmatch(line)]
            self._stopless = len(long) >= 2 and 2 * sum(line[-1] not in _SENTENCE_END for line in long) > len(long)
        return self._stopless

    def blank_parted(self) -> bool:
        """The body parts its paragraphs by blank lines: one at least after the title's."""
        if self._blank_parted is None:
            start = self.title[1] if self.title else 0
            self._blank_parted = regex.search(r"\S[ \t]*\n[ \t]*\n\s*\S", self.text[start:].strip()) is not None
        return self._blank_parted

    def paragraph_break(self, lo: int, hi: int) -> bool:
        """A paragraph ends between ``lo`` and ``hi``: a line break, unless the text is :meth:`lined` and the break
        only parts two sentences (the line before ends a sentence, the line after is no list item or heading, and
        neither is the title)."""
        at = self.text.find("\n", lo, hi)
        if at < 0:
            return False
        # (a body that parts its paragraphs by blank lines breaks a line inside one now and then: such a single break
        # parts sentences as a lined body's do, a blank line still parts paragraphs)
        lined = self.lined()
        soft = not lined and self.blank_parted()
        if not (lined or soft):
            return True
        while at >= 0:
            if soft and "\n" in self.text[at + 1:_NEXT_LINE.match(self.text, at + 1).start(1)]:
                return True  # a blank line
            last = at  # (read off the text around the break, not copies of all before and after it)
            while last > 0 and self.text[last - 1].isspace():
                last -= 1
            line = _NEXT_LINE.match(self.text, at).group(1).rstrip()
            before = self.text[self.text.rfind("\n", 0, last) + 1:last]
            # (in a body that leaves off its stops, a line of a whole sentence ends it: 'Năm 2025, ... tổng kinh phí
            # 1,64 tỷ đồng' then the next line)
            whole = self.stopless()
            # (a quote's or a bracket's close after the stop ends the sentence too: '... 3,6 tỷ đồng."')
            ends = before.rstrip(_CLOSERS)[-1:]
            if not last or not (ends and ends in _SENTENCE_END or whole and _WHOLE_SENTENCE.fullmatch(before)) or \
                    self.in_title(last - 1) or _LIST_ITEM.match(line) or \
                    line and line.rstrip(_CLOSERS)[-1:] not in tuple(_SENTENCE_END + ";:") and \
                    not (whole and _WHOLE_SENTENCE.fullmatch(line)) or \
                    _SPEAKER_LINE.match(line) or \
                    line and _LIST_ITEM.match(self.text, self.text.rfind("\n", 0, last) + 1, last):
                # (also the end of a list: a plain line after an item, 'b) Khuyến công địa phương: ...' then 'Đến
                # ngày 30/11/2024, đã giải ngân 2,9 tỷ đồng', is no more of that item)
                return True
            at = self.text.find("\n", at + 1, hi)
        return False

    def paragraph_start(self, pos: int, reach: int = 3) -> int:
        """Where the paragraph around ``pos`` starts, as far as a statement's context reaches: its line's start, but
        no more than ``reach`` sentences back (a body set as one long paragraph); in a :meth:`lined` text, up to
        ``reach`` sentences back while only a sentence break parts them (a paragraph of a few sentences); so in a
        :meth:`blank_parted` one, across the single line breaks inside a paragraph."""
        start = self.text.rfind("\n", 0, pos) + 1
        sent = self.sentence_of(pos)
        if not self.lined() and not self.blank_parted():
            return max(start, self.sentence_starts[max(0, sent - reach)])
        for _ in range(reach):
            prev = sent - 1
            if prev < 0 or self.paragraph_break(self.sentence_ends[prev], self.sentence_starts[sent]):
                break
            start, sent = min(start, self.sentence_starts[prev]), prev
        return start

    def _sorted_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = sorted(self.token_starts)
        return self._starts

    def token_containing(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the word that holds ``pos``, or None between words."""
        starts = self._sorted_starts()
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        start = starts[i]
        end = self.token_end_at[start]
        return (start, end) if pos < end else None

    def tag_at(self, start: int, reach: int = 2) -> str | None:
        """The part-of-speech tag of the word starting at ``start``, tagged with ``reach`` words either side
        within its sentence: the tagger's features look two words around, and a short window costs a
        fraction of the whole sentence (two words either side tag the 239 near-topic bulk articles' product
        questions as three did, but for one name's length)."""
        if start not in self.token_starts:
            return None
        if start not in self._tags:
            starts = self._sorted_starts()
            s, e = self.sentence_span(self.sentence_of(start))
            i = bisect.bisect_left(starts, start)
            lo = max(bisect.bisect_left(starts, s), i - reach)
            hi = min(bisect.bisect_left(starts, e), i + reach + 1)
            words = starts[lo:hi]
            tags = tag_words([self.text[w:self.token_end_at[w]] for w in words])
            self._tags[start] = tags[i - lo]
        return self._tags[start]

    def noun_at(self, start: int) -> bool:
        """The word starting at ``start`` is a noun: the tagger says so in its sentence, or, for a word of several
        syllables the segmenter joined that the tagger's model does not know ('ghế mây', 'hương bài', 'thuyền
        composite', read in a sentence as verbs or numerals), its first syllable tagged with the rest of the word
        is a noun ('ghế' 'mây': N N), as a verb's is not ('nâng' 'cao': V A)."""
        tag = self.tag_at(start)
        if tag in ("N", "Nc"):
            return True
        if start not in self.token_starts or tag not in ("V", "M"):
            return False
        syllables = self.text[start:self.token_end_at[start]].split(" ")
        return len(syllables) > 1 and tag_words(syllables)[0] in ("N", "Nc")

    def on_token_edges(self, start: int, end: int) -> bool:
        return start in self.token_starts and end in self.token_ends

    def in_chrome(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.chrome)

    @property
    def shape(self) -> str:
        """The text as its letter case tells names from words, for the rules that read capitals: ``text`` with every
        line set in capitals throughout written in lower case ('HỖ TRỢ CƠ SỞ SẢN XUẤT MẬT ONG' says no name, where
        'Cơ sở sản xuất Mật ong Hùng Cường' does), but for the names of places and provinces in it, capitalised
        ('CHỦ TỊCH NAM TRÀ MY' → 'chủ tịch Nam Trà My': 'Trà' stays part of a name). The same length as ``text``;
        the same text where no such line is."""
        if self._shape is None:
            if _CAPITALS_LINE.search(self.text):
                # (and the names the article writes capitalised elsewhere: 'BÁNH TÉT TRÀ CUÔN' over a body's 'bánh
                # tét Trà Cuôn', a village no list holds)
                names = place_names() | {fold_tones(m.group()) for m in _NAME_WRITTEN.finditer(self.text)}
                self._shape = _CAPITALS_LINE.sub(lambda line: _as_written(line, names), self.text)
            else:
                self._shape = self.text
        return self._shape

    @property
    def cased_shape(self) -> str:
        """``cased`` (the tone-folded text, its capitals kept) as ``shape`` reads a line set in capitals: what the rules
        that read names by their capitals match ('XÃ ĐỒNG VĂN ĐƯA ...' → 'xã Đồng Văn đưa ...'); ``cased`` itself where
        no line is set in capitals."""
        if self._cased_shape is None:
            shape = self.shape
            self._cased_shape = self.cased if shape == self.text else fold_tones(shape)
        return self._cased_shape

    def in_title(self, pos: int) -> bool:
        return self.title is not None and self.title[0] <= pos < self.title[1]

    def aside(self, pos: int) -> bool:
        """In page chrome or in a photo caption: text that neither locates the article nor states its figures."""
        return self.in_chrome(pos) or any(s <= pos < e for s, e in self.captions)

    def overlaps_taken(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.taken)

    def add(self, fact: Fact, take: bool = True) -> None:
        """Record a fact (facts in page chrome are dropped) and reserve its span."""
        if self.in_chrome(fact.start):
            return
        self.facts.append(fact)
        if take:
            self.taken.append((fact.start, fact.end))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The names of places below the province and of provinces, tone-folded as written ('Nam Trà My', 'Hà Giang')."""
    return frozenset(data.places()) | {fold_tones(p) for p in data.provinces()}


def _as_written(line: regex.Match, names: frozenset[str] | set[str]) -> str:
    """A line set in capitals, in lower case but for the names of places and provinces in it (two to four words:
    one-word names are too often words), capitalised word by word; the line as it is where lower case would change
    its length."""
    caps = line.group()
    out = caps.lower()
    if len(out) != len(caps):
        return caps
    words = [(w.start(), w.end()) for w in _LETTERS.finditer(caps)]
    i = 0
    while i < len(words):
        for n in (4, 3, 2):
            run = words[i:i + n]
            if len(run) < n or any(caps[a[1]:b[0]] != " " for a, b in zip(run, run[1:])):
                continue
            titled = caps[run[0][0]:run[-1][1]].title()
            if len(titled) == run[-1][1] - run[0][0] and fold_tones(titled) in names:
                out = out[:run[0][0]] + titled + out[run[-1][1]:]
                i += n
                break
        else:
            i += 1
    return out
