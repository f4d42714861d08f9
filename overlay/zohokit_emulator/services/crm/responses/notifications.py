"""Handlers of notification channels (``/actions/watch``)."""

from __future__ import annotations

from typing import Any

from ....core.errors import ZohoError, entry_per_item, invalid_module_param, limit_exceeded, per_item
from ....core.http import ApiRequest, Reply, no_content, ok
from .. import serializers
from ..models import CrmStore
from .common import (
    ids_param,
    json_items,
    page_slice,
    paging,
    store_of,
)


def _watch_items(request: ApiRequest) -> list[Any]:
    items = json_items(request, "watch")
    if len(items) > 100:
        raise limit_exceeded("watch", 100)
    return items


def _watch_reply(entries: list[dict[str, Any]], ok_status: int) -> Reply:
    if entries and all(e["status"] == "error" for e in entries):
        return ok({"watch": entries}, status=400)
    return ok({"watch": entries}, status=ok_status)


def _channel_result(store: CrmStore, channel: Any, message: str) -> dict[str, Any]:
    """A channel's success entry: the events it now watches, with ``message``."""
    return {
        "code": "SUCCESS",
        "details": {"events": serializers.channel_events_detail(store, channel)},
        "message": message,
        "status": "success",
    }


def enable_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)
    # Every item is checked before any channel is subscribed.
    checked = per_item(_watch_items(request), lambda item: store.check_channel_input(item, partial=False))
    entries = []
    for details in checked:
        if isinstance(details, ZohoError):
            entries.append(details.entry())
            continue
        channel = store.subscribe(details, request.origin, request.user_id)
        entries.append(_channel_result(store, channel, "Successfully subscribed for actions-watch of the given module"))
    return _watch_reply(entries, 201)


def list_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)
    channel_id = request.arg("channel_id")
    module = request.arg("module")
    if module and module not in store.modules:
        raise invalid_module_param()
    channels = store.live_channels()
    if channel_id:
        channels = [c for c in channels if c.channel_id == channel_id]
        if not channels:
            raise ZohoError(
                400,
                "NOT_SUBSCRIBED",
                "Not subscribed for actions-watch of the given channel",
                {"channel_id": channel_id},
            )
    entries = [e for c in channels for e in serializers.channel_entries(store, c)]
    if module:
        entries = [e for e in entries if e["resource_name"] == module]
    page, per_page = paging(request)
    chunk, info = page_slice(entries, page, per_page)
    if not chunk:
        return no_content()
    return ok({"watch": chunk, "info": info})


def update_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)

    def replace(item: Any) -> dict[str, Any]:
        channel = store.replace_channel(store.check_channel_input(item, partial=False))
        return _channel_result(store, channel, "Successfully updated the subscribe details")

    return _watch_reply(entry_per_item(_watch_items(request), replace), 200)


def patch_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)

    def patch(item: Any) -> dict[str, Any]:
        details = store.check_channel_input(item, partial=True)
        delete = bool(isinstance(item, dict) and item.get("_delete_events") is True)
        channel = store.patch_channel(details, delete)
        if not delete:
            return _channel_result(store, channel, "Successfully updated the subscribe details")
        return {
            "code": "SUCCESS",
            "details": {
                "events": serializers.channel_events_detail(store, channel) if channel else [],
                "channel_id": details["channel_id"],
            },
            "message": "Successfully removed the subscribe details",
            "status": "success",
        }

    return _watch_reply(entry_per_item(_watch_items(request), patch), 200)


def disable_notifications(request: ApiRequest) -> Reply:
    store = store_of(request)

    def unsubscribe(channel_id: str) -> dict[str, Any]:
        details = serializers.channel_events_detail(store, store.channel(channel_id))
        store.unsubscribe(channel_id)
        return {
            "code": "SUCCESS",
            "details": {"events": details, "channel_id": channel_id},
            "message": "Successfully un-subscribed from actions-watch",
            "status": "success",
        }

    return _watch_reply(entry_per_item(ids_param(request, "channel_ids", limit=100), unsubscribe), 200)
