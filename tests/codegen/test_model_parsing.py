"""The generated models read and write every sample losslessly: ``to_dict(from_dict(x)) == x``.

The samples are every JSON example of the bundled specs (the Example objects under
``components/examples`` and inline ones, wherever an operation's request or response uses them, and
object schemas' own ``example``) and real answers of the emulator to a tour of every API. Each goes
through the code a client runs: a response through its operation's ``_build_response`` (so unions of
status codes and of schemas are picked as in use), a request body through its schema's model.

Equality alone would not notice a nested object left as a plain dict (it serialises back to itself),
so the parsed tree must also hold a model wherever the attribute's type names one. Together these
pin down what the custom templates in ``scripts/templates/`` may not change.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Iterator
from functools import cache
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx
import pytest

import zohokit
from tests.spec_files import api_names, load_dist, operations, resolve
from zohokit_emulator import EmulatorServer

JSON_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded")
REDIRECT_URI = "http://127.0.0.1/callback"


# --- the generated code ------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@cache
def _operation_modules(api: str) -> dict[str, ModuleType]:
    package = importlib.import_module(f"zohokit_{api}.api")
    found = {}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not info.ispkg:
            found[_key(info.name.rsplit(".", 1)[-1])] = importlib.import_module(info.name)
    return found


def operation_module(api: str, operation_id: str) -> ModuleType:
    """The generated module of an operation (``getRecords`` → ``zohokit_crm.api.records.get_records``)."""
    return _operation_modules(api)[_key(operation_id)]


@cache
def _models(api: str) -> dict[str, type[Any]]:
    models = importlib.import_module(f"zohokit_{api}.models")
    return {_key(name): value for name, value in vars(models).items() if attrs.has(value)}


def model_class(api: str, schema_name: str) -> type[Any]:
    """The generated model of a component schema."""
    return _models(api)[_key(schema_name)]


def parse_response(api: str, operation_id: str, response: httpx.Response) -> Any:
    """What the operation's ``sync_detailed`` returns as ``parsed`` for this response."""
    client = importlib.import_module(f"zohokit_{api}.client").Client(
        base_url="https://api.invalid", raise_on_unexpected_status=True
    )
    return operation_module(api, operation_id)._build_response(client=client, response=response).parsed


# --- the checks --------------------------------------------------------------------------------


def dump(parsed: Any) -> Any:
    return [dump(item) for item in parsed] if isinstance(parsed, list) else parsed.to_dict()


def raw_objects(value: Any, where: str, declared: str = "") -> Iterator[str]:
    """Where the parsed tree holds a plain dict though the declared type names no dict (a model
    that was not built); recurses through models and lists."""
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                yield from raw_objects(getattr(value, field.name), f"{where}.{field.name}", str(field.type))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from raw_objects(item, f"{where}[{index}]", declared)
    elif isinstance(value, dict) and declared and "dict" not in declared and "Any" not in declared:
        yield f"{where} is a dict, declared {declared}"


def check_round_trip(parsed: Any, value: Any, where: str) -> list[str]:
    """Problems with one sample: none when it parses into models and serialises back to itself."""
    if parsed is None:
        return [f"{where}: not parsed"]
    problems = [f"{where}: {problem}" for problem in raw_objects(parsed, type(parsed).__name__)]
    dumped = dump(parsed)
    if dumped != value:
        problems.append(f"{where}: to_dict differs\n  sample:  {json.dumps(value)[:600]}\n  to_dict: {dumped!r:.600}")
    return problems


# --- the specs' examples -----------------------------------------------------------------------


