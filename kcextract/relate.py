"""Stage 4b: funding records, the relations between an article's figures.

In each sentence, programme project counts and money amounts are walked in order; a count and an amount of the same
clause join into one record; scope and status come from cue words of the clause (``rules/funding_cues.tsv``), the
period from the sentence or the nearest one before it, the province from the statement or the article's subject
(``subject.py``, stage 4a); then each record's whole (``part_of``) and which records are headline figures.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import data
from .facts import ROUNDING_SHARE, Fact, FundingRecord
from .match.context import Context
from .match.tables import TABLE_ROW, Table, money_unit, tables
from .numbers import (TEXT_COMMA, TEXT_DOT, _alt, compiled, count_words, dong_words, last_match, number_words,
                      parse_words, printed_unit, respectively, whole_words)
from .segment import DATELINE_MARK, DATELINE_SOURCE, is_dateline
from .subject import FORMER, PROVINCE_LEVEL, lead_index, under_province, venue_words

# the words between a count and its own amount right after it ('06 nhiệm vụ với kinh phí 1.605 triệu đồng', '6 đề án
# khuyến công địa phương, kinh phí 1,2 tỷ đồng')
_COUNTS_OWN_AMOUNT = regex.compile(r"[^,;.:()\d]{0,40}?\s*,?\s*(?:với\s+)?(?:tổng\s+)?(?:số\s+)?(?:kinh phí|tiền)"
                                   r"(?:\s+(?:hỗ trợ|thực hiện))?\s*(?:là\s*)?")
_SAME_PHRASE = regex.compile(r"[^,;.:()\d]{0,40}")  # what may stand between a count and its amount in one phrase
# (a dot between digits groups thousands, '1.680 triệu đồng': no stop)
_NO_STOP = rf"(?:(?!;|{TEXT_DOT})[\s\S])"
# (or through them: 'hỗ trợ các cơ sở gần 4 tỷ đồng thông qua 17 đề án', '... tổng cộng 1,35 tỷ đồng qua 6 đề án'; a
# bare 'qua' only right before the count, not 'qua đó', thereby, nor 'năm qua')
_FOR = regex.compile(rf"{_NO_STOP}{{0,60}}?(?<!\p{{L}})(?:cho|để|với|thực hiện|hỗ trợ|triển khai|thông qua"
                     r"|qua(?=\s*$|\s+(?:\d|hơn|gần|khoảng|trên)))(?!\p{L})"
                     rf"{_NO_STOP}{{0,30}}")
# an aside that rates the amount against its plan, which an amount's count may follow ('giải ngân 3,2 tỷ đồng, đạt
# 96,5% kế hoạch được giao, cho 14 đề án'): left out when the gap to the count is measured
_RATE_ASIDE = regex.compile(r",\s*(?:đạt|bằng|tăng|giảm|vượt)\s(?:[^,;.%]|[,.](?=\d)){0,20}%"
                            r"(?:[^,;.]|,(?=\d)){0,40}(?=,)")
# (a comma between digits is a decimal one, '2,3 tỷ đồng': no break)
_CLAUSE_BREAK = regex.compile(rf";|{TEXT_COMMA}")
_ASIDE = regex.compile(r"\([^()]{0,80}\)")
# how an item stands, said after its amount and a comma, up to the item's ';' or the sentence's end ('..., kinh phí
# 1,2 tỷ đồng, đã hoàn thành;'); its verbs say it in a bracket too (_STATUS_ASIDE)
_STATE_VERB = r"(?:hoàn thành|triển khai|nghiệm thu|thực hiện|giải ngân|phê duyệt|bàn giao|lắp đặt(?:\s+xong)?)"
# where an item's state ends its item: a ';' or a stop, or the end of a paragraph that has none
_ITEM_END = r"(?=\s*(?:[;.]|$)|[ \t]*\n)"
# (or after the amount's bracket: 'đề án ... (800 triệu đồng) đã lắp đặt xong; đề án ... (700 triệu đồng) đang lắp đặt')
_ITEM_STATE_AFTER = regex.compile(rf"\s*[,)]\s*(?:hiện\s+)?(?:đã|đang|chưa|sẽ|vẫn)\s+(?:được\s+)?"
                                  rf"(?:\p{{L}}+\s+){{0,2}}?{_STATE_VERB}{_ITEM_END}")
_PLAN_LISTS = regex.compile(r"(?:bao\s+)?gồm")  # (a breakdown cue that may list a plan's own projects)
_COUNT_IN = regex.compile(r"\d\s*(?:đề án|dự án|nhiệm vụ|chương trình)(?!\p{L})")
# a bracket that only says how the work stands ('2 đề án, 1,3 tỷ đồng (đã hoàn thành)', '(đang triển khai)'): its words
# are the figure's tense said after it, read without the brackets
_STATUS_ASIDE = regex.compile(rf"\(\s*(?:hiện\s+)?(?:đã|đang|chưa|sẽ|dự kiến)?\s*(?:được\s+)?{_STATE_VERB}"
                              r"(?:\s+\p{L}+){0,2}\s*\)")
_ITEM_STATE_BRACKETED = regex.compile(rf"\s*{_STATUS_ASIDE.pattern}{_ITEM_END}")
# a clause break and a new clause's words before a count ('..., tỉnh còn thực hiện | 6 đề án'), not a bare list
_OWN_CLAUSE = regex.compile(r"[,;]\s*(?!(?:và|cùng|với)\s)\p{L}+(?:\s+\p{L}+)*\s+$")
# the joint between two beneficiaries' amounts of one deed: 'và' or a comma
_NEXT_SIBLING = regex.compile(r"\s*(?:,\s*(?:và\s)?|và\s)")
# 'at the same time' opening a clause: another piece of work beside the figure before it ('hỗ trợ 4 cơ sở ... 560
# triệu đồng; đồng thời tổ chức 2 đoàn ... với kinh phí 150 triệu đồng'), no part of it; at a sentence's start it
# still goes on with the paragraph's programme ('Đồng thời tiếp tục triển khai Đề án ...')
_SAME_TIME = regex.compile(r"(?<!\p{L})đồng thời(?!\p{L})")
_AT_THE_SAME_TIME = regex.compile(r"\W*" + _SAME_TIME.pattern)
_CLAUSE_BREAK_ALL = regex.compile(rf"[;:]|{TEXT_COMMA}")
# the rest of a provincial centre's name in sentence case, which the organisation patterns (capitalised
# words only) stop short of: 'Trung tâm Khuyến công | và Xúc tiến thương mại tỉnh', '... | và Tư vấn phát triển
# công nghiệp', 'Trung tâm Khuyến công – Xúc tiến thương mại', and its abbreviation 'TTKC&XTTM'. Matched on the
# lower-case key, so it is anchored on 'khuyến công' (or 'ttkc'), 'và', '&' or a dash, and a purpose-like word.
_CENTRE_NAME = regex.compile(r"(?:(?<=khuyến công)|(?<=(?<!\p{L})ttkc))\s*(?:và|&|[-–])\s*"
                             r"(?:xúc tiến thương mại|xttm|tư vấn(?: phát triển)?(?: công nghiệp)?|tvptcn)")
# a sentence that opens by pointing back at the budget just stated: 'Với nguồn kinh phí này, ...', 'Từ số tiền trên,
# ...', 'Số kinh phí này được dùng để ...'; or by the bare budget noun as the subject of what it was spent on ('Kinh phí
# tập trung cho 35 đề án', 'Nguồn vốn được dùng để thực hiện ...': no programme or year of its own)
_OF_THAT_BUDGET = regex.compile(
    r"\W*(?:(?:(?:với|từ|bằng|dùng)\s+)?(?:nguồn\s+|số\s+|khoản\s+)?(?:kinh phí|ngân sách|tiền|vốn)\s+"
    r"(?:này|trên|đó|nói trên)(?!\p{L})|(?:nguồn\s+|số\s+|toàn bộ\s+)?(?:kinh phí|vốn)\s+(?:(?:sẽ|được|đã)\s+)?"
    r"(?:tập trung|dùng|sử dụng|dành|ưu tiên|phân bổ)(?!\p{L})"
    # (or the rest of it: 'Phần còn lại 800 triệu đồng dùng cho đào tạo nghề ...', 'Số kinh phí còn lại ...')
    r"|(?:phần|số)(?:\s+(?:kinh phí|tiền|vốn))?\s+còn lại(?!\p{L}))")
# a clause whose subject is the members of a group ('các địa phương còn lại', 'các cơ sở khác được hỗ trợ'): a range
# of amounts said of them is what each one got
_GROUP_OF_MANY = regex.compile(r"\s*(?:còn\s+)?các\s+(?:\p{L}+\s+){1,3}?(?:còn lại|khác)(?!\p{L})")
# a lender as the subject of an amount's clause, with its verb of lending or paying out ('Ngân hàng Nông nghiệp ... đã
# giải ngân '), or lending said right after the amount ('45 tỷ đồng cho vay các cơ sở', '2 tỷ đồng vốn vay'): a loan
_LENDER_BEFORE = regex.compile(r"(?<!\p{L})(?:ngân hàng|quỹ tín dụng|tổ chức tín dụng)(?!\p{L})[^,;.]*?"
                               r"(?<!\p{L})(?:cho vay|giải ngân|cấp tín dụng|dư nợ)(?!\p{L})[^,;.]*$")
_LENT_AFTER = regex.compile(r"\s*(?:vốn\s+)?(?:cho vay|cho\s+(?:\p{L}+\s+){1,3}?vay|vay(?:\s+vốn)?)(?!\p{L})")
# words that make an announcement's noun many works, or the chosen ones among many: 'Một số đề án tiêu biểu:', 'Các
# nội dung chính:', 'Những hoạt động nổi bật:'
_MANY_NAMED = regex.compile(r"(?<!\p{L})(?:một số|các|những|một vài|nhiều|tiêu biểu|nổi bật|điển hình|chính|cụ thể)"
                            r"(?!\p{L})")
# a sentence that opens by saying what the plan just stated is made of: 'Kế hoạch gồm 11 đề án', 'Kế hoạch này có ...'
_PLAN_MADE_OF = regex.compile(r"\W*kế hoạch(?:\s+(?:này|trên|đó|năm nay))?\s+(?:(?:bao\s+)?gồm|có)(?!\p{L})")
_A_PLAN = regex.compile(r"(?<!\p{L})kế hoạch(?!\p{L})")
# right after a count, the ministry as the one who funds or approves the projects: 'đề án do Bộ Công Thương hỗ trợ',
# 'đề án được Bộ Công Thương phê duyệt'
_BY_THE_MINISTRY = regex.compile(r"\s*(?:khuyến công\s+)?(?:do|được|đã được)\s+(?:bộ công thương|bct|cục công thương địa "
                                 r"phương)\s+(?:hỗ trợ|tài trợ|cấp kinh phí|phê duyệt|giao|chấp thuận|đồng ý)(?!\p{L})")
# words of money a sentence with no figure may speak of ('chiếm khoảng 1/3 trong tổng kinh phí được phân bổ')
_MONEY_TALK = regex.compile(r"(?<!\p{L})(?:kinh phí|ngân sách|nguồn vốn|số tiền)(?!\p{L})")
_BUDGET_NOUN = regex.compile(r"(?<!\p{L})(?:kinh phí|ngân sách|hỗ trợ)(?!\p{L})")
# the rest of a count's clause (however long its list of beneficiaries or products), a ';', then straight away
# the budget of it: nothing else between
# an amount's budget label, up to its figure ('với tổng kinh phí ', 'kinh phí thực hiện là: ')
_BUDGET_LABEL = (r"(?:với\s+)?(?:tổng\s+(?:số\s+)?)?(?:kinh phí|số tiền|vốn)(?:\s+(?:hỗ trợ|thực hiện))?"
                 r"(?:\s+là)?\s*:?\s*")
_BUDGET_OF = regex.compile(r"[^;.:]{0,160};\s*" + _BUDGET_LABEL)
_NATIONAL_PROGRAMME = regex.compile(r"(?<!\p{L})chương trình (?:khuyến công quốc gia|kcqg)(?!\p{L})")
# the local programme named right after the national one's name: both programmes, no framework
_AND_LOCAL = regex.compile(r"\s+và\s+(?:(?:chương trình\s+)?khuyến công\s+)?(?:địa phương|kcđp)(?!\p{L})")
# the national programme named as what the projects belong to or the money comes from, not as a framework
_OF_NATIONAL_PROGRAMME = regex.compile(r"(?<!\p{L})(?:thuộc|từ|của)\s+(?:nguồn\s+(?:kinh phí\s+|vốn\s+)?)?"
                                       r"chương trình (?:khuyến công quốc gia|kcqg)(?!\p{L})")
# the beneficiaries a budget noun's support went to, as a class ('kinh phí khuyến công hỗ trợ các cơ sở là 2,1 tỷ đồng')
# (the producers a programme supports, the nouns the support patterns below share)
_PRODUCERS = r"cơ sở|doanh nghiệp|hợp tác xã|htx|làng nghề"
_SUPPORTED_MANY = regex.compile(r"(?<!\p{L})hỗ trợ\s+(?:cho\s+)?(?:các|những|nhiều)\s+"
                                rf"(?:{_PRODUCERS}|chủ thể|hộ|đơn vị)(?!\p{{L}})")
# ... or as what was given the money ('Chương trình khuyến công quốc gia được bố trí tổng kinh phí 410 tỷ đồng'), or
# gave it ('chương trình khuyến công quốc gia đã hỗ trợ 1.085 đề án với tổng kinh phí ...')
_NATIONAL_PROGRAMME_FUNDED = regex.compile(r"(?<!\p{L})chương trình (?:khuyến công quốc gia|kcqg)"
                                           r"(?:\s+(?:giai đoạn|năm)\s+[\d\s–-]+)?\s*,?\s*(?:đã\s+)?"
                                           r"(?:được\s+(?:bố trí|phân bổ|cấp|giao)|có|hỗ trợ|tài trợ)(?!\p{L})")
# the province's own programme named as one source ('Chương trình khuyến công tỉnh Sơn La'): ANNOTATION.md
# makes it 'unspecified', and a 'tổng' beside it sums its items, not two sources
# the province's (or the city's) own programme, named without a KCĐP word: one source, no sum ('Chương trình khuyến
# công tỉnh', 'từ nguồn khuyến công của thành phố'); not the province's whole khuyến công money ('tổng kinh phí
# khuyến công của tỉnh là 6,5 tỷ đồng' adds up what both programmes spent there)
_PROVINCIAL_PROGRAMME = regex.compile(r"(?<!\p{L})(?:chương trình|nguồn(?: kinh phí| vốn)?(?: sự nghiệp)?) khuyến công "
                                      r"(?:của )?(?:tỉnh|thành phố|tp(?:\.|(?!\p{L})))")
# what an investment's total is called ('tổng mức đầu tư', 'tổng số vốn đầu tư', 'tổng chi phí đầu tư', bare
# 'tổng đầu tư')
_INVESTED_NOUNS = r"mức|vốn|số vốn|chi phí|giá trị"
# a sum named as what was invested in one work ('tổng kinh phí đầu tư', 'tổng vốn đầu tư là')
_INVESTED_SUM = regex.compile(rf"(?<!\p{{L}})tổng (?:(?:kinh phí|{_INVESTED_NOUNS}) )?đầu tư(?:\s+\p{{L}}+){{0,3}}?"
                              r"(?:\s+(?:là|khoảng|hơn|gần|trên))?\s*$")
# what most of a sum is, said after it ('hơn 120 tỷ đồng, chủ yếu là vốn đối ứng của cơ sở'): with the beneficiaries'
# money named there, the sum holds their money
_MOSTLY = regex.compile(r"\s*[,(]\s*(?:chủ yếu|phần lớn|đa phần|hầu hết)(?:\s+(?:là|từ|do|thuộc))?\s+")
# said right after an amount, money that is no programme's: who raised or gave it ('80 triệu đồng do em và các bạn vận
# động tài trợ', '... do người dân đóng góp'), a seller's customers it goes to ('hỗ trợ 50 triệu đồng cho khách hàng
# mua xe': a sales offer), or money a beneficiary must pay back
_NOT_PROGRAMME_AFTER = regex.compile(
    r"\s*(?:(?:là\s+)?do\s+[^,.;:\d]{1,40}?(?<!\p{L})(?:vận động tài trợ|quyên góp|đóng góp|tự bỏ ra|tự huy động)"
    r"|(?:cho|tới|đến)\s+(?:các\s+|mỗi\s+|những\s+)?khách hàng"
    # (or money taken back, said after it: '150 triệu đồng kinh phí khuyến công bị thu hồi do cơ sở không ...')
    r"|[^,.;:\d]{0,40}?(?<!\p{L})(?:đã\s+)?(?:bị|phải)\s+(?:thu hồi|xuất toán|truy thu|hoàn trả|nộp trả)"
    # (or relief for people a disaster hit: '... chi 50 tỷ đồng hỗ trợ người dân bị thiệt hại')
    r"|[^,.;:\d]{0,30}?(?<!\p{L})(?:hỗ trợ|cứu trợ|khắc phục)\s+(?:cho\s+)?(?:người dân|nhân dân|hộ dân|các hộ dân|"
    r"hộ gia đình|các hộ gia đình|người|hậu quả)\s+(?:bị\s+|do\s+)?(?:thiệt hại|ảnh hưởng|thiên tai|bão|lũ|mưa lũ))(?!\p{L})")
# a centrally-run city ('thành phố trực thuộc Trung ương'): no paying body, though 'trung ương' names one elsewhere
_CENTRALLY_RUN = regex.compile(r"(?<!\p{L})(?:trực\s+)?thuộc\s+trung ương(?!\p{L})")
# who reported the figures, at the head of a clause ('Theo tổng hợp của Cục Công Thương địa phương, ...', 'Theo Bộ Công
# Thương, ...'): a source of the news, not the payer
_REPORTED_BY = regex.compile(r"(?:^|(?<=[,;:.]\s*))\s*theo\s+(?:(?:báo cáo|tổng hợp|số liệu|thống kê|thông tin)"
                             r"(?:\s+\p{L}+){0,2}?\s+(?:của\s+)?)?(?:bộ|cục|sở|trung tâm)\s[^,;.:\d]{1,70},")
_SCALE_WORDS = r"tỷ|tỉ|triệu|nghìn|ngàn"  # the scale words of an amount written in figures ('2,5 tỷ', '850 triệu')
# after an amount, the next amount of its item with a per-unit tail they share ('hỗ trợ 5 triệu đồng, cho vay 15 triệu
# đồng/1 nhà sửa chữa')
_SHARED_RATE_TAIL = regex.compile(r"\s*(?:,|và)\s*(?:(?:cho\s+)?vay|hỗ trợ|đối ứng|thưởng|tặng)?\s*"
                                  rf"\d[\d.,]*\s*(?:{_SCALE_WORDS})(?:\s*đồng)?\s*/\s*(?:1\s*)?\p{{L}}")
# 'có' or 'không' right before 'thu hồi': the kind of support, paid back or not ('hỗ trợ có thu hồi 200 triệu đồng')
_REPAID_KIND = regex.compile(r"(?<!\p{L})(?:có|không)\s+$")
# after an amount, the whole span it is for ('30 tỷ đồng cả giai đoạn', '... cho toàn giai đoạn')
_WHOLE_OF = r"(?:cả|toàn|suốt)\s+"
_WHOLE_SPAN = regex.compile(rf"\s*(?:(?:cho|trong|của)\s+)?{_WHOLE_OF}(?:giai đoạn|thời kỳ|kỳ|\d+\s+năm)(?!\p{{L}})")
# ... or before a figure, the span said instead of its years ('Tổng kinh phí cả giai đoạn đạt ...')
_SPAN_TOLD = regex.compile(rf"(?<!\p{{L}}){_WHOLE_OF}(?:giai đoạn|thời kỳ)(?!\s*\d)(?!\p{{L}})")
_INVESTED_TOTAL = rf"tổng (?:(?:{_INVESTED_NOUNS}) )?đầu tư"  # an investment's total by name
_TOTAL_INVESTMENT = regex.compile(rf"(?<!\p{{L}}){_INVESTED_TOTAL}(?!\p{{L}})[^,;.]{{0,60}}$")
# who may put up money of their own beside the programme's ('cơ sở', 'hộ dân', ...)
_OWN_MONEY_HOLDERS = r"cơ sở|doanh nghiệp|hợp tác xã|htx|hộ|hộ dân|người dân|gia đình|đơn vị"
# a sum the beneficiaries invested, named as theirs ('tổng vốn đầu tư của các cơ sở', 'tổng đầu tư của doanh nghiệp')
_OTHERS_INVESTED = regex.compile(rf"(?<!\p{{L}}){_INVESTED_TOTAL}\s+(?:của|từ)\s+(?:các\s+|những\s+)?"
                                 rf"(?:{_OWN_MONEY_HOLDERS}|chủ thể)(?!\p{{L}})")
_ITEM_JOINER = regex.compile(r"[,;]|(?<!\p{L})và(?!\p{L})")  # between the items of a list
_AMOUNT_IN = regex.compile(r"\d\s*(?:tỷ|tỉ|triệu|tr\.?\s?đ|trđ|nghìn|ngàn|đồng|đ|vnđ|usd)(?!\p{L})")


def _plain_sentences_between(ctx: Context, first: int, last: int) -> int:
    """How many sentences stand strictly between sentences ``first`` and ``last``, not counting a photo's caption or
    page chrome."""
    return sum(not ctx.aside(ctx.sentence_starts[k]) for k in range(first + 1, last))


def _money_of(d: "_Draft") -> int | None:
    """The draft's amount in đồng (its late one too), or None."""
    money = d.money()
    return money[0].value if money else None


def _fits_in(drafts: list["_Draft"], whole: int, i: int, listed_only: bool = False) -> bool:
    """The amounts listed so far under the ``whole``-th draft, the i-th included, add up to no more than its amount
    (with a rounding's slack): an item past it is no part ('kinh phí 2.800 triệu đồng. Các nội dung gồm: ...').
    ``listed_only``: only the items of a list count, not the parts its own sentence split the whole into."""
    total = _money_of(drafts[whole])
    if total is None or _money_of(drafts[i]) is None:
        return True
    listed = sum(_money_of(d) or 0 for d in drafts[:i] if d.marker and d.anchor == whole
                 and (d.listed or not listed_only)) + _money_of(drafts[i])
    return listed <= total * 1.01


def _sum_of_listed(before: list[Fact], listed: list[Fact]) -> bool:
    """The one amount before a list of amounts is what they add up to (within a rounding of its last figure)."""
    amounts = [f for f in before if f.type == "money"]
    if len(amounts) != 1 or len(amounts) != len(before):
        return False
    total = sum(f.value for f in listed)
    return abs(total - amounts[0].value) <= max(amounts[0].value * 0.01, 1)


def _progress_of(part: "_Draft", whole: "_Draft") -> bool:
    """``part`` tells how far the projects of ``whole`` have got, in the sentence that opens with that whole as what
    they are among ('Đến cuối tháng 9/2025, trong 10 đề án ..., có 4 đề án đã bàn giao máy móc'): no part of a plan."""
    return whole.among_whole and part.so_far and part.sentence == whole.sentence


def _starting_near(m: regex.Match | None, pos: int, reach: int) -> regex.Match | None:
    """``m`` when it starts no more than ``reach`` characters after ``pos``."""
    return m if m is not None and m.start() - pos <= reach else None


def _anchor_of(drafts: list["_Draft"], j: int) -> int:
    """The whole the j-th draft is an item of, else the j-th draft itself: what the next item of its list breaks down."""
    d = drafts[j]
    return d.anchor if d.marker and d.anchor is not None else j


def _year_in_subject(key: str, start: int, end: int) -> regex.Match | None:
    """The year that ends the subject of the clause opening at ``start``, right before its deed ('Khuyến công Tuyên
    Quang năm 2024 đã hỗ trợ ...'): in that first clause, no break before it; None when there is none."""
    found = _YEAR_THEN_DEED.search(key, start, end)
    return found if found and not _CLAUSE_BREAK.search(key, start, found.start()) else None


def _narration_year(key: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where a sentence that narrates a year's work tells its deeds, and the words that date it: after the year it
    opens with ('Năm 2024, Trung tâm hỗ trợ ...'), before the year it ends with as its only date ('Trung tâm hỗ
    trợ ... trong năm 2024.') or from the year its subject ends with ('Trung tâm năm 2024 hỗ trợ ...'); None for a
    sentence that is none of these."""
    lead = _YEAR_LEAD.match(key, start, end)
    if lead:
        return lead.end(), end, lead.group()
    tail = _YEAR_TAIL.search(key, start, end)
    if tail and not _A_YEAR.search(key, start, tail.start()):
        return start, tail.start(), tail.group()
    # (or said in its subject, right before its deed: 'Khuyến công Tuyên Quang năm 2024 đã hỗ trợ 40 xã ...')
    inside = _year_in_subject(key, start, end)
    if inside and not _A_YEAR.search(key, start, inside.start()):
        return inside.start(), end, inside.group()
    return None


# a figure right after a province listed, its own ('Lào Cai 3 tỷ đồng', 'Lào Cai (3 tỷ đồng)', 'Lào Cai: 4 đề án')
_OWN_FIGURE_AFTER = regex.compile(r"\s*(?:\(|:|là|với|có)?\s*(?:khoảng|hơn|gần|trên)?\s*\d")
_PROVINCE_LIST_JOIN = regex.compile(rf"\s*(?:,|và|,\s*và)\s*{PROVINCE_LEVEL}")  # between provinces listed together


@lru_cache(maxsize=1)
def _partner_words() -> regex.Pattern:
    """Words right before a province that make it a statement's partner (rules/subject_context.tsv)."""
    kinds = data.word_kinds("rules/subject_context.tsv")
    return regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['partner'])})\s+{PROVINCE_LEVEL}$")


def _no_other_year(key: str, own: tuple[int, int], told: tuple[int, int]) -> bool:
    """Every year the ``own`` span names is named in the ``told`` span too: a figure of no other year than the
    sentence that tells its work."""
    return set(_A_YEAR.findall(key, *own)) <= set(_A_YEAR.findall(key, *told))


def _shares_of_one_count(before: _Draft, count: Fact) -> bool:
    """``count`` and the count of the draft ``before`` are shares of one whole, the same after their slash ('8/12 đề
    án' and '12/12 đề án'; _share_denominator)."""
    mine = _OUT_OF_WHOLE_COUNT.search(count.text)
    return mine is not None and _share_denominator(before) == int(mine.group(1))


def _or_filed(province: str | None, filed: str | None) -> str | None:
    """The statement's own province ('' for many provinces' figure); none said, the one its paragraph is filed from."""
    return province if province is not None else filed


def _dateline_province(ctx: Context, provinces: list[Fact], s_start: int) -> str | None:
    """The one province the dateline opening the sentence's line names ('(Thái Bình) - Năm 2025, tỉnh thực hiện 11 đề
    án ...'), for a statement whose sentence names none: a round-up files each paragraph from its province."""
    line_start = ctx.text.rfind("\n", 0, s_start) + 1
    first = ctx.sentence_of(line_start)
    if first >= ctx.sentence_of(s_start) or not _furniture(ctx, first) or ctx.aside(line_start):
        return None
    span = ctx.sentence_span(first)
    named = {p.value for p in provinces if span[0] <= p.start < span[1]}
    return named.pop() if len(named) == 1 else None


_ALL_TOLD = regex.compile(r"(?<!\p{L})(?:đều|tất cả|toàn bộ)(?!\p{L})")  # all the work just told


def _former_area_before(ctx: Context, provinces: list[Fact], s_start: int, filed: str) -> str | None:
    """The one former province of ``filed`` ('khu vực Bình Định cũ') that the line holding the sentence at ``s_start``
    names before it, its paragraph told of that area, else None."""
    line_start = ctx.text.rfind("\n", 0, s_start) + 1
    if sum(p.value == filed for p in provinces if line_start <= p.start < s_start) > 1:
        return None  # (the line tells of the merged province itself, beyond its dateline: the area is one of its parts)
    areas = {p.value for p in provinces if line_start <= p.start < s_start and p.value != filed
             and FORMER.match(ctx.lower, p.end) and _merged_into(p.value, filed)}
    return areas.pop() if len(areas) == 1 else None


def _furniture(ctx: Context, sent: int) -> bool:
    """Sentence ``sent`` is page furniture, not the article's words: a photo's caption or chrome, or a paragraph's
    dateline split off the sentence it opened ('(Báo Tin tức) -')."""
    return ctx.aside(ctx.sentence_span(sent)[0]) or is_dateline(ctx.text[slice(*ctx.sentence_span(sent))].strip())


def _sibling_budget_before(drafts: list["_Draft"], i: int, d: "_Draft", period: str | None) -> "_Draft | None":
    """The figure before, when it is, in the sentence right before, the value of a budget of the same year and
    programme as this one: 'Tổng kinh phí khuyến công địa phương năm 2024 ... là 3,75 tỷ đồng. Kinh phí khuyến công
    quốc gia là 2,2 tỷ đồng.' says the other source's sum alike, so in the same tense."""
    prev = drafts[i - 1] if i else None
    if prev is None or prev.budget_is is None or d.budget_is is None or prev.record is None or \
            prev.sentence != d.sentence - 1 or prev.record.period != period or prev.family != d.family:
        return None
    return prev


def _whole_of_parts(ctx: Context, drafts: list["_Draft"], parts: list["_Draft"]) -> "_Draft | None":
    """The amount that ``parts``, two or more amounts set as its breakdown in the sentence right after it, add up to."""
    if len(parts) < 2 or any(not p.marker or p.anchor != parts[0].anchor or [f.type for f in p.facts] != ["money"]
                             for p in parts) or parts[0].anchor is None:
        return None
    whole = drafts[parts[0].anchor]
    if whole.sentence != ctx.prev_sentence(parts[0].sentence) or [f.type for f in whole.facts] != ["money"] or \
            sum(p.facts[0].value for p in parts) != whole.facts[0].value:
        return None
    return whole


def _opens_on_share(ctx: Context, key: str, s_start: int, s_end: int) -> bool:
    """The sentence opens on an amount, however it is written, said to be a share of the money just stated ('Gần
    500 triệu đồng trong số đó ...', '500.000.000 đồng trong số này ...')."""
    if not _OF_THAT_AFTER.search(key, s_start, min(s_end, s_start + 80)):
        return False  # (most sentences: no such words near their start)
    first = next((f for f in ctx.facts if f.type == "money" and s_start <= f.start < s_end), None)
    return first is not None and not key[s_start:first.start].strip(" \n-+•*(\"'") and \
        _OF_THAT_AFTER.match(key, first.end) is not None


def _level_referred_back(ctx: Context, key: str, drafts: list["_Draft"]) -> None:
    """Figures of a sentence that opens by naming the figures before as theirs ('Năm 2024, con số này là 9 cơ sở với
    1,6 tỷ đồng.') are of the same programme where they name none: the one figure takes the programme of the last
    figure of the sentence before, figures as many as there take theirs in order; the figures of a ranking's next
    places ('Tiếp đến là ...') all take the last one's."""
    by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    for sent, group in by_sentence.items():
        s_start, s_end = ctx.sentence_span(sent)
        before = by_sentence.get(ctx.prev_sentence(sent)) if sent else None
        ranked = _NEXT_RANKED.match(key, s_start, s_end) is not None
        if not before or not (ranked or _FIGURES_REFERRED.match(key, s_start, s_end)):
            continue
        # (the parts of one whole, all the sentence before tells, stand for that whole: 'Tổng kinh phí ... là 2,45 tỷ
        # đồng. Trong đó, nguồn khuyến công quốc gia 1,3 tỷ đồng, nguồn địa phương 1,15 tỷ đồng.' then 'Năm 2024, con
        # số này là 2,13 tỷ đồng.' is the sum's, not the local part's)
        wholes = {o.record.part_of for o in before}
        whole = next((o for o in drafts if o.record.id in wholes), None) if len(wholes) == 1 and len(before) > 1 \
            and len(group) == 1 else None
        if whole is not None:
            before = [whole]
        pairs = zip(group, before) if len(group) == len(before) else zip(group, before[-1:]) if len(group) == 1 else ()
        if ranked:
            # (the next ones of a ranking, each its own province, measured as the one before: 'Sơn La ... kinh phí
            # khuyến công địa phương lớn nhất ... 4,5 tỷ đồng. Tiếp đến là Điện Biên với 2,1 tỷ đồng, Lai Châu ...')
            pairs = ((d, before[-1]) for d in group)
        for d, o in pairs:
            if d.record.scope == "unspecified" and not d.explicit_scope and (
                    o.record.scope in ("national", "local") or o is whole and o.record.scope == "total"):
                d.record.scope = o.record.scope


def _prev_end(prev: "_Draft", g_start: int) -> int:
    """Where the words of a figure starting at ``g_start`` begin after the draft before it in its sentence: that
    draft's end, or, for a figure inside it (a whole's bracket of parts, '15 đề án (KCQG 3 đề án, KCĐP 12 đề án) với
    tổng kinh phí 4,2 tỷ đồng'), the end of its last fact before the figure, so that the words between them ('(KCQG')
    are the figure's own."""
    end = prev.facts[-1].end
    if end <= g_start:
        return end
    return max((f.end for f in prev.facts if f.end <= g_start), default=g_start)


def _details_next(ctx: Context, key: str, sent: int) -> tuple[int, int] | None:
    """The span of the sentence right after ``sent``, in its paragraph, when it opens as a breakdown ('Trong đó,',
    'Cụ thể,', 'Trong số này'): the details of the figure ``sent`` ends with, set as a sentence of their own
    ('... kinh phí 9,17 tỷ đồng. Trong đó, có 3 đề án từ nguồn KCQG ...' reads as '..., trong đó có 3 đề án ...')."""
    if sent + 1 >= len(ctx.sentence_starts):
        return None
    n_start, n_end = ctx.sentence_span(sent + 1)
    # (also when a page set them as a paragraph of their own: a paragraph that opens 'Trong đó' can only go on with
    # the figure before it)
    if not _PART_OPENER.match(key, n_start, n_end) or ctx.title and n_start < ctx.title[1]:
        return None
    return n_start, n_end


def _details_of(ctx: Context, key: str, sent: int, of: int) -> bool:
    """Sentence ``sent`` only details sentence ``of``, the one right before it ('... 7,2 tỷ đồng. Trong đó, ...')."""
    return _details_next(ctx, key, of) == ctx.sentence_span(sent)


def _sentence_before(ctx: Context, sent: int, below_title: bool = True) -> int | None:
    """The sentence right before ``sent`` when it stands in the same paragraph (and, with ``below_title``, is not the
    title's); else None."""
    prev = ctx.prev_sentence(sent)
    if prev < 0:
        return None
    p_start, p_end = ctx.sentence_span(prev)
    if ctx.paragraph_break(p_end, ctx.sentence_span(sent)[0]) or below_title and ctx.title and p_start < ctx.title[1]:
        return None
    return prev


def _before_details(ctx: Context, key: str, sent: int) -> int:
    """The sentence before ``sent`` as its paragraph tells the work: a sentence between them that only details the
    one before it ('Năm 2025, Hội đồng ... xét chọn 45 sản phẩm. Trong đó, có 12 sản phẩm ...') is passed over,
    when it names no year of its own and both stand in one paragraph below the title."""
    prev = ctx.prev_sentence(sent)
    if prev <= 0:
        return prev
    p_start, p_end = ctx.sentence_span(prev)
    if not _PART_OPENER.match(key, p_start, p_end) or _A_YEAR.search(key, p_start, p_end):
        return prev
    before = _sentence_before(ctx, prev)
    return prev if before is None else before


def _event_word(found: regex.Match) -> regex.Pattern:
    """The event's name an _EVENT_COST or _EVENT_SUBJECT match found (its one group that took part), as a whole word."""
    return _whole_word(next(g for g in found.groups() if g))


def _whole_word(text: str) -> regex.Pattern:
    """``text`` standing as a whole word, in any case (an event's name looked up in earlier sentences)."""
    return regex.compile(rf"(?<!\p{{L}}){regex.escape(text)}(?!\p{{L}})", regex.IGNORECASE)


# what stands right before a figure: a label's colon, its bound words, then its digits ('giao khoảng 3 tỷ đồng',
# 'Kết quả thực hiện: 3.150 triệu đồng')
_BEFORE_FIGURE = r"(?=\s*:?\s+(?:(?:khoảng|hơn|trên|gần|xấp xỉ|tổng cộng|tổng số|thêm)\s+)*\d)"


def _each_cue(pairs) -> list[tuple[regex.Pattern, str]]:
    """(pattern, value) per cue, for fields where the nearest or every matching cue matters. A cue whose last
    word also bounds a number ('ngân sách cấp trên': 'trên' is 'over') is not that cue right before a number
    ('ngân sách cấp trên 6,6 tỷ đồng' is the budget allotted, over 6,6 tỷ)."""
    bounds = set(data.table("rules/qualifiers.tsv", "phrase", "qualifier"))
    out = []
    for c, v in pairs:
        if c.endswith(" #"):  # a cue only right before a figure ('giao 3 tỷ đồng'; 'giao thông' is no cue)
            out.append((regex.compile(whole_words([c[:-2]]).pattern + _BEFORE_FIGURE), v))
            continue
        if c.endswith(" -#"):  # a cue never right before a figure ('toàn bộ 21 đề án' is all of 21, not a sum)
            out.append((regex.compile(whole_words([c[:-3]]).pattern + r"(?!\s*\d)"), v))
            continue
        pattern = whole_words([c])
        if c.rsplit(" ", 1)[-1] in bounds:
            pattern = regex.compile(pattern.pattern + r"(?!\s*\d)")
        out.append((pattern, v))
    return out


_INVESTMENT = regex.compile(r"(?<!\p{L})(?:đầu tư|mức đầu tư|vốn)(?!\p{L})[^,;.]{0,30}$")
# a class of products by its stars as the one who receives ('sản phẩm đạt 3 sao được hỗ trợ 30 triệu đồng', 'sản
# phẩm 5 sao được thưởng 100 triệu đồng', or right before the amount: 'thưởng sản phẩm 5 sao 50 triệu đồng'): a policy's
# amount for each product, a rate (not after a count of products: '3 sản phẩm đạt 4 sao được hỗ trợ 150 triệu đồng'
# is what three got)
_STAR_NOUN_PATTERN = r"(?:sản phẩm|chủ thể)(?:\s+ocop)?\s+(?:đạt\s+)?(?:hạng\s+)?\d\s*sao"
_STAR_GIVEN = r"\s+(?:(?:sẽ|thì)\s+)?được\s+(?:hỗ trợ|thưởng)(?:\s+(?:mức|số tiền|kinh phí|là))?\s*"
_STAR_CLASS = regex.compile(rf"(?<!\d\s|\d|các\s|những\s){_STAR_NOUN_PATTERN}(?:{_STAR_GIVEN}|\s*(?::|là)?\s*)$")
# a class of products by its stars, and the next class of the same rate list with its noun left out ('sản phẩm đạt 3
# sao được hỗ trợ 30 triệu đồng, đạt 4 sao được hỗ trợ 50 triệu đồng')
_STAR_NOUN = regex.compile(_STAR_NOUN_PATTERN)
_NEXT_STAR_CLASS = regex.compile(rf"\s*(?:và\s+|còn\s+)?(?:đạt\s+)?(?:hạng\s+)?\d\s*sao{_STAR_GIVEN}")
# ... or right after the amount of the class before it ('thưởng mỗi sản phẩm 4 sao 15 triệu đồng và 3 sao 10 triệu
# đồng'): the words between two amounts of one rate list by stars
_NEXT_STAR_AFTER_AMOUNT = regex.compile(r"\s*(?:đồng|đ)?\s*,?\s*(?:và|còn|,)\s+(?:sản phẩm\s+)?(?:đạt\s+)?(?:hạng\s+)?"
                                        r"\d\s*sao\s*(?::|là)?\s*")
# between the two levels of a change ('từ 300 triệu đồng | lên | 500 triệu đồng')
_RAISED_TO = regex.compile(r"\s*(?:đồng|đ)?\s*(?:lên|xuống|thành)\s+(?:mức\s+)?")
# right after an amount, the projects it was for ('2,4 tỷ đồng cho 7 đề án', '... để thực hiện 8 đề án'): what one
# cell got, not a rate
_FOR_PROJECTS = regex.compile(r"\s*(?:đồng|đ)?\s*(?:,\s*)?(?:cho|với|(?:để\s+)?(?:thực hiện|triển khai|hỗ trợ))"
                              r"\s+\d+\s+(?:đề án|dự án|nhiệm vụ)(?!\p{L})")
# the beneficiaries whose number makes a level of support a rate (below: FundingBuilder.many_given)
_MANY_NOUNS = rf"{_PRODUCERS}|hộ|đơn vị|học viên|lao động|chủ thể|sản phẩm|gian hàng|xã"
# a count's own passive of being carried out, right after it ('12 đề án khuyến công địa phương được triển khai')
_COUNT_CARRIED_OUT = regex.compile(r"(?:\s+\p{L}+){0,4}?\s+(?:đã\s+)?được\s+(?:triển khai|thực hiện)(?!\p{L})")
# a count of beneficiaries that opens a clause, said to have been helped ('3 cơ sở ... được hỗ trợ')
# (also after the subject that has them: 'Năm 2024, tỉnh Quảng Trị có 22 sản phẩm OCOP được hỗ trợ ...')
# (where they are may name its province after a comma: '4 cơ sở ở đặc khu Lý Sơn, tỉnh Quảng Ngãi được hỗ trợ')
_MANY_HELPED = regex.compile(rf"\s*(?:[^,.;:\d]{{0,40}}?(?<!\p{{L}})có\s+)?\d+\s+(?:{_MANY_NOUNS})(?!\p{{L}})"
                             r"(?:[^,.;:]|,\s*(?=(?:tỉnh|thành phố|huyện|thị xã|xã|phường)\s)){0,80}?"
                             r"(?<!\p{L})được\s+(?:nhận\s+)?hỗ trợ(?!\p{L})")
# what a whole of works' cost names before it: the works, or their investment ('12 đề án ... có tổng vốn đầu tư')
_WORKS_WHOLE = regex.compile(r"(?<!\p{L})(?:đề án|dự án|nhiệm vụ|mô hình|vốn đầu tư|mức đầu tư)(?!\p{L})")
# the beneficiaries' own money by name, not merely another source ('vốn đối ứng của cơ sở', 'vốn tự có')
_THEIR_OWN = regex.compile(r"(?<!\p{L})(?:đối ứng|thụ hưởng|vốn tự có|vốn của (?:doanh nghiệp|dn|hợp tác xã|htx|đơn vị|"
                           r"cơ sở)"
                           # (or the beneficiaries paying in: 'các cơ sở đóng góp 560 triệu đồng', 'người dân tự bỏ ra')
                           rf"|(?:{_OWN_MONEY_HOLDERS})\s+(?:tự\s+)?"
                           r"(?:đóng góp|góp|bỏ ra|đầu tư))(?!\p{L})")
# the words that may stand between an extreme (rules/funding_cues.tsv 'extreme', or 'ít nhất') and its amount
_EXTREME_GAP = r"(?:\s+(?:nhận|được|là|với|có))*\s*[,:]?\s*$"
# a sentence whose subject is 'each ...' ('Mỗi hộ tham gia được nhận 8 triệu đồng'): rates only
_DISTRIBUTIVE = regex.compile(r"\W*(?:(?:trong đó|theo đó|ngoài ra)\W+)?mỗi\s")
# a sum named in a clause ('..., tổng kinh phí khen thưởng 88 triệu đồng'): no rate, whatever subject the sentence has
_SUM_NAMED = regex.compile(r"(?<!\p{L})tổng(?:\s+cộng|\s+số)?(?!\p{L})")
# each of a kind right before its count ('các tỉnh còn lại mỗi tỉnh 1 đề án', 'mỗi huyện có 2 đề án'): a rate
_EACH_BEFORE = regex.compile(r"(?<!\p{L})mỗi\s+\p{L}+(?:\s+\p{L}+)?"
                             r"(?:\s+(?:có|được|thực hiện|triển khai|được hỗ trợ))?\s*:?\s*$")
# a count that opens its own list with a colon, the list, then the amount of all of it
_COUNT_LIST = regex.compile(r"[^,;.:]{0,40}:.*[;,]\s*(?:với\s+)?(?:tổng\s+)?(?:số\s+)?(?:kinh phí|vốn)(?:\s+hỗ trợ)?(?:\s+là)?\s*:?\s*$",
                            regex.DOTALL)
# a list item's mark: a dash or a bullet, '1.', 'a)', or an ordinal word that opens the item ('Thứ nhất,', 'Hai là,')
# (also a year as a line's label, 'Năm 2023: 8 đề án - 1,9 tỷ đồng.', a list's item without a mark)
# (also a numbered label of a plan's items at a line's start, 'Nội dung 2:', 'Nhiệm vụ 3:', 'Hoạt động 1:', or of a
# decision's projects, 'Đề án 1:', 'Dự án 2:': a digit mark)
# (and, read by _bullet_kind only, a short label of words at a line's start whose line goes on to a figure, 'Đào tạo
# nghề: 3 lớp, 150 triệu đồng.', the items of a list typed with no marks under its colon; not a sum's or a breakdown's
# label, 'Tổng kinh phí thực hiện: ...')
_BULLET = regex.compile(r"\s*(?:[-+•*–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s|(?P<word>thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|"
                        r"mười)|(?:một|hai|ba|bốn|năm|sáu)\s+là)\s*[,:]\s|(?P<year>(?<=^|\n)\s*năm\s+\d{4}\s*:\s)"
                        r"|(?P<label>(?<=^|\n)\s*(?:nội dung|nhiệm vụ|hoạt động|đề án|dự án)\s+\d{1,2}\s*:\s))")
_NAMED_ITEM = regex.compile(r"(?<=^|\n)\s*(?!(?:tổng|trong đó|cụ thể|bao gồm|gồm)(?!\p{L}))"
                            r"\p{L}+(?:\s+\p{L}+){0,7}\s*:\s(?=[^\n]*?\d)")
# a list item's label of a plan, and of what was done against it ('a) Kế hoạch:', 'b) Thực hiện:', 'c) Ước cả năm:')
_PLAN_LABEL = regex.compile(r"kế hoạch(?:\s+năm\s+\d{4})?\s*:")
_RESULT_LABEL = regex.compile(r"(?:kết quả(?:\s+thực hiện)?|thực hiện|ước(?:\s+thực hiện)?(?:\s+cả\s+năm)?|lũy kế)\s*:")
# a list item's label of a time, in a chronology of one work ('- Tháng 2/2025:', '- Quý III/2025:', '- Cuối năm 2025:')
_DATED_LABEL = regex.compile(r"(?:tháng|quý|ngày|đầu|giữa|cuối)\s[^:\n]{0,20}?\d{4}\s*:")
# a statement of what is to come ('dự kiến hỗ trợ', 'sẽ bố trí', 'đề xuất'): a later sentence's completion is not its
# a count by which something grew or shrank ('tăng 2 đề án', '... 2 đề án so với năm trước')
_CHANGE = r"(?:tăng|giảm)(?:\s+(?:thêm|lên|được))?"
_CHANGE_BY = regex.compile(rf"(?<!\p{{L}}){_CHANGE}\s+$")
# what a result exceeded its target by, up to the figure ('vượt chỉ tiêu ', 'vượt kế hoạch năm ', 'vượt '): the
# figure's own qualifier may hold the 'vượt' ('vượt 3 đề án')
_EXCEEDED_BY = regex.compile(r"(?<!\p{L})vượt(?P<target>\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
                             r"(?:\s+(?:năm|đề ra|được giao|giao))?)?\s+$")
# a change told by the level it reached ('tăng lên 800 triệu đồng', 'giảm xuống còn 1 tỷ đồng'), not by its size
# ('tăng lên 14 đề án với kinh phí 3 tỷ đồng': the level's count, then its amount)
# (also after the level it started from: 'giảm từ 1 tỷ rưỡi xuống còn 1 tỷ đồng', the figure after 'xuống còn' the new
# one; 'giảm còn 1,2 tỷ đồng' says it without 'xuống')
_NEW_LEVEL = regex.compile(r"(?:tăng|giảm)(?:\s+từ\s+[^,;.]{1,30}?)?\s+(?:(?:lên|xuống)(?:\s+(?:mức|thành|còn))?|còn)"
                           r"(?:\s+\d+\s+(?:đề án|dự án|nhiệm vụ)(?:\s+\p{L}+){0,3}?\s+với(?:\s+(?:tổng\s+)?kinh phí)?)?\s*$")
# a difference from another year's figure ('cao hơn 1,1 tỷ đồng so với năm 2023'): no statement of money given
_COMPARATIVE = rf"(?:{_CHANGE}|(?:cao|thấp|nhiều|ít) hơn)"  # a change or a comparison of two figures
_MORE_THAN = regex.compile(rf"(?<!\p{{L}}){_COMPARATIVE}\s+$")
_COMPARED_TO = regex.compile(r"\s*(?:so với|so cùng kỳ)(?!\p{L})")
# a comparison whose base stands before the amount: the amount is the difference ('thấp hơn năm 2023 khoảng 300
# triệu đồng', 'cao hơn cùng kỳ năm trước 300 triệu đồng', 'tăng so với năm 2023 là 300 triệu đồng')
_COMPARED_BASE_SAID = r"(?:so với\s+)?(?:năm|cùng kỳ|kế hoạch|giai đoạn)(?:\s+(?:\d{4}|năm|trước|ngoái|qua|đó))*"
_DIFFERENCE_AFTER_BASE = regex.compile(
    rf"(?<!\p{{L}}){_COMPARATIVE}\s+{_COMPARED_BASE_SAID}\s*(?:là|khoảng|gần|hơn|trên|:)?\s*$")
# a small number said in words ('hai', 'ba', ..., 'mười'; rules/numbers.tsv), where a count may say it so
_NUMBER_WORD = _alt(count_words())
# a count right before a word ('hai | mục tiêu'); not a year's or a date's number ('năm 2024 | hoàn thành')
_COUNTED_BEFORE = regex.compile(rf"(?<![\p{{L}}\d.,/])(?<!(?:năm|tháng|ngày|quý|kỳ)\s)(?:\d{{1,3}}|{_NUMBER_WORD})\s+$")
_PLAN_NOUN = regex.compile(r"(?:mục tiêu|kế hoạch|chỉ tiêu|định hướng)(?!\p{L})")  # a plan's noun a count may count
_DONG = _alt(dong_words())  # the đồng's written names ('đồng', 'vnđ', 'vnd', 'đ'; rules/currencies.tsv)
# the second figure of a change told by both its figures ('So với năm 2023 tăng 200 triệu đồng và 2 đề án', 'nhiều hơn
# năm trước 3 đề án và 400 triệu đồng'): a difference too
_CONJOINED_DELTA = regex.compile(
    rf"(?<!\p{{L}}){_COMPARATIVE}\s+(?:{_COMPARED_BASE_SAID}\s+)?"
    r"(?:là\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+)?"
    # (the first change in figures or in words: 'tăng 4 đề án và 1,2 tỷ đồng', 'tăng bốn đề án và 1,2 tỷ đồng')
    rf"(?:\d[\d.,]*|(?:{_NUMBER_WORD})(?!\p{{L}}))"
    r"\s*\p{L}+(?:\s+\p{L}+)?\s*(?:,|và|,\s*và)\s*$")
_OWN_NAME = regex.compile(r"(?<!\p{L})(?:khuyến công|kcqg|kcđp|ttkc)(?!\p{L})")
# a section heading: a short line, often numbered ('1.', 'II.', 'a)'), with no closing stop
_SECTION_MARK = r"(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)]\s*"  # a section's number or letter ('1.', 'II.', 'a)')
_HEADING = regex.compile(rf"(?:{_SECTION_MARK})?[^.!?;:\n]{{3,90}}")
# (or a programme's label its colon closes, the items under it on the lines after: '- Khuyến công địa phương:' then '-
# Thực hiện 11 đề án ...'; no clause of its own, '... giải ngân 2,3 tỷ đồng, cụ thể:')
_LINE_MARK = rf"(?:{_SECTION_MARK}|[-+•*–]\s*)"  # what opens a heading or an item's line: a number, a letter, a dash
_LABEL_HEADING = regex.compile(rf"{_LINE_MARK}?[^.!?;:,\d\n]{{3,60}}:")
# a line's opening label before a colon and a sentence, which heads the lines after it as a heading does ('Về khuyến
# công quốc gia: Năm 2025, tỉnh được phê duyệt 2 đề án.' then 'Tổng kinh phí hỗ trợ là 1,1 tỷ đồng, ...'); not a
# field and its value ('Cụ thể, kinh phí khuyến công địa phương: 8,85 tỷ đồng')
_LINE_LABEL = regex.compile(rf"({_LINE_MARK}?[^.!?;:,\n]{{3,60}}):\s+(?=\p{{Lu}})")
_FUTURE = r"sẽ|dự kiến|phấn đấu|chưa"
# words of resolve before work still to finish (an ensuring too, unless said done: 'bảo đảm hoàn thành 12 đề án còn
# lại', not 'đã bảo đảm hoàn thành')
_RESOLVE_WORDS = r"tập trung|quyết tâm|nỗ lực|cố gắng|(?<!đã\s)(?:bảo đảm|đảm bảo)"
_ALLOTTING = r"giao|bố trí|phân bổ|cấp"  # the verbs of giving a programme's money out, for a denial of it
_DENIED = regex.compile(rf"(?<!\p{{L}})(?:không|chưa)\s+(?:được\s+)?(?:{_ALLOTTING}|có|nhận)(?:\s+\p{{L}}+){{0,2}}\s+$")
# ... or said right after its name to have given nothing yet ('vốn khuyến công quốc gia chưa giải ngân; ...')
_DENIED_AFTER = regex.compile(rf"\s+(?:(?:vẫn|hiện)\s+)?(?:không|chưa)\s+(?:được\s+)?(?:giải ngân|{_ALLOTTING})"
                              r"(?!\p{L})(?=[^,;.\d]*[,;.])")
_PLAN_OF = r"(?:năm|giao|được giao|vốn)"  # the words that name a plan after 'kế hoạch' ('kế hoạch vốn năm')
# (not a bracket that gives the plan's own figure, 'thực hiện 3,9 tỷ đồng (kế hoạch 3,6 tỷ đồng)': the plan word is
# that figure's, and the one before it what was carried out)
_PLAN_FIGURE_BRACKET = regex.compile(r"\s*\(\s*(?:so với\s+)?kế hoạch(?:\s+(?:năm|giao|được giao|đề ra))?\s*:?\s*\d")
_PLAN_AFTER = regex.compile(rf"[^\S\n]*(?:\((?![^()\n]*\d)\s*)?"  # (not past a line's end: a paragraph with no stop)
                            rf"(?:(?:theo\s+)?kế hoạch(?:\s+{_PLAN_OF})?(?!\p{{L}})(?!\s+(?:đề ra|đặt ra))"
                            r"|(?:kinh phí|vốn|ngân sách)(?:\s+\p{L}+){0,5}?\s+được\s+(?:giao|phân bổ|duyệt|phê duyệt)(?!\p{L}))")
# what stands between a bracket's last figure and an amount after it that is the figure's before the bracket ('...),
# tổng kinh phí ')
_PAST_BRACKET = r"[^()]*\)\s*,?\s*(?:với\s+)?(?:tổng\s+)?(?:kinh phí|số tiền)?[^,;.()]{0,20}"
# the plan named right before its sum, in a bracket, after a copula or straight on ('đạt 95% kế hoạch vốn khuyến công
# địa phương năm 2025 (4,4 tỷ đồng)', 'kế hoạch vốn năm 2026 là 3 tỷ đồng', 'So với kế hoạch 3,1 tỷ đồng'); not what a
# result exceeded it by ('vượt kế hoạch 200 triệu đồng')
_PLAN_REACH = 70  # how far before its sum a plan's name may start
# the whole of a plan said done or reached ('hoàn thành 100% kế hoạch vốn', 'đạt kế hoạch'): its sum was spent
_FULL_PLAN_DONE = regex.compile(r"(?<!\p{L})(?:hoàn thành|đạt)\s+(?:100\s?%\s+(?:của\s+)?)?kế hoạch(?!\p{L})")
_PLAN_NAMED_BEFORE = regex.compile(rf"(?<!\p{{L}})(?<!vượt\s)kế hoạch(?:\s+(?:{_PLAN_OF}|khuyến công|quốc gia"
                                rf"|địa phương|kcqg|kcđp"
                                # (or when it was set: 'so với kế hoạch đầu năm (22 đề án)')
                                r"|đầu năm|ban đầu|đề ra))*"
                                rf"(?:\s+\d{{4}})?\s*(?:\(|là|:)?\s*$")
_REACHED = regex.compile(r"\sđạt\s*(?:\p{L}+\s)?$")  # a budget's copula that says what it came to
_ESTIMATE_REACHED = regex.compile(r"ước\s+đạt\s+")  # ... inside an amount's qualifier ('ước đạt 4,5 tỷ đồng')
# words of a plan or of what is to come, beside those of money allotted ('giao', 'bố trí', 'phân bổ')
_PROPOSED = r"đề xuất|đề nghị"
_PLAN_TALK = regex.compile(rf"(?<!\p{{L}})(?:{_FUTURE}|{_PROPOSED}|kế hoạch|dự tính|dự trù|dự toán|dự thảo|"
                           rf"mục tiêu(?!\s+quốc gia)|phê duyệt|được duyệt|ban hành|đăng ký|tới|tiếp tục)(?!\p{{L}})")
# money said used right after its amount ('Kinh phí 2,4 tỷ đồng được dùng để hỗ trợ ...'): spent
_USED_AFTER = regex.compile(r"\s*(?:đã\s+)?được\s+(?:dùng|sử dụng)(?!\p{L})")
# the count a long clause of an amount closes on, at the gap's end (', với tổng số 15 đề án')
_COUNT_CLOSES = regex.compile(r",\s*(?:với|cho|thực hiện|để thực hiện)\s+(?:tổng\s+số\s+|tổng cộng\s+)?$")
# what was carried out, after the plan's figure in the same sentence ('...; thực hiện ', ', thực hiện là ')
_ACTUAL_SAID = r"(?:kết quả\s+)?(?:đã\s+)?(?:thực hiện|thực tế)(?:\s+được)?"  # what was done, said against a plan
_ACTUAL_AFTER_PLAN = regex.compile(rf"\s*[,;]\s*(?:(?:còn|và)\s+)?{_ACTUAL_SAID}\s*(?:là|đạt|:)?\s*")
# ... or as the label opening the sentence after the plan's ('Kế hoạch năm 2024: 10 đề án, 1,8 tỷ đồng. Thực hiện: 11 đề
# án, 1,92 tỷ đồng.')
_ACTUAL_LABEL = regex.compile(rf"\W*{_ACTUAL_SAID}(?:\s+năm\s+\d{{4}})?\s*:\s*")
# only so many carried out, said against what was planned ('nên tỉnh chỉ thực hiện 8 đề án'): done
_ONLY_CARRIED_OUT = regex.compile(r"(?<!\p{L})chỉ\s+(?:thực hiện|triển khai|hỗ trợ|giải ngân)(?:\s+được)?\s+$")
_PLAN_WORD = regex.compile(rf"(?<!\p{{L}})(?:{_FUTURE}|{_PROPOSED})(?!\p{{L}})")
# what a budget is to do, said after it ('Tổng kinh phí ... năm 2025 là 3,5 tỷ đồng, dự kiến hỗ trợ khoảng 25 cơ sở')
_AHEAD_AFTER = regex.compile(r"(?<!\p{L})(?:sẽ|dự kiến)(?!\p{L})")
# the level a count of projects is of, right after it, in a programme's sentence ('2 đề án quốc gia, 10 đề án địa
# phương'): the two programmes' short names
_COUNT_LEVEL = regex.compile(r"\s+(?:cấp\s+)?(quốc gia|địa phương)(?!\p{L})")  # ('2 đề án cấp quốc gia')
_LEVEL_WORD = regex.compile(r"(?<!\p{L})(?:quốc gia|địa phương|kcqg|kcđp|kcdp)(?!\p{L})")  # a programme's level, however said
# ... and the same after a project noun anywhere in a group ('đã hoàn thành 15 đề án địa phương, giải ngân 2,7 tỷ đồng')
_LEVEL_OF_COUNT = regex.compile(rf"(?<!\p{{L}})(?:đề án|dự án|nhiệm vụ){_COUNT_LEVEL.pattern}")
# a sentence that opens by referring back to the money before it ('Từ nguồn kinh phí này, ...', 'Với số kinh phí
# trên, ...')
_MONEY_REFERRED = (r"(?:(?:nguồn|số|khoản)\s+)?(?:kinh phí|vốn|ngân sách|tiền)(?:\s+\p{L}+){0,2}?"
                   r"\s+(?:này|trên|nói trên)(?!\p{L})")  # 'số kinh phí này', 'nguồn vốn trên'
_BACK_REF = regex.compile(r"\W*(?:(?:từ|với|bằng)\s+)?" + _MONEY_REFERRED)
# a sentence that says, a few words in, that the money just stated was used ('Trung tâm đã sử dụng hết số kinh phí này ...')
_USED_BACK = regex.compile(r"\W*(?:\p{L}+\s+){0,6}?(?:đã\s+)?(?:sử dụng|dùng|giải ngân|chi)\s+(?:hết\s+|toàn bộ\s+)?"
                           + _MONEY_REFERRED)
# a sentence that opens by saying all the projects just told were finished ('Hiện các đề án đã cơ bản hoàn thành.', 'Đến
# nay, toàn bộ các đề án trên đã được nghiệm thu.')
# the words that say all the projects told ('các', 'toàn bộ', 'tất cả', '100%'), right before their noun
_ALL_THE = r"(?:các|toàn bộ(?:\s+các)?|tất cả(?:\s+các)?|100\s*%(?:\s+(?:số|các))?)"
# the work a plan gave said finished after its last figure, in a clause of its own with 'đã' ('tỉnh được bố trí 2 đề
# án ..., kinh phí 1,1 tỷ đồng, đều đã nghiệm thu trong tháng 10', ', các đề án đã hoàn thành')
# (after the time it is told at, too: ', đến nay cả 2 đề án đã hoàn thành')
# the time a state is told at ('đến nay', 'cuối năm', 'Đến hết tháng 11/2024', 'tính đến ngày 30/9')
_TOLD_AT = (r"(?:(?:hiện nay|hiện|đến nay|tới nay|(?:đến\s+)?cuối năm|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
            r"(?:(?:ngày|tháng|quý)\s+[\divx]+(?:\s*/\s*\d+){0,2}|năm\s+\d{4}))\s*,?\s*)?")
# a clause right after a count that tells how its projects stand ('..., 2 đề án, đã nghiệm thu 1 đề án', ', hiện đang
# triển khai')
_COUNT_STATE_NEXT = regex.compile(r"\s*,\s*" + _TOLD_AT + r"(?:đã|đang|chưa)(?!\p{L})")
_ALL_FINISHED_AFTER = regex.compile(r"\s*,\s*" + _TOLD_AT +
                                    rf"(?:(?:{_ALL_THE}|cả)(?:\s+[\p{{L}}\d]+){{0,3}}?\s+)?(?:đều\s+|cũng\s+)?"
                                    r"đã\s+(?:được\s+)?(?:nghiệm thu|hoàn thành|thực hiện xong|triển khai xong|"
                                    r"giải ngân|quyết toán|thanh toán)(?!\p{L})")
_ALL_DONE_BACK = regex.compile(r"\W*" + _TOLD_AT +
                               rf"{_ALL_THE}\s+(?:đề án|dự án|nhiệm vụ)(?:\s+(?:này|trên|nói trên))?\s+(?:đều\s+)?"
                               r"(?:đã\s+)?(?:cơ bản\s+)?(?:được\s+)?(?:hoàn thành|nghiệm thu|thực hiện xong|triển khai xong)"
                               r"(?!\p{L})")
# ('Đây là đề án khuyến công địa phương đầu tiên của huyện ...': the project just told, named by its programme)
_THIS_PROJECT = regex.compile(r"\W*(?:đây|đó)\s+(?:cũng\s+)?là\s+(?:(?:một|1)\s+)?(?:đề án|dự án|nhiệm vụ)(?!\p{L})")
# a sentence that opens by referring back to every amount or project its paragraph told ('Cả hai khoản đều từ nguồn
# khuyến công địa phương', 'Các khoản hỗ trợ trên ...')
# (or every work told: 'Các hoạt động trên đều từ nguồn khuyến công địa phương', 'Toàn bộ các nội dung nêu trên ...')
# (or all of them, said so by 'đều': 'Tất cả đều là khuyến công địa phương', 'Các đề án đều sử dụng nguồn ...')
_ALL_BACK = regex.compile(r"\W*(?:cả\s+(?:hai|ba|2|3)\s+(?:khoản|nguồn|lần|đề án)"
                          r"|(?:các|toàn bộ(?:\s+các)?|tất cả(?:\s+các)?)\s+"
                          r"(?:(?:khoản(?:\s+(?:kinh phí|hỗ trợ|tiền))?|hoạt động|nội dung)"
                          r"\s+(?:này|trên|nói trên|nêu trên|kể trên)|(?:đề án|dự án)(?=\s+đều\s))"
                          r"|(?:tất cả|toàn bộ)(?=\s+đều\s))(?!\p{L})")
# a sentence that opens by naming the money's source, the money no more than its bare noun ('Kinh phí từ chương trình
# khuyến công địa phương.', 'Kinh phí hỗ trợ được trích từ nguồn khuyến công quốc gia.'): the last figure's source
_SOURCE_BACK = regex.compile(r"\W*(?:kinh phí|số tiền|nguồn vốn|vốn|tiền)(?:\s+hỗ trợ)?\s+(?:đều\s+)?(?:được\s+)?"
                             r"(?:lấy\s+|trích\s+|cấp\s+|chi\s+)?(?:từ|thuộc)\s+(?:nguồn|chương trình|ngân sách|kinh phí)(?!\p{L})")
# ... or names it as what the money is, or who pays it: 'Nguồn kinh phí là khuyến công địa phương.', 'Kinh phí do ngân
# sách tỉnh bảo đảm.', also after who says so ('Sở Công Thương cho biết nguồn kinh phí là ...')
# (the money referred to as such, 'Nguồn vốn này thuộc chương trình ...', 'Toàn bộ kinh phí được lấy từ nguồn ...', or
# what the figure is: 'Đây là nguồn kinh phí khuyến công quốc gia.')
_SOURCE_SAID_NEXT = regex.compile(r"\W*(?:(?:\p{L}+\s+){1,6}cho biết\s*,?\s*)?(?:nguồn(?:\s+(?:kinh phí|vốn))?\s*:"
                              r"|(?:toàn bộ\s+)?(?:số\s+)?"
                              r"(?:nguồn kinh phí|nguồn vốn|kinh phí|vốn|số tiền|khoản tiền|khoản kinh phí)"
                              r"(?:\s+(?:thực hiện|hỗ trợ))?(?:\s+(?:này|trên|nói trên))?\s+(?:(?:đều|được)\s+)*"
                              r"(?:(?:lấy|trích|cấp|chi)\s+)?(?:là|do|từ|thuộc)"
                              r"|(?:đây|đó)\s+(?:đều\s+)?là\s+(?:nguồn|khoản|số tiền|kinh phí|vốn))\s+(?:nguồn\s+)?(?:vốn\s+)?"
                              r"(?:kinh phí\s+)?(?:ngân sách|khuyến công|chương trình|kc\W?(?:qg|đp)|kc\s+(?:quốc gia|địa phương))"
                              r"(?!\p{L})", regex.I)
# a figure of the whole year or province, said so at its sentence's start ('Cả năm 2023, ...', 'Tính chung cả năm, ...',
# 'Toàn tỉnh năm 2025 ...')
_WHOLE_LEAD = regex.compile(r"\W*(?:tính chung\s+)?(?:cả năm|toàn tỉnh|toàn thành phố|tính chung)(?!\p{L})", regex.I)
# a sentence that opens on the n-th of the projects just counted ('Đề án thứ nhất ...', 'Dự án thứ 2 ...')
_ORDINAL_ITEM = regex.compile(r"\W*(?:[-+•]\s*)?(?:đề án|dự án|nhiệm vụ)\s+thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})"
                              r"(?!\p{L})")
_ALL_OF_THEM = regex.compile(r"(?<!\p{L})cả\s+$")  # right before a count: every one of the projects told ('cả hai đề án')
# ... and its wider form, for a count that names the projects told before again ('đã nghiệm thu cả 02 đề án', 'toàn bộ
# 15 đề án', 'tất cả các đề án'); the counts above keep the narrow one
_ALL_OF = regex.compile(r"(?<!\p{L})(?:cả|toàn bộ|tất cả)(?:\s+(?:các|những))?\s*$")
_PROJECTS_BACK = regex.compile(r"\W*(?:các|những|\d+)\s+(?:đề án|dự án|nhiệm vụ)(?:\s+\p{L}+){0,2}?\s+(?:này|trên|nói trên)(?!\p{L})")
# the count of a whole named again to take parts out of ('Trong số 89 đề án này, có 52 ...')
_AMONG_COUNT = regex.compile(r"(?<!\p{L})trong\s+(?:tổng\s+)?số\s+(\d+)\s+(?:đề án|dự án|nhiệm vụ|chương trình)(?!\p{L})",
                             regex.IGNORECASE)
# (after an opening year, 'Năm 2025,' or 'Trong năm 2025,', and also with the count right after 'trong': 'Năm 2025,
# trong 12 đề án ... được phê duyệt ..., có 2 đề án không thực hiện được')
_OUT_OF = regex.compile(r"\W*(?:(?:(?:trong|vào)\s+)?(?:năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*[,:]?\s*)?(?:\p{L}+\s+){0,3}?trong\s+"
                        r"(?:(?:tổng(?:\s+số)?|số)(?:\s+(?:kinh phí|nguồn vốn|vốn|ngân sách))?\s+)?$")
# (the count's programme named between: 'Giai đoạn 2021-2025: 142 đề án khuyến công; 34,8 tỷ đồng')
_BARE_SEMICOLON = regex.compile(r"(?:\s+(?:khuyến công(?:\s+(?:quốc gia|địa phương))?|kcqg|kcđp))?\s*;\s*")
# the beneficiaries a count's project is made of, then its budget ('1 đề án nhóm gồm | 5 cơ sở sản xuất tương bần ứng
# dụng máy móc, kinh phí | 500 triệu đồng'): no breakdown of the count into figures
# (after a comma, or 'với' alone: '1 đề án nhóm gồm 5 cơ sở ... với kinh phí 500 triệu đồng')
_MEMBERS_THEN_BUDGET = regex.compile(r"\s*\d+\s+(?:cơ sở|hộ|hợp tác xã|htx|doanh nghiệp|đơn vị)(?!\p{L})[^,;:()\d]{0,80}?"
                                     r"(?:,\s*|\s+(?=với\s))" + _BUDGET_LABEL)
# a sheet's field line: a label of a few words, a colon, its value ('Thời gian thực hiện: năm 2025.')
_FIELD_LINE = regex.compile(r"\s*(?:[-+•]\s*)?(?:\p{L}+\s+){0,4}\p{L}+\s*:\s*\S")
_OPENING_WORDS = regex.compile(r"\W*(?:\S+(?:\s+|$)){0,12}")  # a sentence's first twelve words, its own news
# a comma, or a bracket closed, between a part's amount and the count after it: the count is of another clause
_CLAUSE_AFTER_PART = regex.compile(r"[^,]*,|[^(]*\)")
# paying out, right before an amount: the programme's money, never the beneficiaries' own
_DISBURSED = regex.compile(r"(?<!\p{L})(?:giải ngân|thanh toán|quyết toán)(?:\s+(?:được|đạt|là|hết))?\s*:?\s*$")
# a sum of the projects counted after it ('của 5 đề án'), or the sum's own words right before them ('Tổng kinh phí hỗ
# trợ 3 đề án là 690 triệu đồng')
_OF_COUNT = regex.compile(r"(?<!\p{L})(?:của|cho|tổng\s+(?:số\s+)?(?:kinh phí|số tiền)(?:\s+(?:hỗ trợ|thực hiện))?)"
                          r"\s+(?:các\s+|cả\s+)?$")
# the result of a contest or fair, told: it was held ('công nhận 18 sản phẩm', 'công bố kết quả', 'trao giải')
# (also the count of goods a contest chose: 'Năm 2025, tỉnh bình chọn 15 sản phẩm công nghiệp nông thôn tiêu biểu')
_EVENT_RESULT = regex.compile(r"(?<!\p{L})(?:công nhận|công bố kết quả|trao giải|trao (?:giấy )?chứng nhận"
                              r"|(?:bình chọn|chấm chọn)(?:\s+(?:được|và công nhận))?\s+\d+\s+sản phẩm)(?!\p{L})")
_AMONG = regex.compile(r"(?<!\p{L})trong (?:tổng )?số\s+$")
# the figure before is one of the count that follows ('Đây là 1 trong 4 đề án ...', ', là một trong số 6 cơ sở')
# ... said of the work just told, pointing back at it ('Đây là một trong 15 đề án ...', 'Đề án này thuộc ...')
_THIS_ONE_IS = regex.compile(r"\W*(?:đây|đó|(?:đề án|dự án|mô hình|cơ sở)\s+(?:này|trên|đó))\s+(?:cũng\s+)?(?:là|thuộc)(?!\p{L})")
_POINTING = r"(?<!\p{L})(?:là|thuộc)\s+"  # the copula that says a figure is one of a count: 'Đây là | 2 trong ...'
_ONE_OF = regex.compile(_POINTING + r"(?:(?:một|hai|ba|bốn|\d{1,2})\s+trong|(?:một\s+)?phần\s+(?:trong|của))\s+"
                     r"(?:(?:tổng\s+)?số\s+)?$")  # (or 'một phần trong 17 đề án', part of them)
_SUM_AFTER = regex.compile(r"[,;]\s*(?:[-+•]\s*)?(?:với\s+)?(?:tổng cộng|tổng số|tổng|cộng chung|cộng lại|tính chung)"
                           r"(?:\s+(?:kinh phí|số tiền|giá trị))?"
                           r"(?:\s+là)?\s*:?\s*$")
# a sentence that opens on all the work told before it: 'Tất cả các hoạt động trên ...', 'Toàn bộ các đề án này ...'
_ALL_ABOVE = regex.compile(r"\W*(?:tất cả|toàn bộ)\s+(?:(?:các|những)\s+)?(?:\p{L}+\s+){0,3}?"
                           r"(?:trên|nói trên|kể trên|này)(?!\p{L})")
# ', KCĐP là ' before a list's next figure; also its last, after 'và' (', năm 2024 là 5,6 tỷ đồng và năm 2025 là ...')
# (or the level it changed to: '...; năm 2024 tăng lên 5 tỷ đồng')
_COPULA_BEFORE = regex.compile(r"(?:[,;]|\s(?:và|còn))\s*[^,;.]{0,30}?(?:\slà|:|\sđạt|\s(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+(?:mức|thành))?)\s*")
# what stands between one item of a list of provinces' figures and the next province's name: the first item's
# brackets, then a comma, a semicolon or 'và'
_GAP_TO_NAME = regex.compile(r"[^\p{L}\d(]*(?:\([^()]*\))?\s*(?:[,;]\s*(?:và\s+)?|\svà\s+)")
# a sentence led by a sum: 'Tổng cộng, ...', 'Tổng kinh phí thực hiện năm 2024 là ...', also after a concluding
# 'Như vậy,'
# (also after the years it sums, said by their number: 'Hai năm tổng cộng 17 đề án, 2,75 tỷ đồng')
# a span of years said by their number ('3 năm', 'cả hai năm', 'trong 5 năm qua' has its 'trong' before it)
_YEARS_BY_NUMBER = r"(?:cả\s+)?(?:hai|ba|bốn|năm|\d{1,2})\s+năm(?:\s+qua)?"
_SUM_LEAD = regex.compile(r"\W*(?:\d{1,2}[.)]\s*)?(?:(?:như vậy|tính ra|nhìn chung)\s*,?\s*)?"
                          rf"(?:(?:(?:trong|sau|qua)\s+)?{_YEARS_BY_NUMBER}\s*,?\s*)?"
                          r"(?:tổng cộng|tính chung|tính tổng|tổng hợp|cộng lại|cộng chung|gộp chung|gộp lại|"
                          r"tổng (?:số )?(?:nguồn )?(?:kinh phí|số tiền|vốn)"
                          # (or the count of all, 'Như vậy, tổng số có 11 đề án với 4,7 tỷ đồng')
                          r"|tổng số(?:\s+(?:có|là|gồm))?(?=\s+\d|\s*$)"
                          # (or the word alone with its colon, under a list: '+ 450 triệu đồng: ...;' then 'Tổng: 1,8 tỷ
                          # đồng')
                          r"|tổng\s*:(?=\s*\d|\s*$)"
                          # (or the sum of the years told one by one: 'Tổng 3 năm là 8,85 tỷ đồng cho 46 đề án.')
                          rf"|tổng(?:\s+cộng)?\s+{_YEARS_BY_NUMBER})(?!\p{{L}})"
                          # (or the span of the years told, as the lead of what was done over them: 'Như vậy, trong 3
                          # năm, tỉnh đã chi 9,2 tỷ đồng' after each year's budget)
                          rf"|\W*(?:như vậy|tính ra)\s*,?\s*(?:trong|sau|qua)\s+{_YEARS_BY_NUMBER}\s*,"
                          # (or the whole province's, said as its subject: 'Như vậy, toàn thành phố có 23 đề án ...'
                          # after each former province's share)
                          r"|\W*(?:như vậy|tính ra|tính chung|nhìn chung)\s*,?\s*(?:toàn|cả)\s+"
                          r"(?:tỉnh|thành phố|thành|huyện|vùng)(?!\p{L})"
                          # (or the province's count of all, its year and subject first: 'Như vậy, năm 2026 tỉnh có tổng
                          # cộng 05 đề án ...' after the projects added to the ones it had)
                          r"|\W*(?:như vậy|tính ra|tính chung)\s*,?\s*(?:(?:trong\s+)?năm\s+\d{4}\s*,?\s*)?"
                          r"(?:tỉnh|thành phố)(?:\s+\p{L}+){0,3}?\s+(?:đã\s+)?"
                          r"(?:có|thực hiện|được\s+(?:giao|phân bổ|hỗ trợ|phê duyệt))\s+"
                          r"(?:tổng cộng|tổng số|tất cả)(?!\p{L})")
# the span of years a sum's lead names ('Như vậy, trong 3 năm, ...', 'Tổng kinh phí 3 năm là'): how many of the years
# told before it the sum covers
_SPAN_LEAD = regex.compile(r"\W*(?:\d{1,2}[.)]\s*)?(?:(?:như vậy|tính ra|nhìn chung)\s*,?\s*)?(?:(?:trong|sau|qua)\s+|"
                           r"tổng (?:số )?(?:kinh phí|số tiền|vốn)(?:\s+\p{L}+){0,3}?\s+(?:của\s+|trong\s+)?)?"
                           rf"{_YEARS_BY_NUMBER}(?:\s*,|\s+(?:là|đạt))")
_NUMBER_OF_YEARS = regex.compile(r"(hai|ba|bốn|năm|\d{1,2})\s+năm")
# a sentence that opens by adding its first figure to what went before ('Như vậy, cùng với 3,9 tỷ đồng khuyến công
# địa phương, năm 2026 tỉnh có 5,6 tỷ đồng ...'): its next figure is the sum of that one and the figures told before
_ALONG_WITH_SUM = regex.compile(r"\W*(?:(?:như vậy|tính ra|tính chung)\s*,?\s*)?(?:cùng với|cộng với|cộng thêm)\s+$")
# the words between two items of a list of years: ', năm 2022 là ', '; năm 2023: ', ' và năm 2024 đạt ', also after the
# item's bracketed count ('... 1,8 tỷ đồng (8 đề án), năm 2023 là ...')
_YEAR_ITEM = regex.compile(r"\s*\)?\s*[,;]?\s*(?:và\s+)?(?:năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*(?:là|:|đạt|có)?\s*")
# ... or with the deed of the list's first item said again, its subject unsaid ('Năm 2023, Trung tâm thực hiện 5 đề án
# khuyến công địa phương, ...; năm 2024 thực hiện 7 đề án, ...')
_YEAR_ITEM_DEED = regex.compile(r"\s*\)?\s*;\s*(?:và\s+)?năm\s+\d{4}\s*,?\s*(?:(?:đã\s+)?(?:được\s+)?"
                                r"(?:hỗ trợ|thực hiện|triển khai)(?:\s+được)?)?\s*")
# the next item of a list by province: '; tỉnh Gia Lai hỗ trợ ', '; và thành phố Cần Thơ có ', '; Kon Tum hỗ trợ ',
# ', còn Nghệ An hỗ trợ ', ', Cao Bằng thực hiện ' (a province must be named in it)
_PLACE_ITEM = regex.compile(r"\s*(?:;\s*(?:và\s+)?|,\s*(?:còn\s+)?)(?:(?:tỉnh|thành phố|tp\.?)\s+)?[^,;:.()]{2,30}?\s+"
                            r"(?:đã\s+)?(?:được\s+)?(?:hỗ trợ|thực hiện|triển khai|có|là|đạt)?\s*:?\s*")
# ... or by a named administrative unit, after a comma or 'và' too: ', huyện Gia Viễn 2 đề án (', ') và thị xã Sơn Tây
# có '
_UNIT_ITEM = regex.compile(r"\s*\)?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?:huyện|thị xã|thành phố|tp\.?|quận|tỉnh)\s+"
                           r"\p{Lu}[^,;:.()\d]{1,30}?\s+(?:đã\s+)?(?:được\s+)?"
                           r"(?:hỗ trợ|thực hiện|triển khai|có|là|đạt)?\s*:?\s*")
_LEVELS_LISTED = regex.compile(r"(?:tăng|giảm)(?:\s+(?:dần|đều|liên tục|qua các năm))*\s*:")
# between a figure and the whole it is counted out of: '1,9 tỷ đồng trong tổng số 4,6 tỷ đồng', 'trên tổng số'
_OUT_OF_TOTAL = r"(?:trong|trên)\s+tổng(?:\s+số)?"  # what a share is out of: 'trong tổng số', 'trên tổng'
_OUT_OF_WHOLE = regex.compile(rf"\s*,?\s*{_OUT_OF_TOTAL}(?:\s+(?:kinh phí|vốn|mức|kế hoạch|dự toán)"
                              r"(?:\s+(?:đầu tư|vốn))?(?:\s+(?:được\s+)?(?:giao|phân bổ|bố trí))?)?\s*")
_OUT_OF_WHOLE_BEFORE = regex.compile(rf"(?<!\p{{L}}){_OUT_OF_TOTAL}\s*$")  # '... trong tổng số | 7,2 tỷ'
# a whole's money figure and the 'trong đó' that opens its shares: a 'tổng' before it is the whole's, not the share's
# ('tổng vốn 850 triệu đồng, trong đó kinh phí khuyến công hỗ trợ 250 triệu đồng': 250 triệu is no sum); or the
# clause of support after it ('tổng kinh phí mua thiết bị là 480 triệu đồng, được hỗ trợ 140 triệu đồng')
_WHOLE_THEN_SHARE = regex.compile(r"\d\s*(?:nghìn|ngàn|triệu|tỷ)?\s*đồng\s*"
                                  r"(?:[,;]?\s*trong\s+đó|,\s*(?:\p{L}+\s+){0,4}?(?:được\s+)?hỗ trợ)(?!\p{L})")
_RAISED = regex.compile(r"(?<!\p{L})huy động(?!\p{L})")  # raised, from whatever sources the clause names
_MANNER_WORDS = r"theo|đúng|như"  # the manner of work done, before 'kế hoạch' ('theo kế hoạch', 'đúng kế hoạch')
_PER_PLAN = regex.compile(rf"(?<!\p{{L}})(?:{_MANNER_WORDS})\s+$")  # before 'kế hoạch': the manner of work done
# ... the whole phrase, after a deed in its clause ('đã hoàn thành 12 đề án theo kế hoạch được giao', 'thực hiện 12 đề án
# đúng kế hoạch'): how the work went, no plan said of it
_MANNER_PLAN = regex.compile(rf"(?<!\p{{L}})(?:{_MANNER_WORDS})\s+kế hoạch(?:\s+(?:năm\s+\d{{4}}|(?:được\s+)?(?:giao|duyệt|phê duyệt)"
                             r"|đề ra|đặt ra))*(?!\p{L})")
_DEED_VERB = regex.compile(r"(?<!\p{L})(?:thực hiện|triển khai|hoàn thành|nghiệm thu|giải ngân|hỗ trợ)(?!\p{L})")
# what is left of a budget, said before its amount ('Còn 1,28 tỷ đồng', 'số kinh phí còn lại là ...') or right after it
# ('1,28 tỷ đồng chưa giải ngân')
_REVISED_TO = regex.compile(r"(?<!\p{L})(?:giảm|xuống|rút|cắt|điều chỉnh)\s+(?:chỉ\s+)?còn(?:\s+(?:là|khoảng|hơn|gần|trên))?\s*$")
_AFTER_REVISION = regex.compile(r"(?<!\p{L})sau\s+(?:khi\s+)?(?:được\s+)?điều chỉnh(?!\p{L})")
_LEFT_BEFORE = regex.compile(r"(?:^|\W)(?:còn|còn lại|số còn lại|phần còn lại|số kinh phí còn lại|kinh phí còn lại|"
                             # (or named as not yet paid out: 'Số kinh phí chưa giải ngân 1,7 tỷ đồng ...')
                             r"(?:số\s+)?(?:kinh phí|vốn|tiền)\s+chưa\s+(?:được\s+)?(?:giải ngân|sử dụng|thanh toán))"
                             r"(?:\s+(?:là|khoảng|hơn|gần|trên))?\s*$")
# a clause on the rest of a cost, after a share of it ('..., phần còn lại hợp tác xã tự bố trí', '; số còn lại do doanh
# nghiệp đối ứng')
_REMAINDER_CLAUSE = regex.compile(r"[,;]\s*(?:phần|số|số tiền|số vốn|kinh phí)\s+còn\s+lại(?!\p{L})")
# (or carried over to the next year's budget, still to be spent there: '700 triệu đồng được chuyển nguồn sang năm 2025')
_NOT_YET_DONE = regex.compile(r"\s*(?:(?:còn lại\s+)?(?:vẫn\s+)?chưa\s+(?:được\s+)?(?:triển khai|thực hiện|nghiệm thu|hoàn thành)"
                           r"|còn lại)(?!\p{L})")
_CARRIED_OVER = regex.compile(r"\s*(?:còn lại\s+)?(?:đã\s+)?(?:được\s+)?(?:chuyển nguồn|chuyển sang(?:\s+thực hiện)?"
                              r"\s+(?:năm\s+(?:sau|\d{4})|\d{4}))(?!\p{L})")
# a carried-over clause later in the figure's own stretch of the sentence, after the reason for it
_CARRIED_OVER_LATER = regex.compile(r"[^;.]{0,80}?(?<!\p{L})(?:nên\s+|phải\s+|sẽ\s+|được\s+)*chuyển\s+(?:nguồn\s+)?sang"
                                    r"\s+(?:thực hiện\s+)?(?:(?:trong\s+)?năm\s+(?:sau|\d{4})|\d{4})(?!\p{L})")
_LEFT_AFTER = regex.compile(rf"\s*(?:còn lại\s+)?chưa\s+(?:được\s+)?(?:giải ngân|thực hiện|phân bổ|sử dụng|thanh toán)"
                            rf"(?!\p{{L}})|{_CARRIED_OVER.pattern}")
# a count of projects right before 'được giao': the set the work done was drawn from ('đã triển khai 14/18 đề án khuyến
# công địa phương được giao, với kinh phí thực hiện 2,9 tỷ đồng'), not the figure's tense; so is all of them, uncounted
# ('đã hoàn thành 100% các đề án được giao, gồm 8 đề án ...', 'đã nghiệm thu toàn bộ các đề án được phê duyệt')
# (the words between name no budget: 'với tổng kinh phí được phê duyệt là ...' approves the amount, a plan's figure)
_COUNT_ASSIGNED = regex.compile(rf"(?:\d+(?:/\d+)?|(?<!\p{{L}})(?:{_ALL_THE}|(?:toàn bộ\s+|tất cả\s+)?những))\s+"
                                r"(?:đề án|dự án|nhiệm vụ|chương trình)"
                                # (the programme's name spelled out is one word of it, as 'KCĐP' is)
                                r"(?:\s+khuyến công(?:\s+(?:địa phương|quốc gia))?(?!\p{L}))?"
                                r"(?:\s+(?!(?:kinh phí|vốn|ngân sách)(?!\p{L}))\p{L}+){0,6}?\s+"
                                r"(?:(?:đã\s+)?được\s+)?$")
# the budget a payment used, named by how it was assigned ('đã hoàn thành giải ngân 100% kinh phí khuyến công địa phương
# được | giao là 2,05 tỷ đồng'): the assignment is the budget's, the payment the figure's tense
_BUDGET_PAID = regex.compile(r"(?<!\p{L})(?:giải ngân|cấp phát|quyết toán|sử dụng)\s+(?:hết\s+|toàn bộ\s+|\d+\s*%\s+)?"
                             r"(?:số\s+)?(?:kinh phí|vốn|nguồn vốn|ngân sách)(?:\s+\p{L}+){0,6}?\s+(?:đã\s+)?(?:được\s+)?$")
_FUTURE_LEAD = regex.compile(r"\W*(?:dự kiến|phấn đấu|theo kế hoạch)(?!\p{L})")  # a sentence led by what is to come
# a whole's part given as its share ('..., trong đó vốn đối ứng của cơ sở chiếm hơn 60%')
_PERCENT_PART = regex.compile(r"\W*trong đó\W*([^.;:%]{0,80}?)(?P<pct>\d+(?:[.,]\d+)?)\s*%")
_NEXT_PERCENT = regex.compile(r"\s*[,;]\s*(?:và\s+|còn\s+)?([^.;:%,]{0,60}?)(?P<pct>\d+(?:[.,]\d+)?)\s*%")
# the cost of an event ('kinh phí tổ chức hội chợ', 'kinh phí mở lớp') or of training given ('kinh phí đào tạo'):
# the event's first word, or the training's name
_EVENT_COST = regex.compile(r"(?<!\p{L})kinh phí\s+(?:(?:tổ chức|mở)\s+(?:các\s+|buổi\s+|cuộc\s+)?(\p{L}+)"
                            r"|(đào tạo|tập huấn|bồi dưỡng)(?!\p{L}))")
# an event that opens its sentence as the subject whose cost the sentence gives ('Lớp tập huấn có kinh phí 45 triệu
# đồng ...', 'Hội chợ ... với kinh phí ...'): the event's name
_EVENT_SUBJECT = regex.compile(r"\W*(?:các\s+|những\s+)?(lớp|khóa|hội chợ|hội nghị|hội thảo|hội thi|cuộc thi|phiên chợ)"
                               r"(?!\p{L})(?=[^.;]*?(?<!\p{L})kinh phí(?!\p{L}))", regex.IGNORECASE)
# the first clause of what a sentence tells, up to its first comma, semicolon or colon
_FIRST_CLAUSE = regex.compile(r"[^,;:]*")
# one project, not many ('các đề án', '12 đề án', 'mỗi đề án'), named as the work a total is of
_ONE_WORK_OPENS = regex.compile(r"\W*(?:đề án|dự án)(?!\p{L})(?!\s+(?:khuyến công\s+)?(?:giai đoạn|năm|của|này))")
_NOT_A_YEAR = regex.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")  # a number other than a year
_ONE_WORK = regex.compile(r"(?<!\p{L})(?:(?<!(?:các|những|mỗi|từng|\d)\s)|(?<=(?<!\d)(?:1|01|một)\s))(?:đề án|dự án)(?!\p{L})")
# one work, or one model, named as what a whole is of ('đề án khuyến công quốc gia xây dựng mô hình ...', 'Mô hình
# thuộc đề án ...'); not many ('các đề án', '3 mô hình') nor a plan ('kế hoạch', 'chương trình')
_ONE_WORK_NAMED = regex.compile(r"(?<!\p{L})(?<!(?:các|những|mỗi|từng|\d)\s)(?:đề án|dự án|mô hình)(?!\p{L})"
                                r"(?![^.;]*(?:kế hoạch|chương trình|dự toán))")
# a sentence that opens with the sum of a plan or an estimate ('Tổng kế hoạch năm 2025 là 5,5 tỷ đồng', 'Kế hoạch vốn
# giao năm 2024: 3 tỷ đồng', 'Dự toán năm 2026 là ...')
_PLAN_SUM_LEAD = regex.compile(r"\W*(?:tổng\s+)?(?:kế hoạch|dự toán)"
                               r"(?:\s+(?:vốn\s+|kinh phí\s+|được\s+)?giao|\s+vốn|\s+kinh phí)?"
                               r"(?:\s+(?:năm\s+\d{4}|cả\s+năm|năm\s+nay))?\s*(?:là|:|đạt)\s")
# an event said to be ahead, up to its name: a word of what is to come, then a verb of holding it and up to three words
# ('sẽ tổ chức lớp', 'dự kiến khai giảng 2 lớp', 'sẽ mở các lớp')
_HOLDING_AHEAD = regex.compile(rf"(?<!\p{{L}})(?:{_FUTURE}|{_PROPOSED})(?:\s+\p{{L}}+){{0,2}}?"
                               r"\s+(?:tổ chức|mở|khai giảng|khai mạc)(?:\s+[\p{L}\d]+){0,3}?\s+$")
# a count's projects still under way, said right after it ('12 đề án (khuyến công) đang triển khai')
_STILL = r"(?:hiện\s+|vẫn\s+|còn\s+)?"  # 'hiện', 'vẫn', 'còn' before 'đang': work still going on
_ONGOING_RIGHT_AFTER = regex.compile(r"(?:\s+\p{L}+){0,6}?\s+" + _STILL + r"(?:đang\s+(?:được\s+)?|chờ\s+)"
                                     r"(?:triển khai|thực hiện|nghiệm thu|hoàn thiện|thẩm định)(?!\p{L})")
# a count's own verb of work going on right after it, one no cue lists ('2 đề án đã nghiệm thu, 1 đề án đang lắp đặt
# thiết bị'): neither done nor planned
_GOING_ON_AFTER = regex.compile(r"\s*" + _STILL + r"đang\s+(?:được\s+)?\p{L}")
# an amount that is its clause's subject, its verb after it with a tense word first ('trong đó 2,1 tỷ đồng đã giải
# ngân và 1,1 tỷ đồng chưa giải ngân', 'kinh phí 900 triệu đồng đã được thanh toán')
# a count that closes its clause or its line, past the programme's name ('..., 13 đề án khuyến công')
_COUNT_CLOSES_LINE = regex.compile(r"(?:\s+khuyến công(?:\s+(?:quốc gia|địa phương))?)?[^\S\n]*(?:[.;\n]|$)")
_MONEY_SUBJECT = regex.compile(r"\s+(?:đã|chưa|đang|sẽ)(?:\s+được)?\s+(?=\p{L})")
# a source the figure comes on top of, opening its clause ('Ngoài nguồn kinh phí địa phương, ...'); not 'Ngoài ra'
_BESIDES = regex.compile(r"(?<!\p{L})(?:ngoài|bên cạnh)\s+(?!ra(?!\p{L})|đó(?!\p{L}))[^,;.:\d]{1,60},")
_BESIDES_OPENS = regex.compile(r"\W*" + _BESIDES.pattern)  # ... opening the sentence
# khuyến công itself after a source word ('từ nguồn khuyến công'), neither of its programmes named
_KHUYEN_CONG = regex.compile(r"(?:\s+\p{L}+){0,2}?\s+khuyến công(?!\s+(?:quốc gia|địa phương))")
_TECHNOLOGY = regex.compile(r"\s+nghệ(?!\p{L})")  # 'công' + 'nghệ': technology
_YEAR_DIGITS = r"(?:19|20)\d\d"  # a year as the press writes it
_A_YEAR = regex.compile(rf"(?<!\d){_YEAR_DIGITS}(?!\d)")
# ('Riêng năm 2025, ...' singles a year out: a narration of that year's work like any other; inside a span the article
# tells done it is done with the span, below)
# 'năm 2024', 'trong năm 2024', 'cũng trong năm 2024'; the year the sentence before told ('Cùng năm', 'Trong năm này')
# (or the year the article tells, unnamed: 'Trong năm, Trung tâm hỗ trợ ...', 'Năm qua, ...')
_SINGLE_OUT_WORD = r"(?:chỉ\s+)?(?:tính\s+)?riêng"  # singling one year, span, place or work out: 'Riêng', 'Tính riêng'
# (also the whole year summed up: 'Tính chung năm 2025', 'Tính chung cả năm 2025', 'Cả năm 2025')
_YEAR_SAID = (rf"(?:(?:cũng\s+|{_SINGLE_OUT_WORD}\s+|tính\s+chung(?:\s+cả)?\s+|cả\s+)?(?:(?:trong|vào)\s+)?năm\s+{_YEAR_DIGITS}|"
              r"cùng năm(?:\s+(?:đó|này))?|"
              # (a part of the year: 'Quý I/2026', 'Trong 6 tháng đầu năm 2026', '9 tháng năm 2025')
              rf"(?:(?:trong|vào)\s+)?(?:quý\s+(?:[ivIV]+|\d)|(?:\d{{1,2}}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?)"
              rf"\s*(?:/\s*|\s+năm\s+){_YEAR_DIGITS}|"
              # (or one month of it: 'Tháng 8/2024, Trung tâm tổ chức lớp đào tạo ...')
              # (or months of it: 'Từ tháng 3 đến tháng 9/2025, ...')
              rf"(?:trong\s+|vào\s+)?(?:từ\s+tháng\s+\d{{1,2}}\s+(?:đến|tới)\s+)?tháng\s+\d{{1,2}}\s*"
              rf"(?:/\s*|\s+năm\s+){_YEAR_DIGITS}|"
              r"(?:cũng\s+)?trong\s+năm\s+(?:đó|này)|(?:cũng\s+)?trong\s+năm(?=\s*,)|(?:trong\s+)?năm\s+(?:vừa\s+)?qua)")
# a share in percent right before the amount it comes to ('chiếm khoảng 40%, tương đương 12,8 tỷ đồng')
_PERCENT_SHARE = regex.compile(r"(?<!\p{L})chiếm\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ|tới|đến)\s+)?\d+(?:[.,]\d+)?\s*%"
                               r"[^.;\d%]{0,60}?(?:tương đương|tương ứng|với|khoảng|là|bằng)?\s*(?:khoảng\s*)?$")
# a condition the figure's clause opens with ('Nếu được hỗ trợ 300 triệu đồng, ...'); not 'nếu như', which as often
# compares two real figures ('Nếu như năm 2023 ... thì năm 2024 ...')
# a sum supposed ('nếu', 'giả sử') or aimed at ('để nhận 200 triệu đồng hỗ trợ, cơ sở phải bỏ ra ...'): none given
_HYPOTHETICAL = regex.compile(r"(?<!\p{L})(?:nếu|giả sử|giả như)(?!\s+như)(?!\p{L})"
                              r"|(?<!\p{L})(?:để|muốn)\s+(?:được\s+)?(?:nhận|hưởng)(?:\s+(?:số tiền|khoản|mức))?\s*$"
                              # (a sum wished for: 'Cơ sở mong muốn được khuyến công hỗ trợ thêm 200 triệu đồng')
                              r"|(?<!\p{L})(?:mong muốn|mong|hy vọng|hi vọng|ước mong|mong mỏi)\s+(?:sẽ\s+)?"
                              r"(?:được|nhận)(?!\p{L})")
# the end of an amount or a count of projects, as a bracket after it sees it
_BARE_PROGRAMME_END = regex.compile(r"(?<!\p{L})khuyến công\s*$")
_AMOUNT_END = regex.compile(r"(?:\d|đồng|đ|vnđ|vnd|triệu|tỷ|tỉ|đề án|dự án|nhiệm vụ)\s*$")  # (also a bare scale: '2.300 triệu')
# an approval joined to the carrying out of what it approved ('phê duyệt và tổ chức thực hiện', 'giao và triển khai')
_THEN_CARRIED_OUT = regex.compile(r"(?:\s+(?!và\b)[^\s,.;:\d]+){0,3}?\s+và\s+(?:tổ chức\s+)?(?:thực hiện|triển khai)(?!\p{L})")
_DONE_OPENS_CHAIN = regex.compile(r"(?<!\p{L})đã(?!\p{L})[^,;.]*$")  # 'đã' then no clause break up to the cue
_FUTURE_WORD = regex.compile(rf"(?<!\p{{L}})(?:{_FUTURE})(?!\p{{L}})")
# a public body or fund that gives, assigns or approves, opening its name (matched on the lower-cased text; also the
# bodies' short names, 'TTKC', 'TTKC&XTTM', 'SCT', and a city's or commune's government since 2025: 'xã')
_PUBLIC_AGENT = (r"(?:ubnd|ủy ban|sở|bộ|cục|trung tâm|nhà nước|ngân sách|chương trình|nguồn|tỉnh|huyện|khuyến công|kcqg|kcđp"
                 r"|kcdp|kinh phí|quỹ|chính quyền|ttkc|sct|thành phố|tp|xã|phường|đặc khu)(?!\p{L})")
# between 'đã' and the verb it marks ('đã được phê duyệt'; with the approving body: 'đã được Bộ Công Thương phê duyệt')
_AUXILIARY_GAP = regex.compile(rf"\s+(?:được\s+(?:{_PUBLIC_AGENT}(?:\s+\p{{L}}+){{0,5}}\s+)?)?")
# words in brackets right after a figure, no figure among them (a year is none: '760 triệu đồng (KCĐP 2025)')
_OWN_BRACKET = regex.compile(rf"\s*\(((?:[^()\d]|(?<!\d){_YEAR_DIGITS}(?!\d)){{3,80}})\)")
_LATER_BREAKDOWN = regex.compile(r",\s*(?=\p{L})")  # a clause break a breakdown cue may follow
# a sentence that opens by detailing the one before it ('Trong đó, ...', 'Cụ thể, ...')
# (also the count it breaks down named again: 'Trong tổng số 20 đề án, có 15 đề án ...')
_PART_OPENER = regex.compile(r"\W*(?:trong đó|cụ thể|trong số (?:này|đó)|trong (?:tổng )?số \d+)(?!\p{L})")
# 'trong năm 2017.' closing a sentence: the time of all it tells (not 'chuyển sang năm 2024.', the year a rest is moved to)
_CLOSING_YEAR = regex.compile(r"(?<!\p{L})(?:cả\s+|cũng\s+)?trong\s+$")
_SENTENCE_CLOSE = regex.compile(r"\s*(?:[.!?]|$|\n)")
# the year a sentence ends with, as its only date ('... với kinh phí 2 tỷ đồng trong năm 2024.')
_YEAR_TAIL = regex.compile(rf"(?<!\p{{L}})(?:(?:trong|vào)\s+)?năm\s+{_YEAR_DIGITS}\s*[.;]?\s*$")
# the year said inside the sentence's subject, right before its verb of doing ('Khuyến công khu vực Hà Giang cũ năm
# 2025 hỗ trợ 7 đề án'): the same narration as a year that opens the sentence
_YEAR_THEN_DEED = regex.compile(rf"(?<!\p{{L}})năm\s+{_YEAR_DIGITS}\s+(?:đã\s+)?(?:hỗ trợ|thực hiện|triển khai|tổ chức)"
                                r"(?!\p{L})")
# a span of years as a lead says it ('giai đoạn 2021 - 2025', 'giai đoạn từ năm 2021 đến năm 2025', 'từ năm 2021 đến
# hết năm 2024')
_SPAN_SAID = (rf"(?:(?:{_SINGLE_OUT_WORD}\s+)?(?:trong\s+)?giai đoạn\s+{_YEAR_DIGITS}\s*[-–]\s*{_YEAR_DIGITS}"
              r"|(?:(?:cũng\s+)?trong\s+)?giai đoạn\s+(?:này|đó|trên)"  # (the span just named: 'Giai đoạn này, ...')
              # (or years listed: 'Trong 2 năm 2024, 2025', 'Hai năm 2024 và 2025', 'Trong các năm 2023 - 2025', a term)
              rf"|(?:trong\s+)?(?:(?:\d|hai|ba|bốn|năm)\s+năm|các năm|nhiệm kỳ)\s+{_YEAR_DIGITS}"
              rf"(?:\s*(?:,|và|[-–])\s*{_YEAR_DIGITS})+"
              rf"|(?:(?:{_SINGLE_OUT_WORD}\s+)?(?:trong\s+)?giai đoạn\s+)?từ\s+(?:năm\s+)?{_YEAR_DIGITS}\s+(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?{_YEAR_DIGITS}"
              # (a number of years, their span in brackets, after it or none: 'Trong 10 năm (2015-2024)', 'Trong 10 năm
              # 2015-2024', 'Trong 10 năm, từ 2015 đến 2024', 'trong 5 năm,', 'Sau 20 năm', 'Qua 5 năm')
              rf"|(?:trong|sau|qua)\s+{_YEARS_BY_NUMBER}"
              rf"(?:\s*\(\s*{_YEAR_DIGITS}\s*[-–]\s*{_YEAR_DIGITS}\s*\)"
              rf"|\s*,?\s+(?:giai đoạn\s+)?{_YEAR_DIGITS}\s*[-–]\s*"
              rf"{_YEAR_DIGITS}|\s*,?\s+(?:giai đoạn\s+)?từ\s+(?:năm\s+)?{_YEAR_DIGITS}\s+(?:đến|tới)\s+(?:hết\s+)?"
              rf"(?:năm\s+)?{_YEAR_DIGITS}|(?=\s*,)))")
# who tells it, before what is told: a speaker's label ('Ông Nguyễn Văn A, Giám đốc Trung tâm: ...'), a source
# ('Theo Sở Công Thương, ...') or a reporting verb ('Trung tâm Khuyến công cho biết, ...'), and the quote it opens
# (the one quoted may be named with the post held: 'Theo bà Nguyễn Thị Lan, Phó Giám đốc Sở Công Thương Đắk Lắk, ...')
_ATTRIBUTION = (r"(?:(?:theo\s+[^,.;:\d]{1,80},(?:\s*(?:phó\s+)?(?:giám đốc|chủ tịch|cục trưởng|chi cục trưởng|vụ trưởng|"
                r"trưởng phòng|trưởng ban|trưởng|bí thư|chánh văn phòng|đại diện|lãnh đạo)(?!\p{L})[^,.;:\d]{0,80},)?|[^.;:\n\d]{1,100}:"
                r"|[^.;:\n\d]{1,120}?\s(?:cho biết|thông tin|khẳng định|chia sẻ)(?:\s+rằng)?\s*,?)\s*[\"']?\s*)")
# a day an event took place, as a news report opens with it ('Ngày 12/6,', 'Sáng 5/10/2024,', 'Chiều ngày 3-11,')
_DAY = (rf"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:từ\s+)?ngày\s+)?\d{{1,2}}(?:\s*(?:đến|-|–)\s*\d{{1,2}})?\s*[/-]\s*\d{{1,2}}"
        rf"(?:\s*[/-]\s*{_YEAR_DIGITS})?")
# the body a report cites before what it tells ('Theo Sở Công Thương, ...'; not a plan: 'Theo kế hoạch, ...')
_SOURCE_SAYS = (r"theo\s+(?:sở|trung tâm|báo cáo|thống kê|số liệu|ông|bà|ubnd|ủy ban|uỷ ban|phòng|bộ|cục|chi cục|lãnh đạo"
                r"|đại diện|ban)(?!\p{L})[^,.;:\d]{0,80},\s*")
# a paragraph's dateline in the lower-cased key ('(ttxvn) - ', 'đbp - '): segment.py's, its capitals any case
_DATELINE_KEY = rf"(?:(?i:{DATELINE_MARK})\s+)"
_BRACKET_DATELINE = regex.compile(rf"(?<=^|\n)[^\S\n]*{DATELINE_SOURCE}\s*[-–—][^\S\n]+")
# an event held or opened, or held on the day or in the year a report opens with ('Ngày 12/6, Sở Công Thương tổ chức
# lớp tập huấn ...', with or without the comma, after its source or its speaker or not: 'Theo Sở Công Thương, năm
# 2024 ...', 'Ông A, Giám đốc Trung tâm cho biết: "Năm 2024, ...'), with the five words after the verb
_HELD = regex.compile(rf"(?<!\p{{L}})(?:(?:vừa|đã)\s+tổ chức|tổ chức thành công"
                      # (not said to be ahead: 'sẽ khai giảng', 'dự kiến khai mạc')
                      rf"|(?<!(?:sẽ|kiến|định|bị|sẽ được)\s)(?:khai mạc|khai giảng|bế mạc|bế giảng)"
                      # (or took place, not said to be ahead, 'sẽ' or '(dự) kiến': 'Hội chợ ... diễn ra từ ngày 12/12')
                      rf"|(?<!(?:sẽ|kiến|sẽ được|dự định)\s)diễn ra"
                      rf"|(?<=(?:^|[.!?\n])\W*{_DATELINE_KEY}?(?:{_SOURCE_SAYS}|[^.;:\n\d\"]{{1,100}}:\s*\"?\s*)?(?:{_DAY}|{_YEAR_SAID})(?:\s*,|\s+(?=\p{{L}}))[^.!?\n\d]{{0,120}}?)tổ chức)"
                      rf"(?=((?:\s+[\p{{L}}\d]+){{1,5}}))")  # (a count may stand before the event: 'tổ chức 3 hội chợ')
_HANDED_OVER = regex.compile(r"\s+(?:lễ\s+)?(?:bàn giao|trao tặng|trao|nghiệm thu)(?!\p{L})")  # what a held event was
# the source a sentence opens with, before its year ('Từ nguồn khuyến công, năm 2024 tỉnh hỗ trợ 11 đề án ...')
_SOURCE_OPEN = r"(?:từ|bằng)\s+(?:các\s+)?(?:nguồn|ngân sách|kinh phí|vốn)[^,.;:\d]{0,60}"
_SOURCE_LEAD = rf"(?:{_SOURCE_OPEN},\s*)"
# (or the programme it went through, its year after it: 'Thông qua chương trình khuyến công quốc gia năm 2026, ...')
_THROUGH_OPEN = r"thông qua\s+(?:các\s+)?(?:chương trình|nguồn|đề án)[^,.;:\d]{0,60}(?:năm\s+\d{4})?"
# (or the projects it picks its figures among: 'Trong các đề án khuyến công địa phương, 12 đề án ..., 5 đề án ...')
_AMONG_OPEN = r"trong\s+(?:số\s+)?(?:các|những)\s+(?:đề án|dự án|nhiệm vụ|chương trình)[^,.;:\d]{0,60}"
# a sentence whose subject is a budget and its verb of setting money aside, before its first figure ('Năm 2025, ngân
# sách tỉnh bố trí ', 'Ngân sách địa phương dành ')
_BUDGET_SUBJECT = regex.compile(r"\W*(?:[^,.;:\d]{0,30}\d{4}\s*,\s*)?(?P<source>ngân sách(?:\s+\p{L}+){1,3}?)\s+"
                                r"(?:đã\s+|sẽ\s+)?(?:bố trí|dành|chi|cấp|phân bổ)\s+$")
# what follows an amount given for one thing before the next amount for another ('... cho Chương trình OCOP và ')
_AND_FOR_NEXT = regex.compile(r"\s*(?:cho|để)\s+[^,;.()\d]{1,40}?\s*(?:,|và|,\s*và)\s*")
# a sentence that opens with its source, its year or a place first or not ('Năm 2024, từ nguồn khuyến công quốc gia, ...')
# (or with the support it brought: 'Được hỗ trợ từ nguồn khuyến công địa phương, Tổ hợp tác ...')
_OPENING_SOURCE = regex.compile(rf"\W*(?:[^,.;:\d]{{0,30}}\d{{4}}\s*,?\s*)?(?:được\s+(?:hỗ trợ|tài trợ|đầu tư)\s+)?"
                                rf"(?P<source>{_SOURCE_OPEN}|{_THROUGH_OPEN}|{_AMONG_OPEN}),")
# or what it goes on from ('Cùng với đào tạo nghề, năm 2024 thành phố còn hỗ trợ ...', 'Bên cạnh đó, năm 2024 ...')
# (or a link word to the sentence before: 'Trước đó, năm 2024, khuyến công quốc gia cũng hỗ trợ ...')
_ALONG_LEAD = r"(?:(?:cùng với|bên cạnh|song song với)[^,.;:\d]{0,60},\s*|(?:trước đó|sau đó|tiếp đó|ngoài ra|đồng thời)\s*,\s*)"
# a source with its year ('Từ nguồn kinh phí khuyến công năm 2024, Trung tâm ... tổ chức 2 lớp ...')
_SOURCE_YEAR = rf"(?:{_SOURCE_OPEN}năm\s+{_YEAR_DIGITS}\s*,)"
# the plan or decision the work of the sentence carries out, as its lead ('Thực hiện kế hoạch khuyến công năm 2024,
# ...', 'Triển khai Đề án khuyến công địa phương, ...'): which plan, not the tense of the work told after it
_CARRYING = (r"(?:thực hiện|triển khai)\s+(?:các\s+)?(?:kế hoạch|đề án|chương trình|nhiệm vụ|quyết định|nghị quyết|chỉ thị)"
             r"(?!\p{L})[^,.;:]{0,100}")
_CARRYING_LEAD = regex.compile(rf"\W*{_CARRYING},\s*")
_CARRYING_YEAR = rf"(?:{_CARRYING}(?<=năm\s+{_YEAR_DIGITS})\s*,)"
# (or the event it took place at, its year in its name: 'Tại Hội chợ công nghiệp nông thôn tiêu biểu khu vực phía Bắc
# năm 2024, ...')
_EVENT_YEAR = (r"(?:(?:tại|trong khuôn khổ|trong|qua)\s+(?:các\s+)?(?:hội chợ|triển lãm|hội nghị|hội thi|cuộc thi|lễ hội|"
               rf"tuần lễ)(?!\p{{L}})[^,.;:\d]{{0,100}}?năm\s+{_YEAR_DIGITS}\s*,)")
# a sentence that narrates a year's work ('Năm 2023, Trung tâm Khuyến công ... đầu tư 1,5 tỷ đồng cho 5 cơ sở'; the
# comma may be left out): the year it opens with and an active verb of doing before the figure tell of what was done
# (a span's narration is done only once the article plans a later year or tells its last year as done)
# or the aim the work served ('Để nâng giá trị hạt muối, năm 2024, Trung tâm ... hỗ trợ ...')
# or the place the work was done in ('Tại khu vực Hòa Bình cũ (nay thuộc tỉnh Phú Thọ), năm 2025, khuyến công hỗ
# trợ ...')
_AIM_LEAD = r"(?:(?:để|nhằm)\s[^,.;:\d]{0,80},\s*)"
_AT_PLACE = r"tại|ở|trên địa bàn"  # the words that name where something is or was done
_PLACE_FRAME = rf"(?:(?:{_AT_PLACE})\s[^,.;:\d]{{0,80}},\s*)"
_YEAR_LEAD = regex.compile(rf"\W*(?:\d{{1,2}}[.)]\s+)?{_ATTRIBUTION}?(?:{_SOURCE_YEAR}|{_CARRYING_YEAR}|{_EVENT_YEAR}|"
                           rf"(?:{_SOURCE_LEAD}|{_ALONG_LEAD}|{_AIM_LEAD}|{_PLACE_FRAME})?(?:{_YEAR_SAID}|{_SPAN_SAID})"
                           rf"(?:\s*[,:]|\s+(?=\p{{L}}))|{_DAY}\s*,)",  # (or a colon: 'Năm 2024: ...')
                           regex.IGNORECASE)
# (a list item's number may open it: '1. Hà Giang (cũ): Năm 2024, tỉnh thực hiện 8 đề án ...')
# a sentence opened by the cost of what the sentence before it told ('Kinh phí thực hiện 95 triệu đồng', 'Tổng kinh
# phí hỗ trợ là ...')
_COST_LEAD = regex.compile(r"\W*(?:tổng\s+)?(?:số\s+)?(?:kinh phí|số tiền)(?!\p{L})")
# ... or with the worth of what was handed over, the programme's share in it ('... vừa nhận bàn giao máy rửa ... Tổng
# giá trị thiết bị 1,4 tỷ đồng, trong đó ngân sách khuyến công địa phương hỗ trợ 420 triệu đồng')
_WORTH_LEAD = regex.compile(r"\W*(?:tổng\s+)?giá trị(?!\p{L})")
# ... or named right before the amount, later in its sentence: 'Hệ thống có tổng vốn đầu tư 2,1 tỷ đồng'
_WHOLE_WORTH_BEFORE = regex.compile(r"(?<!\p{L})(?:tổng\s+(?:vốn(?:\s+đầu tư)?|giá trị|kinh phí|mức đầu tư)|trị giá)"
                                    r"(?:\s+(?:là|khoảng|hơn|gần))?\s*:?\s*$")
# between two amounts of one sentence, each dated after it: the first one's year, then a joiner ('... 2,1 tỷ đồng | vào
# năm 2022, | 2,4 tỷ đồng vào năm 2023')
_YEAR_THEN_NEXT = regex.compile(r"\s*(?:(?:vào|trong)\s+)?năm\s+\d{4}\s*(?:,|và|;)\s*(?:và\s+)?"
                                r"(?:là\s+|con số này là\s+)?")
# a table's total row, by its label ('Tổng cộng', 'Cộng'), a header that counts projects, one of years, and such cells
_TOTAL_CELL = regex.compile(r"\s*(?:tổng cộng|tổng số|tổng|cộng)(?:\s+(?:chung|toàn tỉnh|kinh phí))?\s*:?\s*")
_PROGRAMME_MONEY_HEADER = regex.compile(r"(?<!\p{L})(?:kinh phí|hỗ trợ|vốn|ngân sách|dự toán|giải ngân|số tiền|"
                                        r"tổng mức)(?!\p{L})")
# a money column's header naming a plan or what was carried out of it ('Kế hoạch (triệu đồng)', 'Thực hiện (triệu
# đồng)')
_PLAN_HEADER = regex.compile(r"(?<!\p{L})(?:kế hoạch|dự toán|được giao|giao|phân bổ|dự kiến)(?!\p{L})")
_DONE_HEADER = regex.compile(r"(?<!\p{L})(?:thực hiện|giải ngân|quyết toán|nghiệm thu|đã)(?!\p{L})")
_COUNT_HEADER = regex.compile(r"(?<!\p{L})số(?:\s+lượng)?\s+(?:đề án|dự án|nhiệm vụ)(?!\p{L})")
_YEAR_HEADER = regex.compile(r"\s*năm\s*")
_TABLE_NUMBER = regex.compile(r"\s*(\d{1,4})\s*")
_TABLE_YEAR = regex.compile(rf"\s*({_YEAR_DIGITS})\s*")
_BRACKET_AFTER = regex.compile(r"\s*\(([^()\n]*)\)")  # a bracket right after a figure, its words as group 1
_NAME_BEFORE_BRACKET = regex.compile(r"\s+khuyến\s+công(?=\s*\()")  # the programme's name, its level in a bracket
# the share the figure before a slash reached of the one after it ('kinh phí 3.250 tr.đ/5.100 tr.đ), đạt 63,7%')
# a share reached right after a figure ('..., đạt 98,1%'), not of what was asked for ('đạt 80% so với nhu cầu')
# how a share reached is said, with its hedges ('chỉ đạt 35%', 'đạt gần 98%')
_ONLY = r"(?:(?:mới|chỉ|mới chỉ)\s+)?"
_HEDGED_PCT = r"\s+(?:(?:gần|hơn|khoảng|trên|xấp xỉ)\s+)?[\d.,]+\s*%"
_PCT_NUMBER = regex.compile(r"(?P<pct>\d+(?:[.,]\d+)?)(?=\s*%)")  # a percentage's number, for _percent_value
_REACHED_PCT = _ONLY + r"(?:đạt|bằng)" + _HEDGED_PCT
_REACHED_SHARE_AFTER = regex.compile(r"\s*,?\s*" + _ONLY + "đạt" + _HEDGED_PCT +
                                     r"(?!\s*(?:so với\s+)?(?:tổng\s+)?(?:nhu cầu|đề xuất|đăng ký))")
_SHARE_REACHED = regex.compile(r"\s*\)?\s*,?\s*" + _REACHED_PCT)
# an amount told as the worth of a share reached, before it ('Tỷ lệ giải ngân đạt 98%, tương đương 2,94 tỷ đồng')
_SHARE_WORTH_BEFORE = regex.compile(r"[\d.,]+\s*%\s*,?\s*(?:tương đương(?:\s+với)?|tức là|ứng với)\s+"
                                    r"(?:(?:gần|hơn|khoảng|trên|xấp xỉ)\s+)?$")
# a share of a plan right after an amount, up to the plan's figure or the clause's end ('4,18 tỷ đồng, đạt 95% kế
# hoạch vốn khuyến công địa phương năm 2025 (4,4 tỷ đồng)')
_SHARE_OF_PLAN = regex.compile(r"(?:\s+(?:khuyến công\s+(?:địa phương|quốc gia)|kcđp|kcqg))?\s*,?\s*" + _REACHED_PCT + r"\s*(?:so với\s+)?(?:tổng\s+)?kế hoạch[^(;.,\n]{0,60}")
_CEILING_WORD = regex.compile(r"(?:tối đa|không quá)(?!\p{L})", regex.IGNORECASE)  # an amount's own ceiling word
# work just done ('UBND phường vừa phối hợp với Trung tâm Khuyến công tổ chức lớp đào tạo ...'), not 'vừa ... vừa ...'
_JUST_DONE = regex.compile(r"(?<!\p{L})vừa\s+(?:\p{L}+\s+){0,8}?(?:tổ chức|bàn giao|nghiệm thu|khai giảng|bế giảng|trao"
                           r"|hoàn thành|công nhận|công bố)(?!\p{L})(?![^.;]*(?<!\p{L})vừa(?!\p{L}))")
# (not the work named as a noun: 'kiểm tra tình hình thực hiện 3 đề án', the state or pace of the work inspected)
# (the work's own passive counts: 'số đề án được thực hiện là 11 đề án'; so does an event held: 'Năm 2024, Hội chợ ...
# được tổ chức tại Đồng Tháp với kinh phí ...', '... diễn ra tại ...')
_DEED = regex.compile(r"(?<!\p{L})(?:(?<=(?<!\p{L})được\s)(?:thực hiện|triển khai|tổ chức)|diễn ra|"
                      r"(?<!được\s)(?<!được\s\p{L}+\s)(?<!(?:tình hình|tiến độ|việc)\s)"
                      r"(?:hỗ trợ|đầu tư|triển khai|thực hiện|tổ chức|đưa(?=[^.;:]{1,60}tham gia)|tham gia"
                      r"|khai giảng|bế giảng"
                      r"|chi(?=\s+(?:cho|hơn|gần|khoảng|trên|\d))"  # (spent: 'ngân sách tỉnh chi cho ...')
                      r"|mở(?=\s+(?:(?:được\s+)?\d+\s+)?(?:lớp|khóa|khoá)(?!\p{L}))"  # (a course opened: 'mở 2 lớp đào tạo nghề')
                      # (or drawn from a budget for it: 'huyện trích ngân sách huyện 500 triệu đồng hỗ trợ ...')
                      r"|trích(?=\s+(?:ngân sách|kinh phí|nguồn|từ|hơn|gần|khoảng|trên|\d))"
                      # (or the amount received, by whoever got it: 'Năm 2024, cơ sở cơ khí Quỳnh Phong nhận 80 triệu đồng
                      # kinh phí khuyến công'; not 'công nhận', 'tiếp nhận', 'xác nhận')
                      # (or people trained, the verb of the work: 'khuyến công Hà Tĩnh đào tạo nghề cho 1.600 người với
                      # kinh phí 490 triệu đồng'; not the noun of a cost or a task, 'kinh phí đào tạo', 'công tác đào tạo')
                      r"|(?<!(?:phí|tác|lớp|cầu|trợ|hoạt động|nội dung|chương trình|đề án|nghề)\s)đào tạo(?=\s+(?:nghề\s+)?cho)"
                      # (or a work of the programme's own, made and counted: 'xây dựng 2 mô hình trình diễn', 'sản xuất 24
                      # chuyên mục', 'in 2.000 cuốn tài liệu', 'phát hành 12 số bản tin')
                      r"|(?:xây dựng|sản xuất|in|phát hành|biên soạn|xuất bản)(?=\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d)"
                      r"|(?<!(?:công|tiếp|xác|thừa|ghi|chấp)\s)nhận(?=\s+(?:(?:hỗ trợ|được|thêm)\s+)?"
                      r"(?:(?:hơn|gần|khoảng|trên)\s+)?(?:\d|$))))(?!\p{L})")
# what opens the cost of the deed its sentence told just before: 'với' or a comma, then the budget noun's 'tổng'
# (or a bracket right after the deed: 'đào tạo nghề cho 70 lao động (kinh phí là 180 triệu đồng)')
# (or a ';' that closes the deed's clause: 'Cần Thơ tổ chức Hội chợ ... với 150 gian hàng; kinh phí 680 triệu đồng')
_COST_OF_DEED = regex.compile(r"(?:(?<!\p{L})với|[,;]|\()\s*(?:với\s+)?(?:tổng\s+)?$")
_DONE_BY = regex.compile(r"(?<!\p{L})do\s+[^,;.]*$")  # the agent of a passive, up to its verb ('do Sở ... | tổ chức')
# a figure said as the means of a deed told after it, in a clause of its own ('với kinh phí 180 triệu đồng từ
# chương trình khuyến công, tỉnh hỗ trợ 25 cơ sở ...')
# (or the source it came from, named: 'Năm 2024, từ nguồn khuyến công địa phương 320 triệu đồng, Sở hỗ trợ 8 hộ ...')
_FUNDED_CLAUSE = regex.compile(r"\s*(?:với|bằng|từ)\s+(?:tổng\s+)?(?:nguồn\s+)?(?:kinh phí|số tiền|nguồn vốn|vốn|khuyến công|"
                               r"ngân sách)(?:\s+\p{L}+){0,5}?\s*(?:là\s+)?$")
_DEED_NEXT = regex.compile(rf"[^,;.:]{{0,60}},(?:\s+\p{{L}}+){{1,8}}?\s+(?:đã\s+)?{_DEED.pattern}")
# (the deed's year said after the means that open the sentence: 'Với kinh phí ... 540 triệu đồng, năm 2025 tỉnh hỗ trợ
# 3 cơ sở ...', as 'Năm 2025, với kinh phí ..., tỉnh hỗ trợ ...')
_YEAR_DEED_NEXT = regex.compile(rf"[^,;.:]{{0,60}},\s*(?:(?:trong|vào)\s+)?năm\s+{_YEAR_DIGITS}\s*,?(?:\s+\p{{L}}+){{0,8}}?\s+"
                                rf"(?:đã\s+)?{_DEED.pattern}")
# a 'but' that goes on about the same programme's projects, its name unsaid: '... đăng ký 3 đề án khuyến công quốc gia
# với tổng kinh phí 2,1 tỷ đồng nhưng chỉ được phê duyệt 1 đề án'
# (also past the cause of it: '... nhưng do thiếu vốn đối ứng, chỉ 8 đề án được triển khai')
_BUT_WORDS = r"nhưng|song|tuy nhiên"  # a 'but' that opens what came of the clause before
_BUT_OF_IT = regex.compile(rf"\s*,?\s*(?:{_BUT_WORDS})\s+(?:(?:do|vì)\s[^,;.]{{1,60}},\s*)?"
                           r"(?:(?:chỉ|mới|đã|được|có|thực tế|đến nay|cuối cùng)\s+)*(?:\p{L}+(?:\s+\p{L}+)?\s+)?$")
# what came of the projects asked for: approved ('..., được Bộ phê duyệt 4 đề án', '..., và đã được chấp thuận 3 đề án')
_APPROVED_OF_IT = regex.compile(r"(?:\s+(?:khuyến công\s+)?(?:quốc gia|địa phương|kcqg|kcđp))?\s*(?:,\s*)?(?:và\s+)?"
                                r"(?:(?:đã|sau đó|cuối cùng|chỉ|mới)\s+)*được\s+(?:\p{L}+\s+){0,4}?"
                                r"(?:phê duyệt|chấp thuận|duyệt|giao)\s+$")
_ASKED_FOR = regex.compile(r"(?<!\p{L})(?:đăng ký|đề xuất|đề nghị|xin)(?!\p{L})")
_CONTRAST = regex.compile(rf"(?<!\p{{L}})(?:{_BUT_WORDS})(?!\p{{L}})")
# from a bracketed amount to the next item's own bracket ('...(hỗ trợ 300 triệu đồng), cơ sở kẹo dừa Thanh Long
# (hỗ trợ ')
_NEXT_BRACKETED_ITEM = regex.compile(r"\s*\)\s*(?:[,;]\s*(?:và\s+)?|và\s+)[^()\d;.]{2,80}?\(\s*(?:được\s+)?"
                                     r"(?:hỗ trợ|kinh phí)?\s*:?\s*")
# a clause after a figure that goes on with the same subject's next deed ('...; tổ chức 2 lớp tập huấn ...', ', đồng thời hỗ
# trợ ...', '... và tổ chức lớp đào tạo ...'): no subject of its own
_SAME_ACTOR = regex.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?:đồng thời\s+|còn\s+|cũng\s+)?(?:hỗ trợ|tổ chức|thực hiện|triển khai|xây dựng"
                            r"|đào tạo|bình chọn|mở)(?!\p{L})")
# the projects of the count before that its next clause says are finished, the subject unsaid ('hỗ trợ 11 đề án,
# kinh phí 2,35 tỷ đồng, đã nghiệm thu và thanh quyết toán 10 đề án'): a part of that count, not a deed of its own
_FINISHED = r"(?:hoàn thành|nghiệm thu|thanh quyết toán|quyết toán|bàn giao)"
_FINISHED_OF = regex.compile(rf"\s*(?:[,;]\s*|và\s+){_TOLD_AT}(?:đã\s+)?{_FINISHED}"
                             rf"(?:\s+(?:và|,)\s+(?:{_FINISHED}|thanh toán))?(?:\s+(?:được|xong))?\s+$")
# ... or, its subject said, the verb after it ('3 đề án ... được phê duyệt ...; hiện 2 đề án đã hoàn thành')
_NOW_OPENS = regex.compile(r"\s*[,;]\s*(?:(?:hiện nay|hiện|đến nay|tới nay|trong đó)\s*,?\s*)?")
_FINISHED_AFTER = regex.compile(rf"\s+(?:đã\s+)?(?:được\s+)?{_FINISHED}(?!\p{{L}})")
# the localities of one province as well as many provinces ('các địa phương còn lại'), by the words for them
_LOCALITIES = regex.compile(r"(?:các|nhiều)\s+địa phương")
# 'cả' after an inclusion cue: what a figure takes in, not its parts ('15 đề án, gồm cả khuyến công quốc gia và địa phương')
_INCLUSIVE = regex.compile(r"\s+cả(?!\p{L})")
# a list said to go on past the items it names ('...; tham gia hội chợ (300 triệu đồng) và các đề án khác.')
_OPEN_LIST = regex.compile(r"(?<!\p{L})(?:và|cùng)\s+(?:các|một số|những)\s+(?:đề án|nội dung|hoạt động|nhiệm vụ)\s+khác"
                           r"|…|\.\.\.|(?<!\p{L})v\.v\.?")
# a percentage right before a cue word, or the number done of a whole ('hoàn thành 4 trên tổng số 12 đề án')
_SHARE_OF = regex.compile(r"\d\s*(?:%\s*(?:so với\s+|của\s+)?|trên\s+)$")
# (or what must be done by a deadline: 'Các đề án phải hoàn thành trước ngày 30/11/2025')
# (or after a word of resolve or a request, a task set: 'Tập trung hoàn thành 9 đề án còn lại', 'quyết tâm hoàn
# thành', 'yêu cầu các đơn vị hoàn thành 13 đề án', 'đôn đốc các cơ sở hoàn thành 7 đề án'; or about to be done:
# 'chuẩn bị nghiệm thu 5 đề án', 'sắp hoàn thành')
_NOT_YET = regex.compile(rf"(?<!\p{{L}})(?:{_FUTURE}|chuẩn bị|sắp|phải|{_RESOLVE_WORDS}|yêu cầu|đề nghị|chỉ đạo"
                         rf"|đôn đốc)(?:\s+\p{{L}}+){{0,4}}\s+$")
_LISTED_YEARS = regex.compile(r",|\svà\s")  # years given as a list, not a span ('năm 2023 và 2024', '2022, 2023')
# a verb of resolve before work to finish (not its noun: 'với những nỗ lực trong việc triển khai ...')
_RESOLVE = regex.compile(rf"(?<!\p{{L}})(?<!(?:những|các|sự)\s)(?:sẽ|dự kiến|phấn đấu|{_RESOLVE_WORDS})(?!\p{{L}})")
_YEAR_LIST_GAP = regex.compile(r"\s*(?:,|và)\s*(?:năm\s+)?")
_HORIZON = regex.compile(r"(?<!\p{L})(?:định hướng|tầm nhìn)(?:\s+(?:đến|tới))?(?:\s+năm)?\s*$")
# the passive of receiving with its agent between ('được Trung tâm Khuyến công tỉnh hỗ trợ'): as 'được hỗ trợ';
# 'được UBND tỉnh giao' is 'được giao', a budget assigned: planned
# (the agent is a public body or fund, _PUBLIC_AGENT: 'được TTKC&XTTM tỉnh hỗ trợ', 'được xã hỗ trợ'; 'được Trung
# tâm ... bàn giao máy' is handed over, no assignment)
_AGENT_PASSIVE = regex.compile(rf"(?<!\p{{L}})được\s+{_PUBLIC_AGENT}"
                               r"[\p{L}\s&.–-]{0,60}?\s(?<!bàn\s)(?P<verb>hỗ trợ|cấp|tài trợ|giao|thông báo)(?!\p{L})")
_APPROVED_BETWEEN = regex.compile(r"(?<!\p{L})(?:phê duyệt|chấp thuận|thống nhất)(?!\p{L})")
_PERSON_TITLE = r"(?:ông|bà|anh|chị)"  # the titles before a person's name ('ông Hải', 'chị Lan')
# a sum paid to a person named by title and name ('TTKC có chi cho bà Bích 17,6 triệu đồng': a court story's
# payment), matched on the cased key: 'bà con', the villagers, are no name
_PAID_TO_PERSON = regex.compile(r"(?<!\p{L})(?:chi|trả|thanh toán|chuyển)(?:\s+\p{Ll}+){0,2}?\s+cho\s+"
                                rf"{_PERSON_TITLE}\s+\p{{Lu}}\p{{L}}*(?:\s+\p{{Lu}}\p{{L}}*)*\s+$")
_PROVINCIAL_AUTHORITY = regex.compile(r"(?<!\p{L})(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|sở công thương)(?!\p{L})")
# the province's khuyến công as a whole, not its centre's name ('khuyến công tỉnh', not 'Trung tâm Khuyến công tỉnh')
_PROVINCES_OWN = regex.compile(r"(?<!\p{L})(?<!trung tâm )khuyến công (?:của |cấp )?(?:tỉnh|thành phố|tp\.?)(?!\p{L})"
                               r"(?!\s+(?:quốc gia|địa phương))")
# a clause's own source word, a programme after it ('nguồn khuyến nông', 'từ nguồn vốn khuyến công')
_OWN_SOURCE = regex.compile(r"(?<!\p{L})(?:nguồn|kinh phí|vốn)\s+(?:kinh phí\s+|vốn\s+)?")
_PUBLIC_WORDS = r"ngân sách|khuyến công|kcqg|kcđp|kcdp|nhà nước"  # the public side of a split
_PUBLIC_SOURCE = regex.compile(rf"(?<!\p{{L}})(?:{_PUBLIC_WORDS})(?!\p{{L}})")
_MORE_OR_LESS = r"(?:cao|thấp|ít|nhiều|lớn|nhỏ)\s+hơn"  # a comparison's word: 'cao hơn', 'ít hơn'
# the figure of the year something is compared with, in brackets after it ('tăng 20% so với năm 2023 (5,7 tỷ
# đồng)'): the base of a comparison, not a statement of its own
# (a few words may name what is compared: 'so với tổng kinh phí của hai địa phương năm 2025 (4,9 tỷ đồng)', 'gấp 1,6
# lần tổng kinh phí của ba tỉnh cũ năm 2025 (4,7 tỷ đồng)')
_COMPARED_BASE = regex.compile(r"(?<!\p{L})(?:so với(?:\s+\p{L}+){0,7}?|so cùng kỳ|(?:gấp|bằng)\s+(?:[\d.,]+\s+lần|đôi|rưỡi|"
                               r"(?:hai|ba|bốn|năm)\s+lần)(?:\s+so với)?"
                               r"(?:\s+\p{L}+){0,7}?|"
                               rf"{_MORE_OR_LESS})\s+(?:cùng kỳ\s+)?(?:(?:năm|giai đoạn|kỳ)\s+)?"
                               r"(?:\d{4}(?:\s*[-–]\s*\d{4}|\s+(?:đến|tới)\s+(?:năm\s+)?\d{4})?|trước|ngoái|trước đó)"
                               r"\s*\(\s*$")
_THIS_FIGURE = regex.compile(r"\s*(?:này|nói trên|kể trên|trên(?=\s*[,.;)]))(?!\p{L})")  # '3 tỷ đồng này', '... nói trên'
_REFERS_BACK = regex.compile(r"(?<!\p{L})trong\s+(?:tổng\s+)?(?:số\s+)?$")  # 'Trong tổng số 45 đề án, ...'
_OPENS_WITH_COUNT = regex.compile(r"(?:[.!?]\s+|\n\s*)(?:(?:hiện nay|hiện tại|hiện|đến nay|tới nay)\s*,?\s*|"
                               r"(?:đến|tới|tính đến|đến hết)\s+(?:cuối|hết)\s+năm\s*,\s*)?(?:các\s+)?$")
# beneficiaries or projects counted as others than those told before ('6 cơ sở khác', 'các đề án khác')
_OTHERS_COUNTED = regex.compile(r"(?<!\p{L})(?:\d+|các|những|nhiều)\s+(?:cơ sở|đề án|dự án|doanh nghiệp|hợp tác xã|htx|hộ|"
                                r"công ty|làng nghề)(?:\s+\p{Ll}+){0,2}?\s+khác(?!\p{L})", regex.I)
_AND_NEXT = regex.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:tỉnh|thành phố|tp\.?)\s*)?")
# one named beneficiary given an amount ('Cơ sở nước mắm Ninh Thủy được hỗ trợ 280 triệu đồng', 'HTX chè Lũng Phìn
# nhận 300 triệu đồng'): a business noun, not counted ('9 cơ sở', 'các cơ sở'), then a name, then the support verb
# the words that open a business's name ('Hợp tác xã ...', 'HTX ...', 'Công ty ...')
_BUSINESS_WORDS = r"cơ sở|hợp tác xã|htx|công ty|doanh nghiệp|hộ kinh doanh|tổ hợp tác|xưởng|nhà máy"
_BUSINESS = (rf"(?i:{_BUSINESS_WORDS}|gia đình|hộ gia đình|"
             rf"nghệ nhân|hộ {_PERSON_TITLE})(?: \p{{Ll}}+){{0,9}} \p{{Lu}}")
# ... or helped by a programme named between ('Cơ sở gốm của ông Phú được khuyến công địa phương hỗ trợ 200 triệu đồng')
_HELPED_BY = regex.compile(rf"(?<!(?:\d|các|những|nhiều|mỗi|từng) ){_BUSINESS}[^,;:()]{{0,60}}?(?<!\p{{L}})được\s+"
                           r"(?:\p{L}+\s+){1,5}?(?:hỗ trợ|tài trợ)(?!\p{L})")
# beneficiaries in the plural, no number ('các cơ sở', 'những doanh nghiệp')
_MANY_BENEFICIARIES = regex.compile(r"(?<!\p{L})(?:các|những|nhiều)\s+"
                                    r"(?:cơ sở|doanh nghiệp|hợp tác xã|htx|hộ|làng nghề)(?!\p{L})")
# a sentence that opens on one named business ('Công ty TNHH Long Nhãn Hưng Yên đầu tư ...')
_BUSINESS_OPENS = regex.compile(rf"[\W\d]*{_BUSINESS}")
# the support it got, right before the figure ('..., được hỗ trợ', '..., khuyến công hỗ trợ', '..., nhận hỗ trợ')
_GOT_RIGHT_BEFORE = regex.compile(r"[,;]\s*(?:(?:được|nhận)(?:\s+\p{L}+){0,4}?|khuyến công(?:\s+\p{L}+){0,3}?)\s+"
                                  r"(?:hỗ trợ|tài trợ)(?:\s+(?:kinh phí|số tiền))?\s*(?:là\s*)?$")
_SAYS = r"(?:cho biết|chia sẻ|kể|nói)"  # what a speaker does before or after a quote
_ONE_BENEFICIARY = regex.compile(
    r"(?<![\p{L}\d])(?<!(?:\d|các|những|nhiều|mỗi|từng|\p{L}+ (?:các|những)) )(?:"
    rf"{_BUSINESS}[^,;:()]{{0,60}}?(?<!\p{{L}})(?:được (?:nhận |cấp |giao )?(?:hỗ trợ|tài trợ|cấp)|nhận(?: được)?)"
    # (or the one project of a named business: 'Đề án hỗ trợ Công ty Hải Vân ứng dụng máy đóng gói có kinh phí')
    # (or a business's owner who tells of its support in a quote: 'Ông A, chủ cơ sở bánh pía Tân Huê Viên, cho biết:
    # "Nhờ được hỗ trợ 280 triệu đồng ...')
    rf"|(?i:chủ|giám đốc|chủ nhiệm) {_BUSINESS}[^.;:()]{{0,60}}?(?<!\p{{L}}){_SAYS}\s*:?\s*\"?"
    r"[^.;:()\"]{0,40}?(?<!\p{L})(?:được (?:nhận |cấp )?(?:hỗ trợ|tài trợ|cấp)|nhận(?: được)?)"
    # (also singled out as the largest or first: 'Đề án lớn nhất hỗ trợ Công ty ... đầu tư dây chuyền ... với 600
    # triệu')
    rf"|(?i:đề án|mô hình)(?: (?:lớn nhất|đầu tiên|tiêu biểu|điển hình))?(?: (?:hỗ trợ|của|tại|cho))+ {_BUSINESS}"
    r"[^,;:()]{0,80}?(?<!\p{L})(?:(?:có |với )?(?:tổng )?(?:kinh phí|được hỗ trợ|số tiền)|với))(?!\p{L})"
    # (the times it was supported, then their sum: 'được hỗ trợ 2 lần, tổng cộng 520 triệu đồng'; or the source and
    # year between: 'được hỗ trợ từ khuyến công quốc gia năm 2023 với kinh phí 650 triệu đồng')
    r"(?:\s+(?:\d+|hai|ba|bốn)\s+lần\s*,)?"
    r"(?:[^,;:]{0,30}|\s+từ [^,;:()]{0,50}? (?:với |có )?(?:kinh phí|số tiền)\s*(?:là\s*)?)$")
# support a quote tells of, right before its amount, and the person the quote is then said to be by
_SUPPORT_IN_QUOTE = regex.compile(r"[\"“][^\"“”]*?(?<!\p{L})(?i:nhờ (?:có |được )?|được (?:nhận )?)(?:sự )?hỗ trợ\s*$")
_SPEAKER_BEFORE = regex.compile(rf"(?<!\p{{L}})(?i:{_PERSON_TITLE}|nghệ nhân)\s+\p{{Lu}}[^.:\n]{{0,60}}?(?<!\p{{L}})"
                                rf"{_SAYS}\s*:\s*$")
_SPEAKER_AFTER = regex.compile(rf"[^\"”\n]{{0,160}}[\"”]\s*,\s*{_PERSON_TITLE}\s+\p{{Lu}}[^.\n]{{0,40}}?"
                               rf"(?<!\p{{L}})(?:{_SAYS}|bày tỏ)(?!\p{{L}})")
# part of a year only, said before the figure: 'Lũy kế 10 tháng năm 2024, ...', '6 tháng đầu năm', 'Tính đến hết tháng
# 10/2026', 'quý III', 'từ đầu năm đến nay'
# (a running total from the year's start is one such part: 'Lũy kế từ đầu năm', 'Lũy kế 9 tháng')
_CUMULATIVE_WORDS = r"lũy kế|luỹ kế|từ đầu năm"
_MONTH_COUNT = r"(?:\d{1,2}|sáu|chín|ba) tháng"  # a number of months ('10 tháng', 'sáu tháng')
# one month ('Trong tháng 10, ...'), or the quarter the sentence before named ('Quý IV/2025, ...' then 'Trong quý, ...')
_ONE_MONTH_WORDS = r"trong tháng (?:\d{1,2}|này|qua)(?!\d)|trong quý(?:\s+(?:này|qua))?(?!\s*[\divx])"
_PART_OF_YEAR = regex.compile(rf"(?<!\p{{L}})(?:{_CUMULATIVE_WORDS}|{_MONTH_COUNT}(?: đầu năm| cuối năm)?|"
                              r"tính đến (?:hết |cuối )?(?:ngày|tháng)|đến (?:hết |cuối )?tháng \d|"
                              # (or a day, 'Đến 31/10/2026', 'đến hết ngày 15/11')
                              r"(?:tính\s+)?đến (?:hết )?(?:ngày )?\d{1,2}/\d{1,2}|"
                              r"quý (?:i{1,3}|iv|[1-4])"
                              # (or one month of it: 'Trong tháng 10/2024, ... đã nghiệm thu 5 đề án')
                              rf"|{_ONE_MONTH_WORDS})(?!\p{{L}})")
# a sentence that singles out a year or a place of what the sentence before it told ('Riêng năm 2024 là 3,1 tỷ
# đồng cho 14 cơ sở', 'Tính riêng huyện Na Rì ...'): it goes on about that sentence's programme
# ... and so does one that opens on a year's figure with no verb, the first of a span's years ('Năm 2020 là 3,2 tỷ
# đồng; năm 2021 là 3,6 tỷ đồng; ...' after 'Giai đoạn 2020-2024, tổng kinh phí khuyến công là 19,5 tỷ đồng')
# a sentence that opens on a year's figure with its subject unsaid: 'Năm 2024 tăng lên 3,2 tỷ đồng.', 'Năm 2025 là ...'
# (or with only a comma after the year, the verb left out: 'Năm 2023, 11 đề án với kinh phí 2,4 tỷ đồng')
# (or names what it is the figure of, pointing back: 'Năm 2025 con số này tăng lên 3 tỷ đồng')
_NEXT_YEAR_FIGURE = regex.compile(rf"\W*(?:đến\s+|sang\s+)?năm\s+{_YEAR_DIGITS}\s*"
                                  r"(?:,?\s*(?:con số|số tiền|số kinh phí|kinh phí|mức)\s+(?:này|đó|trên)(?!\p{L}))?"
                                  r"\s*(?:,?\s*(?:(?:tăng|giảm)(?:\s+(?:lên|xuống))?"
                                  r"(?:\s+(?:thành|còn|mức))?|là|đạt|:)|,)\s*(?:khoảng|hơn|gần|trên|xấp xỉ)?\s*(?=\d)")
# a sentence that opens on the same measure's estimate for the whole year or span, its subject unsaid ('Ước thực
# hiện cả năm đạt 3,9 tỷ đồng', 'Cả năm ước đạt 3,9 tỷ đồng', 'Dự kiến đến hết năm đạt 4 tỷ đồng')
_WHOLE_YEAR_ESTIMATE = regex.compile(r"\W*(?:(?:ước|dự kiến|dự ước)(?:\s+tính)?(?:\s+thực hiện)?\s+)?"
                                     r"(?:cả năm|đến cuối năm|đến hết năm|cả giai đoạn)\s*,?\s*"
                                     r"(?:(?:ước|dự kiến)(?:\s+thực hiện)?\s+)?(?:đạt|là|khoảng)\s+"
                                     r"(?:khoảng|hơn|gần|trên|xấp xỉ)?\s*(?=\d)")
# a sentence that opens on a year of its own ('Năm 2024 ...', 'Sang năm 2025, ...'), the year as group 'year'
_YEAR_OPENS = regex.compile(rf"\W*(?:trong\s+|sang\s+)?năm\s+(?P<year>{_YEAR_DIGITS})(?!\d)")
_YEAR_ITEM_LEAD = regex.compile(rf"\W*năm\s+(?P<year>{_YEAR_DIGITS})\s*(?:là|đạt|có|:|-|–)?\s*"
                                r"(?:khoảng|hơn|trên|gần|xấp xỉ|ước)?\s*(?=\d)")
_SINGLING = rf"{_SINGLE_OUT_WORD}(?!\p{{L}})"
_SINGLED_OUT_AFTER = regex.compile(rf"[;,]\s*{_SINGLING}")  # (in the clause after the figure: '...; riêng năm 2024 ...')
_SINGLED_OUT = regex.compile(rf"\W*{_SINGLING}")
_CRAFT_VILLAGE = regex.compile(r"(?<!\p{L})làng nghề(?!\p{L})")
# ... and so does one that gives that sentence's figure for another year ('Năm 2024, con số này là 10 cơ sở với 1.250
# triệu đồng')
_FIGURE_REFERRED = regex.compile(r"(?<!\p{L})con số (?:này|đó|ấy|trên|tương ứng)(?!\p{L})")
# a line that only labels its budget figure, a field of a work's card: 'Kinh phí: ', 'Tổng kinh phí thực hiện: '
_COST_FIELD = regex.compile(r"\W*(?:tổng\s+)?kinh phí(?:\s+(?:thực hiện|hỗ trợ|khuyến công))?\s*:\s*")
# a sentence that goes on with a ranking the sentence before opened: 'Tiếp đến là Điện Biên với 2,1 tỷ đồng', 'Xếp sau
# là ...', 'Đứng thứ hai là ...'
_NEXT_RANKED = regex.compile(r"\W*(?:tiếp (?:đến|theo|sau)|kế (?:đến|tiếp)|xếp (?:sau|thứ hai|thứ ba)|"
                             r"đứng (?:sau|thứ hai|thứ ba))(?:\s+(?:đó|là))*(?!\p{L})")
# right after an amount that opens its sentence, words that make it a share of the money just stated: 'Gần 500 triệu
# đồng | trong số đó được dùng để ...'
_OF_THAT_AFTER = regex.compile(r"\s+(?:trong số|trong|của số tiền|của khoản)\s+(?:đó|này|trên)(?!\p{L})")
# ... the same words opening the sentence, after its year or span (or 'số liệu', 'kết quả' so): the figures just
# stated, for another year, said in the same tense ('Giai đoạn 2021 - 2025, con số này là 92 đề án, 19,6 tỷ đồng')
_FIGURES_REFERRED = regex.compile(r"\W*(?:[^,.;:\d]{0,20}\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:các\s+)?"
                                  r"(?:(?:số liệu|kết quả)\s+(?:này|đó|trên|tương ứng)(?!\p{L})|"
                                  + _FIGURE_REFERRED.pattern + ")")
# a sentence about one place under the province, named first: 'Tại huyện Lục Yên, ...', 'Riêng huyện Văn Chấn có ...',
# 'Huyện Văn Chấn được hỗ trợ ...', 'Trên địa bàn thị xã Nghĩa Lộ, ...' (the place's name follows)
_TO_PLACE = rf"\W*(?:{_YEAR_SAID}\s*,?\s*)?(?:(?:riêng|{_AT_PLACE}|đối với)\s+)?"  # a year, then 'Tại', 'Riêng' ...
_PLACE_LEAD = regex.compile(rf"{_TO_PLACE}"
                            r"(?:huyện|thị xã|thành phố|thị trấn|xã|phường|quận)\s+$")
# ... or a craft village that opens its clause, where the work was done ('Làng nghề bánh tráng Thuận Hưng được hỗ trợ
# 3 đề án', 'Tại làng nghề gốm ..., 2 đề án ...')
_VILLAGE_LEAD = regex.compile(rf"{_TO_PLACE}làng nghề\s")
def _lead_from(key: str, s_start: int, at: int) -> int:
    """Where the lead of the clause naming a place at ``at`` starts: the sentence's start, or just after a leading
    clause with no figure in it ('Sau khi hợp nhất với Thái Bình, ...')."""
    comma = key.rfind(",", s_start, at)
    while comma > s_start and key[comma - 1:comma].isdigit() and key[comma + 1:comma + 2].isdigit():
        comma = key.rfind(",", s_start, comma)  # (not a decimal comma: '2,6 tỷ đồng')
    return comma + 1 if comma > s_start and not _DIGIT.search(key, s_start, comma) else s_start


def _leading_places(key: str, places: list[Fact], start: int, end: int) -> frozenset[str]:
    """The places under the province named in key[start:end] that lead their clause from ``start`` ('Tại huyện Lục
    Yên, ...', 'Ở huyện Văn Chấn, ...')."""
    return frozenset(p.value for p in places if start <= p.start < end and
                     _PLACE_LEAD.fullmatch(key, _lead_from(key, start, p.start), p.start))


# the words that name a province as the source of money ('từ nguồn khuyến công địa phương tỉnh Vĩnh Long')
_SOURCE_OF = regex.compile(r"(?<!\p{L})(?:nguồn|ngân sách)(?!\p{L})[^,;.\d]*$", regex.IGNORECASE)
# the words that name a province as where the work was done ('tại khu vực Thái Bình cũ', 'trên địa bàn tỉnh ...')
_WORK_PLACE = regex.compile(rf"(?<!\p{{L}})(?:{_AT_PLACE}|khu vực)(?:\s+(?:khu vực|địa bàn))?"
                            r"(?:\s+(?:tỉnh|thành phố|tp\.?))?\s*$", regex.IGNORECASE)
# a sentence about a former province's half of a merged one, named first: 'Riêng khu vực Ninh Thuận cũ, ...',
# 'Trên địa bàn tỉnh Bến Tre (cũ), ...'
_FORMER_LEAD = regex.compile(rf"\W*(?:{_YEAR_SAID}\s*,?\s*)?(?:(?:riêng|tại|ở|trên|đối với)\s+)?(?:khu vực|địa bàn)\s+"
                             r"(?:tỉnh\s+|thành phố\s+)?$")
# a former province's own figure right after it ('khu vực Hà Giang cũ 3,1 tỷ đồng', 'Bình Định (cũ): 9 đề án')
_FORMER_MARK = r"\s*(?:\(?\s*cũ\s*\)?)?"  # 'cũ' after a former province, bracketed or not, if written
_OWN_FIGURE_NEXT = regex.compile(_FORMER_MARK + _OWN_FIGURE_AFTER.pattern)
# a former province named last in a list of places opened by 'ở'/'tại', after places that are no provinces ('hỗ trợ 6
# cơ sở ở Nha Trang, Cam Ranh và Ninh Thuận cũ'): one area among the merged province's, not the statement's province
_LAST_OF_PLACES = regex.compile(r"(?<!\p{L})(?:ở|tại)\s+[^,;.()\d\n]{2,40}?(?:,\s*[^,;.()\d\n]{2,40}?)*"
                                r"\s*(?:,\s*)?và\s+(?:khu vực\s+)?(?:tỉnh\s+)?$")  # (not 'ở xã Tân Lập, tỉnh ...')
_FORMER_LISTED = regex.compile(_FORMER_MARK + r"\s*(?:,|và|,\s*và)\s*(?:khu vực\s+)?(?:tỉnh\s+|thành phố\s+)?")
# projects attracted or licensed ('thu hút 230 dự án', 'cấp phép cho 12 dự án'), or 'dự án' named investment projects
# ('45 dự án đầu tư', '12 dự án FDI'; 'đề án đầu tư máy móc' is a programme's): investors' projects, no programme's
_ATTRACT_VERB = r"(?:thu hút|cấp phép|kêu gọi)"
_ATTRACTED = regex.compile(rf"(?<!\p{{L}}){_ATTRACT_VERB}(?:\s+cho)?(?:\s+(?:được|thêm|mới|tổng cộng))*\s+$")
_ATTRACTING = regex.compile(rf"{_ATTRACT_VERB}(?!\p{{L}})", regex.IGNORECASE)
_INVESTMENT_PROJECT = regex.compile(r"(?:\s+(?:sản xuất|công nghiệp))?\s+(?:đầu tư|fdi|có vốn đầu tư)(?!\p{L})")
# tasks that are aims, not projects carried out ('đề ra 5 nhiệm vụ trọng tâm', '3 nhiệm vụ, giải pháp chủ yếu')
_KEY_TASKS = regex.compile(r"\s+(?:(?:và|,)\s*giải pháp\s+)?(?:trọng tâm|chủ yếu|trọng điểm|then chốt|cấp bách)"
                           r"(?!\p{L})")
# a programme, plan or scheme named right before a period, and the 'đến' of its horizon ('Chương trình khuyến công
# quốc gia đến năm 2025', 'Đề án phát triển làng nghề giai đoạn 2021-2030'); projects counted are no scheme's name
# ('nâng tổng số đề án giai đoạn 2021-2023 lên 17 đề án': the span dates the 17)
# (within its line: a title's 'Đề án khuyến công đang triển khai' names no programme for the body's 'Đến tháng 6/2025')
_NAMED_BEFORE = regex.compile(r"(?<!\p{L})(?:chương trình|(?<!(?:(?<!\p{L})số|\d)\s+)đề án|kế hoạch|chiến lược|quy hoạch)"
                              r"(?:[^\S\n]+\p{L}+){0,8}[^\S\n]+$")
_HORIZON_LINK = regex.compile(r"(?<!\p{L})(?:đến|tới)\s+$")
# ... unless the figure is that programme's own budget, said right after its name ('ban hành Chương trình khuyến công
# giai đoạn 2021-2025 với tổng kinh phí dự kiến 25 tỷ đồng'): the name's span dates it
_NAMED_BUDGET = regex.compile(r"\W*(?:(?:với|có)?\s*(?:tổng\s+)?(?:kinh phí|nguồn vốn|vốn)"
                              r"(?:\s+(?:dự kiến|thực hiện|đề nghị|hỗ trợ|được duyệt|được phê duyệt))?"
                              r"|dự kiến(?:\s+(?:có|là|thực hiện|triển khai|hỗ trợ))?)"  # (or its projects: '... dự kiến 250 đề án')
                              r"\s*(?:là|khoảng|:)?\s*")
# from a year to now: the period is that year, but the figure tells the years since ('Từ năm 2021 đến nay')
_SINCE = regex.compile(r"(?<!\p{L})từ\s+(?:năm\s+)?(?:19|20)\d\d\s+(?:đến|tới)\s+nay(?!\p{L})")
# the progress of the year's work so far, said before the figure: 'Đến nay, 4 đề án đã nghiệm thu', 'hiện đã giải ngân'
# a running total from the year's start, of the parts of a year above
_CUMULATIVE = regex.compile(rf"(?<!\p{{L}})(?:{_CUMULATIVE_WORDS})(?!\p{{L}})")
_ONE_MONTH = regex.compile(rf"(?<!\p{{L}}){_ONE_MONTH_WORDS}")  # one month's work
# the months of a year so far, from its start ('10 tháng năm 2025', '6 tháng đầu năm'): they hold each of their months
_MONTHS_SO_FAR = regex.compile(rf"(?<!\p{{L}}){_MONTH_COUNT}(?: đầu năm)?(?! cuối)(?!\p{{L}})")
# (also 'mới' or 'chỉ' before a verb of completing: '..., Trung tâm mới nghiệm thu 6 đề án' is how far it got so far,
# as are 'mới có 4 đề án hoàn thành' and the year's end told beside the plan: '... nhưng đến cuối năm chỉ hoàn thành 6')
_SO_FAR = regex.compile(r"(?<!\p{L})(?:đến nay|tới nay|cho đến nay|hiện nay|hiện đã|đến thời điểm này|mới có"
                        r"|đến (?:cuối|hết) năm|(?:mới|chỉ)(?=\s+(?:nghiệm thu|hoàn thành|giải ngân|thực hiện))"
                        # (or as of a day or month: 'đến ngày 30/6 đã hoàn thành 3 đề án', 'tính đến hết tháng 9')
                        r"|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*/\s*\d{1,2}"
                        r"|(?:tháng|quý)\s+[\divx]+)(?:\s*/\s*\d{4})?)(?![\p{L}\d])")
# what a share is out of, right after it: 'trên tổng vốn', '/tổng mức đầu tư', 'so với tổng kinh phí thực hiện'
_ON_WHOLE_COST = regex.compile(r"\s*,?\s*(?:trên|/|so với)\s*(?:tổng\s+)?(?:số\s+)?(?:vốn|kinh phí|mức|giá trị|chi phí)"
                               r"(?:\s+(?:đầu tư|thực hiện|mua sắm|đề án|dự án|máy móc|thiết bị))*\s*(?:là\s*)?")
_ON_WHOLE_SUM = regex.compile(r"\s*,?\s*trên\s+tổng\s+số\s*")  # ... or out of a sum named after it
_BUDGET_NAMED_AFTER = regex.compile(r"[^.;]*?(?<!\p{L})(?:kinh phí|vốn|kế hoạch|dự toán|ngân sách|khuyến công|được giao|"
                                    r"phân bổ)(?!\p{L})")
_CAUSE_WORD = r"(?:do|vì|bởi vì|bởi|là do)"  # the words that open a clause of cause
_CAUSE_CLAUSE = regex.compile(rf"[,;]\s*{_CAUSE_WORD}\s")  # a cause in a clause of its own
_CAUSE_RESULT = regex.compile(r"(?<!\p{L})(?:nên|vì vậy|vì thế|do đó|dẫn đến)(?!\p{L})")  # what that cause led to
_RESPECTIVE_AFTER = regex.compile(r"\s*(?:tương ứng\s+)?lần lượt(?!\p{L})")  # 'mức hỗ trợ lần lượt là ...'
# a result sheet's line of a count alone and of an amount alone ('- Số đề án thực hiện: 12 đề án;', '- Kinh phí: 2,5
# tỷ đồng;'): a list mark or number, a label of a few words, a colon, the figure, then only the line's end
_SHEET_MARK = r"\s*(?:[-+•*–]|\d{1,2}[.)])\s*"  # a sheet line's list mark or number
_SHEET_COUNT_LINE = regex.compile(_SHEET_MARK + r"(?:tổng\s+)?số\s+(?:đề án|dự án|nhiệm vụ)"
                                  r"(?:\s+\p{L}+){0,3}\s*:\s*"
                                  r"\d+(?:\s+(?:đề án|dự án|nhiệm vụ))?\s*[;.,]?\s*")
# (also '1 tỷ 650 triệu đồng', '2.630 triệu VNĐ', and an amount written out in đồng: '3.200.000.000 đồng')
_SHEET_AMOUNT_LINE = regex.compile(_SHEET_MARK + r"(?:tổng\s+)?(?:kinh phí|số tiền)"
                                   r"(?:\s+\p{L}+){0,3}\s*:\s*"
                                   r"(?:khoảng|hơn|gần|trên)?\s*[\d.,]+\s*(?:(?:tỷ|tỉ)(?:\s+[\d.,]+\s*triệu)?|triệu|trđ|tr\.đ|ngđ"
                                   rf"|(?=(?:{_DONG})(?!\p{{L}})))"
                                   rf"(?:\s*(?:{_DONG}))?\s*[;.,]?\s*")
_OUT_OF_COUNT = regex.compile(r"(?<![\d/.,])\d+\s*/\s*(\d+)\s+(?:đề án|dự án|nhiệm vụ)(?!\p{L})")  # '10/12 dự án'
_LEFT_BESIDES = regex.compile(r"(?<!\p{L})(?:khác|còn lại)(?!\p{L})")  # what is left besides the items told
_REST_AFTER = regex.compile(r"\s*còn lại(?!\p{L})")  # right after a count: the rest of some whole
# the items left, right after their noun ('đề án còn lại' is the other project of a pair), not a budget's rest
_ITEMS_LEFT = regex.compile(r"(?<!\p{L})(?:đề án|dự án|nhiệm vụ|cơ sở|hợp tác xã|doanh nghiệp|lớp)\s+còn lại(?!\p{L})")
# a line that opens with a programme's label and gives its amount in a bracket before a colon ('1. Khuyến công quốc gia
# (2,1 tỷ đồng): thực hiện 3 đề án'): the label up to the bracket, then the gap from the amount to the count
_HEADING_LABEL = regex.compile(rf"\s*{_LINE_MARK}?\p{{L}}[\p{{L}} ]{{1,60}}\(\s*")
_HEADING_AMOUNT_GAP = regex.compile(r"\s*\)\s*:\s*(?:\p{L}+\s+){0,3}")
# the rest of a whole named before a sum ('Các đề án còn lại có tổng kinh phí ...', 'Số đề án còn lại ...')
_THE_REST_OF = regex.compile(r"(?<!\p{L})(?:các|những|số)\s+(?:\p{L}+\s+){0,2}còn lại(?!\p{L})")
_SHARE = regex.compile(r"\s*(\d{1,4})\s*/\s*(\d{1,4})(?!\d)")  # a count out of a whole: '2/2 đề án'
# the number of projects a count is said out of, in words, right before it ('3 trong số 5 đề án', '3 trong tổng số',
# '7 trên 9 đề án', '7 trên tổng số 9')
_POINTED_SHARE = regex.compile(_POINTING + "$")  # what points back at the share: 'Đây là | 2 trong số'
_OUT_OF_WORDS = regex.compile(r"(?<![\d.,])(\d{1,4})\s+(?:trong\s+(?:tổng\s+)?số|trên(?:\s+tổng\s+số)?)\s+$")


def _counted(key: str, count: Fact) -> int:
    """The projects a statement counts: those said out of the count, in words ('3 trong số 5 đề án ... đã hoàn
    thành': 3, as '3/5 đề án' reads 3), else the count itself."""
    out_of = _OUT_OF_WORDS.search(key, max(0, count.start - 25), count.start)
    if out_of and _POINTED_SHARE.search(key, max(0, out_of.start() - 12), out_of.start()):
        return count.value  # ('Đây là 2 trong tổng số 15 đề án ...': the items told before are of the 15 counted)
    return int(out_of.group(1)) if out_of and int(out_of.group(1)) <= count.value else count.value
# a colon opening a list, then an item's label and its amount in brackets, with no budget noun between
# (the bracket may open with the amount's budget noun: '... lò nấu đồng (kinh phí 800 triệu đồng)')
_LABELLED_ITEM = regex.compile(r":[^:;()]*(?<!kinh phí|số tiền|vốn|ngân sách)\s*\(\s*"
                               r"(?:(?:kinh phí|số tiền|vốn)(?:\s+hỗ trợ)?(?:\s+là)?\s*:?\s*)?$")
# the other level by its bare word, after a level's figure ('..., và địa phương là 1,2 tỷ đồng'; 'còn quốc gia 2 tỷ')
_SHORT_LEVEL = regex.compile(r"\s*(?:,|;|,?\s*và|,?\s*còn)\s+(?:(?:kinh phí|nguồn|ngân sách|vốn)\s+)?"
                             r"(?P<level>địa phương|quốc gia)(?:\s+(?:là|đạt|được|có|hỗ trợ|bố trí))?\s*:?\s*")
# an amount's colon, then the first item's name before its figure (': Sơn La ', ': hỗ trợ máy móc ')
_COLON_THEN_LABEL = regex.compile(r"\s*:\s*[^\d:;,.()]{0,40}")
# a count's colon, then the first item's words before its amount: more than a budget noun ('13 đề án: kinh phí ...'
# is the count's own)
# (a year may stand before the colon: '2 đề án khuyến công trong năm 2024: đề án hỗ trợ máy ...')
# (the item's own amount may follow its label's colon: '2 đề án khuyến công quốc gia: đề án hỗ trợ ... với kinh phí: 850
# triệu đồng và ...')
_ITEM_AFTER_COLON = regex.compile(r"(?:[^:;.\d]|(?<![\d.,])(?:19|20)\d\d(?![\d.,])){0,40}:"
                                  r"(?!\s*(?:với\s+)?(?:tổng\s+)?(?:kinh phí|số tiền|vốn)(?:\s+(?:hỗ trợ|thực hiện))?"
                                  r"(?:\s+là)?\s*:?\s*$)(?:[^:;.]|\.(?=\d)|(?<=(?:kinh phí|số tiền|vốn)\s*):){12,}")
# after an item's amount, in its sentence, the next item with an amount of its own ('... và hỗ trợ máy dệt với kinh
# phí 280 triệu đồng'; '...; đề án hỗ trợ máy dệt, kinh phí 280 triệu đồng')
# (the next item may count something before its amount: '... và tổ chức 2 lớp đào tạo thợ đúc với kinh phí 150 triệu')
# (an item's state may end it before its ';': '..., 800 triệu đồng, đã hoàn thành; đề án sấy thảo quả, 700 triệu đồng')
_NEXT_ITEM_AMOUNT = regex.compile(r"(?:[^.;\d]{0,40};|[^.;\d]{0,12}\s+và\s)[^.;\d]{3,}"
                                  rf"(?:\d+(?!\s*(?:{_SCALE_WORDS}|đồng)(?!\p{{L}}))[^.;\d]{{3,}})?[\d.,]*"
                                  + _AMOUNT_IN.pattern)
# what may stand before a bare breakdown cue: nothing, or the noun of what it details ('Kết quả cụ thể như sau:')
_BEFORE_BARE_CUE = regex.compile(r"(?:(?:kết quả|nội dung|chi tiết)(?:\s+thực hiện)?)?")
_CUE_COLON = regex.compile(r"(?:\s*như sau)?\s*:\s*")  # the rest of a bare breakdown cue: 'Trong đó:', 'Cụ thể như sau:'
# a source said of money ('từ nguồn ...', 'thuộc kinh phí ...')
_FROM_SOURCE = regex.compile(r"(?<!\p{L})(?:từ|thuộc)\s+(?:các\s+)?(?:nguồn|ngân sách|kinh phí|vốn)(?!\p{L})")
# a figure's source named right after it, then another source joined to it ('... từ nguồn khuyến công địa phương và
# nguồn xây dựng nông thôn mới'), which names no khuyến công level of its own
_TWO_SOURCES = regex.compile(r"\s*(?:được\s+)?(?:từ|bằng)\s+(?:các\s+)?(?:nguồn|chương trình|kinh phí|vốn)[^,;.()]{3,60}?"
                             r"\s+(?:và|cùng)\s+(?:nguồn|chương trình|vốn|kinh phí|ngân sách)(?:\s+(?:vốn|kinh phí))?\s+"
                             r"(?!khuyến công)(?!kc)(?!ngân sách (?:tỉnh|trung ương))\p{L}")
# what a body or place belongs to now, after the 2025 reform ('Trung tâm Khuyến công (nay thuộc Sở Công Thương Đà
# Nẵng)'): where it went, not the province its figures are of
_BLANK_RUN = regex.compile(r"\s{2,}")
# between a figure and the sum it raises, given right after ('thêm 1,2 tỷ đồng| , nâng tổng kinh phí năm 2026 lên |4,35 tỷ
# đồng'; '9 đề án|, nâng tổng số đề án từ năm 2021 đến nay lên |35 đề án')
_RAISES_TOTAL = regex.compile(r"[^.;:()]{0,60}?,\s*(?:qua đó\s+|từ đó\s+)?(?:nâng|đưa)\s+tổng(?:\s+[\p{L}\d/–-]+){0,14}?"
                              r"\s+lên\s+(?:mức\s+|thành\s+)?(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?")
# the province merged into another, named between the verb and the one it went into ('Sau khi hợp nhất Bình Định vào
# Gia Lai, ...'): the merged province's statement, not the former one's
_MERGED_AWAY = regex.compile(rf"(?<!\p{{L}})(?:hợp nhất|sáp nhập)\s+{PROVINCE_LEVEL}$")
_MERGED_INTO_NEXT = regex.compile(r"\s*(?:\(?\s*cũ\s*\)?\s*)?(?:vào|với)\s")
_NOW_PART_OF = regex.compile(r"(?<!\p{L})(?:nay|hiện nay)\s+(?:là|thuộc)(?:\s+\p{L}+){0,5}?\s*$")
# a part of the province named in brackets only to say the figure takes it in ('trên địa bàn tỉnh (kể cả khu vực Bắc
# Kạn cũ)', 'của tỉnh (bao gồm cả Ninh Thuận cũ)'): the whole province's figure, not that part's
_INCLUDED_AREA = regex.compile(r"\((?:[^()\d]{0,40}\s)?(?:kể cả|tính cả|gồm cả|bao gồm(?:\s+cả)?)\s+"
                               r"(?:(?:khu vực|địa bàn)\s+)?(?:(?:tỉnh|thành phố|tp\.?)\s*)?$")
# the value a change started from, before the one it reached: 'từ 2,5 tỷ đồng | xuống còn 1,8 tỷ đồng', 'từ 11 | lên 14'
_FROM_VALUE = regex.compile(r"(?<!\p{L})từ\s*(?:mức\s+)?(?:\d[\d.,]*\s+(?:đề án|dự án|nhiệm vụ)\s*(?:,|với|và)\s*"
                            r"(?:(?:tổng\s+)?kinh phí\s+(?:là\s+)?)?)?$")
# (the verb of the change may stand between: 'kinh phí từ 2,2 tỷ đồng giảm xuống còn 1,75 tỷ đồng')
_TO_VALUE = regex.compile(r"\s*(?:(?:giảm|tăng)\s+)?(?:(?:xuống|lên)\s+(?:còn\s+|mức\s+)?|còn\s+)"
                          r"(?:hơn\s+|gần\s+|khoảng\s+)?\d")
# a count a change started from (after _FROM_VALUE's 'từ'), its amount with it ('từ 12 đề án, 2,2 tỷ đồng | xuống còn 10
# đề án')
# a figure said as what did not happen ('chỉ thực hiện được 7 đề án, thay vì 10 đề án như năm trước')
# (also a figure denied: '... là 2,6 tỷ đồng, không phải 3 tỷ đồng như một số báo đã đưa tin')
_INSTEAD_OF = regex.compile(r"(?<!\p{L})(?:thay vì\s+(?:\p{L}+\s+){0,2}|(?:chứ\s+)?không phải(?:\s+là)?\s+)$")
# a figure a correction takes back: the sentence says it was printed wrong or tells what was printed ('do sơ suất,
# chúng tôi đã đưa nhầm số liệu ... là 5,1 tỷ đồng', 'bài viết nêu ... 3,2 tỷ đồng'), and the right figure follows
# ('Số liệu đúng là 3,1 tỷ đồng', 'Con số chính xác là ...'): only the right one is a statement
_PRINTED_WRONG = regex.compile(r"(?<!\p{L})(?:(?:đưa|ghi|viết|nêu|in|đăng|đưa tin)\s+(?:nhầm|sai)|nhầm lẫn|sai sót|"
                               r"sơ suất|chưa chính xác|không chính xác|(?:bài|bài viết|bài báo)\s+(?:\p{L}+\s+){0,3}"
                               r"(?:đã\s+)?(?:viết|nêu|đưa tin|đăng)"
                               # (or the paper says what it printed: 'chúng tôi viết tỉnh thực hiện 14 đề án ...')
                               r"|(?:chúng tôi|tòa soạn|toà soạn|báo)\s+(?:đã\s+)?(?:viết|ghi|nêu|đưa tin|đăng))"
                               r"(?!\p{L})")
_RIGHT_FIGURE = regex.compile(r"(?<!\p{L})(?:(?:số liệu|con số|thông tin|số tiền|kinh phí|giá trị)\s+(?:đúng|chính xác)|"
                              r"(?:xin\s+)?(?:sửa|đính chính)\s+(?:lại\s+)?(?:là|thành)|đúng ra là|đúng phải là)(?!\p{L})")
_COUNT_TO_VALUE = regex.compile(rf"(?:\s*(?:,|với)?\s*(?:kinh phí\s+)?\d[\d.,]*\s*(?:tỷ|tỉ|triệu)(?:\s+(?:{_DONG}))?)?"
                                + _TO_VALUE.pattern)
# the rest of a count's clause, then a ';' and the next count straight away ('10 đề án khuyến công địa phương; | 4 đề án')
_NEXT_COUNT_ITEM = regex.compile(r"[^;.:]{0,60}[;,]\s*(?:và\s+|còn\s+|có\s+)?")
# (told in a state of its own right after it, not as another kind of work: '3 đề án đã hoàn thành', not '3 chương trình
# tuyên truyền')
# ('2 đề án không thực hiện do đơn vị xin rút': a state too)
_STATE_NEXT = regex.compile(r"\s*(?:còn lại\s+)?(?:đều\s+)?(?:đã|đang|chưa|vẫn|sẽ|không(?=\s+(?:thực hiện|triển khai)))(?!\p{L})")
# a sentence that opens with a programme's support of what the sentence before named ('Kinh phí khuyến công quốc gia
# hỗ trợ 340 triệu đồng', 'Trong đó, ...' aside)
_A_SUM_WORD = regex.compile(r"(?<!\p{L})(?:tổng|trị giá|giá trị)(?!\p{L})")
_SHARES_AFTER_SEMICOLON = regex.compile(r"\s*(?:;|,(?=\s*(?:kinh phí\s+|nguồn\s+|ngân sách\s+|vốn\s+)?(?:khuyến công|kc)))\s*"
                                     r"(?:(?:kinh phí|nguồn|ngân sách|vốn)\s+)?(?:\p{L}+\s+){1,5}?(?:đã\s+)?"
                                     r"hỗ trợ\s+(?:là\s+)?[\d.,]+\s*(?:tỷ|tỉ|triệu|trđ|nghìn|ngàn|đồng)(?!\p{L})")
# the programme as the giver of support ('được khuyến công hỗ trợ', 'chương trình khuyến công đã hỗ trợ')
# (or its centre, named with its province: 'Trung tâm Khuyến công Bình Dương hỗ trợ 6 cơ sở ...')
_PROGRAMME_GAVE = regex.compile(r"(?<!\p{L})(?:chương trình\s+)?khuyến công(?:\s+(?:tỉnh|thành phố|huyện))?\s+(?:đã\s+)?"
                                r"hỗ trợ(?!\p{L})|(?<!\p{L})trung tâm khuyến công(?:\s*(?:và|&|[-–])\s*(?:xúc tiến thương "
                                r"mại|tư vấn phát triển công nghiệp))?(?:\s+(?:tỉnh|thành phố))?(?:\s+\p{L}+){0,4}?\s+"
                                r"(?:đã\s+|vừa\s+)?hỗ trợ(?!\p{L})")
# an item that opens with its count of beneficiaries ('; 1 hợp tác xã cam Cao Phong ...', '; 2 cơ sở ...')
_COUNTED_BENEFICIARY_OPENS = regex.compile(rf"\s*(?:và\s+)?(?:\d+|{_NUMBER_WORD})\s+(?:cơ sở|hợp tác xã|htx|doanh nghiệp|dn|"
                                         r"hộ|tổ hợp tác|công ty|làng nghề)(?!\p{L})")
_OWN_BRACKET_LABEL = regex.compile(r"\(\s*(?:với\s+)?(?:tổng\s+)?(?:kinh phí|số tiền|số kinh phí)(?:\s+(?:là|hỗ trợ))?\s*:?\s*"
                                   r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SUPPORT_OPENS = regex.compile(r"\W*(?:kinh phí|nguồn|ngân sách)\s+(?:\p{L}+\s+){0,4}?(?:đã\s+)?hỗ trợ\s+(?:là\s+)?\d")
# the project of one business, the subject of its clause ('đề án hỗ trợ Hợp tác xã ...'; not 'các đề án hỗ trợ ...')
_PROJECT_OF_ONE = regex.compile(r"(?<!\p{L})(?<!(?:các|những|mỗi|từng|nhiều|\d)\s)(?:đề án|dự án|mô hình)(?:\s+(?:hỗ trợ|của|tại|cho))+"
                                rf"\s+(?:{_BUSINESS_WORDS})"
                                r"(?!\s+(?:các|những|nhiều)(?!\p{L}))(?!\p{L})")
# a verb of giving and 'thêm' (more) right before a figure, past its source at most: the figure comes on top
_GIVEN_MORE = regex.compile(r"(?<!\p{L})(?:hỗ trợ|cấp|bố trí|phân bổ|bổ sung|giao|tài trợ)\s+thêm"
                            r"(?:\s+(?:\p{L}+\s+){0,6}?(?:với|là|khoảng|gần|hơn|trên))?\s*$")
_YEAR_RANKED = regex.compile(r"(?<!\p{L})năm\s+\d{4}\s+(?:cũng\s+)?là\s+năm(?!\p{L})")  # 'Năm 2025 là năm ... nhiều nhất'
# one project, the extreme's own subject, a few words before it ('Đề án lớn nhất, 300 triệu đồng, ...', 'Trong đó, đề án
# có kinh phí cao nhất là ...'): that project's amount; not of many nor a number of them ('các đề án', 'số đề án')
_PROJECT_RANKED = regex.compile(r"(?<!\p{L})(?<!(?:các|những|mỗi|từng|nhiều|số|\d)\s)(?:đề án|dự án)(?:\s+\p{L}+){0,4}?"
                                r"\s+(?:lớn|cao|nhỏ|thấp)\s+nhất$")
_SOURCE_OPENS = r"\s*(?:được\s+)?(?:từ|thuộc)\s+(?:các\s+)?(?:nguồn|chương trình|kinh phí|vốn)"  # 'từ nguồn', 'thuộc kinh phí'
_SOURCE_AFTER = regex.compile(_SOURCE_OPENS + r"(?!\p{L})")
# the programme an amount comes from, named right after it ('từ nguồn khuyến công địa phương'), or by its money's noun
# alone, with the aside after it that the key blanks ('250 triệu đồng kinh phí khuyến công địa phương (KCĐP) năm 2025
# để thiết kế bao bì')
_KC_NAME = r"(?:khuyến công|kc)(?:\s+(?:địa phương|quốc gia|tỉnh|thành phố))?(?!\p{L})"
_SOURCE_PROGRAMME_AFTER = regex.compile(_SOURCE_OPENS + r"(?:\s+(?:kinh phí|vốn))?\s+" + _KC_NAME +
                                        r"|\s+(?:kinh phí|vốn|nguồn(?:\s+vốn)?)\s+" + _KC_NAME + r"\s*")
_WHILE_CLAUSE = regex.compile(r"[,;]\s*(?:trong khi|trong lúc|ngược lại|còn)(?!\p{L})")  # a clause set against the last
# the source an amount comes from, said right after it and before what it is for ('12 tỷ đồng từ chương trình nông thôn
# mới để làm đường giao thông')
_SOURCE_SAID = regex.compile(r"\s*(?:từ|của|thuộc)\s+(?:nguồn|chương trình|ngân sách|vốn)(?:\s+\p{L}+){0,8}?"
                             r"(?=\s+(?:để|cho)\s)")
# the programme an amount is set aside to run, said right after it ('5,6 tỷ đồng ngân sách tỉnh để thực hiện Chương trình
# OCOP', '2 tỷ đồng cho chương trình xúc tiến thương mại')
_RUNS_AFTER = regex.compile(r"(?:\s+(?:ngân sách|vốn|nguồn)(?:\s+(?:tỉnh|thành phố|nhà nước|địa phương))?)?\s*,?\s*(?:để|cho)"
                            r"\s+(?:(?:thực hiện|triển khai)\s+)?(?:các\s+)?chương trình(?!\p{L})")
_SOURCE_AFTER_GAP = regex.compile(r"[^,;.:()\d]{1,40}?" + _SOURCE_AFTER.pattern)  # the same past a few words of purpose
# lacking, right before a counterpart cue ('không đủ vốn đối ứng', 'thiếu vốn đối ứng', 'chưa bố trí được vốn đối ứng')
_LACKING = regex.compile(r"(?<!\p{L})(?:(?:không|chưa)\s+(?:đủ|có|bố trí được|thu xếp được|huy động được)|thiếu)"
                         r"(?:\s+(?:điều kiện|nguồn|vốn|kinh phí))?\s+$")
# the amount's own label after a clause break, at the end of the words before it ('..., tổng giá trị hợp đồng ')
_OWN_LABEL_AFTER = regex.compile(r"[,;]\s*(?:với\s+)?(?:tổng\s+)?(?:giá trị|kinh phí|số tiền|vốn)(?:\s+\p{L}+){0,3}?\s*(?:là\s*)?$")
_STATE_BUDGET = regex.compile(r"(?:từ|thuộc)\s+(?:nguồn\s+)?(?:vốn\s+)?ngân sách nhà nước(?!\s+(?:cấp|của)\s)")  # both levels
_AND_WORD = regex.compile(r"(?<!\p{L})(?:và|cùng)(?!\p{L})")
# the words between two items of a list of purposes when the later names only what its money went to, in a few words
# and no noun of a programme or of its money ('..., đào tạo nghề 300 triệu đồng và xúc tiến thương mại ')
_BARE_ITEM = regex.compile(r"\s*[,;]?\s*(?:và\s+)?(?:(?!(?:chương trình|nguồn|kinh phí|vốn|ngân sách|quỹ|đề án)"
                           r"(?!\p{L}))\p{Ll}+\s+){1,6}(?::\s*)?")
_DIGIT = regex.compile(r"\d")
# a figure's clause referring back to what the sentence before named ('con số này', 'trong hai năm này', 'các đề án trên')
_POINTS_BACK = regex.compile(r"(?<!\p{L})(?:này|đó|trên|nói trên|kể trên)(?!\p{L})")
# a province (or a district: 'UBND huyện Cao Phong hỗ trợ 2 HTX chế biến cam đầu tư dây chuyền ...') supporting
# producers to equip their production ('tỉnh Bình Phước hỗ trợ 8 cơ sở chế biến hạt điều đầu tư máy tách vỏ'; households
# that make a good: 'tỉnh Long An hỗ trợ 8 hộ làm bánh tráng mua lò tráng bánh') or named as makers ('cơ sở sản xuất', 'doanh nghiệp chế biến'): state budget support for producers, a
# programme though none is named (not relief to households)
_PRODUCERS_SUPPORTED = regex.compile(
    # (a thousands dot is no sentence's end: 'tỉnh Hà Giang dành hơn 1.000 triệu đồng hỗ trợ 5 cơ sở ...')
    r"(?<!\p{L})(?:tỉnh|thành phố|huyện|ubnd (?:tỉnh|huyện)|ủy ban nhân dân (?:tỉnh|huyện))(?!\p{L})"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,40}?"
    r"(?<!\p{L})hỗ trợ\s+(?:cho\s+)?"
    # (their number in figures or in words: 'hỗ trợ 5 cơ sở', 'hỗ trợ năm cơ sở')
    rf"(?:\d+|các|nhiều|{_NUMBER_WORD})\s+"
    rf"(?:{_PRODUCERS}|hộ(?=\s+(?:làm|sản xuất|chế biến)\s)(?!\s+\p{{L}}+\s+nghèo))"
    # (an amount between in figures as in words, two words more for its figures: 'với kinh phí 2 tỷ 500 triệu đồng để mua')
    r"(?:(?:\s+(?:\p{L}+|\d[\d.,]*\p{L}*)){0,10}?\s+"
    # (a few words of other equipment before the machine: 'đầu tư thùng ủ composite và máy lọc'; or vats, tanks and
    # cabinets for their own: 'đầu tư bể ủ inox', 'mua tủ cấp đông')
    r"(?:đầu tư|ứng dụng|mua|đổi mới|trang bị|lắp đặt)\s+(?:\p{L}+\s+){0,4}?"
    r"(?:máy|thiết bị|dây chuyền|công nghệ|lò|hệ thống|thùng|bể|tủ|nồi)"
    # (or their goods shown at a trade fair, as trade promotion: 'thành phố Huế hỗ trợ 15 cơ sở tham gia hội chợ, triển
    # lãm với kinh phí 300 triệu đồng')
    r"|(?:\s+\p{L}+){0,6}?\s+(?:tham gia|tham dự|trưng bày (?:sản phẩm )?tại)\s+(?:các\s+)?(?:hội chợ|triển lãm|phiên chợ)"
    # (or named as makers: 'tỉnh Bến Tre hỗ trợ 5 cơ sở sản xuất kẹo dừa ... với kinh phí 1,05 tỷ đồng')
    r"|\s+(?:sản xuất|chế biến))(?!\p{L})")
_SUPPORT_VERB = regex.compile(r"(?<!\p{L})(?:hỗ trợ|tài trợ|cấp)(?!\p{L})")
_ABOUT_LEAD = regex.compile(r"\W*về\s+(?!\d)")  # a sentence opening on what it reports about ('Về đào tạo nghề, ...')
# a district or commune paying, the subject of the figure's own clause ('..., huyện hỗ trợ 50 triệu đồng'): local
# government below the province, no khuyến công level
# (its clause may open with the year: 'Năm 2025 xã Quảng Xương chi 150 triệu đồng ...')
_LOWER_PAYER = regex.compile(r"\W*(?:năm\s+\d{4}\s*,?\s*)?(?:còn\s+)?(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?"
                             r"(?:huyện|xã|thị xã)"
                             r"(?:\s+\p{L}+){0,2}?\s+(?:hỗ trợ|cấp|bố trí|đóng góp|chi)\s*")
# a works' building or plant ('nhà máy', 'dây chuyền'), invested in with the amount right before ('100 tỷ đồng đầu tư
# nhà máy sâm', '... xây nhà máy') or named right before it as what it is worth ('nhà máy sâm 100 tỷ đồng')
_FACILITY = r"(?:nhà máy|nhà xưởng|xưởng|dây chuyền|khu chế biến|trang trại)"
_INVESTED_IN_FACILITY = regex.compile(r"\s+(?:để\s+)?(?:đầu tư|xây dựng|xây|mở rộng)(?:\s+(?:xây dựng|mới|thêm))?\s+"
                                      rf"(?:một\s+|1\s+)?{_FACILITY}(?!\p{{L}})")
_FACILITY_WORTH = regex.compile(rf"(?<!\p{{L}}){_FACILITY}(?:\s+\p{{L}}+){{0,3}}\s+(?:trị giá\s+)?"
                                r"(?:hơn\s+|gần\s+|trên\s+)?$")
# beneficiaries equipping their own production, before what it cost them ('hỗ trợ 2 cơ sở đầu tư máy thêu với tổng
# kinh phí ...'): the work's cost, their money in it
_EQUIPPING = regex.compile(r"(?<!\p{L})(?:đầu tư|ứng dụng|mua|đổi mới|trang bị|lắp đặt)\s+(?:\p{L}+\s+){0,2}?"
                           r"(?:máy|thiết bị|dây chuyền|công nghệ|lò)(?!\p{L})")
# a beneficiary receiving an amount ('cơ sở ... nhận 250 triệu đồng đầu tư máy sấy'): support, in an article about a
# programme; not 'công nhận', 'tiếp nhận', 'ghi nhận' ... and only with the amount right after it
# ('biên nhận', a receipt, is left to the crime cues: in lower case it is also a place's end, 'Tịnh Biên nhận ...')
_RECEIVES = regex.compile(r"(?<!\p{L})(?<!(?:công|tiếp|xác|ghi|thừa|chấp|cảm|nhìn|đón|giao) )nhận(?: được)?"
                          r"(?: (?:khoản|số tiền|gói|mức|kinh phí))?(?: hỗ trợ)?(?: (?:hơn|gần|trên|khoảng))? "
                          rf"(?:\d[\d.,]*\s*(?:{_SCALE_WORDS}|tr\.?\s?đ)"
                          rf"|\d{{1,3}}(?:[.,]\d{{3}}){{2,}}\s*(?:{_DONG}))(?!\p{{L}})")  # (or written out in đồng)
# a clause that is only the predicate of the clause before it ('..., tăng 15%, | đạt 350 tỷ đồng'), or nothing but
# the amount (with its qualifier: '..., | ước đạt 1.200 tỷ đồng'): its subject stands in the clause before
_BARE_PREDICATE = regex.compile(r"\s*(?:(?:ước\s+)?(?:đạt|lên|tăng lên|là|tương đương|tương ứng)|ước tính|ước khoảng|"
                             r"ước chừng|khoảng)?\s*$")
# ('kế hoạch khuyến công hằng năm' is the yearly plan, named; no rate)
_PER_YEAR = regex.compile(r"(?<!\p{L})(?:(?<!(?:kế hoạch|chương trình)(?:\s\p{L}+){0,3}\s)(?:mỗi|hằng|hàng)\s+năm"
                          r"|bình quân|trung bình)(?!\p{L})")
# (also with the span it averages over: 'Bình quân mỗi năm giai đoạn 2021-2024, ...')
_PER_YEAR_LEAD = regex.compile(r"\W*(?:bình quân|trung bình)?\s*(?:mỗi|hằng|hàng)\s+năm"
                               r"(?:\s+(?:trong\s+)?(?:giai đoạn|thời kỳ)\s+\d{4}\s*[-–]\s*\d{4})?\s*,"
                               r"|\W*(?:bình quân|trung bình)\s*,")
# (within its line: a title's 'so với năm trước' compares nothing in the body's first sentence)
_COMPARED = regex.compile(r"(?<!\p{L})(?:so với|so cùng kỳ|cùng kỳ)(?:[^\S\n]+(?:cùng kỳ|mức|kết quả))?[^\S\n]*(?:của[^\S\n]+)?"
                          r"(?:giai đoạn[^\S\n]+)?(?:từ[^\S\n]+)?$"
                          # (or a few words naming what is compared: 'so với tổng kinh phí của hai tỉnh năm 2025'; not
                          # the year's own plan or budget: 'đạt 98% so với kế hoạch năm 2024', 'so với tổng kinh phí
                          # được giao năm 2024' date what was reached)
                          r"|(?<!\p{L})(?:so với|gấp[^\S\n]+(?:\p{L}+[^\S\n]+)?[\d.,]+[^\S\n]+lần)"
                          # (nor a time of its own after what it was compared with: 'tăng 15% so với năm trước trong
                          # năm 2025')
                          r"(?:[^\S\n]+(?!kế[^\S\n]+hoạch|dự[^\S\n]+toán|chỉ[^\S\n]+tiêu|giao|phân bổ|bố trí|"
                          r"trong(?!\p{L}))\p{L}+){1,12}[^\S\n]+$"
                          r"|(?<!\p{L})chuyển(?:[^\S\n]+nguồn)?[^\S\n]+sang[^\S\n]+(?:năm[^\S\n]+)?$")  # (or money carried over to it)
# a clause of what happened in the year compared, right after it ('so với năm 2024, khi tỉnh chỉ thực hiện 8 đề án'):
# that year dates the clause's figures (and, as _DATES_ANOTHER tells, nothing in the sentences after)
_WHEN_THEN = regex.compile(r"[^\S\n]*,?[^\S\n]*(?:khi|lúc|thời điểm)[^\S\n]+(?:mà[^\S\n]+)?(?!\d)")
# a sheet's line of when the work is done ('Thời gian thực hiện: năm 2024'), up to its year
# (or its source line, naming the programme's year: 'Nguồn: Khuyến công địa phương năm 2025')
_TIME_LABEL = regex.compile(r"(?:^|\n)\s*[-+•]?\s*(?:thời gian(?:\s+thực hiện)?\s*:\s*"
                            r"|nguồn(?:\s+(?:kinh phí|vốn))?\s*:"
                            r"[^\S\n]*(?:kinh phí\s+)?(?:khuyến công|kc)[^\S\n]+(?:quốc gia|địa phương|qg|đp)?[^\S\n]*)"
                            r"(?:năm\s+|giai đoạn\s+)?$")
# what stands between a figure and the year said right after it ('19 đề án năm 2025', '... trong năm 2025')
_YEAR_RIGHT_AFTER = regex.compile(r"[^\S\n]*(?:(?:trong|vào)[^\S\n]+)?")
# a number of years a sentence sums up ('Tổng cộng 5 năm', 'Sau 5 năm thực hiện', 'Trong 5 năm qua')
# (also with the number first: '2 năm qua', '3 năm gần đây')
_YEARS_TOLD = regex.compile(r"(?<!\p{L})(?:(?:tổng cộng|tổng|tính chung|sau|trong|suốt|cả|qua)\s+"
                            r"(?P<n>\d{1,2})\s+năm(?!\s*\d)"
                            r"|(?<!\d[.,]?)(?P<n>\d{1,2})\s+năm\s+(?:qua|gần đây|gần nhất))(?!\p{L})")
# what a year or date right after dates instead of the work: a document ('Quyết định số 1234/QĐ-UBND ngày 15/3/2024'),
# a founding or a birth ('thành lập từ năm 2010'), the year a figure is compared with ('tăng 12% so với năm 2023',
# 'thấp hơn năm 2024')
_DATES_ANOTHER = regex.compile(r"(?<!\p{L})(?:(?:quyết định|nghị định|thông tư|công văn|kế hoạch|văn bản|chỉ thị|nghị quyết)"
                               r"[^\S\n]+(?:số[^\S\n]+)?[\w/.-]*\d[\w/.-]*|thành lập|ra đời|"  # (its number on its line)
                               r"(?<!(?:phát|hồi|tái|học|vệ|môi|tương)\s)sinh|"  # (a birth, not 'hồi sinh')
                               # (or the budget of that year compared: 'tăng 12% so với dự toán năm 2024')
                               r"so với(?:\s+cùng kỳ|[^\S\n]+(?:dự toán|kế hoạch|mức|kết quả|kinh phí))?|so cùng kỳ|"
                               rf"{_MORE_OR_LESS}|"
                               # ('cao gấp 1,5 lần năm 2025', 'gấp đôi năm 2025')
                               r"(?:gấp|bằng)\s+(?:\p{L}+\s+)?[\d.,]+\s+lần(?:\s+so với)?|"
                               r"gấp\s+(?:đôi|rưỡi)(?:\s+so với)?)"
                               r"(?:[^\S\n]+(?:từ|vào|trong|năm|ngày|tháng))*[^\S\n]*$")  # not across a line end
_LISTED_NEXT = regex.compile(r",\s*(?:bao\s+)?gồm(?!\p{L})")  # a list of what a whole held, after its figure
_PARTS_NEXT = regex.compile(r"(?<!\p{L})(?:trong đó(?!\p{L})|(?:bao\s+)?gồm\s*:)")  # the parts of a whole begin here
_PURPOSE_NEXT = regex.compile(r"\s*(?:để|cho|dành cho|nhằm)(?!\p{L})")  # a purpose said right after a figure
# ... or the support an amount paid for ('750 triệu đồng hỗ trợ máy móc, 200 triệu đồng ...')
_PAID_FOR_NEXT = regex.compile(r"\s*(?:hỗ trợ|chi cho)(?!\p{L})")
# a clause of work done since, right after a figure ('..., đến nay đã hoàn thành'); its verb follows the 'đã'
_PLAN_SUBJECT = regex.compile(r"\W*kế hoạch(?!\p{L})")
_PLAN_DONE_AFTER = regex.compile(r"\s*,?\s*(?:(?:đều|cơ bản)\s+)?đã\s+(?:được\s+)?(?:hoàn thành|thực hiện xong|nghiệm thu)")
_DONE_SINCE = regex.compile(r"\s*[,;]\s*(?:(?:đến nay|tới nay|hiện nay|hiện|nay)\s*,?\s*)?"
                         rf"(?:{_ALL_THE}\s+đề án\s+(?:đều\s+)?)?đã\s+")
_AMONG_FRAME = regex.compile(r"\s*(?:trong|trong tổng)\s+số\s[^,;]*[,;]")  # 'Trong số 28 đề án ..., có 15 ...'
_CAPACITY_CLAUSE = regex.compile(r"(?<!\p{L})(?:công suất|năng suất|sản lượng)[^,;]*")  # what a machine turns out
_OUTCOME = regex.compile(r"(?<!\p{L})(?:giúp|góp phần|tạo điều kiện)(?!\p{L})")  # what a figure brought about
_PURPOSE_LINK = regex.compile(r"(?<!\p{L})(?:để|cho|nhằm|của|theo)(?!\p{L})")
_STATEMENT_END = regex.compile(r";|\.(?!\d)|\n")
# the worth of what was paid out or given ('giá trị giải ngân', 'giá trị hỗ trợ'): the programme's money, not a price
# (also of the goods the support bought: 'Tổng giá trị máy móc được hỗ trợ là 560 triệu đồng')
_PAID_VALUE = regex.compile(r"(?<!\p{L})(?:tổng\s+)?giá trị\s+(?:(?:máy móc|trang thiết bị|thiết bị|máy|dây chuyền|"
                            r"công cụ|dụng cụ)(?:,?\s+(?:thiết bị|máy móc|dụng cụ))?\s+)?(?:đã\s+)?(?:được\s+)?"
                            r"(?:giải ngân|hỗ trợ|cấp phát|thanh toán|quyết toán|giải thưởng|phần thưởng)(?!\p{L})")
# (or the sum of the years just told, by their number: 'Tổng 3 năm là 8,85 tỷ đồng.')
_SUM_OPENS = regex.compile(r"\W*(?:tổng cộng|tính chung|cộng chung|tổng\s+(?:cả\s+)?\d{1,2}\s+năm)(?!\p{L})")
_DESCRIBES = regex.compile(r"\W*(?:đây|đó|điều này)\s+(?:cũng\s+)?(?:là|được xem là|được coi là)(?!\p{L})")
_PRICE_WORD = regex.compile(r"(?<!\p{L})giá(?!\p{L})")
# the value of the contracts projects were signed under, right before the amount ('đã ký hợp đồng thực hiện 14/16 đề án
# ..., giá trị hợp đồng 3,25 tỷ đồng'): the programme's money committed, not a trade deal's worth
_PROJECTS_CONTRACT_VALUE = regex.compile(r"(?<!\p{L})(?:đề án|nhiệm vụ)(?!\p{L})[^.;]{0,100}?(?<!\p{L})giá trị\s+(?:các\s+)?"
                                         r"hợp đồng(?:\s+đã ký)?\s*(?:là\s+|đạt\s+|:\s*)?(?:hơn\s+|gần\s+|khoảng\s+)?$")
# the projects a total's worth word is of ('tổng giá trị 2 đề án 1,6 tỷ đồng', 'tổng giá trị của các đề án là ...'): what the
# programme's projects were worth, no economy's output
_OF_PROJECTS = regex.compile(r"\s*(?:của\s+)?(?:các\s+|cả\s+|\d+\s+)?(?:đề án|nhiệm vụ)(?!\p{L})")
_WORTH_OF_PROJECTS = regex.compile(r"(?<!\p{L})giá trị" + _OF_PROJECTS.pattern)
# the prizes a contest awarded, after a total's worth word ('Tổng giá trị giải thưởng là ...'): money given, no output
_PRIZES = regex.compile(r"(?:giải thưởng|phần thưởng|tiền thưởng)(?!\p{L})")
# receiving a thing, not recognising or noting one ('công nhận', 'ghi nhận', 'xác nhận', 'thừa nhận')
_RECEIVE = r"(?<!(?:công|ghi|xác|thừa) )nhận"
# the works' owner receiving the programme's support ('nhận hỗ trợ khuyến công', 'được khuyến công hỗ trợ')
_RECEIVES_SUPPORT = regex.compile(rf"(?<!\p{{L}})(?:{_RECEIVE}|được)\s+(?:\p{{L}}+\s+){{0,2}}?hỗ trợ(?!\p{{L}})")
# a thing's worth as a clause of its own after it ('..., tổng trị giá 480 triệu đồng'), up to the worth word
_WORTH_CLAUSE = r"(?:,\s*(?:với\s+)?(?:tổng\s+)?)?$"
# a thing the programme gave, then its worth ('được hỗ trợ một máy chẻ nan và một máy vót nan trị giá 180 triệu
# đồng', 'trao tặng 2 máy sấy trị giá ...', received: 'HTX ... nhận nồi chưng cất trị giá 200 triệu đồng'), or the
# projects it funded ('hỗ trợ 1 đề án khuyến công quốc gia trị giá 950 triệu đồng'): the worth is the support itself;
# not when the support only helped buy it or paid a share of it ('hỗ trợ mua máy trị giá 500 triệu đồng', 'hỗ trợ 30%
# máy trị giá ...')
_GIFT_WORTH = regex.compile(rf"(?<!\p{{L}})(?:hỗ trợ|tài trợ|cấp|trao tặng|trao|tặng|bàn giao|{_RECEIVE}|tiếp nhận)\s+"
                            r"(?:[^,;.:\d]{1,40}?\s(?=\d)"  # whom, before a count: 'hỗ trợ tỉnh Ninh Thuận 2 đề án'
                            # (or counted, each given the thing: 'hỗ trợ 10 hộ dệt thổ cẩm ở xã Mai Châu mỗi hộ 1 máy dệt')
                            r"|\d+\s+(?:hộ|cơ sở|hợp tác xã|htx|tổ hợp tác|doanh nghiệp)(?!\p{L})[^,;.:\d]{0,50}?\s"
                            r"mỗi\s+\p{L}+(?:\s+\p{L}+)?\s+(?=\d|một))?"
                            r"(?P<thing>(?:(?:một|hai|ba|bốn|năm|các|những|\d+)\s+)?"
                            r"(?:bộ\s+|chiếc\s+|tấn\s+|tạ\s+|kg\s+)?"
                            r"(?:máy|thiết bị|dây chuyền|hệ thống|lò|nồi|khung|khuôn|tủ|bồn|chum|thùng|bể|giàn"
                            # (seed, stock and farm inputs a khuyến nông programme hands out: '50 tấn giống lúa')
                            r"|giống|cây giống|con giống|phân bón|vật tư"
                            r"|đề án|dự án|nhiệm vụ|mô hình"
                            # (or the programme's support itself, received: '15 cơ sở nhận hỗ trợ khuyến công, tổng trị
                            # giá 2,6 tỷ đồng')
                            r"|(?<=" + _RECEIVE + r"\s+)hỗ trợ(?=(?:\s+(?:từ\s+)?(?:chương trình\s+|nguồn\s+)?khuyến công"
                            r"(?:\s+(?:quốc gia|địa phương))?)?\s*,?\s*(?:với\s+)?(?:tổng\s+)?$)"  # (the worth word next)
                            # (any thing counted in sets or pieces: '8 bộ chum ủ chượp')
                            r"|(?<=(?:\d|một|hai|ba|bốn|năm)\s+(?:bộ|chiếc)\s+)\p{L}+)(?!\p{L})"
                            # (a list of machines goes on after a comma: 'máy cắt, gói kẹo tự động trị giá ...')
                            rf"(?:[^,;.:\d]|,(?=\s*\p{{Ll}})|\d(?![\d.,]*\s*(?:{_SCALE_WORDS}|đồng|%))){{0,100}})"
                            + _WORTH_CLAUSE)
# projects counted, then their worth with no verb of giving ('có 1 đề án khuyến công quốc gia trị giá 450 triệu
# đồng'): a programme's projects are its support, so their worth is the support's
# (or a project of a programme named by the programme alone: 'đề án khuyến công địa phương năm 2025 trị giá 280
# triệu đồng')
# (a 'dự án' or 'nhiệm vụ' counts as a project too, ANNOTATION.md; named with its programme or level, since a 'dự án'
# of any other kind is an investment whose worth is no support: '1 dự án khuyến công quốc gia trị giá 600 triệu đồng',
# '1 dự án quốc gia trị giá 1,2 tỷ đồng')
_COUNTED_PROJECTS = regex.compile(r"(?<!\p{L})(?:(?:\d+|một|hai|ba|bốn|năm)\s+(?:đề án(?!\p{L})|(?:dự án|nhiệm vụ)\s+"
                                  r"(?:khuyến công|quốc gia|địa phương|kcqg|kcđp)(?!\p{L}))[^,;.:\d]{0,80}|"
                                  r"đề án\s+khuyến công(?:\s+(?:quốc gia|địa phương))?(?:\s+(?:năm\s+)?\d{4})?\s*)"
                                  + _WORTH_CLAUSE)
# a count of 'dự án' with the amount right after it, in an article about a programme ('Năm 2022: 9 dự án, 1,8 tỷ đồng';
# 'Đào tạo nghề: 2 dự án, 180 triệu đồng'): a tally of the programme's projects, as 'đề án' would be; not an
# investment's capital ('12 dự án, tổng vốn 5.000 tỷ đồng')
# (or a dash between: '- 2021: 8 dự án - 1,45 tỷ đồng')
_PROJECTS_TALLY = regex.compile(r"(?<![\p{L}\d.,])\d+\s+dự án\s*(?:,|;|với|và|[-–—])\s*"
                                r"(?:(?:tổng\s+)?kinh phí\s+(?:là\s+)?)?\d")
# a clause whose subject is the applicants' need, set against what was done ('..., trong khi nhu cầu ...') or named as
# theirs ('nhu cầu đăng ký', 'nhu cầu hỗ trợ', 'nhu cầu của các cơ sở'): what follows is asked for, not programme money
# (the programme's own 'tổng nhu cầu kinh phí' in its draft plan is its budget)
_NEED_CLAUSE = regex.compile(r"\s*(?:(?:trong khi(?:\s+đó)?|còn|song|nhưng|tuy nhiên)\s*,?\s+"
                             r"(?:tổng\s+)?nhu cầu(?!\p{L})"
                             # (or the money needed: 'nhu cầu vốn để đổi mới công nghệ của làng còn khoảng 30 tỷ đồng')
                             r"|(?:tổng\s+)?nhu cầu\s+(?:đăng ký|hỗ trợ|của|vốn|đầu tư)(?!\p{L})"
                             # (or beneficiaries who ask, the clause's subject, for a sum named as asked for: 'năm
                             # 2024 có 35 cơ sở đăng ký tham gia đề án với tổng kinh phí đề nghị 9,5 tỷ đồng')
                             r"|(?:(?:trong\s+)?năm\s+\d{4}\s*,?\s+)?(?:đã\s+)?(?:có\s+)?(?:[\d.]+\s+|các\s+|nhiều\s+)?"
                             r"(?:cơ sở|doanh nghiệp|hợp tác xã|htx|đơn vị|hộ)(?:\s+\p{L}+){0,3}?\s+(?:đã\s+)?"
                             r"(?:đăng ký|đề nghị|xin)(?!\p{L})"
                             r"(?=.*(?:kinh phí|vốn|số tiền)\s+(?:đề nghị|đề xuất|xin)(?!\p{L})))")
# the year work is carried out in, named right before it ('thực hiện năm 2026', 'triển khai trong năm 2025')
_YEAR_OF_WORK = regex.compile(r"(?<!\p{L})(?:thực hiện|triển khai)\s+(?:trong\s+)?(?:năm\s+)?$")
# or the year named right after the projects inside the group ('14 đề án khuyến công địa phương năm 2026, tổng kinh phí
# ...' after a decision's 'Ngày 2/12/2025')
_YEAR_OF_PROJECTS = regex.compile(r"(?<!\p{L})(?:đề án|dự án|nhiệm vụ)(?:\s+(?!năm\b)\p{L}+){0,6}\s+(?:năm\s+)?$")
# (also right after a lone count, when the words between name the programme only: 'Ngày 3/4/2026, ... nghiệm thu 3 đề
# án khuyến công địa phương năm 2025', not 'đề án chuyển tiếp từ năm 2024')
_YEAR_OF_NAMED_PROJECTS = regex.compile(r"(?<!\p{L})(?:đề án|dự án|nhiệm vụ)\s+"
                                        r"(?:(?:thuộc\s+)?(?:chương trình|kế hoạch)\s+)?"
                                        r"(?:khuyến công|kcqg|kcđp|kc)(?:\s+(?:quốc gia|địa phương|qg|đp))?"
                                        r"(?:\s+(?:cấp\s+)?tỉnh)?\s+(?:năm\s+)?$")
# the slash between a payment and the sum it is out of ('giải ngân 620 triệu đồng/1.850 triệu đồng'), and the verbs
# of paying out that make the first a payment
_SLASH_BEFORE = regex.compile(r"\s?/\s?")
_PAID_OUT = regex.compile(r"(?<!\p{L})(?:giải ngân|thanh toán|chi)(?!\p{L})")
# a verb of paying out right before an amount: the amount is what was paid, whatever plan or allotted budget is named
# after it ('đã giải ngân 2,1 tỷ đồng kinh phí khuyến công địa phương được giao', 'đã chi 2,1 tỷ đồng kế hoạch vốn')
_PAID_RIGHT_BEFORE = regex.compile(r"(?<!\p{L})(?:giải ngân|thanh toán|chi|cấp phát|quyết toán)\s+(?:được\s+|hết\s+|xong\s+)?$")
# a bracket that lists a figure's parts, right after it, up to its close ('(HTX A: 200 triệu đồng; ...)')
_PARTS_BRACKET = regex.compile(r"\s*\([^()]*\d[^()]*\)")
# a clause of cause opened before a cue, not closed by the cue's start ('Tuy nhiên, do hai cơ sở xin rút')
_CAUSE_OPENS = regex.compile(rf"(?:^|[,;:]|(?<!\p{{L}})(?:tuy nhiên|nhưng))\s*{_CAUSE_WORD}\s[^,;.]*$")
# the public budget right after an amount, as its source ('tỉnh dành 9,8 tỷ đồng từ ngân sách để hỗ trợ ...'), or
# khuyến công ('... 650 triệu đồng từ nguồn khuyến công địa phương')
_FROM_SOURCE_AFTER = regex.compile(r"\s*(?:được\s+)?(?:trích\s+|lấy\s+)?từ\s+(?:(?:nguồn\s+)?(?:vốn\s+|kinh phí\s+)?"
                                   r"(?P<budget>ngân sách)|(?:nguồn\s+|chương trình\s+)?(?:vốn\s+|kinh phí\s+)?"
                                   r"(?:khuyến công|kcqg|kcđp|kcdp|kc))(?!\p{L})")  # (or its abbreviations: 'từ nguồn KCĐP')
# a thing received or handed over, then its worth ('HTX ... nhận nồi chưng cất trị giá 200 triệu đồng'): support
# received, in an article about a programme
_RECEIVED_WORTH = regex.compile(r"(?<!\p{L})(?<!(?:công|ghi|xác|thừa) )(?:nhận|bàn giao|trao tặng|tặng)\s+[^.;:\d]{1,60}?"
                                r"(?:trị giá|giá trị)\s*(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d")
# a worth word right before an amount ('trị giá 180 triệu đồng', '..., tổng giá trị là 320 triệu đồng')
_WORTH_BEFORE = regex.compile(r"(?<!\p{L})(?:tổng\s+)?(?:giá trị|trị giá)(?:\s+(?:là|khoảng|gần|hơn|trên))?\s*:?\s*$")
# a share of the worth told right after it ('..., trong đó khuyến công hỗ trợ 200 triệu đồng', '..., phần còn lại do
# cơ sở đối ứng'): the worth was the work's, the programme paid only part
_SHARE_AFTER = regex.compile(r"[^.;]{0,60}?(?<!\p{L})(?:trong đó|phần còn lại|đối ứng|tương đương)(?!\p{L})")
# the programme's money named right after the amount as what it is ('đã dùng 6,3 tỷ đồng kinh phí khuyến công để
# hỗ trợ 21 cơ sở'): the programme's own sum, whatever a breakdown after it says
_PROGRAMME_MONEY_AFTER = regex.compile(r"\s*(?:nguồn\s+)?(?:vốn|kinh phí)\s+(?:sự nghiệp\s+)?khuyến công(?!\p{L})")
_TO_THEM = regex.compile(r"\s*cho\s+(?:các\s+|những\s+|\d+\s+)?")  # right after an amount, who it went to
_PAID_TO = regex.compile(r"(?<!\p{L})(?:tạm ứng|cấp phát|giải ngân|thanh toán|chuyển|hỗ trợ)\s+(?:\p{L}+\s+){0,2}?cho\s+(?:các\s+|những\s+)?$")
_SALES_PLACE = regex.compile(r"(?<!\p{L})(?:điểm|quầy|kênh|khu|cửa hàng|gian hàng)(?:\s+giới thiệu(?:\s*,|\s+và)?)?\s+$")
_ENERGY_SAVING = regex.compile(r"tiết kiệm\s+(?:năng lượng|nhiên liệu|điện năng)(?!\p{L})")
# the interest a programme pays on producers' loans ('hỗ trợ lãi suất 450 triệu đồng', 'cấp bù lãi vay'): support, not a
# profit
_INTEREST_ON = regex.compile(r"(?<!\p{L})lãi(?:\s+suất)?\s+$")  # the interest on what follows ('lãi suất vay vốn')
_INTEREST_PAID = regex.compile(r"(?<!\p{L})(?:hỗ trợ|cấp bù|bù)\s+(?:(?:tiền|phần)\s+)?$")
_SUM_OR_SINGLED = regex.compile(rf"(?<!\p{{L}})(?:tổng(?!\p{{L}})|{_SINGLING})")  # beside a breakdown cue: a sum, a part
# a programme or a public budget supporting, right before its amount ('khuyến công quốc gia hỗ trợ 700 triệu đồng')
_PROGRAMME_SUPPORTS = regex.compile(rf"(?<!\p{{L}})(?:{_PUBLIC_WORDS})(?:\s+\p{{L}}+){{0,3}}?"
                                    r"\s+(?:đã\s+)?hỗ trợ\s*(?:là\s+)?$")
_REST_THEIRS = regex.compile(r"(?<!\p{L})(?:phần\s+)?còn lại(?!\p{L})")
_A_PERCENT = regex.compile(r"\d\s*%")
_SHARE_SAID = regex.compile(r"\d\s*(?:%|tỷ|tỉ|triệu)")  # a share given as a percentage or an amount
# the support given as a percentage of the whole right before it ('tổng kinh phí 650 triệu đồng, trong đó khuyến công hỗ
# trợ 30%'): the whole is what the work cost, the rest the beneficiaries'
_SUPPORTED_PERCENT = regex.compile(r"\s*[,;]?\s*trong đó\s*,?\s+[^,;.\d%]{0,50}?(?<!\p{L})(?:hỗ trợ|tài trợ|cấp)\s+"
                                   r"(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d+(?:[.,]\d+)?\s*%")
_BUYING = regex.compile(r"(?<!\p{L})(?:mua|mua sắm|đầu tư|phần|một phần|đối ứng)(?!\p{L})")
_TITLE_YEARS = regex.compile(rf"(?<!\d)(?P<first>{_YEAR_DIGITS})(?:\s*[-–]\s*(?P<last>{_YEAR_DIGITS}))?(?!\d)")
# 'khuyến công' named without its level (in the lower-case key; a centre's name the caller blanks or does not read)
_BARE_KHUYEN_CONG = regex.compile(r"(?<!\p{L})khuyến\s+công(?!\s+(?:quốc\s+gia|địa\s+phương|qg|đp)(?!\p{L}))")
_FOR_PURPOSE = regex.compile(r"\s+(?:cho|để)(?!\p{L})")  # what a thing set aside is for, right after the verb
# projects turned down, right after the count ('3 đề án không được phê duyệt', '2 đề án bị loại')
_TURNED_DOWN = regex.compile(r"\s*(?:đã\s+)?(?:không được|bị)\s+(?:phê duyệt|duyệt|chấp thuận|xét duyệt|"
                             r"loại|từ chối|trả lại)(?!\p{L})")
# a policy scheme about a field ('đề án về ...'), after a verb of drafting it ('đang xây dựng 2 đề án về ...')
_SCHEME_ABOUT = regex.compile(r"\s+(?:về|liên quan đến)\s")
_DRAFTING = regex.compile(r"(?<!\p{L})(?:xây dựng|soạn thảo|ban hành|nghiên cứu)\s+(?:\p{L}+\s+){0,2}$")
# a year said as 'năm 2022', or a span's first year ('giai đoạn 2020-2023')
_A_YEAR_NUMBER = regex.compile(rf"(?<=(?<!\p{{L}})(?:năm|giai đoạn)\s+){_YEAR_DIGITS}(?!\d)")
# 'also' on the verb of support before the sentence's first figure: what follows comes on top of what went before
# ('Sản phẩm sâm Ngọc Linh cũng được hỗ trợ tham gia hội chợ với kinh phí 150 triệu đồng', 'trung tâm cũng đào tạo
# nghề cho 60 lao động với kinh phí 90 triệu đồng'), and 'more' right before the
# figure ('khu vực Long An cũ có thêm 9 đề án', 'hỗ trợ thêm 2 cơ sở')
_ALSO_SUPPORTED = regex.compile(r"(?<!\p{L})(?:(?:cũng|còn)\s+(?:đã\s+)?(?:được\s+(?:[^\W\d]+\s+){0,5}?)?(?:hỗ trợ|nhận|bố trí|phân bổ|giao|đề xuất|"
                                r"đăng ký|trình|dành|thực hiện|triển khai|tổ chức|đào tạo|tập huấn|tư vấn|chi|mở)|"
                                r"(?:có|được|hỗ trợ|thực hiện|triển khai)\s+thêm\s*$)(?!\p{L})")
# waiting for an approval ('đang chờ Bộ Công Thương phê duyệt'): not approved yet, a plan; waiting alone ('đang chờ
# nghiệm thu', rules/funding_cues.tsv) is work under way
_AWAITING_APPROVAL = regex.compile(r"(?<!\p{L})(?:đang\s+)?chờ\s+(?:được\s+)?(?:\p{L}+\s+){0,5}?"
                                   r"(?:phê duyệt|duyệt)(?!\p{L})")
_AS_OF = regex.compile(r"tính\s+đến")  # a date results are told as of ('tính đến ngày 30/9'): no verb of them
_SO_FAR_FRAME = regex.compile(rf"(?:cho\s+)?(?:đến|tới)\s+nay|{_AS_OF.pattern}")  # 'as of now', a frame of what follows


def _title_year(m: regex.Match) -> str:
    """A year or span a title names, as a period's value ('2024', '2021-2025')."""
    return "-".join(m.group("first", "last")) if m.group("last") else m.group("first")


@lru_cache(maxsize=64)
def _title_year_spans(title: str) -> tuple[tuple[str, str], ...]:
    """The years and spans a title names, (first, last) each: read once per title, not once per figure."""
    return tuple((m.group("first"), m.group("last") or m.group("first")) for m in _TITLE_YEARS.finditer(title))


def _beside_title_years(title: str, period: str | None) -> bool:
    """Whether a statement's period is none of the years a title names ('... đề án khuyến công quốc gia năm 2027'
    then 'Năm 2026, tỉnh thực hiện 21 đề án'): the title's programme and tense are its own year's, not that one's."""
    if not period or not title:
        return False
    first, _, last = period.partition("-")
    spans = _title_year_spans(title)
    return bool(spans) and not any(a <= (last or first) and first <= b for a, b in spans)


_REQUEST = regex.compile(r"đề xuất|đề nghị|kiến nghị")  # a cue that asks for something, no tense of work told
_SET_AGAINST = regex.compile(r"\W*(?:trong khi đó|ngược lại|trái lại)\s*,")  # a sentence set against the one before
# (also in a bracket: '... là 1,2 tỷ đồng (chiếm 30% tổng kinh phí khuyến công địa phương của tỉnh)')
_SHARE_OF_BUDGET = regex.compile(r"\s*[,(]?\s*(?:chiếm|bằng)" + _HEDGED_PCT + r"\s+(?:tổng\s+(?:số\s+)?)?"
                              r"(?:kinh phí|nguồn vốn|vốn|ngân sách)(?=\s)")  # '..., chiếm 35% kinh phí ...'
# a paragraph or sentence that opens on a time before the work just told ('Trước đó, ...', 'Trước đây, ...', 'Trước khi
# sáp nhập, ...')
_EARLIER_OPENS = regex.compile(r"\W*trước\s+(?:đó|đây|thời điểm đó|(?:khi\s+)?(?:sáp nhập|hợp nhất))\s*,")
# a sentence that tells what the one before set out ('Theo đó, ...', 'Theo quyết định này, ...', 'Theo kế hoạch,')
_ACCORDINGLY = regex.compile(r"\W*theo\s+(?:đó|quyết\s+định\s+(?:này|trên)|kế\s+hoạch(?:\s+(?:này|trên))?)\s*,")
# the years before the last one told, opening a sentence ('Năm ngoái, con số này là 2,6 tỷ đồng', 'Hai năm trước,
# ...'); not a comparison inside one ('tăng 2 đề án so với năm trước')
_YEARS_EARLIER = regex.compile(r"(?<=(?:^|[.!?\n]|:\s*[\"“])\s*)(?:(?:trong|vào)\s+)?"
                               r"(?:năm\s+ngoái|năm\s+trước(?:\s+đó)?|"
                               r"(?P<n>\d{1,2}|một|hai|ba|bốn|năm)\s+năm\s+trước(?:\s+đó)?)(?!\p{L})")
# 'Năm qua' opening a sentence (not '5 năm qua', a span), and a date in a year's first two months
# (after a dateline's dash too, or opening a quote)
_YEAR_PAST_OPENS = regex.compile(r"(?<=(?:^|[.!?\n)\-–]|:\s*[\"“])\s*)(?:trong\s+)?năm\s+qua(?!\p{L})")
# (a comparison's word; not 'bằng' of the means, 'bằng nguồn vốn khuyến công năm 2024', nor the year's own plan a
# figure is measured against, 'đạt 98% so với kế hoạch năm 2024')
_COMPARED_AFTER = regex.compile(r"(?<!\p{L})(?:so với(?!\s+(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu))|gấp|"
                                rf"{_MORE_OR_LESS}|"
                                r"bằng(?!\s+(?:nguồn|vốn|kinh phí|ngân sách|tiền|hình thức|phương thức)))(?!\p{L})")
_A_DATE = regex.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")  # a day's date
_THIS_YEAR = regex.compile(r"(?<!\p{L})năm\s+nay(?!\p{L})")
_EARLY_IN_YEAR = regex.compile(r"(?i:ngày\s+)?\d{1,2}\s*[/.-]\s*0?[12]\s*[/.-]\s*\d{4}|tháng\s+0?[12]\s*[/.-]\s*\d{4}")
# a time some years after the last year told, in the statement's own sentence before its figure ('Hai năm sau, ...',
# '3 năm sau đó', 'Năm sau đó', 'Sang năm sau', 'Năm tiếp theo', a sentence's opening 'Năm sau, ...', 'Năm tới'; not
# 'những năm tới', the coming years)
_YEARS_LATER = regex.compile(r"(?<!\p{L})(?:(?P<n>\d{1,2}|một|hai|ba|bốn|năm)\s+năm\s+sau(?:\s+đó)?|năm\s+sau\s+đó"
                             r"|sang\s+năm\s+sau|năm\s+tiếp\s+theo|(?<=(?:^|[.!?\n])\s*)năm\s+sau(?=\s*,)"
                             r"|(?<!(?:những|các|mấy|vài)\s)năm\s+(?:tới|kế\s+tiếp))(?!\p{L})")


def _year_of_another_figure(key: str, end: int, year: Fact) -> bool:
    """A year after the figure that ends at ``end``, in a later clause of its sentence that gives an amount of its own
    ('... được hỗ trợ 200 triệu đồng, doanh thu năm 2024 đạt 3 tỷ đồng'): that amount's year, not the figure's."""
    if year.start < end or _CLAUSE_BREAK.search(key, end, year.start) is None:
        return False
    end = _sentence_around(key, year.end)[1]
    after = _CLAUSE_BREAK.search(key, year.end, end)
    return _AMOUNT_IN.search(key, year.end, after.start() if after else end) is not None


def _year_past_of(key: str, date: Fact, pos: int) -> str | None:
    """The year before ``date``'s when it falls in a year's first two months and 'Năm qua' opens the sentence of ``pos``
    after it: '(Ninh Bình, 8/1/2026) Năm qua, Trung tâm ... đã hỗ trợ 31 cơ sở ...' tells 2025's work; or, at any time
    of the year, when 'Năm ngoái' opens it or a quote in it ('Trả lời phóng viên ngày 3/3/2025, bà Mai cho biết: "Năm
    ngoái chúng tôi làm được 9 đề án'). Not past a 'năm nay' after it ('Năm qua, ... 21 đề án; năm nay, ...'). Else
    None."""
    if "-" in date.value:
        return None
    lo = max(date.end, _sentence_around(key, pos)[0])
    last_year = _YEARS_EARLIER.search(key, lo, pos) if _A_DATE.search(date.text) else None
    found = last_year if last_year and not last_year.group("n") else \
        _YEAR_PAST_OPENS.search(key, lo, pos) if _EARLY_IN_YEAR.fullmatch(date.text) else None
    return str(int(date.value) - 1) if found and not _THIS_YEAR.search(key, found.end(), pos) else None


def _plan_done_between(drafts: list[_Draft], parent: FundingRecord, d: _Draft) -> bool:
    """Between a plan's whole (``parent``, or the plan it is a part of) and a part told after it with no tense of its
    own, a statement of the same year told the plan carried out, nearly all of it ('... được giao tổng kinh phí 5,6
    tỷ đồng, gồm khuyến công quốc gia 1,9 tỷ đồng ... Kết quả, Trung tâm đã triển khai thực hiện đạt 100% kế hoạch,
    giải ngân 5,52 tỷ đồng.' then 'Từ nguồn khuyến công quốc gia, Trung tâm hỗ trợ Công ty ..., kinh phí hỗ trợ 800
    triệu đồng'): the part is told as what was done."""
    by_id = {o.record.id: o.record for o in drafts}
    root = parent
    while root.part_of in by_id:
        root = by_id[root.part_of]
    start = min((o.sentence for o in drafts if o.record.id in (parent.id, root.id)), default=None)
    if start is None:
        return False
    for o in drafts:
        r = o.record
        if not start < o.sentence < d.sentence or r.status != "done" or o.ongoing or r.period != root.period:
            continue
        # (or more: the plan and projects added to it, 'toàn bộ 21 đề án đã hoàn thành' after a plan of 19 and 2 more)
        if r.amount_vnd and root.amount_vnd and r.amount_vnd >= 0.9 * root.amount_vnd or \
                r.projects and root.projects and r.projects >= 0.9 * root.projects:
            return True
    return False


def _percent_value(share: regex.Match) -> float:
    """The percentage a share's match read ('kinh phí khuyến công chiếm khoảng 15,5%' → 15.5)."""
    return float(share.group("pct").replace(",", "."))


def _one_work_before(key: str, s_start: int, g_start: int) -> bool:
    """One project, not many, is named in the 60 characters of its sentence before a figure ('Đề án có tổng kinh phí
    1,5 tỷ đồng'), or opens the sentence as its subject with no number but a year before the figure ('Đề án khuyến
    công hỗ trợ làng gốm ... xây dựng lò nung gas có tổng kinh phí 900 triệu đồng'): the figure is what that work
    cost."""
    return _ONE_WORK.search(key, max(s_start, g_start - 60), g_start) is not None or \
        _ONE_WORK_OPENS.match(key, s_start, g_start) is not None and not _NOT_A_YEAR.search(key, s_start, g_start)


def _without_nested_parts(amounts: list[Fact]) -> list[Fact]:
    """Amounts in order without those that only split the one before them, adding up to it exactly ('700 triệu đồng,
    gồm 500 triệu đồng ... và 200 triệu đồng ...': the 700 alone)."""
    out: list[Fact] = []
    i = 0
    while i < len(amounts):
        out.append(amounts[i])
        total, j = 0, i + 1
        while j < len(amounts) and total < amounts[i].value:
            total += amounts[j].value
            j += 1
        i = j if j > i + 2 and total == amounts[i].value else i + 1
    return out


def _next_in_paragraph(ctx: Context, key: str, d: "_Draft", s_end: int) -> tuple[int, int] | None:
    """The span of the sentence after the figure's, when the figure ends its sentence and the next sentence goes on
    in its paragraph: where a work's cost said last goes on with the shares of it; else None."""
    if key[d.facts[-1].end:s_end].strip(" .") or d.sentence + 1 >= len(ctx.sentence_starts):
        return None
    n_start, n_end = ctx.sentence_span(d.sentence + 1)
    return None if ctx.paragraph_break(s_end, n_start) else (n_start, n_end)


def _work_cost_before(key: str, s_start: int, g_start: int) -> bool:
    """What a figure is the cost of, named before it in its sentence: one project ('Đề án có tổng kinh phí ...') or
    beneficiaries equipping their own production ('hỗ trợ 2 cơ sở đầu tư máy thêu với tổng kinh phí ...')."""
    return _one_work_before(key, s_start, g_start) or \
        _EQUIPPING.search(key, max(s_start, g_start - 100), g_start) is not None


_CARRIED_OUT = regex.compile(r"(?<!\p{L})(?:thực hiện|sử dụng|đã chi|giải ngân)(?!\p{L})")
_NEXT_ITEM = regex.compile(r"\s(?:và|còn)\s")
_NEXT_COUNTED = regex.compile(rf"{_NEXT_ITEM.pattern}\s*\d")  # a next item that opens with its own count
# an amount that leads its sentence as the means of what the sentence then tells ('Với kinh phí 1,2 tỷ đồng từ ngân sách
# tỉnh, năm 2024 Trung tâm ... đã hỗ trợ 8 đề án'): the main clause's count is what it paid for, however far (also
# after an outlet's dateline: '(Báo Tin tức) - Với 2,5 tỷ đồng ...')
_MEANS_LEAD = regex.compile(r"(?:^|[.!?:\n]\s*(?:[-–]\s*)?)(?:(?:(?:trong|vào)\s+)?năm\s+\d{4}\s*,\s*)?"
                            r"với\s+(?:(?:tổng\s+)?(?:kinh phí|số tiền|nguồn vốn|vốn)"
                            r"(?:\s+(?:hỗ trợ|khuyến công))?(?:\s+là)?\s*)?$")  # (or the bare amount: 'Với 2,4 tỷ đồng, ...')
# from a count's end to an amount: its bracket of parts, then the amount's label ('... (gồm 2 đề án ..., 10 đề án ...) với
# tổng kinh phí ')
# (also past a share of the plan before the bracket: '58 đề án khuyến công, đạt 116% kế hoạch (50 đề án), với tổng kinh
# phí 12,4 tỷ đồng')
_AFTER_BRACKET = regex.compile(r"[^()\d]{0,60}?(?:\d+(?:,\d+)?\s*%[^()\d]{0,30}?)?\([^()]{3,200}\)\s*,?\s*"
                               + _BUDGET_LABEL)
# a count's one part said as what is among it ('13 đề án khuyến công, trong đó có 2 đề án quốc gia, ...'): an aside
_AMONG_THEM = regex.compile(r",\s*trong đó(?:\s*:)?\s+có\s*$")  # (also 'trong đó: có')
_COLON_NEXT = regex.compile(r"\s*:")
# a bracket holding an amount and a count and nothing else of note ('(3 tỷ đồng, 15 đề án)')
_BRACKET_PAIR = regex.compile(r"\(\s*[^()\d;]{0,12}?\d[^();]{0,40}?,\s*\d+\s+(?:đề án|dự án|nhiệm vụ)\s*\)")
_CONSISTS_OF = regex.compile(r"\s*,?\s*(?:bao\s+)?gồm\s*:?\s*")  # between an amount and the one count it is for
_LIST_GOES_ON = regex.compile(r"[^,;.:()]{0,40}?(?:,|;|\svà\s|\()\s*\d")  # another figure listed after a count
# a clause of its own after a figure that names where the money came from: ', do ngân sách tỉnh bảo đảm', ', từ
# nguồn khuyến công quốc gia', ', bằng nguồn kinh phí địa phương'
# (or drawn from it: ', được trích từ nguồn kinh phí khuyến công địa phương', ', trích từ ...', ', được cấp từ ...')
# (or what it takes in, no figure of a part: '..., gồm cả nguồn trung ương và địa phương', not '..., bao gồm cả kinh
# phí khuyến công quốc gia hơn 8 tỷ đồng')
_SOURCE_CLAUSE = regex.compile(r"\s*,\s*(?:(?:được\s+)?(?:trích|cấp|chi|lấy)\s+từ|do|từ|bằng|lấy từ|thuộc|"
                               r"(?:bao\s+)?gồm\s+cả(?![^,;.]*\d))"
                               r"\s+(?:nguồn\s+)?(?=\p{L})")
_ITEM_OPENS_WITH_COUNT = regex.compile(r";\s*(?:và\s+)?(?:có\s+)?$")  # an item after ';' that is only its count
_SAME_LINE = r"[^\S\n]*"  # spaces that stay on their line: what follows a figure there, not the next paragraph
_ITEM_NAMES_ITS_COUNT = regex.compile(r";\s*(?:\p{L}+\s+){1,6}")  # an item after ';': a few words, then its count
_ITEM_SEP = regex.compile(_NEXT_ITEM.pattern + r"|[,;]")  # the next item, or a comma or semicolon


def _last_digit_unit(value: int) -> int:
    """The place of the last digit of ``value`` that is not zero (1 for 0): the rounding unit of an amount spelled in
    words ('hơn một tỷ đồng' -> 10^9, 'một tỷ hai trăm triệu' -> 10^8), as words name no more than that, and of a
    printed figure's digits (_rounds_to)."""
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit


def _same_amount(before: Fact, again: Fact) -> bool:
    """The amount in brackets is the one before it, printed again: the same value, or, after a rounded one, a more
    precise print of it ('gần 1,9 tỷ đồng (1.885 triệu đồng)', '2,63 tỷ đồng (2.634,6 triệu đồng)')."""
    if again.value == before.value:
        return True
    if before.currency != again.currency:
        return False
    unit = printed_unit(before.text) or _last_digit_unit(before.value)
    if unit <= (printed_unit(again.text) or 1):
        return False  # (the bracket must print it more precisely)
    gap = again.value - before.value
    bound = {"exact": (-unit / 2, unit / 2), "approx": (-unit, unit), "under": (-unit, 0),
             "over": (0, unit)}.get(before.qualifier or "exact", (-unit / 2, unit / 2))
    return bound[0] <= gap <= bound[1]


def _restatements(text: str, facts: list[Fact]) -> dict[int, int]:
    """Amounts in brackets that say again the amount right before them, in words or another unit
    ('3.450.000.000 đồng (Ba tỷ bốn trăm năm mươi triệu đồng)', '2,5 tỷ đồng (tương đương 2.500 triệu đồng)'), also
    in pieces a comma cut the words into ('2.100 tr.đ (bằng chữ: Hai tỷ, một trăm triệu đồng)'): one figure, not
    several statements. Maps each such fact's id to its start."""
    money = sorted((f for f in facts if f.type == "money"), key=lambda f: f.start)
    out: dict[int, int] = {}
    for i, (before, f) in enumerate(zip(money, money[1:])):
        opened = text.rfind("(", before.end, f.start)
        close = text.find(")", f.end)
        if opened < 0 or close < 0 or text[before.end:opened].strip() or "(" in text[opened + 1:f.start]:
            continue
        inside = [g for g in money[i + 1:] if g.start < close]
        # (the words may end 'chẵn', a round sum: '(Bằng chữ: Một tỷ tám trăm triệu đồng chẵn)')
        if text[inside[-1].end:close].strip(" ./") not in ("", "chẵn"):
            continue
        # (pieces are words only, no digits: a bracket of parts, 'KCQG 1,2 tỷ đồng; KCĐP 1,65 tỷ đồng', restates
        # nothing)
        if len(inside) == 1 and _same_amount(before, f) or len(inside) > 1 and not _DIGIT.search(text, opened, close) \
                and sum(g.value for g in inside) == before.value and {g.currency for g in inside} == {before.currency}:
            out.update((id(g), g.start) for g in inside)
    return out


@dataclass
class _Draft:
    """A record being built: its facts, where it stands, and what its clause says."""

    facts: list[Fact]
    sentence: int
    marker: bool = False       # a breakdown cue ('trong đó', 'gồm') stands between it and the figure before
    additional: bool = False   # its clause starts 'ngoài ra', 'bên cạnh đó': on top of what went before
    also: bool = False         # 'cũng được hỗ trợ': on top of what went before, in whatever programme it goes on with
    anchor: int | None = None  # index of the draft a breakdown cue points back to
    listed: bool = False       # the breakdown opens a list with a colon ('gồm: a; b; c'): ';' separates items
    explicit_scope: bool = False
    set_aside_only: bool = False  # a part whose only tense is money set aside for its work ('dành cho ...')
    beside: bool = False  # its level is that of the amount listed before it in its sentence (_listed_beside)
    sums_programmes: bool = False  # an amount summing listed counts of both programmes: a total
    sums_after: bool = False       # a sum said after the figures it adds up ('..., tổng cộng 6,1 tỷ đồng')
    summed: bool = False           # such a sum said as a budget, over items in sentences before it
    after_open_list: bool = False  # such a sum after a list that goes on past its items ('... và các đề án khác.')
    points_back: bool = False      # a 'one of N' said of the work just told ('Đây là một trong 15 đề án')
    sums_one_work: bool = False    # such a sum that is what one work cost ('Tổng vốn thực hiện đề án là 2,1 tỷ đồng')
    along: bool = False            # such a sum with the figure its sentence opens 'cùng với' and ones told before it
    span_years: int | None = None  # such a sum's lead names how many years it covers ('Như vậy, trong 3 năm, ...')
    cumulative: bool = False       # a running total from the year's start ('Lũy kế từ đầu năm, ...')
    programme_share: bool = False  # its breakdown gives one programme's share in percent: both programmes' money
    budget_is: regex.Match | None = None  # the budget noun and copula it is the value of ('kinh phí ... là')
    span_sum: bool = False     # that budget sums up a span of years (no budget set), as do the items that borrow it
    paid_out: bool = False     # a verb of paying out ('giải ngân') stands after the figure before it in its sentence
    continued: bool = False    # a smaller amount going on about the budget before it (its spent or unspent part)
    allotted: bool = False     # 'planned' only because the figure is given as a carried-out budget's value
    budgeted: bool = False     # 'planned' only because the figure is given as a budget's value ('kinh phí ... là')
    cost_field: bool = False   # ... as the value of a line that labels it alone ('Kinh phí: 320.000.000 đồng')
    lent: bool = False         # its status is its whole's, said by no word of its own
    tense_of_whole: bool = False  # ... its status taken from the whole it was linked to across the article
    state_told: bool = False   # a count alone told in how its projects stand ('6 đề án đã được nghiệm thu')
    took_from: str | None = None  # the record an addition took its status from ('Ngoài ra, ...': the one before it)
    plan_ref: bool = False     # the sum of a plan (in brackets after its name, after a payment's slash): no whole
    late_count: Fact | None = None  # its count, said after its breakdown
    late_money: Fact | None = None  # its amount, said after its bracketed breakdown
    family: str = "khuyến công"  # the programme family its own clause names (rules/funding_cues.tsv 'programme')
    ongoing: bool = False          # its clause says the work is going on ('đang triển khai'): no status to lend
    led: bool = False              # its level is that of the programme its sentence opens with, its subject unsaid
    own_scope: str | None = None   # said for it by a 'lần lượt' list ('KCQG và KCĐP lần lượt là 1,2 tỷ và 2,3 tỷ')
    own_period: str | None = None  # said for it by a 'lần lượt' list ('năm 2024 và 2025 lần lượt ...')
    own_province: str | None = None  # said for it by a 'lần lượt' list ('khu vực A cũ và B cũ lần lượt là ...')
    bullet: str | None = None      # the kind of list mark its sentence opens with ('-', '1.', 'a)'), if any
    # the kind of list mark its line opens with, and where that line starts: an item's later sentences are the item's
    # too ('Đề án 2: Hỗ trợ ... Tổng kinh phí ..., trong đó kinh phí khuyến công hỗ trợ 300 triệu đồng.')
    line_item: tuple[str, int] | None = None
    list_from: int | None = None   # the sentence announcing, on top of what came before, the list it is an item of
    narrated: bool = False         # its sentence opens with a year and tells with an active verb what was done
    narrated_cost: bool = False    # a budget said right after such a sentence: the cost of the work it narrates
    singled_over: int | None = None  # singled out ('Riêng ...') past a sentence of no figure: the one before it
    plan_talk: bool = False        # its sentence speaks of a plan or what is to come, not only of money allotted
    deed_told: bool = False        # its sentence tells a deed before the figure in no words of plans
    respective: bool = False       # a later figure of a 'lần lượt' list: the list's copula and tense are its own
    labelled_in: tuple[int, int] | None = None  # the sentence before, whose labels its 'lần lượt' list refers back to
    one_month: bool = False        # said of one month or quarter ('Trong tháng 10, ...', 'Trong quý, ...')
    months_so_far: bool = False    # said of the year's months so far ('10 tháng năm 2025, ...')
    one_beneficiary: bool = False  # given to one named business ('HTX chè Lũng Phìn được hỗ trợ 300 triệu đồng')
    aggregate: bool = False        # its sentence counts projects or beneficiaries, more than one ('hỗ trợ 9 cơ sở')
    others: bool = False           # ... said to be others than one told before ('hỗ trợ 6 cơ sở khác')
    part_year: bool = False        # said for part of its year only ('Lũy kế 10 tháng năm 2024, ... giải ngân 3,4 tỷ')
    so_far: bool = False           # the progress so far ('Đến nay, 4 đề án đã nghiệm thu'), or part of a year's
    so_far_own: bool = False       # ... said in the figure's own clause, not only in its sentence's frame
    among_whole: bool = False      # the whole a sentence tells the progress of opens it: 'trong 10 đề án ..., có 4 ...'
    since: bool = False            # told of the years from its period's year to now ('Từ năm 2021 đến nay, ...')
    one_place: bool = False        # said of one place under the province ('Tại huyện Lục Yên, 3 đề án ...')
    lead_places: frozenset[str] = frozenset()  # the places under the province that lead its sentence so
    frame_places: frozenset[str] = frozenset()  # ... or, when none, the sentence's before it in its paragraph
    singled: bool = False          # the first figure of a sentence that singles out a part ('Riêng làng gốm ...')
    remainder: bool = False        # what is left of a budget ('Còn 1,28 tỷ đồng chưa giải ngân', 'số còn lại ...')
    share_reached: bool = False    # said as a share of a budget right after it ('2,25 tỷ đồng, bằng 90% kinh phí ...')
    raises_next: bool = False      # added to the sum the sentence's next figure is ('thêm 1,2 tỷ đồng, nâng tổng ... lên')
    places_none: bool = False      # its sentence names no province: its province is the article's subject's by default
    dateline_only: bool = False  # its sentence names no province; its paragraph's dateline does
    line_start: int = 0  # where the line its sentence stands on starts
    place_provinces: frozenset[str] = frozenset()  # the provinces of the districts and communes its sentence names
    contrasted: bool = False       # its sentence opens by setting it against what came before ('Trong khi đó, ...')
    undated: bool = False          # its sentence names no year: its period is one said before it
    years_summed: bool = False     # its count adds up the years told one by one before it (_count_of_the_years)
    one_of: bool = False           # its count is what the figure before is one of ('Đây là 1 trong 4 đề án ...')
    joined: bool = False           # joined to the figure before it by 'và', no breakdown cue between: its sibling
    bare_purpose: bool = False     # a later item of a purposes' list, its purpose named like a programme (_BARE_ITEM)
    share_pct: float | None = None  # said as this percentage of a budget right after it ('chiếm 15% tổng kinh phí ...')
    record: FundingRecord | None = None

    def money(self) -> list[Fact]:
        """Its amounts, the one said after its bracketed breakdown last."""
        return [f for f in self.facts if f.type == "money"] + ([self.late_money] if self.late_money else [])

    def record_projects(self) -> int | None:
        """Its count of projects, if it gives one."""
        return next((f.value for f in self.facts if f.type == "project_count"), None)


OWN_TOPIC = "khuyến công"  # the topic of an article that names khuyến công itself (FundingBuilder._topic)


class FundingBuilder:
    """Builds ``FundingRecord``s from the facts of one article.

    Four passes: (1) the figures of each sentence that can be programme money (a programme named in the
    sentence, or the article's topic; no price, counterpart money, rate or average); (2) counts and amounts
    of one clause joined into drafts; (3) scope, status, period, province, qualifier and purpose of each
    draft from its clause; (4) across the article: a part takes its whole's scope, a headline repeated in
    the body takes the body's attributes, ``part_of`` links each part to its whole, and ``headline`` marks
    what totals add.
    """

    def __init__(self) -> None:
        cues = data.funding_cues()
        # (a level's words hold across an aside the key blanked: 'khuyến công quốc gia (KCQG) và địa phương (KCĐP)')
        self.scope = [(regex.compile(p.pattern.replace(r"\ ", r"\s+")), v) for p, v in _each_cue(cues["scope"])]
        # (work stopped or cancelled is a status of its own kind, also looked for past a count's description)
        # projects put forward for the national programme's money ('Sở Công Thương đăng ký 3 đề án khuyến công quốc
        # gia'): what the next sentence tells finished is what was approved of them, not the request; not the
        # registrations the status cues name as none ('đăng ký nhãn hiệu', 'đăng ký kinh doanh', ...)
        registered_not = [c[len("đăng ký "):] for c, v in cues["status"] if c.startswith("đăng ký ") and v == "none"]
        self.registered = regex.compile(rf"(?<!\p{{L}})đăng ký(?!\s+(?:{_alt(registered_not)}))(?!\p{{L}})")
        self.status = _each_cue(sorted(cues["status"] + cues["stopped"], key=lambda c: -len(c[0]))) + \
            [(_AWAITING_APPROVAL, "planned")]
        self.stopped = whole_words([c for c, _ in cues["stopped"]])
        self.frame = _each_cue(cues["frame"])
        self.heading_plan = whole_words([c for c, _ in cues["heading_plan"]])
        self.completed = whole_words([c for c, _ in cues["completed"]])
        self.programme = whole_words([c for c, _ in cues["programme"]])
        self.sector = whole_words([c for c, _ in cues["sector"]])  # (programme cues that name no source)
        # the programme families other than khuyến công, for a figure's own clause (_family)
        self.families = [(whole_words([c for c, v in cues["programme"] if v == fam]), fam)
                         for fam in sorted({v for _, v in cues["programme"]} - {"khuyến công"}, reverse=True)]
        # (a cue ending ' #' only right before a figure, as the status cues read it: money set aside, 'dành 5,5 tỷ đồng')
        self.support = regex.compile("|".join(p.pattern for p, _ in _each_cue(cues["support"])))
        self.carried = regex.compile("|".join(p.pattern for p, _ in _each_cue(cues["carried"])))
        # an event noun right before a family's name: the event's kind ('hội chợ xúc tiến thương mại'), no programme
        self.activity = regex.compile(rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['activity']])})\s+$")
        # an event held, in a clause of its own after a count, up to the amount: the amount is the event's ('hoàn thành
        # 6 đề án còn lại, tổ chức hội chợ ... với kinh phí 450 triệu đồng')
        self.event_clause = regex.compile(rf",\s*(?:và\s+)?(?:tổ chức|tham gia|mở)\s+(?:\d+\s+|các\s+|một\s+)?"
                                          rf"(?:{_alt([c for c, _ in cues['activity']])})(?!\p{{L}})[^,;()]*$")
        # a verb of paying out right before an amount, with its qualifier ('chi hơn 95 triệu đồng')
        # the verbs of setting money aside for the work ('dành', 'bố trí', 'phân bổ')
        self.set_aside = whole_words([c for c, _ in cues["set_aside"]])
        # (not a noun of spending: 'chi khác 100 triệu đồng' is an item of a plan, 'chi phí' a cost)
        self.spend = regex.compile(rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['spend']])})(?!\s+(?:khác|phí)(?!\p{{L}}))"
                                   rf"\s+(?:\p{{L}}+\s+)?\d")
        # an amount that its sentence says was spent or set aside, in the passive after it ('Ngoài ra, 120 triệu đồng
        # được dùng để tổ chức lớp tập huấn'): the spending is told of the amount, as after 'chi' before it
        self.spent_passive = regex.compile(
            rf"\d[\d.,]*\s*(?:[^\s\d]+\s+){{0,2}}?(?:còn lại\s+|này\s+)?(?:cũng\s+|đã\s+|sẽ\s+)?được\s+"
            rf"(?:{_alt([c for c, _ in cues['spend'] + cues['set_aside']])})(?!\p{{L}})")
        self.agent = whole_words([c for c, _ in cues["agent"]])
        self.exclude = regex.compile(
            rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['exclude']])})(?!\p{{L}})(?P<between>[^,;.]{{0,25}})$")
        self.not_funding = whole_words([c for c, _ in cues["not_funding"]])
        self.counterpart = whole_words([c for c, _ in cues["counterpart"]])
        # what the beneficiaries put in, named with whose it is ('giá trị đầu tư của các doanh nghiệp', 'vốn đầu tư
        # của cơ sở', 'tổng mức đầu tư của hợp tác xã')
        self.their_investment = regex.compile(
            rf"(?<!\p{{L}})(?:vốn|giá trị|mức|kinh phí|tiền)\s+đầu tư\s+của\s+(?:các\s+|những\s+)?"
            rf"(?:{_alt([c for c, _ in cues['beneficiary']])})(?!\p{{L}})")
        self.exclude_far = whole_words([c for c, _ in cues["exclude_far"]])
        # public works built with the amount, told right after it: a verb of building, then the works within a few words
        works = _alt([c for c, _ in cues["public_works"]])
        building = rf"(?:{_alt([c for c, _ in cues['public_works_verb']])})\s+(?:\p{{L}}+\s+){{0,3}}?"
        self.public_works = regex.compile(rf"\s*(?:để\s+)?{building}(?:{works})(?!\p{{L}})")
        # ... or told before it, as what the amount is the cost of ('Kinh phí xây dựng đường giao thông nông thôn ở xã
        # Long Thuận là 12 tỷ đồng'); not the market's 'cung cầu'
        self.public_works_before = regex.compile(rf"(?<!\p{{L}}){building}(?<!cung\s)(?:{works})(?!\p{{L}})")
        # a beneficiary, then within twelve words an outlay verb, then the rest of the clause up to the amount
        self.own_outlay = regex.compile(
            # (the owner's name and where the business stands may come between: 'Anh Nguyễn Văn Tú ở xã Vạn Điểm,
            # huyện Thường Tín đầu tư 2 tỷ đồng')
            rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['beneficiary']])})"
            rf"(?:\s+\p{{L}}+|,\s*(?:{under_province()}|tỉnh)(?!\p{{L}})){{0,12}}?\s+(?:đã\s+)?"
            # (what was bought may be a list: 'Ba cơ sở ... đã đầu tư thùng ủ, hệ thống lọc và máy chiết rót với
            # tổng vốn 4,2 tỷ đồng'; _own_outlay_in reads a rest with commas)
            rf"(?:{_alt([c for c, _ in cues['outlay']])})(?!\p{{L}})(?P<rest>[^;:]*)$")
        # the beneficiaries' need, in the clause before an amount ('Nhu cầu vốn hỗ trợ của các cơ sở là 7 tỷ đồng',
        # 'Nhu cầu kinh phí khuyến công của các cơ sở ...'):
        # what they asked for, neither planned nor given (a programme's own need in its plan, 'tổng nhu cầu kinh phí
        # là 52 tỷ đồng', is its budget)
        # (or the beneficiaries named before it, their need after them: 'hồ sơ đề nghị hỗ trợ của 27 cơ sở ... với tổng
        # nhu cầu kinh phí khoảng 8 tỷ đồng')
        beneficiary = _alt([c for c, _ in cues['beneficiary']])
        self.their_need = regex.compile(
            rf"(?<!\p{{L}})nhu cầu(?:\s+(?:vốn|kinh phí))?(?:\s+(?:hỗ trợ|khuyến công))?\s+của\s+(?:các\s+|những\s+)?"
            rf"(?:{beneficiary})(?!\p{{L}})[^,;:]*$"
            rf"|(?<!\p{{L}})(?:của|cho)\s+(?:các\s+|những\s+|\d+\s+)?(?:{beneficiary})(?!\p{{L}})[^,;:.]{{0,60}}?"
            r"(?<!\p{L})với\s+(?:tổng\s+)?nhu cầu(?:\s+(?:vốn|kinh phí))?(?:\s+(?:là|khoảng|hơn|gần|trên))?\s*$")
        # the rest of a cost put up by a beneficiary ('..., số còn lại do hợp tác xã gốm Hương Canh bố trí')
        self.rest_by_beneficiary = regex.compile(
            rf"\s*(?:là\s+)?(?:do|của)\s+(?:các\s+|những\s+)?(?:{_alt([c for c, _ in cues['beneficiary']])})(?!\p{{L}})")
        self.rate = whole_words([c for c, _ in cues["rate"]])
        self.rate_except = whole_words([c for c, _ in cues["rate_except"]])
        self.rate_level = whole_words([c for c, _ in cues["rate_level"]])
        self.extreme = regex.compile(rf"\s*,?\s*(?:{_alt([c for c, _ in cues['extreme']])})(?!\p{{L}})")
        # many beneficiaries before an amount, whose level of support is then a rate ('các cơ sở', '12 hộ', 'những
        # đề án'); a count of projects ('2 đề án, mức kinh phí 1,2 tỷ đồng') is given the amount, 'các đề án' each
        # their level; the number words from 2 up are rules/numbers.tsv's
        words = number_words()
        many = [w for w, k in words.kinds.items() if k in ("digit", "ten") and words.values[w] >= 2]
        self.many_given = regex.compile(
            rf"(?<![\p{{L}}\d,.])(?:(?:các|những|nhiều)\s+(?:đề án|dự án)|(?:các|những|nhiều|[2-9]|\d{{2,}}(?:\.\d{{3}})*|"
            rf"{_alt(many)})\s+(?:{_MANY_NOUNS}))(?!\p{{L}})")
        # an extreme right before an amount ('nhiều nhất nhận 300 triệu đồng'), 'ít nhất' too (checked for one before)
        self.extreme_before = regex.compile(
            rf"(?<!\p{{L}})({_alt([c for c, _ in cues['extreme']] + ['ít nhất'])}){_EXTREME_GAP}")
        self.breakdown = whole_words([c for c, _ in cues["breakdown"]])
        self.reason = whole_words([c for c, _ in cues["reason_link"]])  # a reason or contrast after a count's verb
        self.list_head = whole_words([c for c, _ in cues["list_head"]])
        # a sentence that opens by announcing the parts of what the sentence before stated ('... 12 đề án, kinh phí
        # 2,5 tỷ đồng. Các nội dung chính gồm: hỗ trợ 7 cơ sở ... 1,4 tỷ đồng; ...', 'Nội dung hỗ trợ gồm: ...'): a
        # 'list_head' noun, then a cue
        self.parts_announced = regex.compile(
            rf"\W*(?:(?:các|những)\s+)?(?:{_alt([c for c, _ in cues['list_head']])})(?:\s+\p{{L}}+){{0,2}}?"
            r"\s+(?:gồm|bao gồm|như sau|cụ thể)\s*:"
            # (or a short clause that counts the kinds then opens them with a colon: 'Kế hoạch tập trung vào 4 nội
            # dung: ...', 'Kinh phí dành cho các hoạt động sau: ...')
            rf"|\W*(?:\p{{L}}+\s+){{1,6}}?(?:\d+|các|những)\s+(?:{_alt([c for c, _ in cues['list_head']])})"
            r"(?:\s+(?:sau|chính|như sau|sau đây))?\s*:", regex.IGNORECASE)
        self.continues = regex.compile(rf"\W*(?:{_alt([c for c, _ in cues['continues']])})(?!\p{{L}})")
        self.continues_undated = regex.compile(rf"\W*(?:{_alt([c for c, _ in cues['continues_undated']])})(?!\p{{L}})")
        self.divides = regex.compile(rf"\W*(?:{_alt([c for c, _ in cues['divides']])})(?!\p{{L}})")
        self.additional = regex.compile(rf"^\W*(?:{_alt([c for c, _ in cues['additional']])})(?!\p{{L}})")
        self.purposes = _each_cue(data.funding_purposes())
        # "/ha", "/1 nhà"; not the sum it is out of, in words of scale: '1,07 tỷ đồng/1 tỷ 600 triệu đồng kế hoạch'
        # (each on the amount's own line, _SAME_LINE: a paragraph that ends with no stop is not followed by its rate,
        # 'kinh phí 480 triệu đồng' then, a paragraph later, 'Mỗi ngày làng cung cấp ...')
        self.per_unit = regex.compile(_SAME_LINE + r"/\s*(?:1\s*)?(?!(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\p{L}))\p{L}")
        # an amount for each year or month ('1,2 tỷ đồng mỗi năm', '50 triệu đồng hằng tháng') is a rate
        self.per_period = regex.compile(_SAME_LINE + r"(?:mỗi|một|hằng|hàng)\s+(?:năm|tháng|quý|vụ)(?!\p{L})")
        # an amount for each one ('10 triệu đồng cho mỗi sản phẩm', '5 triệu đồng cho từng hộ') is a rate
        self.per_each = regex.compile(_SAME_LINE + r"(?:(?:cho|với|trên)\s+)?(?:mỗi|từng)\s+\p{L}")
        # a budget noun, then (within its clause) a copula or colon right before the figure: a budget set (planned);
        # 'đạt' (reached) is no such copula ('tổng kinh phí hỗ trợ đạt 3 tỷ đồng' reports a result)
        self.budget_use = whole_words([c for c, _ in cues["budget_use"]])
        self.allocation = regex.compile(rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['allocation']])})(?!\p{{L}})"
                                        # (past the change it reached it by: 'kinh phí ... tăng 15% so với cùng kỳ, đạt')
                                        r"(?:[^,;.:()\s]|\s+){0,70}?(?:\s(?:tăng|giảm)\s[^,;.:()]{0,40},)?"
                                        r"(?:\slà|:|\sđạt|\s(?:chỉ\s+)?có|\schỉ(?:\s+là)?"
                                        r"|\s(?:tăng\s+lên|giảm\s+xuống|lên)(?:\s+(?:mức|còn))?)"
                                        r"\s*(?:\p{L}+\s)?$")  # (the level a budget was raised to is the budget; what a
        # budget has, 'kinh phí khuyến công địa phương năm 2025 của tỉnh chỉ có 2,1 tỷ đồng', or only is, '... chỉ
        # 1,2 tỷ đồng', is the budget)

    # -- pass 1: which figures can be programme money --------------------------------------------------
    def _topic(self, ctx: Context) -> bool | str:
        """The article is about a support programme: one named in its title, or in two sentences or more; ``OWN_TOPIC``
        (true too) when it names khuyến công itself, outside an aside."""
        key = ctx.lower
        # the khuyến công programme's own name once is enough: general news never names it (0 of 12,855
        # articles of shared/corpus-bulk), unlike a craft village or OCOP
        if any(not ctx.aside(m.start()) for m in _OWN_NAME.finditer(key)):
            return OWN_TOPIC
        if ctx.title and self.programme.search(key, ctx.title[0], ctx.title[1]):
            return True
        hits = {ctx.sentence_of(m.start()) for m in self.programme.finditer(key) if not ctx.aside(m.start())}
        return len(hits) >= 2

    def _clause_before(self, key: str, s_start: int, pos: int) -> str:
        """The text from the last clause break (',' ';' ':') before ``pos`` in its sentence, up to ``pos``."""
        m = last_match(_CLAUSE_BREAK_ALL, key, s_start, pos)
        return key[m.end() if m else s_start:pos]

    def _clause_past_list(self, key: str, s_start: int, pos: int) -> int:
        """Where the clause of ``pos`` starts when the commas before it only part a list's short items (no digit,
        at most four words each: 'hỗ trợ 5 cơ sở sản xuất bánh pía, bánh tét lá cẩm | mua máy' is one clause) or
        its counted beneficiaries ('hỗ trợ 5 cơ sở chế biến điều, 2 cơ sở chế biến tiêu | mua máy', also named in full:
        '2 cơ sở công nghiệp nông thôn chế biến tiêu')."""
        start = pos - len(self._clause_before(key, s_start, pos))
        while start - 1 > s_start and key[start - 1] == "," and (
                len(key[start:pos].split()) <= 4 and not any(c.isdigit() for c in key[start:pos])
                or len(key[start:pos].split()) <= 12 and _COUNTED_BENEFICIARY_OPENS.match(key, start, pos)):
            pos = start - 1
            start = pos - len(self._clause_before(key, s_start, pos))
        return start

    def _nearest_exclusion(self, text: str) -> regex.Match | None:
        """The exclusion cue nearest the end of ``text`` (the figure): of 'số đề án tăng 4 và kinh phí tăng 600
        triệu đồng' the second 'tăng' is the amount's, whatever budget noun stands after the first."""
        found = self.exclude.search(text)
        while found and (later := self.exclude.search(text, found.start() + 1)):
            found = later
        return found

    def _asked_for(self, key: str, s_start: int, pos: int) -> bool:
        """The figure at ``pos`` is what a need, its clause's subject, amounts to, whatever budget noun it names ('...,
        trong khi nhu cầu đăng ký lên tới 40 đề án với tổng kinh phí đề nghị 9 tỷ đồng'): asked for, neither planned
        nor given, so no record (nor a count added to the work done before it). A sentence that opens on the need,
        no figure before this one, is its clause over the commas of lists ('Trong khi đó, nhu cầu hỗ trợ của các cơ sở
        chế biến hạt dẻ, miến dong, bánh cuốn ... ước khoảng 3 tỷ đồng')."""
        return _NEED_CLAUSE.match(self._clause_before(key, s_start, pos)) is not None or \
            not _DIGIT.search(key, s_start, pos) and _NEED_CLAUSE.match(key, s_start, pos) is not None

    def _is_programme_money(self, key: str, s_start: int, s_end: int, f: Fact, cased: str) -> bool:
        if f.currency not in (None, "VND", "USD"):
            return False
        if _PAID_TO_PERSON.search(cased, max(s_start, f.start - 40), f.start):
            return False  # a person named by title is paid ('chi cho bà Bích'): the cased text tells a name
        if self._is_rate(key, s_start, f):
            return False
        before = self._clause_before(key, s_start, f.start)
        condition = _HYPOTHETICAL.search(before, max(0, len(before) - 80))
        if condition and not _A_YEAR.search(before, condition.end()):
            return False  # a sum supposed, not planned or paid: 'Nếu được hỗ trợ 300 triệu đồng, cơ sở sẽ mua ...'
        if self._asked_for(key, s_start, f.start):
            return False
        if _LENDER_BEFORE.search(before) or _LENT_AFTER.match(key, f.end, s_end):
            return False  # a bank's loans: 'Ngân hàng ... đã giải ngân 45 tỷ đồng cho vay các cơ sở', no support given
        # ('hơn' may be the money's own qualifier: 'cao | hơn 1,1 tỷ đồng')
        lead = key[max(s_start, f.start - 20):f.start] + ("hơn " if key.startswith("hơn", f.start) else "")
        if _MORE_THAN.search(lead) and _COMPARED_TO.match(key, f.end) or \
                _DIFFERENCE_AFTER_BASE.search(key, max(s_start, f.start - 60), f.start + lead.endswith("hơn ") * 4) or \
                _CONJOINED_DELTA.search(key, max(s_start, f.start - 80), f.start):
            return False
        if _in_compared_base(key, s_start, f.start) or _INSTEAD_OF.search(key, max(s_start, f.start - 25), f.start):
            return False
        if _taken_back(key, s_start, s_end, f):
            return False
        # (a count may stand with it: 'từ 12 đề án, 2,2 tỷ đồng xuống còn 10 đề án, 1,85 tỷ đồng')
        if _FROM_VALUE.search(key, max(s_start, f.start - 30), f.start) and _TO_VALUE.match(key, f.end):
            return False  # the value a change left ('điều chỉnh kế hoạch từ 2,5 tỷ đồng xuống còn 1,8 tỷ đồng'): the new
            # value after it is the statement
        lo = max(s_start, f.start - 40)
        amount_before = last_match(_AMOUNT_IN, key, lo, f.start)
        joiner = last_match(_ITEM_JOINER, key, amount_before.end(), f.start) if amount_before else None
        if joiner:
            # (the words of the item before, up to its amount and the joiner after it, are not this one's: '..., gồm 200
            # triệu đồng mua máy thêu và 120 triệu đồng đào tạo thợ thêu' prices nothing at 120 triệu)
            lo = joiner.end()
        excluded = self._nearest_exclusion(key[lo:f.start])
        if excluded and (_NEW_LEVEL.match(excluded.group()) or _LEVELS_LISTED.match(excluded.group())):
            # the new level a change reached, a statement of it: 'kinh phí ... tăng lên 800 triệu đồng'; levels listed
            # after a colon: 'kinh phí qua các năm tăng dần: năm 2021 là 2,4 tỷ đồng, ...'
            excluded = None
        paid_value = (_PAID_VALUE.search(key, lo, f.start) or _PROJECTS_CONTRACT_VALUE.search(key, s_start, f.start)) \
            if excluded else None
        if paid_value and paid_value.start() <= lo + excluded.start() < paid_value.end():
            # the sum paid out or given, not a price: 'giá trị giải ngân đạt 17,9 tỷ đồng', 'tổng giá trị giải thưởng là ...'
            excluded = None
        if excluded and _WORTH_OF_PROJECTS.search(key, lo, f.start):
            excluded = None  # what the programme's projects were worth: 'tổng giá trị 2 đề án 1,6 tỷ đồng'
        if excluded and excluded.group().startswith("thu hồi") and _REPAID_KIND.search(key, lo, lo + excluded.start()):
            excluded = None  # support paid back or not ('hỗ trợ có thu hồi 200 triệu đồng'): a kind of support
        if excluded and excluded.group().startswith("lãi") and _INTEREST_PAID.search(key, lo, lo + excluded.start()):
            excluded = None  # interest paid for producers: 'ngân sách tỉnh hỗ trợ lãi suất 450 triệu đồng cho 20 hộ'
        if excluded and excluded.group().startswith("bán") and _SALES_PLACE.search(key, lo, lo + excluded.start()):
            excluded = None  # a place of sale, built or run with support ('hỗ trợ xây dựng điểm bán hàng OCOP 2,1 tỷ')
        if excluded and _ENERGY_SAVING.match(excluded.group()):
            excluded = None  # what kind of kiln or machine, not money saved ('lò ... tiết kiệm năng lượng: 700 triệu đồng')
        worth = _WORTH_BEFORE.search(key, lo, f.start)
        # (the worth of what the programme gave is the support, whichever price word, near or far, it trips)
        given = worth is not None and self._gift_worth(key, s_start, s_end, f, worth.start())
        if excluded and given:
            excluded = None
        at = lo + excluded.start() if excluded else f.start
        if excluded and not _BUDGET_NOUN.search(excluded.group("between")) and not (
                excluded.group().startswith("mua")
                # (a support verb in the clause of 'mua', which a label's colon may end: 'Hỗ trợ cơ sở X mua máy
                # đóng gói: 180 triệu đồng'; or in the head of the list it is an item of)
                and (_SUPPORT_VERB.search(key, self._clause_past_list(key, s_start, at), at)
                     or self._item_of_support_list(key, s_start, at))
                and not _PRICE_WORD.search(excluded.group("between"))):
            # a price or revenue; but 'hỗ trợ mua máy móc với kinh phí 2 tỷ' is the support's budget, and so is
            # what the programme helped buy ('hỗ trợ kinh phí mua máy móc với số tiền 150 triệu đồng'; not the
            # price of the machine: 'hỗ trợ mua máy trị giá 500 triệu đồng')
            return False
        # (up to the next item of a list: '6,6 tỷ đồng và kinh phí do các DN thụ hưởng 4,3 tỷ đồng' is two sources)
        after = _NEXT_ITEM.split(key[f.end:self._clause_end(key, f.end, s_end)], 1)[0][:40]
        if _NOT_PROGRAMME_AFTER.match(key, f.end, s_end):
            return False  # raised by others, or a seller's offer: '80 triệu đồng do em và các bạn vận động tài trợ'
        # (also past the source it names right after it, unless that is the programme's: '12 tỷ đồng từ chương trình
        # nông thôn mới để làm đường giao thông')
        source = _SOURCE_SAID.match(key, f.end, s_end)
        works_at = source.end() if source and not self.programme.search(source.group()) else f.end
        if (self.public_works.match(key, works_at, s_end) or self.public_works_before.search(before)) and \
                not _SUPPORT_VERB.search(before) and not self._names_source(before):
            # public works: '... đầu tư 12 tỷ đồng làm đường giao thông, bãi đỗ xe ...'; not what the programme's
            # support built ('kinh phí khuyến công hỗ trợ 1,5 tỷ đồng nâng cấp hệ thống thoát nước làng nghề')
            return False
        brk = f.start - len(before) - 1  # the clause break before this clause, if it has one
        if brk >= s_start and _BARE_PREDICATE.fullmatch(before):
            told = self._clause_before(key, s_start, brk)
            figure_of = self.exclude.search(key[max(s_start, brk - 40):brk])
            if figure_of and figure_of.group().startswith(("tăng", "giảm")) and _BUDGET_NOUN.search(told):
                figure_of = None  # the level a budget reached after its change ('kinh phí ... tăng gấp đôi, đạt 4 tỷ')
            if figure_of and not _BUDGET_NOUN.search(figure_of.group("between")) and not _SUPPORT_VERB.search(told) \
                    and not (figure_of.group().startswith("mua") and self._item_of_support_list(key, s_start, brk)):
                # the clause only gives the figure of a loss, price or revenue told before it ('bị thiệt hại nặng, ước
                # tính hơn 12 tỷ đồng'); not of support ('hỗ trợ 40% kinh phí mua dây chuyền, tương đương 280 triệu')
                return False
            before = told + key[brk:f.start]
        far, text = self.exclude_far.search(before), before
        if far is None:
            far, text = self.exclude_far.search(after, 0, 25), after
        if far and text is before and (_SUPPORT_VERB.match(before, far.end() + 1) or _PRIZES.match(before, far.end() + 1)
                                       or _PAID_VALUE.match(before, far.start()) or _OF_PROJECTS.match(before, far.end())):
            # 'tổng giá trị hỗ trợ là 1,2 tỷ đồng': the value of the support, not an economy's output; likewise the
            # prizes a contest awarded ('Tổng giá trị giải thưởng là 150 triệu đồng, ... từ nguồn kinh phí khuyến công'),
            # or of what was paid out ('tổng giá trị giải ngân 3,42 tỷ đồng')
            far = None
        if far and text is before and (given or _PROJECTS_CONTRACT_VALUE.search(key, s_start, f.start)):
            far = None  # '... bàn giao 5 máy may ..., tổng giá trị 320 triệu đồng'; '... 12 đề án ..., tổng giá trị
            # hợp đồng 2,76 tỷ đồng'
        if far and _TECHNOLOGY.match(text, far.end()):
            far = None  # 'vốn đầu tư công nghệ': capital for technology, not public investment
        # (a lender's or owner's money named before an amount that comes before this one is that amount's: 'vay ngân
        # hàng 1,2 tỷ đồng và được khuyến công hỗ trợ 150 triệu đồng')
        amounts = list(_AMOUNT_IN.finditer(before))
        own = before[amounts[-1].end():] if amounts else before
        label = _OWN_BRACKET_LABEL.search(own)
        if label:
            # (a bracket that opens with the amount's own budget noun says what it is, whatever the words before it
            # told: '01 đề án không thực hiện do cơ sở không đủ vốn đối ứng (kinh phí 320 triệu đồng)')
            own = own[label.start() + 1:]
        tail = own[-60:]
        theirs = self._their_money_named(tail)
        if theirs is None and not _SHARE_AFTER.match(key, f.end, s_end):
            # (their investment named as theirs, not broken down after it into the programme's share, which reads the
            # whole as the work's cost: 'Tổng vốn đầu tư của các cơ sở là 3,6 tỷ đồng, trong đó ... khuyến công ...')
            theirs = self.their_investment.search(tail)
        if theirs and _COUNT_IN.search(tail, theirs.end()) and not _ATTRACTING.match(tail, theirs.start()):
            # what the projects a place gave were worth ('khu vực ... cũ đóng góp 61 đề án với 13,5 tỷ'); not the
            # investors' projects attracted ('thu hút 96 dự án với tổng vốn 5.200 tỷ đồng')
            theirs = None
        if theirs and _PAID_TO.search(tail, 0, theirs.start()):
            theirs = None  # paid to the beneficiaries, not by them ('tạm ứng cho các đơn vị thụ hưởng 430 triệu đồng')
        if theirs and _OWN_LABEL_AFTER.search(tail, theirs.end()):
            # (named in a clause before the amount's own label: '... ký hợp đồng ... với các đơn vị thụ hưởng, tổng giá
            # trị hợp đồng 2,76 tỷ đồng')
            theirs = None
        theirs_after = self._their_money_named(after)
        if theirs_after and _TO_THEM.fullmatch(after, 0, theirs_after.start()):
            theirs_after = None  # paid to them, right after it ('tạm ứng 800 triệu đồng cho các đơn vị thụ hưởng')
        if theirs or theirs_after or far:
            return False
        mostly = _MOSTLY.match(key, f.end, s_end)
        if mostly and self.counterpart.search(key, mostly.end(), min(s_end, mostly.end() + 40)):
            return False
        if self.their_need.search(before):
            return False
        if _WISHED_FOR.search(key, s_start, f.start):
            return False  # a wish, not a plan: '... mong được tiếp tục hỗ trợ xây dựng hệ thống xử lý nước thải, dự
            # kiến khoảng 3 tỷ đồng'
        if _RAISED.search(before) and not self._names_source(before):
            return False  # money raised from all sources ('huy động hơn 18.600 tỷ đồng cho xây dựng nông thôn mới')
        if (_INVESTED_IN_FACILITY.match(key, f.end) or _FACILITY_WORTH.search(before)) and \
                not _SUPPORT_VERB.search(before) and not self.programme.search(before) and \
                not _SHARE_AFTER.match(key, f.end, s_end) and self._programme_pays_after(key, f.end, s_end):
            # a plant's cost or worth beside what the programme gave in a clause of its own ('Kon Tum: hơn 100 tỷ đồng
            # đầu tư nhà máy sâm, khuyến công hỗ trợ 400 triệu'): the business's investment, no programme money (not a
            # worth split into the programme's share, read as such below: 'Tổng vốn đầu tư cho dây chuyền là 3,2 tỷ
            # đồng, trong đó kinh phí khuyến công địa phương hỗ trợ 450 triệu đồng')
            return False
        upto = key[s_start:f.start]
        outlay = self.own_outlay.search(upto)
        # (a support verb in the clause of the one who spends makes it the programme's: 'hỗ trợ cơ sở đầu tư ...'; not
        # one of a clause before: 'Với sự hỗ trợ 200 triệu đồng ..., gia đình anh đầu tư thêm 800 triệu đồng')
        if outlay and "," in outlay.group("rest") and (_SUPPORT_VERB.search(outlay.group("rest")) or
                                                      _OWN_NAME.search(outlay.group("rest"))):
            outlay = None  # a clause of the programme's after the outlay's ('..., khuyến công cấp 100 triệu đồng')
        if outlay and not _SUPPORT_VERB.search(upto, max(upto.rfind(c, 0, outlay.start()) for c in ",;:") + 1,
                                               outlay.start()) and not _BUDGET_NOUN.search(outlay.group("rest")):
            return False  # the beneficiary's own money: 'cơ sở đầu tư 2 tỷ đồng mua máy'
        return True

    def _programme_pays_after(self, key: str, pos: int, s_end: int) -> bool:
        """A later clause of the sentence names the programme and gives an amount with a verb of support ('...,
        khuyến công hỗ trợ 400 triệu đồng'); or the words up to the next amount do, the works' owner receiving it
        ('nhà máy sâm 100 tỷ đồng của Công ty ... nhận hỗ trợ khuyến công 400 triệu đồng')."""
        for m in _AMOUNT_IN.finditer(key, pos, s_end):
            clause = self._clause_before(key, pos, m.start())
            if len(clause) < m.start() - pos and self.programme.search(clause) and _SUPPORT_VERB.search(clause):
                return True
            if self.programme.search(key, pos, m.start()) and _RECEIVES_SUPPORT.search(key, pos, m.start()):
                return True
        return False

    def _their_share_listed(self, key: str, region: tuple[int, int], money_facts: list[Fact]) -> bool:
        """A breakdown in ``region`` gives a public source's amount first and, among the later amounts, one said to be
        the beneficiaries' own ('..., trong đó kinh phí khuyến công quốc gia 500 triệu đồng, ..., đối ứng của các cơ
        sở 400 triệu đồng')."""
        lo, hi = region
        parts = [f for f in money_facts if lo <= f.start < hi]
        if len(parts) < 2 or not self._names_source(key[lo:parts[0].start]):
            return False
        return any(self._their_money_named(key[a.end:b.start]) for a, b in zip(parts, parts[1:]))

    def _adds_up_with_their_share(self, key: str, d: _Draft, s_start: int, s_end: int, money_facts: list[Fact]) -> int:
        """How many public shares the amounts after a whole in its sentence name, when they add up to it exactly and
        one of them is named as the beneficiaries' own ('12 đề án ... có tổng vốn đầu tư 9,6 tỷ đồng, trong đó kinh
        phí khuyến công hỗ trợ 2,4 tỷ đồng, vốn đối ứng của cơ sở 7,2 tỷ đồng': one): the whole includes their money,
        however many works it counts; else 0. Not other sources ('nguồn khác', 'vốn xã hội hóa'): a programme's whole
        budget from several sources stays, and so does one named as the programme's work, not works' ('Kinh phí thực
        hiện công tác khuyến công năm 2024 là 5 tỷ đồng, trong đó ngân sách tỉnh 3 tỷ đồng và vốn đối ứng của doanh
        nghiệp 2 tỷ đồng')."""
        whole = d.money()
        g_end = d.facts[-1].end
        if not whole or not _WORKS_WHOLE.search(key, s_start, whole[0].start):
            return 0
        later = _without_nested_parts([f for f in money_facts if g_end <= f.start < s_end])
        if len(later) < 2 or sum(f.value for f in later) != whole[-1].value:
            return 0
        theirs = [bool(_THEIR_OWN.search(key, a.end, b.start) and self._their_money_named(key[a.end:b.start]))
                  for a, b in zip([d.facts[-1], *later], later)]
        return theirs.count(False) if any(theirs) else 0

    def _shares_with_theirs(self, ctx: Context, key: str, d: _Draft, s_start: int, s_end: int,
                            after: tuple[int, int] | None, money_facts: list[Fact]) -> int:
        """_adds_up_with_their_share in the whole's sentence, else through ``after``, the next sentence of its
        paragraph (_next_in_paragraph) that may give the shares instead, else through the sentence after that one when
        the paragraph goes on ('Đề án ... có tổng kinh phí 2,4 tỷ đồng. Phần hỗ trợ từ ngân sách là 700 triệu đồng,
        gồm ... Doanh nghiệp đối ứng 1,7 tỷ đồng.')."""
        shares = self._adds_up_with_their_share(key, d, s_start, s_end, money_facts)
        if shares or after is None:
            return shares
        shares = self._adds_up_with_their_share(key, d, s_start, after[1], money_facts)
        third = ctx.sentence_of(after[1] + 1) if after[1] < len(key) else None
        if shares or third is None or ctx.sentence_span(third)[0] < after[1] or \
                ctx.paragraph_break(after[1], ctx.sentence_span(third)[0]):
            return shares
        return self._adds_up_with_their_share(key, d, s_start, ctx.sentence_span(third)[1], money_facts)

    def _their_money_named(self, text: str) -> regex.Match | None:
        """The first counterpart cue in ``text`` that is not said to be lacking ('bị hủy do cơ sở không đủ vốn đối
        ứng': the reason a project stopped, not the beneficiaries' money)."""
        for m in self.counterpart.finditer(text):
            # (nor the interest on a loan that support pays: 'hỗ trợ lãi suất vay vốn cho 4 cơ sở 250 triệu đồng')
            if not _LACKING.search(text, max(0, m.start() - 30), m.start()) and \
                    not _INTEREST_ON.search(text, max(0, m.start() - 12), m.start()):
                return m
        return None

    @staticmethod
    def _item_of_support_list(key: str, s_start: int, at: int) -> bool:
        """Position ``at`` is in an item of a list (after a colon, past a semicolon) whose head or first item gives
        support, or whose head details the sentence before ('Cụ thể: Hỗ trợ Công ty A mua máy đóng gói 250 triệu
        đồng; HTX B mua máy sao chè 200 triệu đồng'): each item names what the support bought."""
        colon = key.find(":", s_start, at)
        if colon < 0:
            # (or items after ';' with no colon, each opening with its count of beneficiaries, after a first item that
            # gives support: '... hỗ trợ 3 hợp tác xã đầu tư máy xay xát, với kinh phí 560 triệu đồng; 1 hợp tác xã
            # cam Cao Phong mua máy rửa cam, 190 triệu đồng')
            first, last = key.find(";", s_start, at), key.rfind(";", s_start, at)
            return first >= 0 and bool(_SUPPORT_VERB.search(key, s_start, first)) and \
                _COUNTED_BENEFICIARY_OPENS.match(key, last + 1, at) is not None
        head, semicolon = key[s_start:colon], key.find(";", colon, at)
        return bool(_SUPPORT_VERB.search(head) or semicolon >= 0 and _PART_OPENER.fullmatch(head.rstrip())
                    and _SUPPORT_VERB.search(key, colon, semicolon))

    @staticmethod
    def _gift_worth(key: str, s_start: int, s_end: int, f: Fact, worth: int) -> bool:
        """The worth word at ``worth`` before amount ``f`` follows a thing the programme gave (_GIFT_WORTH), not
        bought with its help, and no share of that worth is told after it: the worth is the support."""
        gift = _GIFT_WORTH.search(key, max(s_start, f.start - 200), worth) or \
            _COUNTED_PROJECTS.search(key, max(s_start, f.start - 120), worth)
        return bool(gift and not _BUYING.search(gift.group()) and not _SHARE_AFTER.match(key[f.end:s_end]))

    def _without_parts_of_dropped(self, key: str, s_start: int, items: list[Fact], kept: list[Fact]) -> list[Fact]:
        """``kept`` less each amount that breaks down the amount before it in the sentence (a 'breakdown' cue of
        rules/funding_cues.tsv between them) when that one was no programme money: the part of a bank's lending is
        lending too ('Ngân hàng Chính sách xã hội đã giải ngân 450 tỷ đồng cho vay ưu đãi, trong đó 120 tỷ đồng cho
        các hộ sản xuất'); not a part that names its own programme or support ('cơ sở đầu tư 2 tỷ đồng, trong đó
        khuyến công hỗ trợ 300 triệu đồng'); but every part of a rate, which is a rate too ('hỗ trợ 15 triệu đồng/ha, trong
        đó hỗ trợ 5 triệu đồng cho giống mới', as _breaks_down_a_rate reads the parts said in a sentence of their own)."""
        money = [f for f in items if f.type == "money"]
        dropped = {id(f) for f in money if f not in kept}
        parts, of_rate, priced = set(), set(), set()
        for a, b in zip(money, money[1:]):
            semicolon = key.rfind(";", a.end, b.start)
            # (not after an aside of a kept item's own: 'Thanh Hóa bố trí 12 tỷ đồng, tăng 3 tỷ đồng so với năm 2024;
            # Nghệ An 8,5 tỷ đồng' lists budgets)
            own_item = key.rfind(";", s_start, a.start) + 1 or s_start
            if id(a) in dropped and semicolon >= 0 and not regex.search(r"\.(?!\d)", key[a.end:b.start]) and \
                    not any(f in kept and own_item <= f.start < a.start for f in money) and \
                    (id(a) in priced or self.exclude.search(key, max(s_start, a.start - 40), a.start)):
                # the next item of a list of priced things ('gồm: bình đồng (..., giá khởi điểm là 995.450.000 đồng);
                # ...; hộp pháp lam (..., 532.450.000 đồng)'): priced too, unless its item names support or a source
                item = key[semicolon + 1:b.start]
                if not _SUPPORT_VERB.search(item) and not self._names_source(item):
                    parts.add(id(b))
                    priced.add(id(b))
                    dropped.add(id(b))
                    continue
            if _STATEMENT_END.search(key, a.end, b.start):
                continue
            if id(a) in of_rate:
                parts.add(id(b))  # the next part of the same rate ('... 5 triệu đồng cho giống và 10 triệu đồng cho ...')
                of_rate.add(id(b))
                continue
            if id(a) not in dropped:
                continue
            cue = last_match(self.breakdown, key, a.end, b.start)
            if cue and not _DIGIT.search(key, cue.end(), b.start):
                if self._is_rate(key, s_start, a):
                    # (no part is larger than its whole: 'tổng kinh phí dự kiến 40 tỷ đồng, bình quân 8 tỷ đồng/năm,
                    # trong đó ngân sách địa phương khoảng 30 tỷ đồng, ...' breaks down the sum, not the average)
                    if b.value is not None and a.value is not None and b.value > a.value:
                        continue
                    parts.add(id(b))
                    of_rate.add(id(b))
                elif self.public_works.match(key, a.end, cue.start()) and not _OWN_NAME.search(key, a.end, b.end):
                    # (a share of public works is public works, whoever pays it: '... huy động 1.200 tỷ đồng xây dựng
                    # đường giao thông nông thôn, trong đó ngân sách tỉnh hỗ trợ 450 tỷ đồng')
                    parts.add(id(b))
                elif not _SUPPORT_VERB.search(key, a.end, b.start) and \
                        not self._names_source(key[a.end:_clause_stop(key, b.end)]):
                    parts.add(id(b))
        return [f for f in kept if id(f) not in parts]

    def _breaks_down_a_rate(self, ctx: Context, key: str, sent: int, by_sentence: dict[int, list[Fact]]) -> bool:
        """A sentence that opens a breakdown ('Trong đó, hỗ trợ 5 triệu đồng cho ... và 10 triệu đồng cho ...')
        right after a sentence whose amounts are all rates ('hỗ trợ 15 triệu đồng/ha'): its parts are rates too. Not
        when an amount of its own is larger than every rate: a part of the figure told before the rate ('... tổng kinh
        phí 3,24 tỷ đồng. Mức hỗ trợ trung bình 180 triệu đồng/cơ sở. Trong đó, khu vực ... 1,02 tỷ đồng, ...')."""
        s_start, s_end = ctx.sentence_span(sent)
        if sent == 0 or not self.continues.match(key, s_start, s_end):
            return False
        p_start = ctx.sentence_span(ctx.prev_sentence(sent))[0]
        before = [f for f in by_sentence.get(ctx.prev_sentence(sent), ()) if f.type == "money"]
        if not before or not all(self._is_rate(key, p_start, f) for f in before):
            return False
        largest = max(f.value for f in before)
        return not any(f.type == "money" and f.value > largest for f in by_sentence.get(sent, ()))

    def _is_rate(self, key: str, s_start: int, f: Fact) -> bool:
        """An amount for each unit, year or one ('15 triệu đồng/ha', '1,2 tỷ đồng mỗi năm', '10 triệu đồng cho mỗi
        sản phẩm'), under a distributive subject or a class by its stars, or after a rate word ('tối đa',
        'bình quân'): a rate, ceiling or average, no record (ANNOTATION.md)."""
        if self.per_unit.match(key, f.end) or self.per_period.match(key, f.end) or self.per_each.match(key, f.end):
            return True
        if _SHARED_RATE_TAIL.match(key, f.end):
            return True  # ('hỗ trợ 5 triệu đồng, cho vay 15 triệu đồng/1 nhà': the unit is both amounts')
        if _WHOLE_SPAN.match(key, f.end):
            # ('mỗi năm hỗ trợ ít nhất 20 cơ sở, với kinh phí khoảng 30 tỷ đồng cả giai đoạn': the span's sum)
            return False
        # (the subject of the amount's own part of the sentence, past a ';': 'Mỗi sản phẩm đạt giải được thưởng 3 triệu
        # đồng; tổng kinh phí tổ chức là 180 triệu đồng' has one rate and one record)
        part_start = key.rfind(";", s_start, f.start) + 1 or s_start
        clause = self._clause_before(key, s_start, f.start)
        # (not a sum said in a clause of its own: 'Mỗi sản phẩm được thưởng 2 triệu đồng, tổng kinh phí khen thưởng 88
        # triệu đồng' has one rate and one record)
        own_sum = _SUM_NAMED.search(clause) is not None and not _DISTRIBUTIVE.match(clause)
        if _DISTRIBUTIVE.match(key, part_start, f.start) and not own_sum or _STAR_CLASS.search(clause):
            return True
        if _NEXT_STAR_CLASS.fullmatch(clause) and _STAR_NOUN.search(key, s_start, f.start - len(clause)):
            return True
        prev_amount = last_match(_AMOUNT_IN, clause)  # (the amount of the class before, in the same clause)
        if prev_amount and _NEXT_STAR_AFTER_AMOUNT.fullmatch(clause, prev_amount.end()) and \
                _STAR_NOUN.search(clause, 0, prev_amount.start()):
            return True
        if f.upper is not None and _GROUP_OF_MANY.match(clause):
            return True  # a group's range ('các địa phương còn lại từ 1 đến 1,5 tỷ đồng'): what each one got
        if _yearly_lead(key, s_start, f.start):
            return True  # 'Hằng năm, tỉnh bố trí khoảng 3 tỷ đồng ...': what each year gets, as 'Mỗi năm, ...'
        if _CEILING_WORD.match(key, f.start):
            return True  # the amount's own 'tối đa' ('đề án nhóm được hỗ trợ tối đa 1,5 tỷ đồng'): a ceiling
        # (not across a ';': 'bình quân mỗi năm khoảng 30 đề án; tổng kinh phí dự kiến 75 tỷ đồng' rates the count only)
        lo = max(s_start, f.start - 90, key.rfind(";", s_start, f.start) + 1)
        # (a capacity's own 'mỗi' is the machine's rate, not the amount's: 'công suất 1 tấn mỗi ngày, tổng giá trị ...')
        rate_text = _blank_matches(_CAPACITY_CLAUSE, self.rate_except.sub(" ", key[lo:f.start]))
        # a rate word before another amount is that amount's: 'mỗi hộ được hỗ trợ 40 triệu đồng, tổng kinh phí 200
        # triệu đồng'; only the words after the last amount before this one are this one's ('13 tỷ 400 triệu đồng,
        # bình quân mỗi năm 3,35 tỷ đồng' has two amounts' words before it)
        last = last_match(_AMOUNT_IN, rate_text)
        own = rate_text[last.end():] if last else rate_text
        if last and _RAISED_TO.fullmatch(own):
            own = rate_text  # (the later level of 'từ 300 triệu đồng lên 500 triệu đồng' reads the earlier's rate words)
        summed = last_match(_SUM_NAMED, own)
        brk = max(own.rfind(",", 0, summed.start()), own.rfind(";", 0, summed.start())) if summed else -1
        if brk >= 0:
            # (a sum named in a clause of its own after the rate: 'mỗi năm hỗ trợ 30 đề án, với tổng kinh phí cả giai
            # đoạn khoảng 40 tỷ đồng' rates the count only; so does 'giao mỗi huyện thực hiện ít nhất 1 đề án, tổng cộng
            # 13 đề án, kinh phí 2,6 tỷ đồng', its amount in the clause after the sum's)
            own = own[brk + 1:]
        if self.rate.search(own):
            return True
        yearly = [m for m in _PER_YEAR.finditer(own) if m.group().endswith("năm")]
        if yearly and not _A_YEAR.search(key, s_start, f.start):
            # a sentence of no year that says what the programme gets each year ('Kinh phí khuyến công địa phương
            # hằng năm của tỉnh chỉ khoảng 800 triệu đồng'): a yearly level, as 'mỗi năm'; not in a named yearly
            # plan ('kế hoạch khuyến công hằng năm', which _PER_YEAR leaves out) nor one year's ('Năm 2024, ...')
            return True
        level = last_match(self.rate_level, own)
        if level and _RESPECTIVE_AFTER.match(own, level.end()):
            level = None  # each one's own level, listed in turn: 'với mức hỗ trợ lần lượt là 200 triệu đồng, 180 ...'
        if level and (self.extreme.match(own, level.end()) or self.many_given.search(key, s_start, f.start)):
            return True  # 'các cơ sở được hỗ trợ với mức hỗ trợ 20 triệu đồng', 'có mức hỗ trợ cao nhất, 320 triệu'
        # the largest or smallest one beneficiary got ('nhận nhiều nhất 300 triệu đồng, ít nhất 50 triệu đồng'); 'ít
        # nhất' is such an extreme only after another one in the sentence (it also opens the amount's own text, as its
        # qualifier: 'giải ngân ít nhất 3 tỷ đồng' is a floor)
        extreme = self.extreme_before.search(key, max(s_start, f.start - 30), f.start)
        if extreme and (_FOR_PROJECTS.match(key, f.end) or _YEAR_RANKED.search(key, s_start, extreme.start())
                        or _PROJECT_RANKED.search(key, max(s_start, extreme.start() - 60), extreme.end(1))
                        or _PROJECT_OF_ONE.search(key, key.rfind(";", s_start, extreme.start()) + 1 or s_start,
                                                  extreme.start())):
            # (the most a province got, with its projects: 'Sơn La nhận nhiều nhất với 2,4 tỷ đồng cho 7 đề án'; or a
            # year ranked among a span's: 'Năm 2025 là năm hỗ trợ nhiều nhất với 1,2 tỷ đồng cho 6 cơ sở'; or the
            # project of one business singled out as the largest: 'đề án hỗ trợ Hợp tác xã ... có kinh phí hỗ trợ lớn
            # nhất, 650 triệu đồng')
            return False
        if key.startswith("ít nhất", f.start) or extreme and extreme.group(1) == "ít nhất":
            return bool(self.extreme.search(key, s_start, f.start))
        return extreme is not None

    def _is_programme_count(self, key: str, s_start: int, s_end: int, f: Fact) -> bool:
        """A count said per year ('phấn đấu mỗi năm thực hiện 12 - 15 đề án', 'bình quân 10 đề án/năm', a
        sentence led 'Bình quân mỗi năm, ...') is a rate: no record (ANNOTATION.md: yearly averages are no
        records)."""
        if f.type != "project_count":
            return True
        after = key[f.end:self._clause_end(key, f.end, min(s_end, f.end + 30))]
        change = _CHANGE_BY.search(key, max(s_start, f.start - 20), f.start)
        if change and not _NEW_LEVEL.match(change.group()) or _COMPARED_TO.match(after):
            # 'tăng 2 đề án so với năm 2024': a change, not projects carried out ('tăng lên 14 đề án' is the level it
            # rose to, unless compared: 'tăng lên 2 đề án so với năm trước')
            return False
        if _DIFFERENCE_AFTER_BASE.search(key, max(s_start, f.start - 60), f.start) or \
                _CONJOINED_DELTA.search(key, max(s_start, f.start - 80), f.start):
            return False  # 'nhiều hơn năm trước 3 đề án', '... tăng 200 triệu đồng và 2 đề án': differences
        if _in_compared_base(key, s_start, f.start):
            return False  # 'So với năm 2022 (8 đề án), ...': the base of a comparison
        if _INSTEAD_OF.search(key, max(s_start, f.start - 25), f.start):
            return False
        if self._asked_for(key, s_start, f.start) or _taken_back(key, s_start, s_end, f):
            return False
        if _FROM_VALUE.search(key, max(s_start, f.start - 8), f.start) and _COUNT_TO_VALUE.match(key, f.end):
            return False  # the count a change left ('điều chỉnh ... từ 12 đề án xuống còn 10 đề án'): the new one stands
        if _ATTRACTED.search(key, max(s_start, f.start - 40), f.start) or \
                f.unit == "dự án" and _INVESTMENT_PROJECT.match(key, f.end):
            return False  # 'thu hút 230 dự án với tổng vốn đăng ký ...': investors' projects, not the programme's
        if f.unit == "nhiệm vụ" and _KEY_TASKS.match(key, f.end):
            return False  # 'đề ra 5 nhiệm vụ trọng tâm': aims, not the programme's projects
        if _TURNED_DOWN.match(after) or f.unit == "đề án" and _SCHEME_ABOUT.match(key, f.end) and \
                _DRAFTING.search(key, max(s_start, f.start - 30), f.start):
            # 'Có 3 đề án không được phê duyệt': projects turned down carry no money; 'xây dựng 2 đề án về phát triển
            # công nghiệp hỗ trợ': policy schemes about a field, not projects of the programme
            return False
        clause = self._clause_before(key, s_start, f.start)  # (whole: 'kế hoạch' may stand before the last 40 letters)
        if _EACH_BEFORE.search(key, max(s_start, f.start - 30), f.start):
            return False  # 'các tỉnh còn lại mỗi tỉnh 1 đề án': so many for each, not projects of one statement
        lo = key.rfind(";", s_start, f.start) + 1 or s_start
        yearly = [m for m in _PER_YEAR.finditer(key, lo, f.start) if m.group().endswith("năm")]
        if yearly and not _A_YEAR.search(key, yearly[-1].end(), f.start) and \
                not _SUM_NAMED.search(key, yearly[-1].end(), f.start):
            return False  # (a count going on a yearly statement: 'mỗi năm tỉnh dành 2 tỷ đồng ..., hỗ trợ 10 đề án')
        return not (any(m.end() > len(clause) - 40 for m in _PER_YEAR.finditer(clause)) or _PER_YEAR.search(after)
                    or self.per_unit.match(key, f.end) or _yearly_lead(key, s_start, f.start))

    # -- pass 2: drafts -----------------------------------------------------------------------------------
    def _goes_on_with(self, ctx: Context, key: str, sent: int, topic: bool | str) -> bool:
        """Sentence ``sent`` goes on about the programme of the sentence before it: it opens 'Trong đó'
        ('Trong đó, năm 2016 trên 1,6 tỷ đồng ...'), or it speaks of support in the same paragraph right after
        a sentence that names the programme ('Năm 2023, tiếp tục hỗ trợ 7 cơ sở, kinh phí 1,2 tỷ đồng')."""
        if sent == 0:
            return False
        s_start, s_end = ctx.sentence_span(sent)
        p_start, p_end = ctx.sentence_span(ctx.prev_sentence(sent))
        # (or singles out a year or a place, points back at the figure before, or gives a year of its span)
        # (or opens on a former province's part of the merged one: 'Khu vực Kon Tum cũ có 5 cơ sở, 1,1 tỷ đồng.'; or on
        # the sum of what was told: 'Tổng cộng 420 triệu đồng.')
        # (or gives the right figure for one printed wrong: 'Con số chính xác là 2,3 tỷ đồng.')
        # (or counts out of the count the sentence before gave: '... để thực hiện 12 dự án.' then 'Đến hết tháng 11,
        # đã có 10/12 dự án được nghiệm thu ...')
        # (or opens by pointing back at the money just stated: 'Số tiền này dành cho 17 dự án.')
        # (or divides them by a measure it names first: 'Theo địa bàn, khu vực Phú Thọ cũ 1,6 tỷ đồng, ...')
        refers = _SINGLED_OUT.match(key, s_start, s_end) or _FIGURE_REFERRED.search(key, s_start, s_end) or \
            _OF_THAT_BUDGET.match(key, s_start, s_end) or _opens_on_share(ctx, key, s_start, s_end) or \
            _NEXT_RANKED.match(key, s_start, s_end) or \
            self.divides.match(key, s_start, s_end) or \
            self._out_of_count_before(ctx, key, s_start, s_end, p_start, p_end) or \
            _SUM_OPENS.match(key, s_start, s_end) or _RIGHT_FIGURE.search(key, s_start, min(s_end, s_start + 40)) or \
            self._year_of_span_before(ctx, key, s_start, s_end, ctx.prev_sentence(sent), deed_ok=True) or any(
                f.type == "province" and s_start <= f.start < s_end and FORMER.match(ctx.lower, f.end) and
                _FORMER_LEAD.fullmatch(key, s_start, f.start) for f in ctx.facts)
        # (words that name the figure before as theirs point back across a paragraph break too: 'Năm 2023, khuyến công
        # địa phương hỗ trợ 7 cơ sở ...' then, in the next paragraph, 'Năm 2024, con số này là 9 cơ sở với 1,6 tỷ đồng.')
        pointed = _FIGURE_REFERRED.search(key, s_start, min(s_end, s_start + 40))
        if (self.continues.match(key, s_start, s_end) or refers and (pointed or not ctx.paragraph_break(p_end, s_start))) \
                and self._about_programme(key[p_start:p_end], topic):
            return True
        # (or opens on another year's figure of the same measure, its subject unsaid: 'Năm 2023, kinh phí khuyến công
        # của tỉnh là 2,9 tỷ đồng.' then 'Năm 2024 tăng lên 3,2 tỷ đồng.' then 'Năm 2025 là 3,5 tỷ đồng.')
        if (_NEXT_YEAR_FIGURE.match(key, s_start, s_end) or _WHOLE_YEAR_ESTIMATE.match(key, s_start, s_end)) and \
                not ctx.paragraph_break(p_end, s_start) and \
                any(f.type == "money" and p_start <= f.start < p_end for f in ctx.facts) and (
                    self._about_programme(key[p_start:p_end], topic)
                    or _NEXT_YEAR_FIGURE.match(key, p_start, p_end) and self._goes_on_with(ctx, key, ctx.prev_sentence(sent), topic)):
            return True
        # (money set aside right before its figure is a support cue: 'Năm 2026, tỉnh tiếp tục dành 5,5 tỷ đồng ...';
        # so is a plan's sum the sentence opens with: '... đã giải ngân hơn 3 tỷ đồng kinh phí khuyến công. Tổng kế
        # hoạch năm 2025 là 5,5 tỷ đồng.')
        # (or one that tells a province supporting producers' equipment: 'Năm 2025, tỉnh Cao Bằng hỗ trợ 2 HTX mật ong
        # mua máy quay mật ...' then 'Tổng kinh phí hỗ trợ 1,05 tỷ đồng')
        # (or the body that runs the programmes supporting: 'Sở Công Thương Gia Lai hỗ trợ 6 cơ sở ...' then 'Kinh phí
        # hỗ trợ cho cà phê là 1,2 tỷ đồng, ...')
        # (or after a figure sentence that itself goes on about the programme: 'Năm 2023, Hải Dương dành 1,5 tỷ đồng
        # hỗ trợ phát triển sản phẩm OCOP.' then 'Năm 2024, con số này là 1,8 tỷ đồng.' then 'Năm 2025, tỉnh dự kiến
        # bố trí 2 tỷ đồng.')
        return bool((self.support.search(key, s_start, s_end) or _PLAN_SUM_LEAD.match(key, s_start, s_end))
                    and not ctx.paragraph_break(p_end, s_start) and (
                        self.programme.search(key, p_start, p_end) or _PRODUCERS_SUPPORTED.search(key, p_start, p_end)
                        or self.agent.search(key, p_start, p_end) and _SUPPORT_VERB.search(key, p_start, p_end)
                        or any(f.type == "money" and p_start <= f.start < p_end for f in ctx.facts)
                        and self._goes_on_with(ctx, key, ctx.prev_sentence(sent), topic)))

    @staticmethod
    def _out_of_count_before(ctx: Context, key: str, s_start: int, s_end: int, p_start: int, p_end: int) -> bool:
        """The sentence counts projects out of a count the sentence before gave ('10/12 dự án' after '12 dự án')."""
        before = {f.value for f in ctx.facts if f.type == "project_count" and p_start <= f.start < p_end}
        return any(int(m.group(1)) in before for m in _OUT_OF_COUNT.finditer(key, s_start, s_end))

    @staticmethod
    def _year_of_span_before(ctx: Context, key: str, s_start: int, s_end: int, prev: int,
                             deed_ok: bool = False) -> bool:
        """The sentence opens on the figure of a year that lies in a span sentence ``prev`` names, as the period
        matcher read it ('Giai đoạn 2020-2024, tổng kinh phí ... là 19,5 tỷ đồng.' or 'Từ năm 2020 đến năm 2024, ...'
        then 'Năm 2020 là 3,2 tỷ đồng; năm 2021 ...'): that span's breakdown by year. With ``deed_ok``, also when a
        verb stands between the year and the figure ('Năm 2024 đã thực hiện 1,5 tỷ đồng.' after a project of
        2024-2026): the sentence goes on about the span's work."""
        lead = _YEAR_ITEM_LEAD.match(key, s_start, s_end) or (_YEAR_OPENS.match(key, s_start, s_end) if deed_ok else None)
        if lead is None:
            return False
        p_start, p_end = ctx.sentence_span(prev)
        return any(f.type == "period" and p_start <= f.start < p_end and _year_in_span(lead.group("year"), f.value)
                   for f in ctx.facts)

    def _next_year_item(self, ctx: Context, key: str, drafts: list[_Draft], first: int, s_start: int,
                        start: int) -> bool:
        """The sentence opens on a year's figure, as the sentence of the figure before it did, and that figure is
        already a part of a whole whose span holds both years: the next item of the same year-by-year list."""
        prev = drafts[first - 1]
        if not prev.marker or prev.anchor is None or prev.sentence >= drafts[first].sentence:
            return False
        p_start, p_end = ctx.sentence_span(prev.sentence)
        if _YEAR_ITEM_LEAD.match(key, p_start, prev.facts[0].start + 1) is None:
            return False
        return self._year_of_span_before(ctx, key, s_start, start + 1, drafts[prev.anchor].sentence) and \
            self._year_of_span_before(ctx, key, p_start, prev.facts[0].start + 1, drafts[prev.anchor].sentence)

    def _title_echo(self, ctx: Context, key: str, sent: int, items: list[Fact], by_sentence: dict[int, list[Fact]],
                    topic: bool | str) -> bool:
        """A title's amount that a sentence about the programme states again ('2,4 tỷ đồng tổ chức Hội chợ ...'
        over the body's '... tổng kinh phí 2,4 tỷ đồng'): the title is that statement's headline, a record too
        (ANNOTATION.md), though it names no programme or support itself."""
        if not ctx.title or ctx.sentence_span(sent)[0] >= ctx.title[1]:
            return False
        values = {f.value for f in items if f.type == "money"}
        for other, found in by_sentence.items():
            if other != sent and any(f.type == "money" and f.value in values for f in found):
                o_start, o_end = ctx.sentence_span(other)
                if self._about_programme(key[o_start:o_end], topic):
                    return True
        return False

    @staticmethod
    def _share_of(ctx: Context, key: str, drafts: list[_Draft], i: int, s_start: int, money: list[Fact]) -> int | None:
        """The index of the whole an amount is a share of, when its clause gives the share in percent right before it
        and names no year ('chiếm khoảng 40%, tương đương 12,8 tỷ đồng'): the nearest earlier amount of the last
        three sentences (a photo's caption or page chrome not counted) that is larger, else None."""
        if not money or _A_YEAR.search(key, s_start, money[0].start) or \
                not _PERCENT_SHARE.search(key, max(s_start, money[0].start - 80), money[0].start):
            return None
        for j in range(i - 1, -1, -1):
            o = drafts[j]
            if _plain_sentences_between(ctx, o.sentence, drafts[i].sentence) > 2:
                break
            if o.record is not None and _smaller_amount(drafts[i], o):
                return j
        return None

    def _source_aside(self, text: str, before: str) -> bool:
        """A bracket of words right after an amount or a count (``before`` ends with it) that names one programme as its
        source and no figure ('3 tỷ đồng (nguồn khuyến công địa phương)', '12 đề án (KCQG)'); not the short name of a
        programme just spelled out ('khuyến công quốc gia (KCQG)')."""
        # (also right after the programme's bare name: '15 đề án khuyến công (cả quốc gia và địa phương)')
        # (or both together as its one source: '3,1 tỷ đồng (gồm nguồn trung ương và địa phương)')
        # (a year beside it is the programme's year, no figure: '760 triệu đồng (KCĐP 2025)')
        if _NOT_A_YEAR.search(text) or not (_AMOUNT_END.search(before) or _BARE_PROGRAMME_END.search(before)):
            return False
        named = self._programmes_in(text, 0, len(text))
        return len(named) == 1 or "both" in named

    def _about_programme(self, text: str, topic: bool | str) -> bool:
        """A programme named in ``text``, a body that runs the programmes giving support in it ('Sở Công Thương
        Hà Nội hỗ trợ 4 cơ sở gốm ...'), a province supporting producers' equipment (state budget support for
        producers: ANNOTATION.md), or a support word or an amount received in an article whose topic is a
        programme, or work carried out ('triển khai 30 dự án') in one that names khuyến công itself."""
        return bool(self.programme.search(text) or topic == OWN_TOPIC and self.carried.search(text)
                    or topic and (self.support.search(text) or self.spend.search(text)
                                  or self.spent_passive.search(text)
                                  # (or a plan's sum or a sum of all it opens with: 'Kế hoạch năm 2024: 15 dự án, 3,2
                                  # tỷ đồng.', 'Tổng cộng: 78 dự án, 24 tỷ đồng.')
                                  or _PLAN_SUM_LEAD.match(text) or _SUM_OPENS.match(text)
                                  or _RECEIVES.search(text) or _RECEIVED_WORTH.search(text)
                                  # (or a tally of projects by their other name: 'Năm 2022: 9 dự án, 1,8 tỷ đồng.')
                                  or _PROJECTS_TALLY.search(text))
                    or self.agent.search(text) and _SUPPORT_VERB.search(text) or _PRODUCERS_SUPPORTED.search(text))

    def build(self, ctx: Context, doc_id: str, facts: list[Fact], subject: str | None) -> list[FundingRecord]:
        # a count that names two kinds of project ('14 nhiệm vụ, đề án', '13 chương trình, đề án') is one figure, read
        # as a count of 'đề án' is: the comma inside it breaks no clause
        for f in facts:
            if f.type == "project_count" and "," in ctx.lower[f.start:f.end]:
                ctx.lower = ctx.lower[:f.start] + _one_project_noun(ctx.lower[f.start:f.end]) + ctx.lower[f.end:]
        # an aside in brackets ('1 đề án nhóm (gồm 3 đơn vị thụ hưởng)') neither breaks a clause nor excludes it
        # an aside that states amounts ('3,5 tỷ đồng (KCQG 1,2 tỷ đồng, KCĐP 2,3 tỷ đồng)') is the breakdown of
        # the figure before it, and stays
        # (so is one that counts projects by programme: '13 đề án (5 đề án KCQG, 8 đề án KCĐP)')
        restated = _restatements(ctx.lower, facts)
        facts = [f for f in facts if id(f) not in restated]
        # (a count in words too: '2,3 tỷ đồng (bốn đề án)'; and an amount: 'so với năm 2024 (ba tỷ đồng)' is the base of
        # a comparison as '(3 tỷ đồng)' is)
        counted = [f.start for f in facts if f.type in ("project_count", "money")]
        # (and one that names the figure's one source: '3 tỷ đồng (nguồn khuyến công địa phương)')
        key = _ASIDE.sub(lambda m: m.group() if (_AMOUNT_IN.search(m.group()) or _COUNT_IN.search(m.group())
                                                 or any(m.start() < c < m.end() for c in counted)
                                                 or self._source_aside(m.group(), ctx.lower[max(0, m.start() - 16):
                                                                                            m.start()]))
                         and not any(m.start() <= r < m.end() for r in restated.values())
                         else " " + m.group()[1:-1] + " " if _STATUS_ASIDE.fullmatch(m.group())
                         else " " * len(m.group()), ctx.lower)
        # (an outlet's dateline in brackets, with its dash: what is left of it is no list's dash, '(Báo Tin tức) - ')
        for m in _BRACKET_DATELINE.finditer(ctx.lower):
            key = key[:m.start()] + " " * (m.end() - m.start()) + key[m.end():]
        key = _digits_for_words(key, ctx.facts)
        all_money = [f for f in facts if f.type == "money"]
        # a year something is compared with ('tăng 20% so với năm 2022') or money is carried over to ('số còn lại
        # chuyển sang năm 2013') dates nothing the article reports
        periods = _governing_periods(key, [f for f in facts if f.type == "period"
                                           and not (_COMPARED.search(key, max(0, f.start - 80), f.start)
                                                    and not _WHEN_THEN.match(key, f.end))])
        provinces = [f for f in facts if f.type == "province"]
        topic = self._topic(ctx)
        counted = [f for f in facts if f.type in ("project_count", "quantity")]
        places = [f for f in facts if f.type == "place"]
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            if f.type in ("money", "project_count"):
                by_sentence.setdefault(f.sentence, []).append(f)
        drafts: list[_Draft] = []
        not_programme: set[int] = set()  # amounts of the body found to be no programme money (a title may echo them)
        for sent, items in sorted(by_sentence.items()):
            s_start, s_end = ctx.sentence_span(sent)
            sent_key = key[s_start:s_end]
            if ctx.aside(s_start) or self.not_funding.search(sent_key) or TABLE_ROW.match(sent_key.lstrip()):
                continue  # (a table's row: kcextract/match/tables.py)
            if not self._about_programme(sent_key, topic) and not self._goes_on_with(ctx, key, sent, topic) and \
                    not self._title_echo(ctx, key, sent, items, by_sentence, topic) and \
                    not self._item_of_programme_list(ctx, key, sent, topic):
                continue
            kept = [f for f in items if self._is_programme_count(key, s_start, s_end, f)
                    and (f.type == "project_count" or self._is_programme_money(key, s_start, s_end, f, ctx.cased))]
            if not ctx.title or s_start >= ctx.title[1]:
                not_programme |= {f.value for f in items if f.type == "money" and f not in kept}
            items = self._without_parts_of_dropped(key, s_start, items, kept)
            if self._breaks_down_a_rate(ctx, key, sent, by_sentence):
                items = [f for f in items if f.type != "money"]
            # 'Trong số 13 đề án đã hoàn thành có 9 đề án ...': a count stated before, named again to be broken
            # down, is a reference, not a second statement
            # (not one a headline alone states, a title with no stop: the body's figure that refers back to it is a
            # record of its own)
            headline_end = ctx.title[1] if ctx.title and not key[ctx.title[0]:ctx.title[1]].rstrip().endswith(
                (".", "!", "?")) else -1
            stated = {f.value for d in drafts for f in d.facts if f.type == "project_count" and f.start >= headline_end}
            items = [f for f in items if not (f.type == "project_count" and f.value in stated
                                              and _AMONG.search(key, max(s_start, f.start - 16), f.start))]
            # ('Cả hai đề án đều hoàn thành trong năm.' after the two told by their money alone: every project told,
            # named again; not a count told before, whose tense it may tell: '... phê duyệt 5 đề án ... Đến nay, cả 5
            # đề án đã được nghiệm thu, giải ngân 4,55 tỷ đồng')
            if drafts and not any(f.type == "money" for f in items):
                items = [f for f in items if not (f.type == "project_count" and f.value not in stated
                                                  and _ALL_OF_THEM.search(key, max(s_start, f.start - 8), f.start))]
            if not items:
                continue
            first = len(drafts)
            sums: set[int] = set()
            respective = self._respectively(key, s_start, s_end, items, [f for f in facts if f.type == "period"],
                                            ctx.sentence_span(ctx.prev_sentence(sent)) if sent else None,
                                            [f for f in facts if f.type == "province"])
            if respective:
                whole, listed, told = respective
                for group in self._group(key, whole, sums):
                    drafts.append(_Draft(group, sent, sums_programmes=group[0].start in sums))
                self._mark_breakdowns(ctx, key, s_start, drafts, first)
                anchor = len(drafts) - 1 if len(drafts) > first else None
                drafts.extend(_Draft(group, sent, own_scope=sc, own_period=pe, own_province=pl, respective=n > 0,
                                     marker=anchor is not None, anchor=anchor, labelled_in=told)
                              for n, (group, sc, pe, pl) in enumerate(listed))
                continue
            for group in self._group(key, items, sums):
                drafts.append(_Draft(group, sent, sums_programmes=group[0].start in sums))
            self._mark_breakdowns(ctx, key, s_start, drafts, first)
            for d in drafts[first + 1:]:
                d.sums_after = bool(_SUM_AFTER.search(key, max(s_start, d.facts[0].start - 25), d.facts[0].start))
            # ('Tổng cộng, năm 2023 Trung tâm đã thực hiện 12 đề án với 930 triệu đồng' after the items it adds up)
            drafts[first].sums_after = bool(_SUM_LEAD.match(key, s_start, drafts[first].facts[0].start)) or (
                # (or in a clause after the sentence's words of all the work told above: 'Tất cả các hoạt động trên
                # đều từ nguồn khuyến công địa phương, tổng cộng 1,39 tỷ đồng')
                _SUM_AFTER.search(key, max(s_start, drafts[first].facts[0].start - 25), drafts[first].facts[0].start)
                is not None and _ALL_ABOVE.match(key, s_start, drafts[first].facts[0].start) is not None)
            span = _SPAN_LEAD.match(key, s_start, drafts[first].facts[0].start) if drafts[first].sums_after else None
            years = _NUMBER_OF_YEARS.search(span.group()).group(1) if span else None
            drafts[first].span_years = (int(years) if years.isdigit() else parse_words([years])) if years else None
            if len(drafts) > first + 1 and drafts[first].money() and drafts[first + 1].money() and \
                    drafts[first + 1].sentence == sent and \
                    _ALONG_WITH_SUM.fullmatch(key, s_start, drafts[first].facts[0].start) and \
                    "," in key[drafts[first].facts[-1].end:drafts[first + 1].facts[0].start]:
                drafts[first + 1].sums_after = drafts[first + 1].along = True
            drafts[first].sums_one_work = drafts[first].sums_after and \
                _one_work_before(key, s_start, drafts[first].facts[0].start)
            # (after a list said to go on past the items it names, in the sentence right before)
            drafts[first].after_open_list = drafts[first].sums_after and first > 0 and \
                drafts[first - 1].sentence == ctx.prev_sentence(sent) and \
                _OPEN_LIST.search(key, drafts[first - 1].facts[-1].end, s_start) is not None
            self._item_of_intro(ctx, key, drafts, first)
            self._amount_to_whole(key, drafts, first)
            self._count_to_whole(key, drafts, first)
            self._count_of_budget_before(ctx, key, drafts, first, sent)
            drafts[:] = self._bracket_to_whole(key, drafts, first)
            self._fraction_of_whole(drafts, first)
        # purposes are read around the figures, but not inside a body's name ('Trung tâm Khuyến công và Xúc tiến
        # thương mại' says nothing of what one figure paid for)
        plain = _blank(key, [(f.start, f.end) for f in facts if f.type == "organization"]
                       + [m.span() for m in _CENTRE_NAME.finditer(key)]) if drafts else key
        # the programme family is read around the figures but not in the rest of a khuyến công centre's name ('Trung
        # tâm Khuyến công và Xúc tiến thương mại' runs khuyến công too); a body of another family names it ('Trung tâm
        # Khuyến nông')
        family_text = _blank(key, [m.span() for m in _CENTRE_NAME.finditer(key)]) if drafts else key
        # -- pass 3: each draft's own attributes ------------------------------------------------------------
        dropped: dict[int, str] = {}  # status of a whole that is no record, for its parts
        narrated_wholes: set[int] = set()  # such wholes that narrate a year's work: their parts narrate it too
        costs: set[int] = set()  # works' costs that hold the beneficiaries' money: no records, but their parts are
        moved_count: dict[int, Fact] = {}  # the one project's count of a whole that is a work's cost, for its share
        two_sources: dict[int, str] = {}  # sentences whose whole is drawn from a programme and another source
        work_level: dict[int, str] = {}  # sentences whose one work's cost, no record, names the work's programme level
        # what the title and the lead say the article reports: read once, for pass 3 and pass 4
        title = key[ctx.title[0]:ctx.title[1]] if ctx.title else ""
        title_end = ctx.title[1] if ctx.title else 0
        title_status = self._heading_status(title) if ctx.title and drafts else None
        frame = self._lead_frame(ctx, key) if drafts else None
        planning = "planned" in (title_status, frame)
        plan_year = self._plan_year(ctx, title_status == "planned", frame == "planned") if planning else None
        title_years = self._heading_periods(title) if ctx.title and drafts else {}
        for i, d in enumerate(drafts):
            s_start, s_end = ctx.sentence_span(d.sentence)
            g_start, g_end = d.facts[0].start, d.facts[-1].end
            # (after every figure before it in its sentence, not only the draft listed last: a whole's bracket of
            # counts lists its parts before the whole's amount, '9 đề án (8 đề án KCĐP, 1 đề án KCQG) với tổng kinh
            # phí 3.250 triệu đồng (KCĐP 2.150 triệu đồng, ...)', whose 'KCĐP' is the 2.150's own)
            prev_end = max((_prev_end(o, g_start) for o in drafts[:i]
                            if o.sentence == d.sentence and o.facts[0].start < g_start), default=s_start)
            next_start = drafts[i + 1].facts[0].start if i + 1 < len(drafts) and drafts[i + 1].sentence == d.sentence else s_end
            counts = [f for f in d.facts if f.type == "project_count"] + ([d.late_count] if d.late_count else [])
            money = d.money()
            if money and money[0].currency not in (None, "VND"):
                if not counts:
                    continue
                money = []
            # (a purpose named like a programme in a list of what one programme's money went to, bare of any programme
            # noun: 'hỗ trợ máy móc 2,4 tỷ đồng, đào tạo nghề 300 triệu đồng và xúc tiến thương mại 800 triệu đồng' is
            # khuyến công money for trade promotion, as the items before it are)
            # (so is one heading a sentence of its own in a run of such headings: 'Về đào tạo nghề, tổ chức 12 lớp ...,
            # kinh phí 1,1 tỷ đồng. Về xúc tiến thương mại, hỗ trợ 95 lượt cơ sở ..., kinh phí 2,3 tỷ đồng.')
            prev = drafts[i - 1] if i else None
            d.bare_purpose = prev is not None and prev.family == "khuyến công" and prev.record is not None and \
                prev.record.purpose is not None and (
                    prev_end > s_start and _BARE_ITEM.fullmatch(family_text, prev_end, g_start) is not None
                    or prev_end == s_start and prev.sentence == ctx.prev_sentence(d.sentence)
                    and _ABOUT_LEAD.match(key, s_start, g_start) is not None
                    and _ABOUT_LEAD.match(key, ctx.sentence_span(prev.sentence)[0]) is not None) and \
                self._family(family_text[prev_end:g_start]) != "khuyến công"
            # a part of a breakdown with no tense of its own is said in its whole's ('đã triển khai 14 đề án, tổng
            # kinh phí 4,2 tỷ đồng. Trong đó, kinh phí KCQG là 1,5 tỷ đồng'), before a budget-is reading of a plan
            share = self._share_of(ctx, key, drafts, i, s_start, money) if not d.marker and d.own_period is None else None
            if share is not None:
                # a share of an earlier whole in percent ('... trên 32 tỷ đồng ... Nguồn khuyến công quốc gia chiếm
                # khoảng 40%, tương đương 12,8 tỷ đồng'): that whole's part, in its period, not a year listed between
                d.marker, d.anchor, d.own_period = True, share, drafts[share].record.period
            whole = drafts[d.anchor] if d.marker and d.anchor is not None and d.anchor < i else None
            told = _YEARS_TOLD.search(key, g_start, g_end) if whole is not None and whole.record else None
            if told and int(told.group("n")) > 1 and "-" not in (whole.record.period or "-"):
                # a part said of several years is no part of one year's whole: 'Giai đoạn 2021-2025, ... 1.120 đề án
                # ... Riêng năm 2025, ... 210 đề án. Trong đó, tỉnh Nghệ An ... 42 đề án trong 5 năm, ...' is of the
                # latest earlier whole of that many years, or of none
                span = next((j for j in range(d.anchor - 1, -1, -1) if drafts[j].record and
                             "-" in (drafts[j].record.period or "") and
                             _span(drafts[j].record.period)[1] - _span(drafts[j].record.period)[0] + 1 ==
                             int(told.group("n"))), None)
                d.anchor, whole = span, (drafts[span] if span is not None else None)
                d.marker = whole is not None
            inherited = (whole.record.status if whole.record and whole.record.status != "unspecified"
                         else dropped.get(d.anchor)) if whole else None
            if inherited == "planned" and (self._completed_between(ctx, key, whole.sentence, d.sentence, by_sentence)
                                           or self._done_part_between(ctx, key, drafts, d.anchor, i)):
                # ('... phê duyệt kế hoạch với 19 đề án, tổng kinh phí 6,85 tỷ đồng. Đến nay, các đề án đã hoàn
                # thành. Trong số này có 11 đề án ...'): the plan's part is told after its work was reported done
                inherited = "done"
            # a count that is the clause's subject takes the verb after it ('9 đề án đã được nghiệm thu')
            # (not a purpose clause after it: 'hỗ trợ 5 đề án để thực hiện kế hoạch')
            clause_end = self._clause_end(key, g_end, next_start)
            after = key[g_end:min(clause_end, g_end + 60)]
            # (a count's project stopped, however long it is described before the verb, and whatever 'cho' or 'để'
            # that description holds: '01 đề án hỗ trợ máy móc cho cơ sở sản xuất nước mắm không thực hiện do ...')
            # (an amount's too, with its count, when the verb comes right after it: '2 đề án còn lại với 350 triệu đồng
            # phải dừng do ...')
            # (and an amount alone whose clause says so right after it: 'số còn lại 1,1 tỷ đồng phải hủy dự toán')
            stopped = self.stopped.search(key, g_end, min(clause_end, g_end + (30 if money else 140))) \
                if not money or counts else _starting_near(self.stopped.search(key, g_end, min(clause_end, g_end + 30)),
                                                           g_end, 8)
            stopped = stopped if stopped and not self._cues(key[g_end:stopped.start()]) else None
            reason = self.reason.search(after)
            if reason and self._cues(after[:reason.start()]):
                # (its verb said, the reason after it is another's: '2 đề án dừng thực hiện do cơ sở không bố trí được
                # vốn'; before its verb 'do' names the doer, '3 đề án do Trung tâm thực hiện')
                after = after[:reason.start()]
            verb_after = not money or _MONEY_SUBJECT.match(key, g_end) is not None  # (an amount with its verb after it)
            after_verb = "unspecified" if stopped else None if _PURPOSE_LINK.search(after) else \
                self._status(after) if not money else \
                self._status_after(after) if verb_after else None
            if after_verb is None and not money and _GOING_ON_AFTER.match(after):
                after_verb = "unspecified"  # (work going on, whatever its verb: '1 đề án đang lắp đặt thiết bị')
            if after_verb and counts and g_end + len(after) >= next_start < s_end and \
                    drafts[i + 1].facts[0].type == "project_count" and not _CLAUSE_BREAK.search(key, g_end, next_start):
                # the verb before the next count is that count's, this one the topic ('4 đề án khuyến công quốc gia
                # ... với kinh phí 2,3 tỷ đồng đã hoàn thành 3 đề án': the 3 were completed, not the 4)
                after_verb = None
            first_cue = self._cues(after)[:1] if after_verb and not money else []
            if first_cue and first_cue[0][2] == "unspecified":
                # (the count's own verb comes first: '2 đề án chậm tiến độ và đã yêu cầu khắc phục' is work going
                # on, whatever the next verb, another doer's, says)
                after_verb = "unspecified"
            intro = self._list_intro(ctx, key, d.sentence) or self._inline_intro(key, drafts, i, s_start, prev_end)
            own_from = prev_end
            if prev_end > s_start and (drafts[i - 1].facts[-1].type == "project_count" or _MONEY_SUBJECT.match(key, prev_end)):
                # the verb right after the figure before is that count's ('8 đề án được nghiệm thu, 3 đề án đang chờ
                # nghiệm thu') or that amount's ('2,1 tỷ đồng đã giải ngân và 1,1 tỷ đồng ...'): this figure's own
                # words start after the clause break
                cut = max(key.rfind(",", prev_end, g_start), key.rfind(";", prev_end, g_start),
                          key.rfind(" và ", prev_end, g_start) + 3)
                own_from = cut + 1 if cut >= 3 else prev_end
            among = _AMONG_FRAME.match(key, own_from, g_start) if after_verb and not money else None
            if among:
                # a count out of a whole framed before it, with its own verb after it ('Trong số 28 đề án được phê
                # duyệt, có 15 đề án đã hoàn thành'): the frame's verb is the whole's
                own_from = among.end()
            if money and verb_after and after_verb:
                # an amount that is its clause's subject is said in its own verb, not in a frame before it ('Trong tổng
                # kinh phí được duyệt, 2,1 tỷ đồng đã giải ngân'): its own words start at its clause
                clause = last_match(_CLAUSE_BREAK, key, own_from, g_start)
                own_from = clause.end() if clause else own_from
            # (a verb of paying out right before the figure says it was paid: 'Thanh Hóa chi gần 10 tỷ đồng cho khuyến công')
            # (the projects' own state right after a count outweighs the verb of what was done to them: 'Sở đã tổ
            # chức kiểm tra 12 đề án đang triển khai', the 12 are still under way)
            # (a lead that tells which plan the work carries out names no tense of the work: 'Thực hiện kế hoạch
            # khuyến công năm 2024, Trung tâm tổ chức lớp đào tạo ..., kinh phí 150 triệu đồng')
            carrying = _CARRYING_LEAD.match(key, s_start, g_start)
            if carrying and own_from == s_start:
                own_from = carrying.end()
            # (a clause set against the one before it starts its own words: '... dành 12 tỷ đồng ... làm đường giao
            # thông, trong khi khuyến công tỉnh hỗ trợ 3 cơ sở ... với kinh phí 540 triệu đồng' says no plan of the 540)
            set_against = last_match(_WHILE_CLAUSE, key, own_from, g_start)
            if set_against:
                own_from = set_against.end()
            # how an item stands, said after its amount to the item's end ('5 đề án, kinh phí 1,2 tỷ đồng, đã hoàn
            # thành; 6 đề án, kinh phí 1,4 tỷ đồng, đang triển khai'): that item's own, and none of the next item's
            told_before = _ITEM_STATE_AFTER.match(key, prev_end) if prev_end > s_start else None
            if told_before and told_before.end() <= g_start:
                own_from = max(own_from, told_before.end())
            # (also in brackets: '... phê duyệt 2 đề án với kinh phí 1,5 tỷ đồng (đã hoàn thành).')
            told_after = (_ITEM_STATE_AFTER.match(key, g_end) or _ITEM_STATE_BRACKETED.match(ctx.lower, g_end)) \
                if money else None
            own_words = _without_rate_asides(key[own_from:g_end])
            told = self._status_after(told_after.group()) if told_after else None
            # (work going on, said so, leaves a plan the item's own words name a plan: 'được giao 2 đề án ..., kinh phí
            # 1,1 tỷ đồng, hiện đang triển khai')
            own_said = self._status(own_words)
            if told == "unspecified" and own_said == "done":
                # (work said going on right after the item outweighs the support it was given: 'tỉnh được Bộ Công
                # Thương hỗ trợ 1 đề án ... với kinh phí 600 triệu đồng, hiện đang triển khai' is not done yet)
                own_said = "unspecified"
                d.ongoing = True
            own = (told if told in ("done", "planned") else None) or \
                ("unspecified" if verb_after and _ONGOING_RIGHT_AFTER.match(after) else None) or \
                own_said or told or after_verb or \
                ("done" if money and (self.spend.search(key, max(own_from, g_start - 20), g_start + 12)
                                      # (or said used right after it: 'Kinh phí 2,4 tỷ đồng được dùng để hỗ trợ ...')
                                      or _USED_AFTER.match(key, money[-1].end)) else None)
            if own is None and prev_end > s_start and drafts[i - 1].record is not None and \
                    drafts[i - 1].record.status == "planned" and _ACTUAL_AFTER_PLAN.fullmatch(key, prev_end, g_start) and \
                    "kế hoạch" in key[_last_break(key, s_start, drafts[i - 1].facts[0].start):drafts[i - 1].facts[0].start] \
                    and not _PLAN_WORD.search(key, s_start, g_start):
                # what was carried out, set against the plan just given ('kế hoạch giao 12 đề án, kinh phí 2,5 tỷ đồng;
                # thực hiện 10 đề án, kinh phí 2,1 tỷ đồng'; 'kinh phí kế hoạch là 2,5 tỷ đồng, thực hiện là 2,1 tỷ')
                own = "done"
            if own is None and prev_end == s_start and i and drafts[i - 1].record is not None and \
                    drafts[i - 1].record.status == "planned" and \
                    drafts[i - 1].sentence == ctx.prev_sentence(d.sentence) and \
                    _ACTUAL_LABEL.fullmatch(key, s_start, g_start):
                own = "done"  # (the same set against the plan in the sentence before, by the label of what was done)
            if own is None and _ONLY_CARRIED_OUT.search(key, max(s_start, g_start - 40), g_start) and \
                    not _PLAN_WORD.search(key, s_start, g_start):
                own = "done"  # fewer carried out than planned: 'do ..., 2 đề án xin rút, nên tỉnh chỉ thực hiện 8 đề án'
            if own is None and not (d.marker and inherited and own_from > s_start and
                                    self.breakdown.search(key, s_start, own_from)):
                # (not the verb of an item before it in the breakdown, for an item that says none after a ';': 'Trong
                # đó, Thanh Hóa được hỗ trợ 5 đề án với 3,5 tỷ đồng; Nghệ An 4 đề án, 2,8 tỷ đồng' is the plan's as
                # the first item is)
                own = self._sentence_status(key, periods, set_against.end() if set_against else
                                            carrying.end() if carrying else s_start, g_start)
            if own is None and _DEED.search(key, s_start, g_start) and (
                    _YEARS_EARLIER.match(key, s_start, g_start) or _EARLIER_OPENS.match(key, s_start, g_start)):
                # work carried out in a year before the one told ('Năm ngoái, tỉnh thực hiện 10 đề án'), or before the
                # time just told ('Trước đó, trong 6 tháng đầu năm, tỉnh A (cũ) thực hiện 5 đề án với 1,4 tỷ đồng')
                own = "done"
            if own is None and _NOT_YET.search(key, max(own_from, g_start - 30), g_start):
                own = "planned"  # a task set with no cue verb of its own: 'Tập trung triển khai 15 đề án còn lại'
            if own == "done" and not _TOLD_DONE.search(key, s_start, g_start) and self._under_tasks_ahead(ctx, key, d):
                # (a bare verb under the tasks ahead: '3. Nhiệm vụ 6 tháng cuối năm' then 'Hoàn thành 6 đề án ...')
                own = "planned"
            # (not an amount out of a plan, 'giải ngân 2,1/3,4 tỷ đồng kế hoạch': the plan word is the second figure's)
            plan_sum = bool(money and "/" not in money[-1].text and (
                # (not what was paid out of the budget named after it: 'đã giải ngân 2,1 tỷ đồng kinh phí ... được giao')
                _PLAN_AFTER.match(key, g_end) and not _PAID_RIGHT_BEFORE.search(key, max(s_start, g_start - 30), g_start)
                or _PLAN_NAMED_BEFORE.search(key, max(s_start, g_start - _PLAN_REACH), g_start)
                # (the sum a payment or the work is out of, after its slash: 'giải ngân 620 triệu đồng/1.850 triệu
                # đồng', 'thực hiện ... (kinh phí 3.250 tr.đ/5.100 tr.đ), đạt 63,7%')
                # (or a larger sum after the slash of one told done: 'triển khai 5/9 đề án ... theo kế hoạch, kinh phí
                # thực hiện 780 triệu đồng/1,6 tỷ đồng')
                or prev_end > s_start and drafts[i - 1].money() and _SLASH_BEFORE.fullmatch(key, prev_end, g_start)
                and (_PAID_OUT.search(key, s_start, prev_end) or _SHARE_REACHED.match(key, g_end)
                     or drafts[i - 1].record is not None and drafts[i - 1].record.status == "done"
                     and money[0].value > drafts[i - 1].money()[0].value))
                # (a plan's count in brackets after its name: 'thực hiện 26 đề án, vượt 4 đề án so với kế hoạch đầu năm
                # (22 đề án)')
                or counts and not money and prev_end > s_start and
                _PLAN_NAMED_BEFORE.search(key, max(s_start, g_start - _PLAN_REACH), g_start) is not None and
                key.rfind("(", prev_end, g_start) > key.rfind(")", prev_end, g_start))
            if plan_sum and not (own == "done" and
                                 _FULL_PLAN_DONE.search(key, max(s_start, g_start - _PLAN_REACH - 40), g_start)):
                # ('... bằng 42% kế hoạch vốn năm (2,6 tỷ đồng)': the plan's sum, in brackets after it)
                # (but a plan said done in full is what was done: 'đã hoàn thành 100% kế hoạch vốn ... là 2,6 tỷ đồng')
                own = "planned"  # 'đã giải ngân 1,08 tỷ đồng trên tổng số 2,7 tỷ đồng kế hoạch năm 2024': the plan's sum
            if _how_done_work_came_about(own, inherited, key, s_start, g_end):
                # a part of what was done that was once approved or assigned ('Trong số này có 3 đề án ... được Bộ
                # Công Thương phê duyệt'): how the work came about, not a plan (a future word still makes it one)
                own = inherited
            # (a part whose only tense is money set aside for its work, 'Trong đó, 500 triệu đồng dành cho 2 đề án đào
            # tạo nghề': how its whole was divided; a whole told done lends it its tense in pass 4)
            d.set_aside_only = own == "planned" and d.marker and self.set_aside.search(key, own_from, clause_end) \
                is not None and not _PLAN_WORD.search(key, own_from, clause_end) and \
                not self._status(self.set_aside.sub(" ", key[own_from:clause_end]))
            received_only = False
            if own == "done" and inherited == "planned" and whole.record and whole.record.status == "planned" and \
                    not _ONGOING_RIGHT_AFTER.match(after) and \
                    self._status(own_words) and not self._status(own_words, weak=False):
                # a plan's item given to a beneficiary in a passive of receiving, no tense of its own ('... bố trí 1,2
                # tỷ đồng ... Trong đó, cơ sở A được hỗ trợ 150 triệu đồng'): the plan's, lent by it as if unsaid
                own, received_only = inherited, True
            if own == "done" and not inherited and d.sentence and _ACCORDINGLY.match(key, s_start, g_start) and \
                    self._status(own_words) and not self._status(own_words, weak=False) and \
                    self._status(key[slice(*ctx.sentence_span(ctx.prev_sentence(d.sentence)))], weak=False) == "planned":
                # a passive of receiving in a sentence that tells what the decision before it set ('... ban hành Quyết
                # định ... phê duyệt kế hoạch khuyến công năm 2026. Theo đó, 6 cơ sở được hỗ trợ với tổng kinh phí 2 tỷ
                # đồng'): the decision's plan, not support given
                own, received_only = "planned", True
            if own is None and inherited and next_start == s_end and money:
                # a part's own tense said after it overrules its whole's ('Đề án khuyến công quốc gia: 2 đề án, kinh
                # phí 1,1 tỷ đồng, đang chờ Bộ Công Thương phê duyệt' after what was done of the local plan)
                # (a done whole's part once approved stays done, as above: 'đã được Bộ Công Thương phê duyệt')
                said = self._status_after(key[g_end:s_end])
                if not _how_done_work_came_about(said, inherited, key, g_end, s_end) or \
                        _AWAITING_APPROVAL.search(key, g_end, s_end):
                    own = said
            status = own or inherited or (self._status(key[slice(*intro)]) if intro else None) or \
                (self._status(key[slice(*d.labelled_in)]) if d.labelled_in else None)
            if status is None and _PLAN_FIGURE_BRACKET.match(key, g_end) and \
                    not _PLAN_WORD.search(key, s_start, g_start):
                status = "done"  # set against the plan's own figure: 'thực hiện 16 đề án (kế hoạch 15 đề án)'
            # (the next figure may be the count of 'all' itself: ', đến nay cả 2 đề án đã hoàn thành')
            if own == "planned" and not plan_sum and \
                    (finished := _ALL_FINISHED_AFTER.match(key, g_end, s_end)) and \
                    (next_start == s_end or next_start < finished.end()) and not _PLAN_WORD.search(key, s_start, g_end):
                status = "done"  # given, then said finished in the same sentence: where the work stands now
            undrafted = None
            if status is None and whole is None and d.sentence and _details_of(ctx, key, d.sentence, d.sentence - 1):
                status = undrafted = self._undrafted_whole_status(ctx, key, d.sentence - 1, by_sentence)
            d.lent = (not own or received_only) and bool(inherited or undrafted)
            if status == "done" and _FUTURE_LEAD.match(key, s_start, g_start):
                status = "planned"  # 'Dự kiến trong năm 2025, khuyến công tỉnh hoàn thành 12 đề án': the lead governs
            if not own and inherited and whole.allotted:
                d.allotted = True  # a part of a carried-out budget is read as its whole is
            period = d.own_period or \
                self._period(key, periods, d.sentence, g_start, next_start if next_start < s_end else None, g_end)
            d.undated = not d.own_period and not any(p.sentence == d.sentence for p in periods)
            if whole is not None and whole.record is not None and whole.record.period and \
                    period != whole.record.period and not d.own_period and \
                    not any(whole.facts[0].start <= p.start < s_end for p in periods):
                # a part with no year of its own said after its whole is of the whole's period, not of a year said
                # before the whole ('... cơn bão năm 2024 ... Trong 5 năm, tỉnh đã triển khai 96 đề án ... Trong đó,
                # kinh phí khuyến công quốc gia hỗ trợ 11 đề án ...': the 11 are of 2021-2025, as the 96)
                period = whole.record.period
            if whole is not None and whole.record is not None and whole.record.period and not d.own_period and \
                    period != whole.record.period:
                # (nor of the year a sibling item before it named for itself: 'Giai đoạn 2021-2025, ... 60 đề án, kinh
                # phí 12 tỷ đồng, trong đó năm 2025 có 14 đề án, ...; khuyến công quốc gia 5 đề án, 4 tỷ đồng': the 5
                # are of 2021-2025)
                item_start = key.rfind(";", whole.facts[-1].end, g_start)
                if item_start >= 0 and not any(item_start < p.start < g_end for p in periods) and \
                        any(whole.facts[-1].end <= p.start < item_start and p.value == period for p in periods):
                    period = whole.record.period
            # (an aside in brackets, blanked in the key, takes no room: 'tổng kinh phí khuyến công giai đoạn 2021-2025
            # trên địa bàn tỉnh (kể cả khu vực Bắc Kạn cũ) đạt trên 10 tỷ đồng')
            # (not the share of a work's cost, which is no record: 'Tổng vốn đầu tư của các cơ sở là 3,6 tỷ đồng, trong
            # đó kinh phí hỗ trợ từ khuyến công là 1,08 tỷ đồng' tells what was paid towards it, no budget set)
            # (the copula may open the amount's own qualifier: 'kinh phí ... ước đạt 4,5 tỷ đồng')
            copula = _ESTIMATE_REACHED.match(key, g_start)
            allotted = self.allocation.search(key, max(prev_end, _chars_back(key, g_start, 90)),
                                              copula.end() if copula else g_start) \
                if status is None and not (whole is not None and whole.record is None) else None
            if allotted and (any(f.type in ("quantity", "project_count") and allotted.start() < f.start < g_start
                                 for f in counted) or _SUPPORTED_MANY.search(allotted.group())) and \
                    _SUPPORT_VERB.search(allotted.group()):
                # the money that supported so many, then its amount ('kinh phí khuyến công hỗ trợ 4 chủ thể OCOP đầu tư
                # máy móc là 620 triệu đồng'): what was given, no budget set
                allotted = None
            cost_of = _COST_OF_DEED.search(key, max(s_start, allotted.start() - 14), allotted.start()) if allotted else None
            # (its deed anywhere in the sentence before it, past the items of a list of goods, not before a ';'; not
            # who a thing is done by, 'Hội chợ do Sở Công Thương tổ chức, kinh phí ... là 3,5 tỷ đồng', which tells
            # no deed done)
            deed = _DEED.search(key, max(prev_end, s_start, key.rfind(";", s_start, cost_of.start()) + 1),
                                cost_of.start()) if cost_of else None
            if deed and not _DONE_BY.search(key, s_start, deed.start()):
                # the cost of the deed its clause tells, introduced by 'với' ('Năm 2024, khuyến công địa phương hỗ trợ
                # 8 cơ sở với kinh phí là 1,2 tỷ đồng') or set after it by a comma ('Năm 2024, khuyến công tỉnh hỗ trợ 4
                # cơ sở sản xuất bánh tét, kinh phí là 800 triệu đồng', also 'kinh phí: ...'): no budget set
                allotted = None
            if status is None and not allotted and i and drafts[i - 1].sentence == d.sentence and \
                    drafts[i - 1].budget_is and (d.respective or _COPULA_BEFORE.fullmatch(key, prev_end, g_start)
                                                 or self._gapped_item(key, prev_end, g_start, provinces)
                                                 or _YEAR_THEN_NEXT.fullmatch(key, prev_end, g_start)):
                # the next item of a list of budgets ('kinh phí KCQG là 3,2 tỷ đồng, KCĐP là 2,9 tỷ đồng', or by the
                # year after each: '... là 2,1 tỷ đồng vào năm 2022, 2,4 tỷ đồng vào năm 2023'): its budget noun is the
                # first item's
                allotted = drafts[i - 1].budget_is
                # (and its reading: the years of a span's sum are what they spent, no budgets set, 'Giai đoạn
                # 2020-2024, tổng kinh phí khuyến công là 19,5 tỷ đồng, trong đó năm 2020 là 3,2 tỷ đồng; ...')
                d.span_sum = drafts[i - 1].span_sum
            elif status is None and not allotted and i and drafts[i - 1].sentence == ctx.prev_sentence(d.sentence) and \
                    drafts[i - 1].record is not None and "-" not in (drafts[i - 1].record.period or "-") and \
                    drafts[i - 1].facts[-1].end == max(o.facts[-1].end for o in drafts[:i]) and \
                    not ctx.paragraph_break(ctx.sentence_span(drafts[i - 1].sentence)[1], s_start) and \
                    (opener := _NEXT_YEAR_FIGURE.match(key, s_start, g_start + 1)) and opener.end() == g_start:
                # (or the next year's, opening the next sentence with its verb unsaid: 'Năm 2024, kinh phí khuyến công
                # là 2,5 tỷ đồng. Năm 2025 con số này tăng lên 3 tỷ đồng'; told in the tense of a verb, 'Năm 2024, khuyến
                # công dành 2,5 tỷ đồng ...', it takes that tense)
                if drafts[i - 1].budget_is:
                    allotted = drafts[i - 1].budget_is
                elif drafts[i - 1].record.status in ("planned", "done"):
                    status = drafts[i - 1].record.status
            d.budget_is = allotted
            # (or a span's years in turn, each its own period now: 'Kinh phí ... giai đoạn 2021-2024 lần lượt là 1,5 tỷ
            # đồng, 1,7 tỷ đồng, ...')
            d.span_sum = d.span_sum or bool(allotted and period and (
                "-" in period or d.own_period and any(s_start <= p.start < g_start and "-" in p.value and
                                                      not _LISTED_YEARS.search(key, p.start, p.end) for p in periods)))
            if allotted and (_REACHED.search(allotted.group()) or _CARRIED_OUT.search(allotted.group())
                             and _PART_OF_YEAR.search(key, s_start, g_start)):
                # what a budget reached ('tổng kinh phí khuyến công thực hiện ... đạt 18,4 tỷ đồng') was spent, and so
                # was what it came to in part of a year ('Tổng kinh phí thực hiện ... 9 tháng năm 2024 là 1,2 tỷ đồng'),
                # unless a word of what is to come stands before it
                status = "planned" if _PLAN_WORD.search(key, s_start, g_start) else "done"
            elif allotted and (_REACHED_SHARE_AFTER.match(key, g_end) or _PLAN_FIGURE_BRACKET.match(key, g_end)) and \
                    not _PLAN_WORD.search(key, s_start, g_start):
                # (or set against the plan's own figure in a bracket: 'Kinh phí thực hiện: 3,9 tỷ đồng (kế hoạch 3,6 tỷ
                # đồng)')
                # what the budget came to, as a share reached: 'Kinh phí thực hiện: 3.150 triệu đồng, đạt 98,1%' (of the
                # plan the article gave before it)
                status = "done"
            elif allotted and not d.span_sum:
                # (not a span's: 'Giai đoạn 2020 - 2024, tổng kinh phí khuyến công là 9,5 tỷ đồng' sums up what
                # the years spent, not a budget set)
                status, d.budgeted = "planned", True
                d.cost_field = _COST_FIELD.fullmatch(key, s_start, g_start) is not None and \
                    not key[g_end:s_end].strip(" .;")
                # a budget said to be carried out ('tổng kinh phí ... thực hiện là'): what was spent, in an article
                # that reports results
                d.allotted = bool(_CARRIED_OUT.search(allotted.group()))
            elif allotted and _CARRIED_OUT.search(allotted.group()) and not planning:
                # 'giai đoạn 2021-2025, tổng kinh phí thực hiện ... là 18,6 tỷ đồng': what the years spent, unless the
                # article issues or approves the plan ('ban hành Chương trình khuyến công giai đoạn 2021-2025')
                status = "done"
            if status is None and next_start == s_end:
                status = self._status_after(key[g_end:s_end])
            elif status is None and _SHARE_OF_PLAN.match(key, g_end, next_start):
                # the share of the plan it reached, the plan's own figure after it ('kinh phí 4,2 tỷ đồng, đạt 70% kế
                # hoạch (6 tỷ đồng)'): what was spent, as with no figure after it
                status = "done"
            elif d.budgeted and \
                    self._status_after(key[slice(*_rest_of_figure(key, g_end, next_start, s_end))]) == "done":
                # a budget the rest of its sentence says was used ('kinh phí khuyến công địa phương của tỉnh là 6,5 tỷ
                # đồng, đã hỗ trợ 28 cơ sở'; also after its breakdown in brackets: '... là 2.950 triệu đồng (trong đó
                # KCQG 1.200 triệu đồng; KCĐP 1.750 triệu đồng), đạt 98% kế hoạch'): spent
                status, d.budgeted = "done", False
            reached = _SHARE_OF_PLAN.search(key, counts[0].end, money[0].start) if status is None and counts and \
                money and counts[0].end < money[0].start else None
            if reached and reached.start() - counts[0].end <= 25:
                # (also said of its count, before its amount: '58 đề án khuyến công, đạt 116% kế hoạch (50 đề án), với
                # tổng kinh phí 12,4 tỷ đồng')
                status = "done"
            # (how the work stands, said in the next sentence, is every figure's of the sentence, not only the last
            # one's: 'Một đề án ..., kinh phí 950 triệu đồng; một đề án ..., kinh phí 750 triệu đồng.' then 'Các đề án
            # hiện đang triển khai')
            last = next(o for o in reversed(drafts) if o.sentence == d.sentence)
            if status is None:
                status = self._said_next(ctx, key, last, by_sentence, period) or \
                    self._section_status(ctx, key, d.sentence)
                if status == "done" and _rest_of_count(key, d):
                    status = None  # (no more than a heading 'Kết quả' lends the rest of a count: _link)
            d.plan_talk = bool(_PLAN_TALK.search(key, s_start, g_end))
            d.share_reached = bool(money and _SHARE_REACHED.match(key, money[-1].end))
            # (a deed told before the figure in no words of plans: 'Chương trình khuyến công hoạt động hỗ trợ 6 cơ sở với
            # tổng kinh phí 1,4 tỷ đồng' reports the work, which only a plan of its own programme for its year makes
            # a plan, not money another programme set aside)
            d.deed_told = not d.plan_talk and bool(_DEED.search(key, s_start, g_start))
            # (in an article that plans a year, a year before the one it is written in is told as the past it is:
            # 'Quyết định giao kế hoạch khuyến công năm 2026 ...' then 'Năm 2024, tỉnh thực hiện 30 đề án'; the year
            # right before the plan's may still be under way)
            plans_it = planning and not (plan_year and period and int(period[-4:]) < plan_year - 1)
            # (also after a leading clause with no figure: 'Sau khi hợp nhất, năm 2025 tỉnh ... thực hiện 26 đề án')
            lead_from = _lead_from(key, s_start, g_start)
            lead = (_YEAR_LEAD.match(key, s_start, g_start) or
                    (_YEAR_LEAD.match(key, lead_from, g_start) if lead_from > s_start else None)) \
                if status is None and not plans_it else None
            # (the deed may stand between the amount and its count: 'Giai đoạn 2016-2020, kinh phí ... là 21,3 tỷ đồng,
            # thực hiện 115 đề án')
            funded = _FUNDED_CLAUSE.match(key, lead.end(), g_start) if lead and d.facts[-1].type == "money" else None
            d.narrated = bool(lead and (_DEED.search(key, lead.end(), g_start) or d.facts[0].type == "money" and
                                        _DEED.search(key, d.facts[0].end, d.facts[-1].start)
                                        # (the means the deed was done with, before it: 'Năm 2024, với kinh phí 180
                                        # triệu đồng từ chương trình khuyến công, tỉnh hỗ trợ 25 cơ sở ...')
                                        or funded and _DEED_NEXT.match(key, g_end, s_end)
                                        # (or the count's own passive of it: 'Năm 2024, có 12 đề án khuyến công địa
                                        # phương được triển khai với kinh phí 2,4 tỷ đồng')
                                        or d.facts[0].type == "project_count"
                                        and _COUNT_CARRIED_OUT.match(key, d.facts[0].end, g_end)))
            # (in the sentence's first clause, its subject, as a lead opens it: the deed's cost may follow after
            # other clauses, '... năm 2024 hỗ trợ 10 cơ sở ứng dụng phần mềm, kinh phí 300 triệu đồng', '... năm 2025
            # hỗ trợ 2 cơ sở ... mua máy hàn, máy cắt, với kinh phí 420 triệu đồng')
            if status is None and not plans_it and lead is None and _year_in_subject(key, lead_from, g_start):
                d.narrated = True
            if status is None and not plans_it and lead is None and _FUNDED_CLAUSE.match(key, s_start, g_start) and \
                    _YEAR_DEED_NEXT.match(key, g_end, s_end):
                d.narrated = True
            if status is None and not plans_it and lead is None and _YEAR_TAIL.search(key, g_end, s_end) and \
                    not _A_YEAR.search(key, s_start, g_start):
                # the year said at the sentence's end instead of its start ('Trung tâm hỗ trợ 9 cơ sở với kinh phí 2
                # tỷ đồng trong năm 2024.'): the same narration, the count's own passive of carrying out too ('... có 7
                # đề án khuyến công địa phương được triển khai với tổng kinh phí 1,35 tỷ đồng trong năm 2025.')
                d.narrated = bool(_DEED.search(key, s_start, g_start)) or \
                    d.facts[0].type == "project_count" and \
                    _COUNT_CARRIED_OUT.match(key, d.facts[0].end, g_end) is not None
            if status is None and not plans_it and not d.narrated and i and drafts[i - 1].sentence == d.sentence and \
                    drafts[i - 1].narrated and not _A_YEAR.search(key, prev_end, g_start) and \
                    _DEED.search(key, _last_break(key, prev_end, g_start), g_start):
                # the next clause of a narrated sentence, with a deed of its own subject ('..., còn thành phố Đà Nẵng
                # thực hiện 9 đề án ...'): the same narration, whatever lead the sentence opened with
                d.narrated = True
            if status is None and not plans_it and lead is None and \
                    self._adds_to_narration(ctx, key, d.sentence, g_start):
                d.narrated = bool(_DEED.search(key, s_start, g_start))
            if status is None and not plans_it and d.labelled_in and any(
                    o.narrated for o in drafts[:i] if o.sentence == ctx.sentence_of(d.labelled_in[0])):
                # figures given 'respectively' to the labels of a narrated sentence before are narrated alike ('Năm
                # 2023, khuyến công quốc gia hỗ trợ 2 đề án ...; khuyến công địa phương 11 đề án .... Năm 2024, tương
                # ứng là 1 đề án ... và 13 đề án ...')
                d.narrated = True
            if status is None and whole is not None and (d.anchor in narrated_wholes or whole.narrated or whole.narrated_cost):
                d.narrated = True  # a part said in the next sentence narrates what its whole does ('... Trong đó, ...')
            if status is None and not plans_it and not d.narrated and i and period and \
                    self._earlier_year_said_alike(ctx, key, drafts, i, period, prev_end, s_start, g_start):
                d.narrated = True
            if status == "planned" and not plan_sum and not _PLAN_WORD.search(key, s_start, g_start) and \
                    not _FUTURE_LEAD.match(key, s_start, g_start) and \
                    not self.registered.search(key, max(prev_end, s_start), g_start) and (
                        self._completed_next(ctx, key, d, by_sentence)
                        or next_start == s_end and self._completed_after(key, g_end, s_end)
                        # (a plan the sentence opens with, told done after its figures: 'Kế hoạch khuyến công năm 2024
                        # với 5 đề án, kinh phí 900 triệu đồng đã hoàn thành.')
                        or next_start == s_end and _PLAN_SUBJECT.match(key, s_start, g_start) is not None
                        and _PLAN_DONE_AFTER.match(key, g_end, s_end) is not None):
                status = "done"  # (not the sum of a plan a figure was measured against: it stays the plan)
            elif status == "planned" and d.budgeted and not _PLAN_WORD.search(key, s_start, g_end) and \
                    not _AHEAD_AFTER.search(key, g_end, s_end) and (
                    self._cost_of_done_before(ctx, key, d, by_sentence)
                    or self._cost_of_held_event(ctx, key, d.sentence, s_start, g_start)
                    or (sib := _sibling_budget_before(drafts, i, d, period)) is not None
                    and sib.record.status == "done" and not sib.lent):
                status, d.budgeted = "done", False
            elif status == "planned" and d.budgeted and not _PLAN_WORD.search(key, s_start, g_end) and \
                    not _AHEAD_AFTER.search(key, g_end, s_end) and (
                    _COST_LEAD.match(key, s_start, g_start)
                    # (or its sentence's first figure in a clause that opens so after a worth that is no record:
                    # 'Giá trị máy móc 1,2 tỷ đồng, kinh phí hỗ trợ từ nguồn khuyến công địa phương là 360 triệu đồng')
                    or (i == 0 or drafts[i - 1].sentence != d.sentence)
                    and _AMOUNT_IN.search(key, s_start,
                                          cost_from := g_start - len(self._clause_before(key, s_start, g_start)))
                    and _COST_LEAD.match(key, cost_from, g_start)) \
                    and (self._narration_before(ctx, key, d, by_sentence)
                         or (sib := _sibling_budget_before(drafts, i, d, period)) is not None and sib.narrated_cost):
                # 'Năm 2024, tỉnh triển khai 8 đề án khuyến công. Tổng kinh phí thực hiện là 1,6 tỷ đồng.': the cost of
                # the year's work the sentence before narrates, done when that narration is (below)
                d.narrated_cost = True
            elif status in (None, "planned") and money and not counts and not _PLAN_WORD.search(key, s_start, g_end) \
                    and _EVENT_SUBJECT.match(key, s_start, g_start) and \
                    self._cost_of_held_event(ctx, key, d.sentence, s_start, g_start):
                # 'Ngày 15/5/2025, Trung tâm ... tổ chức lớp tập huấn ... Lớp tập huấn nằm trong kế hoạch khuyến công
                # năm 2025, kinh phí thực hiện 45 triệu đồng': what the event held cost, part of a plan or not
                status, d.budgeted = "done", False
            elif status is None and money and not counts and self._event_ahead(ctx, key, d.sentence, s_start, g_start):
                status = "planned"  # ('... sẽ tổ chức lớp tập huấn ... Lớp tập huấn có kinh phí 45 triệu đồng')
            elif status is None and money and not counts and not plans_it and (
                    _COST_LEAD.match(key, s_start, g_start) or _WORTH_LEAD.match(key, s_start, g_start)) \
                    and (self._cost_of_done_before(ctx, key, d, by_sentence)
                         or _EVENT_COST.search(key, s_start, g_start)
                         and self._cost_of_held_event(ctx, key, d.sentence, s_start, g_start)):
                # 'Kinh phí thực hiện 95 triệu đồng ...' right after the sentence that tells the work done: its cost;
                # so is that of an event the article says was held ('... khai giảng lớp đào tạo ... Kinh phí mở lớp 60
                # triệu đồng')
                status = "done"
            elif status is None and money and not counts and not plans_it and \
                    self._share_of_worth_before(ctx, key, d, by_sentence):
                # (the share set as a sentence of its own: '... vừa nhận bàn giao máy rửa ... Tổng giá trị thiết bị 1,2
                # tỷ đồng. Trong đó, ngân sách khuyến công địa phương hỗ trợ 360 triệu đồng')
                status = "done"
            elif status is None and money and not counts and not plans_it and _COST_LEAD.match(key, s_start, g_start) \
                    and self._narration_before(ctx, key, d, by_sentence):
                # 'Năm 2024, huyện tổ chức 2 lớp tập huấn ... Kinh phí 60 triệu đồng được trích từ nguồn khuyến công
                # địa phương.': the cost of the work the sentence before narrates, in that narration's tense
                d.narrated = True
            elif (status is None or status == "planned" and d.budgeted) and money and not plans_it and \
                    _THIS_ONE_IS.match(key, s_start) and self._restates_done_work(ctx, key, d, by_sentence):
                # the work just told done, said again as what it is ('HTX ... vừa được bàn giao máy xay ớt. Đây là đề án
                # khuyến công địa phương năm 2025 với kinh phí 120 triệu đồng'; its budget said with 'là' too): what
                # it cost, spent
                status, d.budgeted = "done", False
            invested = _TOTAL_INVESTMENT.search(key, max(prev_end, g_start - 90), g_start)
            if invested and _FROM_SOURCE.search(key, invested.start(), g_start) and \
                    self._names_source(key[invested.start():g_start]):
                # what a programme invested ('tổng chi phí đầu tư từ nguồn khuyến công là 5 tỷ đồng'), not what those it
                # supported did ('tổng vốn đầu tư của các cơ sở được khuyến công hỗ trợ là 12 tỷ đồng')
                invested = None
            if money and not counts and (invested or _INVESTMENT.search(
                    key, prev_end, g_start) and self._includes_own_money(ctx, key, d.sentence, g_end, s_end)
                    # (or a sum named as invested whose sentence goes on with what the beneficiary put up, no breakdown
                    # cue between: 'Tổng kinh phí đầu tư là 640 triệu đồng, hợp tác xã đối ứng 50%')
                    or _INVESTED_SUM.search(key, max(prev_end, g_start - 40), g_start)
                    and self.counterpart.search(key, g_end, s_end)):
                # an investment's total ('tổng mức đầu tư ... là 3 tỷ đồng') is the beneficiary's whole outlay, not
                # the programme's money; it still bounds the clauses of the figures after it
                if status is None and self._cost_of_done_before(ctx, key, d, by_sentence):
                    status = "done"  # the outlay of work the sentence before tells done ('... vừa đưa vào vận hành')
                # (a stated cost is no budget set, 'tổng vốn đầu tư ... là', but may be one spent: 'Tổng vốn đầu tư
                # cho dây chuyền là 3,2 tỷ đồng' after the sentence that tells it put to use)
                if status == "done" or status and not allotted:
                    dropped[i] = status  # no record, but its parts are still said in its tense
                costs.add(i)
                continue
            # (a count stated before and named again with the works' cost is no statement of its own: 'Tổng kinh phí
            # thực hiện 02 đề án là 1.890 triệu đồng (trong đó: ... hỗ trợ 1.200 triệu đồng; ... đối ứng ...)')
            # (not a count of the title: the body's first statement of it is a record as the headline is)
            restated = bool(counts) and all(any(f.type == "project_count" and f.value == c.value for o in drafts[:i]
                                                if o.sentence < d.sentence and o.facts[0].start >= title_end
                                                for f in o.facts) for c in counts)
            # (one project named with its cost: '... được hỗ trợ 1 đề án khuyến công quốc gia ..., với tổng vốn 3,5 tỷ
            # đồng, trong đó kinh phí khuyến công quốc gia 1,2 tỷ đồng, ..., phần còn lại hợp tác xã đối ứng': the
            # count goes to the share of its programme, the cost is no record)
            one_project = len(counts) == 1 and counts[0].value == 1 and not restated
            # (or many, when the amounts after the cost add up to it and one is the beneficiaries' own: '12 đề án ...
            # có tổng vốn đầu tư 9,6 tỷ đồng, trong đó kinh phí khuyến công hỗ trợ 2,4 tỷ đồng, vốn đối ứng ...')
            # (with two public shares or more, '28 nhiệm vụ, đề án ... tổng kinh phí thực hiện 19,5 tỷ đồng, trong đó:
            # kinh phí khuyến công quốc gia 3 tỷ đồng; kinh phí khuyến công địa phương 6,5 tỷ đồng; vốn đối ứng ...',
            # the count is no one share's: it stands, as after a breakdown below)
            # (also with the shares in a sentence of their own: '... 12 đề án ... với tổng vốn đầu tư 9,6 tỷ đồng.
            # Trong đó, kinh phí khuyến công hỗ trợ 2,4 tỷ đồng, vốn đối ứng của các cơ sở 7,2 tỷ đồng.')
            public_shares = self._shares_with_theirs(
                ctx, key, d, s_start, s_end, _next_in_paragraph(ctx, key, d, s_end), all_money) \
                if money and len(counts) == 1 and not restated else 0
            count_to_share = one_project or public_shares == 1
            # (the breakdown right after a many-projects whole: in its sentence, a bracket or the next sentence)
            region = self._breakdown_region(ctx, key, d.sentence, d.facts[-1].end, s_end, tail_ok=True) \
                if money and counts and not restated and not count_to_share and not d.late_count else None
            shares_then_theirs = self._public_shares_then_theirs(key, d, region, all_money) if region else 0
            if not shares_then_theirs and public_shares > 1:
                shares_then_theirs = public_shares
            if shares_then_theirs == 1:
                count_to_share = True  # (its one public share is what the count's projects had: '10 đề án với tổng
                # kinh phí 8 tỷ đồng, trong đó kinh phí khuyến công 3 tỷ đồng, phần còn lại do các cơ sở đối ứng')
            elif shares_then_theirs or region and self._only_their_share(key, region, all_money):
                # (many projects' whole whose breakdown gives several public shares and calls the rest the
                # beneficiaries' own: '10 đề án với tổng kinh phí 8 tỷ đồng. Trong đó, ngân sách khuyến công quốc gia 2
                # tỷ đồng, ngân sách tỉnh 3 tỷ đồng, còn lại là vốn đối ứng của các cơ sở', or gives their share only:
                # '15 đề án với tổng vốn 13 tỷ đồng, trong đó vốn đối ứng của các cơ sở 10 tỷ đồng'): the count stands,
                # the amount holds their money and is no record (ANNOTATION.md), so the shares are the money of the
                # count's cell
                d.facts = [f for f in d.facts if f.type != "money"]
                money, g_end = [], d.facts[-1].end
            if money and (not counts or restated or count_to_share) and (
                    shares_then_theirs == 1 or
                    self._only_programme_share(ctx, key, plain, d, prev_end, g_start, s_end, all_money)
                    or self._own_share_in_percent(key, plain, prev_end, g_start, g_end, s_end)):
                if count_to_share:
                    moved_count[i] = counts[0]
                # what the work cost, the beneficiary's share included: only the programme's part is a record; when
                # the work was done, so was the part that has no tense of its own (not a whole 'được giao' or planned:
                # how the work came about is no tense of the support paid)
                if status == "done":
                    dropped[i] = status
                elif d.narrated or d.narrated_cost:
                    narrated_wholes.add(i)  # ('Tổng kinh phí thực hiện đề án là 1,2 tỷ đồng. Trong đó, KCQG hỗ trợ ...')
                levels = self._programmes_in(key, s_start, g_start) - {"both"}
                if len(levels) == 1:
                    work_level[d.sentence] = levels.pop()  # (the one level the work is named with, for its share)
                if d.marker and d.anchor is not None and d.anchor < i:
                    # (a work singled out of a figure before, its cost no record: its programme share is a part of
                    # that figure, 'Năm 2025 ... 7 đề án ..., giải ngân 1,36 tỷ đồng. Riêng đề án ... có kinh phí 420
                    # triệu đồng, trong đó ngân sách khuyến công hỗ trợ 180 triệu đồng')
                    for o in drafts[i + 1:]:
                        if o.marker and o.anchor == i:  # (in its sentence or one of its own: '. Trong đó, ...')
                            o.anchor = d.anchor
                costs.add(i)
                continue
            details = _details_next(ctx, key, d.sentence) if next_start == s_end else None
            scope, explicit = self._draft_scope(key, prev_end, g_start, g_end, next_start, s_end, bool(money),
                                                follows=prev_end > s_start, details=details)
            if scope == "total" and d.marker and self.breakdown.search(key, prev_end, g_start) and i and \
                    drafts[i - 1].record is not None and \
                    (drafts[i - 1].explicit_scope and drafts[i - 1].record.scope in ("national", "local")
                     or drafts[i - 1].record.scope == "unspecified") and \
                    not self._programmes_in(key, max(prev_end, _last_break(key, s_start, g_start)), g_end):
                # a part a breakdown cue brings in, its own sum named ('..., trong đó 12 đề án được phê duyệt với tổng
                # kinh phí 3,4 tỷ đồng' after 15 local projects): the sum of that part, of its whole's programme; of a
                # whole that names no programme, no sum of both programmes either ('15 đề án khuyến công, kinh phí 3,9
                # tỷ đồng. Trong đó, làng nghề tương Bần nhận 2 đề án với tổng số 380 triệu đồng')
                scope, explicit = None, False
            if scope in ("national", "local") and _TWO_SOURCES.match(key, g_end, next_start):
                # money drawn from a programme and another source besides ('2 tỷ đồng từ nguồn khuyến công địa phương
                # và nguồn xây dựng nông thôn mới'): no one programme's; its part named by the programme's bare name
                # ('trong đó khuyến công 800 triệu đồng') is that programme's
                two_sources[d.sentence] = scope
                scope, explicit = None, False
            elif scope is None and d.sentence in two_sources and \
                    _BARE_KHUYEN_CONG.search(key, max(prev_end, g_start - 30), g_start):
                scope, explicit = two_sources[d.sentence], True
            elif scope is None and d.sentence in work_level and \
                    _BARE_KHUYEN_CONG.search(key, max(prev_end, g_start - 30), g_start):
                # the programme's share of one work named with its level ('Đây là đề án khuyến công địa phương ... với
                # tổng kinh phí 560 triệu đồng, trong đó nguồn khuyến công hỗ trợ 280 triệu đồng'): that level's
                scope, explicit = work_level[d.sentence], True
            if scope is None and intro:
                scope = self._scope(key[slice(*intro)], paid=False)  # a programme it names, not its paying body
                scope = scope if scope in ("national", "local") else None  # the list's programme, not its 'tổng'
            # the programme of the figure before in the sentence, when it names one: a list's next item or the plan
            # that figure was measured against carries it on
            prev_level = drafts[i - 1].record.scope if prev_end > s_start and drafts[i - 1].record and \
                drafts[i - 1].record.scope in ("national", "local") else None
            if scope is None and prev_level and drafts[i - 1].explicit_scope and (
                    _YEAR_ITEM.fullmatch(key, prev_end, g_start) or _YEAR_ITEM_DEED.fullmatch(key, prev_end, g_start)
                    or _PLACE_ITEM.fullmatch(key, prev_end, g_start)
                    and any(prev_end < p.start < g_start for p in provinces)
                    or _UNIT_ITEM.fullmatch(ctx.text, prev_end, g_start)):
                # the next year or province of a list ('Kinh phí khuyến công địa phương năm 2021 là 2,4 tỷ đồng, năm
                # 2022 là 2,7 tỷ đồng, ...'; '... tỉnh Đắk Lắk hỗ trợ 20 đề án ...; tỉnh Gia Lai hỗ trợ 15 đề án ...'):
                # the programme the list opened with
                scope, explicit = prev_level, True
            if scope is None and prev_level and drafts[i - 1].record.status == "planned" and \
                    _ACTUAL_AFTER_PLAN.fullmatch(key, prev_end, g_start):
                # (what was carried out, set against the plan just given, is that plan's programme: 'kế hoạch giao 12
                # đề án khuyến công địa phương với kinh phí 2,4 tỷ đồng; kết quả thực hiện 13 đề án, kinh phí 2,52 tỷ')
                scope = prev_level
            prev_start = drafts[i - 1].facts[0].start if i else s_start
            if scope is None and prev_level and drafts[i - 1].explicit_scope and \
                    _NEXT_BRACKETED_ITEM.fullmatch(key, prev_end, g_start) and \
                    key.rfind("(", s_start, prev_start) > key.rfind(")", s_start, prev_start):
                # the next beneficiary of a list, its amount in a bracket as the one before ('..., gồm Công ty A (hỗ trợ
                # 300 triệu đồng), cơ sở B (hỗ trợ 180 triệu đồng) và ...'): the programme the list opened with
                scope, explicit = prev_level, True
            if scope is None and prev_level and drafts[i - 1].explicit_scope and counts and \
                    any(f.type == "project_count" for f in drafts[i - 1].facts) and \
                    _NEXT_COUNT_ITEM.fullmatch(key, prev_end, g_start) and (
                        _STATE_NEXT.match(key, counts[0].end) or _ITEM_STATE_AFTER.match(key, g_end)) and \
                    not self._programmes_in(key, max(key.rfind(";", prev_end, g_start), key.rfind(",", prev_end, g_start)),
                                            g_start):
                # the programme's next count, in its next state ('đã nghiệm thu 10 đề án khuyến công địa phương; 4
                # đề án đã hoàn thành, đang chờ nghiệm thu ...', also after a comma: 'khuyến công địa phương đã nghiệm
                # thu 10 đề án, 3 đề án đang hoàn thiện hồ sơ'; or told after its amount: '...; 6 đề án, kinh phí 1,4
                # tỷ đồng, đang triển khai'): the same programme's projects
                scope, explicit = prev_level, True
            if scope is None and prev_level and drafts[i - 1].explicit_scope and counts and (
                    _BUT_OF_IT.fullmatch(key, prev_end, g_start) or _APPROVED_OF_IT.fullmatch(key, prev_end, g_start)
                    and _ASKED_FOR.search(key, _last_break(key, s_start, drafts[i - 1].facts[0].start),
                                          drafts[i - 1].facts[0].start)):
                # (or the part of the projects asked for that was approved: 'tỉnh đăng ký 12 đề án khuyến công quốc gia
                # ..., được Bộ phê duyệt 4 đề án')
                # (what came of the projects just named: '... nhưng chỉ được phê duyệt 1 đề án, kinh phí 700 triệu')
                scope, explicit = prev_level, True
            semicolon = key.find(";", prev_end, g_start) if prev_end > s_start else -1
            # (also after such a deed that took that level itself: '...; tổ chức 2 lớp ..., kinh phí 180 triệu đồng; hỗ
            # trợ 20 cơ sở tham gia hội chợ, kinh phí 520 triệu đồng')
            if scope is None and prev_level and (drafts[i - 1].explicit_scope or drafts[i - 1].led) and (
                    _SAME_ACTOR.match(key, prev_end, g_start) or semicolon >= 0 and
                    # (or its next beneficiaries, counted: '...; 1 hợp tác xã cam Cao Phong mua máy rửa cam, 190 triệu')
                    _COUNTED_BENEFICIARY_OPENS.match(key, semicolon + 1, g_start)) and \
                    self._scope(key[s_start:drafts[i - 1].facts[0].start]) == prev_level:
                # the next deed of the programme the sentence opens with, its subject unsaid ('Năm 2024, khuyến công
                # địa phương hỗ trợ 10 đề án, kinh phí 2 tỷ đồng; tổ chức 2 lớp tập huấn, kinh phí 150 triệu đồng'), on
                # top of the deed before, not a part of it
                scope, d.additional, d.led = prev_level, True, True
            share = _SHARE_OF_PLAN.match(key, g_end, next_start) if scope is None and money else None
            if share:
                # what was paid out of a plan named right after it ('đã giải ngân 4,18 tỷ đồng, đạt 95% kế hoạch vốn
                # khuyến công địa phương năm 2025 (4,4 tỷ đồng)'): that plan's programme
                scope = self._scope(share.group(), paid=False)
                scope = scope if scope in ("national", "local") else None
                explicit = explicit or scope is not None
            # (read with its brackets, which the key blanks: '... là 1,2 tỷ đồng (chiếm 30% tổng kinh phí khuyến công
            # địa phương của tỉnh)')
            budget_share = _SHARE_OF_BUDGET.match(ctx.lower, g_end, next_start) if scope in (None, "total") and money \
                else None
            if budget_share:
                d.share_pct = _percent_value(_PCT_NUMBER.search(budget_share.group()))
                # (a figure said to be a share of one programme's money is that programme's: 'Tổng cộng 4 đề án với 1,05
                # tỷ đồng, chiếm 35% kinh phí khuyến công địa phương của tỉnh')
                level = self._scope(ctx.lower[budget_share.end():self._clause_end(ctx.lower, budget_share.end(),
                                                                                  next_start)], paid=False)
                if level in ("national", "local"):
                    scope, explicit = level, True
            if scope is None and prev_level and plan_sum and (_SHARE_OF_PLAN.match(key, prev_end, g_start)
                                                             or key[prev_end:g_start].strip() == "/"):
                # the plan an amount paid out is measured against, in brackets ('giải ngân 900 triệu đồng khuyến công
                # địa phương, đạt 45% kế hoạch vốn năm (2 tỷ đồng)') or after a slash ('2,1 tỷ đồng/3,4 tỷ đồng kế
                # hoạch giao'): the same programme's plan
                scope = prev_level
            if scope is None and money and not counts:  # (an item with its own count is a sibling, not the rest)
                scope = self._goes_on(key, drafts, i, money[0])
                if scope:  # a part of the budget it goes on about: never a second headline in its cell
                    prev = drafts[i - 1]
                    d.marker, d.continued = True, True
                    d.anchor = prev.anchor if prev.continued else i - 1
            if scope is None and prev_level and counts and _shares_of_one_count(drafts[i - 1], counts[0]):
                # a share of the count the figure before took its share of, told by the same whole ('đã thực hiện 8/12
                # đề án khuyến công địa phương ...; dự kiến hết năm hoàn thành 12/12 đề án'): the same programme's
                scope = prev_level
            if scope is None and prev_level and (_SO_FAR.search(key, prev_end, g_start)
                                                 or _FINISHED_OF.fullmatch(key, _last_break(key, prev_end, g_start),
                                                                           g_start)) and \
                    self._no_more_than(drafts[i - 1], counts, money):
                # the progress so far of the work just told ('... triển khai 11 đề án khuyến công địa phương với tổng
                # kinh phí 2,45 tỷ đồng, đến nay đã hoàn thành 9 đề án'): the same programme's
                scope = prev_level
            if scope is None and prev_level and counts and _REST_AFTER.match(key, counts[0].end) and \
                    self._programmes_in(key, s_start, g_start) == {prev_level}:
                # the rest of the work the sentence told of one programme ('trong 10 đề án khuyến công địa phương ...,
                # mới có 4 đề án hoàn thành; 6 đề án còn lại đang triển khai'): that programme's
                scope = prev_level
            if scope is None and not d.additional and not d.marker:
                # (a figure broken down after it, '9,17 tỷ đồng, trong đó 3 đề án từ nguồn KCQG ...', is a sum; one
                # broken down by purpose under a section heading is the section's: '2. Khuyến công địa phương' ...
                # 'giải ngân 2,3 tỷ đồng, cụ thể: - Hỗ trợ 8 cơ sở ...: 1,6 tỷ đồng;')
                # (right after it, or after what it paid for: '50 triệu đồng thiết kế bao bì từ chương trình xúc tiến
                # thương mại')
                other = _SOURCE_AFTER.match(family_text, g_end, s_end) or _SOURCE_AFTER_GAP.match(family_text, g_end, s_end)
                if _PROVINCES_OWN.search(key, s_start, g_start) or _PROVINCIAL_PROGRAMME.search(key, s_start, g_start):
                    pass  # the province's own programme, named without a level ('+ Khuyến công tỉnh: 3 đề án ...'): none
                elif _LOWER_PAYER.fullmatch(key, _last_break(key, s_start, g_start), g_start):
                    pass  # a district or commune paying in its own clause ('..., trong đó kinh phí khuyến công địa
                    # phương hỗ trợ 210 triệu đồng, huyện hỗ trợ 50 triệu đồng'): its own budget, no khuyến công level
                elif other and self._family(family_text[other.start():self._clause_end(key, other.end(), s_end)]) != \
                        "khuyến công" or self._family(family_text[max(prev_end, _last_break(key, s_start, g_start)):g_start]) != \
                        "khuyến công" and not _AND_FOR_NEXT.fullmatch(key, prev_end, g_start) and not d.bare_purpose:
                    pass  # another programme named as its source ('kinh phí 1,2 tỷ đồng từ nguồn xúc tiến thương mại'),
                    # or as what paid it in its own clause ('Đến nay, xúc tiến thương mại đã giải ngân 2,8 tỷ đồng'):
                    # none of the paragraph's khuyến công levels (not what the figure before was for: '3 tỷ đồng cho
                    # Chương trình OCOP và | 2,5 tỷ đồng cho khuyến công')
                elif not self.breakdown.search(key, g_end, s_end) and details is None:
                    scope = _other_level_said_short(key, drafts, i, prev_end, g_start) or \
                        self._listed_beside(key, drafts, i, prev_end, g_start) or \
                        _sum_of_levels(drafts, i, counts, money, period) or \
                        self._opening_source(key, s_start, prev_end) or \
                        self._paragraph_programme(ctx, key, s_start, g_start, provinces, period, drafts) or \
                        self._section_scope(ctx, key, d.sentence) or \
                        (self._sum_of_one(ctx, key, drafts, i, s_start, s_end, money[0])  # (a sum in its own words,
                         # of the work the paragraph before told: '... bàn giao thiết bị cho 6 cơ sở thuộc đề án khuyến
                         # công địa phương.' then 'Mỗi cơ sở được hỗ trợ 115 triệu đồng, tổng kinh phí hỗ trợ là 690
                         # triệu đồng.')
                         if money and not counts and self._names_a_sum(key, _last_break(key, s_start, g_start), g_start)
                         else None) or \
                        self._title_programme(ctx, key, s_start, g_start, g_end, period) \
                        or (self._lead_programme(ctx, key, s_start, g_start)  # (a work's cost split)
                            if self.counterpart.search(key, s_start, s_end)
                            or _WHOLE_THEN_SHARE.search(key, s_start, g_start) else None) \
                        or self._progress_of_previous(ctx, key, drafts, i, period, g_start)
                elif not self._programmes_in(key, g_end, max(self._items_end(ctx, key, d.sentence), details[1] if details else 0)):
                    # (a breakdown that names no programme leaves the figure its paragraph's: '2. Khuyến công địa
                    # phương: ... Trong 6 tháng đầu năm, đã triển khai 8 đề án, trong đó nghiệm thu 5 đề án ...')
                    # (not when its parts name their levels in bare words: 'trong đó 8 đề án địa phương và 1 đề án quốc gia')
                    scope = self._section_scope(ctx, key, d.sentence) or (
                        self._paragraph_programme(ctx, key, s_start, g_start, provinces, period, drafts)
                        if not _LEVEL_OF_COUNT.search(key, g_start, s_end) else None)
            elif scope is None and d.marker and d.anchor is not None and drafts[d.anchor].record is None:
                # the programme's share of a work's cost, its whole no record ('Tổng kinh phí đề án 620 triệu đồng,
                # trong đó khuyến công hỗ trợ 250 triệu đồng' after '... nghiệm thu đề án khuyến công địa phương')
                # (or the one the title names, read from the share's own words: 'Danh mục đề án khuyến công địa
                # phương năm 2026' over 'Tổng kinh phí thực hiện: 900.000.000 đồng, trong đó kinh phí khuyến công hỗ
                # trợ: 270.000.000 đồng', whose sum is the work's)
                cue = last_match(self.breakdown, key, s_start, g_start)
                scope = self._opening_source(key, s_start, prev_end) or \
                    self._paragraph_programme(ctx, key, s_start, g_start, provinces, period, drafts) or \
                    self._section_scope(ctx, key, d.sentence) or self._lead_programme(ctx, key, s_start, g_start) or \
                    (self._title_programme(ctx, key, cue.end(), g_start, g_end, period) if cue else None)
            if scope == "total" and not d.sums_programmes and _THE_REST_OF.search(key, s_start, g_start):
                # the sum of what is left of a whole just broken down ('..., trong đó 1 đề án quốc gia 1,2 tỷ đồng ...
                # Các đề án còn lại có tổng kinh phí 2,4 tỷ đồng'): the rest, not both programmes' money added
                scope, explicit = None, False
            # (not a sum whose next sentence breaks it down into both programmes: 'Năm 2025, tổng kinh phí khuyến công
            # của tỉnh là 5 tỷ đồng. Trong đó, khuyến công địa phương ... 3,5 tỷ đồng; khuyến công quốc gia ...', under
            # a title that names one of them)
            split_next = details is not None and {"national", "local"} <= self._programmes_in(key, *details)
            if scope == "total" and not d.sums_programmes and not split_next:
                scope = self._sum_of_one(ctx, key, drafts, i, s_start, s_end, money[0] if money else None) or \
                    _sum_of_counted(key, drafts, i, counts) or scope
            if scope == "total" and not d.sums_programmes and money and not counts and \
                    _ONE_BENEFICIARY.search(ctx.text, prev_end, g_start) and \
                    not {"national", "local"} <= self._programmes_in(key, s_start, s_end):
                # what one business got in all ('Cơ sở bánh pía Tân Huê Viên được hỗ trợ 2 lần, tổng cộng 520 triệu
                # đồng'): a sum of its supports, not of two programmes
                scope, explicit = None, False
            if d.sums_programmes:
                scope, explicit = "total", True
            if d.own_scope:
                scope, explicit = d.own_scope, True
            d.explicit_scope = explicit
            d.bullet = _bullet_kind(key, s_start, s_end)
            line_start = key.rfind("\n", 0, s_start) + 1
            line_kind = d.bullet if line_start == s_start else _bullet_kind(key, line_start, s_end)
            d.line_item = (line_kind, line_start) if line_kind else None
            intro_at = self._list_intro_index(ctx, key, d.sentence) if d.bullet else None
            if intro_at is not None:
                i_start, i_end = ctx.sentence_span(intro_at)
                d.list_from = intro_at if self.additional.search(key[i_start:min(i_end, i_start + 30)]) else None
            # (also with the one project it got: 'Công ty TNHH Mỹ Khánh được hỗ trợ 1 đề án với kinh phí ...')
            # (or a sentence about one named business, its own outlay told before what it got: 'Hợp tác xã tương Bần
            # đầu tư hệ thống lên men, tổng chi phí 900 triệu đồng, khuyến công hỗ trợ 270 triệu đồng')
            d.one_beneficiary = all(f.value == 1 for f in counts) and \
                bool(_ONE_BENEFICIARY.search(ctx.text, prev_end, g_start)
                     or _BUSINESS_OPENS.match(ctx.text, s_start, g_start)
                     and _GOT_RIGHT_BEFORE.search(ctx.text, prev_end, g_start)
                     # (or one who tells of it in a quote, named after it: '"... nhờ có hỗ trợ 90 triệu đồng của
                     # khuyến công mà đỡ được phần nào", ông Hải nói')
                     or (quoted := _SUPPORT_IN_QUOTE.search(ctx.text, max(prev_end, g_start - 160), g_start))
                     and (_SPEAKER_AFTER.match(ctx.text, g_end, min(len(ctx.text), g_end + 200))
                          or _SPEAKER_BEFORE.search(ctx.text, max(0, quoted.start() - 100), quoted.start())))
            d.part_year = bool(_PART_OF_YEAR.search(key, s_start, g_start))
            d.one_month = bool(_ONE_MONTH.search(key, s_start, g_start))
            d.months_so_far = bool(_MONTHS_SO_FAR.search(key, s_start, g_start))
            d.cumulative = bool(_CUMULATIVE.search(key, s_start, g_start))
            d.so_far = d.part_year or bool(_SO_FAR.search(key, s_start, g_start))
            d.so_far_own = d.so_far and bool(_SO_FAR.search(key, prev_end, g_start) or
                                             _PART_OF_YEAR.search(key, prev_end, g_start))
            d.since = bool(_SINCE.search(key, s_start, g_start))
            d.among_whole = bool(_REFERS_BACK.search(key, max(s_start, g_start - 16), g_start))  # ('trong 10 đề án')
            d.one_of = any(_ONE_OF.search(key, max(s_start, f.start - 30), f.start) for f in counts)
            d.points_back = d.one_of and _THIS_ONE_IS.match(key, s_start) is not None
            # (a place under the province named first, or a former province's half of a merged one)
            # (also after a leading clause with no figure: 'Sau khi hợp nhất với Thái Bình, khu vực Thái Bình cũ ...')
            d.lead_places = _leading_places(key, places, s_start, g_start)
            d.one_place = bool(d.lead_places) or \
                any(_VILLAGE_LEAD.match(key, at, g_start) for at in {s_start, _lead_from(key, s_start, g_start)}) or \
                any(FORMER.match(ctx.lower, p.end) and  # ('cũ' in brackets too, an aside the key blanks)
                    _FORMER_LEAD.fullmatch(key, _lead_from(key, s_start, p.start), p.start)
                    for p in provinces if s_start <= p.start < g_start)
            d.frame_places = d.lead_places or self._frame_places(ctx, key, places, d.sentence)
            # (a place or a beneficiary singled out, not a programme: 'Riêng chương trình khuyến công thành phố hỗ trợ
            # ...' after another source's figure is that programme's own statement)
            # (a craft village singled out is a place: 'Riêng làng nghề thêu ren Văn Lâm được hỗ trợ 3 đề án')
            # (also after the opener of a breakdown: 'Trong đó, riêng năm 2025, tỉnh thực hiện 30 đề án')
            opener = _PART_OPENER.match(key, s_start, g_start)
            d.singled = prev_end == s_start and \
                _SINGLED_OUT.match(key, opener.end() if opener else s_start, g_start) is not None and \
                not self._names_source(_blank_matches(_CRAFT_VILLAGE, key[s_start:g_start]))
            between = ctx.prev_sentence(d.sentence) if d.singled else -1
            b_start, b_end = ctx.sentence_span(between) if between > 0 else (0, 0)
            if between > 0 and not any(f.type in ("money", "project_count") for f in by_sentence.get(between, ())) and \
                    not ctx.paragraph_break(b_end, s_start) and \
                    not ctx.paragraph_break(ctx.sentence_span(ctx.prev_sentence(between))[1], b_start):
                # (singled out past a sentence of no figure that says more of the work before: '... được giao 2,6 tỷ
                # đồng, thực hiện 12 đề án. Chúng tôi ưu tiên chế biến yến sào, nước mắm. Riêng yến sào có 4 đề án')
                d.singled_over = ctx.prev_sentence(between)
            # (or beneficiaries said in the plural: 'Tổng vốn đầu tư của các cơ sở là 25 tỷ đồng, trong đó khuyến
            # công hỗ trợ 1,8 tỷ đồng')
            # (or in the sentence before, whose whole it breaks down: '... của các cơ sở là 25 tỷ đồng. Trong đó, ...')
            d.aggregate = any(f.type in ("project_count", "quantity") and f.sentence == d.sentence and f.value > 1
                              for f in counted) or _MANY_BENEFICIARIES.search(key, s_start, g_start) is not None or \
                d.sentence > 0 and _PART_OPENER.match(key, s_start) is not None and \
                _MANY_BENEFICIARIES.search(key, *ctx.sentence_span(d.sentence - 1)) is not None
            d.others = d.aggregate and _OTHERS_COUNTED.search(key, s_start, s_end) is not None
            # (said right after its amount, also with the projects it is left for: '700 triệu đồng được chuyển nguồn
            # sang năm 2025 để tiếp tục thực hiện 2 đề án')
            left_before = _LEFT_BEFORE.search(key, max(prev_end, g_start - 40), g_start)
            if left_before and (_REVISED_TO.search(key, max(prev_end, g_start - 40), g_start)
                                or _AFTER_REVISION.search(key, s_start, g_start)):
                # (a budget cut to a new figure, not what is left of it: 'Sau điều chỉnh, kinh phí còn 1,45 tỷ đồng',
                # 'kinh phí được điều chỉnh giảm xuống còn 1,45 tỷ đồng': the plan as it now stands)
                left_before = None
            left_after = _LEFT_AFTER.match(key, money[-1].end) if money else None
            # (or projects said not yet carried out: '6 đề án chưa triển khai do các cơ sở không đủ vốn đối ứng')
            d.remainder = bool(money) and (not counts and bool(left_before) or bool(left_after)) or \
                bool(counts) and not money and _NOT_YET_DONE.match(key, counts[-1].end) is not None
            if left_after and _CARRIED_OVER.fullmatch(left_after.group()) or status != "unspecified" and \
                    money and _CARRIED_OVER_LATER.match(key, money[-1].end, next_start) or \
                    counts and not money and _CARRIED_OVER.match(key, counts[-1].end):
                # (carried over: whatever the sentence said was paid out before it; also told later in its clause,
                # with why: '..., kinh phí 650 triệu đồng, do doanh nghiệp chậm lắp đặt thiết bị nên phải chuyển sang
                # năm 2026', unless the work was said stopped or going on; projects alone too: '... đã nghiệm thu 10
                # đề án, 1 đề án chuyển sang năm 2025')
                status = "planned"
            d.ongoing = status == "unspecified"  # said by a cue of work going on, not merely unsaid
            d.raises_next = next_start < s_end and _RAISES_TOTAL.fullmatch(key, g_end, next_start) is not None
            filed = _dateline_province(ctx, provinces, s_start)  # (the province its paragraph is filed from)
            if filed:
                # (or the former province its paragraph told of before it, now part of that one: 'Gia Lai - Năm 2025,
                # nhiều cơ sở ở khu vực Bình Định cũ được hỗ trợ ... Tổng kinh phí hỗ trợ 1,4 tỷ đồng')
                filed = _former_area_before(ctx, provinces, s_start, filed) or filed
            names_none = not any(s_start <= p.start < s_end for p in provinces) and not d.own_province
            d.places_none = names_none and not filed
            # (its paragraph's dateline names the only province: 'Đắk Lắk - Năm 2025, khu vực Phú Yên cũ có 7 đề án ...
            # Trong đó, ... đề án ... (400 triệu đồng)' is still of Phú Yên's whole)
            d.dateline_only = names_none and bool(filed)
            d.line_start = key.rfind("\n", 0, s_start) + 1
            d.place_provinces = frozenset(p.province for p in places if s_start <= p.start < s_end and p.province)
            d.contrasted = prev_end == s_start and _SET_AGAINST.match(key, s_start, g_start) is not None
            d.family = "khuyến công" if d.bare_purpose else self._family(family_text[prev_end:g_start])
            source = (_SOURCE_AFTER.match(family_text, g_end, next_start) or _RUNS_AFTER.match(family_text, g_end, next_start)) \
                if d.family == "khuyến công" and not self.programme.search(family_text, prev_end, g_start) else None
            if source:  # (its source said right after it: '1,1 tỷ đồng từ nguồn xúc tiến thương mại'; or the programme
                # it runs: 'dành 5,6 tỷ đồng ngân sách tỉnh để thực hiện Chương trình OCOP')
                d.family = self._family(family_text[source.start():self._clause_end(key, source.end(), next_start)])
            item_start = self._item_start(key, prev_end, g_start, s_start)
            d.paid_out = prev_end > s_start and _PAID_OUT.search(key, prev_end, g_start) is not None
            # (the next of amounts given side by side: 'hỗ trợ cơ sở A 230 triệu đồng và cơ sở B 185 triệu đồng')
            # (or the next item of a list its sentence opens with a colon: 'gồm: hỗ trợ máy cho 4 cơ sở (320 triệu
            # đồng), 3 cơ sở dệt chiếu (270 triệu đồng), tổ chức 2 lớp đào tạo nghề (150 triệu đồng)')
            listed_on = prev_end > s_start and key.rfind(":", s_start, drafts[i - 1].facts[0].start) >= 0 and \
                _CLAUSE_BREAK.search(key, prev_end, g_start) is not None
            # (or the next of clauses a ';' lists: '... hỗ trợ 3 cơ sở ... với kinh phí 420 triệu đồng; tổ chức đoàn
            # tham gia hội chợ kinh phí 400 triệu đồng')
            d.joined = prev_end > s_start and not d.marker and (
                bool(_AND_WORD.search(key, prev_end, g_start)) or listed_on or ";" in key[prev_end:g_start]) and \
                not (self.breakdown.search(key, prev_end, g_start) or _SUM_OR_SINGLED.search(key, prev_end, g_start))
            d.state_told = bool(counts) and _STATE_NEXT.match(key, counts[-1].end) is not None
            if scope == "total" and not d.sums_programmes and not d.own_scope and \
                    self._other_programmes_sum(ctx, key, family_text, d, s_start, s_end, g_start):
                scope, d.explicit_scope = None, False
            d.record = FundingRecord(
                doc=doc_id, sentence=d.sentence, scope=scope or "unspecified", status=status or "unspecified",
                projects=sum(_counted(key, f) for f in counts) if counts else None,
                amount_vnd=money[0].value if money else None,
                period=period,
                province=d.own_province or _or_subject(_or_filed(self._province(
                    key, provinces, d.sentence, s_start, g_start, g_end,
                    item_start if d.marker and prev_end > s_start else s_start, ctx.lower), filed), subject),
                qualifier=(money[0].qualifier if money else counts[0].qualifier) or "exact",
                # what the clause says before the figure ('tổ chức 3 lớp đào tạo nghề, kinh phí 150 triệu đồng'),
                # else what follows it ('2 tỷ đồng để mua máy móc')
                purpose=self._draft_purpose(plain, key, d, *self._purpose_reach(ctx, key, drafts, i, prev_end, item_start),
                                            s_start, next_start, next_start < s_end),
                text=ctx.text[g_start:g_end], start=g_start, end=g_end,
                # (an amount spelled in words rounds at its last word: 'gần nửa tỷ đồng' -> 10^8)
                precision_vnd=(printed_unit(money[0].text) or _last_digit_unit(money[0].value)) if money else None)
            cost = i - 1 if d.record.purpose is None and i - 1 in costs and (
                d.marker and drafts[i - 1].sentence >= d.sentence - 1 or drafts[i - 1].sentence == d.sentence) else None
            if cost is not None:
                # the programme's share of a work's cost is for what the cost was ('... mua máy sấy với tổng kinh phí
                # 1,6 tỷ đồng, trong đó khuyến công hỗ trợ 600 triệu đồng'), as when the share has a sentence of its own
                w_start = drafts[cost].facts[0].start
                d.record.purpose = self._purpose(plain, ctx.sentence_span(drafts[cost].sentence)[0], w_start,
                                                 drafts[cost].facts[-1].end, w_start)
            # (its shares after a cue, or right after it in its sentence: '1 đề án ..., tổng dự toán 1,35 tỷ đồng, khuyến
            # công quốc gia hỗ trợ 600 triệu đồng, ...')
            held_by = d.anchor if d.marker else next((j for j in moved_count if drafts[j].sentence == d.sentence), None)
            if held_by in moved_count and d.record.projects is None and money:
                count = moved_count[held_by]
                level = self._scope(key[count.start:count.end + 30], paid=False)
                if level not in ("national", "local") or level == d.record.scope or d.record.scope == "unspecified":
                    # (its programme too, when the share names none: 'trong đó khuyến công hỗ trợ 1,2 tỷ đồng' of
                    # '1 đề án khuyến công quốc gia')
                    d.record.projects = _counted(key, count)
                    if level in ("national", "local"):
                        d.record.scope = level
                    del moved_count[held_by]
        _sum_after_its_parts(key, drafts)
        _join_sheet_lines(ctx, key, drafts)
        _fold_references(key, drafts, ctx.title[1] if ctx.title else 0)
        if ctx.title:
            _drop_echoes_of_dropped(drafts, ctx.title[1], not_programme)
        kept = {id(d): n for n, d in enumerate(d for d in drafts if d.record is not None)}
        for d in drafts:  # anchors count positions: point them into the drafts kept (a dropped whole is none)
            if d.anchor is not None:
                d.anchor = kept.get(id(drafts[d.anchor]))
        drafts = [d for d in drafts if d.record is not None]
        self._spent_said_after(ctx, key, drafts)
        self._source_said_after(ctx, key, drafts, by_sentence)
        self._referred_back(ctx, key, drafts)
        _share_of_plan(drafts)
        _rest_of_a_share(key, drafts)
        _among_the_counted(ctx, key, drafts)
        _breakdown_of_one_programme(drafts)
        _progress_of_counted(ctx, key, drafts)
        _ordinal_items(ctx, key, drafts)
        self._out_of_whole(key, drafts)
        for d in drafts:
            d.programme_share = self._programme_share_after(ctx, key, d)
        # -- pass 4: across the article -----------------------------------------------------------------
        self._link(drafts, title_status or frame, ctx.sentence_of(ctx.title[0]) if ctx.title else None,
                   reports_results=self._status(title, weak=False) == "done" or frame == "done",
                   title_periods=title_years,
                   title_text=title if title_status else "", key=key)
        self._referred_back(ctx, key, drafts, _FIGURES_REFERRED)
        _level_referred_back(ctx, key, drafts)
        records = [d.record for d in drafts]
        rows = self._table_records(ctx, doc_id, facts, records, subject, topic)
        return sorted(records + rows, key=lambda r: (r.sentence, r.start)) if rows else records

    def _table_records(self, ctx: Context, doc_id: str, facts: list[Fact], records: list[FundingRecord],
                       subject: str | None, topic: bool | str) -> list[FundingRecord]:
        """The rows of a pipe table with a money column ('| 1 | Hỗ trợ máy chẻ nan | HTX ... | 250 |' under 'Kinh phí
        (triệu đồng)'): one record each, in the programme, tense, year and province of the statement that announces
        the table in the sentence right before it ('... đã hoàn thành 4 đề án khuyến công địa phương, cụ thể như
        sau:'), else of that sentence's own words; a row that names a level is of that level ('| Khuyến công quốc gia
        | ...'), a year column dates its row. A plan's column and a result's side by side ('Kế hoạch (triệu đồng)',
        'Thực hiện (triệu đồng)') give each row a planned and a done record. The total row ('Tổng cộng') is the whole
        the rows of its column are parts of: the announcing statement's amount when it gives none, else a record of
        its own unless it repeats that amount. Rows under a whole with an amount are no headline of its cell."""
        text = ctx.lower
        found = tables(text)
        if not found:
            return []  # (most articles: nothing more to do)
        money = sorted((f for f in facts if f.type == "money"), key=lambda f: f.start)
        heading = text[ctx.title[0]:ctx.title[1]] if ctx.title else ""  # (its level and tense for a table left bare)
        out: list[FundingRecord] = []
        for table in found:
            columns = self._money_columns(table.header)
            by_level = self._level_columns(table.header) if not columns else {}
            if by_level:  # ('KCQG (triệu đồng)', 'KCĐP (triệu đồng)': a column for each programme, in the table's tense)
                columns = {col: None for col in by_level}
            if not columns or not table.rows:
                continue
            first_money = min(columns)
            count_col = next((i for i, h in enumerate(table.header)
                              if i not in columns and _COUNT_HEADER.search(h)), None)
            year_col = next((i for i, h in enumerate(table.header) if _YEAR_HEADER.fullmatch(h)), None)
            first = ctx.sentence_of(table.start)
            before = first - 1
            intro = [r for r in records if r.sentence == before]
            if not intro and before > 0 and text[slice(*ctx.sentence_span(before))].rstrip().endswith(":"):
                intro = [r for r in records if r.sentence == before - 1]  # (past a bare 'Cụ thể như sau:')
            lead = intro[-1] if intro else None
            said = text[ctx.sentence_span(max(0, before - 1))[0]:table.start]
            if lead is None and not self._about_programme(said + " " + " ".join(table.header), topic):
                continue  # (announced by no statement of programme money, in no words of a programme)
            named = self._scope(said) if lead is None else None
            if lead is None and named not in ("national", "local") and heading:
                named = self._scope(heading)  # (the title's, past a caption: as for the tense)
            scope = lead.scope if lead else named if named in ("national", "local") else "unspecified"
            # (else the title's: a caption between the title and the table says no tense, 'Kết quả thực hiện ...' over
            # 'Các đại biểu tham quan gian hàng ... Ảnh: Minh Anh')
            told = lead.status if lead else (self._status(said, weak=False) or (
                self._heading_status(heading) if heading else None) or "unspecified")
            if told == "unspecified":
                # (or the sentence right after the table, telling all its work done: '... | Tổng cộng | 22 | 6.750 |'
                # then 'Các đề án đều đã được nghiệm thu, giải ngân trong tháng 12/2025.')
                after = ctx.sentence_of(table.rows[-1][1]) + 1
                if after < len(ctx.sentence_starts):
                    a_start, a_end = ctx.sentence_span(after)
                    if _ALL_TOLD.search(text, a_start, a_end) and \
                            self._status(text[a_start:a_end], weak=False) == "done":
                        told = "done"
            period = lead.period if lead else next((f.value for f in reversed(facts) if f.type == "period"
                                                    and f.start < table.start), None)
            province = lead.province if lead else subject
            for col, col_status in columns.items():
                status = col_status or told
                parts: list[FundingRecord] = []
                total: Fact | None = None
                total_count: int | None = None
                for r_start, r_end, cells in table.rows:
                    if len(cells) <= col:
                        continue
                    a, b = cells[col]
                    fact = next((f for f in money if a <= f.start < b), None)
                    if fact is None:
                        continue
                    count = _TABLE_NUMBER.fullmatch(text, *cells[count_col]) if count_col is not None and \
                        count_col < len(cells) else None
                    label = " ".join(text[x:y] for x, y in cells[:first_money])
                    if _total_row(text, cells, first_money):
                        total, total_count = fact, int(count.group(1)) if count and not by_level else None
                        continue
                    own = by_level.get(col) or self._scope(label)
                    parts.append(FundingRecord(
                        doc=doc_id, sentence=ctx.sentence_of(r_start), status=status,
                        scope=own if own in ("national", "local") else scope,
                        projects=int(count.group(1)) if count and not by_level else None, amount_vnd=fact.value,
                        period=_row_year(text, cells, year_col) or period, province=province,
                        purpose=self._purpose(text, r_start, a, b, r_end), text=ctx.text[r_start:r_end].strip(),
                        start=fact.start, end=fact.end))
                if not parts:
                    continue
                levels = {p.scope for p in parts} - {scope}
                whole = lead if lead is not None and lead.status == status else None
                if total is not None and whole is not None and whole.amount_vnd is None and \
                        whole.projects in (None, total_count or whole.projects):
                    whole.amount_vnd = total.value  # (the sum of what the announcement counted: '4 đề án', 640 triệu)
                    whole.projects = whole.projects or total_count
                elif total is not None and (whole is None or whole.amount_vnd != total.value):
                    # (a table of a row per year sums those years: '| 2022 | ... |', ..., '| 2024 | ... |', '| Cộng |
                    # ... |' is of 2022-2024, when no statement before it dates it)
                    years = {int(p.period) for p in parts if p.period and "-" not in p.period}
                    spanned = f"{min(years)}-{max(years)}" if year_col is not None and len(years) > 1 and \
                        all(p.period and "-" not in p.period for p in parts) else None
                    if spanned and period and "-" in period and \
                            _span(period)[0] <= min(years) and max(years) <= _span(period)[1]:
                        spanned = None  # (the span announced before it: 'Giai đoạn 2021-2025, ... như sau:')
                    whole = FundingRecord(doc=doc_id, sentence=ctx.sentence_of(total.start), status=status,
                                          scope=by_level.get(col) or ("total" if {"national", "local"} <= levels
                                                                      else scope),
                                          projects=total_count, amount_vnd=total.value, period=spanned or period,
                                          province=province, text=total.text, start=total.start, end=total.end)
                    out.append(whole)
                elif total is None and whole is not None and whole.amount_vnd is not None and \
                        sum(p.amount_vnd or 0 for p in parts) > whole.amount_vnd:
                    whole = None  # (rows larger than the statement before are no parts of it)
                for p in parts:
                    if whole is not None:
                        p.part_of = whole.id
                        p.headline = not (whole.amount_vnd is not None and whole.cell() == p.cell())
                out.extend(parts)
            if by_level and count_col is not None:
                out.extend(self._table_counts(ctx, doc_id, table, count_col, year_col, first_money, told, period,
                                              province, "total" if len(set(by_level.values())) > 1 else scope))
        return out

    def _table_counts(self, ctx: Context, doc_id: str, table: Table, count_col: int, year_col: int | None,
                      first_money: int, status: str, period: str | None, province: str | None,
                      scope: str) -> list[FundingRecord]:
        """The project counts of a table whose money is split into a column per programme ('| 2022 | 12 | 1.200 |
        1.850 |' under 'Số đề án', 'KCQG (triệu đồng)', 'KCĐP (triệu đồng)'): a count is of both programmes' projects
        together, a record of its own (``scope`` 'total'), dated by its row's year; the total row's count is the
        whole they are parts of."""
        text = ctx.lower
        rows: list[FundingRecord] = []
        whole: FundingRecord | None = None
        for r_start, r_end, cells in table.rows:
            if len(cells) <= count_col:
                continue
            count = _TABLE_NUMBER.fullmatch(text, *cells[count_col])
            if not count:
                continue
            a, b = count.span(1)
            record = FundingRecord(doc=doc_id, sentence=ctx.sentence_of(r_start), status=status, scope=scope,
                                   projects=int(count.group(1)), amount_vnd=None,
                                   period=_row_year(text, cells, year_col) or period, province=province,
                                   text=ctx.text[r_start:r_end].strip(), start=a, end=b)
            if _total_row(text, cells, first_money):
                whole = record
            rows.append(record)
        for r in rows:
            if whole is not None and r is not whole:
                r.part_of = whole.id
        return rows

    def _level_columns(self, header: list[str]) -> dict[int, str]:
        """A table's money columns by programme ('KCQG (triệu đồng)', 'Khuyến công địa phương (triệu đồng)'), by
        index, each with its level: two or more money columns, each naming one level alone; else none."""
        found = _money_header_indexes(header)
        named = {i: self._scope(header[i]) for i in found}
        if len(found) < 2 or any(v not in ("national", "local") for v in named.values()):
            return {}
        return named

    @staticmethod
    def _money_columns(header: list[str]) -> dict[int, str | None]:
        """A table's columns of programme money, by index, each with the tense its header names: one column of a
        budget's word ('Kinh phí (triệu đồng)'), its tense the table's; or a plan's and a result's side by side
        ('Kế hoạch (triệu đồng)' planned, 'Thực hiện (triệu đồng)' done). None of a price's or a revenue's
        ('Giá (đồng/kg)', 'Doanh thu (triệu đồng)'), nor of several columns whose tenses are not told apart."""
        found = _money_header_indexes(header)
        if len(found) == 1:
            return {found[0]: None} if _PROGRAMME_MONEY_HEADER.search(header[found[0]]) else {}
        tenses = {i: "done" if _DONE_HEADER.search(header[i]) else "planned" if _PLAN_HEADER.search(header[i])
                  else None for i in found}
        if len(found) < 2 or None in tenses.values() or set(tenses.values()) != {"planned", "done"}:
            return {}
        return tenses

    @staticmethod
    def _gapped_item(key: str, prev_end: int, g_start: int, provinces: list[Fact]) -> bool:
        """Between the figure before and ``g_start`` stand only a comma (or 'và') and a province's name: the next item
        of a list whose copula the first item said ('kinh phí khuyến công địa phương của Thanh Hóa là 8,5 tỷ đồng (32
        đề án), Nghệ An 4,2 tỷ đồng (17 đề án) ...')."""
        gap = _GAP_TO_NAME.match(key, prev_end, g_start)
        return bool(gap) and any(p.start == gap.end() and not key[p.end:g_start].strip() for p in provinces)

    def _respectively(self, key: str, s_start: int, s_end: int, items: list[Fact], periods: list[Fact],
                      prev: tuple[int, int] | None = None, provinces: list[Fact] = ()) -> tuple[
                          list[Fact], list[tuple[list[Fact], str | None, str | None, str | None]],
                          tuple[int, int] | None] | None:
        """'KCQG và KCĐP lần lượt là 1,2 tỷ đồng và 2,3 tỷ đồng', '4 đề án KCQG và 10 đề án KCĐP với kinh phí lần
        lượt là ...', 'năm 2024 và 2025 lần lượt hỗ trợ 10 và 12 đề án': the n figures after 'lần lượt' go, in
        order, with the n counts, programmes, years or provinces ('Khu vực Đắk Nông cũ và Bình Thuận cũ ...
        lần lượt là 900 triệu đồng và 1,1 tỷ đồng') named before it. A list after a breakdown cue ('40 đề án,
        trong đó KCQG và KCĐP lần lượt là 6 và 34 đề án') reads from the cue on; the figures before the cue are
        returned first, as the whole the list breaks down. A list that points back ('Con số này lần lượt là ...')
        takes the labels of the sentence before (``prev``), whose span is returned last, for its tense. None when
        the sentence has no such list."""
        cue = respectively().search(key, s_start, s_end)
        if not cue:
            return None
        start = s_start
        for bd in self.breakdown.finditer(key, s_start, cue.start()):
            start = bd.end()
        whole = [f for f in items if f.end <= start]
        after = [f for f in items if f.start > cue.end()]
        before = [f for f in items if start <= f.start and f.end <= cue.start()]
        money = [f for f in after if f.type == "money"]
        counts_after = [f for f in after if f.type == "project_count"]
        figures = money or counts_after
        n = len(figures)
        if n < 2 or (money and counts_after and len(counts_after) != n):
            return None
        scopes, years = self._labels(key, start, cue.start(), periods, n)
        told = None
        if len(scopes) != n and len(years) != n and prev is not None and (
                _POINTS_BACK.search(key, start, cue.start()) or key.startswith("tương ứng", cue.start())):
            # (the labels in the sentence before, referred back to: 'Năm 2023 và năm 2024, ... Kinh phí thực hiện
            # các đề án trong hai năm này lần lượt là 3,2 tỷ đồng và 3,8 tỷ đồng'; 'tương ứng' points back itself:
            # '... các năm 2022, 2023, 2024 lần lượt là ... Số đề án tương ứng là 12, 14 và 17 đề án')
            scopes, years = self._labels(key, *prev, periods, n)
            told = prev if len(scopes) == n or len(years) == n else None
        if not scopes:
            # (one programme named between the cue and the figures is every figure's: 'đã thực hiện lần lượt 12
            # và 15 đề án khuyến công địa phương với kinh phí lần lượt là 2,1 tỷ đồng và 2,6 tỷ đồng')
            # (or after the last figure, in its clause: '... tương ứng 1,2 tỷ đồng và 1,5 tỷ đồng từ nguồn khuyến
            # công quốc gia')
            named = self._programmes_in(key, cue.end(), figures[0].start) or \
                self._programmes_in(key, figures[-1].end, self._clause_end(key, figures[-1].end, s_end))
            scopes = list(named) if len(named) == 1 and "both" not in named else []
        counts = [f for f in before if f.type == "project_count"]
        groups: list[list[Fact]] = [[f] for f in figures]
        if money and len(counts_after) == n:
            # (in the order the text gives them: '... lần lượt là 1,5 tỷ đồng và 4,5 tỷ đồng, với 3 và 20 đề án')
            groups = [sorted([c, m], key=lambda f: f.start) for c, m in zip(counts_after, money)]
            # (the figures before the cue are then the whole the list breaks down: 'thực hiện 25 đề án khuyến công,
            # kinh phí 6,2 tỷ đồng, lần lượt là 7 đề án (1,6 tỷ đồng), 8 đề án (2 tỷ đồng) và 10 đề án (2,6 tỷ đồng)')
            whole = whole + before
        elif money and len(counts) == n:
            groups = [[c, m] for c, m in zip(counts, money)]
        elif counts and money and len(counts) == 1 and any(f.type == "money" for f in before) and \
                (len(years) == n or len(scopes) == n):
            # (a whole given with its count and amount, then its amounts by the years or programmes it names: 'Trong
            # hai năm 2024 và 2025, ... hỗ trợ 25 đề án với kinh phí 4,6 tỷ đồng, lần lượt là 2,1 tỷ đồng và 2,5 tỷ')
            whole = whole + before
        elif len(counts) == 1 and counts[0].value == n and not any(f.type == "money" for f in before):
            # (a count of as many works as the amounts listed, each work's amount in turn: '2 đề án khuyến công quốc
            # gia, kinh phí lần lượt 1,2 tỷ đồng và 850 triệu đồng'): the count is their whole, no first amount's
            whole = whole + before
        elif counts:
            return None  # counts before that do not pair with the figures: read as usual
        elif money and _sum_of_listed(before, money):
            # (an amount before the list that the listed amounts add up to is their whole: 'hỗ trợ 2 cơ sở với tổng
            # số tiền 470 triệu đồng, lần lượt là ... (250 triệu đồng) và ... (220 triệu đồng)')
            whole = whole + before
        # (one programme named before the list is every figure's: 'kinh phí khuyến công địa phương ... lần lượt là
        # 5,2 tỷ đồng và 6 tỷ đồng')
        own_scopes = scopes if len(scopes) == n else scopes * n if len(scopes) == 1 else [None] * n
        own_periods = years if len(years) == n else [None] * n
        places = list(dict.fromkeys(p.value for p in provinces if start <= p.start and p.end <= cue.start()))
        own_places = places if len(places) == n else [None] * n
        if own_scopes == [None] * n and own_periods == [None] * n and own_places == [None] * n and \
                len(groups[0]) == 1 and not (len(counts) == 1 and counts[0] in whole):
            return None  # nothing to distribute
        return whole, list(zip(groups, own_scopes, own_periods, own_places)), told

    def _labels(self, key: str, lo: int, hi: int, periods: list[Fact], n: int) -> tuple[list[str], list[str]]:
        """The programmes and the years named in ``key[lo:hi]``, in order, for a list of ``n`` figures given
        respectively ('KCQG và KCĐP', 'năm 2023 và 2024': a listed span counts as its years)."""
        found = sorted((m.start(), v) for p, v in self.scope if v in ("national", "local", "both")
                       for m in p.finditer(key, lo, hi))
        scopes = ["national", "local"] if any(v == "both" for _, v in found) else [v for _, v in found]
        years: list[str] = []
        named = [f for f in periods if lo <= f.start < hi]
        for f in named:
            if lo <= f.start < hi:
                first, _, last = f.value.partition("-")
                # (a span alone, when no programmes are listed, is its years in turn: 'Kinh phí ... giai đoạn
                # 2021-2024 lần lượt là 1,5 tỷ đồng, 1,7 tỷ đồng, 2 tỷ đồng và 2,3 tỷ đồng')
                listed = last and (_LISTED_YEARS.search(f.text) or len(named) == 1 and len(scopes) != n) and \
                    int(last) - int(first) + 1 == n
                years += [str(y) for y in range(int(first), int(last) + 1)] if listed else [f.value]
        return scopes, years

    def _group(self, key: str, items: list[Fact], sums: set[int]) -> list[list[Fact]]:
        """Join the counts and amounts of one clause into groups, in order; the start of an amount that is the
        'tổng' of listed counts of both programmes goes into ``sums``.

        A count and the amount of its clause join ('13 đề án ... tổng kinh phí 2.634,6 triệu đồng'); an amount
        given for the count after it joins it ('1,2 tỷ đồng cho 02 đề án'); listed counts before one 'tổng'
        amount are summed unless each names its own programme. A ';', a sentence end or a breakdown cue
        ('trong đó') between two figures always separates them.
        """
        groups: list[list[Fact]] = []
        pending: list[Fact] = []
        for n, f in enumerate(items):
            if pending and self._hard_break(key, pending[-1], f, len(pending)):
                groups.extend(self._flush(key, pending))
                pending = []
            if f.type == "project_count":
                last = groups[-1] if groups else []
                # (not a count that its own amount follows: 'được giao là 1.905 triệu đồng, đã thực hiện 06 nhiệm vụ
                # với kinh phí 1.605 triệu đồng')
                if not pending and len(last) == 1 and last[0].type == "money" and self._money_for(key, last[0], f) \
                        and not (n + 1 < len(items) and items[n + 1].type == "money"
                                 and _COUNTS_OWN_AMOUNT.fullmatch(key, f.end, items[n + 1].start)) \
                        and not self._own_amount_next(key, last[0], f, items, n) \
                        and not self._hard_break(key, last[0], f, 1):
                    last.append(f)  # amount then count: 'kinh phí 1,2 tỷ đồng cho 02 đề án nhóm'
                    continue
                if pending and pending[-1].type == "money":
                    if self._money_for(key, pending[-1], f) and not self._own_amount_next(key, pending[-1], f, items, n):
                        groups.append(pending + [f])
                        pending = []
                        continue
                    groups.append(pending)
                    pending = []
                if pending and not self._listed(key, pending[-1], f):
                    groups.extend(self._flush(key, pending))
                    pending = []
                pending.append(f)
            else:
                if pending and pending[-1].type == "money":
                    groups.append(pending)
                    pending = []
                if pending and n + 1 < len(items) and items[n + 1].type == "project_count" and \
                        (given_for := _FOR_PROJECTS.match(key, f.end)) and given_for.end() >= items[n + 1].end and \
                        items[n + 1].value != pending[-1].value and _CLAUSE_BREAK.search(key, pending[-1].end, f.start):
                    # an amount given for the count right after it, in a clause of its own after the counts: 'ngoài 2
                    # đề án khuyến công quốc gia, tỉnh còn bố trí 2,3 tỷ đồng cho 8 đề án' (the amount then count join)
                    groups.extend(self._flush(key, pending))
                    groups.append([f])
                    pending = []
                    continue
                own = len(pending) > 1 and self._own_programmes(key, pending, f)
                if own and "tổng" not in key[pending[-1].end:f.start] and \
                        (_OWN_CLAUSE.search(key, pending[-2].end, pending[-1].start) or
                         ";" in key[pending[-2].end:pending[-1].start]):
                    # the last count in a clause of its own, its amount with it: 'ngoài 3 đề án khuyến công quốc gia,
                    # tỉnh còn thực hiện 6 đề án khuyến công địa phương với kinh phí 1,2 tỷ đồng'; or after a ';':
                    # '2 đề án khuyến công quốc gia đã hoàn thành; 21 đề án khuyến công địa phương đã nghiệm thu với
                    # kinh phí 4,1 tỷ đồng')
                    groups.extend([[p] for p in pending[:-1]])
                    pending = pending[-1:]
                elif own:
                    groups.extend([[p] for p in pending])  # each count its programme's; the amount is their sum
                    if "tổng" in key[pending[-1].end:f.start]:
                        sums.add(f.start)  # '40 đề án KCĐP và 6 đề án KCQG với tổng kinh phí 9 tỷ': a total
                    pending = []
                elif len(pending) > 1 and "tổng" not in key[pending[-1].end:f.start]:
                    groups.extend([[p] for p in pending[:-1]])
                    pending = pending[-1:]
                pending.append(f)
                groups.append(pending)
                pending = []
        groups.extend(self._flush(key, pending))
        return _join_across_bracket(key, groups)

    @staticmethod
    def _flush(key: str, pending: list[Fact]) -> list[list[Fact]]:
        if not pending:
            return []
        return [[p] for p in pending] if all(p.type == "project_count" for p in pending) else [pending]

    def _hard_break(self, key: str, a: Fact, b: Fact, listed: int) -> bool:
        """A sentence end or a breakdown cue between two figures; a ';' too, except inside a list of counts
        ('11 đề án ...; 01 đề án ...; 01 nhiệm vụ ... với tổng kinh phí 1,6 tỷ')."""
        gap = key[a.end:b.start]
        if a.type == "money" and b.type == "project_count" and self._consists_of(key, a, b):
            return False
        cue = self.breakdown.search(gap)
        if cue and _INCLUSIVE.match(gap, cue.end()) and not _DIGIT.search(gap, cue.end()):
            cue = None  # 'gồm cả khuyến công quốc gia và địa phương': what the figure takes in, no breakdown of it
        if cue and a.type == "project_count" and b.type == "money" and _MEMBERS_THEN_BUDGET.fullmatch(gap, cue.end()):
            cue = None  # '1 đề án nhóm gồm 5 cơ sở ..., kinh phí 500 triệu đồng': who the count's project is for
        if regex.search(r"\.\s", gap.replace("...", "")) or cue:
            return True
        opens, closes = "(" in gap and ")" not in gap, ")" in gap and "(" not in gap
        if a.type == "project_count" and b.type == "money" and "tổng" not in gap and self.event_clause.search(gap):
            return True
        if a.type == "project_count" and b.type == "money" and _LABELLED_ITEM.search(gap):
            # 'Kế hoạch gồm 18 đề án, tập trung vào các nội dung: hỗ trợ máy móc (2,6 tỷ đồng); ...': the amount in
            # brackets is the first listed item's, not the count's
            return True
        if a.type == "project_count" and b.type == "money" and _ITEM_AFTER_COLON.fullmatch(gap) and \
                _NEXT_ITEM_AMOUNT.match(key, b.end):
            # '2 đề án: đào tạo nghề cho 35 lao động với kinh phí 120 triệu đồng và hỗ trợ máy dệt với kinh phí 280
            # triệu đồng': the colon opens the count's items, each with its own amount
            return True
        if a.type == "project_count" and (b.type == "project_count" and opens or closes):
            # '12 đề án khuyến công (2 đề án quốc gia, 10 đề án địa phương), tổng kinh phí 2,5 tỷ đồng': the
            # bracket opens the count's parts, and the figure after it closes them
            return True
        if ";" not in gap:
            return False
        if a.type == "project_count" and b.type == "money" and _COUNT_LIST.match(gap):
            return False  # '03 đề án: (1) ...; (2) ...; (3) ...; với tổng kinh phí 900 triệu đồng'
        if a.type == b.type == "project_count":
            return False
        if a.type == "project_count" and b.type == "money" and _BUDGET_OF.fullmatch(gap):
            return False  # '3 đề án khuyến công quốc gia; tổng kinh phí 2,7 tỷ đồng': the count's own budget
        if a.type == "project_count" and b.type == "money" and _BARE_SEMICOLON.fullmatch(gap):
            return False  # 'Giai đoạn 2021-2025: 142 đề án; 34,8 tỷ đồng; ...': a tally's figures of one statement
        return not (a.type == "project_count" and b.type == "money" and listed > 1 and "tổng" in gap)

    def _mark_breakdowns(self, ctx: Context, key: str, s_start: int, drafts: list[_Draft], first: int) -> None:
        """Flag the drafts of one sentence that a breakdown cue introduces, and the ones said to be extra."""
        for i in range(first, len(drafts)):
            d = drafts[i]
            start = d.facts[0].start
            if i > first:
                prev = drafts[i - 1]
                gap = key[prev.facts[-1].end:start]
                cue = self.breakdown.search(gap) if not _OUT_OF_WHOLE.fullmatch(gap) else None
                # (or after a payment's slash: 'giải ngân 620 triệu đồng/1.850 triệu đồng')
                d.plan_ref = "(" in gap and ")" not in gap and \
                    bool(_PLAN_NAMED_BEFORE.search(key, max(0, start - _PLAN_REACH), start)) or \
                    bool(prev.money() and d.money() and _SLASH_BEFORE.fullmatch(gap)
                         and _PAID_OUT.search(key, s_start, prev.facts[-1].start))
                if not cue and "(" in gap and ")" not in gap and not d.plan_ref:
                    # '3,5 tỷ đồng (KCQG 1,2 tỷ đồng, ...)', '20 đề án khuyến công (4 đề án KCQG, ...)': the bracket
                    # opens its parts; not after a plan's name ('..., bằng 42% kế hoạch vốn năm (2,6 tỷ đồng)')
                    cue = regex.search(r"\(", gap)
                if not cue and i == first + 1 and _OUT_OF.match(key, s_start, prev.facts[0].start):
                    # 'Trong tổng 1,4 tỷ đồng từ nguồn KCĐP, trung tâm dành trên 910 triệu đồng ...': the sentence
                    # opens with the whole the figure after it is taken out of
                    d.marker, d.anchor = True, i - 1
                    continue
                if not cue:
                    # '... 24 cơ sở với tổng kinh phí 3,6 tỷ đồng; riêng năm 2024 là 8 cơ sở, 1,25 tỷ đồng': one
                    # part of the figure before, singled out
                    cue = _SINGLED_OUT_AFTER.search(gap)
                if not cue and prev.money() and _COLON_THEN_LABEL.fullmatch(gap):
                    # a colon right after a whole's amount opens its items, each named before its figure ('... 7 đề án
                    # ... 5,6 tỷ đồng: Sơn La 3 đề án (2,4 tỷ đồng), Điện Biên 2 đề án (1,6 tỷ đồng), ...')
                    cue = regex.search(":", gap)
                if not cue and [f.type for f in prev.facts] == ["project_count"] and d.money() and \
                        (_LABELLED_ITEM.search(gap) or _ITEM_AFTER_COLON.fullmatch(gap)):
                    # '2 đề án: xây dựng mô hình ... (kinh phí 800 triệu đồng) và tổ chức 2 lớp ... (kinh phí 150 triệu
                    # đồng)': the count's colon opens its items, each with its own amount
                    cue = regex.search(":", gap)
                if cue:
                    anchor = i - 1
                    if prev.plan_ref and i - 2 >= first and self.breakdown.search(gap):
                        # (the breakdown after a plan named in brackets for a share reached is the payout's: '... đã
                        # giải ngân 7,68 tỷ đồng, đạt 96% kế hoạch vốn được giao (8 tỷ đồng), trong đó khuyến công quốc
                        # gia 2,1 tỷ đồng, ...')
                        anchor = i - 2
                    d.marker, d.anchor = True, anchor
                    d.listed = ":" in gap[cue.start():]
                    continue
                counts = [f for f in prev.facts if f.type == "project_count"]
                finished = _FINISHED_OF.fullmatch(gap) or \
                    _NOW_OPENS.fullmatch(gap) and _FINISHED_AFTER.match(key, d.facts[0].end)
                # (with what was paid for them, less than the whole's amount: '... kinh phí 2.750 triệu đồng, 13 đề án,
                # đã hoàn thành 8 đề án, giải ngân 1.640 triệu đồng')
                if d.facts[0].type == "project_count" and counts and finished and \
                        isinstance(d.facts[0].value, int) and d.facts[0].value <= counts[-1].value and \
                        [f.type for f in d.facts[1:]] in ([], ["money"]) and \
                        (len(d.facts) == 1 or prev.money() and d.facts[1].value < prev.money()[0].value):
                    d.marker, d.anchor = True, i - 1
                    continue
                parallel = [f.type for f in d.facts] == [f.type for f in prev.facts] and (
                    len(d.facts) > 1 or d.facts[0].type == "money"  # (amounts listed as items: '...; 5 tỷ đồng cho ...')
                    or _ITEM_OPENS_WITH_COUNT.search(gap) is not None  # ('6 đề án hỗ trợ ...; 4 đề án đào tạo ...')
                    # (or a purpose's few words before each count: '... trong đó hỗ trợ máy móc thiết bị 16 đề án; đào
                    # tạo nghề 2 đề án; hội chợ triển lãm 3 đề án')
                    or d.facts[0].type == "project_count" and _ITEM_NAMES_ITS_COUNT.fullmatch(gap) is not None
                    and not self._programmes_in(key, prev.facts[-1].end, start))
                if prev.marker and prev.anchor is not None:
                    opened = key[drafts[prev.anchor].facts[-1].end:start]
                    parallel = parallel or opened.count("(") > opened.count(")")  # still inside the parts' bracket
                    # a sentence that breaks down the figure before it lists its parts between ';' whatever their
                    # shape ('Theo kế hoạch, tỉnh hỗ trợ 14 đề án ... 2,9 tỷ đồng; tổ chức đào tạo ... 300 triệu đồng')
                    parallel = parallel or drafts[prev.anchor].sentence < d.sentence and not self.additional.search(gap)
                if d.marker is False and prev.marker and "." not in gap and (";" not in gap or prev.listed or parallel):
                    # the next item of the same breakdown ('gồm: 15 đề án ...; 01 đề án ...; 01 đề án ...'; after a
                    # ';' without a colon, an item of the same shape: 'huyện A 4 đề án, kinh phí ...; huyện B 3 đề án,
                    # kinh phí ...')
                    d.marker, d.anchor, d.listed = True, prev.anchor, prev.listed
                    continue
            lead = key[s_start:start]
            announced = self.parts_announced.match(lead) and first > 0 and drafts[first - 1].sentence == ctx.prev_sentence(d.sentence)
            undated = self.continues_undated.match(lead) and not _A_YEAR.search(lead)
            # (a sentence opening on a year's figure, the year in the span of the figure before: read up to the
            # figure's first digit)
            by_year = i == first and first > 0 and self._year_of_span_before(
                ctx, key, s_start, start + 1, drafts[first - 1].sentence)
            if i == first and first > 0 and not by_year and \
                    self._next_year_item(ctx, key, drafts, first, s_start, start):
                # (the next year of a span's year-by-year list, the item before already its part: '- Năm 2021: 14 đề
                # án, ...' under '... 78 đề án ... hơn 21 tỷ đồng' then '- Năm 2022: 15 đề án, ...')
                d.marker, d.anchor, d.listed = True, drafts[first - 1].anchor, drafts[first - 1].listed
                continue
            if (self.continues.match(lead) or announced or undated or by_year) and i == first and first > 0 and \
                    not _OUT_OF.match(lead):
                # (not the whole a sentence opens with to take its figures out of: 'Trong số 28 đề án được giao, đã có
                # 12 đề án hoàn thành' names a new whole, not a part of the figure before)
                # (the whole of the sentence before, not the last of its own parts: '6,8 tỷ đồng (KCQG 2,3 tỷ đồng;
                # KCĐP 4,5 tỷ đồng). Trong số đó, 15 đề án hỗ trợ máy móc ...')
                j = first - 1
                while j > 0 and drafts[j].plan_ref and drafts[j - 1].sentence == drafts[j].sentence:
                    j -= 1  # (not the plan named in brackets after what was paid: '... đạt 71% kế hoạch năm (1.760 tr.đ)')
                level = self._scope(lead, paid=False) or _level_of(_LEVEL_OF_COUNT.search(lead))
                named = None
                if level in ("national", "local"):
                    # (the whole of the level the opener names: '... 8 đề án khuyến công địa phương ... và 1 đề án
                    # khuyến công quốc gia .... Trong số các đề án địa phương, 5 đề án ...' breaks down the 8; its
                    # level said after its figure, else in its own clause before it: '..., kinh phí khuyến công địa
                    # phương 11,1 tỷ đồng (89 đề án). Trong số 89 đề án khuyến công địa phương có 52 đề án ...')
                    same = [k for k in range(j, -1, -1) if drafts[k].sentence == drafts[j].sentence]
                    named = next((k for k in same if self._scope(self._own_clause(ctx, key, drafts, k), paid=False)
                                  == level), None)
                    if named is None:
                        named = next((k for k in same if self._scope(key[drafts[k].facts[0].start:min(
                            drafts[k].facts[-1].end + 40, drafts[k + 1].facts[0].start
                            if k + 1 < len(drafts) else len(key))], paid=False) == level), None)
                    j = j if named is None else named
                elif (among := _AMONG_COUNT.search(lead)) is not None:
                    # (the whole the opener names by its count: '..., khuyến công địa phương 11,1 tỷ đồng (89 đề án).
                    # Trong số 89 đề án này, có 52 đề án ...' breaks down the 89, not the total before it)
                    same = [k for k in range(j, -1, -1) if drafts[k].sentence == drafts[j].sentence and any(
                        f.type == "project_count" and f.value == int(among[1]) for f in drafts[k].facts)]
                    if len(same) == 1:
                        named = j = same[0]
                else:
                    # (the whole the parts add up to: 'đã thực hiện 18/26 đề án KCĐP (kinh phí 3.250 tr.đ/5.100
                    # tr.đ); ... 3/4 đề án KCQG (kinh phí 1.350 tr.đ). Cụ thể: ... (2.450 tr.đ); ... (310 tr.đ); ...
                    # (490 tr.đ)')
                    parts = sum(o.money()[0].value for o in drafts[i:] if o.sentence == d.sentence and o.money())
                    j = next((k for k in range(j, -1, -1) if drafts[k].sentence == drafts[j].sentence
                              and drafts[k].money() and drafts[k].money()[0].value == parts), j)
                    # (or whose count they add up to, told sentences before: '... 156 đề án ... 38,7 tỷ đồng. 1. Khuyến
                    # công quốc gia: 21 đề án ... 2. Khuyến công địa phương: 135 đề án ... Trong số này, 97 đề án ...,
                    # 18 đề án ..., 11 đề án ... và 30 đề án còn lại ...': the 156, not the 135 told last)
                    j = self._whole_of_counts(drafts, i, j)
                last = drafts[j]
                # (a whole of an earlier sentence is not this one's: '1. ... 4,18 tỷ đồng. Cụ thể: ... 2. Khuyến công
                # địa phương: 14 đề án, kinh phí 2,83 tỷ đồng. Trong đó, ... 9 đề án, kinh phí 2,1 tỷ đồng' details the item)
                own_whole = last.marker and last.anchor is not None and (
                    drafts[last.anchor].sentence == last.sentence  # (or the one its 'Trong đó, ...' sentence details)
                    or _details_of(ctx, key, last.sentence, drafts[last.anchor].sentence))
                d.marker, d.anchor = True, last.anchor if own_whole and named is None else j
            elif i == first and (self.additional.search(lead) or _BESIDES_OPENS.match(lead)):
                d.additional = True  # (also a source or work it comes on top of: 'Bên cạnh kinh phí thành phố, ...')
            elif i > first and self._opens_more(key, drafts[i - 1].facts[-1].end, start):
                d.additional = True  # (mid-sentence: '...; đồng thời tổ chức 2 đoàn ... với kinh phí 150 triệu đồng')
            elif i > first and _GIVEN_MORE.search(key, max(drafts[i - 1].facts[-1].end, start - 40), start):
                # (given on top, said by the verb right before the figure: 'kinh phí khuyến công tỉnh bố trí 2,7 tỷ đồng,
                # Trung ương hỗ trợ thêm 1,5 tỷ đồng')
                d.additional = True
            elif i > first and drafts[i - 1].additional and _NEXT_SIBLING.match(key, drafts[i - 1].facts[-1].end, start) \
                    and not self._programmes_in(key, drafts[i - 1].facts[-1].end, start):
                # the next beneficiary of the same extra deed ('Ngoài ra, tỉnh hỗ trợ cơ sở A 350 triệu đồng và cơ sở B
                # 180 triệu đồng'): as extra as the first, not the paragraph's programme when the first is not
                d.additional = True
            elif i == first and (_ALSO_SUPPORTED.search(lead) or _AT_THE_SAME_TIME.match(lead)):
                # (a sentence opening 'Đồng thời': more work on top, though of the paragraph's programme still)
                d.also = True

    def _own_clause(self, ctx: Context, key: str, drafts: list[_Draft], k: int) -> str:
        """The words of draft ``k``'s own clause: from the figure before it in its sentence (or the sentence's start)
        to the clause break after its last figure."""
        s_start, s_end = ctx.sentence_span(drafts[k].sentence)
        start = drafts[k - 1].facts[-1].end if k > 0 and drafts[k - 1].sentence == drafts[k].sentence else s_start
        return key[start:self._clause_end(key, drafts[k].facts[-1].end, s_end)]

    def _opens_more(self, key: str, after: int, start: int) -> bool:
        """A clause between the figure ending at ``after`` and the one at ``start`` opens with a cue of more ('ngoài
        ra', or mid-sentence 'đồng thời'): the later figure comes on top of the one before."""
        return any(self.additional.search(key[b.end():start]) or _AT_THE_SAME_TIME.match(key, b.end(), start)
                   for b in _CLAUSE_BREAK.finditer(key, after, start))

    def _item_of_intro(self, ctx: Context, key: str, drafts: list[_Draft], first: int) -> None:
        """An item of a list whose announcement states a figure ('... tổng kinh phí 5.420 triệu đồng, cụ thể:' then
        '- Các hoạt động khác: 4 đề án, kinh phí 350 triệu đồng') breaks that figure down."""
        if first >= len(drafts) or drafts[first].marker or drafts[first].additional:
            return
        intro = self._list_intro_index(ctx, key, drafts[first].sentence)
        whole = next((j for j in range(first - 1, -1, -1) if drafts[j].sentence == intro), None)
        inline = intro is None and first > 0 and drafts[first - 1].sentence < drafts[first].sentence and \
            self._inline_samples(ctx, key, drafts[first])
        if inline:
            # (examples listed in the announcing sentence itself: its lead is the announcement)
            intro = drafts[first].sentence
        prev = drafts[first - 1] if first > 0 else None
        # (an item after the announcement follows the item before it, if that one found its whole, else none:
        # the item before is the list's sibling, never its whole)
        sibling = prev is not None and intro is not None and prev.sentence > intro
        # examples of what the figure before counts: a smaller amount, or the amounts of projects it counts ('...
        # đã hoàn thành ... với 16 đề án. Một số đề án tiêu biểu:' then '- Hỗ trợ ..., kinh phí 320 triệu đồng;')
        sampled = prev is not None and (sibling or _smaller_amount(drafts[first], prev) or
                                        not prev.money() and any(f.type == "project_count" for f in prev.facts))
        # (a photo's caption or page chrome between them is passed over)
        if whole is None and intro is not None and first > 0 and (not sibling or prev.marker) and \
                _plain_sentences_between(ctx, drafts[first - 1].sentence, intro) <= 1 and \
                (self._bare_breakdown(ctx, key, intro) or
                 (inline or self._sample_intro(ctx, key, intro)) and sampled
                 or self.parts_announced.fullmatch(key, *ctx.sentence_span(intro))
                 and drafts[_anchor_of(drafts, first - 1)].sentence == ctx.prev_sentence(intro)) and \
                not (ctx.title and drafts[first - 1].facts[0].start < ctx.title[1]):
            # an announcement that is only a breakdown cue ('Trong đó:', 'Cụ thể như sau:') breaks down the last
            # figure of the sentence or two before it, a sentence without figures between ('... 11 đề án, kinh
            # phí 2,05 tỷ đồng. Các đề án tập trung tại ... Trong đó: + Hỗ trợ máy móc: 6 đề án, ...'); so does one that
            # announces parts right after the figure's sentence ('... 12 đề án, kinh phí 2,5 tỷ đồng. Các nội dung chính
            # gồm:' then '- Hỗ trợ 7 cơ sở ... 1,4 tỷ đồng;')
            whole = _anchor_of(drafts, first - 1)
            if not drafts[whole].money() and drafts[first].money():
                # (an amount's items break down the sentence's last amount, not a count told after it: '... 14/15 đề
                # án, kinh phí giải ngân 2.530 triệu đồng; 1 đề án hủy do ... Cụ thể:' then '- Hỗ trợ ...: 1.900 triệu')
                whole = next((j for j in range(whole - 1, -1, -1) if drafts[j].sentence == drafts[whole].sentence
                              and drafts[j].money() and not _smaller_amount(drafts[j], drafts[first])), whole)
        # a list after a whole its sentence split into both programmes' parts ('3.150 trđ, trong đó khuyến công quốc
        # gia 1.200 trđ, khuyến công địa phương 1.950 trđ. Cụ thể như sau:' then '+ Đào tạo nghề: 3 đề án, ...') breaks
        # the whole down another way, by purpose: its items are the whole's, never its last programme's, and only
        # they fill it
        if whole is not None and drafts[whole].marker and drafts[whole].anchor is not None and \
                drafts[drafts[whole].anchor].sentence == drafts[whole].sentence:
            whole_of_parts = drafts[whole].anchor
        else:
            whole_of_parts = whole
        crosses = whole is not None and \
            any(o.marker and o.anchor == whole_of_parts and not o.listed and
                o.sentence == drafts[whole_of_parts].sentence for o in drafts[:first]) and \
            {"national", "local"} <= self._programmes_in(key, *ctx.sentence_span(drafts[whole_of_parts].sentence))
        if crosses:
            whole = whole_of_parts
        if whole is not None and not _fits_in(drafts, whole, first, crosses) and drafts[first - 1].marker and \
                drafts[first - 1].anchor == whole and _fits_in(drafts, first - 1, first) and not crosses:
            # the list spells out the last part of the whole's own breakdown, not the whole, whose parts already fill
            # it ('tổng kinh phí ... 8,5 tỷ đồng, trong đó kinh phí khuyến công địa phương 6 tỷ đồng, kinh phí đối ứng
            # ... 2,5 tỷ đồng. Nội dung kế hoạch gồm:' then '1. Hỗ trợ ... : 12 đề án, kinh phí 3,6 tỷ đồng.' ...)
            whole = first - 1
        if whole is not None and intro is not None and not crosses and not _fits_in(drafts, whole, first) and \
                self._bare_breakdown(ctx, key, intro):
            # a bare 'Cụ thể như sau:' after a sentence that told both programmes' figures side by side ('09 đề án KCĐP
            # với tổng kinh phí 2.150 triệu đồng và 02 đề án KCQG với 1.300 triệu đồng'): the list breaks down the
            # figure of that sentence it fits in, not always the last
            whole = next((j for j in range(whole - 1, -1, -1) if drafts[j].sentence == drafts[whole].sentence
                          and not drafts[j].marker and drafts[j].money() and _fits_in(drafts, j, first)), whole)
        if whole is not None and drafts[whole].sentence != drafts[first].sentence and \
                self._section_scope(ctx, key, drafts[whole].sentence) not in \
                (None, self._section_scope(ctx, key, drafts[first].sentence)):
            return  # (under another programme's heading: '1. Khuyến công quốc gia' ... '2. Khuyến công địa phương')
        if whole is not None and _fits_in(drafts, whole, first, crosses):
            drafts[first].marker, drafts[first].anchor, drafts[first].listed = True, whole, True
            for j in range(first + 1, len(drafts)) if inline else ():
                # (the announcing sentence's next examples, after a ';': the same whole's)
                if drafts[j].marker or ";" not in key[drafts[j - 1].facts[-1].end:drafts[j].facts[0].start] or \
                        not _fits_in(drafts, whole, j, crosses):
                    break
                drafts[j].marker, drafts[j].anchor, drafts[j].listed = True, whole, True

    @staticmethod
    def _fraction_of_whole(drafts: list[_Draft], first: int) -> None:
        """A count written as a share of a count stated before ('30/32 đề án đã hoàn thành' after '32 đề án ...'):
        a part of the record with that count."""
        for d in drafts[first:]:
            share = _SHARE.match(d.facts[0].text) if d.facts[0].type == "project_count" else None
            if share is None or d.marker:
                continue
            whole = next((j for j in range(first - 1, -1, -1) if any(
                f.type == "project_count" and f.value == int(share.group(2)) for f in drafts[j].facts)), None)
            if whole is not None:
                d.marker, d.anchor = True, whole

    @staticmethod
    def _amount_to_whole(key: str, drafts: list[_Draft], first: int) -> None:
        """'30 đề án, gồm 20 đề án máy móc và 10 đề án đào tạo nghề, kinh phí 4 tỷ đồng': an amount in the
        clause after the last part of a count's breakdown is the whole's, when the parts add up to the whole."""
        for i in range(first, len(drafts)):
            d = drafts[i]
            if not (d.marker and d.anchor is not None and len(d.facts) == 2 and d.facts[0].type == "project_count"
                    and d.facts[1].type == "money" and "," in key[d.facts[0].end:d.facts[1].start]):
                continue
            whole = drafts[d.anchor]
            parts = [o for o in drafts[first:i + 1] if o.anchor == d.anchor and o.marker]
            if [f.type for f in whole.facts] != ["project_count"] or any(
                    o.facts[0].type != "project_count" for o in parts):
                continue
            if any(len(o.facts) > 1 for o in parts[:-1]):
                continue  # each part with its own amount ('KCQG 2 đề án, kinh phí 1,2 tỷ; KCĐP 12 đề án, kinh phí ...')
            # (or a 'tổng' amount after the one part a whole names: 'gồm 20 đề án, trong đó 05 đề án nhóm, tổng kinh phí
            # 5 tỷ đồng' is the twenty's sum, not the group projects')
            # (one part as large as the whole is the same count said again, its amount its own: a title's 'Giao 42 đề
            # án' over the body's 'Theo đó, toàn tỉnh thực hiện 42 đề án, tổng kinh phí 8,75 tỷ đồng')
            if len(parts) > 1 and sum(o.facts[0].value for o in parts) == whole.facts[0].value or len(parts) == 1 and \
                    d.facts[0].value < whole.facts[0].value and \
                    _SUM_AFTER.search(key, d.facts[0].end, d.facts[1].start) and \
                    (not _LEVEL_WORD.search(key, whole.facts[0].end, d.facts[1].start)
                     # (a part of a level said as what is among the whole is an aside too: '13 đề án, trong đó có 2 đề
                     # án quốc gia, tổng kinh phí 3,15 tỷ đồng')
                     or _AMONG_THEM.search(key, whole.facts[0].end, d.facts[0].start)):
                whole.facts.append(d.facts.pop())

    @staticmethod
    def _bracket_to_whole(key: str, drafts: list[_Draft], first: int) -> list[_Draft]:  # noqa: C901
        """'13 đề án (5 đề án KCQG, 8 đề án KCĐP), kinh phí 3 tỷ đồng': an amount right after a bracket that
        breaks a count down is the whole count's, and so is a 'tổng' amount right after listed counts that add up
        to it (an amount grouped with the last part is _amount_to_whole's). Returns the drafts left."""
        out = drafts[:first]
        for i in range(first, len(drafts)):
            d = drafts[i]
            prev = out[-1] if len(out) > first else None
            # (only the sentence's last draft: later drafts' anchors count positions)
            if prev is not None and prev.marker and prev.anchor is not None and [f.type for f in d.facts] == ["money"] \
                    and i == len(drafts) - 1:
                whole = drafts[prev.anchor]
                gap = key[prev.facts[-1].end:d.facts[0].start]
                parts = [o for o in out[first:] if o.marker and o.anchor == prev.anchor]
                # (after a list of counts that adds up to the whole's, a 'tổng' amount is the whole's too: '12 đề
                # án, gồm 2 đề án KCQG và 10 đề án KCĐP, tổng kinh phí 2,5 tỷ đồng')
                summed = all([f.type for f in o.facts] == ["project_count"] for o in parts) and \
                    sum(o.facts[0].value for o in parts) == whole.facts[0].value and len(parts) > 1
                if [f.type for f in whole.facts] == ["project_count"] and whole.late_money is None and (
                        regex.fullmatch(_PAST_BRACKET, gap)
                        or summed and regex.fullmatch(r"[^()]*,\s*(?:với\s+)?tổng\s+(?:số\s+)?(?:kinh phí|số tiền)"
                                                      r"[^,;.()]{0,20}", gap)):
                    whole.late_money = d.facts[0]
                    continue
            if prev is not None and prev.plan_ref and len(out) > first + 1 and i == len(drafts) - 1 and \
                    [f.type for f in d.facts] == ["money"] and [f.type for f in prev.facts] == ["project_count"] and \
                    [f.type for f in out[-2].facts] == ["project_count"] and out[-2].late_money is None and \
                    regex.fullmatch(_PAST_BRACKET, key[prev.facts[-1].end:d.facts[0].start]):
                # (the count of a plan the work is set against, in brackets between the work's count and its amount:
                # '... thực hiện 26 đề án, vượt 4 đề án so với kế hoạch đầu năm (22 đề án), tổng kinh phí 7,9 tỷ đồng')
                out[-2].late_money = d.facts[0]
                continue
            out.append(d)
        return out

    @staticmethod
    def _count_to_whole(key: str, drafts: list[_Draft], first: int) -> None:
        """'tổng kinh phí 26 tỷ đồng, trong đó KCQG 8 tỷ đồng, KCĐP 18 tỷ đồng, hỗ trợ 142 đề án': a count in the
        clause after the last part of an amount's breakdown is the whole's, when the parts add up to the whole; so is
        one after the bracket that holds the breakdown ('3,85 tỷ đồng (KCQG: 1,2 tỷ đồng; KCĐP: 2,65 tỷ đồng) để thực
        hiện 13 đề án')."""
        for i in range(first, len(drafts)):
            d = drafts[i]
            if not (d.marker and d.anchor is not None and len(d.facts) == 2 and d.facts[0].type == "money"
                    and d.facts[1].type == "project_count"
                    and _CLAUSE_AFTER_PART.match(key[d.facts[0].end:d.facts[1].start])
                    and (i + 1 == len(drafts) or drafts[i + 1].sentence != d.sentence)):
                continue
            whole = drafts[d.anchor]
            parts = [o for o in drafts[first:i + 1] if o.anchor == d.anchor and o.marker]
            if [f.type for f in whole.facts] != ["money"] or any(o.facts[0].type != "money" for o in parts):
                continue
            if any(o is not d and len(o.facts) > 1 for o in parts):
                continue  # each part has its count: '... KCQG 9,4 tỷ đồng, thực hiện 11 đề án; KCĐP 19,2 tỷ đồng, thực hiện 96 đề án'
            if len(parts) > 1 and sum(o.facts[0].value for o in parts) == whole.facts[0].value:
                whole.late_count = d.facts.pop()  # (kept out of its facts: the whole's span stays before its parts)

    @staticmethod
    def _count_of_budget_before(ctx: Context, key: str, drafts: list[_Draft], first: int, sent: int) -> None:
        """'Năm 2024, tổng kinh phí khuyến công của tỉnh là 7,2 tỷ đồng. Với nguồn kinh phí này, Sở đã triển khai 32
        đề án.': a count alone in a sentence that opens by pointing back at the budget just stated (or by saying what
        the plan just stated is made of: 'Kế hoạch gồm 18 đề án'), maybe with the items its colon lists, is that
        budget's count, one statement (the sentence before must end with an amount that has no count)."""
        if first == 0 or [f.type for f in drafts[first].facts] != ["project_count"] or \
                any(not o.marker or o.anchor != first for o in drafts[first + 1:]):
            return  # (the count alone in its sentence, or with the items its colon lists after it)
        d = drafts[first]
        told = [b for b in drafts[:first] if b.sentence == ctx.prev_sentence(sent)]
        if len(told) > 1 and all([f.type for f in b.facts] == ["money"] for b in told) and \
                sum(b.facts[0].value for b in told[1:]) == told[0].facts[0].value:
            # (a budget and the parts it is made of: 'kinh phí năm 2025 là 4,3 tỷ đồng, gồm 1,3 tỷ đồng từ ngân sách
            # trung ương và 3 tỷ đồng từ ngân sách tỉnh. Số tiền này dành cho 17 đề án.': the whole's count)
            told = told[:1]
        budget = told[-1] if told else drafts[first - 1]
        whole = _whole_of_parts(ctx, drafts, told)
        if whole is not None:
            # (the sentence before only splits the budget of the one before it, its parts adding up to it: 'Tổng kinh
            # phí ... là 3,66 tỷ đồng. Trong đó, KCQG 1,2 tỷ đồng; KCĐP 2,46 tỷ đồng.' then 'Với nguồn kinh phí này, 16
            # đề án đã hoàn thành': the whole's count)
            budget = whole
        elif budget.sentence != ctx.prev_sentence(sent):
            return
        if budget.late_count is not None or [f.type for f in budget.facts] != ["money"] or budget.marker:
            return
        lo, hi = ctx.sentence_span(sent)
        b_lo, b_hi = ctx.sentence_span(budget.sentence)
        if not _OF_THAT_BUDGET.match(key, lo, d.facts[0].start) and not (
                _PLAN_MADE_OF.match(key, lo, d.facts[0].start) and _A_PLAN.search(key, b_lo, b_hi)):
            return
        before = {f.value for f in _facts_between(ctx, ("period",), b_lo, b_hi)}
        if any(f.value not in before for f in _facts_between(ctx, ("period",), lo, hi)):
            return  # (the count dated otherwise is another statement: '..., tỉnh đã hỗ trợ 9 đề án, trong năm 2025')
        budget.late_count = d.facts[0]
        del drafts[first]
        at = drafts.index(budget)
        for o in drafts[first:]:
            o.anchor = at  # (the count's items: the budget's now)

    # -- pass 3 helpers -----------------------------------------------------------------------------------
    def _draft_scope(self, key: str, prev_end: int, g_start: int, g_end: int, next_start: int, s_end: int,
                     paid: bool, follows: bool = False, details: tuple[int, int] | None = None) -> tuple[str | None, bool]:
        """Scope from the clause of a group: before it and inside it, else the rest of its clause after it.

        A breakdown right after the figure that names both programmes ('gồm KCQG ..., KCĐP ...') makes a total.
        ``follows``: another figure of the sentence ends at ``prev_end``; ``details``: the span of the next sentence
        when it breaks down the figure that ends this one ('. Trong đó, ...'), read as a breakdown right after it.
        Returns (scope, whether an explicit programme cue decided it)."""
        tail_end = self._clause_end(key, g_end, next_start)
        items = _COLON_NEXT.match(key, g_end) is not None  # (its items follow a colon: 'được hỗ trợ 2 đề án: đề án ...')
        if not paid:  # a count's programme follows it: '17 đề án khuyến công quốc gia', '2 đề án quốc gia'
            # (also past the programme's bare name: '16 đề án khuyến công (KCQG: 3 đề án/1,2 tỷ đồng; KCĐP: ...)')
            named = _NAME_BEFORE_BRACKET.match(key, g_end)
            bracket = _BRACKET_AFTER.match(key, g_end) or named and _BRACKET_AFTER.match(key, named.end())
            if bracket and self._scope(bracket.group(1), paid) == "total":
                return "total", True  # a bracket naming both programmes' shares: '27 đề án (KCQG 3 đề án, KCĐP 24)'
            # (not its items after a colon: '2 đề án: đề án khuyến công địa phương ... và đề án khuyến công quốc gia ...')
            near = min(tail_end, g_end + 40)
            own = self._scope(key[g_end:near], paid) if not items else None
            if own in ("national", "local") and any(
                    v == "both" and (m := pattern.search(key, g_end, tail_end)) and m.start() < near
                    for pattern, v in self.scope):
                # (both sources named, the second past the reach: '8 đề án khuyến công từ ngân sách trung ương và tỉnh')
                return "total", True
            if own in ("national", "local"):
                return own, True
            level = _COUNT_LEVEL.match(key, g_end)
            if level:
                return _level_of(level), True
            if _BY_THE_MINISTRY.match(key, g_end):
                return "national", True  # '2 đề án do Bộ Công Thương hỗ trợ': the ministry funds national projects only
        if follows:
            prev_end = self._own_start(key, prev_end, g_start)
        # the national programme's name in the clause ('Thực hiện Chương trình khuyến công quốc gia, ...') yields
        # to a source named anywhere in the clause, after the figure too ('... 3 tỷ đồng từ ngân sách tỉnh')
        scope = self._scope(key[prev_end:g_end], paid, framed_ok=False)
        if scope == "total" and _OTHERS_INVESTED.search(key, prev_end, g_end):
            # (the sum the beneficiaries invested, said beside the programme's money, sums no programme: '16 đề án ...
            # đã thu hút tổng vốn đầu tư của các cơ sở 12 tỷ đồng, trong khi kinh phí khuyến công hỗ trợ là 3,6 tỷ')
            scope = self._scope(_OTHERS_INVESTED.sub(lambda m: " " * len(m.group()), key[prev_end:g_end]), paid,
                                framed_ok=False)
        if scope == "total":
            given = self._programmes_in(key, prev_end, g_end) - {"both"}
            named = {v for p, v in self.scope if v in ("national", "local") and p.search(key, prev_end, g_end)}
            if len(given) == 1 and named > given:
                # one of the two programmes named is said to give nothing ('tỉnh không được bố trí kinh phí khuyến công
                # quốc gia; kinh phí khuyến công địa phương chỉ có 800 triệu đồng'): the other one's
                scope = given.pop()
        share = last_match(_WHOLE_THEN_SHARE, key, prev_end, g_start) if scope == "total" else None
        if share:
            prev_end = share.end()
            scope = self._scope(key[prev_end:g_end], paid, framed_ok=False)
        if scope == "total" and (_OF_NATIONAL_PROGRAMME.search(key, prev_end, g_end)
                                 or _NATIONAL_PROGRAMME_FUNDED.search(key, prev_end, g_end)):
            scope = None  # '12 đề án thuộc chương trình khuyến công quốc gia với tổng kinh phí ...': the sum is the programme's
        if scope is None and _NATIONAL_PROGRAMME.search(key, prev_end, g_end):
            joined = _NEXT_ITEM.search(key, g_end, tail_end) if tail_end == next_start < s_end else None
            # (the whole it is out of names no source of its own: '1,5 tỷ đồng trên tổng vốn đầu tư 2 tỷ đồng')
            own_tail = "" if _OUT_OF_WHOLE.match(key, g_end) else key[g_end:joined.start() if joined else tail_end]
            scope = self._scope(own_tail, paid, framed_ok=False) or "national"
        if scope is None:
            # (a count's level right after it inside the group: 'đã hoàn thành 15 đề án địa phương, giải ngân 2,7 tỷ đồng')
            level = _LEVEL_OF_COUNT.search(key, g_start, g_end)
            scope = _level_of(level)
        explicit = scope in ("national", "local") or scope == "total"
        after = key[g_end:next_start if next_start < s_end else s_end]
        region = None
        if after and (self.breakdown.match(after.lstrip(" ,;:(")) or after.lstrip(" ,").startswith("(") or items):
            region = g_end, s_end
        elif details and not after.strip(" .;"):
            region = details
        if region:
            parts = {v for pattern, v in self.scope if pattern.search(key, *region) and v in ("national", "local")}
            if len(parts) == 2:
                return "total", True
            if paid and scope is None and _PUBLIC_SOURCE.search(key, *region) and \
                    self.counterpart.search(key, *region):
                # split into the public budget and the beneficiaries' money ('... là gần 11 tỷ đồng, trong đó ngân
                # sách cấp trên 6,6 tỷ đồng và kinh phí do các doanh nghiệp thụ hưởng trên 4,3 tỷ đồng'): a sum of
                # sources, as the on-topic dev gold counts it
                return "total", True
        # (the national programme's name as the framework names no level: 'Thực hiện Chương trình khuyến công quốc
        # gia, ... với tổng kinh phí 360 triệu đồng từ nguồn khuyến công địa phương' is paid by the local one)
        summed = scope == "total" and not self._names_a_level(_blank_matches(_NATIONAL_PROGRAMME, key[prev_end:g_end]))
        if scope is None or summed:
            # ('tổng kinh phí ... 45 tỷ đồng từ ngân sách tỉnh': a 'tổng' with a single source named after it is
            # that source's, ANNOTATION.md's 'total' being a sum when no single source is named)
            # the rest of the clause, up to a 'và' that opens the next figure's item ('520 triệu đồng chưa chi
            # và kinh phí khuyến công quốc gia là 2 tỷ': the national cue belongs to 2 tỷ); a 'và' with no figure
            # after it joins sources ('từ nguồn khuyến công quốc gia và ngân sách địa phương')
            joined = _NEXT_ITEM.search(key, g_end, tail_end) if tail_end == next_start < s_end else None
            tail_text = "" if items else key[g_end:joined.start() if joined else tail_end]
            if _OUT_OF_WHOLE.fullmatch(tail_text):
                tail_text = ""  # 'giải ngân 1,9 tỷ đồng trong tổng số 4,6 tỷ đồng': the whole's 'tổng', not this figure's
            # a breakdown after the figure ('3,8 tỷ đồng (trong đó KCQG: 1,3 tỷ đồng)') names its parts' sources;
            # a bracket of words alone right after it names its own ('3 tỷ đồng (nguồn khuyến công địa phương)')
            cue = self.breakdown.search(tail_text)
            # (nor do the items after a colon, another figure after it in the sentence: '5 tỷ đồng từ ba nguồn: khuyến
            # công quốc gia 1,5 tỷ đồng, ...')
            colon = tail_text.find(":") if next_start < s_end else -1
            ends = [i for i in (tail_text.find("("), cue.start() if cue else -1, colon) if i >= 0]
            if key.rfind("(", 0, g_start) > key.rfind(")", 0, g_start) and ")" in tail_text:
                tail_text = tail_text[:tail_text.find(")")]  # (a figure inside a bracket: its clause ends with it)
            tail = self._scope(tail_text[:min(ends)] if ends else tail_text, paid)
            parts = _PARTS_BRACKET.match(key, g_end) if tail is None else None
            if parts and _FROM_SOURCE_AFTER.match(key, parts.end()):
                # the source said right after the bracket of its parts is the whole's ('tổng kinh phí 550 triệu đồng
                # (HTX A: 200 triệu đồng; ...) từ nguồn khuyến công địa phương')
                named = self._scope(key[parts.end():self._clause_end(key, parts.end(), s_end)], paid)
                tail = named if named in ("national", "local") else None
            own = _OWN_BRACKET.match(key, g_end) if tail is None else None
            if own and not cue:
                named = self._scope(own.group(1), paid)
                tail = named if named in ("national", "local") else None
            elif own and self._scope(own.group(1), paid) == "total":
                tail = "total"  # (words alone that say it takes in both: '3,1 tỷ đồng (gồm nguồn trung ương và địa phương)')
            opened = key.rfind("(", prev_end, g_start)
            if tail is None and opened > key.rfind(")", prev_end, g_start):
                # the figure inside a bracket whose rest names its source with no figure of its own ('... mơ vàng (tổng
                # 1,1 tỷ đồng; KCĐP)')
                closed = key.find(")", g_end, s_end)
                rest = key[g_end:closed] if closed >= 0 else ""
                named = self._scope(rest, paid) if rest and not _NOT_A_YEAR.search(rest) else None
                tail = named if named in ("national", "local") else None
            source = _SOURCE_CLAUSE.match(key, tail_end) if tail is None and not joined and tail_end < next_start else None
            if source:
                # the source said in a clause of its own after the figure ('tổng kinh phí ... là 350 triệu đồng, do
                # ngân sách tỉnh bảo đảm'; '..., từ nguồn khuyến công quốc gia')
                named = self._scope(key[source.end():self._clause_end(key, source.end(), next_start)], paid)
                tail = named if named in ("national", "local", "total") else None
            if tail is not None and (scope is None or tail in ("national", "local")):
                return tail, tail in ("national", "local", "total")
            if summed and tail is None and _PROVINCIAL_PROGRAMME.search(tail_text):
                # a 'tổng' paid from the provincial programme named after it ('Tổng kinh phí ... là 250 triệu đồng
                # từ nguồn khuyến công thành phố'): one source, without a KCĐP word (ANNOTATION.md: 'unspecified')
                return None, False
            for text in (tail_text, key[prev_end:g_start]) if summed and tail is None else ():
                source = _FROM_SOURCE.search(text)
                if source and not _AND_WORD.search(text, source.end(), source.end() + 60) and \
                        not _KHUYEN_CONG.match(text, source.end()) and not _STATE_BUDGET.match(text, source.start()):
                    # (khuyến công itself, or the state budget, hold both sources)
                    # a 'tổng' paid from one source that is neither programme ('tổng kinh phí 800 triệu đồng từ nguồn
                    # kinh phí xúc tiến thương mại của tỉnh'; 'Từ nguồn kinh phí xúc tiến thương mại của tỉnh, Sở ...
                    # với tổng kinh phí 1,3 tỷ đồng'): no sum of sources
                    return None, False
        return scope, explicit

    @staticmethod
    def _item_start(key: str, prev_end: int, g_start: int, s_start: int) -> int:
        """Where a figure's own item starts after the figure before it in its sentence: past the last ';' or 'và'
        between them ('12 tỷ đồng cho máy móc; 5 tỷ đồng cho xúc tiến thương mại và 3 tỷ đồng cho đào tạo': the
        words after 5 tỷ are its own, not 3 tỷ's)."""
        if prev_end <= s_start:
            # (the first figure's clause starts past a ';' too: 'các chương trình xúc tiến thương mại đã hoàn thành 10
            # hội chợ; 14 đề án khuyến công đã được nghiệm thu, giải ngân 3,5 tỷ đồng' names no purpose of the 14)
            return key.rfind(";", s_start, g_start) + 1 or s_start
        # (items split by ';' hold their own 'và': '...; hỗ trợ 2 mô hình sản xuất gốm và dệt lụa, kinh phí 600 triệu')
        semicolon = key.rfind(";", prev_end, g_start)
        if semicolon >= 0:
            return semicolon + 1
        and_ = key.rfind(" và ", prev_end, g_start)
        return max(prev_end, and_ + len(" và ") if and_ >= 0 else 0)

    def _own_start(self, key: str, prev_end: int, g_start: int) -> int:
        """Where a figure's own words start after the figure before it in its sentence: past the previous
        figure's programme when it follows that figure up to a 'và', comma or semicolon ('gồm 1,2 tỷ đồng kinh phí
        khuyến công quốc gia và 3 tỷ đồng kinh phí khuyến công địa phương': the national cue is 1,2 tỷ's)."""
        # (and past a colon that opens the items, each with its level: '1,05 tỷ đồng từ hai nguồn: khuyến công quốc
        # gia 600 triệu đồng và ...', whose 'hai nguồn' is the whole's)
        colon = key.rfind(":", prev_end, g_start)
        if colon >= 0 and self._scope(key[colon + 1:g_start]) in ("national", "local"):
            return colon + 1
        # (past the bracket the figure before stands in, its level tagged after it: '... dây chuyền sấy (500 triệu
        # đồng, KCQG); hỗ trợ 3 cơ sở ... (270 triệu đồng, KCĐP)': the KCQG is the 500 triệu's)
        close = key.find(")", prev_end, g_start)
        if close >= 0 and "(" not in key[prev_end:close] and self._scope(key[prev_end:close]) in ("national", "local"):
            return close + 1
        sep = _ITEM_SEP.search(key, prev_end, g_start)
        # (its paying body too: '1,2 tỷ đồng từ Trung ương và 2 tỷ đồng từ địa phương')
        if sep and self._scope(key[prev_end:sep.start()]) in ("national", "local"):
            return sep.end()
        return prev_end

    def _sentence_status(self, key: str, periods: list[Fact], s_start: int, g_start: int) -> str | None:
        """The tense the sentence says before a figure; a plan said for a later year does not reach a clause that
        names an earlier year of its own ('Kế hoạch năm 2024 có 15 đề án ..., trong khi năm 2023 thực hiện 12 đề
        án': the 12 are no plan)."""
        status = self._status(key[s_start:g_start])
        if status != "planned":
            return status
        contrast = last_match(_CONTRAST, key, s_start, g_start)
        same_time = last_match(_SAME_TIME, key, s_start, g_start)
        if same_time and _DEED.search(key, same_time.end(), g_start) and not self._status(key[same_time.start():g_start]):
            # (nor the deed done at the same time, which has its own verb: 'đã trình Bộ Công Thương 3 đề án ...; đồng
            # thời thực hiện 9 đề án khuyến công địa phương ...')
            return None
        if contrast and not self._status(key[contrast.start():g_start]):
            # (a plan said before a 'but' does not reach what came of it: 'bố trí 2 tỷ đồng ..., nhưng do thiếu vốn đối
            # ứng, chỉ 8 đề án được triển khai'; its own words after it decide)
            return None
        lo = g_start - len(self._clause_before(key, s_start, g_start))
        own = [int(p.value[:4]) for p in periods if lo <= p.start < g_start]
        before = [int(p.value[-4:]) for p in periods if s_start <= p.start < lo]
        return None if own and before and max(own) < max(before) else status

    @staticmethod
    def _earlier_year_said_alike(ctx: Context, key: str, drafts: list[_Draft], i: int, period: str, prev_end: int,
                                 s_start: int, g_start: int) -> bool:
        """'Năm 2023, Hà Tĩnh hỗ trợ 16 đề án khuyến công với kinh phí 3,4 tỷ đồng. Năm 2022 là 14 đề án, 3 tỷ đồng; năm
        2021 là 12 đề án, 2,6 tỷ đồng': an earlier year's figure given as the next item of a statement told done or
        narrated, its verb unsaid, narrates the same deed (in the same sentence after the year, or opening the next one
        in the paragraph)."""
        prev = drafts[i - 1]
        r = prev.record
        if r is None or not (r.status == "done" or prev.narrated and r.status == "unspecified") or not r.period or \
                period[:4] > r.period[:4] or period == r.period:
            return False
        if prev.sentence == drafts[i].sentence:
            return _YEAR_ITEM.fullmatch(key, prev_end, g_start) is not None
        opener = _NEXT_YEAR_FIGURE.match(key, s_start, g_start + 1)
        return prev.sentence == ctx.prev_sentence(drafts[i].sentence) and opener is not None and \
            opener.end() == g_start and not ctx.paragraph_break(ctx.sentence_span(prev.sentence)[1], s_start)

    def _said_next(self, ctx: Context, key: str, d: _Draft, by_sentence: dict[int, list[Fact]],
                   period: str | None = None) -> str | None:
        """The tense of the sentence right after the last figure of its sentence when that sentence only says how
        the work stands ('... kinh phí hỗ trợ 150 triệu đồng. Dự kiến hoàn thành trong tháng 11/2021.'); not one
        about another year than the figure's ``period`` ('Theo Giám đốc Trung tâm, kế hoạch năm 2025 sẽ ...').
        ``d`` is the last draft of its sentence, whatever figures of no record follow it ('..., kinh phí đối ứng của
        HTX 2,1 tỷ đồng.')."""
        span = self._next_plain_sentence(ctx, key, d, by_sentence)
        if span is None:
            return None
        years = [f.value for f in ctx.facts if f.type == "period" and span[0] <= f.start < span[1]]
        if period and years and all(y != period and not _year_in_span(y, period) and not _year_in_span(period, y)
                                    for y in years):
            return None
        # (its opening words: a cue that starts there, read whole: 'Hiện các đề án đang được triển khai')
        # (not a word of a frame that opens it: 'Trên cơ sở lựa chọn các mục tiêu ưu tiên, Trung tâm đã phân bổ ...')
        # (nor a bare tense word of another deed: 'Tỉnh đã tuyển chọn 176 bộ sản phẩm' tells nothing of the work's state)
        said = key[span[0]:span[1]]
        if _DESCRIBES.match(said):
            return None  # (nor a remark on what was told: 'Đây là lần đầu huyện dành kinh phí khuyến công cho ...')
        # (nor what the work was for: 'Khoảng 60% số đề án dành cho chế biến chè')
        # (nor a passive of receiving, which names what got support: 'Sản phẩm được hỗ trợ gồm ...')
        # (nor a request, which asks for more rather than telling how the work stands: 'Các tỉnh đề xuất Bộ Công Thương
        # tăng kinh phí khuyến công quốc gia cho vùng khó khăn' after what three provinces carried out)
        opening = [end for start, end, v in self._cues(said, weak=False)
                   if start < 30 and len(said[:start].split()) <= 5 and said[start:end] not in ("đã", "sẽ")
                   and not (v == "planned" and (_FOR_PURPOSE.match(said, end) or _REQUEST.fullmatch(said, start, end)))]
        return self._status(key[span[0]:span[0] + opening[-1]]) if opening else None

    def _heading_marks(self, text: str) -> list[tuple[int, str]]:
        """(position, status) of what a title or heading says it reports: its status cues, and the words naming the
        tasks ahead beside the results ('Kết quả năm 2025 và nhiệm vụ năm 2026')."""
        return [(p, v) for p, _, v in self._cues(text, weak=False)] + \
            [(m.start(), "planned") for m in self.heading_plan.finditer(text)]

    def _heading_status(self, text: str) -> str | None:
        """What a title or section heading says it reports; none when it names both results and a plan
        ('Kết quả năm 2025 và kế hoạch năm 2026'), or when it tells a yearly level ('Mỗi năm dành khoảng 3 tỷ đồng cho
        khuyến công': what is set aside year after year, not a plan the body reports)."""
        if _PER_YEAR.search(text):
            return None
        return None if {v for _, v in self._heading_marks(text)} >= {"done", "planned"} else self._status(text)

    def _heading_periods(self, text: str) -> dict[str, str]:
        """A title that names results and a plan, each with its own years ('Kết quả năm 2025 và kế hoạch năm
        2026'): each year or span takes the nearest status word before it. Empty for any other title."""
        marks = self._heading_marks(text)
        if {v for _, v in marks} == {"planned"}:
            # (a title that plans a year after naming another, 'Khuyến công năm 2024 và định hướng 2025': the year
            # before its plan word is not planned by it, and is marked so, unspecified)
            first = min(p for p, _ in marks)
            years = [(_title_year(m), m.start() < first) for m in _TITLE_YEARS.finditer(text)]
            if any(before for _, before in years) and not all(before for _, before in years):
                return {y: "unspecified" if before else "planned" for y, before in years}
            return {}
        if {v for _, v in marks} != {"done", "planned"}:
            return {}
        out: dict[str, str] = {}
        for m in _TITLE_YEARS.finditer(text):
            before = [(p, v) for p, v in marks if p < m.start()]
            if before:
                out[_title_year(m)] = max(before)[1]
        return out

    def _section_status(self, ctx: Context, key: str, sent: int) -> str | None:
        """The status of the section heading the sentence stands under ('1. Kết quả thực hiện năm 2025', then the
        paragraph's statements)."""
        heading = self._section_heading(ctx, key, sent)
        return self._heading_status(heading) if heading else None

    def _under_tasks_ahead(self, ctx: Context, key: str, d: _Draft) -> bool:
        """The draft stands under a section heading that names only the tasks ahead ('3. Nhiệm vụ 6 tháng cuối năm',
        'Phương hướng, nhiệm vụ thời gian tới'), no results beside them."""
        # (or a dash label its colon closes, on the line right above the sentence: '- Nhiệm vụ 6 tháng cuối năm:')
        line_start = key.rfind("\n", 0, ctx.sentence_span(d.sentence)[0]) + 1
        above = key[key.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip()
        # (or one opening the draft's own line before its figures: '3. Nhiệm vụ 3 tháng cuối năm: hoàn thành 9 đề án
        # còn lại')
        colon = key.find(":", line_start, d.facts[0].start)
        heading = key[line_start:colon + 1] if 0 <= colon - line_start <= 80 else \
            above if line_start > 0 and above.endswith(":") and len(above) <= 80 else \
            self._section_heading(ctx, key, d.sentence)
        return bool(heading and self.heading_plan.search(heading)) and \
            {v for _, v in self._heading_marks(heading)} == {"planned"}

    def _section_scope(self, ctx: Context, key: str, sent: int) -> str | None:
        """The programme of the section heading the sentence stands under ('1. Khuyến công quốc gia')."""
        heading = self._section_heading(ctx, key, sent)
        scope = self._scope(heading, paid=False) if heading else None
        return scope if scope in ("national", "local") else None

    def _section_heading(self, ctx: Context, key: str, sent: int) -> str | None:
        """The nearest earlier line that is a section heading (short, one sentence, no closing stop; not the
        title; or a label its colon closes that names a programme's level, _LABEL_HEADING) or that a programme's label
        opens (_LINE_LABEL): the heading or the label, or None."""
        for i in range(sent - 1, -1, -1):
            h_start, h_end = ctx.sentence_span(i)
            if ctx.title and h_start < ctx.title[1]:
                return None
            if key[h_end:h_end + 1] not in ("\n", ""):
                continue  # (a heading ends its line)
            line_start = key.rfind("\n", 0, h_start) + 1
            line_end = key.find("\n", h_end)
            span = slice(line_start, line_end if line_end >= 0 else len(key))
            line = key[span].strip()
            # (not a paragraph typed with no final stop that states its own figures: 'Năm 2025, khuyến công địa
            # phương tỉnh ... hỗ trợ 14 đề án với kinh phí 3,1 tỷ đồng' heads nothing)
            if _HEADING.fullmatch(line) and not any(f.type in ("money", "project_count")
                                                    and span.start <= f.start < span.stop for f in ctx.facts) or \
                    _LABEL_HEADING.fullmatch(line) and self._programmes_in(key, span.start, span.stop) - {"both"}:
                return line
            label = _LINE_LABEL.match(ctx.text[span].strip())  # (as cased: a sentence opens after the label)
            if label and h_start <= line_start + label.end():
                return line[:label.end(1)]  # a line opened by a label, its figures after it: 'Về khuyến công quốc gia: ...'
        return None

    def _next_plain_sentence(self, ctx: Context, key: str, d: _Draft,
                             by_sentence: dict[int, list[Fact]]) -> tuple[int, int] | None:
        """The span of the sentence after the draft's, when it is in the same paragraph and states no figure; past a
        sentence that only details the draft's ('... tổng kinh phí 7,2 tỷ đồng. Trong đó, KCĐP 5,1 tỷ đồng. Đến nay,
        các đề án đã hoàn thành.' reads on as '..., trong đó ...'), or only gives the rate each one got ('... để hỗ
        trợ 8 cơ sở. Mỗi cơ sở được hỗ trợ 50 triệu đồng. Đến cuối năm, các cơ sở đã hoàn thành đầu tư ...')."""
        nxt = d.sentence + 1 + (_details_next(ctx, key, d.sentence) is not None)
        if nxt < len(ctx.sentence_starts) and by_sentence.get(nxt) and nxt + 1 < len(ctx.sentence_starts) and \
                not by_sentence.get(nxt + 1) and all(
                    f.type == "money" and self._is_rate(key, ctx.sentence_span(nxt)[0], f) for f in by_sentence[nxt]):
            nxt += 1
        if nxt >= len(ctx.sentence_starts):
            return None
        n_start, n_end = ctx.sentence_span(nxt)
        # (a count of all the projects told is no figure of its own: 'Đến nay, cả 16 đề án đã hoàn thành')
        if any(not (f.type == "project_count" and _ALL_OF_THEM.search(key, max(n_start, f.start - 8), f.start))
               for f in by_sentence.get(nxt, ())):
            return None
        if ctx.paragraph_break(d.facts[-1].end, n_start) or key[n_start:n_end].rstrip().endswith("?"):
            return None  # a new paragraph, or a question (an interviewer's: 'Kế hoạch năm 2025 ra sao?')
        return n_start, n_end

    @staticmethod
    def _referring_back(ctx: Context, key: str, drafts: list[_Draft], openers: tuple[regex.Pattern, ...],
                        figures: dict[int, list[Fact]] | None = None):
        """(span, drafts before it, the sentences it refers to) for each sentence that opens by referring back to
        what was just stated (one of ``openers``): the last sentence with figures before it, and when that is an
        item of a list, the list's announcement and all its items ('... 3 đề án, gồm:' '- đề án ..., 450 triệu
        đồng;' '- ...' 'Các đề án này sử dụng nguồn kinh phí khuyến công địa phương.'); only those with no figure of
        their own when ``figures`` (the figures per sentence) is given."""
        for sent in range(1, len(ctx.sentence_starts)):
            s_start, s_end = ctx.sentence_span(sent)
            # (a count of all the projects told is no figure of its own: 'Cả hai đề án thuộc chương trình ...')
            own = [f for f in (figures or {}).get(sent, ())
                   if not (f.type == "project_count" and _ALL_OF_THEM.search(key, max(s_start, f.start - 8), f.start))]
            if figures is not None and own or not any(o.match(key, s_start, s_end) for o in openers):
                continue
            before = [d for d in drafts if d.sentence < sent]
            if before:
                last = before[-1].sentence
                intro = FundingBuilder._list_intro_index(ctx, key, last)
                yield (s_start, s_end), before, set(range(intro, last + 1)) if intro is not None else {last}

    def _spent_said_after(self, ctx: Context, key: str, drafts: list[_Draft]) -> None:
        """A later sentence that refers back to the money and says what it did ('Từ nguồn kinh phí này, đã hỗ trợ
        26 cơ sở ...'; 'Với nguồn kinh phí trên, Sở đã thực hiện 21 đề án'): the figures it refers to, the last
        sentence's with figures and the breakdown right before it, were spent. Only figures that say no status of
        their own, or are planned only as a budget's value ('tổng kinh phí ... là 4,15 tỷ đồng')."""
        for (s_start, s_end), before, last in self._referring_back(ctx, key, drafts, (_BACK_REF, _USED_BACK, _ALL_DONE_BACK)):
            if self._status(key[s_start:s_end], weak=False) != "done":
                continue
            # the referred figures: the last sentence's and, when it breaks one down, its whole's sentence
            wholes = {drafts[d.anchor].sentence for d in before if d.sentence in last and d.marker and d.anchor is not None}
            # (said to be used up, an allotment is spent too: 'được bố trí 3 tỷ đồng. Trung tâm đã sử dụng hết số
            # kinh phí này ...'; not a plan's, one with a word of what is to come)
            used = _USED_BACK.match(key, s_start, s_end) is not None
            # (one that tells the money it paid out itself spent that, not the allotment: 'bố trí ngót 2 tỷ đồng ... cho
            # 8 đề án' then 'các đề án đã hoàn thành, giải ngân xấp xỉ 1,9 tỷ đồng' leaves the 2 tỷ đồng planned)
            paid_own = any(d.record and d.record.amount_vnd and s_start <= d.facts[0].start < s_end for d in drafts)
            spent: set[int] = set()
            for n, d in enumerate(before):
                # (money set aside that the sentence says was then used is spent too: 'tỉnh dành 2,8 tỷ đồng ...
                # Với nguồn kinh phí này, Trung tâm đã hỗ trợ 14 cơ sở ...')
                if (d.sentence in last or d.sentence in wholes) and not d.ongoing and (
                        d.record.status == "unspecified" or d.record.status == "planned" and not paid_own and (
                            d.budgeted or d.lent and d.anchor in spent
                            or (used or self.set_aside.search(key, ctx.sentence_span(d.sentence)[0], d.facts[0].start))
                            # (nor one the plan leads: 'Theo kế hoạch, năm 2024 tỉnh bố trí 3,2 tỷ đồng ...')
                            and not _PLAN_WORD.search(key, *ctx.sentence_span(d.sentence))
                            and not _FUTURE_LEAD.match(key, ctx.sentence_span(d.sentence)[0]))):
                    d.record.status = "done"
                    spent.add(n)

    def _source_said_after(self, ctx: Context, key: str, drafts: list[_Draft], by_sentence: dict[int, list[Fact]]) -> None:
        """A later sentence with no figure that refers back to the projects or the money and names their one source
        ('Các đề án này sử dụng nguồn kinh phí khuyến công địa phương.'): the last sentence's figures with no
        programme of their own are that programme's."""
        for span, before, last in self._referring_back(ctx, key, drafts, (_BACK_REF, _PROJECTS_BACK, _THIS_PROJECT,
                                                                          _ALL_BACK, _SOURCE_BACK, _SOURCE_SAID_NEXT),
                                                       by_sentence):
            named = self._programmes_in(key, *span)
            if len(named) != 1 or "both" in named:
                continue
            if _ALL_BACK.match(key, *span):
                # (every figure of its paragraph: 'Năm 2024, ... 180 triệu đồng ... Trước đó, năm 2023, ... 120 triệu
                # đồng ... Cả hai khoản đều từ nguồn khuyến công địa phương.')
                para = ctx.paragraph_start(span[0], reach=10)
                sent = ctx.sentence_of(span[0])
                if not key[para:span[0]].strip() and sent > 0:
                    # (opening a paragraph of its own: the paragraph before holds what it refers to, 'Một là, ... Ba
                    # là, ...' then 'Các hoạt động trên đều từ nguồn khuyến công địa phương.', each sentence on its
                    # line or not)
                    para = ctx.paragraph_start(ctx.sentence_span(ctx.prev_sentence(sent))[0], reach=10)
                last = last | {d.sentence for d in before if d.facts[0].start >= para}
            for d in before:
                # (a 'tổng' read as both sources, its own sentence naming neither, is the one source named now:
                # '... 7 cơ sở ..., tổng kinh phí 1,15 tỷ đồng. Nguồn kinh phí là khuyến công địa phương.')
                summed = d.record.scope == "total" and _SOURCE_SAID_NEXT.match(key, *span) and \
                    not self._programmes_in(key, *ctx.sentence_span(d.sentence))
                if d.sentence in last and (d.record.scope == "unspecified" and not d.explicit_scope or summed):
                    d.record.scope = next(iter(named))

    @staticmethod
    def _referred_back(ctx: Context, key: str, drafts: list[_Draft], opener: regex.Pattern = _BACK_REF) -> None:
        """Figures of a sentence that opens by referring back to the money just stated ('Số tiền này dùng để thực
        hiện 18 đề án, gồm ...'; ``opener``) are said in its tense: they take the status of the previous sentence's
        last figure where they say none of their own. Run again after pass 4 with _FIGURES_REFERRED ('Năm 2025, con
        số này là ...'), whose sentence before has its tense settled only then."""
        for i, d in enumerate(drafts):
            if d.record.status != "unspecified" or d.ongoing or d.sentence == 0:
                continue
            before = [o for o in drafts[:i] if o.sentence < d.sentence]
            if not before or before[-1].sentence != ctx.prev_sentence(d.sentence):
                continue
            s_start, s_end = ctx.sentence_span(d.sentence)
            if opener.match(key, s_start, s_end) and before[-1].record.status != "unspecified":
                d.record.status = before[-1].record.status

    def _adds_to_narration(self, ctx: Context, key: str, sent: int, g_start: int) -> bool:
        """The sentence goes on from the one before it in its paragraph, which opens with a year ('Năm 2024, ...'):
        it adds to or spells it out ('Ngoài ra, ...', 'Bên cạnh đó, ...', 'Cụ thể, ...') or names no other year
        before the figure ('Kinh phí khuyến công địa phương năm 2024 hỗ trợ ...'); it goes on telling that year's
        work. A sentence that only details the one before ('Trong đó, khuyến công hỗ trợ 350 triệu đồng.') goes on
        as that one does, the two read as one."""
        if sent == 0:
            return False
        s_start = ctx.sentence_span(sent)[0]
        before = _before_details(ctx, key, sent)
        p_start, p_end = ctx.sentence_span(before)
        lead = _narration_year(key, p_start, p_end)
        if ctx.paragraph_break(p_end, s_start) and not _details_of(ctx, key, sent, before):
            return False  # (a paragraph that opens 'Trong đó, ...' still details the sentence before it)
        if lead is None:
            # (two sentences on or more, one that opens as a part, an addition or a thing singled out: 'Năm 2024, ...
            # OCOP ... Chương trình khuyến nông ... Riêng chương trình khuyến công, tỉnh thực hiện 11 đề án ...')
            opener = key[s_start:g_start]
            return before > 0 and bool(_PART_OPENER.match(opener) or self.additional.search(opener) or
                                       self.continues.match(opener) or _SINGLED_OUT.match(opener)) and \
                not _A_YEAR.search(key, s_start, g_start) and self._adds_to_narration(ctx, key, before, g_start)
        told = _FIRST_CLAUSE.match(key, lead[0], lead[1])
        if _PLAN_WORD.search(key, told.start(), told.end()):
            return False  # a year's plan told ('Năm 2025, Trung tâm sẽ mở lớp đào tạo ...'), no work done
        opener = key[s_start:g_start]
        return bool(self.additional.search(opener) or self.continues.match(opener)) or \
            set(_A_YEAR.findall(opener)) <= set(_A_YEAR.findall(lead[2]))

    def _work_before(self, ctx: Context, key: str, d: _Draft, by_sentence: dict[int, list[Fact]],
                     cost_opens: bool = False) -> tuple[int, int] | None:
        """The sentence right before the figure's, in its paragraph and not the title, when it states no amount
        (a rate or ceiling is none: '..., mỗi hộ được hỗ trợ 50% chi phí, tối đa 40 triệu đồng') and the figure
        names no year it does not: where the work a cost stated next is told. With ``cost_opens``, also the last
        sentence of the paragraph before when the figure's sentence opens its own with the cost ('Sở đã hỗ trợ 14 cơ
        sở tham gia hội chợ.' then a paragraph 'Kinh phí hỗ trợ từ chương trình khuyến công địa phương là ...')."""
        prev = ctx.prev_sentence(d.sentence)
        if prev < 0:
            return None
        p_start, p_end = ctx.sentence_span(prev)
        if any(f.type == "money" and not self._is_rate(key, p_start, f) for f in by_sentence.get(prev, ())):
            return None
        s_start = ctx.sentence_span(d.sentence)[0]
        if ctx.paragraph_break(p_end, s_start) and not (cost_opens and _COST_LEAD.match(key, s_start, d.facts[0].start)) \
                or ctx.title and p_start < ctx.title[1]:
            return None
        before = _before_details(ctx, key, d.sentence)
        if before == prev and _DISTRIBUTIVE.match(key, p_start, p_end) and prev > 0:
            # a sentence that gives the work's rate for each one ('Mỗi hộ được hỗ trợ 30%.', 'Mỗi máy có giá khoảng
            # 120 triệu đồng, ...') details the work told right before it, in the same paragraph
            earlier = _sentence_before(ctx, prev)
            e_start = ctx.sentence_span(earlier)[0] if earlier is not None else 0
            if earlier is not None and not any(f.type == "money" and not self._is_rate(key, e_start, f)
                                               for f in by_sentence.get(earlier, ())):
                before = earlier
        if before != prev and not any(f.type == "money" for f in by_sentence.get(before, ())):
            # a sentence that only details the one before ('Trong đó, có 14 đề án khuyến công quốc gia.'): the work
            # is told in that one, the two together ('Giai đoạn 2021-2025, Bình Định triển khai 112 đề án ... Trong
            # đó, ... Tổng kinh phí hỗ trợ hơn 31 tỷ đồng')
            p_start = ctx.sentence_span(before)[0]
        if not _no_other_year(key, (s_start, d.facts[0].start), (p_start, p_end)):
            return None  # the budget of another year than the work told before it
        return p_start, p_end

    def _cost_of_done_before(self, ctx: Context, key: str, d: _Draft, by_sentence: dict[int, list[Fact]]) -> bool:
        """A budget stated right after a sentence of its paragraph that reports, with no amount, support given or
        work done ('Năm 2024, Sở đã hỗ trợ 14 cơ sở ... Kinh phí hỗ trợ từ nguồn khuyến công địa phương là 1,95 tỷ
        đồng'; 'Sở đã nghiệm thu 3 đề án ... Tổng kinh phí hỗ trợ là 1,05 tỷ đồng'), or work just done ('vừa ... tổ
        chức lớp đào tạo'): what that work cost, so spent, not a budget set."""
        span = self._work_before(ctx, key, d, by_sentence, cost_opens=True)
        if span is None:
            return False
        p_start, p_end = span
        if by_sentence.get(ctx.prev_sentence(d.sentence)) and (_OUT_OF_WHOLE.search(key, p_start, p_end) or
                                                _A_YEAR.search(key, ctx.sentence_span(d.sentence)[0], d.facts[0].start)):
            # after 'trong tổng số 25 đề án năm 2024, đã có 23 đề án hoàn thành', a budget of the year ('Tổng kinh
            # phí khuyến công năm 2024 là ...') is the whole plan's, not the cost of the finished part
            return False
        return self._tells_done(key, span)

    def _share_of_worth_before(self, ctx: Context, key: str, d: _Draft, by_sentence: dict[int, list[Fact]]) -> bool:
        """The figure's sentence opens as a breakdown ('Trong đó, ...') of the worth or cost the sentence before opens
        with or names right before its one amount ('Hệ thống có tổng vốn đầu tư 2,1 tỷ đồng.'), right after a sentence
        of the paragraph that tells with no figure a work done: the programme's share in what that work cost, given."""
        prev = _sentence_before(ctx, d.sentence, below_title=False)
        if not prev or not _PART_OPENER.match(key, ctx.sentence_span(d.sentence)[0]):
            return False
        p_start, p_end = ctx.sentence_span(prev)
        told = by_sentence.get(prev, ())
        if [f.type for f in told] != ["money"] or \
                not (_WORTH_LEAD.match(key, p_start, p_end) or _COST_LEAD.match(key, p_start, p_end)
                     or _WHOLE_WORTH_BEFORE.search(key, max(p_start, told[0].start - 40), told[0].start)):
            return False
        before = _sentence_before(ctx, prev)
        if before is None or by_sentence.get(before):
            return False
        return self._tells_done(key, ctx.sentence_span(before))

    def _restates_done_work(self, ctx: Context, key: str, d: _Draft, by_sentence: dict[int, list[Fact]]) -> bool:
        """The sentence right before, in the paragraph and not the title, tells with no amount of its own a work done
        that the figure's sentence says again as what it is ('... vừa được bàn giao máy xay ớt.' then 'Đây là đề án
        khuyến công địa phương năm 2025 với kinh phí 120 triệu đồng'), whatever year it names."""
        prev = _sentence_before(ctx, d.sentence)
        if prev is None or any(f.type == "money" for f in by_sentence.get(prev, ())):
            return False
        return self._tells_done(key, ctx.sentence_span(prev))

    def _narration_before(self, ctx: Context, key: str, d: _Draft, by_sentence: dict[int, list[Fact]]) -> bool:
        """The sentence right before (as in _work_before) narrates a year's work: it opens with the year and tells
        with an active verb what was done ('Năm 2024, tỉnh triển khai 8 đề án khuyến công'), and speaks of no plan
        ('Theo kế hoạch, ngày 12/6, Sở tổ chức lớp tập huấn'); the last sentence of the paragraph before too, when the
        figure's sentence opens its own with the cost ('Năm 2025, Sở Công Thương hỗ trợ 5 cơ sở ...' then a paragraph
        'Kinh phí hỗ trợ từ nguồn khuyến công địa phương là 280 triệu đồng')."""
        span = self._work_before(ctx, key, d, by_sentence, cost_opens=True)
        if span is None or _PLAN_TALK.search(key, *span):
            return False
        # (a span that takes in the sentence detailing it is read on its first sentence too, whose year may close it:
        # 'Quảng Ngãi triển khai 20 đề án khuyến công trong năm 2025. Trong tổng số 20 đề án, có ...')
        lead = _narration_year(key, *span) or _narration_year(key, *ctx.sentence_span(ctx.sentence_of(span[0])))
        # (or the many it helped, said to have been helped: 'Năm 2023, 3 cơ sở sản xuất bánh gai ... được hỗ trợ từ
        # nguồn khuyến công địa phương, mỗi cơ sở 80 triệu đồng.' then 'Tổng kinh phí hỗ trợ là 240 triệu đồng.')
        return bool(lead and (_DEED.search(key, lead[0], lead[1]) or _MANY_HELPED.match(key, lead[0], lead[1])))

    def _cost_of_held_event(self, ctx: Context, key: str, sent: int, s_start: int, g_start: int) -> bool:
        """'Kinh phí tổ chức bình chọn từ nguồn khuyến công địa phương là 150 triệu đồng' after the article said the
        event was held or opened ('Sở Công Thương vừa tổ chức Hội đồng bình chọn ...', 'khai mạc Hội chợ ...'), or
        after a sentence that names the event and tells it done in words of its own ('Hội đồng bình chọn ... đã công
        nhận 12 sản phẩm'): what the event cost, so spent."""
        cost = _EVENT_COST.search(key, s_start, g_start) or _EVENT_SUBJECT.match(key, s_start, g_start)
        if not cost:
            return False
        # (not another year's budget: 'Năm 2025, Hội đồng ... vừa công nhận 42 sản phẩm. Năm 2026, kinh phí tổ chức
        # bình chọn ... là 400 triệu đồng' is planned)
        own = (s_start, g_start)
        word = _event_word(cost)
        # (the event's name among the five words after a verb of holding it)
        # (or elsewhere in that sentence, as the body that held it: 'Ngày 15/8/2024, Hội đồng bình chọn ... tổ chức
        # chấm chọn 45 sản phẩm' then 'Tổng kinh phí tổ chức bình chọn ... là 150 triệu đồng')
        for m in _HELD.finditer(key, 0, s_start):
            span = ctx.sentence_span(ctx.sentence_of(m.start()))
            if (word.search(m.group(1)) or word.search(key, *span)) and _no_other_year(key, own, span):
                return True
        return any(word.search(key, *span) and _no_other_year(key, own, span) and self._tells_done(key, span)
                   for span in map(ctx.sentence_span, range(sent)))

    def _tells_done(self, key: str, span: tuple[int, int]) -> bool:
        """The span tells work done, in a status cue ('đã nghiệm thu', 'đã công nhận') or as just done ('vừa ... tổ
        chức', 'vừa công nhận')."""
        status = self._status(key[slice(*span)], weak=False)
        # (or the event's result, in a sentence that plans nothing: 'Hội đồng bình chọn ... công nhận 18 sản phẩm')
        # (or a handover a dated report opens with: 'Sáng 18/10/2024, Sở Công Thương tổ chức bàn giao thiết bị ...';
        # not any event held, a conference is no work paid for)
        return status == "done" or bool(_JUST_DONE.search(key, *span)) or \
            status is None and bool(_EVENT_RESULT.search(key, *span) or any(
                _HANDED_OVER.match(m.group(1)) for m in _HELD.finditer(key, *span)))

    @staticmethod
    def _event_ahead(ctx: Context, key: str, sent: int, s_start: int, g_start: int) -> bool:
        """An event that opens the figure's sentence ('Lớp tập huấn có kinh phí ...'), or whose cost it gives ('Kinh
        phí mở lớp ...'), and that the last earlier sentence naming it says is still to be held ('Trung tâm sẽ tổ
        chức lớp tập huấn ...')."""
        event = _EVENT_SUBJECT.match(key, s_start, g_start) or _EVENT_COST.search(key, s_start, g_start)
        if not event:
            return False
        word = _event_word(event)
        for span in map(ctx.sentence_span, range(sent - 1, -1, -1)):
            named = word.search(key, *span)
            if named:
                # a word of what is to come on the verb that holds it ('sẽ tổ chức lớp tập huấn', 'dự kiến khai giảng
                # lớp'), not on another ('... 10 sản phẩm được đề nghị bình chọn cấp khu vực')
                return bool(_HOLDING_AHEAD.search(key, span[0], named.start()))
        return False

    def _completed_between(self, ctx: Context, key: str, first: int, last: int,
                           by_sentence: dict[int, list[Fact]]) -> bool:
        """A sentence between sentences ``first`` and ``last``, with no figure of its own and no word of what is
        to come, says the work was carried out ('Đến nay, các đề án cơ bản đã hoàn thành')."""
        for sent in range(first + 1, last):
            span = ctx.sentence_span(sent)
            if by_sentence.get(sent):
                if _PART_OPENER.match(key, *span):
                    continue  # the first one's details in a sentence of their own ('Trong đó, KCĐP 4,8 tỷ đồng.')
                return False
            if not _PLAN_WORD.search(key, *span) and self._says_completed(key, span):
                return True
        return False

    def _done_part_between(self, ctx: Context, key: str, drafts: list[_Draft], anchor: int, i: int) -> bool:
        """A sentence between a plan (draft ``anchor``) and its part (draft ``i``) tells the plan's work completed
        with a done figure of its own ('... 13 nhiệm vụ, tổng kinh phí 2,15 tỷ đồng. Đến nay, đã hoàn thành 13/13
        nhiệm vụ, giải ngân 2,08 tỷ đồng. Trong đó, hỗ trợ 7 cơ sở ... 1,26 tỷ đồng': the part was carried out)."""
        first, last = drafts[anchor].sentence, drafts[i].sentence
        return any(first < o.sentence < last and o.marker and o.anchor == anchor and o.record is not None
                   and o.record.status == "done" and self._says_completed(key, ctx.sentence_span(o.sentence))
                   for o in drafts[anchor + 1:i])

    def _says_completed(self, key: str, span: tuple[int, int]) -> bool:
        """The span says the work was carried out (rules/funding_cues.tsv 'completed'), not after 'sẽ', 'dự kiến',
        'chưa' ('sẽ hoàn thành')."""
        done = self.completed.search(key, *span)
        return bool(done) and not _NOT_YET.search(key[max(span[0], done.start() - 30):done.start()])

    def _completed_after(self, key: str, g_end: int, s_end: int) -> bool:
        """The clause after a sentence's last figure says the work was carried out since ('được giao 21 đề án ...
        với tổng kinh phí 4.150 triệu đồng, đến nay đã hoàn thành và nghiệm thu toàn bộ')."""
        since = _DONE_SINCE.match(key, g_end, s_end)
        return bool(since) and self._says_completed(key, (since.end(), min(since.end() + 25, s_end)))

    def _completed_next(self, ctx: Context, key: str, d: _Draft, by_sentence: dict[int, list[Fact]]) -> bool:
        """The sentence right after, in the same paragraph and with no figure of its own, says the work was
        carried out ('Các đề án đã hoàn thành đúng tiến độ'; rules/funding_cues.tsv 'completed')."""
        span = self._next_plain_sentence(ctx, key, d, by_sentence)
        for _ in range(3):
            if span is None:
                return False
            # (said as that sentence's own news, in its first words: not a deed deep in a sentence about something
            # else, '... 31 mẫu sản phẩm đưa vào sản xuất hàng lưu niệm')
            opening = _OPENING_WORDS.match(key[span[0]:span[1]])
            if self._says_completed(key, (span[0], span[0] + opening.end())):
                return True
            # (past a sheet's field line with no figure: 'Kinh phí hỗ trợ ...: 280 triệu đồng.' then 'Thời gian thực
            # hiện: năm 2025.' then 'Hội đồng nghiệm thu đánh giá đề án đạt yêu cầu ...')
            if not (key.startswith("\n", span[0] - 1) and _FIELD_LINE.match(key, span[0], span[1])):
                return False
            nxt = ctx.sentence_of(span[0]) + 1
            if nxt >= len(ctx.sentence_starts) or by_sentence.get(nxt):
                return False
            n_start, n_end = ctx.sentence_span(nxt)
            span = None if ctx.paragraph_break(span[0], n_start) else (n_start, n_end)
        return False

    def _paragraph_programme(self, ctx: Context, key: str, s_start: int, g_start: int,
                             provinces: list[Fact] = (), period: str | None = None,
                             drafts: list[_Draft] = ()) -> str | None:
        """The programme a paragraph is about, for a figure whose sentence names none: the last national or local
        programme named earlier in its paragraph ('Từ nguồn khuyến công quốc gia, ... 300 triệu đồng. Đồng thời
        tiếp tục triển khai đề án ..., kinh phí hỗ trợ 200 triệu đồng': national). ``period``: the figure's;
        ``drafts``: the article's drafts, whose periods in the sentence naming the programme tell its years."""
        sentence = key[s_start:g_start]
        cues = list(self.breakdown.finditer(sentence))
        if cues:  # (a part's own words: 'Tổng kinh phí đề án 620 triệu đồng, trong đó khuyến công hỗ trợ 250 triệu')
            sentence = sentence[cues[-1].end():]
        if self.programme.search(sentence) and self._names_a_sum(sentence):
            return None  # a sum the sentence names ('tổng kinh phí khuyến công'): not one programme's
        # its own source, named without a level ('nguồn khuyến nông hỗ trợ 3,6 tỷ đồng', 'Kinh phí khuyến công hỗ
        # trợ 7 cơ sở ...'), is no other programme's: it takes the paragraph's level only when that names the same
        # programme ('Từ nguồn khuyến công quốc gia ... Kinh phí khuyến công hỗ trợ ...'), not a budget of the
        # province's ('... 12 tỷ đồng từ ngân sách tỉnh ... Cùng năm, nguồn khuyến công hỗ trợ 8 đề án ...')
        if _PROVINCES_OWN.search(sentence) or any(
                s_start <= p.start < g_start and key.endswith("khuyến công ", s_start, p.start)
                and not key.endswith("trung tâm khuyến công ", s_start, p.start) for p in provinces):
            return None  # the province's khuyến công as a whole ('khuyến công Đồng Nai đã hỗ trợ 11 cơ sở'): no one level
        clause = key[_last_break(key, s_start, g_start):g_start]
        if self._family(sentence) != "khuyến công" and not _OWN_NAME.search(clause):
            # another family's figure ('Năm 2025, khuyến nông hỗ trợ giống ... 800 triệu đồng'); not one whose own
            # clause names khuyến công after it ('..., xúc tiến thương mại đã giải ngân 2,8 tỷ đồng, khuyến công giải
            # ngân 5,1 tỷ đồng')
            return None
        own_programme = next(filter(None, (self.programme.match(sentence, m.end()) for m in _OWN_SOURCE.finditer(sentence))),
                             None)
        if own_programme:  # (with its level, earlier in the sentence: 'Kinh phí khuyến công địa phương hỗ trợ ...; ...')
            level = {v for p, v in self.scope if v in ("national", "local") and p.match(sentence, own_programme.start())}
            if len(level) == 1:
                return level.pop()
        para_start = ctx.paragraph_start(s_start)
        last = None
        named: set[str] = set()
        for pattern, v in self.scope:
            if v not in ("national", "local", "both"):
                continue
            for m in pattern.finditer(key, para_start, s_start):
                if _denied(key, para_start, m.start()):
                    continue  # (said to give nothing: 'tỉnh không được giao kinh phí khuyến công quốc gia')
                named.add(v)
                if last is None or m.start() > last[0]:
                    # (not a part's programme: '... 3,4 tỷ đồng, trong đó kinh phí khuyến công quốc gia 1,2 tỷ
                    # đồng' names the source of one part, not what the paragraph is about)
                    # (nor one in brackets: '6,8 tỷ đồng (khuyến công quốc gia 2,1 tỷ đồng; khuyến công địa phương
                    # 4,7 tỷ đồng)' names its parts' sources)
                    # (a plan's 'gồm' before its first figure lists the plan's own projects, no part of a figure:
                    # 'Kế hoạch năm 2025 gồm 14 đề án khuyến công địa phương ...' names what the paragraph is about)
                    own = max(key.rfind(". ", para_start, m.start()) + 1, para_start)
                    cue = last_match(self.breakdown, key, own, m.start())
                    if (cue is None or _PLAN_LISTS.fullmatch(cue.group()) and not _AMOUNT_IN.search(key, own, cue.start())
                            and not _COUNT_IN.search(key, own, cue.start())) and \
                            key.rfind("(", own, m.start()) <= key.rfind(")", own, m.start()):
                        last = (m.start(), v, m.group())
        if last and own_programme and own_programme.group() not in last[2]:
            return None
        if last and provinces:
            # (another province's programme: '... tỉnh Nam Định đã thực hiện 22 đề án khuyến công địa phương ... Đoàn
            # Bắc Ninh cũng giới thiệu kết quả năm 2024 của tỉnh: 18 đề án, kinh phí 3,6 tỷ đồng')
            there_start, there_end = _sentence_around(key, last[0])
            there_facts = [f for f in provinces if there_start <= f.start < min(there_end, s_start)]
            here_facts = [f for f in provinces if s_start <= f.start < g_start]
            there, here = {f.value for f in there_facts}, {f.value for f in here_facts}
            # (a former province's part of the merged one goes on with the programme its sibling part named: 'khu
            # vực Bình Định cũ được bố trí 2,8 tỷ đồng kinh phí khuyến công địa phương. Khu vực Gia Lai cũ được bố trí
            # 2,4 tỷ đồng')
            siblings = any(FORMER.match(ctx.lower, f.end) for f in there_facts + here_facts) and \
                _merged_together(there, here)
            if there and here and not there & here and not siblings:
                return None
        if last and period and _A_YEAR_NUMBER.search(key, s_start, g_start):
            # (a figure of an earlier year or span of its own than the programme's figures': '... năm 2025, ... hỗ trợ
            # 120 triệu đồng từ nguồn khuyến công địa phương. Trước đó, năm 2022 làng nghề đã nhận 300 triệu đồng ...';
            # a later one goes on with it: 'Năm 2023, tiếp tục hỗ trợ 4 cơ sở')
            named_in = ctx.sentence_of(last[0])
            there = [d.record.period for d in drafts if d.record and d.record.period and d.sentence == named_in]
            if there and int(period[:4]) < min(int(p[:4]) for p in there):
                return None
        if last and last[1] == "national" and any(v == "province_payer" and p.search(sentence) for p, v in self.scope):
            # a provincial payer of its own ('Trước đó, năm 2019, hợp tác xã đã được tỉnh hỗ trợ 200 triệu đồng')
            # pays no national money
            return None
        if last and _WHOLE_LEAD.match(key, s_start, g_start):
            # (the whole year's or the whole province's figure after a programme's: 'Cả năm 2023, Nghệ An thực hiện 21
            # đề án khuyến công, kinh phí 4,3 tỷ đồng' after '... kinh phí khuyến công địa phương 1,08 tỷ đồng')
            return None
        if last and drafts and any(f.value > 1 for f in _facts_between(ctx, ("project_count",), s_start, g_start + 40)):
            # (many projects after one business's or one work's support the paragraph named the programme for: 'Cơ
            # sở gốm ... được khuyến công địa phương hỗ trợ 200 triệu đồng. Năm 2024, tỉnh đã thực hiện 14 đề án ...')
            named_in = ctx.sentence_of(last[0])
            there = [d for d in drafts if d.record is not None and d.sentence == named_in]
            if there and all(d.one_beneficiary or d.record.projects == 1 or not d.aggregate and d.record.projects is None
                             and _HELPED_BY.search(ctx.text, *ctx.sentence_span(d.sentence)) for d in there):
                return None
        if last and last[1] != "both" and len(named) > 1 and self._both_in_sentence(key, last[0]):
            # ('... 215 đề án khuyến công địa phương ... và 18 đề án khuyến công quốc gia ... Năm cao nhất (2022) thực
            # hiện 28 đề án ...': the sentence before named both programmes, so the paragraph is about neither alone)
            return None
        return last[1] if last and last[1] != "both" else None  # 'ngân sách trung ương và địa phương': both

    @staticmethod
    def _restated(records: list[FundingRecord], r: FundingRecord, title: int | None) -> list[FundingRecord]:
        """The body's records of the same amount as the headline record ``r``."""
        return [o for o in records if o is not r and o.sentence != title and o.amount_vnd == r.amount_vnd
                and r.amount_vnd is not None]

    @staticmethod
    def _progress_told_later(drafts: list[_Draft], d: _Draft) -> bool:
        """A year's work whose progress so far a later statement tells, with a smaller figure ('Năm 2025, Sở triển
        khai 6 đề án ..., tổng kinh phí 1,35 tỷ đồng' then 'Đến nay, 4 đề án đã nghiệm thu với kinh phí 860 triệu
        đồng'): the work told first is the year's plan, not what was done; so are the parts of such a plan."""
        r = d.record
        whole = next((o for o in drafts if r.part_of and o.record is not None and o.record.id == r.part_of), None)
        # (not a part the sentence tells the progress of, among the whole it opens with: it is that progress)
        if whole is not None and not _progress_of(d, whole) and FundingBuilder._progress_told_later(drafts, whole):
            return True
        for o in drafts:
            q = o.record
            if q is None or o is d or not o.so_far or o.facts[0].start < d.facts[-1].end or q.period != r.period \
                    or q.status != "done" or d.so_far and o.sentence == d.sentence and not o.so_far_own \
                    and not d.among_whole:
                # (not a part under the same frame: 'Trong 6 tháng cuối năm 2025, tỉnh thực hiện 17 đề án ..., trong
                # đó khu vực phía Tây 8 đề án' breaks down what the half-year did; '...; đến nay đã nghiệm thu 4 đề
                # án' in its own clause is progress; so is what the sentence tells of the projects it names as among
                # the whole's: 'Đến cuối tháng 9/2025, trong 10 đề án ... (kinh phí 2 tỷ đồng), có 4 đề án đã bàn
                # giao ...')
                continue
            if (q.projects and r.projects and q.projects < r.projects) or \
                    (q.amount_vnd and r.amount_vnd and q.amount_vnd < r.amount_vnd):
                return True
        return False

    def _progress_of_previous(self, ctx: Context, key: str, drafts: list[_Draft], i: int, period: str | None,
                              g_start: int) -> str | None:
        """The one programme the paragraph before named for its statements of the same year, for a figure whose own
        paragraph names none before it: the progress of that programme's work told a paragraph later ('Năm 2025, tỉnh
        bố trí 6,8 tỷ đồng cho 31 đề án khuyến công địa phương ...' then 'Tính đến cuối tháng 11/2025, đã có 24 đề án
        hoàn thành, giải ngân 5,1 tỷ đồng')."""
        para_start = key.rfind("\n", 0, g_start) + 1
        if period is None or para_start == 0 or self._programmes_in(key, para_start, g_start):
            return None
        if drafts[i].also or drafts[i].additional or _SINGLED_OUT.match(key, para_start, g_start) or \
                _EARLIER_OPENS.match(key, para_start, g_start):
            # more work on top ('Sở cũng hỗ trợ 18 cơ sở ...', 'Ngoài ra, ...'), or one programme singled out ('Riêng
            # chương trình khuyến công năm 2025 của tỉnh có 16 đề án ...' after the province's own budget), or work
            # done before it ('Trước đó, các cơ sở này đã được hỗ trợ tham gia Hội chợ ..., kinh phí 90 triệu đồng'
            # after a national project): not the progress of the work told before
            return None
        prev_start = _line_before(key, para_start)
        while prev_start > 0 and not key[prev_start:para_start].strip():
            prev_start = _line_before(key, prev_start)
        if ctx.lined() and not self._programmes_in(key, prev_start, para_start):
            # (a text set one sentence a line: when the line before names no programme, the sentence before that
            # one is read with it, as a paragraph of two sentences would be)
            prev_start = min(prev_start, ctx.paragraph_start(para_start - 1, reach=1))
        elif ctx.blank_parted():
            # (a body that parts its paragraphs by blank lines: the paragraph before is all its lines, a line break
            # inside it only parts its sentences)
            while prev_start > 0 and key[_line_before(key, prev_start):prev_start - 1].strip() and \
                    not _BULLET.match(key, prev_start):
                prev_start = _line_before(key, prev_start)
        this_item, prev_item = _BULLET.match(key, para_start), _BULLET.match(key, prev_start)
        dated = this_item and prev_item and _DATED_LABEL.match(key, this_item.end()) and \
            _DATED_LABEL.match(key, prev_item.end())
        while dated and prev_start > 0 and not self._programmes_in(key, prev_start, para_start):
            # (a chronology's items are the stages of one work: '- Tháng 2/2025: ... giao 8 đề án khuyến công địa
            # phương ...' then '- Tháng 9/2025: Tổ chức hội chợ ...' then '- Tháng 12/2025: Nghiệm thu 8 đề án ...';
            # back over the dated items that name no programme, to the one that does)
            earlier = _BULLET.match(key, _line_before(key, prev_start))
            if not earlier or not _DATED_LABEL.match(key, earlier.end()):
                break
            prev_start = _line_before(key, prev_start)
        if this_item and prev_item and not dated and not (_PLAN_LABEL.match(key, prev_item.end())
                                                          and _RESULT_LABEL.match(key, this_item.end())):
            # (but what was carried out, labelled so after the plan's item: 'a) Kế hoạch: 15 đề án khuyến công địa
            # phương ...' then 'b) Thực hiện: ... hoàn thành 11 đề án, giải ngân 2,3 tỷ đồng')
            return None  # the next item of a list, not the progress of the item before it ('- 2 đề án KCQG ...;' then
            # '- Bình chọn 35 sản phẩm ..., kinh phí 250 triệu đồng;')
        if _BULLET.match(key, prev_start) and self._list_names_both(key, prev_start):
            return None  # (nor the progress of the last item of a list that split a whole by programme: '- Khuyến
            # công quốc gia: 14 đề án ...;' '- Khuyến công địa phương: 128 đề án ...' then 'Chia theo nội dung, ...
            # đào tạo nghề 12 đề án với 1.100 triệu đồng': the whole's, told by purpose)
        named = self._programmes_in(key, prev_start, para_start)
        stated = [o for o in drafts[:i] if o.record is not None and prev_start <= o.facts[0].start < para_start]
        if len(named) != 1 or not stated or not all(o.record.period == period for o in stated):
            return None
        here = {f.value for f in ctx.facts if f.type == "province" and para_start <= f.start < g_start}
        there = {f.value for f in ctx.facts if f.type == "province" and prev_start <= f.start < para_start}
        if here and there and not here & there and not _merged_together(here, there):
            # (another province's paragraph, not one merged with it: a round-up's 'Cao Bằng: ...' then 'Bắc Kạn: ...')
            return None
        # (what the work reached is no more than what was stated of it: the 4,45 tỷ đồng a department paid out for
        # two programmes is no progress of the 1,4 tỷ đồng of national projects told before it)
        amounts = [f.value for f in drafts[i].facts if f.type == "money"]
        counts = [f.value for f in drafts[i].facts if f.type == "project_count"]
        # (a running total told right after a quarter's or a month's figure holds that part of the year: 'Quý III/2025,
        # ... đã giải ngân 1,4 tỷ đồng kinh phí khuyến công địa phương ...' then 'Lũy kế 9 tháng năm 2025, đã giải ngân
        # 3,2 tỷ đồng ...')
        # (the parts a breakdown gives of that figure, in a sentence of their own, are of its part of the year too:
        # '... đã triển khai 8 đề án ... với kinh phí 2,2 tỷ đồng. Trong đó, khu vực Bình Phước cũ 3 đề án ...')
        running = bool(_CUMULATIVE.search(key, para_start, g_start)) and all(
            o.part_year and not o.cumulative for o in stated if not (o.marker and o.anchor is not None
                                                                      and drafts[o.anchor] in stated))
        if not running and (amounts and not any(o.record.amount_vnd and o.record.amount_vnd >= amounts[0] for o in stated)
                            or counts and not amounts and not any(o.record.projects and o.record.projects >= counts[0]
                                                                  for o in stated)):
            return None
        # (a part of the budget whose own scope is not settled yet says no other programme: '... là 5,6 tỷ đồng,
        # trong đó phần ... đã được giao cho tỉnh Thái Bình (cũ) là 2,1 tỷ đồng')
        level = next(iter(named))
        # (nor the programme of a part only: '... 14/18 đề án ... Trong đó, đề án khuyến công quốc gia 2/2 ...' then
        # '... 4 đề án còn lại': the rest of the 18, not of the national 2)
        if level not in ("national", "local") or self._only_for_parts(key, prev_start, para_start, level):
            return None
        # (a 'tổng' that adds up that programme's statements is the programme's, as _link later makes it: 'kế hoạch
        # khuyến công địa phương ... 13 đề án, kinh phí 2,7 tỷ đồng ... bổ sung 2 đề án với 400 triệu đồng, nâng tổng
        # số lên 15 đề án, 3,1 tỷ đồng')
        of_level = sum(o.record.amount_vnd or 0 for o in stated if o.record.scope == level)
        scopes = {o.record.scope for o in stated
                  if not (o.record.scope == "total" and o.record.amount_vnd and o.record.amount_vnd == of_level)}
        return level if scopes - {"unspecified"} == {level} else None

    @staticmethod
    def _no_more_than(whole: _Draft, counts: list[Fact], money: list[Fact]) -> bool:
        """A figure's count and amount are no larger than those of the statement before it (what part of it reached);
        an amount beside a count that is measured is let be when the statement before gave none ('... ký hợp đồng 9 đề
        án địa phương, nghiệm thu 3 đề án, giải ngân 420 triệu đồng')."""
        r = whole.record
        return bool(counts or money) and \
            all(r.projects is not None and c.value <= r.projects for c in counts) and \
            all(r.amount_vnd is not None and m.value <= r.amount_vnd or r.amount_vnd is None and counts for m in money)

    def _both_in_sentence(self, key: str, pos: int) -> bool:
        """The sentence around ``pos`` names the national and the local programme both."""
        start, end = _sentence_around(key, pos)
        return {"national", "local"} <= {v for pattern, v in self.scope if pattern.search(key, start, end)}

    def _family(self, clause: str) -> str:
        """The programme family a figure's own clause names: trade promotion, OCOP, else khuyến công."""
        return next((fam for pattern, fam in self.families
                     if any(not self.activity.search(clause, 0, m.start()) for m in pattern.finditer(clause))),
                    "khuyến công")

    def _other_programmes_sum(self, ctx: Context, key: str, family_text: str, d: _Draft, s_start: int, s_end: int,
                              g_start: int) -> bool:
        """A 'tổng' sum of another programme's money ('chương trình OCOP của tỉnh hỗ trợ 12 chủ thể với tổng kinh phí
        1,2 tỷ đồng'; 'từ nguồn kinh phí xúc tiến thương mại, ... Đến nay, 32 doanh nghiệp được hỗ trợ với tổng số
        tiền 410 triệu đồng', the source said earlier in its paragraph): one source's, no sum of the two khuyến công
        levels (ANNOTATION.md: 'total' when no single source is named)."""
        if self._programmes_in(key, s_start, s_end):
            return False
        if d.family != "khuyến công":
            return True
        para = ctx.paragraph_start(s_start)  # (a text set one sentence a line keeps its paragraph too)
        return not _OWN_NAME.search(key, para, s_end) and self._family(family_text[para:g_start]) != "khuyến công"

    def _programmes_in(self, key: str, lo: int, hi: int) -> set[str]:
        """The national / local / both programme cues named in key[lo:hi], but for one said to give nothing
        ('tỉnh không được giao kinh phí khuyến công quốc gia', 'vốn khuyến công quốc gia chưa giải ngân')."""
        return {v for p, v in self.scope if v in ("national", "local", "both")
                and any(not _denied(key, lo, m.start()) and not _DENIED_AFTER.match(key, m.end())
                        for m in p.finditer(key, lo, hi))}

    def _names_no_level(self, key: str) -> Callable[[_Draft], bool]:
        """A test of a draft: no programme's level is named from its first fact to its last (its 'total' then only
        the 'tổng' of its own sum: 'Bốn đề án còn lại với tổng kinh phí khoảng 830 triệu đồng')."""
        return lambda d: not self._programmes_in(key, d.facts[0].start, d.facts[-1].end)

    def _list_names_both(self, key: str, item_start: int) -> bool:
        """The run of list items that ends with the line at ``item_start`` names both programmes, one an item:
        a whole split by programme, whose last item a paragraph after the list does not go on about."""
        named: set[str] = set()
        start = item_start
        while True:
            end = key.find("\n", start)
            named |= self._programmes_in(key, start, len(key) if end < 0 else end)
            if start == 0:
                break
            before = key.rfind("\n", 0, start - 1) + 1
            if not _BULLET.match(key, before):
                break
            start = before
        return {"national", "local"} <= named

    def _sum_of_one(self, ctx: Context, key: str, drafts: list[_Draft], i: int, s_start: int, s_end: int,
                    money: Fact | None) -> str | None:
        """The programme a 'tổng' figure sums when its paragraph names only that one and its sentence none
        ('... 4 đề án khuyến công quốc gia ... Kết quả đến nay đã hoàn thành 3/4 đề án với tổng kinh phí giải
        ngân là 900 triệu đồng': national); not when a smaller figure of that programme stands before it in the
        paragraph, which the sum may add to another's, nor in a sentence that adds other work ('Bên cạnh đó, tỉnh tổ
        chức bình chọn ..., tổng kinh phí 350 triệu đồng')."""
        opening = self._opening_source(key, s_start, money.start if money else s_end)
        if opening and self._programmes_in(key, s_start, s_end) == {opening}:
            return opening  # the source the sentence opens with, its only one ('Thông qua chương trình khuyến công
            # quốc gia năm 2026, 2 doanh nghiệp ... được hỗ trợ ..., với tổng kinh phí 460 triệu đồng')
        if self._programmes_in(key, s_start, s_end) or self.additional.search(key[s_start:s_end]):
            return None
        para_start = ctx.paragraph_start(s_start)
        named = self._programmes_in(key, para_start, s_start)
        if not named:  # (or the section heading its paragraph names it: 'Về khuyến công quốc gia: ...', a line later)
            here = ctx.sentence_of(s_start)
            section = self._section_scope(ctx, key, here)
            if section or not s_start or not all(_furniture(ctx, k) for k in range(ctx.sentence_of(para_start), here)):
                return section
            # (a paragraph that opens with the sum of the work the one before told: '... bàn giao máy móc cho 12 cơ
            # sở thụ hưởng đề án khuyến công địa phương năm 2025.' then 'Tổng kinh phí hỗ trợ là 1,08 tỷ đồng'; also
            # after an outlet's dateline, and past a photo's caption between them)
            prev = ctx.prev_sentence(here)
            while prev > 0 and _furniture(ctx, prev):
                prev = ctx.prev_sentence(prev)
            if prev < 0:
                return None
            before = ctx.sentence_span(prev)[1]
            para_start = ctx.paragraph_start(ctx.sentence_span(prev)[0])
            provinces = [f for f in ctx.facts if f.type == "province"]
            filed = _dateline_province(ctx, provinces, s_start)
            if filed and not any(p.value == filed and para_start <= p.start < before for p in provinces):
                return None  # (a round-up's next paragraph, filed from another province: '(Nam Định) - Tỉnh ...')
            named = self._programmes_in(key, para_start, before)
        if len(named) != 1 or "both" in named:
            return None
        one = named.pop()
        if self._only_for_parts(key, para_start, s_start, one):
            # named only for a part ('8 đề án khuyến công, trong đó có 2 đề án khuyến công quốc gia'): the sum is
            # of the whole, not of that part's programme
            return None
        if money is not None and any(
                o.record is not None and o.record.scope == one and o.record.amount_vnd is not None
                and o.record.amount_vnd < money.value and o.facts[0].start >= para_start for o in drafts[:i]):
            return None
        return one

    def _only_for_parts(self, key: str, lo: int, hi: int, level: str) -> bool:
        """Every mention of the programme ``level`` in ``key[lo:hi]`` comes after a breakdown cue of its sentence:
        the text names it only for a part of a whole."""
        return all(self.breakdown.search(key, max(key.rfind(". ", lo, m.start()) + 1, lo), m.start())
                   for p, v in self.scope if v == level for m in p.finditer(key, lo, hi))

    def _title_programme(self, ctx: Context, key: str, s_start: int, g_start: int, g_end: int,
                         period: str | None = None) -> str | None:
        """The one programme the title names, for a figure whose paragraph names none ('Phê duyệt kế hoạch
        khuyến công quốc gia năm 2026' ... 'Tỉnh Lào Cai có 4 đề án, kinh phí 5,2 tỷ đồng': national); not for
        a sum its sentence names ('tổng kinh phí'), nor for a figure of another ``period`` that names khuyến công
        without a level (up to ``g_end``, the figure's end)."""
        if not ctx.title or s_start < ctx.title[1]:
            return None
        sentence = key[s_start:g_start]
        if self._names_a_sum(sentence):
            return None
        if _beside_title_years(key[ctx.title[0]:ctx.title[1]], period) and \
                _BARE_KHUYEN_CONG.search(key, s_start, g_end):
            # another year's figure that names the programme without a level ('đề xuất 6 đề án KCQG năm 2027' ...
            # 'Năm 2026, tỉnh thực hiện 21 đề án khuyến công'); one that names none goes on about the title's
            return None
        named = self._programmes_in(key, *ctx.title)
        return named.pop() if len(named) == 1 and "both" not in named else None

    def _undrafted_whole_status(self, ctx: Context, key: str, sent: int, by_sentence: dict[int, list[Fact]]) -> str | None:
        """The tense of a work's cost that is no statement of its own, said in sentence ``sent`` whose next sentence
        details it ('Cơ sở ... vừa được đầu tư dây chuyền trị giá 1,1 tỷ đồng. Trong đó, chương trình khuyến công hỗ
        trợ 300 triệu đồng': done), read up to the cost, as a share said in the cost's own sentence reads it."""
        costs = [f for f in by_sentence.get(sent, ()) if f.type == "money"]
        if len(costs) != 1:
            return None
        return self._status(_without_rate_asides(key[ctx.sentence_span(sent)[0]:costs[0].end]))

    @staticmethod
    def _frame_places(ctx: Context, key: str, places: list[Fact], sent: int) -> frozenset[str]:
        """The places under the province that lead the sentence before ``sent`` in its paragraph ('Ở huyện Lục Yên,
        nghề chế tác đá ...'): where the work ``sent`` tells of was done when it names no place of its own."""
        prev = _sentence_before(ctx, sent, below_title=False)
        return frozenset() if prev is None else _leading_places(key, places, *ctx.sentence_span(prev))

    def _listed_beside(self, key: str, drafts: list[_Draft], i: int, prev_end: int, g_start: int) -> str | None:
        """The level of the figure before in the sentence, for the next of amounts listed beside it with no words of
        their own but whom they went to ('khuyến công địa phương hỗ trợ 3 hợp tác xã: HTX A 250 triệu đồng, HTX B 200
        triệu đồng'): the programme its clause named pays them all. Not across a verb, a tense, a ';' or another
        programme ('..., tỉnh hỗ trợ 5 cơ sở 900 triệu đồng' is its own statement)."""
        if not i or drafts[i - 1].sentence != drafts[i].sentence or drafts[i - 1].record is None:
            return None
        gap = key[prev_end:g_start]
        if _AND_FOR_NEXT.fullmatch(gap) and not self._programmes_in(key, prev_end, g_start):
            # (a budget the sentence opens with, split among what it pays for: 'Năm 2025, ngân sách tỉnh bố trí 3 tỷ
            # đồng cho Chương trình OCOP và 2,5 tỷ đồng cho khuyến công': the province's money both, the second too)
            first = next(d for d in drafts if d.sentence == drafts[i].sentence)
            lead = _BUDGET_SUBJECT.match(key, _sentence_around(key, first.facts[0].start)[0], first.facts[0].start)
            level = self._scope(lead.group("source"), paid=False) if lead else None
            if level in ("national", "local"):
                return level
        if drafts[i - 1].record.scope not in ("national", "local") or \
                not (drafts[i - 1].explicit_scope or drafts[i - 1].beside or drafts[i].bare_purpose):
            return None
        # (a ';' ends the statement, but for the next of a list of purposes: '... máy móc 2,4 tỷ đồng; đào tạo ...')
        ends = r"[.()]" if drafts[i].bare_purpose else r"[;.()]"
        if len(gap) > 80 or regex.search(ends, gap) or _DEED.search(gap) or self._cues(gap) or \
                self.programme.search(gap) and not drafts[i].bare_purpose or self.additional.search(gap) or \
                self.breakdown.search(gap):
            return None
        drafts[i].beside = True
        return drafts[i - 1].record.scope

    def _opening_source(self, key: str, s_start: int, prev_end: int) -> str | None:
        """The one programme the sentence opens with as its source, before a figure said earlier in it ('Năm 2024,
        từ nguồn kinh phí khuyến công quốc gia, Trung tâm hỗ trợ ... tổng kinh phí 1,68 tỷ đồng, trong đó kinh phí
        khuyến công hỗ trợ 580 triệu đồng': national, the bare 'khuyến công' of the share being that source)."""
        lead = _OPENING_SOURCE.match(key, s_start, prev_end)
        if not lead:
            return None
        named = self._programmes_in(key, lead.start("source"), lead.end())
        return named.pop() if len(named) == 1 and named <= {"national", "local"} else None

    def _lead_programme(self, ctx: Context, key: str, s_start: int, g_start: int) -> str | None:
        """The one programme the lead (the body's first paragraph) names when the body names no other, for the
        programme's share of a work's cost whose paragraph names none ('... nghiệm thu đề án khuyến công địa phương
        hỗ trợ Công ty ...' or 'Đề án thuộc chương trình khuyến công địa phương năm 2024.' then, a paragraph later,
        'trong đó kinh phí khuyến công hỗ trợ 330 triệu đồng'): the article is about that one work. Not for a sum
        its sentence names ('tổng kinh phí')."""
        first = lead_index(ctx)
        if len(ctx.sentence_starts) <= first:
            return None
        lead = ctx.sentence_span(first)
        # (the sum is the share's own only after the whole's breakdown cue: 'tổng giá trị đầu tư hơn 700 triệu đồng,
        # trong đó Nhà nước hỗ trợ 200 triệu đồng' names the whole's sum)
        cue = last_match(self.breakdown, key, s_start, g_start)
        if s_start <= lead[0] or self._names_a_sum(key, cue.end() if cue else s_start, g_start):
            return None
        paragraph_end = key.find("\n", lead[1])
        lead = (lead[0], min(s_start, len(key) if paragraph_end < 0 else paragraph_end))
        named = self._programmes_in(key, *lead)
        if len(named) != 1 or "both" in named or self._programmes_in(key, lead[0], len(key)) != named:
            return None
        split = self.breakdown.search(key, *lead)
        if split and not self._programmes_in(key, lead[0], split.start()):
            # (named only as a part of the lead's whole: 'kinh phí khuyến công ... đạt 68,5 tỷ đồng, trong đó khuyến
            # công quốc gia 21,3 tỷ đồng' is about both programmes' money, not the national one's)
            return None
        return named.pop()

    @staticmethod
    def _list_intro(ctx: Context, key: str, sent: int) -> tuple[int, int] | None:
        """The span of the sentence that announces a list ('Trung tâm đã triển khai các nội dung sau:') when
        sentence ``sent`` is one of its items ('- Hỗ trợ 5 cơ sở ..., kinh phí 1,2 tỷ đồng;'): the items say
        what the announcement says, in its tense and of its programme."""
        i = FundingBuilder._list_intro_index(ctx, key, sent)
        return ctx.sentence_span(i) if i is not None else None

    @staticmethod
    def _inline_intro(key: str, drafts: list[_Draft], i: int, s_start: int, prev_end: int) -> tuple[int, int] | None:
        """The sentence's lead up to a colon before its first figure, for a later item of the list it announces
        ('Kinh phí khuyến công địa phương các năm như sau: năm 2021 ... 1,2 tỷ đồng; năm 2022 ... 1,45 tỷ đồng'):
        the items are separated by semicolons; the first item reads the lead in its own clause."""
        if prev_end == s_start:
            return None
        first = next(o for o in drafts if o.sentence == drafts[i].sentence).facts[0].start
        colon = key.rfind(":", s_start, first)
        while colon >= 0 and not key[colon + 1:first].strip():
            colon = key.rfind(":", s_start, colon)  # (past the first item's label: 'gồm: đào tạo nghề: 200 triệu đồng')
        if colon < 0 or ";" not in key[prev_end:drafts[i].facts[0].start]:
            return None  # (a label's colon before its value is no list: 'kinh phí KCĐP: 8,85 tỷ đồng, ...; ...')
        return s_start, colon

    def _sample_intro(self, ctx: Context, key: str, sent: int) -> bool:
        """Sentence ``sent`` only announces examples of what the figure before it counts ('Một số đề án tiêu
        biểu:'): short, without figures or a tense of its own, headed by a 'list_head' noun."""
        return self._samples_announced(key[slice(*ctx.sentence_span(sent))])

    def _inline_samples(self, ctx: Context, key: str, d: _Draft) -> bool:
        """The sentence of draft ``d`` opens with an announcement of examples and lists them after its colon ('Một
        số đề án tiêu biểu: hỗ trợ ... (kinh phí 320 triệu đồng); hỗ trợ ... (kinh phí 280 triệu đồng).')."""
        s_start = ctx.sentence_span(d.sentence)[0]
        colon = key.find(":", s_start, d.facts[0].start)
        return colon > 0 and self._samples_announced(key[s_start:colon + 1])

    def _samples_announced(self, text: str) -> bool:
        text = text.strip(" \n-+•*")
        # (not the label of the last item of a list, what is left besides the items before it: '- Các nội dung khác:
        # 9 đề án, ...', '- Các hoạt động còn lại: ...')
        # (nor one work's own label, its noun said of one: 'Đề án hỗ trợ máy sấy mận cho HTX Mộc Châu: kinh phí 420')
        return len(text) <= 60 and text.endswith(":") and not any(c.isdigit() for c in text) and \
            self.list_head.search(text) is not None and _MANY_NAMED.search(text) is not None and \
            not self.breakdown.search(text) and \
            not _LEFT_BESIDES.search(text) and \
            not any(p.search(text) for p, _ in self.status)

    def _bare_breakdown(self, ctx: Context, key: str, sent: int) -> bool:
        """Sentence ``sent`` is nothing but a breakdown cue and its colon ('Trong đó:', 'Cụ thể như sau:'), with at most
        the noun of what it details before it ('Kết quả cụ thể như sau:')."""
        s_start, s_end = ctx.sentence_span(sent)
        cue = self.breakdown.search(key, s_start, s_end)
        return bool(cue) and _BEFORE_BARE_CUE.fullmatch(key[s_start:cue.start()].strip(" \n-+•*")) is not None and \
            _CUE_COLON.fullmatch(key, cue.end(), s_end) is not None

    @staticmethod
    def _list_intro_index(ctx: Context, key: str, sent: int) -> int | None:
        """The index of the sentence that announces the list whose item sentence ``sent`` is, or None. The items
        of a nested list ('+ ...' under '- Khuyến công địa phương: 15 đề án, ..., trong đó:') are announced by the
        item of the outer list above them."""
        kind = _bullet_kind(key, *ctx.sentence_span(sent))
        i = sent
        # (a photo's caption or page chrome between the items or after the announcement is passed over)
        while i >= 0 and kind is not None and (_bullet_kind(key, *ctx.sentence_span(i)) == kind
                                               or i < sent and ctx.aside(ctx.sentence_starts[i])):
            i -= 1
        if i == sent or i < 0:
            return None
        span = ctx.sentence_span(i)
        return i if key[span[0]:span[1]].rstrip().endswith(":") else None

    def _goes_on(self, key: str, drafts: list[_Draft], i: int, money: Fact) -> str | None:
        """The programme of the amount before in the same sentence, for a smaller amount that names none and
        goes on about it ('kinh phí KCĐP: 8,85 tỷ đồng, đến nay đã phân bổ 8,51 tỷ đồng; chưa phân bổ 340 triệu
        đồng'): what was spent or is left of a budget is that budget's money."""
        prev = drafts[i - 1] if i else None
        if prev is None or prev.sentence != drafts[i].sentence or prev.record is None:
            return None
        r = prev.record
        if r.scope not in ("national", "local") or r.amount_vnd is None or not money.value < r.amount_vnd:
            return None
        # (a programme named right after the budget is the budget's: '3,2 tỷ đồng cho 16 đề án khuyến công địa
        # phương, đến nay đã giải ngân 2,9 tỷ đồng')
        between = key[self._own_start(key, prev.facts[-1].end, money.start):money.start]
        if "tổng" in between or self.breakdown.search(between) or any(p.search(between) for p, _ in self.scope):
            return None
        # (the items left, not the money: 'Một đề án ..., kinh phí 1,2 tỷ đồng; đề án còn lại ..., kinh phí 850 triệu
        # đồng' is the next item of the whole before them)
        used = _blank_matches(_ITEMS_LEFT, key[prev.facts[-1].end:money.start])
        if not self.budget_use.search(used):
            return None  # a sibling item of a list of amounts, not what became of the budget
        return r.scope

    @staticmethod
    def _plan_year(ctx: Context, in_title: bool, in_lead: bool) -> int | None:
        """The year a planning title or lead plans: the latest year it names (a plan's day comes before its year:
        'Ngày 25/12/2025, UBND tỉnh ... giao kế hoạch khuyến công năm 2026'), else None."""
        lead = lead_index(ctx)
        spans = ([ctx.title] if in_title and ctx.title else []) + \
            ([ctx.sentence_span(lead)] if in_lead and lead < len(ctx.sentence_starts) else [])
        years = [int(f.value[-4:]) for f in ctx.facts
                 if f.type == "period" and any(lo <= f.start < hi for lo, hi in spans)]
        return max(years, default=None)

    def _lead_frame(self, ctx: Context, key: str) -> str | None:
        """What the article's lead says it reports: a plan issued or approved ('UBND huyện đã ban hành kế hoạch
        khuyến công năm 2025') or projects accepted ('nghiệm thu'), from rules/funding_cues.tsv 'frame'."""
        first = lead_index(ctx)
        if first >= len(ctx.sentence_starts):
            return None
        s_start, s_end = ctx.sentence_span(first)
        if _furniture(ctx, first) or ctx.title and s_start < ctx.title[1]:
            return None  # (nothing but the title, chrome or a dateline)
        found = [(m.start(), v) for pattern, v in self.frame for m in [pattern.search(key, s_start, s_end)] if m]
        return min(found)[1] if found else None

    def _only_programme_share(self, ctx: Context, key: str, plain: str, d: _Draft, prev_end: int, g_start: int,
                              s_end: int, money_facts: list[Fact]) -> bool:
        """'..., với tổng kinh phí 610 triệu đồng. Trong đó, kinh phí khuyến công hỗ trợ 195 triệu đồng': a whole
        whose only stated part is the programme's support is what the work cost, the beneficiary's money
        included (ANNOTATION.md: 'tổng kinh phí 800 triệu đồng, trong đó khuyến công hỗ trợ 240 triệu': only
        the 240 triệu is a record). Only a whole whose own clause names no programme (``plain``: the acting
        body's name, 'Trung tâm Khuyến công ...', is blanked): a programme's budget split into its sources stays."""
        g_end = d.facts[-1].end
        s_start = ctx.sentence_span(d.sentence)[0]
        # (a programme's support is a share, however the sentence goes on: 'Kinh phí khuyến công quốc gia hỗ trợ 700
        # triệu đồng, khuyến công địa phương hỗ trợ 200 triệu đồng, phần còn lại HTX đối ứng')
        share = d.marker or _PROGRAMME_SUPPORTS.search(key, max(prev_end, g_start - 60), g_start) is not None
        if not share and self._rest_is_theirs(key, g_end, s_end):
            return True
        if not share and _SUPPORTED_PERCENT.match(key, g_end, s_end) and self._names_a_sum(key, max(prev_end, g_start - 40), g_start):
            return True
        after = _next_in_paragraph(ctx, key, d, s_end) if not share else None
        if after and self._rest_is_theirs(key, *after) and \
                _work_cost_before(key, ctx.sentence_span(d.sentence)[0], g_start):
            # (or the next sentence of its paragraph, for one work's whole: '... đầu tư dây chuyền sấy mận với tổng
            # vốn 2,6 tỷ đồng. Kinh phí khuyến công quốc gia hỗ trợ 700 triệu đồng, ..., phần còn lại HTX đối ứng.')
            return True
        shares = [f for f in money_facts if f.end == prev_end]
        # (a share paid out is paid out of a budget, whatever follows: 'vốn khuyến công địa phương đã giải ngân được 2,4
        # tỷ đồng trên tổng số 3,2 tỷ đồng, đạt 75%')
        paid = bool(shares) and _DISBURSED.search(key, max(s_start, shares[0].start - 30), shares[0].start) is not None
        if shares and shares[0].value < d.money()[0].value and (
                _ON_WHOLE_COST.fullmatch(key, prev_end, g_start) or _ON_WHOLE_SUM.fullmatch(key, prev_end, g_start)
                and not paid and not _BUDGET_NAMED_AFTER.match(key, g_end, self._clause_end(key, g_end, s_end))):
            # (the whole right after the share, as what the share is out of: '... kinh phí hỗ trợ 250 triệu đồng trên
            # tổng vốn 900 triệu đồng'; 'trên tổng số 500 triệu đồng mua máy CNC', but not a budget named after it,
            # what was paid out of: 'giải ngân 350 triệu đồng trên tổng số 1,2 tỷ đồng kinh phí ... được giao')
            return True
        if _DISBURSED.search(key, max(prev_end, g_start - 30), g_start):
            return False  # a sum paid out is the programme's ('giải ngân 5.812 triệu đồng ... Cụ thể: - Hỗ trợ ...')
        if self._one_works_supported_share(ctx, key, d, g_start, s_end, money_facts) or \
                self._cost_after_its_share(ctx, key, plain, d, prev_end, g_start, money_facts):
            return True
        region = self._breakdown_region(ctx, key, d.sentence, g_end, s_end, tail_ok=True)
        if region is not None and _facts_between(ctx, ("project_count",), *region) and \
                _facts_between(ctx, ("project_count",), ctx.sentence_span(d.sentence - 1)[0] if d.sentence else 0, g_start):
            # (a breakdown that counts its own projects, out of projects counted before the whole: the programme's
            # projects split by level, no work's cost: '... được hỗ trợ 3 đề án khuyến công ... Tổng kinh phí 1,35 tỷ
            # đồng. Trong đó khuyến công quốc gia hỗ trợ 1 đề án 700 triệu đồng.')
            return False
        named = self._programmes_in(key, s_start, g_start)
        if region is not None and ("both" in named or {"national", "local"} <= named) and \
                _facts_between(ctx, ("project_count",), *region) and not self.counterpart.search(key, *region):
            # (a whole the sentence gives to both programmes, one broken out after it: 'khuyến công quốc gia và địa
            # phương đã hỗ trợ 14 cơ sở ... với kinh phí 3,2 tỷ đồng. Trong số đó, 2 đề án khuyến công quốc gia có
            # kinh phí hỗ trợ 1,9 tỷ đồng' is the programmes' sum, no work's cost)
            return False
        if region is not None and self._public_parts_then_theirs(key, d, region, money_facts):
            return True
        told_for = key[g_end:region[0]] if region is not None else ""
        if self.programme.search(told_for) and self._family(told_for) != self._family(key[region[0]:region[1]]):
            # (a whole given to another programme, after its figure, broken down into the khuyến công share: 'tỉnh dành
            # 1,8 tỷ đồng hỗ trợ các chủ thể OCOP, trong đó khuyến công hỗ trợ 600 triệu đồng' is OCOP's budget)
            return False
        if region is not None and _one_work_before(key, s_start, g_start) and \
                self._their_share_listed(key, region, money_facts):
            # (one work's cost with the beneficiaries' share listed among its parts, however the work is named: 'Đề án
            # khuyến công hỗ trợ làng nghề ... có kinh phí 1,2 tỷ đồng, trong đó kinh phí khuyến công quốc gia 500
            # triệu đồng, ..., đối ứng của các cơ sở 400 triệu đồng')
            return True
        if self._shares_with_theirs(ctx, key, d, s_start, s_end, after, money_facts):
            # (or the next sentence of its paragraph gives the shares: '... với tổng kinh phí 800 triệu đồng. Nhà nước
            # hỗ trợ 240 triệu đồng, các cơ sở đóng góp 560 triệu đồng.')
            return True
        if region is not None and self._only_their_share(key, region, money_facts):
            # (its one part is the beneficiaries' own money: '15 đề án khuyến công với tổng vốn thực hiện 13 tỷ đồng,
            # trong đó vốn đối ứng của các cơ sở 10 tỷ đồng' is what the work cost, whoever the programme is)
            return True
        if region is not None and self._programme_share_of_one_work(ctx, key, d, region, s_start, g_start, money_facts):
            return True
        source_after = _FROM_SOURCE_AFTER.match(key, g_end)
        if self._clause_names_programme(plain, prev_end, g_start) or _PROGRAMME_MONEY_AFTER.match(key, g_end) or \
                source_after and (source_after.group("budget") or
                                  self._names_source(key[g_end:self._clause_end(key, g_end, s_end)])):
            # (the public budget's money, named after it: '9,8 tỷ đồng từ ngân sách ..., trong đó ...'; or the
            # programme's: '..., tổng kinh phí 650 triệu đồng từ nguồn khuyến công địa phương. Trong đó, Hợp tác xã
            # chè Suối Giàng được hỗ trợ 180 triệu đồng' is the programme's sum and one beneficiary's share of it)
            return False
        if region is None:
            return self._work_share_uncued(ctx, key, d, prev_end, g_start, s_end, money_facts)
        lo, hi = region
        if lo >= s_end and any(s_end > f.start >= g_end for f in money_facts):
            return False  # the sentence goes on to another figure: the next sentence breaks that one down
        parts = [f for f in money_facts if lo <= f.start < hi]
        if not parts:
            return False
        if d.money() and sum(f.value for f in parts) > d.money()[-1].value:
            # (parts larger than it break down some other figure: 'Cụ thể: ...; hỗ trợ tham gia hội chợ cho 5 cơ sở,
            # kinh phí 400 triệu đồng.' then 'Trong số đó, khuyến công quốc gia hỗ trợ 2 đề án với kinh phí 1,2 tỷ đồng')
            return False
        leads = [key[lo if n == 0 else parts[n - 1].end:f.start] for n, f in enumerate(parts)]
        # (any other part is the beneficiary's share: '..., HTX đối ứng 350.000.000 đồng')
        # (the programme's part needs its verb of support unless the breakdown names the beneficiary's share: '...,
        # trong đó vốn khuyến công 450 triệu đồng, vốn đối ứng của doanh nghiệp 1,05 tỷ đồng', '... phần còn lại do
        # cơ sở đối ứng')
        # (the programme, or a public source: 'Kinh phí tổ chức các hội chợ là 1,1 tỷ đồng, trong đó ngân sách tỉnh
        # hỗ trợ 700 triệu đồng, còn lại do các doanh nghiệp đóng góp')
        # (or a support share beside the beneficiaries' own, whoever pays it: '..., trong đó ngân sách nhà nước
        # hỗ trợ 2,1 tỷ đồng, còn lại là vốn đối ứng của các cơ sở')
        supported = _SUPPORT_VERB.search(leads[0])
        # (the state budget's support too, which names no one level: 'Trung tâm Khuyến nông triển khai 8 mô hình ...
        # với tổng kinh phí 2,4 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 1,1 tỷ đồng')
        public = self._names_source(leads[0]) or bool(supported and _PUBLIC_SOURCE.search(leads[0]))
        rest_theirs = self.counterpart.search(key, parts[0].end, hi)
        # (several public parts before the beneficiaries' own: '..., trong đó ngân sách khuyến công quốc gia 1 tỷ đồng,
        # ngân sách tỉnh 900 triệu đồng, các cơ sở đóng góp 400 triệu đồng')
        theirs = [bool(self.counterpart.search(lead)) for lead in leads[1:]]
        if self._names_a_level(leads[0]) and _PROGRAMME_GAVE.search(key, s_start, g_start) and not rest_theirs and \
                not any(theirs):
            # (the programme named as the giver of the whole's support, one level's part named after: '7 cơ sở ... được
            # khuyến công hỗ trợ máy rang, máy xay, tổng kinh phí 1,43 tỷ đồng; trong đó khuyến công quốc gia hỗ trợ 1
            # đề án 600 triệu đồng': the programme's whole, the rest the other level's)
            return False
        # (a whole named as support itself, 'tổng kinh phí hỗ trợ 820 triệu đồng', is the programme's, not a cost)
        named_support = _SUPPORT_VERB.search(key, max(s_start, g_start - 25), g_start) is not None
        if len(parts) == 1 and _EACH_BEFORE.search(key, max(lo, parts[0].start - 40), parts[0].start):
            # (its one part is what each beneficiary got: '... hỗ trợ 5 hộ mua máy sấy, tổng kinh phí 400 triệu đồng,
            # trong đó mỗi hộ được hỗ trợ 80 triệu đồng' is the support, a rate said after it)
            return False
        # (or the one level the sentence named as the whole's source before it: 'từ nguồn kinh phí khuyến công quốc
        # gia, tỉnh hỗ trợ 2 hợp tác xã đầu tư máy rang với tổng kinh phí 1,9 tỷ đồng, trong đó kinh phí khuyến công
        # quốc gia 760 triệu đồng': that level's share, the rest another's)
        levels = self._programmes_in(key, lo, parts[0].start) if public and len(parts) == 1 else set()
        if len(parts) == 1 and (public and _BARE_KHUYEN_CONG.search(leads[0]) or supported and not named_support or
                                self.counterpart.search(leads[0]) or
                                len(levels) == 1 and levels == named) and \
                _work_cost_before(key, s_start, g_start) and \
                not _facts_between(ctx, ("project_count",), s_start, g_start):
            # one work's cost whose one part named is the programme without a level, or a support: the rest is
            # another's ('Đề án có tổng kinh phí 1,5 tỷ đồng, trong đó vốn khuyến công 300 triệu đồng'; 'hỗ trợ 2 cơ
            # sở đầu tư máy thêu với tổng kinh phí 480 triệu đồng, trong đó kinh phí hỗ trợ 240 triệu đồng')
            return True
        if not named_support and all(_SUPPORT_VERB.search(lead) and self._names_a_level(lead) for lead in leads) and \
                d.money() and sum(f.value for f in parts) < d.money()[-1].value and \
                _work_cost_before(key, s_start, g_start) and not _facts_between(ctx, ("project_count",), s_start, g_end):
            # (a work's cost whose parts are each level's support and leave some of it unsaid: 'hỗ trợ 2 hợp tác xã
            # đầu tư máy rang với tổng kinh phí 1,9 tỷ đồng, trong đó khuyến công quốc gia hỗ trợ 500 triệu đồng,
            # khuyến công địa phương hỗ trợ 300 triệu đồng': the rest is the beneficiaries')
            return True
        if named_support and not rest_theirs and self._programmes_in(key, g_end, self._clause_end(key, g_end, s_end)):
            # (a support whose programmes are named right after it, one of them broken out: 'được hỗ trợ 600 triệu
            # đồng từ nguồn khuyến công quốc gia và địa phương ... Trong đó, khuyến công quốc gia hỗ trợ 400 triệu
            # đồng' is the programmes' whole, no work's cost)
            return False
        return bool(supported and (public or rest_theirs) or public and rest_theirs) and (
            all(theirs) or any(theirs) and all(t or self._names_source(lead) for t, lead in zip(theirs, leads[1:])))

    def _only_their_share(self, key: str, region: tuple[int, int], money_facts: list[Fact]) -> bool:
        """The breakdown in ``region`` states one amount only, and it is the beneficiaries' own (a counterpart cue
        before it, no programme, public source or verb of support)."""
        parts = [f for f in money_facts if region[0] <= f.start < region[1]]
        if len(parts) != 1:
            return False
        lead = key[region[0]:parts[0].start]
        return self.counterpart.search(lead) is not None and not self._names_source(lead) and \
            not _SUPPORT_VERB.search(lead) and not _PUBLIC_SOURCE.search(lead)

    def _one_works_supported_share(self, ctx: Context, key: str, d: _Draft, g_start: int, s_end: int,
                                   money_facts: list[Fact]) -> bool:
        """One work named before a whole, its programme too ('Mô hình thuộc đề án khuyến công quốc gia năm 2025 với
        tổng kinh phí 3,2 tỷ đồng, trong đó kinh phí khuyến công quốc gia hỗ trợ 1 tỷ đồng'), broken down into the
        shares programmes supported, less than it all together, in its sentence or the next: the whole is what the
        work cost, the business's money in it (not a programme's budget, which a count or a plan names: 'tỉnh thực
        hiện 12 đề án ... trong đó ... hỗ trợ')."""
        s_start = ctx.sentence_span(d.sentence)[0]
        # (the count may be the draft's own, joined to the whole: '1 đề án ..., tổng dự toán 1,35 tỷ đồng')
        m_start = d.money()[0].start if d.money() else g_start
        counted = _facts_between(ctx, ("project_count",), s_start, m_start)
        # (one project counted is one work too: 'được hỗ trợ 1 đề án xây dựng lò nung ..., tổng dự toán 1,35 tỷ đồng')
        # (said as a sum, 'tổng dự toán', 'tổng vốn': not a project's own support, '1 đề án ..., kinh phí 1,5 tỷ đồng')
        one_counted = len(counted) == 1 and counted[0].value == 1 and \
            _A_SUM_WORD.search(key, max(s_start, m_start - 40), m_start) is not None
        if not (_ONE_WORK_NAMED.search(key, max(s_start, g_start - 160), g_start) or one_counted) or \
                counted and not one_counted:
            return False
        if _PROGRAMME_SUPPORTS.search(key, max(s_start, g_start - 60), g_start):
            return False  # (itself a programme's share, another's after it: 'khuyến công quốc gia hỗ trợ 1 tỷ đồng, ...')
        g_end = d.facts[-1].end
        # (its breakdown in its sentence, or in the next that opens 'Trong đó, ...')
        region = self._breakdown_region(ctx, key, d.sentence, g_end, s_end)
        shares_next = _SHARES_AFTER_SEMICOLON.match(key, g_end, s_end) if region is None else None
        if shares_next:
            # (or the rest of its sentence after a ';', opening with a programme's support: 'Mô hình có tổng vốn 2,6 tỷ
            # đồng; khuyến công quốc gia hỗ trợ 1 tỷ đồng, khuyến công thành phố hỗ trợ 500 triệu đồng.')
            region = (g_end + regex.search(r"[;,]", shares_next.group()).end(), s_end)
        after = _next_in_paragraph(ctx, key, d, s_end) if region is None else None
        if after and _SUPPORT_OPENS.match(key, *after):
            # (or the next sentence of its paragraph, opening with the programme's support: '... 2 lò nung gas từ đề
            # án khuyến công quốc gia, tổng giá trị 680 triệu đồng. Kinh phí khuyến công quốc gia hỗ trợ 340 triệu
            # đồng.')
            region = after
        if region is None:
            return False
        lo, hi = region
        parts = [f for f in money_facts if lo <= f.start < hi]
        whole = d.money()[0].value if d.money() else None
        # (every part a programme's support, together less than the whole: 'Trong đó, khuyến công quốc gia hỗ trợ 1
        # tỷ đồng, khuyến công địa phương hỗ trợ 300 triệu đồng' of a model's 4,5 tỷ đồng)
        if not parts or whole is None or sum(f.value for f in parts) >= whole:
            return False
        for n, f in enumerate(parts):
            lead = key[lo if n == 0 else parts[n - 1].end:f.start]
            # (the programme's share named by its level alone: '..., trong đó kinh phí khuyến công quốc gia 900 triệu
            # đồng')
            if not (_SUPPORT_VERB.search(lead) and _PUBLIC_SOURCE.search(lead) or self._names_a_level(lead)):
                return False
        # (not when the rest is public money too: '..., còn lại ngân sách trung ương' keeps the whole a budget)
        return not _PUBLIC_SOURCE.search(key, parts[-1].end, hi)

    def _cost_after_its_share(self, ctx: Context, key: str, plain: str, d: _Draft, prev_end: int, g_start: int,
                              money_facts: list[Fact]) -> bool:
        """One work's whole told in the sentence right after the programme's smaller support for it ('... được phê
        duyệt hỗ trợ 1 đề án khuyến công quốc gia, mức hỗ trợ 650 triệu đồng. Tổng vốn thực hiện đề án là 2,1 tỷ
        đồng.'): what the work cost, the beneficiary's money in it, no record (the share said first, as with the
        share said after: _one_works_supported_share)."""
        s_start, s_end = ctx.sentence_span(d.sentence)
        c_start = s_start
        if prev_end > s_start:
            # (or in the clause before it, after a ';': '... với kinh phí hỗ trợ 1,2 tỷ đồng; tổng vốn thực hiện đề án
            # 3,8 tỷ đồng')
            c_start = key.rfind(";", prev_end, g_start) + 1
            if not c_start:
                return False
            b_start, b_end = s_start, c_start
        elif d.sentence < 1:
            return False
        else:
            b_start, b_end = ctx.sentence_span(d.sentence - 1)
            if ctx.paragraph_break(b_end, s_start):
                return False
        if not d.money() or not self._names_a_sum(key, c_start, g_start) or \
                not _one_work_before(key, c_start, g_start) or self._clause_names_programme(plain, c_start, g_start):
            return False
        if _facts_between(ctx, ("project_count", "quantity"), c_start, s_end) or \
                any(f.value > 1 for f in _facts_between(ctx, ("project_count",), b_start, b_end)):
            return False
        shares = [f for f in money_facts if b_start <= f.start < b_end]
        return bool(shares) and sum(f.value for f in shares) < d.money()[0].value and \
            _SUPPORT_VERB.search(key, b_start, b_end) is not None and self.programme.search(key, b_start, b_end) is not None

    def _public_parts_then_theirs(self, key: str, d: _Draft, region: tuple[int, int], money_facts: list[Fact]) -> bool:
        """A whole broken down into public sources' amounts, then the rest said to be the beneficiaries' own ('tổng
        kinh phí thực hiện chương trình khuyến công ... là 38,6 tỷ đồng, trong đó vốn khuyến công quốc gia 11,2 tỷ
        đồng, vốn khuyến công địa phương 9,4 tỷ đồng, còn lại là vốn đối ứng của các cơ sở'): it holds their money,
        whatever programme it is named after, so it is no record (ANNOTATION.md)."""
        lo, hi = region
        parts = [f for f in money_facts if lo <= f.start < hi]
        whole = d.money()[0].value if d.money() else None
        if not parts or whole is None or sum(f.value for f in parts) >= whole:
            return False
        if not all(self._names_source(key[lo if n == 0 else parts[n - 1].end:f.start]) for n, f in enumerate(parts)):
            return False
        return self._rest_named_theirs(key, parts[-1].end, hi) is not None

    def _public_shares_then_theirs(self, key: str, d: _Draft, region: tuple[int, int], money_facts: list[Fact]) -> int:
        """How many public shares the breakdown ``region`` right after a whole names before it calls the rest the
        beneficiaries' own, with or without its amount; 0 when it does not."""
        if not self._public_parts_then_theirs(key, d, region, money_facts):
            return 0
        return sum(1 for f in money_facts if region[0] <= f.start < region[1])

    def _rest_is_theirs(self, key: str, g_end: int, s_end: int) -> bool:
        """The whole's sentence goes on with a share the support paid and the rest the beneficiaries' ('..., tổng
        kinh phí 320 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 50%, còn lại người dân đóng góp'): the whole
        includes their money, whatever programme its clause names."""
        rest = self._rest_named_theirs(key, g_end, s_end)
        if rest is None:
            return False
        return bool(_SUPPORT_VERB.search(key, g_end, rest.start()) and _SHARE_SAID.search(key, g_end, rest.start()))

    def _rest_named_theirs(self, key: str, lo: int, hi: int) -> regex.Match | None:
        """The first 'còn lại' between ``lo`` and ``hi`` said to be the beneficiaries' money ('..., còn lại là vốn đối
        ứng của các cơ sở', 'số còn lại do hợp tác xã ... bố trí'), or None."""
        rest = _REST_THEIRS.search(key, lo, hi)
        if rest is None or not (self.counterpart.search(key, rest.end(), min(hi, rest.end() + 40)) or
                                self.rest_by_beneficiary.match(key, rest.end(), hi)):
            return None
        return rest

    def _work_share_uncued(self, ctx: Context, key: str, d: _Draft, prev_end: int, g_start: int, s_end: int,
                           money_facts: list[Fact]) -> bool:
        """A work's total ('tổng kinh phí', 'tổng vốn' of one work: no count in its sentence) followed, with no
        breakdown cue, by the one amount the programme gave towards it, said as only a share: the programme
        without a level ('Với tổng kinh phí 1,2 tỷ đồng, đề án được khuyến công hỗ trợ 360 triệu đồng'), a
        percentage of it ('Ngân sách tỉnh hỗ trợ 30%, tương đương 360 triệu đồng'), or with the rest the
        beneficiary's ('...; khuyến công địa phương hỗ trợ 360 triệu đồng, còn lại do cơ sở đối ứng'). The total
        includes the beneficiary's money, so it is no record (ANNOTATION.md)."""
        g_end = d.facts[-1].end
        whole = d.money()[0]
        if not self._names_a_sum(key, max(prev_end, g_start - 60), g_start):
            return False
        s_start = ctx.sentence_span(d.sentence)[0]
        if any(f.type in ("project_count", "quantity") and s_start <= f.start < s_end for f in ctx.facts):
            return False  # (a year's many works: '15 đề án với tổng kinh phí 3 tỷ đồng, khuyến công hỗ trợ ...')
        later = [f for f in money_facts if g_end <= f.start < s_end]
        if not later and not regex.search(r"\w", key[g_end:s_end]) and d.sentence + 1 < len(ctx.sentence_starts):
            lo, hi = ctx.sentence_span(d.sentence + 1)  # (the share said in the next sentence)
            later = [f for f in money_facts if lo <= f.start < hi]
        else:
            lo, hi = g_end, s_end
        # (the beneficiary's own share may follow it: '..., kinh phí khuyến công quốc gia hỗ trợ 1,2 tỷ đồng, HTX đối
        # ứng 2,4 tỷ đồng')
        if len(later) > 1 and all(self._their_money_named(key[a.end:b.start]) for a, b in zip(later, later[1:])):
            later = later[:1]
        if len(later) != 1 or not (later[0].value < whole.value):
            return False
        part = later[0]
        lead = key[lo:part.start]
        # (or the share named as the programme's money, no verb: '..., tổng vốn 600 triệu đồng, vốn khuyến công 150
        # triệu đồng')
        verbless = not _SUPPORT_VERB.search(lead)
        if verbless and not _PROGRAMME_MONEY_AFTER.fullmatch(lead.strip(" ,;:")):
            return False
        levelled = self._names_a_level(lead)
        generic = self.programme.search(lead) is not None and not levelled
        share = _A_PERCENT.search(lead) is not None
        rest_theirs = self.counterpart.search(key, part.end, hi) is not None
        # (a whole named as what was invested, 'Tổng kinh phí đầu tư 2,4 tỷ đồng, kinh phí khuyến công địa phương hỗ
        # trợ 300 triệu đồng': the beneficiary's outlay, whatever programme level its share names)
        invested = _INVESTED_SUM.search(key, max(prev_end, g_start - 40), g_start) is not None
        # (or of one project named before it, 'Đề án có tổng kinh phí 2,1 tỷ đồng, kinh phí khuyến công quốc gia hỗ trợ
        # 700 triệu đồng': what that project cost, its owner's money included)
        one_work = _one_work_before(key, s_start, g_start)
        if verbless:  # (only a sum of capital, or of one work: a year's 'tổng kinh phí' beside its programme's stays)
            return bool(generic and (_INVESTMENT.search(key, max(prev_end, g_start - 60), g_start) or one_work))
        return generic or invested or (share or rest_theirs or one_work) and levelled

    def _names_a_level(self, text: str, lo: int = 0, hi: int | None = None) -> bool:
        """``text[lo:hi]`` names the national or the local programme, or both, by a scope cue ('khuyến công quốc
        gia', 'ngân sách tỉnh', 'trung ương và địa phương')."""
        hi = len(text) if hi is None else hi
        return any(p.search(text, lo, hi) for p, v in self.scope if v in ("national", "local", "both"))

    def _names_a_sum(self, text: str, lo: int = 0, hi: int | None = None) -> bool:
        """``text[lo:hi]`` names a sum by a 'total' cue ('tổng kinh phí', 'tổng số')."""
        hi = len(text) if hi is None else hi
        return any(p.search(text, lo, hi) for p, v in self.scope if v == "total")

    def _names_source(self, text: str) -> bool:
        """``text`` names a programme or a public source of money."""
        return bool(self.programme.search(text)) or self._names_a_level(text)

    def _programme_share_of_one_work(self, ctx: Context, key: str, d: _Draft, region: tuple[int, int], s_start: int,
                                     g_start: int, money_facts: list[Fact]) -> bool:
        """'Đây là đề án khuyến công địa phương ... với tổng kinh phí 560 triệu đồng, trong đó nguồn khuyến công hỗ
        trợ 280 triệu đồng': one project's cost, named with its programme, whose one part is the programme by its
        bare name: that part is the programme's money, the rest the beneficiary's, so the whole is no record (a
        programme's budget split names its levels or purposes: 'trong đó khuyến công quốc gia 2 tỷ đồng')."""
        parts = [f for f in money_facts if region[0] <= f.start < region[1]]
        if len(parts) != 1 or not d.money() or parts[0].value >= d.money()[-1].value:
            return False
        lead = key[region[0]:parts[0].start]
        if not _one_work_before(key, s_start, g_start) or _facts_between(ctx, ("project_count",), s_start, g_start):
            return False
        if _BARE_KHUYEN_CONG.search(lead) and not self._names_a_level(lead):
            return True
        # (or the one level the work is named under, giving its support: 'Đề án thuộc chương trình khuyến công quốc gia
        # năm 2025 với tổng kinh phí 1,2 tỷ đồng, trong đó kinh phí khuyến công quốc gia hỗ trợ 500 triệu đồng')
        # (not when the rest is said to come from another public source: '..., còn lại ngân sách trung ương')
        level = self._programmes_in(key, region[0], parts[0].start)
        return len(level) == 1 and level == self._programmes_in(key, s_start, g_start) and \
            _SUPPORT_VERB.search(lead) is not None and not self._names_source(key[parts[0].end:region[1]])

    def _clause_names_programme(self, plain: str, prev_end: int, g_start: int) -> bool:
        """The clause before a whole names a programme or a source (with the acting body's name blanked in
        ``plain``): a programme's own budget, whatever share of it others pay."""
        clause = _blank_matches(self.sector, self._clause_before(plain, prev_end, g_start))
        return self._names_source(clause)

    def _programme_share_after(self, ctx: Context, key: str, d: _Draft) -> bool:
        """Right after the amount, its breakdown gives one programme's share in percent ('hơn 18 tỷ đồng cho các hoạt
        động khuyến công, trong đó kinh phí khuyến công quốc gia chiếm khoảng 30%'): the whole takes in both
        programmes, as a whole with a national part in money does."""
        if d.record.amount_vnd is None:
            return False
        end = d.facts[-1].end
        s_end = ctx.sentence_span(d.sentence)[1]
        # (after what the money was for, with no figure between: '... cho các hoạt động khuyến công, trong đó ...')
        lead = key.find("trong đó", end, s_end)
        share = _PERCENT_PART.match(key, lead, s_end) if lead >= 0 and not regex.search(r"\d", key[end:lead]) else None
        return share is not None and self._scope(share.group(1)) in ("national", "local")

    def _own_share_in_percent(self, key: str, plain: str, prev_end: int, g_start: int, g_end: int, s_end: int) -> bool:
        """'tổng kinh phí thực hiện các đề án là 9,6 tỷ đồng, trong đó vốn đối ứng của cơ sở chiếm hơn 60%': a whole
        whose breakdown gives the beneficiaries' share as a percentage includes their own money, so it is no
        record (ANNOTATION.md). Only a whole whose own clause names no programme, as in _only_programme_share."""
        if self._clause_names_programme(plain, prev_end, g_start):
            return False
        share = _PERCENT_PART.match(key, g_end, s_end)
        if share is None and not regex.search(r"\w", key[g_end:s_end]) and "\n" not in key[s_end:s_end + 3]:
            # (or the next sentence gives it: '... là 9,6 tỷ đồng. Trong đó, vốn đối ứng của cơ sở chiếm hơn 60%.')
            share = _PERCENT_PART.match(key, s_end, min(len(key), s_end + 160))
        if share is None:
            return False
        leads = [share.group(1)]
        # (the next shares of the same breakdown: '..., trong đó ngân sách khuyến công hỗ trợ 70%, doanh nghiệp đóng
        # góp 30%')
        percents = [_percent_value(share)]
        while (share := _NEXT_PERCENT.match(key, share.end())) is not None:
            leads.append(share.group(1))
            percents.append(_percent_value(share))
        if any(self.counterpart.search(lead) for lead in leads):
            return True
        # (or only public sources' shares that leave part of it unsaid: 'tổng nguồn lực huy động ... đạt khoảng 120 tỷ
        # đồng, trong đó kinh phí khuyến công chiếm khoảng 15%' is what all gave, the programme a share of it)
        return all(self._names_source(lead) for lead in leads) and sum(percents) < 100

    def _breakdown_region(self, ctx: Context, key: str, sent: int, g_end: int, s_end: int,
                          tail_ok: bool = False) -> tuple[int, int] | None:
        """Where a whole's breakdown right after it stands: the rest of its sentence after '..., trong đó', a bracket
        right after it, or the next sentence (and the one after) when it opens 'Trong đó: ...' (with ``tail_ok``,
        also when the whole's sentence goes on after it, as with what the money was for)."""
        after = key[g_end:s_end]
        stripped = after.lstrip(" ,;:(")
        if self.breakdown.match(stripped):
            return g_end, s_end
        opened = _BRACKET_AFTER.match(key, g_end, s_end)
        if opened:  # (its parts in a bracket right after it: '1,5 tỷ đồng (ngân sách hỗ trợ 600 triệu đồng, ...)')
            return opened.start(1), opened.end(1)
        if tail_ok:
            # (after what the money was for, in the same sentence: '... tổng kinh phí 610 triệu đồng để chế biến cà phê
            # bột, trong đó khuyến công hỗ trợ 195 triệu đồng'; no other figure between)
            for cue in _LATER_BREAKDOWN.finditer(after):
                if _DIGIT.search(after, 0, cue.start()):
                    break
                if self.breakdown.match(after, cue.end()):
                    return g_end + cue.start(), s_end
        if (tail_ok or not stripped.strip(" .;")) and sent + 1 < len(ctx.sentence_starts):
            n_start, n_end = ctx.sentence_span(sent + 1)
            if not self.continues.match(key, n_start, n_end):
                return None
            if sent + 2 >= len(ctx.sentence_starts):
                return n_start, n_end
            # (the sentence after goes on with the breakdown, but not when it opens with an addition: 'Trong số này,
            # 6 cơ sở đã ...' then 'Ngoài ra, ... hỗ trợ 700 triệu đồng' is money on top of the whole)
            t_start, t_end = ctx.sentence_span(sent + 2)
            # (nor one in the next paragraph, or one that opens with a year of its own: 'Trong đó, hỗ trợ cơ sở làm
            # kẹo dừa.' then 'Năm 2024, tỉnh dự kiến nâng kinh phí khuyến công lên 2,5 tỷ đồng' is the next year's)
            # (nor the next of a run of ordinal projects: 'Đề án thứ ba ...' after the second's whole and breakdown)
            if self.additional.search(key[t_start:t_end]) or ctx.paragraph_break(n_end, t_start) or \
                    _YEAR_OPENS.match(key, t_start, t_end) or _ORDINAL_ITEM.match(key, t_start, t_end):
                return n_start, n_end
            return n_start, t_end
        return None

    def _item_of_programme_list(self, ctx: Context, key: str, sent: int, topic: bool | str) -> bool:
        """Sentence ``sent`` is an item of a list announced by a programme's statement ('Trung tâm đã thực hiện 12
        đề án, giải ngân 2,3 tỷ đồng, cụ thể:' then '- Tổ chức 2 lớp đào tạo nghề: 200 triệu đồng;'), by a
        short announcement right after one ('Năm 2025, kinh phí khuyến công là 2,8 tỷ đồng. Các nội dung gồm:'),
        or by a section heading that names a programme."""
        intro = self._list_intro_index(ctx, key, sent)
        if intro is None:
            s_start, s_end = ctx.sentence_span(sent)
            if sent and _SUM_LEAD.match(key, s_start, s_end) and _bullet_kind(key, *ctx.sentence_span(sent - 1)):
                # the sum line right after a programme list's items ('+ ...: 250 triệu đồng.' then 'Tổng cộng:
                # 2.100 triệu đồng.')
                return self._item_of_programme_list(ctx, key, sent - 1, topic)
            # a listed item under a heading that names a programme ('2. Khuyến công địa phương' then '- Tổ chức 2
            # khóa đào tạo nghề: 120 triệu đồng.')
            return _bullet_kind(key, s_start, s_end) is not None and self._section_scope(ctx, key, sent) is not None
        i_start, i_end = ctx.sentence_span(intro)
        if self._about_programme(key[i_start:i_end], topic) or topic and self.list_head.search(key, i_start, i_end):
            # (or, in an article about a programme, an announcement of its items: 'Năm 2026, Trung tâm dự kiến thực
            # hiện các nội dung sau:')
            return True
        # a bare announcement ('Các nội dung gồm:', 'Cụ thể:') goes on from the sentence before it, in its paragraph
        # or as a paragraph of its own right after it
        # (past a photo's caption or page chrome between them: 'Ảnh minh họa' under the title)
        before = ctx.prev_sentence(intro)
        if before < 0 or i_end - i_start > 40:
            return False
        p_start, p_end = ctx.sentence_span(before)
        return self._about_programme(key[p_start:p_end], topic)

    @staticmethod
    def _items_end(ctx: Context, key: str, sent: int) -> int:
        """The end of sentence ``sent`` and of the list items right after it ('- ...' lines), where a breakdown
        announced at its end ('cụ thể:') is spelled out."""
        end = ctx.sentence_span(sent)[1]
        for i in range(sent + 1, len(ctx.sentence_starts)):
            s_start, s_end = ctx.sentence_span(i)
            if _bullet_kind(key, s_start, s_end) is None:
                break
            end = s_end
        return end

    def _includes_own_money(self, ctx: Context, key: str, sent: int, g_end: int, s_end: int) -> bool:
        """A whole broken down right after it ('..., trong đó' or a next sentence 'Trong đó: ...') into parts
        one of which is the beneficiaries' or lenders' money: it includes their own money, so it is no record
        (ANNOTATION.md: 'tổng kinh phí 800 triệu đồng, trong đó khuyến công hỗ trợ 240 triệu'). Asked only of
        a total of capital or investment ('tổng vốn', 'tổng kinh phí đầu tư'): a programme's budget
        ('kinh phí thực hiện công tác khuyến công') with the beneficiaries' share in it stays the programme's
        figure, as the on-topic dev gold keeps it."""
        region = self._breakdown_region(ctx, key, sent, g_end, s_end)
        return region is not None and self.counterpart.search(key, *region) is not None

    def _scope(self, text: str, paid: bool = True, framed_ok: bool = True) -> str | None:
        """Scope named in ``text``; the paying body ('*_weak' cues) only counts for an amount (``paid``); the
        national programme's name counts only with ``framed_ok``."""
        # a source the figure comes on top of is not its own ('Ngoài nguồn kinh phí địa phương, tỉnh còn được hỗ trợ
        # 2 đề án khuyến công quốc gia ...': national)
        text = _blank_matches(_BESIDES, text)
        # (a centrally-run city, 'thành phố trực thuộc Trung ương', names no paying body)
        text = _blank_matches(_CENTRALLY_RUN, text)
        text = _blank_matches(_REPORTED_BY, text)
        framed = _NATIONAL_PROGRAMME.search(text)
        if framed and _AND_LOCAL.match(text, framed.end()):
            framed = None  # (both programmes named as the source: 'từ các chương trình khuyến công quốc gia và địa phương')
        if framed:
            # 'Thực hiện Chương trình khuyến công quốc gia, ...': the framework every province works under, with
            # national and local money alike; it names the source only when nothing else does
            text = _blank_matches(_NATIONAL_PROGRAMME, text)
        # (a 'tổng' after a percentage is the whole a share is of: 'chiếm khoảng 40% tổng kinh phí khuyến công của tỉnh,
        # tương đương 6,4 tỷ đồng' is no sum)
        found = {v for pattern, v in self.scope if (paid or not v.endswith("_weak")) and any(
            v != "total" or not _SHARE_OF.search(text, 0, m.start()) for m in pattern.finditer(text))}
        if framed and framed_ok and not found & {"national", "local", "both"}:
            found.add("national")
        if "national" in found and "local" in found or "both" in found:
            return "total"
        for v in ("national", "local"):
            if v in found:
                return v
        if "total" in found and (_PROVINCIAL_PROGRAMME.search(text) or _PROVINCES_OWN.search(text)) and \
                not found - {"total"}:
            return None  # (also named bare: 'khuyến công tỉnh Bà Rịa - Vũng Tàu hỗ trợ ... với tổng kinh phí ...')
        if "total" in found:
            # the ministry pays only national money: the total of what it approved is national money
            # ('Bộ Công Thương đồng ý 03 đề án, tổng kinh phí 2,4 tỷ'), unless a provincial body, which
            # carries both programmes, is named with it as the actor; named after the ministry it is the one the
            # ministry assigns the projects to ('Cục Công Thương địa phương giao Trung tâm Khuyến công tỉnh ...'),
            # unless a provincial authority decides with the ministry ('UBND tỉnh và Bộ Công Thương đã phê duyệt')
            if "national_weak" in found and ("local_weak" not in found or self._first_weak(text) == "national_weak"
                                             and not _PROVINCIAL_AUTHORITY.search(text)):
                return "national"
            return "total"
        weak = {v[: -len("_weak")] for v in found if v.endswith("_weak")}
        # the ministry pays only national money; a provincial centre carries out both programmes and so names no
        # source on its own (ANNOTATION.md: the provincial programme without a KCĐP word is 'unspecified')
        return "national" if "national" in weak else None

    def _first_weak(self, text: str) -> str | None:
        """The paying-body cue ('*_weak') named first in ``text``."""
        hits = [(m.start(), v) for pattern, v in self.scope if v.endswith("_weak") for m in [pattern.search(text)] if m]
        return min(hits)[1] if hits else None

    def _cues(self, text: str, weak: bool = True) -> list[tuple[int, int, str]]:
        """The status cues in ``text`` as (start, end, value), in order; a cue inside a longer one is the longer
        one's ('hoàn thành kế hoạch': done, not the plan)."""
        # latest start first, and at one start the longest cue ('đã phân bổ' over 'đã')
        found = sorted([(m.start(), m.end(), v) for pattern, v in self.status for m in pattern.finditer(text)]
                       + [(m.start(), m.end(), "planned" if m.group("verb") in ("giao", "thông báo")
                           # (an approval between the body and its support: 'được Bộ Công Thương phê duyệt hỗ trợ')
                           or _APPROVED_BETWEEN.search(text, m.start(), m.start("verb")) else "done_weak")
                          for m in _AGENT_PASSIVE.finditer(text)])
        if not weak:
            found = [f for f in found if not f[2].endswith("_weak")]
        # the plan a share is measured against is no plan said ('đã giải ngân 85% kế hoạch vốn, tương đương 4 tỷ
        # đồng'): the verb before the share tells the tense
        found = [f for f in found if not (f[2] == "planned" and _SHARE_OF.search(text, 0, f[0]))]
        # (nor a cue's noun counted as a thing of its own: 'Một đề án khuyến công, hai mục tiêu' names two aims)
        found = [f for f in found if not _counted_plan_noun(text, f[0])]
        # work stopped or going on, told as the cause of what the main clause did, is not that clause's tense ('do
        # hai cơ sở xin rút, Trung tâm chỉ thực hiện 7 đề án': the 7 were carried out)
        found = [f for f in found if not (f[2] == "unspecified" and _CAUSE_OPENS.search(text, 0, f[0])
                                          and "," in text[f[1]:])]
        for m in _MANNER_PLAN.finditer(text) if any(v == "planned" for _, _, v in found) else ():
            clause = _last_break(text, 0, m.start())
            if _DEED_VERB.search(text, clause, m.start()) and not _PLAN_WORD.search(text, clause, m.start()):
                found = [f for f in found if not (f[2] == "planned" and m.start() <= f[0] and f[1] <= m.end())]
        return _outermost(found)

    def _status(self, text: str, weak: bool = True) -> str | None:
        """The nearest status cue before the figure. A passive of receiving ('được hỗ trợ', a '*_weak' cue) says no
        tense of its own: the nearest other cue before it governs it ('sẽ được hỗ trợ', 'dự kiến ... được hỗ trợ',
        'đăng ký được hỗ trợ' are planned; 'đã được hỗ trợ', or none, done). Without ``weak`` only the other
        cues count."""
        found = self._cues(text, weak)
        if not found:
            return None
        pos, end, best = found[-1]
        if _not_yet(text, pos, best):
            return "planned"  # 'sẽ hoàn thành 10 đề án', 'chưa triển khai được 3 đề án': still to be done
        if best.startswith("done") and len(found) > 1 and _not_yet(text, found[-2][0], found[-2][2]) and \
                not regex.search(r"[;.]|(?<!\p{L})đã(?!\p{L})", text[found[-2][1]:pos]):
            return "planned"  # the next verb of the same resolve ('sẽ tập trung hoàn thành 9 đề án còn lại, giải ngân')
        resolve = last_match(_RESOLVE, text, 0, pos) if best.startswith("done") else None
        if resolve and not regex.search(r"[;.,]\s*\p{Lu}|[;.]|(?<!\p{L})đã(?!\p{L})", text[resolve.end():end]):
            # (also when the verb right after the resolve is no cue: 'Sáu tháng cuối năm, Trung tâm tập trung thực hiện
            # 7 đề án còn lại, giải ngân 1,35 tỷ đồng')
            return "planned"
        earlier = [v for _, _, v in found[:-1] if not v.endswith("_weak")]  # the other cues said before it
        if best == "planned" and _THEN_CARRIED_OUT.match(text, end):
            # an approval and the work that followed it, one verb phrase ('đã tham mưu phê duyệt và tổ chức thực
            # hiện 16 đề án'): the tense of the two together is the one said before them, if any; 'đã' opening the
            # phrase tells it done, whatever it went through ('đã tham mưu Sở Công Thương trình UBND tỉnh phê duyệt
            # và tổ chức thực hiện 58 đề án')
            if _DONE_OPENS_CHAIN.search(text, 0, pos) and not _FUTURE_WORD.search(text, 0, pos):
                return "done"
            return earlier[-1] if earlier else None
        if best.endswith("_weak"):
            earlier = [v for p, _, v in found if p < pos and not v.endswith("_weak")]
            return earlier[-1] if earlier else best[: -len("_weak")]
        # ('đã' right before the plan's own verb is that verb's aspect, no deed of its own: '12 đề án đã được phê
        # duyệt với tổng kinh phí ...' is approved, planned)
        own_aspect = len(found) > 1 and text[found[-2][0]:found[-2][1]] == "đã" and \
            regex.fullmatch(r"\s+(?:được\s+)?", text[found[-2][1]:pos]) is not None
        if best == "planned" and (_PER_PLAN.search(text, 0, pos) or _COUNT_ASSIGNED.search(text, 0, pos)
                                  and text[pos:end].endswith(("giao", "thẩm định", "phê duyệt", "duyệt"))
                                  and not own_aspect) \
                and earlier[-1:] == ["done"] and not _AS_OF.fullmatch(text, *found[-2][:2]) or \
                best == "planned" and earlier[-1:] == ["done"] and _BUDGET_PAID.search(text, 0, pos) and \
                text[pos:end].endswith(("giao", "phân bổ", "bố trí")) or \
                best == "planned" and earlier[-1:] == ["done"] and _SHARE_OF_PLAN.search(text, found[-2][1], pos):
            # work done as the plan said ('đã thực hiện 14/32 đề án theo kế hoạch, với kinh phí ...'), or of the
            # projects assigned, appraised or approved ('đã triển khai 14/18 đề án ... được giao'); a budget paid
            # out, named by how it was assigned (_BUDGET_PAID), or the plan it reached a share of ('đã giải ngân 1.480
            # trđ, đạt 100% kế hoạch vốn ... được giao, hỗ trợ 8 đề án')
            return "done"
        return best

    def _out_of_whole(self, key: str, drafts: list[_Draft]) -> None:
        """'đã cấp phát 1,6 tỷ đồng trong tổng số 1,8 tỷ đồng kinh phí khuyến công địa phương': the amount paid out
        is of the whole's programme when its own clause names none, and the verb before it is its own: the whole
        takes a tense only from its own words after it (else none: the whole was not all paid out)."""
        for a, b in zip(drafts, drafts[1:]):
            if a.sentence != b.sentence or not (a.record.amount_vnd and b.record.amount_vnd) or \
                    a.record.amount_vnd >= b.record.amount_vnd or not (
                        _OUT_OF_WHOLE.fullmatch(key, a.facts[-1].end, b.facts[0].start)
                        # (or after a slash: 'đã giải ngân 780 triệu đồng/2,4 tỷ đồng kế hoạch vốn khuyến công địa
                        # phương')
                        or _SLASH_BEFORE.fullmatch(key, a.facts[-1].end, b.facts[0].start)):
                continue
            end = b.facts[-1].end
            clause_end = self._clause_end(key, end, _clause_stop(key, end))
            if a.record.scope == "unspecified" and b.record.scope in ("national", "local"):
                a.record.scope = b.record.scope
            elif b.record.scope in ("total", "unspecified") and a.record.scope in ("national", "local") and \
                    not self._programmes_in(key, a.facts[-1].end, clause_end):
                # ('kinh phí khuyến công địa phương ... giải ngân 950 triệu đồng trên tổng số 2,2 tỷ đồng được giao'):
                # 'tổng số' only says what the amount is out of; the whole is the same programme's budget
                b.record.scope = a.record.scope
            own = key[end:clause_end]
            said = self._status(own)
            if b.record.status == a.record.status == "done" and not said:
                b.record.status, b.ongoing = "unspecified", True  # (none for the article's tense to lend either)
            elif said in ("planned", "done") and not b.ongoing:
                b.record.status = said  # ('... trên tổng số 2,2 tỷ đồng được giao': the budget assigned)
            # (a former province's share of its merged province's whole too: '2,4 tỷ đồng trong tổng số 7,2 tỷ đồng
            # ... cho khu vực Kon Tum cũ' in a story of Quảng Ngãi)
            if a.record.part_of is None and a.record.status == b.record.status and \
                    a.record.period == b.record.period and (a.record.province == b.record.province
                                                            or _merged_into(a.record.province, b.record.province)):
                # (a share said out of its whole in the same tense is its part: 'dự kiến dành 2,5 tỷ đồng trong tổng số
                # 5,2 tỷ đồng kinh phí khuyến công địa phương'; a payment out of a plan stays beside it)
                a.record.part_of = b.record.id

    def _status_after(self, tail: str) -> str | None:
        """How the work stands, said after the sentence's last figure ('..., kinh phí 900 triệu đồng, hiện đang
        triển khai'): the first status cue of the rest of the sentence, unless a purpose comes first ('... để
        hoàn thành dây chuyền' says what the money is for)."""
        rest = _REMAINDER_CLAUSE.search(tail)
        if rest:
            # (not the tense of the rest, someone else's: '..., kinh phí khuyến công quốc gia hỗ trợ 400 triệu đồng,
            # phần còn lại hợp tác xã tự bố trí')
            tail = tail[:rest.start()]
        cause = _CAUSE_CLAUSE.search(tail)
        if cause:
            # (nor of a cause given after it: '... mới thực hiện 2 đề án, kinh phí 380 triệu đồng, do một số cơ sở không
            # bố trí được vốn đối ứng'; but what the cause led to is the figure's own: '..., kinh phí 220 triệu đồng, do
            # cơ sở chưa đủ vốn đối ứng nên không thực hiện')
            result = _CAUSE_RESULT.search(tail, cause.end())
            tail = tail[:cause.start()] + (" " + tail[result.end():] if result else "")
        found = sorted(_outermost([(m.start(), m.end(), v) for pattern, v in self.status
                                   for m in [pattern.search(tail)] if m and not v.endswith("_weak")
                                   and not _counted_plan_noun(tail, m.start())]))
        if not found or _PURPOSE_LINK.search(tail[:found[0][0]]):
            return None
        pos, end, v = found[0]
        if v == "planned" and not tail[:pos].strip(" ,") and _FOR_PURPOSE.match(tail, end):
            return None  # what the amount was set aside for, right after it ('có 1,2 tỷ đồng dành cho ...'): no tense
        if tail[pos:end] == "đã" and len(found) > 1 and _AUXILIARY_GAP.fullmatch(tail, end, found[1][0]):
            pos, _, v = found[1]  # the tense word of the verb after it: 'đã được phê duyệt' is approved, planned
        elif _SO_FAR_FRAME.fullmatch(tail, pos, end) and len(found) > 1 and \
                not _CLAUSE_BREAK.search(tail, end, found[1][0]):
            pos, _, v = found[1]  # a 'so far' frame, then the verb: 'đến nay vẫn chưa được nghiệm thu'
        if v == "planned" and regex.search(r"%\s*$", tail[max(0, pos - 3):pos]) and tail.startswith("kế hoạch", pos):
            return "done"  # 'đạt 95% kế hoạch': what was reached of the plan (not a share set aside: '70% dành cho')
        return "planned" if _not_yet(tail, pos, v) else v

    @staticmethod
    def _purpose_reach(ctx: Context, key: str, drafts: list[_Draft], i: int, prev_end: int,
                       item_start: int) -> tuple[_Draft | None, int]:
        """(the figure before in its sentence, where the clause starts) for the i-th draft's purpose. The first figure of
        a sentence that details the one before reads on from it, as if the two were one ('... mua dây chuyền chế biến
        gỗ trị giá 850 triệu đồng. Trong đó, khuyến công hỗ trợ 200 triệu đồng' as '..., trong đó ...')."""
        d = drafts[i]
        s_start = ctx.sentence_span(d.sentence)[0]
        if prev_end > s_start:
            return drafts[i - 1], item_start
        before = ctx.prev_sentence(d.sentence)
        if d.sentence == 0 or not _details_of(ctx, key, d.sentence, before):
            return None, item_start
        b_start, b_end = ctx.sentence_span(before)
        if not any(f.type in ("money", "project_count") and b_start <= f.start < b_end for f in ctx.facts) and \
                not _MONEY_TALK.search(key, b_start, b_end):
            # (one with no figure, nor words of money, details no whole of its own: 'Trong đó, năm 2025 ... 17 đề án'
            # after a sentence on fairs breaks down a figure further back, and the fairs are not its purpose; a share of
            # the budget is its whole, 'mô hình trình diễn ... chiếm khoảng 1/3 tổng kinh phí. Trong đó, năm 2016 ...')
            return None, item_start
        # (not past the figure that ends the sentence before: its words are its own)
        return None, drafts[i - 1].facts[-1].end if i and drafts[i - 1].sentence == before else ctx.sentence_span(before)[0]

    def _draft_purpose(self, plain: str, key: str, d: _Draft, prev: _Draft | None, item_start: int, s_start: int,
                       next_start: int, next_figure: bool) -> str | None:
        """What the clause says the money was for: before the figure ('tổ chức 3 lớp đào tạo nghề, kinh phí 150
        triệu đồng'), else after it ('2 tỷ đồng để mua máy móc'); in a list of counts, after it first ('gồm 6 đề
        án hỗ trợ máy móc, 10 đề án đào tạo nghề': the words before 10 are the 6's). Words after the last comma
        before the next figure are that figure's label ('trong đó khuyến công 2,9 tỷ đồng, xúc tiến thương mại 2,4
        tỷ đồng')."""
        g_start, g_end = d.facts[0].start, d.facts[-1].end
        lo = max(item_start, g_start - 80)
        comma = key.rfind(",", prev.facts[-1].end, g_start) if prev is not None and prev.sentence == d.sentence else -1
        # (siblings, not the parts a cue opens: '17 đề án hỗ trợ máy móc, cụ thể gồm: 15 đề án ...' are of the 17's kind)
        # (and amounts listed the same way: '1,2 tỷ đồng hỗ trợ máy móc, 250 triệu đồng tổ chức hội chợ, 150 triệu
        # đồng cho công tác tuyên truyền' names the 150's purpose after it)
        counts_listed = prev is not None and prev.facts[-1].type == d.facts[0].type and (
            d.facts[0].type == "project_count" or d.facts[0].type == "money" and comma >= 0
            and not regex.search(r"[,;]", key[prev.facts[-1].end:comma])) and not self.breakdown.search(key, prev.facts[-1].end, g_start)
        if comma >= 0 and (_PURPOSE_NEXT.match(key, prev.facts[-1].end) or
                           prev.facts[-1].type == "money" and _PAID_FOR_NEXT.match(key, prev.facts[-1].end) or
                           # (a count's words after it up to the comma are its own: '22 đề án hỗ trợ tổ chức hội chợ,
                           # 25 đề án khác' names no purpose of the 25)
                           counts_listed and self._purpose(plain, prev.facts[-1].end, prev.facts[-1].end,
                                                           prev.facts[-1].end, comma)):
            # the words right after the figure before, up to the comma, are that figure's purpose ('1,6 tỷ đồng cho ứng
            # dụng máy móc, 500 triệu đồng đào tạo nghề'): this one's starts after the comma
            lo = max(lo, comma + 1)
        colon = key.rfind(":", prev.facts[-1].end, g_start) if prev is not None and prev.sentence == d.sentence else -1
        if colon >= 0 and not _DIGIT.search(key, colon, g_start) and len(key[colon + 1:g_start].split()) > 3:
            # the first item of a list the figure before opens, its words all before this figure ('2 đề án khuyến công
            # quốc gia: đề án xây dựng mô hình trình diễn ... tại Hợp tác xã ... (kinh phí hỗ trợ 1,2 tỷ đồng)'); not
            # a figure that opens its item ('17 đề án hỗ trợ máy móc, cụ thể gồm: 15 đề án ...' is of the 17's kind)
            lo = colon + 1
        if d.one_of:
            lo = g_start  # the words before 'là 1 trong ...' tell what the figure before was for, not this whole
        # (the reach is counted past the programme named as its source: '1,6 tỷ đồng từ nguồn khuyến công địa phương hỗ
        # trợ 10 cơ sở chế biến hạt điều mua máy bóc vỏ' reads as '1,6 tỷ đồng hỗ trợ 10 cơ sở ... mua máy')
        source = _SOURCE_PROGRAMME_AFTER.match(key, g_end)
        hi = min(next_start, (source.end() if source else g_end) + 60, _clause_stop(key, g_end))
        if _open_bracket(key, max(s_start, lo), g_start) >= 0 and key.find(")", g_end, hi) >= 0:
            # (a figure inside a bracket ends its clause at the bracket's close: '4,2 tỷ đồng (khu vực Kiên Giang cũ 1,7
            # tỷ đồng) và xúc tiến thương mại 5,4 tỷ đồng' names no purpose of the 1,7 tỷ)
            hi = key.find(")", g_end, hi)
        opens = key.find(":", g_end, hi) if next_figure else -1
        if opens >= 0:
            hi = opens  # (the list it opens is its items': '2 đề án khuyến công quốc gia: ...')
        if next_figure and key.rfind(",", g_end, next_start) >= 0:
            hi = min(hi, key.rfind(",", g_end, next_start))
        split = _PARTS_NEXT.search(key, g_end, hi)
        if split:
            hi = split.start()  # the words after 'trong đó' are its parts' ('3,2 tỷ đồng, trong đó hỗ trợ bao bì ...')
        listed = _LISTED_NEXT.search(key, g_end, hi)
        if listed and len(self._purposes_in(plain, listed.end(), hi)) >= 2:
            hi = listed.start()  # (a whole whose list names two purposes has none of its own: 'tổng kinh phí 1,15 tỷ
            # đồng, gồm đào tạo nghề cho 150 lao động và hỗ trợ máy chẻ nan')
        joined = _NEXT_COUNTED.search(key, g_end, hi)
        if joined:
            hi = joined.start()  # the next work counted is another's: '2,1 tỷ đồng và 8 hoạt động xúc tiến thương mại'
        bracket = key.find("(", g_end, hi)
        if bracket >= 0 and _DIGIT.search(key, bracket, bracket + 60):
            hi = bracket  # a bracket of figures after it is its breakdown: '2,6 tỷ đồng (hỗ trợ máy móc: 12 đề án, ...)'
        before = self._purpose(plain, lo, g_start, g_end, g_end)
        after = self._purpose(plain, lo, g_start, g_end, hi)
        if prev is not None and d.facts[0].type == prev.facts[-1].type == "project_count":
            after = self._purpose(plain, g_end, g_start, g_end, hi)
            return after or before
        return before or after or (self._purpose(plain, item_start, g_start, g_end, g_start) if prev is None else None)

    def _purpose_cues(self, key: str, lo: int, stop: int) -> list[tuple[str, regex.Match]]:
        """(purpose, match) of every purpose cue inside [lo, stop); a 'none' cue names no purpose and masks the cues
        inside it ('nhà máy', a factory, holds no machine)."""
        masked = [m.span() for pattern, v in self.purposes if v == "none" for m in pattern.finditer(key, lo, stop)]
        return [(v, m) for pattern, v in self.purposes if v != "none" for m in pattern.finditer(key, lo, stop)
                if not any(a <= m.start() and m.end() <= b for a, b in masked)]

    def _purposes_in(self, key: str, lo: int, hi: int) -> set[str]:
        """Every purpose a cue inside [lo, hi) names."""
        return {v for v, _ in self._purpose_cues(key, lo, hi)}

    def _purpose(self, key: str, lo: int, g_start: int, g_end: int, hi: int) -> str | None:
        """The purpose cue nearest to the figure that starts within [lo, hi) (it may run past ``hi``: a clause's
        reach is counted in characters, a cue's words are not cut: 'hạ tầng kỹ thuật 2 cụm công | nghiệp')."""
        best, dist, at = None, None, None
        cues = [(v, m) for v, m in self._purpose_cues(key, lo, min(len(key), hi + 30)) if m.start() < hi]
        for v, m in cues:
            d = g_start - m.end() if m.end() <= g_start else (0 if m.start() < g_end else m.start() - g_end)
            if dist is None or d < dist:
                best, dist, at = v, d, m
        if best == "machinery":
            # (a machine named as what a model shows, a class teaches or a fair shows is that work's: '2 mô hình
            # trình diễn máy làm bún tự động (kinh phí 600 triệu đồng)', 'đào tạo nghề vận hành máy ...')
            head = next((v for v, m in cues if v in _FRAMING_PURPOSES and m.end() <= at.start()
                         and _FRAMED.fullmatch(key, m.end(), at.start())), None)
            best = head or best
        return best

    # -- pass 4: across the article ---------------------------------------------------------------------
    def _link(self, drafts: list[_Draft], title_status: str | None = None, title: int | None = None,
              reports_results: bool = False, title_periods: dict[str, str] | None = None,
              title_text: str = "", key: str = "") -> None:
        """Pass 4. ``title``: the index of the title's sentence (after a page's date stamp or section path, not
        always 0), None when the article has no title; ``key``: the article's matching text."""
        records = [d.record for d in drafts]
        if reports_results:
            # a budget's value ('tổng kinh phí ... là 3.120 triệu đồng') is what was spent in an article that
            # reports results in its title ('Tổng kết ...', 'Kết quả ...'; not a passive 'được hỗ trợ') or
            # accepts projects in its lead ('nghiệm thu'); before a repeat or a part takes its status
            said_years = {_title_year(m) for m in _TITLE_YEARS.finditer(title_text)}
            for d in drafts:
                if d.allotted and d.record.status == "planned":
                    d.record.status = "done"
                elif d.cost_field and d.budgeted and d.record.status == "planned" and d.record.period in said_years:
                    # (so is each work's cost said as its card's field, 'Kinh phí: 320.000.000 đồng', under a title of
                    # the works done that year: 'Danh sách đề án ... hoàn thành năm 2025')
                    d.record.status, d.budgeted = "done", False
        # a headline figure repeated in the body takes the body's scope and status where it has none; not its
        # period (FACTS.md: a statement's period is its own or the nearest before it, and a title has none
        # before it), and a repeat without a period is no headline: the body's dated statement is counted
        repeats: set[str] = set()
        # (a headline's 'planned' read only from a budget's wording, 'kinh phí khuyến công năm 2024 là 2,715 tỷ đồng',
        # lends the body no tense: the body's own verb tells it, and the headline then takes the body's below)
        weak = {d.record.id for d in drafts if d.budgeted and d.record.sentence == title and title is not None}
        for r in records:
            # (the same amount in another year is another statement: '2018 trên 2,5 tỷ đồng, ... 2020 dự kiến trên
            # 2,5 tỷ đồng')
            # (nor the same amount for another number of projects: '1.200 triệu đồng (02 đề án)' of the national plan,
            # then 'Tham gia hội chợ: 1 đề án, kinh phí 1.200 triệu đồng' among the work done)
            same = [o for o in records if o is not r and o.amount_vnd is not None and o.amount_vnd == r.amount_vnd
                    and (o.period == r.period or o.period is None or r.period is None)
                    and (o.projects is None or r.projects is None or o.projects == r.projects)]
            if not same and r.sentence == title and r.amount_vnd and r.precision_vnd:
                # a headline rounds what the body prints ('Hơn 2,5 tỷ đồng ...' over '2.534 triệu đồng')
                same = [o for o in records if o is not r and o.amount_vnd is not None
                        and (abs(o.amount_vnd - r.amount_vnd) < r.precision_vnd or _rounds_to(r, o.amount_vnd))]
            for o in same:
                if r.scope == "unspecified" and o.scope != "unspecified":
                    r.scope = o.scope
                if r.status == "unspecified" and o.status != "unspecified" and o.id not in weak:
                    r.status = o.status
            if r.amount_vnd is None and r.sentence == title and r.status == "unspecified":
                # a headline that gives only a count ('Triển khai 65 đề án khuyến công') is said in the tense of the
                # body's statement of the same count (its programme stays its own: the count names none)
                said = [o.status for o in records if o is not r and o.projects == r.projects and o.status != "unspecified"]
                if said:
                    r.status = said[0]
            if r.period is None and (any(o.period for o in same) or r.sentence == title and any(
                    o.sentence != title and o.period is None for o in same)):
                # (also a headline the body restates undated: 'Gần 900 triệu đồng hỗ trợ làng nghề ...' over '... vừa
                # được hỗ trợ 880 triệu đồng ...': the body's statement is counted)
                repeats.add(r.id)
            elif r.amount_vnd is None and r.sentence == title and any(
                    o is not r and _count_restated(r, o) and o.period == (r.period or o.period)
                    and (o.period or o.sentence != title) and r.scope in ("unspecified", o.scope) for o in records):
                # (a headline's count alone, the body's dated statement of it counted instead: 'Quảng Ninh hỗ trợ 8
                # đề án khuyến công năm 2025' over '... phê duyệt 8 đề án khuyến công địa phương ...')
                repeats.add(r.id)
        for d in drafts:
            r = d.record
            if r.sentence != title or not d.places_none or r.province is None:
                continue
            # a headline that names no province, said again in the body as many provinces' or the country's figure,
            # is that figure: not the subject's ('Bộ Công Thương: 1.200 đề án khuyến công quốc gia ...' over '... hỗ
            # trợ khoảng 1.200 đề án ... trên cả nước', in a story that then names one province's share)
            body = [o for o in records if o.sentence != title and (
                o.amount_vnd == r.amount_vnd if r.amount_vnd is not None else _count_restated(r, o))]
            if body and all(o.province is None for o in body):
                r.province = None
        # a later sentence that says an earlier statement's projects and money again, printed rounded and with no year
        # of its own ('104 đề án với tổng kinh phí khoảng 21,5 tỷ đồng' for 2021-2025, then, after a year's figure,
        # a quote's '104 đề án với hơn 21 tỷ đồng'): that statement again, in its period, not the last year's
        for i, d in enumerate(drafts):
            r = d.record
            if not (d.undated and r.projects and r.amount_vnd) or r.sentence == title or r.id in repeats:
                continue
            told = next((o.record for o in drafts[:i] if o.sentence < d.sentence and o.record.projects == r.projects
                         and o.record.amount_vnd and o.record.period != r.period and o.record.province == r.province
                         and _one_rounds_the_other(r, o.record)), None)
            if told is not None:
                r.period = told.period
                r.scope = told.scope if r.scope == "unspecified" else r.scope
                r.status = told.status if r.status == "unspecified" else r.status
                repeats.add(r.id)
        # parts and wholes
        for i, d in enumerate(drafts):
            r = d.record
            if d.marker and d.anchor is not None and 0 <= d.anchor < i:
                parent = self._whole_for(drafts, i, [drafts[d.anchor]], strict=False)
                if parent is None and drafts[d.anchor].record.part_of:
                    # (a figure the cue's part cannot hold is of that part's whole: '86 đề án ... 15,8 tỷ đồng. Riêng
                    # khuyến công quốc gia 11 đề án với 5,2 tỷ đồng.' then 'Trong đó, năm 2025 ... 17 đề án, 3,4 tỷ')
                    parent = self._whole_for(drafts, i, [o for o in drafts[:d.anchor]
                                                         if o.record.id == drafts[d.anchor].record.part_of], strict=False)
                anchor = drafts[d.anchor]
                run = [o for o in drafts[:i] if o.sentence == anchor.sentence]
                if parent is None and not anchor.record.part_of and d.undated and len(run) >= 2 and \
                        all((_money_of(o) or 0) < (_money_of(d) or 0) for o in run):
                    # (nor one that every item of the run it follows is smaller than: the items' whole before them, in
                    # its span: '... 2021-2025 ... 16,8 tỷ đồng ... năm 2021 là 2,6 tỷ đồng; ...; năm 2025 là 4 tỷ đồng.
                    # Trong đó, khuyến công quốc gia hỗ trợ 9 đề án với 6,2 tỷ đồng.')
                    parent = self._whole_for(drafts, i, [o for o in drafts[:i] if o.sentence < anchor.sentence
                                                         and "-" in (o.record.period or "")], strict=False)
                    if parent is not None and _year_in_span(r.period, parent.period):
                        r.period = parent.period
                if parent is not None:
                    anchored = parent
                    parent = _whole_the_parts_add_up_to(drafts, i, parent)
                    if parent is not anchored and r.status == anchored.status:
                        r.status = parent.status  # (what the cue's figure lent it: the parts are the plan's)
                if parent is None:
                    parent = self._whole_for(drafts, i, drafts[:i], strict=True)
                budget = drafts[d.anchor].record
                if parent is None and _spent_of_budget(budget, d, equal_ok=False):
                    # what was done of a programme's budget, said as its breakdown ('Tổng kinh phí được giao là 1.905
                    # triệu đồng, trong đó đã thực hiện 06 nhiệm vụ với kinh phí 1.605 triệu đồng'): no part of the
                    # plan, but the same programme's money
                    r.scope = budget.scope
            elif d.additional or d.also:
                # on top of what went before; but one business's support after another's is the next item of the
                # same whole ('Cơ sở A được hỗ trợ 250 triệu đồng ... Bên cạnh đó, HTX B nhận hỗ trợ 180 triệu đồng')
                prev = drafts[i - 1] if i else None
                sibling = prev is not None and d.one_beneficiary and prev.one_beneficiary and prev.record.part_of
                # (not after one beneficiary's project singled out as an example: 'Đề án lớn nhất hỗ trợ Công ty ...
                # với 600 triệu đồng. Ngoài ra, tỉnh còn hỗ trợ 15 cơ sở tham gia hội chợ ...' comes on top)
                if prev is not None and prev.record.part_of and r.purpose and prev.record.purpose and \
                        r.amount_vnd is not None and not d.one_beneficiary and not prev.one_beneficiary:
                    # (nor is the next purpose of a whole broken down by purpose that still has room for it: '... tổng
                    # kinh phí 9,25 tỷ đồng ... hỗ trợ 24 cơ sở ... 5,2 tỷ đồng ... Ngoài ra, trung tâm còn hỗ trợ 20
                    # cơ sở tham gia hội chợ ... 680 triệu đồng')
                    of = next((w.record for w in drafts[:i] if w.record.id == prev.record.part_of), None)
                    taken = sum(o.record.amount_vnd or 0 for o in drafts[:i]  # (by purpose: not its programmes' parts)
                                if o.record.part_of == prev.record.part_of and o.record.purpose)
                    sibling = of is not None and of.amount_vnd is not None and of.purpose is None and \
                        taken + r.amount_vnd <= of.amount_vnd
                parent = self._whole_for(drafts, i, [w for w in drafts[:i] if w.record.id == prev.record.part_of],
                                         strict=True) if sibling else None
            else:
                # (an item of a list announced as more is no part of a figure said before the announcement: '... kinh
                # phí khen thưởng 480 triệu đồng. Bên cạnh đó, khuyến công tỉnh còn hỗ trợ:' then '+ ...: 260 triệu
                # đồng;')
                # (nor of a headline the body restates, this statement or one before it: the body's statement is the
                # whole, 'Quảng Ninh hỗ trợ 8 đề án ...' over '... phê duyệt 8 đề án ... Đến nay, 5 đề án đã hoàn thành
                # ...; 3 đề án còn lại ...')
                parent = self._whole_for(drafts, i, [c for c in drafts[:i] if (d.list_from is None
                                                     or c.sentence >= d.list_from) and not (
                    c.sentence == title and _restated_in_body(drafts[:i + 1], c, title))], strict=True)
                if parent is None and i and _paid_out_of(drafts[i - 1], d):
                    r.scope = drafts[i - 1].record.scope
            above = next((o.record for o in drafts[:i] if parent is not None and o.record.id == parent.part_of), None)
            if above is not None and d.singled and not d.explicit_scope and parent.scope in ("national", "local") and (
                    any(o.record.part_of == parent.part_of and o.record.scope in ("national", "local")
                        and o.record.scope != parent.scope for o in drafts[:i])
                    or "-" in (above.period or "") and "-" not in (r.period or "-")):
                # a year singled out after a whole's parts of both programmes is the whole's, not the last part's
                # ('... 92 đề án ... Trong đó, khuyến công quốc gia 14 đề án ...; khuyến công địa phương 78 đề án ...'
                # then 'Riêng năm 2025, tỉnh thực hiện 20 đề án'); so is one year of a span's whole after one
                # programme's part ('Từ năm 2015 đến năm 2024, ... 143 đề án ... Trong đó, khuyến công quốc gia 19 đề
                # án ...' then 'Riêng năm 2024, tỉnh thực hiện 17 đề án')
                parent = above
            if parent is not None:
                r.part_of = parent.id
                _in_whole_province(d, parent)
                if not d.explicit_scope and (parent.scope in ("national", "local")
                                             or parent.scope == "total" and parent.period != r.period):
                    # 'Trong đó, 17 đề án máy móc': part of a local whole is local; a year's part of a span's sum is
                    # the same sum for that year
                    r.scope = parent.scope
                if r.status == "unspecified" and not d.ongoing:
                    r.status = "done" if parent.status == "planned" and _plan_done_between(drafts, parent, d) \
                        else parent.status
                    d.tense_of_whole = True
        for i, d in enumerate(drafts):
            r = d.record
            if not d.state_told or r.part_of or d.additional or d.also or d.others:
                continue
            # how many of the projects a statement before counted stand so ('Năm 2024, tỉnh thực hiện 10 đề án ...'
            # then '6 đề án đã được nghiệm thu'; '... 12 đề án đã được nghiệm thu với số tiền 2,5 tỷ đồng' of 14 with
            # 2,9 tỷ): a part of that count in the same cell, never added to it; of its programme when it names none
            # (its tense or the whole's may still be unsaid here: the article lends it below)
            whole = next((o.record for o in reversed(drafts[:i]) if o.record.part_of is None and o.sentence < d.sentence
                          and o.record.cell()[:2] == r.cell()[:2] and r.scope in (o.record.scope, "unspecified")
                          and (o.record.projects or 0) > r.projects
                          and (r.amount_vnd is None or (o.record.amount_vnd or 0) > r.amount_vnd)
                          and (r.status == o.record.status or "unspecified" in (r.status, o.record.status))
                          and not (_REST_AFTER.match(key, d.facts[0].end) and _share_denominator(o) is not None)), None)
            if whole is not None:
                r.part_of = whole.id
                r.scope = whole.scope if whole.scope in ("national", "local") else r.scope
                repeats.add(r.id)
        self._last_items(drafts)
        _remainders(drafts)
        _added_to_sums(drafts)
        _spans_of_a_span(drafts)
        _items_that_add_up(key, drafts, self._names_no_level(key))
        _shares_of_the_next(drafts)
        _count_of_the_years(drafts)
        # a sum said after its parts ('kinh phí KCQG là 3,2 tỷ đồng, KCĐP là 2,9 tỷ đồng, tổng cộng 6,1 tỷ đồng'):
        # the figures right before it in its sentence, or in the sentence before one it opens with 'Tổng cộng',
        # that add up to it are its parts
        amounts_of = {o.record.id: o.record.amount_vnd for o in drafts}
        scopes_of = {o.record.id: o.record.scope for o in drafts}
        # (a headline's figure the body's sum restates holds no part the sum holds: 'Hà Tĩnh: 4 tỷ đồng khuyến công' over
        # '... bố trí 3,5 tỷ đồng ... và được hỗ trợ 500 triệu đồng ..., tổng cộng 4 tỷ đồng')
        headline_ids = {o.record.id for o in drafts if title is not None and o.sentence == title}
        for i, d in enumerate(drafts):
            r = d.record
            if not (d.sums_after and r.amount_vnd and i):
                continue
            inside = drafts[i - 1].sentence == d.sentence and not d.along
            before = []
            if d.span_years and r.period and "-" not in r.period:
                # (the years its lead spans, ending with its own, each told before: 'năm 2023 là 2,6 tỷ đồng, năm 2024
                # ..., năm 2025 ...' then 'Như vậy, trong 3 năm, tỉnh đã chi 9,2 tỷ đồng' is 2023-2025, however it adds)
                last, told = int(r.period), {o.record.period for o in drafts[:i]}
                if all(str(y) in told for y in range(last - d.span_years + 1, last + 1)):
                    r.period = f"{last - d.span_years + 1}-{last}"
            for o in reversed(drafts[:i]):
                # (a sum that opens its sentence adds up the items before it, one sentence or several: a list)
                # (a whole that gives only their count holds none of their money: 'được hỗ trợ 2 đề án ...: đề án
                # ... (600 triệu đồng) và đề án ... (900 triệu đồng). Tổng kinh phí 1,5 tỷ đồng.')
                # (a count broken down by programme still holds its parts: '9 đề án ..., trong đó 2 đề án khuyến công
                # quốc gia với kinh phí 870 triệu đồng và 7 đề án ...')
                under_headline = o.record.part_of in headline_ids and d.sentence != title
                held = o.record.part_of and not under_headline and (amounts_of.get(o.record.part_of) is not None
                                                                    or scopes_of.get(o.record.part_of) != o.record.scope)
                if not inside and (held or o.marker and o.anchor is not None and drafts[o.anchor].money()) and \
                        o.sentence < d.sentence:
                    continue  # (a list's items stay under their own whole: 'Trong đó, 8 đề án ...; 2 đề án ...')
                if inside and o.sentence != d.sentence or held or inside and o.record.part_of and not under_headline or \
                        not o.record.amount_vnd:
                    break
                before.append(o.record)
                so_far = sum(b.amount_vnd for b in before)
                if not inside and (so_far >= r.amount_vnd or _rounds_to(r, so_far)):
                    break
            added = sum(o.amount_vnd for o in before)
            # (a list said to go on past its items, 'và các đề án khác', adds up to less than its sum)
            open_list = d.after_open_list and added < r.amount_vnd and len({o.sentence for o in before}) == 1 and \
                before[0].sentence == drafts[i - 1].sentence
            # (a sum printed rounded adds them up within its rounding: 'Như vậy, tổng kinh phí ... là hơn 3,7 tỷ đồng'
            # after 2.634,6 triệu and 1,1 tỷ)
            if len(before) >= 2 and (added == r.amount_vnd or open_list or _rounds_to(r, added)):
                years = sorted({int(o.period) for o in before if o.period and "-" not in o.period})
                # (in either order: 'Năm 2024, ... 1,8 tỷ đồng; năm 2023 ... 1,4 tỷ đồng. Hai năm cộng lại, ... 3,2 tỷ
                # đồng' is 2023-2024 too)
                if len(years) >= 2 and len(years) == len(before) and r.period in (str(years[0]), str(years[-1])):
                    # (the sum of a year-by-year list dates none of its years: 'Năm 2021: 10 đề án - 2,1 tỷ đồng.' ...
                    # 'Năm 2024: ...' then 'Tổng cộng 50 đề án, 10,8 tỷ đồng.' is 2021-2024, not the last year's)
                    r.period = f"{years[0]}-{years[-1]}"
                for o in before:
                    o.part_of = r.id
                    if o.scope == "unspecified" and r.scope in ("national", "local") and not inside:
                        o.scope = r.scope
                    if o.period is None and r.period and "-" not in r.period and o.sentence != title:
                        # (items told before any year, dated by their sum: 'Cụ thể, cơ sở A được hỗ trợ 320 triệu
                        # đồng, ...' then 'Tổng cộng 970 triệu đồng, từ nguồn khuyến công địa phương năm 2024')
                        o.period = r.period
                if (d.along or r.scope in ("national", "local")) and not d.explicit_scope and \
                        {"national", "local"} <= {o.scope for o in before}:
                    # (both programmes' money added: whatever programme the article talks of, or the clause before
                    # lent it: '..., khuyến công địa phương 1,5 tỷ đồng, tổng 2,5 tỷ đồng')
                    r.scope = "total"
                levels = {o.scope for o in before}
                if r.scope == "total" and not d.sums_programmes and len(levels) == 1 and \
                        levels <= {"national", "local"} and self._programmes_in(key, before[0].end, r.start) <= levels:
                    # a 'tổng' of one programme's items is that programme's sum, not both programmes' ('Đề án 1: ...
                    # 270.000.000 đồng' ... 'Tổng kinh phí khuyến công hỗ trợ đợt 1: 690.000.000 đồng', all local)
                    r.scope = levels.pop()
                told = {o.status for o in before}
                if r.status == "unspecified" and not d.ongoing and len(told) == 1 and told != {"unspecified"}:
                    # (a sum that says no tense is in its parts' one tense, before any the title lends: 'Tổng cộng 9 đề
                    # án với 1,45 tỷ đồng' after the items 'được phân bổ', under a title of 'kết quả')
                    r.status = told.pop()
                if d.places_none and len({o.province for o in before}) == 1 and before[0].province:
                    # (a sum naming no province is of the province its items are: 'khuyến công tỉnh Lào Cai hỗ trợ ...
                    # 300 triệu đồng, và ... 120 triệu đồng. Tổng cộng 420 triệu đồng.')
                    r.province = before[0].province
                # (a sum said as a budget: what its parts spent when they are all told done, settled in _spent_sums
                # once the narration below has given every part its tense)
                # (or planned by a word of setting aside, no word of plans in its sentence: 'Tổng cộng, kinh phí
                # khuyến công dành cho ngành chè năm 2025 gần 6 tỷ đồng')
                d.summed = r.status == "planned" and (d.budgeted or not d.plan_talk)
            elif d.along:
                drafts[i - 1].record.part_of = r.id  # (the figure it is said to go with, at least)
            elif not inside and r.period:
                # (a sum of everything, larger than what was told of it before: 'Đề án ... hỗ trợ cơ sở chế biến khóm
                # 230 triệu đồng ...' then 'Tính chung năm 2024, tỉnh có 5 đề án, kinh phí 960 triệu đồng': the figures
                # told before of its year and province, in no whole of their own, are among its items)
                told = [o.record for o in drafts[:i] if o.sentence < d.sentence and o.record.part_of is None
                        and o.record.amount_vnd and o.record.period == r.period and o.record.province == r.province
                        and (o.record.scope in (r.scope, "unspecified") or r.scope in ("total", "unspecified"))
                        and o.sentence != title]
                if told and sum(o.amount_vnd for o in told) < r.amount_vnd and not d.sums_one_work:
                    for o in told:
                        o.part_of = r.id
                        if o.scope == "unspecified" and r.scope in ("national", "local"):
                            o.scope = r.scope  # (an item of one programme's sum is that programme's, as above)
        # a whole said after one of its parts ('Cơ sở ... được hỗ trợ 450 triệu đồng. Đây là 1 trong 4 đề án khuyến
        # công quốc gia của tỉnh năm nay, với tổng mức hỗ trợ 1,68 tỷ đồng'): the figures just before it are its items
        for i, d in enumerate(drafts):
            w = d.record
            if not d.one_of or d.marker:
                continue
            # (the sentence of figures right before it, past one whose figure is no record: '... kinh phí hỗ trợ 800
            # triệu đồng. Tổng giá trị dây chuyền 4,2 tỷ đồng. Đây là 1 trong 4 đề án ...')
            nearest = max((x.sentence for x in drafts[:i] if x.sentence < d.sentence), default=-1)
            for o in reversed(drafts[:i]):
                r = o.record
                if o.sentence < max(nearest, d.sentence - 2) or r.part_of or r.period not in (None, w.period) or \
                        {r.status, w.status} == {"planned", "done"} or \
                        r.scope not in ("unspecified", w.scope) and w.scope not in ("total", "unspecified") or \
                        not (r.amount_vnd and w.amount_vnd and r.amount_vnd < w.amount_vnd or
                             r.amount_vnd is None and r.projects and w.projects and r.projects < w.projects or
                             # (one project's money, of a whole given by its count alone: '... 250 triệu đồng ...
                             # Đây là một trong 15 đề án khuyến công địa phương tỉnh thực hiện trong năm')
                             d.points_back and r.amount_vnd and w.amount_vnd is None and w.projects and
                             w.projects > (r.projects or 1)):
                    break
                r.part_of = w.id
                if r.scope == "unspecified":
                    r.scope = w.scope
        # a whole that names no programme but whose parts do is a sum of sources: a total. The parts must be
        # said as its breakdown (a cue, or its own sentence): a later sentence's national figure under a larger
        # figure of the same year ('Chương trình khuyến công tỉnh sẽ hỗ trợ ... 4 tỷ. Cục ... phê duyệt 4 đề án
        # khuyến công quốc gia ... 2,4 tỷ') does not make the provincial programme a sum of both
        children: dict[str, list[_Draft]] = {}  # each record's parts, in order (the ids are settled by now)
        for o in drafts:
            if o.record.part_of is not None:
                children.setdefault(o.record.part_of, []).append(o)
        for d in drafts:
            under = [o for o in children.get(d.record.id, ()) if o.explicit_scope]
            parts = {o.record.scope for o in under if o.marker or o.sentence == d.sentence}
            if d.record.scope == "unspecified" and (
                    parts & {"national", "local"} or _sums_both(d.record, [o.record for o in under])
                    or d.programme_share):
                d.record.scope = "total"
        # a 'tổng' whose parts all come from one programme and add up to it is that programme's sum ('1. Hỗ trợ ...:
        # 750 triệu đồng; ... Tổng kinh phí đã thực hiện: 1.140 triệu đồng' in a report on the local plan)
        for d in drafts:
            r = d.record
            parts = [o.record for o in children.get(r.id, ())]
            scopes = {p.scope for p in parts}
            # (parts in one tense: a payout and the budget it was out of add up to nothing, '... giải ngân 1,2 tỷ đồng
            # trên tổng số 3,3 tỷ đồng')
            if r.scope == "total" and not d.sums_programmes and len(parts) > 1 and len(scopes) == 1 and \
                    len({p.status for p in parts}) == 1 and \
                    scopes <= {"national", "local"} and r.amount_vnd is not None and \
                    all(p.amount_vnd for p in parts) and sum(p.amount_vnd for p in parts) == r.amount_vnd:
                r.scope = scopes.pop()
        # a headline restating a body figure takes the programme that figure has now: one a part took from its
        # whole, or a whole's 'total' from its parts ('Trên 4,7 tỷ đồng kinh phí hoạt động khuyến công' over the
        # body's 'tổng kinh phí ... trên 4,7 tỷ đồng, trong đó KCĐP ...')
        for r in records:
            if r.sentence == title and r.scope == "unspecified":
                said = {o.scope for o in self._restated(records, r, title) if o.scope != "unspecified"}
                if len(said) == 1:
                    r.scope = said.pop()
        # a year's work told with an active verb ('Năm 2023, Trung tâm Khuyến công ... đầu tư 1,5 tỷ đồng cho 5 cơ
        # sở') was done, unless the article plans that year (a plan for it, a planned span around it, a plan in the
        # title); said so, it counts as a statement of its status below
        # (money only allotted for the year, 'tỉnh bố trí 45 tỷ đồng', 'được giao 3 tỷ đồng', plans nothing: reports of
        # a past year say what it was given)
        title_planned = {p for p, v in (title_periods or {}).items() if v == "planned"}
        planned_any = {r.period for r in records if r.status == "planned" and r.period} | title_planned
        # (a plan of another programme plans nothing of this one's year: 'Năm 2024, Chương trình xúc tiến thương mại
        # được phê duyệt 12 đề án. Cùng năm, tỉnh hỗ trợ 8 đề án khuyến công ...')
        plans = [(d.family, d.record.period) for d in drafts if d.record.status == "planned" and d.record.period
                 and d.plan_talk]
        done_years = {int(r.period) for r in records if r.status == "done" and r.period and "-" not in r.period}
        for d in drafts:
            r = d.record
            planned = {p for f, p in plans if f == d.family or None in (f, d.family)} | title_planned
            planned_spans = [_span(p) for p in planned if "-" in p]
            # (no title or lead plans the article: the narration was only noted without one)
            # (a day's event may name no year: 'Ngày 12/6, Sở tổ chức lớp tập huấn ..., kinh phí 95 triệu đồng')
            if (d.narrated and r.status == "unspecified" and not d.ongoing or d.narrated_cost and r.status == "planned") \
                    and (r.period is None or "-" not in r.period and r.period not in planned and
                         not any(lo <= int(r.period) <= hi for lo, hi in planned_spans)) \
                    and not self._progress_told_later(drafts, d):
                r.status = "done"
                for part in drafts:
                    # (the parts that took their planned tense from this whole follow it: '... 12 đề án. Tổng kinh
                    # phí hỗ trợ là 2,4 tỷ đồng, trong đó hỗ trợ máy móc 1,8 tỷ đồng')
                    if part.lent and part.anchor is not None and drafts[part.anchor] is d and part.record.status == "planned":
                        part.record.status = "done"
                    elif part.record.part_of == r.id and not part.plan_talk:
                        _take_spent_tense(part, r)  # ('... hỗ trợ 15 đề án, tổng kinh phí 4,5 tỷ đồng. Kinh phí khuyến
                        # công quốc gia là 1,5 tỷ đồng cho 3 đề án; ...')
            elif d.narrated and r.status == "unspecified" and not d.ongoing and r.period and "-" in r.period and (
                    any(lo > _span(r.period)[1] for lo, _ in [_span(p) if "-" in p else (int(p), int(p)) for p in planned_any])
                    or _span(r.period)[1] in done_years or not planned_any and title_status != "planned"):
                # a span told with an active verb and over before a year the article plans ('Giai đoạn 2021-2024,
                # tỉnh hỗ trợ 18 cơ sở ...' then 'năm 2025 tỉnh dành 600 triệu đồng ...'), or whose last year the
                # article tells as done ('Riêng năm 2023, kinh phí khuyến công đạt 5,1 tỷ đồng'), or in an article
                # that plans nothing: what those years did (the on-topic dev gold dates no span's figure unspecified)
                r.status = "done"
        for d in drafts:
            # (a count of the years told one by one is in their one tense, as a sum said after its parts: 'Trong tổng
            # số 42 đề án, ...' after three years of work done)
            if not d.years_summed or d.record.status != "unspecified" or d.ongoing:
                continue
            parts = [o for o in drafts if o.record.part_of == d.record.id]
            tenses = {o.record.status for o in parts if o.record.period != d.record.period}
            if len(tenses) == 1:
                d.record.status = tenses.pop()
                for o in parts:  # (and so are its own parts that said none: 'có 30 đề án hỗ trợ máy móc')
                    if o.record.period == d.record.period and o.record.status == "unspecified" and not o.ongoing:
                        o.record.status = d.record.status
        # what a sentence adds on top of the statement before it ('Ngoài ra, Trung tâm còn thực hiện 2 đề án khuyến
        # công quốc gia ...') is told in that statement's tense, when both fall in one period
        for i, d in enumerate(drafts):
            if d.additional and d.record.status == "unspecified" and not d.ongoing:
                # (not work said to be still going on, which tells no tense: '... 10 đề án đã hoàn thành, 2 đề án đang
                # triển khai. Ngoài ra, thành phố thực hiện 45 đề án khuyến công địa phương ...' adds to what was done)
                before = [o for o in drafts[:i] if o.sentence < d.sentence and not o.ongoing]
                # (not a plan of another programme's money: 'Năm 2024, tỉnh dành 1,1 tỷ đồng từ nguồn xúc tiến thương
                # mại ... Cùng với đó, chương trình khuyến công hỗ trợ 6 cơ sở ...' tells the khuyến công work)
                if before and before[-1].record.period == d.record.period and \
                        before[-1].record.status in ("done", "planned") and not (
                        before[-1].record.status == "planned" and before[-1].family != d.family and d.deed_told):
                    d.record.status = before[-1].record.status
                    d.took_from = before[-1].record.id
                elif before and before[-1].record.period == d.record.period and d.deed_told and \
                        before[-1].record.status == "planned" and before[-1].family != d.family:
                    # (a deed told beside another programme's money set aside for the year is the work done: 'Năm
                    # 2024, tỉnh dành 5,6 tỷ đồng ... Chương trình OCOP ...' then 'Cùng thời gian, chương trình khuyến
                    # công hỗ trợ 11 đề án ...')
                    d.record.status = "done"
        for d in drafts:  # a title of results and a plan: each of its years in its own tense
            if d.record.status == "unspecified" and not d.ongoing and d.record.period in (title_periods or {}):
                d.record.status = title_periods[d.record.period]
        for d in drafts:  # a year's work whose progress a later statement tells was its plan
            if d.record.status == "unspecified" and not d.ongoing and d.record.period and \
                    "-" not in d.record.period and self._progress_told_later(drafts, d):
                for o in [d] + [o for o in drafts if o.record.part_of == d.record.id]:
                    # ('3 đề án đang triển khai' stays; so does the progress told of the whole it opens with)
                    if o.record.status == "unspecified" and not o.ongoing and not (o is not d and _progress_of(o, d)):
                        o.record.status = "planned"
        # a title that says what the article reports ('Nghiệm thu đề án ...', 'Phê duyệt kế hoạch ...') lends its
        # status to the statements that say none; else an article whose statements agree on one status
        # each figure is one statement however often it is repeated (a headline and its body sentence), in the tense
        # the two steps above gave it
        figures: dict[tuple, str] = {}
        for r in records:
            if r.sentence == (title or 0) and any(o.sentence != r.sentence and (
                    (o.amount_vnd, o.projects) == (r.amount_vnd, r.projects)
                    or r.amount_vnd is None and o.projects == r.projects) for o in records):
                # a headline the body says again (the headline has no period of its own), also a headline's count the
                # body gives with its money ('Năm ngoái 9 đề án, năm nay 12 đề án' over '... giao 12 đề án, kinh phí
                # 2,3 tỷ đồng': the body's tense, in its own year only)
                continue
            k = (r.amount_vnd, r.projects, r.period)  # the same amount in another year is another statement
            if figures.get(k, "unspecified") == "unspecified":
                figures[k] = r.status
        said = Counter(v for v in figures.values() if v != "unspecified")
        silent = sum(v == "unspecified" for v in figures.values())
        # the statements that say a status must be at least as many as those that say none: one plan among ten
        # yearly figures does not make them all plans
        lent = title_status or (next(iter(said)) if len(said) == 1 and sum(said.values()) >= silent else None)
        # what the article's statements agree on holds for their own periods: a plan for next year says nothing
        # of what was done last year ('Năm 2024, ... hỗ trợ 8 cơ sở ... Năm 2025, Sở đề nghị bố trí 2 tỷ đồng')
        said_periods = {k[2] for k, v in figures.items() if v != "unspecified"}
        if lent:
            for d in drafts:
                r = d.record
                # (a title's tense is not lent to a year it does not name: ``title_text``, when the title lent it)
                if r.status == "unspecified" and not d.ongoing and (
                        title_status and not _beside_title_years(title_text, r.period)
                        and (title_periods or {}).get(r.period) != "unspecified" or None in said_periods
                        or r.period is None or r.period in said_periods) and \
                        not (lent == "planned" and not title_status and d.deed_told and not any(
                            p == r.period and (f == d.family or None in (f, d.family)) for f, p in plans)) and \
                        not (lent == "done" and _rest_of_count(key, d)):
                    # (the rest of a count is no more done than its sentence says: 'Hai đề án còn lại gặp khó khăn
                    # do ...' after 25 done)
                    r.status = lent
        else:
            # statements of one period that say a status, all the same and more than those that say none,
            # lend it to the others of that period ('Năm 2024, đã hỗ trợ 10 đề án ... Cũng trong năm, khuyến công hỗ
            # trợ 3 cơ sở ...' beside a plan for 2025)
            for period in {k[2] for k in figures if k[2]}:
                here = [v for k, v in figures.items() if k[2] == period]
                told = {v for v in here if v != "unspecified"}
                if len(told) == 1 and 2 * sum(v != "unspecified" for v in here) > len(here):
                    for d in drafts:
                        if d.record.status == "unspecified" and not d.ongoing and d.record.period == period:
                            d.record.status = next(iter(told))
        # a year inside a span the article reports as done is past too ('Giai đoạn 2016-2020, tỉnh đã triển khai
        # 132 đề án ... Riêng năm 2020, tỉnh thực hiện 24 đề án'), and so is its budget ('Riêng năm 2023, kinh phí
        # khuyến công là 5,1 tỷ đồng'); not a span planned, whose years may be reported
        done_spans = [_span(k[2]) for k, v in figures.items() if v == "done" and k[2] and "-" in k[2]]
        # (and the years since one a figure told done from then to now: 'Từ năm 2021 đến nay, ... đã hỗ trợ 60 đề án
        # ... Riêng năm 2024, hỗ trợ 10 đề án')
        done_spans += [(int(d.record.period), 9999) for d in drafts if d.since and d.record.status == "done"
                       and d.record.period and "-" not in d.record.period]
        for d in drafts:
            r = d.record
            if (r.status == "unspecified" and not d.ongoing or r.status == "planned" and d.budgeted) and \
                    r.period and "-" not in r.period and \
                    any(lo <= int(r.period) <= hi for lo, hi in done_spans) and not self._progress_told_later(drafts, d):
                # (not the year whose progress so far a later statement tells: 'Giai đoạn 2021-2025, tỉnh đã dành
                # hơn 28 tỷ đồng ... năm 2025, tổng kinh phí ... là 6,2 tỷ đồng ... Tính đến hết tháng 11/2025, ...
                # giải ngân đạt 5,8 tỷ đồng': the year is not over, its budget still the plan)
                # (a budget's parts that took its tense go with it: '...; trong đó KCQG 1,2 tỷ đồng')
                if r.status == "planned":
                    _budget_told_done(drafts, r)
                r.status = "done"
        self._spent_sums(drafts)
        _rest_of_its_plan(key, drafts, self._names_no_level(key))
        self._so_far_of_the_year(drafts)
        self._years_of_span(drafts)
        for d in drafts:  # a headline that restates a body figure says it in the body's tense ('Gần 20 tỷ đồng cho
            r = d.record  # khuyến công sau 5 năm' over '..., tổng kinh phí ... gần 20 tỷ đồng ..., hỗ trợ 102 đề án')
            if r.sentence == (title or 0) and (r.status == "unspecified" and not d.ongoing or r.id in weak):
                # (a headline of a count alone restates the body's statement of that count: 'Bình Dương: 16 đề án
                # khuyến công năm 2024' over 'Năm 2024, Bình Dương triển khai 16 đề án ... với kinh phí 3,2 tỷ đồng')
                same = self._restated(records, r, title) if r.amount_vnd is not None else [
                    o for o in records if o is not r and o.sentence != title and r.projects is not None
                    and o.projects == r.projects and o.period == r.period]
                told = {o.status for o in same if o.status != "unspecified"}
                if len(told) == 1:
                    r.status = told.pop()
        # a body figure read as a budget only for its wording ('tổng kinh phí ... là 5,2 tỷ đồng') restating a headline
        # that tells it done ('... năm 2024 đạt 5,2 tỷ đồng'): the headline's tense, and its parts that took the
        # budget's go with it
        restating = {o.id for h in drafts if title is not None and h.record.sentence == title
                     and h.record.status == "done" and not h.lent for o in self._restated(records, h.record, title)}
        for d in drafts:
            r = d.record
            if d.budgeted and r.status == "planned" and r.id in restating:
                _budget_told_done(drafts, r)
                r.status, d.budgeted = "done", False
        # a sum said after its items, in no tense of its own, is in theirs when they all agree ('Năm 2021: 10 đề án -
        # 2,1 tỷ đồng.' ... 'Tổng cộng 50 đề án, 10,8 tỷ đồng.')
        for d in drafts:
            r = d.record
            # (so is one that adds a figure to those told before, its copula no tense: 'Cộng với 1,7 tỷ đồng khuyến công
            # quốc gia, tổng kinh phí năm 2026 đạt 5,6 tỷ đồng' after a budget assigned)
            # (and one whose tense is only that of a budget's value, 'Tổng cộng, kinh phí khuyến công năm 2024 của tỉnh
            # là 2,1 tỷ đồng' after what was given: the budget the parts were given out of)
            if d.sums_after and (r.status == "unspecified" and not d.ongoing or d.along or d.budgeted):
                # (an item that says no tense of its own does not disagree: 'Thứ nhất, hỗ trợ 14 cơ sở ... 2 tỷ 350
                # triệu đồng' told done after 'đã tập trung vào', 'Thứ hai, hỗ trợ 40 lượt cơ sở ... 760 triệu đồng')
                told = {o.record.status for o in drafts if o.record.part_of == r.id} - {"unspecified"}
                if len(told) == 1:
                    r.status = told.pop()
                    d.budgeted = d.budgeted and r.status == "planned"
        examples = _beneficiary_before_its_whole(drafts, title)
        # headline: in each cell, the records nearest the top of the article's breakdown tree (a national part
        # of the total is the national cell's whole; a part of that part is not), each distinct figure once
        by_id = {r.id: r for r in records}
        # a part with no tense of its own whose whole took its tense only after the parts were linked (a year's
        # narration told done, a status the article's statements agree on): the whole's ('... hỗ trợ 4 HTX với tổng
        # kinh phí 620 triệu đồng. HTX A nhận máy may trị giá 150 triệu đồng; HTX B nhận nồi chưng cất ...')
        whole_drafts = {o.record.id: o for o in drafts}
        for d in drafts:
            whole = by_id.get(d.record.part_of)
            if whole is not None and d.record.status == "unspecified" and not d.ongoing and \
                    whole.status != "unspecified" and not _progress_of(d, whole_drafts[whole.id]):
                d.record.status = whole.status
            elif whole is not None and d.set_aside_only and d.record.status == "planned" and whole.status == "done":
                d.record.status = "done"  # (set aside out of a whole told done: how it was divided)

        # a part that restates its whole, the same projects in the same cell with the amount printed to another
        # precision ('... hỗ trợ 14 đề án với gần 3 tỷ đồng. Cụ thể, Trung tâm đã thực hiện 14 đề án ..., tổng kinh phí
        # 2.950 triệu đồng'): the same figure, no part of it; _one_head_per_figure keeps its more precise print
        for r in records:
            w = by_id.get(r.part_of)
            if w is not None and r.projects is not None and r.projects == w.projects and r.cell() == w.cell() and \
                    r.amount_vnd and w.amount_vnd and r.amount_vnd != w.amount_vnd and \
                    _one_rounds_the_other(w, r):
                r.part_of = None

        # an amount told as the share reached of the amount of its cell said before it, in its sentence or the one
        # before ('... 15 đề án ... với kinh phí 3 tỷ đồng. Tỷ lệ giải ngân đạt 98%, tương đương 2,94 tỷ đồng';
        # 'đã giải ngân 2,94 tỷ đồng, đạt 98%'): what was paid of it, a part, not a second figure of the cell
        for i, d in enumerate(drafts):
            r = d.record
            if r.part_of or not r.amount_vnd or not d.money() or not (
                    _REACHED_SHARE_AFTER.match(key, d.money()[0].end)
                    or _SHARE_WORTH_BEFORE.search(key, max(0, d.money()[0].start - 40), d.money()[0].start)):
                continue
            whole = next((o.record for o in reversed(drafts[:i]) if o.record.cell() == r.cell() and o.record.amount_vnd
                          and o.record.amount_vnd > r.amount_vnd and o.sentence >= d.sentence - 1), None)
            if whole is not None:
                r.part_of = whole.id

        for r in records:
            if title is None or r.sentence != title or r.part_of or r.amount_vnd is None:
                continue
            # a headline's figure that the body states again as a part of a whole is that part too ('Thái Bình dành 3
            # tỷ đồng cho khuyến công năm 2025' over '... giao 3 tỷ đồng kinh phí khuyến công địa phương ... Như vậy
            # tổng kinh phí ... là 4,8 tỷ đồng'): it heads no cell above the body's part, which then heads its cell
            body = [o for o in records if o.sentence != title and o.part_of in by_id and o.cell() == r.cell()
                    and o.amount_vnd == r.amount_vnd and r.projects in (None, o.projects)]
            if len({o.part_of for o in body}) == 1:
                r.part_of = body[0].part_of

        def depth(r: FundingRecord) -> int:
            # (a year's figure under a span's whole is no part of its year's cell: 'Giai đoạn 2021-2023, ... 45 đề án'
            # then 'Năm 2023 có 16 đề án' heads 2023 beside another figure of 2023 said on its own)
            n, seen = 0, {r.id}
            while r.part_of and r.part_of in by_id and r.part_of not in seen and by_id[r.part_of].period == r.period:
                r = by_id[r.part_of]
                seen.add(r.id)
                n += 1
            return n

        depths = {r.id: depth(r) for r in records}
        # a part whose source is unsaid under a whole of the same place, time and tense that names one ('tổng kinh
        # phí 3,6 tỷ đồng. Cụ thể: máy móc 2,1 tỷ đồng; ...'): a breakdown of that whole, no cell of its own
        # (a former province's part of the merged province's whole too, of no programme or of the whole's: 'khu vực
        # Bến Tre cũ' under 'tỉnh Vĩnh Long', whose cells the province's 2025 name joins)
        # (not an amount alone under a whole that gives only its count: '2 đề án: xây dựng mô hình ... (650 triệu đồng) và
        # hỗ trợ 10 hộ ... (400 triệu đồng)', whose money the whole does not hold)
        covered = {r.id for r in records if r.part_of in by_id and _breaks_down(r, by_id[r.part_of])
                   and not (by_id[r.part_of].amount_vnd is None and r.amount_vnd is not None and r.projects is None)}
        covered |= examples  # (one work told before the whole of its cell: never its cell's money, whatever the whole says)
        # (money and project counts each by their own tree: a count said alone near the top of the tree heads the
        # cell's projects, not an amount said lower down, '... 3 đề án' beside the national part of a total)
        top: dict[tuple, int] = {}
        for r in records:
            if r.id not in covered:
                for measure, figure in (("money", r.amount_vnd), ("projects", r.projects)):
                    if figure is not None:
                        cell = (*r.cell(), measure)
                        top[cell] = min(top.get(cell, depths[r.id]), depths[r.id])
        seen: set[tuple] = set()
        # (the body's statement of a figure heads its cell before the title's: where the article says it, with its
        # breakdown; 'Hơn 3 tỷ đồng ... năm 2025' over 'Năm 2025, tỉnh bố trí hơn 3 tỷ đồng ..., trong đó ...')
        for r in sorted(records, key=lambda r: r.sentence == (title or 0) and title is not None):
            k = (*r.cell(), r.amount_vnd, r.projects)
            measure = "money" if r.amount_vnd is not None else "projects"  # (an amount heads by its money)
            r.headline = r.id not in covered and depths[r.id] == top.get((*r.cell(), measure)) and \
                k not in seen and r.id not in repeats
            seen.add(k)
        _one_head_per_figure(records, title)

    @staticmethod
    def _so_far_of_the_year(drafts: list[_Draft]) -> None:
        """What part of a year did ('Lũy kế 10 tháng năm 2024, ... đã giải ngân 3,4 tỷ đồng') beside what the whole
        year did or is estimated to do ('Ước cả năm, kinh phí giải ngân đạt 4,7 tỷ đồng'): the months so far are part
        of the year, so totals take the year's figure, not both. Only a larger figure of the same cell and purpose (or
        none), not itself said of part of the year."""
        for d in drafts:
            r = d.record
            if not d.part_year or r.part_of or r.status != "done" or r.period is None or "-" in r.period:
                continue
            # (or a running total from the year's start, of a quarter or months told beside it: 'Trong quý III/2025,
            # ... giải ngân 1,2 tỷ đồng. Lũy kế từ đầu năm đến nay, ... 2,9 tỷ đồng')
            # (or the months so far told before one of them: '10 tháng năm 2025, ... giải ngân 2,6 tỷ đồng' then
            # 'Trong tháng 10, Trung tâm nghiệm thu 3 đề án với kinh phí 640 triệu đồng')
            years = [o.record for o in drafts if o is not d and (not o.part_year or o.cumulative and not d.cumulative
                                                                 or o.months_so_far and d.one_month)
                     and o.record.cell() == r.cell()
                     and o.record.part_of is None and o.record.purpose in (None, r.purpose) and _larger(o.record, r)]
            if years:
                r.part_of = years[-1].id

    @staticmethod
    def _spent_sums(drafts: list[_Draft]) -> None:
        """A sum said as a budget after the items it adds up ('... đã hỗ trợ ... 1,5 tỷ đồng; ... 1,3 tỷ đồng. Tổng kinh
        phí cả hai nguồn là 2,8 tỷ đồng'; 'Năm 2025, ... hỗ trợ 6 cơ sở với 870 triệu đồng. ... hỗ trợ thêm 1 đề án,
        kinh phí 700 triệu đồng. Tổng cộng, kinh phí khuyến công năm 2025 là 1,57 tỷ đồng') is what they spent once
        they are all told done, by their own words or their narration: no budget set."""
        for d in drafts:
            r = d.record
            if not (d.summed and r.status == "planned"):
                continue
            parts = {o.record.status for o in drafts if o.record.part_of == r.id}
            if parts == {"done"}:
                r.status, d.budgeted = "done", False

    @staticmethod
    def _years_of_span(drafts: list[_Draft]) -> None:
        """Figures told year by year right after a span's figure ('Trong 2 năm 2024 và 2025, ... 1,76 tỷ đồng. Năm
        2024 hỗ trợ 3 cơ sở với 720 triệu đồng; năm 2025 hỗ trợ 4 cơ sở với 1,04 tỷ đồng') that add up to it are its
        parts, cue or none: the years split the span's sum, so totals take the span's figure, not it and the years.
        Project counts alone add up the same way ('47 đề án ...' then 'Năm 2021 thực hiện 8 đề án, năm 2022 ...'), and
        so do the years since the one a whole 'from that year to now' is dated ('Từ năm 2021 đến nay, ... 38 đề án'
        then 'Năm 2021, 2022, 2023 và 2024 lần lượt thực hiện 7, 9, 10 và 12 đề án')."""
        for i, d in enumerate(drafts):
            w = d.record
            if w.period is None or w.amount_vnd is None and w.projects is None:
                continue
            # (a year alone is the first of an open span, its later years in it: 'Từ năm 2021 đến nay' -> 2021)
            span = w.period if "-" in w.period else f"{w.period}-9999"
            run: list[FundingRecord] = []
            for o in drafts[i + 1:]:
                r = o.record
                if o.sentence == d.sentence and r.part_of == w.id:
                    continue  # (the span's breakdown by programme, in its own sentence)
                if o.sentence > d.sentence + 1 or r.part_of or r.period is None or "-" in r.period or \
                        not _year_in_span(r.period, span) or \
                        (r.province, r.status) != (w.province, w.status) or r.scope not in ("unspecified", w.scope):
                    break
                run.append(r)
            if len(run) < 2 or len({r.period for r in run}) != len(run):
                continue
            if w.amount_vnd is not None and all(r.amount_vnd is not None for r in run):
                fits = abs(sum(r.amount_vnd for r in run) - w.amount_vnd) <= (w.precision_vnd or 0)
            else:
                fits = w.projects is not None and all(r.projects is not None for r in run) and \
                    sum(r.projects for r in run) == w.projects
            if fits:
                for r in run:
                    r.part_of = w.id

    @staticmethod
    def _last_items(drafts: list[_Draft]) -> None:
        """A listed item that says no purpose of its own ('- Các hoạt động khác: 300 triệu đồng') after items that
        are parts of one whole is that whole's part too, while the items still fit in it."""
        by_id = {d.record.id: d.record for d in drafts}
        for prev, d in zip(drafts, drafts[1:]):
            r, whole = d.record, by_id.get(prev.record.part_of)
            if r.part_of or whole is None or d.bullet is None or d.bullet != prev.bullet or \
                    d.sentence != prev.sentence + 1 or r.amount_vnd is None or d.explicit_scope:
                continue
            if (r.period, r.province) != (whole.period, whole.province) or r.scope not in ("unspecified", whole.scope) \
                    or {r.status, whole.status} == {"planned", "done"}:
                continue
            siblings = sum(o.amount_vnd or 0 for o in by_id.values() if o.part_of == whole.id and o.scope == r.scope)
            if whole.amount_vnd is not None and siblings + r.amount_vnd <= whole.amount_vnd:
                r.part_of = whole.id
                if r.status == "unspecified":
                    r.status = whole.status
                if r.scope == "unspecified" and whole.scope in ("national", "local"):
                    r.scope = whole.scope  # (as any part without a level of its own: a local whole's items are local)

    @staticmethod
    def _whole_for(drafts: list[_Draft], i: int, candidates: list[_Draft], strict: bool) -> FundingRecord | None:
        """The record among ``candidates`` that the i-th record breaks down, or None.

        A whole has the same province and period and a larger figure (amount, else project count); its
        scope is the part's or broader (total/unspecified); a plan and what was done are never parts of each
        other. With ``strict`` (no breakdown cue), the part must also be narrower than the whole: a national
        or local part of a total or unspecified whole, a purpose part of a purpose-less whole."""
        r = drafts[i].record
        best, best_sent = None, -1
        ref: tuple[FundingRecord, int] | None = None  # the best whole among plans a payment was out of
        done_near: tuple[FundingRecord, int] | None = None  # the nearest whole told done
        for c in reversed(candidates):
            w = c.record
            # (no cue, the same period; but a year singled out right after a span's figure is in its span)
            singled_after = drafts[i].singled and c.sentence in (drafts[i].sentence - 1, drafts[i].singled_over)
            # (a year broken out of an undated whole, told over years named by their number only, is in it too: 'Trong 5
            # năm qua, ... 23 đề án ...' then 'Trong đó, năm 2025 có 6 đề án')
            if w is r or w.period != r.period and \
                    (strict and not singled_after or not (_year_in_span(r.period, w.period) or _year_since(c, r.period)
                                                          or w.period is None and "-" not in (r.period or "-"))) or \
                    w.province != r.province and not _merged_into(r.province, w.province) \
                    and not (w.province is None and (not strict or singled_after)) \
                    and not ((drafts[i].places_none or drafts[i].dateline_only and c.line_start == drafts[i].line_start)
                             and _merged_into(w.province, r.province)):
                # (a part whose sentence names no province is in the former province its whole is of, not the merged
                # one it took by default: 'khu vực tỉnh Kon Tum cũ được hỗ trợ 31 đề án ... Trong đó, khuyến công quốc
                # gia 3 đề án ...' in a story of Quảng Ngãi)
                # (a former province's part of its merged province's whole is a part: 'khu vực Bình Phước cũ'; after
                # a breakdown cue, a province's part of the country's figure: 'Trong đó, tỉnh Thanh Hóa có 9 đề án';
                # or singled out right after a region's: '... cho vùng 25 đề án ... Riêng tỉnh Đồng Tháp có 4 đề án')
                continue
            if {w.status, r.status} == {"planned", "done"}:
                continue
            if drafts[i].places_none and drafts[i].place_provinces and w.province and \
                    w.province not in drafts[i].place_provinces and w.province != r.province and \
                    _merged_into(w.province, r.province):
                # (a former province's figure holds no part whose places are all in another: 'khu vực Kon Tum cũ 12 đề
                # án, kinh phí 2,1 tỷ đồng.' then 'Đáng chú ý, ... 8 đề án ... tỏi Lý Sơn, tổng kinh phí 1,4 tỷ đồng')
                continue
            if strict and drafts[i].contrasted and c.sentence < drafts[i].sentence:
                continue  # (a figure set against one before is no part of it: '... 1.000 tỷ đồng cho các chương trình
                # kích cầu ... Trong khi đó, kinh phí khuyến công địa phương chỉ 3,2 tỷ đồng')
            if strict and drafts[i].bullet and c.bullet == drafts[i].bullet and c.sentence < drafts[i].sentence:
                continue  # an item of a list is no part of an earlier item marked alike ('1. ...', then '3. ...')
            if strict and drafts[i].line_item and c.line_item and c.line_item[0] == drafts[i].line_item[0] and \
                    c.line_item[1] < drafts[i].line_item[1]:
                continue  # (nor of a later sentence of such an item: 'Đề án 2: ... trong đó ... 300 triệu đồng.')
            if strict and drafts[i].joined and (c is drafts[i - 1] or c.sentence == drafts[i].sentence and all(
                    o.joined for o in drafts[next(k for k in range(i) if drafts[k] is c) + 1:i])):
                # (amounts given side by side are siblings: 'cơ sở A 230 triệu đồng và cơ sở B 185 triệu đồng'; so are
                # all the clauses a ';' chains: 'hỗ trợ 28 cơ sở ... 4,7 tỷ đồng; tổ chức 2 hội chợ ..., 1,1 tỷ đồng; hỗ
                # trợ 12 sản phẩm ..., 180 triệu đồng')
                continue
            if w.amount_vnd is not None and r.amount_vnd is not None:
                if not w.amount_vnd > r.amount_vnd or None not in (w.projects, r.projects) and w.projects < r.projects:
                    continue  # (nor more projects than it: 'Riêng khuyến công quốc gia 11 đề án', then 17 đề án)
            elif w.projects is not None and r.projects is not None:
                if not w.projects > r.projects:
                    continue
            elif strict or c.sentence != drafts[i].sentence and not drafts[i].listed or not (
                    w.amount_vnd is not None and r.projects is not None or w.projects is not None and w.amount_vnd is None
                    and r.amount_vnd is not None and r.projects is None):
                continue
            # (and the items of a list its sentence announces: 'Kế hoạch gồm 18 đề án, tập trung vào các nội dung:' then
            # '- Hỗ trợ máy móc (2,6 tỷ đồng);' on a line of its own)
            # (after a cue, counts that break down an amount: 'tổng kinh phí 2,5 tỷ đồng, gồm 6 đề án hỗ trợ máy
            # móc, 10 đề án đào tạo nghề'; the amounts of the projects a count lists: '3 đề án, gồm: đề án ..., kinh
            # phí 450 triệu đồng; đề án ..., kinh phí 200 triệu đồng')
            # (one named business's amount after a year's support of many: one of its items, 'Năm 2025, khuyến
            # công địa phương hỗ trợ 9 cơ sở, 2,16 tỷ đồng. Cơ sở nước mắm Ninh Thủy được hỗ trợ 280 triệu đồng')
            # (likewise one place's figure after the province's: 'Tại huyện Lục Yên, 3 đề án ... 800 triệu đồng')
            # (or singled out right after it: 'Năm 2025, thành phố hỗ trợ 14 đề án ... 3,2 tỷ đồng. Riêng làng gốm Chu
            # Đậu được hỗ trợ 3 đề án, kinh phí 960 triệu đồng')
            # (not one place's figure after a whole told of another place: 'Ở huyện Lục Yên, ... Năm 2024, 2 cơ sở ...
            # 260 triệu đồng.' then 'Tại huyện Văn Chấn, cơ sở chè ... 120 triệu đồng' is Văn Chấn's own)
            if strict and drafts[i].lead_places and c.frame_places and not drafts[i].lead_places & c.frame_places:
                continue
            item = strict and c.sentence < drafts[i].sentence and (r.purpose is None or w.purpose in (None, r.purpose)) \
                and (drafts[i].one_beneficiary and c.aggregate or drafts[i].one_place and not c.one_place
                     or singled_after)
            if item and r.scope == "unspecified" and w.scope in ("national", "local") and any(
                    o.sentence == c.sentence and o.record.part_of is None and
                    o.record.scope in ("national", "local") and o.record.scope != w.scope for o in candidates):
                # (not when the sentence told both programmes' work side by side: 'triển khai 18 đề án khuyến công
                # địa phương ...; đồng thời ... 3 đề án khuyến công quốc gia ...' then 'HTX ... được hỗ trợ 280 triệu
                # đồng': the business's support is of either)
                return None
            if w.scope not in ("total", "unspecified", r.scope) and (strict and not item or r.scope != "unspecified"):
                continue  # a part names another programme than its whole; with a cue, a part naming none is fine
            if strict and c.family != drafts[i].family:
                continue  # a trade-promotion or OCOP figure is no part of a khuyến công one, nor the reverse
            if strict:
                # (a figure chained to a sibling before it in its sentence is an item of a list, no whole of a later
                # sentence's purpose: '... 4 lớp tập huấn ..., kinh phí 240 triệu đồng; tổ chức 1 đoàn khảo sát ...,
                # kinh phí 180 triệu đồng.' then 'Hoạt động tuyên truyền ... có kinh phí 150 triệu đồng')
                # (but a level's part of a whole split by level is the whole of its level's purposes: 'gồm khuyến công
                # quốc gia 2,1 tỷ đồng và khuyến công địa phương 3,5 tỷ đồng.' then 'Trong khuyến công địa phương, hỗ
                # trợ máy móc 2,4 tỷ đồng; ...')
                item_of_list = c.joined and c.sentence < drafts[i].sentence and not (
                    w.scope == r.scope and w.scope in ("national", "local") and w.part_of is not None)
                narrower = (r.scope in ("national", "local") and w.scope in ("total", "unspecified")) or \
                           (r.purpose is not None and w.purpose is None and w.scope in ("total", "unspecified", r.scope)
                            and not item_of_list) or item
                if not narrower:
                    continue
                if w.scope == r.scope and r.purpose is not None and w.purpose is None and not _sibling(w, r, candidates):
                    return w  # the nearest same-scope whole: '1,44 tỷ' for demonstration models under KCQG's 11,04 tỷ
                if c.plan_ref:
                    # (the plan a payment was out of heads the parts after them only when its sentence has no other
                    # whole: '... giải ngân 3,05 tỷ đồng/5,6 tỷ đồng' then 'Khu vực A cũ ... 1,7 tỷ đồng; ...')
                    if ref is None or (w.amount_vnd or 0) > (ref[0].amount_vnd or 0) and w.part_of is None:
                        ref = (w, c.sentence)
                    continue
                if done_near is None and w.status == "done":
                    done_near = (w, c.sentence)
                if best is None or (w.amount_vnd or 0) > (best.amount_vnd or 0) and w.part_of is None:
                    best, best_sent = w, c.sentence
                continue
            return w
        if best is not None and best.status == "planned" and r.status == "unspecified" and done_near is not None \
                and done_near[1] > best_sent and _smaller_or_equal(done_near[0], best):
            # (an item told after a plan and what was done of it is one of the work done: 'được giao 1,8 tỷ đồng
            # thực hiện 8 đề án ... đã hoàn thành 8/8 đề án, giải ngân 1,76 tỷ đồng' then 'Nổi bật là đề án hỗ trợ
            # cơ sở ... 300 triệu đồng')
            return done_near[0]
        if ref is not None and (best is None or best_sent != ref[1] and (
                (ref[0].amount_vnd or 0) > (best.amount_vnd or 0) and ref[0].part_of is None)):
            return ref[0]
        return best

    @staticmethod
    def _own_amount_next(key: str, money: Fact, count: Fact, items: list[Fact], n: int) -> bool:
        """The count opens a clause of its own after ``money`` and its own amount follows it in that clause ('1,2 tỷ
        đồng cho khuyến công, Bộ Công Thương hỗ trợ 1 đề án khuyến công quốc gia 800 triệu đồng'): the count is that
        amount's, not the one before."""
        following = items[n + 1] if n + 1 < len(items) else None
        return following is not None and following.type == "money" and \
            _CLAUSE_BREAK.search(key, money.end, count.start) is not None and \
            _SAME_PHRASE.fullmatch(key, count.end, following.start) is not None

    def _money_for(self, key: str, money: Fact, count: Fact) -> bool:
        """'1,2 tỷ đồng cho 02 đề án': an amount given for the count right after it; also the count in a bracket
        or after a slash right after it ('kinh phí khuyến công quốc gia 1,4 tỷ đồng (2 đề án)', '2,7 tỷ đồng/3 đề án'),
        and the one count it consists of. Not across a clause break after which another programme opens the count's
        clause ('... 1 đề án nhóm với số kinh phí là 900 triệu đồng, khuyến công địa phương hỗ trợ 12 đề án ...')."""
        gap = _RATE_ASIDE.sub("", key[money.end:count.start])
        means = _MEANS_LEAD.search(key, max(0, money.start - 40), money.start) and len(gap) < 200 and \
            not regex.search(r"[;.](?!\d)", gap) and _FOR.search(gap)
        breaks = list(_CLAUSE_BREAK.finditer(key, money.end, count.start))
        if breaks and self._programmes_in(key, breaks[-1].end(), count.start) and not means:
            # (but the clause after the means it was done with is the deed's own, whatever programme it names: 'Với
            # 2,4 tỷ đồng, năm 2024 khuyến công địa phương đã hỗ trợ 12 đề án')
            return False
        line_start = key.rfind("\n", 0, money.start) + 1
        if _HEADING_AMOUNT_GAP.fullmatch(gap) and _HEADING_LABEL.fullmatch(key, line_start, money.start) and \
                self._programmes_in(key, line_start, money.start):
            # a heading that gives a programme's amount in a bracket, its statement after the colon: '1. Khuyến công
            # quốc gia (2,1 tỷ đồng): thực hiện 3 đề án, ...' (the amount of those projects)
            return True
        if regex.search(r":\s*\p{L}", gap):
            # (not past a colon that opens the items the whole is spent on, each with its own count and amount: 'tổng
            # kinh phí thực hiện là 2,5 tỷ đồng, với các nội dung chính: hỗ trợ máy móc: 9 đề án, 1,8 tỷ đồng; ...')
            return False
        if means:
            return True
        if regex.fullmatch(r"\s*,\s*", gap) and _BRACKET_PAIR.fullmatch(key, key.rfind("(", 0, money.start),
                                                                          key.find(")", count.end) + 1):
            return True  # a bracket that gives only the two of one statement: 'năm 2024 (3 tỷ đồng, 15 đề án), năm 2025 ...'
        if regex.fullmatch(r"\s*,\s*", gap) and (_COUNT_CLOSES_LINE.match(key, count.end)
                                                 or _COUNT_STATE_NEXT.match(key, count.end)):
            # so does a count that closes its clause right after: '... ; năm 2025 là 2,6 tỷ đồng, 14 đề án.' (or its
            # line, a title's: 'Khuyến công Cần Thơ năm 2024: 2,7 tỷ đồng, 13 đề án'); or that
            # a clause of how its projects stand follows: 'Khuyến công quốc gia: kinh phí 1.200 triệu đồng, 2 đề án,
            # đã nghiệm thu 1 đề án.'
            return True
        if len(gap) < 220 and not regex.search(r"[;.:](?!\d)", gap) and not _DIGIT.search(gap) and _COUNT_CLOSES.search(gap):
            # the count the amount's long clause closes on ('bố trí 3,2 tỷ đồng ... để hỗ trợ các cơ sở đầu tư máy móc,
            # đào tạo nghề và tham gia hội chợ, với tổng số 15 đề án')
            return True
        # (the bracket may follow the amount's programme: '1,5 tỷ đồng khuyến công quốc gia (2 đề án)')
        named = regex.fullmatch(r"\s*((?:\p{L}+\s+){1,6}?)\(\s*", gap)
        # ('Kinh phí 500 triệu đồng của 2 đề án không thực hiện ...': the amount those projects had)
        return bool(_FOR.fullmatch(gap) or regex.fullmatch(r"\s*[(/]\s*", gap) or self._consists_of(key, money, count)
                    or regex.fullmatch(r"\s*của\s+(?:các\s+|cả\s+|những\s+)?", gap)
                    or named and self._names_a_level(named.group(1)))

    def _consists_of(self, key: str, money: Fact, count: Fact) -> bool:
        """'tổng kinh phí 3,45 tỷ đồng, gồm 16 đề án.': the whole's own count, not a part of it: one count, nothing
        listed after it, whatever programme it names ('gồm 15 đề án khuyến công địa phương.' is the whole's count and
        programme; 'gồm 6 đề án khuyến công quốc gia và 10 đề án ...' breaks the whole down)."""
        return bool(_CONSISTS_OF.fullmatch(key, money.end, count.start) and not _LIST_GOES_ON.match(key, count.end))

    def _listed(self, key: str, a: Fact, b: Fact) -> bool:
        """Two counts in one list ('11 đề án ...; 01 đề án ...; 01 nhiệm vụ'), no clause break between."""
        gap = key[a.end:b.start]
        return "." not in gap and len(gap) < 120 and ("tổng" not in gap)

    def _own_programmes(self, key: str, counts: list[Fact], money: Fact) -> bool:
        """Listed counts that each name their own programme ('40 đề án KCĐP và 6 đề án KCQG')."""
        own = set()
        for a, b in zip(counts, [*counts[1:], money]):
            # (or its level word: '8 đề án địa phương và 1 đề án quốc gia')
            own.add(_level_of(_COUNT_LEVEL.match(key, a.end, b.start))
                    or self._scope(key[a.end:min(b.start, a.end + 40)], paid=False))
        return {"national", "local"} <= own

    @staticmethod
    def _whole_of_counts(drafts: list[_Draft], i: int, j: int) -> int:
        """The index of the figure before draft ``i`` whose project count the counts of ``i``'s sentence add up to
        (each of them a count, two or more), the nearest first; ``j`` when the figure there already holds that count
        or none does."""
        sentence = drafts[i].sentence
        counts = [o.record_projects() for o in drafts[i:] if o.sentence == sentence]
        if len(counts) < 2 or None in counts:
            return j
        total = sum(counts)
        found = next((k for k in range(j, -1, -1) if drafts[k].record_projects() == total), None)
        return j if found is None or drafts[j].record_projects() == total else found

    @staticmethod
    def _clause_end(key: str, start: int, limit: int) -> int:
        m = _CLAUSE_BREAK.search(key, start, limit)
        return m.start() if m else limit

    @staticmethod
    def _period(key: str, periods: list[Fact], sent: int, pos: int, next_pos: int | None = None,
                end: int | None = None) -> str | None:
        """The sentence's own period, else the nearest before it (none for a title that names none: FACTS.md).
        A period after the figure is its own only before a ';' ('..., kinh phí 2,05 tỷ đồng; số còn lại 150
        triệu đồng chuyển sang năm 2024': 2024 dates the rest, not the 2,05 tỷ), and not when it opens the clause
        of the sentence's next figure (``next_pos``): 'đã hỗ trợ 9 đề án, nâng tổng số đề án từ năm 2021 đến nay
        lên 35 đề án' dates the 35, not the 9. The year the group (``pos`` to ``end``) says its projects are carried
        out in comes first: '5 đề án khuyến công quốc gia thực hiện năm 2026, tổng kinh phí đề nghị 3,5 tỷ đồng'
        after a lead's 'Ngày 10/6/2025'."""
        worked = next((p.value for p in periods if end is not None and pos < p.start < end
                       and (_YEAR_OF_WORK.search(key, max(pos, p.start - 30), p.start)
                            or _YEAR_OF_PROJECTS.search(key, max(pos, p.start - 60), p.start))), None)
        if worked:
            return worked
        named = next((p.value for p in periods if end is not None and p.sentence == sent and end <= p.start < end + 60
                      and "-" not in p.value and _YEAR_OF_NAMED_PROJECTS.search(key, max(pos, p.start - 60), p.start)),
                     None)
        if named:
            return named
        right_after = next((p for p in periods if end is not None and p.sentence == sent and p.start >= end and
                            _YEAR_RIGHT_AFTER.fullmatch(key, end, p.start)), None)
        if right_after is not None:
            # the year said right after the figure: 'tăng từ 14 đề án năm 2023 lên 19 đề án năm 2025'
            return right_after.value
        # (the horizon of a programme's name dates no figure, even as the sentence's only year: a title's 'Thực hiện
        # Chương trình khuyến công quốc gia đến năm 2025, Sóc Trăng hỗ trợ 8 đề án')
        own = [p for p in periods if p.sentence == sent and not (
            "-" not in p.value and p.start < pos and _HORIZON_LINK.search(key, max(0, p.start - 6), p.start)
            and _NAMED_BEFORE.search(key, max(0, p.start - 80), p.start)
            and not _NAMED_BUDGET.fullmatch(key, p.end, pos))]
        before = [p for p in own if p.start <= pos]
        while len(before) > 1 and ("-" in before[-1].value or _HORIZON_LINK.search(key, 0, before[-1].start)) and \
                _NAMED_BEFORE.search(key, max(0, before[-1].start - 80), before[-1].start) and \
                ";" not in key[before[-2].end:before[-1].start] and \
                not ("-" in before[-1].value and _NAMED_BUDGET.fullmatch(key, before[-1].end, pos)):
            # the horizon of a programme named after the sentence's own year ('Năm 2024, thực hiện Chương trình
            # khuyến công quốc gia đến năm 2025, tỉnh đã triển khai 3 đề án'): the name's years date no figure. Not a
            # year of another clause, across a ';' ('Từ ngày 1/7/2025, tỉnh mới gồm ...; kế hoạch giai đoạn 2026-2030 ...')
            before.pop()
        if before:
            return _year_past_of(key, before[-1], pos) or before[-1].value
        last = own[-1] if own else None
        if last is not None and _CLOSING_YEAR.search(key, max(0, last.start - 12), last.start) and \
                _SENTENCE_CLOSE.match(key, last.end) and len({p.value for p in own}) == 1:
            # the year that closes the sentence as its time ('..., 1 tỷ đồng cho 12 đề án; kinh phí quốc gia ... 800
            # triệu đồng cho 2 đề án trong năm 2017.'): every figure's, across its ';' too
            return last.value
        if own and ";" not in key[pos:own[0].start] and not (
                next_pos is not None and own[0].end <= next_pos and _CLAUSE_BREAK.search(key, pos, own[0].start)
                and not _CLAUSE_BREAK.search(key, own[0].end, next_pos)) and \
                not _year_of_another_figure(key, end or pos, own[0]) and \
                not _COMPARED_AFTER.search(key, end or pos, own[0].start):
            # (not the year of what the figure is compared with after it: '38 đề án, tổng kinh phí 8,6 tỷ đồng, bằng
            # tổng của ba tỉnh ... cũ năm 2024 cộng lại')
            return own[0].value
        # (a date of something else in a sentence before governs nothing after it: a document's date, a founding)
        earlier = [p for p in periods if p.sentence < sent and not _DATES_ANOTHER.search(key, max(0, p.start - 40), p.start)]
        # (or inside the figure's own words: '42 đề án khuyến công quốc gia trong 5 năm, kinh phí 21,5 tỷ đồng')
        told = _YEARS_TOLD.search(key, max(0, pos - 100), pos) or (_YEARS_TOLD.search(key, pos, end) if end else None)
        if told and not regex.search(r"[.!?\n]", key[told.end():pos]):
            # a number of years said instead of the span ('Tổng cộng 5 năm, tỉnh đã hỗ trợ 74 đề án ...' after
            # 'Giai đoạn 2021-2025, ...'): the span of that length told before, not the last year listed in between
            n = int(told.group("n"))
            spans = [p for p in earlier if "-" in p.value and int(p.value[-4:]) - int(p.value[:4]) + 1 == n]
            if spans:
                return spans[-1].value
            # (or the last n years told one by one, in a run: 'kinh phí ... năm 2021 là 2,1 tỷ đồng, năm 2022 là ...
            # và năm 2024 là 2,9 tỷ đồng. Tính chung 4 năm, tỉnh đã thực hiện 47 đề án': 2021-2024)
            years = sorted({int(p.value) for p in earlier if "-" not in p.value})[-n:]
            if n > 1 and len(years) == n and years[-1] - years[0] == n - 1 and \
                    earlier[-1].value in (str(years[-1]), str(years[0])):
                return f"{years[0]}-{years[-1]}"
        span_told = _SPAN_TOLD.search(key, max(0, pos - 100), pos)
        if span_told and not regex.search(r"[.!?\n]", key[span_told.end():pos]):
            # the whole span, said instead of its years ('Tổng kinh phí cả giai đoạn đạt 13,5 tỷ đồng' after 'Giai đoạn
            # 2021-2025, ...' and the years listed): that span, not the last year listed
            spans = [p for p in earlier if "-" in p.value]
            if spans:
                return spans[-1].value
        if earlier:
            later = _YEARS_LATER.search(key, _sentence_around(key, pos)[0], pos)
            if later and "-" not in earlier[-1].value:
                # the years after the last one told ('Năm 2022, ... được hỗ trợ 450 triệu đồng ... Hai năm sau, hợp tác
                # xã tiếp tục được hỗ trợ 180 triệu đồng': 2024)
                n = later.group("n")  # (in digits or in words: rules/numbers.tsv)
                return str(int(earlier[-1].value) + (number_words().values.get(n) or int(n) if n else 1))
            sooner = _YEARS_EARLIER.search(key, _sentence_around(key, pos)[0], pos)
            if sooner and "-" not in earlier[-1].value:
                # (and the years before it: 'Năm 2025, tỉnh bố trí 3,2 tỷ đồng ... Năm ngoái, con số này là 2,6 tỷ
                # đồng')
                n = sooner.group("n")
                return str(int(earlier[-1].value) - (number_words().values.get(n) or int(n) if n else 1))
            return _year_past_of(key, earlier[-1], pos) or earlier[-1].value
        # (none before: a sheet's time line after its amount line dates it, 'Kinh phí hỗ trợ ...: 1.200 triệu đồng.'
        # then 'Thời gian thực hiện: năm 2024.')
        return next((p.value for p in periods if p.start > pos and p.sentence <= sent + 3 and
                     _TIME_LABEL.search(key, max(0, p.start - 60), p.start)), None)

    def _province(self, key: str, provinces: list[Fact], sent: int, s_start: int, g_start: int,
                  g_end: int, item_from: int = 0, text: str | None = None) -> str | None:
        """The province named in the figure's own clause ('...; tỉnh Thanh Hóa 4 đề án, kinh phí 3,6 tỷ'; 'hỗ trợ 2 tỷ
        đồng tại tỉnh Hà Giang'), else the sentence's first before the figure. One named only in a later clause
        ('kinh phí của tỉnh là 5,6 tỷ đồng, trong đó ... khu vực Bình Phước cũ 2,1 tỷ đồng') is another statement's:
        the article's subject then. A part of a breakdown reads its own item only, from ``item_from`` ('11 đề án của
        tỉnh An Giang cũ (2,6 tỷ đồng) và 7 đề án của tỉnh Kiên Giang cũ (1,7 tỷ đồng)'). ``text``: the lower-cased text
        with its brackets, for the words before a province the key blanked ('(trước khi hợp nhất với tỉnh Ninh Bình)')."""
        # (not a venue or a partner: 'tham gia hội chợ tại Hà Nội', 'phối hợp với tỉnh Cao Bằng' spend this province's
        # money elsewhere or with others)
        venue_re, event_re = venue_words()
        own, aside = [], None
        for p in (p for p in provinces if p.sentence == sent):
            left = max(s_start, p.start - 60)
            clause = p.start - len(self._clause_before(key, s_start, p.start))
            if venue_re.search(key, left, p.start) and event_re.search(key, clause, p.start) or \
                    _partner_words().search(text or key, left, p.start) or \
                    _NOW_PART_OF.search(text or key, left, p.start) or \
                    _MERGED_AWAY.search(text or key, left, p.start) and _MERGED_INTO_NEXT.match(text or key, p.end) or \
                    _INCLUDED_AREA.search(text or key, left, p.start) or \
                    aside is not None and _AND_NEXT.fullmatch(text or key, aside, p.start):
                aside = p.end  # (and those listed with it: 'tại Hà Nội và TP Hồ Chí Minh')
            else:
                own.append(p)
        lo = max(g_start - len(self._clause_before(key, s_start, g_start)), item_from)
        # (not one in a bracket that gives it a figure of its own, an area's share of the clause's count: '15 cơ sở (khu
        # vực Đắk Lắk cũ 9 cơ sở, khu vực Phú Yên cũ 6 cơ sở) với tổng kinh phí 2,7 tỷ đồng')
        clause = [p for p in own if lo <= p.start < g_start
                  and not _in_figure_bracket(text or key, s_start, p, g_start)]
        amounts_before = sorted(m.end() for pattern in (_AMOUNT_IN, _COUNT_IN) for m in pattern.finditer(key, lo, g_start))
        if amounts_before and any(p.start >= amounts_before[-1] for p in clause):
            # (one named after an amount of its own in the clause is this figure's: 'như Nghệ An (5,2 tỷ đồng), Thanh
            # Hóa (4,8 tỷ đồng) và Đắk Lắk (4,1 tỷ đồng)'; or after a count: '... Thanh Hóa (4 đề án) và Bắc Giang (4 đề
            # án)')
            clause = [p for p in clause if p.start >= amounts_before[-1]]
        # (a colon right after the figure opens its items, each of a province of its own: '... 5,6 tỷ đồng: Sơn La 3 đề
        # án (2,4 tỷ đồng), Điện Biên 2 đề án ...')
        hi = g_end if _COLON_THEN_LABEL.match(key, g_end) else self._clause_end(key, g_start, len(key))
        out_of = _OUT_OF_WHOLE_BEFORE.search(key, max(s_start, g_start - 40), g_start) is not None
        if not clause and not out_of:
            # (nor, after the figure, one in its bracket with a figure of its own, a part's: 'kinh phí khuyến công 4,2
            # tỷ đồng (khu vực Kiên Giang cũ 1,7 tỷ đồng)'; nor the place a part before 'trong tổng số' goes to: '2,4
            # tỷ đồng trong tổng số 7,2 tỷ đồng kinh phí ... cho khu vực Kon Tum cũ' is the 2,4 tỷ's)
            clause = [p for p in own if g_start <= p.start < hi
                      and not _in_figure_bracket(text or key, s_start, p, len(key))]
        elif not out_of and not any(_named_as_work_place(key, s_start, p) for p in clause):
            # (a former province named after the figure as where the work is done, under the merged province's body
            # named before it: 'Sở Công Thương Lâm Đồng dự kiến dành 1 tỷ đồng cho các đề án ở khu vực Đắk Nông cũ')
            there = [p for p in own if g_start <= p.start < hi and _named_as_work_place(text or key, s_start, p)
                     and all(_merged_into(p.value, q.value) for q in clause)
                     and not _OWN_FIGURE_NEXT.match(text or key, p.end)]
            # (read on the text with its brackets: 'hỗ trợ 6 cơ sở ở các xã miền núi (khu vực Quảng Nam cũ)', though not
            # one with a figure of its own there, the whole's item: '5 cơ sở (khu vực Đắk Nông cũ 2 cơ sở)')
            # (not when it names several, the merged province's parts together: '... 11 cơ sở ở khu vực Kon Tum cũ và
            # Quảng Ngãi cũ' is the whole province's)
            together = there[:1] + [q for q in own if there and q.start > there[0].end and q.value != there[0].value
                                    and _FORMER_LISTED.fullmatch(key, there[0].end, q.start)]
            clause = there[:1] if len({p.value for p in together}) == 1 else clause
        # (not one in a bracket with a figure of its own, another figure's item: '6,9 tỷ đồng khuyến công địa phương
        # (khu vực Hà Giang cũ 3,1 tỷ đồng) và 2 đề án khuyến công quốc gia')
        earlier = [p for p in own if p.start < g_start
                   and not _in_figure_bracket(text or key, s_start, p, g_start)]
        if clause and clause[0].start > g_start and _SOURCE_OF.search(key, max(g_start, clause[0].start - 50),
                                                                     clause[0].start):
            # (a province named after the figure as the source of its money yields to one named before it as where
            # the work was done: '... 4 cơ sở tại khu vực Bến Tre cũ ..., tổng kinh phí 860 triệu đồng từ nguồn
            # khuyến công địa phương tỉnh Vĩnh Long')
            there = [p for p in earlier if _named_as_work_place(key, s_start, p)]
            clause = there[-1:] or clause
        # (no further than its sentence: 'Sản phẩm ... được bán ở nhiều tỉnh miền Tây.' after the figure's sentence)
        many_end = self._clause_end(key, g_end, _sentence_around(key, g_start)[1])
        outcome = _OUTCOME.search(key, g_end, many_end)
        # (not the markets an outcome opens after the figure: '... 180 triệu đồng giúp cơ sở mở rộng thị trường ra
        # các tỉnh miền Trung')
        many = _many_provinces().search(key, s_start, outcome.start() if outcome else many_end) \
            if not clause and not earlier else None
        if many and _LOCALITIES.fullmatch(many.group()) and (
                _named_unit().search(key, s_start, many.start())
                # (or listed after it, before the figure: '... phân bổ cho các địa phương như sau: huyện Hương Sơn 3 đề
                # án, 750 triệu đồng; ...')
                or _named_unit().search(key, many.end(), g_start)
                # (or in the items right before it: '- Huyện Nghi Lộc: 3 đề án, ...;' then '- Các địa phương khác: ...')
                or _bullet_kind(key, s_start, g_start) and _named_unit().search(key, max(0, s_start - 200), s_start)
                # (or the partners of the province's own body: 'Trung tâm Khuyến công đã phối hợp với các địa phương
                # triển khai 15/18 đề án')
                or _partner_words().search(key, max(s_start, many.start() - 40), many.start())):
            many = None  # (the localities of a sentence that named districts before: 'huyện Hương Sơn 4 đề án ...; các
            # địa phương còn lại 9 đề án': the province's other districts, not many provinces)
        if many:
            # 'các tỉnh trong vùng đã triển khai 96 đề án', '... 8 tỷ đồng cho các tỉnh Tây Bắc': many provinces'
            # figure, no one province's (the clause of the figure's last fact: '... là 120 tỷ đồng, thực hiện 125 đề
            # án tại 45 tỉnh, thành phố')
            return ""
        if not clause and earlier:
            # (one named in the figure's own item of a breakdown: '... 14 cơ sở với tổng kinh phí 3,2 tỷ đồng, trong
            # đó khu vực Bạc Liêu cũ 6 cơ sở, kinh phí 1,3 tỷ đồng')
            item = max([m.end() for m in self.breakdown.finditer(key, s_start, g_start)]
                       + [key.rfind(";", s_start, g_start) + 1, item_from])
            clause = [p for p in earlier if item <= p.start] if item > s_start else []
            if item > s_start and not clause and _many_provinces().search(key, item, g_start):
                return ""  # ('...; các tỉnh còn lại 18 đề án, kinh phí 5,8 tỷ đồng': the item of many provinces)
        # (the place the work was done in, named after the body that reports or pays for it: 'Sở Công Thương tỉnh Hưng
        # Yên cho biết, ... các đề án khuyến công tại khu vực Thái Bình cũ gồm: ...', 'khuyến công tỉnh Tây Ninh đã hỗ
        # trợ các cơ sở tại khu vực Long An cũ 9 đề án')
        if len(clause) > 1:
            clause = _nearest_work_place(text or key, s_start, g_start, clause)
        elif not clause and len(earlier) > 1:
            earlier = _nearest_work_place(text or key, s_start, g_start, earlier)
        chosen = clause[0] if clause else earlier[0] if earlier else None
        if chosen is not None and chosen.start < g_start:
            whole = data.provinces().get(chosen.value)
            places = _LAST_OF_PLACES.search(text or key, s_start, chosen.start)
            if whole and whole != chosen.value and places and \
                    not any(places.start() <= q.start < chosen.start for q in own) and \
                    any(q.value == whole and q.start < places.start() for q in own):
                # (under the merged province's own body named before: 'Trung tâm Khuyến công Khánh Hòa đã hỗ trợ 6 cơ
                # sở ở Nha Trang, Cam Ranh và Ninh Thuận cũ với kinh phí 980 triệu đồng' is Khánh Hòa's)
                return whole
        listed = {q.value for q in own if chosen is not None and q.start < g_start and q is not chosen and (
            _PROVINCE_LIST_JOIN.fullmatch(key, q.end, chosen.start) or _PROVINCE_LIST_JOIN.fullmatch(key, chosen.end, q.start))}
        if chosen is not None and chosen.start > g_start:
            # (or listed after the figure, from the one its clause names on: '9 đề án tại các tỉnh Quảng Trị, Quảng
            # Nam và Bình Định')
            # (not a list of provinces each with its own figure: 'hỗ trợ 2 tỷ đồng cho Hà Giang, Lào Cai 3 tỷ đồng')
            last, chain = chosen, set()
            for q in (q for q in own if q.start > chosen.start):
                if not _PROVINCE_LIST_JOIN.fullmatch(key, last.end, q.start):
                    break
                if _OWN_FIGURE_AFTER.match(key, q.end):
                    chain = set()
                    break
                chain.add(q.value)
                last = q
            listed |= chain
        if listed:
            # one of provinces listed together: the figure of them all ('ba tỉnh Sơn La, Điện Biên và Lai Châu thực
            # hiện 42 đề án'), which is one province's only when they merged into it ('hai tỉnh Gia Lai và Bình Định
            # (cũ) đã thực hiện 31 đề án': Gia Lai's since 1 July 2025)
            merged = {data.provinces().get(v) for v in listed | {chosen.value}}
            return merged.pop() if len(merged) == 1 and None not in merged else ""
        return chosen.value if chosen else None


def _spent_of_budget(budget: FundingRecord, d: _Draft, equal_ok: bool) -> bool:
    """``d`` tells what was done of a national or local programme's ``budget`` (a plan and what was done, one period,
    no more money than the budget; all of it with ``equal_ok``) in words that name no programme of their own."""
    r = d.record
    return not d.explicit_scope and budget.scope in ("national", "local") and \
        {budget.status, r.status} == {"planned", "done"} and budget.period == r.period and \
        r.amount_vnd is not None and budget.amount_vnd is not None and \
        (r.amount_vnd <= budget.amount_vnd if equal_ok else r.amount_vnd < budget.amount_vnd)


def _paid_out_of(budget: _Draft, d: _Draft) -> bool:
    """``d`` tells what was paid out of the programme's budget that ``budget``, the figure before it in its sentence,
    sets ('kinh phí khuyến công địa phương được giao là 5,4 tỷ đồng; đến hết tháng 11, Trung tâm đã giải ngân 5,1 tỷ
    đồng'): no part of the plan, but the same programme's money, so of its scope when ``d`` names none."""
    return budget.sentence == d.sentence and d.paid_out and d.record.scope == "unspecified" and \
        budget.record.status == "planned" and _spent_of_budget(budget.record, d, equal_ok=True)


def _facts_between(ctx: Context, types: tuple[str, ...], lo: int, hi: int) -> list[Fact]:
    """The facts of ``types`` that start between ``lo`` and ``hi`` (the matchers' facts carry no sentence yet)."""
    return [f for f in ctx.facts if f.type in types and lo <= f.start < hi]


def _in_figure_bracket(key: str, s_start: int, p: Fact, before: int) -> bool:
    """Province ``p`` stands in a bracket closed before ``before`` that holds a figure after it ('(khu vực Hà Giang cũ
    3,1 tỷ đồng)'): the item of the figure before the bracket."""
    if _open_bracket(key, s_start, p.start) < 0:
        return False
    closing = key.find(")", p.end, before)
    return closing >= 0 and _DIGIT.search(key, p.end, closing) is not None


def _named_as_work_place(key: str, s_start: int, p: Fact) -> bool:
    """Province ``p`` is named as where the work was done ('tại khu vực Thái Bình cũ', 'trên địa bàn tỉnh ...'), or
    as the province of the districts or communes named so ('tại huyện Chợ Gạo, Gò Công Tây (tỉnh Tiền Giang cũ)',
    'ở xã Tân Lập, tỉnh Bình Phước'; ``key`` with its brackets for the first)."""
    return _WORK_PLACE.search(key, max(s_start, p.start - 30), p.start) is not None or \
        _work_place_under().search(key, max(s_start, p.start - 100), p.start) is not None


@lru_cache(maxsize=1)
def _work_place_under() -> regex.Pattern:
    """Where the work was done, by the units under a province, and the province they are in right after them."""
    return regex.compile(rf"(?<!\p{{L}})(?:{_AT_PLACE})\s+(?:các\s+)?{under_province()}\s+[^()\d.;:]{{1,70}}?"
                         r"(?:,\s*|\s*\(\s*)(?:tỉnh|thành phố|tp\.?)?\s*$", regex.IGNORECASE)


def _nearest_work_place(key: str, s_start: int, g_start: int, found: list[Fact]) -> list[Fact]:
    """Of the provinces ``found`` around a figure at ``g_start``, the one named as where the work was done nearest the
    figure (as a list of one), else all of them."""
    near = [p for p in found if _named_as_work_place(key, s_start, p)]
    return [min(near, key=lambda p: abs(p.start - g_start))] if near else found


def _budget_told_done(drafts: list[_Draft], budget: FundingRecord) -> None:
    """The parts of a budget now told done that were planned only by it (lent its tense, or read as a budget by their
    own wording) are done with it; the caller sets the budget's own status."""
    changed = {budget.id}
    for o in drafts:
        if o.record.part_of == budget.id and o.record.status == "planned" and (o.lent or o.budgeted):
            o.record.status = "done"
            changed.add(o.record.id)
    # (and an addition told in the tense of one of them: 'Ngoài ra, tỉnh còn hỗ trợ 25 cơ sở tham gia hội chợ ...')
    for o in drafts:
        if o.took_from in changed and o.record.status == "planned":
            o.record.status = "done"


def _how_done_work_came_about(status: str | None, inherited: str | None, key: str, lo: int, hi: int) -> bool:
    """A planned reading of a done whole's part that only tells how the work came about ('Trong số này có 3 đề án ...
    được Bộ Công Thương phê duyệt'): no future or proposing word between ``lo`` and ``hi`` makes it a plan."""
    return status == "planned" and inherited == "done" and not _PLAN_WORD.search(key, lo, hi)


def _year_since(whole: _Draft, year: str | None) -> bool:
    """``year`` falls in the years since the one a done figure told from then to now is dated by ('Từ năm 2023 đến
    nay, ... đã hỗ trợ ... 2,3 tỷ đồng; trong đó năm 2025 ...')."""
    since = whole.record.period if whole.since and whole.record is not None else None
    # (of what was done in those years only: a plan's years ahead leave a year singled out of it as it was said)
    return bool(since and year and "-" not in since and "-" not in year and int(year) > int(since)) and \
        whole.record.status == "done"


def _year_in_span(year: str | None, span: str | None) -> bool:
    """``year`` ('2021', or a shorter span, '2016-2020') lies within the span ``span`` ('2020-2024', '2016-2025'):
    after a breakdown cue, a year's part of the span's whole ('tổng kinh phí giai đoạn 2020-2024 là 19,5 tỷ đồng,
    trong đó năm 2020 là 3,2 tỷ đồng'), or a plan period's part of a decade's ('Giai đoạn 2016-2025, ... Trong đó,
    giai đoạn 2016-2020 ...')."""
    if not year or not span or "-" not in span or year == span:
        return False
    first, last = span.split("-")
    lo, _, hi = year.partition("-")
    return first <= lo <= (hi or lo) <= last


def _without_rate_asides(text: str) -> str:
    """``text`` with each aside rating an amount against its plan blanked, offsets kept: the plan it names sets no
    tense of the figure ('giải ngân 3,2 tỷ đồng, đạt 96,5% kế hoạch được giao, cho 14 đề án')."""
    return _blank_matches(_RATE_ASIDE, text)


def _outermost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Status cues (start, end, value) without those inside a longer one ('hoàn thành kế hoạch': done, not the
    plan), and without the names that only hold a cue word ('none': 'Chương trình mục tiêu quốc gia')."""
    return [f for f in found if f[2] != "none" and not any(
        o is not f and o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0] for o in found)]


def _taken_back(key: str, s_start: int, s_end: int, f: Fact) -> bool:
    """A figure its sentence states as no programme money or projects of its own: printed wrong and corrected, or what
    a result exceeded its target by (_printed_wrong, _exceeded_by)."""
    if _INITIAL_VALUE.search(key, max(s_start, f.start - 25), f.start) and \
            (_COUNT_IN if f.type == "project_count" else _AMOUNT_IN).search(key, f.end, s_end):
        return True  # a first figure a later one of its sentence replaced ('ban đầu là 2,2 tỷ đồng, nhưng ... chỉ ...')
    return _printed_wrong(key, s_start, s_end, f) or _exceeded_by(key, s_start, f) or \
        _CUT_BY.search(key, max(s_start, f.start - 30), f.start) is not None


# what a plan was cut by ('Số đề án bị cắt giảm là 4 đề án', 'cắt giảm 700 triệu đồng'): no work nor money of the
# programme; not what is left after the cut ('kinh phí sau khi cắt giảm là 1,5 tỷ đồng')
_CUT_BY = regex.compile(r"(?<!\p{L})(?<!sau\s)(?<!sau khi\s)(?:bị\s+)?cắt giảm(?:\s+(?:là|mất|đi|bớt))?\s+$")


# work said to be done already, not set as a task ('đã hoàn thành', 'vừa nghiệm thu', 'được nghiệm thu')
_TOLD_DONE = regex.compile(r"(?<!\p{L})(?:đã|vừa|được)(?!\p{L})")
_INITIAL_VALUE = regex.compile(r"(?<!\p{L})ban đầu(?:\s+(?:là|dự kiến|có|được giao|được duyệt))?\s+$")


def _exceeded_by(key: str, s_start: int, f: Fact) -> bool:
    """The figure is what a result exceeded its target by: after 'vượt' and a target's noun ('vượt chỉ tiêu 3 đề
    án', 'vượt kế hoạch 300 triệu đồng'), or after a bare 'vượt' once a figure of its kind was told in the sentence
    ('thực hiện 23 đề án, vượt 3 đề án'; not 'kinh phí vượt 5 tỷ đồng', the level passed)."""
    upto = f.start + 5 if key.startswith("vượt ", f.start) else f.start  # (past the figure's own 'vượt')
    lead = _EXCEEDED_BY.search(key, max(s_start, f.start - 40), upto)
    if lead is None:
        return False
    if lead.group("target"):
        return True
    told = _COUNT_IN if f.type == "project_count" else _AMOUNT_IN
    return told.search(key, s_start, lead.start()) is not None


def _printed_wrong(key: str, s_start: int, s_end: int, f: Fact) -> bool:
    """A figure a correction takes back, money or count: its sentence says it was printed wrong, and the right
    figure is told after it ('... chúng tôi viết tỉnh thực hiện 14 đề án với kinh phí 2,5 tỷ đồng. Con số đúng
    là ...'): no statement."""
    return _PRINTED_WRONG.search(key, s_start, f.start) is not None and \
        _RIGHT_FIGURE.search(key, f.end, min(len(key), s_end + 120)) is not None


def _counted_plan_noun(text: str, pos: int) -> bool:
    """The status cue at ``pos`` is a plan's noun counted as a thing of its own ('Một đề án khuyến công, hai mục
    tiêu' names two aims, no plan)."""
    return _PLAN_NOUN.match(text, pos) is not None and _COUNTED_BEFORE.search(text, max(0, pos - 12), pos) is not None


def _in_compared_base(key: str, s_start: int, pos: int) -> bool:
    """``pos`` stands inside the brackets that give the base of a comparison ('tăng 3 đề án so với năm 2023 (12 đề
    án, 2,4 tỷ đồng)'): every figure there is the earlier year's, said to compare, no statement of its own."""
    opening = _open_bracket(key, s_start, pos)
    return opening >= 0 and _COMPARED_BASE.search(key, max(s_start, opening - 80), opening + 1) is not None


def _open_bracket(key: str, lo: int, pos: int) -> int:
    """Where the bracket ``pos`` stands inside opens (after ``lo``), or -1 when it stands in none."""
    opening = key.rfind("(", lo, pos)
    return -1 if opening < 0 or ")" in key[opening:pos] else opening


def _merged_together(these: set[str], those: set[str]) -> bool:
    """Some province of ``these`` and some of ``those`` became one province in the 2025 merger (or are one)."""
    to_2025 = data.provinces()
    return bool({to_2025.get(v) for v in these} & {to_2025.get(v) for v in those})


def _sentence_around(key: str, pos: int) -> tuple[int, int]:
    """The span of the sentence (up to a full stop or a line break) that ``pos`` stands in."""
    start = max(key.rfind(". ", 0, pos) + 1, key.rfind("\n", 0, pos) + 1)
    end = min(i for i in (key.find(". ", pos), key.find("\n", pos), len(key)) if i >= 0)
    return start, end


def _chars_back(key: str, pos: int, n: int) -> int:
    """The offset ``n`` characters before ``pos`` in ``key``, a run of blanks (a bracketed aside the key blanked)
    counting as one."""
    lo = max(0, pos - n)
    while lo > 0:
        extra = sum(len(m.group()) - 1 for m in _BLANK_RUN.finditer(key, lo, pos))
        wanted = max(0, pos - n - extra)
        if wanted >= lo:
            return lo
        lo = wanted
    return lo


def _or_subject(province: str | None, subject: str | None) -> str | None:
    """The statement's own province; none said, the article's subject; '' (many provinces' figure), none."""
    return None if province == "" else province or subject


@lru_cache(maxsize=1)
def _named_unit() -> regex.Pattern:
    """A unit under a province named with its level word ('huyện Hương Sơn', 'thị xã Kỳ Anh')."""
    return regex.compile(rf"(?<!\p{{L}}){under_province()}\s+\p{{L}}")


@lru_cache(maxsize=1)
def _many_provinces() -> regex.Pattern:
    """rules/subject_context.tsv 'many': the subject of a statement is many provinces, or the whole country."""
    kinds = data.word_kinds("rules/subject_context.tsv")
    # (and provinces counted: '13 tỉnh, thành phố trong vùng', 'nhiều địa phương'; not a year: 'năm 2024 tỉnh ...')
    return regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['many'] + kinds['nationwide'])}|(?:(?<![\d.,/])\d{{1,2}}|nhiều|hàng chục)\s+(?:tỉnh|địa phương))"
                         r"(?!\p{L})")


def _drop_echoes_of_dropped(drafts: list[_Draft], title_end: int, not_programme: set[int] = frozenset()) -> None:
    """A title's amount whose only statement in the body was found to be no programme money (an investment's total,
    a cost the beneficiary shared: 'Hơn 12 tỷ đồng khôi phục làng nghề dệt lụa' over '... có tổng mức đầu tư hơn 12
    tỷ đồng từ nguồn ngân sách tỉnh và xã hội hóa') is no record either: the title only echoed that statement."""
    def amounts(d: _Draft) -> set:
        return {f.value for f in d.facts if f.type == "money"}
    body = [d for d in drafts if d.facts[0].start >= title_end]
    for d in drafts:
        if d.record is None or d.facts[0].start >= title_end or not amounts(d):
            continue
        echoed = [o for o in body if amounts(o) & amounts(d)]
        if echoed and all(o.record is None for o in echoed) or not echoed and amounts(d) <= not_programme:
            # (or said in the body only as money no programme's: 'Nông thôn mới Hải Dương: 1.200 tỷ đồng cho giao
            # thông nông thôn' over '... huy động hơn 1.200 tỷ đồng xây dựng đường giao thông nông thôn')
            d.record = None


def _sum_of_levels(drafts: list[_Draft], i: int, counts: list[Fact], money: list[Fact], period: str | None) -> str | None:
    """'total' for a figure that names no programme and comes to what the national and the local programme were told
    to give before it in its year ('... 3 đề án khuyến công quốc gia ... 20 đề án khuyến công địa phương. Đến tháng
    11, toàn bộ 23 đề án đã hoàn thành'): both programmes' work together, not the last one named."""
    if bool(counts) == bool(money):
        return None
    value = sum(f.value for f in counts) if counts else money[0].value
    told = [o.record for o in drafts[:i] if o.record is not None and o.record.period == period and
            o.record.scope in ("national", "local") and o.record.part_of is None]
    got = [(r.projects if counts else r.amount_vnd) for r in told]
    if len({r.scope for r in told}) < 2 or None in got or sum(got) != value:
        return None
    return "total"


def _digits_for_words(key: str, facts: list[Fact]) -> str:
    """``key`` with each figure's number said in words ('tám tỷ đồng', 'mười hai đề án') written in digits, padded
    with spaces to keep every offset ('8   tỷ đồng', '12       đề án'): the patterns that tell an amount or a count
    by its digits ('... bao gồm cả kinh phí khuyến công quốc gia hơn 8 tỷ đồng' names a part, not the whole's source)
    read the figure in words as they read it in digits. Only the words before the first scale word are written."""
    kinds = number_words().kinds
    pattern = compiled()["numexpr"]
    out = None
    for f in facts:
        if f.type not in ("money", "project_count"):  # (not 'ba địa phương', 'hai tỉnh': places, read as words)
            continue
        m = pattern.search(key, f.start, f.end)
        if m is None or not m.group("words"):
            continue
        start = m.start("words")
        lead = []
        for w in regex.finditer(r"\S+", m.group("words")):
            if kinds.get(w.group()) in ("scale", "scale_abbrev", "scale_tail"):
                break
            lead.append(w)
        value = parse_words([w.group() for w in lead]) if lead else None
        if value is None:
            continue
        end = start + lead[-1].end()
        digits = str(value)
        if len(digits) > end - start:
            continue
        out = out if out is not None else list(key)
        out[start:end] = digits.ljust(end - start)
    return key if out is None else "".join(out)


def _one_project_noun(count: str) -> str:
    """'14 nhiệm vụ, đề án' as '14          đề án' (the same length): the number, then 'đề án' if it names it, else its
    last noun, the words between blanked."""
    number = regex.match(r"\S+", count).end()
    noun = "đề án" if "đề án" in count else count[count.rfind(",") + 1:].strip()
    return count[:number] + " " * (len(count) - number - len(noun)) + noun


def _fold_references(key: str, drafts: list[_Draft], title_end: int = 0) -> None:
    """A figure that refers back to one stated before in the body ('Trong tổng số 45 đề án, có 37 đề án KCĐP và 8
    đề án KCQG' after '... 45 đề án với kinh phí 9 tỷ đồng') is no second statement: its record goes, and its parts
    point to the earlier one (the caller then drops it as it drops any whole that is no record). A figure of the
    title (before ``title_end``) is no such earlier statement: the body's first statement of it is a record as the
    headline is (ANNOTATION.md), and the whole of the parts it lists."""
    for i, d in enumerate(drafts):
        if d.record is None:
            continue
        # (or all of the projects just counted, named again by their number: '... thực hiện 02 đề án, kinh phí 1.150
        # triệu đồng, đã nghiệm thu cả 02 đề án'; '...; toàn bộ 15 đề án đã được nghiệm thu')
        every = d.record.amount_vnd is None and _ALL_OF.search(key, max(0, d.facts[0].start - 25), d.facts[0].start)
        # (or a sentence that opens with as many projects as told before and says how they stand: 'Hiện 2 đề án đang
        # được triển khai', 'Đến nay, 10 đề án đã được nghiệm thu': the same projects, not others)
        again = d.record.amount_vnd is None and len(d.facts) == 1 and \
            _OPENS_WITH_COUNT.search(key, max(0, d.facts[0].start - 25), d.facts[0].start) is not None and \
            _STATE_NEXT.match(key, d.facts[0].end) is not None
        # (or one named again with a demonstrative after it: 'Với 3 tỷ đồng này, Trung tâm đã hỗ trợ 40 cơ sở')
        named_again = _THIS_FIGURE.match(key, d.facts[-1].end) is not None
        if not every and not again and not named_again and \
                not _REFERS_BACK.search(key, max(0, d.facts[0].start - 25), d.facts[0].start):
            continue
        r = d.record
        earlier = [n for n, o in enumerate(drafts[:i]) if o.record is not None
                   and (o.sentence < d.sentence or every and o.sentence == d.sentence)
                   and o.facts[0].start >= title_end and o.record.period == r.period
                   and (r.projects is None or o.record.projects == r.projects)
                   and (r.amount_vnd is None or o.record.amount_vnd == r.amount_vnd)]
        if not earlier:
            continue
        for o in drafts:
            if o.anchor == i:
                o.anchor = earlier[-1]
        d.record = None


def _sum_of_counted(key: str, drafts: list[_Draft], i: int, counts: list[Fact]) -> str | None:
    """The programme of the projects a sum is said to be of ('Tổng kinh phí hỗ trợ của 5 đề án là 1,35 tỷ đồng' after
    '... nghiệm thu 5 đề án khuyến công địa phương'): the one programme of the earlier statements of that many
    projects, or None."""
    if len(counts) != 1 or not _OF_COUNT.search(key, max(0, counts[0].start - 40), counts[0].start):
        return None
    scopes = {o.record.scope for o in drafts[:i] if o.record is not None and o.sentence < drafts[i].sentence
              and o.record.projects == counts[0].value} - {"unspecified"}
    return scopes.pop() if len(scopes) == 1 and scopes <= {"national", "local"} else None


def _share_of_plan(drafts: list[_Draft]) -> None:
    """'... hoàn thành 2/2 đề án', 'thực hiện 10/12 đề án': a count out of a number of projects stated before (the
    latest earlier statement of the same period with that many) reports on those projects, so it names their
    programme when its own clause names none."""
    for i, d in enumerate(drafts):
        if d.record.scope != "unspecified":
            continue
        count = next((f for f in d.facts if f.type == "project_count"), None)
        share = _SHARE.match(count.text) if count else None
        if share is None or int(share.group(1)) > int(share.group(2)):
            continue
        planned = [o for o in drafts[:i] if o.sentence < d.sentence and o.record.projects == int(share.group(2))
                   and o.record.period == d.record.period]
        if planned and planned[-1].record.scope in ("national", "local"):
            d.record.scope = planned[-1].record.scope


def _take_amount(r: FundingRecord, m: FundingRecord) -> None:
    """``r``, a count said without its amount, takes the amount ``m`` gives for the same projects."""
    r.amount_vnd, r.qualifier, r.precision_vnd = m.amount_vnd, m.qualifier, m.precision_vnd


def _sum_after_its_parts(key: str, drafts: list[_Draft]) -> None:
    """'đã triển khai 20 đề án ..., trong đó 12 đề án thuộc khu vực A và 8 đề án thuộc khu vực B, tổng kinh phí 3,9 tỷ
    đồng': the 'tổng' after the counts that break a count down is the whole count's amount, not theirs summed into a
    second figure of the same projects; the whole takes it, the parts' group is no record."""
    for d in drafts:
        counts = [f for f in d.facts if f.type == "project_count"]
        if d.record is None or not d.marker or d.anchor is None or len(counts) < 2 or d.facts[-1].type != "money" or \
                "tổng" not in key[counts[-1].end:d.facts[-1].start]:
            continue
        whole = drafts[d.anchor]
        if whole.record is None or whole.sentence != d.sentence or whole.record.amount_vnd is not None or \
                [f.type for f in whole.facts] != ["project_count"] or whole.record.projects != d.record.projects:
            continue
        _take_amount(whole.record, d.record)
        d.record = None


def _join_sheet_lines(ctx: Context, key: str, drafts: list[_Draft]) -> None:
    """A result sheet set a line per figure ('- Số đề án thực hiện: 12 đề án;' then '- Kinh phí: 2,5 tỷ đồng;'): the
    line of the count and the line right after it that gives only the amount, each only its label and figure, are
    one statement, as '... 12 đề án; kinh phí 2,5 tỷ đồng' on one line is. The amount goes to the count's record."""
    for i, d in enumerate(drafts[:-1]):
        n = drafts[i + 1]
        r, m = d.record, n.record
        if r is None or m is None or r.amount_vnd is not None or r.projects is None or m.projects is not None or \
                m.amount_vnd is None or n.sentence != d.sentence + 1 or r.part_of or m.part_of:
            continue
        # (the amount's line read as a budget set, 'Kinh phí: 1.450 trđ', says no tense against the count's)
        if (r.scope, r.period, r.province) != (m.scope, m.period, m.province) or \
                r.status != m.status and not n.budgeted:
            continue
        c_start, c_end = ctx.sentence_span(d.sentence)
        a_start, a_end = ctx.sentence_span(n.sentence)
        if not (_SHEET_COUNT_LINE.fullmatch(key, c_start, c_end) and _SHEET_AMOUNT_LINE.fullmatch(key, a_start, a_end)):
            continue
        _take_amount(r, m)
        r.end = m.end
        for o in drafts:
            if o.record is not None and o.record.part_of == m.id:
                o.record.part_of = r.id
        n.record = None


def _rest_of_a_share(key: str, drafts: list[_Draft]) -> None:
    """'... đã triển khai 08/12 đề án khuyến công địa phương ...' then '... tiếp tục triển khai 04 đề án còn lại ...':
    the projects said to be the rest of a count out of a number before, that make it up (8 + 4 = 12), are that
    programme's, whatever a sentence between them named; not when their own clause names a programme."""
    for i, d in enumerate(drafts):
        count = next((f for f in d.facts if f.type == "project_count"), None)
        if count is None or d.explicit_scope or not _REST_AFTER.match(key, count.end):
            continue
        for o in reversed(drafts[:i]):
            told = next((f for f in o.facts if f.type == "project_count"), None)
            share = _SHARE.match(told.text) if told is not None and o.sentence < d.sentence else None
            if share and int(share.group(1)) + count.value == int(share.group(2)) and \
                    o.record.period == d.record.period and o.record.scope in ("national", "local"):
                d.record.scope = o.record.scope
                break


def _breakdown_of_one_programme(drafts: list[_Draft]) -> None:
    """'... giải ngân trên 1,5 tỷ đồng, đạt 62% kế hoạch vốn khuyến công địa phương năm 2025 (2,45 tỷ đồng). Trong đó, đã
    nghiệm thu 6/11 đề án; 5 đề án đang thực hiện': the figures a breakdown cue says are of one programme's figure
    are that programme's, also when they are told in another tense than it (so no part of it) and name none."""
    for d in drafts:
        whole = drafts[d.anchor] if d.marker and d.anchor is not None and d.anchor < len(drafts) else None
        if whole is None or whole is d or d.explicit_scope or d.additional or d.record.scope != "unspecified":
            continue
        r, w = d.record, whole.record
        if r.amount_vnd is not None and w.amount_vnd is not None and r.amount_vnd >= w.amount_vnd or \
                r.projects is not None and w.projects is not None and r.projects >= w.projects:
            continue  # (no part of it: 'Trong đó, ... 8 tháng đầu năm, đã có hơn 1,3 tỷ đồng ...' after 649 triệu đồng)
        if w.scope in ("national", "local") and w.period == r.period:
            r.scope = w.scope


def _among_the_counted(ctx: Context, key: str, drafts: list[_Draft]) -> None:
    """'Trong số 15 đề án được giao, 9 đề án đã nghiệm thu, 6 đề án đang thực hiện': counts out of a count that frames
    their clause are that count's programme's when they name none, whatever tense each is told in."""
    for i, d in enumerate(drafts):
        count = next((f for f in d.facts if f.type == "project_count"), None)
        if count is None or d.explicit_scope or d.record.scope != "unspecified":
            continue
        among = _AMONG_FRAME.match(key, ctx.sentence_span(d.sentence)[0])
        if among is None or count.start < among.end():
            continue
        # (the framing count's own record, or the one it names again: '... được giao 12 đề án khuyến công địa
        # phương. Trong số 12 đề án được giao, 8 đề án ...')
        framing = next((f for f in ctx.facts if f.type == "project_count" and among.start() <= f.start < among.end()), None)
        frame = None if framing is None else next(
            (o for o in reversed(drafts[:i]) if o.facts[0].type == "project_count" and
             (among.start() <= o.facts[0].start < among.end() or o.facts[0].value == framing.value)), None)
        if frame is not None and frame.record.scope in ("national", "local") and frame.record.period == d.record.period:
            d.record.scope = frame.record.scope


def _rest_of_its_plan(key: str, drafts: list[_Draft], unnamed: Callable[[_Draft], bool]) -> None:
    """'... sẽ hoàn thành 12 đề án còn lại trong 6 tháng cuối năm.' then 'Kế hoạch năm nay có 17 đề án, kinh phí 2,8 tỷ
    đồng'; '... đạt 70% kế hoạch năm (2,4 tỷ đồng) ...' then 'Quý IV, Trung tâm tiếp tục thực hiện 4 đề án còn lại, dự
    kiến giải ngân 720 triệu đồng': the projects still to do, said as the rest, are a part of the plan they are the
    rest of (in the tense of the plan, the same year and place, larger by amount, else by count; the nearest told
    before it, else one in the next two sentences), so totals do not add them on top. ``unnamed`` tells a figure
    that names no programme between its first and last fact."""
    def larger(w: FundingRecord, r: FundingRecord) -> bool:
        if w.amount_vnd is not None and r.amount_vnd is not None:
            return w.amount_vnd > r.amount_vnd
        return r.amount_vnd is None and (w.projects or 0) > (r.projects or 0)

    for d in drafts:
        r = d.record
        if r.part_of is not None or not r.projects or \
                not any(f.type == "project_count" and _REST_AFTER.match(key, f.end) for f in d.facts):
            continue
        # (its 'total' only the 'tổng' of its own sum, 'Bốn đề án còn lại với tổng kinh phí khoảng 830 triệu đồng',
        # names no programme: it is the rest of the plan's)
        summed_only = r.scope == "total" and unnamed(d)
        # (not of work told done: the rest of a plan is what the work done left, 'đã hoàn thành 5 đề án ... 3 đề án
        # còn lại ...', never a part of it)
        fits = [o for o in drafts if o is not d and o.record.part_of is None and o.record.status == r.status != "done"
                and o.record.period == r.period and o.record.province == r.province
                and (r.scope in (o.record.scope, "unspecified") or summed_only) and larger(o.record, r)]
        whole = next((o for o in reversed(fits) if o.sentence < d.sentence and d.sentence - o.sentence <= 5), None) or \
            next((o for o in fits if d.sentence < o.sentence <= d.sentence + 2), None)
        if whole is not None:
            r.part_of = whole.record.id
            if r.scope == "unspecified" or summed_only:
                r.scope = whole.record.scope


def _in_whole_province(d: _Draft, whole: FundingRecord) -> None:
    """A part whose sentence names no province is in its whole's, when that is a former province the article's subject
    took in ('nghiệm thu 2 đề án ... tại khu vực Hà Giang cũ' then 'Đề án thứ nhất ..., kinh phí 600 triệu đồng' in a
    story of Tuyên Quang is Hà Giang's too, not a second figure of the merged province beside the whole's)."""
    if (d.places_none or d.dateline_only) and _merged_into(whole.province, d.record.province):
        d.record.province = whole.province


def _ordinal_items(ctx: Context, key: str, drafts: list[_Draft]) -> None:
    """'Năm 2025, tỉnh được phê duyệt 2 đề án khuyến công quốc gia.' then 'Đề án thứ nhất hỗ trợ ..., kinh phí 600 triệu
    đồng. Đề án thứ hai ...': a sentence that opens on the n-th of the projects just counted tells one of them, an
    item of that count, in its tense and of its programme where it says none."""
    for i, d in enumerate(drafts):
        r = d.record
        s_start, s_end = ctx.sentence_span(d.sentence)
        ordinal = _ORDINAL_ITEM.match(key, s_start, s_end)
        if ordinal is None and d.sentence and _PART_OPENER.match(key, s_start, s_end):
            # (or the share of the n-th project's cost, told in the sentence after it: 'Đề án thứ hai ..., tổng vốn 1,2
            # tỷ đồng.' then 'Trong đó, vốn khuyến công 300 triệu đồng.')
            ordinal = _ORDINAL_ITEM.match(key, *ctx.sentence_span(ctx.prev_sentence(d.sentence)))
        if ordinal is None or r.projects not in (None, 1):
            continue
        # (the count they are out of: the last one told in the sentences before, of the same period)
        whole = next((o for o in reversed(drafts[:i]) if o.sentence < d.sentence and o.record.projects
                      and o.record.projects >= 2 and o.record.period == r.period), None)
        if whole is None or d.sentence - whole.sentence > 4:
            continue
        w = whole.record
        if w.amount_vnd is not None and r.amount_vnd is not None and r.amount_vnd >= w.amount_vnd:
            continue
        if r.part_of is None:
            r.part_of = w.id
            _in_whole_province(d, w)
        # (already an item of a sum told after the items, it is still one of the counted projects, in their tense:
        # '... hỗ trợ 3 đề án ... Đề án thứ hai ..., vốn khuyến công 300 triệu đồng. ... Tổng kinh phí ... 850 triệu')
        if r.status == "unspecified" and not d.ongoing:
            r.status = w.status
            # (a count whose tense its narration settles later lends that to its items too: 'Năm 2025, Sở Công Thương
            # hỗ trợ 3 đề án ...' then 'Đề án thứ hai ...')
            d.narrated = d.narrated or whole.narrated and w.status == "unspecified"
        if r.scope == "unspecified" and not d.explicit_scope:
            r.scope = w.scope


def _progress_of_counted(ctx: Context, key: str, drafts: list[_Draft]) -> None:
    """'Năm 2025, tỉnh được hỗ trợ 02 đề án khuyến công quốc gia, tổng kinh phí 1.450 triệu đồng.' then 'Đến nay, 01
    đề án đã nghiệm thu (kinh phí 650 triệu đồng), ...': projects of a count told in the sentence before, said in a
    sentence that opens on how far they have got, fewer than it and told in its tense, are among those projects; a
    part of that statement, so totals of its cell do not add them on top."""
    for i, d in enumerate(drafts):
        r = d.record
        s_start, s_end = ctx.sentence_span(d.sentence)
        if r.part_of is not None or r.projects is None or not d.sentence or \
                not _SO_FAR.search(key, s_start, min(s_end, s_start + 25)):
            continue
        prev = ctx.prev_sentence(d.sentence)
        whole = next((o for o in reversed(drafts[:i]) if o.sentence == prev and o.record.projects is not None
                      and o.record.projects > r.projects and o.record.part_of is None), None)
        if whole is None:
            continue
        w = whole.record
        if (w.scope, w.status, w.period, w.province) == (r.scope, r.status, r.period, r.province) and \
                (r.amount_vnd is None or w.amount_vnd is None or r.amount_vnd < w.amount_vnd):
            r.part_of = w.id


def _smaller_amount(item: "_Draft", whole: "_Draft") -> bool:
    """The item states an amount below the whole's (an example drawn from a total cannot exceed it)."""
    a = next((f.value for f in item.facts if f.type == "money"), None)
    b = next((f.value for f in whole.facts if f.type == "money"), None)
    return a is not None and b is not None and a < b


def _rest_of_figure(key: str, g_end: int, next_start: int, s_end: int) -> tuple[int, int]:
    """The rest of a figure's own clause: up to the sentence's end when it is the sentence's last figure, or after the
    closing bracket when the figures after it are only its bracketed breakdown ('2.950 triệu đồng (trong đó KCQG
    1.200 triệu đồng; ...), đạt 98% kế hoạch'); up to a ';' before the next figure ('... là 2,2 tỷ đồng, thực hiện
    12 đề án, đạt 100% kế hoạch; năm 2025 là ...'); else nothing."""
    if next_start >= s_end:
        return g_end, s_end
    if not key[g_end:next_start].lstrip().startswith("("):
        semicolon = key.find(";", g_end, next_start)
        return (g_end, semicolon) if semicolon >= 0 else (s_end, s_end)
    close = key.find(")", next_start, s_end)
    if close < 0 or "(" in key[next_start:close] or _AMOUNT_IN.search(key, close, s_end):
        return s_end, s_end
    return close + 1, s_end


def _join_across_bracket(key: str, groups: list[list[Fact]]) -> list[list[Fact]]:
    """'12 đề án (gồm 2 đề án khuyến công quốc gia và 10 đề án khuyến công địa phương) với tổng kinh phí 2,85 tỷ đồng':
    a count and the amount right after the bracket that splits it are one statement, as without the bracket; the
    bracket's own figures stay its parts."""
    out: list[list[Fact]] = []
    for g in groups:
        host = next((o for o in reversed(out) if len(o) == 1 and o[0].type == "project_count"
                     and _AFTER_BRACKET.fullmatch(key, o[0].end, g[0].start)), None) \
            if len(g) == 1 and g[0].type == "money" else None
        if host is not None:
            host.append(g[0])
        else:
            out.append(g)
    return out


def _bullet_kind(key: str, start: int, end: int) -> str | None:
    """The kind of list marker a line opens with ('-', '+', '•', 'digit' for '1.', 'letter' for 'a)', 'ordinal' for
    'Thứ nhất,'), or None."""
    m = _BULLET.match(key, start, end)
    if not m:
        return "named" if _NAMED_ITEM.match(key, start, end) and _under_colon(key, start) else None
    if m.group("word"):
        return "ordinal"
    if m.group("year"):
        return "year"
    if m.group("label"):
        return "digit"
    mark = m.group().strip()[0]
    return "digit" if mark.isdigit() else "letter" if mark.isalpha() else mark


def _other_level_said_short(key: str, drafts: list[_Draft], i: int, prev_end: int, g_start: int) -> str | None:
    """The level a figure names by its bare word after the other level's figure in its sentence ('kinh phí khuyến
    công quốc gia ... là 2,1 tỷ đồng và địa phương là 1,2 tỷ đồng'): that level, though 'địa phương' alone names
    none."""
    prev = drafts[i - 1].record if i else None
    if prev is None or drafts[i - 1].sentence != drafts[i].sentence or prev.scope not in ("national", "local"):
        return None
    said = _SHORT_LEVEL.fullmatch(key, prev_end, g_start)
    level = {"địa phương": "local", "quốc gia": "national"}[said.group("level")] if said else None
    return level if level != prev.scope else None


def _under_colon(key: str, start: int) -> bool:
    """The line at ``start`` comes under a line that ends with a colon, past blank lines and lines labelled like it:
    a labelled line is a list's item only so ('Kết quả ...:' over 'Đào tạo nghề: 3 lớp, 150 triệu đồng.'), not a
    round-up's paragraph opened by its province ('Cao Bằng: Năm 2025, tỉnh ...')."""
    end = start
    while (nl := key.rfind("\n", 0, end)) >= 0:
        line_start = key.rfind("\n", 0, nl) + 1
        line = key[line_start:nl].rstrip()
        if line.endswith(":"):
            return True
        if line and not _NAMED_ITEM.match(key, line_start, nl):
            return False
        end = line_start
    return False


def _span(period: str) -> tuple[int, int]:
    """'2016-2020' -> (2016, 2020)."""
    first, last = period.split("-")
    return int(first), int(last)


def _count_restated(r: FundingRecord, o: FundingRecord) -> bool:
    """``o`` gives the count of ``r`` again, exactly or as ``r`` rounds it ('hơn 100 đề án' over '104 đề án', within a
    fifth of it: ROUNDING_SHARE)."""
    if r.projects is None or o.projects is None:
        return False
    if o.projects == r.projects:
        return True
    near = abs(o.projects - r.projects) * ROUNDING_SHARE <= r.projects
    return near and (r.qualifier == "over" and o.projects > r.projects or r.qualifier == "under" and o.projects < r.projects
                     or r.qualifier == "approx")


def _one_head_per_figure(records: list[FundingRecord], title: int | None = None) -> None:
    """Headline records that restate another of their cell head nothing: the same figure printed twice, once rounded
    ('hơn 2,6 tỷ đồng' in the lead, '2.634,6 triệu đồng' below), keeps its most precise print (then the one with its
    project count, then the body's), as totals across articles count agreeing figures once; and a count said alone
    that another statement of the cell gives with its money ('Triển khai 14 đề án' over '14 đề án với kinh phí 3,9
    tỷ đồng') is the same projects."""
    kept: list[FundingRecord] = []
    for r in sorted((r for r in records if r.headline and r.amount_vnd),
                    key=lambda r: (r.precision_vnd or 1, r.projects is None, r.sentence == (title or 0))):
        # (two figures of one sentence are two statements, however near: '1,5 tỷ đồng từ nguồn khuyến công và 2 tỷ
        # đồng từ nguồn phát triển du lịch')
        # (or a headline's 'hơn' figure rounded at its last digit that the body prints in full: 'Hơn 100 tỷ đồng khuyến
        # công quốc gia năm 2025' over '... 180 đề án, tổng kinh phí 105 tỷ đồng')
        if any(o.cell() == r.cell() and o.sentence != r.sentence and (
                _agree(o, r) or title is not None and r.sentence == title and _agree_rounded(r, o)) for o in kept):
            r.headline = False
        else:
            kept.append(r)
    for r in records:
        # (also one with no programme that a statement of a programme or of both gives with its money, in the same
        # place, time and tense: 'triển khai 12 đề án khuyến công' then 'Tổng kinh phí 12 đề án là 2,8 tỷ đồng')
        if r.headline and r.amount_vnd is None and r.projects is not None and any(
                o.headline and o.amount_vnd is not None and o.projects == r.projects and (o.cell() == r.cell() or (
                    r.scope == "unspecified" and (o.province, o.period, o.status) == (r.province, r.period, r.status)))
                for o in records):
            r.headline = False
    for r in records:
        # (a headline's figure the body states in another tense, same place, time and programme: 'Kinh phí khuyến công
        # quốc gia 2025 cho Nghệ An đạt 4,6 tỷ đồng' over 'Năm 2025, Nghệ An được phân bổ 4,6 tỷ đồng ...': the body's
        # statement heads, not a second cell of the same money)
        if title is not None and r.sentence == title and r.headline and r.amount_vnd and any(
                o.headline and o.sentence != title and o.status != r.status and
                (o.province, o.period, o.scope) == (r.province, r.period, r.scope) and
                (_agree(o, r) or _agree_rounded(r, o)) for o in records):
            r.headline = False
    for r in records:
        # (a figure said again with no programme, as a quote restates the report's: '... khuyến công Hà Giang đã hỗ trợ
        # tổng cộng 18 đề án ... Trong đó năm 2025 có 10 đề án, kinh phí 1,9 tỷ đồng.' then '"Năm 2025, chúng tôi đã
        # hỗ trợ 10 đề án với 1,9 tỷ đồng"': the statement that names its programme heads, in its place, time and tense;
        # also when the figure with no programme comes first, a lead's before the body's: 'Năm 2024, tỉnh dành gần 2,5
        # tỷ đồng cho các hoạt động khuyến công' then 'tổng kinh phí ... là 2.480 triệu đồng, trong đó ...'; 'gần 2.500
        # triệu đồng' rounds as 'gần 2,5 tỷ đồng' does)
        if r.headline and r.amount_vnd and r.scope == "unspecified" and any(
                o.headline and o.amount_vnd and o.scope != "unspecified" and o.sentence != r.sentence
                and (o.province, o.period, o.status) == (r.province, r.period, r.status)
                and (_agree(o, r) or _agree_rounded(r, o)) for o in records):
            r.headline = False


def _money_header_indexes(header: list[str]) -> list[int]:
    """The columns of a table whose header cell names a money unit ('Kinh phí (triệu đồng)')."""
    return [i for i, h in enumerate(header) if money_unit(h)]


def _total_row(text: str, cells: list[tuple[int, int]], first_money: int) -> bool:
    """A table row labelled as the total ('Tổng cộng') in a cell before the money columns: a cell that is only the
    total's label, not a row about a summing-up ('Tổng kết, đánh giá ...')."""
    return any(_TOTAL_CELL.fullmatch(text, x, y) for x, y in cells[:first_money])


def _row_year(text: str, cells: list[tuple[int, int]], year_col: int | None) -> str | None:
    """The year a table row's year column gives, if the table has one and the row a year in it."""
    if year_col is None or year_col >= len(cells):
        return None
    year = _TABLE_YEAR.fullmatch(text, *cells[year_col])
    return year.group(1) if year else None


def _agree(a: FundingRecord, b: FundingRecord) -> bool:
    """Two prints of one figure: amounts within what the coarser print rounds away (half its unit, a whole unit
    with 'hơn' / 'gần' / 'khoảng'; the rule of the views' clusters across articles), and no two project counts or
    purposes."""
    if a.projects is not None and b.projects is not None and a.projects != b.projects or \
            a.purpose is not None and b.purpose is not None and a.purpose != b.purpose:
        return False
    unit = max(a.precision_vnd or 1, b.precision_vnd or 1)
    slack = unit / 2 if a.qualifier == b.qualifier == "exact" else unit
    # (never more than a fifth of the figure: a print of one significant digit rounds away no more than that in a
    # reader's eyes; 'gần 1 tỷ đồng' is no print of 300 triệu)
    slack = min(slack, max(a.amount_vnd, b.amount_vnd) / ROUNDING_SHARE)
    return abs(a.amount_vnd - b.amount_vnd) <= slack


def _agree_rounded(headline: FundingRecord, body: FundingRecord) -> bool:
    """A headline's rounded figure and the body's print of it (_rounds_to), with no two project counts or purposes."""
    if headline.projects is not None and body.projects is not None and headline.projects != body.projects or \
            headline.purpose is not None and body.purpose is not None and headline.purpose != body.purpose:
        return False
    return body.amount_vnd is not None and _rounds_to(headline, body.amount_vnd)


def _breaks_down(part: FundingRecord, whole: FundingRecord) -> bool:
    """A part that is only a breakdown of its whole, no cell of its own: one of no programme in the whole's place, time
    and tense, or a former province's part of its merged province's whole, of no programme or of the whole's; a part
    of the whole's level whose own state is neither planned nor done; or a purpose's part of its programme's whole,
    whatever tense it was told in ('bố trí 2,7 tỷ đồng khuyến công địa phương
    ... hoàn thành ...' then 'Trong kinh phí khuyến công địa phương, hỗ trợ máy móc 1,6 tỷ đồng, ...': some of the
    plan's money spent, no sum of the year's spending)."""
    # (of the whole's level, place and time: a purpose's part, or one whose own state is neither planned nor done,
    # stopped or going on: '14 đề án ... được phê duyệt với kinh phí 3,2 tỷ đồng, có 3 đề án bị dừng ..., kinh phí 650
    # triệu đồng')
    if (part.scope, part.period, part.province) == (whole.scope, whole.period, whole.province) and (
            part.purpose is not None and whole.purpose is None
            or part.status == "unspecified" and whole.status != "unspecified"):
        return True
    if (whole.period, whole.status) != (part.period, part.status):
        return False
    return part.scope == "unspecified" and whole.province == part.province or \
        part.scope in ("unspecified", whole.scope) and _merged_into(part.province, whole.province)


def _whole_the_parts_add_up_to(drafts: list[_Draft], i: int, parent: FundingRecord) -> FundingRecord:
    """The whole a breakdown's parts go under: the figure its cue points at, unless the parts add up to more than it
    and exactly to a figure stated just before it ('Năm 2025, thành phố bố trí 12 tỷ đồng ..., thực hiện 48 đề án.
    Đến hết tháng 11, đã hoàn thành 40 đề án, giải ngân 9,6 tỷ đồng.' then 'Trong đó, Trung tâm ... thực hiện 30 đề
    án với kinh phí 7,5 tỷ đồng; các quận, huyện ... 18 đề án với kinh phí 4,5 tỷ đồng': the 12 tỷ's parts)."""
    d = drafts[i]
    group = [o.record for o in drafts if o.marker and o.anchor == d.anchor and o.sentence == d.sentence
             and o.record is not None]
    money = [r.amount_vnd for r in group if r.amount_vnd is not None]
    counts = [r.projects for r in group if r.projects is not None]
    over = len(money) >= 2 and parent.amount_vnd is not None and sum(money) > parent.amount_vnd or \
        len(counts) >= 2 and parent.projects is not None and sum(counts) > parent.projects
    if not over:
        return parent
    anchor = drafts[d.anchor]
    for c in reversed(drafts[:d.anchor]):
        w = c.record
        if w is None or c.sentence < anchor.sentence - 2 or w.period != parent.period or w.province != parent.province:
            continue
        if (len(money) < 2 or w.amount_vnd == sum(money)) and (len(counts) < 2 or w.projects == sum(counts)) and \
                (w.amount_vnd is not None and len(money) >= 2 or w.projects is not None and len(counts) >= 2):
            return w
    return parent


def _smaller_or_equal(done: FundingRecord, plan: FundingRecord) -> bool:
    """What was done is no more than the plan: its amount and its count, where both give them."""
    return (done.amount_vnd is None or plan.amount_vnd is None or done.amount_vnd <= plan.amount_vnd) and \
        (done.projects is None or plan.projects is None or done.projects <= plan.projects)


def _line_before(key: str, start: int) -> int:
    """Where the line before the one that starts at ``start`` starts (0 for the first line)."""
    return key.rfind("\n", 0, max(start - 1, 0)) + 1


def _rest_of_count(key: str, d: _Draft) -> bool:
    """The draft is only the rest of a count ('Hai đề án còn lại ...'), no amount: what was left of work told done
    before it, so no agreeing statements or heading make it done; only its own words do."""
    return not d.money() and any(f.type == "project_count" and _REST_AFTER.match(key, f.end) for f in d.facts)


_OUT_OF_WHOLE_COUNT = regex.compile(r"/\s*0*(\d+)")  # the whole a count is a share of: '9/11 đề án' -> 11


def _share_denominator(d: _Draft) -> int | None:
    """The whole a draft's count is told as a share of ('nghiệm thu 9/11 đề án' -> 11), else None: the rest named
    after it ('Hai đề án còn lại ...') is the rest of the 11, not a part of the 9."""
    for f in d.facts:
        if f.type == "project_count" and (m := _OUT_OF_WHOLE_COUNT.search(f.text)):
            return int(m.group(1))
    return None


def _restated_in_body(drafts: list[_Draft], head: _Draft, title: int | None) -> bool:
    """The body states the headline's figures again: the same amount (or the one a 'hơn' / 'gần' headline rounds:
    'Gần 900 triệu đồng ...' over '880 triệu đồng'), or the same count when it gives no amount."""
    h = head.record
    return any(o.sentence != title and o.record is not None and o.record.period in (h.period, None) and (
        h.amount_vnd is not None and o.record.amount_vnd is not None and (
            o.record.amount_vnd == h.amount_vnd or _rounds_to(h, o.record.amount_vnd)) or
        h.amount_vnd is None and h.projects is not None and o.record.projects == h.projects) for o in drafts)


def _beneficiary_before_its_whole(drafts: list[_Draft], title: int | None) -> set[str]:
    """One named business's support told first, the year's support of many after it ('Công ty ... vừa nhận hỗ trợ
    300 triệu đồng từ chương trình khuyến công địa phương năm 2024 ...' then 'Năm 2024, ... 11 đề án khuyến công địa
    phương với kinh phí 2,2 tỷ đồng'): the business's amount is one of the many, a part of that whole, so the cell's
    total is the whole's (as a business told after the whole is: _whole_for's items). Not when the many are said to be
    others ('6 cơ sở khác') or more on top ('Ngoài ra, ...'). Returns the ids so linked."""
    wholes = {d.record.part_of for d in drafts}
    linked: set[str] = set()
    for i, d in enumerate(drafts):
        r = d.record
        # (or one project told first, whoever got it: 'Làng trống Đọi Tam vừa được hỗ trợ 1 đề án khuyến công địa
        # phương năm 2024 ..., kinh phí 120 triệu đồng' then '... gồm 2 đề án quốc gia và 8 đề án địa phương')
        one = d.one_beneficiary and r.projects is None and r.amount_vnd is not None or r.projects == 1
        if not one or r.part_of or r.id in wholes:
            continue
        for c in drafts[i + 1:]:
            w = c.record
            if c.sentence <= d.sentence or c.sentence == title or not c.aggregate or c.family != d.family:
                continue
            if d.bullet is not None and c.bullet == d.bullet:
                break  # (the next item of the same list, marked alike: 'b) ...: 1 đề án, ...' then 'c) ...: 3 đề án')
            if (w.province, w.period, w.status) != (r.province, r.period, r.status) or \
                    not (w.scope == r.scope or r.scope == "unspecified" and w.scope in ("total", "unspecified")):
                continue
            larger = w.amount_vnd > r.amount_vnd if w.amount_vnd is not None and r.amount_vnd is not None else \
                w.projects is not None and w.projects > (r.projects or 1)
            if not larger or c.also or c.additional or c.others:
                break
            r.part_of = w.id
            linked.add(r.id)
            break
    return linked


def _items_that_add_up(key: str, drafts: list[_Draft], unnamed: Callable[[_Draft], bool]) -> None:
    """The amounts of the sentence right after a whole (or of the one after that, past a sentence that splits it by
    programme), two or more, that add up to it exactly in its period and province ('Hai đề án ... đã hoàn thành, tổng
    kinh phí hỗ trợ 1,6 tỷ đồng. Đề án thứ nhất ... (750 triệu đồng), đề án thứ hai ... (850 triệu đồng).'): its
    items, each a part of it, however the sentence words them. So too a run of sentences right after it that give one
    figure each ('... tổng cộng 9 đề án với kinh phí 4,6 tỷ đồng.' then 'Sơn La: 4 đề án, 2,1 tỷ đồng.' 'Điện Biên:
    3 đề án, 1,5 tỷ đồng.' 'Lai Châu: 2 đề án, 1 tỷ đồng.'), their counts adding up too where they give them; a whole
    of no one province has items in theirs. An item whose 'total' is only the 'tổng' of its own sum (``unnamed``: no
    programme named in it, 'ba cơ sở còn lại được hỗ trợ tổng cộng 710 triệu đồng') is of its whole's programme."""
    for i, wd in enumerate(drafts):
        w = wd.record
        if w is None or w.amount_vnd is None:
            continue
        # (or the rest of its own sentence, its items after a colon: '... tổng số tiền 1,2 tỷ đồng: cơ sở A 450 triệu
        # đồng, cơ sở B 400 triệu đồng, cơ sở C 350 triệu đồng'; not the next amounts of a list in which it is the
        # first, each after a comma and each with what it was for, adding up to it by chance: 'dành 500 triệu đồng
        # hỗ trợ 2 hợp tác xã chế biến chè, 300 triệu đồng hỗ trợ cơ sở xay xát gạo và 200 triệu đồng cho ...')
        own = [o for o in drafts[i + 1:] if o.sentence == wd.sentence]
        if own and wd.money() and own[0].facts and \
                _LIST_OF_PURPOSES.fullmatch(key, wd.money()[-1].end, own[0].facts[0].start):
            own = []
        runs = [own] + [[o for o in drafts[i + 1:] if o.sentence == sent] for sent in (wd.sentence + 1,
                                                                                      wd.sentence + 2)]
        runs.append(_one_figure_lines(drafts, i, w.amount_vnd))
        for items in runs:
            # (items a sibling whole of its sentence took, though they add up to this one: 'đã thực hiện 27/35 đề án,
            # giải ngân 6,2 tỷ đồng trên tổng kế hoạch 8,4 tỷ đồng.' then 'Phân theo nguồn: ... 2,8 tỷ đồng; ... 3,4 tỷ
            # đồng': the plan's items only by being nearer)
            sibling = {o.record.part_of for o in items if o.record is not None} - {None, w.id}
            owner = next((x for x in drafts if x.record is not None and x.record.id in sibling), None) \
                if len(sibling) == 1 else None
            # (or one told before it: the plan above a payout whose items add up to the payout, '... được giao là 3.850
            # triệu đồng ... giải ngân 3.812 triệu đồng.' then '1. ...: kinh phí là 2.460 triệu đồng. 2. ...')
            # (not when it is one of that whole's parts itself: its siblings that add up to it do so by chance, '...
            # Trong đó, ... 300 triệu đồng; xúc tiến thương mại 200 triệu đồng; chi khác 100 triệu đồng')
            # (in its own sentence too: 'gồm: đề án A (1,2 tỷ đồng), đề án B (700 triệu đồng) và đề án C (500 triệu
            # đồng)' under 2,4 tỷ đồng lists three siblings, B and C no parts of A)
            # (but a payout out of that whole whose items, paid out as it was, add up to it has them: 'trong 4,8 tỷ đồng
            # kinh phí ..., mới giải ngân 2,1 tỷ đồng.' then 'Trong đó, khu vực ... cũ giải ngân 1,2 tỷ đồng, ... 900
            # triệu đồng')
            told_as_it = owner is not None and w.status != owner.record.status and \
                all(o.record is not None and o.record.status == w.status for o in items)
            taken_by = owner.record if owner is not None and owner.sentence <= wd.sentence and \
                (w.part_of != owner.record.id or told_as_it) and \
                owner.record.amount_vnd != sum(o.record.amount_vnd or 0 for o in items) else None
            if len(items) < 2 or any(o.record is None or o.record.amount_vnd is None
                                     or o.record.part_of not in (None, w.id, taken_by.id if taken_by else w.id)
                                     or o.record.period != w.period
                                     or o.record.province != w.province and w.province is not None
                                     and not _merged_into(o.record.province, w.province) for o in items):
                continue  # (a merged province's whole has items in the provinces it was made from: 'khu vực Đắk
                # Nông cũ 8 đề án, 2,2 tỷ đồng; ...' under the new Lâm Đồng's)
            if sum(o.record.amount_vnd for o in items) != w.amount_vnd:
                continue
            if w.projects is not None and all(o.record.projects is not None for o in items) and \
                    sum(o.record.projects for o in items) != w.projects:
                continue
            for o in items:
                o.record.part_of = w.id
                if taken_by is not None and (o.lent or o.tense_of_whole):
                    o.record.status = w.status  # (the tense it was lent was the other whole's)
                _take_whole_tense(o, w)
                _take_spent_tense(o, w)
                if (o.record.scope == "unspecified" and not o.explicit_scope
                        or o.record.scope == "total" and unnamed(o)) and w.scope in ("national", "local"):
                    o.record.scope = w.scope  # (a programme's whole's items are that programme's)


# purposes whose work a machine can be the object of, and the words that may stand between the two
_FRAMING_PURPOSES = frozenset({"demonstration_model", "training", "product_contest", "trade_promotion"})
_FRAMED = regex.compile(r"(?:\s+(?:kỹ thuật|công nghệ|nghề|sử dụng|vận hành|về|ứng dụng|giới thiệu))*\s+")


# what someone wishes the programme would give ('mong được hỗ trợ', 'mong muốn tiếp tục được hỗ trợ', 'hy vọng sẽ được
# hỗ trợ'): neither planned nor given
_WISHED_FOR = regex.compile(r"(?<!\p{L})(?:mong|mong muốn|mong mỏi|hy vọng|hi vọng|ước mong)\s+(?:\p{L}+\s+){0,2}?"
                            r"được(?:\s+\p{L}+){0,3}?\s+hỗ trợ(?!\p{L})[^.!?\n]*$")


# the words between a list's first amount and the next, when the first is an item like the rest: what it was for,
# then a comma and at once the next amount (no 'trong đó', 'gồm', colon or bracket that would open its items)
_LIST_OF_PURPOSES = regex.compile(r"(?:\s+kinh phí[^\S\n]+[\p{L} ]{0,30}?)?\s+(?:hỗ trợ|cho|để)\s+"
                                  r"(?:(?!trong đó|gồm|cụ thể|tổng|lần lượt)[^,;:()\n])+,\s*")


def _shares_of_the_next(drafts: list[_Draft]) -> None:
    """A figure said as a share of a budget whose amount the same sentence gives right after ('... 600 triệu đồng,
    chiếm 15% tổng kinh phí khuyến công địa phương của tỉnh (4 tỷ đồng)'): a part of that budget, when the share
    holds (15% of 4 tỷ is 600 triệu, within the rounding of the percentage)."""
    for d, o in zip(drafts, drafts[1:]):
        part, whole = d.record, o.record
        if d.share_pct is None or part is None or whole is None or part.part_of or o.sentence != d.sentence or \
                not part.amount_vnd or not whole.amount_vnd or whole.amount_vnd <= part.amount_vnd:
            continue
        if abs(whole.amount_vnd * d.share_pct / 100 - part.amount_vnd) <= max(0.05 * part.amount_vnd,
                                                                             0.01 * whole.amount_vnd):
            part.part_of = whole.id


def _one_figure_lines(drafts: list[_Draft], i: int, amount: int) -> list[_Draft]:
    """The drafts of the sentences right after draft ``i``'s, one figure each with an amount, in a run with no gap,
    up to where their amounts reach ``amount`` (empty when they never meet it exactly, or it takes one only)."""
    run: list[_Draft] = []
    total, sent = 0, drafts[i].sentence
    for o in drafts[i + 1:]:
        if o.sentence == sent and run:
            return []  # (a sentence of two figures is no one-figure line)
        if o.sentence != sent + 1 or o.record is None or not o.record.amount_vnd:
            return []
        run.append(o)
        sent, total = o.sentence, total + o.record.amount_vnd
        if total >= amount:
            break
    return run if total == amount and len(run) > 1 else []


def _count_of_the_years(drafts: list[_Draft]) -> None:
    """A count with no year of its own that adds up the counts of the years told one by one right before it ('Năm
    2022, ... 21 đề án; năm 2023 ... 23 đề án; năm 2024 ... 25 đề án.' then 'Trong tổng số 69 đề án, có 41 đề án
    ...'): of the span of those years, not of the last year named; so are its parts."""
    for i, d in enumerate(drafts):
        r = d.record
        if r is None or not d.undated or not r.projects or not r.period or "-" in r.period or r.part_of:
            continue
        told: list[FundingRecord] = []
        for o in reversed(drafts[:i]):
            w = o.record
            if w is None or o.sentence < d.sentence - 2:
                break
            if not w.period or "-" in w.period or w.projects is None or w.province != r.province:
                if told:
                    break
                continue
            told.append(w)
        told.reverse()
        years = [int(w.period) for w in told]
        if len(told) < 2 or str(years[-1]) != r.period or years != list(range(years[0], years[-1] + 1)) or \
                sum(w.projects for w in told) != r.projects:
            continue
        span = f"{years[0]}-{years[-1]}"
        for o in drafts[i + 1:]:
            if o.record is not None and o.record.part_of == r.id and o.record.period == r.period and o.undated:
                o.record.period = span
        r.period = span
        for w in told:
            w.part_of = w.part_of or r.id
        d.years_summed = True


def _spans_of_a_span(drafts: list[_Draft]) -> None:
    """Figures of shorter spans or years told right after a span's whole, with no breakdown cue, that together make
    it up ('Từ năm 2016 đến năm 2025, ... triển khai 203 đề án, tổng kinh phí hơn 45 tỷ đồng. Giai đoạn 2016-2020 có
    96 đề án, 19,5 tỷ đồng; giai đoạn 2021-2025 có 107 đề án, 25,8 tỷ đồng.'): its parts, in its tense. Their counts
    must add up to its count exactly, or their amounts to its amount (to its rounding when it says 'hơn', 'gần')."""
    for i, wd in enumerate(drafts):
        w = wd.record
        if w is None or not w.period or "-" not in w.period:
            continue
        lo, hi = _span(w.period)
        parts = []
        # (in the sentence right after it, or in a run of one-item sentences, a list's lines, that starts right after
        # it or after a sentence of no figure that announces them: '... 31.260 triệu đồng ... Kết quả theo từng năm
        # như sau:' then '- Năm 2021: 18 đề án, kinh phí 5.120 triệu đồng;' ...)
        later = [o for o in drafts[i + 1:] if o.sentence > wd.sentence]
        # (past the sentences right after it that only break it down by level, 'Trong đó, kinh phí khuyến công quốc gia
        # 6,4 tỷ đồng, ...': the list may follow them as it follows the whole)
        # (or break one of its parts down: 'Trong tổng kinh phí khuyến công địa phương, hỗ trợ máy móc thiết bị chiếm
        # 9,8 tỷ đồng' after the local part)
        below = {w.id} | {o.record.id for o in drafts if o.record is not None and o.record.part_of == w.id}
        base = wd.sentence
        while later and later[0].sentence == base + 1 and all(
                o.record is not None and o.record.part_of in below and o.record.period == w.period
                for o in later if o.sentence == base + 1):
            base += 1
            later = [o for o in later if o.sentence > base]
        reach = base + 1
        if later and later[0].sentence == base + 2:
            reach = base + 2
        for o in later:
            r = o.record
            if r is None or o.sentence > reach or r.part_of not in (None, w.id) or not r.period or \
                    r.period == w.period or not _year_in_span(r.period, w.period) or r.province != w.province or \
                    any(p.record.period == r.period for p in parts):
                break  # (a year told twice is past the list: '- Năm 2025: ...' then 'Phần lớn ..., với 52 đề án')
            parts.append(o)
            # (the list goes on, a line at a time; so it does from a sentence that opens it with its first item and
            # holds no other, as a page that lost its line breaks reads: 'Kết quả từng năm như sau: Năm 2021: 10 đề
            # án, kinh phí 2,1 tỷ đồng. Năm 2022: ...')
            if o.sentence > base + 1 or reach > base + 1 or sum(x.sentence == o.sentence for x in later) == 1:
                reach = o.sentence + 1
        periods = [p.record.period for p in parts]
        if len(parts) < 2 or len(set(periods)) != len(periods):
            continue
        spans = sorted(_span(p) if "-" in p else (int(p), int(p)) for p in periods)
        if any(a[1] >= b[0] for a, b in zip(spans, spans[1:])):
            continue  # (overlapping spans are no breakdown)
        counts = [p.record.projects for p in parts]
        money = [p.record.amount_vnd for p in parts]
        counted = w.projects is not None and None not in counts and sum(counts) == w.projects
        summed = w.amount_vnd is not None and None not in money and (
            sum(money) == w.amount_vnd or _rounds_to(w, sum(money)))
        if not (counted or summed) or \
                w.projects is not None and None not in counts and sum(counts) > w.projects:
            continue
        for p in parts:
            p.record.part_of = w.id
            if p.record.scope == "unspecified" and not p.explicit_scope:
                p.record.scope = w.scope  # (a year's part of a span's sum is the same sum for that year)
            _take_whole_tense(p, w)


def _measure_of(r: FundingRecord):
    """How a record is compared with a whole: by its money, else by its count."""
    return (lambda o: o.amount_vnd) if r.amount_vnd is not None else (lambda o: o.projects)


def _take_whole_tense(part: _Draft, whole: FundingRecord) -> None:
    """A part that says no tense of its own, and tells no work going on, is said in its whole's."""
    if part.record.status == "unspecified" and not part.ongoing:
        part.record.status = whole.status


def _take_spent_tense(part: _Draft, whole: FundingRecord) -> None:
    """A part read as a budget only for its wording, of a whole told spent ('tổng kinh phí ... đạt 12,3 tỷ đồng.' then
    'Kinh phí khuyến công quốc gia là 3,3 tỷ đồng; ... địa phương là 9 tỷ đồng'), is what that whole spent."""
    if part.budgeted and part.record.status == "planned" and whole.status == "done":
        part.record.status, part.budgeted = "done", False


def _added_to_sums(drafts: list[_Draft]) -> None:
    """A figure added to a sum the same sentence then gives ('bổ sung thêm 1,2 tỷ đồng, nâng tổng kinh phí lên 4,35
    tỷ đồng'; 'hỗ trợ 9 đề án, nâng tổng số đề án từ năm 2021 đến nay lên 35 đề án') is a part of that sum, so totals
    do not add it on top."""
    for at, (d, nxt) in enumerate(zip(drafts, drafts[1:])):
        r, w = d.record, nxt.record
        if not d.raises_next or r.part_of is not None or nxt.sentence != d.sentence:
            continue
        measure = _measure_of(r)
        if measure(r) is not None and measure(w) is not None and measure(w) > measure(r) and w.part_of != r.id:
            r.part_of = w.id
            # (the figures told right before it that the sum also takes in, when they make it up: 'đã hỗ trợ 8 cơ sở
            # ... 1,2 tỷ đồng. Ngoài ra, ... 300 triệu đồng, nâng tổng kinh phí lên 1,5 tỷ đồng')
            if w.amount_vnd is None or r.amount_vnd is None:
                continue
            taken, so_far = [], r.amount_vnd
            for o in reversed(drafts[:at]):
                q = o.record
                # (a former province's figure goes into the merged province's sum: 'khu vực Bình Định cũ được bố trí 2,8
                # tỷ đồng, khu vực Gia Lai cũ 2,4 tỷ đồng, nâng tổng kinh phí khuyến công của tỉnh lên 5,2 tỷ đồng')
                if q is None or o.sentence < d.sentence - 1 or q.amount_vnd is None or q.period != w.period or \
                        q.province != w.province and not _merged_into(q.province, w.province) or \
                        q.scope not in ("unspecified", w.scope) and w.scope not in ("total", "unspecified"):
                    break
                if q.part_of is not None:
                    continue
                taken.append(q)
                so_far += q.amount_vnd
                if so_far >= w.amount_vnd:
                    break
            if taken and (so_far == w.amount_vnd or _rounds_to(w, so_far)):
                for q in taken:
                    q.part_of = w.id
                # (a sum said as a budget, over work told done: settled by _spent_sums once every part has its tense)
                nxt.summed = nxt.summed or w.status == "planned"


def _remainders(drafts: list[_Draft]) -> None:
    """What is left of a budget, said after it ('... giải ngân 620 triệu đồng trên tổng số 1,9 tỷ đồng ... Còn 1,28 tỷ
    đồng chưa giải ngân'): a part of the nearest budget before it in its sentence or the one before, so totals do not
    add the rest on top of the whole it is left of."""
    for i, d in enumerate(drafts):
        r = d.record
        if r.part_of is not None or not d.remainder:
            continue
        # (by its money, else by its count: '6 đề án chưa triển khai' of the 15 planned)
        measure = _measure_of(r)
        if measure(r) is None or r.amount_vnd is None and r.status == "done":
            continue  # (the rest told done is what was done of it: '..., 2 đề án còn lại đã hoàn thành')
        share = next((o for o in reversed(drafts[:i]) if o.sentence == d.sentence and o.record is not None), None)
        of = _share_denominator(share) if share is not None else None
        if of and r.projects is not None and share.record.projects is not None and \
                r.projects + share.record.projects == of:
            # (the rest of a count told as a share of the plan: '... đã hoàn thành 29/31 đề án, giải ngân 8,1 tỷ đồng;
            # 2 đề án còn lại ...' is left of the 31, in the share's programme, not of the plan's last part)
            if r.scope == "unspecified":
                r.scope = share.record.scope
            whole = next((w for w in reversed(drafts[:i]) if w.record.status == "planned"
                          and w.record.scope == share.record.scope and w.record.period == r.period
                          and w.record.province == r.province), None)
            r.part_of = whole.record.id if whole is not None else None
            continue
        # (not a share of the budget said as its percentage: '... đã phân bổ 2,25 tỷ đồng, bằng 90% kinh phí ... Số
        # kinh phí còn lại 250 triệu đồng ...' is the rest beside it, of the budget both make up)
        whole = next((w for w in reversed(drafts[:i]) if w.sentence >= d.sentence - 1 and measure(w.record)
                      and not w.share_reached
                      and measure(w.record) > measure(r) and w.record.status == "planned"
                      and w.record.period == r.period and w.record.province == r.province), None)
        if whole is None:
            # (further back, the budget whose payment told since leaves exactly this much: 'được giao 3,8 tỷ đồng ...
            # mới giải ngân được 2,1 tỷ đồng ...' then 'Số kinh phí chưa giải ngân 1,7 tỷ đồng ...')
            paid = [measure(o.record) for o in drafts[:i] if o.record.status == "done" and measure(o.record)]
            whole = next((w for w in reversed(drafts[:i]) if measure(w.record) and w.record.status == "planned"
                          and w.record.period == r.period and w.record.province == r.province
                          and measure(w.record) - measure(r) in paid), None)
        if whole is None:
            # (else the last plan told before it, when it holds that much: 'giải ngân 1,1 tỷ đồng trên tổng số 4,5 tỷ
            # đồng kế hoạch ...' and, a paragraph on, 'kiến nghị điều chuyển 1,5 tỷ đồng chưa sử dụng')
            last = next((w for w in reversed(drafts[:i]) if w.record.status == "planned" and measure(w.record)
                         and not w.share_reached), None)
            whole = last if last is not None and measure(last.record) > measure(r) and \
                last.record.period == r.period and last.record.province == r.province else None
            parent = next((w for w in drafts[:i] if whole is not None and w.record.id == whole.record.part_of
                           and w.record.status == "planned"), None)
            if parent is not None:
                # (the plan's last part told is one level's share of a plan whose whole came first: the rest is left
                # of that whole, 'kế hoạch 8,5 tỷ đồng, trong đó ... 4 đề án, ... 26 đề án' then '... 21 đề án còn lại')
                whole = parent
        if whole is not None:
            r.part_of = whole.record.id
            if r.scope == "unspecified" and whole.record.scope in ("national", "local"):
                r.scope = whole.record.scope


def _rounds_to(headline: FundingRecord, amount: int) -> bool:
    """A headline's 'hơn' / 'gần' / 'khoảng' figure rounded at its last significant digit, and at most a fifth of
    itself, says ``amount`` ('Hỗ trợ hơn 800 triệu đồng ...' over the body's '820 triệu đồng'; not 'hơn 100 tỷ' over
    150 tỷ): the headline's direction holds and the gap is under that rounding."""
    if headline.qualifier not in ("over", "under", "approx") or not headline.amount_vnd or not headline.precision_vnd:
        return False
    unit = headline.precision_vnd * _last_digit_unit(headline.amount_vnd // headline.precision_vnd)
    unit = min(unit, headline.amount_vnd // 5)
    gap = amount - headline.amount_vnd
    if headline.qualifier == "over":
        return 0 <= gap < unit
    if headline.qualifier == "under":
        return 0 <= -gap < unit
    return abs(gap) < unit


def _one_rounds_the_other(a: FundingRecord, b: FundingRecord) -> bool:
    """``a`` and ``b`` print one figure, either of them rounded ('khoảng 21,5 tỷ' and 'hơn 21 tỷ'): _rounds_to either
    way."""
    return _rounds_to(a, b.amount_vnd) or _rounds_to(b, a.amount_vnd)


def _larger(whole: FundingRecord, part: FundingRecord) -> bool:
    """``whole`` states more money than ``part`` (or, neither with money, more projects)."""
    if whole.amount_vnd is not None and part.amount_vnd is not None:
        return whole.amount_vnd > part.amount_vnd
    return whole.amount_vnd is None and part.amount_vnd is None and (whole.projects or 0) > (part.projects or 0)


def _sibling(w: FundingRecord, r: FundingRecord, candidates: list[_Draft]) -> bool:
    """``w`` stands beside ``r`` under an earlier whole of their programme that holds both ('khuyến công địa phương
    hỗ trợ 9 cơ sở, 2,16 tỷ đồng. Cơ sở A được hỗ trợ 280 triệu đồng ... Cơ sở B ... 250 triệu đồng mua máy sấy'):
    two items of that whole, not a figure and its purpose part."""
    if w.amount_vnd is None or r.amount_vnd is None:
        return False
    for c in candidates:
        o = c.record
        if o is not w and o.sentence < w.sentence and w.scope in ("unspecified", o.scope) and o.period == w.period \
                and o.province == w.province and o.purpose in (None, r.purpose) \
                and {o.status, w.status} != {"planned", "done"} and (o.amount_vnd or 0) >= w.amount_vnd + r.amount_vnd:
            return True
    return False


def _merged_into(part: str | None, whole: str | None) -> bool:
    """Province ``part`` merged into ``whole`` in the 2025 reform (Bình Phước into Đồng Nai)."""
    to_2025 = data.provinces()
    return part is not None and whole is not None and to_2025.get(part) == whole and to_2025.get(whole) == whole


def _denied(key: str, lo: int, at: int) -> bool:
    """The programme named at ``at`` is said to give nothing ('không được giao kinh phí khuyến công quốc gia'), looking
    back no further than ``lo``."""
    return _DENIED.search(key, max(lo, at - 40), at) is not None


def _last_break(key: str, start: int, end: int) -> int:
    """Where the last clause break between ``start`` and ``end`` begins, else ``start``: the clause a figure at
    ``end`` opens ('... 20 đề án khuyến công địa phương|, đã hoàn thành 18 đề án')."""
    found = last_match(_CLAUSE_BREAK, key, start, end)
    return found.start() if found else start


def _level_of(named: regex.Match | None) -> str | None:
    """The level a count's level word names ('đề án quốc gia', '2 đề án địa phương': ``_COUNT_LEVEL``'s group 1)."""
    return None if named is None else "national" if named.group(1) == "quốc gia" else "local"


def _yearly_lead(key: str, s_start: int, pos: int) -> bool:
    """The sentence opens 'Hằng năm, ...' or 'Bình quân mỗi năm, ...' and names no year of its own before ``pos``: a
    figure said for each year ('Hằng năm, tỉnh bố trí khoảng 3 tỷ đồng'), not one year's ('Hằng năm, tỉnh đều bố trí
    kinh phí cho khuyến công, năm 2024 thực hiện 10 đề án')."""
    lead = _PER_YEAR_LEAD.match(key, s_start, pos)
    return bool(lead) and not _A_YEAR.search(key, lead.end(), pos)


def _not_yet(text: str, pos: int, status: str) -> bool:
    """A done cue at ``pos`` right after 'sẽ', 'dự kiến', 'phấn đấu', 'chưa' or a word of resolve ('tập trung'):
    still to be done."""
    return status.startswith("done") and _NOT_YET.search(text[max(0, pos - 30):pos]) is not None


def _clause_stop(key: str, pos: int) -> int:
    """Where the statement after ``pos`` ends, for what its money was for: the next ';', full stop or line end (a
    paragraph whose stop was left off ends there too)."""
    m = _STATEMENT_END.search(key, pos)
    return m.start() if m else len(key)


def _governing_periods(key: str, periods: list[Fact]) -> list[Fact]:
    """The periods that can govern a statement: years said as a list ('năm 2021 và 2022', 'các năm 2021, 2022,
    2023') are one span ('2021-2023': the figure covers them all); a horizon after another period of its
    sentence ('giai đoạn 2021 - 2025 và định hướng đến năm 2030') governs nothing."""
    out: list[Fact] = []
    for p in periods:
        prev = out[-1] if out else None
        if prev is not None and prev.sentence == p.sentence:
            gap = key[prev.end:p.start]
            if _YEAR_LIST_GAP.fullmatch(gap) and "-" not in p.value and prev.value[:4].isdigit():
                first = prev.value[:4]
                if int(first) < int(p.value) <= int(first) + 10:
                    out[-1] = prev.with_(value=f"{first}-{p.value}", end=p.end)
                    continue
            if _HORIZON.search(key, max(prev.end, p.start - 30), p.start):
                continue
        out.append(p)
    return out


def _sums_both(whole: FundingRecord, parts: list[FundingRecord]) -> bool:
    """A national and a local figure said after a whole (in any later sentence) that add up to it, within the
    rounding of what was printed: 'hơn 30 tỷ đồng' then '6,5 tỷ' of KCQG and 'hơn 23,5 tỷ' of KCĐP."""
    if whole.amount_vnd is None:
        return False
    for n in (p for p in parts if p.scope == "national" and p.amount_vnd):
        for loc in (p for p in parts if p.scope == "local" and p.amount_vnd):
            slack = max(whole.precision_vnd or 0, n.precision_vnd or 0, loc.precision_vnd or 0, whole.amount_vnd // 100)
            if abs(n.amount_vnd + loc.amount_vnd - whole.amount_vnd) <= slack:
                return True
    return False


def _blank_matches(pattern: regex.Pattern, text: str) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces (offsets kept)."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span replaced by spaces (offsets kept), built in one pass."""
    parts, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end > start:
            parts += [text[pos:start], " " * (end - start)]
            pos = end
    parts.append(text[pos:])
    return "".join(parts)
