"""kcextract: facts about Vietnam's khuyến công programmes, extracted from press articles."""
from __future__ import annotations

from .facts import Article, Fact, FundingRecord
from .pipeline import analyse, extract, extractor_version

__all__ = ["Article", "Fact", "FundingRecord", "analyse", "extract", "extractor_version"]
__version__ = "0.1.0"
