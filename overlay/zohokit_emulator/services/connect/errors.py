"""Connect's error bodies: ``ConnectError`` for the API (``{"status", "error", "message",
"timestamp", "path"}``) and ``ConnectOAuthError`` for the ConnectID token endpoint (RFC 6749:
``{"error", "error_description"}``).

``connect_envelope`` is the service's error envelope: the dispatcher hands it every error raised on
a Connect route (by the core too: injected faults, the concurrency gate, an unexpected exception)
and it returns the error in Connect's shape, stamped with the request path and the emulator time.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ...core.clock import format_time
from ...core.errors import EmulatorError, ZohoError

if TYPE_CHECKING:
    from ...core.backend import Backend


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class ConnectError(EmulatorError):
    """An error of the Connect API, in its JSON error body."""

    def __init__(self, status_code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code, headers)
        self.message = message
        self.path: str | None = None
        self.timestamp: str | None = None

    def body(self) -> dict[str, Any]:
        return {
            "status": self.status_code,
            "error": reason(self.status_code),
            "message": self.message,
            "timestamp": self.timestamp,
            "path": self.path,
        }

    def __str__(self) -> str:
        return f"{self.status_code} {self.message}"


class ConnectOAuthError(EmulatorError):
    """A ConnectID token-endpoint refusal (RFC 6749 section 5.2)."""

    def __init__(self, error: str, description: str, status_code: int = 400) -> None:
        headers = {"WWW-Authenticate": 'Basic realm="ConnectID"'} if status_code == 401 else None
        super().__init__(status_code, headers)
        self.error = error
        self.description = description

    def body(self) -> dict[str, Any]:
        return {"error": self.error, "error_description": self.description}

    def __str__(self) -> str:
        return f"{self.status_code} {self.error}: {self.description}"


def bad_request(message: str) -> ConnectError:
    return ConnectError(400, message)


def unauthorized(message: str) -> ConnectError:
    return ConnectError(401, message, {"WWW-Authenticate": 'Bearer realm="Connect"'})


def describe(error: ZohoError) -> str:
    """A readable message for a Zoho-style validation error (from the shared spec validator)."""
    details = error.details
    where = details.get("json_path") or details.get("api_name") or details.get("param")
    if error.code == "MANDATORY_NOT_FOUND":
        return f"Required field missing: {details.get('api_name', 'body')}"
    if error.code == "REQUIRED_PARAM_MISSING":
        return f"Required parameter missing: {details.get('param')}"
    if "maximum_length" in details:
        return f"{where}: must be at most {details['maximum_length']} characters"
    if "expected_data_type" in details:
        return f"{where}: must be of type {details['expected_data_type']}"
    if "resource_path_index" in details:
        return "Invalid path parameter: at most 12 characters"
    if "limit" in details:
        return f"{where}: at most {details['limit']} items"
    return f"{where}: invalid value" if where else error.message


def connect_envelope(backend: Backend, path: str, error: EmulatorError) -> EmulatorError:
    """Any error on a Connect route, in Connect's shape (token-endpoint errors stay RFC 6749)."""
    if isinstance(error, ConnectOAuthError):
        return error
    if not isinstance(error, ConnectError):
        if isinstance(error, ZohoError):
            message = describe(error) if error.status_code == 400 else error.message
        else:
            message = reason(error.status_code)
        converted = ConnectError(error.status_code, message, error.headers)
        if error.status_code == 429:
            retry = error.headers.get("Retry-After", "1")
            converted.headers.setdefault("X-RateLimit-Remaining", "0")
            converted.headers.setdefault("X-RateLimit-Reset", retry)
        error = converted
    if error.path is None:
        error.path = path
    if error.timestamp is None:
        error.timestamp = format_time(backend.clock.now())
    return error
