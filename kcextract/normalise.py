"""Stage 1: normalise raw article text and build the same-length keys the matchers run on.

The normalised text (NFC, LF line ends, no BOM, no control characters) is what every offset points into.
Matchers never look at it directly: they look at a *key* of exactly the same length, where the old and
new tone-mark placements (``hoà``/``hòa``, ``Uỷ``/``Ủy``) are folded to one spelling, so one rule or
gazetteer entry finds both while offsets stay valid in the text the user sees.
"""
from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import regex

# Old-style placement puts the mark on the second vowel of an open 'oa', 'oe', 'uy' syllable
# (hoà, hoè, thuỷ); the new style puts it on the first (hòa, hòe, thủy). Both are NFC single code
# points, so swapping them keeps the length. We fold to the mark-on-first-vowel form.
_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _compose(base: str, mark: str) -> str:
    return unicodedata.normalize("NFC", base + mark)


def _build_swaps() -> dict[str, str]:
    swaps: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _MARKS:
            for up1, up2 in ((False, False), (True, False), (True, True), (False, True)):
                a = first.upper() if up1 else first
                b = second.upper() if up2 else second
                old = a + _compose(b, mark)
                new = _compose(a, mark) + b
                swaps[old] = new
    return swaps


_SWAPS = _build_swaps()
# Only at the end of a syllable (no letter after) and not after 'q' (quý is the same in both styles).
_SWAP_RE = regex.compile(
    r"(?<![qQ])(" + "|".join(sorted(map(regex.escape, _SWAPS), key=len, reverse=True)) + r")(?!\p{L})"
)
_CONTROL_RE = regex.compile(r"[\p{Cc}\p{Cf}&&[^\n\t]]", flags=regex.V1)


