# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.variables_response import VariablesResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    variable_id: str,
    *,
    group: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group"] = group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/variables/{variable_id}".format(
            variable_id=quote(str(variable_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VariablesResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = VariablesResponse._from_nested_json(response.json())

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
) -> Response[VariablesResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    variable_id: str,
    *,
    client: AuthenticatedClient,
    group: str,
) -> Response[VariablesResponse, ZohoError]:
    """Get a variable

     One variable, by id or API name, with `group` (the id or API name of its group) mandatory: without
    it Zoho answers `REQUIRED_PARAM_MISSING`. Scope `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        group (str): The id or API name of the variable's group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        variable_id=variable_id,
        group=group,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    variable_id: str,
    *,
    client: AuthenticatedClient,
    group: str,
) -> VariablesResponse | ZohoError | None:
    """Get a variable

     One variable, by id or API name, with `group` (the id or API name of its group) mandatory: without
    it Zoho answers `REQUIRED_PARAM_MISSING`. Scope `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        group (str): The id or API name of the variable's group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesResponse | ZohoError | None
    """

    return sync_detailed(
        variable_id=variable_id,
        client=client,
        group=group,
    ).parsed


async def asyncio_detailed(
    variable_id: str,
    *,
    client: AuthenticatedClient,
    group: str,
) -> Response[VariablesResponse, ZohoError]:
    """Get a variable

     One variable, by id or API name, with `group` (the id or API name of its group) mandatory: without
    it Zoho answers `REQUIRED_PARAM_MISSING`. Scope `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        group (str): The id or API name of the variable's group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        variable_id=variable_id,
        group=group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    variable_id: str,
    *,
    client: AuthenticatedClient,
    group: str,
) -> VariablesResponse | ZohoError | None:
    """Get a variable

     One variable, by id or API name, with `group` (the id or API name of its group) mandatory: without
    it Zoho answers `REQUIRED_PARAM_MISSING`. Scope `ZohoCRM.settings.variables.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        group (str): The id or API name of the variable's group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            variable_id=variable_id,
            client=client,
            group=group,
        )
    ).parsed
