"""OAuth scopes: does a token's scope list cover a scope an operation accepts?

Which scopes an operation accepts is its spec's (``core/scope_policy.py``); this module only
compares scopes.

Zoho scopes read ``{service}.{scope name}[.{sub scope}].{operation}``, for example
``ZohoCRM.modules.ALL``, ``ZohoCRM.modules.leads.READ``, ``ZohoCRM.settings.fields.READ``.
A granted scope covers a required one when service and scope name match (case-insensitively),
the granted scope names no sub scope or the same one, and its operation covers the required
operation: ``ALL`` covers everything, ``WRITE`` covers ``CREATE``, ``UPDATE`` and ``DELETE``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

OPERATIONS = ("ALL", "READ", "CREATE", "UPDATE", "DELETE", "WRITE")


@dataclass(frozen=True)
class Scope:
    service: str
    name: str
    sub: str | None
    operation: str

    @classmethod
    def parse(cls, text: str) -> Scope | None:
        parts = text.strip().split(".")
        if len(parts) not in (3, 4) or not all(parts):
            return None
        operation = parts[-1].upper()
        if operation not in OPERATIONS:
            return None
        sub = parts[2].lower() if len(parts) == 4 else None
        return cls(parts[0].lower(), parts[1].lower(), sub, operation)

    def __str__(self) -> str:
        middle = f"{self.name}.{self.sub}" if self.sub else self.name
        return f"{self.service}.{middle}.{self.operation}"


def _operation_covers(granted: str, required: str) -> bool:
    if granted in ("ALL", required):
        return True
    return granted == "WRITE" and required in ("CREATE", "UPDATE", "DELETE")


_parse = functools.lru_cache(maxsize=4096)(Scope.parse)
"""``Scope.parse``, remembered: every request compares the same few scope strings."""


def allows(granted: Iterable[str], required: str) -> bool:
    """Whether any of the ``granted`` scopes covers ``required``."""
    need = _parse(required)
    if need is None:
        return False
    for text in granted:
        have = _parse(text)
        if have is None or (have.service, have.name) != (need.service, need.name):
            continue
        if have.sub is not None and have.sub != need.sub:
            continue
        if _operation_covers(have.operation, need.operation):
            return True
    return False
