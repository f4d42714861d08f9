"""The access token the scripts and benchmarks send to a running emulator: its admin's, from the
Zoho refresh-token grant with the emulator's default OAuth client, so it carries every scope.
"""

from __future__ import annotations

import httpx

from zohokit_emulator.config import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_REFRESH_TOKEN


class TokenRefused(RuntimeError):
    """The emulator refused the grant (it was started with other credentials): Zoho Accounts answers
    a refused grant with HTTP 200 and an ``error`` field, which this carries."""


def zoho_access_token(origin: str) -> str:
    """A fresh access token from ``origin``'s ``/oauth/v2/token``; :class:`TokenRefused` when the
    emulator refuses the grant, ``httpx.HTTPStatusError`` when it answers an error status."""
    form = {
        "grant_type": "refresh_token",
        "client_id": DEFAULT_CLIENT_ID,
        "client_secret": DEFAULT_CLIENT_SECRET,
        "refresh_token": DEFAULT_REFRESH_TOKEN,
    }
    response = httpx.post(origin + "/oauth/v2/token", data=form)
    response.raise_for_status()
    body = response.json()
    if "access_token" not in body:
        raise TokenRefused(f"{origin} refused the emulator's default refresh token: {body.get('error', body)!r}")
    token: str = body["access_token"]
    return token
