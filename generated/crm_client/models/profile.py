from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="Profile")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "display_label",
        "description",
        "default",
        "category",
        "created_time",
        "modified_time",
        "created_by",
        "modified_by",
        "permissions_details",
        "sections",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class Profile(LazyModel):
    """A profile: the set of permissions a user has (Administrator, Standard, ...). The seed calls profiles 角色 (and roles
    职位). The seed lost its sample responses (only SDK code survived, which reads `name`, `id`, `default`,
    `created_time`, `modified_time`, `modified_by`, `description`, `created_by`, `category`, the `permissions_details`
    and `sections`); the shape here is what Zoho's public CRM v2 API returns. The list returns the summary keys; a
    single profile adds `permissions_details` and `sections`.

    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    default: bool | None | Unset = UNSET
    """ True for the profile new users get by default. """
    category: bool | None | Unset = UNSET
    created_time: None | str | Unset = UNSET
    """ ISO 8601 date-time, null for standard profiles. """
    modified_time: None | str | Unset = UNSET
    """ ISO 8601 date-time. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    permissions_details: list[ProfilePermission] | None | Unset = UNSET
    sections: list[ProfileSection] | None | Unset = UNSET
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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_name(_src: dict[str, Any]) -> None | str | Unset:
        name: None | str | Unset = _src.get("name", UNSET)

        return name

    @staticmethod
    def _read_display_label(_src: dict[str, Any]) -> None | str | Unset:
        display_label: None | str | Unset = _src.get("display_label", UNSET)

        return display_label

    @staticmethod
    def _read_description(_src: dict[str, Any]) -> None | str | Unset:
        description: None | str | Unset = _src.get("description", UNSET)

        return description

    @staticmethod
    def _read_default(_src: dict[str, Any]) -> bool | None | Unset:
        default: bool | None | Unset = _src.get("default", UNSET)

        return default

    @staticmethod
    def _read_category(_src: dict[str, Any]) -> bool | None | Unset:
        category: bool | None | Unset = _src.get("category", UNSET)

        return category

    @staticmethod
    def _read_created_time(_src: dict[str, Any]) -> None | str | Unset:
        created_time: None | str | Unset = _src.get("created_time", UNSET)

        return created_time

    @staticmethod
    def _read_modified_time(_src: dict[str, Any]) -> None | str | Unset:
        modified_time: None | str | Unset = _src.get("modified_time", UNSET)

        return modified_time

    @staticmethod
    def _read_created_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _created_by = _src.get("created_by", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_created_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        return created_by

    @staticmethod
    def _read_modified_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _modified_by = _src.get("modified_by", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_modified_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        return modified_by

    @staticmethod
    def _read_permissions_details(_src: dict[str, Any]) -> list[ProfilePermission] | None | Unset:
        _permissions_details = _src.get("permissions_details", UNSET)
        permissions_details: list[ProfilePermission] | None | Unset
        if isinstance(_permissions_details, list):
            try:
                permissions_details_type_0 = []
                _permissions_details_type_0 = _permissions_details
                for permissions_details_type_0_item_data in _permissions_details_type_0:
                    permissions_details_type_0_item = ProfilePermission.from_dict(permissions_details_type_0_item_data)

                    permissions_details_type_0.append(permissions_details_type_0_item)
                for permissions_details_type_0_item in permissions_details_type_0:
                    permissions_details_type_0_item._load_all_fields()
                permissions_details = permissions_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                permissions_details = cast(list[ProfilePermission] | None | Unset, _permissions_details)
        else:
            permissions_details = _permissions_details

        return permissions_details

    @staticmethod
    def _read_sections(_src: dict[str, Any]) -> list[ProfileSection] | None | Unset:
        _sections = _src.get("sections", UNSET)
        sections: list[ProfileSection] | None | Unset
        if isinstance(_sections, list):
            try:
                sections_type_0 = []
                _sections_type_0 = _sections
                for sections_type_0_item_data in _sections_type_0:
                    sections_type_0_item = ProfileSection.from_dict(sections_type_0_item_data)

                    sections_type_0.append(sections_type_0_item)
                for sections_type_0_item in sections_type_0:
                    sections_type_0_item._load_all_fields()
                sections = sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sections = cast(list[ProfileSection] | None | Unset, _sections)
        else:
            sections = _sections

        return sections

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
from ..models.profile_permission import ProfilePermission  # noqa: E402
from ..models.profile_section import ProfileSection  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
