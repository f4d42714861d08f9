# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Layout")


@_attrs_define(on_setattr=load_before_assignment)
class Layout(LazyModel):
    """A layout of a module: which fields appear, in which sections, for which profiles."""

    id: None | str | Unset = UNSET
    """ The layout's id. """
    name: None | str | Unset = UNSET
    """ The layout's name, for example `Standard`. """
    visible: bool | None | Unset = UNSET
    """ Whether the layout is active (offered to users). """
    status: int | None | Unset = UNSET
    """ 0 for an active layout, 1 for an inactive one. """
    created_time: None | str | Unset = UNSET
    """ ISO 8601 date-time, or null for the standard layout. """
    modified_time: None | str | Unset = UNSET
    """ ISO 8601 date-time. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_for: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    profiles: list[None | ProfileReference] | None | Unset = UNSET
    """ The profiles that can use the layout; `default` marks the profile's default layout. """
    convert_mapping: LayoutConvertMapping | None | Unset = UNSET
    """ Leads layouts only: which layout of each target module a converted lead lands in, as `{"Contacts": {"name",
    "id"}, "Deals": {...}, "Accounts": {...}}`. Null for other modules. """
    sections: list[LayoutSection] | None | Unset = UNSET
    """ The layout's sections, in order, with their fields. """
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

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        created_for: dict[str, Any] | None | Unset
        if isinstance(self.created_for, Unset):
            created_for = UNSET
        elif isinstance(self.created_for, UserReference):
            created_for = self.created_for.to_dict()
        else:
            created_for = self.created_for

        profiles: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.profiles, Unset):
            profiles = UNSET
        elif isinstance(self.profiles, list):
            profiles = []
            for profiles_type_0_item_data in self.profiles:
                profiles_type_0_item: dict[str, Any] | None
                if isinstance(profiles_type_0_item_data, ProfileReference):
                    profiles_type_0_item = profiles_type_0_item_data.to_dict()
                else:
                    profiles_type_0_item = profiles_type_0_item_data
                profiles.append(profiles_type_0_item)

        else:
            profiles = self.profiles

        convert_mapping: dict[str, Any] | None | Unset
        if isinstance(self.convert_mapping, Unset):
            convert_mapping = UNSET
        elif isinstance(self.convert_mapping, LayoutConvertMapping):
            convert_mapping = self.convert_mapping.to_dict()
        else:
            convert_mapping = self.convert_mapping

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
        if visible is not UNSET:
            field_dict["visible"] = visible
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if modified_time is not UNSET:
            field_dict["modified_time"] = modified_time
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if modified_by is not UNSET:
            field_dict["modified_by"] = modified_by
        if created_for is not UNSET:
            field_dict["created_for"] = created_for
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if convert_mapping is not UNSET:
            field_dict["convert_mapping"] = convert_mapping
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

        visible: bool | None | Unset = d.pop("visible", UNSET)

        status: int | None | Unset = d.pop("status", UNSET)

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

        _created_for = d.pop("created_for", UNSET)
        created_for: None | Unset | UserReference
        if isinstance(_created_for, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_created_for)
                created_for = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_for = cast(None | Unset | UserReference, _created_for)
        else:
            created_for = _created_for

        _profiles = d.pop("profiles", UNSET)
        profiles: list[None | ProfileReference] | None | Unset
        if isinstance(_profiles, list):
            try:
                profiles_type_0 = []
                _profiles_type_0 = _profiles
                for profiles_type_0_item_data in _profiles_type_0:
                    _profiles_type_0_item = profiles_type_0_item_data
                    profiles_type_0_item: None | ProfileReference
                    if isinstance(_profiles_type_0_item, dict):
                        try:
                            componentsschemas_profile_reference_type_0 = ProfileReference._built_whole(
                                _profiles_type_0_item
                            )
                            profiles_type_0_item = componentsschemas_profile_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            profiles_type_0_item = cast(None | ProfileReference, _profiles_type_0_item)
                    else:
                        profiles_type_0_item = _profiles_type_0_item

                    profiles_type_0.append(profiles_type_0_item)
                profiles = profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                profiles = cast(list[None | ProfileReference] | None | Unset, _profiles)
        else:
            profiles = _profiles

        _convert_mapping = d.pop("convert_mapping", UNSET)
        convert_mapping: LayoutConvertMapping | None | Unset
        if isinstance(_convert_mapping, dict):
            try:
                componentsschemas_layout_convert_mapping_type_0 = LayoutConvertMapping._built_whole(_convert_mapping)
                convert_mapping = componentsschemas_layout_convert_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                convert_mapping = cast(LayoutConvertMapping | None | Unset, _convert_mapping)
        else:
            convert_mapping = _convert_mapping

        _sections = d.pop("sections", UNSET)
        sections: list[LayoutSection] | None | Unset
        if isinstance(_sections, list):
            try:
                sections_type_0 = []
                _sections_type_0 = _sections
                for sections_type_0_item_data in _sections_type_0:
                    sections_type_0_item = LayoutSection._from_nested_json(sections_type_0_item_data)

                    sections_type_0.append(sections_type_0_item)

                for sections_type_0_item in sections_type_0:
                    sections_type_0_item._load_all_fields()
                sections = sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sections = cast(list[LayoutSection] | None | Unset, _sections)
        else:
            sections = _sections

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "visible", visible)
        _set(self, "status", status)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_for", created_for)
        _set(self, "profiles", profiles)
        _set(self, "convert_mapping", convert_mapping)
        _set(self, "sections", sections)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.created_by)
        load_nested(self.modified_by)
        load_nested(self.created_for)
        load_nested(self.profiles)
        load_nested(self.convert_mapping)
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
from ..models.layout_convert_mapping import LayoutConvertMapping  # noqa: E402
from ..models.layout_section import LayoutSection  # noqa: E402
from ..models.profile_reference import ProfileReference  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
