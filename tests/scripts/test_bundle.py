"""The bundler (redocly bundle plus our checks and writer), judged on its output: hoisting, inlining,
extensions kept, clear failures, deterministic and YAML-1.2-safe output."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bundle import BundleError, bundle_api, dump

ROOT = """\
openapi: 3.0.3
info: {title: Sample, version: "1"}
servers: [{url: "https://example.com/v1"}]
paths:
  /things:
    $ref: ./paths/things.yaml
"""
PATH_ITEM = """\
get:
  operationId: getThings
  tags: [things]
  summary: List things
  responses:
    "200":
      description: ok
      content:
        application/json:
          schema: {$ref: ../components/schemas/Thing.yaml}
"""


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = root / "sample" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def test_component_files_are_hoisted_under_their_file_names(tmp_path: Path) -> None:
    spec_dir = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": PATH_ITEM,
            "components/schemas/Thing.yaml": "type: object\nproperties:\n  code: {type: string, example: '0179'}\n",
        },
    )
    document = yaml.safe_load(bundle_api("sample", spec_dir))
    schema_ref = document["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema_ref == {"$ref": "#/components/schemas/Thing"}
    assert document["components"]["schemas"]["Thing"]["properties"]["code"]["example"] == "0179"


def test_output_is_deterministic_and_quotes_numeric_looking_strings(tmp_path: Path) -> None:
    spec_dir = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": PATH_ITEM,
            "components/schemas/Thing.yaml": (
                "type: object\nexample: {zip: '0179', n: '1e5', big: '1_000', hex: '0x1F', half: '.5', word: 'yes'}\n"
            ),
        },
    )
    first, second = bundle_api("sample", spec_dir), bundle_api("sample", spec_dir)
    assert first == second
    for quoted in ("zip: '0179'", "n: '1e5'", "big: '1_000'", "hex: '0x1F'", "half: '.5'", "word: 'yes'"):
        assert quoted in first
    example = yaml.safe_load(first)["components"]["schemas"]["Thing"]["example"]
    assert example == {"zip": "0179", "n": "1e5", "big": "1_000", "hex": "0x1F", "half": ".5", "word": "yes"}


def test_path_items_are_inlined_and_extensions_survive(tmp_path: Path) -> None:
    spec_dir = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT.replace("paths:", "x-api-family: zoho\npaths:"),
            "paths/things.yaml": PATH_ITEM.replace("  summary:", "  x-zoho-scope: ZohoCRM.modules.READ\n  summary:"),
            "components/schemas/Thing.yaml": "type: object\nx-source: {document: Things, note: as printed}\n",
        },
    )
    document = yaml.safe_load(bundle_api("sample", spec_dir))
    assert document["x-api-family"] == "zoho"
    assert document["paths"]["/things"]["get"]["operationId"] == "getThings"
    assert document["paths"]["/things"]["get"]["x-zoho-scope"] == "ZohoCRM.modules.READ"
    assert document["components"]["schemas"]["Thing"]["x-source"] == {"document": "Things", "note": "as printed"}


def test_components_are_written_sorted_whatever_the_order_of_first_use(tmp_path: Path) -> None:
    two_refs = PATH_ITEM.replace(
        "responses:",
        "parameters: [{name: q, in: query, schema: {$ref: ../components/schemas/Zeta.yaml}}]\n  responses:",
    )
    spec_dir = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": two_refs,
            "components/schemas/Thing.yaml": "type: object\n",
            "components/schemas/Zeta.yaml": "type: string\n",
        },
    )
    document = yaml.safe_load(bundle_api("sample", spec_dir))
    assert list(document["components"]["schemas"]) == ["Thing", "Zeta"]
    assert list(document)[:5] == ["openapi", "info", "servers", "paths", "components"]


def test_missing_file_names_the_file_and_the_ref(tmp_path: Path) -> None:
    spec_dir = _write(tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": PATH_ITEM})
    with pytest.raises(BundleError, match=r"Thing\.yaml") as caught:
        bundle_api("sample", spec_dir)
    assert "sample/paths/things.yaml" in str(caught.value)


def test_unresolved_local_pointer_fails(tmp_path: Path) -> None:
    broken = PATH_ITEM.replace("{$ref: ../components/schemas/Thing.yaml}", "{$ref: '#/components/schemas/Nope'}")
    spec_dir = _write(tmp_path, {"openapi.yaml": ROOT, "paths/things.yaml": broken})
    with pytest.raises(BundleError, match="Nope") as caught:
        bundle_api("sample", spec_dir)
    assert "sample/paths/things.yaml" in str(caught.value)


def test_two_files_claiming_one_component_name_fail(tmp_path: Path) -> None:
    clashing = PATH_ITEM.replace(
        "responses:",
        "parameters: [{name: q, in: query, schema: {$ref: ../other/components/schemas/Thing.yaml}}]\n  responses:",
    )
    spec_dir = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": clashing,
            "components/schemas/Thing.yaml": "type: string\n",
            "other/components/schemas/Thing.yaml": "type: integer\n",
        },
    )
    with pytest.raises(BundleError, match="already defined"):
        bundle_api("sample", spec_dir)


def test_invalid_openapi_is_reported(tmp_path: Path) -> None:
    spec_dir = _write(
        tmp_path,
        {
            "openapi.yaml": ROOT.replace('info: {title: Sample, version: "1"}\n', ""),
            "paths/things.yaml": PATH_ITEM,
            "components/schemas/Thing.yaml": "type: object\n",
        },
    )
    with pytest.raises(BundleError, match="not valid OpenAPI"):
        bundle_api("sample", spec_dir)


def test_dump_never_writes_anchors() -> None:
    shared = {"type": "string"}
    assert "&" not in dump({"a": shared, "b": shared})
