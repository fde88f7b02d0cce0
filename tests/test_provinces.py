"""Provinces: all 63 pre-2025 names, the 1 July 2025 merger, aliases, and what is not a province."""
from __future__ import annotations

from pathlib import Path

import pytest

import kcextract

GAZ = Path(__file__).resolve().parent.parent / "gazetteers"


def _rows(path: Path) -> list[dict[str, str]]:
    """A commented TSV read independently of kcextract.data."""
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, (c.strip() for c in l.split("\t")))) for l in lines[1:]]


MAPPING = {r["province"]: r["province_2025"] for r in _rows(GAZ / "provinces.tsv")}
CARRIER = "Đoàn công tác đã làm việc tại tỉnh {name} trong tuần qua."


def _provinces(text: str):
    return [f for f in kcextract.analyse(text).facts if f.type == "province"]


def test_mapping_has_63_provinces_and_34_after_the_merger():
    rows = _rows(GAZ / "provinces.tsv")
    assert len(rows) == 63
    assert len(MAPPING) == 63, "a province is listed twice"
    assert len(set(MAPPING.values())) == 34


def test_every_2025_province_is_itself_a_pre_2025_province_or_huế():
    # the merger kept one of the old names for each new province (Thừa Thiên Huế became 'Huế')
    assert set(MAPPING.values()) - set(MAPPING) == {"Huế"}


@pytest.mark.parametrize("name", sorted(MAPPING))
def test_province_in_a_carrier_sentence_is_found_with_its_2025_province(name):
    text = CARRIER.format(name=name)
    found = _provinces(text)
    assert [(f.value, f.province_2025) for f in found] == [(name, MAPPING[name])]
    f = found[0]
    assert f.text == name
    assert text[f.start:f.end] == name


@pytest.mark.parametrize(
    "sentence, surface, value, p2025",
    [
        ("Hội chợ diễn ra tại TP.HCM trong tuần qua.", "TP.HCM", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Hội chợ diễn ra tại Thành phố Hồ Chí Minh trong tuần qua.", "Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sản phẩm được bày bán tại Huế trong tuần qua.", "Huế", "Thừa Thiên Huế", "Huế"),
        ("Đoàn công tác đã làm việc tại tỉnh Bắc Cạn trong tuần qua.", "Bắc Cạn", "Bắc Kạn", "Thái Nguyên"),
        ("Đoàn công tác đã làm việc tại tỉnh Hoà Bình trong tuần qua.", "Hoà Bình", "Hòa Bình", "Phú Thọ"),
        ("Đoàn công tác đã làm việc tại tỉnh Hòa Bình trong tuần qua.", "Hòa Bình", "Hòa Bình", "Phú Thọ"),
        ("Đoàn công tác đã làm việc tại tỉnh HÀ GIANG trong tuần qua.", "HÀ GIANG", "Hà Giang", "Tuyên Quang"),
    ],
    ids=["TP.HCM", "Thanh-pho-Ho-Chi-Minh", "Hue", "Bac-Can", "Hoa-Binh-old-style", "Hoa-Binh", "upper-case"],
)
def test_alias_is_found_as_its_canonical_province(sentence, surface, value, p2025):
    found = _provinces(sentence)
    assert [(f.value, f.province_2025) for f in found] == [(value, p2025)]
    f = found[0]
    assert f.text == surface
    assert sentence[f.start:f.end] == surface


@pytest.mark.parametrize(
    "sentence",
    [
        "Phía Bắc giáp với 2 tỉnh Vân Nam và Quảng Tây Trung Quốc.",
        "Đoàn doanh nghiệp tỉnh Vân Nam sang thăm và làm việc.",
        "Hàng hóa từ Quảng Tây được nhập khẩu qua cửa khẩu.",
    ],
)
def test_foreign_provinces_are_not_found(sentence):
    assert _provinces(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Người dân mong muốn hòa bình và ổn định để phát triển sản xuất.",
        "Người dân mong muốn hoà bình và ổn định để phát triển sản xuất.",
    ],
    ids=["new-style", "old-style"],
)
def test_lowercase_hoa_binh_peace_is_not_a_province(sentence):
    assert _provinces(sentence) == []


