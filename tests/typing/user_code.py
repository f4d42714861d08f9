"""Code as a user of the kit writes it, for ``test_public_types.py`` to type-check with ``mypy --strict``.

It is never imported or run. Every ``assert_type`` must hold (mypy reports an error when the type
differs, ``Any`` included), and a line ending in ``# error: <code>`` must be a mypy error with that
code (``# error: <code>, <code>``: one of each), while every other line checks clean.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

import zohokit_accounts
import zohokit_connect
import zohokit_crm
import zohokit_crm_bulk
import zohokit_recruit
from zohokit_connect.api.recruitment import list_recruitments
from zohokit_connect.models import ConnectError, Recruitment, RecruitmentOverview
from zohokit_crm.api.records import get_records
from zohokit_crm.models import Record, RecordsResponse, ZohoError
from zohokit_crm.types import Response
from zohokit_crm_bulk.api.bulk_read import create_bulk_read_job
from zohokit_crm_bulk.models import BulkReadCreateResponse, BulkReadJob, BulkReadJobRequest
from zohokit_recruit.api.associated_records import get_associated_records

import zohokit


def build_clients(auth: zohokit.ZohoOAuth, connect_auth: zohokit.ConnectClientCredentials) -> None:
    assert_type(zohokit.zoho_client("crm", auth=auth, dc="eu"), zohokit_crm.AuthenticatedClient)
    assert_type(zohokit.zoho_client("crm_bulk", auth=auth), zohokit_crm_bulk.AuthenticatedClient)
    assert_type(zohokit.zoho_client("recruit", auth=auth), zohokit_recruit.AuthenticatedClient)
    assert_type(zohokit.zoho_client("accounts"), zohokit_accounts.Client)
    assert_type(zohokit.connect_client(auth=connect_auth), zohokit_connect.AuthenticatedClient)
    zohokit.zoho_client("crm", auth=auth, data_centre="eu")  # error: call-overload


def emulator_clients() -> None:
    with zohokit.emulator() as emulator:
        assert_type(emulator.client("crm"), zohokit_crm.AuthenticatedClient)
        assert_type(emulator.client("recruit"), zohokit_recruit.AuthenticatedClient)
        assert_type(emulator.client("accounts"), zohokit_accounts.Client)
        assert_type(emulator.connect_client(), zohokit_connect.AuthenticatedClient)


def read_records(crm: zohokit_crm.AuthenticatedClient) -> None:
    response = get_records.sync_detailed("Leads", client=crm)
    assert_type(response, Response[RecordsResponse | None, ZohoError])
    # A 204 (no records) and a 304 (not modified) are documented and parse to None.
    assert_type(zohokit.unwrap(response), RecordsResponse | None)
    assert_type(zohokit.unwrap(response, RecordsResponse), RecordsResponse)
    for page in zohokit.iter_pages(get_records.sync_detailed, "Leads", client=crm, per_page=200):
        assert_type(page, Response[RecordsResponse | None, ZohoError])
    for lead in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm):
        assert_type(lead, Record)
    for lead in zohokit.iter_items(zohokit.paged(get_records.sync_detailed, max_pages=2), "Leads", client=crm):
        assert_type(lead, Record)
    for bounded_page in zohokit.iter_pages(zohokit.paged(get_records.sync_detailed, max_pages=2), "Leads", client=crm):
        assert_type(zohokit.unwrap(bounded_page), RecordsResponse | None)
    zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, per_pag=5)  # error: call-arg
    zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, per_page="5")  # error: arg-type
    zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, max_pages=2)  # error: call-arg


async def read_records_async(crm: zohokit_crm.AuthenticatedClient) -> None:
    async for lead in zohokit.aiter_items(get_records.asyncio_detailed, "Leads", client=crm):
        assert_type(lead, Record)
    async for page in zohokit.aiter_pages(get_records.asyncio_detailed, "Leads", client=crm):
        assert_type(page, Response[RecordsResponse | None, ZohoError])
    zohokit.aiter_items(get_records.asyncio_detailed, "Leads", client=crm, per_pag=5)  # error: call-arg


def clients_stay_with_their_api(crm: zohokit_crm.AuthenticatedClient) -> None:
    get_associated_records.sync_detailed("Candidates", "42", client=crm, posting_title="Engineer")  # error: arg-type


def connect_pages(connect: zohokit_connect.AuthenticatedClient) -> None:
    overview = zohokit.unwrap(list_recruitments.sync_detailed("Spring", client=connect))
    assert_type(overview, RecruitmentOverview)
    recruitments = zohokit.paged(list_recruitments.sync_detailed, items=lambda page: page.recruitments)
    for recruitment in zohokit.iter_items(recruitments, "Spring", client=connect, limit=50):
        assert_type(recruitment, Recruitment)
    for page in zohokit.iter_pages(recruitments, "Spring", client=connect):
        assert_type(zohokit.unwrap(page), RecruitmentOverview)
    for unverified in zohokit.iter_items(
        zohokit.paged(list_recruitments.sync_detailed, items=lambda page: page.unverified_recruitments),
        "Spring",
        client=connect,
    ):
        assert_type(unverified, Recruitment)
    assert_type(
        list_recruitments.sync_detailed("Spring", client=connect).parsed, RecruitmentOverview | ConnectError | None
    )
    zohokit.iter_items(list_recruitments.sync_detailed, "Spring", client=connect)  # error: arg-type


async def connect_pages_async(connect: zohokit_connect.AuthenticatedClient) -> None:
    async for recruitment in zohokit.aiter_items(
        zohokit.paged(list_recruitments.asyncio_detailed, items=lambda page: page.recruitments),
        "Spring",
        client=connect,
    ):
        assert_type(recruitment, Recruitment)
    zohokit.paged(list_recruitments.asyncio_detailed, items=lambda page: page.points)  # error: arg-type, return-value


def bulk_read(bulk: zohokit_crm_bulk.AuthenticatedClient, crm: zohokit_crm.AuthenticatedClient, folder: Path) -> None:
    request = BulkReadJobRequest.from_dict({"query": {"module": "Leads"}})
    created = zohokit.unwrap(create_bulk_read_job.sync_detailed(client=bulk, body=request))
    assert_type(created, BulkReadCreateResponse)
    job_id = zohokit.bulk_job_id(created)
    assert_type(job_id, str)
    job = zohokit.wait_bulk_job(bulk, created, poll_interval=5)
    assert_type(job, BulkReadJob)
    archive = zohokit.download_bulk_result(bulk, job, folder / f"{job_id}.zip")
    assert_type(archive, Path)
    for row in zohokit.iter_bulk_rows(archive):
        assert_type(row, dict[str, str])
    zohokit.wait_bulk_job(crm, job_id)  # error: arg-type


async def bulk_read_async(bulk: zohokit_crm_bulk.AuthenticatedClient, folder: Path) -> None:
    job = await zohokit.await_bulk_job(bulk, "554023000000568002")
    assert_type(job, BulkReadJob)
    assert_type(await zohokit.adownload_bulk_result(bulk, job, folder / "export.zip"), Path)


def auth_options(store: zohokit.TokenStore) -> None:
    zohokit.ZohoOAuth("id", "secret", refresh_token="r", store=store, leeway=30, allow_insecure_http=False)
    zohokit.ConnectClientCredentials("id", "secret", store=store, clock=lambda: 0.0)
    zohokit.ConnectAuthorizationCode("id", "secret", code="c", on_token_update=print)
    zohokit.ZohoOAuth("id", "secret", refresh_token="r", leway=30)  # error: call-arg
    zohokit.ConnectClientCredentials("id", "secret", leeway="30")  # error: arg-type
