# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.variables_response import VariablesResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    group: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group"] = group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/variables",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VariablesResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = VariablesResponse._from_nested_json(response.json())

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
) -> Response[VariablesResponse | None, ZohoError]:
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
    group: str | Unset = UNSET,
) -> Response[VariablesResponse | None, ZohoError]:
    """List variables

     Every CRM variable with its id, API name, display name, group, data type, value and description.
    Variables hold values used as merge fields in e-mail, mail-merge and inventory templates, and as
    reusable authentication parameters in API calls. `group` limits the list to one group. Scope
    `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API credit.

    Args:
        group (str | Unset): Only list the variables of this group (its id or API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        group=group,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group: str | Unset = UNSET,
) -> VariablesResponse | ZohoError | None:
    """List variables

     Every CRM variable with its id, API name, display name, group, data type, value and description.
    Variables hold values used as merge fields in e-mail, mail-merge and inventory templates, and as
    reusable authentication parameters in API calls. `group` limits the list to one group. Scope
    `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API credit.

    Args:
        group (str | Unset): Only list the variables of this group (its id or API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        group=group,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group: str | Unset = UNSET,
) -> Response[VariablesResponse | None, ZohoError]:
    """List variables

     Every CRM variable with its id, API name, display name, group, data type, value and description.
    Variables hold values used as merge fields in e-mail, mail-merge and inventory templates, and as
    reusable authentication parameters in API calls. `group` limits the list to one group. Scope
    `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API credit.

    Args:
        group (str | Unset): Only list the variables of this group (its id or API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        group=group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group: str | Unset = UNSET,
) -> VariablesResponse | ZohoError | None:
    """List variables

     Every CRM variable with its id, API name, display name, group, data type, value and description.
    Variables hold values used as merge fields in e-mail, mail-merge and inventory templates, and as
    reusable authentication parameters in API calls. `group` limits the list to one group. Scope
    `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API credit.

    Args:
        group (str | Unset): Only list the variables of this group (its id or API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            group=group,
        )
    ).parsed
