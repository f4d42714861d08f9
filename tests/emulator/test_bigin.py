"""Zoho Bigin in the emulator: the relation store, and Update Related Records over HTTP.

Every response of the API is checked against ``spec/dist/bigin.yaml`` (status documented, body
valid for the documented schema) by an httpx response hook.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.emulator.conftest import conforming_api_fixture, service_store
from tests.emulator.conftest import zoho_error as _error
from tests.spec_files import load_dist
from zohokit_emulator import backend_of
from zohokit_emulator.core.errors import ZohoError
from zohokit_emulator.services.bigin.models import BiginStore, Link

BASE = "/bigin/v1"
DEAL = "3652397000001829002"
CLOSED_DEAL = "3652397000001829026"
STANDARD = "3652397000000327001"
PREMIER = "3652397000001854001"
ONBOARDING = "3652397000001854013"
CONTACT = "3652397000000402001"
COMPANY = "3652397000000401001"


api = conforming_api_fixture("bigin", BASE)


def _store(app: Any) -> BiginStore:
    return service_store(app, "bigin", BiginStore)


def _success(related_id: str) -> dict[str, Any]:
    return {"code": "SUCCESS", "details": {"id": related_id}, "message": "relation added", "status": "success"}


# --- the store --------------------------------------------------------------------------------------


class TestStore:
    @pytest.fixture
    def store(self, app: Any) -> BiginStore:
        return _store(app)

    def test_seed(self, store: BiginStore) -> None:
        assert set(store.records) == {"Accounts", "Contacts", "Deals", "Products", "Tasks", "Events", "Calls", "Notes"}
        assert all(len(i) == 19 and i.isdigit() for records in store.records.values() for i in records)
        assert store.related("Deals", CLOSED_DEAL) == {STANDARD: {"list_price": 80, "quantity": 150}}

    def test_modules_and_related_lists(self, store: BiginStore) -> None:
        assert store.module_name("deals") == "Deals"
        for name, message in (("Leads", "seems to be invalid"), ("Documents", "not supported")):
            with pytest.raises(ZohoError) as caught:
                store.module_name(name)
            assert caught.value.code == "INVALID_MODULE" and message in caught.value.message
        kind = store.relation("Deals", "products")
        assert (kind.parent_module, kind.related_module) == ("Deals", "Products")
        reverse = store.relation("Products", "Deals")
        assert reverse.parent_module == "Deals" and reverse.key(STANDARD, DEAL) == (("Deals", DEAL), STANDARD)
        for module, related in (("Deals", "Notes"), ("Tasks", "Products"), ("Products", "Products")):
            with pytest.raises(ZohoError) as caught:
                store.relation(module, related)
            assert caught.value.status_code == 404

    def test_relation_fields(self, store: BiginStore) -> None:
        deals = store.relation("Deals", "Products")
        assert deals.fields == {"list_price": "double", "quantity": "double"}
        assert store.relation_data(deals, {"id": "1", "quantity": 2, "Other": "x"}) == {"quantity": 2}
        for bad in ({"list_price": "10"}, {"list_price": -1}, {"quantity": 0}, {"quantity": True}):
            with pytest.raises(ZohoError):
                store.relation_data(deals, bad)
        contacts = store.relation("Contacts", "Products")
        assert store.relation_data(contacts, {"list_price": "ignored"}) == {}

    def test_link_merges_and_clears(self, store: BiginStore) -> None:
        kind = store.relation("Deals", "Products")
        store.link(kind, DEAL, Link(PREMIER, {"list_price": 140, "quantity": 3}))
        store.link(kind, DEAL, Link(PREMIER, {"quantity": 5}))
        assert store.related("Deals", DEAL)[PREMIER] == {"list_price": 140, "quantity": 5}
        store.link(kind, DEAL, Link(PREMIER, {"list_price": None}))
        assert store.related("Deals", DEAL)[PREMIER] == {"quantity": 5}
        store.reset()
        assert store.related("Deals", DEAL) == {}


# --- PUT /{module}/{record_id}/{related_list} ----------------------------------------------------------


async def test_the_documents_sample(api: httpx.AsyncClient, app: Any) -> None:
    examples = load_dist("bigin")["components"]["examples"]
    response = await api.put(f"{BASE}/Deals/{DEAL}/Products", json=examples["BiginUpdateRelatedRecordsInput"]["value"])
    assert response.status_code == 200
    assert response.json() == examples["BiginUpdateRelatedRecordsSample"]["value"]
    assert set(_store(app).related("Deals", DEAL)) == {STANDARD, PREMIER}


async def test_relation_fields_are_stored_and_updated(api: httpx.AsyncClient, app: Any) -> None:
    first = await api.put(
        f"{BASE}/Deals/{DEAL}/Products", json={"data": [{"id": PREMIER, "list_price": 140, "quantity": 2}]}
    )
    assert first.json() == {"data": [_success(PREMIER)]}
    again = await api.put(f"{BASE}/Deals/{DEAL}/Products", json={"data": [{"id": PREMIER, "quantity": 4}]})
    assert again.status_code == 200
    assert _store(app).related("Deals", DEAL) == {PREMIER: {"list_price": 140, "quantity": 4}}
    listed = (await api.get("/_emulator/bigin/relations")).json()["relations"]
    assert {"module": "Deals", "id": DEAL, "product_id": PREMIER, "data": {"list_price": 140, "quantity": 4}} in listed


@pytest.mark.parametrize(
    ("module", "record", "related_list", "related", "stored_as"),
    [
        ("Contacts", CONTACT, "Products", STANDARD, ("Contacts", CONTACT, STANDARD)),
        ("Accounts", COMPANY, "Products", STANDARD, ("Accounts", COMPANY, STANDARD)),
    ],
)
async def test_supported_relations(
    api: httpx.AsyncClient,
    app: Any,
    module: str,
    record: str,
    related_list: str,
    related: str,
    stored_as: tuple[str, str, str],
) -> None:
    response = await api.put(f"{BASE}/{module}/{record}/{related_list}", json={"data": [{"id": related}]})
    assert response.status_code == 200 and response.json() == {"data": [_success(related)]}
    parent_module, parent_id, product = stored_as
    assert product in _store(app).related(parent_module, parent_id)


async def test_per_record_errors_are_202_and_the_rest_is_applied(api: httpx.AsyncClient, app: Any) -> None:
    body = {
        "data": [
            {"id": STANDARD, "quantity": 1},
            {"id": "  ", "quantity": 3},
            {"id": "3652397000009999999"},
            {"id": PREMIER, "list_price": "cheap"},
            {"id": DEAL},
            {"id": "abc"},
            {"id": ONBOARDING, "quantity": 0},
        ]
    }
    response = await api.put(f"{BASE}/Deals/{DEAL}/Products", json=body)
    assert response.status_code == 202
    results = response.json()["data"]
    assert len(results) == len(body["data"])
    assert results[0] == _success(STANDARD)
    assert [r["code"] for r in results[1:]] == ["MANDATORY_NOT_FOUND", *["INVALID_DATA"] * 5]
    assert all(r["status"] == "error" for r in results[1:])
    assert results[1]["details"] == {"api_name": "id"}
    assert results[2]["details"] == {"id": "3652397000009999999"}
    assert results[2]["message"] == "the related id given seems to be invalid"
    assert results[3]["details"] == {"api_name": "list_price", "expected_data_type": "double"}
    assert results[4]["details"] == {"id": DEAL}  # a deal is not a product
    assert results[6]["details"] == {"api_name": "quantity"}
    assert _store(app).related("Deals", DEAL) == {STANDARD: {"quantity": 1}}


@pytest.mark.parametrize(
    ("item", "code", "api_name"),
    [
        ({"quantity": 3}, "MANDATORY_NOT_FOUND", "id"),
        ({"id": None}, "INVALID_DATA", "id"),
        ({"id": 3652397000001854001.5}, "INVALID_DATA", "id"),
        ({"id": True}, "INVALID_DATA", "id"),
        ({"id": {}}, "INVALID_DATA", "id"),
        ("not an object", "INVALID_DATA", None),
    ],
)
async def test_items_breaking_the_request_schema_refuse_the_request(
    api: httpx.AsyncClient, app: Any, item: Any, code: str, api_name: str | None
) -> None:
    response = await api.put(f"{BASE}/Deals/{DEAL}/Products", json={"data": [{"id": STANDARD}, item]})
    body = _error(response, 400, code)
    if api_name is not None:
        assert body["details"]["api_name"] == api_name
    assert _store(app).related("Deals", DEAL) == {}


async def test_ids_as_json_integers_are_accepted(api: httpx.AsyncClient, app: Any) -> None:
    """Zoho's SDKs send ids as JSON numbers: a 19-digit integer names the same record as its digits."""
    response = await api.put(f"{BASE}/Deals/{DEAL}/Products", json={"data": [{"id": int(STANDARD), "quantity": 2}]})
    assert response.status_code == 200
    assert response.json()["data"][0]["details"] == {"id": STANDARD}
    assert _store(app).related("Deals", DEAL) == {STANDARD: {"quantity": 2}}
    one = await api.put(f"{BASE}/Deals/{DEAL}/Products/{PREMIER}", json={"data": [{"id": int(PREMIER)}]})
    assert one.status_code == 200 and PREMIER in _store(app).related("Deals", DEAL)


