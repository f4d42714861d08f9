"""The bundled specs are valid, complete against the seeds, and their examples match their schemas."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from tests.spec_files import SPEC_DIR, api_names, load_dist, operations, resolve

APIS = api_names()


def test_every_api_has_a_bundled_spec() -> None:
    assert set(APIS) >= {"crm", "crm_bulk", "recruit", "bigin", "accounts", "connect"}


@pytest.mark.parametrize("api", APIS)
def test_bundled_spec_is_valid_openapi_303(api: str) -> None:
    document = load_dist(api)
    assert document["openapi"] == "3.0.3"
    validate(document)


@pytest.mark.parametrize("api", APIS)
def test_first_server_is_the_production_base_url(api: str) -> None:
    expected = {
        "crm": "https://www.zohoapis.com/crm/v2",
        "crm_bulk": "https://www.zohoapis.com/crm/bulk/v2",
        "recruit": "https://recruit.zoho.com/recruit/v2",
        "bigin": "https://www.zohoapis.com/bigin/v1",
        "accounts": "https://accounts.zoho.com/oauth/v2",
    }
    url = load_dist(api)["servers"][0]["url"]
    if api == "connect":
        assert all(path.startswith("/v1/") for path in load_dist(api)["paths"])
    else:
        assert url == expected[api]


def _documented_operations() -> list[tuple[str, str, str, str]]:
    """``(api, METHOD, path, operationId)`` from every ``spec/<api>/OPERATIONS*.txt`` list."""
    rows = []
    for api in APIS:
        for listing in sorted((SPEC_DIR / api).glob("OPERATIONS*.txt")):
            for line in listing.read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    method, path, operation_id = line.split()
                    rows.append((api, method, path, operation_id))
    return rows


def test_every_api_lists_its_documented_operations() -> None:
    listed = Counter(api for api, *_ in _documented_operations())
    assert all(listed[api] > 0 for api in APIS), listed


@pytest.mark.parametrize(("api", "method", "path", "operation_id"), _documented_operations())
def test_documented_operation_is_in_the_spec(api: str, method: str, path: str, operation_id: str) -> None:
    by_route = {(m, p): op for m, p, op in operations(load_dist(api))}
    assert (method, path) in by_route, f"{method} {path} missing from spec/dist/{api}.yaml"
    assert by_route[(method, path)]["operationId"] == operation_id


def test_operation_ids_are_unique_across_all_specs() -> None:
    ids = Counter(op["operationId"] for api in APIS for _, _, op in operations(load_dist(api)))
    assert [name for name, count in ids.items() if count > 1] == []


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_an_id_one_tag_and_a_description(api: str) -> None:
    for method, path, op in operations(load_dist(api)):
        where = f"{api} {method} {path}"
        assert op.get("operationId", "")[:1].islower(), f"{where}: operationId must be camelCase"
        assert len(op.get("tags", [])) == 1, f"{where}: exactly one tag"
        assert op.get("summary") or op.get("description"), f"{where}: undocumented"


# Keys whose values are data, not schemas: never look for schemas inside them.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "x-example"})


def _inline_object_schemas(node: Any, where: str) -> Iterator[str]:
    """Object schemas with properties that are not components (the generator would invent names).

    ``properties`` maps names to schemas, so a property that happens to be called ``properties`` is
    walked as a schema, never mistaken for the keyword.
    """
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict) and node.get("type", "object") == "object":
            yield where
        for key, value in node.items():
            if key in _DATA_KEYS:
                continue
            if key == "properties" and isinstance(value, dict):
                for name, schema in value.items():
                    yield from _inline_object_schemas(schema, f"{where}/properties/{name}")
            else:
                yield from _inline_object_schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _inline_object_schemas(value, f"{where}/{index}")


@pytest.mark.parametrize("api", APIS)
def test_operations_use_only_named_schemas(api: str) -> None:
    document = load_dist(api)
    inline = list(_inline_object_schemas(document.get("paths", {}), "#/paths"))
    for kind in ("parameters", "responses", "requestBodies", "headers"):
        inline += _inline_object_schemas(document.get("components", {}).get(kind, {}), f"#/components/{kind}")
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        top_level = {key: value for key, value in schema.items() if key != "properties"}
        inline += _inline_object_schemas(top_level, f"#/components/schemas/{name}")
        for prop, prop_schema in (schema.get("properties") or {}).items():
            inline += _inline_object_schemas(prop_schema, f"#/components/schemas/{name}/properties/{prop}")
    assert inline == []


def _examples(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """``(where, schema, value)`` for every example in a spec: media types, parameters, schemas."""

    def from_holder(holder: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, Any], Any]]:
        schema = holder.get("schema")
        if schema is None:
            return
        if "example" in holder:
            yield where, schema, holder["example"]
        for name, example in (holder.get("examples") or {}).items():
            example = resolve(document, example)
            if "value" in example:
                yield f"{where}/examples/{name}", schema, example["value"]

    def walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any], Any]]:
        if isinstance(node, dict):
            if "schema" in node and ("example" in node or "examples" in node):
                yield from from_holder(node, where)
            for key, value in node.items():
                if key not in ("example", "examples"):
                    yield from walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}/{index}")

    yield from walk(document.get("paths", {}), "#/paths")
    yield from walk({k: v for k, v in document.get("components", {}).items() if k != "schemas"}, "#/components")
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        if "example" in schema:
            yield f"#/components/schemas/{name}", schema, schema["example"]


def _all_examples() -> list[tuple[str, str, dict[str, Any], Any]]:
    return [(api, *example) for api in APIS for example in _examples(load_dist(api))]


def test_the_specs_carry_examples() -> None:
    per_api = Counter(api for api, *_ in _all_examples())
    assert all(per_api[api] > 0 for api in APIS), per_api


@pytest.mark.parametrize(
    ("api", "where", "schema", "value"),
    _all_examples(),
    ids=[f"{api}:{where}" for api, where, *_ in _all_examples()],
)
def test_example_validates_against_its_schema(api: str, where: str, schema: dict[str, Any], value: Any) -> None:
    root = {**schema, "components": load_dist(api).get("components", {})}
    errors = sorted(OAS30Validator(root).iter_errors(value), key=lambda error: list(error.path))
    assert errors == [], "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
