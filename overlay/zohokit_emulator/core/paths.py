"""URL templates (``/crm/v2/{module_api_name}/{record_id}``) shared by the router and the spec index.

A template matches a path segment by segment; ``{name}`` matches one non-empty segment. When
several templates match a path, the most specific wins: at the first segment where they differ,
a literal beats a parameter (so ``/{module}/search`` beats ``/{module}/{record_id}``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

T = TypeVar("T")


def split_path(path: str) -> list[str]:
    """Segments of a path; a trailing slash is ignored."""
    stripped = path.strip("/")
    return stripped.split("/") if stripped else []


@dataclass(frozen=True)
class PathTemplate:
    template: str
    segments: tuple[str, ...]
    params: tuple[str | None, ...]

    @classmethod
    def parse(cls, template: str) -> PathTemplate:
        segments = tuple(split_path(template))
        params = tuple(seg[1:-1] if seg.startswith("{") and seg.endswith("}") else None for seg in segments)
        return cls(template, segments, params)

    @cached_property  # asked on every request for each matching template; the template never changes
    def specificity(self) -> tuple[int, ...]:
        """Literal segments score 1, parameters 0; compared lexicographically (higher wins)."""
        return tuple(0 if name else 1 for name in self.params)

    def match(self, segments: Sequence[str]) -> dict[str, str] | None:
        if len(segments) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for literal, name, actual in zip(self.segments, self.params, segments, strict=True):
            if name is not None:
                if not actual:
                    return None
                values[name] = actual
            elif literal != actual:
                return None
        return values


@dataclass
class _Branch(Generic[T]):
    """One level of a :class:`TemplateIndex`: the templates that end here and the ways on."""

    ends: list[tuple[int, PathTemplate, T]] = field(default_factory=list)
    literals: dict[str, _Branch[T]] = field(default_factory=dict)
    parameter: _Branch[T] | None = None


class TemplateIndex(Generic[T]):
    """Items found by the templates that match a path, without trying every template.

    The templates form a tree of segments (a branch per literal, one for any parameter), so a
    lookup follows the path's segments instead of matching each of the hundred-odd templates of
    the emulator on every request. :meth:`matches` gives what matching every template in turn
    would: each item whose template matches, in the order the items were given.
    """

    def __init__(self, items: Iterable[tuple[PathTemplate, T]]) -> None:
        self._root: _Branch[T] = _Branch()
        for order, (template, item) in enumerate(items):
            branch = self._root
            for literal, name in zip(template.segments, template.params, strict=True):
                if name is not None:
                    branch.parameter = branch.parameter or _Branch()
                    branch = branch.parameter
                else:
                    branch = branch.literals.setdefault(literal, _Branch())
            branch.ends.append((order, template, item))

    def matches(self, segments: Sequence[str]) -> list[tuple[T, dict[str, str]]]:
        """Every item whose template matches ``segments``, with the template's parameter values."""
        found: list[tuple[int, T, dict[str, str]]] = []
        pending: list[tuple[_Branch[T], int]] = [(self._root, 0)]
        while pending:
            branch, depth = pending.pop()
            if depth == len(segments):
                for order, template, item in branch.ends:
                    values = template.match(segments)
                    if values is not None:
                        found.append((order, item, values))
                continue
            segment = segments[depth]
            literal = branch.literals.get(segment)
            if literal is not None:
                pending.append((literal, depth + 1))
            if branch.parameter is not None and segment:  # a parameter takes a non-empty segment
                pending.append((branch.parameter, depth + 1))
        found.sort(key=lambda entry: entry[0])
        return [(item, values) for _, item, values in found]
