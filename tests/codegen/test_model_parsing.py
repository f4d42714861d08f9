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
from tests.emulator import EmulatorServer
from tests.spec_files import api_names, load_dist, operations

JSON_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded")
REDIRECT_URI = "http://127.0.0.1/callback"


# --- the generated code ------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@cache
def _operation_modules(api: str) -> dict[str, ModuleType]:
    package = importlib.import_module(f"{api}_client.api")
    found = {}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not info.ispkg:
            found[_key(info.name.rsplit(".", 1)[-1])] = importlib.import_module(info.name)
    return found


def operation_module(api: str, operation_id: str) -> ModuleType:
    """The generated module of an operation (``getRecords`` → ``crm_client.api.records.get_records``)."""
    return _operation_modules(api)[_key(operation_id)]


@cache
def _models(api: str) -> dict[str, type]:
    models = importlib.import_module(f"{api}_client.models")
    return {_key(name): value for name, value in vars(models).items() if attrs.has(value)}


def model_class(api: str, schema_name: str) -> type:
    """The generated model of a component schema."""
    return _models(api)[_key(schema_name)]


def parse_response(api: str, operation_id: str, response: httpx.Response) -> Any:
    """What the operation's ``sync_detailed`` returns as ``parsed`` for this response."""
    client = importlib.import_module(f"{api}_client.client").Client(
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


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = document["components"][kind][name]
    return node


def _example_values(document: dict[str, Any], media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for key, example in (media.get("examples") or {}).items():
        name = example["$ref"].rsplit("/", 1)[-1] if "$ref" in example else key
        yield name, _resolve(document, example).get("value")
    if "example" in media:
        yield "example", media["example"]


def spec_examples() -> Iterator[Any]:
    """One pytest param per (API, operation, request or status, media type, example)."""
    for api in api_names():
        document = load_dist(api)
        for _method, _path, operation in operations(document):
            operation_id = operation["operationId"]
            body = _resolve(document, operation.get("requestBody", {}))
            places = [("request", body)] + [
                (status, _resolve(document, response)) for status, response in operation.get("responses", {}).items()
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
        routes = []
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
            where = f"{self.api} {operation_id} {response.request.method} {response.request.url} → {response.status_code}"
            parsed = parse_response(self.api, operation_id, response)
            found += check_round_trip(parsed, response.json(), where)
        return found

    def covered(self) -> set[str]:
        return {operation_id for operation_id, _ in self.answers}


def _first_id(body: Any, key: str) -> str:
    return str(body[key][0]["id"])


def tour_crm(call: Recorder) -> None:
    """Every kind of read of every module, then writes and their errors."""
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
    leads = {"module": "Leads"}
    for setting in ("fields", "layouts", "custom_views", "related_lists"):
        item = _first_id(call("GET", f"/settings/{setting}", params=leads), setting)
        call("GET", f"/settings/{setting}/{item}", params=leads)
    for module in ("Leads", "Contacts", "Accounts", "Deals"):
        record = _first_id(call("GET", f"/{module}"), "data")
        for suffix in ("", "/actions/blueprint", "/actions/share", *(f"/{name}" for name in related[module])):
            call("GET", f"/{module}/{record}{suffix}")
    for listing, key in (
        ("/users", "users"),
        ("/settings/roles", "roles"),
        ("/settings/profiles", "profiles"),
        ("/settings/variables", "variables"),
        ("/settings/variable_groups", "variable_groups"),
    ):
        call("GET", f"{listing}/{_first_id(call('GET', listing), key)}")
    call("GET", "/org")
    call("GET", "/Notes")
    call("GET", "/Leads/search", params={"word": "Zylker"})
    tag = _first_id(call("GET", "/settings/tags", params=leads), "tags")
    call("GET", f"/settings/tags/{tag}/actions/records_count", params=leads)

    people = [
        {"Last_Name": "Round Trip", "Company": "Zylker", "Email": "round.trip@example.com"},
        {"Last_Name": "Second Trip", "Company": "Zylker", "Email": "second.trip@example.com", "Tag": [{"name": "Hot"}]},
    ]
    inserted = call("POST", "/Leads", json={"data": people, "trigger": []})
    first, second = (str(result["details"]["id"]) for result in inserted["data"])
    call("PUT", "/Leads", json={"data": [{"id": first, "Company": "Zylker Labs"}]})
    call("PUT", f"/Leads/{first}", json={"data": [{"Phone": "555-0100"}]})
    upsert = {"data": [{"Last_Name": "Round Trip", "Email": "round.trip@example.com"}]}
    call("POST", "/Leads/upsert", json={**upsert, "duplicate_check_fields": ["Email"]})
    call("POST", f"/Leads/{first}/actions/add_tags", params={"tag_names": "Parsed,Hot"})
    call("POST", "/Leads/actions/add_tags", params={"ids": f"{first},{second}", "tag_names": "Batch"})
    call("POST", f"/Leads/{first}/actions/remove_tags", params={"tag_names": "Hot"})
    call("POST", "/settings/tags", params=leads, json={"tags": [{"name": "Round trip"}]})
    call("POST", f"/Leads/{first}/Notes", json={"data": [{"Note_Title": "Call", "Note_Content": "Went well"}]})
    note = {"Note_Content": "Again", "Parent_Id": first, "se_module": "Leads"}
    call("POST", "/Notes", json={"data": [note]})
    call("GET", f"/Leads/{first}/Notes")
    call("GET", "/Notes")
    watch = {"channel_id": "1000000068001", "events": ["Leads.all"], "notify_url": "https://example.com/hook"}
    call("POST", "/actions/watch", json={"watch": [watch]})
    call("GET", "/actions/watch")
    call("POST", f"/Leads/{first}/actions/convert", json={"data": [{"overwrite": True}]})
    call("DELETE", f"/Leads/{second}")
    call("GET", "/Leads/deleted")
    call("GET", "/Leads/3652397000099999999")  # not found
    call("POST", "/Leads", json={"data": []})  # refused
    call("PUT", "/Leads", json={"data": [{"Company": "no id"}]})  # refused per record


def tour_crm_bulk(call: Recorder) -> None:
    job = call("POST", "/read", json={"query": {"module": "Leads"}})
    call("GET", f"/read/{job['data'][0]['details']['id']}")
    call("GET", "/read/3652397000099999999")


def tour_accounts(call: Recorder) -> None:
    form = {
        "grant_type": "refresh_token",
        "client_id": zohokit.EMULATOR_CLIENT_ID,
        "client_secret": zohokit.EMULATOR_CLIENT_SECRET,
        "refresh_token": zohokit.EMULATOR_REFRESH_TOKEN,
    }
    call("POST", "/token", data=form)
    call("POST", "/token", data={**form, "refresh_token": "not-a-token"})
    call("POST", "/token/revoke", params={"token": "not-a-token"})


def tour_recruit(call: Recorder, ids: dict[str, Any]) -> None:
    call("GET", f"/Candidates/{ids['candidate_id']}/associate")
    call("GET", f"/JobOpenings/{ids['job_opening_id']}/associate")
    pending, archived = ids["pending_submission_ids"][0], ids["archived_submission_ids"][0]
    review = {"Submission_Status": "Approved by hiring manager", "Rating": 5, "Reviewer_Comments": "Hire."}
    call("PUT", f"/Submissions/{pending}/actions/status", json={"data": [review]})
    call("PUT", f"/Submissions/{pending}/actions/status", json={"data": [review]})  # already changed
    call("PUT", f"/Submissions/{archived}/actions/status", json={"data": [review]})


def tour_bigin(call: Recorder, ids: dict[str, Any]) -> None:
    deal, product = ids["deal_id"], ids["product_ids"][0]
    many = {"data": [{"id": product, "list_price": 99.5, "quantity": 2}, {"id": "3652397000009999999"}]}
    call("PUT", f"/Deals/{deal}/Products", json=many)
    call("PUT", f"/Deals/{deal}/Products/{product}", json={"data": [{"quantity": 7}]})


def tour_connect(call: Recorder, user: Recorder, ids: dict[str, Any]) -> None:
    person = {"name": {"firstName": "Kari", "lastName": "Nordmann"}, "email": "kari@example.no"}
    registration = {"product": ids["product"], "campaign": ids["campaign"], "recruiter": person}
    call("POST", "/v1/client/recruitment", json={**registration, "recruitments": [{"email": "nils@example.no"}]})
    user("GET", f"/v1/recruitment/{ids['campaign']}")
    preferences = user("GET", f"/v1/recruitment/premium/{ids['campaign']}")
    user("POST", f"/v1/recruitment/premium/{ids['campaign']}", json=preferences)


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer() as running:
        yield running


@pytest.fixture
def emu(server: EmulatorServer) -> Iterator[zohokit.Emulator]:
    with httpx.Client(base_url=server.url, timeout=30) as control:
        control.post("/_emulator/reset").raise_for_status()
    yield zohokit.emulator(server.url)


def _fixtures(server: EmulatorServer) -> dict[str, Any]:
    body: dict[str, Any] = httpx.get(server.url + "/_emulator/fixtures").raise_for_status().json()
    return body


def _connect_user(server: EmulatorServer, emu: zohokit.Emulator) -> Any:
    """A Connect client with a logged-in user's token (authorization-code flow)."""
    authorize = zohokit.connect_authorization_url(
        client_id=emu.connect_client_id, redirect_uri=REDIRECT_URI, authorize_url=server.url + "/user/oauth/authorize"
    )
    location = httpx.get(authorize).headers["Location"]
    code = parse_qs(urlsplit(location).query)["code"][0]
    return emu.connect_client(auth=emu.connect_user_auth(code=code, redirect_uri=REDIRECT_URI))


Tour = Callable[[EmulatorServer, zohokit.Emulator], list[Recorder]]

TOURS: dict[str, Tour] = {
    "crm": lambda server, emu: [_run(tour_crm, Recorder("crm", emu.client("crm")))],
    "crm_bulk": lambda server, emu: [_run(tour_crm_bulk, Recorder("crm_bulk", emu.client("crm_bulk")))],
    "accounts": lambda server, emu: [_run(tour_accounts, Recorder("accounts", emu.client("accounts")))],
    "recruit": lambda server, emu: [
        _run(tour_recruit, Recorder("recruit", emu.client("recruit")), _fixtures(server)["recruit"])
    ],
    "bigin": lambda server, emu: [_run(tour_bigin, Recorder("bigin", emu.client("bigin")), _fixtures(server)["bigin"])],
    "connect": lambda server, emu: _connect_tour(server, emu),
}


def _run(tour: Callable[..., None], recorder: Recorder, *args: Any) -> Recorder:
    try:
        tour(recorder, *args)
    finally:
        recorder.http.close()
    return recorder


def _connect_tour(server: EmulatorServer, emu: zohokit.Emulator) -> list[Recorder]:
    call, user = Recorder("connect", emu.connect_client()), Recorder("connect", _connect_user(server, emu))
    try:
        tour_connect(call, user, _fixtures(server)["connect"])
    finally:
        call.http.close()
        user.http.close()
    return [call, user]


def test_every_api_has_a_tour() -> None:
    assert sorted(TOURS) == api_names()


@pytest.mark.parametrize("api", sorted(TOURS))
def test_emulator_answers_round_trip(api: str, server: EmulatorServer, emu: zohokit.Emulator) -> None:
    recorders = TOURS[api](server, emu)
    problems = [problem for recorder in recorders for problem in recorder.problems()]
    assert problems == []
    covered = set().union(*(recorder.covered() for recorder in recorders))
    documented_json = {
        operation["operationId"]
        for _method, _path, operation in operations(load_dist(api))
        if any(
            media_type in JSON_MEDIA_TYPES
            for response in operation.get("responses", {}).values()
            for media_type in (_resolve(load_dist(api), response).get("content") or {})
        )
    }
    # The tour reads and writes through most of each API; report what it does not reach.
    assert len(covered) >= len(documented_json) // 2, sorted(documented_json - covered)
