"""The package installs like one (issue 15): a wheel built from the repository carries the rules and
gazetteers, and an installed (non-editable) kcextract extracts and ingests from outside the checkout."""
from __future__ import annotations

import json

import pytest
import site
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "003_85b55b1df421f973.txt"


def test_an_installed_wheel_extracts_and_ingests_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(wheels), str(ROOT)], check=True, capture_output=True, timeout=600)
    wheel = next(wheels.glob("kcextract-*.whl"))
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in ("kcextract/web/metadata.yaml", "kcextract/web/kcextract.css", "kcextract/web/kcextract.js",
                  "kcextract/web/templates/kcextract_page.html"):
        assert asset in names, f"{asset} is not in the wheel: serve would fail from an installed package"
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    target = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                 check=True, capture_output=True, text=True).stdout.strip())
    # the dependencies come from this test's environment (no download); kcextract itself only from the wheel
    (target / "deps.pth").write_text("\n".join(p for p in site.getsitepackages()) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run([str(py), "-c", "import kcextract; print(kcextract.__file__)"], cwd=work,
                           capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(target)), where
    out = subprocess.run([str(py), "-m", "kcextract.cli", "extract", str(SEED), "--format", "records"], cwd=work,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    amounts = {json.loads(line)["amount_vnd"] for line in out.stdout.splitlines()}
    assert 23290000000 in amounts
    ing = subprocess.run([str(py), "-m", "kcextract.cli", "ingest", str(ROOT / "corpus"), "--db", "k.db", "--jobs",
                          "1"], cwd=work, capture_output=True, text=True, timeout=600)
    assert ing.returncode == 0 and "stored 5 articles" in ing.stdout, ing.stderr


_BLOCK = ("import sys\n"
          "for m in ('datasette', 'yaml', 'plotly', 'pyarrow', 'dask', 'distributed', 'selenium'):\n"
          "    sys.modules[m] = None  # as if installed without extras\n"
          "sys.argv = ['kcextract'] + sys.argv[1:]\n"
          "from kcextract.cli import main\n"
          "main()\n")


def _without_extras(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _BLOCK, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_the_core_extracts_ingests_and_queries_without_any_extra(tmp_path):
    assert _without_extras("extract", str(SEED), "--format", "records", cwd=tmp_path).returncode == 0
    ing = _without_extras("ingest", str(ROOT / "corpus"), "-d", "c.db", "--jobs", "1", cwd=tmp_path)
    assert ing.returncode == 0 and "stored 5 articles" in ing.stdout, ing.stderr
    for args in (["summary", "-d", "c.db", "--json"], ["query", "-d", "c.db", "--csv"],
                 ["export", "-d", "c.db", "--format", "csv"]):
        run = _without_extras(*args, cwd=tmp_path)
        assert run.returncode == 0, (args, run.stderr)


@pytest.mark.parametrize("args, extra", [
    (["serve", "-d", "c.db"], "web"), (["report", "-d", "c.db"], "web"),
    (["export", "-d", "c.db", "--format", "parquet", "--out", "x.parquet"], "parquet"),
    (["ingest", "corpus", "-d", "c.db", "--engine", "dask"], "dask"),
])
def test_a_missing_extra_is_named_in_one_line(tmp_path, args, extra):
    run = _without_extras(*args, cwd=tmp_path)
    assert run.returncode == 1 and f"kcextract[{extra}]" in run.stderr and "Traceback" not in run.stderr


def test_no_module_binds_one_top_level_name_twice():
    # a second pattern given a name already in use silently replaced the first for every caller (the fifty-second
    # round's '_SOURCE_NAMED' took the source-line reader's pattern and lost a subject)
    import ast
    root = Path(__file__).resolve().parents[1] / "kcextract"
    twice = []
    for path in sorted(root.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            for name in names:
                if name in seen and not name.startswith("__"):
                    twice.append(f"{path.name}: {name}")
                seen.add(name)
    assert twice == []