def _example_values(document: dict[str, Any], media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for key, example in (media.get("examples") or {}).items():
        name = example["$ref"].rsplit("/", 1)[-1] if "$ref" in example else key
        yield name, resolve(document, example).get("value")
    if "example" in media:
        yield "example", media["example"]


def spec_examples() -> Iterator[Any]:
    """One pytest param per (API, operation, request or status, media type, example)."""
    for api in api_names():
        document = load_dist(api)
        for _method, _path, operation in operations(document):
            operation_id = operation["operationId"]
            body = resolve(document, operation.get("requestBody", {}))
            places = [("request", body)] + [
                (status, resolve(document, response)) for status, response in operation.get("responses", {}).items()
            ]
            for place, holder in places:
                for media_type, media in (holder.get("content") or {}).items():
                    if media_type not in JSON_MEDIA_TYPES:
                        continue
                    for name, value in _example_values(document, media):
                        case = (api, operation_id, place, media.get("schema", {}), name, value)
                        yield pytest.param(*case, id=f"{api}-{operation_id}-{place}-{name}")


def schema_examples() -> Iterator[Any]:
    for api in api_names():
        for name, schema in load_dist(api).get("components", {}).get("schemas", {}).items():
            if isinstance(schema.get("example"), dict):
                yield pytest.param(api, name, schema["example"], id=f"{api}-{name}")


@pytest.mark.parametrize(("api", "operation_id", "place", "schema", "name", "value"), list(spec_examples()))
def test_spec_example_round_trips(
    api: str, operation_id: str, place: str, schema: dict[str, Any], name: str, value: Any
) -> None:
    if place == "request":
        assert "$ref" in schema, f"{operation_id}: a request example on an unnamed schema ({schema})"
        parsed = model_class(api, schema["$ref"].rsplit("/", 1)[-1]).from_dict(value)
    else:
        parsed = parse_response(api, operation_id, httpx.Response(int(place), json=value))
    assert check_round_trip(parsed, value, f"{operation_id} {place} {name}") == []


@pytest.mark.parametrize(("api", "name", "value"), list(schema_examples()))
def test_schema_example_round_trips(api: str, name: str, value: dict[str, Any]) -> None:
    parsed = model_class(api, name).from_dict(value)
    assert check_round_trip(parsed, value, name) == []


def test_every_object_example_is_covered() -> None:
    """Each JSON-object Example under ``components/examples`` reaches the round trip above."""
    covered = {(param.values[0], param.values[4]) for param in spec_examples()}
    missing = [
        (api, name)
        for api in api_names()
        for name, example in load_dist(api).get("components", {}).get("examples", {}).items()
        if isinstance(example.get("value"), dict) and (api, name) not in covered
    ]
    assert missing == []


# --- the emulator's answers --------------------------------------------------------------------


class Recorder:
    """Sends requests through a generated client's httpx client (zohokit auth included) and keeps
    every JSON answer with the operation it belongs to, found by matching the spec's paths."""

    def __init__(self, api: str, client: Any) -> None:
        self.api = api
        self.http: httpx.Client = client.get_httpx_client()
        self.base_path = urlsplit(str(self.http.base_url)).path.rstrip("/")
        self.answers: list[tuple[str, httpx.Response]] = []
        routes: list[tuple[int, str, re.Pattern[str], str]] = []
        for method, path, operation in operations(load_dist(api)):
            pattern = re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path))
            literal = len([part for part in path.split("/") if part and not part.startswith("{")])
            routes.append((literal, method, re.compile(f"{pattern}$"), operation["operationId"]))
        # The most specific route first: /Leads/{id}/actions/convert before /{module}/{id}/{related}.
        self.routes = sorted(routes, key=lambda route: -route[0])

    def operation_id(self, method: str, path: str) -> str:
        relative = path[len(self.base_path) :]
        for _, route_method, pattern, operation_id in self.routes:
            if route_method == method and pattern.match(relative):
                return operation_id
        raise AssertionError(f"{self.api}: no operation for {method} {relative}")

    def __call__(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        body = response.json() if response.content else None
        if response.headers.get("content-type", "").startswith("application/json"):
            self.answers.append((self.operation_id(method, response.request.url.path), response))
        return body

    def problems(self) -> list[str]:
        found = []
        for operation_id, response in self.answers:
            request = response.request
            where = f"{self.api} {operation_id} {request.method} {request.url} → {response.status_code}"
            try:
                parsed = parse_response(self.api, operation_id, response)
            except Exception as exc:  # an undocumented status or a parse failure: report, go on
                found.append(f"{where}: {type(exc).__name__}: {exc}")
                continue
            found += check_round_trip(parsed, response.json(), where)
        return found

    def covered(self) -> set[str]:
        return {operation_id for operation_id, _ in self.answers}


LEADS = {"module": "Leads"}
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082"
)
"""A PNG of one pixel."""


