"""URL templates (``/crm/v2/{module_api_name}/{record_id}``) shared by the router and the spec index.

A template matches a path segment by segment; ``{name}`` matches one non-empty segment. When
several templates match a path, the most specific wins: at the first segment where they differ,
a literal beats a parameter (so ``/{module}/search`` beats ``/{module}/{record_id}``).
"""

from __future__ import annotations

from dataclasses import dataclass


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

    @property
    def specificity(self) -> tuple[int, ...]:
        """Literal segments score 1, parameters 0; compared lexicographically (higher wins)."""
        return tuple(0 if name else 1 for name in self.params)

    def match(self, segments: list[str]) -> dict[str, str] | None:
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
