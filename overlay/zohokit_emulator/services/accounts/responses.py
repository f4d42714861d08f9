"""Zoho Accounts handlers: ``GET /auth``, ``POST /token``, ``POST /token/revoke``.

Like the real server, the token endpoints take their parameters from the query string or from an
``application/x-www-form-urlencoded`` body, and report refusals as HTTP 200 ``{"error": ...}``.
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlencode

from ...core.errors import OAuthError, invalid_data
from ...core.http import ApiRequest, Reply, ok, redirect
from . import directory
from .models import AccountsStore

LOCATION = "us"


def _store(request: ApiRequest) -> AccountsStore:
    store: AccountsStore = request.state
    return store


def _html_error(title: str, detail: str) -> Reply:
    page = (
        "<!DOCTYPE html><html><head><title>Zoho Accounts</title></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(detail)}</p></body></html>"
    )
    return Reply(status=400, body=page.encode("utf-8"), media_type="text/html; charset=utf-8")


def _with_query(uri: str, params: list[tuple[str, str]]) -> str:
    return uri + ("&" if "?" in uri else "?") + urlencode(params)


def _scopes(raw: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in raw.replace(" ", ",").split(",") if s.strip())


def _consent_page(request: ApiRequest, client_name: str, user_email: str, scopes: tuple[str, ...]) -> Reply:
    """Zoho's consent screen for ``prompt=consent``: what the client asks for, with Accept and Deny
    links that repeat the request with ``emulator_consent=accept`` or ``deny``."""
    asked = [(name, value) for name, value in request.query.multi_items() if name != "emulator_consent"]
    accept = html.escape(_with_query(request.path, [*asked, ("emulator_consent", "accept")]))
    deny = html.escape(_with_query(request.path, [*asked, ("emulator_consent", "deny")]))
    items = "".join(f"<li>{html.escape(scope)}</li>" for scope in scopes)
    page = (
        "<!DOCTYPE html><html><head><title>Zoho Accounts</title></head><body>"
        f"<h1>{html.escape(client_name)} would like to access your Zoho account</h1>"
        f"<p>Signed in as {html.escape(user_email)}. The application asks for:</p><ul>{items}</ul>"
        f'<p><a id="accept" href="{accept}">Accept</a> <a id="deny" href="{deny}">Deny</a></p>'
        "</body></html>"
    )
    return Reply(status=200, body=page.encode("utf-8"), media_type="text/html; charset=utf-8")


def authorize(request: ApiRequest) -> Reply:
    """The consent step: redirect to ``redirect_uri`` with a grant code at once, the user having
    authorized the client before; with ``prompt=consent``, Zoho's consent screen first (200, HTML),
    whose Accept link (``emulator_consent=accept``) redirects with the code."""
    store = _store(request)
    client_id = request.arg("client_id") or ""
    redirect_uri = request.arg("redirect_uri") or ""
    client = store.clients.get(client_id)
    if client is None:
        return _html_error("Invalid Client", "The client_id is not registered.")
    if not redirect_uri or not client.accepts_redirect(redirect_uri):
        return _html_error("Invalid Redirect Uri", "The redirect_uri is not registered for this client.")
    state = request.arg("state")
    extra = [("state", state)] if state is not None else []
    if request.arg("response_type") != "code":
        return redirect(_with_query(redirect_uri, [*extra, ("error", "unsupported_response_type")]))
    scopes = _scopes(request.arg("scope") or "")
    if not scopes:
        return redirect(_with_query(redirect_uri, [*extra, ("error", "invalid_scope")]))
    consent = (request.arg("emulator_consent") or "").lower()
    if consent == "deny":
        return redirect(_with_query(redirect_uri, [*extra, ("error", "access_denied")]))
    user = directory.ADMIN
    wanted = request.arg("emulator_user")
    if wanted:
        match = next((u for u in directory.USERS if wanted in (u.id, u.email)), None)
        if match is None:
            return _html_error("Invalid User", "No such user in the emulated organization.")
        user = match
    if (request.arg("prompt") or "").lower() == "consent" and consent != "accept":
        return _consent_page(request, client.name, user.email, scopes)
    offline = (request.arg("access_type") or "online").lower() == "offline"
    grant = store.authorize(client.client_id, redirect_uri, scopes, offline, user.id)
    params = [*extra, ("code", grant.code), ("location", LOCATION), ("accounts-server", request.origin)]
    return redirect(_with_query(redirect_uri, params))


def token(request: ApiRequest) -> Reply:
    store = _store(request)
    limit = request.backend.settings.token_requests_per_minute
    if limit is not None and store.throttle.hit(request.arg("client_id") or "", limit) is not None:
        return ok(
            {
                "error_description": "You have made too many requests continuously. Please try again after some time.",
                "error": "Access Denied",
                "status": "failure",
            },
            status=400,
        )
    grant_type = request.arg("grant_type")
    client_id = request.arg("client_id")
    client_secret = request.arg("client_secret")
    if grant_type == "authorization_code":
        access, refresh = store.exchange_code(
            client_id, client_secret, request.arg("code"), request.arg("redirect_uri")
        )
    elif grant_type == "refresh_token":
        access, refresh = store.refresh(client_id, client_secret, request.arg("refresh_token")), None
    else:
        raise OAuthError("unsupported_grant_type")
    body: dict[str, Any] = {"access_token": access.token}
    if refresh is not None:
        body["refresh_token"] = refresh.token
    body.update(
        {
            "scope": " ".join(access.scopes),
            "api_domain": request.origin,
            "token_type": "Bearer",
            "expires_in": int(access.expires_at - access.issued_at),
        }
    )
    return ok(body)


def revoke(request: ApiRequest) -> Reply:
    token_value = request.arg("token")
    if not token_value:
        raise OAuthError("invalid_request")
    _store(request).revoke(token_value)
    return ok({"status": "success"})


# --- control routes ---------------------------------------------------------------------------


def mint_token(request: ApiRequest) -> Reply:
    """``POST /_emulator/tokens``: an access token without the OAuth dance (for tests)."""
    store = _store(request)
    body = request.optional_json_object()
    user_id = str(body.get("user_id") or directory.ADMIN.id)
    if directory.user_by_id(user_id) is None:
        raise invalid_data("unknown user", api_name="user_id")
    client_id = str(body.get("client_id") or request.backend.config.client_id)
    raw_scope = body.get("scope")
    scopes = (
        _scopes(",".join(raw_scope) if isinstance(raw_scope, list) else str(raw_scope))
        if raw_scope
        else directory.ALL_SCOPES
    )
    access = store.issue_access_token(client_id, user_id, scopes)
    return ok(
        {"access_token": access.token, "expires_in": int(access.expires_at - access.issued_at), "user_id": user_id},
        status=201,
    )


def token_counts(request: ApiRequest) -> Reply:
    """``GET /_emulator/tokens``: how many tokens were issued since the last reset, and how many
    access tokens each refresh token holds live now (counts only; no token is shown)."""
    store = _store(request)
    with request.backend.lock:
        return ok(store.counts())


def register_client(request: ApiRequest) -> Reply:
    """``POST /_emulator/clients``: register another OAuth client (optionally with fixed redirect URIs)."""
    body = request.optional_json_object()
    client_id, client_secret = body.get("client_id"), body.get("client_secret")
    if not isinstance(client_id, str) or not client_id or not isinstance(client_secret, str) or not client_secret:
        raise invalid_data("client_id and client_secret are required strings", api_name="client_id")
    uris = body.get("redirect_uris") or []
    if not isinstance(uris, list) or not all(isinstance(u, str) for u in uris):
        raise invalid_data("redirect_uris must be a list of strings", api_name="redirect_uris")
    client = _store(request).register_client(client_id, client_secret, str(body.get("name") or ""), tuple(uris))
    return ok({"client_id": client.client_id, "redirect_uris": list(client.redirect_uris)}, status=201)
