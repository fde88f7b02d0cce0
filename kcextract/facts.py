"""The public data model: a frozen ``Fact`` mirroring shared/FACTS.md, and a ``FundingRecord``."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace
from typing import Any

FACT_TYPES = ("money", "project_count", "quantity", "province", "product", "ocop", "period", "organization", "place")
QUALIFIERS = ("exact", "over", "under", "approx", "at_least")
SCOPES = ("national", "local", "total", "unspecified")
STATUSES = ("planned", "done", "unspecified")

# The extra fields each type carries in its JSON form (FACTS.md, 'Types').
TYPE_FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("currency", "qualifier", "upper"),
    "project_count": ("unit", "qualifier"),
    "quantity": ("unit", "qualifier", "upper"),
    "province": ("province_2025", "role"),
    "product": ("name", "category"),
    "ocop": ("stars", "count"),
    "period": (),
    "organization": ("kind",),
    "place": ("level", "province", "province_2025"),
}
BASE_FIELDS = ("doc", "type", "text", "start", "end", "sentence", "value")
ALL_FIELDS = BASE_FIELDS + tuple(dict.fromkeys(f for fs in TYPE_FIELDS.values() for f in fs))


@dataclass(frozen=True)
class Fact:
    """One fact found in an article; offsets are a Python slice of the normalised text."""

    type: str
    text: str
    start: int
    end: int
    value: Any
    doc: str = ""
    sentence: int = -1
    currency: str | None = None
    qualifier: str | None = None
    upper: int | None = None
    unit: str | None = None
    province_2025: str | None = None
    role: str | None = None
    name: str | None = None
    category: str | None = None
    stars: int | None = None
    count: int | None = None
    kind: str | None = None
    level: str | None = None      # place: district, town, city, commune, ward
    province: str | None = None   # place: its pre-2025 province (None when ambiguous)

    def with_(self, **changes: Any) -> "Fact":
        return replace(self, **changes)

    @property
    def id(self) -> str:
        """Stable id: the same fact of the same article gets the same id on every run."""
        key = f"{self.doc}\x1f{self.start}\x1f{self.end}\x1f{self.type}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of FACTS.md: base fields plus exactly the type's own fields."""
        d = asdict(self)
        return {k: d[k] for k in BASE_FIELDS + TYPE_FIELDS[self.type]}


# Two prints of one figure differ by no more than what the coarser print rounds away, and never by more than a
# fifth of the figure (relate.py within an article, views.py across articles): 'gần 1 tỷ đồng' is no print of 300 triệu.
ROUNDING_SHARE = 5


@dataclass
class FundingRecord:
    """One statement of programme money and/or projects (FACTS.md, 'Funding records').

    ``part_of`` is the ``id`` of the record of the same article that this one breaks down; ``headline`` is
    True for the records that totals add (part of no other record, and not a repeat of an earlier one with
    the same figure in the same cell).
    """

    doc: str
    sentence: int
    scope: str
    status: str
    projects: int | None
    amount_vnd: int | None
    period: str | None
    province: str | None
    qualifier: str = "exact"
    purpose: str | None = None
    part_of: str | None = None
    id: str = ""
    text: str = ""
    start: int = 0
    end: int = 0
    headline: bool = True
    precision_vnd: int | None = None  # the rounding unit of the printed amount ('2,63 tỷ' -> 10 000 000)

    def __post_init__(self) -> None:
        if not self.id:
            key = f"{self.doc}\x1f{self.start}\x1f{self.end}\x1f{self.projects}\x1f{self.amount_vnd}"
            self.id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def cell(self) -> tuple:
        """The (province, period, scope, status) a total adds this record to."""
        return (self.province, self.period, self.scope, self.status)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    chrome: bool = False


@dataclass
class Article:
    """Everything extracted from one article."""

    doc: str
    text: str
    title: str
    sentences: list[Sentence]
    facts: list[Fact] = field(default_factory=list)
    funding: list[FundingRecord] = field(default_factory=list)
    subject: str | None = None
    source: str | None = None
