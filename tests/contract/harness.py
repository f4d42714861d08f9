"""The contract suite's machinery: one in-process emulator per API, its tokens, and the schemathesis
configuration every ``test_<api>.py`` module shares.

Each module loads ``spec/dist/<api>.yaml`` with ``ContractSuite(api)``, points schemathesis at a fresh
emulator app (its ASGI path, no socket) and gets two tests: ``test_operation`` (the examples,
coverage and fuzzing phases for every operation, one pytest item per operation) and a stateful
``TestCase`` that follows the spec's links.

Every generated case starts from the seeded state: the emulator is reset before each example and
each stateful scenario (a reset is ~1 ms), and the case gets a token minted after that reset, so a
run never depends on what an earlier example created, deleted or spent (API credits, download
limits). Tokens come from the emulator's own OAuth endpoints: the Zoho refresh-token grant with the
default client, and ConnectID's client-credentials and authorization-code grants.

``ZOHOKIT_FUZZ=deep`` (``make fuzz``) selects the deep profile: many more examples per operation
and longer stateful runs. Both profiles are deterministic (derandomized Hypothesis, a fixed
schemathesis seed) and never write an example database.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import hypothesis
import schemathesis
from schemathesis import APIOperation, BaseSchema, Case, CheckContext, Response
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.stateful.state_machine import APIStateMachine
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import positive_data_acceptance, use_after_free
from zoho_refusals import documented_rule, names_missing_object, refusal_items

from tests.spec_files import DIST_DIR
from zohokit_emulator import EmulatorConfig, backend_of, create_app
from zohokit_emulator.config import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_CONNECT_CLIENT_ID,
    DEFAULT_CONNECT_CLIENT_SECRET,
    DEFAULT_REFRESH_TOKEN,
)

FUZZ_ENV = "ZOHOKIT_FUZZ"
SEED = 20240229
"""schemathesis's own seed (coverage-phase choices, stateful rule order); Hypothesis is derandomized."""
TOKEN_LIFETIME = 7 * 24 * 3600
"""Access tokens outlive any run (the emulator's default is Zoho's hour)."""
KNOWN_VALUE_PROBABILITY = 0.5
"""How often generation takes a value that exists in the emulator instead of an arbitrary one."""
ORIGIN = "http://emulator.contract"
CONNECT_REDIRECT_URI = "http://localhost:8765/connect/callback"


@dataclass(frozen=True)
class Profile:
    """How hard one run fuzzes."""

    name: str
    max_examples: int
    """Hypothesis examples of the fuzzing phase, per operation."""
    stateful_examples: int
    """Scenarios (Hypothesis examples) of each API's state machine."""
    stateful_steps: int
    """At most this many calls per scenario."""


PROFILES = {
    "quick": Profile("quick", max_examples=12, stateful_examples=12, stateful_steps=6),
    "deep": Profile("deep", max_examples=70, stateful_examples=90, stateful_steps=10),
}


def profile() -> Profile:
    name = os.environ.get(FUZZ_ENV, "quick").strip().lower() or "quick"
    if name not in PROFILES:
        raise ValueError(f"{FUZZ_ENV}={name!r}: expected one of {', '.join(PROFILES)}")
    return PROFILES[name]


# --- the emulator and its tokens -----------------------------------------------------------------


