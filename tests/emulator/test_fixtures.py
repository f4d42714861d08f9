"""GET /_emulator/fixtures names seeded records that really behave as advertised."""

from __future__ import annotations

import httpx


async def test_fixtures_name_the_seeded_review_cases(client: httpx.AsyncClient, token: str) -> None:
    fixtures = (await client.get("/_emulator/fixtures")).json()
    recruit = fixtures["recruit"]
    headers = {"Authorization": f"Zoho-oauthtoken {token}"}
    review = {"data": [{"Submission_Status": "Approved by hiring manager", "Rating": 4}]}

    pending = await client.put(
        f"/recruit/v2/Submissions/{recruit['pending_submission_id']}/actions/status", json=review, headers=headers
    )
    assert pending.status_code == 200
    assert pending.json()["data"][0][0]["code"] == "SUCCESS"

    archived = await client.put(
        f"/recruit/v2/Submissions/{recruit['archived_submission_ids'][0]}/actions/status", json=review, headers=headers
    )
    assert archived.status_code == 202
    assert archived.json()["data"][0][0]["code"] == "RECORD_ARCHIVED"

    openings = await client.get(f"/recruit/v2/Candidates/{recruit['candidate_id']}/associate", headers=headers)
    assert recruit["job_opening_id"] in {row["id"] for row in openings.json()["data"]}


async def test_fixtures_name_bigin_and_connect_sample_records(client: httpx.AsyncClient) -> None:
    fixtures = (await client.get("/_emulator/fixtures")).json()
    bigin = fixtures["bigin"]
    assert bigin["deal_id"] == "3652397000001829002"
    assert bigin["product_ids"] == ["3652397000000327001", "3652397000001854001"]
    assert bigin["deal_id"] in bigin["record_ids"]["Deals"]
    assert set(bigin["product_ids"]) <= set(bigin["record_ids"]["Products"])
    assert fixtures["connect"] == {"campaign": "Spring2019", "product": "CO27409"}