_SURROGATE_RE = regex.compile("[\ud800-\udfff]")
# an HTML character reference left in a scraped clipping ('2,5&nbsp;tỷ', '&#7921;'), with its semicolon only:
# a bare '&' followed by letters is the author's
_ENTITY_RE = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a line of a table pasted from a word processor or a spreadsheet: cells between tabs (tabs at the line's ends are
# indentation, not cells, but for the empty first cell of a total's row: _tab_tables keeps the rows of three cells)
_TAB_ROW_RE = regex.compile(r"^[ \t]*[^\t\n]*\S[^\t\n]*(?:\t[^\t\n]*)+$", regex.MULTILINE)


# a line of a table typed with pipes between its cells only ('STT | Tên đề án | Kinh phí (triệu đồng)'): three cells or
# more, no pipe at either end
_BARE_PIPE_ROW_RE = regex.compile(r"^[ \t]*[^|\n]*\S[^|\n]*(?:\|[^|\n]*){2,}(?<=[^|\s][ \t]*)$", regex.MULTILINE)


def _tab_tables(text: str, row_re: regex.Pattern = _TAB_ROW_RE, sep: str = "\t") -> str:
    """``text`` with each run of two or more tab-separated rows (on consecutive lines, or with blank lines between)
    written as the pipe rows the HTML reader writes
    ('STT\tNội dung\tKinh phí (triệu đồng)' -> '| STT | Nội dung | Kinh phí (triệu đồng) |'), so that a table
    pasted from a report reads as one fetched from a page (kcextract/match/tables.py). With ``_BARE_PIPE_ROW_RE``
    and '|', the same for rows typed with pipes between their cells only ('1 | Máy sấy hồng | 280')."""
    # (three cells or more; the first may be empty, the row opening on its separator: a total's '\tTổng cộng\t670')
    rows = [m for m in row_re.finditer(text) if m.group().strip(" \t").count(sep) >= 2
            or m.group().lstrip(" ").startswith(sep) and m.group().strip(" ").count(sep) >= 2]
    runs: list[list[regex.Match]] = []
    for m in rows:
        if runs and not text[runs[-1][-1].end():m.start()].strip():  # (a blank line after each row: one table still)
            runs[-1].append(m)
        else:
            runs.append([m])
    out, pos = [], 0
    for run in (r for r in runs if len(r) >= 2):
        # (a row that opens on a tab has an empty first cell, as a total's row under the numbers' column:
        # '\tCộng\t\t730'; a run whose every row opens so is only indented, but for a row that then falls short of
        # the header's cells, whose empty first cell is its own)
        rows_cells = [[c.strip(" \t") for c in m.group().strip(" ").rstrip(" \t").split(sep)] for m in run]
        indented = all(not cells[0] for cells in rows_cells)
        width = len(rows_cells[0]) - indented
        for m, cells in zip(run, rows_cells):
            cells = cells[1:] if indented and not cells[0] and len(cells) > width else cells
            out += [text[pos:m.start()], "| " + " | ".join(cells) + " |"]
            pos = m.end()
    return "".join(out) + text[pos:]


# a tab and the other widths of the space (no-break, en, em, thin, narrow no-break, ideographic) are a space
_SPACES_RE = regex.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# a space that groups a number's thousands is its thousands dot, one character for one: a no-break or thin one
# between groups of three ('2\u00a0634 triệu'), or a plain one inside a number with decimals ('2 634,6 triệu đồng');
# a plain space before three digits alone may part two numbers ('13 đề án 2 500 ...' is not read so)
# (each branch opens on the space after a digit, so that the look-behind runs only there; the substitution runs only
# on a text with a digit, a space and three digits in a row: 21 of 1,500 general-news articles)
_GROUP_SPACE_RE = regex.compile(r"(?<=\d)[\u00a0\u2009\u202f](?<=(?<![\d.,])\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})*.)"
                                r"(?=\d{3}(?!\d))"
                                r"|(?<=\d) (?<=(?<![\d.,])\d{1,3}(?: \d{3})* )(?=\d{3}(?: \d{3})*,\d)")
_GROUPED_DIGITS_RE = regex.compile(r"\d[ \u00a0\u2009\u202f]\d\d\d")
# a stray space beside a separator inside an amount, as text pasted from a PDF or typed in haste has it: '2. 634,6
# triệu' (a thousands' dot, its group and decimals after it) is '2.634,6 triệu', '1 ,2 tỷ' is '1,2 tỷ'; only before a
# scale word, and a dot only before a group of three digits with decimals: '2. 500 người' (an item, then a count) stays
_STRAY_SPACE_RE = regex.compile(r"(?<=(?<![\d.,])\d{1,3})(?: \. ?|\. )"
                                r"(?=\d{3},\d{1,3} ?(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\p{L}))"
                                r"|(?<=(?<![\d.,])\d{1,3}) ,(?=\d{1,3} ?(?:tỷ|tỉ|triệu)(?!\p{L}))", regex.IGNORECASE)
# full-width digits, letters and signs ('１２ đề án' typed with an East Asian keyboard) are the ASCII ones
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH_RE = regex.compile("[\uff01-\uff5e]")
# a run of spaces (a scraper's padding, a doubled space typed between words) is one space, and a line has
# none at its ends: multi-word cues and names ('khuyến công quốc gia') are matched with single spaces
# typographic quotes are the plain ones (one character for one: offsets keep their places), and an ellipsis
# character is three stops: lists end '...' or '…' alike; the Icelandic eth that old Vietnamese pages type for the
# capital 'Đ' ('Ðồng Nai', U+00D0 for U+0110; its small form too) is the Vietnamese letter
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u00d0": "\u0110", "\u00f0": "\u0111"})
_SPACE_RUN_RE = regex.compile(r" {2,}")
# HTML tags a scraper left in the text: a block's ('<p>', '</div>', '<br/>', '<li>') ends a line, an inline one
# ('<b>', '</span>', '<a href="...">') is nothing; a '<' before no tag name ('< 5%') stays
_BLOCK_TAG_RE = regex.compile(r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|section|article|blockquote"
                              r"|figure|figcaption)(?:\s[^<>]{0,300})?/?>", regex.IGNORECASE)
# (a line break inside a sentence, the next word in lower case, is a space: '... địa phương<br>với kinh phí ...')
_SOFT_BREAK_RE = regex.compile(r"<[bB][rR]\s*/?>(?=[ \t]*\p{Ll})")
_INLINE_TAG_RE = regex.compile(r"</?(?:a|b|i|u|s|em|strong|span|font|img|sup|sub|small|big|mark|label|time|abbr|cite"
                               r"|code|strike|ins|del|picture|source)(?:\s[^<>]{0,300})?/?>", regex.IGNORECASE)
# a scraper's Markdown emphasis around words ('**12 đề án**', '*Năm 2025*', '_2,5 tỷ đồng_') is no part of them:
# the words stay, the marks go (a line of asterisks, a separator, has no word inside and stays)
_EMPHASIS_RE = regex.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=[^\s*_])([^*_\n]{1,200}?)(?<=[^\s*_])\1(?![\w*])")
_LINE_EDGE_RE = regex.compile(r" *\n *")
# hard-wrapped text (a PDF's or an e-mail's clipping, lines cut at a fixed width inside paragraphs): a line that
# ends a sentence ('.', ':', ';' ...) or opens a list item is a line of its own
_LINE_CLOSED_RE = regex.compile(r"[.!?:;\"')\]]$")
_ITEM_OPENS_RE = regex.compile(r"(?:[-+•*–]|\d{1,2}[.)]|\p{Ll}\))\s|\|")  # (or a table's row)
_WRAP_WIDTHS = (40, 160)  # the widths a hard wrap is set at; an article's paragraphs as lines run longer


