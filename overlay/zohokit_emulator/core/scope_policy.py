"""The OAuth scopes an operation accepts, read from its spec.

An operation's ``security`` (or, without one, the document's) lists alternatives, each a set of
scopes that must all be held (OpenAPI's semantics: one requirement object per alternative, its
scopes joined by "and"). Zoho scopes often name the module of the URL
(``ZohoCRM.modules.leads.READ`` for ``GET /Leads``), which a literal list cannot say for a path
parameter, so an operation may add ``x-zoho-scope-templates``: more alternatives of the same
shape whose scopes embed runtime expressions (``ZohoCRM.modules.{$request.path.module_api_name}.READ``,
``{$request.body#/query/module}``; see ``runtime_expressions``). A placeholder's value is written
the way Zoho writes module names in scopes: the security scheme's ``x-zoho-module-scope-names``
entry for it (compared case-insensitively; Recruit's ``Candidates`` is ``candidate``; a list gives
every name Zoho accepts, each making an alternative), else the value in lower case without
underscores (``Sales_Orders`` is ``salesorders``).

A literal alternative that is an instance of a templated one, scope for scope
(``[ZohoRECRUIT.modules.candidate.READ]`` of ``[ZohoRECRUIT.modules.{...}.READ]``), is listed for
tools that ask a user for consent; it stands for the template's value for that one module, so the
check leaves it to the template.

A token passes when its scopes cover every scope of one alternative (``core.scopes.allows``: ALL
covers every operation, WRITE covers CREATE, UPDATE and DELETE, a scope without a sub scope covers
its sub scopes). An operation with an empty alternative (``zohoOAuth: []``) or none at all needs
no particular scope. A refusal is 401 ``OAUTH_SCOPE_MISMATCH`` whose ``details.scope`` names the
first scope the token lacks in the narrowest alternative (the last one, templates first: the
specs list scopes from the broadest to the narrowest).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import runtime_expressions, scopes
from .errors import oauth_scope_mismatch
from .http import ApiRequest

Alternative = tuple[str, ...]

SECURITY_EXTENSION = "x-zoho-scope-templates"
MODULE_NAMES_EXTENSION = "x-zoho-module-scope-names"


def _alternatives(requirements: Any, where: str) -> tuple[Alternative, ...]:
    """``[{scheme: [scope, ...]}, ...]`` as one tuple of scopes per requirement object."""
    if requirements is None:
        return ()
    if not isinstance(requirements, list):
        raise ValueError(f"{where} must be a list of security requirement objects")
    result = []
    for requirement in requirements:
        if not isinstance(requirement, dict):
            raise ValueError(f"{where} must be a list of security requirement objects")
        joined: list[str] = []
        for scheme_scopes in requirement.values():
            if not isinstance(scheme_scopes, list) or not all(isinstance(s, str) for s in scheme_scopes):
                raise ValueError(f"{where}: each scheme names a list of scopes")
            joined.extend(scheme_scopes)
        result.append(tuple(joined))
    return tuple(result)


def _template_pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching the literal scopes ``template`` stands for."""
    parts = runtime_expressions.PLACEHOLDER.split(template)
    # split() alternates literal text and the captured expressions.
    pattern = "".join(re.escape(part) if index % 2 == 0 else "[^.]+" for index, part in enumerate(parts))
    return re.compile(f"^{pattern}$", re.IGNORECASE)


