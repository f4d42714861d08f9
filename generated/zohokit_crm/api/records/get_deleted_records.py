from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_records_response import DeletedRecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset


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
) -> Any | DeletedRecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = DeletedRecordsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ZohoError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ZohoError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZohoError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ZohoError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ZohoError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ZohoError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeletedRecordsResponse | ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | DeletedRecordsResponse | ZohoError]:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently (the seed's sample:
    `GET /Leads/deleted?type=All`). At most 200 per page; read on with `page` while `info.more_records`
    is true. The `If-Modified-Since` header returns only the records deleted since then. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400
    `INVALID_DATA` "invalid data" when a parameter's value has the wrong type. The seed's parameter
    table also lists a mandatory `module` parameter, a leftover of the older API: the module is the
    path's `module_api_name`. The seed's sample response was lost in scraping; the shape is that of
    Zoho's public CRM v2 API.

    Args:
        module_api_name (str):
        type_ (str | Unset):  Default: 'all'.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletedRecordsResponse | ZohoError]
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
    client: AuthenticatedClient | Client,
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Any | DeletedRecordsResponse | ZohoError | None:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently (the seed's sample:
    `GET /Leads/deleted?type=All`). At most 200 per page; read on with `page` while `info.more_records`
    is true. The `If-Modified-Since` header returns only the records deleted since then. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400
    `INVALID_DATA` "invalid data" when a parameter's value has the wrong type. The seed's parameter
    table also lists a mandatory `module` parameter, a leftover of the older API: the module is the
    path's `module_api_name`. The seed's sample response was lost in scraping; the shape is that of
    Zoho's public CRM v2 API.

    Args:
        module_api_name (str):
        type_ (str | Unset):  Default: 'all'.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletedRecordsResponse | ZohoError
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
    client: AuthenticatedClient | Client,
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | DeletedRecordsResponse | ZohoError]:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently (the seed's sample:
    `GET /Leads/deleted?type=All`). At most 200 per page; read on with `page` while `info.more_records`
    is true. The `If-Modified-Since` header returns only the records deleted since then. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400
    `INVALID_DATA` "invalid data" when a parameter's value has the wrong type. The seed's parameter
    table also lists a mandatory `module` parameter, a leftover of the older API: the module is the
    path's `module_api_name`. The seed's sample response was lost in scraping; the shape is that of
    Zoho's public CRM v2 API.

    Args:
        module_api_name (str):
        type_ (str | Unset):  Default: 'all'.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeletedRecordsResponse | ZohoError]
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
    client: AuthenticatedClient | Client,
    type_: str | Unset = "all",
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Any | DeletedRecordsResponse | ZohoError | None:
    """List deleted records

     Returns a page of the module's deleted records (id, display name, type, who created and deleted
    them, when): all of them, those in the recycle bin, or those deleted permanently (the seed's sample:
    `GET /Leads/deleted?type=All`). At most 200 per page; read on with `page` while `info.more_records`
    is true. The `If-Modified-Since` header returns only the records deleted since then. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 2 API credits. Errors: 400
    `INVALID_DATA` "invalid data" when a parameter's value has the wrong type. The seed's parameter
    table also lists a mandatory `module` parameter, a leftover of the older API: the module is the
    path's `module_api_name`. The seed's sample response was lost in scraping; the shape is that of
    Zoho's public CRM v2 API.

    Args:
        module_api_name (str):
        type_ (str | Unset):  Default: 'all'.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeletedRecordsResponse | ZohoError
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
