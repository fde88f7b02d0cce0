"""Error hierarchy: the CLI turns each into one line naming the file and the problem."""
from __future__ import annotations


class KcextractError(Exception):
    """Base class for every error kcextract reports to a user."""


class InputError(KcextractError):
    """An input file cannot be read as an article (empty, binary, not UTF-8, unreadable)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class GoldError(KcextractError):
    """A gold file is not valid JSON or breaks the FACTS.md form."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class DataError(KcextractError):
    """A rule or gazetteer file is missing or malformed."""


class DatabaseError(KcextractError):
    """A database does not exist or is not a kcextract database."""
