"""The options every token auth shares live in one value, and the base class keeps the grant code.

ZohoOAuth and the two Connect flows take ``token``, ``store``, ``on_token_update``, ``leeway``,
``clock`` and ``allow_insecure_http`` as keywords and hand them to TokenAuth, which holds them in
a ``TokenAuthOptions``; a grant code is single-use in either flow, and ``repr`` has one shape.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import httpx
import pytest

import zohokit
from zohokit.token_auth import TokenAuthOptions
from zohokit.tokens import Token

from .fakes import CLIENT_ID, CLIENT_SECRET, GRANT_CODE, REFRESH_TOKEN, FakeClock, form_of, json_response

CONNECT_TOKEN_URL = "https://login.connect.example/oauth/token"
CONNECT_API = "https://api.connect.example/capi/v1/client/recruitment"


def test_the_keywords_become_one_options_value() -> None:
    store, clock = zohokit.MemoryTokenStore(), FakeClock()
    seen: list[Token] = []
    auth = zohokit.ZohoOAuth(
        CLIENT_ID,
        CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        store=store,
        on_token_update=seen.append,
        leeway=5,
        clock=clock,
    )
    assert auth.options == TokenAuthOptions(
        token=Token(refresh_token=REFRESH_TOKEN), store=store, on_token_update=seen.append, leeway=5.0, clock=clock
    )
    assert isinstance(auth.options.leeway, float)
    connect = zohokit.ConnectClientCredentials(
        CLIENT_ID, CLIENT_SECRET, token_url="http://10.1.2.3/token", allow_insecure_http=True, leeway=7
    )
    assert connect.options == TokenAuthOptions(leeway=7.0, allow_insecure_http=True)


@pytest.mark.parametrize(
    "build",
    [
        lambda: zohokit.ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, leeway=-0.5),
        lambda: zohokit.ConnectClientCredentials(CLIENT_ID, CLIENT_SECRET, leeway=-1),
        lambda: zohokit.ConnectAuthorizationCode(CLIENT_ID, CLIENT_SECRET, code="c", leeway=-1),
    ],
)
def test_a_negative_leeway_is_refused_by_every_flow(build: object) -> None:
    with pytest.raises(ValueError, match="leeway must be >= 0"):
        build()  # type: ignore[operator]


def _refusing_token_endpoint(requests: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return json_response(400, {"error": "invalid_grant", "error_description": "code expired"})

    return httpx.MockTransport(answer)


def test_a_connect_code_is_spent_once_the_token_endpoint_answered() -> None:
    requests: list[httpx.Request] = []
    auth = zohokit.ConnectAuthorizationCode(CLIENT_ID, CLIENT_SECRET, token_url=CONNECT_TOKEN_URL, code=GRANT_CODE)
    with httpx.Client(transport=_refusing_token_endpoint(requests), auth=auth) as http:
        with pytest.raises(zohokit.TokenError, match="invalid_grant"):
            http.post(CONNECT_API)
        with pytest.raises(zohokit.TokenError, match="no valid access token"):
            http.post(CONNECT_API)
    assert [form_of(request)["code"] for request in requests] == [GRANT_CODE]


def test_a_zoho_grant_code_is_spent_once_the_token_endpoint_answered() -> None:
    requests: list[httpx.Request] = []
    auth = zohokit.ZohoOAuth(CLIENT_ID, CLIENT_SECRET, grant_code=GRANT_CODE)
    with httpx.Client(transport=_refusing_token_endpoint(requests), auth=auth) as http:
        with pytest.raises(zohokit.TokenError, match="invalid_grant"):
            http.get("https://www.zohoapis.com/crm/v2/Leads")
        with pytest.raises(zohokit.TokenError, match="no valid access token"):
            http.get("https://www.zohoapis.com/crm/v2/Leads")
    assert [form_of(request)["code"] for request in requests] == [GRANT_CODE]


def test_a_connect_code_is_exchanged_when_the_store_cannot_be_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A grant code is a way to a token without the store, in the Connect flow as in Zoho's."""
    path = tmp_path / "token.json"
    path.write_text("not json")

    def answer(request: httpx.Request) -> httpx.Response:
        if str(request.url) == CONNECT_TOKEN_URL:
            return json_response(200, {"access_token": "bearer-1", "token_type": "bearer", "expires_in": 300})
        return json_response(200, {"status": "ok"})

    auth = zohokit.ConnectAuthorizationCode(
        CLIENT_ID, CLIENT_SECRET, token_url=CONNECT_TOKEN_URL, code=GRANT_CODE, store=zohokit.FileTokenStore(path)
    )
    with (
        caplog.at_level(logging.WARNING, logger="zohokit.auth"),
        httpx.Client(transport=httpx.MockTransport(answer), auth=auth) as http,
    ):
        response = http.post(CONNECT_API)
    assert response.status_code == 200 and response.request.headers["Authorization"] == "Bearer bearer-1"
    assert "cannot read the token store" in caplog.text


REPR_TAIL = r"has_access_token=False, has_refresh_token=True, expires_at=None\)$"


@pytest.mark.parametrize(
    ("auth", "head"),
    [
        (
            zohokit.ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN),
            rf"ZohoOAuth\(client_id='{re.escape(CLIENT_ID)}', accounts_server='https://accounts.zoho.com', "
            r"api_domain=None, ",
        ),
        (
            zohokit.ConnectAuthorizationCode(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN),
            rf"ConnectAuthorizationCode\(client_id='{re.escape(CLIENT_ID)}', "
            r"token_url='https://connectid.no/user/oauth/token', ",
        ),
    ],
)
def test_repr_names_the_auth_then_its_token_state(auth: zohokit.TokenAuth, head: str) -> None:
    assert re.fullmatch(head + REPR_TAIL, repr(auth)), repr(auth)
    assert REFRESH_TOKEN not in repr(auth) and CLIENT_SECRET not in repr(auth)