# a word no sentence ends with, closing a line: the sentence goes on into the next line; so does a unit's or a
# person's title, whose name follows it ('... của tỉnh' / 'Quảng Trị đã hoàn thành ...')
_OPEN_END_RE = regex.compile(r"(?<!\p{L})(?:cho|và|của|với|các|những|tại|ở|từ|trong|được|là|có|để|theo|về|như|gồm|"
                             r"hoặc|thuộc|vào|đến|tới|bằng|do|nhằm|cùng|sang|qua|tỉnh|huyện|xã|phường|quận|thị xã|"
                             r"thị trấn|thành phố|làng|thôn|bản|ông|bà)$")
_ABBREVIATION_OPENS_RE = regex.compile(r"\p{Lu}{2,}[\p{Lu}\d&]*(?!\p{Ll})")  # 'KCQG', 'UBND', 'HTX'
# a line that opens as a sentence does, a capitalised word and a lower-case one after it ('Tổng cộng có 8 đề án ...'),
# not as a name does ('Bàu Đá, kinh phí ...'): no list item's line goes on into it
_SENTENCE_OPENS_RE = regex.compile(r"\p{Lu}\p{Ll}*[^\S\n]+\p{Ll}")
_NAME_WORD_END_RE = regex.compile(r"(?<=\s)\p{Lu}\p{Ll}*$")  # a line ending on a capitalised word, a name's first


@lru_cache(maxsize=1)
def _whole_names() -> frozenset[str]:
    """The names of provinces and places in full (gazetteers/provinces.tsv, places.tsv)."""
    from . import data  # (data reads its files through this module's fold: imported when first needed)

    return frozenset(set(data.province_aliases()) | {p.name for units in data.places().values() for p in units})


@lru_cache(maxsize=1)
def _name_pairs() -> frozenset[str]:
    """Every two capitalised syllables that follow each other in a province's or a place's name ('Điện Biên',
    'Biên Phủ'): a hard wrap between them cut a name (gazetteers/provinces.tsv, places.tsv)."""
    pairs = set()
    for name in _whole_names():
        words = name.split()
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:]) if a[:1].isupper() and b[:1].isupper())
    return frozenset(pairs)


def _name_across(prev: str, line: str) -> bool:
    """The last word of ``prev`` and the first of ``line`` are two syllables of a known name; not when the words
    before the break already end a whole name ('... ở Quảng Ninh' / 'Sở Công Thương ...': 'Ninh Sở' is a commune's
    name too)."""
    words = prev.split()
    if any(" ".join(words[-k:]) in _whole_names() for k in (2, 3) if len(words) >= k):
        return False
    last, first = prev.rsplit(" ", 1)[-1], line.split(" ", 1)[0].rstrip(",.;:")
    # (in capitals too, as a title sets it: 'CỦA TỈNH HÀ' / 'TĨNH')
    return f"{last} {first}" in _name_pairs() or \
        last.isupper() and first.isupper() and f"{last.capitalize()} {first.capitalize()}" in _name_pairs()


@lru_cache(maxsize=1)
def _organisation_heads() -> tuple[tuple[str, ...], ...]:
    """The head words that open an organisation's name ('sở', 'trung tâm', 'bộ', 'hợp tác xã'), each as its
    syllables: the fixed words each pattern of rules/organizations.jsonl opens with."""
    from . import data  # (as in _whole_names)

    heads = set()
    for row in data.read_jsonl("rules/organizations.jsonl"):
        words = []
        for token in row["pattern"]:
            if not isinstance(token.get("LOWER"), str) or "OP" in token:
                break
            words += token["LOWER"].split()
        if words:
            heads.add(tuple(words))
    return tuple(sorted(heads, key=len, reverse=True))


