# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="NotificationsPatchRequest")


@_attrs_define(on_setattr=load_before_assignment)
class NotificationsPatchRequest(LazyModel):
    """Body of `PATCH /actions/watch`."""

    watch: list[NotificationChannelPatch]
    """ The channels to change, 1 to 100. """

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
        if "watch" not in d:
            raise KeyError("watch")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        watch = []
        _watch = d.pop("watch")
        for watch_item_data in _watch:
            watch_item = NotificationChannelPatch._from_nested_json(watch_item_data)

            watch.append(watch_item)

        _set = object.__setattr__
        _set(self, "watch", watch)

    def _convert_nested_fields(self) -> None:
        load_nested(self.watch)


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.notification_channel_patch import NotificationChannelPatch  # noqa: E402
