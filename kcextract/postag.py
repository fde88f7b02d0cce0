"""Part-of-speech tags from underthesea's bundled CRF tagger, for the few words a rule needs to judge.

Tagging every sentence would cost as much again as segmenting it; the product heads ask only whether the
word after a head (``nấm gây``, ``hạt lấp lánh``, ``bún ở``) can name a kind of product, so only a few words
around that word are tagged, when such a question comes up, over the words underthesea already segmented.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _tagger() -> Callable[[list[str]], list[str]]:
    # underthesea's own CRF POS model (VLSP 2013 tag set: N noun, V verb, A adjective, E preposition,
    # C/Cc conjunction, R adverb, T particle, P pronoun, L determiner, M numeral, Np proper noun...).
    # It ships inside the wheel and runs offline. Its predictor takes our words as they are; should a later
    # underthesea drop that module, the public ``pos_tag`` (which segments again) is used where it gives as
    # many words back, and otherwise every word is read as a noun, which makes no rule reject anything.
    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    except ImportError:
        from underthesea import pos_tag

        def public(words: list[str]) -> list[str]:
            tagged = pos_tag(" ".join(words))
            return [t for _, t in tagged] if len(tagged) == len(words) else ["N"] * len(words)

        return public
    predictor = CRFPOSTagPredictor.Instance()
    return lambda words: [tag for _, tag in predictor.predict(list(words))]


def tag_words(words: list[str]) -> list[str]:
    """The tag of each word of a run of words (a sentence or part of one), as underthesea's tagger gives it."""
    if not words:
        return []
    return _tagger()(words)
