"""What a handler receives (``ApiRequest``) and returns (``Reply``).

Handlers are plain synchronous functions ``handler(request) -> Reply``: the dispatcher has
already read and parsed the body (JSON with or without a Content-Type, form fields, multipart
files), authenticated the caller and validated the request against the spec. A handler parses
what it needs from ``request``, calls its store and serialises the result; it raises
``ZohoError`` (or another ``EmulatorError``) for anything that is not a success.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from starlette.datastructures import Headers, QueryParams

from .errors import ZohoError, invalid_data, mandatory_not_found

if TYPE_CHECKING:
    from .backend import Backend
    from .routing import Route


class _Missing:
    """The marker for "no JSON body was sent"."""

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart body."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Principal:
    """Who is calling: the user and OAuth client behind an access token, and its scopes."""

    user_id: str
    client_id: str
    scopes: tuple[str, ...]
    token: str


TRUE_WORDS = frozenset({"true", "1", "yes"})
FALSE_WORDS = frozenset({"false", "0", "no"})


def parse_bool(value: str | bool | None) -> bool | None:
    """``true``/``True``/``TRUE`` (and ``false`` alike); None for anything else."""
    if isinstance(value, bool):
        return value
    if value is None:
        return None
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def normalize_id(value: Any) -> str | None:
    """A Zoho id from the wire: a digit string or a JSON integer (never a float); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if value >= 0 else None
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and text.isascii():
            return text
    return None


def loads_json(raw: bytes) -> Any:
    """Parse JSON keeping integers exact (19-digit ids stay ``int``; never routed through float)."""
    return json.loads(raw.decode("utf-8"), parse_int=int)


class ApiRequest:
    """A parsed request, as handlers see it."""

    def __init__(
        self,
        *,
        method: str,
        path: str,
        route: Route,
        path_params: dict[str, str],
        query: QueryParams,
        headers: Headers,
        body: bytes,
        json_body: Any,
        form: dict[str, str],
        files: dict[str, UploadedFile],
        origin: str,
        backend: Backend,
        principal: Principal | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.route = route
        self.path_params = path_params
        self.query = query
        self.headers = headers
        self.body = body
        self.json = json_body
        self.form = form
        self.files = files
        self.origin = origin
        self.backend = backend
        self.principal = principal

    # --- convenience -------------------------------------------------------------------------

    @property
    def now(self) -> datetime:
        return self.backend.clock.now()

    @property
    def state(self) -> Any:
        """The store of the service this route belongs to."""
        return self.backend.store(self.route.service)

    @property
    def user_id(self) -> str:
        if self.principal is None:
            raise ZohoError(401, "AUTHENTICATION_FAILURE", "Authentication failed")
        return self.principal.user_id

    def arg(self, name: str) -> str | None:
        """A query parameter, else a form field, else None."""
        if name in self.query:
            return self.query[name]
        return self.form.get(name)

    def arg_bool(self, name: str, default: bool | None = None) -> bool | None:
        raw = self.arg(name)
        if raw is None or raw == "":
            return default
        value = parse_bool(raw)
        if value is None:
            raise invalid_data("invalid data", param=name, api_name=name, expected_data_type="boolean")
        return value

    def arg_int(
        self, name: str, default: int | None = None, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        raw = self.arg(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw.strip())
        except ValueError:
            raise invalid_data("invalid data", param=name, api_name=name, expected_data_type="integer") from None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise invalid_data("invalid data", param=name, api_name=name)
        return value

    def arg_list(self, name: str) -> list[str] | None:
        """A comma-separated query list (``ids``, ``fields``, ``tag_names``); None if absent."""
        raw = self.arg(name)
        if raw is None:
            return None
        return [part.strip() for part in raw.split(",") if part.strip()]

    def json_object(self, required_key: str | None = None) -> dict[str, Any]:
        """The body as a JSON object; MANDATORY_NOT_FOUND for ``required_key`` if there is none."""
        if self.json is MISSING or self.json is None:
            if required_key:
                raise mandatory_not_found(required_key)
            raise invalid_data("body", expected_data_type="jsonobject")
        if not isinstance(self.json, dict):
            raise invalid_data("body", expected_data_type="jsonobject")
        return self.json

    def optional_json_object(self) -> dict[str, Any]:
        """The body as a JSON object, ``{}`` when there is none (the control endpoints' optional
        settings); INVALID_DATA (``expected_data_type: jsonobject``) for any other JSON value."""
        if self.json is MISSING or self.json is None:
            return {}
        if not isinstance(self.json, dict):
            raise invalid_data("expected a JSON object", expected_data_type="jsonobject")
        return self.json

    def json_list(self, key: str) -> list[Any]:
        """``body[key]``, which must be a JSON array (Zoho's ``data``, ``tags``, ``watch``...)."""
        body = self.json_object(required_key=key)
        if key not in body or body[key] is None:
            raise mandatory_not_found(key)
        value = body[key]
        if not isinstance(value, list):
            raise invalid_data("invalid data", api_name=key, expected_data_type="jsonarray")
        return value


class EncodedJson(bytes):
    """A JSON body serialised already: UTF-8 bytes, exactly what ``json.dumps(value,
    ensure_ascii=False)`` gives for the value. Sent as it is, as ``application/json``; handlers
    that assemble big answers from cached fragments (CRM record lists) return it."""


@dataclass
class Reply:
    """What a handler returns: a JSON body (any JSON-able value, or ``EncodedJson``), raw bytes,
    or nothing."""

    status: int = 200
    body: Any = None
    media_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, (bytes, bytearray)):
            return bytes(self.body)
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")

    def content_type(self) -> str | None:
        if self.media_type:
            return self.media_type
        if self.body is None:
            return None
        if isinstance(self.body, EncodedJson):
            return "application/json"
        if isinstance(self.body, (bytes, bytearray)):
            return "application/octet-stream"
        return "application/json"


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status=status, body=body, headers=dict(headers or {}))


