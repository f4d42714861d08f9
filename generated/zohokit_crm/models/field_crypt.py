# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="FieldCrypt")


@_attrs_define(on_setattr=load_before_assignment)
class FieldCrypt(LazyModel):
    """Encryption settings of an encrypted field, or null."""

    mode: None | str | Unset = UNSET
    """ The encryption mode, for example `decryption`. """
    column: None | str | Unset = UNSET
    """ Zoho's internal column that stores the encrypted value. """
    table: None | str | Unset = UNSET
    """ Zoho's internal table that stores the encrypted value. """
    notify: None | str | Unset = UNSET
    """ Zoho's internal notification setting for the encryption. """
    status: int | None | Unset = UNSET
    """ Zoho's internal encryption status code. """
    enc_fld_ids: list[str] | None | Unset = UNSET
    """ The ids of the encrypted fields involved. """
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
        mode: None | str | Unset = d.pop("mode", UNSET)

        column: None | str | Unset = d.pop("column", UNSET)

        table: None | str | Unset = d.pop("table", UNSET)

        notify: None | str | Unset = d.pop("notify", UNSET)

        status: int | None | Unset = d.pop("status", UNSET)

        enc_fld_ids: list[str] | None | Unset = d.pop("encFldIds", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "mode", mode)
        _set(self, "column", column)
        _set(self, "table", table)
        _set(self, "notify", notify)
        _set(self, "status", status)
        _set(self, "enc_fld_ids", enc_fld_ids)
        _set(self, "additional_properties", additional_properties)

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
