from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="FieldCrypt")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "mode",
        "column",
        "table",
        "notify",
        "status",
        "encFldIds",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class FieldCrypt(LazyModel):
    """Encryption settings of an encrypted field, or null."""

    mode: None | str | Unset = UNSET
    column: None | str | Unset = UNSET
    table: None | str | Unset = UNSET
    notify: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    enc_fld_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        table: None | str | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        else:
            table = self.table

        notify: None | str | Unset
        if isinstance(self.notify, Unset):
            notify = UNSET
        else:
            notify = self.notify

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        enc_fld_ids: list[str] | None | Unset
        if isinstance(self.enc_fld_ids, Unset):
            enc_fld_ids = UNSET
        elif isinstance(self.enc_fld_ids, list):
            enc_fld_ids = self.enc_fld_ids

        else:
            enc_fld_ids = self.enc_fld_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if column is not UNSET:
            field_dict["column"] = column
        if table is not UNSET:
            field_dict["table"] = table
        if notify is not UNSET:
            field_dict["notify"] = notify
        if status is not UNSET:
            field_dict["status"] = status
        if enc_fld_ids is not UNSET:
            field_dict["encFldIds"] = enc_fld_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_mode(_src: dict[str, Any]) -> None | str | Unset:
        mode: None | str | Unset = _src.get("mode", UNSET)

        return mode

    @staticmethod
    def _read_column(_src: dict[str, Any]) -> None | str | Unset:
        column: None | str | Unset = _src.get("column", UNSET)

        return column

    @staticmethod
    def _read_table(_src: dict[str, Any]) -> None | str | Unset:
        table: None | str | Unset = _src.get("table", UNSET)

        return table

    @staticmethod
    def _read_notify(_src: dict[str, Any]) -> None | str | Unset:
        notify: None | str | Unset = _src.get("notify", UNSET)

        return notify

    @staticmethod
    def _read_status(_src: dict[str, Any]) -> int | None | Unset:
        status: int | None | Unset = _src.get("status", UNSET)

        return status

    @staticmethod
    def _read_enc_fld_ids(_src: dict[str, Any]) -> list[str] | None | Unset:
        enc_fld_ids: list[str] | None | Unset = _src.get("encFldIds", UNSET)

        return enc_fld_ids

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
