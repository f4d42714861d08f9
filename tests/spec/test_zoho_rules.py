"""Every ``x-zoho-rule`` is a documented rule of one operation, in a form readers and tools can use
(spec/README.md, "Rules"): a non-empty English sentence on an operation object, naming the status
Zoho refuses with, a status the operation documents, and saying nothing of how the spec was made."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from zoho_refusals import RULE_EXTENSION, documented_rule

from tests.spec.test_user_facing_text import bad_words
from tests.spec_files import HTTP_METHODS, api_names, load_dist, operations

APIS = api_names()
STATUS = re.compile(r"\b[45]\d\d\b")
# Words about the tooling around the spec rather than about the API.
TOOLING = re.compile(r"\b(test\w*|fuzz\w*|schemathesis|exempt\w*|emulator)\b", re.IGNORECASE)
# A sentence end followed by another sentence.
SECOND_SENTENCE = re.compile(r"[.!?]\s+[A-Z`]")


def extension_places(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """``(JSON pointer, value)`` of every ``x-zoho-rule`` in ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            place = f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key == RULE_EXTENSION:
                yield place, value
            else:
                yield from extension_places(value, place)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from extension_places(item, f"{where}/{index}")


def ruled_operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    return [
        (api, method, path, op)
        for api in APIS
        for method, path, op in operations(load_dist(api))
        if RULE_EXTENSION in op
    ]


RULED = ruled_operations()


@pytest.mark.parametrize("api", APIS)
def test_every_rule_sits_on_an_operation(api: str) -> None:
    operation_places = re.compile(rf"^/paths/[^/]+/({'|'.join(HTTP_METHODS)})/{re.escape(RULE_EXTENSION)}$")
    misplaced = [place for place, _ in extension_places(load_dist(api)) if not operation_places.match(place)]
    assert not misplaced, f"{RULE_EXTENSION} outside an operation object: {misplaced}"


def test_some_operations_state_a_rule() -> None:
    assert RULED, f"no operation of any spec carries {RULE_EXTENSION}"


@pytest.mark.parametrize(
    ("api", "method", "path", "op"), RULED, ids=[f"{api}:{op.get('operationId')}" for api, _, _, op in RULED]
)
def test_every_rule_is_one_sentence_naming_a_documented_status(
    api: str, method: str, path: str, op: dict[str, Any]
) -> None:
    raw = op[RULE_EXTENSION]
    assert isinstance(raw, str) and raw.strip(), f"{method} {path}: {RULE_EXTENSION} must be a non-empty string"
    rule = documented_rule(op)
    assert rule == raw.strip()
    assert rule.endswith("."), f"{method} {path}: a rule is one sentence ending with a full stop: {rule!r}"
    assert not SECOND_SENTENCE.search(rule), f"{method} {path}: a rule is one sentence: {rule!r}"
    assert not bad_words(rule), f"{method} {path}: {bad_words(rule)} in {rule!r}"
    assert not TOOLING.search(rule), f"{method} {path}: the rule speaks of tooling, not the API: {rule!r}"
    statuses = STATUS.findall(rule)
    assert statuses, f"{method} {path}: the rule names no HTTP status Zoho refuses with: {rule!r}"
    undocumented = sorted(set(statuses) - set(op.get("responses", {})))
    assert not undocumented, f"{method} {path}: the rule names statuses the operation does not document: {undocumented}"
