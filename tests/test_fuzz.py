"""Property tests: the extractor on random Vietnamese-like text, and the number grammar on generated amounts.

* Fuzz (issue 11): strings built from Vietnamese syllables, digits in every grouping, scale words stacked at
  random, qualifiers, lone surrogates, combining marks and other scripts' digits never raise, give offsets
  that slice the text exactly, no value beyond int64 and no range whose lower bound exceeds its upper one.
* Generated numbers (issue 12): random integers and ranges rendered the ways the Vietnamese press writes them
  parse back to themselves.
"""
from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kcextract import analyse
from kcextract.numbers import parse_number

INT64_MAX = 2**63 - 1

SYLLABLES = ["kinh phí", "hỗ trợ", "đề án", "khuyến công", "tỉnh", "Hà Giang", "năm", "giai đoạn", "cơ sở",
             "lao động", "sản phẩm", "OCOP", "chè", "mật ong", "trong đó", "tổng", "người", "và", "cho", "với"]
SCALES = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "nghìn tỷ", "k", "K"]
CURRENCIES = ["đồng", "đ", "vnđ", "VND", "USD", "$", ""]
QUALIFIERS = ["hơn", "trên", "gần", "khoảng", "ít nhất", "từ", ""]
ODD = ["\ud800", "\udfff", "\u0301", "\u0323", "١٢٣", "߁߂", "𝟙𝟚", "\u200b", "\ufeff", "-", "–", "/", ".", ",", "%"]


def _digits(n: int) -> str:
    s = str(n)
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return ".".join(groups)


number = st.one_of(
    st.integers(0, 10**25).map(str),
    st.integers(0, 10**21).map(_digits),
    st.tuples(st.integers(0, 9999), st.integers(0, 999)).map(lambda t: f"{t[0]},{t[1]}"),
    st.sampled_from(["một", "hai mươi mốt", "mười lăm", "một trăm lẻ năm", "ba nghìn không trăm mười"]),
)
piece = st.one_of(
    st.sampled_from(SYLLABLES), st.sampled_from(ODD), st.sampled_from(QUALIFIERS),
    st.tuples(number, st.lists(st.sampled_from(SCALES), max_size=3), st.sampled_from(CURRENCIES)).map(
        lambda t: " ".join(x for x in (t[0], " ".join(t[1]), t[2]) if x)),
    st.tuples(number, st.sampled_from(["-", " - ", " đến "]), number, st.sampled_from(SCALES),
              st.sampled_from(CURRENCIES)).map(lambda t: f"{t[0]}{t[1]}{t[2]} {t[3]} {t[4]}".strip()),
)
texts = st.lists(piece, min_size=1, max_size=14).map(lambda ps: " ".join(ps))


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(texts)
def test_random_vietnamese_like_text_never_breaks_the_extractor(text):
    article = analyse("Tin\n" + text, "fuzz")
    for f in article.facts:
        assert article.text[f.start:f.end] == f.text
        if isinstance(f.value, int):
            assert 0 <= f.value <= INT64_MAX
        if f.upper is not None:
            assert f.value <= f.upper <= INT64_MAX
    for r in article.funding:
        assert r.amount_vnd is None or 0 <= r.amount_vnd <= INT64_MAX


# --- generated amounts -------------------------------------------------------------------------------------

DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _words_below_1000(n: int, full: bool) -> list[str]:
    """Vietnamese words for 0 < n < 1000 ('full': a group after a higher one, which keeps 'không trăm')."""
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    out: list[str] = []
    if h or full:
        out += [DIGIT_WORDS[h], "trăm"]
    if t == 0:
        if u:
            out += (["lẻ"] if out else []) + [DIGIT_WORDS[u]]
        return out
    out += ["mười"] if t == 1 else [DIGIT_WORDS[t], "mươi"]
    if u:
        out.append("lăm" if u == 5 else ("mốt" if u == 1 and t > 1 else DIGIT_WORDS[u]))
    return out


def words(n: int) -> str:
    """Vietnamese number words for 0 < n < 10^12."""
    parts: list[str] = []
    for scale, name in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group, n = divmod(n, scale) if scale > 1 else (n, 0)
        if group:
            parts += _words_below_1000(group, full=bool(parts)) + ([name] if name else [])
        elif parts and scale == 1:
            pass
    return " ".join(parts)


@st.composite
def rendered(draw) -> tuple[str, int]:
    """(surface form, value) for one amount, in a form the press uses."""
    form = draw(st.sampled_from(["digits", "grouped", "scaled", "decimal", "mixed", "words", "leading_zero"]))
    if form == "digits":
        n = draw(st.integers(0, 10**15))
        return str(n), n
    if form == "grouped":
        n = draw(st.integers(1000, 10**18))
        return _digits(n), n
    if form == "scaled":
        n = draw(st.integers(1, 999_999))
        scale, mult = draw(st.sampled_from([("nghìn", 10**3), ("ngàn", 10**3), ("triệu", 10**6), ("tỷ", 10**9),
                                            ("tỉ", 10**9), ("nghìn tỷ", 10**12)]))
        return f"{_digits(n)} {scale}", n * mult
    if form == "decimal":
        whole, frac = draw(st.integers(0, 9999)), draw(st.integers(0, 999))
        decimals = draw(st.integers(1, 3))
        frac_s = str(frac).zfill(3)[:decimals]
        scale, mult = draw(st.sampled_from([("triệu", 10**6), ("tỷ", 10**9)]))
        value = int((Decimal(f"{whole}.{frac_s}") * mult).to_integral_value())
        return f"{_digits(whole) if whole >= 1000 else whole},{frac_s} {scale}", value
    if form == "mixed":
        a, b = draw(st.integers(1, 999)), draw(st.integers(1, 999))
        return f"{a} tỷ {b} triệu", a * 10**9 + b * 10**6
    if form == "leading_zero":
        n = draw(st.integers(0, 99))
        return f"{n:02d}", n
    n = draw(st.integers(1, 10**12 - 1))
    return words(n), n


@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(rendered())
def test_generated_amounts_parse_back_to_their_value(case):
    surface, value = case
    assert parse_number(surface) == value, surface


@st.composite
def money_ranges(draw) -> tuple[str, int, int]:
    lo = draw(st.integers(1, 999))
    hi = draw(st.integers(lo + 1, lo * 10 + 1))
    scale, mult = draw(st.sampled_from([("triệu", 10**6), ("tỷ", 10**9), ("nghìn", 10**3)]))
    shape = draw(st.sampled_from(["after_upper", "both", "full_lower", "bare_lower", "words"]))
    if shape == "after_upper":
        return f"{lo} - {hi} {scale} đồng", lo * mult, hi * mult
    if shape == "both":
        return f"{lo} {scale} - {hi} {scale} đồng", lo * mult, hi * mult
    if shape == "full_lower":
        return f"{_digits(lo * mult)} - {hi} {scale} đồng", lo * mult, hi * mult
    if shape == "bare_lower":
        lo_k, hi_k = lo, hi  # '300-800.000 đồng': the lower bound shares the upper's thousands
        return f"từ {lo_k}-{_digits(hi_k * 1000)} đồng", lo_k * 1000, hi_k * 1000
    return f"từ {lo} đến {hi} {scale} đồng", lo * mult, hi * mult


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(money_ranges())
def test_generated_money_ranges_read_in_order_and_scale(case):
    surface, lo, hi = case
    facts = [f for f in analyse(f"Tin\nGiá bán {surface} mỗi kg.", "r").facts if f.type == "money"]
    assert [(f.value, f.upper) for f in facts] == [(lo, hi)], surface
