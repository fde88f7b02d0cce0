"""Identity of articles and of the extractor, without loading the pipeline.

Kept apart from ``pipeline`` so that deciding what to skip (a re-run over an unchanged corpus) never
imports spaCy or underthesea.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from . import data
from .normalise import normalise

CODE_VERSION = "0.1.0"

# The modules whose code decides what an article yields: the pipeline and everything it loads to analyse one
# (tests/test_ingest.py holds this list to what running the pipeline imports). A change to any of them is a new
# extractor, as a change to a rule file is; the CLI, the store and the readers are not.
EXTRACTION_MODULES = ("crfsuite", "data", "facts", "normalise", "numbers", "pipeline", "postag", "relate", "segment",
                      "subject", "wordseg")


def code_files() -> list[Path]:
    """The source files of the extraction code: ``EXTRACTION_MODULES`` and every matcher in ``match/`` (those that
    are there: an install that ships compiled modules only hashes the rest and its rule files)."""
    package = Path(__file__).resolve().parent
    files = [package / f"{name}.py" for name in EXTRACTION_MODULES] + list((package / "match").glob("*.py"))
    return sorted(p for p in files if p.is_file())


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Hash of the code version, the extraction code and every rule and gazetteer file: changes when output may
    change, so that a re-run extracts again what an upgrade would read differently (``ingest`` skips an article
    only when its stored version is this one; ``reprocess`` redoes the others)."""
    h = hashlib.sha1(CODE_VERSION.encode())
    for path in [*code_files(), *data.version_files()]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return f"{CODE_VERSION}+{h.hexdigest()[:10]}"


def article_id(text: str) -> str:
    """Content id of an article: a hash of its normalised text."""
    return content_id(normalise(text))


def content_id(normalised: str) -> str:
    """``article_id`` of a text that is already normalised (an ``Article.text``), without normalising again."""
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]
