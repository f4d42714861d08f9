from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="RecordApproval")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "delegate",
        "approve",
        "reject",
        "resubmit",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class RecordApproval(LazyModel):
    """What the current user may do with a record waiting in an approval process (`$approval`), or in a review process
    (`$review_process`). Every key is a boolean; Zoho omits those that do not apply.

    """

    delegate: bool | None | Unset = UNSET
    approve: bool | None | Unset = UNSET
    reject: bool | None | Unset = UNSET
    resubmit: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delegate: bool | None | Unset
        if isinstance(self.delegate, Unset):
            delegate = UNSET
        else:
            delegate = self.delegate

        approve: bool | None | Unset
        if isinstance(self.approve, Unset):
            approve = UNSET
        else:
            approve = self.approve

        reject: bool | None | Unset
        if isinstance(self.reject, Unset):
            reject = UNSET
        else:
            reject = self.reject

        resubmit: bool | None | Unset
        if isinstance(self.resubmit, Unset):
            resubmit = UNSET
        else:
            resubmit = self.resubmit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delegate is not UNSET:
            field_dict["delegate"] = delegate
        if approve is not UNSET:
            field_dict["approve"] = approve
        if reject is not UNSET:
            field_dict["reject"] = reject
        if resubmit is not UNSET:
            field_dict["resubmit"] = resubmit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_delegate(_src: dict[str, Any]) -> bool | None | Unset:
        delegate: bool | None | Unset = _src.get("delegate", UNSET)

        return delegate

    @staticmethod
    def _read_approve(_src: dict[str, Any]) -> bool | None | Unset:
        approve: bool | None | Unset = _src.get("approve", UNSET)

        return approve

    @staticmethod
    def _read_reject(_src: dict[str, Any]) -> bool | None | Unset:
        reject: bool | None | Unset = _src.get("reject", UNSET)

        return reject

    @staticmethod
    def _read_resubmit(_src: dict[str, Any]) -> bool | None | Unset:
        resubmit: bool | None | Unset = _src.get("resubmit", UNSET)

        return resubmit

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
