"""The access token the scripts and benchmarks send to a running emulator: its admin's, from the
Zoho refresh-token grant with the emulator's default OAuth client, so it carries every scope.
"""

from __future__ import annotations

import httpx

from zohokit_emulator.config import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN


def zoho_access_token(origin: str) -> str:
    """A fresh access token from ``origin``'s ``/oauth/v2/token``; ``httpx.HTTPStatusError`` when the
    emulator refuses the grant (it was started with other credentials)."""
    form = {
        "grant_type": "refresh_token",
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "refresh_token": DEFAULT_REFRESH_TOKEN,
    }
    response = httpx.post(origin + "/oauth/v2/token", data=form)
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token
