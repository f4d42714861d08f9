"""OpenAPI runtime expressions over a request: the values a spec's ``x-`` extensions name.

The spec's scope templates (``ZohoCRM.modules.{$request.path.module_api_name}.READ``) and credit
rules (``items: $request.body#/data``) point at parts of the request with the runtime-expression
syntax OpenAPI defines for links:

* ``$request.path.NAME``: a path parameter;
* ``$request.query.NAME``: a query parameter (else a form field of the same name, as Zoho reads
  its parameters from either);
* ``$request.header.NAME``: a header (names compare case-insensitively);
* ``$request.body#/json/pointer``: a value inside the JSON body (RFC 6901 pointer; ``#`` alone is
  the whole body).

:func:`evaluate` gives the value, or None when the request does not carry it (no such parameter,
no JSON body, a pointer that leads nowhere). :func:`check_expression` refuses any other form, so
a mistyped expression in the spec fails when the spec is loaded, not on a request.
"""

from __future__ import annotations

import re
from typing import Any

from .http import MISSING, ApiRequest

EXPRESSION = re.compile(r"^\$request\.(?:(path|query|header)\.([A-Za-z0-9_.\-]+)|(body)(#.*)?)$")
PLACEHOLDER = re.compile(r"\{(\$request\.[^{}]+)\}")
"""An expression embedded in a string, in braces, as OpenAPI links embed them."""


class ExpressionError(ValueError):
    """A runtime expression this module cannot evaluate."""


def check_expression(expression: str) -> None:
    """Raise :class:`ExpressionError` unless ``expression`` is one of the supported forms."""
    match = EXPRESSION.match(expression)
    if match is None:
        raise ExpressionError(f"unsupported runtime expression {expression!r}")
    pointer = match.group(4)
    if pointer is not None and pointer != "#" and not pointer.startswith("#/"):
        raise ExpressionError(f"the body pointer of {expression!r} must start with '#/'")


def placeholders(template: str) -> list[str]:
    """The runtime expressions embedded in ``template`` (``{$request.path.x}`` gives ``$request.path.x``)."""
    return PLACEHOLDER.findall(template)


def evaluate(expression: str, request: ApiRequest) -> Any:
    """The value ``expression`` names in ``request``, or None when the request lacks it."""
    match = EXPRESSION.match(expression)
    if match is None:
        raise ExpressionError(f"unsupported runtime expression {expression!r}")
    source, name, body, pointer = match.groups()
    if source == "path":
        return request.path_params.get(name)
    if source == "query":
        return request.arg(name)
    if source == "header":
        return request.headers.get(name)
    assert body == "body"
    return _resolve_pointer(request.json, pointer or "#")


def _resolve_pointer(document: Any, pointer: str) -> Any:
    if document is MISSING:
        return None
    node = document
    for raw in pointer[2:].split("/") if pointer != "#" else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node
