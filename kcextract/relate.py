"""Stage 4: relations between facts: the article's subject province and its funding records.

Subject: each province mention scores by where it stands (title, owner of a Sở Công Thương /
Trung tâm Khuyến công, after 'tỉnh'), plus its frequency; chrome never counts.
Funding: in each sentence, programme project counts and money amounts are walked in order; a count and
an amount of the same clause join into one record; scope and status come from cue words of the clause
(``rules/funding_cues.tsv``), the period from the sentence or the nearest one before it.
"""
from __future__ import annotations

from collections import Counter

import regex

from . import data
from .facts import Fact, FundingRecord
from .match.context import Context
from .numbers import _alt

_OWNER = regex.compile(
    r"(?:sở công thương|trung tâm khuyến công[^,.;()\n]{0,45}?|khuyến công|ngành công thương|ubnd|ủy ban nhân dân"
    r"|báo|đài phát thanh[^,.;\n]{0,25}?)\s+(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?$"
)
_FOR = regex.compile(r"[^;.]{0,30}?(?<!\p{L})(?:cho|để|với|thực hiện)(?!\p{L})[^;.]{0,30}")
_CLAUSE_BREAK = regex.compile(r"[,;]")
_PROVINCE_WORD = regex.compile(r"(?:tỉnh|thành phố|tp\.?)\s*$")


def choose_subject(ctx: Context, provinces: list[Fact]) -> str | None:
    """The province the article is about, or None when it names none outside page chrome."""
    if not provinces:
        return None
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    for f in provinces:
        left = ctx.lower[max(0, f.start - 60):f.start]
        points = 1.0
        if ctx.title and ctx.title[0] <= f.start < ctx.title[1]:
            points += 4
        if _OWNER.search(left):
            points += 2
        elif _PROVINCE_WORD.search(left):
            points += 1
        score[f.value] += points
        first.setdefault(f.value, f.start)
    best = max(score.values())
    if best < 3:
        # a province named once or twice in passing, never in the title or as an owner: no subject
        return None
    return min((p for p, s in score.items() if s == best), key=lambda p: first[p])


