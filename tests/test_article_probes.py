"""Whole articles in press style, written for this project (sixty-fourth round), each with the reading its writer
expected before kcextract read it: the funding records (scope, status, projects, amount_vnd, period, province), the
subject province and the products a reader is sure of (a good named only as a village's craft, `làng nghề ... gốm`,
is left out of them; so is the subject of a regional conference that is about no one province).

tests/data/article_probes.jsonl keeps them: a merged province's 2026 plan naming its former half's communes, a southern
province's five years with a year singled out, a craft village's story with a beneficiary's own investment, a
mid-year report by numbered sections, an island special zone's seafood (`đặc khu Cô Tô`, `sá sùng`), a highland
weaving story, an interview, a regional conference and an OCOP certificate list. The sixty-fifth round added six
(`article65-*`): three years in one sentence with a pepper list before two districts, a trade-promotion programme
with `cam Vũ Quang`, a recognised-goods list with a long dried-fish item, a southern specialties feature, a 2026 story
naming a merged province's wards and communes, and an agency's year-end meeting that quotes `tư tưởng ... Hồ Chí Minh`
and `châu Á - Thái Bình Dương` beside its one province.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kcextract import analyse

ARTICLES = [json.loads(line) for line in
            (Path(__file__).parent / "data" / "article_probes.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("article", ARTICLES, ids=[a["probe"] for a in ARTICLES])
def test_a_written_article_gives_the_records_subject_and_goods_its_writer_expected(article):
    read = analyse(article["text"], article["probe"])
    assert [[r.scope, r.status, r.projects, r.amount_vnd, r.period, r.province] for r in read.funding] == \
        article["records"]
    if "subject" in article:
        assert read.subject == article["subject"]
    assert set(article["products"]) <= {f.value for f in read.facts if f.type == "product"}


def test_the_written_articles_cover_both_programmes_plans_and_results():
    said = {(r[0], r[1]) for a in ARTICLES for r in a["records"]}
    assert {"national", "local", "unspecified"} <= {s for s, _ in said}
    assert {"done", "planned"} <= {t for _, t in said}
    assert len(ARTICLES) >= 9
