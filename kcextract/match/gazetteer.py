"""Gazetteer matchers: provinces (with the 2025 merger) and products (most specific entry wins).

Provinces are proper names: matched on the tone-folded text with their capitals. Products are common
nouns: matched lower-case, but only on underthesea word edges, which is why ``cam`` (orange) is not
found inside the word ``cam kết`` (commit).
"""
from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language

from .. import data
from ..facts import Fact
from ..normalise import fold, fold_tones
from ..numbers import _alt
from ..wordseg import segmenter
from .context import Context, place_names

_EDGE_L = r"(?<![\p{L}\d])"
_EDGE_R = r"(?![\p{L}\d])"
# A run of letters and digits: a gazetteer entry can only start where one starts (left edge), and the
# entry's own first run must be the whole of it (right edge or a non-letter inside the entry).
_RUN = regex.compile(r"[\p{L}\d]+")
_WORD_CHAR = regex.compile(r"[\p{L}\d]")
_TWO_WORDS = regex.compile(r"\p{L}+ \p{L}+(?!\p{L})")  # two words in a row, as a dessert's name may be
_ONE_WORD_BEFORE = regex.compile(r"(\p{L}+) $")


def _good(ctx: Context, start: int, end: int, value: str, category: str) -> Fact:
    """The product fact of ``ctx.text[start:end]``, named as written."""
    return Fact(type="product", text=ctx.text[start:end], start=start, end=end, value=value,
                name=ctx.text[start:end], category=category)


def _word_before(key: str, start: int) -> str | None:
    """The word right before ``start``, one space between ('quán' of 'quán chè', 'khay' of 'khay trà'), or None."""
    m = _ONE_WORD_BEFORE.search(key, max(0, start - 12), start)
    return m.group(1) if m else None

# level words of the units below a district: a province's name right after one names that unit
# (one unit: 'các xã Hà Giang', '100% số xã Hà Nam' are the province's communes)
_COMMUNE_BEFORE = regex.compile(r"(?<!(?:các|những|số|mọi|nhiều|\d)\s)(?<![\p{L}])(?:xã|phường|thị trấn|ấp|thôn|bản|khóm) $")

# POS tags (underthesea's VLSP set) of words that cannot tell which product a head names, nor open a good's noun
# phrase: adjective, adverb, preposition, conjunctions, particle, pronoun, determiner, punctuation.
NOT_A_KIND = frozenset({"A", "R", "E", "C", "Cc", "T", "P", "L", "CH"})

_FISH = "cá"  # the head of a fish's name
# 'giống' right after a good: its seed or breeding stock, bought as an input ('mua hạt dâu giống', 'tôm giống'),
# not the good a producer makes; not 'giống như', 'giống nhau', 'giống với' (alike), nor a variety's name after it
# ('sầu riêng giống Monthong'); read on the text as written
_SEED_STOCK = regex.compile(r"\s+giống(?!\s+(?:như|nhau|với|hệt|y)(?!\p{L}))(?!\p{L})(?!\s+\p{Lu})")
# a likeness right before a good: 'như một chai', '(giống) như những' ('thiết kế như một chai rượu vang')
_LIKENED = regex.compile(r"(?<!\p{L})(?:như|tựa|tựa như)\s+(?:một|những)\s+(?:\p{L}+\s+)?$")


# the word right before a product head, two for 'khai thác' and 'thăm dò' (rules/product_heads.tsv 'other_before')
_WORD_BEFORE = regex.compile(r"(?:^|(?<=[^\p{L}\d]))((?:khai thác|thăm dò|[\p{L}\dx]+))\s+$")
# a number, in figures ('4', '10x10') or in words, before a vehicle's wheels
_NUMBER_WORD = regex.compile(r"[\dx]+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười")


@lru_cache(maxsize=None)
def other_words_by_first() -> dict[str, list[str]]:
    """The words a good's word makes with the word after it ('kính gửi', 'rượu chè', 'bánh lốp'), by their first
    word: rules/product_context.tsv 'other_word', read by every product matcher."""
    out: dict[str, list[str]] = {}
    for phrase in data.word_kinds("rules/product_context.tsv").get("other_word", ()):
        out.setdefault(phrase.split(" ")[0], []).append(phrase)
    return out


@lru_cache(maxsize=None)
def dessert_words() -> frozenset[str]:
    """What a sweet soup is made of after 'chè' ('chè đậu xanh', 'chè cốm'): rules/product_context.tsv 'dessert',
    read by both product matchers."""
    return frozenset(data.word_kinds("rules/product_context.tsv").get("dessert", ()))


@lru_cache(maxsize=None)
def product_suffixes() -> frozenset[str]:
    """Words of processing, kind or quality that may follow a good without changing it ('sấy', 'mỹ nghệ'):
    rules/product_context.tsv 'suffix', read by both product matchers."""
    return frozenset(data.word_kinds("rules/product_context.tsv").get("suffix", ()))


def other_word_end(key: str, start: int) -> int | None:
    """Where the other word ends that the good's word at ``start`` of the folded ``key`` makes with the word after it
    ('Kính gửi', 'kính trọng', 'rượu chè'), else None."""
    word = _RUN.match(key, start)
    return next((start + len(p) for p in other_words_by_first().get(word.group() if word else "", ())
                 if key.startswith(p, start) and not key[start + len(p):start + len(p) + 1].isalpha()), None)


def seed_stock_after(text: str, end: int) -> bool:
    """The good ending at ``end`` of ``text`` (as written) is named as seed or breeding stock ('hạt dâu giống')."""
    return _SEED_STOCK.match(text, end) is not None


# a run of capitalised words: a province or place name written without its level word ('Lục Ngạn')
# a bare word said to be a specialty or a product ('mực trở thành thứ đặc sản', 'nhãn là sản phẩm chủ lực')
_ANNOUNCED_GOOD = regex.compile(r"\s+(?:(?:đã|cũng|vốn)\s+)?(?:là|trở thành|được xem là|được coi là)\s+(?:một\s+)?"
                                r"(?:(?:thứ|loại)\s+)?(?:đặc sản|sản phẩm|nông sản)(?!\p{L})")
_RATED_AFTER = regex.compile(r"\s*(?:\(\s*|đạt\s+(?:chuẩn\s+)?(?:ocop\s+)?)?\d\s*sao(?!\p{L})")  # '(3 sao)', 'đạt 4 sao'
_WORD = regex.compile(r"\p{L}+")
_NAME_RUN = regex.compile(r"\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}")
_PERSONAL = ("ông", "bà", "anh", "chị")  # personal titles right before a given name ('anh Thái Bình')
# the capitalised words right before a name, all of its run (up to three; a fourth makes the match fail its start)
_CAPITALS_BEFORE = regex.compile(r"(?<![\p{L}\d])(?<!\p{Lu}\p{Ll}* )\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2} $")


def categories_by_first_word(entries) -> dict[str, list[str]]:
    """The categories of the gazetteer's goods of two words or more, by their first word: a word that opens two
    goods or more is a class word of goods ('cá' of 'cá hồi', 'cá tra'; 'bánh'), one that opens one is not ('hồi'
    of 'hồi khô')."""
    out: dict[str, list[str]] = {}
    for name, entry in entries.items():
        if " " in name:
            out.setdefault(name.split(" ")[0], []).append(entry.category)
    return out


