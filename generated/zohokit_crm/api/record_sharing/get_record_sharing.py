# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_record_sharing_view import GetRecordSharingView
from ...models.sharing_response import SharingResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    *,
    view: GetRecordSharingView | Unset = UNSET,
    shared_to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params["sharedTo"] = shared_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/{record_id}/actions/share".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharingResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = SharingResponse._from_nested_json(response.json())

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
) -> Response[SharingResponse | None, ZohoError]:
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
    view: GetRecordSharingView | Unset = UNSET,
    shared_to: str | Unset = UNSET,
) -> Response[SharingResponse | None, ZohoError]:
    """Get the sharing details of a record

     Which users a record is shared with, with what permission, and whether its related records are
    shared too (records can be shared with or without their related lists). Modules: Leads, Accounts,
    Contacts, Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
    Purchase_Orders, Invoices and custom modules. Scope `ZohoCRM.share.{module}.{ALL|READ}` (for example
    `ZohoCRM.share.leads.READ`). Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        view (GetRecordSharingView | Unset): `summary` for the sharing details only (default),
            `manage` to also get the users the record can still be shared with (`shareable_user`).
        shared_to (str | Unset): Only the sharing with this user (the user's id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharingResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        view=view,
        shared_to=shared_to,
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
    view: GetRecordSharingView | Unset = UNSET,
    shared_to: str | Unset = UNSET,
) -> SharingResponse | ZohoError | None:
    """Get the sharing details of a record

     Which users a record is shared with, with what permission, and whether its related records are
    shared too (records can be shared with or without their related lists). Modules: Leads, Accounts,
    Contacts, Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
    Purchase_Orders, Invoices and custom modules. Scope `ZohoCRM.share.{module}.{ALL|READ}` (for example
    `ZohoCRM.share.leads.READ`). Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        view (GetRecordSharingView | Unset): `summary` for the sharing details only (default),
            `manage` to also get the users the record can still be shared with (`shareable_user`).
        shared_to (str | Unset): Only the sharing with this user (the user's id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharingResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        view=view,
        shared_to=shared_to,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    view: GetRecordSharingView | Unset = UNSET,
    shared_to: str | Unset = UNSET,
) -> Response[SharingResponse | None, ZohoError]:
    """Get the sharing details of a record

     Which users a record is shared with, with what permission, and whether its related records are
    shared too (records can be shared with or without their related lists). Modules: Leads, Accounts,
    Contacts, Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
    Purchase_Orders, Invoices and custom modules. Scope `ZohoCRM.share.{module}.{ALL|READ}` (for example
    `ZohoCRM.share.leads.READ`). Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        view (GetRecordSharingView | Unset): `summary` for the sharing details only (default),
            `manage` to also get the users the record can still be shared with (`shareable_user`).
        shared_to (str | Unset): Only the sharing with this user (the user's id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharingResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        view=view,
        shared_to=shared_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    view: GetRecordSharingView | Unset = UNSET,
    shared_to: str | Unset = UNSET,
) -> SharingResponse | ZohoError | None:
    """Get the sharing details of a record

     Which users a record is shared with, with what permission, and whether its related records are
    shared too (records can be shared with or without their related lists). Modules: Leads, Accounts,
    Contacts, Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
    Purchase_Orders, Invoices and custom modules. Scope `ZohoCRM.share.{module}.{ALL|READ}` (for example
    `ZohoCRM.share.leads.READ`). Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the record's module: Leads, Accounts, Contacts,
            Deals, Campaigns, Cases, Solutions, Products, Vendors, Price_Books, Quotes, Sales_Orders,
            Purchase_Orders, Invoices or a custom module.
        record_id (str): The unique id of the record.
        view (GetRecordSharingView | Unset): `summary` for the sharing details only (default),
            `manage` to also get the users the record can still be shared with (`shareable_user`).
        shared_to (str | Unset): Only the sharing with this user (the user's id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharingResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            view=view,
            shared_to=shared_to,
        )
    ).parsed
