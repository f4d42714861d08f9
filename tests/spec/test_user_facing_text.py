"""What users read in the specs and the generated clients says what the API does, not how the spec was made.

Every ``description``, ``summary`` and ``title`` of the bundled specs (``spec/dist``) and every generated
Python file (``generated/``) is checked for provenance words ("seed", "scrap", "source document") and for
CJK characters; every parameter and every schema property must carry a description. Where a spec came
from belongs in ``x-source`` extensions and ``spec/SOURCES.md``, which users never see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.spec_files import GENERATED_DIR, HTTP_METHODS, api_names, load_dist

APIS = api_names()
RECORD_PAGES = ("Get Records", "Insert Records", "Update Records", "Upsert Records", "Delete Records", "Search Records")
# Pages of Zoho's public API references that the Recruit and Bigin record operations follow.
REFERENCE_PAGES = (
    *(f"Zoho Recruit API v2 public reference — {page}" for page in RECORD_PAGES),
    *(f"Zoho Bigin API v1 public reference — {page}" for page in (*RECORD_PAGES, "Get Notes", "Get Related Records")),
)
# The titles of the documents the specs follow (spec/SOURCES.md); x-source names them so and no other way.
DOCUMENT_TITLES = frozenset(
    (
        "Zoho CRM API v2, in Chinese",
        "Zoho Recruit v2 — Get Associated Records",
        "Zoho Recruit v2 — Change Submission Status",
        "Zoho Bigin v1 — Update Related Records",
        "Connect — Recruitment API",
        *REFERENCE_PAGES,
    )
)
TEXT_KEYS = ("description", "summary", "title")
# Words that tell how the spec was written rather than what the API does.
PROVENANCE = re.compile(r"\bseed|scrap|source document", re.IGNORECASE)
# CJK ideographs, kana, hangul and full-width punctuation: the CRM documentation is in Chinese.
# Mappings whose keys are names chosen by the spec, not OpenAPI keywords.
NAME_MAPS = frozenset(
    (
        "properties",
        "paths",
        "schemas",
        "parameters",
        "responses",
        "requestBodies",
        "headers",
        "examples",
        "links",
        "securitySchemes",
        "callbacks",
        "content",
        "variables",
        "mapping",
        "scopes",
    )
)
# A generated ``Args:``/``Attributes:`` entry with no text after the type (at most a default).
BLANK_DOC_ENTRY = re.compile(r"^\s{8}[A-Za-z_]\w* \([^()]*\):\s*(Default: .*)?$")
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def text_fields(node: Any, where: str = "", names: bool = False) -> Iterator[tuple[str, str]]:
    """``(place, text)`` of every description, summary and title in ``node``.

    Extensions (``x-...``) and example values are skipped: they are not prose shown to users
    (example values are data, and ``x-source`` is where provenance belongs). ``names`` is true for a
    mapping whose keys are names (properties, components, paths), where no key has a special meaning.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            place = f"{where}/{key}"
            if names:
                yield from text_fields(value, place)
            elif str(key).startswith("x-") or key in ("example", "value", "default", "enum"):
                continue
            elif key in TEXT_KEYS and isinstance(value, str):
                yield place, value
            else:
                yield from text_fields(value, place, names=key in NAME_MAPS)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from text_fields(item, f"{where}/{index}")


def bad_words(text: str) -> list[str]:
    """The provenance words and CJK characters found in ``text`` (empty when it is clean)."""
    return [match.group(0) for match in PROVENANCE.finditer(text)] + [match.group(0) for match in CJK.finditer(text)]


def excerpt(text: str) -> str:
    """The part of ``text`` around its first bad word, for a failure message that shows the culprit."""
    match = PROVENANCE.search(text) or CJK.search(text)
    start = max(match.start() - 60, 0) if match else 0
    return repr(text[start : start + 140])


