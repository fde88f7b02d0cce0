"""kcextract: facts about Vietnam's khuyến công programmes, extracted from press articles."""
from __future__ import annotations

import sys
from typing import Any


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy at start-up (150 ms, half a no-op re-run) only to map numpy scalar types to
    column types; kcextract never stores numpy values, so it is imported with numpy hidden. numpy stays
    importable for everything else (datasketch, pyarrow)."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes 'import numpy' raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    except ImportError:
        pass
    finally:
        del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()

from .facts import Article, Fact, FundingRecord  # noqa: E402
from .version import extractor_version  # noqa: E402

__all__ = ["Article", "Fact", "FundingRecord", "analyse", "extract", "extractor_version"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The pipeline (spaCy, underthesea) loads on first use: commands that only read the database or
    # skip unchanged articles start in a fraction of the time.
    if name in ("analyse", "extract"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kcextract' has no attribute {name!r}")
