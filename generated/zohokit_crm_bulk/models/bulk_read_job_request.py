# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bulk_read_job_request_file_type import BulkReadJobRequestFileType
from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BulkReadJobRequest")


@_attrs_define(on_setattr=load_before_assignment)
class BulkReadJobRequest(LazyModel):
    """Body of `POST /read`."""

    query: BulkReadQuery
    """ What a bulk read job exports: the records of one module, optionally limited to a custom view (`cvid`) and/or
    a `criteria`, with the chosen `fields`, one `page` of at most 200,000 records at a time. Sorting and group-by
    are not supported. """
    callback: BulkReadCallback | Unset = UNSET
    """ Where Zoho POSTs the job's details when the job completes or fails (see `BulkReadCallbackPayload`): the
    `url` and the HTTP `method`. """
    file_type: BulkReadJobRequestFileType | Unset = UNSET
    """ Format of the exported file, `csv` by default; `ics` is available for the Events module only. """

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback, Unset):
            callback = self.callback.to_dict()

        file_type: str | Unset = UNSET
        if not isinstance(self.file_type, Unset):
            file_type = self.file_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if callback is not UNSET:
            field_dict["callback"] = callback
        if file_type is not UNSET:
            field_dict["file_type"] = file_type

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
        if "query" not in d:
            raise KeyError("query")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        query = BulkReadQuery._from_nested_json(d.pop("query"))

        _callback = d.pop("callback", UNSET)
        callback: BulkReadCallback | Unset
        if isinstance(_callback, Unset):
            callback = UNSET
        else:
            callback = BulkReadCallback._from_nested_json(_callback)

        _file_type = d.pop("file_type", UNSET)
        file_type: BulkReadJobRequestFileType | Unset
        if isinstance(_file_type, Unset):
            file_type = UNSET
        else:
            file_type = BulkReadJobRequestFileType(_file_type)

        _set = object.__setattr__
        _set(self, "query", query)
        _set(self, "callback", callback)
        _set(self, "file_type", file_type)

    def _convert_nested_fields(self) -> None:
        load_nested(self.query)
        load_nested(self.callback)


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.bulk_read_callback import BulkReadCallback  # noqa: E402
from ..models.bulk_read_query import BulkReadQuery  # noqa: E402
