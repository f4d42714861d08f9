"""Errors, and the one place that turns an exception into an HTTP error response.

Handlers and stores raise; they never build error bodies themselves. ``ZohoError`` carries the
Zoho envelope (``code``, ``details``, ``message``, ``status: "error"``) and its HTTP status;
``OAuthError`` the Zoho Accounts form (``{"error": "invalid_code"}``, HTTP 200 like the real
server). A service with another envelope (Connect) subclasses ``EmulatorError`` and overrides
``body``. ``error_response`` is the only function that serialises any of them; anything else that
escapes a handler becomes a 500 ``INTERNAL_ERROR`` with the same envelope.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from starlette.responses import Response

Item = TypeVar("Item")
Result = TypeVar("Result")


class EmulatorError(Exception):
    """Base of every error the emulator answers with."""

    status_code: int = 500
    headers: dict[str, str]

    def __init__(self, status_code: int | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__()
        if status_code is not None:
            self.status_code = status_code
        self.headers = dict(headers or {})

    def body(self) -> Any:
        raise NotImplementedError


class ZohoError(EmulatorError):
    """An error in the Zoho envelope."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code, headers)
        self.code = code
        self.message = message
        self.details = dict(details or {})

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "details": self.details, "message": self.message, "status": "error"}

    def entry(self) -> dict[str, Any]:
        """The same envelope, as one entry of a multi-record result (``data[i]``)."""
        return self.body()

    def __str__(self) -> str:
        return f"{self.status_code} {self.code}: {self.message} {self.details}"


class OAuthError(EmulatorError):
    """A Zoho Accounts token-endpoint error: ``{"error": code}``, HTTP 200 unless told otherwise."""

    def __init__(self, error: str, description: str | None = None, status_code: int = 200) -> None:
        super().__init__(status_code)
        self.error = error
        self.description = description

    def body(self) -> dict[str, Any]:
        result: dict[str, Any] = {"error": self.error}
        if self.description:
            result["error_description"] = self.description
        return result

    def __str__(self) -> str:
        return f"{self.status_code} {self.error}"


class EdgeRefusal(ZohoError):
    """A request refused before any handler saw it: a body that cannot be read or parsed, or one
    past an edge limit (``core/limits.py``). A Zoho envelope; services with another error shape
    convert it in their ``error_envelope`` (``oauth_edge_envelope`` for the Accounts server)."""


def oauth_edge_envelope(backend: object, path: str, error: EmulatorError) -> EmulatorError:
    """For the Zoho Accounts server: an edge refusal on its OAuth routes answers like its other
    refusals, ``{"error": "invalid_request", "error_description": ...}`` (HTTP 400, the status
    Accounts documents for refused token requests). Other errors, and control routes, keep theirs."""
    if isinstance(error, EdgeRefusal) and not path.startswith("/_emulator/"):
        return OAuthError("invalid_request", error.message, status_code=400)
    return error


# --- the common Zoho errors, named once -------------------------------------------------------


def per_item(items: Iterable[Item], act: Callable[[Item], Result]) -> list[Result | ZohoError]:
    """``act`` on each item of a multi-item request, in order: one answer per item, ``act``'s result
    or the ``ZohoError`` that refused that item; a refused item does not stop the others."""
    answers: list[Result | ZohoError] = []
    for item in items:
        try:
            answers.append(act(item))
        except ZohoError as err:
            answers.append(err)
    return answers


def entry_per_item(items: Iterable[Item], act: Callable[[Item], dict[str, Any]]) -> list[dict[str, Any]]:
    """``per_item`` for an ``act`` that answers an item's result entry: a refused item answers its
    error entry in that place."""
    return [answer.entry() if isinstance(answer, ZohoError) else answer for answer in per_item(items, act)]


def invalid_url_pattern() -> ZohoError:
    return ZohoError(404, "INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")


def invalid_request_method(allowed: list[str] | None = None) -> ZohoError:
    """405; ``allowed`` (the methods the URL does take) goes into the ``Allow`` header (RFC 9110)."""
    headers = {"Allow": ", ".join(allowed)} if allowed else None
    return ZohoError(405, "INVALID_REQUEST_METHOD", "The http request method type is not a valid one", headers=headers)


def authentication_failure() -> ZohoError:
    return ZohoError(401, "AUTHENTICATION_FAILURE", "Authentication failed")


def invalid_token() -> ZohoError:
    return ZohoError(401, "INVALID_TOKEN", "invalid oauth token")


def oauth_scope_mismatch(scope: str) -> ZohoError:
    return ZohoError(401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL", {"scope": scope})


def invalid_module(index: int = 0, supported: bool = True) -> ZohoError:
    message = "the module name given seems to be invalid" if supported else "the given module is not supported in api"
    return ZohoError(400, "INVALID_MODULE", message, {"resource_path_index": index})


def invalid_module_param(param: str = "module") -> ZohoError:
    """400 INVALID_MODULE for a query parameter that names no module of the org."""
    return ZohoError(400, "INVALID_MODULE", "the module name given seems to be invalid", {"param": param})


def invalid_data(message: str = "invalid data", status_code: int = 400, **details: Any) -> ZohoError:
    return ZohoError(status_code, "INVALID_DATA", message, details)


def invalid_path_id(value: str, resource_path_index: int, code: str = "INVALID_DATA") -> ZohoError:
    """Zoho's 400 for an id in the URL that names nothing: ``{"id": value, "resource_path_index":
    resource_path_index}`` (the index of the path segment after the API version)."""
    return ZohoError(
        400, code, "the id given seems to be invalid", {"id": value, "resource_path_index": resource_path_index}
    )


def mandatory_not_found(api_name: str, status_code: int = 400, **details: Any) -> ZohoError:
    return ZohoError(status_code, "MANDATORY_NOT_FOUND", "required field not found", {"api_name": api_name, **details})


def required_param_missing(param: str) -> ZohoError:
    return ZohoError(400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", {"param": param})


def limit_exceeded(api_name: str, limit: int, message: str | None = None) -> ZohoError:
    return ZohoError(
        400,
        "LIMIT_EXCEEDED",
        message or f"the number of {api_name} exceeds the limit of {limit}",
        {"api_name": api_name, "limit": limit},
    )


def not_found_record(record_id: str, index: int = 1) -> ZohoError:
    return ZohoError(
        400, "INVALID_DATA", "the related id given seems to be invalid", {"id": record_id, "resource_path_index": index}
    )


def no_permission(message: str = "permission denied", **details: Any) -> ZohoError:
    return ZohoError(403, "NO_PERMISSION", message, details)


def internal_error() -> ZohoError:
    return ZohoError(500, "INTERNAL_ERROR", "Internal Server Error")


def error_response(exc: BaseException) -> Response:
    """The one place where an exception becomes an HTTP response."""
    if not isinstance(exc, EmulatorError):
        exc = internal_error()
    headers = dict(exc.headers)
    return Response(
        content=json.dumps(exc.body()),
        status_code=exc.status_code,
        media_type="application/json",
        headers=headers,
    )
