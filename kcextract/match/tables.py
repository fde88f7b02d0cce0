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
# đồng)', '(đồng)'
BRACKETED_UNIT = (r"\(\s*(?:đvt\s*:\s*)?(?:(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)\s*|(?P<tr>tr)\.?\s*)?"
                  rf"(?:{_alt(dong_words())})\s*\)")  # (the đồng's names: rules/currencies.tsv)
_HEADER_UNIT = regex.compile(BRACKETED_UNIT)
_ROW = regex.compile(r"^[ \t]*\|.*\|[ \t]*$", regex.MULTILINE)
# a row of a table as trafilatura writes it: opened and closed by a bar, two cells at least
TABLE_ROW = regex.compile(r"\|[^|\n]*\|[^|\n]*\|(?:[^|\n]*\|)*")
_RULE = regex.compile(r"^[\s|:\-]+$")  # the markdown line under a header: '|---|---|'
_NUMBER_CELL = regex.compile(r"\s*(\d[\d.,]*)\s*")


def _cells(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell's text in the row ``key[start:end]``, between its pipes."""
    bars = [m.start() for m in regex.finditer(r"\|", key[start:end])]
    return [(start + a + 1, start + b) for a, b in zip(bars, bars[1:])]


def unit_of(m: regex.Match) -> int:
    """The multiplier of the unit a match of BRACKETED_UNIT found (1 for plain 'đồng')."""
    if m.group("tr"):
        return 1_000_000
    return scale_value(m.group("scale")) if m.group("scale") else 1


def money_unit(header: str) -> int | None:
    """The multiplier a table's header cell gives the bare numbers under it ('Kinh phí (triệu đồng)' -> a million),
    or None when it names no money unit."""
    m = _HEADER_UNIT.search(header)
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
            out.append(Table(row.start(), [key[a:b].strip() for a, b in cells]))
        elif not rule:
            out[-1].rows.append((row.start(), row.end(), cells))
        prev_end = row.end()
    return out


def money_cells(key: str) -> dict[int, tuple[int, int]]:
    """For each bare number in a money column of a pipe table in ``key`` (lower-cased text), its start →
    (end, the unit's multiplier)."""
    out: dict[int, tuple[int, int]] = {}
    for table in tables(key):
        units = [money_unit(h) for h in table.header]
        for _, _, cells in table.rows:
            for (a, b), unit in zip(cells, units):
                number = _NUMBER_CELL.fullmatch(key, a, b) if unit else None
                if number:
                    out[number.start(1)] = (number.end(1), unit)
    return out
