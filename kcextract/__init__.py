"""kcextract: facts about Vietnam's khuyến công programmes, extracted from press articles."""
from __future__ import annotations

from typing import Any

from .facts import Article, Fact, FundingRecord
from .version import extractor_version

__all__ = ["Article", "Fact", "FundingRecord", "analyse", "extract", "extractor_version"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The pipeline (spaCy, underthesea) loads on first use: commands that only read the database or
    # skip unchanged articles start in a fraction of the time.
    if name in ("analyse", "extract"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kcextract' has no attribute {name!r}")
