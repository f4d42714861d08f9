# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="NotificationCallbackPayload")


@_attrs_define(on_setattr=load_before_assignment)
class NotificationCallbackPayload(LazyModel):
    """The body Zoho CRM POSTs (as JSON) to a channel's `notify_url` whenever a subscribed event happens. It is not an
    operation of the API: your server receives it. Check `token` and `channel_id` to make sure it comes from Zoho for
    your channel, then read the changed records by `ids`.

    """

    module: str
    """ API name of the module, for example `Leads`. """
    ids: list[str]
    """ Ids of the records the event touched. """
    operation: str
    """ `insert`, `update` or `delete`. """
    channel_id: str
    """ The channel the notification belongs to. """
    server_time: int | None | Unset = UNSET
    """ When the event happened, in milliseconds since the Unix epoch. """
    query_params: NotificationQueryParams | Unset = UNSET
    """ The query parameters of the channel's `notify_url`, echoed back as name/value pairs. """
    resource_uri: None | str | Unset = UNSET
    """ The records URL of the module, for example `https://www.zohoapis.com/crm/v2/Leads`. """
    affected_fields: list[NotificationAffectedFields] | None | Unset = UNSET
    """ For `update`, the changed fields per record. """
    token: None | str | Unset = UNSET
    """ The channel's verification token, when one was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module = self.module

        ids = self.ids

        operation = self.operation

        channel_id = self.channel_id

        server_time: int | None | Unset
        if isinstance(self.server_time, Unset):
            server_time = UNSET
        else:
            server_time = self.server_time

        query_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = self.query_params.to_dict()

        resource_uri: None | str | Unset
        if isinstance(self.resource_uri, Unset):
            resource_uri = UNSET
        else:
            resource_uri = self.resource_uri

        affected_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.affected_fields, Unset):
            affected_fields = UNSET
        elif isinstance(self.affected_fields, list):
            affected_fields = []
            for affected_fields_type_0_item_data in self.affected_fields:
                affected_fields_type_0_item = affected_fields_type_0_item_data.to_dict()
                affected_fields.append(affected_fields_type_0_item)

        else:
            affected_fields = self.affected_fields

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "module": module,
                "ids": ids,
                "operation": operation,
                "channel_id": channel_id,
            }
        )
        if server_time is not UNSET:
            field_dict["server_time"] = server_time
        if query_params is not UNSET:
            field_dict["query_params"] = query_params
        if resource_uri is not UNSET:
            field_dict["resource_uri"] = resource_uri
        if affected_fields is not UNSET:
            field_dict["affected_fields"] = affected_fields
        if token is not UNSET:
            field_dict["token"] = token

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
        if "module" not in d:
            raise KeyError("module")
        if "ids" not in d:
            raise KeyError("ids")
        if "operation" not in d:
            raise KeyError("operation")
        if "channel_id" not in d:
            raise KeyError("channel_id")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        module = d.pop("module")

        ids = cast(list[str], d.pop("ids"))

        operation = d.pop("operation")

        channel_id = d.pop("channel_id")

        server_time: int | None | Unset = d.pop("server_time", UNSET)

        _query_params = d.pop("query_params", UNSET)
        query_params: NotificationQueryParams | Unset
        if isinstance(_query_params, Unset):
            query_params = UNSET
        else:
            query_params = NotificationQueryParams._from_nested_json(_query_params)

        resource_uri: None | str | Unset = d.pop("resource_uri", UNSET)

        _affected_fields = d.pop("affected_fields", UNSET)
        affected_fields: list[NotificationAffectedFields] | None | Unset
        if isinstance(_affected_fields, list):
            try:
                affected_fields_type_0 = []
                _affected_fields_type_0 = _affected_fields
                for affected_fields_type_0_item_data in _affected_fields_type_0:
                    affected_fields_type_0_item = NotificationAffectedFields._from_nested_json(
                        affected_fields_type_0_item_data
                    )

                    affected_fields_type_0.append(affected_fields_type_0_item)

                for affected_fields_type_0_item in affected_fields_type_0:
                    affected_fields_type_0_item._load_all_fields()
                affected_fields = affected_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                affected_fields = cast(list[NotificationAffectedFields] | None | Unset, _affected_fields)
        else:
            affected_fields = _affected_fields

        token: None | str | Unset = d.pop("token", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "module", module)
        _set(self, "ids", ids)
        _set(self, "operation", operation)
        _set(self, "channel_id", channel_id)
        _set(self, "server_time", server_time)
        _set(self, "query_params", query_params)
        _set(self, "resource_uri", resource_uri)
        _set(self, "affected_fields", affected_fields)
        _set(self, "token", token)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.query_params)
        load_nested(self.affected_fields)

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
from ..models.notification_affected_fields import NotificationAffectedFields  # noqa: E402
from ..models.notification_query_params import NotificationQueryParams  # noqa: E402
