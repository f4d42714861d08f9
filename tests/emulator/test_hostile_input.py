"""Hostile input over raw HTTP, in-process: every case is refused with its documented error, the
emulator stays healthy, and nothing it holds changes.

The app here runs with ``debug=False`` (as served), so an unexpected error would come back as a
500 and land in ``/_emulator/problems``; the autouse check below fails any test after which that
log is not empty or health is not ``ok``.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import unquote, urlencode

import httpx
import pytest
from starlette.applications import Starlette

from zohokit_emulator import EmulatorConfig, backend_of, create_app
from zohokit_emulator.core import limits
from zohokit_emulator.core.backend import Backend
from zohokit_emulator.core.control_schemas import MAX_CLOCK_ADVANCE
from zohokit_emulator.core.problem_log import PROBLEM_ENTRY_CHARS, PROBLEM_WINDOW, RecentLog
from zohokit_emulator.services.crm.models import CUSTOM_FIELD_MAX_LENGTH

from .conftest import IN_PROCESS_HOSTS, ORIGIN, TOKEN_FORM

MIB = 1024 * 1024


@pytest.fixture
def app() -> Iterator[Starlette]:
    """Overrides the suite's app: no debug re-raising, so a server error is an answer to look at."""
    application = create_app(EmulatorConfig(control_hosts=IN_PROCESS_HOSTS))
    yield application
    backend_of(application).close()


@pytest.fixture(autouse=True)
async def stays_healthy(client: httpx.AsyncClient, backend: Backend) -> AsyncIterator[None]:
    yield
    problems = (await client.get("/_emulator/problems")).json()
    assert problems == {"response_problems": [], "server_errors": []}
    health = (await client.get("/_emulator/health")).json()
    assert health["status"] == "ok", health


def strict_json(text: str | bytes) -> Any:
    """``json.loads`` that refuses ``NaN``/``Infinity`` like ``JSON.parse``."""

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


async def snapshot(client: httpx.AsyncClient, backend: Backend) -> dict[str, Any]:
    """What the emulator holds, as far as any test here can change it: every CRM module's records
    (the Leads listing over HTTP, strictly parsed), the other stores' fixtures and state, the knobs."""
    token = (await client.post("/_emulator/tokens")).json()["access_token"]
    headers = {"Authorization": f"Zoho-oauthtoken {token}"}
    leads = await client.get("/crm/v2/Leads", params={"per_page": 200}, headers=headers)
    assert leads.status_code == 200
    crm = backend.store("crm")
    return {
        "leads": strict_json(leads.content)["data"],
        "records": {module: sorted(records) for module, records in crm.records.items()},
        "extra": {
            module: {rid: dict(rec.extra) for rid, rec in records.items()} for module, records in crm.records.items()
        },
        "fixtures": (await client.get("/_emulator/fixtures")).json(),
        "connect": (await client.get("/_emulator/connect/state")).json(),
        "faults": (await client.get("/_emulator/faults")).json(),
        "settings": (await client.get("/_emulator/settings")).json(),
        "clock": (await client.get("/_emulator/clock")).json(),
        "jobs": sorted(backend.store("crm_bulk").jobs),
        "deliveries": (await client.get("/_emulator/deliveries")).json(),
    }


@pytest.fixture
async def frozen(client: httpx.AsyncClient) -> None:
    """A frozen clock, so snapshots taken before and after a request compare equal."""
    assert (await client.post("/_emulator/clock", json={"freeze": True})).status_code == 200


def raw(body: str) -> dict[str, Any]:
    return {"content": body.encode("utf-8"), "headers": {"Content-Type": "application/json"}}


# --- strings that cannot be encoded ------------------------------------------------------------------


LONE_SURROGATES = ['"\\ud800"', '"\\udfff"', '"a\\udc80b"', '"\\ude00\\ud83d"']


