"""Every documented comparator at its boundaries, through search and through a Bulk Read export.

Three deals with amounts 100, 200 and 300 are inserted; each comparator is asked about the middle
value (or the range 100..200), so an inclusive comparator and its exclusive twin give different
answers, and ``between`` / ``not_between`` split at both ends of the range.
"""

from __future__ import annotations

import csv
import io
import zipfile

import httpx
import pytest

from zohokit_emulator.services.crm_bulk.models import COMPARATORS

DEALS = {"Cmp alpha": 100, "Cmp beta": 200, "Cmp gamma": 300}
ALL = set(DEALS)

SEARCH_CASES = [
    ("equals", "200", {"Cmp beta"}),
    ("not_equal", "200", {"Cmp alpha", "Cmp gamma"}),
    ("greater_than", "200", {"Cmp gamma"}),
    ("greater_equal", "200", {"Cmp beta", "Cmp gamma"}),
    ("less_than", "200", {"Cmp alpha"}),
    ("less_equal", "200", {"Cmp alpha", "Cmp beta"}),
    ("between", "100,200", {"Cmp alpha", "Cmp beta"}),
    ("in", "100,300", {"Cmp alpha", "Cmp gamma"}),
]

BULK_AMOUNT_CASES = [
    ("equal", 200, {"Cmp beta"}),
    ("not_equal", 200, {"Cmp alpha", "Cmp gamma"}),
    ("greater_than", 200, {"Cmp gamma"}),
    ("greater_equal", 200, {"Cmp beta", "Cmp gamma"}),
    ("less_than", 200, {"Cmp alpha"}),
    ("less_equal", 200, {"Cmp alpha", "Cmp beta"}),
    ("between", [100, 200], {"Cmp alpha", "Cmp beta"}),
    ("not_between", [100, 200], {"Cmp gamma"}),
    ("in", [100, 300], {"Cmp alpha", "Cmp gamma"}),
    ("not_in", [100, 300], {"Cmp beta"}),
]
BULK_TEXT_CASES = [
    ("contains", "amm", {"Cmp gamma"}),
    ("not_contains", "amm", {"Cmp alpha", "Cmp beta"}),
    ("starts_with", "Cmp b", {"Cmp beta"}),
    ("ends_with", "pha", {"Cmp alpha"}),
]


@pytest.fixture
async def deals(crm: httpx.AsyncClient) -> None:
    records = [{"Deal_Name": name, "Stage": "Qualification", "Amount": amount} for name, amount in DEALS.items()]
    response = await crm.post("/Deals", json={"data": records})
    assert response.status_code == 201, response.text


@pytest.mark.usefixtures("deals")
@pytest.mark.parametrize(("operator", "value", "expected"), SEARCH_CASES)
async def test_search_comparators_at_their_boundaries(
    crm: httpx.AsyncClient, operator: str, value: str, expected: set[str]
) -> None:
    criteria = f"((Deal_Name:starts_with:Cmp ) and (Amount:{operator}:{value}))"
    response = await crm.get("/Deals/search", params={"criteria": criteria})
    found = set() if response.status_code == 204 else {r["Deal_Name"] for r in response.json()["data"]}
    assert response.status_code in (200, 204), response.text
    assert found == expected


async def _export(bulk: httpx.AsyncClient, client: httpx.AsyncClient, condition: dict[str, object]) -> set[str]:
    criteria = {
        "group_operator": "and",
        "group": [{"api_name": "Deal_Name", "comparator": "starts_with", "value": "Cmp "}, condition],
    }
    query = {"module": "Deals", "fields": ["Deal_Name"], "criteria": criteria}
    created = await bulk.post("/read", json={"query": query})
    assert created.status_code == 201, created.text
    job_id = created.json()["data"][0]["details"]["id"]
    await client.post("/_emulator/clock", json={"advance": 5})
    archive = await bulk.get(f"/read/{job_id}/result")
    assert archive.status_code == 200, archive.text
    with zipfile.ZipFile(io.BytesIO(archive.content)) as bundle:
        rows = list(csv.DictReader(io.StringIO(bundle.read(f"{job_id}.csv").decode("utf-8"))))
    return {row["Deal_Name"] for row in rows}


@pytest.mark.usefixtures("deals")
@pytest.mark.parametrize(("comparator", "value", "expected"), BULK_AMOUNT_CASES + BULK_TEXT_CASES)
async def test_bulk_read_comparators_at_their_boundaries(
    bulk: httpx.AsyncClient, client: httpx.AsyncClient, comparator: str, value: object, expected: set[str]
) -> None:
    field = "Deal_Name" if comparator in {c for c, _, _ in BULK_TEXT_CASES} else "Amount"
    assert await _export(bulk, client, {"api_name": field, "comparator": comparator, "value": value}) == expected


def test_every_documented_bulk_comparator_is_covered() -> None:
    assert {c for c, _, _ in BULK_AMOUNT_CASES + BULK_TEXT_CASES} == COMPARATORS
    assert len(COMPARATORS) == 14
