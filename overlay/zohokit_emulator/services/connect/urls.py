"""Routes of the Connect recruitment API (``/v1`` at the origin root; the real server is
``https://api.mediaconnect.no/capi``) and of the ConnectID OAuth2 endpoints it takes tokens from
(``/user/oauth/authorize`` and ``/user/oauth/token``, ConnectID's own paths)."""

from __future__ import annotations

from ...core.routing import Service, get, patch, post
from . import responses
from .errors import connect_envelope
from .models import ConnectStore

API = {"auth": "connect", "credits": 0, "validate": False}
"""Connect routes: ConnectID bearer tokens, no Zoho API credits; validated by the handlers
(the spec's paths sit under ``/capi``, which the emulator does not serve)."""
PUBLIC = {"auth": None, "credits": 0, "validate": False}

SERVICE = Service(
    name="connect",
    base="/",
    api="connect",
    store=ConnectStore,
    authenticators={"connect": responses.connect_authenticator},
    error_envelope=connect_envelope,
    routes=[
        post("/v1/client/recruitment", responses.register_client_recruitment, **API),
        post("/v1/recruitment", responses.register_recruitment, **API),
        get("/v1/recruitment/{campaign}", responses.list_recruitments, **API),
        get("/v1/recruitment/premium/{campaign}", responses.list_premium_recruitments, **API),
        post("/v1/recruitment/premium/{campaign}", responses.change_premium_recruitments, **API),
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
