# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convert_lead_request import ConvertLeadRequest
from ...models.convert_lead_response import ConvertLeadResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    record_id: str,
    *,
    body: ConvertLeadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Leads/{record_id}/actions/convert".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvertLeadResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = ConvertLeadResponse._from_nested_json(response.json())

        return response_200

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
) -> Response[ConvertLeadResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: ConvertLeadRequest,
) -> Response[ConvertLeadResponse, ZohoError]:
    """Convert a lead

     Converts the lead with this id into a contact, an account (unless it is linked to an existing one)
    and, when `Deals` is given, a deal. Rules (see `ConvertLeadInput`): `assign_to` takes a user id
    only; `Accounts` and/or `Contacts` ids link the lead to an existing account or contact, whether or
    not a deal is created; with an account id and `overwrite: true` the account's name is replaced by
    the lead's company while its other data stays; with `overwrite: false` the lead is only linked.
    GDPR: a lead whose `$stop_processing` is true cannot be converted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.leads.{ALL|WRITE|CREATE}`. Costs 5 API credits.

    Args:
        record_id (str): The unique id of the lead to convert: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        body (ConvertLeadRequest): The body of a lead conversion; `data` holds exactly one set of
            conversion options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvertLeadResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: ConvertLeadRequest,
) -> ConvertLeadResponse | ZohoError | None:
    """Convert a lead

     Converts the lead with this id into a contact, an account (unless it is linked to an existing one)
    and, when `Deals` is given, a deal. Rules (see `ConvertLeadInput`): `assign_to` takes a user id
    only; `Accounts` and/or `Contacts` ids link the lead to an existing account or contact, whether or
    not a deal is created; with an account id and `overwrite: true` the account's name is replaced by
    the lead's company while its other data stays; with `overwrite: false` the lead is only linked.
    GDPR: a lead whose `$stop_processing` is true cannot be converted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.leads.{ALL|WRITE|CREATE}`. Costs 5 API credits.

    Args:
        record_id (str): The unique id of the lead to convert: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        body (ConvertLeadRequest): The body of a lead conversion; `data` holds exactly one set of
            conversion options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvertLeadResponse | ZohoError | None
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: ConvertLeadRequest,
) -> Response[ConvertLeadResponse, ZohoError]:
    """Convert a lead

     Converts the lead with this id into a contact, an account (unless it is linked to an existing one)
    and, when `Deals` is given, a deal. Rules (see `ConvertLeadInput`): `assign_to` takes a user id
    only; `Accounts` and/or `Contacts` ids link the lead to an existing account or contact, whether or
    not a deal is created; with an account id and `overwrite: true` the account's name is replaced by
    the lead's company while its other data stays; with `overwrite: false` the lead is only linked.
    GDPR: a lead whose `$stop_processing` is true cannot be converted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.leads.{ALL|WRITE|CREATE}`. Costs 5 API credits.

    Args:
        record_id (str): The unique id of the lead to convert: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        body (ConvertLeadRequest): The body of a lead conversion; `data` holds exactly one set of
            conversion options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvertLeadResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: ConvertLeadRequest,
) -> ConvertLeadResponse | ZohoError | None:
    """Convert a lead

     Converts the lead with this id into a contact, an account (unless it is linked to an existing one)
    and, when `Deals` is given, a deal. Rules (see `ConvertLeadInput`): `assign_to` takes a user id
    only; `Accounts` and/or `Contacts` ids link the lead to an existing account or contact, whether or
    not a deal is created; with an account id and `overwrite: true` the account's name is replaced by
    the lead's company while its other data stays; with `overwrite: false` the lead is only linked.
    GDPR: a lead whose `$stop_processing` is true cannot be converted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.leads.{ALL|WRITE|CREATE}`. Costs 5 API credits.

    Args:
        record_id (str): The unique id of the lead to convert: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        body (ConvertLeadRequest): The body of a lead conversion; `data` holds exactly one set of
            conversion options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvertLeadResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
