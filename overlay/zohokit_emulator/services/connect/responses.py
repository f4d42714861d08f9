"""Connect handlers: the five recruitment operations under ``/v1``, the ConnectID OAuth2 endpoints
(``/user/oauth/authorize``, ``/user/oauth/token``, at ConnectID's real paths) and the
``/_emulator/connect/...`` knobs.

Every API call is authenticated with ``Authorization: Bearer <token>`` (401 otherwise), counted
against the client's rate limit (429 beyond it; every answer carries ``X-RateLimit-Remaining``,
``X-RateLimit-Reset`` and ``X-Mediaconnect-Api-Version``), validated against
``spec/dist/connect.yaml`` and then checked against the state (400 with Connect's error body).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlencode

from ...core.errors import ZohoError
from ...core.http import MISSING, ApiRequest, Principal, Reply, ok, parse_bool, redirect
from .errors import ConnectError, ConnectOAuthError, bad_request, describe, unauthorized
from .models import ConnectStore, Registration
from .tokens import USER_MODE, AccessToken

if TYPE_CHECKING:
    from starlette.datastructures import Headers

    from ...core.backend import Backend

CODE_MAX_LENGTH = 12
DEFAULT_LIMIT = 50


def _store(request: ApiRequest) -> ConnectStore:
    store: ConnectStore = request.state
    return store


# --- authentication ------------------------------------------------------------------------------


def connect_authenticator(backend: Backend, headers: Headers) -> Principal:
    """The ``connect`` auth scheme: ``Authorization: Bearer <ConnectID access token>``.

    The principal's one scope is the token's mode: ``client`` (client-credentials grant) or
    ``user`` (authorization-code grant); ``user_id`` is the ConnectID user ("" in client mode).
    """
    header = (headers.get("authorization") or "").strip()
    if not header:
        raise unauthorized("Full authentication is required: send Authorization: Bearer <access token>")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise unauthorized("Use Authorization: Bearer <access token>")
    store: ConnectStore = backend.store("connect")
    with backend.lock:
        access = store.tokens.lookup(token)
    return Principal(user_id=access.user_id or "", client_id=access.client_id, scopes=(access.mode,), token=token)


def _principal(request: ApiRequest) -> Principal:
    if request.principal is None:
        raise unauthorized("Full authentication is required: send Authorization: Bearer <access token>")
    return request.principal


def _user_id(request: ApiRequest) -> str:
    """The logged-in ConnectID user; 401 for a client-mode token."""
    principal = _principal(request)
    if USER_MODE not in principal.scopes or not principal.user_id:
        raise unauthorized(
            "This operation needs a logged-in user: use an access token from the authorization code grant"
        )
    return principal.user_id


# --- common steps ----------------------------------------------------------------------------------


def _validate(request: ApiRequest) -> None:
    """Check the request against ``spec/dist/connect.yaml`` (its paths sit under the server's
    ``/capi``; the emulator serves them there and at the origin root)."""
    backend = request.backend
    spec = backend.specs.get("connect")
    if spec is None or not backend.config.validate_requests:
        return
    path = request.path if request.path.startswith(spec.base_path + "/") else spec.base_path + request.path
    operation = spec.find(request.method, path)
    if operation is None:
        return
    try:
        spec.validate_request(
            operation,
            path=path,
            query=request.query,
            headers=request.headers,
            json_body=request.json,
            body_present=bool(request.body.strip()),
            content_type=request.headers.get("content-type", "").lower(),
            per_item_key=None,
        )
    except ZohoError as error:
        raise bad_request(describe(error)) from None


def _api_call(request: ApiRequest, action: Callable[[ConnectStore], Any]) -> Reply:
    """Rate-limit, validate, run ``action`` on the store and answer 200 with its JSON result."""
    store = _store(request)
    headers = store.rate_limit(_principal(request).client_id)
    try:
        _validate(request)
        body = action(store)
    except ConnectError as error:
        for name in ("X-RateLimit-Remaining", "X-RateLimit-Reset"):
            error.headers.setdefault(name, headers[name])
        raise
    return ok(body, headers=headers)


def _code(value: Any, name: str) -> str:
    if value is None:
        raise bad_request(f"Required field missing: {name}")
    if not isinstance(value, str):
        raise bad_request(f"{name}: must be a string")
    if len(value) > CODE_MAX_LENGTH:
        raise bad_request(f"{name}: must be at most {CODE_MAX_LENGTH} characters")
    return value


def _body(request: ApiRequest) -> dict[str, Any]:
    if request.json is MISSING or not isinstance(request.json, dict):
        raise bad_request("The request body must be a JSON object")
    return request.json


def _optional_list(body: dict[str, Any], name: str) -> list[Any] | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list):
        raise bad_request(f"{name}: must be an array")
    return value


def _registration(request: ApiRequest, client_mode: bool) -> Registration:
    body = _body(request)
    product = _code(body.get("product"), "product")
    campaign = _code(body.get("campaign"), "campaign")
    recruiter = body.get("recruiter")
    if recruiter is None and client_mode:
        raise bad_request("Required field missing: recruiter")
    if recruiter is not None and not isinstance(recruiter, dict):
        raise bad_request("recruiter: must be an object")
    recruitments = _optional_list(body, "recruitments")
    if recruitments is None:
        raise bad_request("Required field missing: recruitments")
    return Registration(
        product=product,
        campaign=campaign,
        recruiter=recruiter,
        recruitments=recruitments,
        preferences=_optional_list(body, "recruitmentPremiumPreferences"),
    )


def _query_int(request: ApiRequest, name: str, default: int) -> int:
    raw = request.query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise bad_request(f"{name}: must be an integer") from None
    if value < 0:
        raise bad_request(f"{name}: must not be negative")
    return value


# --- the five operations -------------------------------------------------------------------------


def _register(request: ApiRequest, user_id: str | None) -> Reply:
    """Register the body's recruitment for the recruiter ``user_id``, or in client mode (``None``)."""

    def action(store: ConnectStore) -> dict[str, Any]:
        store.register(_registration(request, client_mode=user_id is None), user_id)
        return {"status": "ok"}

    return _api_call(request, action)


