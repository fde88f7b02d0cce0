"""Identity of articles and of the extractor, without loading the pipeline.

Kept apart from ``pipeline`` so that deciding what to skip (a re-run over an unchanged corpus) never
imports spaCy or underthesea.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

from . import data
from .normalise import normalise

CODE_VERSION = "0.1.0"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Hash of the code version and every rule and gazetteer file: changes when output may change."""
    h = hashlib.sha1(CODE_VERSION.encode())
    for path in data.version_files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return f"{CODE_VERSION}+{h.hexdigest()[:10]}"


def article_id(text: str) -> str:
    """Content id of an article: a hash of its normalised text."""
    return content_id(normalise(text))


def content_id(normalised: str) -> str:
    """``article_id`` of a text that is already normalised (an ``Article.text``), without normalising again."""
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]
