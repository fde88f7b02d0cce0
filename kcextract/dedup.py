"""Syndicated copies: the same story republished by several outlets with small edits.

Each article gets a MinHash signature of its word 3-shingles (datasketch); an LSH index over the
signatures of the articles already stored finds, in constant time per article, the earlier copies whose
estimated Jaccard similarity reaches ``THRESHOLD``. A copy is stored with ``duplicate_of`` set to the
first copy's id, so totals, views and exports count its facts once.
"""
from __future__ import annotations

from collections.abc import Iterable

from typing import TYPE_CHECKING

import regex

from .normalise import fold

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch (and numpy under it) are imported where used: a re-run that finds nothing new skips them.

NUM_PERM = 128         # 128 permutations: ±0.035 error on the Jaccard estimate, 1 KiB per article
THRESHOLD = 0.8        # small edits (a new title, a reworded lead, a byline) keep 3-shingle Jaccard above this;
                       # two press releases of one template about different provinces stay below it
SHINGLE = 3
MIN_WORDS = 40         # shorter texts share too many shingles by chance to call them copies
_WORD = regex.compile(r"\w+")
_SEED = 1
_SCHEME = "affine32"   # pinned: signatures are stored, so the hashing scheme must not change under them


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes, or None when it is too short to compare."""
    words = _WORD.findall(fold(text))
    if len(words) < MIN_WORDS:
        return None
    import numpy as np
    from datasketch import MinHash

    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    m.update_batch(list(shingles))
    return m.hashvalues.astype(np.uint64).tobytes()


def _minhash(sig: bytes) -> MinHash:
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=np.frombuffer(sig, dtype=np.uint64))


class Syndication:
    """The LSH index of first copies; ``first_copy`` says which stored article a new one repeats."""

    def __init__(self, originals: Iterable[tuple[str, bytes]] = ()) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._order: dict[str, int] = {}
        self._sigs: dict[str, bytes] = {}
        for key, sig in originals:
            self.add(key, sig)

    def first_copy(self, key: str, sig: bytes | None) -> str | None:
        """The earliest indexed article this one is a near-copy of, or None."""
        if sig is None or len(sig) != NUM_PERM * 8:
            return None
        mine = _minhash(sig)
        hits = [k for k in self._lsh.query(mine) if k != key]
        # LSH gives candidates; keep only those whose estimated similarity really reaches the threshold.
        best = [k for k in hits if mine.jaccard(_minhash(self._sigs[k])) >= THRESHOLD]
        return min(best, key=self._order.__getitem__) if best else None

    def add(self, key: str, sig: bytes | None) -> None:
        """Index an original (never a copy: a copy of a copy points to the first one anyway)."""
        if sig is None or key in self._order or len(sig) != NUM_PERM * 8:  # made with other settings: unusable
            return
        self._order[key] = len(self._order)
        self._sigs[key] = sig
        self._lsh.insert(key, _minhash(sig))

    def remove(self, key: str) -> None:
        if key in self._order:
            self._lsh.remove(key)
            del self._order[key]
            del self._sigs[key]
