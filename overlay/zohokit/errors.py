"""The exceptions zohokit raises, and the one place an HTTP answer becomes an exception.

Hierarchy (shallow on purpose)::

    ZohoKitError
    ├── InsecureTransportError      credentials would travel over plain http://
    ├── DataCenterMismatchError     a request would take a token to another data centre's host
    ├── TokenError                  the OAuth server refused or garbled a token request
    ├── UnexpectedResponseError     a 2xx body is not the shape the caller asked for
    └── APIError                    an API answered with an error (status_code, code, ...)
        ├── BadRequestError         400
        ├── AuthenticationError     401
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── MethodNotAllowedError   405
        ├── PayloadTooLargeError    413
        ├── UnsupportedMediaTypeError 415
        ├── RateLimitError          429
        └── ServerError             5xx

:func:`api_error` is the only function that maps a status code and a parsed body to an
:class:`APIError`; :func:`raise_for_response` and :func:`unwrap` apply it to generated
``Response`` objects (or plain ``httpx.Response`` objects).

No exception text ever contains a request's headers or body, so access tokens and client secrets
cannot leak through ``str(exc)`` or tracebacks.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Protocol, TypeVar, overload

import attrs
import httpx

T_co = TypeVar("T_co", covariant=True)
M = TypeVar("M")


class ZohoKitError(Exception):
    """Base class of every exception raised by zohokit."""


class InsecureTransportError(ZohoKitError):
    """Credentials would be sent over plain ``http://`` to a host that is not this machine."""


class DataCenterMismatchError(ZohoKitError):
    """A request would carry a token to a Zoho host outside the token's data centre.

    Raised before anything is sent: when a client's pinned ``base_url`` is on another data centre
    than its token, or when a token that no Zoho data centre issued (the emulator's, a proxy's)
    would reach a Zoho production host. The message names both hosts.
    """


class UnexpectedResponseError(ZohoKitError):
    """A successful response whose body is not what the caller asked for.

    Raised, for example, by :func:`unwrap` with ``expect=`` when the parsed body has another type,
    and by :func:`~zohokit.results.record_results` when the body carries no per-record results.
    """

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class TokenError(ZohoKitError):
    """The OAuth server refused a token request, or answered with something that is not a token.

    ``error`` is the server's error code (``invalid_code``, ``invalid_client``, ``invalid_grant``,
    ...) when it sent one; ``status_code`` is the HTTP status of the token response, when there
    was one. The message never contains client secrets, codes or tokens.
    """

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        description: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.error = error
        self.description = description
        self.status_code = status_code


class APIError(ZohoKitError):
    """An API answered with an error.

    Attributes:
        status_code: the HTTP status.
        code: the Zoho error code (``INVALID_DATA``, ``INVALID_TOKEN``, ...) or the OAuth
            ``error`` value, when the body carried one.
        message: the server's human-readable message, or the HTTP reason phrase.
        details: the Zoho ``details`` object (field ``api_name``, offending ``id``, ...), or
            ``None``.
        body: the whole parsed JSON body (``None`` when the body was not JSON).
        request: the ``httpx.Request`` when known (``None`` for generated ``Response`` objects,
            which do not keep it).
        response: the response object the error was built from.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        details: Any = None,
        body: Any = None,
        request: httpx.Request | None = None,
        response: object | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.details = details
        self.body = body
        self.request = request
        self.response = response

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        return f"HTTP {self.status_code}{code}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, message={self.message!r})"


class BadRequestError(APIError):
    """HTTP 400: invalid request or data (``INVALID_DATA``, ``MANDATORY_NOT_FOUND``, ...)."""


class AuthenticationError(APIError):
    """HTTP 401: the token is missing, invalid, expired or lacks the scope."""


class PermissionDeniedError(APIError):
    """HTTP 403: the user may not perform this operation (``NO_PERMISSION``)."""


class NotFoundError(APIError):
    """HTTP 404: no such URL or resource (``INVALID_URL_PATTERN``)."""


class MethodNotAllowedError(APIError):
    """HTTP 405: the method is not allowed on this URL (``INVALID_REQUEST_METHOD``)."""


class PayloadTooLargeError(APIError):
    """HTTP 413: the uploaded file exceeds the size limit."""


class UnsupportedMediaTypeError(APIError):
    """HTTP 415: the uploaded file's media type is not supported."""


