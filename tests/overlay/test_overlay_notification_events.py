"""Incoming notifications: verified against the channel's token, read as typed events, refused clearly."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from zohokit import (
    MalformedNotificationError,
    NotificationError,
    NotificationMethodError,
    NotificationOperation,
    NotificationTokenError,
    UnknownChannelError,
    parse_notification,
)
from zohokit.notification_events import MAX_NOTIFICATION_BYTES

TOKENS = {"1000000068001": "tok-of-the-channel"}
JSON = {"Content-Type": "application/json;charset=UTF-8"}


def body(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "server_time": 1_733_325_600_000,
        "query_params": {"source": "crm"},
        "module": "Leads",
        "resource_uri": "https://www.zohoapis.com/crm/v2/Leads",
        "ids": ["4150868000001234001", "4150868000001234002"],
        "affected_fields": [{"4150868000001234001": ["Company", "Phone"]}, {"4150868000001234002": ["Email"]}],
        "operation": "update",
        "channel_id": "1000000068001",
        "token": "tok-of-the-channel",
    }
    payload.update(changes)
    return {key: value for key, value in payload.items() if value is not ...}


def parse(payload: Any, *, method: str = "POST", headers: dict[str, str] = JSON) -> Any:
    raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return parse_notification(method, headers, raw, tokens=TOKENS)


def test_an_update_becomes_a_typed_edit_event() -> None:
    event = parse(body())
    assert event.channel_id == "1000000068001"
    assert event.module == "Leads"
    assert event.operation is NotificationOperation.EDIT
    assert event.ids == ("4150868000001234001", "4150868000001234002")
    assert event.affected_fields == {
        "4150868000001234001": ("Company", "Phone"),
        "4150868000001234002": ("Email",),
    }
    assert event.server_time == datetime(2024, 12, 4, 15, 20, tzinfo=UTC)
    assert event.resource_uri == "https://www.zohoapis.com/crm/v2/Leads"
    assert event.query_params == {"source": "crm"}
    assert event.raw["token"] == "tok-of-the-channel"
    assert "tok-of-the-channel" not in repr(event)


@pytest.mark.parametrize(("zoho", "ours"), [("insert", "create"), ("update", "edit"), ("delete", "delete")])
def test_zoho_operations_map_to_subscription_operations(zoho: str, ours: str) -> None:
    assert parse(body(operation=zoho, affected_fields=[])).operation == NotificationOperation(ours)


def test_optional_fields_may_be_missing_or_null_and_numeric_ids_stay_exact() -> None:
    event = parse(
        body(server_time=None, resource_uri=..., query_params=..., affected_fields=None, ids=[4150868000001234001])
    )
    assert event.ids == ("4150868000001234001",)
    assert (event.server_time, event.resource_uri, event.query_params, event.affected_fields) == (None, None, {}, {})


def test_header_names_are_matched_without_case_and_a_missing_content_type_is_accepted() -> None:
    assert parse(body(), headers={"content-type": "application/json"}).module == "Leads"
    assert parse(body(), headers={}).module == "Leads"


@pytest.mark.parametrize("method", ["GET", "PUT", "delete", ""])
def test_a_method_other_than_post_is_refused_with_405(method: str) -> None:
    with pytest.raises(NotificationMethodError) as caught:
        parse(body(), method=method)
    assert caught.value.status_code == 405


def test_a_wrong_token_is_refused_without_echoing_either_token() -> None:
    with pytest.raises(NotificationTokenError) as caught:
        parse(body(token="tok-of-the-channeL"))
    assert caught.value.status_code == 400
    assert "tok-of-the-channe" not in str(caught.value)


@pytest.mark.parametrize("token", [None, ..., "", 12345, ["tok-of-the-channel"]])
def test_a_missing_or_ill_typed_token_is_refused(token: Any) -> None:
    with pytest.raises(NotificationTokenError):
        parse(body(token=token))


def test_an_unknown_channel_is_refused_before_its_token_is_looked_at() -> None:
    with pytest.raises(UnknownChannelError, match="1000000068999"):
        parse(body(channel_id="1000000068999", token="tok-of-the-channel"))


def test_a_channel_mapped_to_an_empty_token_cannot_be_verified() -> None:
    with pytest.raises(UnknownChannelError):
        parse_notification("POST", JSON, json.dumps(body(token="")).encode(), tokens={"1000000068001": ""})


@pytest.mark.parametrize(
    ("payload", "headers"),
    [
        (b"not json", JSON),
        (b"\xff\xfe", JSON),
        (b"[1, 2]", JSON),
        (b"", JSON),
        (json.dumps(body()).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (json.dumps(body(channel_id=...)).encode(), JSON),
        (json.dumps(body(channel_id=True)).encode(), JSON),
        (json.dumps(body(module=...)).encode(), JSON),
        (json.dumps(body(module=7)).encode(), JSON),
        (json.dumps(body(operation="upsert")).encode(), JSON),
        (json.dumps(body(ids=[])).encode(), JSON),
        (json.dumps(body(ids="4150868000001234001")).encode(), JSON),
        (json.dumps(body(ids=[1.5])).encode(), JSON),
        (json.dumps(body(affected_fields={"x": ["a"]})).encode(), JSON),
        (json.dumps(body(affected_fields=[{"4150868000001234001": "Company"}])).encode(), JSON),
        (json.dumps(body(server_time="yesterday")).encode(), JSON),
        (json.dumps(body(server_time=10**20)).encode(), JSON),
        (json.dumps(body(query_params=["a"])).encode(), JSON),
        (b" " * (MAX_NOTIFICATION_BYTES + 1), JSON),
    ],
)
def test_a_malformed_body_is_refused_with_400(payload: bytes, headers: dict[str, str]) -> None:
    with pytest.raises(MalformedNotificationError) as caught:
        parse(payload, headers=headers)
    assert caught.value.status_code == 400
    assert isinstance(caught.value, NotificationError)


def test_the_token_is_checked_before_the_rest_of_the_body_is_read() -> None:
    # A forged body learns nothing about which fields would have been accepted.
    with pytest.raises(NotificationTokenError):
        parse(body(token="forged", operation="nonsense", ids="nonsense"))
