"""Stage 4a: the article's subject province, from all the evidence the article gives.

Each province mention scores by where it stands (the title, the owner of a Sở Công Thương or a Trung tâm Khuyến công,
after 'tỉnh'), plus its frequency; page chrome never counts. Places under a province (districts, communes) stand for
it, an outlet that is a province's own paper or a dateline names it, and a province named once in passing, one voice
of a nationwide story or the venue of a national event, is no subject. The funding records (``relate.py``) take their
province from it.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

import regex

from . import data
from .facts import Fact
from .match.context import Context
from .numbers import _alt, whole_words
from .segment import DATELINE_SOURCE, is_dateline


_OWNER = regex.compile(
    r"(?:sở công thương|(?<!\p{L})sct|trung tâm khuyến công[^,.;()\n]{0,45}?|(?<!\p{L})ttkc[^,.;()\n]{0,45}?|khuyến công"
    r"|ngành công thương|ubnd|ủy ban nhân dân|báo|đài phát thanh[^,.;\n]{0,25}?)\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$"
)
# a province's own body that holds an event a nationwide article tells of ('Sở Công Thương Bắc Ninh tổ chức Hội chợ ...
# khu vực phía Bắc'): the event is that province's, unlike a voice ('Đại diện Sở Công Thương Bắc Ninh cho biết')
_HOLDS_EVENT = regex.compile(r"\s*(?:đã\s+|vừa\s+|sẽ\s+)?(?:tổ chức|chủ trì tổ chức|đăng cai)(?!\p{L})")
_VOICE_BEFORE = regex.compile(r"(?<!\p{L})(?:đại diện|lãnh đạo|theo|ông|bà|phó giám đốc|giám đốc|trưởng phòng)"
                              r"(?!\p{L})")
# a dateline after a place that opens its line: 'Hà Giang (TTXVN) - ', 'Lào Cai, 12/3 (VOV) - '
_DATELINE_PLACE = regex.compile(rf"(?:\s*,\s*\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?\s*{DATELINE_SOURCE}\s*[-–—]\s")
_LINE_START = regex.compile(r"[ \t]*(?:(?:tỉnh|thành phố|tp\.?)\s+)?", regex.IGNORECASE)  # before it on its line
_PLAIN_DATELINE = regex.compile(r"[ \t]*[-–—][ \t]")  # a province's name, then a dash, opening the body
_PROVINCE_WORD = regex.compile(r"(?:tỉnh|thành phố|tp\.?)\s*$")


def outlet_province(outlet: str | None = None, url: str | None = None) -> str | None:
    """The province whose own newspaper published the article (gazetteers/outlets.tsv), from its outlet name
    ('Báo Hà Giang') or its web address ('https://baothanhhoa.vn/...'); None for any other outlet."""
    known = data.outlets()
    if outlet:
        name = outlet.strip().lower()
        address = regex.sub(r"^(?:https?://)?(?:www\.)?", "", name).split(".")[0]
        for key in (data.ascii_key(name), data.ascii_key(address)):
            if key in known:  # 'Báo Hà Giang', 'bao ha giang', or an address given as the source: 'baolaocai.vn'
                return known[key]
    if url:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        return known.get(regex.sub(r"^www\.", "", host).split(".")[0])
    return None


_PAPER_SITE = r"bao[a-z]+\.(?:com\.|org\.)?vn"  # a provincial paper's web address (gazetteers/outlets.tsv)
# a paper's dateline mark opening the lead ('BHG - ', also in brackets: '(QNO) - ', '(ĐN)- ')
_PAPER_MARK = regex.compile(r"\s*(?:\((?P<mark>\p{Lu}{2,6})\)\s*[-–—]\s*|(?P<mark>\p{Lu}{2,5})\s*[-–—]\s)")
_DATELINE_SITE = regex.compile(rf"(?<![\w.]){_PAPER_SITE}(?![\w.])", regex.IGNORECASE)
# a source line closing the article that names the paper by its web address ('Nguồn: baoyenbai.com.vn', '(Theo
# baolaocai.vn)')
_SOURCE_LINE = regex.compile(rf"(?:^|\n)[ \t(]*(?:(?:nguồn|theo)\s*:?\s*)?(?P<site>{_PAPER_SITE})[ \t).]*\s*$",
                             regex.IGNORECASE)
# a source line closing the article that names a province's own outlet or agency; the province follows
_SOURCE_NAMED = regex.compile(r"(?:^|\n)[ \t(]*(?:nguồn|theo)\s*:?\s*(?:báo|cổng ttđt|cổng thông tin điện tử"
                              r"|trang thông tin điện tử|đài phát thanh (?:và|-) truyền hình|đài pt-th|sở công thương"
                              r"|trung tâm khuyến công(?: và xúc tiến thương mại)?)(?!\p{L})")


def dateline_province(ctx: Context) -> str | None:
    """The province whose newspaper the lead's dateline names by its web address ('(Baothanhhoa.vn) - Trung tâm
    ...'), or a source line closing the article does ('Nguồn: baoyenbai.com.vn'), or None: the same evidence as an
    outlet given with the article."""
    start = ctx.title[1] if ctx.title else 0
    m = _DATELINE_SITE.search(ctx.text, start, start + 120)
    if m:
        return outlet_province(url=m.group())
    # (or by the mark the paper opens its stories with: 'BHG - Năm 2024, ...', 'QTO - ...')
    # (also opening the text, when what reads as its title is the lead itself: '(BBN) - Năm 2024, ...' with no title)
    mark = _PAPER_MARK.match(ctx.text, start) or _PAPER_MARK.match(ctx.text, 0)
    if mark and (province := data.outlet_datelines().get(mark.group("mark"))):
        return province
    tail = _SOURCE_LINE.search(ctx.text, max(0, len(ctx.text) - 150))
    if tail:
        return outlet_province(url=tail.group("site"))
    # (or names the province's own paper, portal or agency: 'Theo Cổng TTĐT tỉnh Bắc Giang', 'Nguồn: Báo Hà Giang')
    named = _SOURCE_NAMED.search(ctx.lower, max(0, len(ctx.lower) - 150))
    if named:
        return next((f.value for f in ctx.facts if f.type == "province" and named.end() <= f.start
                     and ctx.lower[named.end():f.start].strip() in ("", "tỉnh", "thành phố", "tp", "tp.")
                     and not ctx.lower[f.end:].strip(" \t\n).")), None)
    return None


def _opens_body(ctx: Context, at: int) -> bool:
    """``at`` opens the body: after the title, with nothing between them but page furniture (a photo's caption, a
    page's stamp) on lines of its own."""
    if not ctx.title or at < ctx.title[1]:
        return False
    line_start = ctx.text.rfind("\n", 0, at) + 1
    if ctx.text[line_start:at].strip():
        return False
    return all(ctx.aside(ctx.title[1] + m.start() + len(m.group()) - len(m.group().lstrip()))
               for m in regex.finditer(r"[^\n]+", ctx.text[ctx.title[1]:line_start]) if m.group().strip())


def _origin_of_good(ctx: Context, f: Fact) -> bool:
    """The province names where a good is made, right after the good's name ('Mắm tôm chua Huế, mắm nêm Phú Yên lên kệ
    siêu thị'): a title that names goods by their origin locates no story there; the body says where it is told."""
    return any(g.type == "product" and g.end <= f.start and not ctx.lower[g.end:f.start].strip()
               for g in ctx.facts)


def choose_subject(ctx: Context, provinces: list[Fact], places: list[Fact] | None = None,
                   outlet: str | None = None) -> str | None:
    """The province the article is about, or None when the evidence names none outside page chrome.

    Evidence: each province mention (more in the title, as the owner of a Sở Công Thương / Trung tâm Khuyến
    công or a newspaper, after 'tỉnh'), each district or commune whose province is known (a point each,
    three at most per province), and ``outlet``, the province whose own newspaper published the article
    (two points, as an owner). A province with 3 points wins; below that, a province is the subject only
    when no other province has any evidence and the article is a short brief, names its places, or comes
    from that province's newspaper.
    """
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    passing_only: dict[str, bool] = {}  # provinces named only in passing: ranked among many, or as a venue
    told: Counter[str] = Counter()  # how often each province is named, not as one ranked among many
    as_province: set[str] = set()  # named as a province ('tỉnh Tuyên Quang', 'Sở Công Thương Tuyên Quang')
    told_of: set[str] = set()  # named at least once other than as a venue or one ranked among many, or by a place
    venue_re, event_re = venue_words()
    ministry_lead = _ministry_lead(ctx)
    # a title that places a nationwide event ('Hội nghị khuyến công toàn quốc năm 2024 tại Quảng Ninh'): the place is
    # the venue, not the topic
    national_title = bool(ctx.title) and _speaks_nationwide(ctx, *ctx.title)
    for f in provinces:
        if ctx.aside(f.start):
            continue
        left = ctx.lower[max(0, f.start - 60):f.start]
        s_start, s_end = ctx.sentence_span(ctx.sentence_of(f.start))
        ranked = bool(_RANK_BEFORE.search(left))
        told[f.value] += not ranked
        if venue_re.search(left) and event_re.search(ctx.lower, s_start, s_end) or ranked:
            # where a fair or a conference took place ('Hội chợ ... tổ chức tại Hà Nội'): rules/subject_context.tsv;
            # or a province ranked among many ('nhiều nhất là Thanh Hóa với 9 đề án'): one of them, not the topic
            score[f.value] += 0.5
            first.setdefault(f.value, f.start)
            if ranked or (not ctx.in_title(f.start) or national_title) and ministry_lead:
                # (the venue of an event the ministry runs: 'Bộ Công Thương vừa phê duyệt kế hoạch ... Hội chợ ...
                # sẽ được tổ chức tại Cần Thơ'; a province's own event, or one its title places there, is its own)
                passing_only.setdefault(f.value, True)
            elif ctx.in_title(f.start) and not national_title:
                passing_only[f.value] = False
            continue
        passing_only[f.value] = False
        told_of.add(f.value)
        points = 1.0
        if ctx.in_title(f.start) and not _origin_of_good(ctx, f):
            points += 4
            told[f.value] += 1
        if _OWNER.search(left) or _DATELINE_PLACE.match(ctx.text, f.end) and \
                _LINE_START.fullmatch(ctx.text, ctx.text.rfind("\n", 0, f.start) + 1, f.start) or \
                _opens_body(ctx, f.start) and _PLAIN_DATELINE.match(ctx.text, f.end):
            # (or the place a news agency's dateline files the story from: 'Hà Giang (TTXVN) - ...'; or a province
            # opening the body as its dateline with no agency: 'Lâm Đồng - Cơ sở nước mắm ...')
            points += 2
            as_province.add(f.value)
        elif _PROVINCE_WORD.search(left):
            points += 1
            as_province.add(f.value)
        score[f.value] += points
        first.setdefault(f.value, f.start)
    from_places: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    known = data.provinces()
    # the provinces named as such in an article of the merger's time (a year from 2025 on)
    named = as_province if any(f.type == "period" and int(f.value[-4:]) >= 2025 for f in ctx.facts) else set()
    # the provinces the article names by name (not those its places below are found in: a second unit of a province
    # it never names reads as the first one does)
    by_name = set(told)
    for f in places or ():
        # (a unit of the 2025 reform, 'xã Mường Khương', is evidence for its 2025 province when that province
        # carries one of the 63 names, as the fallback below reads an article of such units only)
        # (in an article of the reform's time, a 2025 unit is its 2025 province's, whatever province it was in
        # before: 'xã Mù Cang Chải' in a story of 2026 is of Lào Cai, as the province is then)
        own = None if f.start in ctx.later_places else f.province
        province = own or _old_name(f.province_2025, known)
        addressed = any(p.value == f.province_2025 and _ADDRESS_COMMA.fullmatch(ctx.lower, f.end, p.start)
                        for p in provinces if p.start >= f.end)
        if province not in named and f.province_2025 in named or \
                province not in by_name and province != f.province_2025 and \
                (f.province_2025 in as_province or addressed):
            # (or whose address names the merged province right after it: 'xã Phú Hòa, Đắk Lắk', once of Phú Yên)
            # (or, in any article, a unit whose old province it never names, of the merged province it names as a
            # province: 'làng nghề bún Phương Lâm (phường Phương Lâm, tỉnh Phú Thọ)', the ward once of Hòa Bình)
            # (an article that names the merged province and a commune of one of the provinces merged into it,
            # never that one: 'xã Sủng Là' of Hà Giang in a story of 'tỉnh Tuyên Quang' after 1 July 2025)
            province = f.province_2025
        elif own is None and province not in by_name:
            # (a name several old provinces share, whose 2025 unit lies in the merged province that took in the one
            # the article names: 'xã Đông Hưng (tỉnh Thái Bình)', Đông Hưng now of Hưng Yên, is Thái Bình's)
            olds = {p.value for p in provinces if known.get(p.value) == f.province_2025} or {
                # (or that another of its places lies in: 'xã Đồng Văn' of the 2025 Tuyên Quang beside 'Mèo Vạc' of
                # Hà Giang)
                q.province for q in places or () if q.province and q.start not in ctx.later_places
                and known.get(q.province) == f.province_2025}
            if len(olds) == 1:
                province = olds.pop()
        if (national_title or ministry_lead) and _place_venue().search(ctx.lower, max(0, f.start - 30), f.start) and \
                event_re.search(ctx.lower, *ctx.sentence_span(ctx.sentence_of(f.start))):
            continue  # the town of a national body's event ('tại thành phố Hạ Long, tỉnh Quảng Ninh, Bộ Công Thương')
        if province and not ctx.aside(f.start) and from_places[province] < 3:
            weight = 1.0
            if f.start in ctx.bare_places:
                # a name without its level word ('nông dân Cái Bè', 'tương ớt Mường Khương'), often a product's
                # origin or a trip's end: half a point, one point at most per province however often named
                if bare[province] >= 1:
                    continue
                weight = 0.5
                bare[province] += weight
            from_places[province] += weight
            told[province] += 1
            told_of.add(province)
            # (a unit in the title locates the story as its province would: 'Xã Mường Khương đón nhận máy ...')
            score[province] += weight + (2 if ctx.in_title(f.start) else 0)
            first.setdefault(province, f.start)
    if outlet:
        score[outlet] += 2
        first.setdefault(outlet, len(ctx.lower))
    if not score:
        # an article of the reform's time that names only 2025 communes ('xã Bắc Hà', 'xã Bảo Yên'): their
        # 2025 province, when they agree on one and it carries a province's name
        later = {f.province_2025 for f in places or () if f.province_2025 and not ctx.aside(f.start)}
        # (a 2025 province's own name counts too: 'phường Thủy Xuân' alone is an article about Huế, named as one of
        # the 63, Thừa Thiên Huế: ANNOTATION.md)
        if len(later) == 1:
            return _old_name(later.pop(), known)
        # (else district-level names said bare that all lie in one province, the article naming no province: 'Ở Bắc
        # Hà, nghề nấu rượu ngô ... Rượu ngô Bản Phố ...' is about Lào Cai)
        bare = {p for at, p in ctx.unnamed_places if not ctx.aside(at)}
        return bare.pop() if not later and len(bare) == 1 else None
    best = max(score.values())
    if best < 3:
        short = len(ctx.sentence_starts) <= SHORT_BRIEF_SENTENCES and not _nationwide(ctx)
        # (a province named only in passing, the venue of a fair or one ranked among many, is no rival to the one the
        # story tells of: 'Tỉnh Hà Giang cũng hỗ trợ hợp tác xã ... tham gia hội chợ tại Hà Nội')
        rivals = [q for q in score if q in told_of or q == outlet] or list(score)
        only = rivals[0] if len(rivals) == 1 else None
        lead = max(rivals, key=lambda p: (score[p], -first[p]))
        # (the story's own places, two or more units of one province named first, outweigh other provinces each named
        # once, never in the title nor as an owner: 'tại xã Phú Nghĩa, huyện Chương Mỹ ... bán ở TP Hồ Chí Minh' is
        # about Hà Nội)
        located = from_places[lead] >= 2 and all(told[q] <= 1 and score[q] <= from_places[lead]
                                                   for q in score if q != lead)
        # (the province's own paper, against provinces each named once in passing: 'BGĐT - ... bán tại Hà Nội')
        outlet_leads = outlet is not None and lead == outlet and \
            all(score[q] < score[outlet] and told[q] <= 1 for q in score if q != outlet)
        # (rivals that merged into one province in 2025 are one place told by its parts: 'thành phố Đà Nẵng dự kiến hỗ
        # trợ ... ở khu vực Quảng Nam cũ' is about Đà Nẵng, its score the higher)
        # (the article telling the merger itself: one of them named as the former province, 'cũ')
        one_place = len(rivals) > 1 and len({known.get(q) for q in rivals}) == 1 and None not in {
            known.get(q) for q in rivals} and score[lead] > max(score[q] for q in rivals if q != lead) and \
            any(f.value in rivals and FORMER.match(ctx.lower, f.end) for f in provinces)
        if not located and not outlet_leads and not one_place and \
                (len(rivals) > 1 or not (short and not passing_only.get(only) or from_places or outlet)):
            # a province named once or twice in passing, never in the title or as an owner, or in a short brief
            # only in passing (ranked among many, or the venue of an event): no subject
            return None
    else:
        located = outlet_leads = False
        rivals = list(score)
    top_score = max(score[q] for q in rivals)
    tied = [p for p in rivals if score[p] == top_score]
    if located or outlet_leads:
        tied = [lead]
    if len(tied) > 1 and len({known.get(p, p) for p in tied}) > 1 and \
            not any(ctx.in_title(first[p]) for p in tied if first[p] < len(ctx.lower)):
        # provinces told alike, none in the title, none merged into another ('Phú Thọ: ... Hà Tĩnh: ... Cà Mau: ...',
        # a round-up of briefs): the article is about none of them alone
        return None
    winner = min(tied, key=lambda p: first[p])
    into = known.get(winner)
    if into != winner and into in rivals and told[into] >= told[winner] and \
            any(f.value == winner and FORMER.match(ctx.lower, f.end) for f in provinces):
        # the lead named as a former province ('Bạc Liêu (cũ) - Cà Mau: ...', 'tỉnh Bạc Liêu cũ'), beside the one it
        # merged into, told of as often or more: the story is of the merged province, the former one a part of it (not a
        # story of the former province's area that names the merged one once, as its agency's: 'Sóc Trăng cũ: ...')
        winner = into
    hosts = any(f.value == winner and _OWNER.search(ctx.lower[max(0, f.start - 60):f.start])
                and not _VOICE_BEFORE.search(ctx.lower, max(0, f.start - 60), f.start)
                and _HOLDS_EVENT.match(ctx.lower, f.end) for f in provinces)
    if told[winner] < 2 and winner != outlet and not hosts and _nationwide(ctx, lead=2):
        # an article about the whole country ('chương trình khuyến công quốc gia ... tại 55 tỉnh, thành phố') that
        # names a province once, outside its title ('đại diện Sở Công Thương Bắc Ninh cho biết'): one voice of
        # many, not the topic
        return None
    return winner


SHORT_BRIEF_SENTENCES = 12
_ADDRESS_COMMA = regex.compile(r",\s*(?:tỉnh\s+)?")


def lead_index(ctx: Context) -> int:
    """The index of the lead, the body's first sentence: after the title, a dateline split off it ('TTXVN -') and
    a photo's caption or page chrome between them."""
    first = ctx.sentence_of(ctx.title[1] - 1) + 1 if ctx.title else 0
    while first < len(ctx.sentence_starts) - 1 and (
            ctx.aside(ctx.sentence_starts[first]) or is_dateline(ctx.text[slice(*ctx.sentence_span(first))])):
        first += 1
    return first


def _nationwide(ctx: Context, lead: int = 1) -> bool:
    """The title or the lead (the first ``lead`` sentences after it) speaks of the whole country ('cả nước', '168
    đề án tại 56 tỉnh, thành phố'): rules/subject_context.tsv 'nationwide' and 'nationwide_count'."""
    if not ctx.sentence_starts:
        return False
    end = ctx.sentence_span(min(lead_index(ctx) + lead - 1, len(ctx.sentence_starts) - 1))[1]
    return _speaks_nationwide(ctx, 0, end)


def _speaks_nationwide(ctx: Context, lo: int, hi: int) -> bool:
    """The text between ``lo`` and ``hi`` speaks of the whole country: a 'nationwide' word that is no rank among the
    country's provinces ('một trong 10 tỉnh dẫn đầu cả nước', 'đứng thứ 3 cả nước')."""
    return any(not _RANKED.search(ctx.lower, max(0, m.start() - 25), m.start())
               for m in _nationwide_words().finditer(ctx.lower, lo, hi))


_RANK_BEFORE = regex.compile(r"(?<!\p{L})(?:(?:nhiều|cao|lớn|thấp|ít) nhất|dẫn đầu|đứng đầu|tiếp theo)(?:\s+(?:là|thuộc về|có))?"
                             r"\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$")
_RANKED = regex.compile(r"(?<!\p{L})(?:dẫn đầu|đứng đầu|đứng thứ \S+|xếp thứ \S+|cao nhất|thấp nhất|nhất|so với|top \d+)\s+$")


@lru_cache(maxsize=1)
def _nationwide_words() -> regex.Pattern:
    kinds = data.word_kinds("rules/subject_context.tsv")
    return regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['nationwide'])}|\d+\s+(?:{_alt(kinds['nationwide_count'])}))(?!\p{{L}})")


