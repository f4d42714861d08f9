# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachments_response import AttachmentsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    *,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/{record_id}/Attachments".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = AttachmentsResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 204:
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
) -> Response[AttachmentsResponse | None, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[AttachmentsResponse | None, ZohoError]:
    """List a record's attachments

     Returns a page of the files and links attached to the record (at most 200 per page). Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        fields=fields,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> AttachmentsResponse | ZohoError | None:
    """List a record's attachments

     Returns a page of the files and links attached to the record (at most 200 per page). Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        fields=fields,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[AttachmentsResponse | None, ZohoError]:
    """List a record's attachments

     Returns a page of the files and links attached to the record (at most 200 per page). Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        fields=fields,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> AttachmentsResponse | ZohoError | None:
    """List a record's attachments

     Returns a page of the files and links attached to the record (at most 200 per page). Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            fields=fields,
            page=page,
            per_page=per_page,
        )
    ).parsed