def _first_id(body: Any, key: str) -> str:
    return str(body[key][0]["id"])


def _created(body: Any, key: str, count: int) -> list[str]:
    """The ids of the ``count`` records a multi-record write reported created."""
    ids = [str(result["details"]["id"]) for result in (body or {}).get(key, []) if result.get("status") == "success"]
    assert len(ids) == count, f"the tour expected {count} created, got {body}"
    return ids


Record = Callable[[Any], Recorder]
"""Wraps a generated client in a :class:`Recorder` of the API under test."""


def tour_crm(record: Record, emu: zohokit.Emulator, fixtures: dict[str, Any]) -> None:
    """Every kind of read of every module, then writes of each kind, and some refused."""
    call = record(emu.client("crm"))
    related = crm_reads(call)
    crm_record_writes(call, related)
    crm_setting_writes(call)


def crm_reads(call: Recorder) -> dict[str, list[str]]:
    """The reads; the API names of each module's related lists."""
    modules = [m["api_name"] for m in call("GET", "/settings/modules")["modules"] if m.get("api_supported")]
    related: dict[str, list[str]] = {}
    for module in modules:
        call("GET", f"/settings/modules/{module}")
        for setting in ("fields", "layouts", "custom_views"):
            call("GET", f"/settings/{setting}", params={"module": module})
        lists = call("GET", "/settings/related_lists", params={"module": module}) or {"related_lists": []}
        related[module] = [item["api_name"] for item in lists["related_lists"]]
        call("GET", f"/{module}", params={"per_page": 200})
        call("GET", f"/{module}/deleted")
    for setting in ("fields", "layouts", "custom_views", "related_lists"):
        item = _first_id(call("GET", f"/settings/{setting}", params=LEADS), setting)
        call("GET", f"/settings/{setting}/{item}", params=LEADS)
    for module in ("Leads", "Contacts", "Accounts", "Deals"):
        record = _first_id(call("GET", f"/{module}"), "data")
        for suffix in ("", "/actions/blueprint", "/actions/share", *(f"/{name}" for name in related[module])):
            call("GET", f"/{module}/{record}{suffix}")
    for listing, key in (
        ("/users", "users"),
        ("/settings/roles", "roles"),
        ("/settings/profiles", "profiles"),
        ("/settings/variable_groups", "variable_groups"),
    ):
        call("GET", f"{listing}/{_first_id(call('GET', listing), key)}")
    variable = call("GET", "/settings/variables")["variables"][0]
    call("GET", f"/settings/variables/{variable['id']}", params={"group": variable["variable_group"]["id"]})
    call("GET", "/org")
    call("GET", "/Notes")
    call("GET", "/Leads/search", params={"word": "Zylker"})
    tag = _first_id(call("GET", "/settings/tags", params=LEADS), "tags")
    call("GET", f"/settings/tags/{tag}/actions/records_count", params=LEADS)
    call("GET", "/Leads/3652397000099999999")  # not found
    return related


