"""Shared fixtures: the five seed articles (analysed once per session), a seed database, a CLI runner.

Everything here reads the project's own data (corpus/, rules/, gazetteers/), never ../shared.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kcextract
from kcextract.facts import Article
from kcextract.store import IngestReport, ingest, open_db

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The seed articles corpus/*.txt, in name order."""
    paths = sorted(CORPUS.glob("*.txt"))
    assert len(paths) == 5, f"expected the 5 seed articles in {CORPUS}, found {[p.name for p in paths]}"
    return paths


@pytest.fixture(scope="session")
def seed_articles(seed_paths: list[Path]) -> dict[str, Article]:
    """doc id -> the extraction of that seed article (built once per session)."""
    return {p.stem: kcextract.analyse(p.read_text(encoding="utf-8"), p.stem) for p in seed_paths}


@dataclass
class SeedDB:
    path: Path
    db: object  # sqlite_utils.Database
    report: IngestReport


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> SeedDB:
    """A database built once per session by ``open_db`` + ``ingest`` of corpus/. Do not write to it."""
    path = tmp_path_factory.mktemp("seed-db") / "seed.db"
    db = open_db(path)
    report = ingest([str(CORPUS)], db)
    return SeedDB(path, db, report)


def _runner() -> CliRunner:
    # click < 8.2 mixes stderr into stdout unless told not to; 8.2+ keeps them apart and has no mix_stderr.
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Run ``kcextract ARGS...`` in-process; ``result.stdout`` and ``result.stderr`` are kept apart.

    An exception other than the command's own exit (a traceback) fails the test at once, so a test that
    expects exit status 1 cannot pass on a crash.
    """
    from kcextract.cli import main

    def run(*args: str, input: str | bytes | None = None) -> Result:
        result = _runner().invoke(main, [str(a) for a in args], input=input)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(
                f"kcextract {' '.join(map(str, args))} crashed: {result.exception!r}\nstderr: {result.stderr}"
            ) from result.exception
        return result

    return run
