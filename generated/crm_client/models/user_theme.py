from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_tab_theme import UserTabTheme


T = TypeVar("T", bound="UserTheme")


@_attrs_define
class UserTheme:
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
        from ..models.user_tab_theme import UserTabTheme  # noqa: PLC0415

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
        from ..models.user_tab_theme import UserTabTheme  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_normal_tab(data: object) -> None | Unset | UserTabTheme:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_tab_theme_type_0 = UserTabTheme.from_dict(data)

                return componentsschemas_user_tab_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTabTheme, data)

        normal_tab = _parse_normal_tab(d.pop("normal_tab", UNSET))

        def _parse_selected_tab(data: object) -> None | Unset | UserTabTheme:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_tab_theme_type_0 = UserTabTheme.from_dict(data)

                return componentsschemas_user_tab_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTabTheme, data)

        selected_tab = _parse_selected_tab(d.pop("selected_tab", UNSET))

        def _parse_new_background(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_background = _parse_new_background(d.pop("new_background", UNSET))

        def _parse_background(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_screen(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screen = _parse_screen(d.pop("screen", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        user_theme = cls(
            normal_tab=normal_tab,
            selected_tab=selected_tab,
            new_background=new_background,
            background=background,
            screen=screen,
            type_=type_,
        )

        user_theme.additional_properties = d
        return user_theme

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
