"""The reviewed data files: every product entry matches itself, headers, and the units list."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import kcextract
from kcextract.normalise import fold

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = sorted([*ROOT.glob("rules/*"), *ROOT.glob("gazetteers/*")])
CARRIER = "Hợp tác xã giới thiệu sản phẩm {name} tại hội chợ."
MAX_FAILURE_RATE = 0.03


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, (c.strip() for c in l.split("\t")))) for l in lines[1:]]


PRODUCTS = _rows(ROOT / "gazetteers" / "products.tsv")


def test_product_gazetteer_has_at_least_150_entries():
    assert len(PRODUCTS) >= 150


def test_product_names_are_unique_lowercase_nfc_new_tone_placement():
    names = [r["name"] for r in PRODUCTS]
    assert len(names) == len(set(names)), "a product name is listed twice"
    for name in names:
        assert name == name.lower() == unicodedata.normalize("NFC", name) == fold(name) == name.strip(), name


def test_product_rows_have_value_and_category():
    known = {"tea", "food", "agri", "beverage", "medicinal", "handicraft", "textile", "seafood", "livestock",
             "industrial"}
    for r in PRODUCTS:
        assert r["value"] and r["value"] == r["value"].lower(), r
        assert r["category"] in known, r


def test_tra_is_che():
    # FACTS.md: 'trà' is 'chè'
    assert not [r for r in PRODUCTS if r["value"] == "trà" or r["value"].startswith("trà ")]
    tra = [r for r in PRODUCTS if r["name"] == "trà" or r["name"].startswith("trà ")]
    assert tra and {r["value"] for r in tra} == {"chè"}


def test_every_product_entry_matches_itself_in_a_carrier_sentence():
    """Most specific entry wins: the one product fact on the name's span carries that entry."""
    start = CARRIER.index("{name}")
    failures = []
    for r in PRODUCTS:
        name = r["name"]
        article = kcextract.analyse(CARRIER.format(name=name))
        on_span = [f for f in article.facts if f.type == "product" and f.start < start + len(name) and start < f.end]
        got = [(f.value, f.name, f.category, f.start, f.end) for f in on_span]
        if got != [(r["value"], name, r["category"], start, start + len(name))]:
            failures.append((name, got))
    rate = len(failures) / len(PRODUCTS)
    listing = "\n".join(f"  {n!r}: {g}" for n, g in failures)
    print(f"{len(failures)} of {len(PRODUCTS)} product entries do not match themselves:\n{listing}")
    assert rate < MAX_FAILURE_RATE, f"{len(failures)} of {len(PRODUCTS)} entries fail ({rate:.1%}):\n{listing}"


@pytest.mark.parametrize(
    "name, value",
    [("chè shan tuyết", "chè"), ("trà shan tuyết", "chè"), ("chè shan tuyết cổ thụ", "chè"),
     ("mật ong bạc hà", "mật ong"), ("chè ô long", "chè")],
)
def test_most_specific_product_entry_wins(name, value):
    text = CARRIER.format(name=name)
    products = [f for f in kcextract.analyse(text).facts if f.type == "product"]
    assert [(f.value, f.name, f.text) for f in products] == [(value, name, name)]


def test_product_name_keeps_the_capitals_as_written():
    products = [f for f in kcextract.analyse("Sản phẩm Chè Ô Long của công ty.").facts if f.type == "product"]
    assert [(f.value, f.name) for f in products] == [("chè", "Chè Ô Long")]


@pytest.mark.parametrize("path", DATA_FILES, ids=[f"{p.parent.name}/{p.name}" for p in DATA_FILES])
def test_every_data_file_starts_with_a_comment_header(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#"), f"{path.name} starts with {first!r}"


def test_data_files_exist():
    names = {f"{p.parent.name}/{p.name}" for p in DATA_FILES}
    assert {"gazetteers/products.tsv", "gazetteers/provinces.tsv", "gazetteers/units.tsv",
            "gazetteers/province_aliases.tsv", "rules/blocked_units.tsv"} <= names


# Measures, time words and other non-count nouns named in FACTS.md / the units.tsv header.
MEASURE_AND_TIME = {
    "km", "km2", "m", "m2", "m3", "mét", "cm", "mm", "ha", "héc-ta", "hecta", "sào", "tấn", "tạ", "kg", "g", "gam",
    "lít", "ml", "w", "kw", "kwh", "mw", "cây số", "thùng", "độ",
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "tuổi", "thế kỷ",
    "lần", "%", "phần trăm", "sao", "điểm", "số", "đồng", "triệu", "tỷ",
    "đề án", "dự án", "nhiệm vụ", "đề án nhóm",
}


def test_units_have_no_measure_or_time_word():
    units = _rows(ROOT / "gazetteers" / "units.tsv")
    blocked = {fold(r["surface"]) for r in _rows(ROOT / "rules" / "blocked_units.tsv")}
    forbidden = blocked | {fold(w) for w in MEASURE_AND_TIME}
    assert len(units) > 50
    bad = [r for r in units if fold(r["surface"]) in forbidden or fold(r["unit"]) in forbidden]
    assert bad == []


def test_measure_and_time_words_give_no_quantity():
    text = "Tỉnh có 277,52 km đường, 3 tấn chè, 5 năm triển khai, 12 tháng và 2 lần kiểm tra."
    facts = [f for f in kcextract.analyse(text).facts if f.type in ("money", "project_count", "quantity")]
    assert facts == []


def test_place_names_are_written_as_a_text_writes_them_with_no_level_in_brackets():
    # the source data tells a district and a town of one name apart by '(Huyện)', '(Thị xã)'; no text writes that
    names = [r["name"] for r in _rows(ROOT / "gazetteers" / "places.tsv")]
    assert [n for n in names if "(" in n or ")" in n] == []
    levels = {(r["name"], r["level"]) for r in _rows(ROOT / "gazetteers" / "places.tsv") if r["era"] == "pre2025"
              and r["province"] == "Tiền Giang"}
    assert {("Cai Lậy", "district"), ("Cai Lậy", "town")} <= levels
