"""The comparators of record criteria, one implementation for search (CRM, Recruit, Bigin) and for Bulk Read.

Bulk Read names them in ``query.criteria`` (``equal``, ``not_between``...); search's criteria
language (``records/criteria.py``) spells one differently (``equals``), which ``SEARCH_COMPARATORS``
maps. Both hand ``compare`` a record's value and the criterion's values already converted to
comparable keys (numbers, lower-cased text, date keys). What a missing value means is each
language's own rule and stays with its caller: search answers only ``not_equal`` for it before
comparing, Bulk Read compares it as ``None``.
"""

from __future__ import annotations

from typing import Any

COMPARATORS = frozenset(
    {
        "equal",
        "not_equal",
        "in",
        "not_in",
        "less_than",
        "less_equal",
        "greater_than",
        "greater_equal",
        "contains",
        "not_contains",
        "starts_with",
        "ends_with",
        "between",
        "not_between",
    }
)
"""Every comparator Zoho documents for Bulk Read criteria."""

SEARCH_COMPARATORS = {
    "equals": "equal",
    "not_equal": "not_equal",
    "starts_with": "starts_with",
    "in": "in",
    "greater_than": "greater_than",
    "greater_equal": "greater_equal",
    "less_than": "less_than",
    "less_equal": "less_equal",
    "between": "between",
}
"""Search's operator words -> the comparator each one is."""


def compare(comparator: str, key: Any, values: list[Any]) -> bool:
    """Whether ``key`` satisfies ``comparator`` against ``values`` (the first value, or the first
    two for ``between``/``not_between``, or all of them for ``in``/``not_in``).

    ``equal``/``not_equal``/``in``/``not_in`` compare ``None`` like any value; the other
    comparators match a missing key or value only when negated (``not_contains``, ``not_between``).
    Keys that cannot be ordered against the values match no ordering comparator. Raises
    ``ValueError`` for a name outside ``COMPARATORS`` (callers validate the criteria first).
    """
    if comparator not in COMPARATORS:
        raise ValueError(f"unknown comparator {comparator!r}")
    first = values[0] if values else None
    if comparator == "equal":
        return bool(key == first)
    if comparator == "not_equal":
        return bool(key != first)
    if comparator == "in":
        return key in values
    if comparator == "not_in":
        return key not in values
    if key is None or first is None:
        return comparator in ("not_contains", "not_between")
    if comparator == "contains":
        return str(first) in str(key)
    if comparator == "not_contains":
        return str(first) not in str(key)
    if comparator == "starts_with":
        return str(key).startswith(str(first))
    if comparator == "ends_with":
        return str(key).endswith(str(first))
    try:
        if comparator == "less_than":
            return bool(key < first)
        if comparator == "less_equal":
            return bool(key <= first)
        if comparator == "greater_than":
            return bool(key > first)
        if comparator == "greater_equal":
            return bool(key >= first)
        low, high = sorted(values[:2])
        inside = bool(low <= key <= high)
        return inside if comparator == "between" else not inside
    except TypeError:
        return False
