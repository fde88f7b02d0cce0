"""Funding statements in report wording, written for this project (sixty-third round), each with the records a
reader of shared/ANNOTATION.md takes from it: (scope, status, projects, amount_vnd, period), in text order.

tests/data/funding_probes.jsonl keeps the texts and their records in the repository, so that a later rule is
checked against them on any machine (the probe texts of earlier rounds lived outside it and were lost with a
machine). They cover both programmes from a fronted source, quarters and running totals, plans and later payouts,
a span and a year singled out, a merged province's former halves, 14 ways of naming the paying body, short forms
(`KC&XTTM`, `KC địa phương`), an interview, a ministry's nationwide summary, two provinces in one story, and all the
assigned projects said completed with their items listed. The sixty-fourth round added 42 more (`probes64-*`): plans
listed by programme on dash lines, a whole's parts in a bracket before their counts (`15 đề án (KCQG 3 đề án, KCĐP 12
đề án)`), money fronted as the means, a beneficiary's share of its own investment, rates and averages (no record),
number words, `nhiệm vụ` and `chương trình, đề án`, an amount in billions and millions, a province after the merger.
The sixty-fifth round added 13 short reports (`probes65-*`): a plan decision with its items by purpose, three years
in one sentence, nine months against the year's plan, the next period's targets beside a yearly allowance (no record),
lettered and numbered sections, a ministry's national allocation, plan against result, a line opened by a programme's
label whose next line gives its sum (`Về khuyến công quốc gia: ...` then `Tổng kinh phí hỗ trợ là ...`), a quarter's
share of the year's plan, a running total since 2005, and an advance paid to the beneficiaries (`tạm ứng 800
triệu đồng cho các đơn vị thụ hưởng`: the programme's money, not theirs). The sixty-sixth round added 7 written
articles (`probes66-*`); the sixty-seventh 8 more (`probes67-*`): programme money named right after its amount beside
one level's share, `7 trên 9 đề án`, a stop told as the cause of what was done, a figure denied beside the right one,
a programme name's horizon in a title, one business's project singled out before more work, a year-end report whose
remaining project is carried over, `1 tỷ 350 triệu` with `gần 800 triệu`, and five years written `3,9 tỷ đồng/14 đề án`. The
seventieth round added 6 (`probes70-*`): a business that `nhận 260.000.000 đồng` (an amount written out in đồng),
items on one line after `Cụ thể:`, dash lines of purposes before their sum, `tr.đ` in a bracket of levels, four years
on one line, a project's cost shared with the beneficiary beside a ceiling (no record), a plan's count whose cost
holds two public shares and the beneficiaries' own (the count stands alone: it is no one share's) beside one with one
public share (the count goes to it, also when the shares stand in a sentence of their own), an acceptance sheet whose time line stands between the cost and the verdict, and a year's work narrated with no
'đã' whose cost opens the next paragraph (`probes70-c01`, `c02`: what the work cost, done, not a budget set), and money fronted as the means after an outlet's
dateline (`c03`: '(Báo Tin tức) - Với 2,5 tỷ đồng ..., tỉnh ... đã hỗ trợ 15 đề án'). The seventy-first round added 8
(`probes71-*`): a 'tổng' of the projects left after a national part (`Các đề án còn lại có tổng kinh phí ...`: no total
of both programmes), a paragraph opening with the sum of the work the paragraph before told under one programme, a
count of projects assigned (`được UBND tỉnh phê duyệt`) with the programme spelled out or abbreviated, and a `dự án`
of the programme counted with its worth (`1 dự án khuyến công quốc gia trị giá 600 triệu đồng`), a paragraph with no
final stop before a rate's words, and a result sheet whose headings give each programme's amount in a bracket before
the colon (`1. Khuyến công quốc gia (2,1 tỷ đồng): thực hiện 3 đề án, ...`: one statement), and a whole's purposes
after `trong đó`, each a few words and its count between `;` (`... 16 đề án; đào tạo nghề 2 đề án; ...`: all its parts).
The seventy-second round added 13 (`probes72-*`): a title's `so với năm trước` above a body's year, a correction whose
wrong figure is no record (`Số liệu đúng là ...`, `Con số chính xác là ...`), a state in brackets (`(đã hoàn thành)`,
`(đang triển khai)`), a line break inside a paragraph whose body parts paragraphs by blank lines, a dash label its colon
closes above its items, `số đề án tăng lên 11`, money `từ hai chương trình`, and items each told with its state after
its amount (`5 đề án, kinh phí 1,2 tỷ đồng, đã hoàn thành; 6 đề án, ..., đang triển khai; 3 đề án còn lại sẽ ...`) or in
brackets after it (`... phê duyệt 2 đề án với kinh phí 1,5 tỷ đồng (đã hoàn thành).`), also as the progress of a plan
that lists its own projects with `gồm` (`kế hoạch năm 2025 gồm 14 đề án khuyến công địa phương ...`).
The seventy-third round added 8 (`probes73-*`): a whole's counts by level in a bracket before its amounts by level
(`9 đề án (8 đề án KCĐP, 1 đề án KCQG) với tổng kinh phí 3.250 triệu đồng (KCĐP 2.150 triệu đồng, ...)`), `con số này
lần lượt là ...` and `con số này là ...` a paragraph after the figures it names, `10/12 dự án` after `12 dự án`, a level
in brackets after a bare scale (`2.300 triệu (KCĐP)`), and an average in brackets written with a thousands dot
between an amount and its count (`8,4 tỷ đồng (bình quân 1.680 triệu đồng/năm), thực hiện 36 đề án`), and a done
whole's part set aside for its work (`Trong đó, 500 triệu đồng dành cho 2 đề án ...`: done; `sẽ dành`: planned).
The seventy-fourth round added 10 (`probes74-*`): a budget of the other source said alike after one read as the cost
of narrated work, `chỉ đạt 35% kế hoạch vốn khuyến công địa phương`, an amount `được sử dụng để` or `được dùng để`
(also `90 trđ`), a paragraph's sum after the work's level a paragraph before, a sum under a one-level title past a
caption or a dateline, `đến hết tháng 11/2024 các đề án đều đã hoàn thành`, and a plan's or a sum's line of `dự án`.
The seventy-fifth round added 5 (`probes75-*`): a whole's purposes in a paragraph after a list split by programme
(the whole's, not the last item's), a count adding up three years told one by one (`Trong tổng số 42 đề án`: their
span), `..., hiện đang triển khai` after `được Bộ Công Thương hỗ trợ` (not done), also with no final stop, and projects
alone `chuyển sang năm 2025` under a results heading (planned).
The seventy-sixth round added 8 (`probes76-*`): provinces' budgets listed after the first item's copula (`..., Nghệ An
4,2 tỷ đồng (17 đề án)`: the first item's tense), a `Tổng cộng` sum said as a budget's value after what was given
(done), one programme's share in percent (a total), one business's project singled out as the largest (a record),
the programme's own counted work before `, kinh phí là ...` (done; planned after `dự kiến`), and a budget after `tỉnh
... có 22 sản phẩm OCOP được hỗ trợ` (done; planned after `sẽ được hỗ trợ`).
The seventy-seventh round added 11 (`probes77-*`): a city supporting producers at trade fairs with no programme named
(trade promotion: a record), `con số này` after a whole's parts (the whole's scope, not the last part's; also with no
comma after the year), projects left with their amount that `phải dừng` or are handed to the merged province's
department to carry on (neither done nor planned, nor a part of the work done), and yearly tally lines of `dự án` (`Năm
2022: 9 dự án, 1,8 tỷ đồng.`: records, the parts of their span's sum), a need (`trong khi nhu cầu đăng ký lên tới 40
đề án với tổng kinh phí đề nghị 9 tỷ đồng`: no record, and not added to the 11 projects carried out), the acceptance
dossier of the projects left still to complete (planned), and a ministry that `đã thống nhất hỗ trợ` projects for the
coming year or by which they are `được ... phê duyệt hỗ trợ` or `đã được Bộ Công Thương phê duyệt` (planned; `được Bộ
Công Thương hỗ trợ` and `đã được Sở Công Thương nghiệm thu` stay done).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kcextract import analyse

PROBES = [json.loads(line) for line in
          (Path(__file__).parent / "data" / "funding_probes.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("probe", PROBES, ids=[p["probe"] for p in PROBES])
def test_a_report_statement_gives_the_records_its_reader_takes(probe):
    records = analyse(probe["text"], probe["probe"]).funding
    assert [[r.scope, r.status, r.projects, r.amount_vnd, r.period] for r in records] == probe["records"]


def test_the_probes_hold_records_of_every_scope_and_status():
    # (a probe set that only ever said one thing would pin little)
    said = [tuple(r[:2]) for p in PROBES for r in p["records"]]
    assert {s for s, _ in said} >= {"national", "local", "total", "unspecified"}
    assert {t for _, t in said} >= {"done", "planned", "unspecified"}
    assert len(PROBES) >= 100 and sum(not p["records"] for p in PROBES) == 0
