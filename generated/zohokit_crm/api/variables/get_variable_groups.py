# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.variable_groups_response import VariableGroupsResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/variable_groups",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VariableGroupsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = VariableGroupsResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 204:
        return None
    if response.status_code == 401:
        response_401 = ZohoError._from_nested_json(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZohoError._from_nested_json(response.json())

        return response_403

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
) -> Response[VariableGroupsResponse | None, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[VariableGroupsResponse | None, ZohoError]:
    """List variable groups

     Every variable group with its id, API name, display name and description. Groups are created by
    creating a variable in them. Scope `ZohoCRM.settings.variable_groups.{ALL|READ}` (or
    `ZohoCRM.settings.variables.{ALL|READ}`). Costs 1 API credit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariableGroupsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> VariableGroupsResponse | ZohoError | None:
    """List variable groups

     Every variable group with its id, API name, display name and description. Groups are created by
    creating a variable in them. Scope `ZohoCRM.settings.variable_groups.{ALL|READ}` (or
    `ZohoCRM.settings.variables.{ALL|READ}`). Costs 1 API credit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariableGroupsResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[VariableGroupsResponse | None, ZohoError]:
    """List variable groups

     Every variable group with its id, API name, display name and description. Groups are created by
    creating a variable in them. Scope `ZohoCRM.settings.variable_groups.{ALL|READ}` (or
    `ZohoCRM.settings.variables.{ALL|READ}`). Costs 1 API credit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariableGroupsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> VariableGroupsResponse | ZohoError | None:
    """List variable groups

     Every variable group with its id, API name, display name and description. Groups are created by
    creating a variable in them. Scope `ZohoCRM.settings.variable_groups.{ALL|READ}` (or
    `ZohoCRM.settings.variables.{ALL|READ}`). Costs 1 API credit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariableGroupsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
