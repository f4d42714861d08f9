# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="NotificationChannelPatch")


@_attrs_define(on_setattr=load_before_assignment)
class NotificationChannelPatch(LazyModel):
    """Specific details of a channel to change (`PATCH /actions/watch`): the details given are kept and the rest stay as
    they were. To unsubscribe only some events, send `channel_id`, the `events` to drop and `"_delete_events": true`;
    without `_delete_events` (or with false) nothing is unsubscribed.

    """

    channel_id: int | str
    """ The channel to change (a long; Zoho accepts a string or a JSON number). """
    events: list[str] | Unset = UNSET
    """ Events (`{module_api_name}.{operation}`) to add, or with `_delete_events` to remove. Mandatory when
    `_delete_events` is true. """
    notify_url: str | Unset = UNSET
    """ The new URL Zoho POSTs the notifications to. """
    channel_expiry: datetime.datetime | Unset = UNSET
    """ New expiry (ISO 8601 date-time), at most one day ahead. """
    token: str | Unset = UNSET
    """ A new token echoed in every notification, at most 50 characters. """
    notify_on_related_action: bool | Unset = UNSET
    """ Whether actions on related records notify the channel too. """
    field_delete_events: bool | Unset = UNSET
    """ True to unsubscribe the given `events` of the channel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id: int | str
        channel_id = self.channel_id

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        notify_url = self.notify_url

        channel_expiry: str | Unset = UNSET
        if not isinstance(self.channel_expiry, Unset):
            channel_expiry = self.channel_expiry.isoformat()

        token = self.token

        notify_on_related_action = self.notify_on_related_action

        field_delete_events = self.field_delete_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if channel_expiry is not UNSET:
            field_dict["channel_expiry"] = channel_expiry
        if token is not UNSET:
            field_dict["token"] = token
        if notify_on_related_action is not UNSET:
            field_dict["notify_on_related_action"] = notify_on_related_action
        if field_delete_events is not UNSET:
            field_dict["_delete_events"] = field_delete_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one); the fields are converted when one is first read."""
        return cls._from_nested_json(dict(src_dict))

    @classmethod
    def _from_nested_json(cls: type[T], d: Any) -> T:
        """As ``from_dict``, but the model keeps ``d`` itself rather than a copy: how a model builds the
        models of the JSON objects nested in its own when it converts its fields. Anything but a
        ``dict`` goes to ``from_dict``, which raises what it always raised."""
        if type(d) is not dict:
            return cls.from_dict(d)
        if "channel_id" not in d:
            raise KeyError("channel_id")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        channel_id: int | str = d.pop("channel_id")

        events = cast(list[str], d.pop("events", UNSET))

        notify_url = d.pop("notify_url", UNSET)

        _channel_expiry = d.pop("channel_expiry", UNSET)
        channel_expiry: datetime.datetime | Unset
        if isinstance(_channel_expiry, Unset):
            channel_expiry = UNSET
        else:
            channel_expiry = datetime.datetime.fromisoformat(_channel_expiry)

        token = d.pop("token", UNSET)

        notify_on_related_action = d.pop("notify_on_related_action", UNSET)

        field_delete_events = d.pop("_delete_events", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "channel_id", channel_id)
        _set(self, "events", events)
        _set(self, "notify_url", notify_url)
        _set(self, "channel_expiry", channel_expiry)
        _set(self, "token", token)
        _set(self, "notify_on_related_action", notify_on_related_action)
        _set(self, "field_delete_events", field_delete_events)
        _set(self, "additional_properties", additional_properties)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