def crm_record_writes(call: Recorder, related: dict[str, list[str]]) -> None:
    people = [
        {"Last_Name": "Round Trip", "Company": "Zylker", "Email": "round.trip@example.com"},
        {"Last_Name": "Second Trip", "Company": "Zylker", "Email": "second.trip@example.com", "Tag": [{"name": "Hot"}]},
        {"Last_Name": "Third Trip", "Company": "Zylker"},
    ]
    inserted = call("POST", "/Leads", json={"data": people, "trigger": []})
    first, second, third = _created(inserted, "data", 3)
    call("PUT", "/Leads", json={"data": [{"id": first, "Company": "Zylker Labs"}]})
    call("PUT", f"/Leads/{first}", json={"data": [{"Phone": "555-0100"}]})
    upsert = {"data": [{"Last_Name": "Round Trip", "Email": "round.trip@example.com"}]}
    call("POST", "/Leads/upsert", json={**upsert, "duplicate_check_fields": ["Email"]})
    call("POST", f"/Leads/{first}/actions/add_tags", params={"tag_names": "Parsed,Hot"})
    call("POST", "/Leads/actions/add_tags", params={"ids": f"{first},{second}", "tag_names": "Batch"})
    call("POST", f"/Leads/{first}/actions/remove_tags", params={"tag_names": "Hot"})
    call("POST", "/Leads/actions/remove_tags", params={"ids": f"{first},{second}", "tag_names": "Batch"})

    call("POST", f"/Leads/{first}/Notes", json={"data": [{"Note_Title": "Call", "Note_Content": "Went well"}]})
    note = {"Note_Content": "Again", "Parent_Id": first, "se_module": "Leads"}
    created = call("POST", "/Notes", json={"data": [note, note]})
    note_one, note_two = _created(created, "data", 2)
    call("GET", f"/Leads/{first}/Notes")
    call("PUT", "/Notes", json={"data": [{"id": note_one, "Note_Content": "Changed"}]})
    call("PUT", f"/Leads/{first}/Notes/{note_one}", json={"data": [{"Note_Title": "Changed"}]})
    call("DELETE", f"/Leads/{first}/Notes/{note_one}")
    call("DELETE", "/Notes", params={"ids": note_two})

    attachment = {"file": ("call.txt", b"notes of the call", "text/plain")}
    call("POST", f"/Leads/{first}/Attachments", files=attachment)
    attachments = call("GET", f"/Leads/{first}/Attachments")
    if attachments:
        call("DELETE", f"/Leads/{first}/Attachments/{_first_id(attachments, 'data')}")

    photo = {"file": ("photo.png", PNG, "image/png")}
    call("POST", f"/Leads/{first}/photo", files=photo)
    call("DELETE", f"/Leads/{first}/photo")
    call("GET", f"/Leads/{first}/photo")  # none any more
    call("GET", "/Leads/3652397000099999999/photo")  # no such record
    call("GET", f"/Leads/{first}/Attachments/3652397000099999999")  # no such attachment
    call("POST", "/org/photo", files=photo)

    campaign = _first_id(call("GET", "/Campaigns"), "data")
    if "Campaigns" in related["Leads"]:
        call("PUT", f"/Leads/{first}/Campaigns", json={"data": [{"id": campaign}]})
        call("PUT", f"/Leads/{first}/Campaigns/{campaign}", json={"data": [{"Member_Status": "Responded"}]})
        call("DELETE", f"/Leads/{first}/Campaigns/{campaign}")
        call("DELETE", f"/Leads/{first}/Campaigns", params={"ids": campaign})

    colleague = str(call("GET", "/users")["users"][-1]["id"])
    share = {"share": [{"user": {"id": colleague}, "permission": "read_only", "share_related_records": False}]}
    call("POST", f"/Leads/{first}/actions/share", json=share)
    call("GET", f"/Leads/{first}/actions/share")
    call("PUT", f"/Leads/{first}/actions/share", json=share)
    call("DELETE", f"/Leads/{first}/actions/share")

    in_process = _first_id(call("GET", "/Leads"), "data")  # a seeded lead, in a blueprint process
    transitions = call("GET", f"/Leads/{in_process}/actions/blueprint").get("blueprint", {}).get("transitions")
    move = {"transition_id": (transitions or [{"id": "3652397000099999999"}])[0]["id"], "data": {}}
    call("PUT", f"/Leads/{in_process}/actions/blueprint", json={"blueprint": [move]})

    call("POST", f"/Leads/{first}/actions/convert", json={"data": [{"overwrite": True}]})
    call("DELETE", f"/Leads/{second}")
    call("DELETE", "/Leads", params={"ids": f"{third},3652397000099999999"})
    call("GET", "/Leads/deleted")
    call("POST", "/Leads", json={"data": []})  # refused
    call("PUT", "/Leads", json={"data": [{"Company": "no id"}]})  # refused per record


