from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NotificationsPatchRequest")


@_attrs_define
class NotificationsPatchRequest:
    """Body of `PATCH /actions/watch`."""

    watch: list[NotificationChannelPatch]

    def to_dict(self) -> dict[str, Any]:
        watch = []
        for watch_item_data in self.watch:
            watch_item = watch_item_data.to_dict()
            watch.append(watch_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "watch": watch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        watch = []
        _watch = d.pop("watch")
        for watch_item_data in _watch:
            watch_item = NotificationChannelPatch.from_dict(watch_item_data)

            watch.append(watch_item)

        notifications_patch_request = cls(
            watch=watch,
        )

        return notifications_patch_request


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.notification_channel_patch import NotificationChannelPatch  # noqa: E402
