"""Where the specs live and how tests read them (shared by the spec, codegen and contract suites)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
SPEC_DIR = REPO / "spec"
DIST_DIR = SPEC_DIR / "dist"
GENERATED_DIR = REPO / "generated"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def api_names() -> list[str]:
    """Every API with a source spec (a folder of ``spec/`` holding ``openapi.yaml``)."""
    return sorted(p.parent.name for p in SPEC_DIR.glob("*/openapi.yaml") if not p.parent.name.startswith("_"))


@cache
def load_dist(api: str) -> dict[str, Any]:
    """The bundled spec of ``api`` as committed in ``spec/dist``."""
    with (DIST_DIR / f"{api}.yaml").open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def resolve(document: dict[str, Any], node: Any) -> Any:
    """``node`` with its local ``$ref`` followed (again while the target is a reference itself); any
    other node as it is. A ``$ref`` must be a JSON pointer into ``document`` (``#/components/...``)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(METHOD, path, operation)`` for every operation of a bundled spec."""
    found = []
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((method.upper(), path, item[method]))
    return found
