# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="RecordApproval")


@_attrs_define(on_setattr=load_before_assignment)
class RecordApproval(LazyModel):
    """What the current user may do with a record waiting in an approval process (`$approval`), or in a review process
    (`$review_process`). Every key is a boolean; Zoho omits those that do not apply.

    """

    delegate: bool | None | Unset = UNSET
    """ Whether the current user may delegate the approval to someone else. """
    approve: bool | None | Unset = UNSET
    """ Whether the current user may approve the record. """
    reject: bool | None | Unset = UNSET
    """ Whether the current user may reject the record. """
    resubmit: bool | None | Unset = UNSET
    """ Whether the current user may resubmit the record for approval. """
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
        delegate: bool | None | Unset = d.pop("delegate", UNSET)

        approve: bool | None | Unset = d.pop("approve", UNSET)

        reject: bool | None | Unset = d.pop("reject", UNSET)

        resubmit: bool | None | Unset = d.pop("resubmit", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "delegate", delegate)
        _set(self, "approve", approve)
        _set(self, "reject", reject)
        _set(self, "resubmit", resubmit)
        _set(self, "additional_properties", additional_properties)

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
