from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="CustomViewsResponse")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "custom_views",
        "info",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class CustomViewsResponse(LazyModel):
    """The answer of the custom views metadata APIs: `custom_views` holds the module's views (`GET /settings/custom_views`)
    or exactly one view with its `fields` and `criteria` (`GET /settings/custom_views/{custom_view_id}`).

    """

    custom_views: list[CustomView | None]
    info: CustomViewsInfo | None | Unset = UNSET
    """ Beside the list of custom views: paging, the id of the module's default view and the labels of the view
    categories. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_views = []
        for custom_views_item_data in self.custom_views:
            custom_views_item: dict[str, Any] | None
            if isinstance(custom_views_item_data, CustomView):
                custom_views_item = custom_views_item_data.to_dict()
            else:
                custom_views_item = custom_views_item_data
            custom_views.append(custom_views_item)

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, CustomViewsInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_views": custom_views,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        if "custom_views" not in d:
            raise KeyError("custom_views")
        return lazily_built(cls, d)

    @staticmethod
    def _read_custom_views(_src: dict[str, Any]) -> list[CustomView | None]:
        custom_views = []
        _custom_views = _src["custom_views"]
        for custom_views_item_data in _custom_views:
            _custom_views_item = custom_views_item_data
            custom_views_item: CustomView | None
            if isinstance(_custom_views_item, dict):
                try:
                    componentsschemas_custom_view_type_0 = CustomView.from_dict(_custom_views_item)
                    componentsschemas_custom_view_type_0._load_all_fields()
                    custom_views_item = componentsschemas_custom_view_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    custom_views_item = cast(CustomView | None, _custom_views_item)
            else:
                custom_views_item = _custom_views_item

            custom_views.append(custom_views_item)

        return custom_views

    @staticmethod
    def _read_info(_src: dict[str, Any]) -> CustomViewsInfo | None | Unset:
        _info = _src.get("info", UNSET)
        info: CustomViewsInfo | None | Unset
        if isinstance(_info, dict):
            try:
                componentsschemas_custom_views_info_type_0 = CustomViewsInfo.from_dict(_info)
                componentsschemas_custom_views_info_type_0._load_all_fields()
                info = componentsschemas_custom_views_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                info = cast(CustomViewsInfo | None | Unset, _info)
        else:
            info = _info

        return info

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
from ..models.custom_view import CustomView  # noqa: E402
from ..models.custom_views_info import CustomViewsInfo  # noqa: E402
