"""CRM through zohokit_crm + zohokit against the emulator: writes, paging, search, errors, tokens."""

from __future__ import annotations

import asyncio
import io
import threading

import httpx
import pytest
from zohokit_crm.api.photos import download_photo, upload_photo
from zohokit_crm.api.records import get_record, get_records, insert_records, search_records, update_records
from zohokit_crm.api.users import get_users
from zohokit_crm.models import (
    GetUsersType,
    PhotoModule,
    PhotoUploadRequest,
    RecordInput,
    RecordsResponse,
    RecordWriteRequest,
    UserReferenceInput,
    UsersResponse,
)
from zohokit_crm.types import File

import zohokit
from tests.integration.conftest import ClientFactory
from zohokit.retry import AsyncRetryTransport, RetryTransport
from zohokit.transports import default_async_transport

TOTAL = 1_000


def _leads(start: int, count: int) -> RecordWriteRequest:
    rows = [
        {"Last_Name": f"Bulk {n:05d}", "Company": "Zylker", "Email": f"bulk{n}@zylker.example"}
        for n in range(start, start + count)
    ]
    return RecordWriteRequest.from_dict({"data": rows})


def _insert_leads(crm: object, total: int) -> list[zohokit.RecordResult]:
    results: list[zohokit.RecordResult] = []
    for start in range(0, total, 100):
        results += zohokit.record_results(insert_records.sync_detailed("Leads", client=crm, body=_leads(start, 100)))
    return results


def test_paging_over_a_thousand_inserted_leads(clients: ClientFactory) -> None:
    crm = clients("crm")
    before = sum(1 for _ in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm))
    results = _insert_leads(crm, TOTAL)
    assert len(results) == TOTAL and zohokit.failed(results) == []
    pages = list(zohokit.iter_pages(get_records.sync_detailed, "Leads", client=crm, per_page=200))
    names = [record["Last_Name"] for page in pages for record in zohokit.unwrap(page, RecordsResponse).data]
    assert len(names) == before + TOTAL
    assert len(pages) == -(-(before + TOTAL) // 200)
    assert {f"Bulk {n:05d}" for n in range(TOTAL)} <= set(names)
    ids = {result.id for result in results}
    assert len(ids) == TOTAL and all(i is not None and len(i) == 19 for i in ids)


async def test_async_paging_sees_the_same_records(
    emu: zohokit.Emulator, clients: ClientFactory, async_stack: str
) -> None:
    crm = clients("crm")
    _insert_leads(crm, 300)
    sync_ids = [r.id for r in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, per_page=200)]
    async with emu.client("crm") as acrm:
        async_ids = [
            r.id async for r in zohokit.aiter_items(get_records.asyncio_detailed, "Leads", client=acrm, per_page=200)
        ]
    assert async_ids == sync_ids and len(async_ids) >= 300


def test_partial_failure_gives_per_record_results(clients: ClientFactory) -> None:
    crm = clients("crm")
    body = RecordWriteRequest.from_dict({"data": [{"Last_Name": "Good", "Company": "Zylker"}, {"Company": "No name"}]})
    response = insert_records.sync_detailed("Leads", client=crm, body=body)
    assert response.status_code == 202
    good, bad = zohokit.record_results(response)
    assert good.ok and good.code == "SUCCESS" and good.id
    assert not bad.ok and bad.code == "MANDATORY_NOT_FOUND"
    assert bad.details is not None and bad.details.get("api_name") == "Last_Name"


def test_update_and_search_round_trip(clients: ClientFactory) -> None:
    crm = clients("crm")
    (created,) = zohokit.record_results(insert_records.sync_detailed("Leads", client=crm, body=_leads(90_000, 1)))
    change = RecordWriteRequest.from_dict({"data": [{"id": created.id, "Company": "Zylker Renamed"}]})
    (updated,) = zohokit.record_results(update_records.sync_detailed("Leads", client=crm, body=change))
    assert updated.ok and updated.id == created.id
    found = zohokit.unwrap(
        search_records.sync_detailed("Leads", client=crm, criteria="(Company:equals:Zylker Renamed)"), RecordsResponse
    )
    assert [record.id for record in found.data] == [created.id]


