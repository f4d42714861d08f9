from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sharing_shared_through import SharingSharedThrough
    from ..models.user_reference import UserReference


T = TypeVar("T", bound="SharingDetail")


@_attrs_define
class SharingDetail:
    """One user a record is shared with, and how. The seed lost its sample responses; the shape here is what Zoho's public
    CRM v2 API returns.

    """

    user: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    permission: None | str | Unset = UNSET
    """ `read_only`, `read_write` or `full_access`. """
    share_related_records: bool | None | Unset = UNSET
    """ Whether the record's related lists are shared too. """
    shared_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    shared_time: None | str | Unset = UNSET
    """ ISO 8601 date-time. """
    shared_through: None | SharingSharedThrough | Unset = UNSET
    """ The record through which the sharing reached this record (for example the account a shared contact belongs
    to, when related records were shared with it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sharing_shared_through import SharingSharedThrough  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserReference):
            user = self.user.to_dict()
        else:
            user = self.user

        permission: None | str | Unset
        if isinstance(self.permission, Unset):
            permission = UNSET
        else:
            permission = self.permission

        share_related_records: bool | None | Unset
        if isinstance(self.share_related_records, Unset):
            share_related_records = UNSET
        else:
            share_related_records = self.share_related_records

        shared_by: dict[str, Any] | None | Unset
        if isinstance(self.shared_by, Unset):
            shared_by = UNSET
        elif isinstance(self.shared_by, UserReference):
            shared_by = self.shared_by.to_dict()
        else:
            shared_by = self.shared_by

        shared_time: None | str | Unset
        if isinstance(self.shared_time, Unset):
            shared_time = UNSET
        else:
            shared_time = self.shared_time

        shared_through: dict[str, Any] | None | Unset
        if isinstance(self.shared_through, Unset):
            shared_through = UNSET
        elif isinstance(self.shared_through, SharingSharedThrough):
            shared_through = self.shared_through.to_dict()
        else:
            shared_through = self.shared_through

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if permission is not UNSET:
            field_dict["permission"] = permission
        if share_related_records is not UNSET:
            field_dict["share_related_records"] = share_related_records
        if shared_by is not UNSET:
            field_dict["shared_by"] = shared_by
        if shared_time is not UNSET:
            field_dict["shared_time"] = shared_time
        if shared_through is not UNSET:
            field_dict["shared_through"] = shared_through

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sharing_shared_through import SharingSharedThrough  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_user(data: object) -> None | Unset | UserReference:
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

        user = _parse_user(d.pop("user", UNSET))

        def _parse_permission(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        permission = _parse_permission(d.pop("permission", UNSET))

        def _parse_share_related_records(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        share_related_records = _parse_share_related_records(d.pop("share_related_records", UNSET))

        def _parse_shared_by(data: object) -> None | Unset | UserReference:
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

        shared_by = _parse_shared_by(d.pop("shared_by", UNSET))

        def _parse_shared_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shared_time = _parse_shared_time(d.pop("shared_time", UNSET))

        def _parse_shared_through(data: object) -> None | SharingSharedThrough | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sharing_shared_through_type_0 = SharingSharedThrough.from_dict(data)

                return componentsschemas_sharing_shared_through_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SharingSharedThrough | Unset, data)

        shared_through = _parse_shared_through(d.pop("shared_through", UNSET))

        sharing_detail = cls(
            user=user,
            permission=permission,
            share_related_records=share_related_records,
            shared_by=shared_by,
            shared_time=shared_time,
            shared_through=shared_through,
        )

        sharing_detail.additional_properties = d
        return sharing_detail

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
