"""The emulator as an HTTP app: control routes, routing errors, auth, wire tolerance, knobs."""

from __future__ import annotations

import asyncio

import httpx

from zohokit_emulator.core.backend import Backend

from .conftest import TOKEN_FORM


async def test_health_lists_services(client: httpx.AsyncClient) -> None:
    response = await client.get("/_emulator/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {"accounts", "crm", "crm_bulk"} <= set(body["services"])
    assert set(body["specs"]) >= {"accounts", "crm", "crm_bulk"}


async def test_unknown_path_and_wrong_method(crm: httpx.AsyncClient, client: httpx.AsyncClient) -> None:
    unknown = await crm.get("/Leads/1/2/3/4/5")
    assert unknown.status_code == 404
    assert unknown.json() == {
        "code": "INVALID_URL_PATTERN",
        "details": {},
        "message": "Please check if the URL trying to access is a correct one",
        "status": "error",
    }
    wrong = await crm.patch("/Leads")
    assert wrong.status_code == 405 and wrong.json()["code"] == "INVALID_REQUEST_METHOD"
    outside = await client.get("/nothing/here")
    assert outside.status_code == 404 and outside.json()["code"] == "INVALID_URL_PATTERN"


async def test_missing_and_bad_tokens(client: httpx.AsyncClient, token: str) -> None:
    missing = await client.get("/crm/v2/Leads")
    assert missing.status_code == 401 and missing.json()["code"] == "AUTHENTICATION_FAILURE"
    bad = await client.get("/crm/v2/Leads", headers={"Authorization": "Zoho-oauthtoken 1000.nope.nope"})
    assert bad.status_code == 401 and bad.json()["code"] == "INVALID_TOKEN"
    scheme = await client.get("/crm/v2/Leads", headers={"Authorization": f"Basic {token}"})
    assert scheme.status_code == 401 and scheme.json()["code"] == "INVALID_TOKEN"
    bearer = await client.get("/crm/v2/Leads", headers={"Authorization": f"Bearer {token}"})
    assert bearer.status_code == 200


async def test_expired_token_on_the_emulator_clock(client: httpx.AsyncClient, token: str) -> None:
    headers = {"Authorization": f"Zoho-oauthtoken {token}"}
    assert (await client.get("/crm/v2/org", headers=headers)).status_code == 200
    await client.post("/_emulator/clock", json={"advance": 3601})
    expired = await client.get("/crm/v2/org", headers=headers)
    assert expired.status_code == 401 and expired.json()["code"] == "INVALID_TOKEN"


async def test_token_lifetime_knob(client: httpx.AsyncClient) -> None:
    changed = await client.patch("/_emulator/settings", json={"access_token_lifetime": 60})
    assert changed.status_code == 200 and changed.json()["access_token_lifetime"] == 60
    issued = await client.post(
        "/oauth/v2/token",
        data=TOKEN_FORM,
    )
    assert issued.json()["expires_in"] == 60
    bad = await client.patch("/_emulator/settings", json={"latency_ms": "slow"})
    assert bad.status_code == 400 and bad.json()["code"] == "INVALID_DATA"


async def test_json_without_content_type_and_19_digit_numbers(crm: httpx.AsyncClient) -> None:
    owner = 3652397000000186029
    raw = b'{"data": [{"Last_Name": "Raw", "Owner": {"id": ' + str(owner).encode() + b"}}]}"
    created = await crm.post("/Leads", content=raw, headers={"Content-Type": ""})
    assert created.status_code == 201, created.text
    record_id = created.json()["data"][0]["details"]["id"]
    assert isinstance(record_id, str) and len(record_id) == 19
    fetched = (await crm.get(f"/Leads/{record_id}")).json()["data"][0]
    assert fetched["Owner"]["id"] == str(owner)
    by_number = await crm.put(
        "/Leads", content=b'{"data": [{"id": ' + record_id.encode() + b', "Company": "Numbers Inc"}]}'
    )
    assert by_number.status_code == 200, by_number.text
    assert (await crm.get(f"/Leads/{record_id}")).json()["data"][0]["Company"] == "Numbers Inc"


async def test_curl_style_json_with_a_form_content_type(crm: httpx.AsyncClient) -> None:
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    created = await crm.post("/Leads", content=b'{"data": [{"Last_Name": "Curl"}]}', headers=form_type)
    assert created.status_code == 201
    invalid = await crm.post("/Leads", content=b'{"data": {"Last_Name": "Curl"}}', headers=form_type)
    assert invalid.status_code == 400 and invalid.json()["details"]["expected_data_type"] == "jsonarray"


async def test_broken_json_is_a_400(crm: httpx.AsyncClient) -> None:
    response = await crm.post("/Leads", content=b'{"data": [', headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["code"] == "INVALID_DATA"
    ignored = await crm.request("GET", "/org", content=b'{"broken', headers={"Content-Type": "application/json"})
    assert ignored.status_code == 200


async def test_odd_paths_get_zoho_errors(crm: httpx.AsyncClient) -> None:
    newline = await crm.get("/Le%0Aads")
    assert newline.status_code == 400 and newline.json()["code"] == "INVALID_MODULE"
    slash = await crm.get("/Leads/")
    assert slash.status_code == 200


async def test_fault_injection(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    added = await client.post(
        "/_emulator/faults", json={"status": 503, "count": 1, "path_prefix": "/crm/v2/Leads", "method": "GET"}
    )
    assert added.status_code == 201
    assert (await client.get("/_emulator/faults")).json()["faults"][0]["status"] == 503
    failed = await crm.get("/Leads")
    assert failed.status_code == 503 and failed.json()["status"] == "error"
    assert (await crm.get("/Leads")).status_code == 200
    await client.post("/_emulator/faults", json={"status": 429, "retry_after": 7, "count": None})
    throttled = await crm.get("/org")
    assert throttled.status_code == 429 and throttled.headers["Retry-After"] == "7"
    assert throttled.json()["code"] == "TOO_MANY_REQUESTS"
    assert (await client.get("/_emulator/health")).status_code == 200
    await client.delete("/_emulator/faults")
    assert (await crm.get("/org")).status_code == 200


async def test_api_credit_limit(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    await client.patch("/_emulator/settings", json={"api_credits_per_day": 6})
    assert (await crm.get("/Leads")).status_code == 200
    assert (await crm.get("/Leads/deleted")).status_code in (200, 204)
    inserted = await crm.post("/Leads", json={"data": [{"Last_Name": f"L{i}"} for i in range(21)]})
    assert inserted.status_code == 201
    assert (await client.get("/_emulator/credits")).json() == {"used": 6, "limit": 6}
    refused = await crm.get("/org")
    assert refused.status_code == 429 and refused.json()["code"] == "LIMIT_REACHED"
    assert int(refused.headers["Retry-After"]) > 0
    await client.post("/_emulator/clock", json={"advance": 24 * 3600 + 1})
    assert (await client.get("/_emulator/credits")).json()["used"] == 0


async def test_concurrency_limit_with_latency(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    await client.patch("/_emulator/settings", json={"concurrency_limit": 2, "latency_ms": 100})
    responses = await asyncio.gather(*(crm.get("/org") for _ in range(4)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses.count(200) == 2 and statuses.count(429) == 2
    assert all(r.json()["code"] == "TOO_MANY_REQUESTS" for r in responses if r.status_code == 429)


async def test_latency_holds_the_answer_while_the_work_is_done_on_arrival(
    client: httpx.AsyncClient, crm: httpx.AsyncClient
) -> None:
    await client.patch("/_emulator/settings", json={"latency_ms": 400})
    loop = asyncio.get_running_loop()
    charged = (await client.get("/_emulator/credits")).json()["used"]  # control routes have no latency
    started = loop.time()
    call = asyncio.ensure_future(crm.get("/org"))
    await asyncio.sleep(0.1)
    seen_early = (await client.get("/_emulator/credits")).json()["used"]
    assert not call.done()
    assert seen_early > charged  # the call was checked and charged, but its answer waits
    assert (await call).status_code == 200
    assert loop.time() - started >= 0.4
    started = loop.time()
    refused = await crm.get("/Leads", params={"per_page": "many"})
    assert refused.status_code == 400
    assert loop.time() - started >= 0.4  # an error answers no sooner than a success


async def test_reset_restores_seed_and_clock(
    client: httpx.AsyncClient, crm: httpx.AsyncClient, backend: Backend
) -> None:
    before = (await crm.get("/Leads")).json()["info"]
    await crm.post("/Leads", json={"data": [{"Last_Name": "Temporary"}]})
    await client.post("/_emulator/clock", json={"advance": 500})
    await client.patch("/_emulator/settings", json={"latency_ms": 1})
    assert (await client.post("/_emulator/reset")).status_code == 200
    assert backend.settings.latency_ms == 0
    clock = (await client.get("/_emulator/clock")).json()
    assert abs(clock["timestamp"] - backend.clock.timestamp()) < 5
    token = (await client.post("/_emulator/tokens")).json()["access_token"]
    after = (await client.get("/crm/v2/Leads", headers={"Authorization": f"Zoho-oauthtoken {token}"})).json()["info"]
    assert after["count"] == before["count"]


async def test_clock_control(client: httpx.AsyncClient) -> None:
    frozen = (await client.post("/_emulator/clock", json={"set": "2030-01-01T00:00:00Z", "freeze": True})).json()
    assert frozen["now"] == "2030-01-01T00:00:00+00:00" and frozen["frozen"] is True
    moved = (await client.post("/_emulator/clock", json={"advance": 90})).json()
    assert moved["now"] == "2030-01-01T00:01:30+00:00"
    bad = await client.post("/_emulator/clock", json={"set": "soon"})
    assert bad.status_code == 400
    assert (await client.post("/_emulator/clock", json={"reset": True})).json()["frozen"] is False


async def test_server_errors_are_recorded_not_leaked(client: httpx.AsyncClient, backend: Backend) -> None:
    problems = (await client.get("/_emulator/problems")).json()
    assert problems == {"response_problems": [], "server_errors": []}
    assert backend.server_errors == []


async def test_oauth_scopes_are_enforced(client: httpx.AsyncClient) -> None:
    token = (
        await client.post("/_emulator/tokens", json={"scope": "ZohoCRM.modules.leads.READ,ZohoCRM.bulk.READ"})
    ).json()["access_token"]
    headers = {"Authorization": f"Zoho-oauthtoken {token}"}
    assert (await client.get("/crm/v2/Leads", headers=headers)).status_code == 200
    for method, path in [
        ("POST", "/crm/v2/Leads"),
        ("GET", "/crm/v2/Contacts"),
        ("GET", "/crm/v2/settings/modules"),
        ("GET", "/crm/v2/users"),
    ]:
        refused = await client.request(
            method, path, headers=headers, json={"data": [{"Last_Name": "x"}]} if method == "POST" else None
        )
        assert refused.status_code == 401, path
        assert refused.json()["code"] == "OAUTH_SCOPE_MISMATCH" and refused.json()["details"]["scope"].startswith(
            "ZohoCRM."
        )
    job = await client.post("/crm/bulk/v2/read", headers=headers, json={"query": {"module": "Leads"}})
    assert job.status_code == 201
