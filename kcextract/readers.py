"""Read articles from files, folders and stdin; every bad input becomes one ``InputError``.

Forms: ``.txt`` (title on the first line), ``.html``/``.htm`` (main text, title, date and site taken
out by trafilatura), ``.jsonl`` (``id``, ``title``, ``text``, optional ``url``, ``published``,
``source``), any of them gzipped, folders (recursively) and ``-`` for stdin.

Reading streams: a JSONL file is read line by line, and no single article may exceed
``MAX_ARTICLE_BYTES`` / ``MAX_ARTICLE_CHARS``, so memory stays bounded whatever the corpus size.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import regex

from .errors import InputError

SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".txt.gz", ".jsonl.gz", ".html.gz", ".htm.gz")
_WORDS = regex.compile(r"\p{L}{2,}")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
# A news article is a few thousand characters; anything far larger is a dump, not an article, and would
# only stall a worker (underthesea's CRF on one 200,000-character run-on "sentence" takes minutes).
MAX_ARTICLE_CHARS = 100_000
MAX_ARTICLE_BYTES = 2_000_000  # on disk (HTML carries markup); JSONL files themselves may be any size


@dataclass(frozen=True)
class RawArticle:
    doc: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    size: int = 0  # bytes on disk this article accounts for (progress and ETA)
    key: str | None = None  # what the article is, beyond its text: a file's path, a JSONL record's id or URL;
    # a new version of the same key replaces the old one. None (stdin, a JSONL record with neither): the text.


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
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(where, "UTF-16 text with a broken byte sequence; convert it to UTF-8") from None
        if not text.strip():
            raise InputError(where, "empty file")
        return text
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


def _open(path: Path) -> IO[bytes]:
    """The file's bytes as a stream, gunzipped on the fly for ``.gz``."""
    try:
        return gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None


def _read_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """A one-article file's bytes; a file larger than ``limit`` is refused without reading it all."""
    with _open(path) as fh:
        try:
            raw = fh.read(limit + 1)
        except (OSError, EOFError) as exc:
            raise InputError(str(path), f"broken gzip file: {exc}" if path.name.endswith(".gz")
                             else f"cannot read: {exc}") from None
    if len(raw) > limit:
        raise InputError(str(path), f"too large for one article (over {limit:,} bytes); split it or use JSONL")
    return raw


