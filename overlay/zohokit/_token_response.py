"""Reading a token endpoint's answer (Zoho Accounts or a standard OAuth2 server) into a Token.

Contract of :func:`parse_token_response`: a JSON object with an ``access_token`` and no
``error`` is a token, whatever the 2xx status; anything else raises
:class:`~zohokit.errors.TokenError` whose text has every known secret redacted. Zoho answers some
failures with HTTP 200 and ``{"error": "invalid_code"}``: that is an error too.

Lifetime: ``expires_in_sec`` when present (old Zoho servers sent ``expires_in`` in milliseconds
beside it), else ``expires_in`` in seconds, else ``default_lifetime`` (``None``: unknown, the
token is used until the server rejects it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from ._redact import redact
from .errors import TokenError, parse_json_body
from .tokens import Token


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def token_lifetime(body: Mapping[str, Any], default_lifetime: float | None) -> float | None:
    """Seconds the access token in ``body`` lives (see the module doc for the precedence)."""
    for key in ("expires_in_sec", "expires_in"):
        seconds = _number(body.get(key))
        if seconds is not None:
            return max(seconds, 0.0)
    return default_lifetime


def parse_token_response(
    response: httpx.Response,
    *,
    now: float,
    default_lifetime: float | None,
    secrets: Iterable[str | None],
) -> Token:
    """Return the :class:`Token` in ``response`` (whose body has been read) or raise TokenError."""
    secret_list = list(secrets)
    status = response.status_code
    body = parse_json_body(response.content)
    if not isinstance(body, Mapping):
        raise TokenError(f"token endpoint answered HTTP {status} without a JSON object", status_code=status)
    error = body.get("error")
    if error is not None or not 200 <= status < 300:
        code = None if error is None else redact(str(error), secret_list)
        raw_description = body.get("error_description") or body.get("message")
        description = None if raw_description is None else redact(str(raw_description), secret_list)
        text = f"token request failed (HTTP {status})"
        if code:
            text += f": {code}"
        if description:
            text += f": {description}"
        raise TokenError(text, error=code, description=description, status_code=status)
    access_token = _text(body.get("access_token"))
    if access_token is None:
        raise TokenError(f"token endpoint answered HTTP {status} without an access_token", status_code=status)
    lifetime = token_lifetime(body, default_lifetime)
    return Token(
        access_token=access_token,
        refresh_token=_text(body.get("refresh_token")),
        expires_at=None if lifetime is None else now + lifetime,
        api_domain=_text(body.get("api_domain")),
        token_type=_text(body.get("token_type")),
        scope=_text(body.get("scope")),
    )
