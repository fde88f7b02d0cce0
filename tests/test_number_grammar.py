"""Number grammar and money / count / quantity extraction, pinned as tables.

The expectations follow FACTS.md and ANNOTATION.md (the fact contract):
`.` groups thousands and `,` marks decimals, leading zeros are ordinary,
scale words multiply, number words count, and a year, a date, a percentage,
a document number, a phone number or a measurement is never a money, count
or quantity fact.

Every sentence below was written for this file; none is copied from the corpora.
Each `extract` case lists ALL the money / project_count / quantity facts the
sentence must give, so a spurious fact of those types fails the case too.
Facts of other types (period, province, product, ocop, organization) are not
compared here.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from kcextract import analyse, extract
from kcextract.numbers import parse_number

DATA = Path(__file__).parent / "data"

# Fields compared for each type, after `type` and `value` (FACTS.md, "Types").
CHECKED = {
    "money": ("currency", "qualifier", "upper"),
    "project_count": ("unit", "qualifier"),
    "quantity": ("unit", "qualifier", "upper"),
}


# ---------------------------------------------------------------------------
# Expected-fact builders: each returns (type, value, extra)
# ---------------------------------------------------------------------------

def money(value, currency="VND", qualifier="exact", upper=None):
    return ("money", value, {"currency": currency, "qualifier": qualifier, "upper": upper})


def count(value, unit, qualifier="exact"):
    return ("project_count", value, {"unit": unit, "qualifier": qualifier})


def qty(value, unit, qualifier="exact", upper=None):
    return ("quantity", value, {"unit": unit, "qualifier": qualifier, "upper": upper})


def _sort_key(item):
    type_, value, fields = item
    return (type_, float(value), repr(fields))


def _expected_keys(expected):
    keys = []
    for type_, value, extra in expected:
        assert set(extra) == set(CHECKED[type_]), f"bad test case: {type_} needs {CHECKED[type_]}"
        keys.append((type_, value, tuple((k, extra[k]) for k in CHECKED[type_])))
    return sorted(keys, key=_sort_key)


def _actual_keys(facts):
    keys = [
        (f.type, f.value, tuple((k, getattr(f, k)) for k in CHECKED[f.type]))
        for f in facts
        if f.type in CHECKED
    ]
    return sorted(keys, key=_sort_key)


def _describe(facts):
    return "\n".join(
        f"  {f.type} {f.value!r} text={f.text!r} "
        + " ".join(f"{k}={getattr(f, k)!r}" for k in CHECKED.get(f.type, ()))
        for f in facts
    ) or "  (no facts)"


def assert_facts(sentence, expected):
    facts = extract(sentence)
    got = _actual_keys(facts)
    want = _expected_keys(expected)
    assert got == want, f"{sentence!r} gave:\n{_describe(facts)}"


# ===========================================================================
# 1. parse_number: a bare Vietnamese number phrase
# ===========================================================================

PARSE_NUMBER_CASES = [
    # digits: `.` groups thousands, `,` marks decimals, leading zeros are ordinary
    pytest.param("1.920", 1920, id="1.920"),
    pytest.param("2.634,6", 2634.6, id="2.634,6"),
    pytest.param("11,04", 11.04, id="11,04"),
    pytest.param("0,5", 0.5, id="0,5"),
    pytest.param("02", 2, id="02"),
    pytest.param("09", 9, id="09"),
    pytest.param("33", 33, id="33"),
    pytest.param("1000", 1000, id="1000-no-grouping"),
    pytest.param("100.000", 100000, id="100.000"),
    pytest.param("1.200.000", 1200000, id="1.200.000"),
    pytest.param("3.000.000", 3000000, id="3.000.000"),
    # units as words
    pytest.param("một", 1, id="mot"),
    pytest.param("hai", 2, id="hai"),
    pytest.param("ba", 3, id="ba"),
    pytest.param("bốn", 4, id="bon"),
    pytest.param("năm", 5, id="nam"),
    pytest.param("sáu", 6, id="sau"),
    pytest.param("bảy", 7, id="bay"),
    pytest.param("tám", 8, id="tam"),
    pytest.param("chín", 9, id="chin"),
    pytest.param("mười", 10, id="muoi"),
    # tens
    pytest.param("mười một", 11, id="muoi-mot"),
    pytest.param("mười hai", 12, id="muoi-hai"),
    pytest.param("mười lăm", 15, id="muoi-lam"),
    pytest.param("hai mươi", 20, id="hai-muoi"),
    pytest.param("hai chục", 20, id="hai-chuc"),
    pytest.param("hai mươi mốt", 21, id="hai-muoi-mot"),
    pytest.param("hai mươi tư", 24, id="hai-muoi-tu"),
    pytest.param("ba mươi lăm", 35, id="ba-muoi-lam"),
    pytest.param("năm mươi", 50, id="nam-muoi"),
    pytest.param("chín mươi chín", 99, id="chin-muoi-chin"),
    # hundreds, with linh / lẻ for a missing tens digit
    pytest.param("một trăm", 100, id="mot-tram"),
    pytest.param("một trăm lẻ năm", 105, id="mot-tram-le-nam"),
    pytest.param("hai trăm linh năm", 205, id="hai-tram-linh-nam"),
    # scale words multiply
    pytest.param("một nghìn", 1000, id="mot-nghin"),
    pytest.param("5 nghìn", 5000, id="5-nghin"),
    pytest.param("năm ngàn", 5000, id="nam-ngan"),
    pytest.param("hai trăm nghìn", 200000, id="hai-tram-nghin"),
    pytest.param("hai mươi mốt nghìn không trăm mười một", 21011, id="21011-in-words"),
    pytest.param("10K", 10000, id="10K"),
    pytest.param("10k", 10000, id="10k"),
    pytest.param("một triệu", 1000000, id="mot-trieu"),
    pytest.param("1,5 triệu", 1500000, id="1,5-trieu"),
    pytest.param("2.634,6 triệu", 2634600000, id="2.634,6-trieu"),
    pytest.param("1,2 tỷ", 1200000000, id="1,2-ty"),
    pytest.param("3 tỉ", 3000000000, id="3-ti"),
    pytest.param("23,29 tỷ", 23290000000, id="23,29-ty"),
    pytest.param("1 tỷ 200 triệu", 1200000000, id="1-ty-200-trieu"),
    # nghìn tỷ compounds to 10^12
    pytest.param("2 nghìn tỷ", 2_000_000_000_000, id="2-nghin-ty"),
    pytest.param("1,5 nghìn tỷ", 1_500_000_000_000, id="1,5-nghin-ty"),
    # not a definite number
    pytest.param("một số", None, id="none-mot-so"),
    pytest.param("vài", None, id="none-vai"),
    pytest.param("vài trăm", None, id="none-vai-tram"),
    pytest.param("1 tỷ 2", 1200000000, id="1-ty-2-spoken"),
    pytest.param("một tỷ hai", 1200000000, id="mot-ty-hai-spoken"),
    pytest.param("1 tỷ 2 trăm", 1200000000, id="1-ty-2-tram"),
    pytest.param("hai nghìn năm trăm", 2500, id="hai-nghin-nam-tram-stays-units"),
    # (digits and words alike: tens after a billion are its next two places)
    pytest.param("1 tỷ 3 chục", 1300000000, id="1-ty-3-chuc"),
    pytest.param("một tỷ ba mươi", 1300000000, id="mot-ty-ba-muoi"),
    pytest.param("hàng trăm", None, id="none-hang-tram"),
    pytest.param("hàng tỷ", None, id="none-hang-ty"),
    pytest.param("abc", None, id="none-abc"),
    pytest.param("", None, id="none-empty"),
]


@pytest.mark.parametrize("phrase, expected", PARSE_NUMBER_CASES)
def test_parse_number_reads_vietnamese_number_phrases(phrase, expected):
    result = parse_number(phrase)
    if expected is None:
        assert result is None
    else:
        assert result is not None
        assert result == pytest.approx(expected, rel=1e-12)


# ===========================================================================
# 2. extract: money, project_count and quantity facts in ordinary sentences
# ===========================================================================

DECIMAL_AND_THOUSANDS_IN_MONEY = [
    pytest.param("Tổng kinh phí thực hiện là 2.634,6 triệu đồng.",
                 [money(2634600000)], id="2.634,6-trieu-dong"),
    pytest.param("Xã được hỗ trợ 1,2 tỷ đồng để mua máy móc.",
                 [money(1200000000)], id="1,2-ty-dong"),
    pytest.param("Khoản vay ưu đãi là 350.000.000 đồng.",
                 [money(350000000)], id="350.000.000-dong"),
    pytest.param("Tổng kinh phí cho chương trình đạt 11,75 tỷ đồng.",
                 [money(11750000000)], id="11,75-ty-dong"),
    pytest.param("Nguồn vốn đối ứng của doanh nghiệp là 1.250,5 triệu đồng.",
                 [money(1250500000)], id="1.250,5-trieu-dong"),
]

SCALE_WORDS_IN_MONEY = [
    # the digits spoken after a scale word are its next places, not a sum of đồng
    pytest.param("Kinh phí hỗ trợ là 1 tỷ 2 đồng.", [money(1200000000)], id="ty-2-spoken"),
    pytest.param("Anh cho biết vốn khoảng 3 triệu 5, lãi ít.", [money(3500000, qualifier="approx")],
                 id="trieu-5-spoken"),
    pytest.param("Kinh phí hỗ trợ là 1 tỷ 250 đồng.", [money(1250000000)], id="ty-250-spoken"),
    # (also before the words that go on, and written onto the scale word)
    pytest.param("Tỉnh hỗ trợ 1 tỷ 2 cho các cơ sở làm nón.", [money(1200000000)], id="ty-2-spoken-then-words"),
    pytest.param("Tỉnh hỗ trợ 1tỷ200 cho các cơ sở làm nón.", [money(1200000000)], id="ty-200-glued"),
    pytest.param("Chị vay thêm 3tr5 để mua máy.", [money(3500000)], id="tr-5-glued"),
    # (in words too, and hundreds with no scale word of their own: the next group down)
    pytest.param("Tỉnh hỗ trợ một tỷ hai cho các cơ sở.", [money(1200000000)], id="mot-ty-hai"),
    pytest.param("Tỉnh hỗ trợ 1 tỷ 2 trăm cho các cơ sở.", [money(1200000000)], id="ty-2-tram"),
    pytest.param("Anh bán được mười hai triệu ba đồng.", [money(12300000)], id="muoi-hai-trieu-ba"),
    pytest.param("Cơ sở được hỗ trợ 1 tỷ rưỡi đồng để mua máy.",
                 [money(1500000000)], id="ty-ruoi"),
    pytest.param("Mỗi tháng anh thu về hai triệu rưỡi đồng.",
                 [money(2500000)], id="words-trieu-ruoi"),
    # (a bare scale word and a half is one and a half of it)
    pytest.param("Năm nay cơ sở được khuyến công hỗ trợ tỷ rưỡi để mua máy.",
                 [money(1500000000)], id="bare-ty-ruoi"),
    pytest.param("Anh vay thêm triệu rưỡi đồng.", [money(1500000)], id="bare-trieu-ruoi"),
    # (the half as often misspelt with the hook, 'rưởi')
    pytest.param("Cơ sở được hỗ trợ một tỷ rưởi để mua máy.", [money(1500000000)], id="mot-ty-ruoi-hook"),
    pytest.param("Năm nay cơ sở được hỗ trợ tỷ rưởi để mua máy.", [money(1500000000)], id="bare-ty-ruoi-hook"),
    pytest.param("Doanh thu của hợp tác xã đạt 850 triệu đồng.",
                 [money(850000000)], id="trieu"),
    pytest.param("Giá bán lẻ hiện là 45 nghìn đồng.",
                 [money(45000)], id="nghin"),
    pytest.param("Mỗi suất quà trị giá 500 ngàn đồng.",
                 [money(500000)], id="ngan"),
    pytest.param("Nhà máy có tổng vốn đầu tư 7 tỷ đồng.",
                 [money(7000000000)], id="ty"),
    pytest.param("Cơ sở đã đầu tư 3 tỉ đồng vào dây chuyền sấy.",
                 [money(3000000000)], id="ti"),
    pytest.param("Giá trị sản xuất công nghiệp đạt 2 nghìn tỷ đồng.",
                 [money(2000000000000)], id="nghin-ty"),
    pytest.param("Tổng vốn đăng ký là 1,5 nghìn tỷ đồng.",
                 [money(1500000000000)], id="decimal-nghin-ty"),
    pytest.param("Công ty đã nộp ngân sách 1 tỷ 200 triệu đồng.",
                 [money(1200000000)], id="1-ty-200-trieu"),
    pytest.param("Mỗi gói hỗ trợ có giá trị hai mươi triệu đồng.",
                 [money(20000000)], id="number-words-trieu"),
    pytest.param("Anh được hỗ trợ 300tr để mua máy.", [money(300000000)], id="tr-run-into-its-digits"),
    pytest.param("Năm nay hợp tác xã được hỗ trợ gần nửa tỷ đồng.", [money(500000000, qualifier="under")],
                 id="nua-ty-half-a-billion"),
    pytest.param("Mặt bằng được cho thuê với giá 15tr/tháng.", [money(15000000)], id="tr-before-a-rate"),
]

CURRENCY_MARKERS = [
    pytest.param("Giá vé vào cửa là 30.000đ.",
                 [money(30000, "VND")], id="d-attached"),
    pytest.param("Tổng mức đầu tư là 12 tỷ VNĐ.",
                 [money(12000000000, "VND")], id="VND-with-D-stroke"),
    pytest.param("Phí đăng ký gian hàng là 250.000 VND.",
                 [money(250000, "VND")], id="VND"),
    pytest.param("Kim ngạch xuất khẩu đạt 3 triệu USD.",
                 [money(3000000, "USD")], id="USD"),
    pytest.param("Mỗi chiếc khăn được bán với giá 15 đô la.",
                 [money(15, "USD")], id="do-la"),
    pytest.param("Chiếc máy được nhập về với giá $500.",
                 [money(500, "USD")], id="dollar-sign"),
]

MONEY_WITHOUT_DONG_AFTER_KINH_PHI = [
    pytest.param("Huyện đã bố trí kinh phí 900 triệu để hỗ trợ các cơ sở.",
                 [money(900000000)], id="kinh-phi-900-trieu"),
    pytest.param("Tổng kinh phí 1,6 tỷ đã được giải ngân.",
                 [money(1600000000)], id="tong-kinh-phi-1,6-ty"),
    # what follows a million or a billion says it is money: the projects it pays for, a money word, what it buys
    pytest.param("Kế hoạch năm 2025 được giao 3 tỷ cho 20 đề án.",
                 [money(3000000000), count(20, "đề án")], id="giao-3-ty-cho-20-de-an"),
    pytest.param("Lào Cai: 7,4 tỷ thực hiện các nhiệm vụ khuyến công",
                 [money(7400000000)], id="headline-7,4-ty-thuc-hien"),
    pytest.param("Nguồn khuyến công quốc gia 800 triệu hỗ trợ cho 4 đề án.",
                 [money(800000000), count(4, "đề án")], id="800-trieu-ho-tro-is-no-quantity"),
    pytest.param("Năm 2017, trung tâm được giao 1 tỷ kinh phí khuyến công.",
                 [money(1000000000)], id="1-ty-kinh-phi-is-no-quantity"),
    pytest.param("Chương trình khuyến nông hỗ trợ 1,8 tỷ xây dựng 12 mô hình trình diễn.",
                 [money(1800000000), qty(12, "mô hình")], id="1,8-ty-xay-dung-mo-hinh"),
    pytest.param("Các gói tín dụng 5.000 tỉ, 9.000 tỉ, 10.000 tỉ đồng cho vay mua nhà.",
                 [money(5000000000000), money(9000000000000), money(10000000000000)], id="list-shares-last-currency"),
]

NUMBER_SHAPES_OF_OTHER_PRINT = [
    pytest.param("Xuất khẩu đạt 46,4 tỷ CAD (35,3 tỷ USD).",
                 [money(46400000000, "CAD"), money(35300000000, "USD")], id="cad"),
    pytest.param("Kim ngạch nhập khẩu tăng lên 6.050 tỷ yen.", [money(6050000000000, "JPY")], id="yen"),
    pytest.param("Công ty tạm ứng cổ tức năm 2017 tỷ lệ 8,6% bằng tiền.", [], id="ty-le-is-a-rate"),
    pytest.param("Ngân hàng tăng tỷ giá, năm tỷ giá tự do giảm.", [], id="ty-gia-is-an-exchange-rate"),
    pytest.param("Danh sách có 3 tỷ phú người Việt.", [qty(3, "tỷ phú")], id="ty-phu-are-people"),
    pytest.param("Licogi đưa 90 triệu cổ phiếu lên UPCoM", [qty(90000000, "cổ phiếu")], id="shares-are-counted"),
    pytest.param("Giải đấu vào vòng 1/8 đôi nam nữ.", [], id="a-round-is-no-count"),
    pytest.param("Hoàn thành trong vòng 3 sự kiện.", [qty(3, "sự kiện")], id="trong-vong-is-within"),
    pytest.param("Người dân bán đỉa với giá 400 000 đồng.", [money(400000)], id="thousands-grouped-with-spaces"),
    pytest.param("Kinh phí hỗ trợ 12 500 000 đồng.", [money(12500000)], id="millions-grouped-with-spaces"),
    pytest.param("Liên hệ hotline 093 520 5858.", [], id="phone-number-is-no-amount"),
    pytest.param("Kinh phí ước thực hiện giải ngân và tạm ứng 5,065 tỷ đồng.", [money(5065000000, qualifier="approx")],
                 id="an-estimate-reaches-over-its-verbs"),
    pytest.param("Kim ngạch xuất khẩu tháng 1 ước tính đạt 14,60 tỷ USD.", [money(14600000000, "USD", qualifier="approx")],
                 id="uoc-tinh-dat"),
    pytest.param("Ước mơ của anh là có 5 tỷ đồng.", [money(5000000000)], id="a-dream-is-no-estimate"),
]

# the counted noun underthesea cuts: a function word joined to it is not part of it, a word of its own that starts with
# a counter is kept whole, and measures and hours are no counts
COUNTED_NOUNS_AS_CUT = [
    pytest.param("Sở Công Thương hỗ trợ 38 cơ sở tại làng nghề Vân Chàng.", [qty(38, "cơ sở")], id="co-so-tai"),
    pytest.param("Việt Nam có 7 kỳ quan thiên nhiên.", [qty(7, "kỳ quan")], id="ky-quan"),
    pytest.param("Tỉnh tổ chức 9 kỳ hội chợ.", [qty(9, "hội chợ")], id="ky-hoi-cho"),
    pytest.param("Bãi cát dài 10 cây số, cách bờ 3 hải lý.", [], id="cay-so-hai-ly"),
    pytest.param("Chuyến đi mất 12 tiếng.", [], id="tieng-hours"),
]

# in an article on a support programme a million or a billion alone is money, a counted noun after it still counts
AMOUNTS_IN_A_PROGRAMME_REPORT = [
    pytest.param("Đề án khuyến công với kinh phí 650 triệu dự kiến hoàn thành trong tháng 10.",
                 [money(650000000)], id="650-trieu-du-kien"),
    pytest.param("Với anh, khoản hỗ trợ khuyến công 200 triệu tuy không lớn nhưng là động lực.",
                 [money(200000000)], id="200-trieu-tuy"),
    pytest.param("Gần 11 tỷ công tác khuyến công năm 2020", [money(11000000000, qualifier="under")], id="11-ty-cong-tac"),
    pytest.param("Phú Yên giải ngân hơn 1 tỷ khuyến công", [money(1000000000, qualifier="over")], id="1-ty-khuyen-cong"),
    pytest.param("Trung tâm Khuyến công giải ngân 1,2 tỷ trên tổng số 3,5 tỷ kế hoạch năm.",
                 [money(1200000000), money(3500000000)], id="3,5-ty-ke-hoach"),
    pytest.param("Sở Công Thương ban hành 3 kế hoạch khuyến công.", [qty(3, "kế hoạch")], id="3-ke-hoach-are-plans"),
    pytest.param("Trung tâm Khuyến công giải ngân 3,1 tỷ/3,3 tỷ kế hoạch.", [money(3100000000), money(3300000000)],
                 id="spent-out-of-planned-without-dong"),
    pytest.param("Làng nghề khuyến công hỗ trợ làm ra khoảng 2 triệu đôi chiếu mỗi năm.",
                 [qty(2000000, "đôi", qualifier="approx")], id="2-trieu-doi"),
    pytest.param("Thị trường 92 triệu dân là cơ hội cho hàng công nghiệp nông thôn.",
                 [qty(92000000, "dân")], id="92-trieu-dan"),
    # (round 35: visits with no noun after them are no money, nor is a scale word before a word that only a
    # different scale word starts: 'tỷ suất' is a yield, 'triệu suất' a million portions)
    pytest.param("Làng nghề khuyến công đón 1,2 triệu lượt, doanh thu tăng.", [], id="1,2-trieu-luot"),
    pytest.param("Cơ sở khuyến công hỗ trợ nấu 1,5 triệu suất ăn mỗi năm.", [qty(1500000, "suất")], id="1,5-trieu-suat"),
    pytest.param("Lò gạch khuyến công hỗ trợ nung 2 triệu viên gạch mỗi năm.", [qty(2000000, "viên")], id="2-trieu-vien"),
]

PRICES_PER_UNIT = [
    pytest.param("Chè búp khô được bán với giá 250.000 đồng/kg.",
                 [money(250000)], id="dong-per-kg"),
    pytest.param("Mật ong được thu mua với giá 400.000 đồng/lít.",
                 [money(400000)], id="dong-per-lit"),
    pytest.param("Gạo xuất khẩu có giá 520 USD/tấn.",
                 [money(520, "USD")], id="usd-per-tan"),
    # a scale word and a slash with no currency: the price by the unit, also spaced ('triệu / kg')
    pytest.param("Riêng lá sâm tươi 5,5-6,5 triệu / kg.",
                 [money(5500000, upper=6500000)], id="trieu-per-kg-no-dong"),
    pytest.param("Lá sâm tươi có giá 6 triệu/kg.",
                 [money(6000000)], id="trieu-per-kg-joined"),
]

QUALIFIERS_ON_MONEY = [
    pytest.param("Doanh thu của hợp tác xã tối thiểu là 1,0 tỷ đồng mỗi năm.",
                 [money(1000000000, qualifier="at_least")], id="toi-thieu-la"),
    pytest.param("Chi phí ước tính là 300 triệu đồng.",
                 [money(300000000, qualifier="approx")], id="uoc-tinh-la"),
    pytest.param("Làm vậy tốt hơn là 5 triệu đồng tiền phạt.",
                 [money(5000000, qualifier="exact")], id="hon-la-is-rather-than"),
    pytest.param("Xã đã huy động được hơn 4,5 tỷ đồng.",
                 [money(4500000000, qualifier="over")], id="hon"),
    pytest.param("Doanh thu của công ty đạt trên 2 tỷ đồng.",
                 [money(2000000000, qualifier="over")], id="tren"),
    pytest.param("Giá trị hợp đồng vượt 5 tỷ đồng.",
                 [money(5000000000, qualifier="over")], id="vuot"),
    pytest.param("Hợp tác xã đã giải ngân gần 800 triệu đồng.",
                 [money(800000000, qualifier="under")], id="gan"),
    pytest.param("Mỗi lớp học nghề có kinh phí dưới 100 triệu đồng.",
                 [money(100000000, qualifier="under")], id="duoi"),
    pytest.param("Khoản hỗ trợ cho mỗi hộ chưa đến 50 triệu đồng.",
                 [money(50000000, qualifier="under")], id="chua-den"),
    pytest.param("Mức phạt không quá 7 triệu đồng.",
                 [money(7000000, qualifier="under")], id="khong-qua"),
    pytest.param("Chi phí cải tạo nhà xưởng khoảng 300 triệu đồng.",
                 [money(300000000, qualifier="approx")], id="khoang"),
    pytest.param("Thiệt hại ước 1,8 tỷ đồng.",
                 [money(1800000000, qualifier="approx")], id="uoc"),
    pytest.param("Lợi nhuận năm qua xấp xỉ 600 triệu đồng.",
                 [money(600000000, qualifier="approx")], id="xap-xi"),
    pytest.param("Mỗi mô hình cần ít nhất 200 triệu đồng.",
                 [money(200000000, qualifier="at_least")], id="it-nhat"),
    pytest.param("Doanh nghiệp phải có vốn tối thiểu 10 tỷ đồng.",
                 [money(10000000000, qualifier="at_least")], id="toi-thieu"),
]

RANGES_ARE_ONE_FACT_WITH_UPPER = [
    pytest.param("Mỗi hộ có thu nhập 200-300 triệu đồng mỗi năm.",
                 [money(200000000, upper=300000000)], id="200-300-trieu-dong"),
    pytest.param("Mỗi dây chuyền cần vốn từ 1 đến 2 tỷ đồng.",
                 [money(1000000000, upper=2000000000)], id="tu-1-den-2-ty-dong"),
    pytest.param("Giá cam hiện ở mức 25.000 - 30.000 đồng/kg.",
                 [money(25000, upper=30000)], id="price-range-spaced-dash"),
    pytest.param("Chi phí mỗi lò sấy khoảng 60-70 triệu đồng.",
                 [money(60000000, qualifier="approx", upper=70000000)], id="khoang-60-70-trieu"),
    pytest.param("Dự kiến có 20 - 30 doanh nghiệp tham gia hội chợ.",
                 [qty(20, "doanh nghiệp", upper=30)], id="20-30-doanh-nghiep"),
    pytest.param("Mỗi lớp đào tạo từ 25 đến 30 học viên.",
                 [qty(25, "học viên", upper=30)], id="tu-25-den-30-hoc-vien"),
]

PROJECT_COUNTS = [
    # the count of projects with its noun named before it, however long the noun's phrase
    pytest.param("Năm 2024, số đề án khuyến công địa phương được thực hiện là 15, kinh phí 3 tỷ đồng.",
                 [count(15, "đề án"), money(3000000000)], id="so-de-an-long-phrase-la-15"),
    pytest.param("Năm 2023, tỉnh hỗ trợ 13 đề án khuyến công.",
                 [count(13, "đề án")], id="13-de-an"),
    pytest.param("Trung tâm đã thực hiện 02 đề án nhóm.",
                 [count(2, "đề án nhóm")], id="02-de-an-nhom"),
    pytest.param("Bộ Công Thương phê duyệt 5 dự án cho tỉnh.",
                 [count(5, "dự án")], id="5-du-an"),
    pytest.param("Trung tâm được giao 05 nhiệm vụ khuyến công.",
                 [count(5, "nhiệm vụ")], id="05-nhiem-vu"),
    pytest.param("Tỉnh đã triển khai hai đề án về sản xuất sạch hơn.",
                 [count(2, "đề án")], id="hai-de-an"),
    pytest.param("Có 12 dự án đã được nghiệm thu.",
                 [count(12, "dự án")], id="12-du-an"),
    pytest.param("Giai đoạn 2016-2020, tỉnh thực hiện hơn 100 đề án khuyến công.",
                 [count(100, "đề án", qualifier="over")], id="hon-100-de-an"),
    # (spelled out again in brackets between the number and its noun)
    pytest.param("Năm 2024, Trung tâm đã hỗ trợ 01 (một) đề án với kinh phí 1.250.000.000 đồng.",
                 [count(1, "đề án"), money(1250000000)], id="01-mot-de-an"),
    pytest.param("Năm 2024, tỉnh hỗ trợ 12 (mười hai) cơ sở.", [qty(12, "cơ sở")], id="12-muoi-hai-co-so"),
    pytest.param("Năm 2024, tỉnh hỗ trợ 12 (mười ba) cơ sở.", [], id="12-other-words-no-count"),
    # (the digits in brackets, as documents write them, alone or after the words)
    pytest.param("Năm 2025, Bộ Công Thương phê duyệt (02) đề án khuyến công quốc gia.", [count(2, "đề án")],
                 id="bracketed-02-de-an"),
    pytest.param("Năm 2025, Bộ Công Thương phê duyệt hai (02) đề án khuyến công quốc gia.", [count(2, "đề án")],
                 id="hai-bracketed-02-de-an"),
    pytest.param("Năm 2024, tỉnh hỗ trợ mười hai (12) cơ sở.", [qty(12, "cơ sở")], id="muoi-hai-bracketed-12-co-so"),
    pytest.param("Năm 2024, kinh phí (500) triệu đồng.", [], id="bracketed-digits-before-a-scale-word-no-fact"),
]

COUNTS_AND_MONEY_IN_ONE_SENTENCE = [
    pytest.param("Chương trình đã hỗ trợ 7 đề án với tổng kinh phí 3,45 tỷ đồng.",
                 [count(7, "đề án"), money(3450000000)], id="de-an-and-kinh-phi"),
    pytest.param("Năm qua, huyện được hỗ trợ 1 đề án nhóm với kinh phí 750 triệu đồng.",
                 [count(1, "đề án nhóm"), money(750000000)], id="de-an-nhom-and-kinh-phi"),
    pytest.param("Ngày 12/5/2022, Sở Công Thương nghiệm thu 3 đề án với tổng kinh phí 1,05 tỷ đồng.",
                 [count(3, "đề án"), money(1050000000)], id="date-then-count-and-money"),
    pytest.param("Đề án hỗ trợ 5 cơ sở với kinh phí 450 triệu đồng.",
                 [qty(5, "cơ sở"), money(450000000)], id="co-so-and-kinh-phi"),
    pytest.param("Trong đó, khuyến công quốc gia 1,2 tỷ đồng, khuyến công địa phương 800 triệu đồng.",
                 [money(1200000000), money(800000000)], id="two-amounts"),
    pytest.param("Đề án thứ nhất được hỗ trợ 500 triệu đồng, đề án thứ hai cũng được hỗ trợ 500 triệu đồng.",
                 [money(500000000), money(500000000)], id="repeated-amount-counts-twice"),
    pytest.param("Kinh phí khuyến công quốc gia 2,7 tỷ đồng/3 đề án; khuyến công địa phương 4,1 tỷ đồng/14 đề án.",
                 [money(2700000000), count(3, "đề án"), money(4100000000), count(14, "đề án")],
                 id="amount-slash-its-projects"),
    pytest.param("Mức hỗ trợ 300 triệu đồng/1 đề án.", [money(300000000)], id="amount-per-one-project-is-a-rate"),
]

QUANTITIES_OF_COUNTED_NOUNS = [
    pytest.param("Chương trình hỗ trợ 12 DN và 20 CSSX, tạo việc làm cho 300 LĐ.",
                 [qty(12, "doanh nghiệp"), qty(20, "cơ sở"), qty(300, "lao động")],
                 id="report-abbreviations-count-their-spelled-noun"),
    pytest.param("Có 4 THT, 9 DNNVV và 3 CS CNNT tham gia.",
                 [qty(4, "tổ hợp tác"), qty(9, "doanh nghiệp"), qty(3, "cơ sở")],
                 id="group-and-small-firm-abbreviations"),
    pytest.param("Các cơ sở tham gia 9 kỳ hội chợ trong nước.",
                 [qty(9, "hội chợ")], id="counter-joined-to-its-noun-is-dropped"),
    pytest.param("Trung tâm tổ chức 5 lớp học nghề mây tre.",
                 [qty(5, "lớp")], id="lop-hoc-is-lop"),
    pytest.param("Hợp tác xã được hỗ trợ 15 máy móc phục vụ dệt.",
                 [qty(15, "máy")], id="may-moc-is-may"),
    pytest.param("Sở tổ chức 2 hội thi và 3 cuộc thi sản phẩm.",
                 [qty(2, "hội thi"), qty(3, "cuộc thi")], id="contests-are-counted-whole"),
    pytest.param("Ban giám khảo trao 6 giải C cho các sản phẩm.",
                 [qty(6, "giải")], id="grade-letter-is-not-the-unit"),
    pytest.param("Hội chợ có doanh nghiệp của hơn 20 tỉnh, thành phố.",
                 [qty(20, "tỉnh", qualifier="over")], id="tinh-thanh-pho-counts-provinces"),
    pytest.param("Lễ hội đón khoảng 5 vạn lượt khách và 1,5 vạn người dân.",
                 [qty(50000, "lượt khách", qualifier="approx"), qty(15000, "người dân")], id="van-is-ten-thousand"),
    pytest.param("Lễ hội đón hơn nửa triệu lượt khách.", [qty(500000, "lượt khách", qualifier="over")],
                 id="nua-trieu-counts-half-a-million"),
    pytest.param("Lễ hội đón khoảng 12.000 lượt du khách.",
                 [qty(12000, "lượt du khách", qualifier="approx")], id="luot-du-khach-as-written"),
    pytest.param("Các cơ sở đã tạo việc làm cho 2.450 lao động.",
                 [qty(2450, "lao động")], id="2.450-lao-dong"),
    pytest.param("Lễ hội thu hút 3.500 lượt người tham quan.",
                 [qty(3500, "lượt người")], id="luot-nguoi"),
    # (turns of any counted noun, listed or not: 'lượt' before a unit counts turns of it)
    pytest.param("Năm 2025, tỉnh đưa 14 lượt hợp tác xã tới 6 lượt hội chợ.",
                 [qty(14, "lượt hợp tác xã"), qty(6, "lượt hội chợ")], id="luot-any-counted-noun"),
    pytest.param("Toàn huyện có 09 cơ sở chế biến chè.",
                 [qty(9, "cơ sở")], id="09-co-so"),
    pytest.param("Xã hiện có 08 mô hình sản xuất hiệu quả.",
                 [qty(8, "mô hình")], id="08-mo-hinh"),
    pytest.param("Hội chợ có 150 gian hàng.",
                 [qty(150, "gian hàng")], id="gian-hang"),
    pytest.param("Làng nghề có 25 sản phẩm được đưa vào siêu thị.",
                 [qty(25, "sản phẩm")], id="san-pham"),
    pytest.param("Tỉnh có 22 dân tộc cùng sinh sống.",
                 [qty(22, "dân tộc")], id="dan-toc"),
    pytest.param("Dân số của huyện là 158.306 người.",
                 [qty(158306, "người")], id="158.306-nguoi"),
    pytest.param("Mỗi tháng xã tổ chức 2 phiên chợ.",
                 [qty(2, "phiên chợ")], id="phien-cho"),
    pytest.param("Doanh nghiệp đã mở 6 điểm bán hàng tại Hà Nội.",
                 [qty(6, "điểm bán hàng")], id="diem-ban-hang"),
    pytest.param("Huyện có 320 hộ nuôi ong.",
                 [qty(320, "hộ")], id="ho"),
    pytest.param("Hội chợ có 15 doanh nghiệp tham gia.",
                 [qty(15, "doanh nghiệp")], id="doanh-nghiep"),
]

QUALIFIERS_ON_QUANTITIES = [
    pytest.param("Hội thảo thu hút hơn 200 người tham dự.",
                 [qty(200, "người", qualifier="over")], id="hon-200-nguoi"),
    pytest.param("Làng nghề có khoảng 500 lao động.",
                 [qty(500, "lao động", qualifier="approx")], id="khoang-500-lao-dong"),
    pytest.param("Dự kiến ít nhất 30 doanh nghiệp sẽ tham gia.",
                 [qty(30, "doanh nghiệp", qualifier="at_least")], id="it-nhat-30-doanh-nghiep"),
    pytest.param("Có gần 1.000 hộ tham gia mô hình.",
                 [qty(1000, "hộ", qualifier="under")], id="gan-1.000-ho"),
]

NUMBER_WORDS_COUNT = [
    pytest.param("Chương trình đào tạo nghề cho mười hai lao động.",
                 [qty(12, "lao động")], id="muoi-hai-lao-dong"),
    pytest.param("Có ba mươi lăm hộ đăng ký tham gia.",
                 [qty(35, "hộ")], id="ba-muoi-lam-ho"),
    pytest.param("Xã có hai mươi mốt hộ làm nghề dệt.",
                 [qty(21, "hộ")], id="hai-muoi-mot-ho"),
    pytest.param("Hai cơ sở đã nhận máy móc mới.",
                 [qty(2, "cơ sở")], id="capitalised-hai-co-so"),
]

SCALE_WORD_ON_A_COUNTED_NOUN_IS_A_QUANTITY = [
    pytest.param("Năm ngoái, tỉnh đón 3,1 triệu du khách.",
                 [qty(3100000, "du khách")], id="3,1-trieu-du-khach"),
    pytest.param("Năm 2022, tỉnh đón 1,2 triệu lượt người đến tham quan.",
                 [qty(1200000, "lượt người")], id="1,2-trieu-luot-nguoi"),
]

NOT_MONEY_COUNT_OR_QUANTITY = [
    # an abbreviation after a space: a page as often as a million, never a counted noun
    pytest.param("Bài viết đăng ở 300 tr của tập san.", [], id="tr-after-a-space"),
    pytest.param("Hơn nửa số hộ trong làng làm nghề.", [], id="nua-before-no-scale-word"),
    # years and dates
    pytest.param("Kế hoạch được triển khai trong năm 2023.", [], id="year"),
    pytest.param("Ngày 25/3/2021, hội nghị tổng kết được tổ chức tại huyện.", [], id="date"),
    pytest.param("Tháng 11/2022, hội chợ được tổ chức tại thành phố.", [], id="month-year"),
    pytest.param("Giai đoạn 2016-2020 đã khép lại với nhiều kết quả.", [], id="year-span"),
    # a bare year before a project noun or after 'đến', 'từ', 'cuối' dates the programme: it counts nothing
    pytest.param("Cụ thể, 2017 chương trình khuyến công thành phố đào tạo nghề cho lao động.", [],
                 id="bare-year-before-programme"),
    pytest.param("Theo đó, đến 2020 Chương trình khuyến công tỉnh hướng tới mục tiêu mới.", [],
                 id="bare-year-after-den"),
    pytest.param("Từ 2021 đề án khuyến công được xét chọn theo quy trình mới.", [], id="bare-year-after-tu"),
    # percentages
    pytest.param("Sản lượng chè tăng 15% so với cùng kỳ.", [], id="percent"),
    pytest.param("Tốc độ tăng trưởng bình quân đạt 5 - 8% mỗi năm.", [], id="percent-range"),
    # decision and document numbers
    pytest.param("Kế hoạch được ban hành theo Quyết định số 1253/QĐ-UBND.", [], id="decision-number"),
    pytest.param("Căn cứ Quyết định số 407/QĐ-UBND của UBND tỉnh.", [], id="decision-number-407"),
    pytest.param("Căn cứ Nghị định số 45/2012/NĐ-CP của Chính phủ về khuyến công.", [], id="decree-number"),
    pytest.param("Thông tư số 26/2014/TT-BCT quy định chi tiết về kinh phí khuyến công.", [],
                 id="circular-number-near-kinh-phi"),
    # phone numbers
    pytest.param("Mọi thông tin xin liên hệ số điện thoại 0912.345.678.", [], id="mobile-phone"),
    pytest.param("Đường dây nóng của trung tâm là 0203.3825.678.", [], id="landline-phone"),
    # measurements
    pytest.param("Tuyến đường tỉnh dài 48,75 km.", [], id="km"),
    pytest.param("Tổng diện tích chè của huyện là 2.315,6 ha.", [], id="ha"),
    pytest.param("Hệ thống chiếu sáng công cộng sử dụng đèn LED 30W.", [], id="watt"),
    pytest.param("Mỗi ngày cơ sở chế biến được 5 tấn chè búp tươi.", [], id="tan"),
    pytest.param("Mỗi vụ, gia đình thu hoạch 120 kg mật ong.", [], id="kg"),
    # frequencies
    pytest.param("Bản tin được phát hành 01 số/tháng.", [], id="frequency"),
    # list markers
    pytest.param("Một là, nâng cao chất lượng sản phẩm.", [], id="list-marker-mot-la"),
    pytest.param("Hai là, mở rộng thị trường tiêu thụ.", [], id="list-marker-hai-la"),
    # no definite number
    pytest.param("Tỉnh đã triển khai một số đề án khuyến công.", [], id="mot-so-de-an"),
    pytest.param("Một số hộ đã chuyển sang trồng chè.", [], id="capitalised-mot-so-ho"),
    pytest.param("Đây là đề án thứ 3 được triển khai tại huyện.", [], id="ordinal-de-an-thu-3"),
    pytest.param("Nhiều hộ đã đầu tư hàng tỷ đồng để mở rộng sản xuất.", [], id="hang-ty-dong"),
    pytest.param("Mỗi năm gia đình thu lãi hàng trăm triệu đồng.", [], id="hang-tram-trieu-dong"),
    pytest.param("Mỗi sản phẩm chỉ bán được vài trăm nghìn đồng.", [], id="vai-tram-nghin-dong"),
    pytest.param("Người làm nghề có thu nhập tiền triệu mỗi tháng.", [], id="tien-trieu"),
    pytest.param("Làng nghề tạo việc làm cho hàng nghìn lao động.", [], id="hang-nghin-lao-dong"),
    # disease names
    pytest.param("Do ảnh hưởng của dịch Covid 19, sản xuất bị đình trệ.", [], id="covid-19-space"),
    pytest.param("Dịch Covid-19 làm nhiều cơ sở phải tạm dừng hoạt động.", [], id="covid-19-hyphen"),
]

NEGATIVES_NEXT_TO_REAL_FACTS = [
    pytest.param("Năm 2023, sản lượng tăng 15%, doanh thu đạt 4,2 tỷ đồng.",
                 [money(4200000000)], id="year-percent-then-money"),
    pytest.param("Cuối 2023 tỉnh đã hỗ trợ 2.000 hộ và hơn 2000 dự án được đăng ký.",
                 [qty(2000, "hộ"), count(2000, "dự án", qualifier="over")], id="bare-year-then-thousands"),
    pytest.param("Theo Quyết định số 2187/QĐ-UBND, tỉnh hỗ trợ 6 dự án.",
                 [count(6, "dự án")], id="decision-number-then-count"),
    pytest.param("Tuyến đường dài 12 km được đầu tư 15 tỷ đồng.",
                 [money(15000000000)], id="km-then-money"),
    pytest.param("Trên diện tích 35 ha, hợp tác xã thu hút 40 lao động.",
                 [qty(40, "lao động")], id="ha-then-quantity"),
    pytest.param("Ngày 9/10/2021, huyện đã hỗ trợ máy móc cho 20 hộ.",
                 [qty(20, "hộ")], id="date-then-quantity"),
]

ALL_SENTENCE_TABLES = [
    DECIMAL_AND_THOUSANDS_IN_MONEY,
    SCALE_WORDS_IN_MONEY,
    CURRENCY_MARKERS,
    MONEY_WITHOUT_DONG_AFTER_KINH_PHI,
    PRICES_PER_UNIT,
    QUALIFIERS_ON_MONEY,
    RANGES_ARE_ONE_FACT_WITH_UPPER,
    PROJECT_COUNTS,
    COUNTS_AND_MONEY_IN_ONE_SENTENCE,
    QUANTITIES_OF_COUNTED_NOUNS,
    QUALIFIERS_ON_QUANTITIES,
    NUMBER_WORDS_COUNT,
    SCALE_WORD_ON_A_COUNTED_NOUN_IS_A_QUANTITY,
    NOT_MONEY_COUNT_OR_QUANTITY,
    NEGATIVES_NEXT_TO_REAL_FACTS,
]
ALL_SENTENCE_CASES = [case for table in ALL_SENTENCE_TABLES for case in table]
ALL_SENTENCES = [pytest.param(case.values[0], id=case.id) for case in ALL_SENTENCE_CASES]


@pytest.mark.parametrize("sentence, expected", DECIMAL_AND_THOUSANDS_IN_MONEY)
def test_decimal_comma_and_thousand_dots_in_money(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", SCALE_WORDS_IN_MONEY)
def test_scale_words_multiply_money(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", CURRENCY_MARKERS)
def test_currency_markers_set_currency(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", MONEY_WITHOUT_DONG_AFTER_KINH_PHI)
def test_scale_word_after_kinh_phi_is_money_without_dong(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", NUMBER_SHAPES_OF_OTHER_PRINT)
def test_foreign_currencies_spaced_thousands_and_words_that_only_look_like_numbers(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", COUNTED_NOUNS_AS_CUT)
def test_the_counted_noun_is_the_noun_not_what_underthesea_joined_to_it(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", AMOUNTS_IN_A_PROGRAMME_REPORT)
def test_a_million_alone_in_a_programme_report_is_money_and_a_counted_noun_still_counts(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", PRICES_PER_UNIT)
def test_price_per_unit_is_money_and_the_unit_is_not_a_quantity(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", QUALIFIERS_ON_MONEY)
def test_qualifier_words_before_money(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", RANGES_ARE_ONE_FACT_WITH_UPPER)
def test_range_is_one_fact_with_lower_value_and_upper(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", PROJECT_COUNTS)
def test_project_count_units(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", COUNTS_AND_MONEY_IN_ONE_SENTENCE)
def test_counts_and_money_in_one_sentence(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", QUANTITIES_OF_COUNTED_NOUNS)
def test_quantity_of_counted_noun_with_short_unit(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", QUALIFIERS_ON_QUANTITIES)
def test_qualifier_words_before_quantity(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", NUMBER_WORDS_COUNT)
def test_number_words_count(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", SCALE_WORD_ON_A_COUNTED_NOUN_IS_A_QUANTITY)
def test_million_of_a_counted_noun_is_quantity_not_money(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", NOT_MONEY_COUNT_OR_QUANTITY)
def test_years_dates_percentages_codes_measures_and_vague_amounts_give_nothing(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", NEGATIVES_NEXT_TO_REAL_FACTS)
def test_non_facts_do_not_hide_or_distort_a_real_fact_nearby(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence", ALL_SENTENCES)
def test_fact_offsets_slice_the_text(sentence):
    for f in extract(sentence):
        assert 0 <= f.start < f.end <= len(sentence), f
        assert sentence[f.start:f.end] == f.text, f


@pytest.mark.parametrize("sentence", ALL_SENTENCES)
def test_money_and_count_values_are_integers(sentence):
    for f in extract(sentence):
        if f.type in CHECKED:
            assert isinstance(f.value, int) and not isinstance(f.value, bool), f
            if getattr(f, "upper", None) is not None:
                assert isinstance(f.upper, int) and not isinstance(f.upper, bool), f


def test_doc_id_is_carried_on_every_fact():
    sentence = "Chương trình đã hỗ trợ 7 đề án với tổng kinh phí 3,45 tỷ đồng."
    facts = extract(sentence, doc_id="abc_123")
    assert facts
    assert {f.doc for f in facts} == {"abc_123"}


def test_sentence_tables_are_well_formed():
    """Guards the tables themselves: unique ids, NFC text, enough cases."""
    ids = [case.id for case in ALL_SENTENCE_CASES]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)
    assert len(ALL_SENTENCE_CASES) >= 70
    assert len(PARSE_NUMBER_CASES) >= 40
    for case in ALL_SENTENCE_CASES:
        sentence, expected = case.values
        assert unicodedata.is_normalized("NFC", sentence), case.id
        _expected_keys(expected)  # raises on a malformed expectation


# ===========================================================================
# 3. Duckling's Vietnamese corpus (tests/data/duckling-vi.tsv) in carrier sentences
# ===========================================================================

MONEY_CARRIER = "Tổng số tiền là {phrase} theo báo cáo."
QUANTITY_CARRIER = "Huyện có {phrase} hộ tham gia."


def _ascii_id(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return "-".join(s.split())


def _duckling_rows():
    rows = []
    path = DATA / "duckling-vi.tsv"
    header = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        expected = {
            "value": int(row["value"]),
            "currency": row.get("currency") or None,
            "qualifier": row.get("qualifier") or None,
            "upper": int(row["upper"]) if row.get("upper") else None,
        }
        rows.append(pytest.param(row["kind"], row["phrase"], expected,
                                 id=f"L{lineno}-{row['kind']}-{_ascii_id(row['phrase'])}"))
    return rows


DUCKLING_ROWS = _duckling_rows()


def test_duckling_table_is_loaded():
    assert len(DUCKLING_ROWS) >= 30
    assert {case.values[0] for case in DUCKLING_ROWS} == {"money", "quantity"}


@pytest.mark.parametrize("kind, phrase, expected", DUCKLING_ROWS)
def test_duckling_phrase_in_carrier_sentence(kind, phrase, expected):
    if kind == "money":
        sentence = MONEY_CARRIER.format(phrase=phrase)
        facts = extract(sentence)
        found = [f for f in facts if f.type == "money"]
        assert len(found) == 1, f"{sentence!r} gave:\n{_describe(facts)}"
        f = found[0]
        assert (f.value, f.currency, f.qualifier, f.upper) == (
            expected["value"], expected["currency"], expected["qualifier"], expected["upper"]
        ), f"{sentence!r} gave:\n{_describe(facts)}"
    else:
        sentence = QUANTITY_CARRIER.format(phrase=phrase)
        facts = extract(sentence)
        assert [f.value for f in facts if f.type == "quantity"] == [expected["value"]], (
            f"{sentence!r} gave:\n{_describe(facts)}"
        )
        assert not [f for f in facts if f.type == "money"], f"{sentence!r} gave:\n{_describe(facts)}"


@pytest.mark.parametrize("phrase, value", [("2.634,6 trđ", 2_634_600_000), ("500 tr.đ", 500_000_000),
                                           ("1,2 triệu đ", 1_200_000), ("750tr đồng", 750_000_000),
                                           ("750 tr đồng", 750_000_000)])
def test_the_abbreviated_million_of_reports_runs_into_its_currency(phrase, value):
    facts = extract(f"Tin\n\nNăm 2024, đề án có kinh phí {phrase} để hỗ trợ.", "tr")
    assert [(f.type, f.value) for f in facts if f.type == "money"] == [("money", value)]


@pytest.mark.parametrize("header, value", [("(ĐVT: triệu đồng)", 1_300_000_000), ("Đơn vị tính: tỷ đồng", 1_300_000_000_000),
                                           ("", None)])
def test_a_bare_budget_figure_under_a_unit_header_takes_that_unit(header, value):
    facts = extract(f"Kết quả khuyến công năm 2023 {header}\n\nKhuyến công quốc gia: 2 đề án, kinh phí 1.300.", "unit")
    assert [f.value for f in facts if f.type == "money"] == ([value] if value else [])


@pytest.mark.parametrize("phrase, value", [
    ("kinh phí (triệu đồng): 2.150", 2_150_000_000),
    ("tổng kinh phí (tỷ đồng) là 2,5", 2_500_000_000),
    ("kinh phí 2.350 (triệu đồng)", 2_350_000_000),
    ("kinh phí 2.350 ( tỷ đồng )", 2_350_000_000_000),
    ("kinh phí 2.350 (tr.đ)", 2_350_000_000),
    # (a bare 'tr' after a labelled budget's figure is the million: a page has no budget's label)
    ("tổng kinh phí: 3.850 tr", 3_850_000_000),
    ("kinh phí là 450 tr, đạt 98% kế hoạch", 450_000_000),
    ("gồm 300 tr", None),
    # (a bare figure with a bracket of another kind, or no budget's label before it, stays no money)
    ("kinh phí 2.350 (theo kế hoạch)", None),
    ("gồm 2.350 (triệu đồng)", None),
])
def test_a_bare_budget_figure_takes_the_unit_its_label_or_its_bracket_gives(phrase, value):
    facts = extract(f"Tin\n\nNăm 2024, Trung tâm Khuyến công thực hiện 9 đề án, {phrase}.", "bracket-unit")
    assert [f.value for f in facts if f.type == "money"] == ([value] if value else [])


@pytest.mark.parametrize("phrase, value", [("1.500 ngđ", 1_500_000), ("2.634.600 ng.đ", 2_634_600_000)])
def test_the_abbreviated_thousand_of_reports_runs_into_its_currency(phrase, value):
    facts = extract(f"Tin\n\nNăm 2024, đề án có kinh phí {phrase} để hỗ trợ.", "ng")
    assert [(f.type, f.value) for f in facts if f.type == "money"] == [("money", value)]


@pytest.mark.parametrize("text, periods", [
    ("Đẩy mạnh chuyển đổi số\n\nNăm 2024, tỉnh hỗ trợ 5 cơ sở.", ["2024"]),  # a title ending in 'số'
    ("Tin\n\nMục tiêu doanh số năm 2027 tăng gấp đôi.", ["2027"]),
    ("Tin\n\nTheo Quyết định số 2020 và Nghị định số 81/2018 của Chính phủ.", []),
])
def test_a_document_number_is_no_period_but_a_year_led_by_its_word_is(text, periods):
    assert [f.value for f in extract(text, "doc-number") if f.type == "period"] == periods


@pytest.mark.parametrize("sentence, count", [
    ("Năm 2024, số đề án được hỗ trợ là 25, với tổng kinh phí 4,5 tỷ đồng.", 25),
    ("Số nhiệm vụ: 12.", 12),
])
def test_the_number_of_projects_given_after_its_noun_is_a_project_count(sentence, count):
    facts = extract(f"Khuyến công Phú Yên\n\n{sentence}", "count-of")
    assert [f.value for f in facts if f.type == "project_count"] == [count]


def test_a_year_after_the_number_of_projects_is_no_count():
    facts = extract("Tin\n\nSố đề án năm 2024 là 2024.", "count-of-year")
    assert not [f for f in facts if f.type == "project_count"]


@pytest.mark.parametrize("sentence, money", [
    ("Năm 2024, UBND tỉnh quyết định cấp 800 triệu đồng kinh phí khuyến công.", [800_000_000]),
    ("Doanh số kiều hối đạt 105,5 triệu USD.", [105_500_000]),
    ("Trường cấp 3 có 500 học sinh.", []),
    ("Hội An đón du khách thứ 10 triệu tham quan phố cổ.", []),
])
def test_a_level_word_before_an_amount_of_millions_makes_no_ordinal(sentence, money):
    facts = extract(f"Tin\n\n{sentence}", "ordinal-money")
    assert [f.value for f in facts if f.type == "money"] == money
    assert not [f for f in facts if f.type == "quantity" and f.value >= 1_000_000]


def test_an_amount_set_aside_without_its_currency_is_money():
    facts = extract("Tin\n\nNăm 2024 tỉnh đã dành 3,6 tỷ cho khuyến công, hỗ trợ 24 cơ sở.", "set-aside")
    assert [f.value for f in facts if f.type == "money"] == [3_600_000_000]


@pytest.mark.parametrize("sentence, kind, value", [
    ("Năm 2024, đề án có kinh phí trên 4 trăm triệu đồng.", "money", 400_000_000),
    ("Năm 2024, cơ sở được hỗ trợ 3 chục triệu đồng.", "money", 30_000_000),
    ("Năm 2024, tổng kinh phí 1 tỷ 4 trăm triệu đồng.", "money", 1_400_000_000),
    ("Năm 2024, lớp học có 4 trăm người tham dự.", "quantity", 400),
])
def test_a_digit_counting_hundreds_or_tens_multiplies_by_them(sentence, kind, value):
    facts = extract(f"Tin\n\n{sentence}", "tens")
    assert [f.value for f in facts if f.type == kind] == [value], _describe(facts)


@pytest.mark.parametrize("phrase, value", [
    ("1,5tỷ đồng", 1_500_000_000), ("192tỷđồng", 192_000_000_000), ("hơn 5.800tỷđồng", 5_800_000_000_000),
    ("62triệu đồng", 62_000_000), ("150,000,000 đồng", 150_000_000), ("29,790,000đ", 29_790_000),
])
def test_amounts_printed_without_spaces_or_with_comma_thousands_keep_their_value(phrase, value):
    facts = extract(f"Tin\n\nNăm 2024, đề án có kinh phí {phrase} để hỗ trợ.", "tight")
    assert [f.value for f in facts if f.type == "money"] == [value], _describe(facts)


def test_one_comma_stays_the_decimal_mark():
    facts = extract("Tin\n\nNăm 2024, kinh phí hỗ trợ là 1,500 tỷ đồng.", "comma")
    assert [f.value for f in facts if f.type == "money"] == [1_500_000_000]


@pytest.mark.parametrize("sentence, kind, value", [
    ("Năm 2024, tổng số 15 đề án được hỗ trợ với kinh phí 3 tỷ đồng.", "project_count", 15),
    ("Năm 2024, tổng số 120 người tham gia lớp học.", "quantity", 120),
    ("Sở phê duyệt danh mục 14 đề án khuyến công năm 2026.", "project_count", 14),
    ("Tỉnh đưa ra con số 300 cơ sở được hỗ trợ.", "quantity", 300),
])
def test_a_total_number_is_a_count_not_an_identifier(sentence, kind, value):
    facts = extract(f"Tin\n\n{sentence}", "tong-so")
    assert [f.value for f in facts if f.type == kind] == [value], _describe(facts)


@pytest.mark.parametrize("phrase, qualifier", [("ngót 2 tỷ đồng", "under"), ("tầm 300 triệu đồng", "approx"),
                                               ("cỡ 1 tỷ đồng", "approx")])
def test_colloquial_bounds_qualify_the_amount(phrase, qualifier):
    facts = extract(f"Tin\n\nNăm 2024, kinh phí hỗ trợ {phrase}.", "q")
    assert [f.qualifier for f in facts if f.type == "money"] == [qualifier]


@pytest.mark.parametrize("phrase, value", [("2,1/3 tỷ đồng", 2_100_000_000), ("800/1.200 triệu đồng", 800_000_000)])
def test_an_amount_out_of_a_total_reads_its_first_number_in_the_scale_after_the_second(phrase, value):
    facts = extract(f"Tin\n\nNăm 2025, tỉnh đã giải ngân {phrase} kinh phí khuyến công.", "of-total")
    assert [f.value for f in facts if f.type == "money"] == [value], _describe(facts)


@pytest.mark.parametrize("phrase, value", [("820/2,4 tỷ đồng", 820_000_000), ("1.950/2,5 tỷ đồng", 1_950_000_000),
                                           ("95/120 triệu đồng", 95_000_000)])
def test_a_part_bigger_than_its_whole_in_the_wholes_scale_is_in_the_scale_below(phrase, value):
    # (820 tỷ out of 2,4 tỷ cannot be: the part is written in triệu, the whole in tỷ; a factor of a thousand)
    facts = extract(f"Tin\n\nNăm 2025, tỉnh đã giải ngân {phrase} kinh phí khuyến công.", "of-total")
    assert [f.value for f in facts if f.type == "money"] == [value], _describe(facts)


@pytest.mark.parametrize("sentence, kind, values", [
    ("Năm 2024 và 2025, tỉnh lần lượt hỗ trợ 10 và 12 đề án.", "project_count", [10, 12]),
    ("Năm 2025, kinh phí lần lượt là 1,5 và 2,5 tỷ đồng.", "money", [1_500_000_000, 2_500_000_000]),
    ("Các căn hộ lần lượt có 1, 2 hoặc 3 phòng ngủ.", "quantity", [1, 2, 3]),
    ("Ngày 5 và 12 đề án được nghiệm thu.", "project_count", [12]),  # no 'lần lượt': only the counted one
])
def test_bare_numbers_listed_respectively_before_a_counted_or_priced_one_share_its_noun_and_scale(sentence, kind, values):
    facts = extract(f"Tin\n\n{sentence}", "shared")
    assert [f.value for f in facts if f.type == kind] == values, _describe(facts)


@pytest.mark.parametrize("sentence, periods", [
    ("Quý III/2025, tỉnh hỗ trợ 5 cơ sở.", ["2025"]),
    ("Từ năm 2021 đến hết năm 2025, tỉnh hỗ trợ 40 đề án.", ["2021-2025"]),
    ("Từ năm 2012 đến cuối 2014, tỉnh hỗ trợ 10 đề án.", ["2012-2014"]),
    # or to a month or a day of it
    ("Từ năm 2021 đến tháng 6/2025, tỉnh hỗ trợ 96 đề án.", ["2021-2025"]),
    ("Từ đầu năm 2021 đến hết ngày 30/6/2025, tỉnh hỗ trợ 96 đề án.", ["2021-2025"]),
    ("Từ đầu năm 2025 đến 30/4/2025, tỉnh hỗ trợ 6 đề án.", ["2025", "2025"]),  # within one year: no span
    # and may start on a month or a day of its first year
    ("Từ tháng 7/2025 đến tháng 6/2026, tỉnh thực hiện 26 đề án.", ["2025-2026"]),
    ("Từ ngày 1/7/2025 đến ngày 30/6/2026, tỉnh thực hiện 26 đề án.", ["2025-2026"]),
    ("Từ tháng 3/2025 đến tháng 9/2025, tỉnh hỗ trợ 6 đề án.", ["2025", "2025"]),  # within one year: no span
])
def test_a_quarter_dates_its_year_and_a_span_may_run_to_the_end_of_its_last_year(sentence, periods):
    assert [f.value for f in extract(f"Tin\n\n{sentence}", "q") if f.type == "period"] == periods


@pytest.mark.parametrize("sentence, value", [
    ("Trong số 68 sản phẩm được công nhận năm 2024, ban giám khảo chọn ra 20 sản phẩm.", 68),
    ("Việt Nam là một trong số 12 quốc gia tham gia hội chợ.", 12),
])
def test_a_number_after_trong_so_counts_and_is_no_identifier(sentence, value):
    assert value in [f.value for f in extract(sentence) if f.type == "quantity"]


@pytest.mark.parametrize("sentence, found", [
    ("Hội đồng bình chọn 47/52 sản phẩm đạt tiêu chuẩn.", [(47, "sản phẩm")]),  # the part, as '3/4 đề án'
    ("Tỉnh đã chuyển đổi được 179/196 HTX.", [(179, "hợp tác xã")]),
    ("Ngày 28/4 thôn Phú An tổ chức lễ hội.", []),  # a date: the part would outgrow its whole
    ("Chỉ số năng lực cạnh tranh xếp 14/63 tỉnh, thành phố.", []),  # a rank
    ("Ban tổ chức sắp xếp 150 gian hàng theo khu vực.", [(150, "gian hàng")]),  # arranging counts
])
def test_a_count_out_of_a_whole_is_its_part_for_any_counted_noun(sentence, found):
    facts = extract(f"Tin\n\n{sentence}", "share")
    assert [(f.value, f.unit) for f in facts if f.type == "quantity"] == found, _describe(facts)


@pytest.mark.parametrize("phrase, value, qualifier", [
    ("gần chục tỷ đồng", 10_000_000_000, "under"),  # one ten, alone before a scale word
    ("hơn chục nghìn tỷ đồng", 10_000_000_000_000, "over"),
    ("non 2 tỷ đồng", 2_000_000_000, "under"),  # just short of
    ("hàng chục tỷ đồng", None, None),  # tens of, no figure
    ("vài chục triệu đồng", None, None),
])
def test_a_lone_chuc_before_a_scale_is_one_ten_and_a_vague_one_no_figure(phrase, value, qualifier):
    facts = extract(f"Tin\n\nNăm 2024, kinh phí hỗ trợ {phrase}.", "chuc")
    money = [(f.value, f.qualifier) for f in facts if f.type == "money"]
    assert money == ([(value, qualifier)] if value else []), _describe(facts)


@pytest.mark.parametrize("sentence, expected", [
    ("Tỉnh giải ngân 3,1 tỷ đồng/3,3 tỷ đồng kế hoạch, đạt 94%.", [money(3_100_000_000), money(3_300_000_000)]),
    ("Công ty đã thoái vốn 602 tỷ đồng/2.002 tỷ đồng.", [money(602_000_000_000), money(2_002_000_000_000)]),
    # a bare number after the slash is a rate's unit, not an amount
    ("Giá bán 120.000 đồng/2 kg.", [money(120_000)]),
])
def test_an_amount_with_its_own_scale_after_an_amounts_slash_is_money_too(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Tỉnh thực hiện 3 đề án khuyến công quốc gia và 10 khuyến công địa phương.",
     [count(3, "đề án"), count(10, "đề án")]),
    ("Tỉnh thực hiện 6 nhiệm vụ KCQG, 14 KCĐP.", [count(6, "nhiệm vụ"), count(14, "nhiệm vụ")]),
    # with no count of projects before it, a programme's name after a number counts nothing
    ("Có 10 khuyến công viên tham gia.", []),
])
def test_a_programmes_name_after_a_number_stands_for_the_projects_counted_before_it(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("STT\nTên đề án\n3\nTổ chức đào tạo nghề thêu ren\n4\nđề án khác", []),
    ("Trung tâm tập huấn cho 3 tổ chức và 40\nngười.", [qty(3, "tổ chức")]),
    ("Trung tâm tập huấn cho 3 tổ chức và 40 người.", [qty(3, "tổ chức"), qty(40, "người")]),
])
def test_a_number_alone_on_its_line_counts_nothing_of_the_next_line(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Đoàn kiểm tra lấy 5 mẫu phân bón để kiểm nghiệm.", [qty(5, "mẫu")]),
    ("Trung tâm thiết kế 100 mẫu bao bì cho các cơ sở.", [qty(100, "mẫu")]),
    ("Trung tâm giới thiệu 20 mẫu sản phẩm mới.", [qty(20, "mẫu sản phẩm")]),
])
def test_samples_count_by_their_short_noun_and_product_designs_by_theirs(sentence, expected):
    assert_facts(sentence, expected)


def test_bare_numbers_listed_before_a_counted_one_share_its_noun_when_a_respective_list_of_as_many_follows():
    facts = extract("Tỉnh đã thực hiện 10, 12, 15 đề án, kinh phí tương ứng 1,5 tỷ đồng; 1,8 tỷ đồng và 2,2 tỷ đồng.")
    assert [f.value for f in facts if f.type == "project_count"] == [10, 12, 15]
    # without the respective list, a bare number before a count stays bare ('ngày 10, 12 đề án ...')
    alone = extract("Ngày 10, 12 đề án được nghiệm thu, kinh phí tương ứng 1 tỷ đồng.")
    assert [f.value for f in alone if f.type == "project_count"] == [12]


@pytest.mark.parametrize("sentence, period", [
    ("Giai đoạn 2021 đến 2025 tỉnh hỗ trợ nhiều cơ sở.", "2021-2025"),  # no range of 2,021 provinces
    ("Giai đoạn 2021÷2025 tỉnh hỗ trợ nhiều cơ sở.", "2021-2025"),  # the official documents' range sign
    ("Giai đoạn 2021 - 2025, tỉnh hỗ trợ nhiều cơ sở.", "2021-2025"),
])
def test_a_span_of_years_is_a_period_and_no_range_of_counts(sentence, period):
    facts = extract(sentence)
    assert [f.value for f in facts if f.type == "period"] == [period]
    assert [f for f in facts if f.type == "quantity"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Tỉnh giải ngân 3 tỷ 100 triệu đồng/3 tỷ 300 triệu đồng kế hoạch.", [money(3_100_000_000), money(3_300_000_000)]),
    ("Tỉnh giải ngân 2,05/3 tỷ 200 triệu đồng.", [money(2_050_000_000)]),  # the total's parts are the total's
    # written out in đồng on both sides of the slash
    ("Tỉnh giải ngân 3.100.000.000 đồng/3.300.000.000 đồng.", [money(3_100_000_000), money(3_300_000_000)]),
])
def test_an_amount_in_parts_after_a_slash_is_read_whole(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("text, unit", [
    ("1 tỷ 100 triệu đồng", 1_000_000),  # a compound prints to its last part
    ("3 tỷ 350,5 triệu đồng", 100_000),
    ("1,1 tỷ đồng", 100_000_000),
    ("900 triệu đồng", 1_000_000),
])
def test_the_printed_unit_of_an_amount_in_parts_is_its_last_parts(text, unit):
    from kcextract.numbers import printed_unit
    assert printed_unit(text) == unit


@pytest.mark.parametrize("sentence, expected", [
    ("Năm 2024, tỉnh hỗ trợ năm đề án khuyến công.", [count(5, "đề án")]),
    ("Dự án gồm năm cơ sở sản xuất.", [qty(5, "cơ sở")]),
    ("Năm cơ sở được hỗ trợ máy móc.", [qty(5, "cơ sở")]),  # at the sentence's start, before a counted noun
    # 'năm' as the year: after a word of time, before a grade with its number, after a number of years
    ("Mỗi năm doanh nghiệp đóng góp cho quỹ.", []),
    ("Em học vẽ từ năm lớp 8.", []),
    ("Sau 30 năm hoạt động, công ty mở rộng.", []),
    ("Năm 2016 là năm công ty lãi lớn.", []),
    ("Ngày dài gấp đôi so với năm trái đất.", []),
])
def test_nam_before_a_counted_noun_is_five_where_it_cannot_be_the_year(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Kinh phí (Ba tỷ bốn trăm năm mươi trđ).", [money(3_450_000_000)]),
    ("Kinh phí năm trăm tr.đ.", [money(500_000_000)]),
    ("Kinh phí (Ba tỷ bốn trăm năm mươi triệu đồng).", [money(3_450_000_000)]),
])
def test_a_number_in_words_takes_the_abbreviated_scale_before_its_currency(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Cổ phiếu tăng trong bốn trên năm phiên giao dịch.", [qty(5, "phiên")]),  # four out of five: no bound
    ("Có trên 50 cơ sở tham gia.", [qty(50, "cơ sở", "over")]),
    ("Mỗi năm trên 20 doanh nghiệp tham gia.", [qty(20, "doanh nghiệp", "over")]),
])
def test_tren_after_a_number_is_out_of_and_no_bound(sentence, expected):
    assert_facts(sentence, expected)


@pytest.mark.parametrize("sentence, counts", [
    ("Các sản phẩm gồm nem chua, nước mắm Ba Làng và bánh gai.", []),
    ("Năm Căn có 3 cơ sở chế biến tôm khô.", [(3, "cơ sở")]),
    ("Ba cơ sở được hỗ trợ máy sấy.", [(3, "cơ sở")]),
])
def test_a_capitalised_number_word_that_opens_a_name_counts_nothing(sentence, counts):
    facts = extract("Tin\n" + sentence, "name-number")
    assert [(f.value, f.unit) for f in facts if f.type == "quantity"] == counts


@pytest.mark.parametrize("sentence, unit", [
    ("Chương trình đã tổ chức 6 kỳ bình chọn sản phẩm tiêu biểu.", "kỳ"),  # (a counter before a verb counts itself)
    ("Chương trình đã tổ chức 6 kỳ hội chợ.", "hội chợ"),
])
def test_a_counter_counts_the_noun_after_it_but_itself_before_a_verb(sentence, unit):
    [quantity] = [f for f in extract("Tin\n" + sentence, "counter") if f.type == "quantity"]
    assert (quantity.value, quantity.unit) == (6, unit)


@pytest.mark.parametrize("sentence, counts", [
    ("Bộ Công Thương hỗ trợ khẩn cấp 1 đề án khuyến công quốc gia.", [("project_count", 1)]),
    ("Mỗi tháng cơ sở cung cấp 500 sản phẩm cho siêu thị.", [("quantity", 500)]),
    ("Sản phẩm đạt giải cấp 1 của tỉnh.", []),  # (a level)
])
def test_an_ordinal_word_at_the_end_of_another_word_makes_no_ordinal(sentence, counts):
    facts = extract("Tin\n" + sentence, "own-word")
    assert [(f.type, f.value) for f in facts if f.type in ("project_count", "quantity")] == counts


@pytest.mark.parametrize("sentence, facts", [
    ("Trong đó có 12 nhóm ở vùng cao.", [("quantity", 12, "nhóm")]),   # (a classifier extends to no preposition)
    ("Đội khách dẫn 1-0 ở hiệp một.", []),                              # (a score counts no 'ở')
    ("Giá vàng tăng 100 nghìn ở cả hai chiều.", [("money", 100_000, None)]),
    ("Anh đứng thứ 53 thế giới về số điểm.", []),
    ("Có 16 do thiếu giấy tờ nên chưa được xét.", []),
])
def test_a_preposition_or_function_word_after_a_number_is_no_counted_noun(sentence, facts):
    got = [(f.type, f.value, f.unit) for f in extract("Tin\n" + sentence, "o") if f.type in ("quantity", "money")]
    assert got == facts


@pytest.mark.parametrize("sentence, kind", [("Hợp đồng trị giá 5,8 tỷ trực tiếp được ký.", "money"),
                                            ("Bình sâm giá 200 triệu ở hội chợ.", "money"),
                                            ("Chương trình hỗ trợ 2 triệu người dân.", "quantity")])
def test_a_scaled_number_right_after_a_money_word_is_money_unless_a_noun_follows(sentence, kind):
    assert [f.type for f in extract(sentence) if f.type in ("money", "quantity")] == [kind]


def test_a_priced_sum_before_the_capital_of_a_caption_run_on_is_money_not_a_count():
    facts = extract("Tin\nCủ sâm hơn 10 năm tuổi được bán với giá 120 triệu Lễ hội trưng bày nhiều sản phẩm sâm.", "caption")
    assert [(f.type, f.value) for f in facts if f.type in ("money", "quantity")] == [("money", 120_000_000)]


@pytest.mark.parametrize("written, value", [("2,634.6 triệu đồng", 2_634_600_000), ("1,250.5 tỷ đồng", 1_250_500_000_000),
                                            ("2.634,6 triệu đồng", 2_634_600_000)])
def test_thousands_grouped_the_english_way_before_a_decimal_point_read_as_the_vietnamese_way(written, value):
    facts = extract(f"Tin\nNăm 2024, Trung tâm Khuyến công hỗ trợ kinh phí {written} cho cơ sở.", "en-groups")
    assert [f.value for f in facts if f.type == "money"] == [value]


def test_one_project_of_a_named_programme_spelled_as_a_word_is_counted():
    doc = analyse("Năm 2024, tỉnh Lai Châu được hỗ trợ một đề án khuyến công quốc gia với kinh phí 900 triệu đồng.", "one")
    assert [(f.type, f.value) for f in doc.facts if f.type == "project_count"] == [("project_count", 1)]
    assert [(r.projects, r.amount_vnd) for r in doc.funding] == [(1, 900_000_000)]
    # ('một' as the article: what a thing is, or a plan of another kind)
    for text in ("Đây là một đề án khuyến công có ý nghĩa với làng nghề.", "Tỉnh đang xây dựng một đề án phát triển du lịch."):
        assert [f for f in analyse(text, "article").facts if f.type == "project_count"] == []


def test_one_project_given_its_amount_right_after_it_is_counted():
    doc = analyse("Khuyến công Hà Nam\n\nGiai đoạn 2021-2025, Hà Nam có 2 đề án khuyến công quốc gia: năm 2022 một đề án "
                  "1,2 tỷ đồng, năm 2024 một đề án, kinh phí 1,3 tỷ đồng.", "one-item")
    assert [(r.projects, r.amount_vnd) for r in doc.funding if r.amount_vnd] == [(1, 1_200_000_000), (1, 1_300_000_000)]
    # ('một' as the article before an amount: what a thing is)
    assert [f for f in analyse("Đây là một đề án, kinh phí 1,2 tỷ đồng.", "article-amount").facts
            if f.type == "project_count"] == []


def test_an_abbreviated_amount_out_of_another_after_a_slash_gives_both():
    facts = extract("Tin\n\nNăm 2024, đề án giải ngân 1.250 tr.đ/2.000 tr.đ, đạt 62,5% kế hoạch.", "tr-slash")
    assert [f.value for f in facts if f.type == "money"] == [1_250_000_000, 2_000_000_000]


def test_five_written_out_in_a_list_of_project_counts_is_a_count():
    facts = extract("Tin\nTrong đó, mười hai đề án hỗ trợ máy móc, năm đề án đào tạo nghề và ba đề án xúc tiến thương mại.",
                    "five")
    assert [f.value for f in facts if f.type == "project_count"] == [12, 5, 3]


def test_a_programme_counted_in_a_later_item_of_a_plan_that_counts_programmes_and_projects_together_is_a_project():
    text = ("Kế hoạch khuyến công\n\nNăm 2026, tỉnh thực hiện 12 chương trình, đề án khuyến công địa phương.\n"
            "1. Hỗ trợ máy móc: 8 đề án, 2.100 triệu đồng.\n2. Tuyên truyền: 4 chương trình, 300 triệu đồng.")
    counts = [(f.value, f.unit) for f in analyse(text, "together").facts if f.type == "project_count"]
    assert counts == [(12, "chương trình"), (8, "đề án"), (4, "chương trình")]


def test_programmes_counted_with_no_plan_beside_them_stay_quantities():
    text = "Truyền hình tỉnh\n\nĐài phát thanh tỉnh phát sóng 4 chương trình ca nhạc mỗi tuần."
    facts = analyse(text, "alone").facts
    assert [f.type for f in facts if f.value == 4] == ["quantity"]


def test_the_projects_abbreviation_counts_only_in_capitals():
    def counts(sentence: str) -> list[int]:
        return [f.value for f in analyse("Khuyến công\n\n" + sentence, "da").facts if f.type == "project_count"]
    assert counts("Năm 2025, tỉnh thực hiện 9 ĐA khuyến công (2 ĐA KCQG, 7 ĐA KCĐP) với kinh phí 2,1 tỷ đồng.") == [9, 2, 7]
    assert counts("Năm 2025, tỉnh hỗ trợ 9 đa dạng mẫu mã cho các cơ sở.") == []


_TABLE = ("Khuyến công Hòa Bình năm 2024\n\nNăm 2024, Trung tâm Khuyến công tỉnh thực hiện 3 đề án như sau:\n"
          "| STT | Tên đề án | Số lao động | {header} |\n|---|---|---|---|\n"
          "| 1 | Hỗ trợ máy sấy măng | 12 | 250 |\n| 2 | Đào tạo nghề mây tre đan | 35 | 1.250,5 |\n"
          "| | Tổng cộng | 47 | 1.500,5 |\n")


@pytest.mark.parametrize("header, scale", [("Kinh phí (triệu đồng)", 1_000_000), ("Kinh phí (tr.đ)", 1_000_000),
                                           ("Kinh phí (đồng)", 1), ("Kinh phí (ĐVT: tỷ đồng)", 1_000_000_000)])
def test_a_bare_number_in_a_tables_money_column_takes_the_headers_unit(header, scale):
    facts = extract(_TABLE.format(header=header), "table")
    assert [f.value for f in facts if f.type == "money"] == [250 * scale, int(1250.5 * scale), int(1500.5 * scale)]
    # (the row numbers and the other columns' numbers are no money)
    assert not any(f.type == "money" and f.value in (1, 2, 12, 35, 47) for f in facts)


def test_a_table_without_a_money_unit_in_its_header_gives_no_money():
    facts = extract(_TABLE.format(header="Kinh phí"), "table-no-unit")
    assert [f for f in facts if f.type == "money"] == []


@pytest.mark.parametrize("sentence, counts", [
    ("Bộ Công Thương vừa phê duyệt cho thành phố Hải Phòng 2 đề án khuyến công quốc gia.", [("project_count", 2)]),
    ("Năm 2025, khuyến công hỗ trợ xã Hùng Lô 2 cơ sở.", [("quantity", 2)]),
    # (the same words, lower case and their own, still number what follows)
    ("Sinh viên học kỳ 2 được hỗ trợ.", []),
    ("Đề án thứ 3 được nghiệm thu.", []),
])
def test_a_capitalised_ordinal_word_that_ends_a_name_numbers_nothing(sentence, counts):
    facts = extract(f"Tin\n\n{sentence}", "name-end")
    assert [(f.type, f.value) for f in facts if f.type in ("project_count", "quantity")] == counts


@pytest.mark.parametrize("sentence", ["Tổng công ty May 10 hỗ trợ 5 cơ sở.", "Binh đoàn 15 nhận 5 cơ sở.",
                                      "Xí nghiệp Số 3 đầu tư 5 cơ sở."])
def test_a_verb_after_a_number_that_ends_a_name_is_no_counted_noun(sentence):
    facts = extract(f"Tin\n\n{sentence}", "name-number")
    assert [(f.value, f.unit) for f in facts if f.type == "quantity"] == [(5, "cơ sở")]


@pytest.mark.parametrize("sentence, counts", [
    ("Trong đó, nhóm chuyển đổi số 8 đề án, kinh phí 2,1 tỷ đồng.", [("project_count", 8)]),
    ("Năm 2025, tỉnh hỗ trợ chuyển đổi số 10 cơ sở sản xuất.", [("quantity", 10)]),
    ("Các doanh nghiệp công nghệ số 25 đơn vị tham gia hội chợ.", [("quantity", 25)]),
    # ('số' that numbers stays so)
    ("Theo Quyết định số 8 đề án được hỗ trợ.", []),
])
def test_a_fields_digital_so_numbers_nothing_the_count_after_it_is_a_count(sentence, counts):
    facts = extract(f"Tin\n\n{sentence}", "digital")
    assert [(f.type, f.value) for f in facts if f.type in ("project_count", "quantity")] == counts


@pytest.mark.parametrize("counted, unit", [("6 máy sấy", "máy"), ("2 lò sấy", "lò"), ("16 máy làm đất", "máy"),
                                           ("10 xe máy", "xe máy")])
def test_machines_count_under_their_class_noun_whatever_work_is_joined_to_it(counted, unit):
    facts = extract(f"Khuyến công\n\nNăm 2025, khuyến công tỉnh hỗ trợ {counted} cho các cơ sở.", "machines")
    assert [(f.type, f.unit) for f in facts if f.type == "quantity"] == [("quantity", unit)]
    # (a joined word that names no work on goods is its own noun: aircraft are no machines, in any text)
    for text in ("Tin\n\nHãng hàng không mua thêm 3 máy bay.", "Khuyến công\n\nKhuyến công hỗ trợ 3 máy bay không người lái."):
        assert [f.unit for f in extract(text, "aircraft") if f.type == "quantity"] == ["máy bay"]


@pytest.mark.parametrize("sentence, count", [
    # 'năm' right before a noun of projects is five after any word but one that makes it a time
    ("Năm 2026, tỉnh cũng đăng ký năm đề án khuyến công quốc gia, kinh phí 4,5 tỷ đồng.", 5),
    ("Năm 2026, ngân sách tỉnh 6 tỷ đồng, kinh phí khuyến công quốc gia 3,5 tỷ đồng (năm đề án).", 5),
    ("Năm 2025, có 12 đề án máy móc (3,9 tỷ đồng), năm đề án đào tạo (350 triệu đồng).", 5),
    ("Trong năm đề án khuyến công được triển khai đúng tiến độ.", None),
    ("Mỗi năm đề án được duyệt sớm hơn.", None),
])
def test_nam_before_a_noun_of_projects_is_five_unless_a_time_word_makes_it_the_year(sentence, count):
    fives = [f.value for f in extract(f"Khuyến công Lâm Đồng\n{sentence}", "five") if f.type == "project_count"
             and f.text.startswith("năm")]
    assert fives == ([count] if count else [])


@pytest.mark.parametrize("sentence, value", [
    ("Năm 2024, khuyến công tỉnh thực hiện 11 đề án, kinh phí 1 850 triệu đồng.", 1_850_000_000),
    ("Tổng kinh phí hơn 2 450 triệu đồng.", 2_450_000_000),
    ("Trong đó KCĐP: 1 650 triệu đồng.", 1_650_000_000),
    ("Khuyến công quốc gia 1 180 triệu đồng, khuyến công địa phương 2 440 triệu đồng.", 1_180_000_000),
    ("Giải ngân 985 triệu đồng (đạt 1 200 triệu đồng kế hoạch).", 985_000_000),
])
def test_thousands_grouped_with_spaces_after_a_word_that_introduces_an_amount_keep_their_value(sentence, value):
    found = [f for f in analyse(f"Khuyến công\n\n{sentence}", "spaced").facts if f.type == "money"]
    assert found[0].value == value and all(f.value >= 100_000_000 for f in found)


@pytest.mark.parametrize("sentence, value", [
    ("Bảng tổng hợp: Hà Tĩnh 5 450 triệu đồng.", 450_000_000),  # two cells of a flattened table: the count, the sum
    ("Điện thoại: 1 531-207-0009.", None),
])
def test_spaced_digits_after_a_name_or_in_a_phone_number_are_not_grouped(sentence, value):
    found = [f.value for f in analyse(f"Khuyến công\n\n{sentence}", "spaced").facts if f.type == "money"]
    assert found == ([value] if value else [])


@pytest.mark.parametrize("sentence, count", [
    ("Trong đó, năm 2021: 3,9 tỷ/14 đề án; năm 2022 nhiều hơn.", 14),  # (the count after a bare scale's slash)
    ("Trong đó, năm 2021: 3,9 tỷ đồng/14 đề án; năm 2022 nhiều hơn.", 14),
])
def test_a_count_of_projects_after_an_amounts_slash_is_a_count_with_or_without_the_currency(sentence, count):
    found = analyse(f"Khuyến công\n\n{sentence}", "slash-count").facts
    assert [f.value for f in found if f.type == "project_count"] == [count]


@pytest.mark.parametrize("amount", ["1.250/2.150 trđ", "1.250/2.150 tr.đ", "1.250/2.150 triệu đồng"])
def test_a_payment_out_of_a_planned_sum_in_abbreviated_millions_is_the_payment(amount):
    found = analyse(f"Khuyến công\n\nĐã giải ngân được {amount} kinh phí khuyến công địa phương.", "of-total").facts
    assert [f.value for f in found if f.type == "money"] == [1_250_000_000]


@pytest.mark.parametrize("header, figure, value", [
    ("(ĐVT: triệu đồng)", "2.350", 2_350_000_000),  # (a label of four words before the figure)
    ("Đơn vị tính: đồng", "2.350.000.000", 2_350_000_000),  # (a header in whole đồng)
    ("Đơn vị tính: đồng", "2.350", None),  # (no budget is two thousand đồng)
])
def test_a_bare_figure_after_a_budgets_label_takes_the_unit_its_header_declares(header, figure, value):
    text = f"Báo cáo khuyến công\n\n{header}\n\nKinh phí khuyến công địa phương: {figure}, hỗ trợ 9 đề án."
    found = [f.value for f in analyse(text, "header-unit").facts if f.type == "money"]
    assert found == ([value] if value else [])


@pytest.mark.parametrize("sentence, value", [
    ("Tổng kinh phí khuyến công 2 tỷ năm 2024 dành cho 8 đề án.", 2_000_000_000),  # (its year after it, no 'đồng')
    ("Chương trình OCOP được hỗ trợ tổng kinh phí 1,2 tỷ năm 2025.", 1_200_000_000),
])
def test_a_bare_billion_before_the_year_it_falls_in_is_money_not_a_count_of_years(sentence, value):
    found = [f.value for f in analyse(f"Khuyến công\n\n{sentence}", "year-after").facts if f.type == "money"]
    assert found == [value]


@pytest.mark.parametrize("digits, words, value", [
    ("1.250.000.000", "Một tỷ, hai trăm năm mươi triệu đồng", 1_250_000_000),
    ("2.035.500.000", "hai tỷ, không trăm ba mươi lăm triệu, năm trăm nghìn đồng", 2_035_500_000),
])
def test_an_amount_spelled_out_with_commas_between_its_groups_is_one_amount(digits, words, value):
    # the words a contract or a decision restates its figure in: each group below the scale before it, a comma apart
    text = f"Kinh phí khuyến công\n\nKinh phí thực hiện đề án: {digits} đồng ({words})."
    assert [f.value for f in analyse(text, "spelled-groups").facts if f.type == "money"] == [value, value]


@pytest.mark.parametrize("sentence, values", [
    ("Giá đất tăng từ hai tỷ, ba tỷ đồng lên bốn tỷ đồng.", [2_000_000_000, 3_000_000_000, 4_000_000_000]),
    ("Năm 2020 tỉnh hỗ trợ một tỷ, năm 2021 hỗ trợ hai trăm triệu đồng.", [1_000_000_000, 200_000_000]),
])
def test_spelled_amounts_a_comma_lists_stay_apart(sentence, values):
    # (the second is no lower place of the first: as big, or after words of its own)
    assert [f.value for f in extract(sentence) if f.type == "money"] == values


@pytest.mark.parametrize("amount, value", [
    ("3.400.000.000/4.800.000.000 đồng", 3_400_000_000),
    ("340.000.000/4.800.000.000đ", 340_000_000),
])
def test_an_amount_in_whole_dong_out_of_a_total_in_whole_dong_is_the_first(amount, value):
    # paid out of the plan, both written out in đồng: the shape '3,4/4,8 tỷ đồng' takes in whole đồng
    text = f"Khuyến công\n\nĐến hết tháng 9/2025, tỉnh Thanh Hóa đã thực hiện 19/24 đề án, giải ngân {amount} kế hoạch."
    assert [(r.projects, r.amount_vnd) for r in analyse(text, "whole-dong-slash").funding] == [(19, value)]


def test_a_date_before_a_comrade_is_no_amount_out_of_a_total():
    assert not [f for f in extract("Ngày 14/7 đồng chí Nguyễn Văn An làm việc với Sở Công Thương.") if f.type == "money"]


@pytest.mark.parametrize("phrase", ["từ 1 tỷ 200 triệu đến 1 tỷ 500 triệu đồng", "từ 1 tỷ 200 triệu đồng đến 1 tỷ 500 triệu đồng",
                                    "1 tỷ 200 triệu đến 1 tỷ 500 triệu đồng"])
def test_a_range_whose_upper_bound_has_smaller_scaled_parts_is_one_range(phrase):
    # the upper bound read as its first part alone, '1 tỷ', fell below the lower bound: both were dropped and only
    # '500 triệu đồng' was left, a third of the amount
    money = [f for f in extract(f"Mỗi năm tỉnh dành {phrase} kinh phí khuyến công cho các làng nghề.") if f.type == "money"]
    assert [(f.value, f.upper) for f in money] == [(1_200_000_000, 1_500_000_000)]


def test_a_year_before_a_comma_lends_no_noun_of_a_respective_list():
    facts = analyse("Năm 2024, hai con số này lần lượt là 2 tỷ đồng và 3 tỷ đồng.", "year-comma").facts
    assert ("period", "2024") in {(f.type, f.value) for f in facts}
    assert not any(f.type == "quantity" and f.value == 2024 for f in facts)


@pytest.mark.parametrize("lead", ["Năm 2025 ngoài", "Trong năm 2025 ngoài", "Giai đoạn 2021-2025 ngoài"])
def test_ngoai_after_the_year_a_clause_opens_with_is_besides_not_a_bound(lead):
    text = f"{lead} 14 đề án tại khu vực Phú Thọ cũ, Sở Công Thương còn triển khai 6 đề án."
    assert [(f.value, f.qualifier) for f in analyse(text, "besides").facts if f.type == "project_count"] == \
        [(14, "exact"), (6, "exact")]


@pytest.mark.parametrize("title", ["Quảng Ninh: Khuyến công 2025 giải ngân đạt 96%", "KCĐP 2024 giải ngân 100% kế hoạch"])
def test_a_bare_year_before_a_word_a_counted_noun_only_opens_is_a_year_not_a_quantity(title):
    facts = analyse(title, "bare-year").facts
    assert not [f for f in facts if f.type == "quantity"] and [f.type for f in facts if f.text.startswith("202")] == \
        ["period"]


@pytest.mark.parametrize("text, values", [
    ("Năm 2025, khuyến công hỗ trợ cơ sở A 250 tr. để mua máy.", [250_000_000]),
    ("Kinh phí hỗ trợ: cơ sở A 250 tr, cơ sở B 300 tr.", [250_000_000, 300_000_000]),
    ("Sách dày 250 tr. in năm 2020.", []),
])
def test_a_bare_tr_after_a_figure_is_millions_where_a_money_word_stands_shortly_before(text, values):
    assert [f.value for f in analyse(text, "bare-tr").facts if f.type == "money"] == values


@pytest.mark.parametrize("amount, value", [("4.900.000.000 đồng", 4_900_000_000), ("4,9 tỷ đồng", 4_900_000_000),
                                           ("850.000 đồng", 850_000)])
def test_an_amount_in_dong_right_before_deu_all_is_money(amount, value):
    # (underthesea joins 'đồng đều', 'even'; after a figure it is the currency, then 'all')
    text = f"Năm 2025, 15 đề án khuyến công địa phương, kinh phí {amount} đều đã được nghiệm thu."
    assert [f.value for f in analyse(text, "dong-deu").facts if f.type == "money"] == [value]


@pytest.mark.parametrize("sep", [";", ","])
def test_decimals_listed_with_a_separator_before_their_shared_scale_word_are_each_an_amount(sep):
    text = ("Khuyến công Gia Lai\n\nNăm 2023, 2024 và 2025, kinh phí khuyến công địa phương của tỉnh Gia Lai lần lượt là "
            f"2,1{sep} 2,4 và 2,8 tỷ đồng.\n")
    records = analyse(text, "decimals-listed").funding
    assert [(r.amount_vnd, r.period) for r in records] == [
        (2_100_000_000, "2023"), (2_400_000_000, "2024"), (2_800_000_000, "2025")]


@pytest.mark.parametrize("after", ["- 2022: 10 đề án", "- 12 cơ sở được hỗ trợ", "– Năm 2022: 10 đề án"])
def test_an_amount_ending_its_line_before_a_dashed_bullet_is_no_range_with_the_next_line(after):
    # (the next line's dash and first number were read as the upper bound of a range; no order of the two fitted,
    # so the amount was dropped with it)
    text = f"Khuyến công Long An\n\n- 2021: 8 đề án - 1,45 tỷ đồng\n{after}\n"
    assert [f.value for f in analyse(text, "dash-bullets").facts if f.type == "money"] == [1_450_000_000]


@pytest.mark.parametrize("phrase, value, upper", [("1,2 - 1,5 tỷ đồng", 1_200_000_000, 1_500_000_000),
                                                  ("từ 1,2\nđến 1,5 tỷ đồng", 1_200_000_000, 1_500_000_000)])
def test_a_range_within_its_line_or_wrapped_before_den_is_still_one_range(phrase, value, upper):
    sentence = f"Mỗi năm tỉnh dành {phrase} kinh phí khuyến công cho các làng nghề."
    money = [f for f in extract(sentence) if f.type == "money"]
    assert [(f.value, f.upper) for f in money] == [(value, upper)]


@pytest.mark.parametrize("text", [
    "Kết quả khuyến công\n\nĐVT: triệu đồng\n\nKhuyến công quốc gia: 2 đề án, kinh phí 250.000.000.",
    "Kết quả khuyến công\n\n| Nội dung | Kinh phí (triệu đồng) |\n| Máy móc | 250.000.000 |\n",
    "Năm 2024, khuyến công hỗ trợ kinh phí (triệu đồng): 250.000.000 cho tỉnh.",
])
def test_a_figure_written_in_whole_dong_under_a_unit_of_millions_is_not_a_million_times_more(text):
    # (it read as 250 nghìn tỷ đồng)
    assert [f.value for f in extract(text) if f.type == "money"][:1] == [250_000_000]


@pytest.mark.parametrize("text, value", [
    ("Kết quả khuyến công\n\nĐVT: triệu đồng\n\nKhuyến công quốc gia: 2 đề án, kinh phí 1.250.", 1_250_000_000),
    ("Thu ngân sách\n\n| Năm | Thu ngân sách (triệu đồng) |\n| 2024 | 12.345.678 |\n", 12_345_678_000_000),
])
def test_a_figure_in_millions_under_a_unit_of_millions_keeps_that_unit(text, value):
    assert [f.value for f in extract(text) if f.type == "money"] == [value]


@pytest.mark.parametrize("text, periods", [
    ("Tin\n\nChiếc xe Mazda3 2017 bị cháy trên đường.", []),  # ANNOTATION.md: a car model's year
    ("Tin\n\nÔng mua chiếc CX-5 2020 năm 2024.", ["2024"]),
    ("Tin\n\nKế hoạch khuyến công đợt 2 2024 có 5 đề án.", ["2024"]),  # a round's number is no model
])
def test_a_bare_year_after_a_models_name_of_letters_and_digits_is_no_period(text, periods):
    assert [f.value for f in extract(text, "model-year") if f.type == "period"] == periods


@pytest.mark.parametrize("sentence, amounts", [
    ("tổng kinh phí 3.550 triệu đồng, trong đó KCQG 1.200, KCĐP 2.350 triệu đồng.",
     [3_550_000_000, 1_200_000_000, 2_350_000_000]),
    ("tổng kinh phí 3.550 triệu đồng (KCQG: 1.200; KCĐP: 2.350).", [3_550_000_000, 1_200_000_000, 2_350_000_000]),
    ("tổng kinh phí 3,55 tỷ đồng, trong đó khuyến công quốc gia là 1,2 và khuyến công địa phương là 2,35 tỷ đồng.",
     [3_550_000_000, 1_200_000_000, 2_350_000_000]),
    # (a level's number that the whole cannot hold is no amount of it)
    ("tổng kinh phí 3.550 triệu đồng (KCQG: 5.200; KCĐP: 2.350).", [3_550_000_000, 2_350_000_000]),
    # (counts by level stay counts)
    ("tỉnh có 12 đề án, trong đó KCQG 2, KCĐP 10, kinh phí 3 tỷ đồng.", [3_000_000_000]),
])
def test_a_bare_number_after_a_programme_levels_name_takes_the_unit_of_its_sibling_or_whole(sentence, amounts):
    facts = extract(f"Tin\n\nNăm 2024, {sentence}", "level-bare")
    assert [f.value for f in facts if f.type == "money"] == amounts


@pytest.mark.parametrize("sentence", ["tỉnh thực hiện 12 đề án (KCQG: 2; KCĐP: 10) với kinh phí 3,5 tỷ đồng.",
                                      "tỉnh thực hiện 12 đề án, trong đó KCQG 2, KCĐP 10 đề án."])
def test_a_bare_number_after_a_programme_levels_name_counts_projects_like_its_sibling_or_whole(sentence):
    facts = extract(f"Tin\n\nNăm 2024, {sentence}", "level-count")
    assert [f.value for f in facts if f.type == "project_count"] == [12, 2, 10]
    recs = analyse(f"Tin\n\nNăm 2024, {sentence}", "level-count").funding
    assert [(r.scope, r.projects) for r in recs if r.projects != 12] == [("national", 2), ("local", 10)]


def test_the_zeros_a_stray_stop_cut_off_a_number_are_no_amount_of_their_own():
    facts = extract("Tin\n\nNăm 2025, tỉnh hỗ trợ 1.200. 000 đồng cho 3 cơ sở và 02 đề án khác.", "broken-number")
    assert not [f for f in facts if f.type == "money" and f.value == 0]
    assert [f.value for f in facts if f.type == "project_count"] == [2]
