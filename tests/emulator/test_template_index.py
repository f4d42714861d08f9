"""``TemplateIndex`` finds exactly what trying every template in turn finds, in the same order:
for the emulator's own routes and operations, and for paths that are near misses of them."""

from __future__ import annotations

from collections.abc import Iterator

from starlette.applications import Starlette

from zohokit_emulator.app import backend_of
from zohokit_emulator.core.paths import PathTemplate, TemplateIndex, split_path

ODD_PATHS = ["/", "", "/crm", "/crm/v2/", "/crm/v2/Leads/1/2/3/4/5/6/7", "//crm//v2", "/crm/v2/Leads//Notes"]


def near_paths(template: PathTemplate) -> Iterator[str]:
    """The template filled with a value, with a literal word of the emulator, with an empty
    segment (no match), and one segment shorter and longer."""
    for filler in ("4150868000000224005", "search", ""):
        segments = [
            filler if name else literal for literal, name in zip(template.segments, template.params, strict=True)
        ]
        yield "/" + "/".join(segments)
        yield "/" + "/".join(segments[:-1])
        yield "/" + "/".join([*segments, "extra"])


def every_template_in_turn(templates: list[PathTemplate], path: str) -> list[tuple[int, dict[str, str]]]:
    segments = split_path(path)
    found = [(number, template.match(segments)) for number, template in enumerate(templates)]
    return [(number, values) for number, values in found if values is not None]


def test_the_index_agrees_with_every_template_in_turn(app: Starlette) -> None:
    backend = backend_of(app)
    routes = [route.template for route in app.router.default.table.routes]  # type: ignore[attr-defined]
    operations = [op.template for spec in backend.specs.values() if spec is not None for op in spec.operations]
    for templates in (routes, operations):
        index = TemplateIndex((template, number) for number, template in enumerate(templates))
        paths = [path for template in templates for path in near_paths(template)] + ODD_PATHS
        for path in paths:
            assert index.matches(split_path(path)) == every_template_in_turn(templates, path), path


def test_a_parameter_takes_any_non_empty_segment_and_literals_only_themselves() -> None:
    index = TemplateIndex(
        (PathTemplate.parse(text), text) for text in ("/crm/v2/{module}", "/crm/v2/{module}/search", "/crm/v2/users")
    )
    assert index.matches(split_path("/crm/v2/users")) == [
        ("/crm/v2/{module}", {"module": "users"}),
        ("/crm/v2/users", {}),
    ]
    assert index.matches(split_path("/crm/v2/Leads/search")) == [("/crm/v2/{module}/search", {"module": "Leads"})]
    assert index.matches(split_path("/crm/v2//search")) == []
    assert index.matches(split_path("/crm/v3/Leads")) == []
