# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.variables_action_response import VariablesActionResponse
from ...models.variables_create_request import VariablesCreateRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    *,
    body: VariablesCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/settings/variables",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VariablesActionResponse | ZohoError | None:
    if response.status_code == 201:
        response_201 = VariablesActionResponse._from_nested_json(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = VariablesActionResponse._from_nested_json(response.json())

        return response_202

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
    *,
    client: AuthenticatedClient,
    body: VariablesCreateRequest,
) -> Response[VariablesActionResponse, VariablesActionResponse | ZohoError]:
    """Create variables

     Creates one or more variables (at most 100 per request). Each needs `name` (the display name) and
    `api_name` (the name API requests use), both unique, and `variable_group`, the group given as
    `{"id": 40000000047005}` or `{"name": "Group2"}`; `type` (the data type, for example `integer`),
    `value` (the initial value, typed by `type`) and `description` are optional. The data type cannot be
    changed after creation. Groups cannot be created on their own: naming an existing group adds the
    variable to it, naming one that does not exist creates the group with the variable in it. Scope
    `ZohoCRM.settings.variables.{ALL|CREATE}`. Costs 1 API credit. The links read, update and delete the
    first variable created.

    Args:
        body (VariablesCreateRequest): Body of `POST /settings/variables`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesActionResponse, VariablesActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VariablesCreateRequest,
) -> VariablesActionResponse | ZohoError | None:
    """Create variables

     Creates one or more variables (at most 100 per request). Each needs `name` (the display name) and
    `api_name` (the name API requests use), both unique, and `variable_group`, the group given as
    `{"id": 40000000047005}` or `{"name": "Group2"}`; `type` (the data type, for example `integer`),
    `value` (the initial value, typed by `type`) and `description` are optional. The data type cannot be
    changed after creation. Groups cannot be created on their own: naming an existing group adds the
    variable to it, naming one that does not exist creates the group with the variable in it. Scope
    `ZohoCRM.settings.variables.{ALL|CREATE}`. Costs 1 API credit. The links read, update and delete the
    first variable created.

    Args:
        body (VariablesCreateRequest): Body of `POST /settings/variables`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesActionResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VariablesCreateRequest,
) -> Response[VariablesActionResponse, VariablesActionResponse | ZohoError]:
    """Create variables

     Creates one or more variables (at most 100 per request). Each needs `name` (the display name) and
    `api_name` (the name API requests use), both unique, and `variable_group`, the group given as
    `{"id": 40000000047005}` or `{"name": "Group2"}`; `type` (the data type, for example `integer`),
    `value` (the initial value, typed by `type`) and `description` are optional. The data type cannot be
    changed after creation. Groups cannot be created on their own: naming an existing group adds the
    variable to it, naming one that does not exist creates the group with the variable in it. Scope
    `ZohoCRM.settings.variables.{ALL|CREATE}`. Costs 1 API credit. The links read, update and delete the
    first variable created.

    Args:
        body (VariablesCreateRequest): Body of `POST /settings/variables`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VariablesActionResponse, VariablesActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VariablesCreateRequest,
) -> VariablesActionResponse | ZohoError | None:
    """Create variables

     Creates one or more variables (at most 100 per request). Each needs `name` (the display name) and
    `api_name` (the name API requests use), both unique, and `variable_group`, the group given as
    `{"id": 40000000047005}` or `{"name": "Group2"}`; `type` (the data type, for example `integer`),
    `value` (the initial value, typed by `type`) and `description` are optional. The data type cannot be
    changed after creation. Groups cannot be created on their own: naming an existing group adds the
    variable to it, naming one that does not exist creates the group with the variable in it. Scope
    `ZohoCRM.settings.variables.{ALL|CREATE}`. Costs 1 API credit. The links read, update and delete the
    first variable created.

    Args:
        body (VariablesCreateRequest): Body of `POST /settings/variables`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VariablesActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
