"""CRM beyond plain records: conversion, blueprint, tags, notes, related lists, files, sharing,
variables, metadata, users, roles, profiles, org."""

from __future__ import annotations

import httpx

from zohokit_emulator.services.accounts import directory
from zohokit_emulator.services.crm import samples

from .conftest import first_id

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


async def _lead(crm: httpx.AsyncClient, **fields: object) -> str:
    response = await crm.post("/Leads", json={"data": [{"Last_Name": "Convertible", **fields}]})
    value: str = response.json()["data"][0]["details"]["id"]
    return value


async def test_convert_lead_creates_contact_account_and_deal(crm: httpx.AsyncClient) -> None:
    lead_id = await _lead(crm, First_Name="Rita", Company="Brand New Co", Email="rita@new.example", Phone="555-0199")
    await crm.post(
        f"/Leads/{lead_id}/Notes", json={"data": [{"Note_Title": "t", "Note_Content": "moved with the lead"}]}
    )
    await crm.post(f"/Leads/{lead_id}/actions/add_tags", params={"tag_names": "Carry"})
    response = await crm.post(
        f"/Leads/{lead_id}/actions/convert",
        json={
            "data": [
                {
                    "overwrite": True,
                    "Deals": {
                        "Deal_Name": "Rita's deal",
                        "Stage": "Qualification",
                        "Amount": 10,
                        "Closing_Date": "2024-12-31",
                    },
                    "carry_over_tags": {"Contacts": ["Carry", "Absent"]},
                }
            ]
        },
    )
    assert response.status_code == 200
    ids = response.json()["data"][0]
    assert set(ids) == {"Contacts", "Accounts", "Deals"} and all(ids.values())
    contact = (await crm.get(f"/Contacts/{ids['Contacts']}")).json()["data"][0]
    assert (contact["Full_Name"], contact["Email"], contact["Mailing_City"]) == (
        "Rita Convertible",
        "rita@new.example",
        None,
    )
    assert contact["Account_Name"]["id"] == ids["Accounts"] and [t["name"] for t in contact["Tag"]] == ["Carry"]
    account = (await crm.get(f"/Accounts/{ids['Accounts']}")).json()["data"][0]
    assert account["Account_Name"] == "Brand New Co"
    deal = (await crm.get(f"/Deals/{ids['Deals']}")).json()["data"][0]
    assert deal["Contact_Name"]["id"] == ids["Contacts"] and deal["Account_Name"]["id"] == ids["Accounts"]
    notes = (await crm.get(f"/Contacts/{ids['Contacts']}/Notes")).json()["data"]
    assert notes[0]["Note_Content"] == "moved with the lead"
    lead = (await crm.get(f"/Leads/{lead_id}")).json()["data"][0]
    assert lead["$converted"] is True and lead["$converted_detail"]["Contacts"] == ids["Contacts"]
    again = await crm.post(f"/Leads/{lead_id}/actions/convert", json={"data": [{}]})
    assert again.status_code == 400 and again.json()["code"] == "ID_ALREADY_CONVERTED"


async def test_convert_lead_links_existing_records_and_validates(crm: httpx.AsyncClient) -> None:
    account_id = await first_id(crm, "Accounts", sort_by="Account_Name")
    lead_id = await _lead(crm)
    result = (
        await crm.post(
            f"/Leads/{lead_id}/actions/convert",
            json={"data": [{"Accounts": account_id, "assign_to": directory.MANAGER.id}]},
        )
    ).json()
    ids = result["data"][0]
    assert ids["Accounts"] == account_id and ids["Deals"] is None
    contact = (await crm.get(f"/Contacts/{ids['Contacts']}")).json()["data"][0]
    assert contact["Owner"]["id"] == directory.MANAGER.id and contact["Account_Name"]["id"] == account_id
    other = await _lead(crm)
    missing_stage = await crm.post(f"/Leads/{other}/actions/convert", json={"data": [{"Deals": {"Deal_Name": "x"}}]})
    assert missing_stage.status_code == 400 and missing_stage.json()["code"] == "MANDATORY_NOT_FOUND"
    assert (await crm.get(f"/Leads/{other}")).json()["data"][0]["$converted"] is False
    bad_account = await crm.post(f"/Leads/{other}/actions/convert", json={"data": [{"Accounts": "123"}]})
    assert bad_account.status_code == 400 and bad_account.json()["details"]["api_name"] == "Accounts"
    unknown = await crm.post("/Leads/123/actions/convert", json={"data": [{}]})
    assert unknown.status_code == 400 and unknown.json()["code"] == "INVALID_DATA"


