"""Incoming Zoho CRM notifications: check that one comes from your channel, then read it as a typed event.

Zoho CRM POSTs a JSON body to a channel's ``notify_url`` for every subscribed change::

    {"server_time": 1733325600000, "module": "Leads", "operation": "update",
     "ids": ["4150868000001234001"], "affected_fields": [{"4150868000001234001": ["Company"]}],
     "channel_id": "1000000068001", "token": "the channel's token",
     "resource_uri": "https://www.zohoapis.com/crm/v2/Leads", "query_params": {}}

:func:`parse_notification` takes the request as any web framework has it (method, headers, body
bytes), checks it, and returns a :class:`NotificationEvent`::

    tokens = {"1000000068001": "the channel's token"}          # or ChannelKeeper.tokens
    try:
        event = parse_notification(request.method, request.headers, body, tokens=tokens)
    except NotificationError as exc:
        return Response(status_code=exc.status_code)           # 405 or 400; nothing was trusted
    if event.operation is NotificationOperation.EDIT: ...

The checks, in order: the method is ``POST`` (else :class:`NotificationMethodError`); a
``Content-Type``, when sent, is JSON; the body is a JSON object with a string ``channel_id``
(else :class:`MalformedNotificationError`); the channel is one of ``tokens`` (else
:class:`UnknownChannelError`); the body's ``token`` equals the channel's, compared in constant
time (else :class:`NotificationTokenError`); only then are the other fields read (a missing or
ill-typed one is a :class:`MalformedNotificationError`). Zoho echoes the token you gave the
channel, so give every channel one (at most 50 characters): a channel without a token cannot be
verified and is refused like an unknown one.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final

from .errors import ZohoKitError

ZOHO_OPERATIONS: Final[Mapping[str, str]] = {"insert": "create", "update": "edit", "delete": "delete"}
"""The ``operation`` values of a notification body and the subscription event each belongs to."""

MAX_NOTIFICATION_BYTES: Final = 1024 * 1024
"""Bodies larger than this are refused unread (a notification lists at most a few hundred ids)."""


class NotificationOperation(StrEnum):
    """What happened to the records, named as in subscriptions (``Leads.create``, ``Leads.edit``...)."""

    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"


class NotificationError(ZohoKitError):
    """An incoming notification was refused; ``status_code`` is the HTTP status to answer with.

    The message names what was wrong, never the token that was sent or expected.
    """

    status_code: int = 400


class NotificationMethodError(NotificationError):
    """The request is not a ``POST`` (Zoho only POSTs notifications)."""

    status_code = 405


class MalformedNotificationError(NotificationError):
    """The body is not a Zoho notification: not JSON, not an object, or a field missing or ill-typed."""


class UnknownChannelError(NotificationError):
    """The body names a channel that is not one of yours (or one you gave no token)."""


class NotificationTokenError(NotificationError):
    """The body's ``token`` is not the channel's: the request does not come from Zoho for that channel."""


@dataclass(frozen=True)
class NotificationEvent:
    """One verified notification.

    Attributes:
        channel_id: the channel it was sent to.
        module: API name of the module (``Leads``).
        operation: what happened to the records.
        ids: the records concerned, as strings, in Zoho's order.
        affected_fields: for edits, the changed fields' API names per record id (empty otherwise).
        server_time: when Zoho recorded the change (UTC), when the body says.
        resource_uri: the module's records URL, when the body says.
        query_params: the query parameters of the channel's ``notify_url``, as Zoho echoes them.
        raw: the whole JSON body.
    """

    channel_id: str
    module: str
    operation: NotificationOperation
    ids: tuple[str, ...]
    affected_fields: Mapping[str, tuple[str, ...]]
    server_time: datetime | None
    resource_uri: str | None
    query_params: Mapping[str, str]
    raw: Mapping[str, Any] = field(repr=False)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    # Frameworks differ in header-name case (Starlette lower-cases, WSGI environs do not).
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def _check_content_type(headers: Mapping[str, str]) -> None:
    content_type = _header(headers, "Content-Type")
    if content_type is None:
        return
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise MalformedNotificationError(f"a notification body is JSON, not {media_type or 'an empty media type'}")


def _load_object(body: bytes) -> Mapping[str, Any]:
    if len(body) > MAX_NOTIFICATION_BYTES:
        raise MalformedNotificationError(f"the body is larger than {MAX_NOTIFICATION_BYTES} bytes")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise MalformedNotificationError("the body is not JSON") from None
    if not isinstance(payload, Mapping):
        raise MalformedNotificationError("the body is not a JSON object")
    return payload


def _record_id(value: Any, what: str) -> str:
    # Zoho sends ids as strings; a 19-digit id sent as a JSON number is still an id (never a float).
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise MalformedNotificationError(f"{what} is not a record id")


def _ids(payload: Mapping[str, Any]) -> tuple[str, ...]:
    ids = payload.get("ids")
    if not isinstance(ids, list) or not ids:
        raise MalformedNotificationError("'ids' is not a non-empty list")
    return tuple(_record_id(value, "an item of 'ids'") for value in ids)


def _affected_fields(payload: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    value = payload.get("affected_fields")
    if value is None:
        return {}
    if not isinstance(value, list):
        raise MalformedNotificationError("'affected_fields' is not a list")
    affected: dict[str, tuple[str, ...]] = {}
    for item in value:
        if not isinstance(item, Mapping):
            raise MalformedNotificationError("an item of 'affected_fields' is not an object")
        for record_id, fields in item.items():
            if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields):
                raise MalformedNotificationError("the fields of an 'affected_fields' item are not a list of names")
            affected[str(record_id)] = tuple(fields)
    return affected


def _server_time(payload: Mapping[str, Any]) -> datetime | None:
    value = payload.get("server_time")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedNotificationError("'server_time' is not a number of milliseconds")
    try:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise MalformedNotificationError("'server_time' is out of range") from None


def _query_params(payload: Mapping[str, Any]) -> dict[str, str]:
    value = payload.get("query_params")
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise MalformedNotificationError("'query_params' is not an object")
    return {str(key): str(item) for key, item in value.items()}


def _required_text(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedNotificationError(f"{key!r} is missing or not a string")
    return value


def _optional_text(payload: Mapping[str, Any], key: str) -> str | None:
    return None if payload.get(key) is None else _required_text(payload, key)


def _operation(payload: Mapping[str, Any]) -> NotificationOperation:
    value = payload.get("operation")
    if not isinstance(value, str) or value not in ZOHO_OPERATIONS:
        raise MalformedNotificationError(f"'operation' is not one of {', '.join(ZOHO_OPERATIONS)}")
    return NotificationOperation(ZOHO_OPERATIONS[value])


def verify_channel_token(payload: Mapping[str, Any], tokens: Mapping[str, str]) -> str:
    """Return the body's channel id after checking its ``token`` against ``tokens[channel_id]``.

    Raises :class:`MalformedNotificationError` without a string ``channel_id``,
    :class:`UnknownChannelError` for a channel missing from ``tokens`` (or mapped to an empty
    token), :class:`NotificationTokenError` when the tokens differ (constant-time comparison).
    """
    channel_id = payload.get("channel_id")
    if isinstance(channel_id, int) and not isinstance(channel_id, bool):
        channel_id = str(channel_id)
    if not isinstance(channel_id, str) or not channel_id:
        raise MalformedNotificationError("'channel_id' is missing or not a string")
    expected = tokens.get(channel_id)
    if not expected:
        raise UnknownChannelError(f"channel {channel_id} is not one of the channels this receiver verifies")
    sent = payload.get("token")
    sent_bytes = sent.encode("utf-8") if isinstance(sent, str) else b""
    # compare_digest takes as long for a near miss as for a wild guess: the token cannot be found byte by byte.
    if not hmac.compare_digest(sent_bytes, expected.encode("utf-8")):
        raise NotificationTokenError(f"the token of the notification for channel {channel_id} is not the channel's")
    return channel_id


def parse_notification(
    method: str, headers: Mapping[str, str], body: bytes, *, tokens: Mapping[str, str]
) -> NotificationEvent:
    """Verify an incoming notification request and return it as a :class:`NotificationEvent`.

    Args:
        method: the request's HTTP method.
        headers: its headers (any mapping; names are matched without regard to case).
        body: the raw body bytes.
        tokens: the token of each of your channels, by channel id (``ChannelKeeper.tokens``).

    Raises:
        NotificationMethodError: not a ``POST`` (answer 405).
        MalformedNotificationError: not a JSON notification body (answer 400).
        UnknownChannelError: a channel that is not in ``tokens`` (answer 400).
        NotificationTokenError: the token is not the channel's (answer 400).
    """
    if method.upper() != "POST":
        raise NotificationMethodError(f"notifications are POSTed, not sent with {method.upper() or 'no method'}")
    _check_content_type(headers)
    payload = _load_object(body)
    channel_id = verify_channel_token(payload, tokens)
    return NotificationEvent(
        channel_id=channel_id,
        module=_required_text(payload, "module"),
        operation=_operation(payload),
        ids=_ids(payload),
        affected_fields=_affected_fields(payload),
        server_time=_server_time(payload),
        resource_uri=_optional_text(payload, "resource_uri"),
        query_params=_query_params(payload),
        raw=payload,
    )


__all__ = [
    "MAX_NOTIFICATION_BYTES",
    "ZOHO_OPERATIONS",
    "MalformedNotificationError",
    "NotificationError",
    "NotificationEvent",
    "NotificationMethodError",
    "NotificationOperation",
    "NotificationTokenError",
    "UnknownChannelError",
    "parse_notification",
    "verify_channel_token",
]