@dataclass(frozen=True)
class ScopePolicy:
    """What one operation requires of a token's scopes."""

    literal: tuple[Alternative, ...] = ()
    templates: tuple[Alternative, ...] = ()
    module_scope_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Module API name (lower case) → the names Zoho's scopes use for it."""
    kept: tuple[Alternative, ...] = field(init=False, repr=False, compare=False)
    """The literal alternatives that are not instances of a template (they do not depend on the
    request, so they are worked out once)."""

    def __post_init__(self) -> None:
        patterns = [tuple(_template_pattern(t) for t in alternative) for alternative in self.templates]
        kept = tuple(alt for alt in self.literal if not any(_instance_of(alt, p) for p in patterns))
        object.__setattr__(self, "kept", kept)

    @classmethod
    def from_operation(
        cls, operation: Mapping[str, Any], document: Mapping[str, Any], where: str = "operation"
    ) -> ScopePolicy:
        """The policy of ``operation`` in ``document`` (a bundled spec); ValueError if malformed."""
        security = operation["security"] if "security" in operation else document.get("security")
        literal = _alternatives(security, f"{where}: security")
        templates = _alternatives(operation.get(SECURITY_EXTENSION), f"{where}: {SECURITY_EXTENSION}")
        for alternative in templates:
            for template in alternative:
                for expression in runtime_expressions.placeholders(template):
                    runtime_expressions.check_expression(expression)
        return cls(literal, templates, _module_scope_names(document))

    @property
    def declares_scopes(self) -> bool:
        """Whether a token needs some scope at all (every alternative names at least one)."""
        alternatives = self.literal + self.templates
        return bool(alternatives) and all(alternatives)

    def alternatives(self, request: ApiRequest) -> list[Alternative]:
        """The alternatives for this request: templates filled in, then the literal ones that are
        not instances of a template."""
        return self._filled(request) + list(self.kept)

    def _filled(self, request: ApiRequest) -> list[Alternative]:
        return [
            combination
            for alternative in self.templates
            for combination in itertools.product(*(self._fill(t, request) for t in alternative))
        ]

    def check(self, granted: Iterable[str], request: ApiRequest) -> None:
        """Raise 401 ``OAUTH_SCOPE_MISMATCH`` unless ``granted`` satisfies one alternative."""
        if not self.declares_scopes:
            return
        held = tuple(granted)
        # The fixed alternatives first: they need no filling in, and broad tokens pass on them.
        for alternative in self.kept:
            if all(scopes.allows(held, scope) for scope in alternative):
                return
        for alternative in self._filled(request):
            if all(scopes.allows(held, scope) for scope in alternative):
                return
        # The last alternative, templates first, with each module's first scope name.
        narrowest = tuple(self._fill(t, request)[0] for t in self.templates[-1]) if self.templates else self.kept[-1]
        lacking = next(scope for scope in narrowest if not scopes.allows(held, scope))
        raise oauth_scope_mismatch(lacking)

    def _fill(self, template: str, request: ApiRequest) -> list[str]:
        """Every scope ``template`` stands for in this request (one per name of its module)."""
        parts = runtime_expressions.PLACEHOLDER.split(template)
        choices: list[tuple[str, ...]] = []
        for index, part in enumerate(parts):
            if index % 2 == 0:
                choices.append((part,))
                continue
            raw = runtime_expressions.evaluate(part, request)
            text = "" if raw is None else str(raw)
            choices.append(self.module_scope_names.get(text.lower(), (text.replace("_", "").lower(),)))
        return ["".join(pieces) for pieces in itertools.product(*choices)]


def _instance_of(alternative: Alternative, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether ``alternative`` is a templated alternative with its placeholders filled in."""
    return len(alternative) == len(patterns) and all(p.match(s) for p, s in zip(patterns, alternative, strict=True))


def _module_scope_names(document: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """The ``x-zoho-module-scope-names`` of the document's security schemes, keys in lower case."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    names: dict[str, tuple[str, ...]] = {}
    for scheme in schemes.values():
        mapping = scheme.get(MODULE_NAMES_EXTENSION) if isinstance(scheme, dict) else None
        if not isinstance(mapping, dict):
            continue
        for module, value in mapping.items():
            listed = value if isinstance(value, list) else [value]
            if not listed or not all(isinstance(name, str) and name for name in listed):
                raise ValueError(f"{MODULE_NAMES_EXTENSION}: {module} needs a scope name or a list of them")
            names[str(module).lower()] = tuple(listed)
    return names
