# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="SharingDetail")


@_attrs_define(on_setattr=load_before_assignment)
class SharingDetail(LazyModel):
    """One user a record is shared with, and how."""

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
        _user = d.pop("user", UNSET)
        user: None | Unset | UserReference
        if isinstance(_user, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_user)
                user = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                user = cast(None | Unset | UserReference, _user)
        else:
            user = _user

        permission: None | str | Unset = d.pop("permission", UNSET)

        share_related_records: bool | None | Unset = d.pop("share_related_records", UNSET)

        _shared_by = d.pop("shared_by", UNSET)
        shared_by: None | Unset | UserReference
        if isinstance(_shared_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_shared_by)
                shared_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shared_by = cast(None | Unset | UserReference, _shared_by)
        else:
            shared_by = _shared_by

        shared_time: None | str | Unset = d.pop("shared_time", UNSET)

        _shared_through = d.pop("shared_through", UNSET)
        shared_through: None | SharingSharedThrough | Unset
        if isinstance(_shared_through, dict):
            try:
                componentsschemas_sharing_shared_through_type_0 = SharingSharedThrough._built_whole(_shared_through)
                shared_through = componentsschemas_sharing_shared_through_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shared_through = cast(None | SharingSharedThrough | Unset, _shared_through)
        else:
            shared_through = _shared_through

        additional_properties = d
        _set = object.__setattr__
        _set(self, "user", user)
        _set(self, "permission", permission)
        _set(self, "share_related_records", share_related_records)
        _set(self, "shared_by", shared_by)
        _set(self, "shared_time", shared_time)
        _set(self, "shared_through", shared_through)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.user)
        load_nested(self.shared_by)
        load_nested(self.shared_through)

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
