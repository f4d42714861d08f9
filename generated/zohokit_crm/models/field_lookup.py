# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="FieldLookup")


@_attrs_define(on_setattr=load_before_assignment)
class FieldLookup(LazyModel):
    """The target of a lookup field (`data_type` `lookup`), or `{}` for other fields. In API v2 `module` is the target
    module's API name as a plain string (for example `Accounts`), which is what the official v2 SDKs read; API v2.1 and
    later turned it into an object `{"api_name", "id"}`, so this v2 spec keeps the string.

    """

    module: None | str | Unset = UNSET
    """ API name of the module the lookup points to. """
    api_name: None | str | Unset = UNSET
    """ API name of the lookup field. """
    display_label: None | str | Unset = UNSET
    """ The label of the lookup's target module, for example `Account`. """
    id: None | str | Unset = UNSET
    """ Id of the related list behind the lookup. """
    query_details: FieldQueryDetails | None | Unset = UNSET
    """ Filter applied to the records a lookup offers (lookup filters), or `{}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        query_details: dict[str, Any] | None | Unset
        if isinstance(self.query_details, Unset):
            query_details = UNSET
        elif isinstance(self.query_details, FieldQueryDetails):
            query_details = self.query_details.to_dict()
        else:
            query_details = self.query_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module is not UNSET:
            field_dict["module"] = module
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if id is not UNSET:
            field_dict["id"] = id
        if query_details is not UNSET:
            field_dict["query_details"] = query_details

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
        module: None | str | Unset = d.pop("module", UNSET)

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        _query_details = d.pop("query_details", UNSET)
        query_details: FieldQueryDetails | None | Unset
        if isinstance(_query_details, dict):
            try:
                componentsschemas_field_query_details_type_0 = FieldQueryDetails._built_whole(_query_details)
                query_details = componentsschemas_field_query_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                query_details = cast(FieldQueryDetails | None | Unset, _query_details)
        else:
            query_details = _query_details

        additional_properties = d
        _set = object.__setattr__
        _set(self, "module", module)
        _set(self, "api_name", api_name)
        _set(self, "display_label", display_label)
        _set(self, "id", id)
        _set(self, "query_details", query_details)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.query_details)

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
from ..models.field_query_details import FieldQueryDetails  # noqa: E402
