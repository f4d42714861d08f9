"""Connect in the emulator: the store's rules, ConnectID tokens, and the five operations over HTTP.

Every ``/v1`` response is checked against ``spec/dist/connect.yaml`` by an httpx response hook: a
documented status with a body valid for its schema, and for the 401s (which the reference does not
list) a body valid for ``ConnectError``, checked with openapi-schema-validator's ``OAS30Validator``.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

from zohokit_emulator import backend_of
from zohokit_emulator.core.http import MISSING
from zohokit_emulator.core.validation import load_spec
from zohokit_emulator.services.connect.errors import ConnectError
from zohokit_emulator.services.connect.models import ConnectStore, Registration

SPEC = load_spec("connect")
assert SPEC is not None
REGISTRY = Registry().with_resource("urn:connect", DRAFT4.create_resource(SPEC.document))
EXAMPLES = SPEC.document["components"]["examples"]
CLIENT_ID = "emulator-connect-client-id"
CLIENT_SECRET = "emulator-connect-client-secret"
KARI, INGRID, NILS = "100001", "100002", "100003"
REDIRECT = "http://localhost:8000/callback"


def schema_problems(name: str, instance: Any) -> list[str]:
    validator = OAS30Validator({"$ref": f"urn:connect#/components/schemas/{name}"}, registry=REGISTRY)
    return [error.message for error in validator.iter_errors(instance)]


async def _conforms(response: httpx.Response) -> None:
    path = response.request.url.path.removeprefix("/capi")
    if not path.startswith("/v1/"):
        return
    await response.aread()
    assert SPEC is not None
    if response.status_code == 401:
        assert not schema_problems("ConnectError", response.json())
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        return
    operation = SPEC.find(response.request.method, SPEC.base_path + path)
    assert operation is not None, f"no operation for {response.request.method} {path}"
    body: Any = response.json() if response.content else MISSING
    problems = SPEC.check_response(operation, response.status_code, response.headers.get("content-type"), body)
    assert not problems, problems


@pytest.fixture
async def http(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emulator", event_hooks={"response": [_conforms]}
    ) as client:
        yield client


async def _token(http: httpx.AsyncClient, user: str | None = None) -> dict[str, str]:
    response = await http.post("/_emulator/connect/tokens", json={"user": user} if user else {})
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
async def client_mode(http: httpx.AsyncClient) -> dict[str, str]:
    return await _token(http)


@pytest.fixture
async def kari(http: httpx.AsyncClient) -> dict[str, str]:
    return await _token(http, KARI)


def _store(app: Any) -> ConnectStore:
    store: ConnectStore = backend_of(app).store("connect")
    return store


def _bad(response: httpx.Response, status: int = 400) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and body["path"] == response.request.url.path and body["timestamp"]
    message: str = body["message"]
    return message


def _sample() -> dict[str, Any]:
    return copy.deepcopy(EXAMPLES["RegisterClientRecruitmentRequest"]["value"])


def _person(first: str, last: str, email: str, **extra: Any) -> dict[str, Any]:
    return {"name": {"firstName": first, "lastName": last}, "email": email, **extra}


async def test_the_api_is_served_under_capi_as_on_the_real_server_and_at_the_root(
    http: httpx.AsyncClient, kari: dict[str, str], client_mode: dict[str, str]
) -> None:
    at_root = await http.get("/v1/recruitment/Spring2019", headers=kari)
    under_capi = await http.get("/capi/v1/recruitment/Spring2019", headers=kari)
    assert at_root.status_code == under_capi.status_code == 200
    assert under_capi.json() == at_root.json()
    registered = await http.post("/capi/v1/client/recruitment", json=_sample(), headers=client_mode)
    assert registered.status_code == 200, registered.text
    refused = await http.get("/capi/v1/recruitment/Spring2019", params={"limit": "many"}, headers=kari)
    assert refused.status_code == 400
    assert refused.json()["path"] == "/capi/v1/recruitment/Spring2019"


async def _overview(http: httpx.AsyncClient, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    response = await http.get("/v1/recruitment/Spring2019", headers=headers, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


# --- the store ------------------------------------------------------------------------------------------


class TestStore:
    @pytest.fixture
    def store(self, app: Any) -> ConnectStore:
        return _store(app)

    def test_seed_matches_the_documented_examples(self, store: ConnectStore) -> None:
        overview = store.overview("Spring2019", KARI, 50, 0, None)
        example = EXAMPLES["RecruitmentOverview"]["value"]
        assert overview["points"] == example["points"] == 50
        assert overview["products"][0] == example["products"][0]
        assert [r["email"] for r in overview["recruitments"]] == [r["email"] for r in example["recruitments"]]
        assert [r["email"] for r in overview["unverifiedRecruitments"]] == [
            r["email"] for r in example["unverifiedRecruitments"]
        ]
        preferences = store.premium_preferences("Spring2019", KARI)
        assert (
            preferences == EXAMPLES["RecruitmentPremiumPreferencesResponse"]["value"]["recruitmentPremiumPreferences"]
        )

    def test_preferences_are_checked_and_ranked(self, store: ConnectStore) -> None:
        campaign = store.campaign("Spring2019")
        ranked = store.check_preferences(
            campaign, [{"product": "HS3830"}, {"product": "HS3829", "preferenceNumber": 1}], "p"
        )
        assert [(p["product"], p["preferenceNumber"]) for p in ranked] == [("HS3829", 1), ("HS3830", 2)]
        assert ranked[0]["companyCode"] == "468979834"
        for bad in (
            [{"product": "HS4001"}],
            [{"companyCode": "1", "product": "HS3829"}],
            [{"product": "HS3829"}, {"product": "HS3829"}],
            [{"product": "HS3829", "preferenceNumber": 1}, {"product": "HS3830", "preferenceNumber": 1}],
            [{"product": "HS3829", "preferenceNumber": 0}],
            [{"preferenceNumber": 1}],
            ["HS3829"],
        ):
            with pytest.raises(ConnectError):
                store.check_preferences(campaign, bad, "p")

    def test_register_is_all_or_nothing(self, store: ConnectStore) -> None:
        before = (len(store.customers), len(store.recruitments), store._next_customer)
        registration = Registration(
            product="CO27409",
            campaign="Spring2019",
            recruiter={"customerNumber": 34272},
            recruitments=[_person("Eva", "Lie", "eva@example.no"), {"email": "no-name@example.no"}],
            preferences=None,
        )
        with pytest.raises(ConnectError):
            store.register(registration, None)
        assert (len(store.customers), len(store.recruitments), store._next_customer) == before

    def test_verification_earns_points(self, store: ConnectStore, app: Any) -> None:
        registration = Registration(
            "CO27410", "Spring2019", None, [_person("Eva", "Lie", "eva@example.no", quantity=2)], None
        )
        [created] = store.register(registration, KARI)
        assert not created.verified and store.customers[34272].points == 50
        backend_of(app).clock.advance(store.settings.verification_seconds)
        store.tick(backend_of(app).clock.now())
        assert created.verified and store.customers[34272].points == 50 + 2 * 50

    def test_rate_limit_windows(self, store: ConnectStore, app: Any) -> None:
        store.settings.update({"requests_per_minute": 2})
        assert store.rate_limit("a")["X-RateLimit-Remaining"] == "1"
        assert store.rate_limit("a")["X-RateLimit-Remaining"] == "0"
        with pytest.raises(ConnectError) as caught:
            store.rate_limit("a")
        assert caught.value.status_code == 429 and caught.value.headers["X-RateLimit-Remaining"] == "0"
        assert store.rate_limit("b")["X-RateLimit-Remaining"] == "1"
        backend_of(app).clock.advance(60)
        assert store.rate_limit("a")["X-RateLimit-Remaining"] == "1"

    def test_settings_are_checked(self, store: ConnectStore) -> None:
        for bad in (
            {"unknown": 1},
            {"requests_per_minute": -1},
            {"verification_seconds": None},
            {"requests_per_second": "5"},
        ):
            with pytest.raises(ConnectError):
                store.settings.update(bad)
        store.settings.update({"requests_per_minute": 10, "requests_per_second": None, "verification_seconds": 0})
        assert store.settings.as_dict() == {
            "verification_seconds": 0.0,
            "requests_per_minute": 10,
            "requests_per_second": None,
        }


# --- ConnectID tokens -----------------------------------------------------------------------------------


async def test_client_credentials_grant(http: httpx.AsyncClient) -> None:
    form = {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    response = await http.post("/user/oauth/token", data=form)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600 and "refresh_token" not in body
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    via_basic = await http.post(
        "/user/oauth/token", data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {basic}"}
    )
    assert via_basic.status_code == 200
    headers = {"Authorization": f"Bearer {via_basic.json()['access_token']}"}
    assert (await http.post("/v1/client/recruitment", json=_sample(), headers=headers)).status_code == 200


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": "wrong"}, 401, "invalid_client"),
        (
            {"grant_type": "client_credentials", "client_id": "other", "client_secret": CLIENT_SECRET},
            401,
            "invalid_client",
        ),
        (
            {"grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
            400,
            "unsupported_grant_type",
        ),
        ({"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, 400, "invalid_request"),
        (
            {"grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
            400,
            "invalid_request",
        ),
        (
            {
                "grant_type": "refresh_token",
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "refresh_token": "x",
            },
            400,
            "invalid_grant",
        ),
    ],
)
async def test_token_errors(http: httpx.AsyncClient, form: dict[str, str], status: int, error: str) -> None:
    response = await http.post("/user/oauth/token", data=form)
    assert response.status_code == status
    assert response.json()["error"] == error and response.json()["error_description"]


async def _authorize(http: httpx.AsyncClient, **params: str) -> httpx.URL:
    query = {"client_id": CLIENT_ID, "redirect_uri": REDIRECT, "response_type": "code", "state": "s1", **params}
    response = await http.get("/user/oauth/authorize", params=query)
    assert response.status_code == 302, response.text
    return httpx.URL(response.headers["Location"])


async def test_authorization_code_and_refresh(http: httpx.AsyncClient, app: Any) -> None:
    location = await _authorize(http, emulator_user="ingrid.solberg@example.no")
    assert str(location).startswith(REDIRECT) and location.params["state"] == "s1"
    form = {
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "code": location.params["code"],
        "redirect_uri": REDIRECT,
    }
    tokens = (await http.post("/user/oauth/token", data=form)).json()
    assert set(tokens) == {"access_token", "token_type", "expires_in", "refresh_token"}
    reused = await http.post("/user/oauth/token", data=form)
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    overview = await http.get("/v1/recruitment/Spring2019", headers=headers)
    assert overview.json()["points"] == 120  # Ingrid's customer
    backend_of(app).clock.advance(3601)
    assert (await http.get("/v1/recruitment/Spring2019", headers=headers)).status_code == 401
    refreshed = await http.post(
        "/user/oauth/token",
        data={
            "grant_type": "refresh_token",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "refresh_token": tokens["refresh_token"],
        },
    )
    assert refreshed.status_code == 200 and refreshed.json()["refresh_token"] == tokens["refresh_token"]
    headers = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}
    assert (await http.get("/v1/recruitment/Spring2019", headers=headers)).status_code == 200


async def test_authorization_code_rules(http: httpx.AsyncClient, app: Any) -> None:
    form = {"grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    other_redirect = await _authorize(http)
    response = await http.post(
        "/user/oauth/token", data={**form, "code": other_redirect.params["code"], "redirect_uri": "http://elsewhere/cb"}
    )
    assert response.json()["error"] == "invalid_grant"
    expired = await _authorize(http)
    backend_of(app).clock.advance(121)
    response = await http.post("/user/oauth/token", data={**form, "code": expired.params["code"]})
    assert response.json()["error"] == "invalid_grant"
    assert (await _authorize(http, response_type="token")).params["error"] == "unsupported_response_type"
    assert (await _authorize(http, emulator_consent="deny")).params["error"] == "access_denied"
    unknown = await http.get("/user/oauth/authorize", params={"client_id": "x", "redirect_uri": REDIRECT})
    assert unknown.status_code == 400 and unknown.json()["error"] == "invalid_client"
    nobody = await http.get(
        "/user/oauth/authorize",
        params={"client_id": CLIENT_ID, "redirect_uri": REDIRECT, "response_type": "code", "emulator_user": "nobody"},
    )
    assert nobody.status_code == 400


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer not-a-token"}],
)
async def test_api_needs_a_bearer_token(http: httpx.AsyncClient, headers: dict[str, str]) -> None:
    response = await http.get("/v1/recruitment/Spring2019", headers=headers)
    assert response.status_code == 401 and response.json()["error"] == "Unauthorized"


async def test_user_operations_need_a_user_token(http: httpx.AsyncClient, client_mode: dict[str, str]) -> None:
    for method, url in (
        ("GET", "/v1/recruitment/Spring2019"),
        ("GET", "/v1/recruitment/premium/Spring2019"),
        ("POST", "/v1/recruitment/premium/Spring2019"),
        ("POST", "/v1/recruitment"),
    ):
        response = await http.request(method, url, headers=client_mode, json={})
        assert response.status_code == 401
        assert "logged-in user" in response.json()["message"]


# --- GET /v1/recruitment/{campaign} ------------------------------------------------------------------------


async def test_overview(http: httpx.AsyncClient, kari: dict[str, str]) -> None:
    response = await http.get("/v1/recruitment/Spring2019", headers=kari)
    assert response.headers["X-Mediaconnect-Api-Version"]
    assert response.headers["X-RateLimit-Remaining"] == "1999" and 0 < int(response.headers["X-RateLimit-Reset"]) <= 60
    body = response.json()
    assert body["points"] == 50 and body["products"] == ["CO27409", "CO27410"]
    [ola] = body["recruitments"]
    assert ola["name"]["firstName"] == "Ola" and ola["couponCode"] == "Datanews" and ola["product"] == "CO27409"
    assert ola["customerNumber"] == 34273 and ola["registeredTime"].startswith("2019-04-02")
    assert [r["name"]["lastName"] for r in body["unverifiedRecruitments"]] == ["Hansen"]


async def test_overview_paging_and_order(http: httpx.AsyncClient, app: Any, kari: dict[str, str]) -> None:
    clock = backend_of(app).clock
    for n in range(4):
        clock.advance(10)
        body = {"product": "CO27409", "campaign": "Spring2019", "recruitments": [_person("P", f"L{n}", f"p{n}@ex.no")]}
        assert (await http.post("/v1/recruitment", json=body, headers=kari)).status_code == 200
    unverified = (await _overview(http, kari))["unverifiedRecruitments"]
    assert [r["name"]["lastName"] for r in unverified] == ["L3", "L2", "L1", "L0", "Hansen"]
    oldest_first = (await _overview(http, kari, ascending="true"))["unverifiedRecruitments"]
    assert [r["name"]["lastName"] for r in oldest_first] == ["Hansen", "L0", "L1", "L2", "L3"]
    page = await _overview(http, kari, limit=2, offset=1, ascending="false")
    assert [r["name"]["lastName"] for r in page["unverifiedRecruitments"]] == ["L2", "L1"]
    assert page["recruitments"] == []  # offset 1 of the one verified recruitment
    assert (await _overview(http, kari, limit=0))["unverifiedRecruitments"] == []
    clock.advance(60)
    after = await _overview(http, kari)
    assert after["points"] == 50 + 4 * 50
    assert [r["name"]["lastName"] for r in after["recruitments"]] == ["L3", "L2", "L1", "L0", "Nordmann"]


@pytest.mark.parametrize("params", [{"limit": -1}, {"offset": "x"}, {"ascending": "maybe"}, {"limit": 1.5}])
async def test_overview_bad_parameters(http: httpx.AsyncClient, kari: dict[str, str], params: dict[str, Any]) -> None:
    _bad(await http.get("/v1/recruitment/Spring2019", headers=kari, params=params))


@pytest.mark.parametrize("campaign", ["Winter1999", "ThirteenChars"])
async def test_overview_unknown_or_long_campaign(http: httpx.AsyncClient, kari: dict[str, str], campaign: str) -> None:
    _bad(await http.get(f"/v1/recruitment/{campaign}", headers=kari))
    _bad(await http.get(f"/v1/recruitment/premium/{campaign}", headers=kari))


async def test_overview_of_a_user_without_customer(http: httpx.AsyncClient) -> None:
    nils = await _token(http, NILS)
    body = await _overview(http, nils)
    assert body == {"points": 0, "products": ["CO27409", "CO27410"], "recruitments": [], "unverifiedRecruitments": []}
    assert (await http.get("/v1/recruitment/premium/Spring2019", headers=nils)).json() == {
        "recruitmentPremiumPreferences": []
    }


# --- POST /v1/client/recruitment ----------------------------------------------------------------------------


async def test_client_registration_sample(http: httpx.AsyncClient, app: Any, client_mode: dict[str, str]) -> None:
    response = await http.post("/v1/client/recruitment", json=_sample(), headers=client_mode)
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert response.headers["X-RateLimit-Remaining"] == "1999"
    store = _store(app)
    [latest] = [r for r in store.recruitments if r.recruiter == 34272 and not r.verified and r.verify_at]
    assert latest.recruited == 34273  # Ola is matched by e-mail, not created again
    assert store.preferences[(34272, "Spring2019")] == [
        {"companyCode": "468979834", "product": "HS3829", "preferenceNumber": 1}
    ]
    kari = await _token(http, KARI)
    assert len((await _overview(http, kari))["unverifiedRecruitments"]) == 2


async def test_client_registration_creates_customers(
    http: httpx.AsyncClient, app: Any, client_mode: dict[str, str]
) -> None:
    body = {
        "product": "CO27410",
        "campaign": "Spring2019",
        "recruiter": _person("Lise", "Dahl", "lise.dahl@example.no", phoneNumber="+4790000001"),
        "recruitments": [
            _person(
                "Tor", "Dahl", "tor.dahl@example.no", couponCode="Vennepris", couponNumber=1, amount=249, quantity=1
            ),
            {"name": {"companyName": "Dahl AS"}, "phoneNumber": "+4790000002"},
        ],
    }
    assert (await http.post("/v1/client/recruitment", json=body, headers=client_mode)).status_code == 200
    state = (await http.get("/_emulator/connect/state")).json()
    numbers = {c["email"] or c["phoneNumber"]: c["customerNumber"] for c in state["customers"]}
    assert numbers["lise.dahl@example.no"] == 40001 and numbers["tor.dahl@example.no"] == 40002
    assert numbers["+4790000002"] == 40003
    again = {**body, "recruitments": [_person("Siri", "Dahl", "siri@example.no")]}
    assert (await http.post("/v1/client/recruitment", json=again, headers=client_mode)).status_code == 200
    recruiters = {r["recruiter"] for r in (await http.get("/_emulator/connect/state")).json()["recruitments"]}
    assert 40001 in recruiters and 40005 not in recruiters  # Lise matched by e-mail the second time


def _without(key: str) -> dict[str, Any]:
    body = _sample()
    del body[key]
    return body


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (_without("product"), "product"),
        (_without("campaign"), "campaign"),
        (_without("recruiter"), "recruiter"),
        (_without("recruitments"), "recruitments"),
        ({**_sample(), "product": "CO27409000000"}, "12"),
        ({**_sample(), "campaign": "Spring2019-extra"}, "12"),
        ({**_sample(), "product": 27409}, "product"),
        ({**_sample(), "product": "CO99999"}, "Unknown product"),
        ({**_sample(), "product": "HS3829"}, "not a subscription product"),
        ({**_sample(), "product": "CO31000"}, "not valid for recruitment"),
        ({**_sample(), "campaign": "Winter1999"}, "Unknown campaign"),
        ({**_sample(), "recruitments": []}, "Required field missing: recruitments"),  # minItems 1
        ({**_sample(), "recruitments": [{**_person("A", "B", "ab@ex.no"), "couponCode": "Vennepris"}]}, "coupon"),
        ({**_sample(), "recruitments": [{**_person("A", "B", "ab@ex.no"), "couponNumber": 1}]}, "couponCode"),
        ({**_sample(), "recruitments": [{**_person("A", "B", "ab@ex.no"), "quantity": 0}]}, "quantity"),
        ({**_sample(), "recruitments": [{"email": "nameless@ex.no"}]}, "name"),
        ({**_sample(), "recruitments": [_person("Kari", "N", "kari.nordmann@gmail.com")]}, "themselves"),
        ({**_sample(), "recruiter": {"customerNumber": 99}}, "Unknown customer: 99"),
        ({**_sample(), "recruiter": {"email": "new@ex.no"}}, "recruiter.name"),
        ({**_sample(), "recruitmentPremiumPreferences": [{"product": "HS4001"}]}, "premium"),
        ({**_sample(), "recruitmentPremiumPreferences": {"product": "HS3829"}}, "recruitmentPremiumPreferences"),
        ({**_sample(), "recruiter": {**_sample()["recruiter"], "address": {"streetNumber": "12"}}}, "streetNumber"),
    ],
)
async def test_client_registration_refused(
    http: httpx.AsyncClient, app: Any, client_mode: dict[str, str], body: dict[str, Any], fragment: str
) -> None:
    before = (await http.get("/_emulator/connect/state")).json()
    message = _bad(await http.post("/v1/client/recruitment", json=body, headers=client_mode))
    assert fragment in message
    assert (await http.get("/_emulator/connect/state")).json() == before
    assert _store(app).preferences[(34272, "Spring2019")][0]["product"] == "HS3829"


async def test_client_registration_not_json(http: httpx.AsyncClient, client_mode: dict[str, str]) -> None:
    _bad(await http.post("/v1/client/recruitment", content=b"product=CO27409", headers=client_mode))
    _bad(await http.post("/v1/client/recruitment", json=[_sample()], headers=client_mode))
    _bad(await http.post("/v1/client/recruitment", headers=client_mode))


@pytest.mark.parametrize(
    ("preferences", "expected"),
    [
        (MISSING, ["HS3829", "HS3830"]),
        ([], []),
        ([{"companyCode": "468979834", "product": "HS3830", "preferenceNumber": 1}], ["HS3830"]),
    ],
)
async def test_registration_premium_preferences_replace(
    http: httpx.AsyncClient, kari: dict[str, str], client_mode: dict[str, str], preferences: Any, expected: list[str]
) -> None:
    body = _sample()
    del body["recruitmentPremiumPreferences"]
    if preferences is not MISSING:
        body["recruitmentPremiumPreferences"] = preferences
    assert (await http.post("/v1/client/recruitment", json=body, headers=client_mode)).status_code == 200
    stored = (await http.get("/v1/recruitment/premium/Spring2019", headers=kari)).json()[
        "recruitmentPremiumPreferences"
    ]
    assert [p["product"] for p in stored] == expected


# --- POST /v1/recruitment ------------------------------------------------------------------------------------


async def test_user_registration_uses_the_users_customer(
    http: httpx.AsyncClient, app: Any, kari: dict[str, str]
) -> None:
    body = copy.deepcopy(EXAMPLES["RegisterRecruitmentRequest"]["value"])
    body["recruiter"] = {"name": {"firstName": "Someone", "lastName": "Else"}, "customerNumber": 34280}
    body["recruitments"] = [_person("Eva", "Lie", "eva.lie@example.no")]
    assert (await http.post("/v1/recruitment", json=body, headers=kari)).status_code == 200
    created = _store(app).recruitments[-1]
    assert created.recruiter == 34272  # the logged-in user's customer; the request's recruiter is ignored
    without_recruiter = {
        "product": "CO27409",
        "campaign": "Spring2019",
        "recruitments": [_person("Jon", "Lie", "jon@ex.no")],
    }
    assert (await http.post("/v1/recruitment", json=without_recruiter, headers=kari)).status_code == 200


async def test_user_without_customer_becomes_the_recruiter(http: httpx.AsyncClient, app: Any) -> None:
    nils = await _token(http, NILS)
    body = {"product": "CO27409", "campaign": "Autumn2025", "recruitments": [_person("Ane", "Berg", "ane@ex.no")]}
    assert "recruiter" in _bad(await http.post("/v1/recruitment", json=body, headers=nils))
    with_recruiter = {**body, "recruiter": _person("Nils", "Berg", "nils.berg@example.no")}
    assert (await http.post("/v1/recruitment", json=with_recruiter, headers=nils)).status_code == 200
    store = _store(app)
    customer = store.customer_of(NILS)
    assert customer is not None and customer.name == {"firstName": "Nils", "lastName": "Berg"}
    overview = (await http.get("/v1/recruitment/Autumn2025", headers=nils)).json()
    assert overview["products"] == ["CO27409", "CO31000"]
    assert [r["email"] for r in overview["unverifiedRecruitments"]] == ["ane@ex.no"]
    preferences = {"recruitmentPremiumPreferences": [{"product": "HS4001"}]}
    changed = await http.post("/v1/recruitment/premium/Autumn2025", json=preferences, headers=nils)
    assert changed.json()["recruitmentPremiumPreferences"] == [
        {"companyCode": "468979834", "product": "HS4001", "preferenceNumber": 1}
    ]


async def test_user_recruiter_matched_to_an_existing_customer(http: httpx.AsyncClient, app: Any) -> None:
    nils = await _token(http, NILS)
    body = {
        "product": "CO27409",
        "campaign": "Spring2019",
        "recruiter": {"email": "INGRID.SOLBERG@example.no"},
        "recruitments": [_person("Ane", "Berg", "ane@ex.no")],
    }
    assert (await http.post("/v1/recruitment", json=body, headers=nils)).status_code == 200
    assert _store(app).user_customer[NILS] == 34280
    assert (await _overview(http, nils))["points"] == 120


async def test_user_registration_validation(http: httpx.AsyncClient, kari: dict[str, str]) -> None:
    assert "recruitments" in _bad(
        await http.post("/v1/recruitment", json={"product": "CO27409", "campaign": "Spring2019"}, headers=kari)
    )
    assert "12" in _bad(
        await http.post(
            "/v1/recruitment",
            json={"product": "X" * 13, "campaign": "Spring2019", "recruitments": _sample()["recruitments"]},
            headers=kari,
        )
    )


# --- premium preferences ----------------------------------------------------------------------------------------


async def test_change_premium_preferences_replaces(http: httpx.AsyncClient, kari: dict[str, str]) -> None:
    url = "/v1/recruitment/premium/Spring2019"
    request = EXAMPLES["ChangePremiumRecruitmentsRequest"]["value"]
    changed = await http.post(url, json=request, headers=kari)
    assert changed.status_code == 200 and changed.json() == request
    assert (await http.get(url, headers=kari)).json() == request
    reordered = {"recruitmentPremiumPreferences": [{"product": "HS3830", "preferenceNumber": 2}, {"product": "HS3829"}]}
    body = (await http.post(url, json=reordered, headers=kari)).json()
    assert [(p["product"], p["preferenceNumber"]) for p in body["recruitmentPremiumPreferences"]] == [
        ("HS3830", 2),
        ("HS3829", 3),
    ]
    empties: list[dict[str, Any]] = [{"recruitmentPremiumPreferences": []}, {}]
    for empty in empties:
        await http.post(url, json=request, headers=kari)
        cleared = await http.post(url, json=empty, headers=kari)
        assert cleared.json() == {"recruitmentPremiumPreferences": []}
        assert (await http.get(url, headers=kari)).json() == {"recruitmentPremiumPreferences": []}


@pytest.mark.parametrize(
    "body",
    [
        {"recruitmentPremiumPreferences": [{"product": "HS4001"}]},
        {"recruitmentPremiumPreferences": [{"product": "HS3829", "companyCode": "999"}]},
        {
            "recruitmentPremiumPreferences": [
                {"product": "HS3829", "preferenceNumber": 1},
                {"product": "HS3830", "preferenceNumber": 1},
            ]
        },
        {"recruitmentPremiumPreferences": [{"product": "HS3829", "preferenceNumber": "first"}]},
        {"recruitmentPremiumPreferences": {"product": "HS3829"}},
        {"recruitmentPremiumPreferences": [{}]},
    ],
)
async def test_change_premium_preferences_refused(
    http: httpx.AsyncClient, kari: dict[str, str], body: dict[str, Any]
) -> None:
    url = "/v1/recruitment/premium/Spring2019"
    before = (await http.get(url, headers=kari)).json()
    _bad(await http.post(url, json=body, headers=kari))
    assert (await http.get(url, headers=kari)).json() == before


async def test_change_premium_preferences_needs_a_customer(http: httpx.AsyncClient) -> None:
    nils = await _token(http, NILS)
    body = {"recruitmentPremiumPreferences": [{"product": "HS3829"}]}
    assert "customer" in _bad(await http.post("/v1/recruitment/premium/Spring2019", json=body, headers=nils))


# --- limits and injected faults ----------------------------------------------------------------------------------


async def test_rate_limit(http: httpx.AsyncClient, app: Any, kari: dict[str, str]) -> None:
    settings = await http.patch("/_emulator/connect/settings", json={"requests_per_minute": 3})
    assert settings.json()["requests_per_minute"] == 3
    remaining = [
        (await http.get("/v1/recruitment/Spring2019", headers=kari)).headers["X-RateLimit-Remaining"] for _ in range(3)
    ]
    assert remaining == ["2", "1", "0"]
    limited = await http.get("/v1/recruitment/Spring2019", headers=kari)
    assert _bad(limited, 429)
    assert limited.headers["X-RateLimit-Remaining"] == "0" and int(limited.headers["Retry-After"]) >= 1
    backend_of(app).clock.advance(int(limited.headers["X-RateLimit-Reset"]))
    assert (await http.get("/v1/recruitment/Spring2019", headers=kari)).status_code == 200
    await http.patch("/_emulator/connect/settings", json={"requests_per_minute": None, "requests_per_second": 1})
    backend_of(app).clock.freeze()
    backend_of(app).clock.advance(1)
    assert (await http.get("/v1/recruitment/Spring2019", headers=kari)).status_code == 200
    assert (await http.get("/v1/recruitment/Spring2019", headers=kari)).status_code == 429
    backend_of(app).clock.advance(1)
    assert (await http.get("/v1/recruitment/Spring2019", headers=kari)).status_code == 200


async def test_refused_requests_carry_rate_limit_headers(http: httpx.AsyncClient, client_mode: dict[str, str]) -> None:
    response = await http.post("/v1/client/recruitment", json={}, headers=client_mode)
    _bad(response)
    assert response.headers["X-RateLimit-Remaining"] == "1999"


@pytest.mark.parametrize("status", [429, 500])
async def test_injected_faults_use_connects_error_body(
    http: httpx.AsyncClient, kari: dict[str, str], status: int
) -> None:
    fault = await http.post("/_emulator/faults", json={"status": status, "path_prefix": "/v1/recruitment"})
    assert fault.status_code == 201
    response = await http.get("/v1/recruitment/Spring2019", headers=kari)
    _bad(response, status)
    if status == 429:
        assert response.headers["Retry-After"] == "1" and response.headers["X-RateLimit-Remaining"] == "0"
    assert (await http.get("/v1/recruitment/Spring2019", headers=kari)).status_code == 200


async def test_control_routes(http: httpx.AsyncClient) -> None:
    assert (await http.patch("/_emulator/connect/settings", json={"speed": 1})).status_code == 400
    assert (await http.post("/_emulator/connect/tokens", json={"user": "nobody"})).status_code == 400
    assert (await http.post("/_emulator/connect/tokens", json={"client_id": "other"})).status_code == 400
    minted = await http.post("/_emulator/connect/tokens", json={"user": "kari.nordmann@gmail.com"})
    assert minted.json()["mode"] == "user" and minted.json()["user_id"] == KARI
    health = (await http.get("/_emulator/health")).json()
    assert {"recruit", "bigin", "connect"} <= set(health["services"]) and health["specs"]["connect"] is True


async def test_malformed_bodies_without_spec_validation(unvalidated_app: Any) -> None:
    """With request validation off (``--no-validate``) the handlers still answer 400, never 500."""
    app = unvalidated_app
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator") as http:
        client = await _token(http)
        kari = await _token(http, KARI)
        for change in (
            {"product": 27409},
            {"campaign": ["Spring2019"]},
            {"recruiter": "Kari"},
            {"recruiter": {"customerNumber": "34272"}},
            {"recruitments": {"name": "Ola"}},
            {"recruitments": [1]},
            {"recruitments": [{**_person("A", "B", "ab@ex.no"), "quantity": "1"}]},
            {"recruitments": [{**_person("A", "B", "ab@ex.no"), "amount": "100"}]},
            {"recruitments": [{**_person("A", "B", "ab@ex.no"), "couponCode": 5}]},
            {"recruitmentPremiumPreferences": [{"product": "HS3829", "preferenceNumber": "1"}]},
            {"recruitmentPremiumPreferences": [{"product": ["HS3829"]}]},
        ):
            _bad(await http.post("/v1/client/recruitment", json={**_sample(), **change}, headers=client))
        _bad(
            await http.post(
                "/v1/recruitment/premium/Spring2019", json={"recruitmentPremiumPreferences": "x"}, headers=kari
            )
        )
        _bad(await http.get("/v1/recruitment/Spring2019", params={"limit": "many"}, headers=kari))
        assert (await http.post("/v1/client/recruitment", json=_sample(), headers=client)).status_code == 200
