"""Typed errors: the one mapping, raise_for_response / unwrap on generated and httpx responses."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from zohokit_recruit.models.zoho_error import ZohoError
from zohokit_recruit.types import Response

from zohokit import (
    APIError,
    AuthenticationError,
    BadRequestError,
    MethodNotAllowedError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    UnsupportedMediaTypeError,
    ZohoKitError,
    api_error,
    raise_for_response,
    unwrap,
)
from zohokit.errors import InsecureTransportError, TokenError


def generated(status: int, body: Any = None, parsed: Any = None) -> Response[Any, Any]:
    content = b"" if body is None else json.dumps(body).encode()
    return Response(status_code=HTTPStatus(status), content=content, headers={}, parsed=parsed)


ENVELOPE = {"code": "INVALID_DATA", "details": {"api_name": "Email"}, "message": "invalid data", "status": "error"}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, MethodNotAllowedError),
        (413, PayloadTooLargeError),
        (415, UnsupportedMediaTypeError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (599, ServerError),
        (409, APIError),
        (418, APIError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIError]) -> None:
    error = api_error(status, ENVELOPE)
    assert type(error) is cls
    assert isinstance(error, ZohoKitError)
    assert (error.status_code, error.code, error.message) == (status, "INVALID_DATA", "invalid data")
    assert error.details == {"api_name": "Email"}
    assert error.body == ENVELOPE


def test_hierarchy_is_shallow() -> None:
    for cls in (InsecureTransportError, TokenError, UnexpectedResponseError, APIError):
        assert cls.__bases__ == (ZohoKitError,)
    assert ServerError.__bases__ == (APIError,)


@pytest.mark.parametrize(
    ("body", "code", "message", "details"),
    [
        (
            {"data": [{"code": "MANDATORY_NOT_FOUND", "details": {"api_name": "Last_Name"}, "message": "required"}]},
            "MANDATORY_NOT_FOUND",
            "required",
            {"api_name": "Last_Name"},
        ),
        (
            {"data": [[{"code": "RECORD_ARCHIVED", "message": "Record is archived"}]]},
            "RECORD_ARCHIVED",
            "Record is archived",
            None,
        ),
        ({"error": "invalid_client", "error_description": "no such client"}, "invalid_client", "no such client", None),
        (
            {"status": 400, "error": "Bad Request", "message": "campaign too long"},
            "Bad Request",
            "campaign too long",
            None,
        ),
        ({"message": "only a message"}, None, "only a message", None),
        (None, None, "Bad Request", None),
        (["a", "list"], None, "Bad Request", None),
    ],
)
def test_body_shapes(body: Any, code: str | None, message: str, details: Any) -> None:
    error = api_error(400, body)
    assert (error.code, error.message, error.details) == (code, message, details)


def test_str_and_repr() -> None:
    error = api_error(429, {"code": "TOO_MANY_REQUESTS", "message": "slow down", "status": "error"})
    assert str(error) == "HTTP 429 TOO_MANY_REQUESTS: slow down"
    assert repr(error) == "RateLimitError(status_code=429, code='TOO_MANY_REQUESTS', message='slow down')"
    assert str(api_error(503, None)) == "HTTP 503: Service Unavailable"
    assert str(api_error(799, None)) == "HTTP 799: Unknown status"


def test_raise_for_response_on_generated_response() -> None:
    raise_for_response(generated(200, {"data": []}))
    raise_for_response(generated(204))
    raise_for_response(generated(304))
    with pytest.raises(BadRequestError) as caught:
        raise_for_response(generated(400, ENVELOPE, parsed=ZohoError.from_dict(ENVELOPE)))
    assert caught.value.request is None
    assert caught.value.response is not None
    with pytest.raises(APIError, match="RECORD_ARCHIVED") as archived:
        raise_for_response(generated(202, {"code": "RECORD_ARCHIVED", "message": "archived", "status": "error"}))
    assert archived.value.status_code == 202


def test_raise_for_response_keeps_the_request_but_never_its_secrets() -> None:
    request = httpx.Request(
        "GET", "https://www.zohoapis.com/crm/v2/Leads", headers={"Authorization": "Zoho-oauthtoken top-secret-token"}
    )
    response = httpx.Response(401, json={"code": "INVALID_TOKEN", "message": "invalid oauth token"}, request=request)
    with pytest.raises(AuthenticationError) as caught:
        raise_for_response(response)
    assert caught.value.request is request
    assert caught.value.code == "INVALID_TOKEN"
    text = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert "top-secret-token" not in text
    raise_for_response(httpx.Response(200, content=b"PK\x03\x04 zip bytes"))


def test_unwrap() -> None:
    model = ZohoError.from_dict(ENVELOPE)
    assert unwrap(generated(200, {"data": []}, parsed=model)) is model
    assert unwrap(generated(204)) is None
    assert unwrap(generated(200, {"data": []}, parsed=model), ZohoError) is model
    with pytest.raises(APIError, match="HTTP 200 INVALID_DATA"):
        unwrap(generated(200, ENVELOPE, parsed=model))
    with pytest.raises(UnexpectedResponseError, match="expected a ZohoError body, got NoneType"):
        unwrap(generated(204), ZohoError)
    with pytest.raises(NotFoundError):
        unwrap(generated(404, {"code": "INVALID_URL_PATTERN", "message": "bad url", "status": "error"}), ZohoError)
