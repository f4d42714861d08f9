"""Per-record results of multi-record writes, 202 partial failures included, never a silent None."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from zohokit_recruit.types import Response

from zohokit import AuthenticationError, UnexpectedResponseError, failed, record_results


def generated(status: int, body: Any = None) -> Response[Any, Any]:
    content = b"" if body is None else json.dumps(body).encode()
    return Response(status_code=HTTPStatus(status), content=content, headers={}, parsed=None)


PARTIAL = {
    "data": [
        {
            "code": "SUCCESS",
            "details": {"id": "4150868000001234001", "Modified_Time": "2024-06-02T11:13:41+05:30"},
            "message": "record added",
            "status": "success",
        },
        {"code": "INVALID_DATA", "details": {"api_name": "Email"}, "message": "invalid data", "status": "error"},
        {
            "code": "DUPLICATE_DATA",
            "details": {"id": 4150868000001234002},
            "message": "duplicate data",
            "status": "error",
        },
    ]
}


def test_202_partial_failure_gives_every_outcome_in_order() -> None:
    results = record_results(generated(202, PARTIAL))
    assert [(r.index, r.ok, r.code, r.id) for r in results] == [
        (0, True, "SUCCESS", "4150868000001234001"),
        (1, False, "INVALID_DATA", None),
        (2, False, "DUPLICATE_DATA", "4150868000001234002"),  # 19-digit number kept exact, as a string
    ]
    assert results[1].details == {"api_name": "Email"}
    assert results[1].message == "invalid data"
    assert results[0].raw == PARTIAL["data"][0]
    assert [r.index for r in failed(results)] == [1, 2]


def test_recruit_nested_list_is_flattened() -> None:
    body = {
        "data": [
            [
                {
                    "code": "SUCCESS",
                    "details": {"id": "100001000000031070"},
                    "message": "status changed",
                    "status": "success",
                }
            ]
        ]
    }
    (result,) = record_results(httpx.Response(200, json=body))
    assert result.ok and result.id == "100001000000031070"


def test_other_keys_are_found_or_named() -> None:
    body = {"users": [{"code": "SUCCESS", "details": {"id": "42"}, "message": "User added", "status": "success"}]}
    assert record_results(generated(201, body))[0].id == "42"
    watch = {
        "watch": [{"code": "SUCCESS", "details": {"events": []}, "message": "enabled", "status": "success"}],
        "info": {},
    }
    assert record_results(generated(200, watch), key="watch")[0].ok


def test_status_missing_falls_back_to_code() -> None:
    body = {"data": [{"code": "SUCCESS", "details": {}}, {"code": "INVALID_DATA"}]}
    assert [r.ok for r in record_results(generated(200, body))] == [True, False]


def test_400_single_record_failure_is_a_result() -> None:
    body = {
        "data": [
            {
                "code": "MANDATORY_NOT_FOUND",
                "details": {"api_name": "Last_Name"},
                "message": "required field not found",
                "status": "error",
            }
        ]
    }
    (result,) = record_results(generated(400, body))
    assert not result.ok and result.code == "MANDATORY_NOT_FOUND"


def test_request_level_error_raises_the_typed_error() -> None:
    with pytest.raises(AuthenticationError, match="INVALID_TOKEN"):
        record_results(
            generated(
                401, {"code": "INVALID_TOKEN", "details": {}, "message": "invalid oauth token", "status": "error"}
            )
        )


@pytest.mark.parametrize(
    ("status", "body", "key"),
    [
        (204, None, None),
        (200, {"data": [{"id": "1", "Last_Name": "record, not a result"}]}, None),
        (200, {"info": {}, "users": [], "roles": []}, None),
        (200, ["not", "an", "object"], None),
        (200, {"data": []}, "users"),
    ],
)
def test_bodies_without_results_raise(status: int, body: Any, key: str | None) -> None:
    with pytest.raises(UnexpectedResponseError) as caught:
        record_results(generated(status, body), key=key)
    assert caught.value.status_code == status