class Emulator:
    """A fresh emulator app (its own state) and a synchronous in-process client for its control and
    OAuth endpoints."""

    def __init__(self) -> None:
        self.app = create_app(
            EmulatorConfig(settings={"access_token_lifetime": TOKEN_LIFETIME}, control_hosts=(httpx.URL(ORIGIN).host,))
        )
        self.backend = backend_of(self.app)
        self._tokens: dict[str, str] = {}

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One call to the app over ``httpx.ASGITransport``, from the synchronous tests."""

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as client:
                return await client.request(method, path, **kwargs)

        return asyncio.run(send())

    def reset(self) -> None:
        """Everything back to the seeded state (``POST /_emulator/reset``); tokens are minted anew."""
        response = self.request("POST", "/_emulator/reset")
        response.raise_for_status()
        self._tokens.clear()

    def token(self, kind: str) -> str:
        """An access token of ``kind`` (``zoho``, ``connect-client``, ``connect-user``), valid until the
        next reset."""
        if kind not in self._tokens:
            mint = {"zoho": self._zoho, "connect-client": self._connect_client, "connect-user": self._connect_user}
            self._tokens[kind] = mint[kind]()
        return self._tokens[kind]

    def _token_response(self, path: str, form: dict[str, str]) -> str:
        response = self.request("POST", path, data=form)
        body = response.json()
        if response.status_code != 200 or "access_token" not in body:
            raise RuntimeError(f"the emulator refused a token at {path}: {response.status_code} {body}")
        token: str = body["access_token"]
        return token

    def _zoho(self) -> str:
        return self._token_response(
            "/oauth/v2/token",
            {
                "grant_type": "refresh_token",
                "client_id": DEFAULT_CLIENT_ID,
                "client_secret": DEFAULT_CLIENT_SECRET,
                "refresh_token": DEFAULT_REFRESH_TOKEN,
            },
        )

    def _connect_client(self) -> str:
        return self._token_response(
            "/user/oauth/token",
            {
                "grant_type": "client_credentials",
                "client_id": DEFAULT_CONNECT_CLIENT_ID,
                "client_secret": DEFAULT_CONNECT_CLIENT_SECRET,
            },
        )

    def _connect_user(self) -> str:
        """The authorization-code grant as the default ConnectID user (the recruiter of the samples)."""
        response = self.request(
            "GET",
            "/user/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": DEFAULT_CONNECT_CLIENT_ID,
                "redirect_uri": CONNECT_REDIRECT_URI,
                "state": "contract",
            },
        )
        location = response.headers.get("location", "")
        codes = parse_qs(urlsplit(location).query).get("code")
        if response.status_code != 302 or not codes:
            raise RuntimeError(f"ConnectID authorization did not redirect with a code: {response.status_code}")
        return self._token_response(
            "/user/oauth/token",
            {
                "grant_type": "authorization_code",
                "code": codes[0],
                "redirect_uri": CONNECT_REDIRECT_URI,
                "client_id": DEFAULT_CONNECT_CLIENT_ID,
                "client_secret": DEFAULT_CONNECT_CLIENT_SECRET,
            },
        )

    def read(self, path: str, **params: Any) -> Any:
        """``GET path`` with the Zoho token: the JSON body, or ``{}`` for an empty answer (204)."""
        headers = {"Authorization": f"Zoho-oauthtoken {self.token('zoho')}"}
        response = self.request("GET", path, params=params, headers=headers)
        response.raise_for_status()
        return response.json() if response.content else {}

    def fixtures(self) -> dict[str, Any]:
        """The seeded ids the emulator names for tests (``GET /_emulator/fixtures``)."""
        body: dict[str, Any] = self.request("GET", "/_emulator/fixtures").json()
        return body

    def server_errors(self) -> list[str]:
        """Tracebacks of unexpected exceptions since the last reset (the emulator answered 500)."""
        return list(self.backend.server_errors)


def default_negative_statuses() -> list[str]:
    """The statuses ``negative_data_rejection`` accepts by default (400, 401, 403, 404, 422...)."""
    return list(SchemathesisConfig().projects.get_default().checks.negative_data_rejection.expected_statuses)


# --- auth per operation --------------------------------------------------------------------------

SCHEME_TOKENS = {
    "zohoOAuth": ("zoho", "Zoho-oauthtoken"),
    "Client_Credentials": ("connect-client", "Bearer"),
    "Authorization_Code": ("connect-user", "Bearer"),
}
"""Security scheme of the specs → the emulator token that satisfies it and its header prefix."""


def security_schemes(operation: APIOperation) -> list[str]:
    """The schemes the operation accepts (any one is enough), in the spec's order."""
    raw = operation.definition.raw
    requirements = raw.get("security", operation.schema.raw_schema.get("security")) or []
    names: list[str] = []
    for requirement in requirements:
        for name in requirement:
            if name not in names:
                names.append(name)
    return names


# --- the suite -----------------------------------------------------------------------------------


