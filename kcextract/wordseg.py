"""underthesea's word segmentation, scored from the model's weights instead of feature strings.

``word_tokenize`` spends most of its time building, for every token, 43 feature strings
("T[-1].lower=xin", "T[0,1].is_in_dict=False", ...) in Rust, handing them to Python and back to the
tagger, which looks each one up in the model. A feature depends only on one word n-gram, and news
text repeats its n-grams; so we read the model's weights once (``crfsuite``), keep per n-gram the
summed weights of its features, add them up per token and run Viterbi over the two labels ourselves.
Same model, same features, same tags: ``segment_words(s)`` equals
``word_tokenize(s, use_token_normalize=False)`` (none of 55,795 sentences of 2,500 bulk articles
differs, nor any of 243,713 sentences of 9,000 others with the two-score form of the same sums).
Near ties, which another summation order could flip, and sentences with characters outside Latin
script go through underthesea's own featurizer and tagger, loaded only then.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import product
from operator import add
from os.path import dirname, join


from .crfsuite import CrfWeights, ModelFormatError, read_crfsuite

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


def _changed_by_upper() -> str:
    chars = [chr(c) for r in (range(0x250), range(0x1E00, 0x1F00), range(0x2000, 0x20D0)) for c in r]
    return "".join(re.escape(c) for c in chars if c.upper() != c)


# A space-separated part starting with a character that upper-casing changes (within _SAFE text).
_UNTITLED_PART = re.compile(f"(?:^| )[{_changed_by_upper()}]")


def _is_title(text: str) -> bool:
    # ... and "istitle" as: every space-separated part starts with a character upper-casing leaves
    # alone (a regex over the characters of _SAFE text; the same as testing each part).
    return not _UNTITLED_PART.search(text)


class _GramCache(dict):
    """Feature strings of one n-gram size, keyed by the n-gram's text (the features depend on nothing else)."""

    def __init__(self, templates: list[Template], value: Callable[[str, str | None], str], limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.parts = [(f"{t.syntax}=", t.function) for t in templates]
        self.functions = list(dict.fromkeys(t.function for t in templates))
        self.value = value

    def __missing__(self, key: str | tuple[str, ...]) -> tuple[str, ...]:
        if len(self) >= self.limit:
            self.clear()
        text = key if isinstance(key, str) else " ".join(key)
        # Each function once per n-gram (a function serves up to five templates of one size).
        values = {function: self.value(text, function) for function in self.functions}
        found = self[key] = tuple([prefix + values[function] for prefix, function in self.parts])
        return found


class Featurizer:
    """CRF features exactly as ``underthesea_core.CRFFeaturizer`` makes them, cached per word n-gram.

    A sentence's rows are put together from per-size tuples with ``zip`` (C loops), not per template
    and token in Python: that row building, not the feature strings, was the featurizer's cost.
    """

    def __init__(self, templates: list[str], dictionary: set[str]) -> None:
        self.dictionary = dictionary
        self._functions: dict[str | None, Callable[[str], str]] = {
            "lower": str.lower,
            "isdigit": lambda text: "True" if _is_i32(text) else "False",
            "istitle": lambda text: "True" if _is_title(text) else "False",
            "is_in_dict": lambda text: "True" if text.lower() in dictionary else "False",
        }
        self.templates = [self._parse(t) for t in templates]
        sizes = sorted({self._size(t) for t in self.templates})
        if not set(sizes) <= {1, 2, 3} or any(t.first < -_PAD or t.first + self._size(t) - 1 > _PAD
                                               for t in self.templates):
            raise ValueError("CRF feature templates reach further than two tokens or span more than three")
        groups = {size: [t for t in self.templates if self._size(t) == size] for size in sizes}
        self._groups = groups
        self._caches = {size: self._cache(group, _CACHE_LIMIT[size]) for size, group in groups.items()}
        self._bos = {size: self._edge(group, "BOS") for size, group in groups.items()}
        self._eos = {size: self._edge(group, "EOS") for size, group in groups.items()}
        # For each template in order: its size, its index within that size's tuple, its first offset.
        self._plan = [(self._size(t), groups[self._size(t)].index(t), t.first) for t in self.templates]

    def _cache(self, group: list[Template], limit: int) -> dict:
        """The per-n-gram cache of one size: here the feature strings of its templates."""
        return _GramCache(group, self._value, limit)

    def _edge(self, group: list[Template], mark: str) -> tuple:
        """What stands for an n-gram start outside the sentence (``BOS`` or ``EOS``)."""
        return tuple(f"{t.syntax}={mark}" for t in group)

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
        return self._function(function)(text)

    def _function(self, function: str | None) -> Callable[[str], str]:
        """A template function as underthesea_core computes it, as a string (unknown ones: the text)."""
        return self._functions.get(function, str)

    def _rows(self, tokens: list[str], size: int) -> list[tuple]:
        """The cache entry of the n-gram of ``size`` starting at each of -2 .. n+1.

        Starts before the sentence give BOS, n-grams running past its end EOS (BOS wins, as in
        underthesea when both hold).
        """
        n = len(tokens)
        cache = self._caches[size]
        if size == 1:
            inside = [cache[t] for t in tokens]
        elif size == 2:  # keyed by the tuple of words (no string built per token; joined on a miss)
            inside = [cache[k] for k in zip(tokens, tokens[1:])]
        else:
            inside = [cache[k] for k in zip(tokens, tokens[1:], tokens[2:])]
        return [self._bos[size]] * _PAD + inside + [self._eos[size]] * (n + _PAD - len(inside))

    def _columns(self, tokens: list[str], size: int) -> list[tuple[str, ...]]:
        """Per template of ``size``: its value for the n-gram starting at each of -2 .. n+1."""
        return list(zip(*self._rows(tokens, size)))

    def features(self, tokens: list[str]) -> list[tuple[str, ...]]:
        """Feature strings of every token of one sentence (one tuple per token, in template order)."""
        n = len(tokens)
        columns = {size: self._columns(tokens, size) for size in self._caches}
        return list(zip(*[columns[size][k][first + _PAD:first + _PAD + n] for size, k, first in self._plan]))


# Functions whose value is "True" or "False": their rows are summed ahead for every combination.
_CLOSED = ("isdigit", "istitle", "is_in_dict")


class _WeightCache(dict):
    """Summed feature weights of one n-gram size, keyed by the n-gram's text.

    Built from per-function tables of the templates of this size, each ``value -> weights placed in
    their offset's slots``: the true/false functions are pre-summed per combination, so a miss costs
    their values, one look-up, and one look-up per open function (raw text, lower case), which for
    most n-grams finds nothing and leaves a shared row, allocating nothing.
    """

    def __init__(self, tables: dict[str | None, dict[str, tuple[float, ...]]], width: int,
                 functions: dict[str | None, Callable[[str], str]], limit: int) -> None:
        super().__init__()
        closed = [f for f in tables if f in _CLOSED]
        self.closed = [functions[f] for f in closed]
        self.open = [(functions[f], tables[f]) for f in tables if f not in _CLOSED]
        self.combined: dict[tuple[str, ...], tuple[float, ...]] = {}
        for values in product(("True", "False"), repeat=len(closed)):
            rows = [tables[f].get(v, (0.0,) * width) for f, v in zip(closed, values)]
            self.combined[values] = tuple(map(sum, zip(*rows))) if rows else (0.0,) * width
        self.limit = limit

    def __missing__(self, key: str | tuple[str, ...]) -> tuple[float, ...]:
        if len(self) >= self.limit:
            self.clear()
        text = key if isinstance(key, str) else " ".join(key)
        found = self.combined[tuple([f(text) for f in self.closed])]
        for f, table in self.open:
            row = table.get(f(text))
            if row is not None:
                found = tuple(map(add, found, row))
        self[key] = found
        return found


class Scorer(Featurizer):
    """The CRF's per-token score of its second label over its first, from each n-gram's feature weights
    summed once and cached.

    A token's score for a label is the sum of the weights of its 43 features. A feature of template
    ``T[o..]`` at token ``i`` depends only on the n-gram starting at ``i + o``, so an n-gram's cache
    entry holds, per offset ``o``, the summed weights of its size's templates starting at ``o``; a token's
    score is then a dozen shifted additions, and no feature string is built. With two labels only the
    difference of their scores decides the best path (subtracting a token's first-label score from both
    shifts every path equally), so one number per token and offset is kept.
    """

    def __init__(self, templates: list[str], dictionary: set[str], weights: CrfWeights) -> None:
        if len(weights.labels) != 2:
            raise ValueError("the scorer handles two-label models (B-W / I-W)")
        self._weights = weights
        self._by_syntax: dict[str, list[tuple[str, float]]] = {}  # template -> (value, I-W minus B-W weight)
        for attribute, (first, second) in weights.state.items():
            syntax, _, value = attribute.partition("=")
            self._by_syntax.setdefault(syntax, []).append((value, second - first))
        super().__init__(templates, dictionary)
        self._plan_scores = [(size, slot, first + _PAD) for size, group in self._groups.items()
                             for slot, first in enumerate(sorted({t.first for t in group}))]

    @staticmethod
    def _slots(group: list[Template]) -> dict[str, tuple[int, str | None]]:
        """Per template syntax of the group: the slot of its offset in a row, and its function."""
        offsets = sorted({t.first for t in group})
        return {t.syntax: (offsets.index(t.first), t.function) for t in group}

    def _cache(self, group: list[Template], limit: int) -> dict:
        slots = self._slots(group)
        width = len({t.first for t in group})
        tables: dict[str | None, dict[str, list[float]]] = {t.function: {} for t in group}
        for syntax, (slot, function) in slots.items():
            table = tables[function]
            for value, weight in self._by_syntax.get(syntax, ()):
                row = table.get(value)
                if row is None:
                    row = table[value] = [0.0] * width
                row[slot] += weight
        frozen = {f: {v: tuple(row) for v, row in table.items()} for f, table in tables.items()}
        return _WeightCache(frozen, width, {f: self._function(f) for f in frozen}, limit)

    def _edge(self, group: list[Template], mark: str) -> tuple:
        slots = self._slots(group)
        row = [0.0] * len({t.first for t in group})
        for t in group:
            weights = self._weights.state.get(f"{t.syntax}={mark}")
            if weights is not None:
                row[slots[t.syntax][0]] += weights[1] - weights[0]
        return tuple(row)

    def scores(self, tokens: list[str]) -> list[float]:
        """Per token, its second label's score minus its first's (state features only)."""
        n = len(tokens)
        columns = {size: list(zip(*self._rows(tokens, size))) for size in self._caches}
        return list(map(sum, zip(*[columns[size][slot][at:at + n] for size, slot, at in self._plan_scores])))


# Two paths closer than this are left to underthesea's tagger: our sums add the same weights in
# another order, which can move a score by ~1e-14, never by this much.
_TIE = 1e-9


def best_path(scores: list[float], transition: tuple[tuple[float, ...], ...]) -> list[int] | None:
    """Viterbi over two labels from each token's second-label-minus-first score: the best label
    sequence, or None on a (near) tie anywhere."""
    (t00, t01), (t10, t11) = transition
    p0, p1 = 0.0, scores[0]
    back: list[tuple[int, int]] = []
    for e1 in scores[1:]:
        a, b, c, d = p0 + t00, p1 + t10, p0 + t01, p1 + t11
        if abs(a - b) < _TIE or abs(c - d) < _TIE:
            return None
        back.append((0 if a > b else 1, 0 if c > d else 1))
        p0, p1 = (a if a > b else b), (c if c > d else d) + e1
    if abs(p0 - p1) < _TIE:
        return None
    label = 0 if p0 > p1 else 1
    path = [label]
    for step in reversed(back):
        label = step[label]
        path.append(label)
    path.reverse()
    return path


_LONG_RUN = re.compile(r"\S{200,}")


# underthesea's bundled word segmentation model (the folder its word_tokenize loads)
_MODEL_FOLDER = ("models", "ws_crf_vlsp2013_20230727")


def _unpickle(path: str):
    """A model file underthesea saved with joblib: a plain pickle for a list or a set, read by the C
    unpickler (joblib's Python one took 0.15 s for the dictionary); joblib for anything else."""
    import pickle

    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError):
        import joblib

        return joblib.load(path)


