# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="NotificationChannel")


@_attrs_define(on_setattr=load_before_assignment)
class NotificationChannel(LazyModel):
    """One subscription (channel) to instant notifications, as `GET /actions/watch` returns it: one entry per channel and
    module.

    """

    channel_id: None | str | Unset = UNSET
    """ The channel id the subscriber chose (a long, sent as a string). """
    events: list[str] | None | Unset = UNSET
    """ The subscribed events, `{module_api_name}.{operation}` (`create`, `edit`, `delete`, `all`). """
    channel_expiry: None | str | Unset = UNSET
    """ When the subscription ends (ISO 8601 date-time). """
    token: None | str | Unset = UNSET
    """ The verification token Zoho echoes in every notification. """
    notify_url: None | str | Unset = UNSET
    """ The URL Zoho POSTs the notifications to. """
    resource_uri: None | str | Unset = UNSET
    """ The records URL of the module, for example `https://www.zohoapis.com/crm/v2/Leads`. """
    resource_id: None | str | Unset = UNSET
    """ The module's id. """
    resource_name: None | str | Unset = UNSET
    """ The module's API name. """
    notify_on_related_action: bool | None | Unset = UNSET
    """ Whether actions on related records (notes, attachments, ...) notify the channel too. """
    fields: None | NotificationFields | Unset = UNSET
    """ Per-module field filters of a channel, when Zoho reports them; null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        channel_expiry: None | str | Unset
        if isinstance(self.channel_expiry, Unset):
            channel_expiry = UNSET
        else:
            channel_expiry = self.channel_expiry

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        resource_uri: None | str | Unset
        if isinstance(self.resource_uri, Unset):
            resource_uri = UNSET
        else:
            resource_uri = self.resource_uri

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_name: None | str | Unset
        if isinstance(self.resource_name, Unset):
            resource_name = UNSET
        else:
            resource_name = self.resource_name

        notify_on_related_action: bool | None | Unset
        if isinstance(self.notify_on_related_action, Unset):
            notify_on_related_action = UNSET
        else:
            notify_on_related_action = self.notify_on_related_action

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, NotificationFields):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if events is not UNSET:
            field_dict["events"] = events
        if channel_expiry is not UNSET:
            field_dict["channel_expiry"] = channel_expiry
        if token is not UNSET:
            field_dict["token"] = token
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_name is not UNSET:
            field_dict["resource_name"] = resource_name
        if notify_on_related_action is not UNSET:
            field_dict["notify_on_related_action"] = notify_on_related_action
        if fields is not UNSET:
            field_dict["fields"] = fields

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
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        channel_id: None | str | Unset = d.pop("channel_id", UNSET)

        events: list[str] | None | Unset = d.pop("events", UNSET)

        channel_expiry: None | str | Unset = d.pop("channel_expiry", UNSET)

        token: None | str | Unset = d.pop("token", UNSET)

        notify_url: None | str | Unset = d.pop("notify_url", UNSET)

        resource_uri: None | str | Unset = d.pop("resource_uri", UNSET)

        resource_id: None | str | Unset = d.pop("resource_id", UNSET)

        resource_name: None | str | Unset = d.pop("resource_name", UNSET)

        notify_on_related_action: bool | None | Unset = d.pop("notify_on_related_action", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: None | NotificationFields | Unset
        if isinstance(_fields, dict):
            try:
                componentsschemas_notification_fields_type_0 = NotificationFields._built_whole(_fields)
                fields = componentsschemas_notification_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fields = cast(None | NotificationFields | Unset, _fields)
        else:
            fields = _fields

        additional_properties = d
        _set = object.__setattr__
        _set(self, "channel_id", channel_id)
        _set(self, "events", events)
        _set(self, "channel_expiry", channel_expiry)
        _set(self, "token", token)
        _set(self, "notify_url", notify_url)
        _set(self, "resource_uri", resource_uri)
        _set(self, "resource_id", resource_id)
        _set(self, "resource_name", resource_name)
        _set(self, "notify_on_related_action", notify_on_related_action)
        _set(self, "fields", fields)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.fields)

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.notification_fields import NotificationFields  # noqa: E402
