from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bulk_read_callback_method import BulkReadCallbackMethod

T = TypeVar("T", bound="BulkReadCallback")


@_attrs_define
class BulkReadCallback:
    """Where Zoho POSTs the job's details when the job completes or fails (see `BulkReadCallbackPayload`). The seed's first
    request table types `callback` as a string URL; its second table (and the real API) take this object with `url` and
    `method`.

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
        d = dict(src_dict)
        url = d.pop("url")

        method = BulkReadCallbackMethod(d.pop("method"))

        bulk_read_callback = cls(
            url=url,
            method=method,
        )

        return bulk_read_callback
