# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_read_query_module import BulkReadQueryModule
from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BulkReadQuery")


@_attrs_define(on_setattr=load_before_assignment)
class BulkReadQuery(LazyModel):
    """What a bulk read job exports: the records of one module, optionally limited to a custom view (`cvid`) and/or a
    `criteria`, with the chosen `fields`, one `page` of at most 200,000 records at a time. Sorting and group-by are not
    supported.

    """

    module: BulkReadQueryModule
    """ API name of the module to export: Leads, Accounts, Contacts, Deals, Campaigns, Tasks, Cases, Events, Calls,
    Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders, Purchase_Orders, Invoices or Users. Notes,
    attachments, emails and related or cross-module queries are not supported. """
    cvid: str | Unset = UNSET
    """ Id of a custom view whose records to export. """
    fields: list[str] | Unset = UNSET
    """ API names of the fields (CSV columns) to export. At most 200 are honoured: with more than 200, or none,
    every field of the module is exported. Lookup columns hold the related record's `id` only, not its name. """
    criteria: BulkReadCriteria | Unset = UNSET
    """ The filter of a bulk read job: either one condition (`api_name`, `comparator`, `value`) or a group of
    conditions (`group_operator` with `group`), nested as needed. Limits: at most 25 conditions in a query; `in` and
    `not_in` take at most 20 values; multi-line text fields cannot be filtered on. """
    page: int | Unset = UNSET
    """ Which slice of 200,000 matching records to export: page 1 (the default) is records 1-200,000, page 2 records
    200,001-400,000, and so on; at most 500. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        module = self.module.value

        cvid = self.cvid

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        criteria: dict[str, Any] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = self.criteria.to_dict()

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "module": module,
            }
        )
        if cvid is not UNSET:
            field_dict["cvid"] = cvid
        if fields is not UNSET:
            field_dict["fields"] = fields
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if page is not UNSET:
            field_dict["page"] = page

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
        if "module" not in d:
            raise KeyError("module")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        module = BulkReadQueryModule(d.pop("module"))

        cvid = d.pop("cvid", UNSET)

        fields = cast(list[str], d.pop("fields", UNSET))

        _criteria = d.pop("criteria", UNSET)
        criteria: BulkReadCriteria | Unset
        if isinstance(_criteria, Unset):
            criteria = UNSET
        else:
            criteria = BulkReadCriteria._from_nested_json(_criteria)

        page = d.pop("page", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "module", module)
        _set(self, "cvid", cvid)
        _set(self, "fields", fields)
        _set(self, "criteria", criteria)
        _set(self, "page", page)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.criteria)

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
from ..models.bulk_read_criteria import BulkReadCriteria  # noqa: E402
