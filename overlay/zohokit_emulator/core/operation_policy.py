"""Each route's scope check and credit charge, taken from its operation in the bundled spec.

A route is matched to the spec operation with its method and path template (both absolute:
``GET /crm/v2/{module_api_name}``), so a service gets scopes and credits for every route whose
operation is in its spec, with no code of its own. The policies are built once, when the app is
made, so a malformed ``security``, ``x-zoho-scope-templates`` or ``x-zoho-credits`` stops the
emulator at start with the operation named.

A route without an operation in a loaded spec (Connect's second mount at the origin root, whose
paths are not under the spec's server), a control route, or any route of an API whose spec is not
loaded (only with ``--no-validate`` and no spec file) gets :data:`NO_POLICY`: no scope needed,
no credits charged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .credit_rules import EXTENSION as CREDITS_EXTENSION
from .credit_rules import CreditRule
from .routing import Route
from .scope_policy import ScopePolicy
from .validation import ApiSpec

RouteKey = tuple[str, str]
"""(method, absolute path template): what identifies a route, and its operation."""


@dataclass(frozen=True)
class OperationPolicy:
    """What the spec says a call of one operation needs (scopes) and costs (credits)."""

    scopes: ScopePolicy = field(default_factory=ScopePolicy)
    credits: CreditRule = field(default_factory=CreditRule)
    operation_id: str | None = None
    """The spec operation this came from (None: no operation)."""


NO_POLICY = OperationPolicy()


def route_key(route: Route) -> RouteKey:
    return route.method, route.template.template


def policy_of(spec: ApiSpec | None, route: Route) -> OperationPolicy:
    """The policy of ``route`` from ``spec``; ValueError naming the operation if it is malformed."""
    if spec is None or route.control:
        return NO_POLICY
    operation = spec.operation_for(route.method, route.template.template)
    if operation is None:
        return NO_POLICY
    where = f"{spec.name} {route.method} {operation.template.template}"
    raw = operation.raw
    return OperationPolicy(
        scopes=ScopePolicy.from_operation(raw, spec.document, where),
        credits=CreditRule.from_extension(raw.get(CREDITS_EXTENSION), f"{where}: {CREDITS_EXTENSION}"),
        operation_id=raw.get("operationId"),
    )


def policies_for(routes: Iterable[Route], specs: Mapping[str, ApiSpec | None]) -> dict[RouteKey, OperationPolicy]:
    """Every route's policy, by :func:`route_key`."""
    return {route_key(r): policy_of(specs.get(r.api) if r.api else None, r) for r in routes}
