"""The grammar of Vietnamese numbers: digits in Vietnamese print and number words, with scale words.

``1.920`` (dot groups thousands), ``2.634,6`` (comma marks decimals), ``02`` (leading zeros),
``hai mươi mốt nghìn không trăm mười một``, ``5 nghìn``, ``10K``, ``2 nghìn tỷ``, ``1 tỷ 200 triệu``.
The word lists come from ``rules/numbers.tsv``; the regexes run on the folded lower-case key.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from . import data
from .normalise import fold


@dataclass(frozen=True)
class NumberWords:
    values: dict[str, int]
    kinds: dict[str, str]


@lru_cache(maxsize=None)
def number_words() -> NumberWords:
    rows = data.read_tsv("rules/numbers.tsv")
    return NumberWords({r["word"]: int(r["value"]) for r in rows}, {r["word"]: r["kind"] for r in rows})


@lru_cache(maxsize=None)
def dong_words() -> tuple[str, ...]:
    """The đồng's written names (rules/currencies.tsv, currency VND: 'đồng', 'đ', 'vnđ', 'vnd', ...), lower case."""
    return tuple(c for c, code in data.table("rules/currencies.tsv", "surface", "currency").items() if code == "VND")


def count_words() -> list[str]:
    """The number words a small count may be said in ('hai', 'ba', ..., 'mười'): the digits and the word for ten."""
    return [w for w, k in number_words().kinds.items() if k in ("digit", "ten")]


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def whole_words(words, digits: bool = False) -> regex.Pattern:
    """Any of ``words`` standing as whole words: no letter (and, with ``digits``, no digit) on either side."""
    edge = r"[\p{L}\d]" if digits else r"\p{L}"
    return regex.compile(rf"(?<!{edge})(?:{_alt(words)})(?!{edge})")


# Digits: grouped thousands first, then plain digits with an optional decimal part.
# A dot followed by exactly three digits groups thousands; any other dot is a decimal point (2.3 tỉ USD).
# ASCII digits only: Vietnamese print uses them, and another script's digits are not read as amounts.
# Thousands grouped with commas, as English print does, are read only when two groups or more leave no doubt
# ('150,000,000 đồng'), or a decimal point after them ('2,634.6 triệu đồng', '1,236.10 USD'); one comma alone is the
# decimal mark ('1,500 tấn' is 1.5).
# Thousands grouped with spaces, as some print does ('400 000 đồng', '12 500 000 đồng'), are read when the last group
# is '000': a bare '5 450 triệu' is as often two cells of a flattened table, and '0963 999 701' a phone number. Right
# after a word that introduces an amount or a programme's level, a label's colon, a comma after a word, an opening
# bracket or a slash, any last group is read ('kinh phí 1 850 triệu đồng', 'hơn 2 450 triệu', 'khuyến công địa phương
# 2 440 triệu đồng', 'KCĐP: 1 650 triệu đồng', '(1 600 triệu đồng)', '985 triệu đồng/3 200 triệu đồng'): a table's
# cells follow a name or another cell (sixty-second round).
# (The first digit is matched before the lead is looked behind for: a look-behind at the head of the pattern
# would be tried at every character of a text and made reading numbers half as slow again.)
# ('sách' ends 'ngân sách'; 'phương', 'gia' end the levels' names 'khuyến công địa phương', 'quốc gia')
_AMOUNT_LEAD = (r"(?:(?<![\p{L}\d])(?i:phí|tiền|là|với|đạt|hơn|trên|gần|khoảng|giao|bố trí|phân bổ|giải ngân|hỗ trợ|"
                r"dành|chi|tổng|vốn|sách|phương|gia|kcđp|kcqg)\s|\p{L},\s|[\p{L}\d]:\s|[(/])")