def crm_setting_writes(call: Recorder) -> None:
    made = call("POST", "/settings/tags", params=LEADS, json={"tags": [{"name": "Round trip"}, {"name": "Merged"}]})
    kept, merged = _created(made, "tags", 2)
    call("PUT", "/settings/tags", params=LEADS, json={"tags": [{"id": kept, "name": "Round trips"}]})
    call("PUT", f"/settings/tags/{kept}", params=LEADS, json={"tags": [{"name": "Round trip"}]})
    call("POST", f"/settings/tags/{merged}/actions/merge", json={"tags": [{"conflict_id": kept}]})
    call("DELETE", f"/settings/tags/{merged}")

    group = _first_id(call("GET", "/settings/variable_groups"), "variable_groups")
    new = {"name": "Round trip", "api_name": "Round_Trip", "type": "text", "variable_group": {"id": group}}
    second = {**new, "name": "Round trip 2", "api_name": "Round_Trip_2"}
    one, two = _created(call("POST", "/settings/variables", json={"variables": [new, second]}), "variables", 2)
    call("PUT", "/settings/variables", json={"variables": [{"id": one, "value": "1"}]})
    call("PUT", f"/settings/variables/{one}", json={"variables": [{"value": "2"}]})
    call("DELETE", f"/settings/variables/{one}")
    call("DELETE", "/settings/variables", params={"ids": two})
    call("POST", "/settings/variables", json={"variables": [{"name": "No group"}]})  # refused

    channel = "1000000068001"
    watch = {"channel_id": channel, "events": ["Leads.all"], "notify_url": "https://example.com/hook"}
    call("POST", "/actions/watch", json={"watch": [watch]})
    call("GET", "/actions/watch")
    call("PUT", "/actions/watch", json={"watch": [{**watch, "events": ["Leads.create"]}]})
    call("PATCH", "/actions/watch", json={"watch": [{"channel_id": channel, "events": ["Contacts.all"]}]})
    call("DELETE", "/actions/watch", params={"channel_ids": channel})


def tour_crm_bulk(record: Record, emu: zohokit.Emulator, fixtures: dict[str, Any]) -> None:
    call = record(emu.client("crm_bulk"))
    job = call("POST", "/read", json={"query": {"module": "Leads"}})
    call("GET", f"/read/{job['data'][0]['details']['id']}")
    call("GET", "/read/3652397000099999999")
    call("GET", "/read/3652397000099999999/result")


def tour_accounts(record: Record, emu: zohokit.Emulator, fixtures: dict[str, Any]) -> None:
    call = record(emu.client("accounts"))
    form = {
        "grant_type": "refresh_token",
        "client_id": zohokit.EMULATOR_CLIENT_ID,
        "client_secret": zohokit.EMULATOR_CLIENT_SECRET,
        "refresh_token": zohokit.EMULATOR_REFRESH_TOKEN,
    }
    call("POST", "/token", data=form)
    call("POST", "/token", data={**form, "refresh_token": "not-a-token"})
    call("POST", "/token/revoke", params={"token": "not-a-token"})


def tour_recruit(record: Record, emu: zohokit.Emulator, fixtures: dict[str, Any]) -> None:
    call, ids = record(emu.client("recruit")), fixtures["recruit"]
    call("GET", f"/Candidates/{ids['candidate_id']}/associate")
    call("GET", f"/JobOpenings/{ids['job_opening_id']}/associate")
    pending, archived = ids["pending_submission_ids"][0], ids["archived_submission_ids"][0]
    review = {"Submission_Status": "Approved by hiring manager", "Rating": 5, "Reviewer_Comments": "Hire."}
    call("PUT", f"/Submissions/{pending}/actions/status", json={"data": [review]})
    call("PUT", f"/Submissions/{pending}/actions/status", json={"data": [review]})  # already changed
    call("PUT", f"/Submissions/{archived}/actions/status", json={"data": [review]})
    recruit_records(call, ids)


