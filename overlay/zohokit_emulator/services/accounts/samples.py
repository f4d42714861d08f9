"""The OAuth client of the CRM documentation's OAuth2 samples, next to the emulator's default client.

The documentation writes its token requests with placeholders for every value
(``POST /oauth/v2/token?code={grant_token}&redirect_uri={redirect_uri}&client_id={client_id}...``),
and the Accounts spec keeps them as printed. So that those sample requests work as written, a fresh
emulator knows a client whose id, secret and redirect URI are those placeholders, a grant code
``{grant_token}`` it can exchange once (until the next reset: the code does not expire with the
clock, since it was never handed out by a consent step), and a refresh token ``{refresh_token}``.
Both act for the documentation's sample user with the scope of the documentation's authorization
sample (``ZohoCRM.users.ALL``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ...core.oauth_tokens import GrantCode, RefreshToken
from . import directory

if TYPE_CHECKING:
    from .models import AccountsStore

CLIENT_ID = "{client_id}"
CLIENT_SECRET = "{client_secret}"
REDIRECT_URI = "{redirect_uri}"
GRANT_CODE = "{grant_token}"
REFRESH_TOKEN = "{refresh_token}"
SCOPES = ("ZohoCRM.users.ALL",)
USER = directory.SAMPLE_USERS[0]
"""The user of ``GET /users/4108880000469041``."""


def seed_sample_client(store: AccountsStore) -> None:
    """Register the documentation's client with its grant code and refresh token."""
    store.register_client(CLIENT_ID, CLIENT_SECRET, "The documentation's sample client", (REDIRECT_URI,))
    store.grants[GRANT_CODE] = GrantCode(
        code=GRANT_CODE,
        client_id=CLIENT_ID,
        user_id=USER.id,
        redirect_uri=REDIRECT_URI,
        expires_at=math.inf,
        scopes=SCOPES,
        offline=True,
    )
    store.refresh_tokens[REFRESH_TOKEN] = RefreshToken(
        token=REFRESH_TOKEN,
        client_id=CLIENT_ID,
        user_id=USER.id,
        scopes=SCOPES,
        created_at=store.backend.clock.timestamp(),
    )