DIGITS = (rf"[1-9](?<=(?:{_AMOUNT_LEAD})[1-9])[0-9]{{0,2}}(?: [0-9]{{3}})+(?![.,]?[0-9]| [0-9]|-)"
          r"|[1-9][0-9]{0,2}(?: [0-9]{3})* 000(?![.,]?[0-9]| [0-9])"
          r"|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![.,]?[0-9])|[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+(?![.,]?[0-9])"
          r"|[0-9]+(?:,[0-9]+)?(?![.,]?[0-9])"
          r"|[0-9]{1,3}(?:,[0-9]{3}){2,}(?![.,]?[0-9])|[0-9]+\.[0-9]+(?![.,]?[0-9])")
# (a slash right after the noun of a count of projects opens a number: '15 đề án/3,2 tỷ đồng', the count and its sum;
# elsewhere it is a date's, a fraction's or a rate's, '12/3', '45/2019', '300 triệu đồng/1 đề án')
_LEFT_EDGE = r"(?<![\p{L}\d.,_])(?<!(?<!(?:đề án|dự án|nhiệm vụ))/)(?<!\p{L}-)"


# a comma or a full stop that punctuates the text, not one inside a number ('1,6 tỷ đồng', '1.600 triệu đồng'): what
# parts clauses and list members, for the funding reader and the product lists alike
TEXT_COMMA = r"(?:,(?!\d)|(?<!\d),)"
TEXT_DOT = r"(?:\.(?!\d)|(?<!\d)\.)"


