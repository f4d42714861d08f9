# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="UserCustomizeInfo")


@_attrs_define(on_setattr=load_before_assignment)
class UserCustomizeInfo(LazyModel):
    """The user's display preferences."""

    notes_desc: bool | None | Unset = UNSET
    """ Whether notes are listed newest first. """
    show_right_panel: None | str | Unset = UNSET
    """ Whether the right panel is shown (`true`/`false` as a string), or null. """
    bc_view: None | str | Unset = UNSET
    """ The business-card view the user chose, or null. """
    show_home: bool | None | Unset = UNSET
    """ Whether the home page is shown. """
    show_detail_view: bool | None | Unset = UNSET
    """ Whether records open in the detail view. """
    unpin_recent_item: None | str | Unset = UNSET
    """ Whether recent items are unpinned (`true`/`false` as a string), or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes_desc: bool | None | Unset
        if isinstance(self.notes_desc, Unset):
            notes_desc = UNSET
        else:
            notes_desc = self.notes_desc

        show_right_panel: None | str | Unset
        if isinstance(self.show_right_panel, Unset):
            show_right_panel = UNSET
        else:
            show_right_panel = self.show_right_panel

        bc_view: None | str | Unset
        if isinstance(self.bc_view, Unset):
            bc_view = UNSET
        else:
            bc_view = self.bc_view

        show_home: bool | None | Unset
        if isinstance(self.show_home, Unset):
            show_home = UNSET
        else:
            show_home = self.show_home

        show_detail_view: bool | None | Unset
        if isinstance(self.show_detail_view, Unset):
            show_detail_view = UNSET
        else:
            show_detail_view = self.show_detail_view

        unpin_recent_item: None | str | Unset
        if isinstance(self.unpin_recent_item, Unset):
            unpin_recent_item = UNSET
        else:
            unpin_recent_item = self.unpin_recent_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes_desc is not UNSET:
            field_dict["notes_desc"] = notes_desc
        if show_right_panel is not UNSET:
            field_dict["show_right_panel"] = show_right_panel
        if bc_view is not UNSET:
            field_dict["bc_view"] = bc_view
        if show_home is not UNSET:
            field_dict["show_home"] = show_home
        if show_detail_view is not UNSET:
            field_dict["show_detail_view"] = show_detail_view
        if unpin_recent_item is not UNSET:
            field_dict["unpin_recent_item"] = unpin_recent_item

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
        notes_desc: bool | None | Unset = d.pop("notes_desc", UNSET)

        show_right_panel: None | str | Unset = d.pop("show_right_panel", UNSET)

        bc_view: None | str | Unset = d.pop("bc_view", UNSET)

        show_home: bool | None | Unset = d.pop("show_home", UNSET)

        show_detail_view: bool | None | Unset = d.pop("show_detail_view", UNSET)

        unpin_recent_item: None | str | Unset = d.pop("unpin_recent_item", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "notes_desc", notes_desc)
        _set(self, "show_right_panel", show_right_panel)
        _set(self, "bc_view", bc_view)
        _set(self, "show_home", show_home)
        _set(self, "show_detail_view", show_detail_view)
        _set(self, "unpin_recent_item", unpin_recent_item)
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