async def test_limit_of_100(api: httpx.AsyncClient, app: Any) -> None:
    hundred = {"data": [{"id": STANDARD}] * 100}
    assert (await api.put(f"{BASE}/Deals/{DEAL}/Products", json=hundred)).status_code == 200
    over = {"data": [{"id": PREMIER}] * 101}
    body = _error(await api.put(f"{BASE}/Deals/{DEAL}/Products", json=over), 400, "LIMIT_EXCEEDED")
    assert body["details"]["api_name"] == "data"
    assert PREMIER not in _store(app).related("Deals", DEAL)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (None, "MANDATORY_NOT_FOUND"),
        ({}, "MANDATORY_NOT_FOUND"),
        ({"data": []}, "MANDATORY_NOT_FOUND"),
        ({"data": {"id": STANDARD}}, "INVALID_DATA"),
        ([{"id": STANDARD}], "INVALID_DATA"),
    ],
)
async def test_bad_bodies(api: httpx.AsyncClient, app: Any, body: Any, code: str) -> None:
    url = f"{BASE}/Deals/{DEAL}/Products"
    response = await (api.put(url) if body is None else api.put(url, json=body))
    _error(response, 400, code)
    assert _store(app).related("Deals", DEAL) == {}


async def test_invalid_module(api: httpx.AsyncClient) -> None:
    # The spec names the parent modules (Contacts, Deals, Accounts): any other is refused, the
    # product side of the relation (``/Products/{id}/Deals``) and modules without relations too.
    for module in ("Leads", "Documents", "Products", "Tasks", "deals"):
        unknown = _error(
            await api.put(f"{BASE}/{module}/{DEAL}/Products", json={"data": [{"id": STANDARD}]}), 400, "INVALID_MODULE"
        )
        assert unknown["message"] == "the module name given seems to be invalid"


