"""A client built without base_url follows its token: with the emulator's token it reaches the emulator.

The auth's accounts server is the emulator; the token the emulator issues names the emulator's
own origin as ``api_domain``, and every request goes there instead of the client's starting URL
(Zoho's US production hosts). No transport is injected: these are real HTTP requests on loopback.
"""

from __future__ import annotations

import httpx
import pytest
from zohokit_crm.api.records import get_records
from zohokit_crm.models import RecordsResponse
from zohokit_recruit.api.associated_records import get_associated_records
from zohokit_recruit.models import RecruitAssociatedRecordsResponse

import zohokit
from zohokit.errors import DataCenterMismatchError, request_of
from zohokit_emulator import EmulatorServer


def emulator_oauth(server: EmulatorServer) -> zohokit.ZohoOAuth:
    return zohokit.ZohoOAuth(
        zohokit.EMULATOR_CLIENT_ID,
        zohokit.EMULATOR_CLIENT_SECRET,
        refresh_token=zohokit.EMULATOR_REFRESH_TOKEN,
        accounts_server=server.url,
    )


def test_a_client_without_base_url_reaches_the_emulator(server: EmulatorServer, control: httpx.Client) -> None:
    auth = emulator_oauth(server)
    with zohokit.zoho_client("crm", auth=auth) as crm:
        assert str(crm.get_httpx_client().base_url).startswith("https://www.zohoapis.com/")  # where it starts
        response = get_records.sync_detailed("Leads", client=crm, per_page=5)
    leads = zohokit.unwrap(response, RecordsResponse)
    assert 0 < len(leads.data) <= 5
    assert auth.api_domain == server.url
    request = request_of(response)
    assert request is not None and str(request.url).startswith(f"{server.url}/crm/v2/Leads")


async def test_an_async_client_without_base_url_reaches_the_emulator(
    server: EmulatorServer, control: httpx.Client
) -> None:
    auth = emulator_oauth(server)
    async with zohokit.zoho_client("crm", auth=auth) as crm:
        response = await get_records.asyncio_detailed("Contacts", client=crm, per_page=3)
    assert 0 < len(zohokit.unwrap(response, RecordsResponse).data) <= 3
    request = request_of(response)
    assert request is not None and str(request.url).startswith(f"{server.url}/crm/v2/Contacts")


def test_recruit_follows_an_emulator_token_to_the_emulator(server: EmulatorServer, control: httpx.Client) -> None:
    ids = control.get("/_emulator/fixtures").raise_for_status().json()["recruit"]
    with zohokit.zoho_client("recruit", auth=emulator_oauth(server)) as recruit:
        response = get_associated_records.sync_detailed("Candidates", ids["candidate_id"], client=recruit)
    openings = zohokit.unwrap(response, RecruitAssociatedRecordsResponse)
    assert ids["job_opening_id"] in {record.id for record in openings.data}
    request = request_of(response)
    assert request is not None
    assert str(request.url).startswith(f"{server.url}/recruit/v2/Candidates/{ids['candidate_id']}/associate")


def test_the_emulators_token_is_refused_on_a_pinned_production_url(
    server: EmulatorServer, control: httpx.Client
) -> None:
    with pytest.raises(DataCenterMismatchError, match="not a Zoho data centre"):
        zohokit.zoho_client("crm", auth=emulator_oauth(server), base_url="https://www.zohoapis.com/crm/v2")