def entry_prefixes(entries, phrase: str) -> list[str]:
    """Gazetteer entries that are word-prefixes of ``phrase`` (shorter than it), longest first."""
    words = phrase.split(" ")
    return [p for p in (" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)) if p in entries]


def name_prefixes(run: str, least: int = 2) -> list[str]:
    """'Lục Ngạn Bắc Giang' -> 'Lục Ngạn Bắc Giang', 'Lục Ngạn Bắc', 'Lục Ngạn' (``least`` words at least)."""
    words = run.split(" ")
    return [" ".join(words[:n]) for n in range(len(words), least - 1, -1)]


_LIST_SEP_BEFORE = regex.compile(r"(?:,| và) $")  # the separator before a list's next item


def inside_a_word_below(ctx: Context, key: str, start: int, end: int) -> bool:
    """A good in a line set in capitals whose word and the word before it the article writes again below, in lower
    case, as one word of the segmenter's ('THỦ CÔNG MỸ NGHỆ' over the body's 'thủ công mỹ nghệ'): that word, not
    the good; the capitals hide word edges the lower case shows."""
    before = regex.search(r"(\p{L}+) $", key[max(0, start - 12):start])
    if before is None:
        return False
    phrase = f"{before.group(1)} {key[start:end]}"
    line_end = key.find("\n", end)
    at = key.find(phrase, line_end) if line_end >= 0 else -1
    while at >= 0:
        good = at + len(before.group(1)) + 1
        if ctx.text[at:good + end - start].islower():
            return good not in ctx.token_starts
        at = key.find(phrase, at + 1)
    return False


class ProvinceMatcher:
    """spaCy component ``kc_province``: every province named, canonical pre-2025 name as value."""

    def __init__(self) -> None:
        self.to_2025 = data.provinces()
        surfaces: dict[str, str] = {}
        for alias, canonical in data.province_aliases().items():
            for form in (alias, alias.upper()):
                surfaces[fold_tones(form)] = canonical
        self.surfaces = surfaces
        self.pattern = regex.compile(rf"{_EDGE_L}(?:{_alt(surfaces)}){_EDGE_R}")
        # communes and wards only: a district or city named longer than its province ('Điện Biên Phủ') keeps the
        # behaviour it had, the province named
        self.commune_names = {n for n, units in data.places().items() if all(u.level in ("commune", "ward") for u in units)}
        # words around the name that make it another thing (rules/province_context.tsv)
        rows = data.read_tsv("rules/province_context.tsv")
        self.goes_on = tuple(fold(r["word"]) for r in rows if r["kind"] == "goes_on")
        before: dict[str, list[str]] = {}
        for r in rows:
            if r["kind"] == "before":
                before.setdefault(r["province"], []).append(fold(r["word"]))
        self.before = {p: regex.compile(rf"{_EDGE_L}(?:{_alt(words)}) $") for p, words in before.items()}
        self.surnames = {fold(r["word"]) for r in rows if r["kind"] == "surname"}
        self.surname_words = {fold(r["word"]) for r in rows if r["kind"] == "surname_word"}
        titles = [fold(r["word"]) for r in rows if r["kind"] == "title"] + \
            list(data.word_kinds("rules/place_context.tsv")["person"])
        self.title = regex.compile(rf"{_EDGE_L}(?:{_alt(titles)}) $")
        self.personal = regex.compile(rf"{_EDGE_L}(?:{_alt(_PERSONAL)}) $")

    def __call__(self, doc):
        ctx = Context.of(doc)
        for m in self.pattern.finditer(ctx.cased):
            before = _COMMUNE_BEFORE.search(ctx.lower, max(0, m.start() - 20), m.start())
            if before and ctx.on_token_edges(before.start(), before.end() - 1) or self._starts_a_place(ctx, m.start(), m.end()):
                continue  # 'xã Thái Bình Trung', 'phường Bắc Giang': a commune or ward named like a province
            canonical = self.surfaces[m.group()]
            if self._other_sense(ctx, m.start(), canonical):
                continue  # 'Thái Bình Dương', 'Chủ tịch Hồ Chí Minh', 'Phó Thủ tướng Trương Hòa Bình'
            ctx.add(Fact(type="province", text=ctx.text[m.start():m.end()], start=m.start(), end=m.end(),
                         value=canonical, province_2025=self.to_2025[canonical], role="mention"), take=False)
        return doc

    def _other_sense(self, ctx: Context, start: int, canonical: str) -> bool:
        """The province's name at ``start`` opens another name ('Thái Bình Dương'), follows a word that makes it
        the person it is named after ('tư tưởng Hồ Chí Minh'), or is a person's given name: right after a family name
        that is no common word, maybe with 'Văn' or 'Thị' ('Trương Hòa Bình', 'Trần Thị Hà Nam' after a title),
        or right after a personal title ('anh Thái Bình'). rules/province_context.tsv."""
        key = ctx.lower
        if any(key.startswith(name, start) and not key[start + len(name):start + len(name) + 1].isalpha()
               for name in self.goes_on):
            return True
        reach = max(0, start - 40)
        if canonical in self.before and self.before[canonical].search(key, reach, start):
            return True
        words = _CAPITALS_BEFORE.search(ctx.cased, reach, start)
        if words is None:
            return self.personal.search(key, reach, start) is not None
        names = words.group().split()
        titled = fold(names[0]) in _PERSONAL  # (capitalised at a sentence's start: 'Ông Đỗ Hà Nam cho biết')
        if titled:
            names = names[1:]
        if not names:
            return True
        if len(names) > 2 or len(names) == 2 and fold(names[1]) not in ("văn", "thị"):
            return False
        family = fold(names[0])
        return family in self.surnames or family in self.surname_words and (
            titled or self.title.search(key, reach, words.start()) is not None)

    def _starts_a_place(self, ctx: Context, start: int, end: int) -> bool:
        """The province's name goes on into the name of a commune or ward ('Thái Bình' + 'Trung')."""
        run = _NAME_RUN.match(ctx.text, end + 1) if ctx.text[end:end + 1] == " " else None
        if not run:
            return False
        words = run.group().split(" ")
        head = ctx.text[start:end]
        return any(fold_tones(f"{head} {' '.join(words[:n])}") in self.commune_names for n in range(1, len(words) + 1))


class ProductMatcher:
    """spaCy component ``kc_product``: products from ``gazetteers/products.tsv``."""

    def __init__(self) -> None:
        self.entries = data.products()
        head_rows = data.read_tsv("rules/product_heads.tsv")
        self.heads = {fold(r["head"]): (r["rule"], r["category"]) for r in head_rows}
        # words right before a head that give it another sense ('xe ba bánh', 'giếng dầu'); '#' stands for a number
        self.head_other_before = {fold(r["head"]): set(filter(None, r["other_before"].split("|"))) for r in head_rows}
        self.head_by_run: dict[str, list[str]] = {}
        for head in sorted(self.heads, key=len, reverse=True):
            self.head_by_run.setdefault(_RUN.match(head).group(), []).append(head)
        self.function_words = set(data.word_list("rules/not_units.tsv", "word"))
        self.stop = self.function_words | set(data.word_list("rules/product_modifier_stop.tsv", "word"))
        around = data.word_kinds("rules/product_context.tsv")
        self.suffixes = set(product_suffixes())
        self.joined_after = set(around.get("joined_after", ()))
        self.name_title = regex.compile(rf"{_EDGE_L}(?:{_alt(around['name_title'])}) $") if around.get(
            "name_title") else None
        self.pair_words = set(around.get("pair", ()))
        # a capitalised middle name and given name after a good: a person's full name ('Ngô Thành Long')
        self.person_rest = regex.compile(rf" (?:{_alt(around['middle_name'])}) \p{{Lu}}", regex.IGNORECASE) \
            if around.get("middle_name") else None
        self.entry_words = {w for e in self.entries for w in (e.split(" ")[0], e.split(" ")[-1])}  # ends of entries
        self.class_words = {w for w, cats in categories_by_first_word(self.entries).items() if len(cats) >= 2}
        # first syllables a pair can start with: a pair word's, or an entry's
        self.pair_starts = {_RUN.match(w).group() for w in self.pair_words | set(self.entries)}
        self.ingredient_words = set(around.get("ingredient", ()))
        self.colour_words = set(around.get("colour", ()))
        self.plant_parts = set(around.get("plant_part", ()))
        self.dessert = dessert_words()
        self.dessert_before = set(around.get("dessert_before", ()))
        # a ware's word before 'trà' or 'chè' that makes the two a tea ware ('bộ đồ trà', 'khay trà'): no tea there
        self.ware_before = set(around.get("ware_before", ()))
        # what a clause goes on to say of the dessert: served on a menu, cooked from something ('Chè trong thực đơn
        # của quán nấu bằng đậu xanh')
        self.dessert_clause = regex.compile(rf"[^,.;:!?\n]{{0,40}}?\b(?:{_alt(around['dessert_clause'])})\b") \
            if around.get("dessert_clause") else None
        self.process_before = set(around.get("process_before", ()))
        self.not_joined = set(around.get("not_joined", ()))
        self.material_form = set(around.get("material_form", ()))
        self.verb_before_good = set(around.get("verb_before_good", ()))
        self.verb_sense = set(around.get("verb_sense", ()))  # 'gùi' of 'gùi hàng lên nương': to carry, no good
        self.leaf_before = set(around.get("leaf_before", ()))
        # a verb of buying or fitting out right before an industrial good: the producer's equipment, not its product
        self.equipping = regex.compile(rf"{_EDGE_L}(?:{_alt(around['equipping'])})(?: (?:\d+|các|một số|những))? $") \
            if around.get("equipping") else None
        # a good's word that opens another word with the word after it ('Kính gửi', 'kính trọng'), by its first word
        self.other_words = other_words_by_first()
        # the goods heads of the open-vocabulary matcher ('sản phẩm', 'đặc sản', ...: rules/product_open.tsv), right
        # before a good joined to a name: 'sản phẩm rượu San Lùng'
        open_kinds = data.word_kinds("rules/product_open.tsv")
        heads = open_kinds["head"]
        # nouns of place that open a name after a good ('nem chợ Huyện', 'cá sông Đà'): no modifier of the good
        self.origin_nouns = set(open_kinds.get("origin_noun", ()))
        self.product_before = regex.compile(rf"(?<!\p{{L}})(?:{_alt(heads)})\s+$")
        self.head_reach = max(map(len, heads)) + 2  # how far before a good its head can start
        # ... or an item of a list those heads announce ('25 sản phẩm đạt chuẩn OCOP, gồm: Nhút Thanh Chương, Hến
        # sấy Cẩm Lạc'; 'các đặc sản như chè Gay'; or the head's phrase and a colon: 'các sản phẩm OCOP: ...'), the item
        # starting right after the colon or the word, a comma, a semicolon or 'và'
        self.listed_after = regex.compile(rf"(?<!\p{{L}})(?:{_alt(heads)})(?!\p{{L}})[^.!?\n:]{{0,120}}?"
                                          rf"(?:(?<!\p{{L}})(?:gồm|như|là)(?:\s*:|\s)|:\s)"
                                          rf"(?:[^.!?\n]*?(?:,|;|\svà))?\s*$")
        self.not_ingredient = set(around.get("not_ingredient", ()))
        self.seasoned = set(around.get("seasoned", ()))  # 'rang' of 'mắc ca rang muối': the good after it seasons
        self.skin_words = set(around.get("skin", ()))
        self.cooked = set(around.get("cooked", ()))
        self.adverb_heads = set(around.get("adverb_head", ()))  # (only these heads are tagged, off the hot path)
        # a business head, then at most three words (a trade), ending right where the product starts
        self.business_before = regex.compile(
            rf"{_EDGE_L}(?:{_alt(around['business'])})(?P<between>(?: \p{{L}}+){{0,3}}) $") if around.get("business") else None
        # a craft village's word right before its good ('làng nghề gốm Cậy'): the name after the good is the village's
        self.village_before = regex.compile(rf"{_EDGE_L}(?:{_alt(around['village'])}) $") if around.get("village") else None
        self.not_trade = set(around.get("not_trade", ()))
        self.making = set(around.get("making", ()))
        self.many_before = regex.compile(rf"{_EDGE_L}(?:{_alt(around['many_before'])}|\d+) $") if around.get(
            "many_before") else None
        # Entries by their first letter-digit run, longest first: the leftmost-longest match of one big
        # alternation regex, found with a dict look-up per word instead of trying 1,200 branches per character.
        self.by_run: dict[str, list[str]] = {}
        for entry in sorted(self.entries, key=len, reverse=True):
            self.by_run.setdefault(_RUN.match(entry).group(), []).append(entry)
        self.origin = {r["word"]: (r["value"], r["category"]) for r in data.read_tsv("rules/product_origin.tsv")}
        self.place_names = set(place_names())
        # towns and districts and up: a business is often named after its commune ('HTX chè Tân Lập'),
        # seldom after a district, so only these make 'hủ tiếu Sa Đéc' a good and its origin
        self.district_names = {n for n, units in data.places().items() if any(
            u.level in ("district", "town", "city") for u in units)} | {fold_tones(p) for p in data.provinces()}
        self.starts = set(self.by_run) | set(self.head_by_run) | self.pair_starts | set(self.origin)

    def _longest_at(self, key: str, start: int, run: str) -> str | None:
        """The longest entry written at ``start`` (which begins the run ``run``) and ending on a word edge."""
        for entry in self.by_run.get(run, ()):
            if key.startswith(entry, start) and not _WORD_CHAR.match(key, start + len(entry)):
                return entry
        return None

    def __call__(self, doc):
        ctx = Context.of(doc)
        pos = 0
        key = ctx.lower
        made_with: set[int] = set()  # where a good another one is made or flavoured with ends ('bánh pía sầu riêng')
        # the names of provinces and places already found: a good's word inside one is the name's ('TRÀ VINH CŨ: ...'
        # in a title set in capitals, 'Quế Phong' opening a sentence)
        named = [(f.start, f.end) for f in ctx.facts if f.type in ("province", "place")]
        for run in _RUN.finditer(key):
            start = run.start()
            word = run.group()
            if start < pos or word not in self.starts:
                continue  # most words start no entry, head or pair: one set look-up
            pair = self._pair_at(ctx, key, start) if word in self.pair_starts else None
            if pair:
                for fact in pair:
                    ctx.add(fact, take=False)
                pos = pair[-1].end
                continue
            if word in ("trà", "chè") and _word_before(key, start) in self.ware_before:
                pos = start + len(word)
                continue  # a tea ware, no tea: 'bộ đồ trà gốm', 'khay trà sơn mài'
            dessert = self._dessert_at(ctx, key, start) if word == "chè" else None
            if dessert:
                pos = dessert
                continue  # the dessert, not tea
            other = other_word_end(key, start) if word in self.other_words else None
            found = self._entry_at(ctx, key, start, word) if word in self.by_run else None
            if other and len(found or "") <= other - start:
                # (not under a listed good longer than the other word: 'bánh răng bừa' is a cake, 'bánh răng' a gear)
                pos = other
                continue  # another word, no good in it: 'bánh lốp' (a wheel), 'rượu chè' (drinking)
            head = self._head_at(ctx, key, start, word) if word in self.head_by_run else None
            if head and (not found or len(head) >= len(found)):
                made = self._headed(ctx, key, start, head)
                if made:
                    if not self._not_its_own(ctx, key, made.start, made.end) and not self._named(ctx, key, start) and \
                            not seed_stock_after(ctx.shape, made.end):
                        ctx.add(made, take=False)
                    pos = made.end
                    continue
            if not found and word in self.origin and key[start + len(word):start + len(word) + 1] == " ":
                made = self._origin_at(ctx, key, start, word)
                if made and not self._kind_of(ctx, key, start):
                    ctx.add(made, take=False)
                    pos = made.end
                continue
            if found:
                entry = self.entries[found]
                end = start + len(found)
                inside = ctx.token_containing(end) if end not in ctx.token_ends else None
                if inside and (key[end + 1:inside[1]] in self.suffixes or self._starts_last_word(ctx, key, start, end)):
                    end = inside[1]  # the name as written: 'khoai lang sấy', 'khô cá sặc rằn'
                pos = end
                if self._named(ctx, key, start) or self._not_its_own(ctx, key, start, end) or \
                        any(a <= start and end <= b for a, b in named):
                    continue
                if self._made_with(ctx, key, start, end) or start - 1 in made_with and ctx.shape[start].islower():
                    made_with.add(end)  # (and so is the next one: 'bánh pía sầu riêng trứng muối')
                    continue
                if self._kind_of(ctx, key, start) or self._verb_of_making(key, start, end) or \
                        self._leaf_of(ctx, key, start, entry.category) or self._said_as_verb(ctx, key, start, end):
                    continue
                if seed_stock_after(ctx.shape, end):
                    continue
                if entry.category == "industrial" and self.equipping and \
                        self.equipping.search(key, max(0, start - 30), start):
                    continue  # bought or fitted ('mua bồn inox chứa nước mắm'): equipment, not a product
                if entry.category != "seafood" and self._fish_head_before(ctx, key, start):
                    # a fish named after a land good ('cá bò một nắng', 'cá chuối', 'cá cam'): the fish
                    start -= len(_FISH) + 1
                    value = f"{_FISH} {found.split(' ')[0]}"
                    ctx.add(_good(ctx, start, end, value, "seafood"), take=False)
                    continue
                ctx.add(_good(ctx, start, end, entry.value, entry.category), take=False)
        return doc

    @staticmethod
    def _fish_head_before(ctx: Context, key: str, start: int) -> bool:
        """'cá' as a word of its own right before ``start`` (not the end of another word)."""
        head = start - len(_FISH) - 1
        return head >= 0 and key.startswith(f"{_FISH} ", head) and head in ctx.token_starts and \
            (head == 0 or not key[head - 1].isalpha())

    def _origin_at(self, ctx: Context, key: str, start: int, word: str) -> Fact | None:
        """'tiêu Đắk Lắk', 'vải Lục Ngạn': a word kept out of the gazetteer for its other senses, written in lower
        case as a word of its own, right before a province or a place name, is the good from there; so is one the
        sentence calls a specialty or a product ('Mực trở thành thứ đặc sản ...')."""
        end = start + len(word)
        token_end = ctx.token_end_at.get(start)
        if token_end == end and _ANNOUNCED_GOOD.match(key, end) and (
                ctx.shape[start].islower() or start in ctx.sentence_starts):
            pass  # 'Mực trở thành thứ đặc sản nổi tiếng ở Hà Tĩnh': the sentence says what it is
        elif token_end is None or not ctx.shape[start].islower() or ctx.shape[end:end + 1] != " ":
            return None
        elif token_end != end and not ctx.shape[end + 1:end + 2].isupper():
            return None  # inside another word; underthesea joins 'nhãn Hưng Yên' into one, which is fine
        elif not self._place_next(ctx, end, self.place_names) or token_end == end and ctx.tag_at(start) not in ("N", "Nc"):
            return None  # 'Ông tiêu Hà Nội ...': the verb (to spend), not the pepper
        value, category = self.origin[word]
        return _good(ctx, start, end, value, category)

    def _pair_at(self, ctx: Context, key: str, start: int) -> list[Fact] | None:
        """'hành tỏi', 'tôm cá', 'gà vịt': one underthesea word made only of goods, each a product."""
        end = ctx.token_end_at.get(start)
        if end is None or " " not in key[start:end]:
            return None
        words = key[start:end].split(" ")
        if not self._good_word(words[0]) or not self._good_word(words[-1]):
            return None  # most words fail here: a pair starts and ends with a good
        parts: list[tuple[int, int]] = []
        i, pos = 0, start
        while i < len(words):
            for n in range(len(words) - i, 0, -1):  # the longest gazetteer entry or pair word here
                phrase = " ".join(words[i:i + n])
                if phrase in self.entries or n == 1 and phrase in self.pair_words:
                    parts.append((pos, pos + len(phrase)))
                    pos += len(phrase) + 1
                    i += n
                    break
            else:
                return None
        if len(parts) < 2 or all(key[s:e] in self.pair_words for s, e in parts):
            return None
        named = next((i for i, (s, _) in enumerate(parts) if i and ctx.shape[s:s + 1].isupper()), None)
        if named is not None and not ctx.shape[start:start + 1].isupper():
            # the name of a place after a good, in capitals: 'rau Trà Quế' is the village's greens, not tea and cinnamon
            parts = parts[:named]
            if len(parts) == 1:
                s, e = parts[0]
                entry = self.entries.get(key[s:e])
                return [_good(ctx, s, e, entry.value, entry.category)] if entry else None
        if key[parts[0][0]:parts[0][1]] in self.heads:
            return None  # 'bún cá', 'ruốc hàu', 'rượu ngô' are one product made with a head, not two goods
        if key[parts[0][0]:parts[0][1]] in self.verb_before_good:
            parts = parts[1:]  # 'muối nhút' as one word: the verb of pickling, then the good
        first = self.entries.get(key[parts[0][0]:parts[0][1]])
        if first and first.category == "food" and all(
                key[s:e] in self.entries and self.entries[key[s:e]].category != "food" for s, e in parts[1:]):
            # a made food, then the raw good it is made of, as one word ('nhút mít', 'xôi gà'): one product, the food
            s, e = parts[0][0], parts[-1][1]
            return [_good(ctx, s, e, first.value, first.category)]
        kinds = {self.entries[key[s:e]].category == "livestock" if key[s:e] in self.entries else False for s, e in parts}
        if len(kinds) > 1:
            return None  # goods of a pair are of one kind ('gà vịt', 'tôm cá'); 'cá heo' (a dolphin) names an animal
        out = []
        for s, e in parts:
            entry = self.entries.get(key[s:e])
            out.append(_good(ctx, s, e, entry.value if entry else key[s:e], entry.category if entry else "food"))
        return out

    def _good_word(self, word: str) -> bool:
        return word in self.pair_words or word in self.entry_words

    def _not_its_own(self, ctx: Context, key: str, start: int, end: int) -> bool:
        """A product word that is the flavour of another product ('kẹo lạc vị gừng'), a colour ('màu mận') or part of
        a business's name ('hộ kinh doanh Bánh tráng Năm Lợi'): rules/product_context.tsv; or what another thing
        is likened to ('chai thiết kế như một chai rượu vang')."""
        if _LIKENED.search(key, max(0, start - 30), start):
            return True
        before = ctx.token_containing(start - 2) if start >= 2 and key[start - 1] == " " else None
        if before and before[1] == start - 1:
            word = key[before[0]:before[1]]
            # (with the word before it too: 'lò nướng bánh pía' is the oven, not a flavour)
            earlier = ctx.token_containing(before[0] - 2) if before[0] >= 2 and key[before[0] - 1] == " " else None
            # (the word before's last syllable: underthesea may glue the verb to its machine, 'máy xát' 'vỏ')
            phrase = f"{key[earlier[0]:earlier[1]].rsplit(' ', 1)[-1]} {word}" if earlier else word
            if word.rsplit(" ", 1)[-1] in self.ingredient_words and word not in self.not_ingredient and \
                    (phrase not in self.not_ingredient or key[start:end] in self.skin_words) \
                    or word in self.colour_words:
                return True  # (or the colour the good is named for: 'màu mận', 'màu cam')
            if word.rsplit(" ", 1)[-1] in self.seasoned and any(
                    f.type == "product" and (f.end == before[0] - 1 or f.start <= before[0] and f.end == before[1])
                    for f in ctx.facts):
                return True  # what a good is cooked with: 'mắc ca rang muối', 'lạc rang muối'
        named = self.business_before.search(key, max(0, start - 60), start) if self.business_before else None
        if not named or any(f" {w} " in f"{named.group('between')} " for w in self.not_trade):
            return False  # 'nhà hàng mua chả cá Surimi': a business buying, not a business's name
        between = ctx.shape[named.start("between"):start]
        # (the verb may open the entry itself: 'Hợp tác xã' + 'dệt thổ cẩm' + 'Châu Giang')
        made = f"{named.group('between')} {key[start:end]}"
        if not regex.search(r"\p{Lu}", between) and ctx.shape[start].islower() and \
                any(f" {w} " in made for w in self.making):
            return False  # 'cơ sở sản xuất tương hột Cự Đà': what the business makes
        if self.many_before and self.many_before.search(key, max(0, named.start() - 12), named.start()):
            return False  # 'nhiều cơ sở sản xuất bánh chưng Bờ Đậu': businesses by their trade, not a name
        if ctx.shape[start].isupper():
            return True  # 'Công ty Cổ phần Mía đường Sơn La': a capitalised good inside the name
        word = ctx.shape[named.start():start].strip()
        if not named.group("between") and (word.islower() or word.isupper()):
            # 'cơ sở nước mắm Vân Hải': a business named in lower case by the good it makes; an abbreviation of the
            # business word is written in capitals however the business is named ('HTX dệt thổ cẩm Buôn Jun'),
            # while a capitalised word opens a name ('của Cơ sở đồng mỹ nghệ Long Dương')
            return False
        name_next = ctx.shape[end:end + 1] == " " and ctx.shape[end + 1:end + 2].isupper()
        return name_next and not self._place_next(ctx, end, self.district_names)

    def _place_next(self, ctx: Context, end: int, names: set[str]) -> bool:
        """A province or a place of ``names`` is named right after ``end`` ('tỏi Lý Sơn'): the good's origin."""
        if any(f.type in ("province", "place") and f.start == end + 1 for f in ctx.facts):
            return True
        run = _NAME_RUN.match(ctx.shape, end + 1)
        return bool(run) and any(fold_tones(n) in names for n in name_prefixes(run.group()))

    def _dessert_at(self, ctx: Context, key: str, start: int) -> int | None:
        """'chè đậu xanh', 'quán chè': 'chè' as the sweet soup, not tea (rules/product_context.tsv 'dessert').
        Returns where the dessert's name ends (what is cooked in it is no product either), or None."""
        if not key.startswith("chè", start) or _WORD_CHAR.match(key, start + 3):
            return None
        end = start + 3
        token_end = ctx.token_end_at.get(end + 1) if key[end:end + 1] == " " else None
        joined = ctx.token_end_at.get(start)
        if token_end is None and joined and joined > end + 1:
            token_end = joined  # (one word with what follows: 'chè cốm' as underthesea joins it)
        after = key[end + 1:token_end] if token_end and ctx.shape[end + 1:end + 2].islower() else ""  # not 'chè Thái Nguyên'
        if after and (after in self.dessert or after.split(" ")[0] in self.dessert):
            return token_end
        # (a name of two words underthesea left apart: 'chè | ba | màu')
        two = _TWO_WORDS.match(key, end + 1) if ctx.shape[end + 1:end + 2].islower() else None
        if two and two.group() in self.dessert:
            return two.end()
        if _word_before(key, start) in self.dessert_before:
            return end
        return end if self.dessert_clause and self.dessert_clause.match(key, end) else None

    def _verb_of_making(self, key: str, start: int, end: int) -> bool:
        """'muối dưa', 'muối nhút': the verb of pickling before a known good, not the salt
        (rules/product_context.tsv 'verb_before_good')."""
        if key[start:end] not in self.verb_before_good or key[end:end + 1] != " ":
            return False
        run = _RUN.match(key, end + 1)
        return bool(run and self._longest_at(key, end + 1, run.group()))

    def _leaf_of(self, ctx: Context, key: str, start: int, category: str) -> bool:
        """'lá chuối', 'khô gà lá chanh': the leaf of a fruit or crop plant wraps or flavours food; the plant's
        good is not meant (rules/product_context.tsv 'leaf_before'; the leaves of tea and herbs are goods)."""
        if category != "agri" or start < 2 or key[start - 1] != " ":
            return False
        before = ctx.token_containing(start - 2)
        return before is not None and before[1] == start - 1 and key[before[0]:before[1]] in self.leaf_before

    def _made_with(self, ctx: Context, key: str, start: int, end: int) -> bool:
        """A good written in lower case right after a product, in the same phrase, is what that product is made of,
        filled or flavoured with: part of its name, no product of its own ('chiếu cói', 'khăn lụa', 'kẹo dừa sầu
        riêng', 'xà bông sả chanh', 'sữa hạt sen', 'giấm táo mèo')."""
        if start < 2 or key[start - 1] != " " or not ctx.shape[start].islower():
            return False
        return self._product_before(ctx, start) is not None

    @staticmethod
    def _product_before(ctx: Context, start: int) -> Fact | None:
        """The product found so far that ends one space before ``start``, or None."""
        return next((f for f in ctx.facts if f.type == "product" and f.end == start - 1), None)

    def _named(self, ctx: Context, key: str, start: int) -> bool:
        """'Ông Trà cho biết', 'thôn Chè Đen', 'xã Gạo': a capitalised good right after a personal title or a
        place's level word is a name; so is a capitalised one-syllable good inside a sentence that a verb or an
        adverb follows, the subject of its clause ('Sau buổi họp, Mận cho biết ...', 'Tháng trước, Cam đã ký ...'),
        unless a goods head or a list's announcement stands before it ('sản phẩm Chè đạt 4 sao')."""
        if not ctx.shape[start].isupper():
            return False
        if self.name_title and self.name_title.search(key, max(0, start - 16), start) is not None:
            return True
        run = _NAME_RUN.match(ctx.shape, start) if start not in ctx.sentence_starts else None
        if run and any(fold_tones(n) in self.place_names for n in name_prefixes(run.group())) and \
                not self._after_goods_head(key, start):
            return True  # the capitals spell a place's name mid-sentence: 'chi nhánh Agribank Cam Đường (Lào Cai)'
        end = ctx.token_end_at.get(start)
        family = _WORD.match(ctx.shape, start).end()
        if self.person_rest and self.person_rest.match(ctx.shape, family) and \
                not self._place_next(ctx, family, self.place_names):
            return True  # a person's family name: 'Ngô Thành Long', 'Đào Thị Hoa' (not 'Quế Văn Yên', a good's place)
        i = start - 1
        while i >= 0 and ctx.shape[i].isspace():
            i -= 1
        before = ctx.shape[i] if i >= 0 else ""
        if end is None or start in ctx.sentence_starts or not (before == "," or before.isalnum()):
            return False  # (a title in quotes or an item after a colon is a good's name: '“Ốc nhồi ống nứa”')
        if " " in key[start:end]:  # the name and its verb in one word the tagger reads as a verb ('Trà bén duyên')
            if any(" " in e for e in self._prefixes(key[start:min(len(key), end + 40)])):
                return False  # (not a good of two syllables or more the word opens: 'Mật ong', 'Nấm bào' + 'ngư')
            first = key.find(" ", start, end)
            if key[start:first].count(" ") or not ctx.shape[first + 1:end].islower() or ctx.tag_at(start) != "V":
                return False
        elif not ctx.shape[end + 1:end + 2].islower() or ctx.tag_at(end + 1) not in ("V", "R"):
            return False
        s_start = ctx.sentence_starts[ctx.sentence_of(start)]
        return not (self._after_goods_head(key, start)
                    or self.listed_after.search(key, max(s_start, start - 400), start))

    def _kind_of(self, ctx: Context, key: str, start: int) -> bool:
        """'nước mắm nhĩ cá cơm', 'gạo nếp vải': a good in lower case right after a headed product
        (rules/product_heads.tsv) says what that product is made from or which kind it is."""
        if start < 2 or key[start - 1] != " " or not ctx.shape[start].islower():
            return False
        before = self._product_before(ctx, start)
        return before is not None and self._opens_with_head(key, before.start)

    def _opens_with_head(self, key: str, start: int) -> bool:
        """A product head (rules/product_heads.tsv) is the whole first word or words at ``start``."""
        return any(key.startswith(h, start) and key[start + len(h):start + len(h) + 1] in (" ", "")
                   for h in self.heads)

    def _entry_at(self, ctx: Context, key: str, start: int, run: str) -> str | None:
        """The longest gazetteer entry at ``start`` that sits on underthesea's word edges."""
        candidate = self._longest_at(key, start, run)
        while candidate:
            if candidate in self.entries and self._ends_well(ctx, key, start, start + len(candidate)) and \
                    not self._verb_before_longer(key, start, candidate):
                return candidate
            shorter = [e for e in self._prefixes(candidate) if e != candidate]
            candidate = shorter[0] if shorter else ""
        return None

    def _verb_before_longer(self, key: str, start: int, candidate: str) -> bool:
        """'rang muối hạt điều': the entry 'muối hạt' (coarse salt) opens with a verb of making ('muối', to salt) and
        ends on the first word of a longer good that runs past it ('hạt điều'): the verb and that good are meant
        (rules/product_context.tsv 'verb_before_good')."""
        first, _, rest = candidate.partition(" ")
        if first not in self.verb_before_good or not rest or " " in rest:
            return False
        at = start + len(first) + 1
        run = _RUN.match(key, at)
        longer = self._longest_at(key, at, run.group()) if run else None
        return bool(longer) and len(longer) > len(rest)

    def _starts_last_word(self, ctx: Context, key: str, start: int, end: int) -> bool:
        """A good of three words or more whose last word starts a word underthesea joined to the lower-case name of a
        variety after it ('khô cá' + 'sặc rằn' for 'khô cá sặc' + 'rằn', 'tinh dầu' + 'tràm gió'): the good, named up
        to that word's end; a shorter one may end in a word's first half ('bánh' + 'đa dạng'), and a word that is a
        good of its own is not cut ('sản xuất' + 'giấy bản'), nor one that ends in a verb or a function word joined to the
        good ('chè búp tươi' + 'đạt', rules/not_units.tsv)."""
        word = ctx.token_containing(end)
        if word is None or key.count(" ", start, end) < 2 or word[0] != key.rfind(" ", start, end) + 1:
            return False
        first = key[end + 1:word[1]].split(" ")[0]
        return ctx.shape[end + 1:word[1]].replace(" ", "").islower() and key[word[0]:word[1]] not in self.entries \
            and first not in self.joined_after and first not in self.function_words

    def _unknown_word_cut(self, ctx: Context, key: str, space: int) -> bool:
        """The space at ``space`` lies inside a word the segmenter made of syllables that are no word of its own
        dictionary, and both sides of it are words of that dictionary or single syllables, with no word of it across
        the space: underthesea joins a name it does not know to the word before it ('Sản phẩm sá' | 'sùng khô'), so a
        listed good may start there. A word it knows, a name ('Tân Lập') or a known word cut in two ('quần áo' of
        'mặc quần áo dài', no 'áo dài') is not cut."""
        word = ctx.token_containing(space)
        if space < 0 or word is None or key[space:space + 1] != " " or not word[0] < space < word[1] - 1:
            return False
        dictionary = segmenter().dictionary
        if key[word[0]:word[1]] in dictionary or ctx.text[word[0]:word[1]].istitle():
            return False
        before, after = key[word[0]:space].split(" "), key[space + 1:word[1]].split(" ")
        if any(" ".join(before[-i:] + after[:j]) in dictionary for i in (1, 2) for j in (1, 2) if i + j <= 3):
            return False  # a word of the dictionary across the space: 'quần áo' of 'quần áo dài', 'hơi nước' + 'đá'
        return all(len(piece) == 1 or " ".join(piece) in dictionary for piece in (before, after))

    def _ends_well(self, ctx: Context, key: str, start: int, end: int) -> bool:
        """The entry starts a word and ends one, or ends inside one whose rest only says how the product was
        processed ('khoai lang sấy', 'quất cảnh'): underthesea often keeps such a phrase as one word. A good of two
        syllables or more may also start inside a word the segmenter does not know (``_unknown_word_cut``: 'Sản phẩm
        sá' | 'sùng khô'); where it ends, the word after it says (a cut there would take a good's own kind for
        another word: 'khô cá' | 'cá thác' + 'lác', 'sữa' + 'hạt sen')."""
        # (a good of one syllable is too often a word's part: 'Táo khuyết')
        cut_before = start not in ctx.token_starts and " " in key[start:end] and self._unknown_word_cut(ctx, key, start - 1)
        if start not in ctx.token_starts and not cut_before:
            # 'sấy xoài', 'dệt lụa': a processing verb joined with the good in one word; the good may run on into
            # the next words ('ép hành' + 'tím'); or a woven good's form joined with its material ('thảm lục bình')
            word = ctx.token_containing(start)
            before = key[word[0]:start - 1] if word else ""
            return bool(word and (end == word[1] or end > word[1] and end in ctx.token_ends) and key[start - 1] == " "
                        and key[word[0]:min(end, word[1])] not in self.not_joined
                        and (before in self.process_before or before in self.material_form
                             and self.entries[key[start:end]].category == "handicraft"))
        if end in ctx.token_ends:
            # (but in a line set in capitals, a word the article writes as a name right after a good is the good's
            # origin, whatever word the segmenter made of it: 'BÁNH TÉT TRÀ CUÔN' over the body's 'Trà Cuôn')
            said_name = ctx.shape[start].isupper() and ctx.shape[start + 1:end].islower()
            if not (ctx.text[start:end].isupper() and said_name):
                return True
            run = _CAPITALS_BEFORE.search(ctx.shape, max(0, start - 40), start)  # (its name's words: 'RAU TRÀ QUẾ')
            opens = run.start() if run else start
            return not any(f.type == "product" and f.end == opens - 1 for f in ctx.facts)
        if key[end:end + 1] != " ":
            return False
        word = ctx.token_containing(end)
        if word is None:
            return False
        rest = key[end + 1:word[1]]
        # a processing word, or (after an entry of two syllables or more) the capitalised name of a brand or
        # place: 'chả cá Surimi' (surimi: a fish paste), which underthesea keeps as 'chả' + 'cá Surimi'
        first = rest.split(" ")[0]
        if rest in self.suffixes or first in self.joined_after or first in self.function_words and ctx.shape[start].islower():
            # (the good, then a verb or a function word underthesea joined to it: 'cam đạt' + 'chuẩn', 'lựu ra' in
            # 'mang lựu ra chợ': rules/not_units.tsv; not a name: 'Táo nào', 'Trà như')
            return True
        if self._starts_last_word(ctx, key, start, end):
            return True  # (the variety's name joined to its last word: 'khô cá' + 'sặc rằn')
        if " " in key[start:end] and not self._opens_with_head(key, start) and self._longest_at(key, end + 1, rest):
            # a good of two words or more, then the good it is made with, which underthesea joined to its last
            # word ('sữa' | 'chua nếp' + 'cẩm'); after a product head the head's own rule names the kind
            # ('bánh đa cua')
            return True
        if not ctx.shape[end + 1:end + 2].isupper():
            return False
        # (after a one-syllable entry, only a place: 'nem Lai Vung', 'cam Cao Phong'; not any name, as in
        # 'Cam Ranh' or a brand)
        # (the place's name may run past the word underthesea cut: 'nem Lai' + 'Vung', 'gốm Kim Lan')
        if " " in key[start:end] or ctx.shape[start].islower() and (
                fold_tones(ctx.shape[end + 1:word[1]]) in self.place_names
                or self._place_next(ctx, end, self.place_names)):
            return True
        if ctx.shape[start].isupper() and any(f.type == "product" and f.end == start - 1 for f in ctx.facts):
            return False  # (a name right after a good is where the good is from: 'bánh tét Trà Cuôn đạt 4 sao')
        # ... or a name the text rates as a product: 'Rượu San Lùng (3 sao)', 'sản phẩm rượu San Lùng', 'cơ sở sản
        # xuất rượu San Lùng'; or the next item of a list of goods ('chè, tinh dầu quế và rượu San Lùng')
        return bool(_RATED_AFTER.match(key, word[1]) or self._after_goods_head(key, start)
                    or self.village_before and ctx.shape[start].islower()
                    and self.village_before.search(key, max(0, start - 12), start)
                    or self._next_listed_good(ctx, key, start)
                    or self.listed_after.search(key, max(ctx.sentence_starts[ctx.sentence_of(start)], start - 400), start)
                    and not any(f.type in ("province", "place") and f.start == start for f in ctx.facts))

    def _after_goods_head(self, key: str, start: int) -> bool:
        """A goods head of the open-vocabulary matcher ends right before ``start`` ('sản phẩm ', 'cơ sở sản xuất ')."""
        return self.product_before.search(key, max(0, start - self.head_reach), start) is not None

    @staticmethod
    def _next_listed_good(ctx: Context, key: str, start: int) -> bool:
        """A product found so far ends right before the ', ' or ' và ' that ``start`` follows, or before the place it
        is from that ends there: the next item of a list of goods."""
        sep = _LIST_SEP_BEFORE.search(key, max(0, start - 6), start)
        if sep is None:
            return False
        at = sep.start()
        if any(f.type == "product" and f.end == at for f in ctx.facts):
            return True
        # (past the place the good before is from: 'tương ớt Mường Khương, rượu San Lùng')
        origin = next((f for f in ctx.facts if f.type in ("place", "province") and f.end == at), None)
        return origin is not None and any(f.type == "product" and f.end == origin.start - 1 for f in ctx.facts)

    def _head_at(self, ctx: Context, key: str, start: int, run: str) -> str | None:
        """A product head starting a word here: a word of its own ('bánh' 'bột'), or the start of one
        ('bánh gừng', which underthesea keeps as one word)."""
        if start not in ctx.token_starts:
            return None
        token_end = ctx.token_end_at.get(start, start)
        for head in self.head_by_run.get(run, ()):
            end = start + len(head)
            if key.startswith(head, start) and (end == token_end or end < token_end and key[end] == " "
                                                or end > token_end and end in ctx.token_ends):
                return head  # the head is a word, starts one, or spans whole words ('nước' + 'cốt')
        return None

    def _headed(self, ctx: Context, key: str, start: int, head: str) -> Fact | None:
        """'bánh dừa', 'mứt gừng': a head and the word after it, or None when no modifier follows."""
        rule, category = self.heads[head]
        other = self.head_other_before.get(head)
        if other:
            before = _WORD_BEFORE.search(key, max(0, start - 20), start)
            if before and (before.group(1) in other or "#" in other and _NUMBER_WORD.fullmatch(before.group(1))):
                return None  # 'xe ba bánh', 'giếng dầu': a wheel, crude oil
        h_end = start + len(head)
        if key[h_end:h_end + 1] != " ":
            return None
        token_end = ctx.token_end_at.get(start, h_end)
        m_end = token_end if token_end > h_end else ctx.token_end_at.get(h_end + 1)  # rest of the word, or the next
        if m_end is None:
            return None
        word = ctx.shape[h_end + 1:m_end]
        named = regex.match(r"\p{Ll}+(?: \p{Ll}+)*(?= \p{Lu})", word)
        if named:  # 'chả' + 'cá Surimi': the modifier is the lower-case part, the rest a brand's name
            m_end = h_end + 1 + named.end()
            word = ctx.shape[h_end + 1:m_end]
        folded = key[h_end + 1:m_end]
        run = _RUN.match(folded)
        longer = self._longest_at(key, h_end + 1, run.group()) if run else None
        if longer and h_end + 1 + len(longer) > m_end and ctx.shape[h_end + 1:h_end + 1 + len(longer)].islower():
            # a known good of more words than underthesea gave the modifier: 'mứt' + 'mãng' + 'cầu'
            m_end = h_end + 1 + len(longer)
            folded, word = key[h_end + 1:m_end], ctx.shape[h_end + 1:m_end]
        compound = rule in ("compound", "grain")
        if compound and folded in self.plant_parts and key[m_end:m_end + 1] == " ":
            # a plant part names no kind until the plant follows it: 'tinh dầu vỏ' + 'quýt', 'bột lá' + 'sen'
            nxt = ctx.token_end_at.get(m_end + 1)
            if nxt and regex.fullmatch(r"\p{Ll}+(?: \p{Ll}+)?", ctx.shape[m_end + 1:nxt]) and \
                    key[m_end + 1:nxt] not in self.stop:
                m_end = nxt
                folded, word = key[h_end + 1:m_end], ctx.shape[h_end + 1:m_end]
        while " " in folded and folded.rsplit(" ", 1)[1] in self.ingredient_words:
            # 'kẹo sôcôla nhân' + 'sữa': a flavour word ends the modifier; the flavour is not the product's kind
            m_end = h_end + 1 + folded.rfind(" ")
            folded, word = key[h_end + 1:m_end], ctx.shape[h_end + 1:m_end]
        lower = regex.fullmatch(r"\p{Ll}+(?: \p{Ll}+){0,2}", word) is not None
        first = key[h_end + 1:h_end + 1 + len(word.split(" ")[0])]
        if not lower and compound and ctx.shape[start].isupper() and first in self.entries:
            # a product name in title case, as OCOP lists write them ('Giò Bò Kim Sơn'): a capitalised head and a
            # capitalised known good after it are one product; the rest is the maker's place
            m_end, folded, word, lower = h_end + 1 + len(first), first, ctx.shape[h_end + 1:h_end + 1 + len(first)], True
        # only a lower-case modifier: a capitalised word after a head is a name ('Trà Vinh', 'Trà My'), and a
        # head inside a province or place name is no product
        if not lower or folded in self.stop or folded.split(" ")[0] in self.stop or \
                folded in self.origin_nouns and ctx.shape[m_end + 1:m_end + 2].isupper() or any(
                f.type in ("province", "place") and f.start < m_end and start < f.end for f in ctx.facts):
            return None
        if token_end <= h_end and not self._names_a_kind(ctx, h_end + 1, folded):
            return None  # 'nấm' + 'gây', 'hạt' + 'lấp lánh', 'bún' + 'ở': the next word says nothing of which product
        kind = folded.split(" ")[0]
        if head in self.adverb_heads and token_end <= h_end and kind not in self.entries and \
                f"{head} {kind}" not in self.entries and ctx.tag_at(start) == "R" and self._negates(ctx, h_end + 1):
            return None  # a head the tagger reads as an adverb is no good: the 'chả' (not) of 'chả hiểu', 'chả mấy ai'
        name = ctx.text[start:m_end]
        if rule == "dried":
            # 'khô cá thác lác', 'khô bò': a dried good takes the raw good's value (as the gazetteer's 'khô mực' ->
            # 'mực'); 'khô' before anything but a known good is the adjective ('mùa khô', 'khô hạn')
            known = self.entries.get(folded) or next((self.entries[e] for e in self._prefixes(folded)), None) or next(
                (self.entries[e] for e in self._prefixes(f"{head} {folded}") if len(e) > len(head)), None)
            if known is None:
                return None
            return Fact(type="product", text=name, start=start, end=m_end, value=known.value, name=name,
                        category=known.category)
        if compound:
            words = folded.split(" ")
            popped = []
            while len(words) > 1 and words[-1] in self.stop:  # 'hạt dưa rang' -> 'hạt dưa'
                popped.append(words.pop())
            modifier = " ".join(words)
            if any(w not in self.suffixes for w in popped):
                # (a word of another sense ends its name too: 'bánh ngọt' of 'bánh ngọt ban tổ chức'; a processing
                # word stays in the name as written: 'hạt mít sấy')
                m_end = h_end + 1 + len(modifier)
                name = ctx.text[start:m_end]
            known = self.entries.get(modifier)  # a regional name of a known product: 'dầu đậu phộng' -> 'dầu lạc'
            value = f"{head} {known.value if known and ' ' not in known.value else modifier}"
            if rule == "grain" and known:
                value = known.value  # the grains of a listed good: 'hạt muối' -> 'muối', 'hạt cà phê' -> 'cà phê'
            listed = next((e for e in self._prefixes(f"{head} {modifier}") if len(e) > len(head)), None)
            if not known and listed:
                # the start of the phrase is a listed product and the rest its kind ('chả cá' + 'thác lác', where
                # underthesea cut 'cá thác' + 'lác'): the listed product's value
                value = self.entries[listed].value
        else:
            value = self.entries[head].value if head in self.entries else head
        return Fact(type="product", text=name, start=start, end=m_end, value=value, name=name,
                    category=self.entries[head].category if head in self.entries else category)

    def _names_a_kind(self, ctx: Context, start: int, folded: str) -> bool:
        """Whether the separate word after a head can name the product's kind: a known product or head, or
        a word the POS tagger does not read as an adjective, adverb, preposition, conjunction, particle,
        pronoun or determiner. One-syllable verbs stay: food is named by how it is made ('bánh hỏi', 'chả
        chiên'), and the tagger reads some nouns as verbs ('bột dong', 'nem cua')."""
        first = folded.split(" ")[0]
        if folded in self.entries or first in self.entries or first in self.heads:
            return True
        tag = ctx.tag_at(start)
        if tag == "V" and " " in folded and first not in self.class_words and folded not in self.suffixes:
            # a verb of two syllables or more is the clause's predicate ('nem' + 'ứng dụng' + 'máy móc', 'giá dầu' +
            # 'hồi phục', 'xe hai bánh' + 'nhập khẩu'), unless it says how the good was processed ('sấy khô'); not
            # a good the tagger reads as a verb, which opens with a class word ('chả' + 'cá thác' + 'lác'), as
            # the word of one good does not ('hồi' of 'hồi khô' in 'hồi phục')
            return False
        return tag not in NOT_A_KIND

    def _negates(self, ctx: Context, start: int) -> bool:
        """The word at ``start``, after a head read as an adverb, is what the adverb negates: no noun ('chả hiểu',
        'chả mấy ai'), or a noun a pronoun follows ('chả nước nào', 'chả áp lực gì'); not a kind's noun ('chả đòn
        chay', whose 'chả' the tagger reads as the adverb too), nor how the food is cooked ('chả ram', 'chả nướng':
        rules/product_context.tsv 'cooked')."""
        end = ctx.token_end_at.get(start)
        if ctx.tag_at(start) not in ("N", "Nc"):
            return end is None or ctx.lower[start:end].split(" ")[0] not in self.cooked
        return end is not None and ctx.lower[end:end + 1] == " " and ctx.tag_at(end + 1) == "P"

    def _said_as_verb(self, ctx: Context, key: str, start: int, end: int) -> bool:
        """A good's word that is also a verb (rules/product_context.tsv 'verb_sense'), read by the tagger as a verb
        with an object after it: the verb ('Người dân gùi hàng lên nương', to carry), not the good ('đan gùi')."""
        return key[start:end] in self.verb_sense and ctx.token_end_at.get(start) == end and \
            ctx.tag_at(start) == "V" and self._object_follows(ctx, start)

    @staticmethod
    def _object_follows(ctx: Context, start: int) -> bool:
        """The word after the one starting at ``start`` opens a noun phrase (a noun, number, determiner or
        pronoun): what a verb takes as its object."""
        end = ctx.token_end_at.get(start)
        nxt = end + 1 if end is not None and ctx.lower[end:end + 1] == " " else None
        tag = ctx.tag_at(nxt) if nxt is not None else None
        return bool(tag) and (tag.startswith("N") or tag in ("M", "L", "P"))

    def _prefixes(self, phrase: str) -> list[str]:
        return entry_prefixes(self.entries, phrase)


@Language.factory("kc_province")
def make_province_matcher(nlp: Language, name: str) -> ProvinceMatcher:
    return ProvinceMatcher()


@Language.factory("kc_product")
def make_product_matcher(nlp: Language, name: str) -> ProductMatcher:
    return ProductMatcher()