class RateLimitError(APIError):
    """HTTP 429: too many requests (per minute, per day, or concurrent).

    ``retry_after`` is the server's ``Retry-After`` in seconds when the retry transport raised
    this error instead of waiting longer than its cap (``RetryPolicy.max_retry_after``), else
    ``None``.
    """

    retry_after: float | None = None


class ServerError(APIError):
    """HTTP 5xx: the server failed."""


STATUS_ERRORS: Mapping[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
}
"""The error class for each specifically handled status; 5xx map to :class:`ServerError`."""


class ResponseLike(Protocol):
    """What zohokit needs of a response: generated ``Response`` and ``httpx.Response`` both fit."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...


class ParsedResponse(ResponseLike, Protocol[T_co]):
    """A generated ``Response`` whose documented success bodies are ``T_co``.

    ``parsed`` holds a success body, an error body or ``None``; the generated ``Response[T, E]``
    names its success type apart (``_success_type``, seen by type checkers only), which is how
    :func:`unwrap` and the pagers learn ``T_co`` without being told the model class.
    """

    @property
    def parsed(self) -> object: ...

    def _success_type(self) -> T_co: ...


def parse_json_body(content: bytes) -> Any:
    """Return ``content`` parsed as JSON, or ``None`` when it is empty or not JSON."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


