"""Every request example of every spec is accepted by a fresh emulator.

A spec's examples are sample requests a reader may copy: each must name objects the emulator
starts with and be a request the API accepts. Examples of one sample request share a name across
parameters and body (``record_id: getRecord`` with ``module_api_name: getRecord``), the way
schemathesis pairs them. For every operation of every bundled spec this builds one request per
example name used by the operation:

- each parameter takes its example of that name, else its first example, else (when required) a
  value built from its schema (example, default or first enum value); an optional parameter whose
  examples all have names joins only the requests of those names (the ``If-Modified-Since`` sample
  makes a list answer 304 when nothing changed, so it does not ride along with the other samples);
- the body is the body example of that name, else the first one. An operation whose required
  body has no example is not sent (its parameters' examples are shared with operations that are).

Each request goes to an emulator reset to its seeded state, with a valid token (a sample of
another Zoho edition first switches the emulator's org to it, see ``ORG_SETUPS``). It is accepted
when answered 2xx with no refused item (a multi-record result with ``status: error``, or Zoho
Accounts' HTTP-200 ``{"error": ...}``); an operation that documents a redirect (Zoho Accounts'
authorization request) is also accepted when it redirects without an ``error``. Shared
parameters carry the samples of several operations (a record id of the convert sample is not a
record with an attachment), so the checks are: every example is accepted in at least one operation
that uses it, and every operation accepts at least one of its example requests.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.spec_files import api_names, load_dist, operations, resolve
from zohokit_emulator import EmulatorConfig, backend_of, create_app
from zohokit_emulator.config import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_CONNECT_CLIENT_ID,
    DEFAULT_CONNECT_CLIENT_SECRET,
    DEFAULT_REFRESH_TOKEN,
)

ORIGIN = "http://127.0.0.1"
CONNECT_REDIRECT_URI = "http://localhost:8765/connect/callback"


class NoExample(Exception):
    """A required value has no example, default or enum to take it from."""


@dataclass
class ExampleRequest:
    api: str
    operation_id: str
    example: str
    """Which example this request is built around (``path.record_id=getRecord``, ``body=...``)."""
    method: str
    path: str
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    media_type: str | None = None
    schemes: tuple[str, ...] = ()
    redirects: bool = False
    """The operation's success is a redirect (it documents a 3xx and no 2xx answer)."""
    problem: str | None = None
    """Why no request could be built (a required value without an example)."""
    uses: set[str] = field(default_factory=set)
    """The examples this request is made of (``crm path.record_id=getRecord``, ``crm body createToken=...``)."""

    @property
    def name(self) -> str:
        return f"{self.api}.{self.operation_id}[{self.example}]"


def _named_examples(document: dict[str, Any], holder: dict[str, Any]) -> list[tuple[str | None, Any]]:
    """The examples of a parameter or media type, named, in the spec's order."""
    found: list[tuple[str | None, Any]] = []
    for name, example in (holder.get("examples") or {}).items():
        example = resolve(document, example)
        if "value" in example:
            found.append((name, example["value"]))
    if "example" in holder:
        found.append((None, holder["example"]))
    schema = resolve(document, holder.get("schema", {}))
    if not found and isinstance(schema, dict) and "example" in schema:
        found.append((None, schema["example"]))
    return found


def example_instance(document: dict[str, Any], schema: Any) -> Any:
    """A value for a required parameter without examples: the schema's example, default or first
    enum value."""
    schema = resolve(document, schema)
    for key in ("example", "default"):
        if isinstance(schema, dict) and key in schema:
            return schema[key]
    if isinstance(schema, dict) and schema.get("enum"):
        return schema["enum"][0]
    raise NoExample


def _pick(examples: list[tuple[str | None, Any]], name: str | None) -> Any:
    for example_name, value in examples:
        if name is not None and example_name == name:
            return value
    return examples[0][1]


