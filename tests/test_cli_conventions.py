"""CLI conventions of sqlite-utils and Datasette (issue 15), the generated CLI reference, and the docs' commands."""
from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kcextract.clidoc import cli_reference

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["extract", "ingest", "reprocess", "eval", "query", "summary", "conflicts", "provinces", "export", "report",
            "serve"]


def test_the_cli_reference_in_docs_is_current():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference(), \
        "docs/cli.md is stale: python -m kcextract.clidoc > docs/cli.md"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(run_cli, command):
    out = run_cli(command, "--help").stdout
    assert "Examples:" in out and f"kcextract {command}" in out


@pytest.mark.parametrize("command", ["query", "summary", "conflicts", "provinces", "export", "report", "serve"])
def test_short_d_names_the_database(run_cli, command):
    assert "-d, --db" in run_cli(command, "--help").stdout


def test_serve_takes_p_h_and_o(run_cli):
    out = run_cli("serve", "--help").stdout
    assert "-p, --port" in out and "-h, --host" in out and "-o, --open" in out


@pytest.mark.parametrize("command", ["query", "summary", "conflicts", "provinces"])
def test_two_output_formats_at_once_are_a_usage_error(run_cli, seed_db, command):
    result = run_cli(command, "-d", seed_db.path, "--csv", "--json")
    assert result.exit_code == 2 and "exclusive" in result.stderr


def test_nl_prints_one_json_object_per_line_and_json_a_plain_array(run_cli, seed_db):
    lines = run_cli("query", "-d", seed_db.path, "--type", "money", "--nl").stdout.splitlines()
    assert len(lines) > 3 and all(json.loads(line)["type"] == "money" for line in lines)
    arr = json.loads(run_cli("query", "-d", seed_db.path, "--type", "money", "--json").stdout)
    assert isinstance(arr, list) and len(arr) == len(lines)


def test_tsv_has_a_header_and_tabs(run_cli, seed_db):
    out = run_cli("summary", "-d", seed_db.path, "--tsv").stdout.splitlines()
    assert out[0].split("\t")[:5] == ["province", "province_2025", "year", "scope", "status"]


def test_provinces_lists_2025_names_with_the_provinces_merged_into_them(run_cli, seed_db):
    rows = json.loads(run_cli("provinces", "-d", seed_db.path, "--json").stdout)
    tq = [r for r in rows if r["province_2025"] == "Tuyên Quang"]
    assert tq and "Hà Giang" in tq[0]["provinces"] and tq[0]["articles"] >= 2 and tq[0]["funding_records"] > 0


def _doc_commands(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("kcextract ") and not line.startswith(("kcextract serve", "kcextract eval")):
                out.append(line)
    return out


@pytest.mark.parametrize("doc", ["README.md", "docs/journalists-guide.md"])
def test_every_kcextract_command_shown_in_the_docs_runs_on_the_embedded_corpus(tmp_path, doc):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    bin_dir = Path(sys.executable).parent
    env_path = f"{bin_dir}:/usr/bin:/bin"
    first = subprocess.run(["kcextract", "ingest", "corpus/"], cwd=tmp_path, capture_output=True, text=True,
                           env={"PATH": env_path}, timeout=600)
    assert first.returncode == 0, first.stderr
    commands = _doc_commands(ROOT / doc)
    assert commands
    for line in commands:
        if "clippings/" in line or "news.db" in line or "article.txt" in line:
            continue  # names the reader's own files
        run = subprocess.run(line, shell=True, cwd=tmp_path, capture_output=True, text=True,
                             env={"PATH": env_path}, timeout=600)
        assert run.returncode == 0, f"{line}\n{run.stderr}"


def test_query_table_shows_the_first_rows_and_says_how_to_get_all(run_cli, seed_db, monkeypatch):
    from kcextract import cli

    monkeypatch.setattr(cli, "QUERY_ROWS", 3)
    out = run_cli("query", "--db", seed_db.path, "--type", "money").output
    assert "15 facts from" in out and "the first 3 shown" in out and "--csv" in out
    assert out.count("đồng)") == 3  # the table itself holds three facts (each shows its text in brackets)
    every = run_cli("query", "--db", seed_db.path, "--type", "money", "--csv").output
    assert len(every.strip().splitlines()) == 16  # header and all 15 facts
    assert "first 3 shown" not in run_cli("query", "--db", seed_db.path, "--type", "money", "--limit", "5").output
