from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="NotificationChannelInput")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "channel_id",
        "events",
        "notify_url",
        "channel_expiry",
        "token",
        "notify_on_related_action",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
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
    channel_expiry: str | Unset = UNSET
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

        channel_expiry = self.channel_expiry

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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        if "channel_id" not in d:
            raise KeyError("channel_id")
        if "events" not in d:
            raise KeyError("events")
        if "notify_url" not in d:
            raise KeyError("notify_url")
        return lazily_built(cls, d)

    @staticmethod
    def _read_channel_id(_src: dict[str, Any]) -> int | str:
        channel_id: int | str = _src["channel_id"]

        return channel_id

    @staticmethod
    def _read_events(_src: dict[str, Any]) -> list[str]:
        events = cast(list[str], _src["events"])

        return events

    @staticmethod
    def _read_notify_url(_src: dict[str, Any]) -> str:
        notify_url: str = _src["notify_url"]
        return notify_url

    @staticmethod
    def _read_channel_expiry(_src: dict[str, Any]) -> str | Unset:
        channel_expiry: str | Unset = _src.get("channel_expiry", UNSET)
        return channel_expiry

    @staticmethod
    def _read_token(_src: dict[str, Any]) -> str | Unset:
        token: str | Unset = _src.get("token", UNSET)
        return token

    @staticmethod
    def _read_notify_on_related_action(_src: dict[str, Any]) -> bool | Unset:
        notify_on_related_action: bool | Unset = _src.get("notify_on_related_action", UNSET)
        return notify_on_related_action

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _src.items() if key not in _DECLARED_KEYS}

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
