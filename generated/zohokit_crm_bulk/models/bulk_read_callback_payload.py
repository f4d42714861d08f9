# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BulkReadCallbackPayload")


@_attrs_define(on_setattr=load_before_assignment)
class BulkReadCallbackPayload(LazyModel):
    """The body Zoho CRM POSTs to `callback.url` when a bulk read job completes or fails. It is not an operation of the
    API: your server receives it.

    """

    job_id: str | Unset = UNSET
    """ The job id. """
    operation: None | str | Unset = UNSET
    """ Always `read`. """
    state: None | str | Unset = UNSET
    """ `COMPLETED` or `FAILURE`. """
    query: BulkReadQuery | Unset = UNSET
    """ What a bulk read job exports: the records of one module, optionally limited to a custom view (`cvid`) and/or
    a `criteria`, with the chosen `fields`, one `page` of at most 200,000 records at a time. Sorting and group-by
    are not supported. """
    result: BulkReadResult | None | Unset = UNSET
    """ The outcome of a completed job: the page exported, how many records it holds, where to download it, and
    whether more pages match (`more_records`: create another job with `page + 1`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, BulkReadResult):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if state is not UNSET:
            field_dict["state"] = state
        if query is not UNSET:
            field_dict["query"] = query
        if result is not UNSET:
            field_dict["result"] = result

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
        job_id = d.pop("job_id", UNSET)

        operation: None | str | Unset = d.pop("operation", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        _query = d.pop("query", UNSET)
        query: BulkReadQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = BulkReadQuery._from_nested_json(_query)

        _result = d.pop("result", UNSET)
        result: BulkReadResult | None | Unset
        if isinstance(_result, dict):
            try:
                componentsschemas_bulk_read_result_type_0 = BulkReadResult._built_whole(_result)
                result = componentsschemas_bulk_read_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                result = cast(BulkReadResult | None | Unset, _result)
        else:
            result = _result

        additional_properties = d
        _set = object.__setattr__
        _set(self, "job_id", job_id)
        _set(self, "operation", operation)
        _set(self, "state", state)
        _set(self, "query", query)
        _set(self, "result", result)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.query)
        load_nested(self.result)

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
from ..models.bulk_read_query import BulkReadQuery  # noqa: E402
from ..models.bulk_read_result import BulkReadResult  # noqa: E402