def _first_error_item(body: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The first per-record result of a ``{"data": [...]}`` body (nested lists flattened)."""
    data = body.get("data")
    while isinstance(data, list) and data:
        data = data[0]
    return data if isinstance(data, Mapping) and "code" in data else None


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "Unknown status"


def api_error(
    status_code: int,
    body: Any,
    *,
    request: httpx.Request | None = None,
    response: object | None = None,
) -> APIError:
    """Build the exception for an error answer: THE status-and-body to exception mapping.

    ``body`` is the parsed JSON body (or ``None``). The Zoho envelope ``{"code", "message",
    "details", "status"}`` is read at the top level, or from the first item of ``data`` (Zoho's
    per-record failures, e.g. a 400 on a single-record write); an OAuth-style
    ``{"error", "error_description"}`` body and Connect's ``{"status", "error", "message"}`` body
    also fill ``code`` and ``message``. The class comes
    from :data:`STATUS_ERRORS`, :class:`ServerError` for 5xx, and :class:`APIError` otherwise.
    """
    code: str | None = None
    message: str | None = None
    details: Any = None
    if isinstance(body, Mapping):
        source: Mapping[str, Any] | None = body if "code" in body else _first_error_item(body)
        if source is not None:
            code = None if source.get("code") is None else str(source.get("code"))
            raw_message = source.get("message")
            message = None if raw_message is None else str(raw_message)
            details = source.get("details")
        elif "error" in body:
            code = str(body["error"])
            description = body.get("error_description") or body.get("message")
            message = None if description is None else str(description)
        elif body.get("message") is not None:
            message = str(body["message"])
    if status_code in STATUS_ERRORS:
        cls = STATUS_ERRORS[status_code]
    elif 500 <= status_code <= 599:
        cls = ServerError
    else:
        cls = APIError
    return cls(
        message or _reason(status_code),
        status_code=status_code,
        code=code,
        details=details,
        body=body,
        request=request,
        response=response,
    )


def request_of(response: object) -> httpx.Request | None:
    """The request behind ``response``: the ``request`` an ``httpx.Response`` or a generated
    ``Response`` carries; ``None`` when it carries none (a ``Response`` made by other code)."""
    if isinstance(response, httpx.Response):
        try:
            return response.request
        except RuntimeError:
            return None
    request = getattr(response, "request", None)
    return request if isinstance(request, httpx.Request) else None


def _is_error_envelope(body: Any) -> bool:
    return isinstance(body, Mapping) and body.get("status") == "error" and isinstance(body.get("code"), str)


_DECLARES_NO_STATUS: weakref.WeakKeyDictionary[type, bool] = weakref.WeakKeyDictionary()


def _keeps_unknown_keys_but_declares_no_status(model: type) -> bool:
    """Whether ``model`` is a generated model that keeps every undeclared key of its JSON object
    in ``additional_properties`` and declares no property a ``"status"`` key could be read into."""
    known = _DECLARES_NO_STATUS.get(model)
    if known is None:
        names = [f.name for f in attrs.fields(model)] if attrs.has(model) else []
        known = "additional_properties" in names and not any(
            "status" in name.lower() for name in names if name != "additional_properties"
        )
        _DECLARES_NO_STATUS[model] = known
    return known


def _parsed_rules_out_error_envelope(response: object) -> bool:
    """True when the already parsed model shows the body has no top-level ``"status"`` key.

    A generated model keeps every key of its JSON object that it does not declare in
    ``additional_properties``, so for a model that declares nothing named like ``status``, the
    body had a top-level ``"status"`` exactly when ``additional_properties`` has one. This spares
    scanning a large body (a 200-record page is ~300 kB) for ``"error"`` on every success.
    """
    parsed = getattr(response, "parsed", None)
    if parsed is None or not _keeps_unknown_keys_but_declares_no_status(type(parsed)):
        return False
    extra = getattr(parsed, "additional_properties", None)
    return isinstance(extra, dict) and "status" not in extra


def raise_for_response(response: ResponseLike) -> None:
    """Raise the typed :class:`APIError` unless ``response`` is a success.

    An error is any status >= 400, or a 2xx whose whole body is a Zoho error envelope
    (``{"status": "error", "code": ...}`` at the top level; per-record failures inside ``data``
    are not request errors, see :func:`~zohokit.results.record_results`). 1xx/2xx/3xx otherwise
    pass.
    """
    status = int(response.status_code)
    if status >= 400:
        body = parse_json_body(response.content)
        raise api_error(status, body, request=request_of(response), response=response)
    if 200 <= status < 300 and not _parsed_rules_out_error_envelope(response) and b'"error"' in response.content:
        body = parse_json_body(response.content)
        if _is_error_envelope(body):
            raise api_error(status, body, request=request_of(response), response=response)


@overload
def unwrap(response: ParsedResponse[T_co]) -> T_co: ...


@overload
def unwrap(response: ParsedResponse[object], expect: type[M]) -> M: ...


def unwrap(response: ParsedResponse[Any], expect: type[Any] | None = None) -> Any:
    """Return ``response.parsed`` after :func:`raise_for_response`.

    Without ``expect`` the parsed value is returned as is, typed as the operation's success body
    (``RecordsResponse | None`` for an operation that documents a bodyless 204 or 304, which parse
    to ``None``); a status the operation does not document also gives ``None``. With
    ``expect`` (a generated model class) anything else, ``None`` included, raises
    :class:`UnexpectedResponseError`, so the result is typed as that class.
    """
    raise_for_response(response)
    parsed = response.parsed
    if expect is not None and not isinstance(parsed, expect):
        raise UnexpectedResponseError(
            f"expected a {expect.__name__} body, got {type(parsed).__name__} (HTTP {int(response.status_code)})",
            status_code=int(response.status_code),
        )
    return parsed


__all__ = [
    "STATUS_ERRORS",
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "DataCenterMismatchError",
    "InsecureTransportError",
    "MethodNotAllowedError",
    "NotFoundError",
    "ParsedResponse",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseLike",
    "ServerError",
    "TokenError",
    "UnexpectedResponseError",
    "UnsupportedMediaTypeError",
    "ZohoKitError",
    "api_error",
    "parse_json_body",
    "raise_for_response",
    "request_of",
    "unwrap",
]
