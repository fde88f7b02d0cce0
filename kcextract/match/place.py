"""Places below the province: districts, towns, cities and communes named with their level word, and districts,
towns and cities of one province named without it.

``huyện Krông Pắc`` -> place ``Krông Pắc`` (district, Đắk Lắk); ``xã Tân Lập`` -> a commune whose province is
known only when one of the provinces that have a Tân Lập is named in the article (else province None).
A name counts only capitalised and, but for a district-level name of one province (``nông dân Cái Bè``,
rules/place_context.tsv), only after its level word, so ``xã hội`` (society) and ``Mỗi xã một sản phẩm`` are
never places. Names and provinces come from ``gazetteers/places.tsv`` (before and after the 2025
reform); the level words from ``rules/place_levels.tsv``. The pre-2025 list is the data set's, as of early
2025: a district or town dissolved before then (``thị xã Cửa Lò``, ``quận Thủ Đức``) is found through the 2025
commune or ward that took up its name.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex
from spacy.language import Language

from .. import data
from ..data import Place
from ..facts import Fact
from ..numbers import _alt, whole_words
from .context import Context

_NAME_START = regex.compile(r"\s+(?=\p{Lu}|\d)")
_ABOVE_COMMUNE = {"district", "town", "city"}
# the levels a level word may be out of date by: a town became a commune or a ward ('xã Sơn Thịnh' for the old
# 'thị trấn Sơn Thịnh'), a district a town or a city; never a district for a commune ('huyện Bắc Sơn' is Lạng
# Sơn's district, not Hà Nội's commune Bắc Sơn because the article names Hà Nội)
_NEIGHBOURS = {"commune": {"commune", "town", "ward"}, "ward": {"commune", "town", "ward"},
               "town": {"commune", "town", "ward", "district", "city"}, "district": {"district", "town", "city"},
               "city": {"district", "town", "city"}}
# between a commune and the district it lies in: 'xã Tân Lập, huyện Bắc Sơn', 'xã Tân Lập (huyện Bắc Sơn)'
_ADDRESS_GAP = regex.compile(r"\s*(?:,|\(|-|–|thuộc)\s*(?:địa bàn\s+)?")
_LIST_NEXT = regex.compile(r"(?:,\s*|\s+và\s+|,\s*và\s+)(?=\p{Lu})")
_LIST_SEP = regex.compile(r",\s*|\s+và\s+|,\s*và\s+")  # between two items of a list
_RUN = regex.compile(r"[\p{L}\d]+(?:[ -][\p{Lu}\d][\p{L}\d]*)*")
_FIRST = regex.compile(r"[\p{L}\d]*")
def _goes_on(cased: str, start: int, end: int) -> bool:
    """The capitalised name written at ``start`` goes on past ``end``, where a unit's name ends: 'Quế' of 'xã Quế
    Xuân' (the run _longest reads names from)."""
    return _RUN.match(cased, start).end() > end


# a maximal run of two capitalised words or more: a bare name ('Cái Bè', 'Mường Khương')
_CAPITALISED_RUN = regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+(?![\p{L}\d])")


# a cooperative's head word and maybe its trade's lower-case words, right before a capitalised run of its name
_COOPERATIVE_BEFORE = regex.compile(r"(?<!\p{L})(?:hợp tác xã|htx)(?:\s+\p{Ll}+){0,3}\s+$")
_AT_BEFORE = regex.compile(r"(?<!\p{L})(?:ở|tại)\s+$")  # 'ở', 'tại' right before a name: where something is
# 'làng' and the craft's words before a craft village's name ('làng gốm ', 'làng nghề mây tre đan ')
_VILLAGE_BEFORE = regex.compile(r"(?<!\p{L})làng(?:\s+nghề)?(?:\s+\p{Ll}+){0,4}?\s+$")


