from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="PageInfo")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "per_page",
        "count",
        "page",
        "more_records",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class PageInfo(LazyModel):
    """Paging information Zoho returns beside `data` in list responses. Request the next page with `page + 1` while
    `more_records` is true.

    """

    per_page: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
    """ Number of items on this page. """
    page: int | None | Unset = UNSET
    more_records: bool | None | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_per_page(_src: dict[str, Any]) -> int | None | Unset:
        per_page: int | None | Unset = _src.get("per_page", UNSET)

        return per_page

    @staticmethod
    def _read_count(_src: dict[str, Any]) -> int | None | Unset:
        count: int | None | Unset = _src.get("count", UNSET)

        return count

    @staticmethod
    def _read_page(_src: dict[str, Any]) -> int | None | Unset:
        page: int | None | Unset = _src.get("page", UNSET)

        return page

    @staticmethod
    def _read_more_records(_src: dict[str, Any]) -> bool | None | Unset:
        more_records: bool | None | Unset = _src.get("more_records", UNSET)

        return more_records

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
