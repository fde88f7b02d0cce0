"""The ``kcextract`` command: extract (jsonl / table / records / stdin), bad inputs, ingest, eval, help."""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from kcextract.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"
SEEDS = sorted(CORPUS.glob("*.txt"))
SEED000 = CORPUS / "000_512778a395cff797.txt"
SEED003 = CORPUS / "003_85b55b1df421f973.txt"
SEED004 = CORPUS / "004_6b626a8ef7358044.txt"
FACT_BASE = {"doc", "type", "text", "start", "end", "sentence", "value"}
FUNDING_FIELDS = {"doc", "sentence", "scope", "status", "projects", "amount_vnd", "period", "province"}


def _cp1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: base letters precomposed where cp1258 has them, tone marks combining.

    (``"Hòa Bình".encode("cp1258")`` raises: cp1258 has no precomposed 'ò'.)
    """
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for c in text:
        d = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tones))
        out += base.encode("cp1258") + "".join(x for x in d if x in tones).encode("cp1258")
    return out


BAD_INPUTS = {
    # name: (bytes or None for a missing path, word the reason must contain)
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n \t\n", "empty"),
    "binary.txt": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "binary"),
    "vietnamese-cp1258.txt": (_cp1258("Đoàn công tác làm việc tại tỉnh Hòa Bình.\n"), "utf-8"),
    "french-latin1.txt": ("Le café de Paris, à côté de la gare.\n".encode("latin-1"), "utf-8"),
    "missing.txt": (None, "no such file"),
}


def _make_bad(folder: Path, name: str) -> Path:
    data, _ = BAD_INPUTS[name]
    path = folder / name
    if data is not None:
        path.write_bytes(data)
    return path


def _jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# --- extract -------------------------------------------------------------------------------------


def test_extract_jsonl_prints_one_fact_object_per_line_with_the_money_of_000(run_cli):
    result = run_cli("extract", SEED000, "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == ""
    facts = _jsonl(result.stdout)
    assert facts and {f["doc"] for f in facts} == {"000_512778a395cff797"}
    for f in facts:
        assert FACT_BASE <= set(f)
    money = sorted(f["value"] for f in facts if f["type"] == "money")
    assert money == sorted([2634600000, 900000000, 1734600000, 1646600000])
    assert [f["start"] for f in facts] == sorted(f["start"] for f in facts)  # document order


def test_extract_defaults_to_jsonl(run_cli):
    default = run_cli("extract", SEED000)
    explicit = run_cli("extract", SEED000, "--format", "jsonl")
    assert default.exit_code == 0
    assert default.stdout == explicit.stdout


def test_extract_table_shows_the_surface_text(run_cli):
    result = run_cli("extract", SEED000, "--format", "table")
    assert result.exit_code == 0
    assert "2.634,6 triệu đồng" in result.stdout
    assert "2634600000" in result.stdout
    assert "money" in result.stdout


def test_extract_records_prints_funding_records(run_cli):
    result = run_cli("extract", SEED003, "--format", "records")
    assert result.exit_code == 0
    records = _jsonl(result.stdout)
    assert records
    for r in records:
        assert FUNDING_FIELDS <= set(r)
        assert "type" not in r  # records, not facts
    assert {"scope": "national", "projects": 10, "amount_vnd": 11040000000, "period": "2016-2020",
            "province": "Hà Tĩnh"}.items() <= next(r for r in records if r["projects"] == 10).items()


def test_extract_dash_reads_stdin(run_cli):
    result = run_cli("extract", "-", input=SEED003.read_bytes())
    assert result.exit_code == 0
    facts = _jsonl(result.stdout)
    assert {f["doc"] for f in facts} == {"stdin"}
    assert 23290000000 in [f["value"] for f in facts if f["type"] == "money"]
    assert 109 in [f["value"] for f in facts if f["type"] == "project_count"]


def test_extract_empty_stdin_is_reported(run_cli):
    result = run_cli("extract", "-", input=b"")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = _stderr_lines(result)
    assert len(lines) == 1 and "stdin" in lines[0] and "empty" in lines[0].lower()


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_extract_bad_input_alone_gives_one_stderr_line_and_exit_1(run_cli, tmp_path, name):
    path = _make_bad(tmp_path, name)
    result = run_cli("extract", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = _stderr_lines(result)
    assert len(lines) == 1, lines
    assert str(path) in lines[0]
    assert BAD_INPUTS[name][1] in lines[0].lower(), lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEED004, folder / SEED004.name)
    for name, (data, _) in BAD_INPUTS.items():
        if data is not None:
            _make_bad(folder, name)
    return folder


def _check_mixed_stderr(result, folder: Path, missing: Path) -> None:
    lines = _stderr_lines(result)
    bad = [folder / n for n, (d, _) in BAD_INPUTS.items() if d is not None] + [missing]
    assert len(lines) == len(bad), lines
    for path in bad:
        naming = [line for line in lines if str(path) in line]
        assert len(naming) == 1, (path, lines)
        assert BAD_INPUTS[path.name][1] in naming[0].lower(), naming[0]
    assert not [line for line in lines if SEED004.name in line]


def test_extract_mixed_folder_processes_the_good_file_and_names_each_bad_one(run_cli, mixed_folder, tmp_path):
    missing = tmp_path / "missing.txt"
    result = run_cli("extract", mixed_folder, missing)
    assert result.exit_code == 0
    facts = _jsonl(result.stdout)
    assert facts and {f["doc"] for f in facts} == {SEED004.stem}
    assert 21 in [f["value"] for f in facts if f["type"] == "project_count"]
    _check_mixed_stderr(result, mixed_folder, missing)


def test_extract_strict_exits_1_on_any_bad_input_but_still_prints_the_good(run_cli, mixed_folder, tmp_path):
    missing = tmp_path / "missing.txt"
    result = run_cli("extract", "--strict", mixed_folder, missing)
    assert result.exit_code == 1
    assert {f["doc"] for f in _jsonl(result.stdout)} == {SEED004.stem}
    _check_mixed_stderr(result, mixed_folder, missing)


def test_extract_strict_exits_0_when_every_input_is_good(run_cli):
    result = run_cli("extract", "--strict", SEED000, SEED004)
    assert result.exit_code == 0
    assert {f["doc"] for f in _jsonl(result.stdout)} == {SEED000.stem, SEED004.stem}


def test_extract_folder_with_only_bad_files_exits_1(run_cli, tmp_path):
    for name in ("empty.txt", "binary.txt", "french-latin1.txt"):
        _make_bad(tmp_path, name)
    result = run_cli("extract", tmp_path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(_stderr_lines(result)) == 3


# --- ingest --------------------------------------------------------------------------------------


def test_ingest_mixed_folder_stores_the_good_article_and_records_the_bad(run_cli, mixed_folder, tmp_path):
    db_path = tmp_path / "k.db"
    result = run_cli("ingest", mixed_folder, "--db", db_path)
    assert result.exit_code == 0
    conn = sqlite3.connect(db_path)
    try:
        assert [r[0] for r in conn.execute("SELECT doc FROM articles")] == [SEED004.stem]
        assert conn.execute("SELECT count(*) FROM facts WHERE doc = ?", [SEED004.stem]).fetchone()[0] > 0
        errors = {Path(s).name: reason for s, reason in conn.execute("SELECT source, reason FROM errors")}
    finally:
        conn.close()
    bad = {n for n, (d, _) in BAD_INPUTS.items() if d is not None}
    assert set(errors) == bad
    for name, reason in errors.items():
        assert BAD_INPUTS[name][1] in reason.lower(), (name, reason)
    for name in bad:
        assert len([line for line in _stderr_lines(result) if name in line]) == 1
    assert "stored 1" in result.stdout


def test_ingest_strict_exits_1_when_an_input_is_bad(run_cli, mixed_folder, tmp_path):
    result = run_cli("ingest", "--strict", mixed_folder, "--db", tmp_path / "k.db")
    assert result.exit_code == 1


def test_ingest_with_nothing_to_store_exits_1(run_cli, tmp_path):
    bad = _make_bad(tmp_path, "empty.txt")
    result = run_cli("ingest", bad, "--db", tmp_path / "k.db")
    assert result.exit_code == 1


def test_ingest_into_a_foreign_database_fails_cleanly(run_cli, tmp_path):
    db_path = tmp_path / "other.db"
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    result = run_cli("ingest", SEED004, "--db", db_path)
    assert result.exit_code != 0
    assert "not a kcextract database" in result.stderr


# --- eval ----------------------------------------------------------------------------------------

ROW = r"\s+\d+\s+\d+\s+\d+\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s*$"


def test_eval_prints_a_table_with_a_money_row(run_cli):
    result = run_cli("eval", "--gold", GOLD, *SEEDS)
    assert result.exit_code == 0
    assert result.stderr == ""
    for t in ("money", "project_count", "quantity", "province", "product", "period", "ocop", "funding"):
        assert re.search(rf"^{t}{ROW}", result.stdout, re.M), t
    assert "5 articles scored" in result.stdout


def test_eval_json_scores_every_seed(run_cli):
    result = run_cli("eval", "--json", "--gold", GOLD, *SEEDS)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert sorted(report["scored"]) == [p.stem for p in SEEDS]
    assert report["unscored"] == []
    assert report["types"]["money"]["tp"] > 0


@pytest.fixture
def broken_gold(tmp_path) -> tuple[Path, Path, Path, str]:
    """Gold folder: four good gold files, one invalid JSON file, one file with money value '1,2'."""
    gold = tmp_path / "gold"
    gold.mkdir()
    wrong_doc = "001_d504f5476707a7c9"
    for p in sorted(GOLD.glob("*.json")):
        if p.stem != wrong_doc:
            shutil.copy(p, gold / p.name)
    invalid = gold / "broken.json"
    invalid.write_text('{"doc": "999_broken", "facts": [', encoding="utf-8")
    obj = json.loads((GOLD / f"{wrong_doc}.json").read_text(encoding="utf-8"))
    i = next(i for i, f in enumerate(obj["facts"]) if f["type"] == "money")
    obj["facts"][i]["value"] = "1,2"
    wrong = gold / f"{wrong_doc}.json"
    wrong.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return gold, invalid, wrong, f"facts[{i}].value"


def test_eval_reports_each_broken_gold_file_and_scores_the_others(run_cli, broken_gold):
    gold, invalid, wrong, field = broken_gold
    result = run_cli("eval", "--gold", gold, *SEEDS)
    assert result.exit_code == 0
    lines = _stderr_lines(result)
    about_invalid = [line for line in lines if invalid.name in line]
    about_wrong = [line for line in lines if wrong.name in line]
    assert len(about_invalid) == 1 and "json" in about_invalid[0].lower(), lines
    assert len(about_wrong) == 1 and field in about_wrong[0] and "1,2" in about_wrong[0], lines
    assert len(lines) == 2, lines
    assert "4 articles scored" in result.stdout
    assert re.search(rf"^money{ROW}", result.stdout, re.M)

    as_json = json.loads(run_cli("eval", "--json", "--gold", gold, *SEEDS).stdout)
    assert sorted(as_json["scored"]) == sorted(p.stem for p in SEEDS if p.stem != wrong.stem)
    assert as_json["unscored"] == [wrong.stem]


def test_eval_reports_an_article_without_gold_as_unscored(run_cli, tmp_path):
    extra = tmp_path / "999_no_gold.txt"
    shutil.copy(CORPUS / "002_0cf7259ce2563186.txt", extra)
    result = run_cli("eval", "--gold", GOLD, SEED000, extra)
    assert result.exit_code == 0
    assert "1 articles scored" in result.stdout
    assert re.search(r"unscored.*999_no_gold", result.stdout)
    report = json.loads(run_cli("eval", "--json", "--gold", GOLD, SEED000, extra).stdout)
    assert report["scored"] == [SEED000.stem]
    assert report["unscored"] == ["999_no_gold"]


def test_eval_with_nothing_scored_exits_1(run_cli, tmp_path):
    extra = tmp_path / "999_no_gold.txt"
    shutil.copy(SEED000, extra)
    result = run_cli("eval", "--gold", GOLD, extra)
    assert result.exit_code == 1


def test_eval_with_a_missing_gold_folder_fails_cleanly(run_cli, tmp_path):
    result = run_cli("eval", "--gold", tmp_path / "nowhere", SEED000)
    assert result.exit_code != 0
    assert "nowhere" in result.stderr


# --- help ----------------------------------------------------------------------------------------

COMMANDS = sorted(main.commands)


def test_the_cli_has_the_three_commands():
    assert {"extract", "ingest", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_text(run_cli, name):
    command = main.commands[name]
    help_text = (command.help or command.short_help or "").strip()
    assert help_text, f"'kcextract {name}' has no help text"
    result = run_cli(name, "--help")
    assert result.exit_code == 0
    assert help_text.splitlines()[0].strip() in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help_text(name):
    for param in main.commands[name].params:
        if param.param_type_name == "option":
            assert (param.help or "").strip(), f"'kcextract {name} {param.opts[0]}' has no help text"


def test_main_help_lists_every_command(run_cli):
    result = run_cli("--help")
    assert result.exit_code == 0
    assert (main.help or "").strip()
    for name in COMMANDS:
        assert re.search(rf"^\s+{re.escape(name)}\s+\S", result.stdout, re.M), name
