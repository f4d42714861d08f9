"""Instant notifications: channels, expiry rules, and real delivery to a loopback notify_url."""

from __future__ import annotations

from datetime import timedelta

import httpx

from zohokit_emulator.core.backend import Backend
from zohokit_emulator.core.clock import format_time

from .conftest import Receiver, renew_token


def _channel(
    url: str, channel_id: str = "1000000068001", events: list[str] | None = None, **extra: object
) -> dict[str, object]:
    return {"channel_id": channel_id, "events": events or ["Leads.all"], "notify_url": url, **extra}


async def test_subscribe_and_receive_create_edit_delete(
    crm: httpx.AsyncClient, backend: Backend, receiver: Receiver
) -> None:
    subscribed = await crm.post(
        "/actions/watch", json={"watch": [_channel(receiver.url + "/hook?source=crm", token="secret-token")]}
    )
    assert subscribed.status_code == 201
    result = subscribed.json()["watch"][0]
    assert result["message"] == "Successfully subscribed for actions-watch of the given module"
    assert result["details"]["events"][0]["resource_name"] == "Leads"

    created = await crm.post("/Leads", json={"data": [{"Last_Name": "Notified"}]})
    lead_id = created.json()["data"][0]["details"]["id"]
    await crm.put(f"/Leads/{lead_id}", json={"data": [{"Company": "Changed"}]})
    await crm.delete(f"/Leads/{lead_id}")
    await crm.post("/Contacts", json={"data": [{"Last_Name": "Not subscribed"}]})
    assert backend.outbound.wait_idle()

    operations = [(b["operation"], b["ids"]) for b in receiver.bodies]
    assert operations == [("insert", [lead_id]), ("update", [lead_id]), ("delete", [lead_id])]
    first = receiver.bodies[0]
    assert first["module"] == "Leads" and first["channel_id"] == "1000000068001" and first["token"] == "secret-token"
    assert first["query_params"] == {"source": "crm"} and first["resource_uri"].endswith("/crm/v2/Leads")
    assert isinstance(first["server_time"], int)
    assert receiver.bodies[1]["affected_fields"] == [{lead_id: ["Company"]}]
    assert receiver.paths[0] == "/hook?source=crm"
    log = (await crm.get("http://emulator.test/_emulator/deliveries")).json()["deliveries"]
    assert [d["outcome"] for d in log] == ["HTTP 200"] * 3


async def test_channel_listing_expiry_and_unsubscribe(
    client: httpx.AsyncClient, crm: httpx.AsyncClient, backend: Backend
) -> None:
    backend.clock.freeze()  # the capped expiry is "now + 1 hour" at the request: the same second as here
    now = backend.clock.now()
    soon = format_time(now + timedelta(hours=5))
    too_late = format_time(now + timedelta(days=3))
    await crm.post(
        "/actions/watch",
        json={"watch": [_channel("http://127.0.0.1:9/a", "11", ["Leads.create", "Deals.edit"], channel_expiry=soon)]},
    )
    await crm.post(
        "/actions/watch",
        json={"watch": [_channel("http://127.0.0.1:9/b", "22", ["Contacts.delete"], channel_expiry=too_late)]},
    )
    listing = (await crm.get("/actions/watch")).json()
    entries = {(e["channel_id"], e["resource_name"]): e for e in listing["watch"]}
    assert set(entries) == {("11", "Leads"), ("11", "Deals"), ("22", "Contacts")}
    assert entries[("11", "Leads")]["channel_expiry"] == soon
    assert entries[("22", "Contacts")]["channel_expiry"] == format_time(now + timedelta(hours=1))
    only = (await crm.get("/actions/watch", params={"channel_id": "11", "module": "Deals"})).json()["watch"]
    assert [e["events"] for e in only] == [["Deals.edit"]]
    backend.clock.advance(2 * 3600)
    await renew_token(crm, client)
    assert {e["channel_id"] for e in (await crm.get("/actions/watch")).json()["watch"]} == {"11"}
    gone = await crm.get("/actions/watch", params={"channel_id": "22"})
    assert gone.status_code == 400 and gone.json()["code"] == "NOT_SUBSCRIBED"
    removed = await crm.delete("/actions/watch", params={"channel_ids": "11"})
    assert removed.json()["watch"][0]["message"] == "Successfully un-subscribed from actions-watch"
    assert (await crm.get("/actions/watch")).status_code == 204
    assert (await crm.delete("/actions/watch", params={"channel_ids": "11"})).status_code == 400


