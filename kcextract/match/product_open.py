"""Open-vocabulary products: goods the gazetteer does not list, found from how the press introduces them.

Two constructions (rules/product_open.tsv): a product-introducing head followed by a short lower-case noun
phrase ('đặc sản mắm tép chua'), and a list that already holds two known products, whose other short
members are goods of the same kind ('khoai lang sấy, mít sấy, ớt rim và mứt sen'). Runs after the gazetteer
(``kc_product``) so that a listed product always keeps its canonical base value.
"""
from __future__ import annotations

import regex
from spacy.language import Language

from .. import data
from ..facts import Fact
from ..normalise import fold_tones
from ..numbers import TEXT_COMMA, TEXT_DOT, _alt, last_match, whole_words
from .context import Context, place_names
from .gazetteer import (NOT_A_KIND, categories_by_first_word, dessert_words, entry_prefixes, inside_a_word_below,
                        name_prefixes, other_word_end, product_suffixes, seed_stock_after)

_CLAUSE_END = regex.compile(rf"{TEXT_DOT}|[:!?()\[\]“”\"«»\n]")  # (not a dot inside a number: '1.600 triệu')
_LOWER_PHRASE = regex.compile(r"\p{Ll}+(?: \p{Ll}+){0,3}")
_FIGURE_NEXT = regex.compile(r" \d")  # a figure right after: the beneficiary's sum ('... mạch nha Thi Phổ 150 triệu')
_NAME_REST = regex.compile(r"(?: \p{Lu}\p{Ll}*){1,4}")
# (also after the word for the village or place it names: 'bánh cáy làng Nguyễn')
_PLACE_NAME_REST = regex.compile(r"(?: (?:làng|xã|thôn|phố|vùng|đất))?" + _NAME_REST.pattern)
_NAME_TAIL = regex.compile(_NAME_REST.pattern + "$")  # a member's closing name, of where it is made
_NAME_JOINS = regex.compile(r"(?<=\p{Lu}\p{Ll}*) (?=\p{Lu})")  # a space inside a name of capitalised words
_ITEM_MARK = regex.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)])\s*(?=\p{L})")  # an item's mark at a line's start
_ITEM_END = regex.compile(r"[;,.:(]")
_NEXT_WORD = regex.compile(r" (\p{L}+)")
_ALSO = regex.compile(r"(?:cả|kể cả)\s+(?=\p{L})")  # 'và cả', opening a list's last item: the item follows
_SPECIALTY = regex.compile(r"(?<!\p{L})đặc sản $")  # the head that names a place's own good
_NEXT_TWO = regex.compile(r" (\p{L}+)(?: (\p{L}+))?")  # the next word and the one after it
_SYLLABLE = regex.compile(r"\p{L}+")
_WORD = regex.compile(r"\S+")
# (after a quality word or two that ended the name before: 'máy gặt đập liên hợp mini, máy sạ lúa')
_NEXT_MACHINE = regex.compile(r"(?:\s\p{Ll}+){0,2}?(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+)máy(?!\p{L})")
_KIND_GAP = regex.compile(r"(?: \p{Ll}+){0,2} ")  # a good's own words before the 'như' listing its kinds
_COMPARED_NEXT = regex.compile(r" (?:hơn|nhất)(?!\p{L})")  # a comparative or superlative right after a word
_LAST_MEMBER_WORDS = ("và", "hoặc")  # the separators that bring in a list's last member
_DETERMINER = regex.compile(r" (?:đó|này|ấy|kia|gì|nào)(?!\p{L})")
# how far before a list's first member its announcement may start; further when the announcement says what the goods
# were recognised as ('các sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực năm 2024 gồm' is 70 characters), so
# that a bare 'nông sản là' far back ('... nông sản là một điệp khúc buồn ... và nó diễn ra') announces nothing
_ANNOUNCE_REACH, _QUALIFIED_REACH = 60, 90


