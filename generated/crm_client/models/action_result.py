from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_result_details import ActionResultDetails


T = TypeVar("T", bound="ActionResult")


@_attrs_define
class ActionResult:
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
        from ..models.action_result_details import ActionResultDetails  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        details = ActionResultDetails.from_dict(d.pop("details"))

        message = d.pop("message")

        status = d.pop("status")

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_duplicate_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duplicate_field = _parse_duplicate_field(d.pop("duplicate_field", UNSET))

        action_result = cls(
            code=code,
            details=details,
            message=message,
            status=status,
            action=action,
            duplicate_field=duplicate_field,
        )

        action_result.additional_properties = d
        return action_result

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