@dataclass
class Operation:
    """What one operation's example requests are built from."""

    document: dict[str, Any]
    api: str
    operation_id: str
    method: str
    path: str
    schemes: tuple[str, ...]
    parameters: dict[tuple[str, str], dict[str, Any]]
    param_examples: dict[tuple[str, str], list[tuple[str | None, Any]]]
    media_type: str | None
    body_examples: list[tuple[str | None, Any]]
    body_required: bool
    redirects: bool = False

    def build(self, label: str, name: str | None, override: tuple[Any, Any] | None) -> ExampleRequest:
        """The request of sample ``name`` (or with one unnamed example ``override`` in its place)."""
        request = ExampleRequest(
            self.api, self.operation_id, label, self.method, self.path, schemes=self.schemes, redirects=self.redirects
        )
        for key, param in self.parameters.items():
            examples = self.param_examples[key]
            if override is not None and override[0] == key:
                value = override[1]
            elif examples and _joins_only_its_own(param, examples) and name not in {n for n, _ in examples}:
                continue
            elif examples:
                value = _pick(examples, name)
            elif param.get("required"):
                value = example_instance(self.document, param.get("schema", {}))
            else:
                continue
            if examples:
                request.uses.add(_example_key(self.api, key, _name_of(examples, value)))
            location, param_name = key
            if location == "path":
                request.path = request.path.replace("{" + param_name + "}", str(value))
            elif location == "query":
                request.query[param_name] = _query_value(value)
            elif location == "header":
                request.headers[param_name] = str(value)
        if self.media_type is not None and self.body_examples:
            request.media_type = self.media_type
            use_override = override is not None and override[0] == "body"
            request.body = override[1] if use_override and override else _pick(self.body_examples, name)
            key = ("body", self.operation_id)
            request.uses.add(_example_key(self.api, key, _name_of(self.body_examples, request.body)))
        return request

    def requests(self) -> Iterator[ExampleRequest]:
        names = list(
            dict.fromkeys(
                [name for examples in self.param_examples.values() for name, _ in examples if name is not None]
                + [name for name, _ in self.body_examples if name is not None]
            )
        )
        variants: list[tuple[str, str | None, tuple[Any, Any] | None]] = [
            (f"sample {name}", name, None) for name in names
        ]
        # Unnamed examples (a parameter's single `example`) ride along with the first sample; any
        # further unnamed value gets a request of its own.
        variants += [
            (f"{key[0]}.{key[1]}={value}", None, (key, value))
            for key, examples in self.param_examples.items()
            for example_name, value in examples[1:]
            if example_name is None
        ]
        variants += [
            (f"body {value!r:.40}", None, ("body", value)) for name, value in self.body_examples[1:] if name is None
        ]
        if self.media_type and self.body_required and not self.body_examples:
            return  # no sample request to send: its parameters' examples are sent by the other operations
        for label, example_name, override in variants or [("plain", None, None)]:
            try:
                request = self.build(label, example_name, override)
            except NoExample:
                request = ExampleRequest(self.api, self.operation_id, label, self.method, self.path)
                request.problem = "a required parameter has no example, default or enum value"
            yield request


def _joins_only_its_own(param: dict[str, Any], examples: list[tuple[str | None, Any]]) -> bool:
    """An optional parameter whose examples all have names goes only into requests of those names."""
    return not param.get("required") and all(name is not None for name, _ in examples)


def example_requests(api: str) -> Iterator[ExampleRequest]:
    document = load_dist(api)
    base = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
    global_security = document.get("security", [])
    for method, path, operation in operations(document):
        item = document["paths"][path]
        parameters = {}
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            param = resolve(document, raw)
            parameters[(param["in"], param["name"])] = param
        body: dict[str, Any] = resolve(document, operation.get("requestBody") or {})
        content: dict[str, dict[str, Any]] = body.get("content") or {}
        media_type: str | None = next(iter(content), None)
        media: dict[str, Any] = content[media_type] if media_type is not None else {}
        body_examples = _named_examples(document, media) if media_type else []
        yield from Operation(
            document=document,
            api=api,
            operation_id=operation["operationId"],
            method=method,
            path=base + path,
            schemes=tuple(name for req in operation.get("security", global_security) for name in req),
            parameters=parameters,
            param_examples={key: _named_examples(document, param) for key, param in parameters.items()},
            media_type=media_type,
            body_examples=body_examples,
            body_required=bool(body.get("required")),
            redirects=_answers_with_a_redirect(operation),
        ).requests()


def _answers_with_a_redirect(operation: dict[str, Any]) -> bool:
    """Whether the operation documents a redirect as an answer (Accounts' consent step redirects
    to the client, or first shows its consent screen with 200)."""
    return any(str(status).startswith("3") for status in operation.get("responses", {}))


def _name_of(examples: list[tuple[str | None, Any]], value: Any) -> str:
    return next((str(name) for name, candidate in examples if candidate == value and name is not None), repr(value))


def _example_key(api: str, key: tuple[str, str], name: str) -> str:
    return f"{api} {key[0]}.{key[1]}={name}"


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


ALL = [request for api in api_names() for request in example_requests(api)]


# --- the emulator --------------------------------------------------------------------------------