class OpenProductMatcher:
    """spaCy component ``kc_product_open``."""

    def __init__(self) -> None:
        kinds = data.word_kinds("rules/product_open.tsv")
        stops = set(data.word_list("rules/product_modifier_stop.tsv", "word"))
        self.function = set(data.word_list("rules/not_units.tsv", "word"))
        self.made_of = frozenset(kinds.get("phrase_end", ()))
        self.phrase_end = self.function | self.made_of
        self.not_item = set(kinds.get("not_item", ())) | self.function | stops
        self.honorific = frozenset(kinds.get("honorific", ()))  # ('bà' of 'tré bà Đệ' opens the maker's name)
        self.not_alone = set(kinds.get("not_alone", ()))  # ('đồ' names a good only with the words after it)
        self.predicate = set(kinds.get("predicate", ()))  # ('..., mác mật sấy | ứng dụng máy móc')
        self.materials = set(kinds.get("material", ()))  # ('sản xuất bàn ghế | mây': what the made good is of)
        self.trailing = stops
        self.desserts = dessert_words()  # ('chè cốm')
        self.entries = data.products()
        # heads whose modifier only names the kind (rules/product_heads.tsv 'head': 'rượu mận' -> 'rượu'), longest first
        self.kind_heads = sorted((h for h, rule in data.table("rules/product_heads.tsv", "head", "rule").items()
                                  if rule == "head"), key=len, reverse=True)
        # one-word goods the gazetteer keeps out, with their value and category (rules/bare_goods.tsv)
        bare = data.read_tsv("rules/bare_goods.tsv")
        self.bare = {r["word"]: (r["value"], r["category"]) for r in bare}
        self.bare_words = max((w.count(" ") + 1 for w in self.bare), default=1)  # the longest bare good, in words
        # verbs of making or growing right before which a bare good is that good ('chế biến điều', 'dệt chiếu')
        self.bare_makers = tuple(f"{w} " for w in kinds["bare_maker"])
        # ... and the broader verbs of making that, only before a known good, make the list it opens one of goods
        # (longest first: 'làm ra dao' is the object of 'làm ra', not of 'làm')
        self.list_makers = tuple(sorted(self.bare_makers + tuple(f"{w} " for w in kinds.get("list_maker", ())),
                                        key=len, reverse=True))
        self.bare_made = {r["word"] for r in bare if r["after_maker"] == "yes"}
        self.bare_first = {w.split(" ")[0] for w in self.bare_made}
        # the words that make it part of another word underthesea did not join ('điều | hòa', 'giấy | phép')
        self.bare_not_before = {r["word"]: set(filter(None, r["not_before"].split("|"))) for r in bare}
        # (any producer with its verb of making is a head: 'doanh nghiệp chế biến cà phê'; a second verb of making may
        # join the first: 'cơ sở sản xuất, chế biến nước mắm', 'hộ sản xuất và kinh doanh')
        maker = rf"(?:{_alt(kinds['maker'])})\s+(?:{_alt(kinds['maker_verb'])})"
        joined = rf"(?:(?:\s*,\s*|\s+và\s+)(?:{_alt(kinds['joined_verb'])}))?"
        # (a producer's head tried first, so that the match tells it: what it makes is named, as its beneficiaries
        # are, with a name after it)
        self.head = regex.compile(rf"(?<![\p{{L}}\d])(?:(?P<maker>{maker})|{_alt(kinds['head'])}){joined} ")
        self.goods_cue = whole_words(kinds["goods_cue"], digits=True)
        # what a place is famous for: a goods cue beside two goods the gazetteer knows ('nổi tiếng với chiêng, cồng, lư
        # đồng và tượng đồng')
        self.famous = whole_words(kinds["famous"], digits=True)
        self.trade = whole_words(kinds["trade"], digits=True)
        # a list's field that names its good ('1. Sản phẩm: Cọ đan mỹ nghệ; Chủ thể: HTX ...'): at a line's start,
        # after an item's mark or after the field before it
        self.label = regex.compile(rf"(?:^|(?<=\n)|(?<=[;|]))[ \t]*(?:[-+•*–][ \t]*|\d{{1,2}}[.)][ \t]*)?"
                                   rf"(?:{_alt(kinds['label'])})[ \t]*:[ \t]*(?=\S)")
        # the goods cues that name goods ('sản phẩm', 'mặt hàng'), not the words that only open a list ('như', 'gồm')
        list_words = set(kinds["list_word"])
        # a list word right before a colon: the clause after it is the list it opens ('các sản phẩm như: giỏ, làn')
        self.list_colon = regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['list_word'])})\s*$")
        self.kinds_word = whole_words(kinds["kinds_word"], digits=True)
        self.goods_noun = whole_words([w for w in kinds["goods_cue"] if w not in list_words], digits=True)
        self.origin_nouns = set(kinds.get("origin_noun", ()))
        # a rating: a verb that rates, and stars or OCOP a few words after it ('đạt 3 sao', 'được công nhận OCOP')
        rating = rf"(?:{_alt(kinds['rated'])})\s(?=[^.;:!?\n]{{0,25}}?(?<!\p{{L}})(?:sao|ocop)(?!\p{{L}}))"
        # given to what stands before it, at the start of its clause ('Gối lá thuốc Tân Tiến đạt 3 sao OCOP')
        self.rating = regex.compile(rf"(?<!\p{{L}}){rating}")
        # what vouches for a phrase after a head being a good: its maker or its rating ('... của HTX Đồng Tâm',
        # '... đạt 4 sao OCOP')
        self.vouched = regex.compile(rf"\s*(?:của\s+(?:{_alt(kinds['maker'])})(?!\p{{L}})|{rating})")
        # a sentence's own announcement of the goods listed after it ('sản phẩm chủ yếu là', 'các mặt hàng
        # chính gồm'): a head, a qualifier, a copula
        # (and its owner between: 'Sản phẩm chủ lực của hợp tác xã là cá thính', 'Đặc sản của xã là củ từ')
        # (with the year, level or round of the recognition after the qualifier: '... tiêu biểu cấp tỉnh năm 2024 gồm')
        when = rf"(?:\s+(?:{_alt(kinds['announce_when'])}|năm\s+\d{{4}}))"
        # (or the rating the goods won, said in full on the lower-case key: '6 sản phẩm được công nhận OCOP 3 sao, gồm:')
        rated = (rf"(?:\s+(?:{_alt(kinds['rated'])})\s+(?:(?:tiêu\s+)?chuẩn\s+)?(?:ocop(?:\s+(?:hạng\s+)?\d\s+sao)?"
                 rf"|(?:hạng\s+)?\d\s+sao(?:\s+ocop)?){when}{{0,2}})")
        announce = (rf"(?:{_alt(kinds['head'])})(?P<qualified>\s+(?:{_alt(kinds['announce_qualifier'])}){when}{{0,2}}{rated}?|{rated})?"
                    rf"(?:\s+của\s+(?:(?:các|những)\s+)?(?:{_alt(kinds['announce_owner'])})(?:\s+\p{{L}}+){{0,3}}?)?")
        # a producer's specialty right before a list: 'chuyên sản xuất X, Y và Z' names what it makes
        self.specialised = regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['specialised'])})\s+(?=\p{{L}})")
        # the object of a machine application, in the clause of its lead ('ứng dụng máy ... trong chế biến | cau khô')
        self.applied = regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['applied_lead'])})(?!\p{{L}})[^.;:!?\n]{{0,80}}?"
                                     rf"(?<!\p{{L}})(?:{_alt(kinds['applied_object'])})\s+(?=\p{{Ll}})")
        # a production line's or a demonstrated technique's object, read as a machine application's is
        self.applied_head = regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['applied_head'])})\s+(?=\p{{Ll}})")
        # (not a head that owns the subject before it: 'điểm yếu của sản phẩm là dễ bám vân tay' says what the
        # weakness is)
        self.goods_intro = regex.compile(rf"(?<!\p{{L}})(?<!của\s)(?<!của\s(?:các|những)\s){announce}(?:\s*,)?\s+"
                                         rf"(?:{_alt(kinds['announce_verb'])})(?=\s|:)")
        # list members: split at commas, semicolons, 'và'/'hoặc', ellipses, the words that open a list ('nông sản
        # chủ lực gồm cà gai leo, khổ sâm và xạ đen' lists three goods) and the copula of an announcement; a
        # member never crosses these
        verbs = _alt(kinds["announce_verb"])  # (the copula first: the look-behind runs only where one stands)
        # (a comma between digits is a decimal one, '1,6 tỷ đồng': no separator)
        # (a comma and the list word after it are one separator: '7 sản phẩm được công nhận, gồm yến sào, ...' opens
        # its list at 'gồm', whose first member is 'yến sào', not 'gồm yến sào')
        self.separator = regex.compile(rf"\s*(?:{TEXT_COMMA}\s*(?:bao\s+)?gồm\s|;|{TEXT_COMMA}|…|\.\.\.|"
                                       rf"\s(?:và|hoặc|cùng|gồm|bao gồm)\s"
                                       rf"|\s+(?:{verbs})\s(?<={announce}\s+(?:{verbs})\s))\s*")
        # class nouns: first syllables shared by two gazetteer entries, each with its most common category
        by_first = categories_by_first_word(self.entries)
        # a machine someone invents or builds, or a goods head's machine ('sáng chế thành công máy trộn bê tông')
        self.machine_made = regex.compile(rf"(?<!\p{{L}})(?:{_alt(kinds['machine_maker'])})"
                                          rf"(?:\s+thành công)?(?:\s+(?:ra|được))?(?:\s+(?:chiếc|các|những|\d+))?\s+(?=máy\s)")
        self.machine_stop = set(kinds["machine_stop"]) | self.function
        self.machine_verbs = set(kinds["machine_verb"])
        # how a good was processed, after it (rules/product_open.tsv 'processed'), longest first
        self.processed = sorted(kinds["processed"], key=len, reverse=True)
        # a good the sentence calls a specialty: a copula and the head ('Cá khoai là đặc sản', '... được xem là món
        # đặc sản'), or a comma or dash setting the head off as an apposition ('Cá mó gù, đặc sản của ...'); not a
        # figure of speech ('đặc sản văn hóa')
        self.said = regex.compile(
            rf"(?:(?<!\p{{L}})(?P<copula>{_alt(kinds['said_verb'])})\s+(?:(?:một trong (?:những|các)|một|những)\s+)?"
            rf"(?:(?:{_alt(kinds['said_classifier'])})\s+)?|\s*[,–-]\s*)(?:{_alt(kinds['said_head'])})(?!\p{{L}})"
            rf"(?!\s+(?:{_alt(kinds['said_not_after'])})(?!\p{{L}}))")
        self.said_classifiers = set(kinds["said_classifier"])
        self.said_not_subject = set(kinds["said_not_subject"])
        not_class = set(kinds.get("not_class", ())) | self.not_item
        self.classes = {w: max(cats, key=cats.count) for w, cats in by_first.items()
                        if len(cats) >= 2 and w not in not_class}

    def __call__(self, doc):
        ctx = Context.of(doc)
        key = ctx.lower
        taken = sorted((f.start, f.end) for f in ctx.facts if f.type in ("product", "province", "place", "organization"))
        for m in self.head.finditer(key):
            if m.start() in ctx.token_starts and not _overlaps(taken, m.start(), m.end()):
                self._after_head(ctx, key, m.end(), taken, made=m.group("maker") is not None)
        for m in self.rating.finditer(key):
            self._rated_subject(ctx, key, m.start(), taken)
        for m in self.applied.finditer(key):
            self._applied_object(ctx, key, m.end(), taken)
        for m in self.applied_head.finditer(key):
            self._applied_object(ctx, key, m.end(), taken)
        for m in self.said.finditer(key):
            self._said_specialty(ctx, key, m, taken)
        for m in self.label.finditer(key):
            self._labelled(ctx, key, m.end(), taken)
        self._made_bare_goods(ctx, key, taken)
        self._made_of_material(ctx, key, taken)
        self._made_machines(ctx, key, taken)
        by_sentence: dict[int, list[Fact]] = {}  # the products found so far, per sentence, in one pass
        for f in ctx.facts:
            if f.type == "product":
                by_sentence.setdefault(ctx.sentence_of(f.start), []).append(f)
        for sent, products in by_sentence.items():
            if len(products) >= 2:
                self._lists(ctx, key, *ctx.sentence_span(sent), products, taken)
        self._listed_items(ctx, key, taken)
        for sent in range(len(ctx.sentence_starts)):
            # a list the sentence announces as its goods ('Sản phẩm chủ yếu là tượng đồng, chuông đồng, lư
            # hương'): its members are goods however few of them a list knows
            # (and one with a single known good that a goods cue announces a list in: its bare goods may be the
            # others, 'các mặt hàng nông sản như điều, tiêu, cà phê')
            s_start, s_end = ctx.sentence_span(sent)
            if sent not in by_sentence or len(by_sentence[sent]) < 2:
                sentence = key[s_start:s_end]
                # (or one whose goods' own noun announces a list: 'các sản phẩm gồm giỏ xách, khay đựng, ...')
                if self.goods_intro.search(key, s_start, s_end) or self.goods_noun.search(key, s_start, s_end) or \
                        self.specialised.search(key, s_start, s_end) or \
                        len(by_sentence.get(sent, ())) == 1 and (
                            any(w in sentence for w in self.bare) and
                            (self.goods_cue.search(key, s_start, s_end) or self._made(key, by_sentence[sent][0]))
                            # (or a verb of making before a list its one known good is in: 'sản xuất chum, vại và
                            # tranh gốm')
                            or "," in sentence and any(f" {verb}" in sentence for verb in self.list_makers)):
                    self._lists(ctx, key, s_start, s_end, by_sentence.get(sent, []), taken)
        # (in a line set in capitals, a good the lower-case body writes inside a longer word is that word: 'THỦ CÔNG MỸ
        # NGHỆ' over the body's 'thủ công mỹ nghệ' names no turmeric)
        ctx.facts[:] = [f for f in ctx.facts if not (f.type == "product" and ctx.text[f.start:f.end].isupper()
                                                     and inside_a_word_below(ctx, key, f.start, f.end))]
        return doc

    def _made_bare_goods(self, ctx: Context, key: str, taken: list[tuple[int, int]]) -> None:
        """A bare good (rules/bare_goods.tsv) as a whole word right after a verb of making or growing, tagged a
        noun there (or joined with the verb into one word: 'trồng tiêu') and pointed at by no determiner: 'chế biến
        điều xuất khẩu', 'dệt chiếu', 'may quần áo'. 'làm' is no such verb here: 'làm điều đó' is doing."""
        for verb_start, start in self._after_makers(key, self.bare_first):
            end = ctx.token_end_at.get(start)
            joined = None
            if end is None:  # underthesea joined the verb and the good into one word: 'trồng tiêu'
                joined = ctx.token_containing(verb_start)
                end = joined[1] if joined and joined[0] == verb_start else None
            if end is None or key[start:end] not in self.bare_made or _overlaps(taken, start, end):
                continue
            if _DETERMINER.match(key, end):
                continue  # a thing pointed at, not a good: 'trồng điều | đó'
            after = _NEXT_WORD.match(key, end)
            if after and after.group(1) in self.bare_not_before[key[start:end]]:
                continue  # another word cut in two: 'sản xuất điều | hòa' (air conditioners)
            # (tagged a verb only where nothing but a clause's end or its predicate follows, as the maker's whole
            # object: 'chế biến tiêu | mua máy', 'chế biến tiêu.'; a verb's own object would follow it)
            whole = key[end:end + 1] in (".", ",", ";", ":", ")", "") or self._predicate_at(key, end)
            # (or its material follows it: 'sản xuất bàn ghế mây', tagged a verb there)
            made_of = after is not None and after.group(1) in self.materials
            if joined or ctx.tag_at(start) in ("N", "Np", "Nc", "Ny") or whole or made_of:
                self._add(ctx, start, end, *self.bare[key[start:end]], taken)

    def _made_of_material(self, ctx: Context, key: str, taken: list[tuple[int, int]]) -> None:
        """'sản xuất khay gỗ', 'đan giỏ cói': right after a verb of making, a class noun of goods (a first word two
        gazetteer goods share) and the material it is made of (rules/product_open.tsv 'material') name a made good,
        though no list holds the pair; whatever the tagger reads the class noun as."""
        for _, start in self._after_makers(key, self.classes):
            end = ctx.token_end_at.get(start)
            material = _NEXT_WORD.match(key, end) if end is not None and key[start:end] in self.classes else None
            if material and material.group(1) in self.materials and material.end() in ctx.token_ends and \
                    not _overlaps(taken, start, material.end()):
                self._add_open(ctx, start, material.end(), key[start:material.end()], self.classes[key[start:end]],
                               taken)

    def _made_machines(self, ctx: Context, key: str, taken: list[tuple[int, int]]) -> None:
        """'sáng chế thành công máy trộn bê tông đa năng', 'chế tạo máy tuốt lúa': a machine invented or built is
        the product, named by 'máy', the work it does ('machine_verb') and what it works (four syllables at most,
        lower case, up to a function word or a quality or trade word: rules/not_units.tsv, rules/product_open.tsv
        'machine_stop'); a good inside the name ('lúa') is part of it (rules/product_open.tsv 'machine_maker').
        Syllables, not underthesea's words: it joins 'chế tạo máy' and 'máy thái' into one word each."""
        for m in self.machine_made.finditer(key):
            start = m.end()
            while start is not None:
                end = self._machine_end(ctx, key, start)
                if end is None:
                    break
                inner = [f for f in ctx.facts if f.type == "product" and start <= f.start and f.end <= end]
                if any(f.start < end and f.end > start for f in ctx.facts if f.type == "product" and f not in inner):
                    break
                gone = {id(f) for f in inner}
                ctx.facts[:] = [f for f in ctx.facts if id(f) not in gone]
                taken[:] = [t for t in taken if not (start <= t[0] and t[1] <= end)]
                self._add(ctx, start, end, key[start:end], "industrial", taken)
                # the next machine of a list the verb opens ('chế tạo máy gặt đập, máy sạ lúa và máy bóc vỏ đậu phộng')
                nxt = _NEXT_MACHINE.match(key, end)
                start = nxt.end() - len("máy") if nxt else None

    def _machine_end(self, ctx: Context, key: str, start: int) -> int | None:
        """Where the name of the machine at ``start`` ('máy' + its work + what it works) ends, or None."""
        end = start + len("máy")
        words = 0
        for syl in _SYLLABLE.finditer(key, end):
            if words == 4 or syl.start() != end + 1 or not ctx.shape[syl.start()].islower() or \
                    not words and syl.group() not in self.machine_verbs:
                break  # (the first word says the machine's work: 'máy trộn', 'máy tuốt')
            word = syl.group()
            two = " ".join(_SYLLABLE.findall(key, syl.start(), syl.start() + 30)[:2])
            if word in self.machine_stop or two in self.machine_stop:
                break
            end, words = syl.end(), words + 1
        if not words or _overlaps([(f.start, f.end) for f in ctx.facts if f.type != "product"], start, end):
            return None
        return end

    def _maker_in(self, key: str, member: tuple[int, int]) -> int | None:
        """Where the object of a verb of making in ``member`` starts, when one to three words follow the verb to the
        member's end ('xưởng sản xuất | chum'); else None."""
        for verb in self.list_makers:
            at = key.rfind(f" {verb}", max(0, member[0] - 1), member[1])
            start = at + 1 + len(verb) if at >= 0 else -1
            if start > 0 and 0 <= key.count(" ", start, member[1]) <= 2:
                return start
        return None

    def _maker_opens(self, key: str, member: tuple[int, int]) -> bool:
        """``member`` opens with a verb of making, after a clause of its own ('..., | làm ra dao', then ', kéo')."""
        return any(key.startswith(verb, member[0]) for verb in self.list_makers)

    def _made(self, key: str, good: Fact) -> bool:
        """``good`` is the object of a verb of making right before it: a list it opens is a list of goods ('may
        quần áo bảo hộ, khẩu trang và găng tay')."""
        return any(key.endswith(verb, 0, good.start) and (good.start == len(verb)
                                                          or not key[good.start - len(verb) - 1].isalpha())
                   for verb in self.list_makers)  # (each verb ends in its space)

    def _after_makers(self, key: str, firsts: set[str] | dict[str, str]):
        """(start of the verb, start of the word after it) for each making verb of ``key`` as a whole word whose next
        syllable is one of ``firsts`` (a plain substring search per verb: the text is long and the verbs few)."""
        for verb in self.bare_makers:
            pos = key.find(verb)
            while pos != -1:
                after = pos + len(verb)
                first = _SYLLABLE.match(key, after)
                if first and first.group() in firsts and (not pos or not key[pos - 1].isalpha()):
                    yield pos, after
                pos = key.find(verb, pos + 1)

    def _phrase(self, ctx: Context, key: str, start: int, limit: int, listed: bool = False,
                capital_ok: bool = False) -> tuple[int, str] | None:
        """The end and value of a goods-like noun phrase of whole words from ``start``, or None (``capital_ok``: its
        first letter may be a sentence's capital)."""
        if start not in ctx.token_starts:
            return None
        if capital_ok:  # (only the phrase's own letters are copied, lowered at its start)
            m = _LOWER_PHRASE.match(ctx.shape[start].lower() + ctx.shape[start + 1:limit])
            end = start + m.end() if m else None
        else:
            m = _LOWER_PHRASE.match(ctx.shape, start, limit)
            end = m.end() if m else None
        if end is None:
            return None
        lower_end = end
        while end not in ctx.token_ends and end > start:  # whole underthesea words only
            end = ctx.shape.rfind(" ", start, end)
        if end <= start and listed:
            # a list member that underthesea joined to the name of where it comes from ('sứ Cậy' one word): the
            # good is the word before the name
            name = _NAME_REST.match(ctx.shape, lower_end)
            end = lower_end if name and name.end() in ctx.token_ends else end
        words = key[start:end].split(" ") if end > start else []
        for i in range(1, len(words)):
            # a noun phrase ends at a preposition or auxiliary ('gỗ' | 'được xuất khẩu'), or at the clause's predicate
            # verb (rules/product_open.tsv 'predicate': 'hộ sản xuất chè' | 'mua máy vò')
            if words[i] in self.phrase_end or words[i] in self.predicate or " ".join(words[i:i + 2]) in self.predicate:
                words = words[:i]
                break
        if len(words) > 1 and _COMPARED_NEXT.match(key, start + len(" ".join(words))):
            words = words[:-1]  # a word compared after the good says how it is made, not which ('váy lanh | nhanh hơn')
        if len(words) > 1 and words[-1] in self.honorific and start + len(" ".join(words)) == lower_end and \
                _NAME_REST.match(ctx.shape, lower_end):
            words = words[:-1]  # a maker's name opened by its title: 'tré | bà Đệ', 'bánh tráng | ông Năm'
        while words:  # a quality word or phrase at the end says how good, not which good: 'tơ truyền thống'
            tail = next((n for n in (3, 2, 1) if len(words) >= n and " ".join(words[-n:]) in self.trailing), 0)
            if not tail:
                break
            del words[-tail:]
        if not words or " ".join(words) in self.not_item or words[0] in self.not_item or \
                len(words) == 1 and words[0] in self.not_alone:
            return None
        if words[0] not in self.classes and not (listed and len(words) <= 3):
            return None
        if words[0] not in self.classes and ctx.tag_at(start) == "P":
            return None  # a pronoun is no good, even in a list of goods ('những người làm ra nó, duyệt nội dung')
        if any(" ".join(words[:n]) in self.not_item for n in range(2, len(words) + 1)):
            return None
        return start + len(" ".join(words)), " ".join(words)

    def _after_head(self, ctx: Context, key: str, start: int, taken: list[tuple[int, int]], made: bool = False) -> None:
        """The good a head introduces at ``start`` (``made``: the head is a producer and its verb of making)."""
        limit = _clause_limit(key, start)
        word_end = ctx.token_end_at.get(start)
        space = key.find(" ", start, word_end) if word_end is not None else -1
        if space > 0 and key[start:space] in self.bare and _name_after(ctx, space) and ctx.shape[start].islower():
            word_end = space  # (a bare good the segmenter joined to its place's name: 'tương Ngọc' of 'tương Ngọc Lập')
        if word_end is not None and key[start:word_end] in self.bare and (
                _followed_by_end(key, word_end, limit, self.made_of) or _name_after(ctx, word_end)):
            # a bare good as the head's whole object: 'mặt hàng gỗ của Việt Nam', 'sản phẩm tre.', also before the
            # name of its place ('Sản phẩm tương Ngọc Lập đạt ...', 'sản xuất hương Phja Thắp')
            if not _overlaps(taken, start, word_end):
                self._add(ctx, start, word_end, *self.bare[key[start:word_end]], taken)
            return
        found = self._phrase(ctx, key, start, min(limit, start + 40))
        if found is None:
            found = self._unclassed_phrase(ctx, key, start, min(limit, start + 40), made=made)
            if found is not None and not _overlaps(taken, start, found[0]):
                self._add(ctx, start, found[0], found[1], self._inner_category(found[1]), taken)
            return
        origin = bool(found) and _name_after(ctx, found[0]) and " " in found[1]
        if origin:
            # the good's place of origin after it: 'đặc sản cá cháy sông Hồng', 'mắm cá linh Châu Đốc'
            found = self._without_origin(ctx, start, found, keep=2)
            if found[1].split(" ")[-1] in self.origin_nouns:
                return  # (a class noun and the place's own noun, 'rượu làng' | 'Vân': no kind of the class named)
        if not found or " " not in found[1] or _overlaps(taken, start, found[0]):
            return
        end, value = found
        if not origin and not _followed_by_end(key, end, limit, self.made_of) and not self._predicate_at(key, end):
            return  # (the clause's predicate right after it also ends it: 'cơ sở sản xuất ớt chưng | mua máy')
        self._add_open(ctx, start, end, value, self.classes[value.split(" ")[0]], taken)

    def _applied_object(self, ctx: Context, key: str, start: int, taken: list[tuple[int, int]]) -> None:
        """The good a project applies machines to make ('ứng dụng máy đánh bóng trong sản xuất | sừng mỹ nghệ'): a
        noun phrase of one to three words that opens with a noun and is the whole object of its clause (a broad
        class such as 'nông sản' or 'kinh doanh' is none: rules/product_open.tsv not_item)."""
        if _overlaps(taken, start, start + 1):
            return  # (a good found already: 'trong chế biến cà phê bột')
        limit = _clause_limit(key, start)
        found = self._phrase(ctx, key, start, min(limit, start + 40), listed=True)
        if found is None or found[1].count(" ") > 2 or _overlaps(taken, start, found[0]) or not ctx.noun_at(start):
            return
        origin = _name_after(ctx, found[0])
        if origin and " " not in found[1]:
            return  # (a word of kind before the good's name: 'quả | Macca')
        if not origin and not _followed_by_end(key, found[0], limit, self.made_of) and \
                not self._qualities_to(ctx, found[0], limit) and not self._stops_to_end(key, found[0], limit):
            return
        self._add_open(ctx, start, found[0], found[1], self._inner_category(found[1]), taken)

    def _stops_to_end(self, key: str, end: int, limit: int) -> bool:
        """One to three quality words (rules/product_modifier_stop.tsv: 'xuất khẩu', 'cao cấp') and then the end of
        the phrase stand from ``end``: they say how or where the good goes, not which good ('khung tranh | xuất
        khẩu.')."""
        pos = end
        for _ in range(3):
            m = _NEXT_TWO.match(key, pos, limit)
            if m is None:
                return False
            if m.group(2) and f"{m.group(1)} {m.group(2)}" in self.trailing:
                pos = m.end()
            elif m.group(1) in self.trailing:
                pos = m.end(1)
            else:
                return False
            if _followed_by_end(key, pos, limit, self.made_of):
                return True
        return False

    def _said_specialty(self, ctx: Context, key: str, said: regex.Match, taken: list[tuple[int, int]]) -> None:
        """The good a sentence calls a specialty: the noun phrase of one to three words that opens the clause of the
        copula ('Ở Nam Ô, | răng mực | là món đặc sản bình dân'), or the sentence for an apposition ('Cá mó gù |,
        đặc sản của vùng Tây Bắc'), after a classifier if any ('Món | cá nhảy'), with the name of where it comes
        from after it if any; the tagger reads its first word as a noun, and it is no abstract subject ('Điều
        quan trọng là ...')."""
        end = said.start()
        s_start = ctx.sentence_span(ctx.sentence_of(end))[0]
        start = s_start if said.group("copula") is None else max(s_start, *(key.rfind(c, s_start, end) + 1 for c in ",;:"))
        while start < end and key[start] == " ":
            start += 1
        first = _SYLLABLE.match(key, start, end)
        if first and first.group() in self.said_classifiers and key[first.end():first.end() + 1] == " ":
            start = first.end() + 1  # ('món' | 'cá nhảy', 'quả' | 'mắc cọp')
        if start >= end or _overlaps(taken, start, end):
            return
        found = self._phrase(ctx, key, start, end, listed=True, capital_ok=start in ctx.sentence_starts)
        words = found[1].split(" ") if found else []
        if not 1 <= len(words) <= 3 or any(" ".join(words[:n]) in self.said_not_subject for n in (1, 2)):
            return
        rest = ctx.shape[found[0]:end]
        if rest.strip() and not _NAME_REST.fullmatch(rest.rstrip()) or ctx.tag_at(start) in NOT_A_KIND:
            return  # ('người dân | ở đây coi đó': no phrase of a good up to the copula; 'đây' a pronoun; the tagger's
            # reading of an unknown good's first word in a short window is often a verb or a numeral, which may stand)
        if found[1] in self.entries:
            self._add(ctx, start, found[0], *self._value_of(found[1]), taken)
        else:
            self._add_open(ctx, start, found[0], found[1], self._inner_category(found[1]), taken)

    @staticmethod
    def _qualities_to(ctx: Context, start: int, limit: int) -> bool:
        """Only one or two words the tagger reads as adjectives stand from ``start`` to the clause's end ``limit``
        ('cau | khô.'): they say how the good is, not which good."""
        starts = [w.start() for w in _WORD.finditer(ctx.shape[:limit].rstrip(), start)]
        return 0 < len(starts) <= 2 and all(ctx.tag_at(w) == "A" for w in starts)

    def _unclassed_phrase(self, ctx: Context, key: str, start: int, limit: int,
                          made: bool = False) -> tuple[int, str] | None:
        """A two- or three-word noun phrase after a head that starts with no class noun yet is a good: its maker or
        its rating right after it vouches for it ('sản phẩm gối lá thuốc của HTX ...', its brand name may stand
        between: 'sốt me Phương Lan đạt 3 sao'), or, with no name after it, the clause's predicate follows right
        away, so it is the whole object of the producer's verb ('cơ sở sản xuất gối tựa lưng | mua máy may').
        ``made``: the head is a producer and its verb of making, which name a beneficiary by what it makes and
        its name: the phrase and that name are then the whole object ('cơ sở sản xuất mạch nha Thi Phổ | được hỗ
        trợ ...', '... Thi Phổ 150 triệu đồng')."""
        found = self._phrase(ctx, key, start, limit, listed=True)
        if found is None or not 1 <= found[1].count(" ") <= 2:
            return None
        name = _NAME_REST.match(ctx.shape, found[0])
        if not (self.vouched.match(key, name.end() if name else found[0])
                or name is None and self._predicate_at(key, found[0]) or name is not None and self._specialty_of(
                    ctx, key, start, found, name)
                or made and name is not None and (_followed_by_end(key, name.end(), limit, self.made_of)
                                                  or self._predicate_at(key, name.end())
                                                  or _FIGURE_NEXT.match(key, name.end()) is not None)):
            return None
        return found if ctx.tag_at(start) in ("N", "Nc") else None  # (the tagger last: it is the dear test)

    def _specialty_of(self, ctx: Context, key: str, start: int, found: tuple[int, str], name: regex.Match) -> bool:
        """A specialty named with where it comes from: 'đặc sản' right before the phrase and the name of a province or
        a place right after it ('đặc sản khung tranh Hà Nam', 'chuông gió tre Hội An'), the phrase no noun of place
        ('vùng cao Tây Bắc')."""
        return _SPECIALTY.search(key, max(0, start - 10), start) is not None and \
            found[1].split(" ")[0] not in self.origin_nouns and \
            any(fold_tones(n) in place_names() for n in name_prefixes(name.group().strip(), least=1))

    def _predicate_at(self, key: str, end: int) -> bool:
        """A predicate verb (rules/product_open.tsv 'predicate') opens right after ``end``."""
        return any(key.startswith(f" {v} ", end) for v in self.predicate)

    def _rated_subject(self, ctx: Context, key: str, rated: int, taken: list[tuple[int, int]]) -> None:
        """The good an OCOP rating is given to, when it opens the rating's clause ('Gối lá thuốc Tân Tiến đạt 3 sao
        OCOP', '..., chổi bông cỏ được công nhận OCOP'): a noun phrase of two or three syllables in two words or
        more, its brand name after it if any."""
        s_start, s_end = ctx.sentence_span(ctx.sentence_of(rated))
        if "ocop" not in key[rated:s_end]:
            return  # (an OCOP rating, not a hotel's stars)
        start = max(s_start, *(key.rfind(c, s_start, rated) + 1 for c in ",;:"))
        while start < rated and key[start] == " ":
            start += 1
        if start >= rated or _overlaps(taken, start, rated):
            return
        found = self._phrase(ctx, key, start, rated, listed=True, capital_ok=True)
        if found is None or not 1 <= found[1].count(" ") <= 2 or ctx.token_end_at.get(start, rated) >= found[0]:
            return  # (one word is no good here: 'Chương trình đạt 4 sao OCOP')
        rest = ctx.shape[found[0]:rated].strip()
        if rest and not _NAME_REST.fullmatch(" " + rest) or ctx.tag_at(start) not in ("N", "Nc"):
            return
        self._add(ctx, start, found[0], *self._value_of(found[1]), taken)

    def _labelled(self, ctx: Context, key: str, start: int, taken: list[tuple[int, int]]) -> None:
        """The value of a field its label says is a good ('Sản phẩm: Ván bóc keo; Chủ thể: ...'): a short value
        of six words at most, up to the field's end; its opening noun phrase is the good, whatever its first word."""
        end = _FIELD_END.search(key, start)
        limit = end.start() if end else len(key)
        if _overlaps(taken, start, limit) or key.count(" ", start, limit) > 5:
            return  # (a good found already in it, or a sentence, not a field's value)
        found = self._phrase(ctx, key, start, limit, listed=True, capital_ok=True)
        three = _FIRST_THREE.match(key, start, limit) if found is None else None
        if three is not None and three.end() < limit:
            # (its first three words, a word of its kind after them: 'Cọ đan | mỹ nghệ')
            found = self._phrase(ctx, key, start, three.end(), listed=True, capital_ok=True)
        # (of two words or more, in lower case after the first: one word cut off a brand, 'Potter’s Herbals', is none)
        if found is not None and 1 <= found[1].count(" ") <= 3:
            self._add(ctx, start, found[0], *self._value_of(found[1]), taken)

    def _listed_items(self, ctx: Context, key: str, taken: list[tuple[int, int]]) -> None:
        """The items of a list of goods set out line by line after a sentence that names goods and ends with a
        colon ('Các sản phẩm được công nhận ... gồm:' then '- Khâu nhục Lạng Sơn của HTX ...;'): when at least
        half of its items, and two or more, open with a known good, each other item's opening noun phrase of one
        to three words is a good too, with a place's name, its maker or nothing after it."""
        n = len(ctx.sentence_starts)
        for sent in range(n - 1):
            s_start, s_end = ctx.sentence_span(sent)
            if not key[s_start:s_end].rstrip().endswith(":") or not self.head.search(key, s_start, s_end):
                continue
            items = []  # (start, end of its first clause) of each item
            for item in range(sent + 1, n):
                i_start, i_end = ctx.sentence_span(item)
                mark = _ITEM_MARK.match(key, i_start, i_end)
                if not mark:
                    break
                end = _ITEM_END.search(key, mark.end(), i_end)
                items.append((mark.end(), end.start() if end else i_end))
            known = [(a, b) for a, b in items if any(f.type == "product" and f.start == a for f in ctx.facts)]
            if len(known) < 2 or 2 * len(known) < len(items):
                continue
            for start, limit in items:
                found = self._phrase(ctx, key, start, limit, listed=True, capital_ok=True)
                if found is None or found[1].count(" ") > 2 or _overlaps(taken, start, found[0]):
                    continue  # (a good found already, or a place or a body)
                name = _NAME_REST.match(ctx.shape, found[0], limit)  # its place or brand: 'Khâu nhục Lạng Sơn'
                after = name.end() if name else found[0]
                if ctx.shape[after:limit].strip() and not self.vouched.match(key, after):
                    continue
                if ctx.tag_at(start) not in ("N", "Nc"):
                    continue  # ('- Hỗ trợ máy móc ...' is a task, not a good)
                self._add(ctx, start, found[0], *self._value_of(found[1]), taken)

    def _value_of(self, phrase: str) -> tuple[str, str]:
        """The value and category of a good named by ``phrase``: the gazetteer's when it lists the phrase, else the
        phrase itself with the category of the longest listed good inside it."""
        entry = self.entries.get(phrase) or self._kind_head(phrase)
        return (entry.value, entry.category) if entry else (phrase, self._inner_category(phrase))

    def _kind_head(self, phrase: str):
        """The gazetteer entry of the head ``phrase`` opens when the head's modifier only names the kind
        (rules/product_heads.tsv 'head'), as the head rule reads it: 'nước cốt mận' -> 'nước cốt'; else None."""
        head = next((h for h in self.kind_heads if phrase.startswith(h + " ")), None)
        return self.entries.get(head) if head else None

    def _inner_category(self, phrase: str) -> str:
        """The category of the longest gazetteer good inside ``phrase`` ('guốc gỗ' -> that of 'gỗ'), else 'other'."""
        words = phrase.split(" ")
        spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                       key=lambda ij: ij[0] - ij[1])
        for i, j in spans:
            entry = self.entries.get(" ".join(words[i:j]))
            if entry is not None:
                return entry.category
        return "other"

    def _lists(self, ctx: Context, key: str, s_start: int, s_end: int, products: list[Fact],
               taken: list[tuple[int, int]]) -> None:
        figures = [f.start for f in ctx.facts if f.type in ("money", "project_count") and s_start <= f.start < s_end]
        for clause in _clauses(key, s_start, s_end):
            # (a clause right after a list word's colon is the list it opens: 'các sản phẩm như: giỏ, làn, đèn')
            colon_listed = clause[0] > s_start and key[clause[0] - 1] == ":" and \
                self.list_colon.search(key, max(s_start, clause[0] - 30), clause[0] - 1) is not None
            colon_named = colon_listed and \
                self.goods_noun.search(key, max(s_start, clause[0] - 40), clause[0]) is not None
            members = _list_closed(key, _members(key, *clause, self.separator))
            # a list's last member runs on into the predicate: '... và khâu nhục | được trưng bày' (or into a verb of
            # what was done: '... cuốc, liềm | đầu tư máy búa hơi'); whether a predicate follows the list makes it a
            # subject, not what a verb of making has for its object ('Hợp tác xã sản xuất chè ..., nhà văn hóa và sân
            # bóng | được xây mới')
            last = self._before_verb(key, *self._before_predicate(key, *members[-1])) if members else None
            said_of = last is not None and _PREDICATE_AFTER.match(key, last[1], members[-1][1]) is not None
            # (what the cut leaves is a figure's label when the figure follows it after one word, a copula: '...,
            # bánh phồng, kinh phí | là 800 triệu đồng'; the member then holds the figure and ends the list)
            label = last is not None and any(last[1] < f < members[-1][1] and key.count(" ", last[1], f) <= 2
                                             for f in figures)
            if len(members) >= 3 and not label:
                members[-1] = last
            for i in range(1, len(members) - 1):
                # (so does one before a clause of its own: '..., tinh bột nghệ, mác mật sấy | ứng dụng máy móc, kinh
                # phí ...', after a short member, cut before a verb of what was done)
                if key.count(" ", *members[i - 1]) <= 3 < key.count(" ", *members[i]):
                    closing = i > 1 and key[members[i - 1][1]:members[i][0]].strip() in _LAST_MEMBER_WORDS and \
                        any(f.start == members[i][0] for f in products)  # (a known good opens the last member)
                    cut = self._before_verb(key, *(self._before_predicate(key, *members[i]) if closing else members[i]))
                    if closing and cut != members[i]:
                        # (the last member 'và' brings in runs on into the predicate: what follows is the predicate's,
                        # no member: '... mè láo và kẹo dừa | được hỗ trợ máy móc, bao bì')
                        members[i + 1:] = []
                    members[i] = cut
                    if i + 1 >= len(members):
                        break
            # (a member opening with a known good is an item however long it runs: 'khô cá lóc một nắng')
            opening = {f.start for f in products}
            for run, lead in _runs(key, members, ctx.shape, opening, figures):
                # a short lead-in that a list word ends opens the list and is no member of it: 'Các sản phẩm giới
                # thiệu gồm khoai deo, ...' lists goods after 'gồm'; the words before it say which goods
                # (so does the member before the list word after a short opening of the sentence: 'Ngày nay, | các sản
                # phẩm gồm | bàn ghế, ...')
                opens_at = next((j for j in range(len(run) - 2, -1, -1) if _LIST_OPENS.match(key, run[j][1])), None)
                if opens_at is not None and (lead == run[0] or opens_at > 0):
                    lead, run = run[opens_at], run[opens_at + 1:]
                opened = lead != run[0] and _LIST_OPENS.match(key, lead[1]) is not None
                known = [m for m in run if any(m[0] <= f.start and f.end <= m[1] for f in products)]
                # a list of goods is announced as one ('sản phẩm như', 'gồm'): its unlisted members may be
                # any short phrase; in any other list they must start with a class noun ('mắm', 'rượu')
                # (a made good ending the lead-in is the list's first member, and vouches for it as a known member
                # does: 'các cơ sở làm | kẹo gương', then ', bánh nổ, ram bắp')
                # (its place of origin may close the lead-in after it: 'các cơ sở sản xuất | nước mắm Cà Ná', then ',
                # khô cá dứa và rong sụn')
                made_first = lead != run[0] and any(
                    lead[0] <= f.start and (f.end == lead[1] or _NAME_REST.fullmatch(ctx.shape, f.end, lead[1]))
                    and self._made(key, f) for f in products)
                # (what a place is famous for, beside two goods the gazetteer knows: 'nổi tiếng với chiêng, cồng, ...')
                famous = len(known) >= 2 and self.famous.search(key, max(lead[0], lead[1] - 30), run[0][1]) is not None
                # (the cue is looked for before the known good that ends the lead-in with the name of its place:
                # 'Các sản phẩm hưởng lợi có | bánh cáy làng Nguyễn', then ', chiếu cói Hới, ...')
                good_ends_lead = min((f.start for f in products if lead[0] <= f.start and
                                      _PLACE_NAME_REST.fullmatch(ctx.shape, f.end, lead[1])), default=lead[1])
                listed = colon_listed and lead == run[0] or famous or \
                    self.goods_cue.search(key, max(lead[0], good_ends_lead - 30), run[0][1]) is not None or any(
                    lead[0] <= f.start and f.end <= lead[1] and self._made(key, f) for f in products)
                if listed:  # there a bare good is a known good: 'các mặt hàng nông sản như điều, tiêu, cà phê'
                    known += [m for m in run if m not in known and (key[m[0]:m[1]] in self.bare
                                                                    or self._bare_named(ctx, key, *m))]
                # (the goods noun before the cue, when a known good ends the lead-in: 'Nhiều sản phẩm như | bánh cáy
                # làng Nguyễn')
                cue_at = last_match(self.goods_cue, key, lead[0], lead[1]) if listed else None
                reach = min(lead[1], cue_at.start()) if cue_at is not None else lead[1]
                named = listed and self.goods_noun.search(key, max(lead[0], reach - 30), run[0][1]) is not None or \
                    colon_named and lead == run[0]
                # in a list the goods' own noun announces ('các sản phẩm gồm', not a bare 'như': 'các loài như cá
                # mập'), a phrase opening with a class noun of goods vouches for the list ('các sản phẩm gồm giỏ
                # xách, khay đựng, đèn trang trí và bàn ghế': 'giỏ', 'khay', 'đèn' open the gazetteer's goods); so
                # does it beside two known goods where the goods' noun opens the lead-in further back ('Các sản phẩm
                # đạt giải có ..., đá mỹ nghệ Non Nước, chả bò, mực rim me và bánh khô mè': 'mực'; not 'các loài động
                # vật như trâu bò, cừu, dê, ..., cá voi và cá sấu', whose 'cá' names animals)
                classed = [m for m in run if m not in known and key[m[0]:m[1]].split(" ")[0] in self.classes
                           and self._phrase(ctx, key, m[0], m[1]) is not None] \
                    if named or len(known) >= 2 and self.goods_noun.search(key, lead[0], lead[1]) else []
                # (the announcement may be the run's first short member itself: 'Sản phẩm chủ yếu | là ...')
                # (or a producer's specialty opens the lead-in's last words: 'Các hộ ... chuyên sản xuất | sáo trúc')
                specialty = last_match(self.specialised, key, lead[0], lead[1])
                if specialty and (lead == run[0] or key.count(" ", specialty.end(), lead[1]) > 2):
                    specialty = None
                announced = bool(self._announcements(key, s_start, run[0][0], run[1][0] if len(run) > 1 else run[0][0])) \
                    or specialty is not None
                if not announced and known and self._kinds_of_a_good(key, lead, products):
                    announced = listed = True  # (one of the kinds a known good too: no 'tôm như sản xuất con giống')
                if not announced and made_first and not said_of and run[-1][1] >= members[-1][0] and len(run) <= 4 and \
                        all(ctx.noun_at(m[0]) for m in run) and \
                        not any(self._verb_led(ctx, m) for m in run) and all(key.count(" ", *m) <= 2 for m in run[:-1]):
                    # (what a verb of making has for its object, a known good first and short nouns after it: 'chế
                    # biến hạt điều, cà phê, hồ tiêu ở ...' lists the goods made; not deeds, 'sản xuất chè, tổ chức
                    # hội chợ', whose members open with a verb, nor 'sản xuất tôm, song dẫn đầu ...', a conjunction)
                    announced = True
                made_short = not announced and bool(known) and len(run) >= 2 and lead != run[0] and not said_of and \
                    self._short_wares(ctx, key, lead, run)
                if made_short:
                    # (short nouns after a verb of making and its one-word object, one of them a known good: 'Cơ sở sản
                    # xuất rổ, rá, nia, mẹt' lists the wares made)
                    announced = True
                # (not in a list the goods' noun opens with a colon: its members are goods, 'sấy' in 'Khóm Cầu Đúc sấy dẻo'
                # says how one was made)
                made_at = self._maker_in(key, run[0]) if not announced and known and len(run) >= 3 and \
                    (lead == run[0] or self._maker_opens(key, run[0])) and run[0] not in known and \
                    not (colon_named and lead == run[0]) else None
                if made_at is not None:
                    # (a verb of making in the first member, its object that member's last words, a known good among
                    # the others: 'Xưởng sản xuất | chum', then ', vại và tranh gốm', lists what the workshop makes)
                    lead = run[0] = (made_at, run[0][1])
                    announced = listed = True
                    known += [m for m in run if m not in known and key[m[0]:m[1]] in self.bare]
                listed = listed or announced  # (an announced list's members are goods, whatever their first word)
                vouched, size = len(known) + len(classed) + made_first, len(run) + made_first
                # (a known good ending the lead-in is the list's first member there too: 'giới thiệu | mật ong', then
                # ', khung tranh và chè')
                ends_lead = not made_first and lead != run[0] and not opened and \
                    any(lead[0] <= f.start and f.end == lead[1] for f in products)
                if not listed and len(known) + ends_lead >= 2 and size - vouched == 1 and size + ends_lead >= 3:
                    listed = True  # (every member but one a known good: 'mật ong, ram bắp, bánh nổ và kẹo gương')
                    vouched, size = vouched + ends_lead, size + ends_lead
                opener = self._lead_member(key, lead, run, ctx, products) if named and not opened else None
                if opener is not None:
                    # the list's first member, the last word of its lead-in ('các sản phẩm như | khăn', then ', túi,
                    # áo, váy'), vouches for it as the others do: a known or bare good, or a class noun of goods
                    size += 1
                    first_word = key[opener[0]:opener[1]].split(" ")[0]
                    vouched += any(opener[0] <= f.start and f.end <= opener[1] for f in products) or \
                        key[opener[0]:opener[1]] in self.bare or first_word in self.classes or \
                        self._bare_named(ctx, key, *opener) is not None
                if not announced and (vouched < 2 or 2 * vouched < size):
                    continue
                trade = last_match(self.trade, key, max(lead[0], lead[1] - 30), run[0][1])
                if trade and any(key.startswith(verb, trade.end() + 1) for verb in self.list_makers):
                    trade = None  # the trade of making what the list names: 'nghề làm bánh mì, cao lầu và đèn lồng'
                if trade and not self.goods_noun.search(key, trade.end(), run[0][1]) and not any(
                        m.start() < trade.start() and trade.end() <= m.end()
                        for m in self._announcements(key, s_start, run[0][0], run[0][1])) and \
                        not _villages_by_goods(ctx, run, known):
                    # 'các ngành nghề mộc, chạm khảm, sơn mài': trades, not goods; unless the goods are named after
                    # the trade ('Làng nghề sản xuất các sản phẩm gồm giỏ xách, ...'), or the trade is the owner the
                    # goods are announced of ('Các sản phẩm chủ lực của làng nghề gồm gạch tàu, chậu kiểng, ...')
                    continue
                categories = [f.category for f in products if any(m[0] <= f.start < m[1] for m in known)]
                category = max(categories, key=categories.count) if categories else "food"
                if lead != run[0] and not opened:
                    # the list's first member ends the lead-in, after the cue announcing the goods: 'hỗ trợ đưa
                    # các sản phẩm như | sen', then ', xoài, bột sen và hủ tiếu'
                    first = self._lead_member(key, lead, run, ctx) or \
                        ((specialty.end(), lead[1]) if specialty else None) or \
                        (self._bare_lead_end(ctx, key, lead) if len(run) >= 2 and all(m in known for m in run)
                         else None) or \
                        (self._made_lead_end(ctx, key, lead) if (len(known) >= max(2, len(run) - 1) or made_short)
                         and not any(self._verb_led(ctx, m) for m in run) else None)
                    # (no word that goes on a known good right before it: 'như mít sấy | giòn' is one member, the
                    # crisp dried jackfruit, whose 'sấy' is no verb of making with 'giòn' for its object)
                    if first and first[0] < first[1] and not any(first[0] <= f.start < first[1] for f in products) \
                            and not any(f.start < first[0] <= f.end + 1 for f in products):
                        run = [first, *run]
                by_goods_noun = named
                for m_start, m_end in run:
                    also = _ALSO.match(key, m_start, m_end)
                    if also:  # ('... túi xách, kính và cả | mũ nữa': the item is the good after it)
                        m_start = also.end()
                    m_end = self._bare_before_end(key, m_start, m_end)
                    # (with a word of its kind after it where the goods' own noun announces the list: 'Các sản phẩm
                    # ... gồm ..., mộc mỹ nghệ và ...'; not among trades, 'làng nghề khác như: ..., mộc mỹ nghệ')
                    bare = self.bare.get(key[m_start:m_end]) or \
                        (self._bare_with_suffix(key, m_start, m_end) if by_goods_noun else None)
                    named_at = _NAME_TAIL.search(ctx.shape, m_start, m_end) if by_goods_noun and not bare else None
                    if named_at and (suffixed := self._bare_with_suffix(key, m_start, named_at.start())):
                        # (and the name of where it is made after them: 'mộc mỹ nghệ | Đông Sơn')
                        m_end, bare = named_at.start(), suffixed
                    named = None if bare else self._bare_named(ctx, key, m_start, m_end, item=by_goods_noun)
                    if named:  # (the good's own word; with the name only where underthesea joined them)
                        m_end, bare = named[0], named[1:]
                    if bare:  # (known or not: the list says it is the good)
                        # (a place's name underthesea joined to it is the place's too: 'tương Quảng Bình')
                        free = not _overlaps(taken, m_start, m_end) or named is not None and named[0] == m_end and \
                            not _overlaps(taken, m_start, _SYLLABLE.match(key, m_start).end())
                        if free and ctx.on_token_edges(m_start, m_end):
                            self._add(ctx, m_start, m_end, *bare, taken)
                        continue
                    if (m_start, m_end) in known or key[m_start:m_end] in self.not_item:
                        continue  # (a class as written, before its last word is cut as a quality: 'hoa màu')
                    if (m_start, m_end) == run[-1] and self._verb_into_verb(ctx, key, m_start, m_end):
                        continue  # (the last member a verb of the predicate: 'làm bún, bánh phở, muốn | mua máy')
                    found = self._phrase(ctx, key, m_start, m_end, listed)
                    if found and _DETERMINER.match(key, found[0]):
                        continue  # a thing pointed at, not a good: '..., nước này cần ...' (this country)
                    if found and _overlaps(taken, m_start, found[0]):
                        continue  # (only the good's own words: a place's name may follow it, 'cá thính Lập Thạch')
                    if found and (found[0] == m_end or key[found[0]:m_end].strip() in self.trailing
                                  or _NAME_REST.fullmatch(ctx.shape, self._past_trailing(key, found[0], m_end), m_end)
                                  or self._titled_name(ctx, key, found[0], m_end)
                                  or (key[found[0]:m_end].split() or [""])[0] in self.made_of):
                        found = self._without_origin(ctx, m_start, found, keep=1)  # ('nem chợ Huyện' -> nem)
                        # (a place's name may follow the good: 'cá thính Lập Thạch')
                        # a bare word the gazetteer keeps out for its other senses is, in a list of goods,
                        # the good: 'cà phê, hạt tiêu, điều và ca cao' -> hạt điều
                        # (so is one the gazetteer lists only in its fruit form: 'khóm' -> 'khóm trái' -> dứa)
                        # (the seed form only for nuts and spices: 'dưa' is pickles, not 'hạt dưa'; 'sen' no 'hạt sen')
                        nut = self.entries.get(f"hạt {found[1]}")
                        known_as = (nut if nut and nut.category == "agri" else None) or self.entries.get(found[1]) or \
                            self._fruit_form(found[1]) or self._variety_of(found[1]) or self._kind_head(found[1])
                        value = known_as.value if known_as else found[1]
                        self._add(ctx, m_start, found[0], value, known_as.category if known_as else category, taken)

    def _titled_name(self, ctx: Context, key: str, start: int, end: int) -> bool:
        """``start:end`` is a maker's name opened by its title ('gậy trúc | bà Hai')."""
        title = _SYLLABLE.match(key, start + 1)
        return key.startswith(" ", start) and title is not None and title.group() in self.honorific and \
            _NAME_REST.fullmatch(ctx.shape, title.end(), end) is not None

    def _verb_into_verb(self, ctx: Context, key: str, start: int, end: int) -> bool:
        """The member is one word the tagger reads as a verb, no class noun of goods, and another verb follows it
        straight on: a list's last member cut before the verb it governs ('Gia đình tôi làm bún, bánh phở, muốn | mua
        máy ...', wants to buy), no good. A fruit the tagger also reads as a verb ('đào', 'lê') stands inside a list,
        or before a word that is no verb."""
        # (or opens with two such verbs, its first word cut off the rest: '..., bình hoa lục bình, | xuất bán cho ...')
        first = ctx.token_end_at.get(start)
        if first is None or first > end or key[start:first] in self.classes or ctx.tag_at(start) != "V":
            return False
        nxt = _NEXT_WORD.match(key, first)
        return (first == end or nxt is not None and nxt.start(1) < end) and nxt is not None and \
            ctx.tag_at(nxt.start(1)) == "V"

    @staticmethod
    def _verb_led(ctx: Context, member: tuple[int, int]) -> bool:
        """The member opens with a word of its own the tagger reads as a verb ('nuôi | tằm', 'ươm | tơ'): a deed, not
        a good (a good of one word the tagger misreads as a verb, 'thanh long', is no deed)."""
        end = ctx.token_end_at.get(member[0])
        return ctx.tag_at(member[0]) == "V" and end is not None and end < member[1]

    def _short_wares(self, ctx: Context, key: str, lead: tuple[int, int], run: list[tuple[int, int]]) -> bool:
        """The lead-in ends on a verb of making and a one-word noun, its object, and each member of the run is a noun
        of one or two syllables that opens with no verb ('sản xuất | rổ', then ', rá, nia, mẹt')."""
        start = self._maker_in(key, lead)
        return start is not None and " " not in key[start:lead[1]] and ctx.noun_at(start) and \
            all(key.count(" ", *m) <= 1 and ctx.noun_at(m[0]) and not self._verb_led(ctx, m) for m in run)

    def _made_lead_end(self, ctx: Context, key: str, lead: tuple[int, int]) -> tuple[int, int] | None:
        """The object of a verb of making that ends the lead-in of a list of known goods, the list's first member
        ('tập trung hỗ trợ chế biến | cà phê', then ', hạt điều, thanh long và nước mắm'): a noun phrase of one to
        three words, no broad class (rules/product_open.tsv not_item); its span, or None. (The caller asks that the
        known members be goods, not deeds with their own verbs: 'trồng dâu, nuôi tằm, ươm tơ' lists a trade's work.)"""
        start = self._maker_in(key, lead)
        if start is None or not ctx.noun_at(start):
            return None
        found = self._phrase(ctx, key, start, lead[1], listed=True)
        # (to the lead-in's end but for words that only say how good: 'rượu cần' is 'rượu')
        rest = key[found[0]:lead[1]].split() if found is not None else ()
        return (start, lead[1]) if found is not None and all(w in self.trailing for w in rest) else None

    def _bare_lead_end(self, ctx: Context, key: str, lead: tuple[int, int]) -> tuple[int, int] | None:
        """The bare good (rules/bare_goods.tsv) that ends the lead-in of a list of known goods, the list's first
        member ('Lạng Sơn có | hồi', then ', quế và thạch đen'), also with the name of where it grows after it ('Trong
        số này có | hồi Văn Quan', then ', na Chi Lăng, ...'): its span, or None."""
        space = key.rfind(" ", lead[0], lead[1])
        if space > lead[0] and key[space + 1:lead[1]] in self.bare:
            return space + 1, lead[1]
        name = _NAME_TAIL.search(ctx.shape, lead[0], lead[1])
        if name is None or name.start() <= lead[0]:
            return None
        space = key.rfind(" ", lead[0], name.start())
        word = key[space + 1:name.start()]
        bare = space > lead[0] and word in self.bare and ctx.shape[space + 1].islower()
        return (space + 1, lead[1]) if bare else None

    def _bare_with_suffix(self, key: str, start: int, end: int) -> tuple[str, str] | None:
        """A list member that is a bare good and a word of its kind or processing after it ('mộc mỹ nghệ', 'điều
        rang'): the bare good's value and category; else None."""
        # (the bare good may be of two words: 'bàn ghế | ngoài trời'; the longest that a word follows)
        words = key[start:end].split(" ")
        word = next((w for n in range(min(self.bare_words, len(words) - 1), 0, -1)
                     if (w := " ".join(words[:n])) in self.bare), None)
        if word is None:
            return None
        return self.bare[word] if key[start + len(word) + 1:end] in product_suffixes() else None

    def _bare_before_end(self, key: str, start: int, end: int) -> int:
        """A list member that is a bare good and then what ends a phrase ('tiêu | ở Gio Linh', 'điều | của tỉnh'):
        the bare good's end; else the member's own ``end``."""
        word = _SYLLABLE.match(key, start, end)
        if word and word.end() < end and word.group() in self.bare and _followed_by_end(key, word.end(), end):
            return word.end()
        return end

    def _kinds_of_a_good(self, key: str, lead: tuple[int, int], products: list[Fact]) -> bool:
        """Whether the lead-in ends on a known good and the word that lists its kinds ('sản xuất nông cụ cầm tay như
        cuốc, xẻng, liềm'): the good, at most two words of its own, then the word (not 'cũng như', 'as well as')."""
        cue = last_match(self.kinds_word, key, lead[0], lead[1])
        return cue is not None and not key.endswith("cũng", 0, cue.start() - 1) and any(
            lead[0] <= f.start and _KIND_GAP.fullmatch(key, f.end, cue.start()) for f in products)

    def _announcements(self, key: str, s_start: int, first: int, end: int) -> list:
        """The announcements of goods ('Sản phẩm chủ yếu là') that start shortly before a list's first member at
        ``first`` and end by ``end``: within _ANNOUNCE_REACH characters, or _QUALIFIED_REACH when they say what the
        goods were recognised as."""
        return [m for m in self.goods_intro.finditer(key, max(s_start, first - _QUALIFIED_REACH), end)
                if m.start() >= first - _ANNOUNCE_REACH or m.group("qualified")]

    def _lead_member(self, key: str, lead: tuple[int, int], run: list[tuple[int, int]],
                     ctx: Context | None = None, products: list[Fact] = ()) -> tuple[int, int] | None:
        """The list's first member when it ends the lead-in right after the cue that announces the goods ('các sản
        phẩm như | khăn'): its span, or None. Two words at most, not counting the name of where it comes from
        after a bare good (with ``ctx``: 'các sản phẩm như | tương Quảng Bình'), unless a known good
        of ``products`` opens it ('nhiều sản phẩm như | bánh cáy làng Nguyễn')."""
        if lead == run[0]:
            return None
        # (or what a place is famous for, once the list holds: 'nổi tiếng với | chiêng', then ', cồng, lư đồng ...')
        cue = last_match(self.goods_cue, key, lead[0], lead[1]) or last_match(self.famous, key, lead[0], lead[1])
        if cue is None:
            return None
        first = _AFTER_CUE.match(key, cue.end()).end()  # (past a colon after it: 'như: giỏ')
        if first >= lead[1]:
            return None
        spaces = key.count(" ", first, lead[1])
        named = ctx is not None and self._bare_named(ctx, key, first, lead[1]) is not None
        # (only before two members more: 'kem dưỡng da mật ong | và nghệ' names an ingredient, no list)
        known = len(run) >= 2 and any(f.start == first and f.end <= lead[1] for f in products)
        # (three words where the list's other members run as long: 'nhiều sản phẩm như | khoai lang sấy', then ', mít
        # sấy, chuối sấy, hạt dưa rang')
        # (its place's name after it not counted: 'như | hành tím Vĩnh Châu', then ', gạo đặc sản ST, bánh pía')
        name = _NAME_TAIL.search(ctx.shape, first, lead[1]) if ctx is not None else None
        own = spaces - (name.group().count(" ") if name and name.start() > first else 0)
        alike = 1 <= own <= 2 and len(run) >= 2 and any(key.count(" ", *m) >= own for m in run)
        if spaces > 1 and not named and not (known and spaces < 6) and not alike:
            return None
        return first, lead[1]

    def _without_origin(self, ctx: Context, start: int, found: tuple[int, str], keep: int) -> tuple[int, str]:
        """A phrase ``found`` from ``start`` without the nouns of place that open the name after it ('cá cháy sông' |
        'Hồng', 'nem chợ' | 'Huyện'), keeping at least ``keep`` words."""
        if not _name_after(ctx, found[0]):
            return found
        words = found[1].split(" ")
        while len(words) > keep and words[-1] in self.origin_nouns:
            words.pop()
        return (start + len(" ".join(words)), " ".join(words)) if len(words) < len(found[1].split(" ")) else found

    def _bare_named(self, ctx: Context, key: str, start: int, end: int, item: bool = False) -> tuple[int, str, str] | None:
        """A bare good followed by the name of where it grows ('tiêu Cùa', 'điều Bình Phước'): the good's end (the
        name's where underthesea joined the two into one word), value and category; or None. ``item``: ``start``
        opens an item of a list the goods' own noun announces, where each item may open with a capital."""
        word = _SYLLABLE.match(key, start)
        # (in lower case only, but for the capital a sentence opens with: 'Hương Sơn' is a district, 'hương Phja
        # Thắp' incense, 'Khóm Cầu Đúc, chanh không hạt ... là những sản phẩm chủ lực' the pineapple; and an item's
        # of a list of goods: 'Các sản phẩm OCOP gồm: Khóm Cầu Đúc sấy dẻo, Lạp xưởng tươi Vị Thanh, ...')
        lower = ctx.shape[start].islower() or ctx.sentence_starts[ctx.sentence_of(start)] == start or item
        bare = self.bare.get(word.group()) if word and lower else None
        name = _NAME_REST.match(ctx.shape, word.end(), end) if bare else None
        if name is None:
            return None
        if name.end() < end:
            # (the way it is processed may follow the name: 'khóm Cầu Đúc sấy dẻo', 'sen Tháp Mười sấy khô')
            rest = key[name.end():end].split()
            if rest[0] not in self.trailing or len(rest) > 3 or not all(w.islower() for w in rest):
                return None
        end = word.end() if word.end() in ctx.token_ends else name.end()
        if end not in ctx.token_ends and (token := ctx.token_containing(end)) is not None:
            end = token[1]  # (the name cut inside a word: 'Khóm Cầu' | 'Đúc sấy' | 'dẻo' goes to the word's end)
        return end, *bare

    def _before_predicate(self, key: str, start: int, end: int) -> tuple[int, int]:
        """A list's last member up to the first function word after its first word (an auxiliary or preposition
        opening the predicate: 'khâu nhục được trưng bày' -> 'khâu nhục'); the whole member when none."""
        pos = key.find(" ", start, end)
        while pos != -1:
            word_end = key.find(" ", pos + 1, end)
            if key[pos + 1:word_end if word_end != -1 else end] in self.phrase_end:
                return start, pos
            pos = word_end
        return start, end

    def _before_verb(self, key: str, start: int, end: int) -> tuple[int, int]:
        """A member up to a predicate verb (rules/product_open.tsv 'predicate') after its first word, when what is
        left is short enough to be a list's item; the whole member otherwise."""
        found = [at for verb in self.predicate if (at := key.find(f" {verb} ", start, end + 1)) > start]
        if found and key.count(" ", start, min(found)) <= 3:
            return start, min(found)
        return start, end

    def _past_trailing(self, key: str, start: int, end: int) -> int:
        """Where the words of processing or quality that only say how good (rules/product_context.tsv 'suffix': 'khô',
        'sấy') end, from ``start`` on: what follows them in a list member may be the name of where the good comes from
        ('mực | khô | Thạch Kim'; not 'khuyên | tai | Vivienne Westwood', 'tai' no such word)."""
        suffixes = product_suffixes()
        while (m := _NEXT_WORD.match(key, start, end)) and m.group(1) in suffixes:
            start = m.end()
        return start

    def _fruit_form(self, word: str):
        """The gazetteer entry of a bare word written as a fruit ('khóm trái', 'trái khóm', 'quả vải'), or None."""
        if " " in word:
            return None
        return next((self.entries[e] for e in (f"{word} trái", f"trái {word}", f"quả {word}") if e in self.entries),
                    None)

    def _variety_of(self, phrase: str):
        """'xoài tượng da xanh', 'mít tố nữ': a fruit or crop of the gazetteer followed by its variety's name is
        that fruit (FACTS.md: the base product); other one-word goods keep their own name ('cá thính' is no 'cá')."""
        longest = next(iter(entry_prefixes(self.entries, phrase)), None)
        entry = self.entries[longest] if longest else None
        # (so is an entry that is its base and a word of form: 'mực rim' + 'me' is 'mực'; 'túi cói thêu' keeps its
        # name, the gazetteer's 'túi cói' being a good made of 'cói'; and a good followed by what it is made of only:
        # 'gùi mây' is a 'gùi')
        return entry if entry is not None and (entry.category == "agri" or longest.startswith(entry.value + " ")
                                               or phrase[len(longest) + 1:] in self.materials) else None

    def _add_open(self, ctx: Context, start: int, end: int, phrase: str, category: str,
                  taken: list[tuple[int, int]]) -> None:
        """An open-vocabulary good: the listed good ``phrase`` names a variety of ('xoài tượng' -> 'xoài') gives its
        value and category, a bare good its own ('tiêu' -> 'hạt tiêu', as in a list), else the phrase and
        ``category``."""
        if phrase in self.bare:
            self._add(ctx, start, end, *self.bare[phrase], taken)
            return
        variety = self._variety_of(phrase)
        self._add(ctx, start, end, variety.value if variety else phrase, variety.category if variety else category,
                  taken)

    def _add(self, ctx: Context, start: int, end: int, value: str, category: str, taken: list[tuple[int, int]]) -> None:
        if seed_stock_after(ctx.shape, end) or len(value) < 2:
            return  # (nor a lone letter: the 'đ' of a split 'tr.đ' opening a list, '480 tr.đ, gồm nước mắm ...')
        other = other_word_end(ctx.lower, start)
        if other is not None and other <= end:
            return  # a head and the word after it make another word: 'bánh lốp' (a wheel), 'nấm mộ' (a grave)
        words = ctx.lower[start:end].split(" ")
        if words[0] == "chè" and len(words) > 1 and \
                (words[1] in self.desserts or " ".join(words[1:3]) in self.desserts):
            return  # the sweet soup, not tea: 'chè cốm', 'chè kho' in a list (rules/product_context.tsv 'dessert')
        name = ctx.text[start:end]
        # the base product without how it was processed, as the gazetteer's 'khoai lang sấy' -> 'khoai lang':
        # 'cóc sấy dẻo' -> 'cóc' (longest processing words first)
        if value not in self.entries:
            for w in self.processed:
                if value.endswith(" " + w) and len(value) > len(w) + 1:
                    value = value[:-len(w) - 1]
        ctx.add(Fact(type="product", text=name, start=start, end=end, value=value, name=name, category=category),
                take=False)
        taken.append((start, end))
        taken.sort()


