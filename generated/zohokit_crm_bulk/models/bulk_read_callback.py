# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bulk_read_callback_method import BulkReadCallbackMethod
from ..types import LazyModel, lazily_built, load_before_assignment

T = TypeVar("T", bound="BulkReadCallback")


@_attrs_define(on_setattr=load_before_assignment)
class BulkReadCallback(LazyModel):
    """Where Zoho POSTs the job's details when the job completes or fails (see `BulkReadCallbackPayload`): the `url` and
    the HTTP `method`.

        Example:
            {'url': 'https://sampledomain.com/getzohoresponse', 'method': 'post'}

    """

    url: str
    """ A valid URL that accepts HTTP POST. """
    method: BulkReadCallbackMethod
    """ The HTTP method of the callback; only `post` is allowed. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "method": method,
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
        if "url" not in d:
            raise KeyError("url")
        if "method" not in d:
            raise KeyError("method")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        url = d.pop("url")

        method = BulkReadCallbackMethod(d.pop("method"))

        _set = object.__setattr__
        _set(self, "url", url)
        _set(self, "method", method)
