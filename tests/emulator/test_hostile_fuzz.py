"""Property: no request makes the emulator answer 500. Random bytes, random JSON (lone surrogates,
NaN, deep nesting included) and random strings go into the body, the path parameters and the
query of every route, over real HTTP to a served emulator; afterwards ``/_emulator/problems`` is
empty. Example counts are bounded so each property runs in a few seconds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zohokit_emulator import EmulatorServer
from zohokit_emulator.core.routing import Route

NO_PROBLEMS: dict[str, list[str]] = {"response_problems": [], "server_errors": []}
EXCLUDED = {("POST", "/_emulator/crm/seed")}
"""The load-test route inserts up to a million records per call: bounded, but not in seconds."""
FUZZ = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer() as running:
        yield running


@pytest.fixture(scope="module")
def http(server: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30, trust_env=False) as client:
        token = client.post("/_emulator/tokens").json()["access_token"]
        client.headers["Authorization"] = f"Zoho-oauthtoken {token}"
        yield client


CONNECT_AUTH: dict[str, str] = {}
"""The Authorization header for Connect routes, minted for each test."""


@pytest.fixture(autouse=True)
def no_problems(http: httpx.Client) -> Iterator[None]:
    CONNECT_AUTH["Authorization"] = "Bearer " + http.post("/_emulator/connect/tokens", json={}).json()["access_token"]
    yield
    assert http.get("/_emulator/problems").json() == NO_PROBLEMS
    assert http.get("/_emulator/health").json()["status"] == "ok"
    http.post("/_emulator/reset")
    http.headers["Authorization"] = f"Zoho-oauthtoken {http.post('/_emulator/tokens').json()['access_token']}"


def routes_of(server: EmulatorServer) -> list[Route]:
    dispatcher: Any = server.app.router.default
    return [r for r in dispatcher.table.routes if (r.method, r.template.template) not in EXCLUDED]


WORDS = ["Leads", "Contacts", "Deals", "Candidates", "Products", "1", "3652397000000186017", "Spring2019", ""]
KEYS = ["data", "query", "Last_Name", "Company", "status", "fields", "criteria", "watch", "tags", "id", "page"]
PARAMS = ["page", "per_page", "fields", "ids", "criteria", "sort_by", "sort_order", "cvid", "converted", "word"]

any_text = st.text(alphabet=st.characters(codec=None), max_size=40)
"""Any code points, lone surrogates included (they travel as JSON escapes)."""
wire_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60)
"""Text a URL can carry (UTF-8 encodable)."""
segment = st.one_of(st.sampled_from(WORDS), wire_text.filter(lambda t: "/" not in t and t not in (".", "..")))
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    any_text,
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), any_text), inner, max_size=4),
    ),
    max_leaves=20,
)
content_types = st.sampled_from(
    [
        None,
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "application/octet-stream",
        "multipart/form-data; boundary=xyz",
        "multipart/form-data",
        "image/png",
    ]
)


def path_for(route: Route, values: list[str]) -> str:
    """The route's template with its parameters replaced by ``values`` (percent-encoded)."""
    parts = []
    remaining = iter(values)
    for piece in route.template.template.split("/"):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(quote(next(remaining, "x"), safe=""))
        else:
            parts.append(piece)
    return "/".join(parts)


def send(http: httpx.Client, route: Route, path_values: list[str], **request: Any) -> httpx.Response:
    """One request with the token the route's API takes (Zoho's by default, Connect's bearer)."""
    if route.auth == "connect":
        request["headers"] = {**request.get("headers", {}), **CONNECT_AUTH}
    response = http.request(route.method, path_for(route, path_values), **request)
    assert response.status_code < 500, (route.method, path_for(route, path_values), request, response.text[:300])
    return response


@FUZZ
@given(data=st.data(), body=st.binary(max_size=300), content_type=content_types)
def test_random_bytes_bodies_never_answer_500(
    server: EmulatorServer, http: httpx.Client, data: st.DataObject, body: bytes, content_type: str | None
) -> None:
    route = data.draw(st.sampled_from(routes_of(server)))
    values = data.draw(st.lists(segment, min_size=4, max_size=4))
    headers = {"Content-Type": content_type} if content_type else {}
    send(http, route, values, content=body, headers=headers)


@FUZZ
@given(data=st.data(), value=json_values, depth=st.sampled_from([0, 0, 0, 40, 5000]))
def test_random_json_bodies_never_answer_500(
    server: EmulatorServer, http: httpx.Client, data: st.DataObject, value: Any, depth: int
) -> None:
    route = data.draw(st.sampled_from(routes_of(server)))
    values = data.draw(st.lists(segment, min_size=4, max_size=4))
    # ensure_ascii turns lone surrogates into \\udxxx escapes; allow_nan writes NaN and Infinity.
    text = "[" * depth + json.dumps(value, ensure_ascii=True, allow_nan=True) + "]" * depth
    send(http, route, values, content=text.encode("ascii"), headers={"Content-Type": "application/json"})


@FUZZ
@given(
    data=st.data(),
    query=st.dictionaries(st.one_of(st.sampled_from(PARAMS), wire_text), wire_text, max_size=5),
    form=st.booleans(),
)
def test_random_strings_in_parameters_never_answer_500(
    server: EmulatorServer, http: httpx.Client, data: st.DataObject, query: dict[str, str], form: bool
) -> None:
    route = data.draw(st.sampled_from(routes_of(server)))
    values = data.draw(st.lists(segment, min_size=4, max_size=4))
    if form and route.method not in ("GET", "DELETE"):
        send(http, route, values, data=query)
    else:
        send(http, route, values, params=query)


@FUZZ
@given(
    data=st.data(),
    criteria=st.lists(
        st.sampled_from(["(", ")", "\\", ":", ",", " and ", " or ", "Last_Name", "equals", "in", "x", " "]), max_size=60
    ).map("".join),
)
def test_random_search_criteria_never_answer_500(http: httpx.Client, data: st.DataObject, criteria: str) -> None:
    module = data.draw(st.sampled_from(["Leads", "Contacts", "Deals"]))
    response = http.get(f"/crm/v2/{module}/search", params={"criteria": criteria})
    assert response.status_code in (200, 204, 400), response.text[:300]
    if response.status_code == 400:
        assert response.json()["code"] in ("INVALID_QUERY", "INVALID_DATA", "REQUIRED_PARAM_MISSING")


def test_the_fuzzed_routes_cover_every_api(server: EmulatorServer) -> None:
    """The properties above draw from the whole route table: every API is in it."""
    bases = {r.template.template.split("/")[1] for r in routes_of(server)}
    assert {"crm", "recruit", "bigin", "oauth", "v1", "capi", "_emulator", "user"} <= bases


@FUZZ
@given(name=wire_text.filter(bool), media_type=st.sampled_from(["application/pdf", "text/plain", "image/png", "x/y"]))
def test_random_attachment_names_upload_and_download(http: httpx.Client, name: str, media_type: str) -> None:
    deal = http.get("/crm/v2/Deals").json()["data"][0]["id"]
    uploaded = http.post(f"/crm/v2/Deals/{deal}/Attachments", files={"file": (name, b"data", media_type)})
    assert uploaded.status_code < 500, uploaded.text[:300]
    if uploaded.status_code == 200:
        attachment = uploaded.json()["data"][0]["details"]["id"]
        download = http.get(f"/crm/v2/Deals/{deal}/Attachments/{attachment}")
        assert download.status_code == 200 and download.content == b"data"
