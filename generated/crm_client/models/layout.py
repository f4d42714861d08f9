from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.layout_convert_mapping import LayoutConvertMapping
    from ..models.layout_section import LayoutSection
    from ..models.profile_reference import ProfileReference
    from ..models.user_reference import UserReference


T = TypeVar("T", bound="Layout")


@_attrs_define
class Layout:
    """A layout of a module: which fields appear, in which sections, for which profiles. The seed lost its sample responses
    (only SDK code survived, which reads `name`, `id`, `created_time`, `modified_time`, `convert_mapping`, `visible`,
    `modified_by`, the accessible `profiles`, `created_by` and `sections`); the shape here is what Zoho's public CRM v2
    API returns.

    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    visible: bool | None | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.layout_convert_mapping import LayoutConvertMapping  # noqa: PLC0415
        from ..models.profile_reference import ProfileReference  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

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
        from ..models.layout_convert_mapping import LayoutConvertMapping  # noqa: PLC0415
        from ..models.layout_section import LayoutSection  # noqa: PLC0415
        from ..models.profile_reference import ProfileReference  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

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

        def _parse_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        def _parse_modified_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_time = _parse_modified_time(d.pop("modified_time", UNSET))

        def _parse_created_by(data: object) -> None | Unset | UserReference:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_reference_type_0 = UserReference.from_dict(data)

                return componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserReference, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_modified_by(data: object) -> None | Unset | UserReference:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_reference_type_0 = UserReference.from_dict(data)

                return componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserReference, data)

        modified_by = _parse_modified_by(d.pop("modified_by", UNSET))

        def _parse_created_for(data: object) -> None | Unset | UserReference:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_reference_type_0 = UserReference.from_dict(data)

                return componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserReference, data)

        created_for = _parse_created_for(d.pop("created_for", UNSET))

        def _parse_profiles(data: object) -> list[None | ProfileReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profiles_type_0 = []
                _profiles_type_0 = data
                for profiles_type_0_item_data in _profiles_type_0:

                    def _parse_profiles_type_0_item(data: object) -> None | ProfileReference:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_profile_reference_type_0 = ProfileReference.from_dict(data)

                            return componentsschemas_profile_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(None | ProfileReference, data)

                    profiles_type_0_item = _parse_profiles_type_0_item(profiles_type_0_item_data)

                    profiles_type_0.append(profiles_type_0_item)

                return profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | ProfileReference] | None | Unset, data)

        profiles = _parse_profiles(d.pop("profiles", UNSET))

        def _parse_convert_mapping(data: object) -> LayoutConvertMapping | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_layout_convert_mapping_type_0 = LayoutConvertMapping.from_dict(data)

                return componentsschemas_layout_convert_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LayoutConvertMapping | None | Unset, data)

        convert_mapping = _parse_convert_mapping(d.pop("convert_mapping", UNSET))

        def _parse_sections(data: object) -> list[LayoutSection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sections_type_0 = []
                _sections_type_0 = data
                for sections_type_0_item_data in _sections_type_0:
                    sections_type_0_item = LayoutSection.from_dict(sections_type_0_item_data)

                    sections_type_0.append(sections_type_0_item)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LayoutSection] | None | Unset, data)

        sections = _parse_sections(d.pop("sections", UNSET))

        layout = cls(
            id=id,
            name=name,
            visible=visible,
            status=status,
            created_time=created_time,
            modified_time=modified_time,
            created_by=created_by,
            modified_by=modified_by,
            created_for=created_for,
            profiles=profiles,
            convert_mapping=convert_mapping,
            sections=sections,
        )

        layout.additional_properties = d
        return layout

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
