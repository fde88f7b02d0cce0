"""Reading the database: query, summary, export, report, serve (metadata and pages), views, bad input.

Known figures come from the seed corpus: Hà Giang 2023 (doc 000: 2.634,6 triệu planned in total, of which
900 triệu national and 1.734,6 triệu local) and Hà Tĩnh 2016–2020 (doc 003: 23,29 tỷ in total, 11,04 tỷ
national, 12,25 tỷ local).
"""
from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path

import pytest

from kcextract.export import EXPORT_SCHEMA_VERSION, TABLES, schema_markdown
from kcextract.format import fact_value, number, vnd
from kcextract.query import QueryError, parse_amount, resolve_province
from kcextract.store import ingest, open_db

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "hagiang-2023-brief.txt"
DOC_HG = "000_512778a395cff797"
DOC_HG22 = "001_d504f5476707a7c9"
DOC_HT = "003_85b55b1df421f973"


def _json(result) -> list | dict:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _copy_db(src: Path, dst: Path) -> Path:
    """A private copy of a database (through the backup API, so the write-ahead log comes along)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


@pytest.fixture(scope="module")
def repeat_db(tmp_path_factory) -> Path:
    """The seed corpus plus examples/: a second article repeats Hà Giang's 2023 total (and writes 'hòa')."""
    path = tmp_path_factory.mktemp("repeat") / "repeat.db"
    db = open_db(path)
    ingest([str(ROOT / "corpus"), str(EXAMPLE)], db)
    db.conn.close()
    return path


# --- Vietnamese numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("amount, words", [
    (2634600000, "2,63 tỷ đồng"), (900000000, "900 triệu đồng"), (23290000000, "23,29 tỷ đồng"),
    (11040000000, "11,04 tỷ đồng"), (1500000, "1,5 triệu đồng"), (500000, "500.000 đồng"),
    (1234000000000, "1.234 tỷ đồng"),
])
def test_amounts_read_the_vietnamese_way(amount, words):
    assert vnd(amount) == words


def test_numbers_use_decimal_comma_and_thousands_dot():
    assert number(2634.6) == "2.634,6"
    assert number(1920, 0) == "1.920"
    assert fact_value({"type": "quantity", "value": 1920, "unit": "lao động"}) == "1.920 lao động"


# --- province resolution --------------------------------------------------------------------------------

def test_2025_province_covers_the_provinces_merged_into_it():
    assert resolve_province("Tuyên Quang") == ["Hà Giang", "Tuyên Quang"]
    assert resolve_province("Hà Giang") == ["Hà Giang"]


@pytest.mark.parametrize("typed", ["ha giang", "HA GIANG", "tỉnh Hà Giang", "Ha  Giang"])
def test_province_input_ignores_accents_case_and_prefix(typed):
    assert resolve_province(typed) == ["Hà Giang"]


def test_unknown_province_suggests_the_nearest_names():
    with pytest.raises(QueryError, match="did you mean Hà Giang"):
        resolve_province("Ha Gian")


@pytest.mark.parametrize("typed, vnd_", [("2 tỷ", 2_000_000_000), ("900 triệu", 900_000_000), ("2 ty", 2_000_000_000),
                                         ("1,5 tỷ đồng", 1_500_000_000), ("2000000000", 2_000_000_000)])
def test_amount_filters_accept_vietnamese_amounts(typed, vnd_):
    assert parse_amount(typed) == vnd_


# --- query ----------------------------------------------------------------------------------------------

def test_query_finds_national_money_for_ha_giang_2023(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--province", "Hà Giang", "--year", "2023",
                         "--scope", "national", "--type", "money", "--json"))
    assert [(r["doc"], r["value"], r["value_text"]) for r in rows] == [(DOC_HG, 900000000, "900 triệu đồng")]
    assert "«900 triệu đồng»" in rows[0]["sentence_marked"]
    assert rows[0]["province_2025"] == "Tuyên Quang"


def test_query_finds_ha_giang_2023_amounts_of_every_scope(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--province", "ha giang", "--year", "2023", "--type", "money",
                         "--json"))
    assert {(r["scope"], r["value"]) for r in rows} == {
        ("total", 2634600000), ("national", 900000000), ("local", 1734600000), ("total", 1646600000)}
    assert {r["value_text"] for r in rows} >= {"2,63 tỷ đồng", "1,73 tỷ đồng"}