def test_ids_sent_as_json_integers_are_accepted(clients: ClientFactory) -> None:
    """Zoho's SDKs send record, owner and lookup ids as JSON numbers; the write models take them
    and the emulator applies the write, while every id read back is a string."""
    crm = clients("crm")
    (created,) = zohokit.record_results(insert_records.sync_detailed("Leads", client=crm, body=_leads(91_000, 1)))
    assert created.id is not None
    users = zohokit.unwrap(get_users.sync_detailed(client=crm, type_=GetUsersType.ALLUSERS), UsersResponse)
    owner_id = str(users.users[-1].id)
    change = RecordInput(id=int(created.id), owner=UserReferenceInput(id=int(owner_id)))
    change["Company"] = "Integer Ids Ltd"
    sent = RecordWriteRequest(data=[change]).to_dict()
    assert sent["data"][0]["id"] == int(created.id) and sent["data"][0]["Owner"] == {"id": int(owner_id)}
    (updated,) = zohokit.record_results(
        update_records.sync_detailed("Leads", client=crm, body=RecordWriteRequest(data=[change]))
    )
    assert updated.ok and updated.id == created.id
    (lead,) = zohokit.unwrap(get_record.sync_detailed("Leads", created.id, client=crm), RecordsResponse).data
    assert lead["Company"] == "Integer Ids Ltd"
    assert lead.id == created.id and lead.owner is not None and lead.owner.id == owner_id


def test_empty_search_is_204_and_iterates_nothing(clients: ClientFactory) -> None:
    crm = clients("crm")
    response = search_records.sync_detailed("Leads", client=crm, word="no-such-lead-anywhere")
    assert response.status_code == 204
    assert list(zohokit.iter_items(search_records.sync_detailed, "Leads", client=crm, word="no-such-lead")) == []


def test_errors_are_typed(clients: ClientFactory) -> None:
    crm = clients("crm")
    with pytest.raises(zohokit.BadRequestError) as raised:
        zohokit.unwrap(get_records.sync_detailed("NoSuchModule", client=crm))
    assert raised.value.code == "INVALID_MODULE" and raised.value.status_code == 400
    assert raised.value.request is not None and "NoSuchModule" in str(raised.value.request.url)


def test_token_expiry_mid_run_is_refreshed_transparently(
    emu: zohokit.Emulator, clients: ClientFactory, control: httpx.Client
) -> None:
    crm = clients("crm")
    _insert_leads(crm, 400)
    pages = zohokit.iter_pages(get_records.sync_detailed, "Leads", client=crm, per_page=200)
    next(pages)
    first = emu.zoho_auth.token
    control.post("/_emulator/clock", json={"advance": 3_700}).raise_for_status()
    rest = list(pages)
    second = emu.zoho_auth.token
    assert rest and first is not None and second is not None
    assert second.access_token != first.access_token
    assert second.refresh_token == first.refresh_token


def test_revoked_access_token_is_refreshed_on_401(
    emu: zohokit.Emulator, clients: ClientFactory, control: httpx.Client
) -> None:
    crm = clients("crm")
    zohokit.unwrap(get_users.sync_detailed(client=crm, type_=GetUsersType.ALLUSERS))
    stale = emu.zoho_auth.token
    control.post("/_emulator/reset").raise_for_status()  # the emulator forgets every access token it issued
    zohokit.unwrap(get_users.sync_detailed(client=crm, type_=GetUsersType.ALLUSERS))
    assert emu.zoho_auth.token is not None and stale is not None
    assert emu.zoho_auth.token.access_token != stale.access_token


def test_concurrent_threads_share_one_refresh(
    emu: zohokit.Emulator, clients: ClientFactory, control: httpx.Client
) -> None:
    crm = clients("crm")
    zohokit.unwrap(get_users.sync_detailed(client=crm, type_=GetUsersType.ALLUSERS))
    control.post("/_emulator/clock", json={"advance": 3_700}).raise_for_status()
    tokens: set[str] = set()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            zohokit.unwrap(get_users.sync_detailed(client=crm, type_=GetUsersType.ALLUSERS))
            token = emu.zoho_auth.token
            assert token is not None and token.access_token is not None
            tokens.add(token.access_token)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(tokens) == 1