class FundingBuilder:
    """Builds ``FundingRecord``s from the facts of one article."""

    def __init__(self) -> None:
        cues = data.funding_cues()
        self.scope = [(regex.compile(rf"(?<!\p{{L}}){regex.escape(c)}(?!\p{{L}})"), v) for c, v in cues["scope"]]
        self.status = [(regex.compile(rf"(?<!\p{{L}}){regex.escape(c)}(?!\p{{L}})"), v) for c, v in cues["status"]]
        self.programme = regex.compile(rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['programme']])})(?!\p{{L}})")
        self.exclude = regex.compile(rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['exclude']])})(?!\p{{L}})[^,;.]{{0,25}}$")
        self.not_funding = regex.compile(
            rf"(?<!\p{{L}})(?:{_alt([c for c, _ in cues['not_funding']])})(?!\p{{L}})")
        self.per_unit = regex.compile(r"\s*/\s*\p{L}")
        self.trong_do = regex.compile(r"(?<!\p{L})trong đó(?!\p{L})")

    def _scope(self, text: str, paid: bool = True) -> str | None:
        """Scope named in ``text``; the paying body ('*_weak' cues) only counts for an amount (``paid``)."""
        found = {v for pattern, v in self.scope if pattern.search(text) and (paid or not v.endswith("_weak"))}
        if "national" in found and "local" in found:
            return "total"
        for v in ("national", "local"):
            if v in found:
                return v
        weak = {v[: -len("_weak")] for v in found if v.endswith("_weak")}
        if len(weak) == 1:
            return weak.pop()
        return "total" if "total" in found or len(weak) > 1 else None

    def _status(self, text: str) -> str | None:
        best, best_pos = None, -1
        for pattern, v in self.status:
            for m in pattern.finditer(text):
                if m.start() > best_pos:
                    best, best_pos = v, m.start()
        return best

    def build(self, ctx: Context, doc_id: str, facts: list[Fact], subject: str | None) -> list[FundingRecord]:
        key = ctx.lower
        periods = [f for f in facts if f.type == "period"]
        provinces = [f for f in facts if f.type == "province"]
        records: list[FundingRecord] = []
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            if f.type in ("money", "project_count"):
                by_sentence.setdefault(f.sentence, []).append(f)
        prev_status: dict[int, str | None] = {}
        for sent, items in sorted(by_sentence.items()):
            s_start, s_end = ctx.sentence_span(sent)
            sent_key = key[s_start:s_end]
            items = [f for f in items if f.type == "project_count" or self._is_programme_money(key, s_start, f)]
            if self.not_funding.search(sent_key):
                continue
            if not items or not (self.programme.search(sent_key) or any(f.type == "project_count" for f in items)):
                continue
            groups = self._group(key, items)
            sentence_status = self._status(sent_key)
            if sentence_status is None and regex.match(r"\s*trong đó", sent_key):
                sentence_status = prev_status.get(sent - 1)
            prev_status[sent] = sentence_status
            clause_start = s_start
            for gi, group in enumerate(groups):
                g_start, g_end = group[0].start, group[-1].end
                next_start = groups[gi + 1][0].start if gi + 1 < len(groups) else s_end
                before = key[clause_start:g_end]
                paid = any(f.type == "money" for f in group)
                scope = self._scope(before, paid)
                if scope in (None, "total"):
                    tail_end = self._clause_end(key, g_end, next_start)
                    tail = self._scope(key[g_end:tail_end], paid)
                    if tail in ("national", "local") and scope is None or tail == "total" and scope is None:
                        scope = tail
                    elif tail is not None and scope == "total" and tail != "total":
                        scope = "total"
                    if scope in (None,) and self.trong_do.search(key, g_end, s_end if gi + 1 == len(groups) else next_start):
                        scope = "total"
                status = self._status(key[clause_start:g_end]) or sentence_status or "unspecified"
                counts = [f for f in group if f.type == "project_count"]
                money = [f for f in group if f.type == "money"]
                projects = sum(f.value for f in counts) if counts else None
                amount = money[0].value if money else None
                if money and money[0].currency not in (None, "VND"):
                    amount = None
                    if not counts:
                        continue
                period = self._period(periods, sent, g_start)
                province = self._province(provinces, sent) or subject
                records.append(FundingRecord(doc=doc_id, sentence=sent, scope=scope or "unspecified", status=status,
                                             projects=projects, amount_vnd=amount, period=period, province=province,
                                             text=ctx.text[g_start:g_end], start=g_start, end=g_end))
                clause_start = g_end
        return records

    def _is_programme_money(self, key: str, s_start: int, f: Fact) -> bool:
        if f.currency not in (None, "VND", "USD"):
            return False
        if self.per_unit.match(key, f.end):
            return False
        return not self.exclude.search(key[max(s_start, f.start - 40):f.start])

    def _group(self, key: str, items: list[Fact]) -> list[list[Fact]]:
        """Join counts and amounts of one clause: counts then one amount, or one amount then one count."""
        groups: list[list[Fact]] = []
        pending: list[Fact] = []
        for f in items:
            if f.type == "project_count":
                last = groups[-1] if groups else []
                if not pending and len(last) == 1 and last[0].type == "money" and self._money_for(key, last[0], f):
                    # amount then count: 'kinh phí 1,2 tỷ đồng cho 02 đề án nhóm'
                    last.append(f)
                    continue
                if pending and pending[-1].type == "money":
                    # amount then count: 'kinh phí 1,2 tỷ đồng cho 02 đề án nhóm'
                    if self._money_for(key, pending[-1], f):
                        groups.append(pending + [f])
                        pending = []
                        continue
                    groups.append(pending)
                    pending = []
                if pending and not self._listed(key, pending[-1], f):
                    groups.append(pending)
                    pending = []
                pending.append(f)
            else:
                if pending and pending[-1].type == "money":
                    groups.append(pending)
                    pending = []
                if len(pending) > 1 and not self._summed(key, pending[-1], f):
                    groups.extend([[p] for p in pending[:-1]])
                    pending = pending[-1:]
                pending.append(f)
                groups.append(pending)
                pending = []
        if pending:
            groups.extend([[p] for p in pending] if all(p.type == "project_count" for p in pending) else [pending])
        return groups

    @staticmethod
    def _money_for(key: str, money: Fact, count: Fact) -> bool:
        """'1,2 tỷ đồng cho 02 đề án': an amount given for the count right after it."""
        return bool(_FOR.fullmatch(key, money.end, count.start))

    @staticmethod
    def _listed(key: str, a: Fact, b: Fact) -> bool:
        """Two counts in one list ('11 đề án ...; 01 đề án ...; 01 nhiệm vụ'), no clause break between."""
        gap = key[a.end:b.start]
        return "." not in gap and len(gap) < 120 and ("tổng" not in gap)

    @staticmethod
    def _summed(key: str, last_count: Fact, money: Fact) -> bool:
        """A list of counts followed by one amount is summed only when the amount is a 'tổng'."""
        return "tổng" in key[last_count.end:money.start]

    @staticmethod
    def _clause_end(key: str, start: int, limit: int) -> int:
        m = _CLAUSE_BREAK.search(key, start, limit)
        return m.start() if m else limit

    @staticmethod
    def _period(periods: list[Fact], sent: int, pos: int) -> str | None:
        own = [p for p in periods if p.sentence == sent]
        if own:
            before = [p for p in own if p.start <= pos]
            return (before[-1] if before else own[0]).value
        earlier = [p for p in periods if p.sentence < sent]
        return earlier[-1].value if earlier else None

    @staticmethod
    def _province(provinces: list[Fact], sent: int) -> str | None:
        own = [p for p in provinces if p.sentence == sent]
        return own[0].value if own else None