RECRUIT_MODULES = {
    "Candidates": "candidate_ids",
    "JobOpenings": "job_opening_ids",
    "Clients": "client_ids",
    "Contacts": "contact_ids",
    "Interviews": "interview_ids",
}
"""Recruit's record modules and the fixture key of their seeded ids."""


def person_writes(call: Recorder, module: str, change: tuple[str, str], other_field: str) -> None:
    """Writes of each kind on a module of people (``/Candidates``, ``/Contacts``): a read of an id
    of nothing, an insert of three (one refused), an update setting ``change`` (with an item
    without ``id`` setting ``other_field``), an update by URL, an upsert by email, deletes (one id of
    nothing) and an empty insert, refused."""
    call("GET", f"{module}/3652397000099999999")  # not found
    people = [
        {"First_Name": "Round", "Last_Name": "Trip", "Email": "round.trip@example.com"},
        {"First_Name": "Second", "Last_Name": "Trip", "Email": "second.trip@example.com"},
        {"First_Name": "No last name"},
    ]
    first, second = _created(call("POST", module, json={"data": people}), "data", 2)
    field, value = change
    call("PUT", module, json={"data": [{"id": first, field: value}, {other_field: "no id"}]})
    call("PUT", f"{module}/{first}", json={"data": [{"Mobile": "+1 555 0100"}]})
    upsert = [
        {"Last_Name": "Trip", "Email": "round.trip@example.com"},
        {"Last_Name": "New", "Email": "new@example.com"},
    ]
    call("POST", f"{module}/upsert", json={"data": upsert, "duplicate_check_fields": ["Email"]})
    call("DELETE", f"{module}/{second}")
    call("DELETE", module, params={"ids": f"{first},3652397000099999999"})
    call("POST", module, json={"data": []})  # refused


def recruit_records(call: Recorder, ids: dict[str, Any]) -> None:
    """The records API: reads of every module (whole and with ``fields``), a search, then writes of
    each kind on candidates, and some refused."""
    for module, key in RECRUIT_MODULES.items():
        call("GET", f"/{module}", params={"per_page": 200})
        call("GET", f"/{module}", params={"fields": "Created_Time", "per_page": 2})
        call("GET", f"/{module}/{ids[key][0]}")
    call("GET", "/Candidates/search", params={"criteria": "(Last_Name:starts_with:A)"})
    person_writes(call, "/Candidates", ("Current_Employer", "Zylker"), "Skill_Set")


def tour_bigin(record: Record, emu: zohokit.Emulator, fixtures: dict[str, Any]) -> None:
    call, ids = record(emu.client("bigin")), fixtures["bigin"]
    deal, product = ids["deal_id"], ids["product_ids"][0]
    many = {"data": [{"id": product, "list_price": 99.5, "quantity": 2}, {"id": "3652397000009999999"}]}
    call("PUT", f"/Deals/{deal}/Products", json=many)
    call("PUT", f"/Deals/{deal}/Products/{product}", json={"data": [{"quantity": 7}]})
    bigin_records(call, ids["record_ids"])


def bigin_records(call: Recorder, ids: dict[str, list[str]]) -> None:
    """The records API: reads of every module (whole and with ``fields``), notes, related lists and
    a search, then writes of each kind on contacts, and some refused."""
    for module in ("Accounts", "Contacts", "Deals", "Products", "Tasks", "Events", "Calls"):
        call("GET", f"/{module}", params={"per_page": 200})
        call("GET", f"/{module}", params={"fields": "Created_Time", "per_page": 2})
        call("GET", f"/{module}/{ids[module][0]}")
        call("GET", f"/{module}/{ids[module][0]}/Notes")
    call("GET", "/Notes")
    company, contact, deal = ids["Accounts"][0], ids["Contacts"][0], ids["Deals"][0]
    for parent, related in ((f"/Accounts/{company}", "Contacts"), (f"/Accounts/{company}", "Deals")):
        call("GET", f"{parent}/{related}")
    call("GET", f"/Contacts/{contact}/Deals")
    call("GET", f"/Deals/{deal}/Products")
    call("GET", "/Contacts/search", params={"criteria": "(Last_Name:starts_with:D)"})
    person_writes(call, "/Contacts", ("Title", "Buyer"), "Title")


