"""Unit tests of the emulator's framework: clock, ids, routing, errors, validation, knobs."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from zohokit_emulator.core.backend import IdFactory
from zohokit_emulator.core.clock import Clock, format_time, parse_time
from zohokit_emulator.core.concurrency import ConcurrencyGate
from zohokit_emulator.core.credits import CreditMeter
from zohokit_emulator.core.errors import OAuthError, ZohoError, error_response
from zohokit_emulator.core.faults import Faults
from zohokit_emulator.core.http import ApiRequest, Reply, loads_json, normalize_id, parse_bool
from zohokit_emulator.core.outbound import is_loopback_url
from zohokit_emulator.core.paths import PathTemplate, split_path
from zohokit_emulator.core.rate_window import RateWindow
from zohokit_emulator.core.routing import RouteTable, delete, get, post
from zohokit_emulator.core.settings import Settings
from zohokit_emulator.core.validation import ApiSpec


def _handler(request: ApiRequest) -> Reply:
    return Reply()


def test_clock_advance_set_freeze() -> None:
    clock = Clock()
    start = clock.timestamp()
    clock.advance(3600)
    assert clock.timestamp() - start == pytest.approx(3600, abs=1)
    clock.set(datetime(2030, 1, 1, tzinfo=UTC))
    assert clock.now().year == 2030
    clock.freeze()
    frozen = clock.timestamp()
    assert clock.timestamp() == frozen
    clock.advance(10)
    assert clock.timestamp() == frozen + 10
    clock.unfreeze()
    assert clock.timestamp() >= frozen + 10
    clock.reset()
    assert abs(clock.timestamp() - start) < 5


def test_time_format_and_parse() -> None:
    when = datetime(2024, 5, 1, 12, 30, 15, 123456, tzinfo=UTC)
    assert format_time(when) == "2024-05-01T12:30:15+00:00"
    assert parse_time("2019-07-25T15:26:49+05:30") == datetime.fromisoformat("2019-07-25T15:26:49+05:30")
    assert parse_time("2024-01-01T00:00:00Z") == datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_time("not a date") is None


def test_id_factory_is_deterministic_and_19_digits() -> None:
    first, second = IdFactory("3652397"), IdFactory("3652397")
    ids = [first() for _ in range(3)]
    assert ids == [second() for _ in range(3)]
    assert all(len(i) == 19 and i.isdigit() for i in ids)
    assert len(set(ids)) == 3
    with pytest.raises(ValueError):
        IdFactory("x")


def test_wire_helpers() -> None:
    assert parse_bool("true") is True and parse_bool("True") is True and parse_bool("FALSE") is False
    assert parse_bool("maybe") is None
    assert normalize_id(3652397000000186017) == "3652397000000186017"
    assert normalize_id("3652397000000186017") == "3652397000000186017"
    assert normalize_id(True) is None and normalize_id("12a") is None and normalize_id(1.5) is None
    parsed = loads_json(b'{"id": 3652397000000186017}')
    assert parsed["id"] == 3652397000000186017 and isinstance(parsed["id"], int)


def test_path_templates_prefer_literals() -> None:
    specific, generic = PathTemplate.parse("/crm/v2/{module}/search"), PathTemplate.parse("/crm/v2/{module}/{id}")
    segments = split_path("/crm/v2/Leads/search/")
    assert specific.match(segments) == {"module": "Leads"}
    assert generic.match(segments) == {"module": "Leads", "id": "search"}
    assert specific.specificity > generic.specificity


def test_route_table_404_and_405() -> None:
    table = RouteTable(
        [get("/crm/v2/{m}/{id}", _handler), delete("/crm/v2/{m}/{id}", _handler), post("/crm/v2/{m}/upsert", _handler)]
    )
    route, params = table.resolve("GET", "/crm/v2/Leads/123")
    assert route.method == "GET" and params == {"m": "Leads", "id": "123"}
    assert table.resolve("POST", "/crm/v2/Leads/upsert")[0].path.endswith("upsert")
    with pytest.raises(ZohoError) as wrong_method:
        table.resolve("GET", "/crm/v2/Leads/upsert")
    assert wrong_method.value.status_code == 405 and wrong_method.value.code == "INVALID_REQUEST_METHOD"
    with pytest.raises(ZohoError) as unknown:
        table.resolve("GET", "/crm/v2/a/b/c/d")
    assert unknown.value.status_code == 404 and unknown.value.code == "INVALID_URL_PATTERN"
    with pytest.raises(ValueError):
        RouteTable([*table.routes, table.routes[0]])


def test_error_response_is_the_zoho_envelope() -> None:
    response = error_response(ZohoError(400, "INVALID_DATA", "invalid data", {"api_name": "Email"}, {"X-Test": "1"}))
    assert response.status_code == 400 and response.headers["x-test"] == "1"
    assert json.loads(bytes(response.body)) == {
        "code": "INVALID_DATA",
        "details": {"api_name": "Email"},
        "message": "invalid data",
        "status": "error",
    }
    oauth = error_response(OAuthError("invalid_code"))
    assert oauth.status_code == 200 and json.loads(bytes(oauth.body)) == {"error": "invalid_code"}
    unexpected = error_response(RuntimeError("boom"))
    assert unexpected.status_code == 500 and json.loads(bytes(unexpected.body))["code"] == "INTERNAL_ERROR"


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://example.com/api/v1"}],
    "paths": {
        "/things/{thing_id}": {
            "parameters": [
                {
                    "name": "thing_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[0-9]+$"},
                }
            ],
            "put": {
                "parameters": [
                    {"name": "mode", "in": "query", "required": True, "schema": {"type": "string", "enum": ["a", "b"]}},
                    {"name": "per_page", "in": "query", "schema": {"type": "integer", "maximum": 200}},
                    {"name": "dry", "in": "query", "schema": {"type": "boolean"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}},
                    }
                },
            },
        }
    },
    "components": {
        "schemas": {
            "Body": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"type": "array", "maxItems": 2, "items": {"$ref": "#/components/schemas/Item"}},
                    "note": {"type": "string", "maxLength": 5, "nullable": True},
                },
            },
            "Item": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "count": {"type": "integer"}},
            },
        }
    },
}


def _validate(spec: ApiSpec, path: str, query: dict[str, str], body: object, per_item_key: str | None = None) -> None:
    from starlette.datastructures import Headers, QueryParams

    op = spec.find("PUT", path)
    assert op is not None
    spec.validate_request(
        op,
        path=path,
        query=QueryParams(query),
        headers=Headers({}),
        json_body=body,
        body_present=True,
        content_type="application/json",
        per_item_key=per_item_key,
    )


def _error(spec: ApiSpec, path: str, query: dict[str, str], body: object, per_item_key: str | None = None) -> ZohoError:
    with pytest.raises(ZohoError) as caught:
        _validate(spec, path, query, body, per_item_key)
    return caught.value


def test_validation_maps_schema_failures_to_zoho_errors() -> None:
    spec = ApiSpec("test", SPEC)
    assert spec.base_path == "/api/v1"
    assert spec.find("GET", "/api/v1/things/1") is None
    good = {"data": [{"name": "x"}], "note": None}
    _validate(spec, "/api/v1/things/12", {"mode": "a", "dry": "True", "per_page": "200"}, good)
    missing = _error(spec, "/api/v1/things/12", {}, good)
    assert (missing.code, missing.details) == ("REQUIRED_PARAM_MISSING", {"param": "mode"})
    assert _error(spec, "/api/v1/things/12", {"mode": "c"}, good).code == "INVALID_DATA"
    assert _error(spec, "/api/v1/things/12", {"mode": "a", "per_page": "201"}, good).details["param"] == "per_page"
    assert _error(spec, "/api/v1/things/12", {"mode": "a", "dry": "yes please"}, good).details["param"] == "dry"
    path_error = _error(spec, "/api/v1/things/abc", {"mode": "a"}, good)
    assert path_error.details == {"resource_path_index": 1}
    no_data = _error(spec, "/api/v1/things/1", {"mode": "a"}, {"note": "x"})
    assert (no_data.code, no_data.details["api_name"]) == ("MANDATORY_NOT_FOUND", "data")
    wrong_type = _error(spec, "/api/v1/things/1", {"mode": "a"}, {"data": {"name": "x"}})
    assert (wrong_type.code, wrong_type.details["api_name"], wrong_type.details["expected_data_type"]) == (
        "INVALID_DATA",
        "data",
        "jsonarray",
    )
    too_many = _error(spec, "/api/v1/things/1", {"mode": "a"}, {"data": [{"name": "a"}] * 3})
    assert (too_many.code, too_many.details["limit"]) == ("LIMIT_EXCEEDED", 2)
    too_long = _error(spec, "/api/v1/things/1", {"mode": "a"}, {"data": [], "note": "toolong"})
    assert too_long.details["maximum_length"] == 5
    inner = _error(spec, "/api/v1/things/1", {"mode": "a"}, {"data": [{"count": 1}]})
    assert (inner.code, inner.details["api_name"]) == ("MANDATORY_NOT_FOUND", "name")
    _validate(spec, "/api/v1/things/1", {"mode": "a"}, {"data": [{"count": "x"}]}, per_item_key="data")


def test_response_check_reports_mismatches() -> None:
    spec = ApiSpec("test", SPEC)
    op = spec.find("PUT", "/api/v1/things/1")
    assert op is not None
    assert spec.check_response(op, 200, "application/json", {"data": []}) == []
    assert spec.check_response(op, 200, "application/json", {"data": "x"})
    assert spec.check_response(op, 418, "application/json", {})


def test_settings_update_rejects_bad_values() -> None:
    settings = Settings()
    settings.update({"latency_ms": 5, "api_credits_per_day": None, "bulk_read_run_seconds": 0.5})
    assert settings.latency_ms == 5 and settings.api_credits_per_day is None
    for bad in ({"nope": 1}, {"latency_ms": -1}, {"latency_ms": "1"}, {"access_token_lifetime": True}):
        with pytest.raises(ZohoError):
            settings.update(bad)


def test_faults_are_consumed() -> None:
    faults = Faults()
    faults.add({"status": 503, "count": 2, "path_prefix": "/crm/v2", "method": "GET"})
    assert faults.take("POST", "/crm/v2/Leads") is None
    assert faults.take("GET", "/oauth/v2/token") is None
    first, second = faults.take("GET", "/crm/v2/Leads"), faults.take("GET", "/crm/v2/Leads")
    assert first is not None and second is not None and first.status_code == 503
    assert faults.take("GET", "/crm/v2/Leads") is None
    throttled = faults.add({"status": 429})
    error = faults.take("GET", "/anything")
    assert throttled.retry_after == 1 and error is not None and error.headers["Retry-After"] == "1"
    with pytest.raises(ZohoError):
        faults.add({"status": 200})


def test_credit_meter_rolls_over_24_hours() -> None:
    clock = Clock()
    clock.freeze()
    meter = CreditMeter(clock)
    meter.charge(3, limit=5)
    with pytest.raises(ZohoError) as exhausted:
        meter.charge(3, limit=5)
    assert exhausted.value.status_code == 429 and "Retry-After" in exhausted.value.headers
    assert meter.used() == 3
    clock.advance(24 * 3600)
    meter.charge(5, limit=5)
    assert meter.used() == 5


def test_concurrency_gate_and_rate_window() -> None:
    gate = ConcurrencyGate()
    gate.enter(("u", "c"), 1)
    with pytest.raises(ZohoError) as busy:
        gate.enter(("u", "c"), 1)
    assert busy.value.code == "TOO_MANY_REQUESTS"
    gate.enter(("other", "c"), 1)
    gate.leave(("u", "c"))
    gate.enter(("u", "c"), 1)
    assert gate.active() == 2
    clock = Clock()
    clock.freeze()
    window = RateWindow(clock)
    assert all(window.hit("k", 2) is None for _ in range(2))
    assert window.hit("k", 2) == pytest.approx(60)
    clock.advance(60)
    assert window.hit("k", 2) is None


def test_only_loopback_targets_are_called() -> None:
    assert is_loopback_url("http://127.0.0.1:9000/hook")
    assert is_loopback_url("http://localhost/x") and is_loopback_url("http://[::1]:80/x")
    assert not is_loopback_url("https://example.com/hook")
    assert not is_loopback_url("ftp://127.0.0.1/x") and not is_loopback_url("not a url")


def test_scope_matching() -> None:
    from zohokit_emulator.core.scopes import allows

    assert allows(["ZohoCRM.modules.ALL"], "ZohoCRM.modules.leads.READ")
    assert allows(["zohocrm.Modules.leads.all"], "ZohoCRM.modules.leads.DELETE")
    assert allows(["ZohoCRM.modules.WRITE"], "ZohoCRM.modules.deals.CREATE")
    assert allows(["ZohoCRM.settings.ALL"], "ZohoCRM.settings.fields.READ")
    assert not allows(["ZohoCRM.modules.leads.READ"], "ZohoCRM.modules.contacts.READ")
    assert not allows(["ZohoCRM.modules.READ"], "ZohoCRM.modules.leads.CREATE")
    assert not allows(["ZohoCRM.modules.WRITE"], "ZohoCRM.modules.leads.READ")
    assert not allows(["ZohoCRM.settings.fields.READ"], "ZohoCRM.settings.layouts.READ")
    assert not allows(["ZohoRecruit.modules.ALL"], "ZohoCRM.modules.leads.READ")
    assert not allows(["garbage", "ZohoCRM.modules"], "ZohoCRM.modules.leads.READ")


def test_rate_window_sliding_frees_a_slot_when_the_oldest_event_leaves() -> None:
    clock = Clock()
    clock.set(datetime(2024, 1, 1, tzinfo=UTC))
    clock.freeze()
    window = RateWindow(clock)
    assert window.hit("k", 2) is None
    clock.advance(30)
    assert window.hit("k", 2) is None
    clock.advance(31)  # the first event left the window, the second is still in it
    assert window.hit("k", 2) is None
    assert window.hit("k", 2) == pytest.approx(29)


def test_rate_window_fixed_counts_until_its_end_then_starts_again() -> None:
    clock = Clock()
    clock.set(datetime(2024, 1, 1, 0, 0, 10, 500000, tzinfo=UTC))
    clock.freeze()
    start = clock.timestamp()
    window = RateWindow(clock, 60, fixed=True)
    assert window.hit("k", 2) is None
    clock.advance(30)
    assert window.hit("k", 2) is None
    clock.advance(29)
    assert window.hit("k", 2) == pytest.approx(1)  # the window began at the first event
    assert window.count("k", clock.timestamp()) == 2
    clock.advance(1)
    assert window.count("k", clock.timestamp()) == 0
    assert window.ends_in("k", clock.timestamp()) == pytest.approx(60)
    window.add("k", clock.timestamp())
    assert window.count("other", clock.timestamp()) == 0 and window.count("k", clock.timestamp()) == 1
    aligned = RateWindow(clock, 1.0, aligned=True)
    aligned.add("k", start + 0.9)
    assert aligned.count("k", start + 0.9) == 1
    assert aligned.ends_in("k", start + 0.9) == pytest.approx(0.6, abs=1e-3)  # windows start on whole seconds
    assert aligned.count("k", start + 1.6) == 0
    aligned.forget("k")
    assert aligned.count("k", start + 0.9) == 0
    window.reset()
    assert window.count("k", clock.timestamp()) == 0
