"""Syndicated copies: the same story republished by several outlets with small edits.

Each article gets a MinHash signature of its word 3-shingles (datasketch's affine32 scheme). Locality-sensitive hashing
finds the earlier copies whose estimated Jaccard similarity reaches ``THRESHOLD``: the signature is cut
into ``BANDS`` bands of ``ROWS`` values, and two articles sharing any band's hash are candidates, then
checked on the whole signature. The band hashes live in an indexed SQLite table (``lsh``) next to the
articles rather than in datasketch's in-memory ``MinHashLSH``: that index took 44 MB per 10,000
articles and had to be rebuilt on every run, while the table costs no memory, survives a kill with
the batch it belongs to, and answers a query with ``BANDS`` index lookups.

A copy is stored with ``duplicate_of`` set to the first copy's id, so totals, views and exports count
its facts once.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

import regex
from ._sqlite import sqlite_utils

from .normalise import fold

NUM_PERM = 128         # 128 permutations: ±0.035 error on the Jaccard estimate, 1 KiB per article
THRESHOLD = 0.8        # small edits (a new title, a reworded lead, a byline) keep 3-shingle Jaccard above this;
                       # two press releases of one template about different provinces stay below it
BANDS, ROWS = 9, 13    # datasketch's optimal banding for THRESHOLD and NUM_PERM (lsh._optimal_param)
SHINGLE = 3
MIN_WORDS = 40         # shorter texts share too many shingles by chance to call them copies
_WORD = regex.compile(r"\w+")
_SEED = 1
_SCHEME = "affine32"   # pinned: signatures are stored, so the hashing scheme must not change under them
SIG_BYTES = NUM_PERM * 8


@lru_cache(maxsize=1)
def _permutations():
    """datasketch's affine32 permutations for ``_SEED``: h -> a*h + b mod 2^32, ``a`` odd."""
    import numpy as np

    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h):
    """MurmurHash3's 32-bit finalizer (a bijection), applied to every input hash before permuting."""
    import numpy as np

    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes, or None when it is too short to compare.

    The values are datasketch 2.0's ``MinHash(num_perm=128, seed=1, scheme="affine32")`` of the shingles
    (SHA-1's first 4 bytes, mixed, permuted, minimum per permutation; a test holds them equal), computed
    here in a few numpy lines: importing datasketch pulls in scipy, 0.7 s of every ingest's start-up."""
    import numpy as np

    words = _WORD.findall(fold(text))
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    hashes = np.frombuffer(b"".join(hashlib.sha1(s).digest()[:4] for s in shingles), dtype="<u4")
    a, b = _permutations()
    return (_fmix32(hashes.astype(np.uint32)).reshape(-1, 1) * a + b).min(axis=0).astype(np.uint64).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal MinHash values."""
    import numpy as np

    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))


def band_hashes(sig: bytes) -> list[int]:
    """One 64-bit hash per band of the signature (the LSH buckets it falls in)."""
    step = ROWS * 8
    return [int.from_bytes(hashlib.blake2b(sig[i * step:(i + 1) * step], digest_size=8).digest(), "little",
                           signed=True) for i in range(BANDS)]


def usable(sig: bytes | None) -> bool:
    return sig is not None and len(sig) == SIG_BYTES


def first_copy(db: sqlite_utils.Database, key: str, sig: bytes | None, ident: str | None = None) -> str | None:
    """The earliest stored original that article ``key`` is a near-copy of, or None.

    An earlier version of the same article (same ``ident``: file, JSONL id or URL) is not a copy of it: the
    new version replaces it."""
    if not usable(sig):
        return None
    buckets = band_hashes(sig)
    where = " OR ".join("(l.band = ? AND l.bucket = ?)" for _ in buckets)
    params = [x for pair in enumerate(buckets) for x in pair]
    rows = db.execute(
        "SELECT DISTINCT a.rowid, a.id, s.sig FROM lsh l JOIN articles a ON a.id = l.article_id "
        f"JOIN signatures s ON s.article_id = a.id WHERE ({where}) AND a.id != ? AND a.duplicate_of IS NULL "
        "AND (? IS NULL OR a.ident IS NULL OR a.ident != ?)",
        [*params, key, ident, ident],
    ).fetchall()
    hits = sorted((rowid, aid) for rowid, aid, other in rows if similarity(sig, bytes(other)) >= THRESHOLD)
    return hits[0][1] if hits else None


def index(db: sqlite_utils.Database, key: str, sig: bytes | None) -> None:
    """Make an original findable by later copies (inside the caller's transaction)."""
    if not usable(sig):
        return
    db.conn.execute("DELETE FROM lsh WHERE article_id = ?", [key])
    db.conn.executemany("INSERT INTO lsh (band, bucket, article_id) VALUES (?, ?, ?)",
                        [(band, bucket, key) for band, bucket in enumerate(band_hashes(sig))])
