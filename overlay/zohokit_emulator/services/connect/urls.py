"""Routes of the Connect recruitment API and of the ConnectID OAuth2 endpoints it takes tokens from
(``/user/oauth/authorize`` and ``/user/oauth/token``, ConnectID's own paths).

The API is served under ``/capi/v1``, as on the real server (``https://api.mediaconnect.no/capi``
plus the spec's ``/v1/...`` paths), and under ``/v1`` at the origin root as well, for clients
configured with the bare origin."""

from __future__ import annotations

from ...core.routing import Handler, Route, Service, get, patch, post
from . import responses
from .errors import connect_envelope
from .models import ConnectStore

API = {"auth": "connect", "validate": False}
"""Connect routes: ConnectID bearer tokens (the spec names no scopes and no Zoho API credits);
validated by the handlers (which know both mount points)."""
PUBLIC = {"auth": None, "validate": False}
MOUNTS = ("/capi", "")
"""Where the ``/v1`` operations are served: the real server's base path, and the origin root."""


def api_route(method: str, path: str, handler: Handler) -> list[Route]:
    """One Connect operation, at every mount point."""
    make = {"GET": get, "POST": post}[method]
    return [make(mount + path, handler, **API) for mount in MOUNTS]


SERVICE = Service(
    name="connect",
    base="/",
    api="connect",
    store=ConnectStore,
    authenticators={"connect": responses.connect_authenticator},
    error_envelope=connect_envelope,
    routes=[
        *api_route("POST", "/v1/client/recruitment", responses.register_client_recruitment),
        *api_route("POST", "/v1/recruitment", responses.register_recruitment),
        *api_route("GET", "/v1/recruitment/{campaign}", responses.list_recruitments),
        *api_route("GET", "/v1/recruitment/premium/{campaign}", responses.list_premium_recruitments),
        *api_route("POST", "/v1/recruitment/premium/{campaign}", responses.change_premium_recruitments),
        get("/user/oauth/authorize", responses.authorize, **PUBLIC),
        post("/user/oauth/token", responses.token, **PUBLIC),
    ],
    control_routes=[
        post("/_emulator/connect/tokens", responses.mint_token),
        get("/_emulator/connect/settings", responses.get_settings),
        patch("/_emulator/connect/settings", responses.change_settings),
        get("/_emulator/connect/state", responses.list_state),
    ],
)
