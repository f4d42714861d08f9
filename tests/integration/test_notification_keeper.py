"""Notification channels kept alive by the keeper, and the emulator's real deliveries verified as typed events.

The emulator POSTs each notification to a loopback receiver run here (``http.server`` in a
thread), which verifies it with ``parse_notification`` and answers 200, or the error's status.
Time moves by advancing the emulator clock; the keeper reads that same clock.
"""

from __future__ import annotations

import json
import queue
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from zohokit_crm.api.records import delete_record, insert_records, update_record
from zohokit_crm.models import RecordUpdateRequest, RecordWriteRequest

import zohokit
from tests.loopback import LoopbackServer
from zohokit.notification_events import (
    NotificationError,
    NotificationEvent,
    NotificationOperation,
    NotificationTokenError,
    parse_notification,
)
from zohokit.notifications import AsyncChannelKeeper, ChannelAction, ChannelKeeper, ChannelSpec

from .conftest import ClientFactory

WAIT = 15.0
"""Seconds to wait for a delivery that must come (a bound on a hang, not a timing goal)."""


class VerifyingReceiver(LoopbackServer):
    """A loopback notify_url: verifies each POST, queues the events, keeps the refusals."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.events: queue.Queue[NotificationEvent] = queue.Queue()
        self.refused: list[NotificationError] = []
        super().__init__(self._verify)
        self.start()

    def _verify(self, path: str, headers: dict[str, str], body: bytes) -> int:
        try:
            event = parse_notification("POST", headers, body, tokens=self.tokens)
        except NotificationError as exc:
            self.refused.append(exc)
            return exc.status_code
        self.events.put(event)
        return 200

    @property
    def url(self) -> str:
        return self.origin + "/zoho/notify"

    def next_event(self) -> NotificationEvent:
        return self.events.get(timeout=WAIT)

    def drain(self) -> list[NotificationEvent]:
        drained = []
        while not self.events.empty():
            drained.append(self.events.get_nowait())
        return drained


@pytest.fixture
def receiver() -> Iterator[VerifyingReceiver]:
    running = VerifyingReceiver()
    yield running
    running.close()


def _spec(receiver: VerifyingReceiver, channel_id: str, token: str, events: list[str] | None = None) -> ChannelSpec:
    spec = ChannelSpec(channel_id, events or ["Leads.all"], receiver.url + "?source=keeper", token=token)
    receiver.tokens[channel_id] = token
    return spec


def _notified_channels(emu: zohokit.Emulator) -> list[str]:
    """The channels of the emulator's notification log, once it holds an entry (the emulator logs a
    delivery after the receiver answered it, so the log may trail the receiver's queue briefly)."""
    deadline = time.monotonic() + WAIT
    while True:
        logged = [d["payload"]["channel_id"] for d in emu.deliveries() if d["kind"] == "notification"]
        if logged or time.monotonic() > deadline:
            return logged
        time.sleep(0.02)


def _insert_lead(crm: Any, last_name: str) -> str:
    body = RecordWriteRequest.from_dict({"data": [{"Last_Name": last_name, "Company": "Keeper Ltd"}]})
    results = zohokit.record_results(insert_records.sync_detailed("Leads", client=crm, body=body))
    assert results[0].ok and results[0].id is not None, results
    return results[0].id


def test_create_edit_and_delete_arrive_as_typed_verified_events(
    emu: zohokit.Emulator, clients: ClientFactory, receiver: VerifyingReceiver
) -> None:
    crm = clients("crm")
    keeper = ChannelKeeper(crm, [_spec(receiver, "1000000068101", "tok-create-edit-delete")], clock=emu.now)
    reports = keeper.keep()
    assert [(r.channel_id, r.action) for r in reports] == [("1000000068101", ChannelAction.ENABLED)]
    assert reports[0].expires_at is not None and reports[0].expires_at > emu.now() + timedelta(hours=22)

    lead_id = _insert_lead(crm, "Watched")
    update = RecordUpdateRequest.from_dict({"data": [{"Company": "Renamed Ltd", "Phone": "555-0101"}]})
    zohokit.raise_for_response(update_record.sync_detailed("Leads", lead_id, client=crm, body=update))
    zohokit.raise_for_response(delete_record.sync_detailed("Leads", lead_id, client=crm))

    created, edited, deleted = receiver.next_event(), receiver.next_event(), receiver.next_event()
    assert (created.operation, edited.operation, deleted.operation) == (
        NotificationOperation.CREATE,
        NotificationOperation.EDIT,
        NotificationOperation.DELETE,
    )
    for event in (created, edited, deleted):
        assert event.channel_id == "1000000068101"
        assert event.module == "Leads"
        assert event.ids == (lead_id,)
        assert event.query_params == {"source": "keeper"}
        assert event.server_time is not None
    assert edited.affected_fields == {lead_id: ("Company", "Phone")}
    assert created.affected_fields == {} and deleted.affected_fields == {}
    assert receiver.refused == []


