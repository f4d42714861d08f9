# generated from spec/dist/bigin.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bigin_approval_filter import BiginApprovalFilter
from ...models.bigin_record_module_name import BiginRecordModuleName
from ...models.bigin_records_response import BiginRecordsResponse
from ...models.bigin_sort_order import BiginSortOrder
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: BiginRecordModuleName,
    *,
    fields: str | Unset = UNSET,
    sort_order: BiginSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    approved: BiginApprovalFilter | Unset = UNSET,
    cvid: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["fields"] = fields

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["sort_by"] = sort_by

    json_approved: str | Unset = UNSET
    if not isinstance(approved, Unset):
        json_approved = approved.value

    params["approved"] = json_approved

    params["cvid"] = cvid

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}".format(
            module_api_name=quote(str(module_api_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BiginRecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = BiginRecordsResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 204:
        return None
    if response.status_code == 304:
        return None
    if response.status_code == 400:
        response_400 = ZohoError._from_nested_json(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ZohoError._from_nested_json(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZohoError._from_nested_json(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ZohoError._from_nested_json(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ZohoError._from_nested_json(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ZohoError._from_nested_json(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BiginRecordsResponse | None, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: BiginRecordModuleName,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    sort_order: BiginSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    approved: BiginApprovalFilter | Unset = UNSET,
    cvid: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[BiginRecordsResponse | None, ZohoError]:
    """List the records of a module

     Returns one page of the module's records, at most 200 per call: to read 400 records ask for `page` 1
    and 2 with `per_page=200` (or read on while `info.more_records` is true). When the module has no
    record to show (or the page is past the last one) Bigin answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    **Parameters:** `fields` picks the fields returned (`id` always comes back); `sort_by` a field and
    `sort_order` `asc` or `desc` sort the list; `approved` filters by approval state (`true`, `false` or
    `both`); `cvid` lists the records of a custom view; the `If-Modified-Since` header returns only the
    records changed since then, and `304` when none did.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        sort_order (BiginSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on, for example `Email` or
            `Created_Time`; without it the records come in an order Bigin chooses (by id).
        approved (BiginApprovalFilter | Unset): `true` only approved records, `false` only records
            waiting for approval, `both` all records.
        cvid (str | Unset): The id of a custom view (a saved filter) of the module: list only the
            records of that view. An id that is not a custom view of the module fails with `400
            INVALID_DATA`.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        fields=fields,
        sort_order=sort_order,
        sort_by=sort_by,
        approved=approved,
        cvid=cvid,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: BiginRecordModuleName,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    sort_order: BiginSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    approved: BiginApprovalFilter | Unset = UNSET,
    cvid: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> BiginRecordsResponse | ZohoError | None:
    """List the records of a module

     Returns one page of the module's records, at most 200 per call: to read 400 records ask for `page` 1
    and 2 with `per_page=200` (or read on while `info.more_records` is true). When the module has no
    record to show (or the page is past the last one) Bigin answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    **Parameters:** `fields` picks the fields returned (`id` always comes back); `sort_by` a field and
    `sort_order` `asc` or `desc` sort the list; `approved` filters by approval state (`true`, `false` or
    `both`); `cvid` lists the records of a custom view; the `If-Modified-Since` header returns only the
    records changed since then, and `304` when none did.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        sort_order (BiginSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on, for example `Email` or
            `Created_Time`; without it the records come in an order Bigin chooses (by id).
        approved (BiginApprovalFilter | Unset): `true` only approved records, `false` only records
            waiting for approval, `both` all records.
        cvid (str | Unset): The id of a custom view (a saved filter) of the module: list only the
            records of that view. An id that is not a custom view of the module fails with `400
            INVALID_DATA`.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        fields=fields,
        sort_order=sort_order,
        sort_by=sort_by,
        approved=approved,
        cvid=cvid,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    module_api_name: BiginRecordModuleName,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    sort_order: BiginSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    approved: BiginApprovalFilter | Unset = UNSET,
    cvid: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[BiginRecordsResponse | None, ZohoError]:
    """List the records of a module

     Returns one page of the module's records, at most 200 per call: to read 400 records ask for `page` 1
    and 2 with `per_page=200` (or read on while `info.more_records` is true). When the module has no
    record to show (or the page is past the last one) Bigin answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    **Parameters:** `fields` picks the fields returned (`id` always comes back); `sort_by` a field and
    `sort_order` `asc` or `desc` sort the list; `approved` filters by approval state (`true`, `false` or
    `both`); `cvid` lists the records of a custom view; the `If-Modified-Since` header returns only the
    records changed since then, and `304` when none did.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        sort_order (BiginSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on, for example `Email` or
            `Created_Time`; without it the records come in an order Bigin chooses (by id).
        approved (BiginApprovalFilter | Unset): `true` only approved records, `false` only records
            waiting for approval, `both` all records.
        cvid (str | Unset): The id of a custom view (a saved filter) of the module: list only the
            records of that view. An id that is not a custom view of the module fails with `400
            INVALID_DATA`.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        fields=fields,
        sort_order=sort_order,
        sort_by=sort_by,
        approved=approved,
        cvid=cvid,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: BiginRecordModuleName,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    sort_order: BiginSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    approved: BiginApprovalFilter | Unset = UNSET,
    cvid: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> BiginRecordsResponse | ZohoError | None:
    """List the records of a module

     Returns one page of the module's records, at most 200 per call: to read 400 records ask for `page` 1
    and 2 with `per_page=200` (or read on while `info.more_records` is true). When the module has no
    record to show (or the page is past the last one) Bigin answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    **Parameters:** `fields` picks the fields returned (`id` always comes back); `sort_by` a field and
    `sort_order` `asc` or `desc` sort the list; `approved` filters by approval state (`true`, `false` or
    `both`); `cvid` lists the records of a custom view; the `If-Modified-Since` header returns only the
    records changed since then, and `304` when none did.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        sort_order (BiginSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on, for example `Email` or
            `Created_Time`; without it the records come in an order Bigin chooses (by id).
        approved (BiginApprovalFilter | Unset): `true` only approved records, `false` only records
            waiting for approval, `both` all records.
        cvid (str | Unset): The id of a custom view (a saved filter) of the module: list only the
            records of that view. An id that is not a custom view of the module fails with `400
            INVALID_DATA`.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            fields=fields,
            sort_order=sort_order,
            sort_by=sort_by,
            approved=approved,
            cvid=cvid,
            page=page,
            per_page=per_page,
            if_modified_since=if_modified_since,
        )
    ).parsed