class PlaceMatcher:
    """spaCy component ``kc_place``: a ``place`` fact for each district, town or commune named."""

    def __init__(self) -> None:
        self.places = data.places()
        self.levels = data.table("rules/place_levels.tsv", "word", "level")
        self.made_of = {w: set(v.split("|")) for w, v in data.table("rules/place_levels.tsv", "word", "made_of").items() if v}
        self.level_re = whole_words(self.levels)
        self.to_2025 = data.provinces()
        self.provinces = set(self.to_2025)
        kinds = data.word_kinds("rules/place_context.tsv")
        not_before = [*kinds["person"], *kinds["body"], *kinds["street"], *kinds["below"]]
        self.not_before_bare = regex.compile(rf"(?<!\p{{L}})(?:{_alt(not_before)})\s+$")
        # a day of the week right before a date: no place ('Thứ Ba, 18/11/2025')
        self.weekday = regex.compile(rf"(?:{_alt(kinds['weekday'])})(?=\s*,?\s*(?:ngày\s*)?\d{{1,2}}[/-]\d{{1,2}})")
        self.many_before = regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['many'])}|\d+)\s+$")
        # bare names: district-level units whose every unit of that name, in either era, lies in one province; or
        # a district (or city) whose every district-level namesake lies in its province, when only communes share
        # its name elsewhere: a commune is named with its level word, so 'Krông Năng: cà phê rang xay ...' is the
        # district of Đắk Lắk, not 'xã Krông Năng' of Gia Lai (a ward's name, often said bare in a city, is no such)
        self.bare: dict[str, Place] = {}
        self.bare_if_named: dict[str, Place] = {}
        self.bare_unnamed: dict[str, str] = {}
        for name, units in self.places.items():
            high = [u for u in units if u.level in _ABOVE_COMMUNE]
            if " " not in name or name in self.provinces or not any(u.era == "pre2025" for u in high):
                continue
            if len({u.province_2025 for u in units}) == 1 or len({u.province_2025 for u in high}) == 1 and \
                    any(u.level in ("district", "city") and u.era == "pre2025" for u in high) and \
                    not any(u.level == "ward" for u in units):
                self.bare[name] = next(u for u in high if u.era == "pre2025")
            elif len({u.province for u in high if u.era == "pre2025"}) == 1 and \
                    any(u.level == "district" and u.era == "pre2025" for u in high):
                # a district whose name only lower units share elsewhere, a ward too: bare, it is that district only
                # where the article names its province ('miến dong Nguyên Bình' in a story of Cao Bằng, not the
                # ward of Thanh Hóa)
                self.bare_if_named[name] = next(u for u in high if u.era == "pre2025" and u.level == "district")
            elif (city := self._known_city(units)) is not None:
                self.bare[name] = city
            if name not in self.bare and len({u.province for u in high if u.era == "pre2025"}) == 1:
                # (any district-level unit of one province before the reform, whatever lower units share its name:
                # the article's subject when it names no province at all, 'Ở Bắc Hà, ...', 'Ở Kim Bảng, ...')
                self.bare_unnamed[name] = next(u.province for u in high if u.era == "pre2025")
        self.by_first: dict[str, list[str]] = {}
        for name in sorted(self.places, key=len, reverse=True):
            # (keyed by the first run of letters, as _longest reads it: "M'Đrắk" under "M")
            self.by_first.setdefault(_FIRST.match(name).group(), []).append(name)

    @staticmethod
    def _known_city(units: list) -> Place | None:
        """The one city (thành phố) of a name before the reform, when no other district or city bore it and only a
        few provinces' communes, wards or townships do: named bare, it is the city ('làng mộc Kim Bồng ở Hội An' is
        Quảng Nam's, not An Giang's township; a commune is named with its level word). A name that many provinces'
        communes share ('Tân An', 'Thuận An') stays open."""
        cities = [u for u in units if u.level == "city" and u.era == "pre2025"]
        if len(cities) != 1:
            return None
        city = cities[0]
        if any(u.level in ("district", "city") and u.province_2025 != city.province_2025 for u in units):
            return None
        return city if len({u.province_2025 for u in units} - {city.province_2025}) <= 3 else None

    def __call__(self, doc):
        ctx = Context.of(doc)
        named = {f.value for f in ctx.facts if f.type == "province"}
        years = [int(f.value[-4:]) for f in ctx.facts if f.type == "period"]
        # an article of the reform's time names new units; one that gives no year at all may name either, so a name
        # whose units of the two eras lie in different provinces stays open to the article's other places
        era = ("2025" if max(years) >= 2025 else "pre2025") if years else None
        unsettled: list[tuple[Fact, list]] = []  # places of a name several provinces have, with their units
        not_provinces: set[int] = set()  # where a province's name is another province's district ('huyện Quảng Ninh')
        for m in self.level_re.finditer(ctx.lower):
            gap = _NAME_START.match(ctx.cased_shape, m.end())
            if not gap or ctx.in_chrome(m.start()) or not (
                    ctx.on_token_edges(m.start(), m.end()) or m.start() in ctx.token_starts and ctx.cased_shape[m.start()].isupper()):
                # 'xã' inside the word 'Hợp tác xã' (a cooperative) is no level word; a capitalised one the segmenter
                # took in one word with the name ('Huyện Văn Chấn' opening a sentence) is
                continue
            start = gap.end()
            level = self.levels[m.group()]
            listed = False
            while True:
                found = self._longest(ctx.cased_shape, start)
                many = self.many_before.search(ctx.lower, max(0, m.start() - 12), m.start())
                if found is None or found[0] in self.provinces and (level in _ABOVE_COMMUNE or many) and \
                        not self._namesake_elsewhere(found[0], level) or \
                        listed and not many and found[0] in self.provinces and "và" not in ctx.lower[name_end:start]:
                    # (a province's name after one commune and a comma is its address, not a second commune: 'HTX chè
                    # Tân Hương (xã Tân Cương, Thái Nguyên)')
                    # 'thành phố Hà Giang' names the province (ANNOTATION.md), and so do 'các xã Hà Giang', its
                    # communes; 'phường Bắc Giang' is a ward (the province matcher leaves a name after one commune's or
                    # ward's level word to this one)
                    break
                name, name_end = found
                if name in self.provinces:
                    not_provinces.add(start)
                added = self._add(ctx, name, level, start, name_end, named - {name} if name in self.provinces else named,
                                  era, self.made_of.get(m.group()), listed)
                if added is None and not listed:
                    break
                if added is not None and added[1]:
                    unsettled.append(added)
                # the next name of a list under one level word: 'các xã Bảo Lâm, Di Linh, Đức Trọng' (an item of
                # another level in the list is passed over: 'các xã Tây Sơn, Hoài Nhơn, Phù Mỹ')
                more = _LIST_NEXT.match(ctx.cased_shape, name_end)
                if not more:
                    break
                if added is not None and not listed and self._address_district(ctx, m.start(), level, more, added):
                    break
                start, listed = more.end(), True
        self._bare_names(ctx)
        self._listed_namesakes(ctx, not_provinces)
        if not_provinces:
            ctx.facts[:] = [f for f in ctx.facts if f.type != "province" or f.start not in not_provinces]
            named = {f.value for f in ctx.facts if f.type == "province"}
        self._village_names(ctx)
        self._settle_by_address(ctx)
        self._settle_by_places(ctx, named, unsettled)
        self._settle_together(ctx, named, unsettled)
        return doc

    def _settle_together(self, ctx: Context, named: set[str], unsettled: list[tuple[Fact, list]]) -> None:
        """Ambiguous communes of an article that names no province and settles no place, resolved by one another: two
        or more names that all lie in one province only ('xã Minh Tiến' and 'xã Phú Xuyên' together are Thái
        Nguyên's). Names shared by many provinces each, so two of them meet in one province by chance only seldom; the
        article's other places would otherwise settle them (_settle_by_places)."""
        if named or any(f.type == "place" and f.province for f in ctx.facts):
            return
        open_names = {f.value: units for f, units in unsettled if f.province is None and f.province_2025 is None}
        if len(open_names) < 2:
            return
        common = set.intersection(*({u.province for u in units if u.province} for units in open_names.values()))
        if len(common) != 1:
            return
        province, settled = common.pop(), {}
        for fact, units in unsettled:
            if fact.value in open_names and fact.province is None and fact.province_2025 is None:
                settled[id(fact)] = replace(fact, province=province, province_2025=self._resolve(units, {province})[1])
        ctx.facts[:] = [settled.get(id(f), f) for f in ctx.facts]

    def _address_district(self, ctx: Context, level_start: int, level: str, sep: regex.Match,
                          added: tuple[Fact, list]) -> bool:
        """After one commune (no 'các', no number before its level word), a comma and a name that is a district, town
        or city of the commune's own province: the commune's address, not a second commune ('xã Hòa Hiệp Nam, Đông
        Hòa' is in the district Đông Hòa of Phú Yên, though communes elsewhere bear that name). Adds that unit."""
        if level not in ("commune", "ward", "town") or "và" in sep.group() or \
                self.many_before.search(ctx.lower, max(0, level_start - 12), level_start):
            return False
        found = self._longest(ctx.cased_shape, sep.end())
        if found is None or found[0] in self.provinces or _goes_on(ctx.cased_shape, sep.end(), found[1]):
            return False
        fact, units = added
        provinces = {fact.province} if fact.province else {u.province for u in units if u.province}
        high = [u for u in self.places[found[0]] if u.level in _ABOVE_COMMUNE and u.era == "pre2025"
                and u.province in provinces]
        if len({u.province for u in high}) != 1:
            return False
        unit = high[0]
        ctx.add(Fact(type="place", text=ctx.text[sep.end():found[1]], start=sep.end(), end=found[1], value=unit.name,
                     level=unit.level, province=unit.province, province_2025=unit.province_2025), take=False)
        return True

    def _namesakes_elsewhere(self, name: str) -> list[Place]:
        """The districts, towns and cities before the reform named like the province ``name`` that lay in other
        provinces ('Quảng Ninh' of Quảng Bình); none when one lay in the province itself ('thành phố Hà Giang',
        'huyện Điện Biên' name their province, ANNOTATION.md)."""
        units = [u for u in self.places.get(name, ()) if u.level in _ABOVE_COMMUNE and u.era == "pre2025"]
        return [] if any(u.province == name for u in units) else units

    def _namesake_elsewhere(self, name: str, level: str) -> bool:
        """A province's name under a district-level word is a unit of another province ('huyện Quảng Ninh')."""
        return level in _ABOVE_COMMUNE and bool(self._namesakes_elsewhere(name))

    def _listed_namesakes(self, ctx: Context, not_provinces: set[int]) -> None:
        """A province's name listed among places of one province, that province having a district of the name,
        is that district: 'các xã ven biển như Hải Lăng, Gio Linh, Quảng Ninh' (Quảng Bình's Quảng Ninh, in the
        Quảng Trị of 2025 as Hải Lăng is), not the province of Hạ Long. A place fact replaces the province's."""
        places = sorted((f for f in ctx.facts if f.type == "place"), key=lambda f: f.start)
        if not places:
            return
        for f in [f for f in ctx.facts if f.type == "province" and f.start not in not_provinces]:
            units = self._namesakes_elsewhere(f.value)
            if not units:
                continue
            beside = [p for p in places if _LIST_SEP.fullmatch(ctx.cased_shape, p.end, f.start) or
                      _LIST_SEP.fullmatch(ctx.cased_shape, f.end, p.start)]
            near = {p.province_2025 for p in beside if p.province_2025}
            hits = [u for u in units if u.province_2025 in near]
            if len({u.province for u in hits}) != 1:
                continue
            unit = hits[0]
            not_provinces.add(f.start)
            ctx.add(Fact(type="place", text=f.text, start=f.start, end=f.end, value=unit.name, level=unit.level,
                         province=unit.province, province_2025=unit.province_2025), take=False)

    def _settle_by_address(self, ctx: Context) -> None:
        """A commune or ward written with the district it lies in ('xã Tân Lập, huyện Bắc Sơn') is that district's
        namesake, whatever other province the article names: an address settles before the article's evidence."""
        places = sorted((f for f in ctx.facts if f.type == "place"), key=lambda f: f.start)
        settled = {}
        for low, high in zip(places, places[1:]):
            if low.level not in ("commune", "ward", "town") or high.level not in _ABOVE_COMMUNE or \
                    high.level == low.level or not (high.province or high.province_2025):
                continue
            if not self._written_with(ctx, low, high):
                continue
            units = [u for u in self.places.get(low.value, ()) if u.level in _NEIGHBOURS[low.level] and (
                u.province == high.province if high.province else u.province_2025 == high.province_2025)]
            province, province_2025 = self._resolve(units, set())
            if units and (province, province_2025) != (low.province, low.province_2025) and \
                    (province or province_2025):
                settled[id(low)] = replace(low, province=province, province_2025=province_2025)
        # (the name's other mentions, the title's among them, are the same place)
        by_name = {(f.value, f.level): f for f in settled.values()}
        for f in places:
            same = by_name.get((f.value, f.level))
            if same is not None and id(f) not in settled:
                settled[id(f)] = replace(f, province=same.province, province_2025=same.province_2025)
        if settled:
            ctx.facts[:] = [settled.get(id(f), f) for f in ctx.facts]

    def _written_with(self, ctx: Context, low: Fact, high: Fact) -> bool:
        """``high`` is written right after ``low`` as its address: a comma, a bracket, a dash or 'thuộc', then
        maybe its level word, then its name ('xã Tân Lập, huyện Bắc Sơn', 'xã Tân Lập (Bắc Sơn)')."""
        gap = _ADDRESS_GAP.match(ctx.lower, low.end)
        if not gap:
            return False
        if gap.end() == high.start:
            return True
        level = self.level_re.match(ctx.lower, gap.end())
        name = _NAME_START.match(ctx.cased_shape, level.end()) if level else None
        return name is not None and name.end() == high.start

    def _settle_by_places(self, ctx: Context, named: set[str], unsettled: list[tuple[Fact, list]]) -> None:
        """An ambiguous commune resolved by the article's other places: 'xã Tân Lập, huyện Đồng Phú' is the Tân
        Lập of Bình Phước, the one province that has both. Only a province the other places settle alone counts."""
        found = {f.province for f in ctx.facts if f.type == "place" and f.province}
        if not found - named:
            return
        # (the districts, towns and cities the reform abolished tell an article that names units as they were)
        before_reform = {f.province for f in ctx.facts if f.type == "place" and f.province and f.level in _ABOVE_COMMUNE}
        settled = {}
        for fact, units in unsettled:
            if fact.province is not None and fact.province in named | before_reform:
                continue  # (settled by its level word, in a province the article's other evidence names too)
            if fact.province_2025 is not None:
                old = [u for u in units if u.province in before_reform - named]
                if len({u.province for u in old}) == 1:
                    settled[id(fact)] = replace(fact, province=old[0].province, province_2025=old[0].province_2025)
                continue
            province, province_2025 = self._resolve(units, named | found)
            if province or province_2025:
                settled[id(fact)] = replace(fact, province=province, province_2025=province_2025)
        ctx.facts[:] = [settled.get(id(f), f) for f in ctx.facts]

    def _bare_names(self, ctx: Context) -> None:
        """A district, town or city named without its level word ('nông dân Cái Bè'): a capitalised run that is
        exactly the name of such a unit of one province, on word edges, clear of other facts and not after a
        person's title or a body's opening word (rules/place_context.tsv)."""
        taken = [(f.start, f.end) for f in ctx.facts if f.type in ("place", "province", "organization", "product")]
        named = {f.value for f in ctx.facts if f.type == "province"}
        for m in _CAPITALISED_RUN.finditer(ctx.cased_shape):
            run, at, end = m.group(), m.start(), m.end()
            unit = self.bare.get(run)
            if unit is None and run.count(" ") >= 2 and _COOPERATIVE_BEFORE.search(ctx.lower, max(0, at - 30), at):
                # a cooperative named after its goods, then its place ('Hợp tác xã Tỏi Lý Sơn'): the run's end
                run, at = self._place_ending(run, at)
                unit = self.bare.get(run)
            if unit is None and not named:
                self._unnamed(ctx, m, m.group(), taken)
            if unit is None and named:
                unit = self.bare_if_named.get(run)
                if unit is not None and not (self._in_named(unit, named) and ctx.on_token_edges(at, end)):
                    unit = None
            if unit is None or ctx.in_chrome(at) or not _on_name_edges(ctx, at, end):
                continue
            if named and not self._in_named(unit, named) and not ctx.on_token_edges(at, end):
                continue  # (glued to a word, a name is weaker evidence: 'đồ thêu Văn Lâm' of Ninh Bình is no Hưng Yên)
            if any(s < end and at < e for s, e in taken):
                continue
            if self.not_before_bare.search(ctx.lower, max(0, at - 20), at) or self._weekday(ctx, at, end):
                continue
            if named and not self._in_named(unit, named) and any(
                    self._in_named(u, named) for u in self.places[unit.name] if u.province_2025 != unit.province_2025):
                continue  # a commune of that name in the article's province, said bare: 'mây tre đan Cẩm Giàng'
            ctx.add(Fact(type="place", text=ctx.text[at:end], start=at, end=end,
                         value=unit.name, level=unit.level, province=unit.province,
                         province_2025=unit.province_2025), take=False)
            ctx.bare_places.add(at)

    def _weekday(self, ctx: Context, at: int, end: int) -> bool:
        """The run at ``at:end`` is a day of the week right before a date ('Thứ Ba, 18/11/2025'), not a place."""
        m = self.weekday.match(ctx.lower, at)
        return m is not None and m.end() == end

    def _place_ending(self, run: str, at: int) -> tuple[str, int]:
        """The longest name of two words or more that ends ``run`` (written at ``at``) and is a bare unit name, with
        where it starts; else the run itself."""
        words = run.split(" ")
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if tail in self.bare:
                return tail, at + len(run) - len(tail)
        return run, at

    def _unnamed(self, ctx: Context, m: regex.Match, run: str, taken: list[tuple[int, int]]) -> None:
        """A district-level name of one province said bare after 'ở' or 'tại', in an article that names no province
        ('Ở Bắc Hà, ...'): its province, for the subject only (Context.unnamed_places). Only where the text says
        something is there: a bare name elsewhere is as often a person's ('Thanh Thủy') or a company's ('Vàng bạc Đá
        quý Phú Nhuận')."""
        cut = 2 if run.startswith("Ở ") else 4 if run.startswith("Tại ") else 0  # (the run a sentence's 'Ở' opens)
        province = self.bare_unnamed.get(run[cut:])
        n_start = m.start() + cut
        if province is not None and (cut or _AT_BEFORE.search(ctx.lower, max(0, m.start() - 6), m.start())) and \
                not ctx.in_chrome(m.start()) and _on_name_edges(ctx, n_start, m.end()) and \
                not any(s < m.end() and n_start < e for s, e in taken):
            ctx.unnamed_places.append((n_start, province))

    def _village_names(self, ctx: Context) -> None:
        """A craft village named after its commune, without the level word ('làng gốm Bát Tràng', 'làng nghề Phù
        Lãng'): a capitalised run right after 'làng' (and the craft's lower-case words) that is exactly the name of
        communes (and maybe wards) of one province only, as that commune, where the article names that province or
        none. A name only wards have, or communes of
        several provinces, stays unread: a village is as often named after no commune at all ('làng tranh Đông Hồ'
        is no ward of Hà Tiên)."""
        taken = [(f.start, f.end) for f in ctx.facts if f.type in ("place", "province", "organization")]
        named = {f.value for f in ctx.facts if f.type == "province"}
        for m in _CAPITALISED_RUN.finditer(ctx.cased_shape):
            if not _VILLAGE_BEFORE.search(ctx.lower, max(0, m.start() - 40), m.start()) or ctx.in_chrome(m.start()) \
                    or m.start() not in ctx.token_starts or any(s < m.end() and m.start() < e for s, e in taken):
                # (its start on a word's: the segmenter may take the verb after it into its last word, 'Phù Lãng được')
                continue
            units = self.places.get(m.group(), [])
            if not units or m.group() in self.provinces or not any(u.level == "commune" for u in units) or \
                    any(u.level not in ("commune", "ward") for u in units) or \
                    len({u.province_2025 for u in units}) != 1 or len({u.province for u in units if u.province}) > 1:
                continue
            unit = next((u for u in units if u.era == "pre2025"), units[0])
            if named and not self._in_named(unit, named):
                continue  # (a village of an article that names other provinces only: 'làng nghề dệt đũi Nam Cao' in
                # Thái Bình is no commune of Cao Bằng; villages are as often named after a merged or no commune)
            ctx.add(Fact(type="place", text=ctx.text[m.start():m.end()], start=m.start(), end=m.end(),
                         value=unit.name, level=unit.level, province=unit.province,
                         province_2025=unit.province_2025), take=False)

    def _add(self, ctx: Context, name: str, level: str, start: int, end: int, named: set[str],
             era: str | None, made_of: set[str] | None = None, listed: bool = False) -> tuple[Fact, list] | None:
        """A place fact for ``name``, written at ``start:end``, under a level word, with the units it may be when
        no province could be settled (else an empty list); None when no unit of that level has the name.
        ``made_of``: the pre-2025 levels every unit the level word names was made from (rules/place_levels.tsv)."""
        # (a town and a city may stand for each other, the level word being out of date; but a unit of the very
        # level written is the one meant: 'thành phố Hội An' is Quảng Nam's city, not An Giang's town of the name)
        units = [u for u in self.places[name] if u.level == level] or \
            [u for u in self.places[name] if {u.level, level} <= {"town", "city"}]
        if made_of and units:
            # a special zone is one of the 2025 namesakes where a district of the name lay before ('đặc khu Cô Tô':
            # Quảng Ninh's island district, not An Giang's commune Cô Tô)
            former = {u.province_2025 for u in self.places[name] if u.era == "pre2025" and u.level in made_of}
            units = [u for u in units if u.province_2025 in former] or units
        if units and named and not any(self._in_named(u, named) for u in units):
            # the level word may be out of date ('xã Sơn Thịnh' for what was the town 'thị trấn Sơn Thịnh'):
            # a unit of the same name at another level in a province the article names is the one meant
            units = [u for u in self.places[name]
                     if self._in_named(u, named) and u.level in _NEIGHBOURS.get(level, {level})] or units
        if not units and level in ("commune", "ward", "town") and not listed and \
                not _goes_on(ctx.cased_shape, start, end):
            # no unit of the level written bears the name: the level word is out of date ('xã Điện Phương', a ward
            # since 2020; 'phường Vạn Thắng' of Nha Trang, merged before the data's date, beside the commune of
            # the name in Vạn Ninh): a unit of a neighbouring level, settled by the article's evidence as any other.
            # Only the whole name right after the level word: not the start of a longer one ('xã Quế Xuân' is no
            # ward Quế), nor a name listed after it, often the district of an address ('xã Điện Phong, Điện Bàn');
            # and where the article names provinces, only in one of them ('xã Đức Thắng' of Mộ Đức, merged before
            # the data's date, is no ward of Hà Nội in a story of Quảng Ngãi)
            units = [u for u in self.places[name] if u.level in _NEIGHBOURS[level]
                     and (not named or self._in_named(u, named))]
        if not units and level in _ABOVE_COMMUNE:
            units = self._dissolved(name, level)
        if not units:
            return None
        in_named = [u for u in units if self._in_named(u, named)]
        if in_named and len(in_named) < len(units):
            units = in_named  # the article's own provinces before the era: 'xã Tân Lập (tỉnh Phú Thọ)' in 2025
        own = [u for u in units if u.province in named or not u.province and u.province_2025 in named]
        if own and len(own) < len(units):
            # a province named by its own name is not one it absorbed: 'xã Thanh Sơn, tỉnh Phú Thọ' is not the
            # Thanh Sơn of Hòa Bình, though Hòa Bình went into Phú Thọ
            units = own
        candidates = units
        if any(u.era == era for u in units):
            units = [u for u in units if u.era == era]
        province, province_2025 = self._resolve(units, named)
        if province is None and province_2025 and not any(u.province for u in units):
            province = self._former_province(candidates, province_2025, named)
        if province and era == "2025" and all(u.era == "2025" for u in units):
            # a unit of the reform named in a story of its time: its former province is known (the conversion table's,
            # gazetteers/places.tsv, or its namesake's), but the story is of the province it lies in then
            ctx.later_places.add(start)
        fact = Fact(type="place", text=ctx.text[start:end], start=start, end=end, value=units[0].name,
                    level=level, province=province, province_2025=province_2025)
        ctx.add(fact, take=False)
        if province is not None and level in ("commune", "ward") and not in_named:
            # (a commune's or ward's namesake of a neighbouring level elsewhere, its level word maybe out of date,
            # stays open to the article's other places: 'xã Phượng Sơn' beside 'huyện Lục Ngạn' is Bắc Giang's ward
            # of the name, not Hà Nội's commune)
            others = [u for u in self.places[name] if u.level in _NEIGHBOURS[level] and u.province
                      and u.province != province]
            if others:
                return fact, [*candidates, *others]
        # (one the article's era settled in a 2025 province only stays open to its old units too: 'xã Phong Nẫm
        # (thành phố Phan Thiết)' in a story of 2025 names a district-level unit, gone in the reform)
        return fact, (candidates if province is None else [])

    def _former_province(self, candidates: list, province_2025: str, named: set[str]) -> str | None:
        """The pre-2025 province of a unit known only by its 2025 province ('các xã Hữu Lũng, Chi Lăng' since the
        reform): the one province that became it, or the one of its former provinces the article names (not by the
        name the merged province kept: 'tỉnh Phú Thọ' in 2026 is Phú Thọ, Vĩnh Phúc and Hòa Bình together). None
        when a unit of that name lay in another province before the reform: the name is ambiguous then."""
        former = {old for old, new in self.to_2025.items() if new == province_2025}
        if any(u.province and u.province not in former for u in candidates):
            return None
        # a unit before the reform that bore the name, at any level, in one of the former provinces alone: the
        # 2025 unit took its name there ('xã Năm Căn' of the 2025 Cà Mau after the district Năm Căn of Cà Mau)
        older = {u.province for u in self.places.get(candidates[0].name, ()) if u.province} & former
        if len(older) == 1 and older <= former:
            return next(iter(older))
        hits = (former & named) - {province_2025} if len(former) > 1 else former
        return next(iter(hits)) if len(hits) == 1 else None

    def _in_named(self, unit, named: set[str]) -> bool:
        """The unit lies in a province the article names, by its pre-2025 or its 2025 province."""
        return unit.province in named or any(self.to_2025.get(n) == unit.province_2025 for n in named)

    def _dissolved(self, name: str, level: str) -> list:
        """A district-level unit gone before the data's date, whose name a 2025 commune or ward took up ('thị xã
        Cửa Lò', merged into Vinh in 2025, is now 'phường Cửa Lò'): in the 2025 unit's province; its pre-2025
        province too when that 2025 province was one province before the merger, or the article names which."""
        later = [u for u in self.places[name] if u.era == "2025" and u.level in ("commune", "ward")]
        if len({u.province_2025 for u in later}) != 1:
            return []
        new = later[0].province_2025
        # one unit per province that went into the 2025 one: the provinces the article names pick among them
        return [Place(later[0].name, level, old, new, "pre2025") for old, p25 in self.to_2025.items() if p25 == new]

    def _longest(self, cased: str, start: int) -> tuple[str, int] | None:
        """The longest unit name written at ``start`` and where it ends there; an apostrophe may be typeset
        ("M’Đrắk" for "M'Đrắk") and a hyphen spaced or not ('Phan Rang-Tháp Chàm' for 'Phan Rang - Tháp Chàm')."""
        run = _RUN.match(cased, start)
        if not run:
            return None
        first = _FIRST.match(run.group()).group()
        for name in self.by_first.get(first, ()):
            if "'" in name or "-" in name:
                m = self._loose(name).match(cased, start)
                end = m.end() if m else None
            else:
                end = start + len(name) if cased.startswith(name, start) else None
            if end is not None and not regex.match(r"[\p{L}\d]", cased[end:end + 1]):
                return name, end
        return None

    @staticmethod
    @lru_cache(maxsize=None)
    def _loose(name: str) -> regex.Pattern:
        return regex.compile(regex.escape(name).replace("'", "['’ʼ]").replace(r"\ \-\ ", r"\s*-\s*")
                             .replace(r"\-", r"\s*-\s*"))

    @staticmethod
    def _resolve(units: list, named: set[str]) -> tuple[str | None, str | None]:
        """(pre-2025 province, 2025 province) of a place name, settled by the provinces the article names."""
        old = {u.province for u in units if u.province}
        new = {u.province_2025 for u in units}
        if len(old) > 1:
            hits = old & named
            old = hits if len(hits) == 1 else set()
            if old:
                new = {u.province_2025 for u in units if u.province in old}
        if not old and len(new) > 1:
            data_map = data.provinces()
            hits = {p for p in new if p in named or any(data_map.get(n) == p for n in named)}
            new = hits if len(hits) == 1 else set()
        province = next(iter(old)) if len(old) == 1 else None
        province_2025 = next(iter(new)) if len(new) == 1 else (data.provinces().get(province) if province else None)
        return province, province_2025


@Language.factory("kc_place")
def make_place_matcher(nlp: Language, name: str) -> PlaceMatcher:
    return PlaceMatcher()


def _on_name_edges(ctx: Context, start: int, end: int) -> bool:
    """A capitalised run stands on word edges, or underthesea glued a lower-case word of the sentence to it ('cam
    Vũ Quang', 'Vũ Quang trồng' as one word each): the name's own syllables are whole, and what the word holds
    beyond them is lower case, as the run's being maximal ensures. Such a glued name counts only in a province the
    article names, or where it names none (_bare_names)."""
    if ctx.on_token_edges(start, end):
        return True
    first, last = ctx.token_containing(start), ctx.token_containing(end - 1)
    return first is not None and last is not None and \
        (first[0] == start or ctx.text[start - 1] == " ") and (last[1] == end or ctx.text[end] == " ")

