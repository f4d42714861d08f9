from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="SharingDetail")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "user",
        "permission",
        "share_related_records",
        "shared_by",
        "shared_time",
        "shared_through",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class SharingDetail(LazyModel):
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
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_user(_src: dict[str, Any]) -> None | Unset | UserReference:
        _user = _src.get("user", UNSET)
        user: None | Unset | UserReference
        if isinstance(_user, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_user)
                componentsschemas_user_reference_type_0._load_all_fields()
                user = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                user = cast(None | Unset | UserReference, _user)
        else:
            user = _user

        return user

    @staticmethod
    def _read_permission(_src: dict[str, Any]) -> None | str | Unset:
        permission: None | str | Unset = _src.get("permission", UNSET)

        return permission

    @staticmethod
    def _read_share_related_records(_src: dict[str, Any]) -> bool | None | Unset:
        share_related_records: bool | None | Unset = _src.get("share_related_records", UNSET)

        return share_related_records

    @staticmethod
    def _read_shared_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _shared_by = _src.get("shared_by", UNSET)
        shared_by: None | Unset | UserReference
        if isinstance(_shared_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_shared_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                shared_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shared_by = cast(None | Unset | UserReference, _shared_by)
        else:
            shared_by = _shared_by

        return shared_by

    @staticmethod
    def _read_shared_time(_src: dict[str, Any]) -> None | str | Unset:
        shared_time: None | str | Unset = _src.get("shared_time", UNSET)

        return shared_time

    @staticmethod
    def _read_shared_through(_src: dict[str, Any]) -> None | SharingSharedThrough | Unset:
        _shared_through = _src.get("shared_through", UNSET)
        shared_through: None | SharingSharedThrough | Unset
        if isinstance(_shared_through, dict):
            try:
                componentsschemas_sharing_shared_through_type_0 = SharingSharedThrough.from_dict(_shared_through)
                componentsschemas_sharing_shared_through_type_0._load_all_fields()
                shared_through = componentsschemas_sharing_shared_through_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shared_through = cast(None | SharingSharedThrough | Unset, _shared_through)
        else:
            shared_through = _shared_through

        return shared_through

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
from ..models.sharing_shared_through import SharingSharedThrough  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
