"""``GET /_emulator/tokens``: issued-token counters and live access tokens per refresh token,
exactly as Zoho counts them (30 live per refresh token, expired ones not counted)."""

from __future__ import annotations

import httpx

from .conftest import TOKEN_FORM

FORM = TOKEN_FORM


async def counts(client: httpx.AsyncClient) -> dict[str, object]:
    response = await client.get("/_emulator/tokens")
    assert response.status_code == 200
    body: dict[str, object] = response.json()
    return body


def live_of_default_client(body: dict[str, object]) -> list[int]:
    """Live access tokens of the default client's refresh tokens (the emulator also knows the
    documentation's sample client, whose refresh token these tests do not use)."""
    entries: list[dict[str, object]] = body["refresh_tokens"]  # type: ignore[assignment]
    return [int(str(r["live_access_tokens"])) for r in entries if r["client_id"] == FORM["client_id"]]


async def test_counts_start_at_zero_and_show_no_token(client: httpx.AsyncClient) -> None:
    body = await counts(client)
    assert body == {
        "refreshes": 0,
        "code_exchanges": 0,
        "refresh_tokens": [
            {
                "client_id": "emulator-client-id",
                "user_id": body["refresh_tokens"][0]["user_id"],  # type: ignore[index]
                "live_access_tokens": 0,
            },
            {
                "client_id": "{client_id}",
                "user_id": body["refresh_tokens"][1]["user_id"],  # type: ignore[index]
                "live_access_tokens": 0,
            },
        ],
    }


async def test_refreshes_are_counted_and_live_tokens_capped_at_thirty(client: httpx.AsyncClient) -> None:
    for _ in range(31):
        assert (await client.post("/oauth/v2/token", data=FORM)).status_code == 200
    body = await counts(client)
    assert body["refreshes"] == 31
    assert live_of_default_client(body) == [30]
    assert "1000." not in str(body), "no token value is shown"


async def test_expired_tokens_are_not_live_and_reset_clears_the_counters(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        await client.post("/oauth/v2/token", data=FORM)
    await client.post("/_emulator/clock", json={"advance": 3601})
    await client.post("/oauth/v2/token", data=FORM)
    body = await counts(client)
    assert (body["refreshes"], live_of_default_client(body)) == (4, [1])
    await client.post("/_emulator/reset")
    assert (await counts(client))["refreshes"] == 0
