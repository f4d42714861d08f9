from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubmissionStatusChangeResponse")


@_attrs_define
class SubmissionStatusChangeResponse:
    """The result of Change Submission Status. Unlike most Zoho writes, `data` is an array of arrays: its one element is
    the list of per-record results for the submission, each an `ActionResult`. On success that result has `code`
    `SUCCESS`, `status` `success`, `message` `status changed`, and `details` with the submission's `id`, `Created_Time`,
    `Created_By`, `Modified_Time` and `Modified_By`. When Zoho refuses the change for the record (HTTP 202) the result
    has `status` `error` and `code` `RECORD_ARCHIVED` or `STATUS_ALREADY_CHANGED`.

    """

    data: list[list[ActionResult]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = []
            for data_item_item_data in data_item_data:
                data_item_item = data_item_item_data.to_dict()
                data_item.append(data_item_item)

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
            data_item = []
            _data_item = data_item_data
            for data_item_item_data in _data_item:
                data_item_item = ActionResult.from_dict(data_item_item_data)

                data_item.append(data_item_item)

            data.append(data_item)

        submission_status_change_response = cls(
            data=data,
        )

        submission_status_change_response.additional_properties = d
        return submission_status_change_response

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
