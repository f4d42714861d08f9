# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_approval_filter import RecordApprovalFilter
from ...models.record_conversion_filter import RecordConversionFilter
from ...models.record_include_option import RecordIncludeOption
from ...models.record_sort_order import RecordSortOrder
from ...models.records_response import RecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    *,
    fields: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    sort_order: RecordSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    cvid: str | Unset = UNSET,
    territory_id: str | Unset = UNSET,
    include_child: bool | Unset = UNSET,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["ids"] = ids

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["sort_by"] = sort_by

    json_converted: str | Unset = UNSET
    if not isinstance(converted, Unset):
        json_converted = converted.value

    params["converted"] = json_converted

    json_approved: str | Unset = UNSET
    if not isinstance(approved, Unset):
        json_approved = approved.value

    params["approved"] = json_approved

    params["page"] = page

    params["per_page"] = per_page

    params["cvid"] = cvid

    params["territory_id"] = territory_id

    params["include_child"] = include_child

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

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
) -> RecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordsResponse._from_nested_json(response.json())

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
) -> Response[RecordsResponse | None, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    sort_order: RecordSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    cvid: str | Unset = UNSET,
    territory_id: str | Unset = UNSET,
    include_child: bool | Unset = UNSET,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """List the records of a module

     Returns a page of the module's records. At most 200 records come back per call: to read 400 records
    ask for `page` 1 to 4 with `per_page=100` (or read on while `info.more_records` is true). `fields`
    picks the columns; `sort_by` a field and `sort_order` `asc`/`desc` sort them (without `sort_by` Zoho
    sorts on a system field); `converted` and `approved` filter by state (`true`, `false` or `both`);
    `cvid` returns the records of a custom view; the `If-Modified-Since` header returns only the records
    changed since then (304 when none did). Multi-record reads return only the row count of each
    subform; read a single record for its rows. GDPR: private fields read as null unless
    `include=private_fields` is given; each record carries its consent details in
    `Data_Processing_Basis_Details`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit, 3 with `cvid`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        ids (str | Unset): Return only these records; ids comma-separated, at most 100.
        sort_order (RecordSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on (for example `Email`); without
            it Zoho sorts on a system-defined field.
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        cvid (str | Unset): The id of a custom view: return the records of that view.
        territory_id (str | Unset): Return only the records of this territory (orgs with territory
            management).
        include_child (bool | Unset): With `territory_id`, also return the records of its child
            territories.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        fields=fields,
        ids=ids,
        sort_order=sort_order,
        sort_by=sort_by,
        converted=converted,
        approved=approved,
        page=page,
        per_page=per_page,
        cvid=cvid,
        territory_id=territory_id,
        include_child=include_child,
        include=include,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    sort_order: RecordSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    cvid: str | Unset = UNSET,
    territory_id: str | Unset = UNSET,
    include_child: bool | Unset = UNSET,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """List the records of a module

     Returns a page of the module's records. At most 200 records come back per call: to read 400 records
    ask for `page` 1 to 4 with `per_page=100` (or read on while `info.more_records` is true). `fields`
    picks the columns; `sort_by` a field and `sort_order` `asc`/`desc` sort them (without `sort_by` Zoho
    sorts on a system field); `converted` and `approved` filter by state (`true`, `false` or `both`);
    `cvid` returns the records of a custom view; the `If-Modified-Since` header returns only the records
    changed since then (304 when none did). Multi-record reads return only the row count of each
    subform; read a single record for its rows. GDPR: private fields read as null unless
    `include=private_fields` is given; each record carries its consent details in
    `Data_Processing_Basis_Details`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit, 3 with `cvid`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        ids (str | Unset): Return only these records; ids comma-separated, at most 100.
        sort_order (RecordSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on (for example `Email`); without
            it Zoho sorts on a system-defined field.
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        cvid (str | Unset): The id of a custom view: return the records of that view.
        territory_id (str | Unset): Return only the records of this territory (orgs with territory
            management).
        include_child (bool | Unset): With `territory_id`, also return the records of its child
            territories.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        fields=fields,
        ids=ids,
        sort_order=sort_order,
        sort_by=sort_by,
        converted=converted,
        approved=approved,
        page=page,
        per_page=per_page,
        cvid=cvid,
        territory_id=territory_id,
        include_child=include_child,
        include=include,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    sort_order: RecordSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    cvid: str | Unset = UNSET,
    territory_id: str | Unset = UNSET,
    include_child: bool | Unset = UNSET,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """List the records of a module

     Returns a page of the module's records. At most 200 records come back per call: to read 400 records
    ask for `page` 1 to 4 with `per_page=100` (or read on while `info.more_records` is true). `fields`
    picks the columns; `sort_by` a field and `sort_order` `asc`/`desc` sort them (without `sort_by` Zoho
    sorts on a system field); `converted` and `approved` filter by state (`true`, `false` or `both`);
    `cvid` returns the records of a custom view; the `If-Modified-Since` header returns only the records
    changed since then (304 when none did). Multi-record reads return only the row count of each
    subform; read a single record for its rows. GDPR: private fields read as null unless
    `include=private_fields` is given; each record carries its consent details in
    `Data_Processing_Basis_Details`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit, 3 with `cvid`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        ids (str | Unset): Return only these records; ids comma-separated, at most 100.
        sort_order (RecordSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on (for example `Email`); without
            it Zoho sorts on a system-defined field.
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        cvid (str | Unset): The id of a custom view: return the records of that view.
        territory_id (str | Unset): Return only the records of this territory (orgs with territory
            management).
        include_child (bool | Unset): With `territory_id`, also return the records of its child
            territories.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        fields=fields,
        ids=ids,
        sort_order=sort_order,
        sort_by=sort_by,
        converted=converted,
        approved=approved,
        page=page,
        per_page=per_page,
        cvid=cvid,
        territory_id=territory_id,
        include_child=include_child,
        include=include,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    sort_order: RecordSortOrder | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    cvid: str | Unset = UNSET,
    territory_id: str | Unset = UNSET,
    include_child: bool | Unset = UNSET,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """List the records of a module

     Returns a page of the module's records. At most 200 records come back per call: to read 400 records
    ask for `page` 1 to 4 with `per_page=100` (or read on while `info.more_records` is true). `fields`
    picks the columns; `sort_by` a field and `sort_order` `asc`/`desc` sort them (without `sort_by` Zoho
    sorts on a system field); `converted` and `approved` filter by state (`true`, `false` or `both`);
    `cvid` returns the records of a custom view; the `If-Modified-Since` header returns only the records
    changed since then (304 when none did). Multi-record reads return only the row count of each
    subform; read a single record for its rows. GDPR: private fields read as null unless
    `include=private_fields` is given; each record carries its consent details in
    `Data_Processing_Basis_Details`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit, 3 with `cvid`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        ids (str | Unset): Return only these records; ids comma-separated, at most 100.
        sort_order (RecordSortOrder | Unset): `asc` ascending, `desc` descending.
        sort_by (str | Unset): The API name of the field to sort on (for example `Email`); without
            it Zoho sorts on a system-defined field.
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        cvid (str | Unset): The id of a custom view: return the records of that view.
        territory_id (str | Unset): Return only the records of this territory (orgs with territory
            management).
        include_child (bool | Unset): With `territory_id`, also return the records of its child
            territories.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            fields=fields,
            ids=ids,
            sort_order=sort_order,
            sort_by=sort_by,
            converted=converted,
            approved=approved,
            page=page,
            per_page=per_page,
            cvid=cvid,
            territory_id=territory_id,
            include_child=include_child,
            include=include,
            if_modified_since=if_modified_since,
        )
    ).parsed
