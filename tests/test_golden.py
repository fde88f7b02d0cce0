"""The five seed articles against their gold files (corpus/gold), plus the issue's explicit checks.

The extraction of the seeds is built once per session (conftest.seed_articles).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

import kcextract
from kcextract.evaluate import Report, load_gold, score_article
from kcextract.facts import TYPE_FIELDS

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "corpus" / "gold"
SEEDS = sorted(p.stem for p in (ROOT / "corpus").glob("*.txt"))

# FACTS.md, 'One fact = one JSON object' and 'Types', transcribed by hand.
FACTS_MD_BASE = {"doc", "type", "text", "start", "end", "sentence", "value"}
FACTS_MD_EXTRA = {
    "money": {"currency", "qualifier", "upper"},
    "project_count": {"unit", "qualifier"},
    "quantity": {"unit", "qualifier", "upper"},
    "province": {"province_2025", "role"},
    "product": {"name", "category"},
    "ocop": {"stars", "count"},
    "period": set(),
    "organization": {"kind"},
    "place": {"level", "province", "province_2025"},
}
QUALIFIERS = {"exact", "over", "under", "approx", "at_least"}


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    errors = []
    loaded = load_gold(GOLD_DIR, errors.append)
    assert errors == []
    return loaded


def _report(gold: dict, article) -> Report:
    report = Report()
    score_article(report, gold, article)
    return report


def _misses(report: Report, type_: str) -> list[str]:
    return [f"{m.kind}: {m.item.get('text')!r} {m.item.get('value')!r}" for m in report.misses if m.type == type_]


def test_every_seed_has_a_gold_file(gold):
    assert sorted(gold) == SEEDS


# --- per seed, per type --------------------------------------------------------------------------


@pytest.mark.parametrize("doc", SEEDS)
@pytest.mark.parametrize("type_", ["money", "project_count", "quantity"])
def test_seed_numbers_match_gold_as_a_multiset(seed_articles, gold, doc, type_):
    article = seed_articles[doc]
    g = gold[doc]

    def key(f):
        return (f["value"], f.get("currency") or "VND") if type_ == "money" else f["value"]

    want = Counter(key(f) for f in g["facts"] if f["type"] == type_)
    got = Counter(key(f.to_dict()) for f in article.facts if f.type == type_)
    assert got - want == Counter(), f"spurious {type_}: {dict(got - want)}"
    assert want - got == Counter(), f"missed {type_}: {dict(want - got)}"
    report = _report(g, article)
    c = report.counts[type_]
    assert (c.fp, c.fn) == (0, 0), _misses(report, type_)


@pytest.mark.parametrize("doc", SEEDS)
@pytest.mark.parametrize("type_", ["province", "period", "product"])
def test_seed_value_sets_match_gold(seed_articles, gold, doc, type_):
    article = seed_articles[doc]
    want = {f["value"] for f in gold[doc]["facts"] if f["type"] == type_}
    got = {f.value for f in article.facts if f.type == type_}
    assert got == want
    report = _report(gold[doc], article)
    assert (report.counts[type_].fp, report.counts[type_].fn) == (0, 0), _misses(report, type_)


@pytest.mark.parametrize("doc", SEEDS)
def test_seed_ocop_mention_count_matches_gold(seed_articles, gold, doc):
    want = sum(1 for f in gold[doc]["facts"] if f["type"] == "ocop")
    got = sum(1 for f in seed_articles[doc].facts if f.type == "ocop")
    assert got == want


@pytest.mark.parametrize("doc", SEEDS)
def test_seed_subject_matches_gold(seed_articles, gold, doc):
    assert "subject" in gold[doc]
    assert seed_articles[doc].subject == gold[doc]["subject"]
    report = _report(gold[doc], seed_articles[doc])
    assert (report.subject.tp, report.subject.fp) == (1, 0)
    subjects = {f.value for f in seed_articles[doc].facts if f.type == "province" and f.role == "subject"}
    assert subjects == {gold[doc]["subject"]}


@pytest.mark.parametrize("doc", SEEDS)
def test_seed_funding_records_match_gold(seed_articles, gold, doc):
    def key(r):
        return (r.get("scope"), r.get("projects"), r.get("amount_vnd"), r.get("period"))

    want = Counter(key(r) for r in gold[doc].get("funding", []))
    got = Counter(key(r.to_dict()) for r in seed_articles[doc].funding)
    assert got == want


def test_seed_province_2025_attribute_matches_gold(seed_articles, gold):
    for doc in SEEDS:
        want = {f["value"]: f["province_2025"] for f in gold[doc]["facts"]
                if f["type"] == "province" and "province_2025" in f}
        got = {f.value: f.province_2025 for f in seed_articles[doc].facts if f.type == "province"}
        for value, p2025 in want.items():
            assert got.get(value) == p2025, (doc, value)


def test_eval_report_over_all_seeds_is_perfect_on_facts(seed_articles, gold):
    report = Report()
    for doc in SEEDS:
        score_article(report, gold[doc], seed_articles[doc])
    assert report.scored == SEEDS
    for t in ("money", "project_count", "quantity", "province", "product", "period", "ocop"):
        c = report.counts[t]
        assert c.tp > 0, t
        assert (c.fp, c.fn) == (0, 0), (t, _misses(report, t))
    assert report.to_dict()["subject"]["accuracy"] == 1.0


# --- the explicit checks -----------------------------------------------------------------


def _values(article, type_):
    return [f.value for f in article.facts if f.type == type_]


def test_000_money_and_project_counts(seed_articles):
    a = seed_articles["000_512778a395cff797"]
    money = Counter(_values(a, "money"))
    for v in (2634600000, 900000000, 1734600000, 1646600000):
        assert money[v] >= 1, v
    counts = Counter(_values(a, "project_count"))
    for v in (13, 1, 12, 5):
        assert counts[v] >= 1, v
    by_text = {f.text: f for f in a.facts if f.type == "money"}
    assert by_text["2.634,6 triệu đồng"].value == 2634600000
    assert by_text["2.634,6 triệu đồng"].currency == "VND"
    group = [f for f in a.facts if f.type == "project_count" and f.value == 1]
    assert [f.unit for f in group] == ["đề án nhóm"]


def test_003_project_count_109_and_money_over_23_29_billion(seed_articles):
    a = seed_articles["003_85b55b1df421f973"]
    assert 109 in _values(a, "project_count")
    money = [f for f in a.facts if f.type == "money" and f.value == 23290000000]
    assert len(money) == 1
    assert money[0].qualifier == "over"
    assert money[0].currency == "VND"
    assert money[0].text == "hơn 23,29 tỷ đồng"


def test_000_bac_can_is_bac_kan_merged_into_thai_nguyen(seed_articles):
    a = seed_articles["000_512778a395cff797"]
    found = [f for f in a.facts if f.type == "province" and f.text == "Bắc Cạn"]
    assert len(found) == 1
    assert found[0].value == "Bắc Kạn"
    assert found[0].province_2025 == "Thái Nguyên"
    assert found[0].role == "mention"


def test_004_subject_is_lai_chau_and_its_headline_line_gives_no_fact(seed_articles):
    a = seed_articles["004_6b626a8ef7358044"]
    assert a.subject == "Lai Châu"
    first_line_end = a.text.index("\n")
    assert "Lạng Sơn" in a.text[:first_line_end]  # the related headlines name other provinces
    assert [f for f in a.facts if f.start < first_line_end] == []
    assert not {"Lạng Sơn", "Quảng Bình"} & set(_values(a, "province"))


def _caption_lines(text: str):
    pos = 0
    for line in text.split("\n"):
        if line.rstrip().endswith(" |"):
            yield pos, pos + len(line)
        pos += len(line) + 1


def test_captions_give_facts_but_no_funding_records(seed_articles):
    captions, facts = 0, 0
    for doc, a in seed_articles.items():
        for s, e in _caption_lines(a.text):
            captions += 1
            facts += sum(s <= f.start < e for f in a.facts)
            assert not [r for r in a.funding if s <= r.start < e], f"{doc}: a record from caption {a.text[s:e]!r}"
    assert captions >= 4  # 000 and 004 carry photo captions
    assert facts >= 1     # the OCCOP of 000's caption


def test_glued_related_headlines_give_no_facts(seed_articles):
    text = seed_articles["004_6b626a8ef7358044"].text
    line = next((s, e) for s, e in _caption_lines(text) if "Quảng Bình:" in text[s:e])
    assert [f for f in seed_articles["004_6b626a8ef7358044"].facts if line[0] <= f.start < line[1]] == []


def test_a_caption_in_a_new_article_neither_decides_the_subject_nor_makes_a_record():
    text = ("Khuyến công Lai Châu\n"
            "Cơ sở chế biến chè tại Hà Giang nhận 13 đề án, 2,5 tỷ đồng (Ảnh: DTMN) |\n"
            "Tỉnh Lai Châu đã thực hiện 21 đề án.\n")
    a = kcextract.analyse(text)
    caption = next(_caption_lines(a.text))
    assert "Hà Giang" in {f.value for f in a.facts if f.type == "province" and caption[0] <= f.start < caption[1]}
    assert [r.projects for r in a.funding] == [21]
    assert a.subject == "Lai Châu"


@pytest.mark.parametrize("doc", SEEDS)
def test_fact_offsets_slice_the_text_and_sentence_holds_the_fact(seed_articles, doc):
    a = seed_articles[doc]
    assert a.facts
    for f in a.facts:
        assert f.doc == doc
        assert 0 <= f.start < f.end <= len(a.text)
        assert a.text[f.start:f.end] == f.text, f
        s = a.sentences[f.sentence]
        assert s.index == f.sentence
        assert s.start <= f.start < s.end, (f, s)


@pytest.mark.parametrize("doc", SEEDS)
def test_facts_come_in_document_order(seed_articles, doc):
    starts = [f.start for f in seed_articles[doc].facts]
    assert starts == sorted(starts)


def test_type_fields_are_those_of_facts_md():
    assert {t: set(fs) for t, fs in TYPE_FIELDS.items()} == FACTS_MD_EXTRA


@pytest.mark.parametrize("doc", SEEDS)
def test_fact_json_has_exactly_the_facts_md_fields_of_its_type(seed_articles, doc):
    for f in seed_articles[doc].facts:
        obj = json.loads(json.dumps(f.to_dict(), ensure_ascii=False))
        assert set(obj) == FACTS_MD_BASE | FACTS_MD_EXTRA[f.type], f
        assert obj["type"] == f.type


@pytest.mark.parametrize("doc", SEEDS)
def test_fact_values_have_the_facts_md_form(seed_articles, doc):
    provinces = set(_canonical_provinces())
    for f in seed_articles[doc].facts:
        d = f.to_dict()
        if f.type in ("money", "project_count", "quantity"):
            assert type(d["value"]) is int and d["value"] >= 0, f
            assert d["qualifier"] in QUALIFIERS, f
            if d.get("upper") is not None:
                assert type(d["upper"]) is int and d["upper"] > d["value"], f
        if f.type == "money":
            assert re.fullmatch(r"[A-Z]{3}", d["currency"]), f
        if f.type in ("project_count", "quantity"):
            assert d["unit"], f
        if f.type == "province":
            assert d["value"] in provinces and d["province_2025"], f
            assert d["role"] in ("subject", "mention"), f
        if f.type == "product":
            assert d["value"] == d["value"].lower() and d["name"] and d["category"], f
        if f.type == "ocop":
            assert d["value"] == "OCOP", f
            assert d["stars"] in (None, 3, 4, 5), f
        if f.type == "period":
            assert re.fullmatch(r"\d{4}(-\d{4})?", d["value"]), f
        if f.type == "organization":
            assert d["kind"] in ("agency", "company", "cooperative", "media"), f
            assert d["value"] == " ".join(d["text"].split()), f


def _canonical_provinces():
    lines = [l for l in (ROOT / "gazetteers" / "provinces.tsv").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    return [l.split("\t")[0] for l in lines[1:]]


# --- funding -------------------------------------------------------------------------------------


def test_003_national_funding_record(seed_articles):
    records = [r.to_dict() for r in seed_articles["003_85b55b1df421f973"].funding]
    wanted = {"scope": "national", "projects": 10, "amount_vnd": 11040000000, "period": "2016-2020",
              "province": "Hà Tĩnh"}
    matching = [r for r in records if all(r[k] == v for k, v in wanted.items())]
    assert len(matching) == 1, records
    assert matching[0]["status"] == "done"  # FACTS.md example: 'đã thực hiện' ... status done
    assert matching[0]["doc"] == "003_85b55b1df421f973"


def test_funding_record_fields_are_those_of_facts_md(seed_articles):
    fields = {"doc", "sentence", "scope", "status", "projects", "amount_vnd", "period", "province"}
    for a in seed_articles.values():
        for r in a.funding:
            d = r.to_dict()
            assert fields <= set(d)
            assert d["scope"] in ("national", "local", "total", "unspecified")
            assert d["status"] in ("planned", "done", "unspecified")
            assert d["projects"] is None or type(d["projects"]) is int
            assert d["amount_vnd"] is None or type(d["amount_vnd"]) is int
            assert d["period"] is None or re.fullmatch(r"\d{4}(-\d{4})?", d["period"])


def test_an_attribute_that_disagrees_with_gold_is_listed_with_both_values():
    # a matched quantity whose unit differs from gold is counted wrong and shown by `eval --misses`
    article = kcextract.analyse("Năm 2024, tỉnh hỗ trợ 12 cơ sở sản xuất.\n", "u1")
    gold = {"doc": "u1", "facts": [{"type": "quantity", "value": 12, "unit": "hộ", "text": "12 cơ sở"}]}
    report = _report(gold, article)
    assert (report.attributes["unit"].tp, report.attributes["unit"].fp) == (0, 1)
    wrong = [m.item for m in report.misses if m.type == "unit"]
    assert wrong == [{"gold": "hộ", "got": "cơ sở", "text": "12 cơ sở"}]


def test_facts_of_one_value_pair_with_the_gold_facts_they_agree_with_whatever_the_gold_order():
    article = kcextract.analyse("Năm 2024, tỉnh hỗ trợ 20 cơ sở, tạo việc làm cho 20 lao động.\n", "pair")
    gold = {"doc": "pair", "facts": [{"type": "quantity", "value": 20, "unit": "lao động", "text": "20 lao động"},
                                     {"type": "quantity", "value": 20, "unit": "cơ sở", "text": "20 cơ sở"}]}
    report = _report(gold, article)
    assert report.counts["quantity"].tp == 2
    assert (report.attributes["unit"].tp, report.attributes["unit"].fp) == (2, 0)