@dataclass
class ContractSuite:
    """schemathesis against the emulator for one bundled spec.

    Every operation gets schemathesis's ``positive_data_acceptance`` check through
    ``positive_data_accepted``, with one documented Zoho rule a schema cannot express: a request that
    names an object the org does not have (a record, module, tag, channel, campaign... id) is refused
    with 400 (``INVALID_DATA`` "the id given seems to be invalid", ``INVALID_MODULE``...), not 404.
    The few operations with a further documented rule of their own state it in the spec
    (``x-zoho-rule``, read by ``zoho_refusals.documented_rule``): for them the check is off, every
    other check stays on.
    """

    api: str
    refusal_statuses: dict[str, str] = field(default_factory=dict)
    """operationId → the 2xx status Zoho answers a refused request with, for the operations that
    report refusals in the body: ``202`` (multi-record writes: one error result per refused
    record) and ``200`` (Zoho Accounts: ``{"error": ...}``). ``negative_data_rejection`` accepts
    that status there; ``refusal_reported`` checks that a 202 does name a refused record."""
    base_url: str | None = None
    """Overrides the spec's server (Connect's spec sits under ``/capi``; the emulator serves ``/v1`` at
    the root)."""
    known_values: Callable[[Emulator], dict[str, list[Any]]] | None = None
    """Values that exist in the seeded emulator (module names, record ids, campaign codes...) by
    schemathesis parameter key (``path.record_id``, ``query.module``, ``body.query.module``).
    Generation draws from them half of the time, so successful answers (and the links that start
    from them) get checked as well as refusals of values that do not exist."""
    settings: Profile = field(default_factory=profile)
    emulator: Emulator = field(init=False)
    schema: BaseSchema = field(init=False)
    _auth_confirmed: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.emulator = Emulator()
        self.emulator.reset()
        known = self.known_values(self.emulator) if self.known_values is not None else {}
        schema = schemathesis.openapi.from_path(DIST_DIR / f"{self.api}.yaml", config=self._config(known))
        schema.app = self.emulator.app
        self.schema = schema

    def _config(self, known: dict[str, list[Any]]) -> SchemathesisConfig:
        generation = {
            "mode": "all",
            "max-examples": self.settings.max_examples,
            "deterministic": True,
            "database": "none",
        }
        project: dict[str, Any] = {
            "seed": SEED,
            # The emulator runs in-process: the crash cache and reports would only write files.
            "cache": {"enabled": False},
            "generation": generation,
            "phases": {
                "examples": {"enabled": True, "fill-missing": True},
                "coverage": {"enabled": True},
                "fuzzing": {"enabled": True},
                "stateful": {"enabled": True, "max-steps": self.settings.stateful_steps},
            },
            "checks": {
                "not_a_server_error": {"enabled": True},
                "status_code_conformance": {"enabled": True},
                "content_type_conformance": {"enabled": True},
                "response_headers_conformance": {"enabled": True},
                "response_schema_conformance": {"enabled": True},
                "negative_data_rejection": {"enabled": True},
                # Run as `positive_data_accepted` (an extra check), which knows the unknown-object rule.
                "positive_data_acceptance": {"enabled": False},
                "missing_required_header": {"enabled": True},
                "unsupported_method": {"enabled": True},
                "allow_header_conformance": {"enabled": True},
                "ignored_auth": {"enabled": True},
                # Run as `deleted_resource_gone` (an extra check), which knows Zoho's 204 for a deleted record.
                "use_after_free": {"enabled": False},
                "ensure_resource_availability": {"enabled": True},
            },
        }
        if self.base_url is not None:
            project["base-url"] = self.base_url
        values = {key: sorted(set(found), key=str) for key, found in known.items() if found}
        if values:
            names = {key: "known-" + re.sub(r"[^A-Za-z0-9_]+", "-", key).strip("-") for key in values}
            project["dictionaries"] = {names[key]: {"values": found} for key, found in values.items()}
            project["parameters"] = {
                key: {"dictionary": names[key], "probability": KNOWN_VALUE_PROBABILITY} for key in values
            }
        operations: list[dict[str, Any]] = []
        for status in sorted(set(self.refusal_statuses.values())):
            ids = sorted(op for op, value in self.refusal_statuses.items() if value == status)
            statuses = [*default_negative_statuses(), status]
            operations.append(
                {
                    "include-operation-id": ids,
                    "checks": {"negative_data_rejection": {"expected-statuses": statuses}},
                }
            )
        if operations:
            project["operations"] = operations
        return SchemathesisConfig.from_dict(project)

    # --- auth --------------------------------------------------------------------------------------

    def auth_headers(self, operation: APIOperation) -> dict[str, str]:
        """A valid ``Authorization`` for the operation (none for public ones such as Accounts')."""
        for scheme in security_schemes(operation):
            if scheme in SCHEME_TOKENS:
                kind, prefix = SCHEME_TOKENS[scheme]
                return {"Authorization": f"{prefix} {self.emulator.token(kind)}"}
        return {}

    def refused_credentials(self, operation: APIOperation) -> list[tuple[str, dict[str, str | None]]]:
        """Credentials a secured operation must refuse with 401: none at all, a token the server never
        issued, and (Connect) a client-mode token where a logged-in user is required."""
        schemes = security_schemes(operation)
        if not any(scheme in SCHEME_TOKENS for scheme in schemes):
            return []
        prefix = SCHEME_TOKENS[next(s for s in schemes if s in SCHEME_TOKENS)][1]
        probes: list[tuple[str, dict[str, str | None]]] = [
            ("no Authorization header", {"Authorization": None}),
            ("a token the server never issued", {"Authorization": f"{prefix} 1000.unknown.token"}),
        ]
        if schemes == ["Authorization_Code"]:
            client_token = self.emulator.token("connect-client")
            probes.append(("a client-mode token on a user operation", {"Authorization": f"Bearer {client_token}"}))
        return probes

    def oauth_enforced(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """schemathesis's ``ignored_auth`` only knows apiKey and HTTP schemes; these specs use OAuth2.

        The same property for OAuth2: once per operation and run, after a successful call, the same
        request with refused credentials must get 401 (and so change nothing)."""
        label = case.operation.label
        if label in self._auth_confirmed or not 200 <= response.status_code < 300:
            return None
        for description, headers in self.refused_credentials(case.operation):
            probe = case.call(headers=headers)
            if probe.status_code != 401:
                raise AssertionError(
                    f"Authentication not enforced: with {description} the call answered {probe.status_code}, "
                    "expected 401"
                )
        self._auth_confirmed.add(label)
        return None

    def refusal_reported(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """A 202 from an operation that reports refused records in its body must name at least one
        refused record (``status: "error"``): Zoho's 202 means "accepted, but not everything"."""
        operation_id = case.operation.definition.raw.get("operationId")
        if response.status_code != 202 or self.refusal_statuses.get(operation_id) != "202":
            return None
        try:
            body = response.json()
        except ValueError:
            body = None
        if not any(item.get("status") == "error" for item in refusal_items(body)):
            raise AssertionError("Refusal not reported: the answer is 202 but no result has status `error`")
        return None

    def positive_data_accepted(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """schemathesis's ``positive_data_acceptance``, except for a refusal that names an object the
        org does not have (see the class docstring) and for the operations with an ``x-zoho-rule``."""
        if documented_rule(case.operation.definition.raw) is not None:
            return None
        try:
            return positive_data_acceptance(ctx, response, case)
        except RejectedPositiveData:
            if names_missing_object(response.status_code, _json_or_none(response)):
                return None
            raise

    def deleted_resource_gone(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """schemathesis's ``use_after_free``, except for ``204 No Content``: Zoho answers a read of a
        record the user cannot see (it was deleted) with 204 and no body, as the specs document, where
        the check expects a 404."""
        if response.status_code == 204:
            return None
        return use_after_free(ctx, response, case)

    @property
    def extra_checks(self) -> list[Callable[..., bool | None]]:
        return [self.oauth_enforced, self.refusal_reported, self.positive_data_accepted, self.deleted_resource_gone]

    # --- the tests -----------------------------------------------------------------------------------

    def run_case(self, case: Case) -> None:
        """One example: from the seeded state, with a fresh token, every configured check."""
        self.emulator.reset()
        headers = self.auth_headers(case.operation)
        with _explain_server_errors(self.emulator):
            case.call_and_validate(headers=headers or None, additional_checks=self.extra_checks)

    def state_machine(self) -> type[APIStateMachine]:
        """The stateful phase: scenarios along the spec's links, each from the seeded state."""
        suite = self
        base = self.schema.as_state_machine()

        class Workflow(base):  # type: ignore[misc, valid-type]
            def setup(self) -> None:
                suite.emulator.reset()

            def get_call_kwargs(self, case: Case) -> dict[str, Any]:
                headers = suite.auth_headers(case.operation)
                return {"headers": headers} if headers else {}

            def validate_response(
                self,
                response: Response,
                case: Case,
                additional_checks: list[Callable[..., Any]] | None = None,
                **kwargs: Any,
            ) -> None:
                with _explain_server_errors(suite.emulator):
                    super().validate_response(
                        response, case, additional_checks=[*(additional_checks or []), *suite.extra_checks], **kwargs
                    )

        Workflow.__name__ = Workflow.__qualname__ = f"{self.api.title().replace('_', '')}Workflow"
        Workflow.TestCase.settings = hypothesis.settings(
            max_examples=self.settings.stateful_examples,
            stateful_step_count=self.settings.stateful_steps,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[hypothesis.Phase.generate],
            # As schemathesis's own default for state machines: scenarios draw many values and call the
            # API on every step, which Hypothesis's speed heuristics (made for pure functions) flag.
            suppress_health_check=list(hypothesis.HealthCheck),
        )
        return Workflow


def _json_or_none(response: Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


@contextmanager
def _explain_server_errors(emulator: Emulator) -> Iterator[None]:
    """Add the emulator's traceback to a failing check when the emulator answered 500."""
    try:
        yield
    except BaseException as error:
        for trace in emulator.server_errors():
            error.add_note(f"emulator traceback:\n{trace}")
        raise