def _check_length(text: str, where: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(where, f"article too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})")


def _html_article(data: bytes, path: Path, size: int) -> RawArticle:
    """Main text, title, date and site of a web page, by trafilatura (boilerplate and markup removed)."""
    import trafilatura  # imported lazily: only HTML input needs it

    where = str(path)
    if b"\x00" in data[:4096]:
        raise InputError(where, "binary file (NUL bytes), not an HTML page")
    try:
        page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # noqa: BLE001 - a parser crash on one page is that page's error
        raise InputError(where, f"broken HTML: {type(exc).__name__}: {exc}") from None
    body = (getattr(page, "text", None) or "").strip() if page is not None else ""
    if not _WORDS.search(body):
        raise InputError(where, "no article text found in the HTML page")
    title = (page.title or "").strip() or None
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    _check_length(body, where)
    return RawArticle(doc_id_of(path), body, where, title, page.url, page.date, page.sitename, size, key=f"file:{path}")


def _jsonl_articles(path: Path, on_error: Callable[[InputError], None], start: int = 0, end: int | None = None,
                    first_line: int = 1) -> Iterator[RawArticle]:
    """One article per JSONL line, read as a stream; a bad line is that line's error only.

    ``start``/``end`` (byte offsets at line starts, uncompressed files only) read one slice of a large file,
    whose first line is line ``first_line`` of the file: a distributed run splits a file this way.
    """
    try:
        fh = _open(path)
    except InputError as exc:
        on_error(exc)
        return
    on_error = _capped(on_error, path)
    with fh:
        if start:
            fh.seek(start)
        lineno, seen = first_line - 1, 0
        read_to = start
        while True:
            try:
                line = fh.readline(MAX_ARTICLE_BYTES + 1) if end is None or fh.tell() < end else b""
            except (OSError, EOFError) as exc:
                on_error(InputError(f"{path}:{lineno + 1}", f"broken gzip file: {exc}"))
                return
            if not line:
                if not seen and start == 0 and end is None:
                    on_error(InputError(str(path), "empty file"))
                return
            lineno += 1
            where = f"{path}:{lineno}"
            if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                    line = fh.readline(MAX_ARTICLE_BYTES)
                on_error(InputError(where, f"line too long (over {MAX_ARTICLE_BYTES:,} bytes)"))
                continue
            if not line.strip():
                continue
            on_disk = _disk_position(fh)
            size, read_to = on_disk - read_to, on_disk
            seen += 1
            try:
                yield _jsonl_record(line, path, lineno, where, size)
            except InputError as exc:
                on_error(exc)


MAX_ERRORS_PER_SOURCE = 100


def _capped(on_error: Callable[[InputError], None], path: Path) -> Callable[[InputError], None]:
    """Report at most ``MAX_ERRORS_PER_SOURCE`` bad lines of one file, then one summary at the end, so a tiny
    compressed file of 100,000 bad lines cannot flood the errors table."""
    count = 0

    def report(exc: InputError) -> None:
        nonlocal count
        count += 1
        if count <= MAX_ERRORS_PER_SOURCE:
            on_error(exc)
        elif count == MAX_ERRORS_PER_SOURCE + 1:
            on_error(InputError(f"{path}:more", f"more than {MAX_ERRORS_PER_SOURCE} bad lines; the rest are not "
                                                "listed one by one (fix the file, then ingest it again)"))

    return report


def _disk_position(fh: IO[bytes]) -> int:
    """How far into the file on disk a stream has read (the compressed offset for gzip)."""
    raw = getattr(fh, "fileobj", None) or fh
    try:
        return raw.tell()
    except (OSError, ValueError):
        return 0


def _jsonl_record(line: bytes, path: Path, lineno: int, where: str, size: int) -> RawArticle:
    try:
        obj = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON: {exc.msg}") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise InputError(where, "a JSONL record needs a non-empty string field 'text'")
    for name in ("text", "title", "id", "url", "published", "source"):
        value = obj.get(name)
        if isinstance(value, str) and _SURROGATE.search(value):
            raise InputError(where, f"field '{name}' holds a lone surrogate escape (such as \\ud800), not text")
    doc = str(obj.get("id") or f"{doc_id_of(path)}:{lineno}")
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    body = obj["text"] if not title or obj["text"].lstrip().startswith(title) else f"{title}\n{obj['text']}"
    _check_length(body, where)
    url = _str(obj.get("url"))
    key = f"id:{obj['id']}" if obj.get("id") not in (None, "") else (f"url:{url}" if url else None)
    return RawArticle(doc, body, where, title, url, _str(obj.get("published")), _str(obj.get("source")),
                      max(size, 0), key=key)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def read_path(path: Path, on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
    """Articles of one file (errors go to ``on_error``, the rest still comes)."""
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        yield from _jsonl_articles(path, on_error)
        return
    try:
        data = _read_bytes(path)
        size = path.stat().st_size
        if path.name.endswith(HTML_SUFFIXES):
            article = _html_article(data, path, size)
        else:
            text = decode(data, str(path))
            _check_length(text, str(path))
            article = RawArticle(doc_id_of(path), text, str(path), size=size, key=f"file:{path}")
    except InputError as exc:
        on_error(exc)
        return
    yield article


def read_slice(path: Path, start: int, end: int | None, first_line: int,
               on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
    """The articles of lines ``[start, end)`` (byte offsets at line starts) of an uncompressed JSONL file."""
    return _jsonl_articles(path, on_error, start, end, first_line)


def expand(paths: Iterable[str], on_error: Callable[[InputError], None]) -> Iterator[Path | str]:
    """Files to read, folders walked recursively in name order; ``-`` stays as stdin."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            try:
                files = sorted(f for f in path.rglob("*") if f.is_file() and f.name.endswith(SUFFIXES))  # no FIFOs
            except OSError as exc:
                on_error(InputError(str(path), f"cannot list folder: {exc.strerror or exc}"))
                continue
            if not files:
                on_error(InputError(str(path), "folder holds no .txt, .html or .jsonl articles"))
            yield from files
        elif not path.exists():
            on_error(InputError(str(path), "no such file"))
        elif not path.is_file():
            on_error(InputError(str(path), f"not a regular file ({_kind(path)}); give a file or a folder"))
        else:
            yield path


def _kind(path: Path) -> str:
    """What a special file is, for the error that skips it (reading a FIFO would block forever)."""
    if path.is_fifo():
        return "a named pipe"
    if path.is_socket():
        return "a socket"
    if path.is_block_device() or path.is_char_device():
        return "a device"
    return "not a file"


def read_items(items: Iterable[Path | str], on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
    """The articles of already expanded inputs (files, and ``-`` for stdin)."""
    for item in items:
        if item == "-":
            try:
                data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
                if len(data) > MAX_ARTICLE_BYTES:
                    raise InputError("<stdin>", f"too large for one article (over {MAX_ARTICLE_BYTES:,} bytes)")
                text = decode(data, "<stdin>")
                _check_length(text, "<stdin>")
            except InputError as exc:
                on_error(exc)
                continue
            yield RawArticle("stdin", text, "<stdin>", size=len(data))
        else:
            yield from read_path(Path(item), on_error)


def read_articles(paths: Iterable[str], on_error: Callable[[InputError], None]) -> Iterator[RawArticle]:
    """Every article under ``paths``; bad inputs are reported through ``on_error`` and skipped."""
    return read_items(expand(paths, on_error), on_error)
