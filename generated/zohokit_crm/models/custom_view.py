# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="CustomView")


@_attrs_define(on_setattr=load_before_assignment)
class CustomView(LazyModel):
    """A custom view (filtered list) of a module. Pass a view's `id` as `cvid` to the records list API to read its records."""

    id: None | str | Unset = UNSET
    """ The view's id: pass it as `cvid` to `GET /{module_api_name}`. """
    name: None | str | Unset = UNSET
    """ The view's name, for example `All Open Leads`. """
    display_value: None | str | Unset = UNSET
    """ The view's name as displayed (possibly translated). """
    system_name: None | str | Unset = UNSET
    """ Internal name of a standard view, for example `ALLVIEWS`; null for user-made views. """
    system_defined: bool | None | Unset = UNSET
    """ True for views Zoho defines, false for views users created. """
    default: bool | None | Unset = UNSET
    """ True for the module's default view. """
    category: None | str | Unset = UNSET
    """ `public_views`, `other_users_views`, `shared_with_me` or `created_by_me`. """
    module: None | str | Unset = UNSET
    """ API name of the module the view belongs to. """
    sort_by: None | str | Unset = UNSET
    """ The API name of the field the view sorts on, or null. """
    sort_order: None | str | Unset = UNSET
    """ `asc`, `desc`, or null. """
    favorite: int | None | Unset = UNSET
    """ Position among the user's favourite views, or null. """
    offline: bool | None | Unset = UNSET
    """ Whether the view is available offline (in the mobile apps). """
    shared_type: None | str | Unset = UNSET
    """ Whom a user-created view is shared with, for example `AllUsers` or `Users`; null for views not shared. """
    fields: list[str] | None | Unset = UNSET
    """ Single view only. API names of the view's columns. """
    criteria: CustomViewCriteria | None | Unset = UNSET
    """ A filter condition of a custom view (or of a field). Either a single condition (`field`, `comparator`,
    `value`) or a group of conditions (`group_operator` with `group`), nested as deep as needed. """
    criteria_pattern: None | str | Unset = UNSET
    """ Older responses' textual form of the criteria, for example `(1 and 2)`. """
    shared_details: list[CustomViewSharedDetail] | None | Unset = UNSET
    """ The users, roles, groups or territories the view is shared with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_value: None | str | Unset
        if isinstance(self.display_value, Unset):
            display_value = UNSET
        else:
            display_value = self.display_value

        system_name: None | str | Unset
        if isinstance(self.system_name, Unset):
            system_name = UNSET
        else:
            system_name = self.system_name

        system_defined: bool | None | Unset
        if isinstance(self.system_defined, Unset):
            system_defined = UNSET
        else:
            system_defined = self.system_defined

        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = self.sort_by

        sort_order: None | str | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        favorite: int | None | Unset
        if isinstance(self.favorite, Unset):
            favorite = UNSET
        else:
            favorite = self.favorite

        offline: bool | None | Unset
        if isinstance(self.offline, Unset):
            offline = UNSET
        else:
            offline = self.offline

        shared_type: None | str | Unset
        if isinstance(self.shared_type, Unset):
            shared_type = UNSET
        else:
            shared_type = self.shared_type

        fields: list[str] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        criteria: dict[str, Any] | None | Unset
        if isinstance(self.criteria, Unset):
            criteria = UNSET
        elif isinstance(self.criteria, CustomViewCriteria):
            criteria = self.criteria.to_dict()
        else:
            criteria = self.criteria

        criteria_pattern: None | str | Unset
        if isinstance(self.criteria_pattern, Unset):
            criteria_pattern = UNSET
        else:
            criteria_pattern = self.criteria_pattern

        shared_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.shared_details, Unset):
            shared_details = UNSET
        elif isinstance(self.shared_details, list):
            shared_details = []
            for shared_details_type_0_item_data in self.shared_details:
                shared_details_type_0_item = shared_details_type_0_item_data.to_dict()
                shared_details.append(shared_details_type_0_item)

        else:
            shared_details = self.shared_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_value is not UNSET:
            field_dict["display_value"] = display_value
        if system_name is not UNSET:
            field_dict["system_name"] = system_name
        if system_defined is not UNSET:
            field_dict["system_defined"] = system_defined
        if default is not UNSET:
            field_dict["default"] = default
        if category is not UNSET:
            field_dict["category"] = category
        if module is not UNSET:
            field_dict["module"] = module
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if favorite is not UNSET:
            field_dict["favorite"] = favorite
        if offline is not UNSET:
            field_dict["offline"] = offline
        if shared_type is not UNSET:
            field_dict["shared_type"] = shared_type
        if fields is not UNSET:
            field_dict["fields"] = fields
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if criteria_pattern is not UNSET:
            field_dict["criteria_pattern"] = criteria_pattern
        if shared_details is not UNSET:
            field_dict["shared_details"] = shared_details

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

        name: None | str | Unset = d.pop("name", UNSET)

        display_value: None | str | Unset = d.pop("display_value", UNSET)

        system_name: None | str | Unset = d.pop("system_name", UNSET)

        system_defined: bool | None | Unset = d.pop("system_defined", UNSET)

        default: bool | None | Unset = d.pop("default", UNSET)

        category: None | str | Unset = d.pop("category", UNSET)

        module: None | str | Unset = d.pop("module", UNSET)

        sort_by: None | str | Unset = d.pop("sort_by", UNSET)

        sort_order: None | str | Unset = d.pop("sort_order", UNSET)

        favorite: int | None | Unset = d.pop("favorite", UNSET)

        offline: bool | None | Unset = d.pop("offline", UNSET)

        shared_type: None | str | Unset = d.pop("shared_type", UNSET)

        fields: list[str] | None | Unset = d.pop("fields", UNSET)

        _criteria = d.pop("criteria", UNSET)
        criteria: CustomViewCriteria | None | Unset
        if isinstance(_criteria, dict):
            try:
                componentsschemas_custom_view_criteria_type_0 = CustomViewCriteria._built_whole(_criteria)
                criteria = componentsschemas_custom_view_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                criteria = cast(CustomViewCriteria | None | Unset, _criteria)
        else:
            criteria = _criteria

        criteria_pattern: None | str | Unset = d.pop("criteria_pattern", UNSET)

        _shared_details = d.pop("shared_details", UNSET)
        shared_details: list[CustomViewSharedDetail] | None | Unset
        if isinstance(_shared_details, list):
            try:
                shared_details_type_0 = []
                _shared_details_type_0 = _shared_details
                for shared_details_type_0_item_data in _shared_details_type_0:
                    shared_details_type_0_item = CustomViewSharedDetail._from_nested_json(
                        shared_details_type_0_item_data
                    )

                    shared_details_type_0.append(shared_details_type_0_item)

                for shared_details_type_0_item in shared_details_type_0:
                    shared_details_type_0_item._load_all_fields()
                shared_details = shared_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shared_details = cast(list[CustomViewSharedDetail] | None | Unset, _shared_details)
        else:
            shared_details = _shared_details

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "display_value", display_value)
        _set(self, "system_name", system_name)
        _set(self, "system_defined", system_defined)
        _set(self, "default", default)
        _set(self, "category", category)
        _set(self, "module", module)
        _set(self, "sort_by", sort_by)
        _set(self, "sort_order", sort_order)
        _set(self, "favorite", favorite)
        _set(self, "offline", offline)
        _set(self, "shared_type", shared_type)
        _set(self, "fields", fields)
        _set(self, "criteria", criteria)
        _set(self, "criteria_pattern", criteria_pattern)
        _set(self, "shared_details", shared_details)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.criteria)
        load_nested(self.shared_details)

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
from ..models.custom_view_criteria import CustomViewCriteria  # noqa: E402
from ..models.custom_view_shared_detail import CustomViewSharedDetail  # noqa: E402