async def test_invalid_related_list(api: httpx.AsyncClient) -> None:
    # Products is the one related list these operations write (the spec's enum).
    body = _error(
        await api.put(f"{BASE}/Deals/{DEAL}/Contacts", json={"data": [{"id": STANDARD}]}), 400, "INVALID_DATA"
    )
    assert body["details"]["resource_path_index"] == 2


@pytest.mark.parametrize("record", ["abc", "3652397000001829999", CONTACT])
async def test_invalid_parent_record(api: httpx.AsyncClient, record: str) -> None:
    body = _error(
        await api.put(f"{BASE}/Deals/{record}/Products", json={"data": [{"id": STANDARD}]}), 400, "INVALID_DATA"
    )
    # Not a number at all is refused by the id's pattern, before any record is looked up.
    assert body["message"] == "the id given seems to be invalid" and body["details"].get("id", record) == record


async def test_scopes(api: httpx.AsyncClient) -> None:
    minted = await api.post("/_emulator/tokens", json={"scope": "ZohoBigin.modules.deals.UPDATE"})
    headers = {"Authorization": f"Zoho-oauthtoken {minted.json()['access_token']}"}
    body = {"data": [{"id": STANDARD}]}
    assert (await api.put(f"{BASE}/Deals/{DEAL}/Products", json=body, headers=headers)).status_code == 200
    _error(
        await api.put(f"{BASE}/Contacts/{CONTACT}/Products", json=body, headers=headers), 401, "OAUTH_SCOPE_MISMATCH"
    )
    _error(
        await api.put(f"{BASE}/Deals/{DEAL}/Products", json=body, headers={"Authorization": ""}),
        401,
        "AUTHENTICATION_FAILURE",
    )


# --- PUT /{module}/{record_id}/{related_list}/{related_record_id} -------------------------------------------


async def test_one_related_record(api: httpx.AsyncClient, app: Any) -> None:
    url = f"{BASE}/Deals/{DEAL}/Products/{ONBOARDING}"
    response = await api.put(url, json={"data": [{"id": ONBOARDING, "list_price": 1450.5, "quantity": 1}]})
    assert response.status_code == 200 and response.json() == {"data": [_success(ONBOARDING)]}
    assert (await api.put(url, json={"data": [{"id": ONBOARDING}]})).status_code == 200
    assert _store(app).related("Deals", DEAL) == {ONBOARDING: {"list_price": 1450.5, "quantity": 1}}
    cleared = await api.put(url, json={"data": [{"id": ONBOARDING, "list_price": None}]})
    assert cleared.status_code == 200
    assert _store(app).related("Deals", DEAL) == {ONBOARDING: {"quantity": 1}}