class WordSegmenter:
    """underthesea's regex tokenizer and CRF word segmentation model, with our featurizer in front.

    The model's own featurizer and tagger are loaded only when a sentence needs them (characters
    outside our featurizer's scripts, a near tie): most runs never do, and start 0.6 s sooner.
    """

    def __init__(self) -> None:
        from underthesea.pipeline import word_tokenize as wt_module

        self._folder = join(dirname(wt_module.__file__), *_MODEL_FOLDER)
        self._templates = _unpickle(join(self._folder, "features.bin"))
        self._dictionary = _unpickle(join(self._folder, "dictionary.bin"))
        self._featurizer = Featurizer(self._templates, self._dictionary)
        self._scorer: Scorer | None = None
        try:
            weights = read_crfsuite(join(self._folder, "models.bin"))
        except (OSError, ModelFormatError):  # another model format: the tagger alone scores
            weights = None
        if weights is not None and len(weights.labels) == 2 and "I-W" in weights.labels:
            self._scorer = Scorer(self._templates, self._dictionary, weights)
            self._transition = weights.transition
            self._weights_labels = weights.labels
            self._inside = weights.labels.index("I-W")

    @cached_property
    def _reference(self):  # underthesea_core's featurizer, as underthesea builds it
        from underthesea_core import CRFFeaturizer

        return CRFFeaturizer(self._templates, self._dictionary)

    @cached_property
    def _tagger(self):  # underthesea_core's tagger of the same model file
        from underthesea_core import CRFTagger

        tagger = CRFTagger()
        tagger.load(join(self._folder, "models.bin"))
        return tagger

    @property
    def dictionary(self) -> set[str]:
        """The model's dictionary of words (lower case), which its features ask about."""
        return self._dictionary

    def clear_cache(self) -> None:
        """Forget the memoised feature strings and weights (benchmarks, long-running processes)."""
        self._featurizer.clear_cache()
        if self._scorer is not None:
            self._scorer.clear_cache()

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

    def inside(self, tokens: list[str]) -> list[bool]:
        """Per token: does it continue the word before it (the model's I-W tag)?

        Scored from cached weights when every token is in the scripts our featurizer covers and no
        near tie arises; otherwise underthesea's tagger decides from the feature strings.
        """
        if self._scorer is not None and all(_SAFE.match(t) for t in tokens):
            path = best_path(self._scorer.scores(tokens), self._transition)
            if path is not None:
                return [label == self._inside for label in path]
        return [tag == "I-W" for tag in self._tagger.tag(self.features(tokens))]

    def __call__(self, sentence: str) -> list[str]:
        """Words of ``sentence``, as ``word_tokenize(sentence, use_token_normalize=False)`` gives them."""
        tokens = self.tokens(sentence)
        if not tokens:
            return []
        parts: list[list[str]] = []  # syllables per word, joined once at the end: linear on any input
        for inside, token in zip(self.inside(tokens), tokens):
            if inside and parts:
                parts[-1].append(token)
            else:
                parts.append([token])
        return [" ".join(p) for p in parts]


@lru_cache(maxsize=1)
def segmenter() -> WordSegmenter:
    """The process's word segmenter (loads underthesea's model once)."""
    return WordSegmenter()
