# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="SharingRequest")


@_attrs_define(on_setattr=load_before_assignment)
class SharingRequest(LazyModel):
    """Body of `POST` and `PUT /{module_api_name}/{record_id}/actions/share`: at most 10 users per request
    (`SHARE_LIMIT_EXCEEDED` beyond).

    """

    share: list[SharingInput]
    """ The users to share the record with, 1 to 10, each with a permission. """

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
        if "share" not in d:
            raise KeyError("share")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        share = []
        _share = d.pop("share")
        for share_item_data in _share:
            share_item = SharingInput._from_nested_json(share_item_data)

            share.append(share_item)

        _set = object.__setattr__
        _set(self, "share", share)

    def _convert_nested_fields(self) -> None:
        load_nested(self.share)


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.sharing_input import SharingInput  # noqa: E402