@pytest.mark.parametrize("value", LONE_SURROGATES)
async def test_lone_surrogate_in_a_record_is_refused(
    value: str, crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    response = await crm.post("/Leads", **raw('{"data":[{"Last_Name":' + value + ',"Company":"c"}]}'))
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_DATA" and response.json()["details"]["api_name"] == "Last_Name"
    assert await snapshot(client, backend) == before
    # The reproduction's follow-up: listing answers, and its JSON is strict JSON.
    assert (await crm.get("/Leads")).status_code == 200


async def test_lone_surrogate_in_keys_and_every_api(
    crm: httpx.AsyncClient, client: httpx.AsyncClient, token: str, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    headers = {"Authorization": f"Zoho-oauthtoken {token}", "Content-Type": "application/json"}
    bad_key = '{"data":[{"Last_Name":"x","Company":"c","\\ud800":"v"}]}'
    response = await crm.post("/Leads", content=bad_key.encode(), headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_DATA")
    for method, path in (
        ("POST", "/crm/v2/Leads/upsert"),
        ("PUT", "/recruit/v2/Submissions/1/actions/status"),
        ("PUT", "/bigin/v1/Deals/1/Products"),
    ):
        answer = await client.request(method, path, content=b'{"data":[{"Last_Name":"\\ud800"}]}', headers=headers)
        assert (answer.status_code, answer.json()["code"]) == (400, "INVALID_DATA"), path
    update = await crm.put("/Leads", **raw('{"data":[{"id":"1","Last_Name":"\\udbff"}]}'))
    assert (update.status_code, update.json()["code"]) == (400, "INVALID_DATA")
    bulk = await client.post("/crm/bulk/v2/read", content=b'{"query":{"module":"\\ud800"}}', headers=headers)
    assert (bulk.status_code, bulk.json()["code"]) == (400, "INVALID_DATA")
    # Connect answers in its own envelope.
    connect_token = (await client.post("/_emulator/connect/tokens", json={})).json()["access_token"]
    connect = await client.post(
        "/v1/client/recruitment",
        content=b'{"title":"\\ud800"}',
        headers={"Authorization": f"Bearer {connect_token}", "Content-Type": "application/json"},
    )
    assert connect.status_code == 400
    assert connect.json()["status"] == 400 and connect.json()["path"] == "/v1/client/recruitment"
    assert "code" not in connect.json()
    # The token endpoint answers with an OAuth error.
    oauth = await client.post("/oauth/v2/token", content=b'{"grant_type":"\\ud800"}', headers=headers)
    assert oauth.status_code == 400 and oauth.json()["error"] == "invalid_request"
    assert await snapshot(client, backend) == before


async def test_a_valid_surrogate_pair_is_stored(crm: httpx.AsyncClient) -> None:
    """The edge refuses lone surrogates only: an escaped pair is an ordinary character."""
    created = await crm.post("/Leads", **raw('{"data":[{"Last_Name":"smile \\ud83d\\ude00","Company":"c"}]}'))
    assert created.status_code == 201, created.text
    record_id = created.json()["data"][0]["details"]["id"]
    stored = await crm.get(f"/Leads/{record_id}")
    assert strict_json(stored.content)["data"][0]["Last_Name"] == "smile \U0001f600"


# --- nesting ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [limits.MAX_JSON_DEPTH + 1, 1000, 100_000])
async def test_deep_json_is_refused_everywhere(
    depth: int, crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    nested = "[" * depth + "]" * depth
    record = await crm.post("/Leads", **raw('{"data":' + nested + "}"))
    assert record.status_code == 400
    assert record.json()["code"] == "LIMIT_EXCEEDED" and record.json()["details"]["limit"] == limits.MAX_JSON_DEPTH
    oauth = await client.post("/oauth/v2/token", content=nested.encode())
    assert oauth.status_code == 400 and oauth.json()["error"] == "invalid_request"
    clock = await client.post("/_emulator/clock", **raw(nested))
    assert (clock.status_code, clock.json()["code"]) == (400, "LIMIT_EXCEEDED")
    deep_object = '{"a":' * depth + "1" + "}" * depth
    assert (await crm.post("/Leads", **raw(deep_object))).json()["code"] == "LIMIT_EXCEEDED"
    assert await snapshot(client, backend) == before


async def test_nesting_up_to_the_limit_is_parsed(crm: httpx.AsyncClient) -> None:
    """At exactly ``MAX_JSON_DEPTH`` the body reaches the handler, which judges its content."""
    inner = "[" * (limits.MAX_JSON_DEPTH - 3) + "]" * (limits.MAX_JSON_DEPTH - 3)
    answer = await crm.post("/Leads", **raw('{"data":[{"Last_Name":' + inner + ',"Company":"c"}]}'))
    assert answer.status_code == 202, answer.text
    assert answer.json()["data"][0]["code"] == "INVALID_DATA"
    assert answer.json()["data"][0]["details"]["api_name"] == "Last_Name"


@pytest.mark.parametrize("depth", [limits.MAX_CRITERIA_DEPTH + 1, 10_000])
async def test_deep_search_criteria_is_refused(depth: int, crm: httpx.AsyncClient) -> None:
    criteria = "(" * depth + "Last_Name:equals:Boyle" + ")" * depth
    response = await crm.get("/Leads/search", params={"criteria": criteria})
    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_QUERY"
    assert "nested deeper" in response.json()["details"]["reason"]


async def test_criteria_within_the_depth_and_escaped_parentheses_work(crm: httpx.AsyncClient) -> None:
    nested = "(" * 5 + "Last_Name:equals:Boyle" + ")" * 5
    assert (await crm.get("/Leads/search", params={"criteria": nested})).status_code == 200
    escaped = "(Last_Name:equals:" + "\\(" * 100 + ")"
    answer = await crm.get("/Leads/search", params={"criteria": escaped})
    assert answer.status_code in (200, 204)


async def test_deep_bulk_read_criteria_is_refused(bulk: httpx.AsyncClient, backend: Backend) -> None:
    jobs = sorted(backend.store("crm_bulk").jobs)
    group: Any = {"api_name": "Last_Name", "comparator": "equal", "value": "Boyle"}
    for _ in range(100):
        group = {"group_operator": "and", "group": [group]}
    response = await bulk.post("/read", json={"query": {"module": "Leads", "criteria": group}})
    assert (response.status_code, response.json()["code"]) == (400, "LIMIT_EXCEEDED")
    assert sorted(backend.store("crm_bulk").jobs) == jobs


# --- sizes ------------------------------------------------------------------------------------------------


class CountingBody:
    """An async body of ``total`` bytes in ``chunk``-sized pieces, counting how much the server
    pulled. Each piece is a fresh object (as off a socket), so a server that kept what it read
    would show in the traced memory; the ones it drops are freed at once."""

    def __init__(self, total: int, chunk: int = 64 * 1024, fill: bytes = b"a") -> None:
        self.total = total
        self.piece = fill * chunk
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self.pulled < self.total:
            self.pulled += len(self.piece)
            yield self.piece[1:] + self.piece[:1]


async def test_a_200_mb_token_body_is_refused_without_reading_it(
    client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    """The reproduction: a 200 MB form body to the unauthenticated token endpoint, streamed
    (no Content-Length). The server stops at the limit; the process's traced memory stays small."""
    before = await snapshot(client, backend)
    body = CountingBody(200 * MIB, fill=b"x")
    tracemalloc.start()
    try:
        response = await client.post(
            "/oauth/v2/token", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 400 and response.json()["error"] == "invalid_request"
    assert "larger than" in response.json()["error_description"]
    assert body.pulled <= limits.MAX_BODY_BYTES + 2 * len(body.piece)
    assert peak < 3 * limits.MAX_BODY_BYTES, f"peak traced memory {peak / MIB:.1f} MiB"
    assert await snapshot(client, backend) == before


async def test_a_declared_oversized_body_is_refused_before_reading(crm: httpx.AsyncClient) -> None:
    body = CountingBody(50 * MIB)
    response = await crm.post(
        "/Leads",
        content=body,
        headers={"Content-Type": "application/json", "Content-Length": str(50 * MIB)},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "LIMIT_EXCEEDED"
    assert response.json()["details"] == {"api_name": "body", "limit": limits.MAX_BODY_BYTES}
    assert body.pulled == 0


async def test_a_50_mb_json_insert_is_refused(
    crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    big = json.dumps({"data": [{"Last_Name": "x", "Company": "c", "Notes_Big": "y" * (50 * MIB)}]}).encode()
    response = await crm.post("/Leads", content=big, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["code"]) == (400, "LIMIT_EXCEEDED")
    del big
    assert await snapshot(client, backend) == before


async def test_body_at_the_limit_is_read(crm: httpx.AsyncClient) -> None:
    """Just under the limit the body is parsed and judged by the handler (a field too long)."""
    prefix, suffix = b'{"data":[{"Last_Name":"x","Company":"c","Pad":"', b'"}]}'
    pad = b"p" * (limits.MAX_BODY_BYTES - len(prefix) - len(suffix))
    response = await crm.post("/Leads", content=prefix + pad + suffix, headers={"Content-Type": "application/json"})
    assert response.status_code == 202
    assert response.json()["data"][0]["details"] == {"api_name": "Pad", "maximum_length": CUSTOM_FIELD_MAX_LENGTH}


@pytest.mark.parametrize(
    ("piece", "what"), [(b"{},", "objects"), (b"[],", "arrays"), (b"0.5,", "numbers"), (b'"ab",', "strings")]
)
async def test_many_tiny_json_values_are_refused_before_parsing(
    piece: bytes, what: str, crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    """Under the size limit, tiny values would still parse into ~50 times their bytes in objects."""
    before = await snapshot(client, backend)
    count = (limits.MAX_BODY_BYTES - 16) // len(piece)
    body = b'{"data":[' + piece * count + b"{}]}"
    tracemalloc.start()
    try:
        response = await crm.post("/Leads", content=body, headers={"Content-Type": "application/json"})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (response.status_code, response.json()["code"]) == (400, "LIMIT_EXCEEDED"), what
    assert response.json()["details"] == {"api_name": "body", "limit": limits.MAX_JSON_VALUES}
    assert peak < 4 * limits.MAX_BODY_BYTES, f"peak traced memory {peak / MIB:.1f} MiB"
    assert await snapshot(client, backend) == before


def test_json_values_are_bounded_from_above() -> None:
    """The count is an upper bound (separators inside strings count too), never less than the values."""
    assert limits.count_json_values(b"[" + b"1," * 99 + b"1]") == 101
    assert limits.count_json_values(b'{"a": [1, {"b": 2}], "c": "x,y"}') == 7
    body = b'{"data": [' + b", ".join(b'{"Last_Name": "n", "Company": "c"}' for _ in range(100)) + b"]}"
    assert limits.count_json_values(body) >= 100 * 2 + 1


async def test_many_form_fields_are_refused(client: httpx.AsyncClient) -> None:
    body = b"&".join(b"f%d=1" % i for i in range(limits.MAX_FORM_FIELDS + 1))
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    refused = await client.post("/oauth/v2/token", content=body, headers=form)
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_request"
    assert "form fields" in refused.json()["error_description"]
    fits = b"&".join(b"f%d=1" % i for i in range(limits.MAX_FORM_FIELDS - 4))
    accepted = await client.post("/oauth/v2/token", content=fits + b"&" + urlencode(TOKEN_FORM).encode(), headers=form)
    assert "access_token" in accepted.json()


async def test_custom_fields_are_bounded(
    crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    too_long = {"Last_Name": "x", "Company": "c", "Custom_Text": "z" * (CUSTOM_FIELD_MAX_LENGTH + 1)}
    as_list = {"Last_Name": "x", "Company": "c", "Custom_List": ["z" * 1000] * 40}
    for record in (too_long, as_list):
        response = await crm.post("/Leads", json={"data": [record]})
        assert response.status_code == 202
        result = response.json()["data"][0]
        assert result["code"] == "INVALID_DATA" and result["details"]["maximum_length"] == CUSTOM_FIELD_MAX_LENGTH
    assert await snapshot(client, backend) == before
    fits = await crm.post(
        "/Leads", json={"data": [{"Last_Name": "x", "Company": "c", "Custom_Text": "z" * CUSTOM_FIELD_MAX_LENGTH}]}
    )
    assert fits.status_code == 201


async def test_oversized_upload_is_refused(crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend) -> None:
    deal = (await crm.get("/Deals")).json()["data"][0]["id"]
    attachments_before = (await crm.get(f"/Deals/{deal}/Attachments")).status_code
    data = b"\0" * (limits.MAX_MULTIPART_BYTES + 1)
    response = await crm.post(f"/Deals/{deal}/Attachments", files={"file": ("big.bin", data, "application/pdf")})
    assert response.status_code == 413
    assert response.json()["code"] == "FILE_SIZE_MORE_THAN_ALLOWED_SIZE"
    assert (await crm.get(f"/Deals/{deal}/Attachments")).status_code == attachments_before


async def test_unreadable_bodies(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    form = await client.post(
        "/oauth/v2/token", content=b"grant_type=\xff\xfe", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert form.status_code == 400 and form.json()["error"] == "invalid_request"
    bad_length = await crm.post("/Leads", content=b"{}", headers={"Content-Length": "lots"})
    assert bad_length.status_code == 400
    not_utf8 = await crm.post(
        "/Leads", content=b'{"data":[{"Last_Name":"\xff"}]}', headers={"Content-Type": "application/json"}
    )
    assert (not_utf8.status_code, not_utf8.json()["code"]) == (400, "INVALID_DATA")
    still = await client.post("/oauth/v2/token", data=TOKEN_FORM)
    assert "access_token" in still.json()


# --- numbers that are not finite ---------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "-1e999"])
async def test_non_finite_numbers_are_refused(
    number: str, crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    response = await crm.post("/Leads", **raw('{"data":[{"Last_Name":"x","Company":"c","Score":' + number + "}]}"))
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_DATA")
    assert response.json()["details"]["expected_data_type"] == "double"
    settings = await client.patch("/_emulator/settings", **raw('{"latency_ms":' + number + "}"))
    assert settings.status_code == 400
    assert await snapshot(client, backend) == before
    listing = await crm.get("/Leads")
    strict_json(listing.content)


# --- control routes -----------------------------------------------------------------------------------------


FAULT_REFUSALS: list[tuple[dict[str, Any], str]] = [
    ({"status": 503, "method": 5}, "method"),
    ({"status": 503, "bogus": 1}, "bogus"),
    ({"status": 503, "path_prefx": "/crm/v2/Leads"}, "path_prefx"),
    ({"status": 503, "retry_after": "1\r\nX-Injected: yes"}, "retry_after"),
    ({"status": 429, "retry_after": 1.5}, "retry_after"),
    ({"status": 429, "retry_after": -1}, "retry_after"),
    ({"status": 429, "retry_after": 2**40}, "retry_after"),
    ({"status": 503, "path_prefix": "/crm\r\n"}, "path_prefix"),
    ({"status": 503, "path_prefix": 7}, "path_prefix"),
    ({"status": 503, "code": "BAD CODE\r\n"}, "code"),
    ({"status": 503, "count": 0}, "count"),
    ({"status": 503, "count": True}, "count"),
    ({"status": 200}, "status"),
    ({"status": "503"}, "status"),
    ({}, "status"),
]


@pytest.mark.parametrize(("body", "key"), FAULT_REFUSALS)
async def test_fault_bodies_are_checked(
    body: dict[str, Any], key: str, client: httpx.AsyncClient, crm: httpx.AsyncClient
) -> None:
    response = await client.post("/_emulator/faults", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["details"]["api_name"] == key
    assert (await client.get("/_emulator/faults")).json() == {"faults": []}
    assert (await crm.get("/Leads")).status_code == 200


async def test_a_fault_with_every_key_still_works(client: httpx.AsyncClient, crm: httpx.AsyncClient) -> None:
    fault = {
        "status": 429,
        "count": 1,
        "path_prefix": "/crm/v2/Leads",
        "method": "get",
        "retry_after": 3,
        "code": "SLOW_DOWN",
        "message": "later",
    }
    assert (await client.post("/_emulator/faults", json=fault)).status_code == 201
    hit = await crm.get("/Leads")
    assert (hit.status_code, hit.headers["Retry-After"], hit.json()["code"]) == (429, "3", "SLOW_DOWN")
    assert (await crm.get("/Leads")).status_code == 200


CLOCK_REFUSALS: list[dict[str, Any]] = [
    {"advance": 1e12},
    {"advance": MAX_CLOCK_ADVANCE + 1},
    {"advance": -1e10},
    {"advance": "1"},
    {"advance": True},
    {"set": "9999-12-31T23:59:59Z"},
    {"set": "1960-01-01T00:00:00Z"},
    {"set": "soon"},
    {"set": "2995-01-01T00:00:00Z", "advance": 3e8},
    {"freeze": "yes"},
    {"frozen": True},
]


async def _refused_unchanged(
    client: httpx.AsyncClient, backend: Backend, method: str, url: str, body: dict[str, Any]
) -> None:
    """``body`` sent to a control route is refused with 400 INVALID_DATA and changes nothing."""
    before = await snapshot(client, backend)
    response = await client.request(method, url, json=body)
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_DATA"), response.text
    assert await snapshot(client, backend) == before


@pytest.mark.parametrize("body", CLOCK_REFUSALS)
async def test_clock_changes_are_bounded(
    body: dict[str, Any], client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    await _refused_unchanged(client, backend, "POST", "/_emulator/clock", body)


async def test_many_advances_cannot_push_the_clock_out_of_range(client: httpx.AsyncClient) -> None:
    step = {"advance": MAX_CLOCK_ADVANCE}
    answers = [(await client.post("/_emulator/clock", json=step)).status_code for _ in range(12)]
    assert 200 in answers and answers[-1] == 400
    assert (await client.get("/_emulator/health")).status_code == 200
    await client.post("/_emulator/clock", json={"reset": True})


SETTINGS_REFUSALS: list[dict[str, Any]] = [
    {"latency_ms": 1e12},
    {"latency_ms": -1},
    {"latency_ms": "slow"},
    {"access_token_lifetime": 10**30},
    {"concurrency_limit": True},
    {"latency_ms": 0, "bogus": 1},
    {"latency": 5},
    {"bulk_read_queue_seconds": None},
]


@pytest.mark.parametrize("body", SETTINGS_REFUSALS)
async def test_settings_are_checked(
    body: dict[str, Any], client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    await _refused_unchanged(client, backend, "PATCH", "/_emulator/settings", body)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/_emulator/reset", {"all": True}),
        ("POST", "/_emulator/tokens", {"user": "1"}),
        ("POST", "/_emulator/clients", {"client_id": "a", "client_secret": "b", "redirect_uri": "x"}),
        ("POST", "/_emulator/crm/seed", {"module": "Leads", "count": 1, "extra": 1}),
        ("POST", "/_emulator/connect/tokens", {"client": "x"}),
        ("PATCH", "/_emulator/connect/settings", {"verification_seconds": 1e300}),
        ("PATCH", "/_emulator/recruit/settings", {"edition": 5}),
        ("POST", "/_emulator/faults", [1, 2]),
    ],
)
async def test_every_control_body_has_a_schema(
    method: str, path: str, body: Any, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    response = await client.request(method, path, json=body)
    assert response.status_code == 400, response.text
    assert await snapshot(client, backend) == before


async def test_control_routes_take_only_json_bodies(client: httpx.AsyncClient, backend: Backend, frozen: None) -> None:
    await client.post("/_emulator/faults", json={"status": 503, "path_prefix": "/bigin", "count": None})
    before = await snapshot(client, backend)
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
        for path in ("/_emulator/reset", "/_emulator/faults"):
            response = await client.post(path, content=b'{"status": 503}', headers={"Content-Type": content_type})
            assert (response.status_code, response.json()["code"]) == (415, "UNSUPPORTED_MEDIA_TYPE")
    no_type = await client.post("/_emulator/faults", content=b'{"status": 503}')
    assert no_type.status_code == 415
    assert await snapshot(client, backend) == before
    charset = await client.post(
        "/_emulator/clock", content=b'{"advance": 1}', headers={"Content-Type": "application/json; charset=utf-8"}
    )
    assert charset.status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost.evil.example", "10.0.0.1", ""]
)
async def test_control_routes_refuse_foreign_hosts(
    host: str, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    before = await snapshot(client, backend)
    for method, path in (("POST", "/_emulator/reset"), ("GET", "/_emulator/health"), ("DELETE", "/_emulator/faults")):
        response = await client.request(method, path, headers={"Host": host})
        assert (response.status_code, response.json()["code"]) == (403, "NO_PERMISSION"), (method, host)
    assert await snapshot(client, backend) == before


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST:8080", "127.0.0.1:1", "127.8.9.10", "[::1]:8080", "emulator"])
async def test_control_routes_answer_loopback_and_configured_hosts(host: str, client: httpx.AsyncClient) -> None:
    assert (await client.get("/_emulator/health", headers={"Host": host})).status_code == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "https://localhost.evil.example"])
async def test_control_routes_refuse_foreign_origins(
    origin: str, client: httpx.AsyncClient, backend: Backend, frozen: None
) -> None:
    """A browser page's POST without a body carries no Content-Type, but always an Origin."""
    before = await snapshot(client, backend)
    response = await client.post("/_emulator/reset", headers={"Origin": origin})
    assert (response.status_code, response.json()["code"]) == (403, "NO_PERMISSION")
    assert await snapshot(client, backend) == before
    same = await client.get("/_emulator/health", headers={"Origin": "http://127.0.0.1:8080"})
    assert same.status_code == 200


async def test_api_routes_do_not_check_the_host(crm: httpx.AsyncClient) -> None:
    """Clients reach the APIs under any name (a proxy, a container name): only control routes are guarded."""
    assert (await crm.get("/Leads", headers={"Host": "crm.example"})).status_code == 200


async def test_public_url_host_is_accepted() -> None:
    application = create_app(EmulatorConfig(public_url="https://emulator.internal:8443"))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url=ORIGIN) as http:
            assert (await http.get("/_emulator/health", headers={"Host": "emulator.internal"})).status_code == 200
            assert (await http.get("/_emulator/health", headers={"Host": "emulator.test"})).status_code == 403
    finally:
        backend_of(application).close()


# --- time-driven work and health -----------------------------------------------------------------------------


async def test_a_failing_bulk_read_job_fails_alone(
    bulk: httpx.AsyncClient, crm: httpx.AsyncClient, client: httpx.AsyncClient, backend: Backend
) -> None:
    """A record holding a lone surrogate (only code that bypasses HTTP can store one now) makes the
    export fail: the job is FAILED with a reason, and every route, the token endpoint included,
    keeps answering."""
    lead = next(iter(backend.store("crm").records["Leads"].values()))
    lead.values["Last_Name"] = "\ud800"
    backend.store("crm").cache.clear()
    job = (await bulk.post("/read", json={"query": {"module": "Leads", "fields": ["Last_Name"]}})).json()
    job_id = job["data"][0]["details"]["id"]
    await client.post("/_emulator/clock", json={"advance": 10})
    view = (await bulk.get(f"/read/{job_id}")).json()["data"][0]
    assert view["state"] == "FAILED" and "could not be written" in view["failure_reason"]
    assert "result" not in view
    assert (await bulk.get(f"/read/{job_id}/result")).status_code == 404
    assert (await client.post("/oauth/v2/token", data=TOKEN_FORM)).status_code == 200
    assert (await crm.get("/Contacts")).status_code == 200
    assert backend.tick_failures == {}
    await client.post("/_emulator/reset")


async def test_a_failing_tick_degrades_health_but_not_requests(
    client: httpx.AsyncClient, crm: httpx.AsyncClient, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = backend.store("crm_bulk")

    def broken(now: Any) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "tick", broken)
    assert (await crm.get("/Leads")).status_code == 200
    assert (await client.post("/oauth/v2/token", data=TOKEN_FORM)).status_code == 200
    health = (await client.get("/_emulator/health")).json()
    assert health["status"] == "degraded"
    assert health["problems"]["tick_failures"] == {"crm_bulk": "RuntimeError: disk on fire"}
    monkeypatch.undo()
    assert (await crm.get("/Leads")).status_code == 200
    assert (await client.get("/_emulator/health")).json()["status"] == "ok"


async def test_health_reports_server_errors(client: httpx.AsyncClient, backend: Backend) -> None:
    backend.server_errors.append("GET /crm/v2/Leads\nTraceback ...")
    health = (await client.get("/_emulator/health")).json()
    assert health["status"] == "degraded" and health["problems"]["server_errors"] == 1
    await client.post("/_emulator/reset")


# --- the problems log ---------------------------------------------------------------------------------------


def test_problem_log_keeps_a_recent_window() -> None:
    log = RecentLog()
    for number in range(5000):
        log.append(f"error {number}\n" + "x" * 1500)
    assert len(log) == PROBLEM_WINDOW and log.dropped == 5000 - PROBLEM_WINDOW
    assert log[0].startswith(f"error {5000 - PROBLEM_WINDOW}\n") and log[-1].startswith("error 4999\n")
    log.extend(["tail " + "y" * (3 * PROBLEM_ENTRY_CHARS)])
    assert len(log) == PROBLEM_WINDOW and len(log[-1]) <= PROBLEM_ENTRY_CHARS + 32
    assert log[-1].startswith("tail ") and log[-1].endswith("y")
    log.clear()
    assert log == [] and log.dropped == 0


async def test_problems_stay_bounded_in_the_app(client: httpx.AsyncClient, backend: Backend) -> None:
    for number in range(3 * PROBLEM_WINDOW):
        backend.response_problems.extend([f"mismatch {number}"])
    listed = (await client.get("/_emulator/problems")).json()["response_problems"]
    assert len(listed) == PROBLEM_WINDOW and listed[-1] == f"mismatch {3 * PROBLEM_WINDOW - 1}"
    await client.post("/_emulator/reset")


# --- names that a header cannot carry as they are ----------------------------------------------------------


@pytest.mark.parametrize("name", ["€ terms.pdf", "x\u2028y.pdf", "naïve.pdf", "日本語.pdf", "semi;colon=.pdf"])
async def test_attachment_names_of_any_script_download(name: str, crm: httpx.AsyncClient) -> None:
    """The download's Content-Disposition carries an ASCII fallback and the exact UTF-8 name (RFC 6266)."""
    deal = (await crm.get("/Deals")).json()["data"][0]["id"]
    uploaded = await crm.post(f"/Deals/{deal}/Attachments", files={"file": (name, b"%PDF-1.4", "application/pdf")})
    assert uploaded.status_code == 200, uploaded.text
    attachment = uploaded.json()["data"][0]["details"]["id"]
    download = await crm.get(f"/Deals/{deal}/Attachments/{attachment}")
    assert download.status_code == 200 and download.content == b"%PDF-1.4"
    disposition = download.headers["content-disposition"]
    assert disposition.isascii() and disposition.startswith('attachment; filename="')
    if name.isascii():
        assert disposition == f'attachment; filename="{name}"'
    else:
        exact = disposition.split("filename*=UTF-8''", 1)[1]
        assert unquote(exact) == name
