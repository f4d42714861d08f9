"""Path parameters whose examples go together carry the same example names.

A generic tool (schemathesis, the executable-examples test) builds a request from one example of
each parameter, pairing them by name and cycling through whichever are left. When a module's
examples and a record id's examples have different names, some requests name a record under
another module (``/Price_Books/{a lead's id}``), which the API refuses; a fuzzer that meets such a
refusal first stops testing the operation. So in every operation the named examples of its path
parameters must be named alike: each path parameter with named examples has the same names.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec_files import api_names, load_dist, operations, resolve


def _path_parameters(document: dict[str, Any], path: str, method: str) -> dict[str, dict[str, Any]]:
    """The operation's path parameters by name (an operation's own override the path item's)."""
    item = document["paths"][path]
    found: dict[str, dict[str, Any]] = {}
    for holder in (item, item[method]):
        for parameter in holder.get("parameters", []):
            parameter = resolve(document, parameter)
            if parameter["in"] == "path":
                found[parameter["name"]] = parameter
    return found


def _cases() -> list[tuple[str, str, str]]:
    return [(api, method, path) for api in api_names() for method, path, _ in operations(load_dist(api))]


@pytest.mark.parametrize(("api", "method", "path"), _cases())
def test_named_path_examples_pair_up(api: str, method: str, path: str) -> None:
    document = load_dist(api)
    named = {
        name: set(parameter["examples"])
        for name, parameter in _path_parameters(document, path, method.lower()).items()
        if parameter.get("examples")
    }
    if len(named) < 2:
        return
    names = list(named.values())
    assert all(group == names[0] for group in names), f"{method} {path}: {named}"
