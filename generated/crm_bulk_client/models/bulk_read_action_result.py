from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, lazily_built

T = TypeVar("T", bound="BulkReadActionResult")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "code",
        "message",
        "details",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class BulkReadActionResult(LazyModel):
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
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        if "status" not in d:
            raise KeyError("status")
        if "code" not in d:
            raise KeyError("code")
        if "message" not in d:
            raise KeyError("message")
        if "details" not in d:
            raise KeyError("details")
        return lazily_built(cls, d)

    @staticmethod
    def _read_status(_src: dict[str, Any]) -> str:
        status: str = _src["status"]
        return status

    @staticmethod
    def _read_code(_src: dict[str, Any]) -> str:
        code: str = _src["code"]
        return code

    @staticmethod
    def _read_message(_src: dict[str, Any]) -> str:
        message: str = _src["message"]
        return message

    @staticmethod
    def _read_details(_src: dict[str, Any]) -> BulkReadJobSummary:
        details = BulkReadJobSummary.from_dict(_src["details"])

        return details

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.bulk_read_job_summary import BulkReadJobSummary  # noqa: E402