def test_query_finds_ha_tinh_2016_2020_amounts(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--province", "Hà Tĩnh", "--period", "2016 – 2020",
                         "--type", "money", "--json"))
    by_scope = {(r["scope"], r["value"]) for r in rows}
    assert {("total", 23290000000), ("national", 11040000000), ("local", 12250000000)} <= by_scope
    assert all(r["doc"] == DOC_HT and r["year"] == "2016-2020" for r in rows)


def test_tuyen_quang_finds_facts_about_ha_giang(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--province", "Tuyên Quang", "--type", "money", "--json"))
    assert {r["province"] for r in rows} == {"Hà Giang"}
    assert {r["doc"] for r in rows} == {DOC_HG, DOC_HG22}


def test_text_search_ignores_tone_placement(run_cli, seed_db, repeat_db):
    # the seed corpus writes 'Cộng hoà' (old placement): 'hòa' finds it
    old = _json(run_cli("query", "--db", seed_db.path, "--text", "hòa", "--json"))
    assert old and all("hoà" in r["sentence_marked"].lower() for r in old)
    # examples/ writes 'hài hòa' (new placement): 'hoà' finds it, and finds the old spelling too
    rows = _json(run_cli("query", "--db", repeat_db, "--text", "hoà", "--json"))
    sentences = {r["sentence_marked"].lower() for r in rows}
    assert any("hài hòa" in s for s in sentences) and any("cộng hoà" in s for s in sentences)


@pytest.mark.parametrize("text", ['"', "' OR 1=1 --", 'khuyến công" OR "x', "NEAR(a b)", "*", "hòa OR chè",
                                  "'); DROP TABLE facts; --", "^col:value", "a AND NOT b"])
def test_malicious_text_is_searched_as_text(run_cli, seed_db, text):
    result = run_cli("query", "--db", seed_db.path, "--text", text, "--json")
    assert _json(result) == []
    assert seed_db.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == 223


def test_text_search_finds_a_phrase_with_a_quote_literally(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--text", "khuyến công quốc gia", "--type", "money", "--json"))
    assert 11040000000 in {r["value"] for r in rows}


def test_amount_range_filters_money(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--min", "10 tỷ", "--max", "20 tỷ", "--json"))
    assert sorted(r["value"] for r in rows) == [11040000000, 12250000000]


def test_product_filter_keeps_facts_in_sentences_naming_it(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--product", "mật ong", "--type", "product", "--json"))
    assert {r["value"] for r in rows} >= {"mật ong"}
    assert all(r["doc"] == DOC_HG for r in rows)


def test_ocop_filter_keeps_facts_in_sentences_mentioning_ocop(run_cli, seed_db):
    rows = _json(run_cli("query", "--db", seed_db.path, "--ocop", "--type", "product", "--json"))
    assert ("chè", "trà") in {(r["value"], r["text"]) for r in rows}


def test_query_csv_has_header_and_the_marked_sentence(run_cli, seed_db):
    result = run_cli("query", "--db", seed_db.path, "--province", "Lai Châu", "--type", "money", "--csv")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc,title,province,province_2025,year,type,text,value,value_text")
    assert "3,5 tỷ đồng" in result.stdout and "«trên 3,5 tỷ đồng»" in result.stdout


def test_query_table_shows_value_in_words_and_count(run_cli, seed_db):
    result = run_cli("query", "--db", seed_db.path, "--province", "Hà Tĩnh", "--type", "money", "--scope", "national")
    assert result.exit_code == 0
    assert "11,04 tỷ đồng" in result.stdout and "3 facts from 1 article" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["--province", "Ha Gian"], ["unknown province", "Hà Giang"]),
    (["--province", "Atlantis"], ["unknown province", "63 provinces"]),
    (["--type", "amount"], ["money", "project_count", "organization"]),
    (["--scope", "regional"], ["national", "local", "total"]),
    (["--year", "last year"], ["2016-2020"]),
    (["--min", "lots"], ["2 tỷ"]),
])
def test_bad_filters_are_errors_with_the_valid_choices(run_cli, seed_db, args, words):
    result = run_cli("query", "--db", seed_db.path, *args)
    assert result.exit_code == 2
    for w in words:
        assert w in result.stderr


# --- missing or foreign database: every reading command refuses it ---------------------------------------

READERS = [["query"], ["summary"], ["export", "--format", "csv"], ["report", "--out", "r.html"], ["serve"]]


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_missing_database_is_an_error(run_cli, tmp_path, command):
    result = run_cli(*command, "--db", tmp_path / "nope.db")
    assert result.exit_code == 1
    assert "no such database" in result.stderr and not result.stdout


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_foreign_database_is_an_error(run_cli, tmp_path, command):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE birds (name TEXT)")
    result = run_cli(*command, "--db", other)
    assert result.exit_code == 1
    assert "not a kcextract database" in result.stderr


def test_export_unknown_format_lists_formats(run_cli, seed_db):
    result = run_cli("export", "--db", seed_db.path, "--format", "xlsx")
    assert result.exit_code == 2 and all(f in result.stderr for f in ("csv", "json", "parquet"))
    result = run_cli("export", "--db", seed_db.path, "--format", "csv", "--table", "people")
    assert result.exit_code == 2 and all(t in result.stderr for t in ("facts", "funding", "articles"))


# --- duplicates are never counted -------------------------------------------------------------------------

@pytest.fixture
def dup_db(seed_db, tmp_path) -> Path:
    """The seed database with doc 000 (Hà Giang 2023) marked as a syndicated copy of doc 001."""
    path = _copy_db(seed_db.path, tmp_path / "dup.db")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE articles SET duplicate_of = (SELECT id FROM articles WHERE doc = ?) WHERE doc = ?",
                     [DOC_HG22, DOC_HG])
    return path


