from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldRelatedDetails")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "api_name",
        "display_label",
        "_type",
        "module",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldRelatedDetails(LazyModel):
    """For multi-select lookups, the related list the field creates in the other module, or null."""

    id: None | str | Unset = UNSET
    api_name: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    field_type_: None | str | Unset = UNSET
    module: ModuleReference | None | Unset = UNSET
    """ A short reference to a module as Zoho embeds it in other metadata (a module's `parent_module`, the `module`
    a record was shared through). Zoho's public v2 API sends `{}` when there is no module to name, so every key is
    optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_type_: None | str | Unset
        if isinstance(self.field_type_, Unset):
            field_type_ = UNSET
        else:
            field_type_ = self.field_type_

        module: dict[str, Any] | None | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        elif isinstance(self.module, ModuleReference):
            module = self.module.to_dict()
        else:
            module = self.module

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if field_type_ is not UNSET:
            field_dict["_type"] = field_type_
        if module is not UNSET:
            field_dict["module"] = module

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_api_name(_src: dict[str, Any]) -> None | str | Unset:
        api_name: None | str | Unset = _src.get("api_name", UNSET)

        return api_name

    @staticmethod
    def _read_display_label(_src: dict[str, Any]) -> None | str | Unset:
        display_label: None | str | Unset = _src.get("display_label", UNSET)

        return display_label

    @staticmethod
    def _read_field_type_(_src: dict[str, Any]) -> None | str | Unset:
        field_type_: None | str | Unset = _src.get("_type", UNSET)

        return field_type_

    @staticmethod
    def _read_module(_src: dict[str, Any]) -> ModuleReference | None | Unset:
        _module = _src.get("module", UNSET)
        module: ModuleReference | None | Unset
        if isinstance(_module, dict):
            try:
                componentsschemas_module_reference_type_0 = ModuleReference.from_dict(_module)
                componentsschemas_module_reference_type_0._load_all_fields()
                module = componentsschemas_module_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                module = cast(ModuleReference | None | Unset, _module)
        else:
            module = _module

        return module

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
from ..models.module_reference import ModuleReference  # noqa: E402
