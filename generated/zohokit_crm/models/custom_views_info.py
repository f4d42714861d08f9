# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="CustomViewsInfo")


@_attrs_define(on_setattr=load_before_assignment)
class CustomViewsInfo(LazyModel):
    """Beside the list of custom views: paging, the id of the module's default view and the labels of the view categories."""

    per_page: int | None | Unset = UNSET
    """ How many views a page holds (at most 200). """
    count: int | None | Unset = UNSET
    """ How many views this page holds. """
    page: int | None | Unset = UNSET
    """ The number of this page, starting at 1. """
    more_records: bool | None | Unset = UNSET
    """ True when further pages exist. """
    default: None | str | Unset = UNSET
    """ Id of the module's default custom view. """
    translation: CustomViewTranslation | None | Unset = UNSET
    """ The labels of the custom-view categories, in the user's language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        more_records: bool | None | Unset
        if isinstance(self.more_records, Unset):
            more_records = UNSET
        else:
            more_records = self.more_records

        default: None | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        translation: dict[str, Any] | None | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        elif isinstance(self.translation, CustomViewTranslation):
            translation = self.translation.to_dict()
        else:
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if count is not UNSET:
            field_dict["count"] = count
        if page is not UNSET:
            field_dict["page"] = page
        if more_records is not UNSET:
            field_dict["more_records"] = more_records
        if default is not UNSET:
            field_dict["default"] = default
        if translation is not UNSET:
            field_dict["translation"] = translation

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
        per_page: int | None | Unset = d.pop("per_page", UNSET)

        count: int | None | Unset = d.pop("count", UNSET)

        page: int | None | Unset = d.pop("page", UNSET)

        more_records: bool | None | Unset = d.pop("more_records", UNSET)

        default: None | str | Unset = d.pop("default", UNSET)

        _translation = d.pop("translation", UNSET)
        translation: CustomViewTranslation | None | Unset
        if isinstance(_translation, dict):
            try:
                componentsschemas_custom_view_translation_type_0 = CustomViewTranslation._built_whole(_translation)
                translation = componentsschemas_custom_view_translation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                translation = cast(CustomViewTranslation | None | Unset, _translation)
        else:
            translation = _translation

        additional_properties = d
        _set = object.__setattr__
        _set(self, "per_page", per_page)
        _set(self, "count", count)
        _set(self, "page", page)
        _set(self, "more_records", more_records)
        _set(self, "default", default)
        _set(self, "translation", translation)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.translation)

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
from ..models.custom_view_translation import CustomViewTranslation  # noqa: E402