@pytest.mark.parametrize("sentence, province", [
    ("Hộ kinh doanh ở xã Thái Bình Trung, huyện Vĩnh Hưng được hỗ trợ máy móc.", None),
    ("Cơ sở ở phường Bắc Giang, tỉnh Bắc Ninh làm bánh đa.", "Bắc Ninh"),
    ("Giám đốc Sở Công Thương Bắc Giang Nguyễn Văn Tuấn cho biết.", "Bắc Giang"),
    ("Nước sạch nông thôn Hà Nội còn thiếu.", "Hà Nội"),
    ("Các xã Hà Giang đều có sản phẩm OCOP.", "Hà Giang"),
    ("Xã Thái Bình Trung có nghề dệt chiếu.", None),
])
def test_a_commune_or_ward_named_like_a_province_is_not_that_province(sentence, province):
    found = {f.value for f in kcextract.extract("Tin\n" + sentence, "c") if f.type == "province"}
    assert found == ({province} if province else set())



@pytest.mark.parametrize("sentence, province", [
    # another name that opens with a province's: the Pacific
    ("Hàng xuất khẩu sang khu vực châu Á - Thái Bình Dương tăng mạnh.", "Thái Bình"),
    ("Việt Nam tham gia Hiệp định Đối tác xuyên Thái Bình Dương (CPTPP).", "Thái Bình"),
    # the person a city is named after, his thought, and bodies and a road named after him
    ("Cán bộ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", "Hồ Chí Minh"),
    ("Đoàn đại biểu vào Lăng viếng Chủ tịch Hồ Chí Minh.", "Hồ Chí Minh"),
    ("Đoàn TNCS Hồ Chí Minh phát động phong trào.", "Hồ Chí Minh"),
    # a person whose given name is a province's
    ("Phó Thủ tướng Trương Hòa Bình làm việc với doanh nghiệp.", "Hòa Bình"),
    ("Ông Đỗ Hà Nam, Chủ tịch Hiệp hội Hồ tiêu, cho biết giá tăng.", "Hà Nam"),
    ("Theo bà Trần Thị Hà Giang, cơ sở đã mua máy mới.", "Hà Giang"),
    ("Anh Thái Bình cho biết xưởng có 12 lao động.", "Thái Bình"),
    ("Cơ quan điều tra khởi tố bị can đối với ông Phí Thái Bình, nguyên Phó chủ tịch.", "Thái Bình"),
    ("Chị Nguyễn Thị Huế, chủ cơ sở, cho biết.", "Thừa Thiên Huế"),
])
def test_a_provinces_name_inside_another_name_or_a_persons_is_no_province(sentence, province):
    assert province not in {f.value for f in _provinces("Tin\n" + sentence)}


@pytest.mark.parametrize("sentence, province", [
    ("Hội chợ được tổ chức tại TP Hồ Chí Minh và Thành phố Hồ Chí Minh.", "Hồ Chí Minh"),
    # a family name that is also a word, with no title before it: the province
    ("Từ Hà Nội, hàng được chuyển vào các tỉnh phía Nam.", "Hà Nội"),
    ("Đại biểu Nguyễn Văn Thắng (Đoàn Hà Nội) tán thành.", "Hà Nội"),
    ("Đền Trần Nam Định tổ chức khai ấn.", "Nam Định"),
    # a place's name of several words before it
    ("Chè Hoàng Su Phì Hà Giang được công nhận OCOP.", "Hà Giang"),
    ("Cam Vũ Quang Hà Tĩnh được bày bán.", "Hà Tĩnh"),
    ("Bà con Hà Giang vui mừng đón khách.", "Hà Giang"),
])
def test_a_province_after_a_word_that_is_also_a_family_name_stays_a_province(sentence, province):
    assert province in {f.value for f in _provinces("Tin\n" + sentence)}


def test_an_agency_story_quoting_the_leaders_thought_and_the_pacific_names_only_its_province():
    text = ("Trung tâm Khuyến công Kon Tum tổng kết năm 2025\n\n"
            "Ngày 26/12/2025, Trung tâm Khuyến công tỉnh Kon Tum tổ chức hội nghị tổng kết. Năm qua, Trung tâm đã hoàn "
            "thành 9 đề án khuyến công địa phương với kinh phí 2,4 tỷ đồng.\n\n"
            "Tại hội nghị, ông Nguyễn Hòa Bình, Giám đốc Trung tâm, đề nghị cán bộ học tập và làm theo tư tưởng, đạo "
            "đức, phong cách Hồ Chí Minh; đồng thời tìm hiểu thị trường châu Á - Thái Bình Dương.")
    article = kcextract.analyse(text, "agency")
    assert {f.value for f in article.facts if f.type == "province"} == {"Kon Tum"}
    assert article.subject == "Kon Tum"