_AFTER_CUE = regex.compile(r"\s*:?\s*")  # between a list's cue and its first member
_FIRST_THREE = regex.compile(r"\S+(?: \S+){0,2}")
_FIELD_END = regex.compile(r"[;,.(\n]|\s[-–]\s")  # where a list's field ends ('Sản phẩm: X; Chủ thể: Y')
_LIST_OPENS = regex.compile(r"\s+(?:bao\s+)?gồm\s")  # a list word right after a lead-in: the list starts after it


# what follows a list's last member when it is cut: a predicate, unless only where the goods are made ('ở các xã')
_PREDICATE_AFTER = regex.compile(r"\s*(?!(?:ở|tại|trên địa bàn|của)(?!\p{L}))\p{L}")


def _villages_by_goods(ctx: Context, run: list[tuple[int, int]], known: list[tuple[int, int]]) -> bool:
    """Craft villages listed by their good and their name ('Các làng nghề gồm lụa Vạn Phúc, quạt Chàng Sơn, nón Chuông
    và gốm Bát Tràng'): two known goods, and most members close on a capitalised name; their goods are goods, where a
    list of trades ('các ngành nghề mộc, chạm khảm, sơn mài') names none."""
    named = sum(_NAME_TAIL.search(ctx.shape, *m) is not None for m in run)
    return len(known) >= 2 and 2 * named > len(run)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _name_after(ctx: Context, end: int) -> bool:
    """A capitalised word (a place's or a brand's name) follows the phrase that ends at ``end``."""
    return ctx.shape[end + 1:end + 2].isupper()


