# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="UserTheme")


@_attrs_define(on_setattr=load_before_assignment)
class UserTheme(LazyModel):
    """The user's UI theme: the font colour and background of normal and selected tabs, as the `normal_tab` and
    `selected_tab` objects.

    """

    normal_tab: None | Unset | UserTabTheme = UNSET
    """ Colours of a tab in the user's theme. """
    selected_tab: None | Unset | UserTabTheme = UNSET
    """ Colours of a tab in the user's theme. """
    new_background: None | str | Unset = UNSET
    """ The background of the newer interface, or null. """
    background: None | str | Unset = UNSET
    """ The interface's background colour or image. """
    screen: None | str | Unset = UNSET
    """ The screen layout, for example `fixed`. """
    type_: None | str | Unset = UNSET
    """ The theme type, for example `default`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        normal_tab: dict[str, Any] | None | Unset
        if isinstance(self.normal_tab, Unset):
            normal_tab = UNSET
        elif isinstance(self.normal_tab, UserTabTheme):
            normal_tab = self.normal_tab.to_dict()
        else:
            normal_tab = self.normal_tab

        selected_tab: dict[str, Any] | None | Unset
        if isinstance(self.selected_tab, Unset):
            selected_tab = UNSET
        elif isinstance(self.selected_tab, UserTabTheme):
            selected_tab = self.selected_tab.to_dict()
        else:
            selected_tab = self.selected_tab

        new_background: None | str | Unset
        if isinstance(self.new_background, Unset):
            new_background = UNSET
        else:
            new_background = self.new_background

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        screen: None | str | Unset
        if isinstance(self.screen, Unset):
            screen = UNSET
        else:
            screen = self.screen

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if normal_tab is not UNSET:
            field_dict["normal_tab"] = normal_tab
        if selected_tab is not UNSET:
            field_dict["selected_tab"] = selected_tab
        if new_background is not UNSET:
            field_dict["new_background"] = new_background
        if background is not UNSET:
            field_dict["background"] = background
        if screen is not UNSET:
            field_dict["screen"] = screen
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        _normal_tab = d.pop("normal_tab", UNSET)
        normal_tab: None | Unset | UserTabTheme
        if isinstance(_normal_tab, dict):
            try:
                componentsschemas_user_tab_theme_type_0 = UserTabTheme._built_whole(_normal_tab)
                normal_tab = componentsschemas_user_tab_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                normal_tab = cast(None | Unset | UserTabTheme, _normal_tab)
        else:
            normal_tab = _normal_tab

        _selected_tab = d.pop("selected_tab", UNSET)
        selected_tab: None | Unset | UserTabTheme
        if isinstance(_selected_tab, dict):
            try:
                componentsschemas_user_tab_theme_type_0 = UserTabTheme._built_whole(_selected_tab)
                selected_tab = componentsschemas_user_tab_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                selected_tab = cast(None | Unset | UserTabTheme, _selected_tab)
        else:
            selected_tab = _selected_tab

        new_background: None | str | Unset = d.pop("new_background", UNSET)

        background: None | str | Unset = d.pop("background", UNSET)

        screen: None | str | Unset = d.pop("screen", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "normal_tab", normal_tab)
        _set(self, "selected_tab", selected_tab)
        _set(self, "new_background", new_background)
        _set(self, "background", background)
        _set(self, "screen", screen)
        _set(self, "type_", type_)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.normal_tab)
        load_nested(self.selected_tab)

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
from ..models.user_tab_theme import UserTabTheme  # noqa: E402
