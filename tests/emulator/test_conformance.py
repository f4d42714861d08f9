"""Every answer of a broad CRM, Bulk Read and Accounts scenario conforms to spec/dist.

The emulator checks each response against the bundled spec (``check_responses``) and lists the
mismatches; this scenario walks successes and documented errors alike and expects none.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from zohokit_emulator import EmulatorConfig, backend_of, create_app
from zohokit_emulator.core.backend import Backend

from .conftest import IN_PROCESS_HOSTS, ORIGIN, TOKEN_FORM

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
async def checked() -> AsyncIterator[tuple[httpx.AsyncClient, httpx.ASGITransport, Backend]]:
    app = create_app(EmulatorConfig(debug=True, check_responses=True, control_hosts=IN_PROCESS_HOSTS))
    backend = backend_of(app)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as client:
        yield client, transport, backend
    backend.close()


async def test_scenario_conforms_to_the_specs(checked: tuple[httpx.AsyncClient, httpx.ASGITransport, Backend]) -> None:
    client, transport, backend = checked
    assert (
        backend.specs["crm"] is not None
        and backend.specs["crm_bulk"] is not None
        and backend.specs["accounts"] is not None
    )
    token = (await client.post("/oauth/v2/token", data=TOKEN_FORM)).json()["access_token"]
    await client.post("/oauth/v2/token", data={**TOKEN_FORM, "refresh_token": "wrong"})
    await client.post("/oauth/v2/token/revoke", params={"token": "1000.unknown"})
    await client.get(
        "/oauth/v2/auth",
        params={
            "client_id": "emulator-client-id",
            "response_type": "code",
            "redirect_uri": "http://localhost/cb",
            "scope": "ZohoCRM.modules.ALL",
        },
    )
    await client.get(
        "/oauth/v2/auth",
        params={"client_id": "nobody", "response_type": "code", "redirect_uri": "http://localhost/cb", "scope": "x"},
    )

    crm = httpx.AsyncClient(
        transport=transport, base_url=ORIGIN + "/crm/v2", headers={"Authorization": f"Zoho-oauthtoken {token}"}
    )
    async with crm:
        lead = (await crm.get("/Leads", params={"per_page": 1})).json()["data"][0]["id"]
        deal = (await crm.get("/Deals", params={"per_page": 1})).json()["data"][0]["id"]
        contact = (await crm.get("/Contacts", params={"per_page": 1})).json()["data"][0]["id"]
        tag = (await crm.get("/settings/tags", params={"module": "Leads"})).json()["tags"][0]["id"]
        field = (await crm.get("/settings/fields", params={"module": "Leads"})).json()["fields"][0]["id"]
        layout = (await crm.get("/settings/layouts", params={"module": "Leads"})).json()["layouts"][0]["id"]
        view = (await crm.get("/settings/custom_views", params={"module": "Leads"})).json()["custom_views"][0]["id"]
        related = (await crm.get("/settings/related_lists", params={"module": "Leads"})).json()["related_lists"][0][
            "id"
        ]
        variable = (await crm.get("/settings/variables")).json()["variables"][0]
        calls: list[tuple[str, str, dict[str, object]]] = [
            ("GET", "/settings/modules", {}),
            ("GET", "/settings/modules/Leads", {}),
            ("GET", "/settings/modules/Nope", {}),
            ("GET", f"/settings/fields/{field}", {"params": {"module": "Leads"}}),
            ("GET", f"/settings/layouts/{layout}", {"params": {"module": "Leads"}}),
            ("GET", f"/settings/custom_views/{view}", {"params": {"module": "Leads"}}),
            ("GET", f"/settings/related_lists/{related}", {"params": {"module": "Leads"}}),
            ("GET", "/settings/fields", {}),
            ("GET", "/users", {"params": {"type": "AllUsers"}}),
            ("GET", "/users/3652397000000186017", {}),
            ("GET", "/settings/roles", {}),
            ("GET", "/settings/roles/3652397000000026005", {}),
            ("GET", "/settings/profiles", {}),
            ("GET", "/settings/profiles/3652397000000026014", {}),
            ("GET", "/org", {}),
            ("POST", "/org/photo", {"files": {"file": ("logo.png", PNG, "image/png")}}),
            ("GET", "/settings/variables", {}),
            ("GET", f"/settings/variables/{variable['id']}", {"params": {"group": variable["variable_group"]["id"]}}),
            ("GET", "/settings/variable_groups", {}),
            ("GET", f"/settings/variable_groups/{variable['variable_group']['id']}", {}),
            (
                "POST",
                "/settings/variables",
                {
                    "json": {
                        "variables": [
                            {
                                "name": "V",
                                "api_name": "V1",
                                "type": "integer",
                                "value": 1,
                                "variable_group": {"name": "G"},
                            },
                            {"name": "x"},
                        ]
                    }
                },
            ),
            ("PUT", "/settings/variables", {"json": {"variables": [{"id": variable["id"], "description": "d"}]}}),
            ("PUT", f"/settings/variables/{variable['id']}", {"json": {"variables": [{"description": "e"}]}}),
            ("GET", "/Leads", {"params": {"fields": "Last_Name,Email", "sort_by": "Last_Name"}}),
            ("GET", f"/Leads/{lead}", {}),
            ("GET", "/Leads/1", {}),
            (
                "POST",
                "/Leads",
                {
                    "json": {
                        "data": [{"Last_Name": "Spec"}, {"First_Name": "x"}, {"Last_Name": "y", "Annual_Revenue": "z"}]
                    }
                },
            ),
            ("POST", "/Leads", {"json": {"data": "nope"}}),
            ("PUT", "/Leads", {"json": {"data": [{"id": lead, "Company": "C"}, {"id": "1"}]}}),
            ("PUT", f"/Leads/{lead}", {"json": {"data": [{"Company": "D"}]}}),
            (
                "POST",
                "/Leads/upsert",
                {"json": {"data": [{"Last_Name": "Daly", "Email": "p.daly@zylker.com"}, {"Last_Name": "Other"}]}},
            ),
            ("GET", "/Leads/search", {"params": {"criteria": "(Last_Name:starts_with:D)"}}),
            ("GET", "/Leads/search", {"params": {"criteria": "(Nope:equals:1)"}}),
            ("GET", "/Leads/search", {"params": {"email": "nobody@example.com"}}),
            ("GET", "/Leads/deleted", {}),
            ("GET", f"/Leads/{lead}/actions/blueprint", {}),
            ("GET", f"/Deals/{deal}/actions/blueprint", {}),
            ("PUT", f"/Leads/{lead}/actions/blueprint", {"json": {"blueprint": [{"transition_id": "1", "data": {}}]}}),
            (
                "POST",
                "/settings/tags",
                {"params": {"module": "Leads"}, "json": {"tags": [{"name": "Spec"}, {"name": "Hot"}]}},
            ),
            (
                "PUT",
                "/settings/tags",
                {"params": {"module": "Leads"}, "json": {"tags": [{"id": tag, "name": "Hotter"}]}},
            ),
            ("PUT", f"/settings/tags/{tag}", {"params": {"module": "Leads"}, "json": {"tags": [{"name": "Hottest"}]}}),
            ("GET", f"/settings/tags/{tag}/actions/records_count", {"params": {"module": "Leads"}}),
            ("POST", f"/Leads/{lead}/actions/add_tags", {"params": {"tag_names": "A,B"}}),
            ("POST", "/Leads/actions/add_tags", {"params": {"tag_names": "A", "ids": f"{lead},1"}}),
            ("POST", f"/Leads/{lead}/actions/remove_tags", {"params": {"tag_names": "A"}}),
            ("POST", "/Leads/actions/remove_tags", {"params": {"tag_names": "B", "ids": lead}}),
            ("GET", f"/Leads/{lead}/Campaigns", {}),
            ("GET", f"/Leads/{lead}/Notes", {}),
            ("POST", f"/Leads/{lead}/Notes", {"json": {"data": [{"Note_Title": "t", "Note_Content": "c"}]}}),
            ("GET", "/Notes", {}),
            ("POST", "/Notes", {"json": {"data": [{"Note_Content": "c", "Parent_Id": deal, "se_module": "Deals"}]}}),
            ("GET", f"/Leads/{lead}/Attachments", {}),
            ("POST", f"/Contacts/{contact}/photo", {"files": {"file": ("p.png", PNG, "image/png")}}),
            ("GET", f"/Contacts/{contact}/photo", {}),
            ("DELETE", f"/Contacts/{contact}/photo", {}),
            ("GET", f"/Contacts/{contact}/photo", {}),
            (
                "POST",
                f"/Leads/{lead}/actions/share",
                {"json": {"share": [{"user": {"id": "3652397000000186029"}, "permission": "read_only"}]}},
            ),
            ("GET", f"/Leads/{lead}/actions/share", {"params": {"view": "manage"}}),
            (
                "PUT",
                f"/Leads/{lead}/actions/share",
                {"json": {"share": [{"user": {"id": "3652397000000186029"}, "permission": "full_access"}]}},
            ),
            ("DELETE", f"/Leads/{lead}/actions/share", {}),
            (
                "POST",
                "/actions/watch",
                {
                    "json": {
                        "watch": [{"channel_id": "77", "events": ["Leads.all"], "notify_url": "http://127.0.0.1:9/n"}]
                    }
                },
            ),
            ("GET", "/actions/watch", {}),
            (
                "PUT",
                "/actions/watch",
                {
                    "json": {
                        "watch": [{"channel_id": "77", "events": ["Leads.edit"], "notify_url": "http://127.0.0.1:9/n"}]
                    }
                },
            ),
            ("PATCH", "/actions/watch", {"json": {"watch": [{"channel_id": "77", "events": ["Deals.create"]}]}}),
            ("DELETE", "/actions/watch", {"params": {"channel_ids": "77"}}),
            (
                "POST",
                f"/Leads/{lead}/actions/convert",
                {"json": {"data": [{"Deals": {"Deal_Name": "Spec deal", "Stage": "Qualification"}}]}},
            ),
            ("POST", f"/Leads/{lead}/actions/convert", {"json": {"data": [{}]}}),
            ("DELETE", f"/Deals/{deal}/Contact_Roles/1", {}),
            ("DELETE", "/Leads", {"params": {"ids": f"{lead},1"}}),
            ("DELETE", f"/settings/tags/{tag}", {}),
            ("DELETE", f"/settings/variables/{variable['id']}", {}),
            ("GET", "/Nope", {}),
            ("GET", "/Leads", {"params": {"per_page": "500"}}),
        ]
        for method, path, options in calls:
            response = await crm.request(method, path, **options)  # type: ignore[arg-type]
            assert response.status_code < 500, (method, path, response.text)

    bulk = httpx.AsyncClient(
        transport=transport, base_url=ORIGIN + "/crm/bulk/v2", headers={"Authorization": f"Zoho-oauthtoken {token}"}
    )
    async with bulk:
        job = (await bulk.post("/read", json={"query": {"module": "Leads", "fields": ["Last_Name"]}})).json()["data"][
            0
        ]["details"]["id"]
        await bulk.get(f"/read/{job}")
        await bulk.post("/read", json={"query": {"module": "Nope"}})
        await client.post("/_emulator/clock", json={"advance": 5})
        await bulk.get(f"/read/{job}")
        await bulk.get(f"/read/{job}/result")
        await bulk.get("/read/1")

    assert backend.server_errors == []
    assert backend.response_problems == []
