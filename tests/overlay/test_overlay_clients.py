"""zoho_client / connect_client / emulator: real generated clients wired with auth, retries, limits."""

from __future__ import annotations

import sys
from typing import Any

import httpx
import pytest
from zohokit_crm.api.records import get_records, insert_records
from zohokit_crm.models.record_input import RecordInput
from zohokit_crm.models.record_write_request import RecordWriteRequest

from tests.overlay.fakes import (
    CLIENT_ID,
    CLIENT_SECRET,
    EU_ACCOUNTS,
    REFRESH_TOKEN,
    FakeClock,
    FakeZoho,
    form_of,
    json_response,
)
from zohokit import (
    EMULATOR_CLIENT_ID,
    EMULATOR_CLIENT_SECRET,
    EMULATOR_CONNECT_CLIENT_ID,
    EMULATOR_CONNECT_CLIENT_SECRET,
    EMULATOR_REFRESH_TOKEN,
    ConcurrencyLimit,
    ConnectClientCredentials,
    InsecureTransportError,
    RetryPolicy,
    Token,
    ZohoOAuth,
    connect_client,
    emulator,
    iter_items,
    record_results,
    resolve_base_url,
    unwrap,
    zoho_client,
)
from zohokit.limits import LimitedTransport
from zohokit.retry import RetryTransport
from zohokit.token_routing import TokenRouting
from zohokit.transports import DualTransport

FAST_RETRY = RetryPolicy(backoff_initial=0.0, jitter=0.0)


def base_url(client: Any) -> str:
    return str(client.get_httpx_client().base_url).rstrip("/")


@pytest.mark.parametrize(
    ("api", "dc", "expected"),
    [
        ("crm", None, "https://www.zohoapis.com/crm/v2"),
        ("crm", "eu", "https://www.zohoapis.eu/crm/v2"),
        ("crm_bulk", "cn", "https://www.zohoapis.com.cn/crm/bulk/v2"),
        ("bigin", "au", "https://www.zohoapis.com.au/bigin/v1"),
        ("recruit", "jp", "https://recruit.zoho.jp/recruit/v2"),
        ("recruit", "IN", "https://recruit.zoho.in/recruit/v2"),
        ("accounts", "eu", "https://accounts.zoho.eu/oauth/v2"),
    ],
)
def test_base_url_per_data_centre(api: Any, dc: str | None, expected: str) -> None:
    client = zoho_client(api, dc=dc)
    assert type(client).__name__ == "Client"
    assert type(client).__module__ == f"zohokit_{api}.client"
    assert base_url(client) == expected


def test_base_url_follows_the_auth() -> None:
    eu = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, accounts_server=EU_ACCOUNTS)
    assert resolve_base_url("crm", auth=eu) == "https://www.zohoapis.eu/crm/v2"
    assert resolve_base_url("recruit", auth=eu) == "https://recruit.zoho.eu/recruit/v2"
    assert resolve_base_url("accounts", auth=eu) == "https://accounts.zoho.eu/oauth/v2"
    known = ZohoOAuth(
        CLIENT_ID,
        CLIENT_SECRET,
        token=Token(access_token="a", refresh_token="r", api_domain="https://www.zohoapis.in"),
        accounts_server=EU_ACCOUNTS,
    )
    assert resolve_base_url("crm", auth=known) == "https://www.zohoapis.in/crm/v2"  # api_domain wins
    assert resolve_base_url("bigin", auth=known, dc="us") == "https://www.zohoapis.in/bigin/v1"
    assert resolve_base_url("recruit", auth=known) == "https://recruit.zoho.in/recruit/v2"
    client = zoho_client("crm", auth=known, base_url="https://proxy.example/crm/v2/")
    assert base_url(client) == "https://proxy.example/crm/v2"


def test_client_stack() -> None:
    auth = ZohoOAuth(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    client = zoho_client("crm", auth=auth, limit=ConcurrencyLimit.for_edition("free"), timeout=12.5, retry=FAST_RETRY)
    assert type(client).__name__ == "AuthenticatedClient"
    http = client.get_httpx_client()
    assert isinstance(http.auth, TokenRouting) and http.auth.auth is auth and http.auth.follows_token
    assert http.timeout == httpx.Timeout(12.5)
    transport = http._transport
    assert isinstance(transport, DualTransport)
    assert isinstance(transport.sync, RetryTransport) and transport.sync.policy is FAST_RETRY
    assert isinstance(transport.sync.transport, LimitedTransport) and transport.sync.transport.limit.limit == 5
    assert zoho_client("crm").get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)


