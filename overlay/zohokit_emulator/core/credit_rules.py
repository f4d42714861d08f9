"""The API credits an operation costs, read from its spec's ``x-zoho-credits``.

The extension is either a number (``x-zoho-credits: 5``: every call costs that much) or a rule:

``credits``
    the cost of a call (of each unit, with ``per``);
``per`` and ``items``
    ``credits`` for every started ``per`` items of what the runtime expression ``items`` names:
    a JSON array of the body (``$request.body#/data``: 1 credit per 10 records) or a
    comma-separated parameter (``$request.query.ids``: 1 per 50 ids); never less than ``credits``;
``when``
    a list of ``{present: <runtime expression>, credits: n}``: the first whose value the request
    carries (not empty) sets the cost instead (``$request.query.cvid``: 3 credits with a custom
    view).

An operation without the extension costs nothing (Zoho Accounts, Connect). A malformed rule is a
``ValueError`` when the spec is loaded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import runtime_expressions
from .http import ApiRequest

EXTENSION = "x-zoho-credits"
RULE_KEYS = frozenset({"credits", "per", "items", "when"})


def _whole(value: Any, where: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{where} must be a whole number of at least {minimum}")
    return value


@dataclass(frozen=True)
class CreditRule:
    """What one operation costs."""

    credits: int = 0
    per: int | None = None
    items: str | None = None
    when: tuple[tuple[str, int], ...] = ()

    @classmethod
    def from_extension(cls, value: Any, where: str = EXTENSION) -> CreditRule:
        """The rule an ``x-zoho-credits`` value states (None: the operation costs nothing)."""
        if value is None:
            return cls()
        if not isinstance(value, Mapping):
            return cls(_whole(value, where, 0))
        unknown = set(value) - RULE_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        credits = _whole(value.get("credits"), f"{where}.credits", 0)
        per = items = None
        if "per" in value or "items" in value:
            per = _whole(value.get("per"), f"{where}.per", 1)
            items = value.get("items")
            if not isinstance(items, str):
                raise ValueError(f"{where}.items must be a runtime expression")
            runtime_expressions.check_expression(items)
        when = []
        for index, case in enumerate(value.get("when") or []):
            if not isinstance(case, Mapping) or not isinstance(case.get("present"), str):
                raise ValueError(f"{where}.when[{index}] needs a 'present' runtime expression")
            runtime_expressions.check_expression(case["present"])
            when.append((case["present"], _whole(case.get("credits"), f"{where}.when[{index}].credits", 0)))
        return cls(credits, per, items, tuple(when))

    def cost(self, request: ApiRequest) -> int:
        """The credits ``request`` costs."""
        for expression, credits in self.when:
            if runtime_expressions.evaluate(expression, request) not in (None, "", [], {}):
                return credits
        if self.per is None or self.items is None:
            return self.credits
        count = _count(runtime_expressions.evaluate(self.items, request))
        return self.credits * max(1, math.ceil(count / self.per))


def _count(value: Any) -> int:
    """How many items ``value`` holds: a JSON array's length, or a comma-separated list's parts."""
    if isinstance(value, list):
        return len(value)
    if isinstance(value, str):
        return sum(1 for part in value.split(",") if part.strip())
    return 0
