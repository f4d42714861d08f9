# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="NotificationChannelInput")


@_attrs_define(on_setattr=load_before_assignment)
class NotificationChannelInput(LazyModel):
    """A channel to subscribe (`POST /actions/watch`) or to replace (`PUT /actions/watch`: the details given are kept and
    every other detail of the channel is removed).

    """

    channel_id: int | str
    """ Your id for the channel (a long; Zoho accepts a string or a JSON number). Zoho sends it back in every
    notification so you can tell channels apart. """
    events: list[str]
    """ What to be notified of, as `{module_api_name}.{operation}` with operation `create`, `edit`, `delete` or
    `all`, for example `["Leads.create", "Sales_Orders.edit", "Contacts.delete"]` or `["Deals.all"]`. """
    notify_url: str
    """ The URL Zoho POSTs each notification to (see `NotificationCallbackPayload`); any query parameters in it come
    back in the notification's `query_params`. """
    channel_expiry: datetime.datetime | Unset = UNSET
    """ When the subscription ends, as an ISO 8601 date-time (for example `2018-02-02T10:30:00+05:30`). At most one
    day after the subscription time; when it is missing or more than a day ahead, the channel expires after one
    hour. """
    token: str | Unset = UNSET
    """ At most 50 characters. Zoho sends it back in every notification so you can check that the notification comes
    from Zoho CRM. """
    notify_on_related_action: bool | Unset = UNSET
    """ Also notify when a related record of a subscribed record changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id: int | str
        channel_id = self.channel_id

        events = self.events

        notify_url = self.notify_url

        channel_expiry: str | Unset = UNSET
        if not isinstance(self.channel_expiry, Unset):
            channel_expiry = self.channel_expiry.isoformat()

        token = self.token

        notify_on_related_action = self.notify_on_related_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
                "events": events,
                "notify_url": notify_url,
            }
        )
        if channel_expiry is not UNSET:
            field_dict["channel_expiry"] = channel_expiry
        if token is not UNSET:
            field_dict["token"] = token
        if notify_on_related_action is not UNSET:
            field_dict["notify_on_related_action"] = notify_on_related_action

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
        if "events" not in d:
            raise KeyError("events")
        if "notify_url" not in d:
            raise KeyError("notify_url")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        channel_id: int | str = d.pop("channel_id")

        events = cast(list[str], d.pop("events"))

        notify_url = d.pop("notify_url")

        _channel_expiry = d.pop("channel_expiry", UNSET)
        channel_expiry: datetime.datetime | Unset
        if isinstance(_channel_expiry, Unset):
            channel_expiry = UNSET
        else:
            channel_expiry = datetime.datetime.fromisoformat(_channel_expiry)

        token = d.pop("token", UNSET)

        notify_on_related_action = d.pop("notify_on_related_action", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "channel_id", channel_id)
        _set(self, "events", events)
        _set(self, "notify_url", notify_url)
        _set(self, "channel_expiry", channel_expiry)
        _set(self, "token", token)
        _set(self, "notify_on_related_action", notify_on_related_action)
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
