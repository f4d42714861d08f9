# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.variable_update_request import VariableUpdateRequest
from ...models.variables_action_response import VariablesActionResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    variable_id: str,
    *,
    body: VariableUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/settings/variables/{variable_id}".format(
            variable_id=quote(str(variable_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VariablesActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = VariablesActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> VariablesActionResponse | ZohoError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = VariablesActionResponse._built_whole(data)
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
) -> Response[VariablesActionResponse, VariablesActionResponse | ZohoError]:
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
    body: VariableUpdateRequest,
) -> Response[VariablesActionResponse, VariablesActionResponse | ZohoError]:
    """Update a variable

     Updates one variable, named by id or API name in the path; the body holds exactly one item with the
    keys to change. The data type cannot be changed. Scope `ZohoCRM.settings.variables.{ALL|UPDATE}`.
    Costs 1 API credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        body (VariableUpdateRequest): Body of `PUT /settings/variables/{variable_id}`; exactly one
            item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesActionResponse, VariablesActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        variable_id=variable_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    variable_id: str,
    *,
    client: AuthenticatedClient,
    body: VariableUpdateRequest,
) -> VariablesActionResponse | ZohoError | None:
    """Update a variable

     Updates one variable, named by id or API name in the path; the body holds exactly one item with the
    keys to change. The data type cannot be changed. Scope `ZohoCRM.settings.variables.{ALL|UPDATE}`.
    Costs 1 API credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        body (VariableUpdateRequest): Body of `PUT /settings/variables/{variable_id}`; exactly one
            item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesActionResponse | ZohoError | None
    """

    return sync_detailed(
        variable_id=variable_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    variable_id: str,
    *,
    client: AuthenticatedClient,
    body: VariableUpdateRequest,
) -> Response[VariablesActionResponse, VariablesActionResponse | ZohoError]:
    """Update a variable

     Updates one variable, named by id or API name in the path; the body holds exactly one item with the
    keys to change. The data type cannot be changed. Scope `ZohoCRM.settings.variables.{ALL|UPDATE}`.
    Costs 1 API credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        body (VariableUpdateRequest): Body of `PUT /settings/variables/{variable_id}`; exactly one
            item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesActionResponse, VariablesActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        variable_id=variable_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    variable_id: str,
    *,
    client: AuthenticatedClient,
    body: VariableUpdateRequest,
) -> VariablesActionResponse | ZohoError | None:
    """Update a variable

     Updates one variable, named by id or API name in the path; the body holds exactly one item with the
    keys to change. The data type cannot be changed. Scope `ZohoCRM.settings.variables.{ALL|UPDATE}`.
    Costs 1 API credit.

    Args:
        variable_id (str): The variable's id, or (for reading and updating) its API name.
        body (VariableUpdateRequest): Body of `PUT /settings/variables/{variable_id}`; exactly one
            item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            variable_id=variable_id,
            client=client,
            body=body,
        )
    ).parsed
