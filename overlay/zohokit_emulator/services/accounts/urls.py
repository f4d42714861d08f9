"""Routes of the Zoho Accounts OAuth2 server, at its real base path ``/oauth/v2``."""

from __future__ import annotations

from ...core.errors import oauth_edge_envelope
from ...core.routing import Service, get, post
from . import responses
from .models import AccountsStore, zoho_authenticator

PUBLIC = {"auth": None, "validate": False}
"""Public endpoints: no token (the spec's ``security: []``), no Zoho API credits."""

SERVICE = Service(
    name="accounts",
    base="/oauth/v2",
    api="accounts",
    store=AccountsStore,
    authenticators={"zoho": zoho_authenticator},
    error_envelope=oauth_edge_envelope,
    routes=[
        get("/auth", responses.authorize, **PUBLIC),
        post("/token", responses.token, **PUBLIC),
        post("/token/revoke", responses.revoke, **PUBLIC),
    ],
    control_routes=[
        get("/_emulator/tokens", responses.token_counts),
        post("/_emulator/tokens", responses.mint_token),
        post("/_emulator/clients", responses.register_client),
    ],
)
