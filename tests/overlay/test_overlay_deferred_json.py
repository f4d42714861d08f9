"""Response bodies whose arrays of models are left undecoded until read give exactly what
``json.loads`` gives: ``FastJSONResponse.json_deferring`` and the generated models built from it.

A page's records stay as their JSON text (``msgspec.Raw``) until a record is first read; every
other value is decoded at once. Reading the records must give the values, the types and the
errors an eager ``json.loads`` and ``from_dict`` give, for any body."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from zohokit_crm.models import RecordActionResponse, RecordsResponse

import zohokit.json_bodies as json_bodies
from zohokit.json_bodies import FastJSONResponse
from zohokit_runtime.deferred_json import decode_deferred, is_deferred, response_json

pytest.importorskip("msgspec")

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
OBJECTS = st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=5)


def _response(body: bytes) -> FastJSONResponse:
    return FastJSONResponse(200, content=body)


def _decoded(value: Any) -> Any:
    """``value`` with every undecoded text in it decoded."""
    if is_deferred(value):
        return decode_deferred(value)
    if isinstance(value, list):
        return [_decoded(item) for item in value]
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    return value


def _same(left: Any, right: Any) -> bool:
    """Equal, telling 1 from 1.0 and nan from nothing."""
    return json.dumps(left, sort_keys=True, allow_nan=True) == json.dumps(right, sort_keys=True, allow_nan=True)


@settings(max_examples=200, deadline=None)
@given(items=st.lists(OBJECTS | JSON_VALUES, max_size=6), others=OBJECTS)
def test_deferred_items_decode_to_what_json_loads_gives(items: list[Any], others: dict[str, Any]) -> None:
    body = json.dumps({**others, "data": items}).encode()
    deferred = _response(body).json_deferring(("data",))
    assert _same(_decoded(deferred), json.loads(body))
    kinds = [(is_deferred(item), isinstance(value, dict)) for item, value in zip(deferred["data"], items, strict=True)]
    assert all(undecoded == is_object for undecoded, is_object in kinds), "objects stay undecoded, nothing else"
    assert not any(is_deferred(value) for key, value in deferred.items() if key != "data"), "only the array's objects"


@pytest.mark.parametrize(
    "body",
    [
        b'{"data": [{"n": NaN}, {"big": 1e400}], "info": {"more_records": false}}',
        b'{"data": [{"big": 1e400}, {"i": 123456789012345678901234567890}], "info": {"x": -0.0}}',
        b'{"data": [{"a": 1, "a": 2}], "data": [{"b": 3}]}',
        b'{"data": {"not": "an array"}}',
        b'["not", "an", "object"]',
        b'{"data": [{"s": "\\ud800 lone surrogate"}]}',
    ],
)
def test_bodies_msgspec_refuses_in_part_or_whole_decode_as_json_loads_does(body: bytes) -> None:
    deferred = _decoded(_response(body).json_deferring(("data",)))
    assert _same(deferred, json.loads(body))


def test_a_body_that_is_no_json_raises_as_json_loads_does() -> None:
    with pytest.raises(json.JSONDecodeError):
        _response(b"{not json").json_deferring(("data",))


def test_without_msgspec_the_body_is_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_bodies, "DECODER", None)
    body = b'{"data": [{"id": "1"}]}'
    assert _response(body).json_deferring(("data",)) == {"data": [{"id": "1"}]}


def test_a_page_of_records_stays_undecoded_until_a_record_is_read() -> None:
    records = [{"id": str(n), "Last_Name": f"Lead {n}", "Annual_Revenue": 2**70 + n, "Rating": 0.5} for n in range(3)]
    body = json.dumps({"data": records, "info": {"per_page": 3, "page": 1, "more_records": False}}).encode()
    page = RecordsResponse._from_nested_json(response_json(_response(body), RecordsResponse))
    assert all(is_deferred(record._source) for record in page.data)  # built, not decoded
    eager = RecordsResponse.from_dict(json.loads(body))
    assert [r.to_dict() for r in page.data] == [r.to_dict() for r in eager.data]
    assert page.data[2]["Annual_Revenue"] == 2**70 + 2 and type(page.data[2]["Rating"]) is float
    assert page == eager


def test_items_of_a_model_with_required_keys_are_checked_when_their_array_is_converted() -> None:
    body = b'{"data": [{"code": "SUCCESS", "details": {}, "message": "ok", "status": "success"}, {"status": "x"}]}'
    results = RecordActionResponse._from_nested_json(response_json(_response(body), RecordActionResponse))
    eager = RecordActionResponse.from_dict(json.loads(body))
    with pytest.raises(KeyError) as deferred_error:
        _ = results.data
    with pytest.raises(KeyError) as eager_error:
        _ = eager.data
    assert deferred_error.value.args == eager_error.value.args == ("code",)


def test_a_plain_httpx_response_is_read_with_json() -> None:
    body = b'{"data": [{"id": "7"}]}'
    assert response_json(httpx.Response(200, content=body), RecordsResponse) == {"data": [{"id": "7"}]}
