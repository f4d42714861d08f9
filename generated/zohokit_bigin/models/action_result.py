# generated from spec/dist/bigin.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="ActionResult")


@_attrs_define(on_setattr=load_before_assignment)
class ActionResult(LazyModel):
    """The outcome of one record in a write (insert, update, upsert, delete, tag, note, status change...). `status` is
    `success` or `error`; on success `code` is `SUCCESS` and `details` carries the record's id and audit fields, on
    error `code` is the Zoho error code and `details` says which field or id was at fault. Multi-record writes return
    one of these per input record, in order.

    """

    code: str
    """ `SUCCESS`, or the Zoho error code for this record (`INVALID_DATA`, `DUPLICATE_DATA`, ...). """
    details: ActionResultDetails
    """ Details of one record's write result. On success: the record `id` and its audit fields; on error: the keys
    of `ZohoErrorDetails` (`api_name`, `expected_data_type`, ...). """
    message: str
    """ A readable summary of the outcome, for example `record added`, `record updated` or `the related id given
    seems to be invalid`. """
    status: str
    """ `success` or `error`. """
    action: None | str | Unset = UNSET
    """ Upsert only: `insert` or `update`, saying what the upsert did. """
    duplicate_field: None | str | Unset = UNSET
    """ Upsert only: the duplicate-check field that matched an existing record, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        details = self.details.to_dict()

        message = self.message

        status = self.status

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        duplicate_field: None | str | Unset
        if isinstance(self.duplicate_field, Unset):
            duplicate_field = UNSET
        else:
            duplicate_field = self.duplicate_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "details": details,
                "message": message,
                "status": status,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if duplicate_field is not UNSET:
            field_dict["duplicate_field"] = duplicate_field

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
        if "code" not in d:
            raise KeyError("code")
        if "details" not in d:
            raise KeyError("details")
        if "message" not in d:
            raise KeyError("message")
        if "status" not in d:
            raise KeyError("status")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        code = d.pop("code")

        details = ActionResultDetails._from_nested_json(d.pop("details"))

        message = d.pop("message")

        status = d.pop("status")

        action: None | str | Unset = d.pop("action", UNSET)

        duplicate_field: None | str | Unset = d.pop("duplicate_field", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "code", code)
        _set(self, "details", details)
        _set(self, "message", message)
        _set(self, "status", status)
        _set(self, "action", action)
        _set(self, "duplicate_field", duplicate_field)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.details)

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
from ..models.action_result_details import ActionResultDetails  # noqa: E402
