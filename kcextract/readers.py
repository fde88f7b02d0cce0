"""Read articles from files, folders and stdin; every bad input becomes one ``InputError``.

Forms: ``.txt`` (title on the first line), ``.jsonl`` (``id``, ``title``, ``text``, optional ``url``,
``published``, ``source``), either of them gzipped, folders (recursively) and ``-`` for stdin.
"""
from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

SUFFIXES = (".txt", ".jsonl", ".txt.gz", ".jsonl.gz")


@dataclass(frozen=True)
class RawArticle:
    doc: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def doc_id_of(path: Path) -> str:
    """File name without folder and extension(s): ``corpus/003_x.txt.gz`` -> ``003_x``."""
    name = path.name
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def decode(data: bytes, where: str) -> str:
    """Bytes of an article as text, or an ``InputError`` saying why they are not one."""
    if not data.strip():
        raise InputError(where, "empty file")
    if b"\x00" in data[:4096]:
        raise InputError(where, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            where,
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f cp1258 -t utf-8",
        ) from None
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise InputError(where, "binary file (control characters), not text")
    if not text.strip():
        raise InputError(where, "empty file")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if path.name.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise InputError(str(path), f"broken gzip file: {exc}") from None
    return raw


def _jsonl_articles(text: str, path: Path, on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(where, f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            on_error(InputError(where, "a JSONL record needs a non-empty string field 'text'"))
            continue
        doc = str(obj.get("id") or f"{doc_id_of(path)}:{lineno}")
        title = obj.get("title") if isinstance(obj.get("title"), str) else None
        body = obj["text"] if not title or obj["text"].lstrip().startswith(title) else f"{title}\n{obj['text']}"
        yield RawArticle(doc, body, where, title, obj.get("url"), obj.get("published"), obj.get("source"))


def read_path(path: Path, on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
    """Articles of one file (errors go to ``on_error``, the rest still comes)."""
    try:
        data = _read_bytes(path)
        text = decode(data, str(path))
    except InputError as exc:
        on_error(exc)
        return
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        yield from _jsonl_articles(text, path, on_error)
    else:
        yield RawArticle(doc_id_of(path), text, str(path))


def expand(paths: Iterable[str], on_error: Callable[[InputError], None]) -> Iterator[Path | str]:
    """Files to read, folders walked recursively in name order; ``-`` stays as stdin."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            try:
                files = sorted(f for f in path.rglob("*") if f.is_file() and f.name.endswith(SUFFIXES))
            except OSError as exc:
                on_error(InputError(str(path), f"cannot list folder: {exc.strerror or exc}"))
                continue
            if not files:
                on_error(InputError(str(path), "folder holds no .txt or .jsonl articles"))
            yield from files
        elif not path.exists():
            on_error(InputError(str(path), "no such file"))
        else:
            yield path


def read_articles(paths: Iterable[str], on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
    """Every article under ``paths``; bad inputs are reported through ``on_error`` and skipped."""
    for item in expand(paths, on_error):
        if item == "-":
            try:
                text = decode(sys.stdin.buffer.read(), "<stdin>")
            except InputError as exc:
                on_error(exc)
                continue
            yield RawArticle("stdin", text, "<stdin>")
        else:
            yield from read_path(item, on_error)