def _clause_limit(key: str, start: int) -> int:
    """Where the clause ``start`` stands in ends: its next stop, colon, bracket or quote, else the text's end."""
    m = _CLAUSE_END.search(key, start)
    return m.start() if m else len(key)


# what may follow a good's noun phrase that is the whole object of its clause
_PHRASE_FOLLOWER = regex.compile(r"(?:[,;/]|và |của |được |đạt |có |là |tại |ở |với |do |trong |\(|trên địa bàn "
                                 r"|giai đoạn )")


def _followed_by_end(key: str, end: int, limit: int, made_of: frozenset[str] = frozenset()) -> bool:
    """The phrase is the whole object: punctuation, a list word, a name, a verb-like cue, a place or time of the work
    ('chế biến cà phê | trên địa bàn tỉnh', '... nước mắm | giai đoạn 2022 - 2024'), a rate's slash ('15 triệu lít
    nước mắm | /năm') or what it is made of (``made_of``, rules/product_open.tsv 'phrase_end': 'bằng bạc', 'từ gỗ')
    comes next."""
    rest = key[end:limit].lstrip()
    return not rest or end == limit or _PHRASE_FOLLOWER.match(rest) is not None or rest.split(" ", 1)[0] in made_of


def _clauses(key: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    out, pos = [], s_start
    for m in _CLAUSE_END.finditer(key, s_start, s_end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, s_end))
    return [c for c in out if c[1] > c[0]]