async def test_channel_validation(crm: httpx.AsyncClient, backend: Backend) -> None:
    past = format_time(backend.clock.now() - timedelta(minutes=1))
    cases = [
        ({"events": ["Leads.all"], "notify_url": "http://127.0.0.1/x"}, "MANDATORY_NOT_FOUND"),
        (_channel("http://127.0.0.1/x", events=["Nope.create"]), "INVALID_MODULE"),
        (_channel("http://127.0.0.1/x", token="x" * 51), "INVALID_DATA"),
        (_channel("http://127.0.0.1/x", channel_expiry=past), "INVALID_DATA"),
        (_channel("not a url"), "INVALID_DATA"),
    ]
    for body, code in cases:
        response = await crm.post("/actions/watch", json={"watch": [body]})
        assert response.status_code == 400, body
        payload = response.json()
        found = payload["watch"][0]["code"] if "watch" in payload else payload["code"]
        assert found == code, (body, payload)
    assert (await crm.get("/actions/watch")).status_code == 204


async def test_update_and_patch_channels(crm: httpx.AsyncClient, backend: Backend, receiver: Receiver) -> None:
    await crm.post(
        "/actions/watch",
        json={
            "watch": [
                _channel("http://127.0.0.1:9/old", "5", ["Leads.create", "Leads.delete", "Deals.create"], token="one")
            ]
        },
    )
    replaced = await crm.put("/actions/watch", json={"watch": [_channel(receiver.url, "5", ["Leads.edit"])]})
    assert replaced.json()["watch"][0]["message"] == "Successfully updated the subscribe details"
    entry = (await crm.get("/actions/watch")).json()["watch"][0]
    assert entry["events"] == ["Leads.edit"] and entry["token"] is None and entry["notify_url"] == receiver.url
    patched = await crm.patch(
        "/actions/watch", json={"watch": [{"channel_id": 5, "events": ["Deals.create"], "token": "two"}]}
    )
    assert patched.status_code == 200
    entries = (await crm.get("/actions/watch")).json()["watch"]
    assert {e["resource_name"] for e in entries} == {"Leads", "Deals"} and all(e["token"] == "two" for e in entries)
    dropped = await crm.patch(
        "/actions/watch", json={"watch": [{"channel_id": "5", "events": ["Deals.create"], "_delete_events": True}]}
    )
    assert dropped.json()["watch"][0]["message"] == "Successfully removed the subscribe details"
    kept = await crm.patch(
        "/actions/watch", json={"watch": [{"channel_id": "5", "events": ["Leads.edit"], "_delete_events": False}]}
    )
    assert kept.status_code == 200
    assert [e["resource_name"] for e in (await crm.get("/actions/watch")).json()["watch"]] == ["Leads"]
    unknown = await crm.put("/actions/watch", json={"watch": [_channel(receiver.url, "999")]})
    assert unknown.status_code == 400 and unknown.json()["watch"][0]["code"] == "NOT_SUBSCRIBED"
    await crm.post("/Deals", json={"data": [{"Deal_Name": "quiet", "Stage": "Qualification"}]})
    assert backend.outbound.wait_idle()
    assert receiver.bodies == []


async def test_non_loopback_targets_are_never_called(crm: httpx.AsyncClient, backend: Backend) -> None:
    await crm.post(
        "/actions/watch", json={"watch": [_channel("https://hooks.example.com/zoho", events=["Tasks.create"])]}
    )
    await crm.post("/Tasks", json={"data": [{"Subject": "x"}]})
    assert backend.outbound.wait_idle()
    deliveries = backend.outbound.deliveries()
    assert deliveries[-1]["outcome"] == "skipped: not a loopback address"
    assert deliveries[-1]["payload"]["operation"] == "insert"
