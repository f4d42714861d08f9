"""The CRM read cache (``services/crm/listing.py``): record lists, single records, searches,
related lists and notes answer byte for byte what a straightforward rendering of the store gives
(every record through ``serializers.record``, the page through ``json.dumps``), for every module and
list option, before and after every kind of write."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from zohokit_emulator.core.backend import Backend
from zohokit_emulator.core.clock import format_time, parse_time
from zohokit_emulator.services.accounts import directory
from zohokit_emulator.services.crm import listing, serializers
from zohokit_emulator.services.crm.models import CrmStore, Record

from .conftest import first_id

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
Answer = tuple[int, bytes]


def encoded(body: Any) -> bytes:
    """What the emulator sent before the cache: ``json.dumps`` of the whole answer."""
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def fields_of(params: dict[str, Any]) -> list[str] | None:
    raw = params.get("fields")
    return None if raw is None else [part.strip() for part in raw.split(",") if part.strip()]


def page_of(records: list[Record], store: CrmStore, params: dict[str, Any]) -> Answer:
    """Page, render and serialise ``records`` one by one, as the handlers did before the cache."""
    page, per_page = int(params.get("page", 1)), int(params.get("per_page", 200))
    start = (page - 1) * per_page
    chunk = records[start : start + per_page]
    if not chunk:
        return 204, b""
    info = serializers.page_info(page, per_page, len(chunk), start + per_page < len(records))
    return 200, encoded({"data": [serializers.record(store, r, fields_of(params)) for r in chunk], "info": info})


def since_of(headers: dict[str, str]) -> float | None:
    header = headers.get("If-Modified-Since")
    parsed = parse_time(header) if header else None
    return parsed.timestamp() if parsed else None


def reference_list(store: CrmStore, module: str, params: dict[str, Any], headers: dict[str, str]) -> Answer:
    """``GET /{module}`` computed straight from the store: filter, sort, page, render."""
    records = store.visible(module, params.get("converted", "false"), params.get("approved", "true"))
    if params.get("ids"):
        wanted = set(params["ids"].split(","))
        records = [r for r in records if r.id in wanted]
    if params.get("cvid"):
        keep = store.custom_view_filter(module, params["cvid"], directory.ADMIN.id)
        records = [r for r in records if keep(r)]
    since = since_of(headers)
    if since is not None:
        records = [r for r in records if r.modified > since]
        if not records:
            return 304, b""
    records = store.sort(records, params.get("sort_by"), params.get("sort_order", "asc") == "desc")
    return page_of(records, store, params)


def reference_notes(store: CrmStore, notes: list[Record], params: dict[str, Any]) -> Answer:
    order = params.get("sort_order", "desc")
    return page_of(store.sort(notes, params.get("sort_by") or "Modified_Time", order != "asc"), store, params)


def list_variants(store: CrmStore, module: str) -> list[dict[str, Any]]:
    """Every list option the cache must honour, for one module."""
    spec = store.modules[module]
    display = spec.display_field
    ids = list(store.records[module])
    variants: list[dict[str, Any]] = [
        {},
        {"per_page": 2, "page": 2},
        {"per_page": 1, "page": 3, "sort_by": display, "sort_order": "desc"},
        {"fields": f"{display},Owner,Tag"},
        {"fields": "Modified_Time,Last_Activity_Time", "sort_by": "Modified_Time", "sort_order": "desc"},
        {"sort_by": "id", "sort_order": "desc", "per_page": 3},
        {"sort_by": "Created_Time"},
        {"converted": "both", "approved": "both"},
        {"converted": "true", "sort_by": display},
        *({"cvid": view_id} for view_id in store.custom_view_ids[module].values()),
        {"ids": ",".join(ids[::2]) or "1", "sort_order": "desc"},
        {"page": 99},
    ]
    for name in ("Owner", "Modified_By"):
        if spec.field(name) is not None:
            variants.append({"sort_by": name, "sort_order": "desc"})
    variants += [{"sort_by": f.api_name} for f in spec.fields if f.data_type == "lookup"][:2]
    variants += [{"sort_by": f.api_name, "per_page": 4} for f in spec.fields if f.data_type == "picklist"][:1]
    return variants


LIST_MODULES = ["Leads", "Contacts", "Accounts", "Deals", "Campaigns", "Tasks", "Events", "Calls", "Products"]
LIST_MODULES += ["Vendors", "Price_Books", "Cases", "Solutions", "Quotes", "Sales_Orders", "Purchase_Orders"]
LIST_MODULES += ["Invoices"]


async def check_list(
    crm: httpx.AsyncClient, store: CrmStore, module: str, params: dict[str, Any], headers: dict[str, str] | None = None
) -> None:
    headers = headers or {}
    response = await crm.get(f"/{module}", params=params, headers=headers)
    expected = reference_list(store, module, params, headers)
    assert (response.status_code, response.content) == expected, (module, params, headers)
    if response.status_code == 200:
        assert response.headers["content-type"] == "application/json"


async def check_everything(crm: httpx.AsyncClient, store: CrmStore, variants: int = 4) -> None:
    """A few lists of every module, one record of each, and the notes: all as the reference."""
    for module in LIST_MODULES:
        for params in list_variants(store, module)[:variants]:
            await check_list(crm, store, module, params)
        for rec in list(store.records[module].values())[:1]:
            response = await crm.get(f"/{module}/{rec.id}")
            assert response.content == encoded({"data": [serializers.record(store, rec)]}), (module, rec.id)
    notes = await crm.get("/Notes", params={"per_page": 200})
    assert (notes.status_code, notes.content) == reference_notes(store, list(store.records["Notes"].values()), {})


@pytest.fixture
async def store(crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend) -> CrmStore:
    """The seeded org, plus synthetic records in every module, non-ASCII text, tags, a converted lead."""
    for module in LIST_MODULES:
        seeded = await client.post("/_emulator/crm/seed", json={"module": module, "count": 4})
        assert seeded.status_code == 201, seeded.text
    unicode_lead = {"First_Name": "Zoë", "Last_Name": "Ünïcødé ✓", "Company": "Société “Ω”", "Description": "日本語"}
    assert (await crm.post("/Leads", json={"data": [unicode_lead]})).status_code == 201
    contacts = await crm.get("/Contacts", params={"per_page": 3})
    for contact in contacts.json()["data"]:
        await crm.post(f"/Contacts/{contact['id']}/actions/add_tags", params={"tag_names": "VIP,Früh"})
    lead_id = await first_id(crm, "Leads")
    converted = await crm.post(f"/Leads/{lead_id}/actions/convert", json={"data": [{"overwrite": True}]})
    assert converted.status_code == 200, converted.text
    crm_store: CrmStore = backend.store("crm")
    return crm_store


async def test_lists_match_the_straightforward_rendering(crm: httpx.AsyncClient, store: CrmStore) -> None:
    for module in LIST_MODULES:
        variants = list_variants(store, module)
        for params in variants:
            await check_list(crm, store, module, params)
        for params in variants[:4]:  # served from the cache this time
            await check_list(crm, store, module, params)


async def test_if_modified_since(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> None:
    await client.post("/_emulator/clock", json={"advance": 60})
    before = format_time(datetime.fromtimestamp(store.now(), tz=UTC))
    await client.post("/_emulator/clock", json={"advance": 60})
    lead_id = await first_id(crm, "Leads", sort_by="Full_Name")
    assert (await crm.put(f"/Leads/{lead_id}", json={"data": [{"Title": "Later"}]})).status_code == 200
    later = format_time(datetime.fromtimestamp(store.now() + 1, tz=UTC))
    for module in ("Leads", "Contacts"):
        for since in (before, later):
            for params in ({}, {"sort_by": "Full_Name", "fields": "Title"}, {"ids": lead_id}):
                await check_list(crm, store, module, params, {"If-Modified-Since": since})
    changed = await crm.get("/Leads", headers={"If-Modified-Since": before})
    assert [r["id"] for r in changed.json()["data"]] == [lead_id]
    # 304 comes before the sort options are checked, as it always did
    nothing = await crm.get("/Leads", params={"sort_by": "Nope"}, headers={"If-Modified-Since": later})
    assert nothing.status_code == 304
    assert (await crm.get("/Leads", params={"sort_by": "Nope"})).json()["code"] == "INVALID_DATA"
    one = await crm.get(f"/Leads/{lead_id}", headers={"If-Modified-Since": later})
    assert one.status_code == 304


async def test_records_searches_related_lists_and_notes(crm: httpx.AsyncClient, store: CrmStore) -> None:
    for module in LIST_MODULES:
        for rec in list(store.records[module].values())[:3]:
            for fields in (None, "Owner,Created_Time,Tag"):
                response = await crm.get(f"/{module}/{rec.id}", params={"fields": fields} if fields else {})
                expected = encoded({"data": [serializers.record(store, rec, fields.split(",") if fields else None)]})
                assert response.content == expected, (module, rec.id, fields)
    searches: list[tuple[str, dict[str, Any]]] = [
        ("Leads", {"word": "a"}),
        ("Contacts", {"criteria": "(Last_Name:starts_with:L)", "fields": "Last_Name"}),
        ("Accounts", {"criteria": "((Account_Name:starts_with:A)or(Account_Name:starts_with:Z))", "per_page": 1}),
        ("Leads", {"email": "seed3@example.com", "converted": "both"}),
    ]
    for module, params in searches:
        response = await crm.get(f"/{module}/search", params=params)
        converted = params.get("converted", "false")
        ordered = store.sort(store.visible(module, converted, "true"), None, False)
        found = store.search(
            module,
            ordered,
            criteria=params.get("criteria"),
            email=params.get("email"),
            phone=None,
            word=params.get("word"),
        )
        assert (response.status_code, response.content) == page_of(found, store, params), (module, params)
    pages: list[dict[str, Any]] = [{}, {"fields": "Owner"}, {"per_page": 1, "page": 2}]
    for account in list(store.records["Accounts"].values())[:3]:
        for related in ("Contacts", "Deals", "Notes"):
            for page in pages:
                answer = await crm.get(f"/Accounts/{account.id}/{related}", params=page)
                items = store.related_records(account, store.related_def("Accounts", related))
                assert (answer.status_code, answer.content) == page_of(items, store, page), (account.id, related, page)
    notes = list(store.records["Notes"].values())
    note_lists: list[dict[str, Any]] = [
        {},
        {"sort_by": "Note_Title", "sort_order": "asc"},
        {"per_page": 1, "fields": "Note_Content"},
    ]
    for page in note_lists:
        answer = await crm.get("/Notes", params=page)
        assert (answer.status_code, answer.content) == reference_notes(store, notes, page), page


async def test_many_field_sets(crm: httpx.AsyncClient, store: CrmStore) -> None:
    """More ``fields=`` subsets than the cache keeps: the oldest make way, every answer stays right."""
    names = [f.api_name for f in store.modules["Leads"].fields]
    field_sets = [",".join(names[i : i + 3]) for i in range(listing.FIELD_SETS + 4)]
    for _ in range(2):
        for fields in field_sets:
            await check_list(crm, store, "Leads", {"fields": fields, "converted": "both"})


async def test_the_json_is_shared_until_a_write(crm: httpx.AsyncClient, store: CrmStore) -> None:
    rec = next(iter(store.records["Leads"].values()))
    first = store.cache.record_json(rec)
    assert store.cache.record_json(rec) is first
    listed = store.cache.ordered("Leads", "false", "true", "Full_Name", True)
    assert store.cache.ordered("Leads", "false", "true", "Full_Name", True) is listed
    clears = store.cache.clears
    await crm.get("/Leads")
    await crm.get(f"/Leads/{rec.id}/actions/blueprint")
    assert store.cache.clears == clears and store.cache.record_json(rec) is first
    await crm.put(f"/Leads/{rec.id}", json={"data": [{"Title": "CEO"}]})
    assert store.cache.clears == clears + 1
    assert store.cache.record_json(rec) is not first and b'"Title": "CEO"' in store.cache.record_json(rec)
    refused = await crm.put(f"/Leads/{rec.id}", json={"data": [{"Email": "not an e-mail"}]})
    assert refused.status_code in (200, 202, 400) and store.cache.clears == clears + 2


def test_every_route_but_a_get_clears_the_cache(backend: Backend) -> None:
    service = backend.services["crm"]
    routes = [*service.routes, *service.control_routes]
    assert any(r.path.endswith("/seed") for r in service.control_routes)
    for route in routes:
        wrapped = hasattr(route.handler, "__wrapped__")
        assert wrapped == (route.method != "GET"), (route.method, route.path)


Write = Callable[[httpx.AsyncClient, httpx.AsyncClient, CrmStore], Awaitable[Any]]


async def _insert(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    return await crm.post("/Leads", json={"data": [{"Last_Name": "Inserted", "Company": "Ächt"}]})


async def _update_many(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    ids = list(store.records["Contacts"])[:2]
    return await crm.put("/Contacts", json={"data": [{"id": i, "Last_Name": "Renamed"} for i in ids]})


async def _update_one(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    return await crm.put(f"/Deals/{next(iter(store.records['Deals']))}", json={"data": [{"Stage": "Closed Won"}]})


async def _upsert(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    email = next(r.values["Email"] for r in store.records["Leads"].values() if r.values.get("Email"))
    body = {"data": [{"Last_Name": "Upserted", "Email": email}], "duplicate_check_fields": ["Email"]}
    return await crm.post("/Leads/upsert", json=body)


async def _rename_account(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    """Contacts, deals, cases... show the new name of the account they link to."""
    linked = next(
        r.values["Account_Name"].id for r in store.records["Contacts"].values() if r.values.get("Account_Name")
    )
    return await crm.put(f"/Accounts/{linked}", json={"data": [{"Account_Name": "Renamed Account Ltd"}]})


async def _delete_linked_account(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    """Records that linked to it show null."""
    linked = next(
        r.values["Account_Name"].id for r in store.records["Contacts"].values() if r.values.get("Account_Name")
    )
    return await crm.delete(f"/Accounts/{linked}")


async def _delete_many(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    return await crm.delete("/Leads", params={"ids": ",".join(list(store.records["Leads"])[-2:])})


async def _tag_records(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    ids = ",".join(list(store.records["Contacts"])[-3:])
    await crm.post("/Contacts/actions/add_tags", params={"ids": ids, "tag_names": "Later"})
    return await crm.post("/Contacts/actions/remove_tags", params={"ids": ids, "tag_names": "VIP"})


async def _tag_one(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    rec = next(iter(store.records["Leads"]))
    await crm.post(f"/Leads/{rec}/actions/add_tags", params={"tag_names": "Hot"})
    return await crm.post(f"/Leads/{rec}/actions/remove_tags", params={"tag_names": "Hot"})


def _tag_id(store: CrmStore, module: str, name: str) -> str:
    return next(t.id for t in store.tags[module].values() if t.name == name)


async def _rename_tag(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    vip = _tag_id(store, "Contacts", "VIP")
    return await crm.put(f"/settings/tags/{vip}", params={"module": "Contacts"}, json={"tags": [{"name": "V.I.P"}]})


async def _merge_tags(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    keep, other = _tag_id(store, "Contacts", "V.I.P"), _tag_id(store, "Contacts", "Früh")
    return await crm.post(f"/settings/tags/{keep}/actions/merge", json={"tags": [{"conflict_id": other}]})


async def _delete_tag(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    return await crm.delete(f"/settings/tags/{_tag_id(store, 'Contacts', 'V.I.P')}")


async def _convert(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    lead = next(r for r in store.records["Leads"].values() if not r.converted)
    return await crm.post(f"/Leads/{lead.id}/actions/convert", json={"data": [{"overwrite": True}]})


async def _link_and_delink(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    account = next(iter(store.records["Accounts"]))
    contact = list(store.records["Contacts"])[-1]
    await crm.put(f"/Accounts/{account}/Contacts/{contact}", json={"data": [{}]})
    other = list(store.records["Contacts"])[-2]
    await crm.put(f"/Accounts/{account}/Contacts/{other}", json={"data": [{}]})
    return await crm.delete(f"/Accounts/{account}/Contacts/{other}")


async def _notes(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    deal = next(iter(store.records["Deals"]))
    created = await crm.post(f"/Deals/{deal}/Notes", json={"data": [{"Note_Title": "N", "Note_Content": "é"}]})
    note = created.json()["data"][0]["details"]["id"]
    await crm.put(f"/Deals/{deal}/Notes/{note}", json={"data": [{"Note_Content": "changed"}]})
    old = next(iter(store.records["Notes"]))
    return await crm.delete("/Notes", params={"ids": old})


async def _photo(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    contacts = list(store.records["Contacts"])
    await crm.post(f"/Contacts/{contacts[0]}/photo", files={"file": ("p.png", PNG, "image/png")})
    await crm.post(f"/Contacts/{contacts[1]}/photo", files={"file": ("p.png", PNG, "image/png")})
    return await crm.delete(f"/Contacts/{contacts[1]}/photo")


async def _blueprint(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    created = await crm.post("/Leads", json={"data": [{"Last_Name": "Flow", "Lead_Status": "Not Contacted"}]})
    lead = created.json()["data"][0]["details"]["id"]
    await crm.get("/Leads")  # the new lead is cached with $process_flow true
    state = (await crm.get(f"/Leads/{lead}/actions/blueprint")).json()["blueprint"]
    attempt = next(t["id"] for t in state["transitions"] if t["name"] == "Attempt Contact")
    body = {"blueprint": [{"transition_id": attempt, "data": {}}]}
    return await crm.put(f"/Leads/{lead}/actions/blueprint", json=body)


async def _stop_processing(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    return await client.post(f"/_emulator/crm/Accounts/{list(store.records['Accounts'])[-1]}/stop_processing")


async def _seed(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    return await client.post("/_emulator/crm/seed", json={"module": "Contacts", "count": 3})


async def _reset(crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore) -> Any:
    return await client.post("/_emulator/reset")


WRITES: list[Write] = [
    _insert,
    _update_many,
    _update_one,
    _upsert,
    _rename_account,
    _delete_many,
    _tag_records,
    _tag_one,
    _rename_tag,
    _merge_tags,
    _delete_tag,
    _convert,
    _link_and_delink,
    _notes,
    _photo,
    _blueprint,
    _stop_processing,
    _seed,
    _delete_linked_account,
    _reset,
]


async def test_every_write_shows_in_the_next_read(
    crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore, backend: Backend
) -> None:
    await check_everything(crm, store)
    for write in WRITES:
        answer = await write(crm, client, store)
        assert answer.status_code < 300, (write.__name__, answer.text)
        if write is _reset:
            token = (await client.post("/_emulator/tokens", json={})).json()["access_token"]
            crm.headers["Authorization"] = f"Zoho-oauthtoken {token}"
        current: CrmStore = backend.store("crm")
        await check_everything(crm, current)


async def test_renamed_and_deleted_link_targets_show_in_cached_records(
    crm: httpx.AsyncClient, client: httpx.AsyncClient, store: CrmStore
) -> None:
    contact = next(r for r in store.records["Contacts"].values() if r.values.get("Account_Name"))
    account = contact.values["Account_Name"].id
    before = (await crm.get("/Contacts", params={"ids": contact.id})).json()["data"][0]
    assert before["Account_Name"]["id"] == account
    await _rename_account(crm, client, store)
    renamed = (await crm.get("/Contacts", params={"ids": contact.id})).json()["data"][0]
    assert renamed["Account_Name"] == {"name": "Renamed Account Ltd", "id": account}
    assert (await crm.delete(f"/Accounts/{account}")).status_code == 200
    assert (await crm.get(f"/Contacts/{contact.id}")).json()["data"][0]["Account_Name"] is None