def register_client_recruitment(request: ApiRequest) -> Reply:
    """``POST /v1/client/recruitment`` (client mode; a user token also authenticates the client)."""
    return _register(request, None)


def register_recruitment(request: ApiRequest) -> Reply:
    """``POST /v1/recruitment`` as the logged-in recruiter."""
    return _register(request, _user_id(request))


def list_recruitments(request: ApiRequest) -> Reply:
    """``GET /v1/recruitment/{campaign}``: points, products, recruitments (paged by limit/offset)."""
    user_id = _user_id(request)

    def action(store: ConnectStore) -> dict[str, Any]:
        campaign = _code(request.path_params["campaign"], "campaign")
        limit = _query_int(request, "limit", DEFAULT_LIMIT)
        offset = _query_int(request, "offset", 0)
        raw = request.query.get("ascending")
        ascending = parse_bool(raw) if raw not in (None, "") else None
        if raw not in (None, "") and ascending is None:
            raise bad_request("ascending: must be true or false")
        return store.overview(campaign, user_id, limit, offset, ascending)

    return _api_call(request, action)


def list_premium_recruitments(request: ApiRequest) -> Reply:
    """``GET /v1/recruitment/premium/{campaign}``."""
    user_id = _user_id(request)

    def action(store: ConnectStore) -> dict[str, Any]:
        campaign = _code(request.path_params["campaign"], "campaign")
        return {"recruitmentPremiumPreferences": store.premium_preferences(campaign, user_id)}

    return _api_call(request, action)


def change_premium_recruitments(request: ApiRequest) -> Reply:
    """``POST /v1/recruitment/premium/{campaign}``: replace the preferences (absent or empty: none)."""
    user_id = _user_id(request)

    def action(store: ConnectStore) -> dict[str, Any]:
        campaign = _code(request.path_params["campaign"], "campaign")
        items = _optional_list(_body(request), "recruitmentPremiumPreferences") or []
        return {"recruitmentPremiumPreferences": store.replace_preferences(campaign, user_id, items)}

    return _api_call(request, action)


# --- ConnectID OAuth2 --------------------------------------------------------------------------------


def _param(request: ApiRequest, name: str) -> str | None:
    value = request.arg(name)
    if value is None and isinstance(request.json, dict) and isinstance(request.json.get(name), str):
        value = request.json[name]
    return value


def _client_credentials(request: ApiRequest) -> tuple[str | None, str | None]:
    """client_id/client_secret from HTTP Basic authentication, else from the parameters."""
    header = (request.headers.get("authorization") or "").strip()
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "basic" and value.strip():
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise ConnectOAuthError("invalid_client", "Malformed Basic authorization header", 401) from None
        client_id, sep, secret = decoded.partition(":")
        if not sep:
            raise ConnectOAuthError("invalid_client", "Malformed Basic authorization header", 401)
        return unquote(client_id), unquote(secret)
    return _param(request, "client_id"), _param(request, "client_secret")


def _token_body(access: AccessToken, refresh_token: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "access_token": access.token,
        "token_type": "Bearer",
        "expires_in": int(access.expires_at - access.issued_at),
    }
    if refresh_token is not None:
        body["refresh_token"] = refresh_token
    return body


