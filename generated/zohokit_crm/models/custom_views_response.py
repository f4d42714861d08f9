# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="CustomViewsResponse")


@_attrs_define(on_setattr=load_before_assignment)
class CustomViewsResponse(LazyModel):
    """The answer of the custom views metadata APIs: `custom_views` holds the module's views (`GET /settings/custom_views`)
    or exactly one view with its `fields` and `criteria` (`GET /settings/custom_views/{custom_view_id}`).

    """

    custom_views: list[CustomView | None]
    """ The module's custom views, or exactly one view. """
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
        (``KeyError`` names the first missing one); the fields are converted when one is first read."""
        return cls._from_nested_json(dict(src_dict))

    @classmethod
    def _from_nested_json(cls: type[T], d: Any) -> T:
        """As ``from_dict``, but the model keeps ``d`` itself rather than a copy: how a model builds the
        models of the JSON objects nested in its own when it converts its fields. Anything but a
        ``dict`` goes to ``from_dict``, which raises what it always raised."""
        if type(d) is not dict:
            return cls.from_dict(d)
        if "custom_views" not in d:
            raise KeyError("custom_views")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        custom_views = []
        _custom_views = d.pop("custom_views")
        for custom_views_item_data in _custom_views:
            _custom_views_item = custom_views_item_data
            custom_views_item: CustomView | None
            if isinstance(_custom_views_item, dict):
                try:
                    componentsschemas_custom_view_type_0 = CustomView._built_whole(_custom_views_item)
                    custom_views_item = componentsschemas_custom_view_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    custom_views_item = cast(CustomView | None, _custom_views_item)
            else:
                custom_views_item = _custom_views_item

            custom_views.append(custom_views_item)

        _info = d.pop("info", UNSET)
        info: CustomViewsInfo | None | Unset
        if isinstance(_info, dict):
            try:
                componentsschemas_custom_views_info_type_0 = CustomViewsInfo._built_whole(_info)
                info = componentsschemas_custom_views_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                info = cast(CustomViewsInfo | None | Unset, _info)
        else:
            info = _info

        additional_properties = d
        _set = object.__setattr__
        _set(self, "custom_views", custom_views)
        _set(self, "info", info)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.custom_views)
        load_nested(self.info)

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
