"""Routes, services and the route table.

A service (``services/<name>/urls.py``) describes itself with one ``Service``: its base path, the
spec it is validated against, its store class and its routes (paths relative to the base). The
app joins every service's routes into one ``RouteTable``; the table resolves a request to a route
or raises the Zoho error: 404 ``INVALID_URL_PATTERN`` for an unknown path, 405
``INVALID_REQUEST_METHOD`` when the path exists but not with that method.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .errors import EmulatorError, invalid_request_method, invalid_url_pattern
from .http import ApiRequest, Principal, Reply
from .paths import PathTemplate, TemplateIndex, split_path

if TYPE_CHECKING:
    from starlette.datastructures import Headers

    from .backend import Backend

Handler = Callable[[ApiRequest], Reply]
Authenticator = Callable[["Backend", "Headers"], Principal]
ErrorEnvelope = Callable[["Backend", str, EmulatorError], EmulatorError]


@dataclass(frozen=True)
class Route:
    """One operation. ``path`` is relative to the service base until the table makes it absolute.

    The OAuth scopes it needs and the API credits it costs are not here: they come from its
    operation in the service's spec (``core/operation_policy.py``)."""

    method: str
    path: str
    handler: Handler
    auth: str | None = "zoho"
    """Name of the authenticator (``zoho``, ``connect``...), or None for a public route."""
    validate: bool = True
    """Validate against the service's spec (when the spec covers the route)."""
    validate_params: bool = True
    """Validate query parameters too; off where the handler answers with a more specific error
    (for example ``LIMIT_EXCEEDED`` for too many ``ids``)."""
    per_item_key: str | None = None
    """Body array whose per-item problems the handler reports itself (``data`` of record writes)."""
    item_schema: bool = False
    """Check each item of ``per_item_key`` against the spec's item schema too, and refuse an item
    that breaks it in its own result (for fixed item shapes: tags, variables...; not for records,
    whose fields the handlers check against the org's field metadata)."""
    body_error: Callable[[Any], Any] | None = None
    """Maps a JSON-schema error of the body to the service's own ``ZohoError`` (None: the generic
    mapping), for APIs whose documented validation codes are specific (Bulk Read)."""
    control: bool = False
    """An ``/_emulator`` route: no faults, limits, latency or credits."""
    service: str = ""
    api: str | None = None
    template: PathTemplate = field(default=PathTemplate.parse("/"), compare=False)


def route(method: str, path: str, handler: Handler, **options: Any) -> Route:
    return Route(method=method.upper(), path=path, handler=handler, template=PathTemplate.parse(path), **options)


def get(path: str, handler: Handler, **options: Any) -> Route:
    return route("GET", path, handler, **options)


def post(path: str, handler: Handler, **options: Any) -> Route:
    return route("POST", path, handler, **options)


def put(path: str, handler: Handler, **options: Any) -> Route:
    return route("PUT", path, handler, **options)


def patch(path: str, handler: Handler, **options: Any) -> Route:
    return route("PATCH", path, handler, **options)


def delete(path: str, handler: Handler, **options: Any) -> Route:
    return route("DELETE", path, handler, **options)


@dataclass
class Service:
    """How one API plugs into the emulator.

    ``base`` is the real base path (``/crm/v2``); ``api`` names the bundled spec
    (``spec/dist/<api>.yaml``) its requests are validated against; ``store`` builds its state
    (called with the backend; must have ``reset()``, may have ``tick(now)``); ``authenticators``
    are the auth schemes this service provides to every route (the accounts service provides
    ``zoho``); ``control_routes`` are extra ``/_emulator/...`` routes (absolute paths).
    """

    name: str
    base: str
    routes: list[Route]
    api: str | None = None
    store: Callable[[Backend], Any] | None = None
    authenticators: dict[str, Authenticator] = field(default_factory=dict)
    control_routes: list[Route] = field(default_factory=list)
    error_envelope: ErrorEnvelope | None = None
    """For an API whose errors are not Zoho envelopes (Connect): turns every error answered on
    this service's routes (the core's too: faults, limits, validation, 500s) into its own shape."""

    def absolute_routes(self) -> list[Route]:
        result = []
        for r in self.routes:
            path = self.base.rstrip("/") + "/" + r.path.lstrip("/") if r.path.strip("/") else self.base
            result.append(replace(r, path=path, service=self.name, api=self.api, template=PathTemplate.parse(path)))
        for r in self.control_routes:
            result.append(
                replace(
                    r,
                    service=self.name,
                    api=None,
                    control=True,
                    auth=None,
                    validate=False,
                    template=PathTemplate.parse(r.path),
                )
            )
        return result


class RouteTable:
    """Every route of every service; resolves a request to one route."""

    def __init__(self, routes: list[Route]) -> None:
        self.routes = routes
        seen: set[tuple[str, str]] = set()
        for r in routes:
            key = (r.method, r.template.template)
            if key in seen:
                raise ValueError(f"duplicate route {r.method} {r.template.template}")
            seen.add(key)
        self._index = TemplateIndex((r.template, r) for r in routes)

    def resolve(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        matches = self._index.matches(split_path(path))
        if not matches:
            raise invalid_url_pattern()
        best = max(r.template.specificity for r, _ in matches)
        allowed = [(r, p) for r, p in matches if r.template.specificity == best]
        for r, params in allowed:
            if r.method == method.upper():
                return r, params
        raise invalid_request_method(sorted({r.method for r, _ in allowed}))

    def allowed_methods(self, path: str) -> list[str]:
        return sorted({r.method for r, _ in self._index.matches(split_path(path))})
