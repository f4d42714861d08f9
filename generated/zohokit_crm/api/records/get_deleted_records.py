# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_records_response import DeletedRecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    *,
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["type"] = type_

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/deleted".format(
            module_api_name=quote(str(module_api_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedRecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = DeletedRecordsResponse._from_nested_json(response.json())

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
) -> Response[DeletedRecordsResponse | None, ZohoError]:
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
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[DeletedRecordsResponse | None, ZohoError]:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently. At most 200 per
    page; read on with `page` while `info.more_records` is true. The `If-Modified-Since` header returns
    only the records deleted since then. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400 `INVALID_DATA` "invalid
    data" when a parameter's value has the wrong type.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        type_ (str | Unset): `all` (the default) every deleted record, `recycle` those in the
            recycle bin, `permanent` those deleted for good. Zoho ignores the case. Default: 'all'.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        Response[DeletedRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        type_=type_,
        page=page,
        per_page=per_page,
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
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> DeletedRecordsResponse | ZohoError | None:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently. At most 200 per
    page; read on with `page` while `info.more_records` is true. The `If-Modified-Since` header returns
    only the records deleted since then. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400 `INVALID_DATA` "invalid
    data" when a parameter's value has the wrong type.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        type_ (str | Unset): `all` (the default) every deleted record, `recycle` those in the
            recycle bin, `permanent` those deleted for good. Zoho ignores the case. Default: 'all'.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        DeletedRecordsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        type_=type_,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[DeletedRecordsResponse | None, ZohoError]:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently. At most 200 per
    page; read on with `page` while `info.more_records` is true. The `If-Modified-Since` header returns
    only the records deleted since then. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400 `INVALID_DATA` "invalid
    data" when a parameter's value has the wrong type.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        type_ (str | Unset): `all` (the default) every deleted record, `recycle` those in the
            recycle bin, `permanent` those deleted for good. Zoho ignores the case. Default: 'all'.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        Response[DeletedRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        type_=type_,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> DeletedRecordsResponse | ZohoError | None:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently. At most 200 per
    page; read on with `page` while `info.more_records` is true. The `If-Modified-Since` header returns
    only the records deleted since then. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400 `INVALID_DATA` "invalid
    data" when a parameter's value has the wrong type.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        type_ (str | Unset): `all` (the default) every deleted record, `recycle` those in the
            recycle bin, `permanent` those deleted for good. Zoho ignores the case. Default: 'all'.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        DeletedRecordsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            type_=type_,
            page=page,
            per_page=per_page,
            if_modified_since=if_modified_since,
        )
    ).parsed
