"""Generated responses carry the request sent for them, and errors raised from them name it."""

from __future__ import annotations

import httpx
import pytest
from zohokit_crm.api.records import get_records
from zohokit_crm.types import Response

import zohokit
from zohokit.errors import request_of


def _not_found(request: httpx.Request) -> httpx.Response:
    body = {"code": "INVALID_URL_PATTERN", "details": {}, "message": "Please check if the URL", "status": "error"}
    return httpx.Response(404, json=body)


def _client() -> object:
    return zohokit.zoho_client(
        "crm", base_url="https://www.zohoapis.com/crm/v2", transport=httpx.MockTransport(_not_found)
    )


def test_sync_error_carries_the_request() -> None:
    with pytest.raises(zohokit.NotFoundError) as raised:
        zohokit.unwrap(get_records.sync_detailed("Leads", client=_client(), per_page=5))
    request = raised.value.request
    assert request is not None and request.method == "GET"
    assert request.url.path == "/crm/v2/Leads" and request.url.params["per_page"] == "5"


async def test_async_error_carries_the_request() -> None:
    with pytest.raises(zohokit.NotFoundError) as raised:
        zohokit.unwrap(await get_records.asyncio_detailed("Contacts", client=_client()))
    request = raised.value.request
    assert request is not None and request.url.path == "/crm/v2/Contacts"


def test_a_response_from_elsewhere_is_not_matched_to_the_last_request() -> None:
    get_records.sync_detailed("Leads", client=_client())
    foreign = Response(status_code=404, content=b'{"code": "X"}', headers={}, parsed=None)
    assert request_of(foreign) is None


def test_a_generated_response_carries_the_request_sent_for_it() -> None:
    response = get_records.sync_detailed("Leads", client=_client(), per_page=7)
    assert response.request is not None and response.request.method == "GET"
    assert response.request.url.params["per_page"] == "7"
    assert request_of(response) is response.request


async def test_an_async_generated_response_carries_its_request_too() -> None:
    first, second = (
        await get_records.asyncio_detailed("Leads", client=_client()),
        await get_records.asyncio_detailed("Deals", client=_client()),
    )
    assert first.request is not None and first.request.url.path == "/crm/v2/Leads"
    assert second.request is not None and second.request.url.path == "/crm/v2/Deals"