async def test_concurrent_tasks_share_one_refresh(
    emu: zohokit.Emulator, control: httpx.Client, async_stack: str
) -> None:
    async with emu.client("crm") as crm:
        await get_users.asyncio_detailed(client=crm, type_=GetUsersType.ALLUSERS)
        before = emu.zoho_auth.token
        control.post("/_emulator/clock", json={"advance": 3_700}).raise_for_status()
        calls = (get_users.asyncio_detailed(client=crm, type_=GetUsersType.ALLUSERS) for _ in range(20))
        responses = await asyncio.gather(*calls)
    assert all(response.status_code == 200 for response in responses)
    after = emu.zoho_auth.token
    assert before is not None and after is not None and after.access_token != before.access_token


def test_retry_transport_rides_out_injected_faults(clients: ClientFactory, control: httpx.Client) -> None:
    naps: list[float] = []  # the retry transport's sleeps, recorded instead of slept
    retrying = RetryTransport(httpx.HTTPTransport(), zohokit.RetryPolicy(max_attempts=4), sleep=naps.append)
    crm = clients("crm", transport=retrying, retry=zohokit.NO_RETRIES)
    zohokit.unwrap(get_users.sync_detailed(client=crm, type_=GetUsersType.ALLUSERS))
    control.post(
        "/_emulator/faults", json={"status": 429, "count": 1, "path_prefix": "/crm/v2/Leads", "retry_after": 2}
    ).raise_for_status()
    control.post(
        "/_emulator/faults", json={"status": 503, "count": 1, "path_prefix": "/crm/v2/Leads", "method": "GET"}
    ).raise_for_status()
    response = get_records.sync_detailed("Leads", client=crm, per_page=5)
    assert response.status_code == 200
    assert naps[0] == pytest.approx(2.0) and len(naps) == 2


# A 1x1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082"
)


async def test_async_photo_upload_and_download(emu: zohokit.Emulator, async_stack: str) -> None:
    async with emu.client("crm") as crm:
        [created] = zohokit.record_results(
            await insert_records.asyncio_detailed("Leads", client=crm, body=_leads(0, 1))
        )
        assert created.id is not None
        upload = PhotoUploadRequest(file=File(payload=io.BytesIO(PNG), file_name="dot.png", mime_type="image/png"))
        zohokit.unwrap(await upload_photo.asyncio_detailed(PhotoModule.LEADS, created.id, client=crm, body=upload))
        photo = await download_photo.asyncio_detailed(PhotoModule.LEADS, created.id, client=crm)
    assert photo.status_code == 200 and photo.content == PNG


async def test_async_retries_ride_out_injected_faults(
    emu: zohokit.Emulator, control: httpx.Client, async_stack: str
) -> None:
    naps: list[float] = []

    async def nap(seconds: float) -> None:  # the retry transport's sleeps, recorded instead of slept
        naps.append(seconds)

    wire = default_async_transport()
    retrying = AsyncRetryTransport(wire, zohokit.RetryPolicy(max_attempts=4), sleep=nap)
    async with emu.client("crm", async_transport=retrying, retry=zohokit.NO_RETRIES) as crm:
        zohokit.unwrap(await get_users.asyncio_detailed(client=crm, type_=GetUsersType.ALLUSERS))
        for fault in ({"status": 429, "retry_after": 2}, {"status": 503, "method": "GET"}):
            control.post("/_emulator/faults", json={**fault, "count": 1, "path_prefix": "/crm/v2/Leads"})
        response = await get_records.asyncio_detailed("Leads", client=crm, per_page=5)
    assert response.status_code == 200
    assert naps[0] == pytest.approx(2.0) and len(naps) == 2


async def test_async_read_timeout_surfaces_as_httpx_read_timeout(
    emu: zohokit.Emulator, control: httpx.Client, async_stack: str
) -> None:
    control.patch("/_emulator/settings", json={"latency_ms": 1_000}).raise_for_status()
    timeout = httpx.Timeout(5, read=0.2)
    async with emu.client("crm", timeout=timeout, retry=zohokit.NO_RETRIES) as crm:
        with pytest.raises(httpx.ReadTimeout):
            await get_records.asyncio_detailed("Leads", client=crm, per_page=5)
