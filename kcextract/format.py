"""Numbers and amounts written the Vietnamese way, for people: ``2,63 tỷ đồng``, ``900 triệu đồng``, ``1.920``.

Decimal comma, thousands dot (the print convention ``numbers.py`` parses). Amounts are rounded to two
decimals in the largest scale word that keeps at least one whole unit, trailing zeros dropped.
"""
from __future__ import annotations

from html import escape

_SCALES = ((10**9, "tỷ"), (10**6, "triệu"))


def number(x: float | int, decimals: int = 2) -> str:
    """``1234567.891`` -> ``1.234.567,89``; integers keep no decimals."""
    text = f"{x:,.{decimals}f}" if decimals else f"{round(x):,}"
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", ".")
    frac = frac.rstrip("0")
    return f"{whole},{frac}" if frac else whole


def vnd(amount: float | int | None) -> str:
    """An amount of đồng in words a reader expects: ``2,63 tỷ đồng``, ``900 triệu đồng``, ``500.000 đồng``."""
    if amount is None:
        return ""
    for size, word in _SCALES:
        if abs(amount) >= size:
            return f"{number(amount / size)} {word} đồng"
    return f"{number(amount, 0)} đồng"


def vnd_exact(amount: int | None) -> str:
    """An amount in words without rounding it away: ``2.634,6 triệu đồng`` (not 2,63 tỷ), ``hơn``-free.

    The largest scale word that writes the amount exactly with at most two decimals; else the plain number."""
    if amount is None:
        return ""
    for size, word in _SCALES:
        if abs(amount) >= size and (amount * 100) % size == 0:
            return f"{number(amount / size)} {word} đồng"
    return f"{number(amount, 0)} đồng"


QUALIFIER_WORDS = {"over": "hơn ", "under": "gần ", "approx": "khoảng ", "at_least": "ít nhất "}


def figure(amount: int | None, qualifier: str | None = None) -> str:
    """A funding figure as a reader says it, exactly and with its qualifier: ``hơn 23,29 tỷ đồng``."""
    if amount is None:
        return ""
    return QUALIFIER_WORDS.get(qualifier or "", "") + vnd_exact(amount)


def vnd_full(amount: int | None) -> str:
    """``2.634,6 triệu đồng (2.634.600.000 đ)``: the exact words and the exact figure."""
    if amount is None:
        return ""
    words = vnd_exact(amount)
    plain = f"{number(amount, 0)} đ"
    return words if words == f"{number(amount, 0)} đồng" else f"{words} ({plain})"


def amount(value: float | int | None, currency: str | None = "VND") -> str:
    """Money in its currency: VND in scale words, any other currency as a plain number."""
    if value is None:
        return ""
    if currency in (None, "", "VND"):
        return vnd(value)
    return f"{number(value)} {currency}"


def fact_value(row: dict) -> str:
    """The value of a fact row (facts or facts_flat columns) as a reader says it."""
    t, v = row.get("type"), row.get("value")
    if t == "money":
        upper = f" – {amount(row['upper'], row.get('currency'))}" if row.get("upper") else ""
        return amount(v, row.get("currency")) + upper
    if t in ("project_count", "quantity"):
        upper = f"–{number(row['upper'], 0)}" if row.get("upper") else ""
        return f"{number(v, 0)}{upper} {row.get('unit') or ''}".strip()
    if t == "ocop":
        parts = ["OCOP"]
        if row.get("stars"):
            parts.append(f"{row['stars']} sao")
        if row.get("count"):
            parts.insert(0, f"{row['count']} sản phẩm")
        return " ".join(parts)
    if t == "product" and row.get("name") and row["name"].lower() != str(v):
        return f"{v} ({row['name']})"
    return "" if v is None else str(v)


def marked(sentence: str | None, start: int, end: int, sentence_start: int, left: str = "«", right: str = "»") -> str:
    """The sentence with the fact's span wrapped in ``left``/``right`` (offsets are article offsets)."""
    if not sentence:
        return ""
    a, b = start - sentence_start, end - sentence_start
    if not 0 <= a <= b <= len(sentence):
        return sentence
    return f"{sentence[:a]}{left}{sentence[a:b]}{right}{sentence[b:]}"


def marked_html(sentence: str | None, start: int, end: int, sentence_start: int) -> str:
    """Like :func:`marked`, HTML-escaped, the fact in ``<mark>``."""
    if not sentence:
        return ""
    a, b = start - sentence_start, end - sentence_start
    if not 0 <= a <= b <= len(sentence):
        return escape(sentence)
    return f"{escape(sentence[:a])}<mark>{escape(sentence[a:b])}</mark>{escape(sentence[b:])}"
