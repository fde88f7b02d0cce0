"""The on-demand POS tags the product rules ask for (kcextract/postag.py)."""
from __future__ import annotations

import builtins

from kcextract import postag


def test_the_bundled_tagger_reads_a_preposition_and_a_noun_after_a_head():
    assert postag.tag_words(["ăn", "bún", "ở", "quán"])[2] == "E"
    assert postag.tag_words(["làm", "bánh", "dừa", "bán"])[2] in ("N", "Nc")


def test_without_the_predictor_module_the_public_tagger_stands_in(monkeypatch):
    real_import = builtins.__import__

    def no_predictor(name, *args, **kwargs):
        if name.endswith("pos_tag.model_crf"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_predictor)
    postag._tagger.cache_clear()
    try:
        tags = postag.tag_words(["ăn", "bún", "ở", "quán"])
        assert len(tags) == 4 and tags[2] in ("E", "N")
    finally:
        monkeypatch.undo()
        postag._tagger.cache_clear()
