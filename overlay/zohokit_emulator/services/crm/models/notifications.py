"""Notification channels (actions-watch) and the notifications a change queues to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlparse

from ....core.clock import parse_time
from ....core.errors import ZohoError, invalid_data, mandatory_not_found
from ....core.http import normalize_id
from .state import CrmState

CHANNEL_MAX_LIFETIME = timedelta(days=1)
CHANNEL_DEFAULT_LIFETIME = timedelta(hours=1)
NOTIFY_OPERATIONS = {"create": "insert", "edit": "update", "delete": "delete"}


def _ts(when: datetime) -> float:
    return when.timestamp()


@dataclass
class Channel:
    channel_id: str
    events: list[str]
    notify_url: str
    token: str | None
    expiry: float
    notify_on_related_action: bool
    origin: str
    fields: Any = None
    owner: str = ""


class NotificationChannels(CrmState):
    """Channels kept until their expiry, and ``notify`` queuing deliveries on the outbound queue."""

    def live_channels(self) -> list[Channel]:
        now = self.now()
        for key in [k for k, c in self.channels.items() if c.expiry <= now]:
            del self.channels[key]
        return sorted(self.channels.values(), key=lambda c: c.channel_id)

    def check_channel_input(self, item: Any, *, partial: bool) -> dict[str, Any]:
        """Validated channel details (only the keys given); raises the per-channel error."""
        if not isinstance(item, dict):
            raise invalid_data(expected_data_type="jsonobject")
        result: dict[str, Any] = {}
        channel_id = normalize_id(item.get("channel_id"))
        if item.get("channel_id") is None:
            raise mandatory_not_found("channel_id")
        if channel_id is None:
            raise invalid_data(api_name="channel_id", expected_data_type="long")
        result["channel_id"] = channel_id
        for key in ("events", "notify_url"):
            if not partial and item.get(key) in (None, "", []):
                raise mandatory_not_found(key)
        if item.get("events") is not None:
            events = item["events"]
            if not isinstance(events, list) or not events:
                raise invalid_data(api_name="events", expected_data_type="jsonarray")
            cleaned = []
            for event in events:
                if not isinstance(event, str) or "." not in event:
                    raise invalid_data(api_name="events")
                module, _, operation = event.rpartition(".")
                if operation not in ("create", "edit", "delete", "all"):
                    raise invalid_data(api_name="events")
                if module not in self.modules:
                    raise ZohoError(
                        400,
                        "INVALID_MODULE",
                        "the module name given seems to be invalid",
                        {"api_name": "events", "module": module},
                    )
                if event not in cleaned:
                    cleaned.append(event)
            result["events"] = cleaned
        if item.get("notify_url") is not None:
            url = item["notify_url"]
            try:
                parsed = urlparse(url) if isinstance(url, str) else None
            except ValueError:  # an unbalanced "[" (an IPv6 host) in the URL
                parsed = None
            if parsed is None or parsed.scheme not in ("http", "https") or not parsed.netloc:
                raise invalid_data(api_name="notify_url")
            result["notify_url"] = url
        if "token" in item and item["token"] is not None:
            token = item["token"]
            if not isinstance(token, str):
                raise invalid_data(api_name="token", expected_data_type="text")
            if len(token) > 50:
                raise invalid_data(api_name="token", maximum_length=50)
            result["token"] = token
        if "channel_expiry" in item and item["channel_expiry"] is not None:
            expiry = parse_time(item["channel_expiry"]) if isinstance(item["channel_expiry"], str) else None
            now = self.backend.clock.now()
            if expiry is None or expiry <= now:
                raise invalid_data(api_name="channel_expiry")
            if expiry - now > CHANNEL_MAX_LIFETIME:
                expiry = now + CHANNEL_DEFAULT_LIFETIME
            result["expiry"] = _ts(expiry)
        elif not partial:
            result["expiry"] = _ts(self.backend.clock.now() + CHANNEL_DEFAULT_LIFETIME)
        if "notify_on_related_action" in item and item["notify_on_related_action"] is not None:
            if not isinstance(item["notify_on_related_action"], bool):
                raise invalid_data(api_name="notify_on_related_action", expected_data_type="boolean")
            result["notify_on_related_action"] = item["notify_on_related_action"]
        if "fields" in item:
            result["fields"] = item["fields"]
        return result

    def subscribe(self, details: dict[str, Any], origin: str, user_id: str) -> Channel:
        self.live_channels()
        existing = self.channels.get(details["channel_id"])
        if existing is not None:
            for event in details["events"]:
                if event not in existing.events:
                    existing.events.append(event)
            existing.notify_url = details["notify_url"]
            existing.token = details.get("token", existing.token)
            existing.expiry = details["expiry"]
            return existing
        channel = Channel(
            channel_id=details["channel_id"],
            events=list(details["events"]),
            notify_url=details["notify_url"],
            token=details.get("token"),
            expiry=details["expiry"],
            notify_on_related_action=details.get("notify_on_related_action", False),
            origin=origin,
            fields=details.get("fields"),
            owner=user_id,
        )
        self.channels[channel.channel_id] = channel
        return channel

    def channel(self, channel_id: str) -> Channel:
        self.live_channels()
        channel = self.channels.get(channel_id)
        if channel is None:
            raise ZohoError(
                400,
                "NOT_SUBSCRIBED",
                "Not subscribed for actions-watch of the given channel",
                {"channel_id": channel_id},
            )
        return channel

    def replace_channel(self, details: dict[str, Any]) -> Channel:
        channel = self.channel(details["channel_id"])
        channel.events = list(details["events"])
        channel.notify_url = details["notify_url"]
        channel.token = details.get("token")
        channel.expiry = details["expiry"]
        channel.notify_on_related_action = details.get("notify_on_related_action", False)
        channel.fields = details.get("fields")
        return channel

    def patch_channel(self, details: dict[str, Any], delete_events: bool) -> Channel | None:
        """Apply the given details; with ``delete_events`` drop the events. None when nothing is left."""
        channel = self.channel(details["channel_id"])
        if delete_events:
            events = details.get("events")
            if not events:
                raise mandatory_not_found("events")
            missing = [e for e in events if e not in channel.events]
            if missing:
                raise ZohoError(
                    400, "NOT_SUBSCRIBED", "Not subscribed for actions-watch of the given module", {"events": missing}
                )
            channel.events = [e for e in channel.events if e not in events]
            if not channel.events:
                del self.channels[channel.channel_id]
                return None
            return channel
        if "events" in details:
            for event in details["events"]:
                if event not in channel.events:
                    channel.events.append(event)
        for key in ("notify_url", "token", "expiry", "notify_on_related_action", "fields"):
            if key in details:
                setattr(channel, key, details[key])
        return channel

    def unsubscribe(self, channel_id: str) -> Channel:
        channel = self.channel(channel_id)
        del self.channels[channel_id]
        return channel

    def notify(self, module: str, operation: str, ids: list[str], affected: dict[str, list[str]] | None = None) -> None:
        """Queue the notifications of a change to every live channel subscribed to it."""
        if not ids:
            return
        channels = [
            c for c in self.live_channels() if f"{module}.{operation}" in c.events or f"{module}.all" in c.events
        ]
        for channel in channels:
            payload: dict[str, Any] = {
                "server_time": int(self.now() * 1000),
                "query_params": dict(parse_qsl(urlparse(channel.notify_url).query)),
                "module": module,
                "resource_uri": f"{channel.origin}/crm/v2/{module}",
                "ids": list(ids),
                "affected_fields": [{record_id: sorted(set(fields))} for record_id, fields in (affected or {}).items()]
                if operation == "edit"
                else [],
                "operation": NOTIFY_OPERATIONS[operation],
                "channel_id": channel.channel_id,
                "token": channel.token,
            }
            self.backend.outbound.post(channel.notify_url, payload, kind="notification")
