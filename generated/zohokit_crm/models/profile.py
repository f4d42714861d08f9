# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Profile")


@_attrs_define(on_setattr=load_before_assignment)
class Profile(LazyModel):
    """A profile: the set of permissions a user has (Administrator, Standard, ...). The list returns the summary keys; a
    single profile adds `permissions_details` and `sections`.

    """

    id: None | str | Unset = UNSET
    """ The profile's id. """
    name: None | str | Unset = UNSET
    """ The profile's name, for example `Administrator`. """
    display_label: None | str | Unset = UNSET
    """ The profile's name as displayed (possibly translated). """
    description: None | str | Unset = UNSET
    """ The profile's description, or null. """
    default: bool | None | Unset = UNSET
    """ True for the profile new users get by default. """
    category: bool | None | Unset = UNSET
    """ Whether the profile is one of Zoho's standard profiles (true) or one the organisation created (false). """
    created_time: None | str | Unset = UNSET
    """ ISO 8601 date-time, null for standard profiles. """
    modified_time: None | str | Unset = UNSET
    """ ISO 8601 date-time. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    permissions_details: list[ProfilePermission] | None | Unset = UNSET
    """ The profile's permissions and whether each is granted (single profile only). """
    sections: list[ProfileSection] | None | Unset = UNSET
    """ The sections of the profile page with their permission categories (single profile only). """
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

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        category: bool | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        modified_time: None | str | Unset
        if isinstance(self.modified_time, Unset):
            modified_time = UNSET
        else:
            modified_time = self.modified_time

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserReference):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        modified_by: dict[str, Any] | None | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        elif isinstance(self.modified_by, UserReference):
            modified_by = self.modified_by.to_dict()
        else:
            modified_by = self.modified_by

        permissions_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.permissions_details, Unset):
            permissions_details = UNSET
        elif isinstance(self.permissions_details, list):
            permissions_details = []
            for permissions_details_type_0_item_data in self.permissions_details:
                permissions_details_type_0_item = permissions_details_type_0_item_data.to_dict()
                permissions_details.append(permissions_details_type_0_item)

        else:
            permissions_details = self.permissions_details

        sections: list[dict[str, Any]] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, list):
            sections = []
            for sections_type_0_item_data in self.sections:
                sections_type_0_item = sections_type_0_item_data.to_dict()
                sections.append(sections_type_0_item)

        else:
            sections = self.sections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default
        if category is not UNSET:
            field_dict["category"] = category
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if modified_time is not UNSET:
            field_dict["modified_time"] = modified_time
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if modified_by is not UNSET:
            field_dict["modified_by"] = modified_by
        if permissions_details is not UNSET:
            field_dict["permissions_details"] = permissions_details
        if sections is not UNSET:
            field_dict["sections"] = sections

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

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        default: bool | None | Unset = d.pop("default", UNSET)

        category: bool | None | Unset = d.pop("category", UNSET)

        created_time: None | str | Unset = d.pop("created_time", UNSET)

        modified_time: None | str | Unset = d.pop("modified_time", UNSET)

        _created_by = d.pop("created_by", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_created_by)
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        _modified_by = d.pop("modified_by", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_modified_by)
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        _permissions_details = d.pop("permissions_details", UNSET)
        permissions_details: list[ProfilePermission] | None | Unset
        if isinstance(_permissions_details, list):
            try:
                permissions_details_type_0 = []
                _permissions_details_type_0 = _permissions_details
                for permissions_details_type_0_item_data in _permissions_details_type_0:
                    permissions_details_type_0_item = ProfilePermission._from_nested_json(
                        permissions_details_type_0_item_data
                    )

                    permissions_details_type_0.append(permissions_details_type_0_item)

                for permissions_details_type_0_item in permissions_details_type_0:
                    permissions_details_type_0_item._load_all_fields()
                permissions_details = permissions_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                permissions_details = cast(list[ProfilePermission] | None | Unset, _permissions_details)
        else:
            permissions_details = _permissions_details

        _sections = d.pop("sections", UNSET)
        sections: list[ProfileSection] | None | Unset
        if isinstance(_sections, list):
            try:
                sections_type_0 = []
                _sections_type_0 = _sections
                for sections_type_0_item_data in _sections_type_0:
                    sections_type_0_item = ProfileSection._from_nested_json(sections_type_0_item_data)

                    sections_type_0.append(sections_type_0_item)

                for sections_type_0_item in sections_type_0:
                    sections_type_0_item._load_all_fields()
                sections = sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sections = cast(list[ProfileSection] | None | Unset, _sections)
        else:
            sections = _sections

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "display_label", display_label)
        _set(self, "description", description)
        _set(self, "default", default)
        _set(self, "category", category)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "permissions_details", permissions_details)
        _set(self, "sections", sections)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.created_by)
        load_nested(self.modified_by)
        load_nested(self.permissions_details)
        load_nested(self.sections)

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
from ..models.profile_permission import ProfilePermission  # noqa: E402
from ..models.profile_section import ProfileSection  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
