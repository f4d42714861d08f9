from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldSubform")


@_attrs_define
class FieldSubform:
    """The subform behind a subform field (`data_type` `subform`): `module` is the subform module's API name, which the
    official v2 SDK reads to learn the subform's own fields.

    """

    module: None | str | Unset = UNSET
    """ API name of the subform module. """
    id: None | str | Unset = UNSET
    api_name: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module is not UNSET:
            field_dict["module"] = module
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        module: None | str | Unset = d.pop("module", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        field_subform = cls(
            module=module,
            id=id,
            api_name=api_name,
            display_label=display_label,
        )

        field_subform.additional_properties = d
        return field_subform

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
