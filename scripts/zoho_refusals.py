"""Zoho's documented refusals of schema-valid requests: of a request that names something the org
does not have, and by the rules operations state in ``x-zoho-rule``.

Zoho refuses an id of a record, module, tag, variable, channel... that does not exist with HTTP 400
(``INVALID_DATA`` "the id given seems to be invalid", ``INVALID_MODULE``, ``ENTITY_ID_INVALID``,
``NOT_SUBSCRIBED``), not 404; Connect answers 400 ``Unknown campaign: ...``. A schema cannot say
which ids exist, so a fuzzer's schema-valid request naming a made-up id gets this documented 400.
The contract suite and ``scripts/fuzz_reach.py`` recognise it with :func:`names_missing_object`.

Some operations refuse schema-valid requests by a further documented rule of their own (a search needs
one of several optional parameters, a photo must be an image, a blueprint needs a record in a
process...). The spec states it on the operation as ``x-zoho-rule`` (see ``spec/README.md``, "Rules"),
which :func:`documented_rule` reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

RULE_EXTENSION = "x-zoho-rule"
"""The operation extension stating, in one sentence, under which documented condition Zoho refuses a
schema-valid request to that operation, and with which status and code."""
MISSING_OBJECT_CODES = frozenset({"INVALID_DATA", "ENTITY_ID_INVALID", "INVALID_MODULE", "NOT_SUBSCRIBED"})
"""Zoho's codes for a request naming something the org does not have; ``INVALID_DATA`` counts only
with its "... given seems to be invalid" message (an id, a relation name)."""


def names_missing_object(status: int, body: Any) -> bool:
    """Whether a 400 refuses the request only because it names objects that do not exist: every
    refusal in it (the error envelope, or each failed item of a multi-record answer) says so."""
    if status != 400 or not isinstance(body, dict):
        return False
    message = body.get("message")
    if body.get("status") == 400 and isinstance(message, str) and message.startswith("Unknown "):
        return True  # Connect's error envelope
    refusals = [item for item in refusal_items(body) if item.get("status") == "error"]
    return bool(refusals) and all(_is_missing_object(item) for item in refusals)


def refusal_items(body: Any) -> list[dict[str, Any]]:
    """The per-record results of an answer: the objects in its top-level arrays (``data``,
    ``variables``, ``tags``, ``watch``...; Recruit nests one array deeper), or the body itself when
    it is a bare error envelope."""
    if not isinstance(body, dict):
        return []
    if body.get("status") == "error":
        return [body]
    found: list[dict[str, Any]] = []
    for value in body.values():
        if isinstance(value, list):
            for item in value:
                rows = item if isinstance(item, list) else [item]
                found.extend(row for row in rows if isinstance(row, dict))
    return found


def _is_missing_object(item: dict[str, Any]) -> bool:
    code, message = item.get("code"), str(item.get("message", ""))
    if code not in MISSING_OBJECT_CODES:
        return False
    return code != "INVALID_DATA" or "seems to be invalid" in message


def documented_rule(operation: Mapping[str, Any]) -> str | None:
    """The operation's documented rule (its ``x-zoho-rule``), or None when it has none; ``operation``
    is an OpenAPI operation object as parsed from a bundled spec."""
    rule = operation.get(RULE_EXTENSION)
    return rule.strip() if isinstance(rule, str) and rule.strip() else None
