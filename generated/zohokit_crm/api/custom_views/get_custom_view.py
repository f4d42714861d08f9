# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_views_response import CustomViewsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    custom_view_id: str,
    *,
    module: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/custom_views/{custom_view_id}".format(
            custom_view_id=quote(str(custom_view_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomViewsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = CustomViewsResponse._from_nested_json(response.json())

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
) -> Response[CustomViewsResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    custom_view_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> Response[CustomViewsResponse, ZohoError]:
    """Get one custom view of a module

     One custom view of a module, by id (`module` is mandatory), with its columns (`fields`), sort field
    and order, `criteria` and `criteria_pattern`, category and favourite state. Scope
    `ZohoCRM.settings.custom_views.READ`, `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`.
    Costs 1 API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an
    unknown module, no tab permission, or a module removed from the organisation) or "the given module
    is not supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        custom_view_id (str): The id of the custom view.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomViewsResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        custom_view_id=custom_view_id,
        module=module,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_view_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> CustomViewsResponse | ZohoError | None:
    """Get one custom view of a module

     One custom view of a module, by id (`module` is mandatory), with its columns (`fields`), sort field
    and order, `criteria` and `criteria_pattern`, category and favourite state. Scope
    `ZohoCRM.settings.custom_views.READ`, `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`.
    Costs 1 API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an
    unknown module, no tab permission, or a module removed from the organisation) or "the given module
    is not supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        custom_view_id (str): The id of the custom view.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomViewsResponse | ZohoError | None
    """

    return sync_detailed(
        custom_view_id=custom_view_id,
        client=client,
        module=module,
    ).parsed


async def asyncio_detailed(
    custom_view_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> Response[CustomViewsResponse, ZohoError]:
    """Get one custom view of a module

     One custom view of a module, by id (`module` is mandatory), with its columns (`fields`), sort field
    and order, `criteria` and `criteria_pattern`, category and favourite state. Scope
    `ZohoCRM.settings.custom_views.READ`, `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`.
    Costs 1 API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an
    unknown module, no tab permission, or a module removed from the organisation) or "the given module
    is not supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        custom_view_id (str): The id of the custom view.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomViewsResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        custom_view_id=custom_view_id,
        module=module,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_view_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> CustomViewsResponse | ZohoError | None:
    """Get one custom view of a module

     One custom view of a module, by id (`module` is mandatory), with its columns (`fields`), sort field
    and order, `criteria` and `criteria_pattern`, category and favourite state. Scope
    `ZohoCRM.settings.custom_views.READ`, `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`.
    Costs 1 API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an
    unknown module, no tab permission, or a module removed from the organisation) or "the given module
    is not supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        custom_view_id (str): The id of the custom view.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomViewsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            custom_view_id=custom_view_id,
            client=client,
            module=module,
        )
    ).parsed
