from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SharingRequest")


@_attrs_define
class SharingRequest:
    """Body of `POST` and `PUT /{module_api_name}/{record_id}/actions/share`: at most 10 users per request
    (`SHARE_LIMIT_EXCEEDED` beyond).

    """

    share: list[SharingInput]

    def to_dict(self) -> dict[str, Any]:
        share = []
        for share_item_data in self.share:
            share_item = share_item_data.to_dict()
            share.append(share_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "share": share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        share = []
        _share = d.pop("share")
        for share_item_data in _share:
            share_item = SharingInput.from_dict(share_item_data)

            share.append(share_item)

        sharing_request = cls(
            share=share,
        )

        return sharing_request


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.sharing_input import SharingInput  # noqa: E402