def test_duplicates_are_left_out_of_query_summary_views_and_exports(run_cli, dup_db, tmp_path):
    assert _json(run_cli("query", "--db", dup_db, "--province", "Hà Giang", "--year", "2023", "--json")) == []
    assert _json(run_cli("query", "--db", dup_db, "--province", "Hà Giang", "--year", "2023", "--type", "money",
                         "--include-duplicates", "--json"))
    summary = _json(run_cli("summary", "--db", dup_db, "--json"))
    assert not [c for c in summary["funding"] if c["year"] == "2023"]
    facts = _json(run_cli("export", "--db", dup_db, "--format", "json"))["rows"]
    assert facts and DOC_HG not in {r["doc"] for r in facts}
    articles = _json(run_cli("export", "--db", dup_db, "--format", "json", "--table", "articles"))["rows"]
    assert len(articles) == 4
    with sqlite3.connect(dup_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM facts_flat WHERE doc = ?", [DOC_HG]).fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM funding_by_province_year WHERE year = '2023'").fetchone()[0] == 0


# --- summary ----------------------------------------------------------------------------------------------

def test_summary_totals_per_province_year_scope(run_cli, seed_db):
    cells = _json(run_cli("summary", "--db", seed_db.path, "--json"))["funding"]
    national = {(c["province"], c["year"], c["status"]): (c["amount_vnd"], c["projects"], c["articles"])
                for c in cells if c["scope"] == "national"}
    assert national[("Hà Giang", "2023", "planned")] == (900000000, 1, 1)
    assert national[("Hà Tĩnh", "2016-2020", "done")][2] == 1
    local = {(c["province"], c["year"]): c["amount_vnd"] for c in cells if c["scope"] == "local"}
    assert local[("Hà Tĩnh", "2016-2020")] == 12250000000


def test_summary_sums_quantities_by_unit(run_cli, seed_db):
    qty = _json(run_cli("summary", "--db", seed_db.path, "--province", "Quảng Bình", "--json"))["quantities"]
    assert {(q["unit"], q["total"]) for q in qty} >= {("lao động", 1920 + 2500), ("cơ sở", 222)}


def test_summary_counts_a_figure_reported_by_two_articles_once(run_cli, repeat_db):
    cells = _json(run_cli("summary", "--db", repeat_db, "--province", "Tuyên Quang", "--json"))["funding"]
    total = [c for c in cells if (c["year"], c["scope"], c["status"]) == ("2023", "total", "planned")]
    assert [(c["amount_vnd"], c["articles"], c["conflict"]) for c in total] == [(2634600000, 2, 0)]
    assert set(total[0]["sources"].split(", ")) == {DOC_HG, "hagiang-2023-brief"}


def test_summary_of_seed_corpus_shows_amounts_in_words(run_cli, seed_db):
    result = run_cli("summary", "--db", seed_db.path)
    assert "900 triệu đồng" in result.stdout and "hơn 23,29 tỷ đồng" in result.stdout