def test_a_forged_token_is_refused_by_the_receiver(
    emu: zohokit.Emulator, clients: ClientFactory, receiver: VerifyingReceiver
) -> None:
    crm = clients("crm")
    ChannelKeeper(crm, [_spec(receiver, "1000000068102", "tok-genuine")], clock=emu.now).keep()
    lead_id = _insert_lead(crm, "Genuine")
    genuine = receiver.next_event()
    assert genuine.ids == (lead_id,)

    forged = dict(genuine.raw, token="tok-guessed")
    answer = httpx.post(receiver.url, content=json.dumps(forged), headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert len(receiver.refused) == 1 and isinstance(receiver.refused[0], NotificationTokenError)
    assert "tok-guessed" not in str(receiver.refused[0]) and "tok-genuine" not in str(receiver.refused[0])
    assert receiver.drain() == []


def test_a_channel_past_its_expiry_stops_delivering_unless_the_keeper_renewed_it(
    emu: zohokit.Emulator, clients: ClientFactory, receiver: VerifyingReceiver
) -> None:
    crm = clients("crm")
    lapsing = ChannelKeeper(crm, [_spec(receiver, "1000000068201", "tok-lapsing")], clock=emu.now)
    renewed = ChannelKeeper(
        crm, [_spec(receiver, "1000000068202", "tok-renewed")], margin=timedelta(hours=2), clock=emu.now
    )
    assert [r.action for r in lapsing.keep() + renewed.keep()] == [ChannelAction.ENABLED, ChannelAction.ENABLED]

    emu.advance_clock(22 * 3600)  # both expire 23 hours after they were enabled
    assert [r.action for r in renewed.keep()] == [ChannelAction.RENEWED]
    emu.advance_clock(2 * 3600)  # now past the first channel's expiry

    lead_id = _insert_lead(crm, "After expiry")
    event = receiver.next_event()
    assert (event.channel_id, event.ids) == ("1000000068202", (lead_id,))
    # One delivery thread sends in order, and the lapsed channel's id sorts first: had the emulator
    # notified it, that POST would have been answered before this one.
    assert receiver.drain() == []
    assert _notified_channels(emu) == ["1000000068202"]

    # The lapsed channel is enabled again by its keeper (it survived nothing: Zoho forgot it).
    assert [r.action for r in lapsing.keep()] == [ChannelAction.ENABLED]


def test_a_restarted_keeper_reads_the_channels_back_and_changes_nothing_needlessly(
    emu: zohokit.Emulator, clients: ClientFactory, receiver: VerifyingReceiver
) -> None:
    seen: list[str] = []
    crm = clients("crm", httpx_args={"event_hooks": {"request": [lambda r: seen.append(r.method)]}})
    specs = [
        _spec(receiver, "1000000068301", "tok-a", ["Leads.create", "Deals.edit"]),
        _spec(receiver, "1000000068302", "tok-b", ["Contacts.delete"]),
    ]
    first = ChannelKeeper(crm, specs, clock=emu.now).keep()
    assert [r.action for r in first] == [ChannelAction.ENABLED, ChannelAction.ENABLED]

    seen.clear()
    restarted = ChannelKeeper(crm, specs, clock=emu.now).keep()
    assert [r.action for r in restarted] == [ChannelAction.UNCHANGED, ChannelAction.UNCHANGED]
    assert [r.expires_at for r in restarted] == [r.expires_at for r in first]
    assert seen == ["GET"]  # read back, nothing written

    moved = [ChannelSpec(specs[0].channel_id, ["Leads.all"], specs[0].notify_url, token="tok-a"), specs[1]]
    assert [r.action for r in ChannelKeeper(crm, moved, clock=emu.now).keep()] == [
        ChannelAction.UPDATED,
        ChannelAction.UNCHANGED,
    ]


async def test_a_watcher_built_on_the_keeper_sees_a_day_of_changes_without_a_lapse(
    emu: zohokit.Emulator, receiver: VerifyingReceiver
) -> None:
    step = timedelta(hours=3)
    async with emu.client("crm") as crm:
        keeper = AsyncChannelKeeper(
            crm, [_spec(receiver, "1000000068401", "tok-day")], margin=timedelta(hours=4), clock=emu.now
        )
        start = emu.now()
        actions: list[ChannelAction] = []
        changes = 0
        while emu.now() - start < timedelta(hours=26):
            [report] = await keeper.keep()
            assert report.ok, report
            actions.append(report.action)
            body = RecordWriteRequest.from_dict({"data": [{"Last_Name": f"Day step {changes}"}]})
            results = zohokit.record_results(await insert_records.asyncio_detailed("Leads", client=crm, body=body))
            event = receiver.next_event()
            assert (event.operation, event.ids) == (NotificationOperation.CREATE, (results[0].id,))
            changes += 1
            emu.advance_clock(step.total_seconds())
    assert changes == 9
    assert actions[0] is ChannelAction.ENABLED
    assert ChannelAction.ENABLED not in actions[1:]  # never had to start over: no lapse
    assert actions.count(ChannelAction.RENEWED) >= 1
    assert receiver.refused == []
