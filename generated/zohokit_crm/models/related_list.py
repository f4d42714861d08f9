# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="RelatedList")


@_attrs_define(on_setattr=load_before_assignment)
class RelatedList(LazyModel):
    """A related list of a module (Notes, Attachments, the contacts of an account, ...). `href` is the relative URL of the
    related records API (`Leads/{ENTITYID}/Notes`), null when the API does not support the list; `module` is the API
    name of the related module. The official v2 SDK reads `api_name`, `module` and `href` from `GET
    /settings/related_lists` before calling the related records APIs.

    """

    id: None | str | Unset = UNSET
    """ The related list's id. """
    api_name: None | str | Unset = UNSET
    """ The related list's API name, the `{related_list_api_name}` of the related records calls, for example
    `Notes`. """
    name: None | str | Unset = UNSET
    """ The related list's name. """
    display_label: None | str | Unset = UNSET
    """ The related list's label as displayed (possibly translated). """
    module: None | str | Unset = UNSET
    """ The API name of the related module, for example `Notes`. """
    href: None | str | Unset = UNSET
    """ The relative URL of the related records call, for example `Leads/{ENTITYID}/Notes`; null when the API does
    not support the list. """
    type_: None | str | Unset = UNSET
    """ `default`, `custom`, `multiselectlookup`, ... """
    action: None | str | Unset = UNSET
    """ The action behind a custom related list, when it has one. """
    sequence_number: None | str | Unset = UNSET
    """ Position of the list, sent as a string by API v2. """
    visible: bool | None | Unset = UNSET
    """ Whether the related list is shown on the record's page. """
    connectedmodule: None | str | Unset = UNSET
    """ For a linking module's related list: the API name of the module on the other side. """
    linkingmodule: None | str | Unset = UNSET
    """ For a linking module's related list: the API name of the linking module. """
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

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        module: None | str | Unset = d.pop("module", UNSET)

        href: None | str | Unset = d.pop("href", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        action: None | str | Unset = d.pop("action", UNSET)

        sequence_number: None | str | Unset = d.pop("sequence_number", UNSET)

        visible: bool | None | Unset = d.pop("visible", UNSET)

        connectedmodule: None | str | Unset = d.pop("connectedmodule", UNSET)

        linkingmodule: None | str | Unset = d.pop("linkingmodule", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "api_name", api_name)
        _set(self, "name", name)
        _set(self, "display_label", display_label)
        _set(self, "module", module)
        _set(self, "href", href)
        _set(self, "type_", type_)
        _set(self, "action", action)
        _set(self, "sequence_number", sequence_number)
        _set(self, "visible", visible)
        _set(self, "connectedmodule", connectedmodule)
        _set(self, "linkingmodule", linkingmodule)
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
