"""Hostile input to the Recruit and Bigin records API never makes the emulator answer 500.

The requests go to an emulator with request validation off (``--no-validate``), so the handlers
and the shared record engine meet every value themselves: each field of each module set to values
of every JSON type, ids, duplicate-check fields, search criteria, sorting and paging of the wrong
kind. Each answer must be a documented refusal (4xx) or a success; the ``app`` fixture's emulator
runs with ``debug``, so an unexpected exception fails the test where it happens.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from zohokit_emulator import backend_of

HOSTILE_VALUES: list[Any] = [
    None,
    True,
    -1,
    2**70,
    1e308,
    0.5,
    "",
    "x" * 40_000,
    "2024-13-45",
    "NaN",
    [],
    [1, "a", None],
    [{"id": "1"}],
    {},
    {"id": None},
    {"id": ["1"]},
    {"id": "3652397000000401001"},
    {"name": {"deep": [1]}},
]
"""Values of every JSON type, of the wrong size or shape for most fields."""

SERVICES = {
    "recruit": ("/recruit/v2", ("Candidates", "JobOpenings", "Clients", "Contacts", "Interviews")),
    "bigin": ("/bigin/v1", ("Accounts", "Contacts", "Deals", "Products", "Tasks", "Events", "Calls")),
}


@pytest.fixture
async def raw_api(unvalidated_app: Any) -> AsyncIterator[tuple[httpx.AsyncClient, Any]]:
    """The emulator without request validation, with the admin's token."""
    app = unvalidated_app
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator") as http:
        token = (await http.post("/_emulator/tokens", json={})).json()["access_token"]
        http.headers["Authorization"] = f"Zoho-oauthtoken {token}"
        yield http, app


def _handled(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.request.method, str(response.request.url), response.text[:500])


@pytest.mark.parametrize("service", sorted(SERVICES))
async def test_every_field_with_every_kind_of_value(raw_api: tuple[httpx.AsyncClient, Any], service: str) -> None:
    http, app = raw_api
    base, modules = SERVICES[service]
    store = backend_of(app).store(service)
    for module in modules:
        fields = [spec.api_name for spec in store.modules[module].fields]
        existing = next(iter(store.records[module]))
        for field in [*fields, "Custom_Field_1", "$se_module", "id"]:
            # One record per value: each gets its own result in one multi-record write.
            _handled(await http.post(f"{base}/{module}", json={"data": [{field: v} for v in HOSTILE_VALUES]}))
            updates = [{"id": existing, field: v} for v in HOSTILE_VALUES]
            _handled(await http.put(f"{base}/{module}", json={"data": updates}))
            for value in HOSTILE_VALUES[::4]:
                _handled(await http.put(f"{base}/{module}/{existing}", json={"data": [{field: value}]}))
        for value in HOSTILE_VALUES:
            _handled(await http.put(f"{base}/{module}", json={"data": [{"id": value}]}))
            _handled(await http.post(f"{base}/{module}/upsert", json={"data": [{"id": value}]}))
            checks = {"data": [{"Email": "a@example.com"}], "duplicate_check_fields": value}
            _handled(await http.post(f"{base}/{module}/upsert", json=checks))
            _handled(await http.post(f"{base}/{module}/upsert", json={**checks, "duplicate_check_fields": [value]}))
            _handled(await http.post(f"{base}/{module}", json={"data": value}))
            _handled(await http.post(f"{base}/{module}", json=value))


@pytest.mark.parametrize("service", sorted(SERVICES))
async def test_reads_with_parameters_of_the_wrong_kind(raw_api: tuple[httpx.AsyncClient, Any], service: str) -> None:
    http, app = raw_api
    base, modules = SERVICES[service]
    store = backend_of(app).store(service)
    odd = ["", "-1", "0", "abc", "1e9", "99999999999999999999", "(", ")", "((a:equals:b)", "\\", ",,,", "Owner", "id"]
    for module in [*modules, "Leads", "notes", "../x"]:
        for value in odd:
            for name in ("page", "per_page", "sort_by", "sort_order", "fields", "ids", "converted", "approved"):
                _handled(await http.get(f"{base}/{module}", params={name: value}))
            for name in ("criteria", "email", "phone", "word"):
                _handled(await http.get(f"{base}/{module}/search", params={name: value}))
            _handled(await http.get(f"{base}/{module}/search", params={"criteria": f"({value}:equals:{value})"}))
            _handled(await http.get(f"{base}/{module}/{value}"))
            _handled(await http.delete(f"{base}/{module}", params={"ids": value}))
            _handled(await http.delete(f"{base}/{module}/{value}"))
        if module in store.modules:
            record = next(iter(store.records[module]))
            for criteria in (
                "(Owner:equals:x)",
                "(Created_Time:greater_than:2024-01-01T00:00:00+00:00)",
                "(Modified_Time:between:a,b)",
                "(id:in:1,2,3)",
                "(Created_By:starts_with:x)",
            ):
                _handled(await http.get(f"{base}/{module}/search", params={"criteria": criteria}))
            for related in ("Notes", "Products", "Contacts", "Deals", "Accounts", "x", "associate"):
                _handled(await http.get(f"{base}/{module}/{record}/{related}", params={"page": "2"}))


async def test_bigin_notes_and_relations_of_odd_records(raw_api: tuple[httpx.AsyncClient, Any]) -> None:
    http, _app = raw_api
    for path in ("/Notes", "/Notes/1", "/Notes/1/Notes", "/Products/1/Deals", "/Tasks/1/Notes", "/Deals/abc/Notes"):
        _handled(await http.get(f"/bigin/v1{path}", params={"per_page": "1"}))
    for body in ({"data": [{"id": "3652397000001829002"}]}, {"data": [{"id": {"x": 1}}]}, {"data": "x"}):
        _handled(await http.put("/bigin/v1/Products/3652397000000327001/Deals", json=body))
