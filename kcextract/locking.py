"""One writer per database: an ingest takes an exclusive lock beside the database file before it opens it.

A second ``kcextract ingest`` (or ``reprocess``) into the same database waits its turn, saying so once, instead of
half-running into 'database is locked' or reading a database the first one is still creating. Readers (query,
serve, export) never take the lock: WAL lets them read while the writer writes. The lock is an ``flock`` on
``<db>.lock``, released by the kernel when the process ends, however it ends (kill -9 included).
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def writer_lock(db_path: str | Path, on_wait: Callable[[str], None] | None = None,
                wait: bool = True) -> Iterator[None]:
    """Hold the database's writer lock for the ``with`` block; ``on_wait`` hears once that another holds it.

    With ``wait`` False a held lock raises ``BlockingIOError`` at once."""
    lock_path = Path(f"{db_path}.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise
            if on_wait:
                on_wait(f"another ingest is writing to {db_path}; waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
