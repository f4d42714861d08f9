"""What every CRM handler shares: the store, the module and record a path names, a page of
records; paging, id lists, write bodies and results are the shared record engine's
(``records/requests.py``). What a request costs in API credits is its spec operation's
``x-zoho-credits`` (``core/credit_rules.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ....core.errors import ZohoError, invalid_data, mandatory_not_found, per_item
from ....core.http import ApiRequest, Reply, encoded_json, no_content, normalize_id
from ...records.requests import fields_param as fields_param
from ...records.requests import ids_param as ids_param
from ...records.requests import json_items as json_items
from ...records.requests import modified_since as modified_since
from ...records.requests import one_json_object as one_json_object
from ...records.requests import page_slice as page_slice
from ...records.requests import paging as paging
from ...records.requests import visibility as visibility
from ...records.requests import write_items as write_items
from ...records.requests import write_results as write_results
from .. import listing
from ..models import CrmStore, Record

Target = TypeVar("Target")
Result = TypeVar("Result")


def store_of(request: ApiRequest) -> CrmStore:
    store: CrmStore = request.backend.store("crm")
    return store


def request_module(request: ApiRequest, name: str | None = None, index: int = 0) -> Any:
    return store_of(request).module(name or request.path_params["module_api_name"], index)


def request_record(request: ApiRequest, module_name: str | None = None) -> Record:
    store = store_of(request)
    module = request_module(request, module_name)
    record_id = request.path_params["record_id"]
    return store.record(module.api_name, record_id)


def records_page(request: ApiRequest, store: CrmStore, records: list[Record]) -> Reply:
    """One page of ``records`` (``page``, ``per_page``) as ``{"data": [records], "info": info}``,
    joined from the records' cached JSON with ``fields``; 204 when the page is empty."""
    chunk, info = page_slice(records, *paging(request))
    if not chunk:
        return no_content()
    fields = fields_param(request)
    return encoded_json(listing.records_body((store.cache.record_json(r, fields) for r in chunk), info))


def update_by_id(
    items: list[Any], known: Mapping[str, Target], update: Callable[[Target, dict[str, Any]], Result]
) -> list[Result | ZohoError]:
    """Apply ``update`` to the object each item's ``id`` names in ``known``, one result per item:
    ``update``'s answer, or the item's refusal (202: not an object, no ``id``, an id of nothing)."""

    def update_one(item: Any) -> Result:
        if not isinstance(item, dict):
            raise invalid_data(status_code=202, expected_data_type="jsonobject")
        item_id = normalize_id(item.get("id"))
        if item_id is None:
            raise mandatory_not_found("id", 202)
        target = known.get(item_id)
        if target is None:
            raise invalid_data("the id given seems to be invalid", status_code=202, api_name="id", id=item_id)
        return update(target, item)

    return per_item(items, update_one)


def batch_status(results: Iterable[object], ok_status: int) -> int:
    """``ok_status`` when no item of a batch was refused, else 202."""
    return ok_status if all(not isinstance(r, ZohoError) for r in results) else 202


def setup_time(request: ApiRequest) -> float:
    """When the org's metadata (modules, layouts, users, profiles) was last changed: 30 days before
    the clock, so ``If-Modified-Since`` after it answers 304."""
    return request.backend.clock.timestamp() - 86400 * 30
