from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_read_query import BulkReadQuery
    from ..models.bulk_read_result import BulkReadResult
    from ..models.user_reference import UserReference


T = TypeVar("T", bound="BulkReadJob")


@_attrs_define
class BulkReadJob:
    """A bulk read job and its state. The seed lost its three sample responses (job added, in progress, completed); the
    shape is Zoho's public CRM v2 API's: `result` appears once the job is `COMPLETED`.

    """

    id: str | Unset = UNSET
    """ The job id. """
    operation: None | str | Unset = UNSET
    """ Always `read`. """
    state: None | str | Unset = UNSET
    """ `ADDED` (queued), `IN PROGRESS`, `COMPLETED` (the file is ready) or `FAILURE` (Zoho's SDKs spell the failed
    state `FAILURE`; some Zoho pages write `FAILED`). """
    query: BulkReadQuery | Unset = UNSET
    """ What a bulk read job exports: the records of one module, optionally limited to a custom view (`cvid`) and/or
    a `criteria`, with the chosen `fields`, one `page` of at most 200,000 records at a time. Sorting and group-by
    are not supported. """
    file_type: None | str | Unset = UNSET
    """ `csv` or `ics`. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: None | str | Unset = UNSET
    """ ISO 8601 date-time. """
    result: BulkReadResult | None | Unset = UNSET
    """ The outcome of a completed job: the page exported, how many records it holds, where to download it, and
    whether more pages match (`more_records`: create another job with `page + 1`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_read_result import BulkReadResult  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

        id = self.id

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

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserReference):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

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
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if state is not UNSET:
            field_dict["state"] = state
        if query is not UNSET:
            field_dict["query"] = query
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_read_query import BulkReadQuery  # noqa: PLC0415
        from ..models.bulk_read_result import BulkReadResult  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        _query = d.pop("query", UNSET)
        query: BulkReadQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = BulkReadQuery.from_dict(_query)

        def _parse_file_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_type = _parse_file_type(d.pop("file_type", UNSET))

        def _parse_created_by(data: object) -> None | Unset | UserReference:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_reference_type_0 = UserReference.from_dict(data)

                return componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserReference, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_time = _parse_created_time(d.pop("created_time", UNSET))

        def _parse_result(data: object) -> BulkReadResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_read_result_type_0 = BulkReadResult.from_dict(data)

                return componentsschemas_bulk_read_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkReadResult | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        bulk_read_job = cls(
            id=id,
            operation=operation,
            state=state,
            query=query,
            file_type=file_type,
            created_by=created_by,
            created_time=created_time,
            result=result,
        )

        bulk_read_job.additional_properties = d
        return bulk_read_job

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
