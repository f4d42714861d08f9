# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="ZohoError")


@_attrs_define(on_setattr=load_before_assignment)
class ZohoError(LazyModel):
    """The Zoho error envelope. Zoho returns it as the whole body for request-level errors (for example `INVALID_TOKEN`,
    `INVALID_URL_PATTERN`, `LIMIT_EXCEEDED`) and inside `data[]` for per-record failures of multi-record writes.

    """

    code: str
    """ Machine-readable error code, for example `INVALID_DATA` or `MANDATORY_NOT_FOUND`. """
    message: str
    """ Human-readable explanation of the error. """
    status: str
    """ Always `error` for this envelope. """
    details: ZohoErrorDetails | Unset = UNSET
    """ Context of a Zoho error. The keys depend on the error: `api_name` names the offending field,
    `expected_data_type` its type, `maximum_length` a limit, `id` an offending record id, `resource_path_index` the
    offending path segment. Empty object when Zoho has nothing to add. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        status = self.status

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "status": status,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

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
        if "message" not in d:
            raise KeyError("message")
        if "status" not in d:
            raise KeyError("status")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        code = d.pop("code")

        message = d.pop("message")

        status = d.pop("status")

        _details = d.pop("details", UNSET)
        details: ZohoErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ZohoErrorDetails._from_nested_json(_details)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "code", code)
        _set(self, "message", message)
        _set(self, "status", status)
        _set(self, "details", details)
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
from ..models.zoho_error_details import ZohoErrorDetails  # noqa: E402