def _runs(key: str, members: list[tuple[int, int]], text: str = "", opening: set[int] = frozenset(),
          figures: list[int] = ()) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """Runs of consecutive short members (at most four words: the items of a list; a name of several capitalised
    words in ``text`` counts as one, 'khóm Cầu Đúc sấy dẻo'; up to seven where a known good opens it, at a position
    in ``opening``), each with the member before it (the lead-in, which names what the list is of; the run's first
    member when none is before). A member holding a figure that starts at a position in ``figures`` ends a run."""
    out: list[tuple[list[tuple[int, int]], tuple[int, int]]] = []
    first = None
    for i, (s, e) in enumerate([*members, (0, 0)]):
        words = key.count(" ", s, e) - (len(_NAME_JOINS.findall(text, s, e)) if text else 0)
        # (a member that states a figure, an amount or a count the amount matcher found, is no item, however it is
        # written: 'kinh phí 1.600.000.000 đồng')
        short = i < len(members) and (words <= 3 or words <= 6 and s in opening and first is not None) and \
            not any(s <= f < e for f in figures)
        if short and first is None:
            first = i
        elif not short and first is not None:
            out.append((members[first:i], members[first - 1] if first else members[first]))
            first = None
    return out


def _list_closed(key: str, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members up to the first ';' after a member 'và' or 'hoặc' brought in: that word closed the list, and
    what follows the ';' is a clause of its own ('... bánh tráng, nước mắm và gỗ mỹ nghệ; khu vực Gia Lai (cũ) có 15
    đề án')."""
    closed = False
    for i in range(1, len(members)):
        between = key[members[i - 1][1]:members[i][0]].strip()
        if closed and between == ";":
            return members[:i]
        # (the word joins two short members, items of a list: not two clauses, 'các điểm tập kết hàng hóa hoặc kho
        # bãi tại cửa khẩu ...')
        closed = closed or between in _LAST_MEMBER_WORDS and key.count(" ", *members[i - 1]) <= 3 and \
            key.count(" ", *members[i]) <= 3
    return members


def _members(key: str, start: int, end: int, separator: regex.Pattern) -> list[tuple[int, int]]:
    """The spans between list separators in ``key[start:end]``, trimmed."""
    out, pos = [], start
    for m in separator.finditer(key, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    trimmed = []
    for s, e in out:
        while s < e and key[s] == " ":
            s += 1
        while e > s and key[e - 1] == " ":
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


@Language.factory("kc_product_open")
def make_open_product_matcher(nlp: Language, name: str) -> OpenProductMatcher:
    return OpenProductMatcher()
