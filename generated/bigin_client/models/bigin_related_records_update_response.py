from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BiginRelatedRecordsUpdateResponse")


@_attrs_define
class BiginRelatedRecordsUpdateResponse:
    """One result per related record, in the order of the request. A relation that was made has `code` `SUCCESS`, `status`
    `success`, `message` `relation added` and the related record's `id` in `details`; a refused one has `status` `error`
    and the error code (`INVALID_DATA`, `MANDATORY_NOT_FOUND`) with the offending field or id in `details`.

    """

    data: list[ActionResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ActionResult.from_dict(data_item_data)

            data.append(data_item)

        bigin_related_records_update_response = cls(
            data=data,
        )

        bigin_related_records_update_response.additional_properties = d
        return bigin_related_records_update_response

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
from ..models.action_result import ActionResult  # noqa: E402
