"""sqlite-utils for the modules that write, imported with numpy hidden (see lean.py)."""
from .lean import import_sqlite_utils_without_numpy

import_sqlite_utils_without_numpy()

import sqlite_utils  # noqa: E402

__all__ = ["sqlite_utils"]
