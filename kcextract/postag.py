"""Part-of-speech tags from underthesea's bundled CRF tagger, for the few words a rule needs to judge.

Tagging every sentence would cost as much again as segmenting it; the product heads ask only whether the
word after a head (``nấm gây``, ``hạt lấp lánh``, ``bún ở``) can name a kind of product, so only a few words
around that word are tagged, when such a question comes up, over the words underthesea already segmented.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _tagger():
    # underthesea's own CRF POS model (VLSP 2013 tag set: N noun, V verb, A adjective, E preposition,
    # C/Cc conjunction, R adverb, T particle, P pronoun, L determiner, M numeral, Np proper noun...).
    # It ships inside the wheel and runs offline; ``underthesea.pos_tag`` would segment the sentence again.
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return CRFPOSTagPredictor.Instance()


def tag_words(words: list[str]) -> list[str]:
    """The tag of each word of a run of words (a sentence or part of one), as underthesea's tagger gives it."""
    if not words:
        return []
    return [tag for _, tag in _tagger().predict(list(words))]
