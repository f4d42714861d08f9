"""The channel keeper's decisions and requests, against a scripted /actions/watch (httpx.MockTransport)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from zohokit_crm.models import NotificationChannel

from zohokit import (
    NO_RETRIES,
    AsyncChannelKeeper,
    ChannelAction,
    ChannelKeeper,
    ChannelSpec,
    zoho_client,
)
from zohokit.notifications import format_expiry, merge_listing, parse_expiry

BASE = "https://www.zohoapis.com/crm/v2"
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
URL = "https://app.example.com/zoho/notify"


class FakeWatch:
    """``/actions/watch`` keeping channels as Zoho lists them; ``refuse`` maps channel ids to error codes."""

    def __init__(self) -> None:
        self.channels: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, Any]] = []
        self.refuse: dict[str, str] = {}

    def listed(self, channel_id: str, events: list[str], expiry: datetime, **extra: Any) -> None:
        self.channels[channel_id] = {
            "channel_id": channel_id,
            "events": events,
            "notify_url": URL,
            "channel_expiry": format_expiry(expiry),
            "token": "tok",
            **extra,
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, body))
        if request.method == "GET":
            entries = []
            for channel in self.channels.values():
                by_module: dict[str, list[str]] = {}
                for event in channel["events"]:
                    by_module.setdefault(event.rpartition(".")[0], []).append(event)
                entries += [{**channel, "events": events, "resource_name": m} for m, events in by_module.items()]
            if not entries:
                return httpx.Response(204)
            page = int(request.url.params.get("page", "1"))
            chunk = entries[(page - 1) * 2 : page * 2]  # two per page: the keeper must read every page
            return httpx.Response(200, json={"watch": chunk, "info": {"more_records": len(entries) > page * 2}})
        results = []
        for item in body["watch"]:
            code = self.refuse.get(item["channel_id"])
            if code:
                results.append({"code": code, "details": {}, "message": code.lower(), "status": "error"})
                continue
            channel = self.channels.setdefault(item["channel_id"], {})
            if request.method in ("POST", "PUT"):
                channel.clear()
            channel.update(item)
            details = [{"channel_expiry": channel["channel_expiry"], "channel_id": item["channel_id"]}]
            results.append({"code": "SUCCESS", "details": {"events": details}, "message": "ok", "status": "success"})
        status = 400 if all(r["status"] == "error" for r in results) else (201 if request.method == "POST" else 200)
        return httpx.Response(status, json={"watch": results})

    def client(self) -> Any:
        return zoho_client("crm", base_url=BASE, transport=httpx.MockTransport(self.handle), retry=NO_RETRIES)

    def writes(self) -> list[tuple[str, Any]]:
        return [(method, body) for method, body in self.requests if method != "GET"]


def spec(channel_id: str, events: list[str] | None = None, token: str | None = "tok") -> ChannelSpec:
    return ChannelSpec(channel_id, events or ["Leads.all"], URL, token=token)


def test_missing_channels_are_enabled_with_an_expiry_a_lifetime_ahead() -> None:
    fake = FakeWatch()
    keeper = ChannelKeeper(fake.client(), [spec("1"), spec("2", ["Deals.edit"], token=None)], clock=lambda: NOW)
    reports = keeper.keep()
    assert [(r.channel_id, r.action, r.expires_at) for r in reports] == [
        ("1", ChannelAction.ENABLED, NOW + timedelta(hours=23)),
        ("2", ChannelAction.ENABLED, NOW + timedelta(hours=23)),
    ]
    [(method, body)] = fake.writes()
    assert method == "POST"
    assert body["watch"][0] == {
        "channel_id": "1",
        "events": ["Leads.all"],
        "notify_url": URL,
        "channel_expiry": "2026-12-05T11:00:00+00:00",
        "token": "tok",
    }
    assert "token" not in body["watch"][1]
    assert keeper.tokens == {"1": "tok"}


def test_each_channel_gets_the_action_its_state_needs() -> None:
    fake = FakeWatch()
    fake.listed("10", ["Leads.all"], NOW + timedelta(hours=5))  # healthy
    fake.listed("11", ["Leads.all"], NOW + timedelta(minutes=59))  # within the margin
    fake.listed("12", ["Leads.create"], NOW + timedelta(hours=5))  # other events
    fake.listed("13", ["Leads.all"], NOW + timedelta(hours=5), token="other")  # other token
    fake.listed("14", ["Leads.all"], NOW - timedelta(seconds=1))  # lapsed, still listed
    fake.listed("99", ["Leads.all"], NOW + timedelta(minutes=1))  # not ours: left alone
    specs = [spec(str(i)) for i in (10, 11, 12, 13, 14, 15)]
    reports = ChannelKeeper(fake.client(), specs, clock=lambda: NOW).keep()
    assert [(r.channel_id, r.action) for r in reports] == [
        ("10", ChannelAction.UNCHANGED),
        ("11", ChannelAction.RENEWED),
        ("12", ChannelAction.UPDATED),
        ("13", ChannelAction.UPDATED),
        ("14", ChannelAction.ENABLED),
        ("15", ChannelAction.ENABLED),
    ]
    assert reports[0].expires_at == NOW + timedelta(hours=5)
    writes = dict(fake.writes())
    assert [item["channel_id"] for item in writes["POST"]["watch"]] == ["14", "15"]
    assert [item["channel_id"] for item in writes["PUT"]["watch"]] == ["12", "13"]
    assert writes["PATCH"] == {"watch": [{"channel_id": "11", "channel_expiry": "2026-12-05T11:00:00+00:00"}]}
    assert fake.channels["99"]["channel_expiry"] == format_expiry(NOW + timedelta(minutes=1))


def test_a_refused_channel_is_reported_failed_with_zohos_code_and_the_others_proceed() -> None:
    fake = FakeWatch()
    fake.listed("21", ["Leads.all"], NOW + timedelta(minutes=10))
    fake.refuse = {"20": "INVALID_MODULE", "21": "NOT_SUBSCRIBED"}
    reports = ChannelKeeper(fake.client(), [spec("20"), spec("21"), spec("22")], clock=lambda: NOW).keep()
    assert [(r.channel_id, r.action, r.code, r.ok) for r in reports] == [
        ("20", ChannelAction.FAILED, "INVALID_MODULE", False),
        ("21", ChannelAction.FAILED, "NOT_SUBSCRIBED", False),
        ("22", ChannelAction.ENABLED, None, True),
    ]
    assert reports[1].expires_at == NOW + timedelta(minutes=10)  # what it had before the run


def test_more_than_100_channels_go_in_requests_of_100() -> None:
    fake = FakeWatch()
    specs = [spec(str(1000 + i)) for i in range(150)]
    reports = ChannelKeeper(fake.client(), specs, clock=lambda: NOW).keep()
    assert [len(body["watch"]) for _, body in fake.writes()] == [100, 50]
    assert {r.action for r in reports} == {ChannelAction.ENABLED}
    again = ChannelKeeper(fake.client(), specs, clock=lambda: NOW + timedelta(hours=1)).keep()
    assert {r.action for r in again} == {ChannelAction.UNCHANGED}  # read back over 75 listing pages


async def test_the_async_keeper_makes_the_same_decisions() -> None:
    fake = FakeWatch()
    fake.listed("31", ["Leads.all"], NOW + timedelta(minutes=30))
    async with fake.client() as client:
        keeper = AsyncChannelKeeper(client, [spec("30"), spec("31")], margin=timedelta(hours=2), clock=lambda: NOW)
        reports = await keeper.keep()
    assert [(r.channel_id, r.action) for r in reports] == [("30", ChannelAction.ENABLED), ("31", ChannelAction.RENEWED)]
    assert [method for method, _ in fake.writes()] == ["POST", "PATCH"]


def test_listing_entries_of_one_channel_merge_into_one() -> None:
    entries = [
        NotificationChannel.from_dict(
            {"channel_id": "1", "events": ["Leads.create"], "channel_expiry": "2026-12-04T13:00:00Z", "token": "t"}
        ),
        NotificationChannel.from_dict(
            {"channel_id": "1", "events": ["Deals.all"], "channel_expiry": "2026-12-04T13:00:00+00:00"}
        ),
        NotificationChannel.from_dict({"events": ["Leads.all"]}),
    ]
    [merged] = merge_listing(entries).values()
    assert merged.events == frozenset({"Leads.create", "Deals.all"})
    assert merged.token == "t" and merged.expires_at == datetime(2026, 12, 4, 13, tzinfo=UTC)


def test_expiry_text_round_trips_and_garbage_reads_as_unknown() -> None:
    assert parse_expiry(format_expiry(datetime(2026, 12, 4, 13, 30, 5, 999, tzinfo=UTC))) == datetime(
        2026, 12, 4, 13, 30, 5, tzinfo=UTC
    )
    assert parse_expiry("2026-12-04T18:30:00+05:30") == datetime(2026, 12, 4, 13, tzinfo=UTC)
    assert parse_expiry("tomorrow") is None and parse_expiry(None) is None


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"channel_id": "abc"}, "channel_id must be a number"),
        ({"events": []}, "events must be a non-empty list"),
        ({"events": "Leads.all"}, "events must be a non-empty list"),
        ({"token": "x" * 51}, "token must have 1 to 50"),
        ({"token": ""}, "token must have 1 to 50"),
        ({"notify_url": "ftp://example.com"}, "notify_url must be an http"),
    ],
)
def test_bad_channel_specs_are_refused(arguments: dict[str, Any], message: str) -> None:
    values: dict[str, Any] = {"channel_id": "1", "events": ["Leads.all"], "notify_url": URL, **arguments}
    with pytest.raises(ValueError, match=message):
        ChannelSpec(**values)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"lifetime": timedelta(days=1, seconds=1)}, "lifetime"),
        ({"lifetime": timedelta(0)}, "lifetime"),
        ({"margin": timedelta(hours=23)}, "margin"),
        ({"margin": timedelta(seconds=-1)}, "margin"),
    ],
)
def test_bad_keeper_options_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ChannelKeeper(FakeWatch().client(), [spec("1")], **options)


def test_duplicate_channels_and_naive_clocks_are_refused() -> None:
    with pytest.raises(ValueError, match="once"):
        ChannelKeeper(FakeWatch().client(), [spec("1"), spec("1")])
    keeper = ChannelKeeper(FakeWatch().client(), [spec("1")], clock=lambda: datetime(2026, 12, 4, 12))
    with pytest.raises(ValueError, match="timezone-aware"):
        keeper.keep()
