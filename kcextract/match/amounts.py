"""Money, project counts and other quantities: the number grammar plus what stands around a number.

Right of the number: a currency (money), a project noun (project_count), a counted noun from
``gazetteers/units.tsv`` (quantity), or a measure/time/rate word from ``rules/blocked_units.tsv``
(nothing). Left of it: a qualifier (``hơn`` → over), ``từ`` of a range, or an ordinal/identifier word
that rules the number out. A scale word without a currency is money only after a money word
(``kinh phí 900 triệu``).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex
from spacy.language import Language

from .. import data
from ..facts import Fact
from ..normalise import fold
from ..numbers import (OF_TOTAL_DONG, _alt, compiled, compound_parts, count_words, match_value, next_places, number_words, parse_words,
                       respectively, scale_value, whole_words)
from .context import Context
from .tables import BRACKETED_UNIT, THOUSANDS, money_cells, unit_of


_PLAN = regex.compile(r"(?<!\p{L})(?:đề án|nhiệm vụ|khuyến công)(?!\p{L})")
# a plan counting its programmes and projects together ('15 chương trình, đề án'): ANNOTATION.md
_COUNTED_TOGETHER = regex.compile(r"\d\s+chương trình\s*(?:,|và)\s*(?:đề án|nhiệm vụ)(?!\p{L})")
# (not the programmes money comes from or that are run together: 'kinh phí ... từ hai chương trình là 3,4 tỷ đồng',
# 'lồng ghép 2 chương trình')
_PROGRAMMES_JOINED = regex.compile(r"(?<!\p{L})(?:từ|của|giữa|cả|lồng ghép|kết hợp|phối hợp)\s+$")
# (nor programmes that the list after them names as such: 'bố trí kinh phí cho hai chương trình: Chương trình xúc tiến
# thương mại 5 đề án, ...; Chương trình khuyến công địa phương 8 đề án, ...'; or by their bare names: 'cho ba chương
# trình: khuyến công 3,5 tỷ đồng, xúc tiến thương mại 2,5 tỷ đồng và OCOP 6 tỷ đồng')
_PROGRAMMES_NAMED = regex.compile(r"\s*(?:(?:bao\s+)?gồm\s*)?:\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*)?"
                                  r"(?:chương trình|khuyến công|khuyến nông|xúc tiến thương mại|ocop)(?!\p{L})")
_OF_TOTAL = regex.compile(r"/[0-9]{1,4}(?![0-9/.,])")
_YEAR_AFTER = regex.compile(r"năm\s+(?:19|20)\d\d(?!\d)")  # 'năm' opening a year, not a counted noun
_PER_UNIT = regex.compile(r"\s+\p{Ll}+(?:\s\p{Ll}+)?\s*/\s*\p{L}")
# a slash right after a sum with a scale word and no noun: a price by the unit ('5,5-6,5 triệu/kg', '7 triệu / tháng')
_PRICE_PER = regex.compile(r"\s*/\s*\p{L}")
_AFTER_YEAR = regex.compile(r"(?:19|20)\d\d\s*(?:,|và|hoặc)\s*$")
_YEARLIKE = regex.compile(r"(?:19|20)\d\d(?!\d|[.,]\d)")  # (a year before a comma too: 'Năm 2024, hai ...')
# nothing but a clause's start before a word, or only the year the clause opens with, its comma left out ('Năm 2025
# ngoài 14 đề án ..., tỉnh còn ...')
_CLAUSE_OPENS = regex.compile(r"(?:^|[,;:.!?(]\s*|\n\s*)(?:(?:(?:trong|riêng)\s+)?(?:năm\s+\d{4}|giai đoạn\s+\d{4}"
                              r"\s*[-–]\s*\d{4})\s+)?$")
# a recent year written bare: before a project noun it dates the programme ('Cụ thể, 2017 chương trình khuyến
# công ... triển khai'), since no province counts two thousand projects in a figure without a thousands mark
_PLAIN_YEAR = regex.compile(r"(?:199\d|20[0-4]\d)")


INT64_MAX = 2**63 - 1  # nothing beyond what SQLite's INTEGER holds is ever a fact


_LIST_GAP = regex.compile(r"\s*(?:,|;|và|hoặc)\s*")  # (a ';' parts decimals: '2,1; 2,4 và 2,8 tỷ đồng')
# 'rưỡi' after a scale word adds half of it ('1 tỷ rưỡi' = 1,5 tỷ); 'nửa' before one is half of it (the
# matcher's half_of)
_HALF_WORD = r"(?:rưỡi|rưởi)"  # (also as often misspelt, with the hook: "rưởi")
_HALF = regex.compile(rf"\s+{_HALF_WORD}(?!\p{{L}})")
_SPOKEN_TAIL = regex.compile(r"[1-9]\d{0,2}")  # the places spoken after a scale word: '1 tỷ 2', '1 tỷ 25'
_PHRASE_END = regex.compile(r"\s*(?:[,.;:)!?]|$)")  # punctuation or the end after a number
# 'một' alone is mostly the article 'a'; before a project of a named programme it counts one ('được hỗ trợ một đề án
# khuyến công quốc gia'), and so does one given its amount right after it, as an item of a list ('năm 2022 một đề án
# 1,2 tỷ đồng', 'một đề án, kinh phí 900 triệu đồng')
_ONE_PROGRAMME_PROJECT = regex.compile(r"\s+(?:đề án|dự án)(?:\s+(?:khuyến công|kcqg|kcđp)(?!\p{L})|"
                                       r"\s*,?\s*(?:(?:với\s+)?(?:tổng\s+)?kinh phí\s+(?:là\s+)?)?\d)")
_WORDS_BEFORE_BRACKET = regex.compile(r"(?<!\p{L})((?:\p{Ll}+ ){0,3}\p{Ll}+) $")  # 'hai ' before '(02)'
_SPELLED_AGAIN = regex.compile(r"\s*\(([\p{Ll} ]{2,40})\)")  # a number's words in brackets after it: '01 (một)'
_SPELLED_GROUPS_GAP = regex.compile(r",\s")  # between two spelled groups of one amount
_WORD_NEXT = regex.compile(r"\s+\p{L}")  # a word after a number, not a digit
_GLUED_TAIL = regex.compile(_SPOKEN_TAIL.pattern + r"(?![\d.,]\d)")  # the same written right onto it: '1tỷ200'


# a header that gives the unit of the figures below it ('(ĐVT: triệu đồng)', 'Đơn vị tính: triệu đồng')
# (also thousands written as a number: 'Đơn vị tính: 1.000 đồng')
_UNIT_HEADER = regex.compile(r"(?<!\p{L})(?:đvt|đơn vị tính|đơn vị)\s*:\s*(?:(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)\s+|"
                             + THOUSANDS + r"\s*)?đồng(?!\p{L})")
# a budget's label right before a bare figure ('kinh phí 1.300', 'Tổng kinh phí: 3.150', 'số tiền là 850')
_BUDGET_LABEL = r"(?<!\p{L})(?:tổng\s+)?(?:kinh phí|số tiền|nguồn vốn|vốn)(?:\s+\p{L}+){0,5}?\s*"
_LABELLED_BUDGET = regex.compile(_BUDGET_LABEL + r"(?::|là)?\s*$")


# a unit in brackets on a budget's label right before a bare figure ('kinh phí (triệu đồng): 2.150') or right
# after the figure ('kinh phí 2.350 (triệu đồng)'): that many of the unit
_BRACKET_UNIT_LABEL = regex.compile(_BUDGET_LABEL + BRACKETED_UNIT + r"\s*(?::|là)?\s*$")
_BRACKET_UNIT_AFTER = regex.compile(rf"\s*{BRACKETED_UNIT}")
_BRACKET_UNIT = regex.compile(BRACKETED_UNIT)


@dataclass(frozen=True)
class Reading:
    start: int
    end: int
    value: Decimal
    mult: int
    upper: Decimal | None
    words: tuple[str, ...]


def range_lower(lo: Decimal, lo_mult: int, hi: Decimal, hi_mult: int) -> Decimal | None:
    """The lower bound of a range '<lo> - <hi>' in the units of its upper bound, or None.

    A scale word may stand after the upper bound only ('1,5 - 2 tỷ': 1,5 tỷ), after both, or the lower bound
    may be written in full ('600.000 - 1,5 triệu': 600.000); a bare lower bound before a full upper one shares
    its thousands ('300-800.000': 300.000). The reading kept has lower <= upper within a factor of 1,000."""
    candidates = [lo * hi_mult, lo] if lo_mult == 1 and hi_mult > 1 else [lo]
    if lo_mult == 1 and hi_mult == 1 and 0 < lo < hi / 1000 and lo == lo.to_integral_value():
        scaled = lo
        while scaled * 1000 <= hi:
            scaled *= 1000
        candidates = [scaled]
    for c in candidates:
        if 0 < c <= hi and hi <= c * 1000 or c == 0 <= hi:
            return c
    return None


def _ends(pattern: str) -> regex.Pattern:
    return regex.compile(rf"(?<!\p{{L}})(?:{pattern})\s+$")


_TITLECASE_WORD = regex.compile(r"\p{Lu}\p{Ll}*$")  # a capitalised syllable not in capitals throughout


class AmountMatcher:
    """spaCy component ``kc_amounts``: money, project_count and quantity facts."""

    def __init__(self) -> None:
        # a programme level's name right before a number ('KCQG: ', 'khuyến công địa phương là '; _level_labelled)
        levels = [cue.removesuffix(" #") for cue, level in data.funding_cues()["scope"]
                  if level in ("national", "local") and not cue.endswith("-#")]
        self.level_label = regex.compile(rf"(?<!\p{{L}})(?:{_alt(levels)})\s*(?::|là)?\s*$")
        currencies = data.table("rules/currencies.tsv", "surface", "currency")
        self.currencies = currencies
        blocked_after_dong = data.word_list("rules/money_blocklist.tsv", "word")
        dong_guard = rf"(?!\s+(?:{_alt(blocked_after_dong)})(?!\p{{L}}))"
        cur = "|".join(
            regex.escape(c) + (dong_guard if c == "đồng" else "") + ("" if c == "$" else r"(?!\p{L})")
            for c in sorted(currencies, key=len, reverse=True)
        )
        self.currency_re = regex.compile(rf"(?:\s?|\.(?=đ(?!\p{{L}})))(?P<cur>{cur})")  # '500 tr.đ'
        # a scale word's abbreviation (rules/numbers.tsv scale_abbrev) alone after a budget's figure ('Tổng kinh phí:
        # 3.850 tr.', 'kinh phí là 450 tr,'): alone 'tr' is as often a page, so only where a budget's label stands
        # right before the figure
        self.abbrevs = {w: v for w, v in number_words().values.items() if number_words().kinds[w] == "scale_abbrev"}
        self.bare_abbrev = regex.compile(rf" ?(?P<abbrev>{_alt(self.abbrevs)})(?=\.(?!\p{{L}})|[\s,;)]|$)")
        # a slash right after an amount's currency, before digits: what comes next may be an amount out of which
        # ('3,1 tỷ đồng/3,3 tỷ đồng kế hoạch')
        self.after_currency_slash = regex.compile(
            rf"(?<=\d\s?(?:\p{{L}}+\.?\s?)?(?:{_alt(currencies)}))\s?/\s?(?=\d)")  # (also '3.250 tr.đ/5.100 tr.đ')
        # ... and after a scale word with no currency ('giải ngân 3,1 tỷ/3,3 tỷ kế hoạch')
        scale_words = [w for w, k in number_words().kinds.items() if k == "scale"]
        self.after_scale_slash = regex.compile(rf"(?<=\d\s?(?:{_alt(scale_words)}))\s?/\s?(?=\d)")
        self.qualifiers = data.table("rules/qualifiers.tsv", "phrase", "qualifier")
        # 'tối thiểu là 1 tỷ', 'ước tính là 300 triệu': a copula may stand between a bound and its number, but
        # not after a bare comparative ('hơn là' is 'rather than')
        copular = [p for p in self.qualifiers if p not in ("hơn", "trên", "dưới", "gần", "ngoài", "vượt")]
        self.qualifier_re = regex.compile(rf"(?<!\p{{L}})(?:(?P<q>{_alt(self.qualifiers)})|(?P<qc>{_alt(copular)})\s+là)"
                                          rf"\s+(?P<tu>từ\s+)?$")
        # an estimate with its verb reaches over the words of its clause to the number ('ước thực hiện giải ngân và
        # tạm ứng 5,065 tỷ đồng'; rules/qualifiers.tsv)
        estimates = [p for p in self.qualifiers if p.startswith("ước ")]
        self.estimate_re = regex.compile(rf"(?<!\p{{L}})(?P<q>{_alt(estimates)})(?!\p{{L}})(?:\s+\p{{L}}+){{1,6}}\s+$")
        self.from_re = regex.compile(r"(?<!\p{L})từ\s+$")
        nouns: dict[str, tuple[str, str]] = {}
        for surface, unit in data.units().items():
            nouns[surface] = ("quantity", unit)
            # 'lượt' (turns) before any counted noun counts turns of it ('12 lượt hội chợ', '300 lượt lao động'), as
            # the listed 'lượt người', 'lượt cơ sở' do, which stay as listed; 'lượt' alone is blocked
            # (rules/blocked_units.tsv)
            if not surface.startswith("lượt "):
                nouns.setdefault(f"lượt {surface}", ("quantity", f"lượt {unit}"))
        for surface in data.word_list("rules/blocked_units.tsv", "surface"):
            nouns[surface] = ("blocked", "")
        for surface, unit in data.table("rules/project_units.tsv", "surface", "unit").items():
            nouns[surface] = ("project_count", unit)
        self.nouns = nouns
        self.noun_re = regex.compile(rf"\s*(?P<n>{_alt(nouns)})(?!\p{{L}})")
        # the project nouns a report abbreviates, counted only in capitals (rules/project_units.tsv: 'ĐA')
        self.capital_only = {surface for surface, cased in data.table("rules/project_units.tsv", "surface", "cased").items()
                             if cased == "capitals"}
        projects = [w for w, (k, _) in nouns.items() if k == "project_count"]
        # 'số đề án được hỗ trợ là 25': the number of projects given after its noun, as a copula's value
        self.count_of_re = regex.compile(
            rf"(?<!\p{{L}})số(?:\s+lượng)?\s+(?P<n>{_alt(projects)})(?!\p{{L}})[^,.;:\d()]{{0,40}}?"
            rf"(?:\s(?:là|đạt|tăng lên|lên|giảm xuống|xuống còn|còn)\s+|\s*:\s*)$")
        # the projects an amount is for, after its currency and a slash ('2,7 tỷ đồng/3 đề án'): two or more, as one
        # project there is the rate's unit ('300 triệu đồng/1 đề án' is per project)
        self.projects_after_slash = regex.compile(rf"(?P<n>[2-9]|[1-9]\d{{1,2}})(?=\s*(?:{_alt(projects)})(?!\p{{L}}))")
        self.rate_re = regex.compile(r"\s*/\s*\d*\s*(?:tháng|năm|tuần|ngày|quý|kỳ|buổi|giờ|người|lần)(?!\p{L})")
        self.percent_re = regex.compile(r"\s*(?:%|phần trăm(?!\p{L}))")
        # (a dash only within its line: one opening the next line is that line's bullet, '- 1,45 tỷ đồng\n- 2022: ...')
        self.range_re = regex.compile(r"[^\S\n]*(?:-|–|—|~|÷)[^\S\n]*|\s*(?:đến|tới)\s*")
        ctx_words = data.table("rules/number_context.tsv", "word", "kind")
        self.ordinal_re = _ends(_alt([w for w, k in ctx_words.items() if k in ("ordinal", "own_word")]))
        self.own_word_ordinals = {w for w, k in ctx_words.items() if k == "own_word"}
        self.year_re = _ends(_alt([w for w, k in ctx_words.items() if k == "year"]))
        counts = [w for w, k in ctx_words.items() if k == "count"]
        self.count_lead_re = _ends(_alt(counts)) if counts else None
        # 'năm' as the number five: after a word that leads a count, or at a sentence's start, right before a counted
        # noun that no number follows ('hỗ trợ năm cơ sở'; not 'năm lớp 8', a grade)
        counted = [w for w, (k, _) in nouns.items() if k != "blocked"]
        fives = [w for w, k in ctx_words.items() if k == "five"]
        # a number right before 'trên' ('3 trên', 'bốn trên'): the number the next one is out of (not a year: 'Năm
        # 2024 trên 20 doanh nghiệp'; nor 'năm', the year: 'mỗi năm trên 20 doanh nghiệp'; nor 'không', not: 'không trên')
        digit_words = [w for w in count_words() if w not in ("năm", "không")]
        self.number_before_re = regex.compile(rf"(?:(?<![\d.,])\d{{1,3}}|(?<!\p{{L}})(?:{_alt(digit_words)}))\s+$")
        self.five_re = regex.compile(rf"(?:(?<=(?<!\p{{L}})(?<!(?:so|đối)\s)(?:{_alt(fives)})\s)|(?<=^|[.!?:;]\s|\n))năm"
                                     rf"(?=\s+(?:{_alt(counted)})(?!\p{{L}})(?!\s*\d))")
        # (also right before a noun of projects, after a list's comma, a bracket or any word but one that makes 'năm'
        # a time (rules/number_context.tsv 'time_before' and 'year': 'mỗi năm đề án', 'trong năm đề án'): '..., năm đề
        # án đào tạo nghề và ba đề án ...', 'tỉnh cũng đăng ký năm đề án', '(năm đề án)'; a year is never said so)
        times = _alt(w for w, k in ctx_words.items() if k in ("time_before", "year"))
        self.five_listed_re = regex.compile(rf"(?:(?<=[\p{{L}}\d)],\s|\(\s?)|(?<=\p{{L}}\s)(?<!(?<!\p{{L}})(?:{times})\s))"
                                            rf"năm(?=\s+(?:{_alt(projects)})(?!\p{{L}})(?!\s*\d))")
        money_words = data.word_list("rules/money_context.tsv", "word")
        self.money_ctx_re = whole_words(money_words)
        # what programme money buys (rules/funding_purposes.tsv) and the programmes themselves (rules/funding_cues.tsv)
        programmes = [c for c, _ in data.funding_cues()["programme"]]
        self.programme_re = whole_words(programmes)
        self.purpose_re = whole_words([c.removesuffix(" -#") for c, _ in data.funding_purposes()] + programmes)
        self.money_after_re = whole_words([fold(r["word"]) for r in data.read_tsv("rules/money_context.tsv")
                                           if r.get("after") == "yes"])
        self.numexpr = compiled()["numexpr"]
        # 'nửa' before a scale word of rules/numbers.tsv: half of it ('gần nửa tỷ đồng', 'nửa triệu lượt khách')
        scales = [w for w, k in number_words().kinds.items() if k == "scale"]
        self.half_of = regex.compile(rf"(?<!\p{{L}})nửa\s+(?P<scale>{_alt(scales)})(?!\p{{L}})")
        # a bare scale word and a half, no number before it: one and a half of it ('hỗ trợ tỷ rưỡi', 'triệu rưỡi')
        self.scale_and_half = regex.compile(rf"(?<!\p{{L}})(?P<scale>{_alt(scales)})\s+{_HALF_WORD}(?!\p{{L}})")
        self.of_total_scaled = compiled()["of_total"]
        self.not_units = set(data.word_list("rules/not_units.tsv", "word")) | set(self.nouns) | set(currencies)
        self.classifiers = data.table("rules/unit_classifiers.tsv", "word", "action")
        self.machine_work = set(data.word_kinds("rules/product_open.tsv")["machine_verb"])
        self.function_words = set(data.word_list("rules/not_units.tsv", "word")) | set(currencies)

    # -- reading numbers -------------------------------------------------------------------------
    def _readings(self, key: str) -> list[Reading]:
        out = []
        for m in self.numexpr.finditer(key):
            got = match_value(m)
            if got is None:
                continue
            words = tuple(m.group("words").split()) if m.group("words") else ()
            value, end = got[0], m.end()
            half = _HALF.match(key, end) if got[1] >= 1000 else None
            if half:  # '2 tỷ rưỡi', 'hai triệu rưỡi': and a half of the last scale word
                value, end = value + Decimal(got[1]) / 2, half.end()
            glued = _GLUED_TAIL.match(key, end) if got[1] >= 1_000_000 and m.group("scales") else None
            if glued:  # '1tỷ200', '3tr5': the next places of the scale, written onto it
                value, end = value + next_places(int(glued.group()), got[1]), glued.end()
            if got[1] == 1 and m.group("digits") and not m.group("scales"):
                # '2,1/3 tỷ đồng' (disbursed out of allotted): the first number, in the scale after the second
                of = self.of_total_scaled.match(key, end)
                mult = scale_value(of.group("scales")) if of else None
                if mult and mult > 1:
                    # (the total's own smaller parts are the total's: '2,05/3 tỷ 200 triệu đồng')
                    total = self._scaled_at(key, of.start() + 1)
                    while total and value * mult > total[0] and mult > 1000:
                        # (a part is no more than its whole: '820/2,4 tỷ đồng' is 820 triệu out of 2,4 tỷ, in the
                        # scale below the whole's, not 820 tỷ)
                        mult //= 1000
                    value, end = value * mult, total[2] if total else of.end()
                    out.append(Reading(m.start(), end, value, mult, None, words))
                    continue
                whole = OF_TOTAL_DONG.match(key, end) if of is None else None
                if whole:  # ('3.400.000.000/4.800.000.000 đồng': the first, in whole đồng, out of the second)
                    end = whole.end()
            out.append(Reading(m.start(), end, value, got[1], None, words))
        slashes = [(m, True) for m in self.after_currency_slash.finditer(key)] + \
            [(m, False) for m in self.after_scale_slash.finditer(key)]
        for m, priced in slashes:
            # '3,1 tỷ đồng/3,3 tỷ đồng kế hoạch': an amount with its own scale after an amount's currency and a slash
            # (what was spent out of what was planned) is money too; a bare number there is a rate's unit or a date.
            # Without a currency ('3,1 tỷ/3,3 tỷ kế hoạch') the amount after the slash needs none either.
            got = self._scaled_at(key, m.end())
            if got is None and priced:
                # ('3.100.000.000 đồng/3.300.000.000 đồng': written out in đồng, with the currency after it too)
                n = self.numexpr.match(key[m.end():m.end() + 40])
                plain = match_value(n) if n and n.group("digits") and not n.group("scales") else None
                if plain and plain[0] >= 1000:
                    got = (plain[0], 1, m.end() + n.end())
            if got and (not priced or self.currency_re.match(key, got[2])):
                out.append(Reading(m.end(), got[2], got[0], got[1], None, ()))
            elif got is None:  # (a count of projects after the slash, with a currency or not: '3,9 tỷ/14 đề án')
                count = self.projects_after_slash.match(key, m.end())
                if count:
                    out.append(Reading(m.end(), count.end(), Decimal(count.group("n")), 1, None, ()))
        for m in (*self.five_re.finditer(key), *self.five_listed_re.finditer(key)):
            out.append(Reading(m.start(), m.end(), Decimal(number_words().values["năm"]), 1, None, ("năm",)))
        for m in self.half_of.finditer(key):
            mult = number_words().values[m.group("scale")]
            out.append(Reading(m.start(), m.end(), Decimal(mult) / 2, mult, None, ("nửa", m.group("scale"))))
        for m in self.scale_and_half.finditer(key):
            if not any(r.start <= m.start() < r.end for r in out):
                mult = number_words().values[m.group("scale")]
                out.append(Reading(m.start(), m.end(), Decimal(mult) * 3 / 2, mult, None, (m.group("scale"), "rưỡi")))
        return sorted(out, key=lambda r: r.start) if len(out) > 1 else out

    def _scaled_at(self, key: str, pos: int) -> tuple[Decimal, int, int] | None:
        """The amount with a scale word that starts at ``pos``, with the smaller scaled parts after it ('3 tỷ 300
        triệu'): (value, its first scale, end); None when no scaled number starts there."""
        near = key[pos:pos + 80]  # (read on its own: after a slash, which opens no number in running text)
        n = self.numexpr.match(near)
        got = match_value(n) if n and n.group("digits") and n.group("scales") else None
        if not got:
            return None
        parts = compound_parts(near, n)
        return sum((match_value(p)[0] for p in parts[1:]), got[0]), got[1], pos + parts[-1].end()

    def __call__(self, doc):
        ctx = Context.of(doc)
        key = ctx.lower
        # (an article that names a support programme: a million or a billion alone in it is money)
        programme_text = bool(self.programme_re.search(key))
        readings = self._readings(key)
        unit = _UNIT_HEADER.search(key)
        # ('Đơn vị tính: đồng': whole đồng, 1)
        header_unit = unit_of(unit) if unit else None
        table_money = money_cells(key) if "|" in key else {}
        # (the thousand of a unit written as a number, '(1.000 đồng)' over a column: a unit, no amount)
        unit_numbers = {m.start("num") for pattern in (_BRACKET_UNIT, _UNIT_HEADER) for m in pattern.finditer(key)
                        if m.group("num")} if "000" in key else set()
        classified: list[tuple[Reading, Fact | None]] = []
        i = 0
        while i < len(readings):
            r = readings[i]
            i += 1
            if r.start in unit_numbers:
                continue
            if not r.words and key.startswith("00", r.start):
                continue  # (the tail of a number a stray stop or space broke, '1.200. 000 đồng': no amount of its own)
            nxt = readings[i] if i < len(readings) else None
            # 1 tỷ 200 triệu: a smaller scaled number right after a scaled one adds to it.
            while nxt is not None and r.mult > 1 and 1 < nxt.mult < r.mult and (
                not r.words and regex.fullmatch(r"\s", key[r.end:nxt.start])
                # (spelled out, a comma may part the groups: 'Một tỷ, hai trăm năm mươi triệu đồng' is one amount
                # when the words after it are the places below its scale)
                or r.words and nxt.words and r.upper is None and nxt.value < r.mult
                and _SPELLED_GROUPS_GAP.fullmatch(key, r.end, nxt.start)
            ):
                # ('1 tỷ 2 trăm': hundreds with no scale word of their own after a million or a billion count the
                # next group down, 200 triệu, as 'một tỷ hai trăm' does)
                part = next_places(nxt.value, r.mult) if nxt.mult < 1000 and r.mult >= 1_000_000 else nxt.value
                r = Reading(r.start, nxt.end, r.value + part, r.mult, None, r.words)
                i += 1
                nxt = readings[i] if i < len(readings) else None
            if nxt is not None and r.mult >= 1_000_000 and not r.words and nxt.mult == 1 and \
                    key[r.end:nxt.start] in ("", " ") and _SPOKEN_TAIL.fullmatch(key, nxt.start, nxt.end) and \
                    (self.currency_re.match(key, nxt.end) or _PHRASE_END.match(key, nxt.end)
                     or _WORD_NEXT.match(key, nxt.end) and not self.noun_re.match(key, nxt.end)):
                # '1 tỷ 2 đồng', '3 triệu 5', '1 tỷ 2 cho 8 cơ sở': the digits after a scale word are the next places
                # of that scale, unless a counted noun follows them ('1 tỷ đồng 2 cơ sở' has its currency between)
                r = Reading(r.start, nxt.end, r.value + next_places(nxt.value, r.mult), r.mult, None, ())
                i += 1
                nxt = readings[i] if i < len(readings) else None
            currency_mid = None
            cm = self.currency_re.match(key, r.end)
            gap_start = cm.end() if cm else r.end
            rng = self.range_re.match(key, gap_start)
            if rng and nxt is not None and rng.end() == nxt.start and not ctx.overlaps_taken(nxt.start, nxt.end):
                # (the upper bound with its smaller scaled parts: 'từ 1 tỷ 200 triệu đến 1 tỷ 500 triệu đồng' is no
                # '1 tỷ' below its lower bound)
                while i + 1 < len(readings) and nxt.mult > 1 and not nxt.words and \
                        1 < readings[i + 1].mult < nxt.mult and regex.fullmatch(r"\s", key[nxt.end:readings[i + 1].start]):
                    nxt = Reading(nxt.start, readings[i + 1].end, nxt.value + readings[i + 1].value, nxt.mult, None, ())
                    i += 1
                if nxt.value * (1 if nxt.mult > 1 or r.mult == 1 else r.mult) <= r.value:
                    # '17-8', '10-6': a day and month, not a range
                    i += 1
                    continue
                lo = range_lower(r.value, r.mult, nxt.value, nxt.mult)
                i += 1
                if lo is None:
                    continue  # '30-1 tỷ': no reading puts the bounds in order and in one order of magnitude
                if cm:
                    currency_mid = cm.group("cur")
                r = Reading(r.start, nxt.end, lo, nxt.mult, nxt.value, r.words)
            given = self._unit_given(key, r, currency_mid, header_unit, table_money)
            if given:
                unit_mult, unit_end = given
                if unit_mult >= 1_000_000 and r.value >= 1_000_000 and r.value % 1000 == 0:
                    # a figure written out in whole đồng under a unit of millions or more ('ĐVT: triệu đồng', then
                    # 'kinh phí 250.000.000'; a '(triệu đồng)' column's '250.000.000'): its own đồng, not a
                    # million times them (250 nghìn tỷ, more than the programme's budget of all years); whole đồng
                    # end in thousands, where a sum in millions may not ('12.345.678' under 'triệu đồng' stays so)
                    unit_mult = 1
                r = Reading(r.start, unit_end, r.value * unit_mult, unit_mult, None, ())
                currency_mid = "đồng"
            before = len(ctx.facts)
            self._classify(ctx, key, r, currency_mid, programme_text)
            classified.append((r, ctx.facts[before] if len(ctx.facts) > before else None))
        self._share_tails(ctx, key, classified)
        self._level_labelled(ctx, key, classified)
        return doc

    def _unit_given(self, key: str, r: Reading, currency_mid: str | None, header_unit: int | None,
                    table_money: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
        """The unit a bare figure takes from what stands around it, as (its multiplier, the figure's new end), or
        None: a header's ('(ĐVT: triệu đồng)' then 'Khuyến công quốc gia: 2 đề án, kinh phí 1.300.', after a budget's
        label), a table column's ('| ... | 250 |' under 'Kinh phí (triệu đồng)'), or a bracket on the budget's label
        ('kinh phí (triệu đồng): 2.150') or right after the figure ('kinh phí 2.350 (triệu đồng)')."""
        if r.mult != 1 or r.words:
            return None
        bare = r.upper is None and currency_mid is None and not self.currency_re.match(key, r.end) and \
            not self.noun_re.match(key, r.end)
        labelled = bare and _LABELLED_BUDGET.search(key, max(0, r.start - 40), r.start) is not None
        if header_unit and labelled and (header_unit > 1 or r.value >= 1_000_000):
            return header_unit, r.end  # (in whole đồng, only a figure a budget could be: 'kinh phí: 2.350.000.000')
        cell = table_money.get(r.start)
        if cell and cell[0] == r.end:
            return cell[1], r.end
        if not bare:
            return None
        label = _BRACKET_UNIT_LABEL.search(key, max(0, r.start - 50), r.start)
        if label:
            return unit_of(label), r.end
        after = _BRACKET_UNIT_AFTER.match(key, r.end) if labelled else None
        if after:
            return unit_of(after), after.end()
        # (or a money word shortly before it in its sentence: 'hỗ trợ cơ sở A 250 tr. để mua máy'; a page's 'tr.' stands
        # before its number)
        near = key[max(0, r.start - 40):r.start]
        abbrev = self.bare_abbrev.match(key, r.end) if labelled or \
            self.money_ctx_re.search(near) and "." not in near else None
        return (self.abbrevs[abbrev.group("abbrev")], abbrev.end()) if abbrev else None

    def _share_tails(self, ctx: Context, key: str, classified: list[tuple[Reading, Fact | None]]) -> None:
        """'lần lượt hỗ trợ 10 và 12 đề án', 'lần lượt là 1,5 và 2,5 tỷ đồng': in a sentence that gives figures
        respectively, bare numbers listed before a counted or priced one share its noun or currency, and its scale
        when they have none of their own. (Elsewhere a bare number before a list word is as often something else:
        a day, a grade, a number of another noun said before.)"""
        if not respectively().search(key):
            return  # (most articles give no figures respectively)
        i = len(classified) - 1
        while i > 0:
            last, fact = classified[i]
            sent = ctx.sentence_of(last.start) if ctx.sentence_starts else 0
            sent_start, sent_end = ctx.sentence_span(sent) if ctx.sentence_starts else (0, len(key))
            cue_before = respectively().search(key, sent_start, last.start)
            later = None if cue_before else respectively().search(key, last.end, sent_end)
            if cue_before is None and later is None:
                i -= 1
                continue
            j = i
            while fact is not None and fact.type in ("money", "project_count", "quantity") and j > 0:
                prev, prev_fact = classified[j - 1]
                if prev_fact is not None or prev.words or prev.upper is not None or \
                        not _LIST_GAP.fullmatch(key, prev.end, classified[j][0].start) or \
                        ctx.overlaps_taken(prev.start, prev.end) or _YEARLIKE.match(key, prev.start) or \
                        self.ordinal_re.search(key, max(0, prev.start - 40), prev.start):
                    break
                j -= 1
            head = classified[j - 1][0] if j > 0 else None
            if head is not None and _LIST_GAP.fullmatch(key, head.end, classified[j][0].start) and \
                    self.ordinal_re.search(key, max(0, head.start - 40), head.start):
                j = i  # 'Điều 3, 4 và 5': the list goes on from an article's number, not a count
            if later is not None and j < i:
                # (the cue after the list: '10, 12, 15 đề án, kinh phí tương ứng 1,5 tỷ; 1,8 tỷ và 2,2 tỷ đồng'
                # shares the noun only when as many figures follow the cue as the list holds)
                n_after = sum(1 for f in ctx.facts if f.type == "money" and later.end() < f.start < sent_end)
                if n_after != i - j + 1:
                    j = i
            for r, _ in classified[j:i]:
                mult = last.mult if r.mult == 1 else 1
                shared = Reading(r.start, r.end, r.value * mult, r.mult * mult, None, r.words)
                self._add(ctx, fact.type, r.start, r.end, shared, "exact", unit=fact.unit, currency=fact.currency)
            i = j - 1 if j < i else i - 1

    def _after_level(self, key: str, at: int, lo: int = 0) -> bool:
        """A programme level's name stands right before ``at`` (within 40 characters, not before ``lo``)."""
        return self.level_label.search(key, max(lo, at - 40), at) is not None

    def _level_labelled(self, ctx: Context, key: str, classified: list[tuple[Reading, Fact | None]]) -> None:
        """'tổng kinh phí 3.550 triệu đồng (KCQG: 1.200; KCĐP: 2.350)', 'trong đó KCQG 2, KCĐP 10 đề án': in a sentence
        that splits money or projects by the programme's levels, a bare number right after a level's name (rules/
        funding_cues.tsv, scope national / local) is an amount or a count like the level's sibling that prints its unit,
        or like the whole it is split from; only when it is then smaller than that whole, where the sentence gives
        one."""
        told = [(r, f) for r, f in classified if f is not None and (
            f.type == "money" and r.mult > 1 or f.type == "project_count")]
        for r, fact in classified:
            if fact is not None or r.words or r.upper is not None or r.mult != 1 or _YEARLIKE.match(key, r.start) or \
                    ctx.overlaps_taken(r.start, r.end) or not self._after_level(key, r.start) or \
                    not (_PHRASE_END.match(key, r.end) or _LIST_GAP.match(key, r.end)):
                continue  # (a number alone before a list's next item or the clause's end: not '30%', '2 lớp')
            sent = ctx.sentence_of(r.start) if ctx.sentence_starts else 0
            lo, hi = ctx.sentence_span(sent) if ctx.sentence_starts else (0, len(key))
            near = [(m, f) for m, f in told if lo <= m.start < hi]
            # (a labelled sibling that prints its unit, else the whole before the labels)
            sibling = next(((m, f) for m, f in near if m.start > r.end and self._after_level(key, m.start, lo)), None)
            whole = next(((m, f) for m, f in reversed(near)
                          if m.end <= r.start and not self._after_level(key, m.start, lo)), None)
            source = sibling or whole
            if source is None:
                continue
            model, like = source
            value = r.value * (model.mult if like.type == "money" else 1)
            if whole is not None and whole[1].type == like.type and value >= whole[1].value:
                continue  # (no part of the whole: another reading of the number)
            if like.type == "money":
                self._add(ctx, "money", r.start, r.end, Reading(r.start, r.end, value, model.mult, None, r.words),
                          "exact", currency=like.currency)
            else:
                self._add(ctx, "project_count", r.start, r.end, r, "exact", unit=like.unit)

    # -- deciding what a number is ---------------------------------------------------------------
    def _classify(self, ctx: Context, key: str, r: Reading, currency_mid: str | None,
                  programme_text: bool = False) -> None:
        if ctx.overlaps_taken(r.start, r.end):
            return
        sent_start, sent_end = ctx.sentence_span(ctx.sentence_of(r.start)) if ctx.sentence_starts else (0, len(key))
        left = key[max(sent_start, r.start - 40):r.start]
        ordinal = self.ordinal_re.search(left)
        at = r.start - len(left) + ordinal.start() if ordinal else 0
        if ordinal and at not in ctx.token_starts and (ordinal.group().strip() in self.own_word_ordinals
                                                       or ctx.text[at:at + 1].isupper()):
            # the end of another word: 'hỗ trợ khẩn cấp 1 đề án' (urgent), not 'cấp 1' (a level); a capitalised one
            # ends a name ('cho thành phố Hải Phòng 2 đề án', 'thành phố Tam Kỳ 3 cơ sở')
            ordinal = None
        if ordinal and self.count_lead_re and self.count_lead_re.search(left):
            ordinal = None  # 'tổng số 15 đề án': a count
        if ordinal and (ordinal.group().split()[-1] == "thứ"
                        or not (r.mult >= 1_000_000 or self.currency_re.match(key, r.end))):
            return  # 'cấp 3', 'Quyết định 407', 'du khách thứ 10 triệu'; but 'cấp 800 triệu đồng' is money given
        digits = key[r.start:r.end]
        if (self.year_re.search(left) or _AFTER_YEAR.search(left)) and regex.match(r"(?:19|20)\d\d(?![\d.,])", digits):
            # 'năm 2023'; also the next year of a list ('các năm 2021, 2022, 2023 tỉnh ...') and a span read as a
            # range ('giai đoạn 2021 đến 2025 tỉnh ...': no 2,021 provinces)
            return
        if self.percent_re.match(key, r.end):
            return
        start, end = r.start, r.end
        qualifier = "exact"
        q = self.qualifier_re.search(left)
        if q and (q.group("q") or q.group("qc")) == "trên" and self.number_before_re.search(left, 0, q.start()):
            q = None  # 'bốn trên năm phiên', '3 trên 5 đề án': out of, no bound
        if q and q.group("q") == "ngoài" and _CLAUSE_OPENS.search(left, 0, q.start()):
            q = None  # 'Năm 2024, ngoài 3 đề án khuyến công quốc gia, tỉnh còn ...': besides, no bound
        if q:
            qualifier = self.qualifiers[q.group("q") or q.group("qc")]
            start = r.start - (len(left) - q.start())
        elif self.estimate_re.search(left):
            qualifier = "approx"  # (the fact's text stays the number: the words between are not its own)
        else:
            f = self.from_re.search(left)
            if f and r.upper is not None:
                start = r.start - (len(left) - f.start())
        lone_mot = r.words == ("một",)
        if r.words and ctx.text[r.start].isupper() and self._opens_name(ctx, r.end + 1):
            return  # a number word opening a name: 'nước mắm Ba Làng', 'Năm Căn' (not 'Hai Bộ trưởng': two ministers)

        currency = None
        cm = self.currency_re.match(key, r.end)
        if cm:
            currency, end = self.currencies[cm.group("cur")], cm.end()
        elif currency_mid:
            currency = self.currencies[currency_mid]
        elif start > 0 and key[start - 1] == "$":
            currency, start = "USD", start - 1
        if currency:
            self._add(ctx, "money", start, end, r, qualifier, currency=currency)
            return
        if ctx.text[r.end - 1:r.end] == "K" and r.mult == 1000:
            return  # '4K', '8K': a screen resolution; only '50k' or '50K đồng' is money
        if lone_mot and (not _ONE_PROGRAMME_PROJECT.match(key, r.end) or key.endswith("là ", 0, r.start)):
            return  # (not what a thing is: 'Đây là một đề án khuyến công ...')
        nm = self.noun_re.match(key, r.end)
        spelled = _SPELLED_AGAIN.match(key, r.end) if not nm and not r.words else None
        if spelled and parse_words(spelled.group(1).split()) == r.value:
            nm = self.noun_re.match(key, spelled.end())  # '01 (một) đề án': the count spelled out again in brackets
        if not nm and not r.words and start == r.start and key[start - 1:start] == "(" and key.startswith(")", r.end):
            # the count's digits in brackets, as documents write them, maybe after its words ('phê duyệt (02) đề án',
            # 'hai (02) đề án'): one count of the noun after the bracket
            nm = self.noun_re.match(key, r.end + 1)
            if nm:
                words = _WORDS_BEFORE_BRACKET.search(key, max(sent_start, start - 30), start - 1)
                said = words.group(1).split() if words else []
                back = next((k for k in range(1, len(said) + 1) if parse_words(said[-k:]) == r.value), 0)
                start = start - 2 - len(" ".join(said[-back:])) if back else start - 1
        of_total = None
        if not nm and r.upper is None:
            # '3/4 đề án', '10/12 nhiệm vụ': done out of planned; the count is the first number; so too for other
            # counted nouns ('47/52 sản phẩm đạt', '59/97 xã'), the part no greater than its whole (a date is:
            # '28/4 thôn ...')
            of_total = _OF_TOTAL.match(key, r.end)
            if of_total:
                nm = self.noun_re.match(key, of_total.end())
                if nm and self.nouns[nm.group("n")][0] != "project_count" and (
                        self.nouns[nm.group("n")][0] != "quantity" or r.value > int(of_total.group()[1:])):
                    nm = None
        if nm and "\n" in key[r.end:nm.start("n")]:
            nm = None  # a number alone on its line (a table's row number) counts nothing of the line after it
        if nm and nm.group("n") in self.capital_only and ctx.text[nm.start("n"):nm.end("n")] != \
                ctx.text[nm.start("n"):nm.end("n")].upper():
            nm = None  # an abbreviation counts only as written, in capitals ('9 ĐA'; not 'tối đa', 'đa dạng')
        if nm and r.mult >= 10**6 and ctx.text[nm.start("n")].isupper() and \
                self.money_ctx_re.search(key, max(sent_start, r.start - 60), r.start):
            # a priced sum before a capital that opens the next line of a caption run on without a stop ('... bán với
            # giá 120 triệu Lễ hội trưng bày ...'): no count of the noun after it
            nm = None
        if nm and r.mult >= 10**6 and (self.nouns[nm.group("n")][0] == "project_count"
                                       or self.money_ctx_re.fullmatch(nm.group("n"))):
            # 'giải ngân hơn 1 tỷ khuyến công': no million projects, the programme the money is of; '3,5 tỷ kế hoạch
            # năm': no billion plans, the plan's sum
            nm = None
        if nm and r.mult >= 10**6 and _YEAR_AFTER.match(key, nm.start("n")):
            # a million or a billion before 'năm' and a year ('tổng kinh phí 2 tỷ năm 2024'): no billion years, the
            # year of the sum
            nm = None
        spent = bool(nm) and self.nouns[nm.group("n")][0] == "quantity" and \
            self._spends_on(ctx, key, r, nm.start("n"), sent_end, money_word=False)
        if spent:
            nm = None  # '2,4 tỷ tổ chức hội chợ': the sum's use, not 2.4 billion organisations
        if nm:
            kind, unit = self.nouns[nm.group("n")]
            if kind == "blocked":
                return
            if (kind == "project_count" or unit == "chương trình") and qualifier == "exact" and \
                    _PLAIN_YEAR.fullmatch(digits):
                return
            if self.rate_re.match(key, nm.end()):
                return
            if kind == "project_count" and unit == "=":
                # '3 đề án khuyến công quốc gia và 10 khuyến công địa phương': the programme's name stands for the
                # noun of the count before it (rules/project_units.tsv)
                before = [f for f in ctx.facts if f.type == "project_count" and sent_start <= f.start < r.start]
                if before:
                    self._add(ctx, kind, start, r.end, r, qualifier, unit=before[-1].unit)
                return
            if kind == "project_count":  # a range of projects counts its lower bound ('10 - 15 đề án')
                self._add(ctx, kind, start, nm.end(), r, qualifier, unit=unit)
                return
            if kind == "quantity" and unit == "chương trình" and (
                    _PLAN.search(key, sent_start, sent_end) or _COUNTED_TOGETHER.search(key, 0, sent_start)) and \
                    not _PROGRAMMES_JOINED.search(key, max(sent_start, start - 20), start) and \
                    not _PROGRAMMES_NAMED.match(key, nm.end()):
                # '3 chương trình tuyên truyền' in a sentence about the plan's projects: a project; so is any in a
                # plan that counted its 'chương trình, đề án' together before ('5. Thông tin tuyên truyền: 3 chương
                # trình, 400 triệu đồng.')
                self._add(ctx, "project_count", start, nm.end(), r, qualifier, unit=unit)
                return
            if kind == "quantity":
                unit_start, unit_end = nm.start("n"), nm.end()
                word_end = ctx.token_end_at.get(unit_start, unit_end)
                # (not a class noun of equipment joined to the work it does: '6 máy sấy', '2 lò sấy' count 'máy' and
                # 'lò', as '16 máy làm đất' does; rules/unit_classifiers.tsv 'head', the work a machine does from
                # rules/product_open.tsv 'machine_verb'; '3 máy bay' are aircraft)
                joined = key[unit_end:word_end].split()
                if word_end > unit_end and regex.fullmatch(r"[\p{Ll} ]+", ctx.text[unit_start:word_end]) and \
                        not set(joined) & self.function_words and \
                        not (self.classifiers.get(unit) == "head" and joined[0] in self.machine_work):
                    # 'khách' in 'khách sạn', 'nhà' in 'nhà cung cấp': the counted noun is the whole word; not a
                    # name or grade written with a capital ('6 giải C', which underthesea keeps as one word), nor a
                    # function word underthesea joined to it ('8 cơ sở tại xã ...': 'sở tại' is 'local')
                    if _PLAIN_YEAR.fullmatch(digits) and qualifier == "exact" and \
                            key[unit_start:word_end] not in self.nouns:
                        return  # (a year before a word the gazetteer's noun only opens: 'Khuyến công 2025 | giải ngân')
                    unit, unit_end = key[unit_start:word_end], word_end
                unit, unit_end = self._classified(ctx, key, unit, unit_end)
                self._add(ctx, kind, start, unit_end, r, qualifier, unit=unit)
                return
            return
        # (read on a longer reach than the other left words: 'số đề án khuyến công địa phương được thực hiện là 15')
        count_of = self.count_of_re.search(key, max(sent_start, r.start - 90), r.start) \
            if r.mult == 1 and r.upper is None else None
        if count_of and not _YEARLIKE.match(key, r.start):
            # 'số đề án được hỗ trợ là 25', 'Số nhiệm vụ: 12': the count of projects, its noun before it
            self._add(ctx, "project_count", start, end, r, qualifier,
                      unit=self.nouns[count_of.group("n")][1])
            return
        noun = self._counted_noun(ctx, key, r.end)
        if noun and r.mult >= 10**6 and programme_text and (
                not (ctx.tag_at(r.end + 1) or "").startswith("N")
                or self.purpose_re.search(key, r.end, min(len(key), r.end + 30))):
            # in a programme report, a million or a billion before a word the unit gazetteer does not hold is money
            # when the word is no noun ('kinh phí 650 triệu dự kiến hoàn thành', '200 triệu tuy không lớn') or a
            # programme or purpose follows ('Gần 11 tỷ công tác khuyến công'); '92 triệu dân' stays a count
            noun = None
        elif noun and r.mult >= 10**6 and self.money_ctx_re.search(key, max(sent_start, r.start - 20), r.start) and \
                not (ctx.tag_at(r.end + 1) or "").startswith("N"):
            # right after a money word, a million or a billion before a word that is no noun is money in any text
            # ('hợp đồng trị giá 5,8 tỷ trực tiếp'); 'hỗ trợ 2 triệu người' stays a count
            noun = None
        elif noun and r.mult >= 1000 and self.money_ctx_re.fullmatch(noun[0]):
            noun = None  # '800 triệu hỗ trợ cho 4 đề án', 'giao 1 tỷ kinh phí': the money word says what the sum is
        elif noun and self._spends_on(ctx, key, r, r.end + 1, sent_end):
            noun, spent = None, True  # 'gần 15 tỷ khôi phục làng nghề', '1,8 tỷ xây dựng 12 mô hình': what the sum does
        if noun and not r.words and not _YEARLIKE.match(key, r.start):
            unit, unit_end = self._classified(ctx, key, *noun)
            self._add(ctx, "quantity", start, unit_end, r, qualifier, unit=unit)
            return
        if r.mult >= 1000 and _PER_UNIT.match(key, r.end):
            return  # '4,5 triệu viên/năm': a capacity, not money
        if r.mult >= 1000:
            # 'tham ô 17,6 triệu đồng, ông Phi 30,6 triệu': a list of amounts shares the first one's currency
            earlier = [f for f in ctx.facts if f.type == "money" and sent_start <= f.start < r.start]
            listed = self._listed_currency(key, r.end)
            if earlier:
                self._add(ctx, "money", start, end, r, qualifier, currency=earlier[-1].currency)
            elif listed:
                # '5.000 tỉ, 9.000 tỉ, 10.000 tỉ đồng': a list of amounts shares the currency of its last one
                self._add(ctx, "money", start, end, r, qualifier, currency=listed)
            elif spent or self.money_ctx_re.search(key, max(sent_start, r.start - 60), r.start) or \
                    _PRICE_PER.match(key, r.end) or \
                    r.mult >= 10**6 and (programme_text or self._bare_money_after(key, r.end, sent_end)):
                # (a million or a billion with no noun after it, in a report on a support programme, is money: '28 đề
                # án với 5,1 tỷ', '- Các hoạt động khác: 300 triệu', 'năm 2021 là 2,4 tỷ, năm 2022 là 2,7 tỷ')
                self._add(ctx, "money", start, end, r, qualifier, currency="VND")

    @staticmethod
    def _opens_name(ctx: Context, pos: int) -> bool:
        """The word at ``pos`` (or the rest of underthesea's word that holds it) is capitalised syllable by syllable,
        not in capitals throughout: a name ('Làng', 'Căn', 'Vì'), not a title ('Bộ trưởng') or a shouted line."""
        word = ctx.token_containing(pos)
        text = ctx.text[pos:word[1]] if word else ""
        return bool(text) and all(_TITLECASE_WORD.match(w) for w in text.split(" "))

    def _spends_on(self, ctx: Context, key: str, r: Reading, word: int, sent_end: int, money_word: bool = True) -> bool:
        """A million or a billion before a verb whose clause names what programme money buys ('2,4 tỷ tổ chức
        hội chợ', 'gần 15 tỷ khôi phục làng nghề'): the sum's use. The tagger alone is not enough: in a short
        headline it takes nouns for verbs ('90 triệu cổ phiếu lên UPCoM'). Before a counted noun of the unit gazetteer
        a money word after is not enough ('768 triệu cp lên 1.147 triệu cp, tương ứng với vốn điều lệ ...')."""
        if r.mult < 10**6 or r.words:
            return False
        window = (word, min(sent_end, word + 60))
        if not (self.purpose_re.search(key, *window) or (self._bare_money_after(key, word, sent_end) if money_word
                                                          else _PLAN.search(key, *window))):
            return False
        return (ctx.tag_at(word) or "").startswith("V")

    def _listed_currency(self, key: str, end: int) -> str | None:
        """The currency of the amount that ends a list of scaled amounts starting right after ``end``, if any."""
        for _ in range(8):
            gap = _LIST_GAP.match(key, end)
            nxt = self.numexpr.match(key, gap.end()) if gap and gap.end() > end else None
            if nxt is None or not nxt.group("scales"):
                return None
            cur = self.currency_re.match(key, nxt.end())
            if cur:
                return self.currencies[cur.group("cur")]
            end = nxt.end()
        return None

    def _bare_money_after(self, key: str, end: int, sent_end: int) -> bool:
        """A million or a billion with no noun after it is money when what follows in its sentence says so: a
        money word, or the projects it pays for ('được giao 3 tỷ cho 20 đề án'; a headline's '7,4 tỷ thực hiện các
        nhiệm vụ, đề án khuyến công')."""
        window = (end, min(sent_end, end + 60))
        return bool(self.money_after_re.search(key, *window) or _PLAN.search(key, *window))

    def _classified(self, ctx: Context, key: str, unit: str, end: int) -> tuple[str, int]:
        """The counted noun behind a classifier ('con gia súc', 'chiếc máy' -> 'máy'), else ``unit`` as it is."""
        action = self.classifiers.get(unit)
        if action == "head":
            return unit, end
        if action is None:
            first, _, rest = unit.partition(" ")
            if rest and self.classifiers.get(first) == "drop" and (rest in self.nouns or " " in rest):
                # underthesea joined the counter to its noun: '9 kỳ hội chợ' -> 'hội chợ'; not a word of its own that
                # starts with it ('7 kỳ quan', wonders)
                return rest, end
            return unit, end
        head = self._counted_noun(ctx, key, end, self.function_words)
        if head is None or action == "drop" and head[0] not in self.nouns and not (ctx.tag_at(end + 1) or "").startswith("N"):
            return unit, end  # (a counter before a verb counts itself: '6 kỳ bình chọn' -> 'kỳ')
        return (f"{unit} {head[0]}" if action == "extend" else head[0]), head[1]

    def _counted_noun(self, ctx: Context, key: str, pos: int, excluded: set[str] | None = None) -> tuple[str, int] | None:
        """The underthesea word right after a number when it looks like a counted noun, else None.

        Vietnamese puts the counted noun straight after the number; this catches nouns missing from
        ``gazetteers/units.tsv``. Function words, verbs and names are ruled out by ``rules/not_units.tsv``.
        """
        if key[pos:pos + 1] != " ":
            return None
        start = pos + 1
        end = ctx.token_end_at.get(start)
        if end is None:
            return None
        word = ctx.text[start:end]
        if not regex.fullmatch(r"\p{Ll}+(?: \p{Ll}+){0,2}", word):
            return None
        folded = key[start:end]
        first = folded.split(" ")[0]
        excluded = self.not_units if excluded is None else excluded
        if folded in excluded or first in excluded:
            return None
        return folded, end

    @staticmethod
    def _add(ctx: Context, type_: str, start: int, end: int, r: Reading, qualifier: str, **extra) -> None:
        upper = int(round(r.upper)) if r.upper is not None else None
        value = int(round(r.value))
        if value > INT64_MAX or upper is not None and (upper > INT64_MAX or upper < value):
            return  # '10 tỉ tỉ USD' or 300 digits: no amount the text can mean
        ctx.add(
            Fact(
                type=type_, text=ctx.text[start:end], start=start, end=end, value=value,
                qualifier=qualifier, upper=upper if type_ != "project_count" else None, **extra,
            )
        )


@Language.factory("kc_amounts")
def make_amount_matcher(nlp: Language, name: str) -> AmountMatcher:
    return AmountMatcher()
