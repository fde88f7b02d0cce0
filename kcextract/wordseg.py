"""underthesea's word segmentation, with the CRF features built in Python and cached.

``word_tokenize`` spends most of its time in ``CRFFeaturizer.process``: for every token it builds 43
feature strings ("T[-1].lower=xin", "T[0,1].is_in_dict=False", ...) in Rust, and hands them to Python as
new objects, which the tagger then converts back. The strings of a word depend only on that word (or on
that pair or triple of words), and news text repeats its words, so we build each string once and reuse
it; reused ``str`` objects also keep the UTF-8 copy the tagger reads. Same model, same features, same
tags: ``segment_words(s)`` equals ``word_tokenize(s, use_token_normalize=False)`` (checked on the bulk
corpus; sentences with characters outside Latin script go through underthesea's own featurizer).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from os.path import dirname, join

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[.*?\])?(?:\.(\w+))?$")
_I32 = re.compile(r"[+-]?[0-9]+\Z")
# Characters whose case mapping Python and Rust share for certain: ASCII, Latin-1 to Latin Extended-B,
# Vietnamese (Latin Extended Additional), general punctuation and currency signs.
_SAFE = re.compile(r"[\x00-\u024f\u1e00-\u1eff\u2000-\u20cf]*\Z")
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Template:
    """One feature template: ``T[o1]`` or ``T[o1,o2]`` with an optional function."""

    syntax: str
    first: int
    last: int | None
    function: str | None


def _is_i32(text: str) -> bool:
    # underthesea_core tests "isdigit" by parsing the text as a 32-bit signed integer.
    return bool(_I32.match(text)) and -(2 ** 31) <= int(text) < 2 ** 31


def _is_title(text: str) -> bool:
    # ... and "istitle" as: every space-separated part starts with a character upper-casing leaves alone.
    return all(part[:1] == part[:1].upper() for part in text.split(" "))


class Featurizer:
    """CRF features exactly as ``underthesea_core.CRFFeaturizer`` makes them, cached per word n-gram."""

    def __init__(self, templates: list[str], dictionary: set[str]) -> None:
        self.dictionary = dictionary
        self.templates = [self._parse(t) for t in templates]
        self._cache: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._sizes = sorted({1 if t.last is None else t.last - t.first + 1 for t in self.templates})
        self._bos = [f"{t.syntax}=BOS" for t in self.templates]
        self._eos = [f"{t.syntax}=EOS" for t in self.templates]

    def clear_cache(self) -> None:
        self._cache.clear()

    @staticmethod
    def _parse(syntax: str) -> Template:
        m = _TEMPLATE.match(syntax)
        if not m:
            raise ValueError(f"unknown CRF feature template {syntax!r}")
        return Template(syntax, int(m.group(1)), int(m.group(2)) if m.group(2) else None, m.group(3))

    def _value(self, text: str, function: str | None) -> str:
        if function is None:
            return text
        if function == "lower":
            return text.lower()
        if function == "isdigit":
            return str(_is_i32(text))
        if function == "istitle":
            return str(_is_title(text))
        if function == "is_in_dict":
            return str(text.lower() in self.dictionary)
        return text

    def _strings(self, gram: tuple[str, ...]) -> tuple[str, ...]:
        """Feature strings of an n-gram for every template, in template order (None where n differs)."""
        found = self._cache.get(gram)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            text = " ".join(gram)
            found = tuple(
                f"{t.syntax}={self._value(text, t.function)}"
                if (1 if t.last is None else t.last - t.first + 1) == len(gram) else None
                for t in self.templates
            )
            self._cache[gram] = found
        return found

    def features(self, tokens: list[str]) -> list[list[str]]:
        """Feature strings of every token of one sentence, built a template (a column) at a time."""
        n = len(tokens)
        grams = {size: [self._strings(tuple(tokens[a:a + size])) for a in range(n - size + 1)]
                 for size in self._sizes}
        columns = []
        for j, t in enumerate(self.templates):
            last = t.first if t.last is None else t.last
            lo, hi = max(0, -t.first), n - 1 - last  # positions whose n-gram lies inside the sentence
            bos = min(n, lo)
            values = list(map(itemgetter(j), grams[last - t.first + 1][lo + t.first:hi + t.first + 1])) \
                if hi >= lo else []
            columns.append([self._bos[j]] * bos + values + [self._eos[j]] * (n - bos - len(values)))
        return [list(row) for row in zip(*columns)]


class WordSegmenter:
    """underthesea's regex tokenizer and CRF word segmentation model, with our featurizer in front."""

    def __init__(self) -> None:
        from underthesea import word_tokenize
        from underthesea.pipeline import word_tokenize as wt_module

        word_tokenize("khởi động")  # loads the CRF model
        model = wt_module.word_tokenize_model
        import joblib

        folder = join(dirname(wt_module.__file__), "models", "ws_crf_vlsp2013_20230727")
        self._module = wt_module
        self._reference = model.featurizer
        self._tagger = model.estimator
        self._featurizer = Featurizer(joblib.load(join(folder, model.path_features)),
                                      joblib.load(join(folder, model.path_dictionary)))

    def clear_cache(self) -> None:
        """Forget the memoised feature strings (benchmarks, long-running processes)."""
        self._featurizer.clear_cache()

    def tokens(self, sentence: str) -> list[str]:
        """underthesea's syllable tokens (character normalisation on, token normalisation off)."""
        from underthesea.pipeline.word_tokenize import regex_tokenize as rt

        text = rt.normalize_characters_in_text(sentence)
        return [m.group() for m in rt.patterns.finditer(text)]

    def features(self, tokens: list[str]) -> list[list[str]]:
        if all(_SAFE.match(t) for t in tokens):
            return self._featurizer.features(tokens)
        return self._reference.process([[[t] for t in tokens]])[0]

    def __call__(self, sentence: str) -> list[str]:
        """Words of ``sentence``, as ``word_tokenize(sentence, use_token_normalize=False)`` gives them."""
        tokens = self.tokens(sentence)
        if not tokens:
            return []
        words: list[str] = []
        for tag, token in zip(self._tagger.tag(self.features(tokens)), tokens):
            if tag == "I-W" and words:
                words[-1] = f"{words[-1]} {token}"
            else:
                words.append(token)
        return words


@lru_cache(maxsize=1)
def segmenter() -> WordSegmenter:
    """The process's word segmenter (loads underthesea's model once)."""
    return WordSegmenter()
