from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkReadActionResult")


@_attrs_define
class BulkReadActionResult:
    """The outcome of creating a bulk read job, with the four keys of every Zoho action result: `status` `success`, `code`
    `ADDED_SUCCESSFULLY`, `message` `Added successfully.` and the new job in `details`.

    """

    status: str
    """ `success`. """
    code: str
    """ `ADDED_SUCCESSFULLY`. """
    message: str
    """ `Added successfully.` (the seed's surviving fragment). """
    details: BulkReadJobSummary
    """ The job just created, in the `details` of the create response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code = self.code

        message = self.message

        details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "code": code,
                "message": message,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        code = d.pop("code")

        message = d.pop("message")

        details = BulkReadJobSummary.from_dict(d.pop("details"))

        bulk_read_action_result = cls(
            status=status,
            code=code,
            message=message,
            details=details,
        )

        bulk_read_action_result.additional_properties = d
        return bulk_read_action_result

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
from ..models.bulk_read_job_summary import BulkReadJobSummary  # noqa: E402
