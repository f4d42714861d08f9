# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="LayoutSection")


@_attrs_define(on_setattr=load_before_assignment)
class LayoutSection(LazyModel):
    """One section of a layout with the fields it shows, in order. Zoho sends `display_label` where older SDKs say
    `display_name`. Subform sections also carry a `properties` object (`reorder_rows`, `maximum_rows`, `tooltip`),
    passed through as an additional property.

    """

    name: None | str | Unset = UNSET
    """ The section's name, for example `Lead Information`. """
    display_label: None | str | Unset = UNSET
    """ The section's label as displayed (possibly translated). """
    api_name: None | str | Unset = UNSET
    """ The section's API name. """
    sequence_number: int | None | Unset = UNSET
    """ The section's position in the layout. """
    column_count: int | None | Unset = UNSET
    """ How many columns the section shows its fields in (1 or 2). """
    tab_traversal: int | None | Unset = UNSET
    """ The order in which the tab key moves through the fields: 1 left to right, 2 top to bottom. """
    generated_type: None | str | Unset = UNSET
    """ `default` or `custom`. """
    is_subform_section: bool | None | Unset = UNSET
    """ True when the section is a subform. """
    fields: list[Field] | None | Unset = UNSET
    """ The fields the section shows, in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        column_count: int | None | Unset
        if isinstance(self.column_count, Unset):
            column_count = UNSET
        else:
            column_count = self.column_count

        tab_traversal: int | None | Unset
        if isinstance(self.tab_traversal, Unset):
            tab_traversal = UNSET
        else:
            tab_traversal = self.tab_traversal

        generated_type: None | str | Unset
        if isinstance(self.generated_type, Unset):
            generated_type = UNSET
        else:
            generated_type = self.generated_type

        is_subform_section: bool | None | Unset
        if isinstance(self.is_subform_section, Unset):
            is_subform_section = UNSET
        else:
            is_subform_section = self.is_subform_section

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if column_count is not UNSET:
            field_dict["column_count"] = column_count
        if tab_traversal is not UNSET:
            field_dict["tab_traversal"] = tab_traversal
        if generated_type is not UNSET:
            field_dict["generated_type"] = generated_type
        if is_subform_section is not UNSET:
            field_dict["isSubformSection"] = is_subform_section
        if fields is not UNSET:
            field_dict["fields"] = fields

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
        name: None | str | Unset = d.pop("name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        column_count: int | None | Unset = d.pop("column_count", UNSET)

        tab_traversal: int | None | Unset = d.pop("tab_traversal", UNSET)

        generated_type: None | str | Unset = d.pop("generated_type", UNSET)

        is_subform_section: bool | None | Unset = d.pop("isSubformSection", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[Field] | None | Unset
        if isinstance(_fields, list):
            try:
                fields_type_0 = []
                _fields_type_0 = _fields
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = Field._from_nested_json(fields_type_0_item_data)

                    fields_type_0.append(fields_type_0_item)

                for fields_type_0_item in fields_type_0:
                    fields_type_0_item._load_all_fields()
                fields = fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fields = cast(list[Field] | None | Unset, _fields)
        else:
            fields = _fields

        additional_properties = d
        _set = object.__setattr__
        _set(self, "name", name)
        _set(self, "display_label", display_label)
        _set(self, "api_name", api_name)
        _set(self, "sequence_number", sequence_number)
        _set(self, "column_count", column_count)
        _set(self, "tab_traversal", tab_traversal)
        _set(self, "generated_type", generated_type)
        _set(self, "is_subform_section", is_subform_section)
        _set(self, "fields", fields)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.fields)

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
from ..models.field import Field  # noqa: E402