def encoded_json(body: bytes, status: int = 200) -> Reply:
    """A JSON answer serialised by the handler (see ``EncodedJson``)."""
    return Reply(status=status, body=EncodedJson(body))


def no_content() -> Reply:
    return Reply(status=204)


def not_modified() -> Reply:
    return Reply(status=304)


def content_disposition(filename: str) -> str:
    """``attachment`` with ``filename`` as a header can carry any name (RFC 6266): a plain-ASCII
    ``filename="..."`` (other characters, quotes, backslashes and controls replaced by ``_``) and,
    when that is not the name itself, ``filename*=UTF-8''...`` with the name percent-encoded.
    Unencodable characters (lone surrogates) become U+FFFD."""
    fallback = "".join(c if " " <= c <= "~" and c not in '"\\' else "_" for c in filename)
    header = f'attachment; filename="{fallback}"'
    if fallback != filename:
        exact = quote(filename.encode("utf-8", errors="replace"), safe="")
        header += f"; filename*=UTF-8''{exact}"
    return header


def binary(data: bytes, media_type: str, filename: str | None = None) -> Reply:
    headers = {}
    if filename:
        headers["Content-Disposition"] = content_disposition(filename)
    return Reply(status=200, body=bytes(data), media_type=media_type, headers=headers)


URI_CHARACTERS = ":/?#[]@!$&'()*+,;=%-._~"
"""Reserved and unreserved URI characters (RFC 3986), kept as they are in a ``Location``."""


def redirect(location: str, status: int = 302) -> Reply:
    """A redirect. Characters a URI cannot hold (non-ASCII, spaces, controls: an IRI as a client may
    register it) are percent-encoded as UTF-8, as servers do; HTTP headers carry no others."""
    return Reply(status=status, headers={"Location": quote(location, safe=URI_CHARACTERS)})
