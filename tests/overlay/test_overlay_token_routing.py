"""Requests of a Zoho client go to its token's data centre, unless a base URL is pinned (zohokit.token_routing).

Every test drives a real generated client (or its httpx client) through ``zoho_client`` against a
scripted ``httpx.MockTransport`` server that answers for every host, and records the URL and
``Host`` header each request carried when it arrived.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from zohokit_crm.api.records import get_records
from zohokit_recruit.api.associated_records import get_associated_records

from tests.overlay.fakes import (
    CLIENT_ID,
    CLIENT_SECRET,
    EU_ACCOUNTS,
    REDIRECT_URI,
    REFRESH_TOKEN,
    US_ACCOUNTS,
    FakeClock,
    FakeZoho,
    zoho_error,
)
from zohokit import (
    APIError,
    InsecureTransportError,
    RetryPolicy,
    Token,
    ZohoOAuth,
    authorization_url,
    parse_grant_redirect,
    unwrap,
    zoho_client,
)
from zohokit.datacenters import CA, SA
from zohokit.errors import DataCenterMismatchError
from zohokit.token_routing import TokenRouting

FAST_RETRY = RetryPolicy(backoff_initial=0.0, jitter=0.0)
EMULATOR = "http://127.0.0.1:8080"
DEFAULT_PAGING = "?page=1&per_page=200"


class Recorder(httpx.MockTransport):
    """Serves ``fake`` (sync and async) and records ``(url, Host header)`` of each request on arrival."""

    def __init__(self, fake: FakeZoho) -> None:
        self.fake = fake
        self.seen: list[tuple[str, str]] = []
        super().__init__(self._handle)

    def _note(self, request: httpx.Request) -> None:
        self.seen.append((str(request.url), request.headers.get("Host", "")))

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return self.fake.handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._note(request)
        return await self.fake.ahandle(request)

    def api_urls(self) -> list[str]:
        """The URLs of the API requests, without the default ``page``/``per_page`` query of generated calls."""
        return [url.replace(DEFAULT_PAGING, "") for url, _ in self.seen if "/oauth/v2/token" not in url]

    def token_urls(self) -> list[str]:
        return [url for url, _ in self.seen if "/oauth/v2/token" in url]


def oauth(accounts_server: str = US_ACCOUNTS, **kwargs: Any) -> ZohoOAuth:
    kwargs.setdefault("refresh_token", REFRESH_TOKEN)
    kwargs.setdefault("clock", FakeClock())
    return ZohoOAuth(CLIENT_ID, CLIENT_SECRET, accounts_server=accounts_server, **kwargs)


def client(api: Any, auth: ZohoOAuth, recorder: Recorder, **kwargs: Any) -> Any:
    return zoho_client(api, auth=auth, transport=recorder, retry=FAST_RETRY, **kwargs)


# ---------------------------------------------------------------------- following the token


def test_request_goes_to_the_tokens_api_domain_sync() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")
    recorder = Recorder(fake)
    crm = client("crm", oauth(US_ACCOUNTS), recorder)
    assert str(crm.get_httpx_client().base_url) == "https://www.zohoapis.com/crm/v2/"  # where it starts
    response = get_records.sync_detailed("Leads", client=crm, page=2)
    assert response.status_code == 200
    assert recorder.token_urls() == ["https://accounts.zoho.com/oauth/v2/token"]
    assert recorder.seen[-1] == ("https://www.zohoapis.eu/crm/v2/Leads?page=2&per_page=200", "www.zohoapis.eu")
    assert fake.tokens_used() == ["access-1"]


async def test_request_goes_to_the_tokens_api_domain_async() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")
    recorder = Recorder(fake)
    async with client("crm", oauth(US_ACCOUNTS), recorder) as crm:
        response = await get_records.asyncio_detailed("Leads", client=crm, page=2)
    assert response.status_code == 200
    assert recorder.token_urls() == ["https://accounts.zoho.com/oauth/v2/token"]
    assert recorder.seen[-1] == ("https://www.zohoapis.eu/crm/v2/Leads?page=2&per_page=200", "www.zohoapis.eu")


def test_recruit_and_accounts_go_to_the_hosts_of_the_tokens_data_centre() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.com.au")
    recorder = Recorder(fake)
    auth = oauth(US_ACCOUNTS)
    recruit = client("recruit", auth, recorder)
    assert get_associated_records.sync_detailed("Candidates", "7001", client=recruit).status_code == 200
    assert recorder.api_urls() == ["https://recruit.zoho.com.au/recruit/v2/Candidates/7001/associate"]
    bigin = client("bigin", auth, recorder)
    bigin.get_httpx_client().get("/Contacts", params={"page": "1"})
    assert recorder.api_urls()[-1] == "https://www.zohoapis.com.au/bigin/v1/Contacts?page=1"
    accounts = client("accounts", auth, recorder)
    accounts.get_httpx_client().get("/user/info")
    assert recorder.seen[-1] == ("https://accounts.zoho.com.au/oauth/v2/user/info", "accounts.zoho.com.au")
    assert len(recorder.token_urls()) == 1  # one token shared by the three clients


def test_errors_carry_the_url_really_used() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.in")
    fake.api_handler = lambda request: zoho_error(400, "INVALID_MODULE", "the module name given seems to be invalid")
    crm = client("crm", oauth(), Recorder(fake))
    with pytest.raises(APIError) as caught:
        unwrap(get_records.sync_detailed("Leads", client=crm))
    assert caught.value.code == "INVALID_MODULE"
    assert caught.value.request is not None
    assert str(caught.value.request.url) == f"https://www.zohoapis.in/crm/v2/Leads{DEFAULT_PAGING}"
    assert caught.value.request.headers["Host"] == "www.zohoapis.in"


def refresh_moves_to(fake: FakeZoho, api_domain: str) -> None:
    """The next token the fake issues names ``api_domain``; every access token issued so far is rejected."""
    fake.api_domain = api_domain
    fake.valid_tokens.clear()


def test_a_refresh_that_changes_api_domain_moves_the_request_sync() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")
    recorder = Recorder(fake)
    crm = client("crm", oauth(), recorder)
    get_records.sync_detailed("Leads", client=crm)
    refresh_moves_to(fake, "https://www.zohoapis.in")
    response = get_records.sync_detailed("Leads", client=crm)  # 401 INVALID_TOKEN, refresh, retry
    assert response.status_code == 200
    get_records.sync_detailed("Leads", client=crm)
    assert recorder.api_urls() == [
        "https://www.zohoapis.eu/crm/v2/Leads",
        "https://www.zohoapis.eu/crm/v2/Leads",  # the rejected attempt, with the old token
        "https://www.zohoapis.in/crm/v2/Leads",  # the retry, after the refresh
        "https://www.zohoapis.in/crm/v2/Leads",
    ]
    assert [host for url, host in recorder.seen if "/oauth/" not in url][-1] == "www.zohoapis.in"
    assert fake.tokens_used() == ["access-1", "access-1", "access-2", "access-2"]


async def test_a_refresh_that_changes_api_domain_moves_the_request_async() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")
    recorder = Recorder(fake)
    clock = FakeClock()
    async with client("crm", oauth(clock=clock), recorder) as crm:
        await get_records.asyncio_detailed("Leads", client=crm)
        fake.api_domain = "https://www.zohoapis.jp"
        clock.advance(3600)  # expired: the next request refreshes first
        await get_records.asyncio_detailed("Leads", client=crm)
    assert recorder.api_urls() == ["https://www.zohoapis.eu/crm/v2/Leads", "https://www.zohoapis.jp/crm/v2/Leads"]
    assert len(recorder.token_urls()) == 2


def test_an_absolute_url_is_left_alone_but_guarded() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")
    recorder = Recorder(fake)
    http = client("crm", oauth(EU_ACCOUNTS), recorder).get_httpx_client()
    assert http.get("https://sandbox.zohoapis.eu/crm/v2/Leads").status_code == 200  # same DC, as given
    with pytest.raises(DataCenterMismatchError, match=re.escape("www.zohoapis.com")):
        http.get("https://www.zohoapis.com/crm/v2/Leads")
    assert recorder.api_urls() == ["https://sandbox.zohoapis.eu/crm/v2/Leads"]


def test_a_plain_http_api_domain_is_refused_off_this_machine() -> None:
    fake = FakeZoho(api_domain="http://zoho-gateway.example")
    recorder = Recorder(fake)
    with pytest.raises(InsecureTransportError, match=re.escape("zoho-gateway.example")):
        get_records.sync_detailed("Leads", client=client("crm", oauth(), recorder))
    assert recorder.api_urls() == []
    allowed = client("crm", oauth(), recorder, allow_insecure_http=True)
    assert get_records.sync_detailed("Leads", client=allowed).status_code == 200
    assert recorder.api_urls() == ["http://zoho-gateway.example/crm/v2/Leads"]


def test_a_token_without_api_domain_goes_to_the_accounts_servers_data_centre() -> None:
    recorder = Recorder(FakeZoho())
    auth = oauth(EU_ACCOUNTS, token=Token(access_token="access-0", refresh_token=REFRESH_TOKEN, expires_at=1e12))
    recorder.fake.valid_tokens.add("access-0")
    crm = client("crm", auth, recorder, dc="us")  # dc only chooses where the client starts
    get_records.sync_detailed("Leads", client=crm)
    assert recorder.api_urls() == ["https://www.zohoapis.eu/crm/v2/Leads"]


# ---------------------------------------------------------------------- pinned base URL


def test_a_pinned_base_url_is_kept() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")
    recorder = Recorder(fake)
    auth = oauth(EU_ACCOUNTS)
    proxy = client("crm", auth, recorder, base_url="https://zoho-proxy.example/crm/v2")
    same_dc = client("crm", auth, recorder, base_url="https://sandbox.zohoapis.eu/crm/v2")
    assert isinstance(proxy.get_httpx_client().auth, TokenRouting)
    assert not proxy.get_httpx_client().auth.follows_token
    get_records.sync_detailed("Leads", client=proxy)
    get_records.sync_detailed("Leads", client=same_dc)
    assert recorder.api_urls() == [
        "https://zoho-proxy.example/crm/v2/Leads",
        "https://sandbox.zohoapis.eu/crm/v2/Leads",
    ]


def test_a_pinned_url_on_another_data_centre_is_refused_when_the_client_is_built() -> None:
    with pytest.raises(DataCenterMismatchError) as caught:
        zoho_client("crm", auth=oauth(EU_ACCOUNTS), base_url="https://www.zohoapis.com/crm/v2")
    message = str(caught.value)
    assert "www.zohoapis.com" in message and "accounts.zoho.eu" in message
    assert "Europe" in message and "United States" in message and "base_url" in message
    known = oauth(US_ACCOUNTS, token=Token(access_token="a", api_domain="https://www.zohoapis.jp", expires_at=1e12))
    with pytest.raises(DataCenterMismatchError, match=r"www\.zohoapis\.jp.*recruit\.zoho\.com"):
        zoho_client("recruit", auth=known, base_url="https://recruit.zoho.com/recruit/v2")


def test_a_pinned_url_on_another_data_centre_is_refused_before_sending_sync() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")  # the token turns out to be European
    recorder = Recorder(fake)
    crm = client("crm", oauth(US_ACCOUNTS), recorder, base_url="https://www.zohoapis.com/crm/v2")
    with pytest.raises(DataCenterMismatchError) as caught:
        get_records.sync_detailed("Leads", client=crm)
    assert "www.zohoapis.eu" in str(caught.value) and "www.zohoapis.com" in str(caught.value)
    assert recorder.token_urls() == ["https://accounts.zoho.com/oauth/v2/token"]
    assert recorder.api_urls() == []


async def test_a_pinned_url_on_another_data_centre_is_refused_before_sending_async() -> None:
    fake = FakeZoho(api_domain="https://www.zohoapis.eu")
    recorder = Recorder(fake)
    async with client("crm", oauth(US_ACCOUNTS), recorder, base_url="https://www.zohoapis.com/crm/v2") as crm:
        with pytest.raises(DataCenterMismatchError, match=re.escape("www.zohoapis.eu")):
            await get_records.asyncio_detailed("Leads", client=crm)
    assert recorder.api_urls() == []


# ---------------------------------------------------------------------- emulator tokens


def test_an_emulator_token_follows_to_the_emulator_for_every_api() -> None:
    fake = FakeZoho(api_domain=EMULATOR)
    recorder = Recorder(fake)
    auth = oauth(EMULATOR)
    get_records.sync_detailed("Leads", client=client("crm", auth, recorder))
    get_associated_records.sync_detailed("Candidates", "7001", client=client("recruit", auth, recorder))
    assert recorder.token_urls() == [f"{EMULATOR}/oauth/v2/token"]
    assert recorder.seen[1:] == [
        (f"{EMULATOR}/crm/v2/Leads{DEFAULT_PAGING}", "127.0.0.1:8080"),
        (f"{EMULATOR}/recruit/v2/Candidates/7001/associate{DEFAULT_PAGING}", "127.0.0.1:8080"),
    ]


async def test_an_emulator_token_follows_to_the_emulator_async() -> None:
    recorder = Recorder(FakeZoho(api_domain=EMULATOR))
    async with client("bigin", oauth(EMULATOR), recorder) as bigin:
        response = await bigin.get_async_httpx_client().get("/Deals")
    assert response.status_code == 200
    assert recorder.api_urls() == [f"{EMULATOR}/bigin/v1/Deals"]


def test_an_emulator_token_never_reaches_a_production_host() -> None:
    # Pinned on production: refused when the client is built (the accounts server is the emulator).
    with pytest.raises(DataCenterMismatchError, match=r"127\.0\.0\.1.*not a Zoho data centre.*www\.zohoapis\.com"):
        zoho_client("crm", auth=oauth(EMULATOR), base_url="https://www.zohoapis.com/crm/v2")
    # An emulator-issued token held by an auth whose accounts server is Zoho's: refused too.
    minted = Token(access_token="emu", refresh_token="r", api_domain=EMULATOR, expires_at=1e12)
    with pytest.raises(DataCenterMismatchError, match=re.escape("www.zohoapis.eu")):
        zoho_client("crm", auth=oauth(US_ACCOUNTS, token=minted), base_url="https://www.zohoapis.eu/crm/v2")
    # Pinned at request time, after the emulator issued the token.
    recorder = Recorder(FakeZoho(api_domain=EMULATOR))
    crm = client("crm", oauth(US_ACCOUNTS), recorder, base_url="https://www.zohoapis.com/crm/v2")
    with pytest.raises(DataCenterMismatchError, match="not a Zoho data centre"):
        get_records.sync_detailed("Leads", client=crm)
    # An emulator answering without api_domain: the client keeps its starting URL (production), refused.
    silent = Recorder(FakeZoho(api_domain=""))
    with pytest.raises(DataCenterMismatchError, match=r"127\.0\.0\.1.*www\.zohoapis\.com"):
        get_records.sync_detailed("Leads", client=client("crm", oauth(EMULATOR), silent))
    assert recorder.api_urls() == [] and silent.api_urls() == []


# ---------------------------------------------------------------------- Canada and Saudi Arabia


@pytest.mark.parametrize(
    ("api_domain", "crm_url", "recruit_url", "accounts_url"),
    [
        (
            "https://www.zohoapis.ca",
            "https://www.zohoapis.ca/crm/v2/Leads",
            "https://recruit.zohocloud.ca/recruit/v2/Candidates/7001/associate",
            "https://accounts.zohocloud.ca/oauth/v2/user/info",
        ),
        (
            "https://www.zohoapis.sa",
            "https://www.zohoapis.sa/crm/v2/Leads",
            "https://recruit.zoho.sa/recruit/v2/Candidates/7001/associate",
            "https://accounts.zoho.sa/oauth/v2/user/info",
        ),
    ],
)
def test_canada_and_saudi_arabia_hosts(api_domain: str, crm_url: str, recruit_url: str, accounts_url: str) -> None:
    dc = CA if api_domain.endswith(".ca") else SA
    recorder = Recorder(FakeZoho(api_domain=api_domain))
    auth = oauth(dc.accounts_server)
    get_records.sync_detailed("Leads", client=client("crm", auth, recorder))
    get_associated_records.sync_detailed("Candidates", "7001", client=client("recruit", auth, recorder))
    client("accounts", auth, recorder).get_httpx_client().get("/user/info")
    assert recorder.token_urls() == [f"{dc.accounts_server}/oauth/v2/token"]
    assert recorder.api_urls() == [crm_url, recruit_url, accounts_url]
    with pytest.raises(DataCenterMismatchError, match=dc.name):
        zoho_client("crm", auth=auth, base_url="https://www.zohoapis.com/crm/v2")


def test_canada_and_saudi_arabia_grants() -> None:
    ca = parse_grant_redirect(f"{REDIRECT_URI}?code=c&location=ca&accounts-server=https%3A%2F%2Faccounts.zohocloud.ca")
    assert (ca.location, ca.accounts_server) == ("ca", "https://accounts.zohocloud.ca")
    assert parse_grant_redirect(f"{REDIRECT_URI}?code=c&location=ca").accounts_server == "https://accounts.zohocloud.ca"
    assert parse_grant_redirect(f"{REDIRECT_URI}?code=c&location=sa").accounts_server == "https://accounts.zoho.sa"
    for dc in (CA, SA):
        url = authorization_url(
            client_id=CLIENT_ID, scopes=["ZohoCRM.modules.ALL"], redirect_uri=REDIRECT_URI, dc=dc.key
        )
        parts = urlsplit(url)
        assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{dc.accounts_server}/oauth/v2/auth"
        assert parse_qs(parts.query)["client_id"] == [CLIENT_ID]
    auth = ZohoOAuth.from_grant_redirect(
        f"{REDIRECT_URI}?code=c&location=ca&accounts-server=https%3A%2F%2Faccounts.zohocloud.ca",
        CLIENT_ID,
        CLIENT_SECRET,
        redirect_uri=REDIRECT_URI,
    )
    assert auth.token_url == "https://accounts.zohocloud.ca/oauth/v2/token"
    assert auth.data_center is CA
