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

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<iiid")
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
    out = [""] * count
    for k in range(count):
        (record,) = struct.unpack_from("<I", data, offset + backward + 4 * k)
        ident, length = struct.unpack_from("<iI", data, offset + record)
        out[ident] = data[offset + record + 8: offset + record + 8 + length - 1].decode("utf-8")
    return out


def read_crfsuite(path: str | Path) -> CrfWeights:
    """Weights of the CRFsuite model at ``path``; ``ModelFormatError`` when it is not one."""
    data = Path(path).read_bytes()
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
    state: dict[int, list[float]] = {}
    transition = [[0.0] * n_labels for _ in range(n_labels)]
    for kind_, source, target, weight in _FEATURE.iter_unpack(
            data[off_features + _CHUNK.size: off_features + _CHUNK.size + count * _FEATURE.size]):
        if kind_ == _STATE:
            state.setdefault(source, [0.0] * n_labels)[target] += weight
        elif kind_ == _TRANSITION:
            transition[source][target] += weight
        else:
            raise ModelFormatError(f"{path}: unknown feature type {kind_}")
    return CrfWeights(tuple(labels), {attributes[a]: tuple(w) for a, w in state.items()},
                      tuple(tuple(row) for row in transition))
