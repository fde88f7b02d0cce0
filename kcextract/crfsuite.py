"""Read the weights of a CRFsuite model file (the format underthesea stores its CRF models in).

underthesea's word segmentation model is a first-order linear-chain CRF saved by CRFsuite: a header,
a ``FEAT`` chunk of (type, source, destination, weight) records, and two CQDB string tables (labels and
attributes). We read it once so the segmenter can score tokens with plain numbers instead of handing
43 feature strings per token to the tagger (see ``wordseg``). Layout as written by CRFsuite's
``crf1dmw`` writer (little-endian, offsets from the start of the file or of the chunk).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = np.dtype([("kind", "<i4"), ("source", "<i4"), ("target", "<i4"), ("weight", "<f8")])
_CQDB = struct.Struct("<4sIIIII")
_STATE, _TRANSITION = 0, 1


class ModelFormatError(ValueError):
    """The file is not a CRFsuite model we can read."""


@dataclass(frozen=True)
class CrfWeights:
    """A CRF's weights: per attribute string its weight for each label; label-to-label transitions."""

    labels: tuple[str, ...]
    state: dict[str, tuple[float, ...]]
    transition: tuple[tuple[float, ...], ...]  # [from label][to label]


def _strings(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB table at ``offset``, in id order (read through its backward array)."""
    magic, _size, _flag, _order, count, backward = _CQDB.unpack_from(data, offset)
    if magic != b"CQDB":
        raise ModelFormatError(f"no CQDB string table at offset {offset}")
    raw = np.frombuffer(data, dtype=np.uint8)
    records = offset + np.frombuffer(data, dtype="<u4", count=count, offset=offset + backward).astype(np.int64)
    head = raw[records[:, None] + np.arange(8)].copy().view("<u4")  # per record: id, then length with its NUL
    ids, starts, ends = head[:, 0].tolist(), (records + 8).tolist(), (records + 7 + head[:, 1]).tolist()
    out = [""] * count
    for ident, start, end in zip(ids, starts, ends):
        out[ident] = data[start:end].decode("utf-8")
    return out


def read_crfsuite(path: str | Path) -> CrfWeights:
    """Weights of the CRFsuite model at ``path``; ``ModelFormatError`` when it is not one."""
    data = Path(path).read_bytes()
    try:
        return _read(path, data)
    except ModelFormatError:
        raise
    except (struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:  # truncated or damaged
        raise ModelFormatError(f"{path}: damaged CRFsuite model ({exc})") from None


def _read(path: str | Path, data: bytes) -> CrfWeights:
    if len(data) < _HEADER.size:
        raise ModelFormatError(f"{path}: too short for a CRFsuite model")
    (magic, _size, kind, _version, _nf, n_labels, n_attrs, off_features, off_labels, off_attrs,
     _off_lrefs, _off_arefs) = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError(f"{path}: not a CRFsuite first-order model")
    chunk, _chunk_size, count = _CHUNK.unpack_from(data, off_features)
    if chunk != b"FEAT":
        raise ModelFormatError(f"{path}: no feature chunk")
    labels = _strings(data, off_labels)
    attributes = _strings(data, off_attrs)
    if len(labels) != n_labels or len(attributes) != n_attrs:
        raise ModelFormatError(f"{path}: label or attribute table does not match the header")
    features = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + _CHUNK.size)
    if not np.isin(features["kind"], (_STATE, _TRANSITION)).all():
        raise ModelFormatError(f"{path}: unknown feature type")
    state_rows = features[features["kind"] == _STATE]
    state = np.zeros((n_attrs, n_labels))
    np.add.at(state, (state_rows["source"], state_rows["target"]), state_rows["weight"])
    transition = np.zeros((n_labels, n_labels))
    moves = features[features["kind"] == _TRANSITION]
    np.add.at(transition, (moves["source"], moves["target"]), moves["weight"])
    present = np.zeros(n_attrs, dtype=bool)
    present[state_rows["source"]] = True
    weights = {attributes[a]: tuple(row) for a, row in zip(np.flatnonzero(present).tolist(), state[present].tolist())}
    return CrfWeights(tuple(labels), weights, tuple(tuple(row) for row in transition.tolist()))