def last_match(pattern: regex.Pattern, text: str, start: int = 0, end: int | None = None) -> regex.Match | None:
    """The last match of ``pattern`` in ``text[start:end]``, or None."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return found


# the total an amount of whole đồng is out of, written out in đồng too ('giải ngân 3.400.000.000/4.800.000.000 đồng'):
# a million or more in dot groups, then the currency
OF_TOTAL_DONG = regex.compile(r"/\d{1,3}(?:\.\d{3}){2,}(?=\s?(?:đồng|đ|vnđ|vnd)(?!\p{L}))")


def _digit_right_edge(scales: list[str], abbrevs: list[str]) -> str:
    """What may follow the digits of a number: the usual space or punctuation (tried first: a lookahead's
    alternatives are tried in order), a currency, a scale word run into them ('192tỷđồng', '750tr đồng'), or
    the total it is out of ('3/4 đề án', '2,1/3 tỷ đồng', '1.250/2.150 trđ': done out of planned); not a date's '/'
    ('14/7/2020')."""
    return (rf"(?=[^\p{{L}}\d/.,_]|(?:đồng|đ|vnđ|vnd|usd)(?!\p{{L}})|(?:{_alt(abbrevs)})(?:\.?\s?đ|(?!\p{{L}}))"
            rf"|(?:{_alt(scales)})(?:đồng|đ)?(?!\p{{L}})|\$|%|/[0-9]{{1,4}}\s+\p{{L}}"
            rf"|/[0-9][0-9.,]*\s?(?:(?:{_alt(scales)})(?!\p{{L}})|(?:{_alt(abbrevs)})\.?\s?đ)"
            rf"|{OF_TOTAL_DONG.pattern}"
            rf"|[.,](?!\d)|$)")


@lru_cache(maxsize=None)
def compiled() -> dict[str, regex.Pattern]:
    nw = number_words()
    scales = [w for w, k in nw.kinds.items() if k == "scale"]
    # ('tỷ lệ', 'tỷ giá', 'triệu phú': a scale word that starts one of these words is that word, no number; only the
    # scale word it starts: 'triệu suất' is a million portions)
    compounds = [w for w, k in nw.kinds.items() if k == "scale_tail"]
    not_compound = rf"(?!(?:{_alt(compounds)})(?!\p{{L}}))"
    # 'không' (also 'not') and 'năm' (also 'year') only start a number before another number word.
    starters = [w for w, k in nw.kinds.items() if k in ("digit", "ten") and w not in ("không", "năm")]
    # 'năm' ends a word number only before another number word ('năm nghìn'); 'hai mươi năm' is 20 years.
    inner = [w for w, k in nw.kinds.items() if w != "năm" and k not in ("scale_abbrev", "scale_tail", "scale")]
    inner_alt = rf"{_alt(inner)}|{not_compound}(?:{_alt(scales)})(?!\p{{L}})"
    word = rf"(?:{inner_alt}|năm(?=\s+(?:{inner_alt})(?!\p{{L}}))|(?<=(?:linh|lẻ)\s)năm)"
    # ('chục' alone before a scale word is one ten: 'gần chục tỷ đồng'; not a vague 'hàng chục', 'vài chục')
    vague = r"(?<!(?:hàng|vài|mấy|dăm|mươi|các|những)\s)"
    lead = (rf"(?:{_alt(starters)}|(?:năm|không)(?=\s+(?:{inner_alt})(?!\p{{L}}))"
            rf"|{vague}chục(?=\s+(?:{_alt(scales)})(?!\p{{L}})))")
    abbrevs = [w for w, k in nw.kinds.items() if k == "scale_abbrev"]
    # (a scale word's abbreviation may close a number in words before the currency: 'Ba tỷ bốn trăm năm mươi trđ')
    wordnum = (rf"{lead}(?!\p{{L}})(?:\s(?:{word})(?!\p{{L}}))*"
               rf"(?:\s(?:{_alt(abbrevs)})(?=\.?\s?đ(?:ồng)?(?!\p{{L}})))?")
    # (a scale word may run straight into the currency's 'đ', and its abbreviation stands before the currency:
    # '2.634,6 trđ', '500 tr.đ', '750tr đồng')
    # (and run straight into the digits with no currency after it: '15tr/tháng', 'hỗ trợ 300tr'; with a space
    # between, 'tr' is as often a page)
    scale = (rf"(?:{not_compound}(?:{_alt(scales)})(?=\.?đ(?:ồng)?(?!\p{{L}})|(?!\p{{L}}))|(?:{_alt(abbrevs)})(?=\.?\s?đ(?:ồng)?(?!\p{{L}}))"
             rf"|(?<=\d)(?:{_alt(abbrevs)})(?!\p{{L}}))")
    # one digit counting hundreds or tens: '4 trăm triệu', '3 chục triệu', '4 trăm người'
    tens = [w for w, k in nw.kinds.items() if k in ("hundred", "ten_unit")]
    numexpr = (
        rf"{_LEFT_EDGE}(?:(?P<digits>{DIGITS})(?P<k>k(?!\p{{L}}))?{_digit_right_edge(scales, abbrevs)}"
        rf"(?:\s(?P<tens>{_alt(tens)})(?!\p{{L}})(?<=(?<![0-9.,])[1-9]\s(?:{_alt(tens)})))?"
        rf"(?P<scales>(?:\s?{scale})*)"
        rf"|(?P<words>{wordnum}))"
    )
    return {
        "numexpr": regex.compile(numexpr),
        "numexpr_full": regex.compile(rf"\s*(?:{numexpr})\s*"),
        "scale": regex.compile(scale),
        # the total a number is out of, in its scale: '2,1/3 tỷ đồng' (disbursed out of allotted)
        "of_total": regex.compile(rf"/(?:{DIGITS})(?P<scales>(?:\s?(?:{scale}))+)"),
        "scale_word": regex.compile(rf"(?:{_alt(scales + abbrevs)})(?!\p{{L}})"),  # inside a matched number
    }


def parse_digits(s: str) -> Decimal:
    """``2.634,6`` -> 2634.6; ``1.920`` -> 1920; ``2.3`` -> 2.3 (a dot not followed by 3 digits); ``2,634.6`` -> 2634.6.

    Exact: ``9.007.199.254.740.993`` stays ...993 (a float would round it)."""
    s = s.replace(" ", "")  # ('12 500 000': thousands grouped with spaces)
    if "," not in s and "." not in s:
        return Decimal(s)  # (most numbers: plain digits)
    if _DOT_GROUPS.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _COMMA_GROUPS.fullmatch(s) or _ENGLISH_GROUPS.fullmatch(s):  # ('2,634.6': grouped the English way)
        s = s.replace(",", "")
    else:
        s = s.replace(",", ".")
    return Decimal(s)


_DOT_GROUPS = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_COMMA_GROUPS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}")
_ENGLISH_GROUPS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+")  # thousands by commas, then a decimal point


def parse_words(words: list[str]) -> int | None:
    """Value of a sequence of Vietnamese number words, or None when it is not a well-formed number."""
    nw = number_words()
    total = 0
    last_chunk = 0
    group = 0
    pending: int | None = None
    prev = ""
    last_scale = 0
    for w in words:
        kind, val = nw.kinds.get(w), nw.values.get(w)
        if kind is None:
            return None
        if kind in ("digit", "digit_after_tens"):
            if prev in ("ten", "tens"):
                group += val
            elif kind == "digit_after_tens" and not (prev == "zero_filler" and w != "tư"):
                return None
            elif pending is not None:
                return None
            else:
                pending = val
        elif kind == "ten":
            if pending is not None:
                return None
            group += 10
        elif kind == "tens":
            if pending is None:
                return None
            group += pending * 10
            pending = None
        elif kind in ("hundred", "ten_unit"):
            if pending is None and kind == "ten_unit" and prev == "" and group == 0 and total == 0:
                group = val  # 'chục tỷ': one ten (the matcher lets it start a number only before a scale word)
                prev = kind
                continue
            if pending is None:
                return None
            group += pending * val
            pending = None
        elif kind == "zero_filler":
            if prev != "hundred":
                return None
        elif kind in ("scale", "scale_abbrev"):
            chunk = group + (pending or 0)
            if chunk == 0:
                if prev != "scale":
                    return None
                total = total - last_chunk + last_chunk * val
                last_chunk = last_chunk * val
            else:
                total += chunk * val
                last_chunk = chunk * val
            group, pending = 0, None
            last_scale = val
        prev = kind
    tail = group + (pending or 0)
    if tail and last_scale >= 1_000_000:
        # the words after 'triệu' or 'tỷ' with no scale word of their own ('một tỷ hai' is 1,2 tỷ, 'một tỷ hai trăm' 1
        # tỷ 200 triệu)
        return total + int(next_places(tail, last_scale))
    return total + tail


def next_places(tail: int | Decimal, mult: int) -> Decimal:
    """The value of ``tail`` said right after scale ``mult`` (a million or more) with no scale word of its own: the
    next places of that scale, as many as ``tail`` has digits ('1 tỷ 2' -> 0,2 tỷ, '1 tỷ 25' -> 0,25 tỷ, '1 tỷ 2 trăm'
    and '1 tỷ 200' -> 0,2 tỷ); a sum of a few đồng after a billion is never said."""
    return Decimal(tail) * mult / 10 ** len(str(int(tail)))


def scale_value(scales: str) -> int | None:
    """Product of the scale words after a digit number (``nghìn tỷ`` = 10^12).

    Stacked scale words are read as the press writes them, each larger than the one before (``nghìn tỷ``);
    ``tỷ tỷ`` or ``triệu nghìn tỷ`` mean nothing a reader could add up: None."""
    nw = number_words()
    mult, last = 1, 1
    for m in compiled()["scale_word"].finditer(scales):
        v = nw.values[m.group(0)]
        if v <= last:
            return None
        mult, last = mult * v, v
    return mult


def match_value(m: regex.Match) -> tuple[Decimal, int] | None:
    """(value, multiplier from scale words) of a ``numexpr`` match, or None."""
    if m.group("digits"):
        mult = scale_value(m.group("scales") or "")
        if mult is None:
            return None
        if m.group("k"):
            mult *= 1000
        if m.group("tens"):
            mult *= number_words().values[m.group("tens")]
        return parse_digits(m.group("digits")) * mult, mult
    words = m.group("words").split()
    value = parse_words(words)
    if value is None:
        return None
    nw = number_words()
    mult = 1
    for w in words:
        if nw.kinds[w] in ("scale", "scale_abbrev"):
            mult = max(mult, nw.values[w])
    return Decimal(value), mult


def parse_number(s: str) -> float | int | None:
    """Value of a bare number phrase (``2.634,6``, ``hai mươi mốt``, ``5 nghìn``), or None."""
    key = fold(s).strip()
    nw = number_words()
    if nw.kinds.get(key) in ("digit", "ten"):
        return nw.values[key]
    # '1 tỷ 200 triệu': scaled groups in falling order add up
    value, last_mult, pos = Decimal(0), None, 0
    for m in compiled()["numexpr"].finditer(key):
        got = match_value(m)
        if got is None or key[pos:m.start()].strip() or last_mult is not None and got[1] >= last_mult:
            return None
        # (the next places of a million or a billion, as the matcher reads them: '1 tỷ 2' is 1,2 tỷ, '1 tỷ 2 trăm')
        part = next_places(got[0], last_mult) if last_mult is not None and last_mult >= 1_000_000 and got[1] < 1000 \
            else got[0]
        value, last_mult, pos = value + part, got[1], m.end()
    if pos == 0 or key[pos:].strip():
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def compound_parts(key: str, first: regex.Match) -> list[regex.Match]:
    """The ``numexpr`` match ``first`` and the parts of a compound amount that follow it one space apart, each
    with a scale word smaller than the one before ('3 tỷ 350 triệu': two parts, '1 tỷ 200': one)."""
    numexpr = compiled()["numexpr"]
    parts, outer = [first], scale_value(first.group("scales") or "") if first.group("digits") else None
    while outer and key.startswith(" ", parts[-1].end()):
        part = numexpr.match(key, parts[-1].end() + 1)
        inner = scale_value(part.group("scales") or "") if part and part.group("digits") else None
        if not inner or not 1 < inner < outer:
            break
        parts.append(part)
        outer = inner
    return parts


def printed_unit(text: str) -> int | None:
    """The rounding unit of an amount as printed, from the first number in ``text``: ``2,63 tỷ`` -> 10^7,
    ``2.634,6 triệu`` -> 10^5, ``900 triệu`` -> 10^6, ``700.000 đồng`` -> 1, ``1.6 tỷ`` -> 10^8. Two reports of one figure agree
    when they differ by no more than what their printing rounds away. None when no digits are found."""
    folded = fold(text)
    m = compiled()["numexpr"].search(folded)
    if not m or not m.group("digits"):
        return None
    m = compound_parts(folded, m)[-1]  # a compound prints to its last part: '3 tỷ 350 triệu' -> 10^6
    digits = m.group("digits")
    # the decimal mark as parse_digits reads it: the comma, or a dot not followed by three digits ('1.6 tỷ')
    mark = "" if _COMMA_GROUPS.fullmatch(digits) else "." if _ENGLISH_GROUPS.fullmatch(digits) else \
        "," if "," in digits or _DOT_GROUPS.fullmatch(digits) else "."
    decimals = len(digits.split(mark, 1)[1]) if mark and mark in digits else 0
    mult = (scale_value(m.group("scales") or "") or 1) * (1000 if m.group("k") else 1)
    return max(1, mult // (10 ** decimals)) if decimals < 30 else 1


@lru_cache(maxsize=None)
def respectively() -> regex.Pattern:
    """The words that give figures respectively ('lần lượt', 'tương ứng'; rules/number_context.tsv)."""
    words = [w for w, k in data.table("rules/number_context.tsv", "word", "kind").items() if k == "respectively"]
    return whole_words(words)