ORG_SETUPS: dict[str, tuple[str, dict[str, Any]]] = {
    "recruit body.changeSubmissionStatus=staffingAgencyEdition": (
        "/_emulator/recruit/settings",
        {"edition": "staffing_agency"},
    ),
}
"""Samples of another edition of a Zoho product, and the control request (PATCH, until the next
reset) that gives the emulator's org that edition: the emulator's Recruit org is a Corporate HR
edition, this sample reviews a submission in a Staffing Agency one."""

PREREQUISITES: dict[str, tuple[str, str, str]] = {
    "crm query.channel_id=sample": ("crm", "enableNotifications", "channels"),
    "crm query.channel_ids=sample": ("crm", "enableNotifications", "channels"),
}
"""Samples naming what a client makes, and the sample request (api, operation, example name) that
makes it, sent first: notification channels are a client's subscriptions (they expire within a day
of being made), so a fresh org has none, and the subscribing sample makes the channels the reading
and unsubscribing samples name."""


def _prerequisite(api: str, operation_id: str, example: str) -> ExampleRequest:
    return next(r for r in ALL if (r.api, r.operation_id, r.example) == (api, operation_id, f"sample {example}"))


class Emulator:
    def __init__(self) -> None:
        self.app = create_app(EmulatorConfig())

    async def send(self, request: ExampleRequest) -> httpx.Response:
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as client:
            (await client.post("/_emulator/reset")).raise_for_status()
            for key in sorted(request.uses & ORG_SETUPS.keys()):
                path, settings = ORG_SETUPS[key]
                (await client.patch(path, json=settings)).raise_for_status()
            made_first = dict.fromkeys(PREREQUISITES[key] for key in sorted(request.uses & PREREQUISITES.keys()))
            for prerequisite in made_first:
                (await self._send(client, _prerequisite(*prerequisite))).raise_for_status()
            return await self._send(client, request)

    async def _send(self, client: httpx.AsyncClient, request: ExampleRequest) -> httpx.Response:
        headers = dict(request.headers)
        authorization = await self._authorization(client, request.schemes)
        if authorization:
            headers["Authorization"] = authorization
        kwargs: dict[str, Any] = {"params": request.query, "headers": headers}
        if request.media_type == "application/json":
            kwargs["content"] = json.dumps(request.body).encode()
            headers["Content-Type"] = "application/json"
        elif request.media_type == "application/x-www-form-urlencoded":
            kwargs["data"] = request.body
        elif request.media_type == "multipart/form-data":
            kwargs["files"] = {k: (k, str(v).encode()) for k, v in (request.body or {}).items()}
        return await client.request(request.method, request.path, **kwargs)

    async def _authorization(self, client: httpx.AsyncClient, schemes: tuple[str, ...]) -> str | None:
        if "zohoOAuth" in schemes:
            form = {
                "grant_type": "refresh_token",
                "client_id": DEFAULT_CLIENT_ID,
                "client_secret": DEFAULT_CLIENT_SECRET,
                "refresh_token": DEFAULT_REFRESH_TOKEN,
            }
            token: str = (await client.post("/oauth/v2/token", data=form)).json()["access_token"]
            return "Zoho-oauthtoken " + token
        if "Authorization_Code" in schemes or "Client_Credentials" in schemes:
            authorize = await client.get(
                "/user/oauth/authorize",
                params={
                    "response_type": "code",
                    "client_id": DEFAULT_CONNECT_CLIENT_ID,
                    "redirect_uri": CONNECT_REDIRECT_URI,
                    "state": "examples",
                },
            )
            code = parse_qs(urlsplit(authorize.headers["location"]).query)["code"][0]
            form = {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": CONNECT_REDIRECT_URI,
                "client_id": DEFAULT_CONNECT_CLIENT_ID,
                "client_secret": DEFAULT_CONNECT_CLIENT_SECRET,
            }
            connect_token: str = (await client.post("/user/oauth/token", data=form)).json()["access_token"]
            return "Bearer " + connect_token
        return None


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    emulator = Emulator()
    yield emulator
    backend_of(emulator.app).close()


def _refusals(body: Any) -> list[Any]:
    """Refused items of a 2xx answer: per-record results with ``status: error`` (one level or two
    deep), or Zoho Accounts' ``{"error": ...}``."""
    if not isinstance(body, dict):
        return []
    if "error" in body and isinstance(body["error"], str):
        return [body]
    refused = []
    for value in body.values():
        for item in value if isinstance(value, list) else []:
            for row in item if isinstance(item, list) else [item]:
                if isinstance(row, dict) and row.get("status") == "error":
                    refused.append(row)
    return refused


