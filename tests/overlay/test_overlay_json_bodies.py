"""FastJSONResponse.json() gives exactly what httpx's own json() (``json.loads``) gives: the same
value with the same types, or the same exception, for any body."""

from __future__ import annotations

import decimal
import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zohokit.json_bodies as json_bodies
from zohokit.json_bodies import FastJSONResponse, with_fast_json
from zohokit.transports import build_transport

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # any size: msgspec must keep integers beyond 64 bits exact, as json.loads does
    | st.integers(min_value=-(2**200), max_value=2**200)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=25,
)

EDGE_BODIES = [
    b"NaN",
    b"[Infinity, -Infinity]",
    b"[1e400, -1e400, 1e-400]",
    b'"\\ud800 lone surrogate"',
    b'\xef\xbb\xbf{"bom": 1}',
    '{"utf": 16}'.encode("utf-16"),
    '{"utf": 32}'.encode("utf-32"),
    b"123456789012345678901234567890",
    b"-9223372036854775809",
    b"18446744073709551616",
    b"-0",
    b"-0.0",
    b'{"a": 1, "a": 2}',
    b'"\xff not utf-8"',
    b'"raw \x01 control"',
    b"[1, 2,]",
    b"",
    b"   ",
    b"[" * 5000 + b"]" * 5000,
]


def _outcome(response: httpx.Response) -> tuple[str, Any]:
    """The decoded value in a form that tells 1 from 1.0 and -0.0 from 0.0, or the exception type."""
    try:
        value = response.json()
    except Exception as exc:  # the exact type is what must match
        return ("raised", type(exc))
    return ("value", json.dumps(value, sort_keys=True, allow_nan=True))


def _both(body: bytes) -> tuple[tuple[str, Any], tuple[str, Any]]:
    return _outcome(FastJSONResponse(200, content=body)), _outcome(httpx.Response(200, content=body))


@settings(max_examples=300, deadline=None)
@given(value=JSON_VALUES, ensure_ascii=st.booleans(), compact=st.booleans())
def test_any_json_document_decodes_to_the_same_value(value: Any, ensure_ascii: bool, compact: bool) -> None:
    separators = (",", ":") if compact else (", ", ": ")
    body = json.dumps(value, ensure_ascii=ensure_ascii, separators=separators).encode()
    fast, standard = _both(body)
    assert fast == standard
    assert fast[0] == "value"


@settings(max_examples=300, deadline=None)
@given(value=JSON_VALUES, cut=st.integers(min_value=0), junk=st.binary(max_size=3))
def test_any_broken_document_gives_the_same_value_or_the_same_error(value: Any, cut: int, junk: bytes) -> None:
    body = json.dumps(value).encode()
    cut %= len(body) + 1
    fast, standard = _both(body[:cut] + junk + body[cut:])
    assert fast == standard


@pytest.mark.parametrize("body", EDGE_BODIES, ids=lambda b: repr(b[:24]))
def test_bodies_msgspec_refuses_or_reads_differently_decode_as_json_loads_does(body: bytes) -> None:
    fast, standard = _both(body)
    assert fast == standard


def test_integers_beyond_64_bits_stay_exact() -> None:
    assert FastJSONResponse(200, content=b"[123456789012345678901234567890]").json() == [123456789012345678901234567890]


def test_arguments_to_json_are_honoured_by_the_standard_library() -> None:
    response = FastJSONResponse(200, content=b'{"amount": 1.10}')
    assert response.json(parse_float=decimal.Decimal) == {"amount": decimal.Decimal("1.10")}


def test_without_msgspec_responses_decode_with_the_standard_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_bodies, "DECODER", None)
    request = httpx.Request("GET", "https://www.zohoapis.com/crm/v2/Leads")
    plain = httpx.Response(200, content=b'{"data": [1.10]}', request=request)
    wrapped = with_fast_json(plain, request)
    assert isinstance(wrapped, FastJSONResponse) and wrapped.request is request
    assert wrapped.read() == b'{"data": [1.10]}' and wrapped.json() == {"data": [1.1]}
    assert with_fast_json(wrapped, request) is wrapped
    assert FastJSONResponse(200, content=b"[1.5]").json() == [1.5]


def test_the_transport_stack_hands_out_fast_responses() -> None:
    transport = build_transport(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"n": 1})))
    with httpx.Client(transport=transport) as client:
        response = client.get("https://www.zohoapis.com/crm/v2/Leads")
    assert isinstance(response, FastJSONResponse) and response.json() == {"n": 1}
    assert response.request.url.path == "/crm/v2/Leads"


async def test_the_transport_stack_hands_out_fast_responses_async() -> None:
    transport = build_transport(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"n": 2})))
    async with httpx.AsyncClient(transport=transport) as client:
        response = await client.get("https://www.zohoapis.com/crm/v2/Leads")
    assert isinstance(response, FastJSONResponse) and response.json() == {"n": 2}