def x_sources(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """``(place, value)`` of every ``x-source`` extension in ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-source":
                yield f"{where}/{key}", value
            else:
                yield from x_sources(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from x_sources(item, f"{where}/{index}")


def parameters(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(place, parameter)`` for every inline parameter and every component parameter."""
    for name, parameter in document.get("components", {}).get("parameters", {}).items():
        yield f"#/components/parameters/{name}", parameter
    for path, item in document.get("paths", {}).items():
        for index, parameter in enumerate(item.get("parameters", [])):
            yield f"paths {path} parameters[{index}]", parameter
        for method in HTTP_METHODS:
            for index, parameter in enumerate(item.get(method, {}).get("parameters", [])):
                yield f"{method.upper()} {path} parameters[{index}]", parameter
    for name, header in document.get("components", {}).get("headers", {}).items():
        yield f"#/components/headers/{name}", header


def properties(node: Any, where: str, names: bool = False) -> Iterator[tuple[str, Any]]:
    """``(place, property schema)`` for every property of every object schema inside ``node``."""
    if isinstance(node, dict):
        if not names and isinstance(node.get("properties"), dict):
            for name, schema in node["properties"].items():
                yield f"{where}/properties/{name}", schema
        for key, value in node.items():
            if not names and (str(key).startswith("x-") or key in ("example", "examples", "enum", "default")):
                continue
            yield from properties(value, f"{where}/{key}", names=not names and key in NAME_MAPS)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from properties(item, f"{where}/{index}")


def has_description(node: Any) -> bool:
    """A ``$ref`` carries the description of what it points to; anything else needs its own."""
    return isinstance(node, dict) and ("$ref" in node or bool(str(node.get("description", "")).strip()))


@pytest.mark.parametrize("api", APIS)
def test_spec_text_names_no_provenance_and_no_cjk(api: str) -> None:
    found = [
        f"{place}: {words} in {excerpt(text)}"
        for place, text in text_fields(load_dist(api))
        if (words := bad_words(text))
    ]
    assert not found, f"spec/dist/{api}.yaml user-facing text says how the spec was made:\n" + "\n".join(found)


@pytest.mark.parametrize("api", APIS)
def test_every_parameter_has_a_description(api: str) -> None:
    missing = [place for place, parameter in parameters(load_dist(api)) if not has_description(parameter)]
    assert not missing, f"spec/dist/{api}.yaml parameters without a description:\n" + "\n".join(missing)


@pytest.mark.parametrize("api", APIS)
def test_every_schema_property_has_a_description(api: str) -> None:
    document = load_dist(api)
    roots = {"#/components": document.get("components", {}), "#/paths": document.get("paths", {})}
    missing = [
        place
        for where, root in roots.items()
        for place, schema in properties(root, where)
        if not has_description(schema)
    ]
    assert not missing, f"spec/dist/{api}.yaml properties without a description:\n" + "\n".join(missing)


@pytest.mark.parametrize("api", APIS)
def test_x_source_names_a_document_by_title(api: str) -> None:
    found = list(x_sources(load_dist(api)))
    assert found, f"spec/dist/{api}.yaml has no x-source: the bundler must keep x- extensions"
    wrong = [
        f"{place}: {value!r}"
        for place, value in found
        if not isinstance(value, dict)
        or value.get("document") not in DOCUMENT_TITLES
        or not str(value.get("note", "")).strip()
        or PROVENANCE.search(str(value.get("note")))
    ]
    assert not wrong, (
        f"spec/dist/{api}.yaml x-source entries need a document title and a note without provenance words:\n"
        + "\n".join(wrong)
    )


def generated_files() -> list[Path]:
    return sorted(GENERATED_DIR.glob("*/**/*.py"))


def test_generated_python_names_no_provenance_and_no_cjk() -> None:
    files = generated_files()
    assert files, f"no generated Python under {GENERATED_DIR.name}/: run make generate"
    found = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "x-source" in line or "x_source" in line:
                found.append(f"{path.relative_to(GENERATED_DIR.parent)}:{number}: generated from an x-source extension")
            if words := bad_words(line):
                found.append(f"{path.relative_to(GENERATED_DIR.parent)}:{number}: {words} in {excerpt(line.strip())}")
    assert not found, "generated code says how the spec was made:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The seed's sample was lost in scraping.", ["seed", "scrap"]),
        ("Seeds are not mentioned", ["Seed"]),
        ("As printed in the source documents.", ["source document"]),
        ("插入指定记录", list("插入指定记录")),
        ("Returns a page of the module's records.", []),
    ],
)
def test_bad_words_finds_provenance_and_cjk(text: str, expected: list[str]) -> None:
    assert bad_words(text) == expected


def test_generated_docstrings_describe_every_argument_and_attribute() -> None:
    files = generated_files()
    assert files, f"no generated Python under {GENERATED_DIR.name}/: run make generate"
    blank = [
        f"{path.relative_to(GENERATED_DIR.parent)}:{number}: {line.strip()!r}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if BLANK_DOC_ENTRY.match(line)
    ]
    assert not blank, "generated docstring entries without a description:\n" + "\n".join(blank)
