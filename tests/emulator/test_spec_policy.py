"""The emulator checks each operation's scopes and charges its credits as the bundled spec states
them (``security``, ``x-zoho-scope-templates``, ``x-zoho-credits``): a token without the scope gets
401 ``OAUTH_SCOPE_MISMATCH``, one with the module's own scope passes, and the credits charged are
the spec's numbers."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from tests.spec_files import load_dist
from zohokit_emulator.core.dispatch import Dispatcher
from zohokit_emulator.core.operation_policy import route_key

from .conftest import TOKEN_FORM


async def _headers(client: httpx.AsyncClient, *scopes: str) -> dict[str, str]:
    minted = await client.post("/_emulator/tokens", json={"scope": ",".join(scopes)})
    assert minted.status_code == 201, minted.text
    return {"Authorization": f"Zoho-oauthtoken {minted.json()['access_token']}"}


def _refused(response: httpx.Response, scope: str) -> None:
    assert response.status_code == 401, response.text
    body = response.json()
    assert body["code"] == "OAUTH_SCOPE_MISMATCH" and body["details"] == {"scope": scope}, body


def _passed(response: httpx.Response) -> None:
    assert response.status_code < 300, response.text


async def _first_id(client: httpx.AsyncClient, module: str, headers: dict[str, str]) -> str:
    page = await client.get(f"/crm/v2/{module}", params={"per_page": 1}, headers=headers)
    assert page.status_code == 200, page.text
    record_id: str = page.json()["data"][0]["id"]
    return record_id


# --- which routes have which policy -------------------------------------------------------------


def test_every_zoho_route_checks_the_scopes_of_its_spec_operation(app: Starlette) -> None:
    dispatcher = app.router.default
    assert isinstance(dispatcher, Dispatcher)
    unchecked = []
    for route in dispatcher.table.routes:
        policy = dispatcher.policies[route_key(route)]
        if route.control:
            assert policy.operation_id is None
        elif route.auth == "zoho":
            assert policy.operation_id is not None, f"{route.method} {route.path} is not in the {route.api} spec"
            assert policy.scopes.declares_scopes, f"{route.method} {route.path}"
            assert policy.credits.credits >= 1, f"{route.method} {route.path}"
        else:
            unchecked.append((route.service, route.auth, policy.scopes.declares_scopes, policy.credits.credits))
    # The explicit choices: Accounts' endpoints are public, Connect takes ConnectID tokens that
    # carry no Zoho scopes, and neither costs Zoho API credits.
    assert unchecked and {service for service, *_ in unchecked} == {"accounts", "connect"}
    assert all(not declares and credits == 0 for _, _, declares, credits in unchecked)
    assert {auth for service, auth, *_ in unchecked if service == "accounts"} == {None}


# --- CRM -----------------------------------------------------------------------------------------


async def test_a_module_scope_allows_that_module_only(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    leads = await _headers(client, "ZohoCRM.modules.leads.READ")
    _passed(await client.get("/crm/v2/Leads", headers=leads))
    lead = await _first_id(client, "Leads", dict(crm.headers))
    _passed(await client.get(f"/crm/v2/Leads/{lead}", headers=leads))
    _refused(await client.get("/crm/v2/Contacts", headers=leads), "ZohoCRM.modules.contacts.READ")
    _refused(await client.get("/crm/v2/Sales_Orders", headers=leads), "ZohoCRM.modules.salesorders.READ")
    body = {"data": [{"Last_Name": "Scoped", "Company": "Zylker"}]}
    _refused(await client.post("/crm/v2/Leads", json=body, headers=leads), "ZohoCRM.modules.leads.CREATE")
    orders = await _headers(client, "ZohoCRM.modules.salesorders.READ")
    _passed(await client.get("/crm/v2/Sales_Orders", headers=orders))


async def test_write_covers_create_and_module_wide_scopes_cover_every_module(client: httpx.AsyncClient) -> None:
    body = {"data": [{"Last_Name": "Scoped", "Company": "Zylker"}]}
    write = await _headers(client, "ZohoCRM.modules.leads.WRITE")
    _passed(await client.post("/crm/v2/Leads", json=body, headers=write))
    _refused(await client.get("/crm/v2/Leads", headers=write), "ZohoCRM.modules.leads.READ")
    wide = await _headers(client, "ZohoCRM.modules.READ")
    _passed(await client.get("/crm/v2/Contacts", headers=wide))
    _refused(await client.post("/crm/v2/Contacts", json=body, headers=wide), "ZohoCRM.modules.contacts.CREATE")


async def test_fixed_scopes_of_settings_notes_users_and_sharing(
    client: httpx.AsyncClient, crm: httpx.AsyncClient
) -> None:
    fields = await _headers(client, "ZohoCRM.settings.fields.READ")
    _passed(await client.get("/crm/v2/settings/fields", params={"module": "Leads"}, headers=fields))
    _refused(
        await client.get("/crm/v2/settings/layouts", params={"module": "Leads"}, headers=fields),
        "ZohoCRM.settings.layouts.READ",
    )
    notes = await _headers(client, "ZohoCRM.modules.notes.READ")
    _passed(await client.get("/crm/v2/Notes", headers=notes))
    _refused(await client.get("/crm/v2/users", headers=notes), "ZohoCRM.users.READ")
    lead = await _first_id(client, "Leads", dict(crm.headers))
    share = await _headers(client, "ZohoCRM.share.leads.READ")
    _passed(await client.get(f"/crm/v2/Leads/{lead}/actions/share", headers=share))
    _refused(await client.get(f"/crm/v2/Leads/{lead}", headers=share), "ZohoCRM.modules.leads.READ")


# --- Bulk Read, Recruit, Bigin -------------------------------------------------------------------


async def test_bulk_read_needs_the_bulk_scope_and_the_modules(client: httpx.AsyncClient) -> None:
    leads_only = await _headers(client, "ZohoCRM.bulk.read", "ZohoCRM.modules.leads.READ")
    created = await client.post("/crm/bulk/v2/read", json={"query": {"module": "Leads"}}, headers=leads_only)
    assert created.status_code == 201, created.text
    contacts = {"query": {"module": "Contacts"}}
    _refused(await client.post("/crm/bulk/v2/read", json=contacts, headers=leads_only), "ZohoCRM.modules.contacts.READ")
    no_bulk = await _headers(client, "ZohoCRM.modules.ALL")
    _refused(await client.post("/crm/bulk/v2/read", json=contacts, headers=no_bulk), "ZohoCRM.bulk.read")
    job = created.json()["data"][0]["details"]["id"]
    every_module = await _headers(client, "ZohoCRM.bulk.ALL", "ZohoCRM.modules.READ")
    _passed(await client.get(f"/crm/bulk/v2/read/{job}", headers=every_module))


async def test_recruit_scopes_follow_the_module_of_the_url(client: httpx.AsyncClient, backend: Any) -> None:
    fixtures = backend.fixtures()["recruit"]
    candidates = await _headers(client, "ZohoRECRUIT.modules.candidate.READ")
    _passed(await client.get(f"/recruit/v2/Candidates/{fixtures['candidate_id']}/associate", headers=candidates))
    _refused(
        await client.get(f"/recruit/v2/JobOpenings/{fixtures['job_opening_id']}/associate", headers=candidates),
        "ZohoRECRUIT.modules.jobopening.READ",
    )
    review = {"data": [{"Submission_Status": "Approved"}]}
    url = f"/recruit/v2/Submissions/{fixtures['pending_submission_id']}/actions/status"
    _refused(await client.put(url, json=review, headers=candidates), "ZohoRecruit.modules.submission.CREATE")
    submissions = await _headers(client, "ZohoRecruit.modules.submission.CREATE")
    assert (await client.put(url, json=review, headers=submissions)).status_code != 401


async def test_bigin_scopes_use_the_modules_scope_names(client: httpx.AsyncClient, backend: Any) -> None:
    fixtures = backend.fixtures()["bigin"]
    body = {"data": [{"id": fixtures["product_ids"][0]}]}
    url = f"/bigin/v1/Deals/{fixtures['deal_id']}/Products"
    companies = await _headers(client, "ZohoBigin.modules.companies.ALL")
    _refused(await client.put(url, json=body, headers=companies), "ZohoBigin.modules.deals.UPDATE")
    deals = await _headers(client, "ZohoBigin.modules.deals.WRITE")
    _passed(await client.put(url, json=body, headers=deals))


async def test_record_routes_added_to_a_spec_get_its_scopes(client: httpx.AsyncClient) -> None:
    """Recruit's and Bigin's record operations: no route code names a scope."""
    candidates = await _headers(client, "ZohoRECRUIT.modules.candidate.READ")
    _passed(await client.get("/recruit/v2/Candidates", headers=candidates))
    _refused(await client.get("/recruit/v2/JobOpenings", headers=candidates), "ZohoRECRUIT.modules.jobopening.READ")
    contacts = await _headers(client, "ZohoBigin.modules.contacts.READ")
    _passed(await client.get("/bigin/v1/Contacts", headers=contacts))
    _refused(await client.get("/bigin/v1/Deals", headers=contacts), "ZohoBigin.modules.deals.READ")
    # Bigin's Accounts are companies; the spec lists both scope names for them.
    for scope in ("ZohoBigin.modules.companies.READ", "ZohoBigin.modules.accounts.READ"):
        _passed(await client.get("/bigin/v1/Accounts", headers=await _headers(client, scope)))
    _refused(await client.get("/bigin/v1/Accounts", headers=contacts), "ZohoBigin.modules.companies.READ")


# --- credits ------------------------------------------------------------------------------------


def _spec_credits(api: str, operation_id: str, *, items: int = 0, present: bool = False) -> int:
    """What the spec's ``x-zoho-credits`` of an operation says a call costs (spec/README.md)."""
    for item in load_dist(api)["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                rule = operation["x-zoho-credits"]
                if isinstance(rule, int):
                    return rule
                if present and rule.get("when"):
                    return int(rule["when"][0]["credits"])
                if "per" in rule:
                    return int(rule["credits"]) * max(1, math.ceil(items / rule["per"]))
                return int(rule["credits"])
    raise AssertionError(f"no operation {operation_id} in {api}")


async def _used(client: httpx.AsyncClient) -> int:
    used: int = (await client.get("/_emulator/credits")).json()["used"]
    return used


@pytest.fixture
async def charged(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> Any:
    """``await charged(method, path, **request)``: the credits the emulator charged for the call."""

    async def call(method: str, path: str, **request: Any) -> int:
        before = await _used(client)
        response = await client.request(method, path, headers=dict(crm.headers), **request)
        assert response.status_code < 500, response.text
        return await _used(client) - before

    return call


async def test_the_credits_charged_are_the_specs(
    client: httpx.AsyncClient, crm: httpx.AsyncClient, charged: Any, backend: Any
) -> None:
    view = (await crm.get("/settings/custom_views", params={"module": "Leads"})).json()["custom_views"][0]["id"]
    leads = [{"Last_Name": f"Credit {n}", "Company": "Zylker"} for n in range(25)]
    ids = ",".join(str(4150868000000000000 + n) for n in range(120))
    recruit = backend.fixtures()["recruit"]
    cases = [
        ("crm", "getRecords", "GET", "/crm/v2/Leads", {}, {}),
        ("crm", "getRecords", "GET", "/crm/v2/Leads", {"params": {"cvid": view}}, {"present": True}),
        ("crm", "insertRecords", "POST", "/crm/v2/Leads", {"json": {"data": leads}}, {"items": 25}),
        ("crm", "insertRecords", "POST", "/crm/v2/Leads", {"json": {"data": leads[:3]}}, {"items": 3}),
        ("crm", "getDeletedRecords", "GET", "/crm/v2/Leads/deleted", {}, {}),
        (
            "crm",
            "addTagsToRecords",
            "POST",
            "/crm/v2/Leads/actions/add_tags",
            {"params": {"ids": ids, "tag_names": "Credit"}},
            {"items": 120},
        ),
        ("crm", "getUsers", "GET", "/crm/v2/users", {}, {}),
        ("crm_bulk", "createBulkReadJob", "POST", "/crm/bulk/v2/read", {"json": {"query": {"module": "Leads"}}}, {}),
        (
            "recruit",
            "getAssociatedRecords",
            "GET",
            f"/recruit/v2/Candidates/{recruit['candidate_id']}/associate",
            {},
            {},
        ),
    ]
    for api, operation_id, method, path, request, shape in cases:
        expected = _spec_credits(api, operation_id, **shape)
        assert await charged(method, path, **request) == expected, (operation_id, shape)
    lead = await _first_id(client, "Leads", dict(crm.headers))
    expected = _spec_credits("crm", "convertLead")
    assert expected == 5
    assert await charged("POST", f"/crm/v2/Leads/{lead}/actions/convert", json={"data": [{}]}) == expected


async def test_token_requests_cost_nothing(client: httpx.AsyncClient) -> None:
    before = await _used(client)
    token = await client.post(
        "/oauth/v2/token",
        data=TOKEN_FORM,
    )
    assert token.status_code == 200
    assert await _used(client) == before
