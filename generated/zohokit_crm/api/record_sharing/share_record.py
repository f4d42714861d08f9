# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sharing_action_response import SharingActionResponse
from ...models.sharing_request import SharingRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    *,
    body: SharingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{module_api_name}/{record_id}/actions/share".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharingActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = SharingActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> SharingActionResponse | ZohoError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = SharingActionResponse._built_whole(data)
                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ZohoError._built_whole(data)
            return response_400_type_1

        response_400 = _parse_response_400(response.json())

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
) -> Response[SharingActionResponse, SharingActionResponse | ZohoError]:
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
    body: SharingRequest,
) -> Response[SharingActionResponse, SharingActionResponse | ZohoError]:
    """Share a record with users

     Shares the record with up to 10 users, each with a permission (`read_only`, `read_write`,
    `full_access`) and optionally its related records. Sharing happens in the background. Scope
    `ZohoCRM.share.{module}.{ALL|CREATE}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        body (SharingRequest): Body of `POST` and `PUT
            /{module_api_name}/{record_id}/actions/share`: at most 10 users per request
            (`SHARE_LIMIT_EXCEEDED` beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharingActionResponse, SharingActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
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
    body: SharingRequest,
) -> SharingActionResponse | ZohoError | None:
    """Share a record with users

     Shares the record with up to 10 users, each with a permission (`read_only`, `read_write`,
    `full_access`) and optionally its related records. Sharing happens in the background. Scope
    `ZohoCRM.share.{module}.{ALL|CREATE}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        body (SharingRequest): Body of `POST` and `PUT
            /{module_api_name}/{record_id}/actions/share`: at most 10 users per request
            (`SHARE_LIMIT_EXCEEDED` beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharingActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: SharingRequest,
) -> Response[SharingActionResponse, SharingActionResponse | ZohoError]:
    """Share a record with users

     Shares the record with up to 10 users, each with a permission (`read_only`, `read_write`,
    `full_access`) and optionally its related records. Sharing happens in the background. Scope
    `ZohoCRM.share.{module}.{ALL|CREATE}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        body (SharingRequest): Body of `POST` and `PUT
            /{module_api_name}/{record_id}/actions/share`: at most 10 users per request
            (`SHARE_LIMIT_EXCEEDED` beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharingActionResponse, SharingActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: SharingRequest,
) -> SharingActionResponse | ZohoError | None:
    """Share a record with users

     Shares the record with up to 10 users, each with a permission (`read_only`, `read_write`,
    `full_access`) and optionally its related records. Sharing happens in the background. Scope
    `ZohoCRM.share.{module}.{ALL|CREATE}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        body (SharingRequest): Body of `POST` and `PUT
            /{module_api_name}/{record_id}/actions/share`: at most 10 users per request
            (`SHARE_LIMIT_EXCEEDED` beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharingActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
