"""Start-up: import heavy dependencies without the parts kcextract never uses.

Whole-process time counts (a newsroom runs ``kcextract ingest`` on a few new clippings at a time, and
every ``--jobs`` worker starts the same way), so two imports are trimmed, each measured:

* sqlite-utils imports numpy (150 ms) only to map numpy scalar types to column types; kcextract never
  stores numpy values, so sqlite-utils is imported with numpy hidden (numpy stays importable).
* spaCy's package ``__init__`` imports its command-line interface (typer, weasel, httpx: 0.39 s) only to
  expose ``spacy.info``; we import spaCy with a stand-in for ``spacy.cli.info`` whose ``info`` loads the
  real one on first call, and remove the stand-in at once, so ``import spacy.cli`` later gets spaCy's own.
  Should a spaCy release need more of its CLI at import, the stand-in is dropped and spaCy is imported
  as it is.
"""
from __future__ import annotations

import sys
import types


def import_sqlite_utils_without_numpy() -> None:
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes 'import numpy' raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    except ImportError:
        pass
    finally:
        del sys.modules["numpy"]


def _real_info(*args, **kwargs):
    """``spacy.info``, loaded from spaCy's CLI when first called."""
    from importlib import import_module

    return import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy_without_cli() -> None:
    if "spacy" in sys.modules:
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package with no submodules of its own
    module = types.ModuleType("spacy.cli.info")
    module.info = _real_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    except ImportError:
        failed = True
    else:
        failed = False
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
        parent = sys.modules.get("spacy")
        if parent is not None and getattr(parent, "cli", None) is package:
            delattr(parent, "cli")  # 'spacy.cli' then imports spaCy's own
    if failed:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy  # noqa: F401, F811
