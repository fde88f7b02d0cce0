"""Tables of figures: the unit a column's header gives to the bare numbers under it.

Provincial portals publish their khuyến công results as tables; the HTML reader (trafilatura) writes them as
pipe rows ('| 1 | Hỗ trợ máy sấy măng | HTX Tân Lạc | 250 |'), the header first ('| STT | Tên đề án | ... |
Kinh phí (triệu đồng) |'). A bare number in a money column is that many of the header's unit (250 triệu đồng);
the same number anywhere else in the row stays what it is (a row's number, a count of something). Each row with
an amount in the money column is a funding record, and the total row ('Tổng cộng') the whole the rows are parts
of (kcextract/relate.py, _table_records). A table may give a money column per programme ('KCQG (triệu đồng)',
'KCĐP (triệu đồng)'): each row then gives a record per level, and its project count one of both together.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..numbers import _alt, dong_words, scale_value

# a money unit in brackets, on a table's header cell or a budget's label: '(triệu đồng)', '(tr.đ)', '(ĐVT: triệu
# đồng)', '(đồng)'; a scale word alone ('(triệu)'), and thousands of đồng written as a number ('(1.000 đồng)',
# '(1000đ)': a cell's 250 is 250.000 đồng; '(1.000.000 đồng)' a million)
_DONG = _alt(dong_words())  # the đồng's names: rules/currencies.tsv
THOUSANDS = r"(?P<num>1[.,]?000(?:[.,]?000)?)"  # a unit of thousands of đồng written as a number: '1.000', '1000'
_MONEY_UNIT = (r"(?:(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)\s*(?:" + _DONG + r")?|(?P<tr>tr)\.?\s*(?:" + _DONG + r")|"
               + THOUSANDS + r"\s*(?:" + _DONG + r")|(?:" + _DONG + r"))")
BRACKETED_UNIT = r"\(\s*(?:đvt\s*:\s*)?" + _MONEY_UNIT + r"\s*\)"
_HEADER_UNIT = regex.compile(BRACKETED_UNIT)
# (or written after a comma or a slash that closes the cell: 'Kinh phí, triệu đồng', 'Kinh phí / tr.đ')
_TRAILING_UNIT = regex.compile(r"[,/:]\s*" + _MONEY_UNIT + r"\s*$")
_ROW = regex.compile(r"^[ \t]*\|.*\|[ \t]*$", regex.MULTILINE)
# a row of a table as trafilatura writes it: opened and closed by a bar, two cells at least
TABLE_ROW = regex.compile(r"\|[^|\n]*\|[^|\n]*\|(?:[^|\n]*\|)*")
_RULE = regex.compile(r"^[\s|:\-]+$")  # the markdown line under a header: '|---|---|'
_NUMBER_CELL = regex.compile(r"\s*(\d[\d.,]*)\s*")
# a line above a table that gives all its money one unit ('Đơn vị tính: triệu đồng', 'ĐVT: tr.đ', '(Đơn vị: triệu
# đồng)'), and the header cells of the money columns it then applies to: a programme's, a budget's, a plan's or a
# result's name, not a count's ('Số đề án') or a row's label
# (or in brackets closing the table's caption: 'Bảng kinh phí khuyến công tỉnh Yên Bái (Đơn vị: triệu đồng)')
# (and after an outlet's dateline opening the body: '(Báo Thanh Hóa) - Đơn vị tính: triệu đồng'; a stop may end it)
_UNIT_LINE = regex.compile(r"(?:^|\n)(?:[ \t]*|[^\n|]*\(|[ \t]*(?:\([^()\n]{2,40}\)|[^\n|()]{2,40}?)\s*[-–—]\s*)"
                           r"\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*"
                           r"(?P<unit>(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*|"
                           rf"tr\.?\s*|{THOUSANDS}\s*)?(?:{_DONG}))\s*\)?\.?[ \t]*(?=\n|$)")
_UNIT_COLUMN = regex.compile(r"(?<!\p{L})(?:kinh phí|khuyến công|kcqg|kcđp|ngân sách|vốn|số tiền|giá trị|kế hoạch|"
                             r"thực hiện|giải ngân|tổng cộng)(?!\p{L})")
_COUNT_COLUMN = regex.compile(r"(?<!\p{L})(?:số|stt|năm)(?!\p{L})")
_ABOVE = 200  # how far above a table's header its unit line may stand (a caption or a blank line between)


def _cells(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell's text in the row ``key[start:end]``, between its pipes."""
    bars = [m.start() for m in regex.finditer(r"\|", key[start:end])]
    return [(start + a + 1, start + b) for a, b in zip(bars, bars[1:])]