def _organisation_across(prev: str, line: str) -> bool:
    """``prev`` ends inside an organisation's name, its capitalised head and the capitalised words of the name after
    it ('... Trung tâm' / 'Khuyến công tổ chức ...', '... Bộ Công' / 'Thương phê duyệt ...'), and ``line`` goes on
    with a capital: a wrap cut the name."""
    if not line[:1].isupper():
        return False
    words = prev.split()
    for named in range(0, min(4, len(words))):  # (the name's capitalised words already on the line, none to three)
        if named and not words[len(words) - named][:1].isupper():
            break
        rest = words[:len(words) - named]
        for head in _organisation_heads():
            if len(rest) >= len(head) and rest[len(rest) - len(head)][:1].isupper() and \
                    tuple(w.lower() for w in rest[len(rest) - len(head):]) == head:
                return True
    return False


def _line_closed(line: str) -> bool:
    """The line ends a sentence or opens a list (_LINE_CLOSED_RE), outside a bracket: a bracket it leaves open goes
    on into the next line, a colon inside it notwithstanding ('Kinh phí: 1,2 tỷ đồng (KCQG:' / '700 triệu đồng; ...)')."""
    return bool(_LINE_CLOSED_RE.search(line)) and line.count("(") <= line.count(")")


# a line that ends on a capitalised word and a next line that opens with one: where a wrap may have cut a name
_CUT_NAME_RE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*)[^\S\n]*\n[^\S\n]*(\p{Lu}[\p{L}\p{M}]*)")


def _join_cut_names(text: str) -> str:
    """A line break inside a province's or a place's name ('... của tỉnh Bắc' / 'Giang (cũ).', a title's 'CỦA TỈNH
    HÀ' / 'TĨNH') is a wrap's, however few lines the text has: the name's two halves are one line again. (Such a
    line ends on a letter, so it ends no sentence, and a capital opens no list item.)"""
    def joined(m: regex.Match) -> str:
        line = text[text.rfind("\n", 0, m.start(1)) + 1:m.end(1)]  # (the line the break ends, for the words before)
        return f"{m[1]} {m[2]}" if _name_across(line, m[2]) else m[0]
    return _CUT_NAME_RE.sub(joined, text)


def _unwrap(text: str) -> str:
    """Join the lines of a hard-wrapped text back into their paragraphs (_unwrap_lines), and a break left inside a
    name (_join_cut_names)."""
    return _join_cut_names(_unwrap_lines(text))