async def test_convert_lead_takes_ids_as_json_integers(crm: httpx.AsyncClient) -> None:
    """Zoho's SDKs send ``Accounts``, ``Contacts`` and ``assign_to`` as JSON numbers; the answer's ids
    are strings."""
    account_id = await first_id(crm, "Accounts", sort_by="Account_Name")
    contact_id = await first_id(crm, "Contacts", sort_by="Last_Name")
    lead_id = await _lead(crm)
    answer = await crm.post(
        f"/Leads/{lead_id}/actions/convert",
        json={
            "data": [{"Accounts": int(account_id), "Contacts": int(contact_id), "assign_to": int(directory.MANAGER.id)}]
        },
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"][0]["Accounts"] == account_id and answer.json()["data"][0]["Contacts"] == contact_id
    negative = await crm.post(f"/Leads/{await _lead(crm)}/actions/convert", json={"data": [{"Accounts": -1}]})
    assert negative.status_code == 400 and negative.json()["code"] == "INVALID_DATA"


async def test_blueprint_transitions(crm: httpx.AsyncClient) -> None:
    lead_id = await _lead(crm, Lead_Status="Not Contacted")
    blueprint = (await crm.get(f"/Leads/{lead_id}/actions/blueprint")).json()["blueprint"]
    assert blueprint["process_info"]["field_value"] == "Not Contacted"
    transitions = {t["name"]: t for t in blueprint["transitions"]}
    assert set(transitions) == {"Attempt Contact", "Make Contact"}
    make_contact = transitions["Make Contact"]
    assert [f["api_name"] for f in make_contact["fields"]] == ["Phone"]
    partial = await crm.put(
        f"/Leads/{lead_id}/actions/blueprint", json={"blueprint": [{"transition_id": make_contact["id"], "data": {}}]}
    )
    assert partial.status_code == 200 and partial.json()["message"] == "transition saved partially"
    assert (await crm.get(f"/Leads/{lead_id}")).json()["data"][0]["Lead_Status"] == "Not Contacted"
    done = await crm.put(
        f"/Leads/{lead_id}/actions/blueprint",
        json={
            "blueprint": [
                {
                    "transition_id": make_contact["id"],
                    "data": {"Phone": "555-0100", "Notes": {"Note_Content": "called"}},
                }
            ]
        },
    )
    assert done.json() == {
        "code": "SUCCESS",
        "details": {},
        "message": "transition updated successfully",
        "status": "success",
    }
    lead = (await crm.get(f"/Leads/{lead_id}")).json()["data"][0]
    assert (lead["Lead_Status"], lead["Phone"]) == ("Contacted", "555-0100")
    assert (await crm.get(f"/Leads/{lead_id}/Notes")).json()["data"][0]["Note_Content"] == "called"
    stale = await crm.put(
        f"/Leads/{lead_id}/actions/blueprint", json={"blueprint": [{"transition_id": make_contact["id"], "data": {}}]}
    )
    assert stale.status_code == 400 and stale.json()["code"] == "RECORD_NOT_IN_PROCESS"
    wrong = await crm.put(
        f"/Leads/{lead_id}/actions/blueprint", json={"blueprint": [{"transition_id": "1", "data": {}}]}
    )
    assert wrong.status_code == 400 and wrong.json()["message"] == "invalid transition"
    bad_value = await crm.put(
        f"/Leads/{lead_id}/actions/blueprint",
        json={"blueprint": [{"transition_id": transitions["Attempt Contact"]["id"], "data": {"Annual_Revenue": "x"}}]},
    )
    assert bad_value.status_code == 400
    outside = await crm.get(f"/Accounts/{await first_id(crm, 'Accounts')}/actions/blueprint")
    assert outside.status_code == 400 and outside.json()["code"] == "RECORD_NOT_IN_PROCESS"


async def test_tags(crm: httpx.AsyncClient) -> None:
    created = await crm.post(
        "/settings/tags",
        params={"module": "Contacts"},
        json={"tags": [{"name": "VIP"}, {"name": "Decision Maker"}, {"name": "bad,name"}]},
    )
    assert created.status_code == 202
    results = created.json()["tags"]
    assert results[0]["code"] == "SUCCESS" and results[0]["message"] == "tags created successfully"
    assert results[1]["code"] == "DUPLICATE_DATA" and results[2]["code"] == "INVALID_DATA"
    vip = results[0]["details"]["id"]
    listing = (await crm.get("/settings/tags", params={"module": "Contacts"})).json()
    sample_tags = set(samples.TAGS.values())
    assert {t["name"] for t in listing["tags"]} == {"VIP", "Decision Maker", *sample_tags}
    assert listing["info"]["allowed_count"] == 100
    listed = (await crm.get("/Contacts")).json()["data"]
    contact_ids = [r["id"] for r in listed if r["id"] != samples.TAGGED_CONTACT]  # the seed's own contacts
    tagged = await crm.post(f"/Contacts/{contact_ids[0]}/actions/add_tags", params={"tag_names": "VIP,Fresh"})
    assert set(tagged.json()["data"][0]["details"]["tags"]) == {"Decision Maker", "VIP", "Fresh"}
    many = await crm.post(
        "/Contacts/actions/add_tags", params={"ids": f"{contact_ids[1]},{contact_ids[2]},77", "tag_names": "VIP"}
    )
    assert many.status_code == 202 and many.json()["success_count"] == "2"
    count = await crm.get(f"/settings/tags/{vip}/actions/records_count", params={"module": "Contacts"})
    assert count.json() == {"count": "3"}
    overwritten = await crm.post(
        f"/Contacts/{contact_ids[0]}/actions/add_tags", params={"tag_names": "Fresh", "over_write": "True"}
    )
    assert overwritten.json()["data"][0]["details"]["tags"] == ["Fresh"]
    removed = await crm.post("/Contacts/actions/remove_tags", params={"ids": contact_ids[1], "tag_names": "VIP"})
    assert removed.json()["data"][0]["details"]["tags"] == []
    renamed = await crm.put(
        f"/settings/tags/{vip}", params={"module": "Contacts"}, json={"tags": [{"name": "Very Important"}]}
    )
    assert renamed.json()["tags"][0]["details"]["name"] == "Very Important"
    record = (await crm.get(f"/Contacts/{contact_ids[2]}")).json()["data"][0]
    assert [t["name"] for t in record["Tag"]] == ["Very Important"]
    fresh = next(
        t["id"]
        for t in (await crm.get("/settings/tags", params={"module": "Contacts"})).json()["tags"]
        if t["name"] == "Fresh"
    )
    merged = await crm.post(f"/settings/tags/{vip}/actions/merge", json={"tags": [{"conflict_id": fresh}]})
    assert merged.json()["tags"][0]["message"] == "tags merged successfully"
    assert (await crm.get(f"/settings/tags/{vip}/actions/records_count", params={"module": "Contacts"})).json() == {
        "count": "2"
    }
    bulk_rename = await crm.put(
        "/settings/tags",
        params={"module": "Contacts"},
        json={"tags": [{"id": vip, "name": "VIP"}, {"id": "1", "name": "x"}]},
    )
    assert bulk_rename.status_code == 202 and [t["status"] for t in bulk_rename.json()["tags"]] == ["success", "error"]
    deleted = await crm.delete(f"/settings/tags/{vip}")
    assert deleted.json()["tags"][0]["details"] == {"id": vip}
    untagged = [r for r in (await crm.get("/Contacts")).json()["data"] if r["id"] in contact_ids[1:]]
    assert untagged and all(not r["Tag"] for r in untagged)
    assert (await crm.get("/settings/tags")).json()["code"] == "REQUIRED_PARAM_MISSING"
    assert (await crm.post(f"/Contacts/{contact_ids[0]}/actions/add_tags")).status_code == 400
    too_many = await crm.post(
        f"/Contacts/{contact_ids[0]}/actions/add_tags", params={"tag_names": ",".join(f"t{i}" for i in range(11))}
    )
    assert too_many.status_code == 400 and too_many.json()["code"] == "LIMIT_EXCEEDED"


async def test_notes(crm: httpx.AsyncClient) -> None:
    deal_id = await first_id(crm, "Deals")
    created = await crm.post(
        "/Notes",
        json={
            "data": [
                {"Note_Title": "T", "Note_Content": "C", "Parent_Id": deal_id, "se_module": "Deals"},
                {"Note_Title": "no content"},
            ]
        },
    )
    assert created.status_code == 202
    note_id = created.json()["data"][0]["details"]["id"]
    assert created.json()["data"][1]["details"]["api_name"] == "Note_Content"
    under = (await crm.get(f"/Deals/{deal_id}/Notes")).json()["data"]
    note = next(n for n in under if n["id"] == note_id)
    assert note["Parent_Id"]["id"] == deal_id and note["$se_module"] == "Deals"
    updated = await crm.put(f"/Deals/{deal_id}/Notes/{note_id}", json={"data": [{"Note_Content": "changed"}]})
    assert updated.status_code == 200
    assert (await crm.get(f"/Notes/{note_id}")).json()["data"][0]["Note_Content"] == "changed"
    wrong_parent = await crm.delete(f"/Leads/{await first_id(crm, 'Leads')}/Notes/{note_id}")
    assert wrong_parent.status_code == 400
    assert (await crm.delete(f"/Deals/{deal_id}/Notes/{note_id}")).json()["data"][0]["message"] == "record deleted"
    all_notes = (await crm.get("/Notes")).json()["data"]
    removed = await crm.delete("/Notes", params={"ids": ",".join(n["id"] for n in all_notes)})
    assert removed.status_code == 200
    assert (await crm.get("/Notes")).status_code == 204


async def test_related_records_and_delinking(crm: httpx.AsyncClient) -> None:
    account_id = await first_id(crm, "Accounts", sort_by="Account_Name")
    contacts = (await crm.get(f"/Accounts/{account_id}/Contacts")).json()["data"]
    assert {c["Last_Name"] for c in contacts} == {"Gonzalez", "Becker"}
    delinked = await crm.delete(f"/Accounts/{account_id}/Contacts/{contacts[0]['id']}")
    assert delinked.json()["data"][0] == {
        "code": "SUCCESS",
        "details": {"id": contacts[0]["id"]},
        "message": "relation removed",
        "status": "success",
    }
    assert len((await crm.get(f"/Accounts/{account_id}/Contacts")).json()["data"]) == 1
    lead_id = (await crm.get("/Leads/search", params={"criteria": "(Last_Name:equals:Boyle)"})).json()["data"][0]["id"]
    campaigns = (await crm.get(f"/Leads/{lead_id}/Campaigns")).json()["data"]
    assert campaigns[0]["Campaign_Name"] == "Spring Webinar Series"
    leads_of_campaign = (await crm.get(f"/Campaigns/{campaigns[0]['id']}/Leads")).json()["data"]
    assert lead_id in {r["id"] for r in leads_of_campaign}
    assert (await crm.delete(f"/Leads/{lead_id}/Campaigns/{campaigns[0]['id']}")).status_code == 200
    assert (await crm.get(f"/Leads/{lead_id}/Campaigns")).status_code == 204
    again = await crm.delete(f"/Leads/{lead_id}/Campaigns/{campaigns[0]['id']}")
    assert again.status_code == 400 and again.json()["code"] == "INVALID_DATA"
    linked = await crm.put(f"/Leads/{lead_id}/Campaigns", json={"data": [{"id": campaigns[0]["id"]}]})
    assert linked.status_code == 200
    assert len((await crm.get(f"/Leads/{lead_id}/Campaigns")).json()["data"]) == 1
    bad_list = await crm.get(f"/Leads/{lead_id}/Nope")
    assert bad_list.status_code == 400 and bad_list.json()["message"] == "The relation name given seems to be invalid"


async def test_attachments(crm: httpx.AsyncClient) -> None:
    deal_id = await first_id(crm, "Deals")
    assert (await crm.get(f"/Deals/{deal_id}/Attachments")).status_code == 204
    uploaded = await crm.post(
        f"/Deals/{deal_id}/Attachments", files={"file": ("terms.pdf", b"%PDF-1.4 terms", "application/pdf")}
    )
    assert uploaded.status_code == 200
    attachment_id = uploaded.json()["data"][0]["details"]["id"]
    listing = (await crm.get(f"/Deals/{deal_id}/Attachments")).json()
    item = listing["data"][0]
    assert (item["File_Name"], item["Size"], item["$se_module"], item["Parent_Id"]["id"]) == (
        "terms.pdf",
        "14",
        "Deals",
        deal_id,
    )
    download = await crm.get(f"/Deals/{deal_id}/Attachments/{attachment_id}")
    assert download.content == b"%PDF-1.4 terms" and download.headers["content-type"] == "application/pdf"
    assert (await crm.delete(f"/Deals/{deal_id}/Attachments/{attachment_id}")).status_code == 200
    assert (await crm.get(f"/Deals/{deal_id}/Attachments")).status_code == 204


async def test_photos_round_trip_bytes(crm: httpx.AsyncClient) -> None:
    contact_id = await first_id(crm, "Contacts")
    assert (await crm.get(f"/Contacts/{contact_id}/photo")).status_code == 204
    uploaded = await crm.post(f"/Contacts/{contact_id}/photo", files={"file": ("me.png", PNG, "image/png")})
    assert uploaded.json() == {
        "code": "SUCCESS",
        "details": {},
        "message": "photo uploaded successfully",
        "status": "success",
    }
    photo = await crm.get(f"/Contacts/{contact_id}/photo")
    assert photo.status_code == 200 and photo.content == PNG and photo.headers["content-type"] == "image/png"
    assert (await crm.get(f"/Contacts/{contact_id}")).json()["data"][0]["Record_Image"]
    assert (await crm.delete(f"/Contacts/{contact_id}/photo")).json()["message"] == "Photo deleted"
    assert (await crm.delete(f"/Contacts/{contact_id}/photo")).status_code == 400
    text = await crm.post(f"/Contacts/{contact_id}/photo", files={"file": ("me.txt", b"hello", "text/plain")})
    assert text.status_code == 415
    nothing = await crm.post(f"/Contacts/{contact_id}/photo", files={"other": ("", b"", "text/plain")}, data={"x": "1"})
    assert nothing.status_code in (400, 415)
    unsupported = await crm.post(
        f"/Deals/{await first_id(crm, 'Deals')}/photo", files={"file": ("me.png", PNG, "image/png")}
    )
    assert unsupported.status_code == 400 and unsupported.json()["code"] == "INVALID_MODULE"


async def test_sharing(crm: httpx.AsyncClient) -> None:
    lead_id = await first_id(crm, "Leads")
    assert (await crm.get(f"/Leads/{lead_id}/actions/share")).status_code == 204
    shared = await crm.post(
        f"/Leads/{lead_id}/actions/share",
        json={
            "share": [{"user": {"id": directory.MANAGER.id}, "permission": "read_only", "share_related_records": True}]
        },
    )
    assert shared.json()["share"][0]["message"] == "record will be shared successfully"
    details = (await crm.get(f"/Leads/{lead_id}/actions/share", params={"view": "manage"})).json()
    assert (
        details["share"][0]["user"]["id"] == directory.MANAGER.id and details["share"][0]["permission"] == "read_only"
    )
    assert directory.MANAGER.id not in {u["id"] for u in details["shareable_user"]}
    duplicate = await crm.post(
        f"/Leads/{lead_id}/actions/share",
        json={"share": [{"user": {"id": directory.MANAGER.id}, "permission": "read_only"}]},
    )
    assert duplicate.status_code == 400 and duplicate.json()["share"][0]["code"] == "DUPLICATE_DATA"
    changed = await crm.put(
        f"/Leads/{lead_id}/actions/share",
        json={"share": [{"user": {"id": directory.MANAGER.id}, "permission": "full_access"}]},
    )
    assert changed.status_code == 200
    bad = await crm.post(
        f"/Leads/{lead_id}/actions/share",
        json={"share": [{"user": {"id": directory.SALES_REP.id}, "permission": "everything"}]},
    )
    assert bad.status_code == 400 and bad.json()["share"][0]["message"] == "Permission is invalid"
    revoked = await crm.delete(f"/Leads/{lead_id}/actions/share")
    assert revoked.json()["share"]["message"] == "Sharing Revoked"
    assert (await crm.delete(f"/Leads/{lead_id}/actions/share")).status_code == 400
    assert (await crm.get("/Leads/1/actions/share")).json()["code"] == "ENTITY_ID_INVALID"


async def test_variables(crm: httpx.AsyncClient) -> None:
    created = await crm.post(
        "/settings/variables",
        json={
            "variables": [
                {
                    "name": "Max Seats",
                    "api_name": "Max_Seats",
                    "type": "integer",
                    "value": 12,
                    "variable_group": {"name": "Licensing"},
                },
                {"name": "Broken"},
            ]
        },
    )
    assert created.status_code == 202
    variable_id = created.json()["variables"][0]["details"]["id"]
    assert created.json()["variables"][1]["code"] == "MANDATORY_NOT_FOUND"
    groups = (await crm.get("/settings/variable_groups")).json()["variable_groups"]
    licensing = next(g for g in groups if g["name"] == "Licensing")
    by_name = (await crm.get("/settings/variables/Max_Seats", params={"group": "Licensing"})).json()["variables"][0]
    by_id = (await crm.get(f"/settings/variables/{variable_id}", params={"group": licensing["id"]})).json()[
        "variables"
    ][0]
    assert by_name == by_id and by_id["value"] == 12 and by_id["variable_group"]["id"] == licensing["id"]
    assert (await crm.get(f"/settings/variables/{variable_id}")).json()["code"] == "REQUIRED_PARAM_MISSING"
    assert (await crm.get(f"/settings/variable_groups/{licensing['api_name']}")).json()["variable_groups"][0][
        "id"
    ] == licensing["id"]
    wrong_type = await crm.put(f"/settings/variables/{variable_id}", json={"variables": [{"value": "twelve"}]})
    assert wrong_type.status_code == 400
    updated = await crm.put("/settings/variables", json={"variables": [{"id": variable_id, "value": 20}]})
    assert updated.json()["variables"][0]["message"] == "Variable updated successfully"
    assert (await crm.get("/settings/variables", params={"group": "Licensing"})).json()["variables"][0]["value"] == 20
    assert (await crm.delete(f"/settings/variables/{variable_id}")).json()["variables"][0]["details"] == {
        "id": variable_id
    }
    remaining = [v["id"] for v in (await crm.get("/settings/variables")).json()["variables"]]
    deleted = await crm.delete("/settings/variables", params={"ids": ",".join([*remaining, "5"])})
    assert deleted.status_code == 202
    assert (await crm.get("/settings/variables")).status_code == 204


async def test_metadata(crm: httpx.AsyncClient) -> None:
    modules = {m["api_name"]: m for m in (await crm.get("/settings/modules")).json()["modules"]}
    assert {
        "Leads",
        "Contacts",
        "Accounts",
        "Deals",
        "Tasks",
        "Events",
        "Calls",
        "Products",
        "Vendors",
        "Campaigns",
        "Cases",
        "Solutions",
        "Notes",
    } <= set(modules)
    assert modules["Leads"]["convertable"] is True
    detail = (await crm.get("/settings/modules/Deals")).json()["modules"][0]
    assert {f["api_name"] for f in detail["fields"]} >= {"Deal_Name", "Stage", "Amount"}
    assert (await crm.get("/settings/modules/Nope")).json()["code"] == "INVALID_MODULE"
    fields = {
        f["api_name"]: f for f in (await crm.get("/settings/fields", params={"module": "Leads"})).json()["fields"]
    }
    last = fields["Last_Name"]
    assert (last["data_type"], last["json_type"], last["length"], last["system_mandatory"]) == (
        "text",
        "string",
        80,
        True,
    )
    assert fields["Lead_Status"]["pick_list_values"][0]["display_value"] == "-None-"
    assert fields["Owner"]["data_type"] == "ownerlookup" and fields["Annual_Revenue"]["json_type"] == "double"
    contact_fields = {
        f["api_name"]: f for f in (await crm.get("/settings/fields", params={"module": "Contacts"})).json()["fields"]
    }
    assert contact_fields["Account_Name"]["lookup"]["module"] == "Accounts"
    one = (await crm.get(f"/settings/fields/{last['id']}", params={"module": "Leads"})).json()["fields"][0]
    assert one["api_name"] == "Last_Name"
    layouts = (await crm.get("/settings/layouts", params={"module": "Leads"})).json()["layouts"]
    assert layouts[0]["sections"][0]["fields"] and layouts[0]["convert_mapping"]["Contacts"]
    assert (await crm.get(f"/settings/layouts/{layouts[0]['id']}", params={"module": "Leads"})).json()["layouts"][0][
        "id"
    ] == layouts[0]["id"]
    views = (await crm.get("/settings/custom_views", params={"module": "Deals"})).json()
    assert views["info"]["default"] == views["custom_views"][0]["id"]
    assert (
        await crm.get(f"/settings/custom_views/{views['custom_views'][1]['id']}", params={"module": "Deals"})
    ).json()["custom_views"][0]["name"] == "My Deals"
    related = (await crm.get("/settings/related_lists", params={"module": "Accounts"})).json()["related_lists"]
    assert {"Contacts", "Deals", "Notes", "Attachments"} <= {r["api_name"] for r in related}
    assert (
        await crm.get(f"/settings/related_lists/{related[0]['id']}", params={"module": "Accounts"})
    ).status_code == 200
    assert (await crm.get("/settings/layouts")).json()["code"] == "REQUIRED_PARAM_MISSING"
    assert (await crm.get("/settings/fields", params={"module": "Nope"})).json()["code"] == "INVALID_MODULE"


async def test_users_roles_profiles_org(crm: httpx.AsyncClient) -> None:
    everyone = (await crm.get("/users", params={"type": "AllUsers"})).json()["users"]
    assert len(everyone) == len(directory.USERS)
    active = (await crm.get("/users", params={"type": "ActiveUsers"})).json()["users"]
    assert directory.INACTIVE.id not in {u["id"] for u in active}
    admins = (await crm.get("/users", params={"type": "AdminUsers"})).json()["users"]
    assert [u["id"] for u in admins] == [directory.ADMIN.id] and admins[0]["role"]["name"] == "CEO"
    assert (await crm.get("/users", params={"type": "DeletedUsers"})).status_code == 204
    assert (await crm.get("/users", params={"type": "Robots"})).status_code == 400
    one = (await crm.get(f"/users/{directory.MANAGER.id}")).json()["users"][0]
    assert one["email"] == directory.MANAGER.email and one["profile"]["name"] == "Standard"
    assert (await crm.get("/users/1")).status_code == 400
    roles = (await crm.get("/settings/roles")).json()["roles"]
    manager = next(r for r in roles if r["name"] == "Manager")
    assert manager["reporting_to"]["name"] == "CEO"
    assert (await crm.get(f"/settings/roles/{manager['id']}")).json()["roles"][0]["id"] == manager["id"]
    profiles = (await crm.get("/settings/profiles")).json()["profiles"]
    admin_profile = (await crm.get(f"/settings/profiles/{profiles[0]['id']}")).json()["profiles"][0]
    assert admin_profile["permissions_details"] and admin_profile["sections"][0]["categories"]
    org = (await crm.get("/org")).json()["org"][0]
    assert org["company_name"] == "Zylker" and org["privacy_settings"] is False and org["photo_id"] is None
    logo = await crm.post("/org/photo", files={"file": ("logo.png", PNG, "image/png")})
    assert logo.json()["message"] == "photo uploaded successfully"
    assert (await crm.get("/org")).json()["org"][0]["photo_id"]
    assert (await crm.get(crm.base_url.copy_with(path="/_emulator/crm/org/photo"))).content == PNG
