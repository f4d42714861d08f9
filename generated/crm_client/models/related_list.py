from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="RelatedList")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "api_name",
        "name",
        "display_label",
        "module",
        "href",
        "type",
        "action",
        "sequence_number",
        "visible",
        "connectedmodule",
        "linkingmodule",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class RelatedList(LazyModel):
    """A related list of a module (Notes, Attachments, the contacts of an account, ...). `href` is the relative URL of the
    related records API (`Leads/{ENTITYID}/Notes`), null when the API does not support the list; `module` is the API
    name of the related module. The official v2 SDK reads `api_name`, `module` and `href` from `GET
    /settings/related_lists` before calling the related records APIs. The seed's SDK code also reads `visible`.

    """

    id: None | str | Unset = UNSET
    api_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    module: None | str | Unset = UNSET
    href: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    """ `default`, `custom`, `multiselectlookup`, ... """
    action: None | str | Unset = UNSET
    sequence_number: None | str | Unset = UNSET
    """ Position of the list, sent as a string by API v2. """
    visible: bool | None | Unset = UNSET
    connectedmodule: None | str | Unset = UNSET
    linkingmodule: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

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

        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

        href: None | str | Unset
        if isinstance(self.href, Unset):
            href = UNSET
        else:
            href = self.href

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        sequence_number: None | str | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        connectedmodule: None | str | Unset
        if isinstance(self.connectedmodule, Unset):
            connectedmodule = UNSET
        else:
            connectedmodule = self.connectedmodule

        linkingmodule: None | str | Unset
        if isinstance(self.linkingmodule, Unset):
            linkingmodule = UNSET
        else:
            linkingmodule = self.linkingmodule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if name is not UNSET:
            field_dict["name"] = name
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if module is not UNSET:
            field_dict["module"] = module
        if href is not UNSET:
            field_dict["href"] = href
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if visible is not UNSET:
            field_dict["visible"] = visible
        if connectedmodule is not UNSET:
            field_dict["connectedmodule"] = connectedmodule
        if linkingmodule is not UNSET:
            field_dict["linkingmodule"] = linkingmodule

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
    def _read_api_name(_src: dict[str, Any]) -> None | str | Unset:
        api_name: None | str | Unset = _src.get("api_name", UNSET)

        return api_name

    @staticmethod
    def _read_name(_src: dict[str, Any]) -> None | str | Unset:
        name: None | str | Unset = _src.get("name", UNSET)

        return name

    @staticmethod
    def _read_display_label(_src: dict[str, Any]) -> None | str | Unset:
        display_label: None | str | Unset = _src.get("display_label", UNSET)

        return display_label

    @staticmethod
    def _read_module(_src: dict[str, Any]) -> None | str | Unset:
        module: None | str | Unset = _src.get("module", UNSET)

        return module

    @staticmethod
    def _read_href(_src: dict[str, Any]) -> None | str | Unset:
        href: None | str | Unset = _src.get("href", UNSET)

        return href

    @staticmethod
    def _read_type_(_src: dict[str, Any]) -> None | str | Unset:
        type_: None | str | Unset = _src.get("type", UNSET)

        return type_

    @staticmethod
    def _read_action(_src: dict[str, Any]) -> None | str | Unset:
        action: None | str | Unset = _src.get("action", UNSET)

        return action

    @staticmethod
    def _read_sequence_number(_src: dict[str, Any]) -> None | str | Unset:
        sequence_number: None | str | Unset = _src.get("sequence_number", UNSET)

        return sequence_number

    @staticmethod
    def _read_visible(_src: dict[str, Any]) -> bool | None | Unset:
        visible: bool | None | Unset = _src.get("visible", UNSET)

        return visible

    @staticmethod
    def _read_connectedmodule(_src: dict[str, Any]) -> None | str | Unset:
        connectedmodule: None | str | Unset = _src.get("connectedmodule", UNSET)

        return connectedmodule

    @staticmethod
    def _read_linkingmodule(_src: dict[str, Any]) -> None | str | Unset:
        linkingmodule: None | str | Unset = _src.get("linkingmodule", UNSET)

        return linkingmodule

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
