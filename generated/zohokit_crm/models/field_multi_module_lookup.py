# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="FieldMultiModuleLookup")


@_attrs_define(on_setattr=load_before_assignment)
class FieldMultiModuleLookup(LazyModel):
    """The modules a multi-module lookup (for example `What_Id` of Tasks, `$se_module` targets) can point to, or `{}`. Keys
    vary by field; Zoho sends `api_name`, `display_label` and `modules`.

    """

    api_name: None | str | Unset = UNSET
    """ The API name of the multi-module lookup field, for example `What_Id`. """
    display_label: None | str | Unset = UNSET
    """ Its label. """
    modules: list[ModuleReference | None] | None | Unset = UNSET
    """ The modules the lookup can point to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        modules: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.modules, Unset):
            modules = UNSET
        elif isinstance(self.modules, list):
            modules = []
            for modules_type_0_item_data in self.modules:
                modules_type_0_item: dict[str, Any] | None
                if isinstance(modules_type_0_item_data, ModuleReference):
                    modules_type_0_item = modules_type_0_item_data.to_dict()
                else:
                    modules_type_0_item = modules_type_0_item_data
                modules.append(modules_type_0_item)

        else:
            modules = self.modules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if modules is not UNSET:
            field_dict["modules"] = modules

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
        api_name: None | str | Unset = d.pop("api_name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        _modules = d.pop("modules", UNSET)
        modules: list[ModuleReference | None] | None | Unset
        if isinstance(_modules, list):
            try:
                modules_type_0 = []
                _modules_type_0 = _modules
                for modules_type_0_item_data in _modules_type_0:
                    _modules_type_0_item = modules_type_0_item_data
                    modules_type_0_item: ModuleReference | None
                    if isinstance(_modules_type_0_item, dict):
                        try:
                            componentsschemas_module_reference_type_0 = ModuleReference._built_whole(
                                _modules_type_0_item
                            )
                            modules_type_0_item = componentsschemas_module_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            modules_type_0_item = cast(ModuleReference | None, _modules_type_0_item)
                    else:
                        modules_type_0_item = _modules_type_0_item

                    modules_type_0.append(modules_type_0_item)
                modules = modules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modules = cast(list[ModuleReference | None] | None | Unset, _modules)
        else:
            modules = _modules

        additional_properties = d
        _set = object.__setattr__
        _set(self, "api_name", api_name)
        _set(self, "display_label", display_label)
        _set(self, "modules", modules)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.modules)

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
