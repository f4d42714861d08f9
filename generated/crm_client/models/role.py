from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_reference import RoleReference
    from ..models.user_reference import UserReference


T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role: a position in the organisation's hierarchy (CEO, Manager, Sales Representative, ...) that decides whose
    records a user can see. The seed calls roles 职位 (and profiles 角色). The seed lost its sample responses (only SDK code
    survived, which reads `name`, `id`, `display_label`, `admin_user` and `reporting_to`); the shape here is what Zoho's
    public CRM v2 API returns.

    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    admin_user: bool | None | Unset = UNSET
    """ True for the role of the organisation's administrator (the top of the hierarchy). """
    reporting_to: None | RoleReference | Unset = UNSET
    """ A short reference to a role (a position in the organisation's hierarchy: CEO, Manager, ...), as Zoho embeds
    it in users (`role`) and roles (`reporting_to`). """
    share_with_peers: bool | None | Unset = UNSET
    """ Whether users of this role see each other's records. """
    forecast_manager: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.role_reference import RoleReference  # noqa: PLC0415
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

        admin_user: bool | None | Unset
        if isinstance(self.admin_user, Unset):
            admin_user = UNSET
        else:
            admin_user = self.admin_user

        reporting_to: dict[str, Any] | None | Unset
        if isinstance(self.reporting_to, Unset):
            reporting_to = UNSET
        elif isinstance(self.reporting_to, RoleReference):
            reporting_to = self.reporting_to.to_dict()
        else:
            reporting_to = self.reporting_to

        share_with_peers: bool | None | Unset
        if isinstance(self.share_with_peers, Unset):
            share_with_peers = UNSET
        else:
            share_with_peers = self.share_with_peers

        forecast_manager: dict[str, Any] | None | Unset
        if isinstance(self.forecast_manager, Unset):
            forecast_manager = UNSET
        elif isinstance(self.forecast_manager, UserReference):
            forecast_manager = self.forecast_manager.to_dict()
        else:
            forecast_manager = self.forecast_manager

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
        if admin_user is not UNSET:
            field_dict["admin_user"] = admin_user
        if reporting_to is not UNSET:
            field_dict["reporting_to"] = reporting_to
        if share_with_peers is not UNSET:
            field_dict["share_with_peers"] = share_with_peers
        if forecast_manager is not UNSET:
            field_dict["forecast_manager"] = forecast_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_reference import RoleReference  # noqa: PLC0415
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

        def _parse_display_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_label = _parse_display_label(d.pop("display_label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_admin_user(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        admin_user = _parse_admin_user(d.pop("admin_user", UNSET))

        def _parse_reporting_to(data: object) -> None | RoleReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_role_reference_type_0 = RoleReference.from_dict(data)

                return componentsschemas_role_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoleReference | Unset, data)

        reporting_to = _parse_reporting_to(d.pop("reporting_to", UNSET))

        def _parse_share_with_peers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        share_with_peers = _parse_share_with_peers(d.pop("share_with_peers", UNSET))

        def _parse_forecast_manager(data: object) -> None | Unset | UserReference:
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

        forecast_manager = _parse_forecast_manager(d.pop("forecast_manager", UNSET))

        role = cls(
            id=id,
            name=name,
            display_label=display_label,
            description=description,
            admin_user=admin_user,
            reporting_to=reporting_to,
            share_with_peers=share_with_peers,
            forecast_manager=forecast_manager,
        )

        role.additional_properties = d
        return role

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