def crm(fake: FakeZoho, **kwargs: Any) -> Any:
    auth = ZohoOAuth(
        CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN, accounts_server=EU_ACCOUNTS, clock=FakeClock()
    )
    return zoho_client("crm", auth=auth, transport=fake.transport(), retry=FAST_RETRY, **kwargs)


def leads_api(fake: FakeZoho, pages: dict[int, httpx.Response] | None = None) -> None:
    def api(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return json_response(
                202,
                {
                    "data": [
                        {"code": "SUCCESS", "details": {"id": "111"}, "message": "record added", "status": "success"},
                        {
                            "code": "INVALID_DATA",
                            "details": {"api_name": "Email"},
                            "message": "invalid data",
                            "status": "error",
                        },
                    ]
                },
            )
        page = int(request.url.params.get("page", "1"))
        if pages and page in pages:
            return pages.pop(page)
        more = page < 2
        return json_response(200, {"data": [{"id": f"{page}01"}], "info": {"page": page, "more_records": more}})

    fake.api_handler = api


def assert_wired(fake: FakeZoho) -> None:
    assert str(fake.token_requests[0].url) == "https://accounts.zoho.eu/oauth/v2/token"
    assert all(str(r.url).startswith("https://www.zohoapis.eu/crm/v2/Leads") for r in fake.api_requests)
    assert set(fake.api_authorizations) == {"Zoho-oauthtoken access-1"}


def test_generated_calls_end_to_end_sync() -> None:
    fake = FakeZoho()
    leads_api(fake, pages={2: httpx.Response(503)})  # one transient failure, retried
    client = crm(fake)
    with client:
        records = list(iter_items(get_records.sync_detailed, client=client, module_api_name="Leads"))
        response = insert_records.sync_detailed(
            "Leads", client=client, body=RecordWriteRequest(data=[RecordInput(), RecordInput()])
        )
    assert [r.id for r in records] == ["101", "201"]
    assert [(r.ok, r.id, r.code) for r in record_results(response)] == [
        (True, "111", "SUCCESS"),
        (False, None, "INVALID_DATA"),
    ]
    assert len(fake.token_requests) == 1
    assert_wired(fake)


async def test_generated_calls_end_to_end_async() -> None:
    fake = FakeZoho()
    leads_api(fake)
    client = crm(fake)
    async with client:
        page = unwrap(await get_records.asyncio_detailed("Leads", client=client, page=2))
        response = await insert_records.asyncio_detailed(
            "Leads", client=client, body=RecordWriteRequest(data=[RecordInput()])
        )
    assert page is not None and [r.id for r in page.data] == ["201"]
    assert [r.ok for r in record_results(response)] == [True, False]
    assert_wired(fake)


def test_derived_clients_keep_auth_and_transport() -> None:
    fake = FakeZoho()
    leads_api(fake)
    client = crm(fake).with_headers({"X-Trace": "1"})
    response = get_records.sync_detailed("Leads", client=client)
    assert response.status_code == 200
    assert fake.api_requests[-1].headers["X-Trace"] == "1"
    assert fake.api_authorizations == ["Zoho-oauthtoken access-1"]


def test_insecure_base_url_is_refused() -> None:
    with pytest.raises(InsecureTransportError):
        zoho_client("crm", base_url="http://crm.example.com/crm/v2")
    assert base_url(zoho_client("crm", base_url="http://crm.example.com/crm/v2", allow_insecure_http=True))
    assert base_url(zoho_client("crm", base_url="http://localhost:9000/crm/v2")) == "http://localhost:9000/crm/v2"


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="unknown Zoho API"):
        zoho_client("desk")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown Zoho data centre"):
        zoho_client("crm", dc="mars")
    with pytest.raises(ValueError, match="httpx_args"):
        zoho_client("crm", httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200))})