async def test_one_related_record_with_bad_fields_is_202(api: httpx.AsyncClient, app: Any) -> None:
    url = f"{BASE}/Deals/{DEAL}/Products/{ONBOARDING}"
    for item in ({"quantity": "two"}, {"list_price": -5}, {"quantity": 0}, {"id": STANDARD, "quantity": 1}):
        response = await api.put(url, json={"data": [{"id": ONBOARDING, **item}]})
        assert response.status_code == 202
        [result] = response.json()["data"]
        assert result["code"] == "INVALID_DATA" and result["status"] == "error"
        assert result["details"]["id"] == ONBOARDING
    assert _store(app).related("Deals", DEAL) == {}


@pytest.mark.parametrize("related", ["abc", "3652397000001854999", DEAL])
async def test_one_related_record_invalid_related_id(api: httpx.AsyncClient, related: str) -> None:
    response = await api.put(f"{BASE}/Deals/{DEAL}/Products/{related}", json={"data": [{"id": related}]})
    body = _error(response, 400, "INVALID_DATA")
    if related == "abc":  # refused by the id's pattern, before any record is looked up
        assert body["details"] == {"resource_path_index": 3}
    else:
        assert body["message"] == "the related id given seems to be invalid"
        assert body["details"] == {"id": related, "resource_path_index": 3}


async def test_one_related_record_body_rules(api: httpx.AsyncClient) -> None:
    url = f"{BASE}/Deals/{DEAL}/Products/{ONBOARDING}"
    _error(await api.put(url), 400, "MANDATORY_NOT_FOUND")
    _error(await api.put(url, json={"data": []}), 400, "MANDATORY_NOT_FOUND")
    _error(await api.put(url, json={"data": [{}, {}]}), 400, "LIMIT_EXCEEDED")
    _error(await api.put(url, json={"data": ["x"]}), 400, "INVALID_DATA")
    _error(await api.put(url, json={"data": [{"quantity": 2}]}), 400, "MANDATORY_NOT_FOUND")
    raw = json.dumps({"data": [{"id": ONBOARDING, "quantity": 2}]}).encode()
    assert (await api.put(url, content=raw)).status_code == 200  # JSON without a Content-Type


async def test_wrong_method(api: httpx.AsyncClient) -> None:
    refused = await api.patch(f"{BASE}/Deals/{DEAL}/Products", json={"data": [{"id": STANDARD}]})
    assert refused.status_code == 405 and refused.json()["code"] == "INVALID_REQUEST_METHOD"
    # A record's notes are read, not updated, through their URL.
    notes = await api.put(f"{BASE}/Deals/{DEAL}/Notes", json={"data": [{"id": STANDARD}]})
    assert notes.status_code == 405 and notes.json()["code"] == "INVALID_REQUEST_METHOD"


async def test_same_answers_without_spec_validation(unvalidated_app: Any) -> None:
    """With request validation off (``--no-validate``) the handlers still refuse malformed items."""
    app = unvalidated_app
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator") as http:
        token = (await http.post("/_emulator/tokens", json={})).json()["access_token"]
        http.headers["Authorization"] = f"Zoho-oauthtoken {token}"
        url = f"{BASE}/Deals/{DEAL}/Products"
        for item, code in (
            ({"quantity": 1}, "MANDATORY_NOT_FOUND"),
            ({"id": 5.5}, "INVALID_DATA"),
            ("x", "INVALID_DATA"),
        ):
            _error(await http.put(url, json={"data": [item]}), 400, code)
        _error(await http.put(url, json={"data": [{"id": STANDARD}] * 101}), 400, "LIMIT_EXCEEDED")
        _error(await http.put(f"{url}/{ONBOARDING}", json={"data": ["x"]}), 400, "INVALID_DATA")
        _error(await http.put(f"{url}/{ONBOARDING}", json={"data": [{"quantity": 1}]}), 400, "MANDATORY_NOT_FOUND")
        assert (await http.put(url, json={"data": [{"id": STANDARD}]})).status_code == 200
        # Without the spec's enums the store's own rules answer: the product side of a relation
        # is the same relation, a module Bigin has but does not support is said to be so, and a
        # related list a module lacks is not a URL.
        reverse = await http.put(f"{BASE}/products/{ONBOARDING}/deals", json={"data": [{"id": DEAL, "quantity": 2}]})
        assert reverse.status_code == 200 and backend_of(app).store("bigin").related("Deals", DEAL)[ONBOARDING] == {
            "quantity": 2
        }
        unsupported = _error(
            await http.put(f"{BASE}/Documents/{DEAL}/Products", json={"data": [{"id": STANDARD}]}),
            400,
            "INVALID_MODULE",
        )
        assert unsupported["message"] == "the given module is not supported in api"
        _error(
            await http.put(f"{BASE}/Tasks/{DEAL}/Products", json={"data": [{"id": STANDARD}]}),
            404,
            "INVALID_URL_PATTERN",
        )