def _unwrap_lines(text: str) -> str:
    """Join the lines of a hard-wrapped text back into their paragraphs (one space for each break, so that a
    sentence cut over two lines is one sentence again). A text is taken as wrapped when its longest line is of a
    wrapping width and at least three of its breaks fall where the next line's first word would not have fitted,
    after no sentence's end; then each such break is a space (with fewer, only such a break before a line that does
    not open with a capital, in a text two of whose lines fill the width). A break after a sentence's end before a
    capital stays (it may end a paragraph) unless blank lines set the paragraphs apart, and a break before a list item or between
    the title and a capitalised line always stays."""
    lines = text.split("\n")
    if len(lines) < 4:
        return text
    width = max(len(line) for line in lines)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return text

    def cut(prev: str, line: str) -> bool:  # the next line's first word would not have fitted after it
        return bool(prev and line) and len(prev) + 1 + len(line.split(" ", 1)[0]) > width and \
            not _ITEM_OPENS_RE.match(line) and not prev.endswith("|")

    wrapped = sum(cut(a, b) and not _line_closed(a) for a, b in zip(lines, lines[1:]))
    # (a short text wrapped only a few times is read so only when it shows its width: two lines at least filled to
    # it, not one longest line of a short article, a lead without its full stop)
    few = wrapped < 3
    if few and sum(len(line) >= width - 12 for line in lines) < 2:
        # (only a line opening in lower case, no list item, still goes on the one before it that ends no sentence:
        # a sentence never opens so, 'trên tổng số 1,65' / 'tỷ đồng kinh phí khuyến công địa phương ...')
        return _joined(lines, lambda n, prev, line: n > 0 and bool(prev) and line[:1].islower()
                       and not _line_closed(prev) and not _ITEM_OPENS_RE.match(line))
    # (paragraphs set apart by blank lines: every other break inside one is the wrap's, a sentence's end too)
    blocks = lines.count("") >= 2
    # (with only a few wraps, only inside a paragraph that shows one, a cut line that ends no sentence: not the lines
    # of a list whose items each end their own, 'Hỗ trợ máy móc thiết bị: 12 đề án, 2,4 tỷ đồng.' / 'Đào tạo nghề: ...')
    paragraph = [0]
    shows_wrap: set[int] = set()
    if few and blocks:
        for a in lines[1:]:
            paragraph.append(paragraph[-1] + (not a))
        # (nor in a paragraph of list items, whose item's line without a stop may end before a sum: '+ Hỗ trợ ...,
        # kinh phí 350 triệu đồng' / 'Tổng cộng có 8 đề án ...')
        listed = {paragraph[n] for n, a in enumerate(lines) if _ITEM_OPENS_RE.match(a) or a.startswith("|")}
        shows_wrap = {paragraph[n] for n, (a, b) in enumerate(zip(lines, lines[1:]))
                      if cut(a, b) and not _line_closed(a)} - listed

    def joins(n: int, prev: str, line: str) -> bool:
        if few:
            # a cut line that ends no sentence, after the title, goes on into the next line ('thực hiện 6 đề án
            # khuyến' / 'công địa phương, ...'); not into one that opens with a capital: it may open a paragraph
            # after a lead or a caption that lacks its full stop
            # (but an abbreviation opening the line goes on the sentence, 'Kinh phí' / 'KCQG hỗ trợ ...', and so does
            # the rest of a place's name: 'tỉnh Điện' / 'Biên đã ...')
            # (a line opening in lower case goes on the one before whatever that ends with: a sentence opens with a
            # capital, a list item with its mark, so 'với kinh phí dự kiến 2.100 triệu đồng;' / 'thực hiện 18 đề án
            # ...' is one sentence cut after its ';')
            # (and a list item's line goes on into a line with no mark of its own, whatever that opens with: '+ Xây dựng
            # ... và rượu' / 'Bàu Đá, kinh phí 1.100 triệu đồng;')
            # (nor does a line that ends on a word no sentence ends with, a preposition or a conjunction: 'đã bàn giao
            # máy ... cho' / 'Hợp tác xã chè Thái Hòa ...')
            # (in paragraphs set apart by blank lines, every cut break inside one is the wrap's, after a sentence's end
            # too: 'nổi tiếng với nghề làm hương.' / 'Năm 2025, ...' in one paragraph)
            in_wrapped = bool(shows_wrap) and paragraph[n] in shows_wrap
            return n > 0 and cut(prev, line) and (in_wrapped or not _line_closed(prev) and (
                not line[:1].isupper() or bool(_ABBREVIATION_OPENS_RE.match(line)) or _name_across(prev, line)
                or _organisation_across(prev, line)
                or bool(_OPEN_END_RE.search(prev))
                # (a line cut after a comma goes on, a name opening the next: '... Nam Định cũ 3,4 tỷ đồng,' / 'Hà Nam
                # cũ 2,2 tỷ đồng.'; so does a name cut after its first capitalised word: 'bánh tét Trà' / 'Cuôn, ...')
                or prev.endswith(",") or _NAME_WORD_END_RE.search(prev) is not None
                or bool(_ITEM_OPENS_RE.match(prev)) and not _ITEM_OPENS_RE.match(line)
                and not _SENTENCE_OPENS_RE.match(line))
                or line[:1].islower() and not _ITEM_OPENS_RE.match(line)
                # (and a label's value after its colon: 'năm 2023:' / '1,2 tỷ đồng; năm 2024: ...')
                or prev.endswith(":") and line[:1].isdigit() and not _ITEM_OPENS_RE.match(line))
        opens_lower = line[:1].islower() or line[:1].isdigit()
        return (cut(prev, line) or blocks and n > 0 and bool(prev and line) and not _ITEM_OPENS_RE.match(line)
                and not prev.endswith("|")) and \
            (opens_lower or n > 0 and (blocks or not _line_closed(prev)))

    return _joined(lines, joins)


