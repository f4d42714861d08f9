# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="FieldRelatedDetails")


@_attrs_define(on_setattr=load_before_assignment)
class FieldRelatedDetails(LazyModel):
    """For multi-select lookups, the related list the field creates in the other module, or null."""

    id: None | str | Unset = UNSET
    """ The id of the related list. """
    api_name: None | str | Unset = UNSET
    """ The related list's API name. """
    display_label: None | str | Unset = UNSET
    """ The related list's label. """
    field_type_: None | str | Unset = UNSET
    """ The kind of related list, for example `multiselectlookup`. """
    module: ModuleReference | None | Unset = UNSET
    """ A short reference to a module as Zoho embeds it in other metadata (a module's `parent_module`, the `module`
    a record was shared through). Zoho sends `{}` when there is no module to name, so every key is optional. """
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
        id: None | str | Unset = d.pop("id", UNSET)

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        field_type_: None | str | Unset = d.pop("_type", UNSET)

        _module = d.pop("module", UNSET)
        module: ModuleReference | None | Unset
        if isinstance(_module, dict):
            try:
                componentsschemas_module_reference_type_0 = ModuleReference._built_whole(_module)
                module = componentsschemas_module_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                module = cast(ModuleReference | None | Unset, _module)
        else:
            module = _module

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "api_name", api_name)
        _set(self, "display_label", display_label)
        _set(self, "field_type_", field_type_)
        _set(self, "module", module)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.module)

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
