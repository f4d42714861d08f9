# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="BulkReadResult")


@_attrs_define(on_setattr=load_before_assignment)
class BulkReadResult(LazyModel):
    """The outcome of a completed job: the page exported, how many records it holds, where to download it, and whether more
    pages match (`more_records`: create another job with `page + 1`).

    """

    page: int | None | Unset = UNSET
    """ The page of matching records this job exported (page 1 is records 1 to 200,000). """
    count: int | None | Unset = UNSET
    """ Number of records in the file. """
    download_url: None | str | Unset = UNSET
    """ The path of the result file, `/crm/bulk/v2/read/{job_id}/result`; download it (a ZIP holding `{job_id}.csv`)
    within one day. """
    per_page: int | None | Unset = UNSET
    """ Records per page of a bulk read, 200000. """
    more_records: bool | None | Unset = UNSET
    """ True when more records match: create a job for the next `page`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        more_records: bool | None | Unset
        if isinstance(self.more_records, Unset):
            more_records = UNSET
        else:
            more_records = self.more_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if count is not UNSET:
            field_dict["count"] = count
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if more_records is not UNSET:
            field_dict["more_records"] = more_records

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
        page: int | None | Unset = d.pop("page", UNSET)

        count: int | None | Unset = d.pop("count", UNSET)

        download_url: None | str | Unset = d.pop("download_url", UNSET)

        per_page: int | None | Unset = d.pop("per_page", UNSET)

        more_records: bool | None | Unset = d.pop("more_records", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "page", page)
        _set(self, "count", count)
        _set(self, "download_url", download_url)
        _set(self, "per_page", per_page)
        _set(self, "more_records", more_records)
        _set(self, "additional_properties", additional_properties)

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
