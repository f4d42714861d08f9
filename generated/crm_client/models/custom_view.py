from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_view_criteria import CustomViewCriteria
    from ..models.custom_view_shared_detail import CustomViewSharedDetail


T = TypeVar("T", bound="CustomView")


@_attrs_define
class CustomView:
    """A custom view (filtered list) of a module. The seed lost its sample responses (only SDK code survived, which reads
    `id`, `module`, `display_value`, `default`, `name`, `system_name`, `sort_by`, `category`, `fields`, `favorite`,
    `sort_order`, `criteria`, `criteria_pattern`, the `categories` of the list and `offline`); the shape here is what
    Zoho's public CRM v2 API returns. Pass a view's `id` as `cvid` to the records list API to read its records.

    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    display_value: None | str | Unset = UNSET
    system_name: None | str | Unset = UNSET
    """ Internal name of a standard view, for example `ALLVIEWS`; null for user-made views. """
    system_defined: bool | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    """ True for the module's default view. """
    category: None | str | Unset = UNSET
    """ `public_views`, `other_users_views`, `shared_with_me` or `created_by_me`. """
    module: None | str | Unset = UNSET
    """ API name of the module the view belongs to. """
    sort_by: None | str | Unset = UNSET
    sort_order: None | str | Unset = UNSET
    """ `asc`, `desc`, or null. """
    favorite: int | None | Unset = UNSET
    """ Position among the user's favourite views, or null. """
    offline: bool | None | Unset = UNSET
    shared_type: None | str | Unset = UNSET
    fields: list[str] | None | Unset = UNSET
    """ Single view only. API names of the view's columns. """
    criteria: CustomViewCriteria | None | Unset = UNSET
    """ A filter condition of a custom view (or of a field). Either a single condition (`field`, `comparator`,
    `value`) or a group of conditions (`group_operator` with `group`), nested as deep as needed. """
    criteria_pattern: None | str | Unset = UNSET
    """ Older responses' textual form of the criteria, for example `(1 and 2)`. """
    shared_details: list[CustomViewSharedDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_view_criteria import CustomViewCriteria  # noqa: PLC0415

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
        from ..models.custom_view_criteria import CustomViewCriteria  # noqa: PLC0415
        from ..models.custom_view_shared_detail import CustomViewSharedDetail  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_display_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_value = _parse_display_value(d.pop("display_value", UNSET))

        def _parse_system_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_name = _parse_system_name(d.pop("system_name", UNSET))

        def _parse_system_defined(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        system_defined = _parse_system_defined(d.pop("system_defined", UNSET))

        def _parse_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_module(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module = _parse_module(d.pop("module", UNSET))

        def _parse_sort_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_sort_order(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        def _parse_favorite(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        favorite = _parse_favorite(d.pop("favorite", UNSET))

        def _parse_offline(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        offline = _parse_offline(d.pop("offline", UNSET))

        def _parse_shared_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shared_type = _parse_shared_type(d.pop("shared_type", UNSET))

        def _parse_fields(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = cast(list[str], data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        def _parse_criteria(data: object) -> CustomViewCriteria | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_view_criteria_type_0 = CustomViewCriteria.from_dict(data)

                return componentsschemas_custom_view_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomViewCriteria | None | Unset, data)

        criteria = _parse_criteria(d.pop("criteria", UNSET))

        def _parse_criteria_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        criteria_pattern = _parse_criteria_pattern(d.pop("criteria_pattern", UNSET))

        def _parse_shared_details(data: object) -> list[CustomViewSharedDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shared_details_type_0 = []
                _shared_details_type_0 = data
                for shared_details_type_0_item_data in _shared_details_type_0:
                    shared_details_type_0_item = CustomViewSharedDetail.from_dict(shared_details_type_0_item_data)

                    shared_details_type_0.append(shared_details_type_0_item)

                return shared_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomViewSharedDetail] | None | Unset, data)

        shared_details = _parse_shared_details(d.pop("shared_details", UNSET))

        custom_view = cls(
            id=id,
            name=name,
            display_value=display_value,
            system_name=system_name,
            system_defined=system_defined,
            default=default,
            category=category,
            module=module,
            sort_by=sort_by,
            sort_order=sort_order,
            favorite=favorite,
            offline=offline,
            shared_type=shared_type,
            fields=fields,
            criteria=criteria,
            criteria_pattern=criteria_pattern,
            shared_details=shared_details,
        )

        custom_view.additional_properties = d
        return custom_view

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