def test_missing_generated_package_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "zohokit_crm_bulk", None)
    with pytest.raises(ImportError, match="make generate"):
        zoho_client("crm_bulk")


def test_connect_client() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return json_response(200, {"access_token": "cc-1", "token_type": "bearer", "expires_in": 300})
        assert request.headers["Authorization"] == "Bearer cc-1"
        return json_response(200, {"points": 1, "recruitments": []})

    auth = ConnectClientCredentials("cid", "csecret", token_url="https://login.example.no/oauth/token")
    client = connect_client(auth=auth, transport=httpx.MockTransport(handle))
    assert base_url(client) == "https://api.mediaconnect.no/capi"
    from zohokit_connect.api.recruitment import list_recruitments

    assert unwrap(list_recruitments.sync_detailed("C", client=client)) is not None


def emulator_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path in ("/oauth/v2/token", "/user/oauth/token"):
            return json_response(
                200, {"access_token": "emu-access", "expires_in": 3600, "api_domain": "http://127.0.0.1:8080"}
            )
        return json_response(200, {"data": [], "info": {"more_records": False}, "recruitments": []})

    return httpx.MockTransport(handle)


def test_emulator_wires_every_api_to_one_origin() -> None:
    seen: list[httpx.Request] = []
    emu = emulator("http://127.0.0.1:8080/", transport=emulator_transport(seen))
    assert {api: base_url(emu.client(api)) for api in ("crm", "crm_bulk", "recruit", "bigin", "accounts")} == {
        "crm": "http://127.0.0.1:8080/crm/v2",
        "crm_bulk": "http://127.0.0.1:8080/crm/bulk/v2",
        "recruit": "http://127.0.0.1:8080/recruit/v2",
        "bigin": "http://127.0.0.1:8080/bigin/v1",
        "accounts": "http://127.0.0.1:8080/oauth/v2",
    }
    assert type(emu.client("accounts")).__name__ == "Client"
    crm_client_ = emu.client("crm")
    bigin_client_ = emu.client("bigin")
    get_records.sync_detailed("Leads", client=crm_client_)
    bigin_client_.get_httpx_client().get("/Deals")
    token_requests = [r for r in seen if r.url.path == "/oauth/v2/token"]
    assert len(token_requests) == 1  # one shared token for every Zoho client
    assert form_of(token_requests[0]) == {
        "client_id": EMULATOR_CLIENT_ID,
        "client_secret": EMULATOR_CLIENT_SECRET,
        "grant_type": "refresh_token",
        "refresh_token": EMULATOR_REFRESH_TOKEN,
    }
    assert seen[-1].headers["Authorization"] == "Zoho-oauthtoken emu-access"


async def test_emulator_connect_client_async() -> None:
    seen: list[httpx.Request] = []
    emu = emulator(transport=emulator_transport(seen))
    client = emu.connect_client()
    assert base_url(client) == "http://127.0.0.1:8080/capi"
    from zohokit_connect.api.recruitment import list_recruitments

    response = await list_recruitments.asyncio_detailed("Spring2019", client=client)
    assert response.status_code == 200
    assert [r.url.path for r in seen] == ["/user/oauth/token", "/capi/v1/recruitment/Spring2019"]
    assert form_of(seen[0]) == {
        "grant_type": "client_credentials",
        "client_id": EMULATOR_CONNECT_CLIENT_ID,
        "client_secret": EMULATOR_CONNECT_CLIENT_SECRET,
    }
    assert seen[1].headers["Authorization"] == "Bearer emu-access"


async def test_dual_transport_closes_each_side() -> None:
    closed: list[str] = []

    class Side(httpx.BaseTransport, httpx.AsyncBaseTransport):
        def __init__(self, name: str) -> None:
            self.name = name

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, text=self.name)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, text=self.name)

        def close(self) -> None:
            closed.append(f"{self.name}.close")

        async def aclose(self) -> None:
            closed.append(f"{self.name}.aclose")

    dual = DualTransport(Side("sync"), Side("async"))
    with httpx.Client(transport=dual) as client:
        assert client.get("https://x.example").text == "sync"
    async with httpx.AsyncClient(transport=dual) as aclient:
        assert (await aclient.get("https://x.example")).text == "async"
    assert closed == ["sync.close", "async.aclose"]