def _redirects_without_error(response: httpx.Response) -> bool:
    """A redirect whose target carries no ``error`` (Zoho Accounts' consent step redirects with
    ``code`` on success and ``error`` on a refusal)."""
    location = response.headers.get("location", "")
    return 300 <= response.status_code < 400 and bool(location) and "error" not in parse_qs(urlsplit(location).query)


@dataclass
class Outcome:
    request: ExampleRequest
    accepted: bool
    answer: str


@pytest.fixture(scope="module")
def outcomes(emulator: Emulator) -> list[Outcome]:
    """Every example request, sent once."""
    results = []
    # A loop of its own: asyncio.run would unset the thread's current loop (one pytest-asyncio keeps
    # for the async tests), leaving it to be collected unclosed.
    with asyncio.Runner(loop_factory=asyncio.new_event_loop) as runner:
        for request in ALL:
            results.append(_outcome(request, runner, emulator))
    return results


def _outcome(request: ExampleRequest, runner: asyncio.Runner, emulator: Emulator) -> Outcome:
    if request.problem is not None:
        return Outcome(request, False, request.problem)
    response = runner.run(emulator.send(request))
    is_json = response.headers.get("content-type", "").startswith("application/json")
    body = response.json() if is_json and response.content else None
    accepted = (200 <= response.status_code < 300 and not _refusals(body)) or (
        request.redirects and _redirects_without_error(response)
    )
    answer = f"{request.method} {request.path} {request.query} -> {response.status_code} {response.text[:300]}"
    return Outcome(request, accepted, answer)


FIELD_TYPES = (
    "one value of each field data type, gathered from the documentation's table of field samples into"
    " one record of custom fields (Single_Line_1, Lookup, ...): it is no module's record, and lacks the"
    " mandatory fields of every module (a custom module's Name included)"
)
KNOWN_EXAMPLES = {
    "crm body.insertRecords=fieldTypes": FIELD_TYPES,
}
"""Examples not accepted, and why. Each is an expected failure that must fail (strict): when one
starts to pass, take it off this list."""
KNOWN_OPERATIONS: dict[tuple[str, str], str] = {}


def _known(value: Any, reason: str | None) -> Any:
    return pytest.param(value, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else value


EXAMPLE_KEYS = sorted({key for request in ALL for key in request.uses})
OPERATIONS = sorted({(request.api, request.operation_id) for request in ALL})


@pytest.mark.parametrize("key", [_known(key, KNOWN_EXAMPLES.get(key)) for key in EXAMPLE_KEYS], ids=EXAMPLE_KEYS)
def test_example_is_accepted_in_a_request(outcomes: list[Outcome], key: str) -> None:
    tried = [outcome for outcome in outcomes if key in outcome.request.uses]
    assert any(outcome.accepted for outcome in tried), "\n".join(outcome.answer for outcome in tried)


@pytest.mark.parametrize(
    "operation",
    [_known(operation, KNOWN_OPERATIONS.get(operation)) for operation in OPERATIONS],
    ids=[f"{api}.{op}" for api, op in OPERATIONS],
)
def test_operation_accepts_one_of_its_example_requests(outcomes: list[Outcome], operation: tuple[str, str]) -> None:
    tried = [o for o in outcomes if (o.request.api, o.request.operation_id) == operation]
    assert any(outcome.accepted for outcome in tried), "\n".join(outcome.answer for outcome in tried)


def test_known_failures_name_real_examples() -> None:
    assert set(KNOWN_EXAMPLES) <= set(EXAMPLE_KEYS)
    assert set(KNOWN_OPERATIONS) <= set(OPERATIONS)
    assert set(ORG_SETUPS) | set(PREREQUISITES) <= set(EXAMPLE_KEYS)
    for prerequisite in PREREQUISITES.values():
        _prerequisite(*prerequisite)  # raises StopIteration when the spec has no such sample


def test_every_operation_with_examples_is_sent() -> None:
    """An operation is left out only when its required body has no example."""
    for api in api_names():
        document = load_dist(api)
        sent = {op for sent_api, op in OPERATIONS if sent_api == api}
        for _, _, operation in operations(document):
            body = resolve(document, operation.get("requestBody") or {})
            media: dict[str, Any] = next(iter((body.get("content") or {}).values()), {})
            unsendable = body.get("required") and not _named_examples(document, media)
            assert (operation["operationId"] in sent) != bool(unsendable), operation["operationId"]
