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
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from os.path import dirname, join

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[.*?\])?(?:\.(\w+))?$")
_I32 = re.compile(r"[+-]?[0-9]+\Z")
# Characters whose case mapping Python and Rust share for certain: ASCII, Latin-1 to Latin Extended-B,
# Vietnamese (Latin Extended Additional), general punctuation and currency signs.
_SAFE = re.compile(r"[\x00-\u024f\u1e00-\u1eff\u2000-\u20cf]*\Z")
# Entries per n-gram size before a cache starts afresh. Larger caches gain no speed (measured) and cost
# memory; these fill within the first few hundred articles, so memory stops growing early in a run.
_CACHE_LIMIT = {1: 15_000, 2: 50_000, 3: 50_000}
_PAD = 2  # the templates look at most two tokens either side


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


class _GramCache(dict):
    """Feature strings of one n-gram size, keyed by the n-gram's text (the features depend on nothing else)."""

    def __init__(self, templates: list[Template], value: Callable[[str, str | None], str], limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.parts = [(f"{t.syntax}=", t.function) for t in templates]
        self.functions = list(dict.fromkeys(t.function for t in templates))
        self.value = value

    def __missing__(self, text: str) -> tuple[str, ...]:
        if len(self) >= self.limit:
            self.clear()
        # Each function once per n-gram (a function serves up to five templates of one size).
        values = {function: self.value(text, function) for function in self.functions}
        found = self[text] = tuple([prefix + values[function] for prefix, function in self.parts])
        return found


class Featurizer:
    """CRF features exactly as ``underthesea_core.CRFFeaturizer`` makes them, cached per word n-gram.

    A sentence's rows are put together from per-size tuples with ``zip`` (C loops), not per template
    and token in Python: that row building, not the feature strings, was the featurizer's cost.
    """

    def __init__(self, templates: list[str], dictionary: set[str]) -> None:
        self.dictionary = dictionary
        self.templates = [self._parse(t) for t in templates]
        sizes = sorted({self._size(t) for t in self.templates})
        if not set(sizes) <= {1, 2, 3} or any(t.first < -_PAD or t.first + self._size(t) - 1 > _PAD
                                               for t in self.templates):
            raise ValueError("CRF feature templates reach further than two tokens or span more than three")
        groups = {size: [t for t in self.templates if self._size(t) == size] for size in sizes}
        self._caches = {size: _GramCache(group, self._value, _CACHE_LIMIT[size]) for size, group in groups.items()}
        self._bos = {size: tuple(f"{t.syntax}=BOS" for t in group) for size, group in groups.items()}
        self._eos = {size: tuple(f"{t.syntax}=EOS" for t in group) for size, group in groups.items()}
        # For each template in order: its size, its index within that size's tuple, its first offset.
        self._plan = [(self._size(t), groups[self._size(t)].index(t), t.first) for t in self.templates]

    @staticmethod
    def _size(t: Template) -> int:
        return 1 if t.last is None else t.last - t.first + 1

    def clear_cache(self) -> None:
        for cache in self._caches.values():
            cache.clear()

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

    def _columns(self, tokens: list[str], size: int) -> list[tuple[str, ...]]:
        """Per template of ``size``: its value for the n-gram starting at each of -2 .. n+1.

        Starts before the sentence give BOS, n-grams running past its end EOS (BOS wins, as in
        underthesea when both hold).
        """
        n = len(tokens)
        cache = self._caches[size]
        if size == 1:
            inside = [cache[t] for t in tokens]
        elif size == 2:
            inside = [cache[f"{a} {b}"] for a, b in zip(tokens, tokens[1:])]
        else:
            inside = [cache[f"{a} {b} {c}"] for a, b, c in zip(tokens, tokens[1:], tokens[2:])]
        rows = [self._bos[size]] * _PAD + inside + [self._eos[size]] * (n + _PAD - len(inside))
        return list(zip(*rows))

    def features(self, tokens: list[str]) -> list[tuple[str, ...]]:
        """Feature strings of every token of one sentence (one tuple per token, in template order)."""
        n = len(tokens)
        columns = {size: self._columns(tokens, size) for size in self._caches}
        return list(zip(*[columns[size][k][first + _PAD:first + _PAD + n] for size, k, first in self._plan]))


_LONG_RUN = re.compile(r"\S{200,}")


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
        if not _LONG_RUN.search(text):
            return [m.group() for m in rt.patterns.finditer(text)]
        # underthesea's tokenizer regex backtracks quadratically on a long run without spaces ('1.1.1.…'):
        # such a run is one token, and only the text between runs goes through the regex
        out: list[str] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            out += [t.group() for t in rt.patterns.finditer(text[pos:m.start()])]
            out.append(m.group())
            pos = m.end()
        out += [t.group() for t in rt.patterns.finditer(text[pos:])]
        return out

    def features(self, tokens: list[str]) -> list[list[str]] | list[tuple[str, ...]]:
        if all(_SAFE.match(t) for t in tokens):
            return self._featurizer.features(tokens)
        return self._reference.process([[[t] for t in tokens]])[0]

    def __call__(self, sentence: str) -> list[str]:
        """Words of ``sentence``, as ``word_tokenize(sentence, use_token_normalize=False)`` gives them."""
        tokens = self.tokens(sentence)
        if not tokens:
            return []
        parts: list[list[str]] = []  # syllables per word, joined once at the end: linear on any input
        for tag, token in zip(self._tagger.tag(self.features(tokens)), tokens):
            if tag == "I-W" and parts:
                parts[-1].append(token)
            else:
                parts.append([token])
        return [" ".join(p) for p in parts]


@lru_cache(maxsize=1)
def segmenter() -> WordSegmenter:
    """The process's word segmenter (loads underthesea's model once)."""
    return WordSegmenter()
