from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="UserTheme")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "normal_tab",
        "selected_tab",
        "new_background",
        "background",
        "screen",
        "type",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class UserTheme(LazyModel):
    """The user's UI theme. The seed's SDK code reads normal/selected tab font colours and backgrounds; API v2 sends them
    as `normal_tab` and `selected_tab` objects.

    """

    normal_tab: None | Unset | UserTabTheme = UNSET
    """ Colours of a tab in the user's theme. """
    selected_tab: None | Unset | UserTabTheme = UNSET
    """ Colours of a tab in the user's theme. """
    new_background: None | str | Unset = UNSET
    background: None | str | Unset = UNSET
    screen: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_normal_tab(_src: dict[str, Any]) -> None | Unset | UserTabTheme:
        _normal_tab = _src.get("normal_tab", UNSET)
        normal_tab: None | Unset | UserTabTheme
        if isinstance(_normal_tab, dict):
            try:
                componentsschemas_user_tab_theme_type_0 = UserTabTheme.from_dict(_normal_tab)
                componentsschemas_user_tab_theme_type_0._load_all_fields()
                normal_tab = componentsschemas_user_tab_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                normal_tab = cast(None | Unset | UserTabTheme, _normal_tab)
        else:
            normal_tab = _normal_tab

        return normal_tab

    @staticmethod
    def _read_selected_tab(_src: dict[str, Any]) -> None | Unset | UserTabTheme:
        _selected_tab = _src.get("selected_tab", UNSET)
        selected_tab: None | Unset | UserTabTheme
        if isinstance(_selected_tab, dict):
            try:
                componentsschemas_user_tab_theme_type_0 = UserTabTheme.from_dict(_selected_tab)
                componentsschemas_user_tab_theme_type_0._load_all_fields()
                selected_tab = componentsschemas_user_tab_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                selected_tab = cast(None | Unset | UserTabTheme, _selected_tab)
        else:
            selected_tab = _selected_tab

        return selected_tab

    @staticmethod
    def _read_new_background(_src: dict[str, Any]) -> None | str | Unset:
        new_background: None | str | Unset = _src.get("new_background", UNSET)

        return new_background

    @staticmethod
    def _read_background(_src: dict[str, Any]) -> None | str | Unset:
        background: None | str | Unset = _src.get("background", UNSET)

        return background

    @staticmethod
    def _read_screen(_src: dict[str, Any]) -> None | str | Unset:
        screen: None | str | Unset = _src.get("screen", UNSET)

        return screen

    @staticmethod
    def _read_type_(_src: dict[str, Any]) -> None | str | Unset:
        type_: None | str | Unset = _src.get("type", UNSET)

        return type_

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
from ..models.user_tab_theme import UserTabTheme  # noqa: E402
