"""Load the reviewed data files in ``rules/`` and ``gazetteers/`` (once per process).

Every file is UTF-8 TSV (or JSONL for spaCy patterns) with ``#`` comment lines that say where its facts
come from, then a header row. Nothing in the code repeats their contents.
"""
from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import DataError
from .normalise import fold, fold_tones


def data_root() -> Path:
    """The folder holding ``rules/`` and ``gazetteers/`` (``KCEXTRACT_DATA`` overrides)."""
    env = os.environ.get("KCEXTRACT_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent
    candidates += [here.parent]  # a checkout (editable install): the repository's own folders
    try:  # an installed wheel: the data ship as package data
        from importlib import resources

        candidates.append(Path(str(resources.files("kcextract").joinpath("_data"))))
    except (ImportError, TypeError, ValueError):
        candidates.append(here / "_data")
    for c in candidates:
        if (c / "rules").is_dir() and (c / "gazetteers").is_dir():
            return c
    raise DataError("cannot find the rules/ and gazetteers/ folders (set KCEXTRACT_DATA)")


def read_tsv(relpath: str) -> list[dict[str, str]]:
    """Rows of a commented TSV file as dicts keyed by its header."""
    path = data_root() / relpath
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"{path}: {exc.strerror or exc}") from exc
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise DataError(f"{path}:{lineno}: expected {len(header)} tab-separated fields, got {len(cells)}")
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    if header is None:
        raise DataError(f"{path}: no header row")
    return rows


def read_jsonl(relpath: str) -> list[dict]:
    path = data_root() / relpath
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{lineno}: {exc.msg}") from exc
    return out


@dataclass(frozen=True)
class Product:
    name: str
    value: str
    category: str


@lru_cache(maxsize=None)
def provinces() -> dict[str, str]:
    """Canonical pre-2025 province name -> province after the 1 July 2025 merger."""
    return {r["province"]: r["province_2025"] for r in read_tsv("gazetteers/provinces.tsv")}


def ascii_key(text: str) -> str:
    """'Báo Hà Giang' -> 'baohagiang': an outlet's name as its web address spells it."""
    from .normalise import strip_accents

    return strip_accents(text).replace(" ", "")


@lru_cache(maxsize=None)
def outlets() -> dict[str, str]:
    """Provincial newspapers: ascii key of an outlet's name or web-address label -> province."""
    known = provinces()
    out: dict[str, str] = {}
    for r in read_tsv("gazetteers/outlets.tsv"):
        if r["province"] not in known:
            raise DataError(f"outlets.tsv: unknown province {r['province']!r}")
        for key in (ascii_key(r["outlet"]), r["domain"]):
            if key and out.setdefault(key, r["province"]) != r["province"]:
                raise DataError(f"outlets.tsv: {key!r} names two provinces")
    return out


@lru_cache(maxsize=None)
def outlet_datelines() -> dict[str, str]:
    """Provincial newspapers' dateline marks ('BHG', 'QTO'; gazetteers/outlets.tsv) -> province."""
    out: dict[str, str] = {}
    for r in read_tsv("gazetteers/outlets.tsv"):
        mark = (r.get("dateline") or "").strip()
        if mark and out.setdefault(mark, r["province"]) != r["province"]:
            raise DataError(f"outlets.tsv: dateline {mark!r} names two provinces")
    # (and the mark most papers build from their name, 'B' and the province's initials: 'BBN' for Báo Bắc Ninh, as
    # 'BHG' is Báo Hà Giang's; a mark two provinces would share, 'BQN', names neither)
    derived: dict[str, set[str]] = {}
    for name in provinces():
        derived.setdefault("B" + "".join(_initial(w) for w in name.replace("-", " ").split()), set()).add(name)
    for mark, names in derived.items():
        if len(names) == 1 and mark not in out:
            out[mark] = names.pop()
    return out


def _initial(word: str) -> str:
    """A word's first letter in capitals, its tone and vowel marks dropped ('Ắ' -> 'A'); 'Đ' stays 'Đ'."""
    first = word[0].upper()
    return first if first == "Đ" else unicodedata.normalize("NFD", first)[0]


@lru_cache(maxsize=None)
def province_aliases() -> dict[str, str]:
    """Every surface form (canonical names included) -> canonical province."""
    known = provinces()
    out = {name: name for name in known}
    for r in read_tsv("gazetteers/province_aliases.tsv"):
        if r["province"] not in known:
            raise DataError(f"province_aliases.tsv: unknown province {r['province']!r}")
        out[r["alias"]] = r["province"]
    return out


@lru_cache(maxsize=None)
def products() -> dict[str, Product]:
    """Folded surface -> product entry."""
    out: dict[str, Product] = {}
    for r in read_tsv("gazetteers/products.tsv"):
        out[fold(r["name"])] = Product(r["name"], r["value"], r["category"])
    return out


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    province: str | None       # pre-2025 province; None for a unit of the 2025 reform
    province_2025: str
    era: str                   # 'pre2025' or '2025'


@lru_cache(maxsize=None)
def places() -> dict[str, list[Place]]:
    """Place name (tone-folded, as written) -> every unit of that name (gazetteers/places.tsv)."""
    out: dict[str, list[Place]] = {}
    for r in read_tsv("gazetteers/places.tsv"):
        out.setdefault(fold_tones(r["name"]), []).append(
            Place(r["name"], r["level"], r["province"] or None, r["province_2025"], r["era"]))
    return out


@lru_cache(maxsize=None)
def units() -> dict[str, str]:
    """Folded counted noun -> canonical unit for quantity facts."""
    return {fold(r["surface"]): r["unit"] for r in read_tsv("gazetteers/units.tsv")}


@lru_cache(maxsize=None)
def table(relpath: str, key: str, value: str) -> dict[str, str]:
    """A two-column rule table as a dict of folded key -> value."""
    return {fold(r[key]): r[value] for r in read_tsv(relpath)}


@lru_cache(maxsize=None)
def word_list(relpath: str, column: str) -> tuple[str, ...]:
    return tuple(fold(r[column]) for r in read_tsv(relpath))


@lru_cache(maxsize=None)
def word_kinds(relpath: str) -> dict[str, tuple[str, ...]]:
    """kind -> folded words, for a rules file of 'kind<TAB>word' rows (rules/product_context.tsv ...)."""
    out: dict[str, list[str]] = {}
    for r in read_tsv(relpath):
        out.setdefault(r["kind"], []).append(fold(r["word"]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def funding_cues() -> dict[str, list[tuple[str, str]]]:
    """field -> [(folded cue, value)], longest cue first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in read_tsv("rules/funding_cues.tsv"):
        out.setdefault(r["field"], []).append((fold(r["cue"]), r["value"]))
    for cues in out.values():
        cues.sort(key=lambda c: -len(c[0]))
    return out


@lru_cache(maxsize=None)
def funding_purposes() -> list[tuple[str, str]]:
    """[(folded cue, purpose)] from ``rules/funding_purposes.tsv``, longest cue first."""
    rows = [(fold(r["cue"]), r["purpose"]) for r in read_tsv("rules/funding_purposes.tsv")]
    return sorted(rows, key=lambda c: -len(c[0]))


def version_files() -> list[Path]:
    """Every data file that shapes the output (hashed into the extractor version)."""
    root = data_root()
    return sorted(p for p in [*root.glob("rules/*"), *root.glob("gazetteers/*")]
                  if p.is_file() and p.suffix in (".tsv", ".jsonl"))