def unit_of(m: regex.Match) -> int:
    """The multiplier of the unit a match of BRACKETED_UNIT (or of a pattern with its 'scale', 'tr' and 'num' groups)
    found (1 for plain 'đồng')."""
    found = m.groupdict()
    if found.get("tr"):
        return 1_000_000
    if found.get("num"):
        return 1000 ** found["num"].count("000")
    return scale_value(found["scale"]) if found.get("scale") else 1


def money_unit(header: str) -> int | None:
    """The multiplier a table's header cell gives the bare numbers under it ('Kinh phí (triệu đồng)' -> a million),
    or None when it names no money unit."""
    m = _HEADER_UNIT.search(header) or _TRAILING_UNIT.search(header)
    return unit_of(m) if m else None


@dataclass
class Table:
    """A pipe table of ``key``: where it starts, its header cells' text, and per row under the header (rule lines
    left out) the row's span and its cells' spans."""
    start: int
    header: list[str]
    rows: list[tuple[int, int, list[tuple[int, int]]]] = field(default_factory=list)


def tables(key: str) -> list[Table]:
    """The pipe tables of ``key`` (lower-cased text), each a run of rows on consecutive lines, its first the header."""
    out: list[Table] = []
    prev_end = -2
    for row in _ROW.finditer(key):
        cells = _cells(key, row.start(), row.end())
        # (a page that sets a blank line after each row still gives one table: a row of the header's width with a
        # figure in it, or the rule under the header, only blank lines above it, goes on the table)
        rule = _RULE.fullmatch(row.group()) is not None
        goes_on = row.start() == prev_end + 1 or out and prev_end > 0 and not key[prev_end:row.start()].strip() and \
            len(cells) == len(out[-1].header) and (rule or any(ch.isdigit() for ch in row.group()))
        if not goes_on or not out:  # a new table: its first row is the header
            out.append(Table(row.start(), _with_unit([key[a:b].strip() for a, b in cells],
                                                     key, max(0, prev_end, row.start() - _ABOVE), row.start())))
        elif not rule:
            out[-1].rows.append((row.start(), row.end(), cells))
        prev_end = row.end()
    return out


def _with_unit(header: list[str], key: str, lo: int, hi: int) -> list[str]:
    """``header`` with the unit of a unit line in ``key[lo:hi]``, above the table, written into each money column's
    cell that names none ('khuyến công quốc gia' under 'Đơn vị tính: triệu đồng' reads 'khuyến công quốc gia (triệu
    đồng)'), as a header that gave it would."""
    line = _UNIT_LINE.search(key, lo, hi) if "đơn vị" in key[lo:hi] or "đvt" in key[lo:hi] else None
    if line is None:
        return header
    unit = f"({line.group('unit')})"
    return [f"{h} {unit}" if _UNIT_COLUMN.search(h) and not _COUNT_COLUMN.match(h) and not money_unit(h) else h
            for h in header]


def money_cells(key: str) -> dict[int, tuple[int, int]]:
    """For each bare number in a money column of a pipe table in ``key`` (lower-cased text), its start →
    (end, the unit's multiplier)."""
    out: dict[int, tuple[int, int]] = {}
    for table in tables(key):
        units = [money_unit(h) for h in table.header]
        for _, _, cells in table.rows:
            for (a, b), unit in zip(cells, units):
                number = _NUMBER_CELL.fullmatch(key, a, b) if unit else None
                if number and number.group(1).strip("0.,"):  # (a nought is no amount: nothing spent on that row)
                    out[number.start(1)] = (number.end(1), unit)
    return out