# --- export and views -------------------------------------------------------------------------------------

def test_views_exist_in_an_ingested_database(seed_db):
    names = {r[0] for r in seed_db.db.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert {"facts_flat", "funding_by_province_year"} <= names
    assert seed_db.db.execute("SELECT COUNT(*) FROM facts_flat").fetchone()[0] == 223


@pytest.mark.parametrize("table", list(TABLES))
def test_csv_export_columns_follow_the_schema(run_cli, seed_db, table):
    result = run_cli("export", "--db", seed_db.path, "--format", "csv", "--table", table)
    assert result.stdout.splitlines()[0].split(",") == [c.name for c in TABLES[table].columns]


def test_json_export_carries_schema_version_and_types(run_cli, seed_db):
    doc = _json(run_cli("export", "--db", seed_db.path, "--format", "json", "--table", "funding"))
    assert doc["schema_version"] == EXPORT_SCHEMA_VERSION
    assert {"name": "amount_vnd", "type": "int64"} in doc["columns"]
    ht = {(r["scope"], r["amount_vnd"]) for r in doc["rows"] if r["province"] == "Hà Tĩnh"}
    assert ("national", 11040000000) in ht


def test_parquet_export_has_typed_columns(run_cli, seed_db, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "facts.parquet"
    assert run_cli("export", "--db", seed_db.path, "--format", "parquet", "--out", out).exit_code == 0
    table = pq.read_table(out)
    assert table.schema.field("value_number").type == pa.int64()
    assert table.schema.metadata[b"kcextract_export_schema_version"] == str(EXPORT_SCHEMA_VERSION).encode()
    assert table.num_rows == 223
    assert 23290000000 in table.column("value_number").to_pylist()


def test_readme_documents_the_export_schema():
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert schema_markdown() in doc, "docs/schema.md's export schema is stale: paste kcextract.export.schema_markdown()"


# --- report -----------------------------------------------------------------------------------------------

def test_report_is_one_self_contained_html_file(run_cli, seed_db, tmp_path):
    out = tmp_path / "report.html"
    assert run_cli("report", "--db", seed_db.path, "--out", out).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert not re.findall(r"<script[^>]*\ssrc=", html)  # plotly.js is inline, nothing is fetched
    assert html.count('class="plotly-graph-div"') == 5
    assert "<mark>2.634,6 triệu đồng</mark>" in html and "2,63 tỷ đồng" in html


# --- serve (Datasette, in-process) ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def datasette_app(tmp_path_factory):
    from kcextract.serve import make_datasette, prepare

    src = ROOT / "corpus"
    path = tmp_path_factory.mktemp("serve") / "kc.db"
    db = open_db(path)
    ingest([str(src)], db)
    db.conn.close()
    assert prepare(path) == []
    return make_datasette(path)


def _get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def test_serve_metadata_has_facets_and_canned_queries():
    from kcextract.serve import metadata

    meta = metadata("news")
    tables = meta["databases"]["news"]["tables"]
    assert tables["facts"]["facets"] == []  # none by default: each is a GROUP BY over a million rows
    assert "scope" in tables["funding"]["facets"]
    assert set(meta["databases"]["news"]["queries"]) == {
        "totals_by_province_year", "national_vs_local", "facts_of_province", "ocop_products_by_stars",
        "largest_amounts", "conflicts"}
    assert "Tỉnh" in tables["facts"]["columns"]["province"] and "Province" in tables["facts"]["columns"]["province"]


def test_serve_canned_query_finds_ha_giang_under_tuyen_quang(datasette_app):
    r = _get(datasette_app, "/kc/totals_by_province_year.json?province=Tuy%C3%AAn+Quang&_shape=array")
    assert r.status_code == 200
    cells = {(c["province"], c["year"], c["scope"], c["amount_vnd"]) for c in r.json()}
    assert ("Hà Giang", "2023", "national", 900000000) in cells


def test_serve_links_a_fact_to_its_sentence_and_shows_amounts_in_words(datasette_app):
    html = _get(datasette_app, "/kc/facts?type=money&province=H%C3%A0+T%C4%A9nh").text
    assert "23,29 tỷ đồng" in html
    assert 'href="/kc/sentences/' in html
    sentence = _get(datasette_app, "/kc/sentences/" + "~3A".join(["%s", "2"]) % _article_id(datasette_app, DOC_HT))
    assert sentence.status_code == 200 and "11,04 tỷ đồng" in sentence.text


def _article_id(ds, doc: str) -> str:
    r = _get(ds, f"/kc/articles_public.json?doc={doc}&_shape=array&_col=id")
    return r.json()[0]["id"]


def test_serve_full_text_search_on_sentences(datasette_app):
    r = _get(datasette_app, "/kc/sentences.json?_search=khuy%E1%BA%BFn+c%C3%B4ng+qu%E1%BB%91c+gia&_shape=array")
    assert r.status_code == 200 and any("11,04 tỷ đồng" in s["text"] for s in r.json())


def test_serve_chart_page_uses_the_bundled_plotly(datasette_app):
    page = _get(datasette_app, "/-/kcextract/chart")
    assert page.status_code == 200 and 'src="/-/kcextract/plotly.min.js"' in page.text
    assert "2016-2020" in page.text and "Plotly.newPlot" in page.text
    js = _get(datasette_app, "/-/kcextract/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000


def test_serve_own_pages_use_datasettes_layout(datasette_app):
    for path in ("/-/kcextract/chart", "/-/kcextract/digest?since=2000-01-01"):
        page = _get(datasette_app, path)
        assert page.status_code == 200
        assert '<footer class="ft">' in page.text and "/-/static/app.css" in page.text, path
        assert "/-/kcextract/kcextract.css" in page.text, path
    css = _get(datasette_app, "/-/kcextract/kcextract.css")
    assert css.status_code == 200 and "col-search" in css.text


def test_serve_fact_page_marks_the_fact_inside_datasettes_layout(datasette_app):
    rows = _get(datasette_app, "/kc/facts.json?_shape=array&type=money&text__contains=23%2C29&_col=id").json()
    page = _get(datasette_app, f"/-/kcextract/fact/{rows[0]['id']}")
    assert page.status_code == 200 and '<footer class="ft">' in page.text
    assert re.search(r'<mark class="kc-fact">[^<]*23,29 tỷ đồng</mark>', page.text)
    assert "hơn 23,29 tỷ đồng (23.290.000.000 đ)" in page.text  # the value exactly, with its qualifier
    assert _get(datasette_app, "/-/kcextract/fact/nope").status_code == 404


def test_serve_table_pages_fold_column_descriptions(datasette_app):
    page = _get(datasette_app, "/kc/facts")
    assert "column-descriptions" in page.text
    assert 'createElement("details")' in page.text  # the folding script is on table pages


def test_charts_name_provinces_by_their_2025_name_with_the_old_one_beside():
    from kcextract import charts

    rows = [{"province": "Hà Giang", "province_2025": "Tuyên Quang", "year": "2023", "scope": "national",
             "status": "planned", "amount_vnd": 900000000, "projects": 3},
            {"province": "Hà Nội", "province_2025": "Hà Nội", "year": "2023", "scope": "local",
             "status": "done", "amount_vnd": 5 * 10**9, "projects": 7}]
    fig = charts.amounts_figure(rows)
    labels = {x for trace in fig.data for x in trace.x}
    assert labels == {"Tuyên Quang (Hà Giang) 2023", "Hà Nội 2023"}


def test_ocop_chart_falls_back_to_provinces_when_no_article_gives_stars():
    from kcextract import charts

    unrated = [{"stars": None, "province": "Hà Giang", "province_2025": "Tuyên Quang"}] * 3 + [
        {"stars": None, "province": "Bắc Kạn", "province_2025": "Thái Nguyên"}]
    fig = charts.ocop_figure(unrated)
    assert list(fig.data[0].x) == ["Tuyên Quang (Hà Giang)", "Thái Nguyên (Bắc Kạn)"]
    assert list(fig.data[0].y) == [3, 1] and "province" in fig.layout.title.text
    rated = [{"stars": 3, "province": "Hà Giang", "province_2025": "Tuyên Quang"},
             {"stars": 4, "province": "Hà Giang", "province_2025": "Tuyên Quang"}, {"stars": None}]
    fig = charts.ocop_figure(rated)
    assert set(fig.data[0].x) == {"3 sao", "4 sao", "chưa xếp hạng / no rating"} and "stars" in fig.layout.title.text


def test_serve_is_read_only(datasette_app):
    import sqlite3

    db = datasette_app.get_database("kc")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.connect().execute("DELETE FROM facts")
    r = _get(datasette_app, "/kc.json?sql=DELETE+FROM+facts")
    assert r.status_code == 400
    assert _get(datasette_app, "/kc/facts.json?_shape=array&_size=1").json()  # nothing was deleted


def test_serve_sees_articles_ingested_while_it_runs(seed_db, tmp_path):
    from kcextract import synthetic
    from kcextract.serve import make_datasette, prepare

    path = _copy_db(seed_db.path, tmp_path / "live.db")
    assert prepare(path) == []
    ds = make_datasette(path, allow_sql=True)
    count = "/live.json?sql=select+count(*)+as+n+from+articles&_shape=array"
    assert _get(ds, count).json() == [{"n": 5}]
    a = synthetic.article(7)
    (tmp_path / "new.txt").write_text(a.text, encoding="utf-8")
    db = open_db(path)
    ingest([str(tmp_path / "new.txt")], db)  # the server is not restarted
    db.conn.close()
    assert _get(ds, count).json() == [{"n": 6}]


def test_open_db_replaces_a_stale_view(seed_db, tmp_path):
    path = _copy_db(seed_db.path, tmp_path / "stale.db")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP VIEW facts_flat")
        conn.execute("CREATE VIEW facts_flat AS SELECT 1 AS one")
    db = open_db(path)
    assert db.execute("SELECT COUNT(*) FROM facts_flat").fetchone()[0] == 223


def test_money_range_reads_as_a_range():
    assert fact_value({"type": "money", "value": 200_000_000, "upper": 300_000_000, "currency": "VND"}) == \
        "200 triệu đồng – 300 triệu đồng"
    assert fact_value({"type": "money", "value": 2_300_000_000, "currency": "USD"}) == "2.300.000.000 USD"


def test_serve_writes_money_exactly_in_tables_and_canned_queries(datasette_app):
    table = _get(datasette_app, "/kc/funding_by_province_year").text
    assert "2.634,6 triệu đồng (2.634.600.000 đ)" in table
    canned = _get(datasette_app, "/kc/national_vs_local").text
    assert "11,04 tỷ đồng (11.040.000.000 đ)" in canned


def test_a_facts_sentence_link_marks_the_fact_in_its_sentence(datasette_app):
    html = _get(datasette_app, "/kc/facts?type=money&province=H%C3%A0+T%C4%A9nh").text
    links = re.findall(r'href="(/-/kcextract/fact/[^"]+)"', html)
    assert links
    page = _get(datasette_app, links[0]).text
    assert re.search(r"<mark class=\"kc-fact\">[^<]*(tỷ|triệu) đồng</mark>", page)


def test_the_report_caps_its_facts_table_and_says_where_the_rest_is(seed_db, monkeypatch):
    from kcextract import report

    monkeypatch.setattr(report, "MAX_FACT_ROWS", 10)
    html = report.render(seed_db.db.conn)
    assert re.search(r"The first 10 of \d+ facts", html)
    facts_section = html.split("The facts (10)")[1]
    assert facts_section.count("<tr><td>") == 10


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_exports_stream_in_chunks_and_the_chunks_join_up(seed_db, monkeypatch, fmt):
    """Exports are written chunk by chunk (memory flat with archive size); with 7-row chunks the file must
    hold exactly the rows a single read gives, in order, with nothing doubled or lost at a boundary."""
    import csv as _csv
    import io

    from kcextract import export as ex

    conn = seed_db.db.conn
    columns, rows = ex.fetch(conn, "facts")
    monkeypatch.setattr(ex, "CHUNK", 7)
    buf = io.BytesIO()
    assert ex.export(conn, "facts", fmt, buf) == len(rows) == 223
    names = [c.name for c in columns]
    if fmt == "csv":
        got = list(_csv.reader(io.StringIO(buf.getvalue().decode("utf-8"))))
        assert got[0] == names and len(got) == len(rows) + 1
        assert [r[names.index("fact_id")] for r in got[1:]] == [r[names.index("fact_id")] for r in rows]
    elif fmt == "json":
        doc = json.loads(buf.getvalue())
        assert doc["schema_version"] == ex.EXPORT_SCHEMA_VERSION
        assert doc["rows"] == [dict(zip(names, r)) for r in rows]
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(buf.getvalue()))
        assert table.column("fact_id").to_pylist() == [r[names.index("fact_id")] for r in rows]