def _ministry_lead(ctx: Context) -> bool:
    """The title or the lead names a national body as the article's actor ('Bộ Công Thương vừa phê duyệt kế hoạch
    khuyến công quốc gia ...'): rules/subject_context.tsv 'ministry'."""
    if not ctx.sentence_starts:
        return False
    end = ctx.sentence_span(min(lead_index(ctx), len(ctx.sentence_starts) - 1))[1]
    return _ministry_words().search(ctx.lower, 0, end) is not None


@lru_cache(maxsize=1)
def _ministry_words() -> regex.Pattern:
    return whole_words(data.word_kinds("rules/subject_context.tsv")["ministry"])


PROVINCE_LEVEL = r"(?:tỉnh\s+|thành phố\s+|tp\.?\s*|thủ đô\s+)?"  # a province's level word, if written


@lru_cache(maxsize=1)
def under_province() -> str:
    """A unit under a province, by its level word (rules/place_levels.tsv; an abbreviation's stop may be left out:
    'tp.', 'tp')."""
    words = data.table("rules/place_levels.tsv", "word", "level")
    return "(?:" + "|".join(regex.escape(w[:-1]) + r"\.?" if w.endswith(".") else regex.escape(w)
                            for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def venue_words() -> tuple[regex.Pattern, regex.Pattern]:
    """(a venue preposition right before a province, an event word) from rules/subject_context.tsv."""
    kinds = data.word_kinds("rules/subject_context.tsv")
    # (also after the town or district it is in: 'tại thành phố Hạ Long, tỉnh Quảng Ninh')
    venue = regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['venue'])})\s+(?:{under_province()}(?:\s+\p{{L}}+){{1,4}},\s+)?"
                          rf"{PROVINCE_LEVEL}$")
    return venue, whole_words(kinds["event"])


@lru_cache(maxsize=1)
def _place_venue() -> regex.Pattern:
    """A venue preposition and a unit's level word right before a place under a province ('tại thành phố ')."""
    kinds = data.word_kinds("rules/subject_context.tsv")
    return regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['venue'])})\s+(?:{under_province()}\s+)?$")


FORMER = regex.compile(r"\s*\(?\s*cũ(?!\p{L})")


def _old_name(province_2025: str | None, known: dict[str, str]) -> str | None:
    """The one of the 63 pre-2025 names a 2025 province goes by: its own when it kept one ('Tuyên Quang'), else
    that of the one province it was renamed from ('Huế' -> 'Thừa Thiên Huế'); None for no province."""
    if province_2025 in known:
        return province_2025
    olds = [old for old, new in known.items() if new == province_2025]
    return olds[0] if len(olds) == 1 else None
