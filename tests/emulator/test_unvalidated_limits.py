"""With request validation switched off (``--no-validate``), the handlers' own limits still hold:
at most 100 records per write and 100 ids per call, refused whole with ``LIMIT_EXCEEDED``."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from zohokit_emulator import backend_of

from .conftest import ORIGIN, TOKEN_FORM


@pytest.fixture
async def unvalidated_crm(unvalidated_app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    app = unvalidated_app
    assert set(backend_of(app).specs.values()) == {None}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as http:
        token = (await http.post("/oauth/v2/token", data=TOKEN_FORM)).json()["access_token"]
        http.headers["Authorization"] = f"Zoho-oauthtoken {token}"
        yield http


async def _lead_count(crm: httpx.AsyncClient) -> int:
    count: int = (await crm.get("/crm/v2/Leads", params={"per_page": 200})).json()["info"]["count"]
    return count


@pytest.mark.parametrize(
    ("method", "path"), [("POST", "/crm/v2/Leads"), ("PUT", "/crm/v2/Leads"), ("POST", "/crm/v2/Leads/upsert")]
)
async def test_a_write_of_101_records_is_refused_whole(
    unvalidated_crm: httpx.AsyncClient, method: str, path: str
) -> None:
    before = await _lead_count(unvalidated_crm)
    records = [{"Last_Name": f"Bulk {n}", "Company": "Zylker"} for n in range(101)]
    response = await unvalidated_crm.request(method, path, json={"data": records})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "LIMIT_EXCEEDED"
    assert await _lead_count(unvalidated_crm) == before


async def test_100_records_are_accepted(unvalidated_crm: httpx.AsyncClient) -> None:
    before = await _lead_count(unvalidated_crm)
    records = [{"Last_Name": f"Bulk {n}", "Company": "Zylker"} for n in range(100)]
    response = await unvalidated_crm.post("/crm/v2/Leads", json={"data": records})
    assert response.status_code == 201, response.text
    assert await _lead_count(unvalidated_crm) == before + 100


async def test_a_delete_of_101_ids_is_refused_whole(unvalidated_crm: httpx.AsyncClient) -> None:
    before = await _lead_count(unvalidated_crm)
    ids = ",".join(str(4150868000000000000 + n) for n in range(101))
    response = await unvalidated_crm.delete("/crm/v2/Leads", params={"ids": ids})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "LIMIT_EXCEEDED"
    assert await _lead_count(unvalidated_crm) == before