def tour_connect(record: Record, emu: zohokit.Emulator, fixtures: dict[str, Any]) -> None:
    """As the client (client-credentials token), then as a logged-in recruiter."""
    call, user, ids = record(emu.connect_client()), record(_connect_user(emu)), fixtures["connect"]
    person = {"name": {"firstName": "Kari", "lastName": "Nordmann"}, "email": "kari@example.no"}
    registration = {"product": ids["product"], "campaign": ids["campaign"], "recruiter": person}
    nils = {"name": {"firstName": "Nils", "lastName": "Test"}, "email": "nils@example.no"}
    call("POST", "/v1/client/recruitment", json={**registration, "recruitments": [nils]})
    call("POST", "/v1/client/recruitment", json={**registration, "product": "X" * 13, "recruitments": [nils]})
    user("POST", "/v1/recruitment", json={**registration, "recruitments": [nils]})
    user("GET", f"/v1/recruitment/{ids['campaign']}")
    preferences = user("GET", f"/v1/recruitment/premium/{ids['campaign']}")
    user("POST", f"/v1/recruitment/premium/{ids['campaign']}", json=preferences)


def _connect_user(emu: zohokit.Emulator) -> Any:
    """A Connect client with a logged-in user's token (authorization-code flow)."""
    authorize = zohokit.connect_authorization_url(
        client_id=emu.connect_client_id, redirect_uri=REDIRECT_URI, authorize_url=emu.base_url + "/user/oauth/authorize"
    )
    location = httpx.get(authorize).headers["Location"]
    code = parse_qs(urlsplit(location).query)["code"][0]
    return emu.connect_client(auth=emu.connect_user_auth(code=code, redirect_uri=REDIRECT_URI))


TOURS: dict[str, Callable[[Record, zohokit.Emulator, dict[str, Any]], None]] = {
    "accounts": tour_accounts,
    "bigin": tour_bigin,
    "connect": tour_connect,
    "crm": tour_crm,
    "crm_bulk": tour_crm_bulk,
    "recruit": tour_recruit,
}


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer() as running:
        yield running


@pytest.fixture
def emu(server: EmulatorServer) -> zohokit.Emulator:
    """The emulator, reset to its seed data."""
    httpx.post(server.url + "/_emulator/reset").raise_for_status()
    return zohokit.emulator(server.url)


def test_every_api_has_a_tour() -> None:
    assert sorted(TOURS) == api_names()


@pytest.mark.parametrize("api", sorted(TOURS))
def test_emulator_answers_round_trip(api: str, server: EmulatorServer, emu: zohokit.Emulator) -> None:
    recorders: list[Recorder] = []

    def record(client: Any) -> Recorder:
        recorders.append(Recorder(api, client))
        return recorders[-1]

    fixtures = httpx.get(server.url + "/_emulator/fixtures").raise_for_status().json()
    try:
        TOURS[api](record, emu, fixtures)
    finally:
        for recorder in recorders:
            recorder.http.close()
    problems = [problem for recorder in recorders for problem in recorder.problems()]
    assert problems == []
    covered = set().union(*(recorder.covered() for recorder in recorders))
    document = load_dist(api)
    answering_json = {
        operation["operationId"]
        for _method, _path, operation in operations(document)
        if any(
            media_type in JSON_MEDIA_TYPES
            for response in operation.get("responses", {}).values()
            for media_type in resolve(document, response).get("content") or {}
        )
    }
    assert sorted(answering_json - covered) == [], f"tour_{api} reaches no JSON answer of these: extend it"
