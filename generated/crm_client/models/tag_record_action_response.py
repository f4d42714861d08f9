from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="TagRecordActionResponse")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "data",
        "wf_scheduler",
        "success_count",
        "locked_count",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class TagRecordActionResponse(LazyModel):
    """The per-record outcome of adding or removing tags: one `ActionResult` per record in `data`, whose `details` carries
    the record's `id` and its resulting `tags` (an array of tag names), with a success message such as `tags updated
    successfully`. The seed's sample responses were lost in scraping; the shape is that of Zoho's public v2 API.

    """

    data: list[ActionResult]
    wf_scheduler: bool | None | Unset = UNSET
    """ Whether workflows were scheduled for the tagged records. """
    success_count: None | str | Unset = UNSET
    """ How many records were updated (a decimal string). """
    locked_count: int | None | Unset = UNSET
    """ How many records were locked and left unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        wf_scheduler: bool | None | Unset
        if isinstance(self.wf_scheduler, Unset):
            wf_scheduler = UNSET
        else:
            wf_scheduler = self.wf_scheduler

        success_count: None | str | Unset
        if isinstance(self.success_count, Unset):
            success_count = UNSET
        else:
            success_count = self.success_count

        locked_count: int | None | Unset
        if isinstance(self.locked_count, Unset):
            locked_count = UNSET
        else:
            locked_count = self.locked_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if wf_scheduler is not UNSET:
            field_dict["wf_scheduler"] = wf_scheduler
        if success_count is not UNSET:
            field_dict["success_count"] = success_count
        if locked_count is not UNSET:
            field_dict["locked_count"] = locked_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        if "data" not in d:
            raise KeyError("data")
        return lazily_built(cls, d)

    @staticmethod
    def _read_data(_src: dict[str, Any]) -> list[ActionResult]:
        data = []
        _data = _src["data"]
        for data_item_data in _data:
            data_item = ActionResult.from_dict(data_item_data)

            data.append(data_item)

        return data

    @staticmethod
    def _read_wf_scheduler(_src: dict[str, Any]) -> bool | None | Unset:
        wf_scheduler: bool | None | Unset = _src.get("wf_scheduler", UNSET)

        return wf_scheduler

    @staticmethod
    def _read_success_count(_src: dict[str, Any]) -> None | str | Unset:
        success_count: None | str | Unset = _src.get("success_count", UNSET)

        return success_count

    @staticmethod
    def _read_locked_count(_src: dict[str, Any]) -> int | None | Unset:
        locked_count: int | None | Unset = _src.get("locked_count", UNSET)

        return locked_count

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
from ..models.action_result import ActionResult  # noqa: E402