def _joined(lines: list[str], joins: Callable[[int, str, str], bool]) -> str:
    """The lines, each that ``joins`` (its index in the pairs, the line before, the line) says goes on the line before
    it joined to that one by a space."""
    out = [lines[0]]
    for n, (prev, line) in enumerate(zip(lines, lines[1:])):
        if joins(n, prev, line):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def normalise(raw: str) -> str:
    """Return the canonical text of an article: NFC, ``\\n`` line ends, no BOM or control characters.

    HTML tags left by a scraper go (a block's tag ends a line), HTML character references are the characters they
    stand for, full-width digits and letters the ASCII ones. Tabs, non-breaking and other spaces become plain
    spaces, a run of them one space, and lines lose the spaces at their ends (a table of tab-separated rows is
    first written in pipe rows, ``_tab_tables``); typographic quotes are plain ones, the eth typed for 'Đ' is 'Đ'
    and '…' is '...', Markdown emphasis marks around words are dropped ('**12 đề án**' is '12 đề án'), and a scale
    word typed onto its currency after a number is two words ('5,2 tỷđồng' is '5,2 tỷ đồng'); a space that groups a
    number's thousands is a dot ('2 634,6 triệu' is '2.634,6 triệu'), a stray space beside a separator inside an amount
    goes ('2. 634,6 triệu', '1 ,2 tỷ'); the lines of a hard-wrapped text (a PDF's or an
    e-mail's clipping) are joined back into their paragraphs (``_unwrap``). The visible words are
    never rewritten, so the old and new tone-mark spellings stay as the author wrote them.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text and ">" in text:
        tagged = _INLINE_TAG_RE.sub("", _BLOCK_TAG_RE.sub("\n", _SOFT_BREAK_RE.sub(" ", text)))
        text = tagged.lstrip("\n") if tagged != text else text  # (a page opening with a tag opens with its words)
    if "&" in text:
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group()), text)
    if _FULLWIDTH_RE.search(text):
        text = text.translate(_FULLWIDTH)
    text = unicodedata.normalize("NFC", text)
    if _GROUPED_DIGITS_RE.search(text):
        text = _GROUP_SPACE_RE.sub(".", text)
    if "\t" in text:
        text = _tab_tables(text)
    if " | " in text:
        text = _tab_tables(text, _BARE_PIPE_ROW_RE, "|")
    text = _SPACES_RE.sub(" ", text).replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL_RE.sub("", text).translate(_QUOTES).replace("\u2026", "...")
    if "*" in text or "_" in text:
        text = _EMPHASIS_RE.sub(r"\2", text)
    if "  " in text:
        text = _SPACE_RUN_RE.sub(" ", text)
    text = _STRAY_SPACE_RE.sub(lambda m: m.group().strip(), text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE_RE.sub("\n", text)
    text = _unwrap(text)
    glued = _glued_scale()
    if glued.search(text):
        text = glued.sub(r"\1 ", text)
    # a lone surrogate (from a JSON '\ud800' escape) is no character: the replacement character stands in
    return _SURROGATE_RE.sub("\ufffd", text)


@lru_cache(maxsize=1)
def _glued_scale() -> regex.Pattern:
    """A scale word typed onto its currency after a number ('5,2 tỷđồng', '520 triệuVNĐ', 'hai tỷđ'): the scale words of
    rules/numbers.tsv and the đồng's written names of rules/currencies.tsv, to be split by one space."""
    from kcextract import data  # (both import this module)
    from kcextract.numbers import _alt, dong_words

    kinds = data.table("rules/numbers.tsv", "word", "kind")
    scales = [w for w, kind in kinds.items() if kind == "scale"]
    # (after a number in words too, 'hai tỷđồng'; 'nửa', half, as in 'gần nửa tỷđ')
    words = [w for w, kind in kinds.items() if kind in ("digit", "digit_after_tens", "ten", "tens", "hundred")] + ["nửa"]
    dong = [c for c in dong_words() if " " not in c]  # (the bare 'đ' too: '2,3 tỷđ', '500 triệuđ')
    return regex.compile(rf"(?<=\d ?|(?<!\p{{L}})(?:{_alt(words)}) )({_alt(scales)})(?=(?:{_alt(dong)})(?!\p{{L}}))",
                         regex.IGNORECASE)


def fold_tones(text: str) -> str:
    """Fold old-style tone placement to one spelling; same length as ``text``."""
    return _SWAP_RE.sub(lambda m: _SWAPS[m.group(1)], text)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold(text: str) -> str:
    """The lower-case match key of ``text``: tone placement folded, lower-cased, same length."""
    # Words and phrases repeat and are cached; sentences and whole articles do not, and caching them
    # would hold thousands of texts in memory for nothing.
    return _fold_short(text) if len(text) <= 64 else _lower_same_length(fold_tones(text))


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _lower_same_length(fold_tones(text))


def keys(text: str) -> tuple[str, str]:
    """Return (case-kept key, lower-case key) of a whole text, both the same length as ``text``."""
    cased = fold_tones(text)
    return cased, _lower_same_length(cased)


def strip_accents(text: str) -> str:
    """``Hà Giang`` -> ``ha giang``: lower case, no diacritics, ``đ`` -> ``d``, single spaces (for look-ups that
    ignore how a name was typed: provinces in the CLI, newspapers' names and web addresses)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(regex.sub(r"[^\w\s]", " ", bare).split())