def token(request: ApiRequest) -> Reply:
    """``POST /user/oauth/token``: client_credentials, authorization_code and refresh_token grants."""
    tokens = _store(request).tokens
    grant_type = _param(request, "grant_type")
    if not grant_type:
        raise ConnectOAuthError("invalid_request", "Missing parameter: grant_type")
    if grant_type not in ("client_credentials", "authorization_code", "refresh_token"):
        raise ConnectOAuthError("unsupported_grant_type", f"Unsupported grant type: {grant_type}")
    client_id = tokens.check_client(*_client_credentials(request))
    if grant_type == "client_credentials":
        body = _token_body(tokens.client_credentials(client_id), None)
    elif grant_type == "authorization_code":
        access, refresh = tokens.exchange_code(client_id, _param(request, "code"), _param(request, "redirect_uri"))
        body = _token_body(access, refresh.token)
    else:
        refresh_token = _param(request, "refresh_token")
        body = _token_body(tokens.refresh_access(client_id, refresh_token), refresh_token)
    return ok(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


def _with_query(uri: str, params: list[tuple[str, str]]) -> str:
    return uri + ("&" if "?" in uri else "?") + urlencode(params)


def authorize(request: ApiRequest) -> Reply:
    """``GET /user/oauth/authorize``: the user logs in and consents; redirect back with a code.

    ``emulator_user`` (a ConnectID user id or e-mail) picks who logs in (default: Kari Nordmann,
    the recruiter of Connect's samples); ``emulator_consent=deny`` refuses.
    """
    store = _store(request)
    client_id = request.arg("client_id") or ""
    redirect_uri = request.arg("redirect_uri") or ""
    if not store.tokens.knows_client(client_id):
        raise ConnectOAuthError("invalid_client", "Unknown client_id")
    if not redirect_uri:
        raise ConnectOAuthError("invalid_request", "Missing parameter: redirect_uri")
    state = request.arg("state")
    extra = [("state", state)] if state is not None else []
    if request.arg("response_type") != "code":
        return redirect(_with_query(redirect_uri, [("error", "unsupported_response_type"), *extra]))
    if (request.arg("emulator_consent") or "").lower() == "deny":
        return redirect(_with_query(redirect_uri, [("error", "access_denied"), *extra]))
    wanted = request.arg("emulator_user")
    user = store.find_user(wanted) if wanted else store.user(store.default_user_id)
    if user is None:
        raise ConnectOAuthError("invalid_request", "No such ConnectID user")
    code = store.tokens.authorize(client_id, user.id, redirect_uri)
    return redirect(_with_query(redirect_uri, [("code", code.code), *extra]))


# --- control: /_emulator/connect/... ------------------------------------------------------------------


def _control_body(request: ApiRequest) -> dict[str, Any]:
    if request.json is MISSING or request.json is None:
        return {}
    if not isinstance(request.json, dict):
        raise bad_request("expected a JSON object")
    return request.json


def mint_token(request: ApiRequest) -> Reply:
    """``POST /_emulator/connect/tokens``: ``{"user": id or e-mail}`` for a user token, ``{}`` for a
    client-mode token (optionally ``"client_id"``), without the OAuth dance."""
    store = _store(request)
    body = _control_body(request)
    client_id = body.get("client_id") or request.backend.config.connect_client_id
    if not isinstance(client_id, str) or not store.tokens.knows_client(client_id):
        raise bad_request("client_id: unknown Connect client")
    user_key = body.get("user")
    user_id = None
    if user_key is not None:
        user = store.find_user(str(user_key))
        if user is None:
            raise bad_request("user: no such ConnectID user")
        user_id = user.id
    access = store.tokens.issue(client_id, user_id)
    result = _token_body(access, None)
    result.update({"mode": access.mode, "user_id": user_id, "client_id": client_id})
    return ok(result, status=201)


def get_settings(request: ApiRequest) -> Reply:
    return ok(_store(request).settings.as_dict())


def change_settings(request: ApiRequest) -> Reply:
    """``PATCH /_emulator/connect/settings``: ``verification_seconds``, ``requests_per_minute``,
    ``requests_per_second`` (null: not enforced)."""
    store = _store(request)
    store.settings.update(_control_body(request))
    return ok(store.settings.as_dict())


def list_state(request: ApiRequest) -> Reply:
    """``GET /_emulator/connect/state``: customers (with points), users and recruitments, for tests."""
    store = _store(request)
    return ok(
        {
            "customers": [
                {
                    "customerNumber": c.number,
                    "name": c.name,
                    "email": c.email,
                    "phoneNumber": c.phone,
                    "points": c.points,
                }
                for c in sorted(store.customers.values(), key=lambda c: c.number)
            ],
            "users": [
                {"id": u.id, "email": u.email, "customerNumber": store.user_customer.get(u.id)}
                for u in store.users.values()
            ],
            "recruitments": [
                {**r.as_json(), "campaign": r.campaign, "recruiter": r.recruiter, "verified": r.verified}
                for r in store.recruitments
            ],
        }
    )
