# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_views_response import CustomViewsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    module: str,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["module"] = module

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/custom_views",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomViewsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = CustomViewsResponse._from_nested_json(response.json())

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
) -> Response[CustomViewsResponse | None, ZohoError]:
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
    module: str,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[CustomViewsResponse | None, ZohoError]:
    """List the custom views of a module

     The custom views (saved filters) of a module (`module` is mandatory, for example `GET
    /settings/custom_views?module=Leads`), with the default view's id and the category labels in `info`;
    at most 200 per page (`page`, `per_page`). Read the records of a view with `GET
    /{module_api_name}?cvid={custom_view_id}`. Scope `ZohoCRM.settings.custom_views.READ`,
    `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API credit. Errors (400
    `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown module, no tab
    permission, or a module removed from the organisation) or "the given module is not supported in api"
    (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomViewsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    module: str,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> CustomViewsResponse | ZohoError | None:
    """List the custom views of a module

     The custom views (saved filters) of a module (`module` is mandatory, for example `GET
    /settings/custom_views?module=Leads`), with the default view's id and the category labels in `info`;
    at most 200 per page (`page`, `per_page`). Read the records of a view with `GET
    /{module_api_name}?cvid={custom_view_id}`. Scope `ZohoCRM.settings.custom_views.READ`,
    `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API credit. Errors (400
    `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown module, no tab
    permission, or a module removed from the organisation) or "the given module is not supported in api"
    (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomViewsResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        module=module,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    module: str,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[CustomViewsResponse | None, ZohoError]:
    """List the custom views of a module

     The custom views (saved filters) of a module (`module` is mandatory, for example `GET
    /settings/custom_views?module=Leads`), with the default view's id and the category labels in `info`;
    at most 200 per page (`page`, `per_page`). Read the records of a view with `GET
    /{module_api_name}?cvid={custom_view_id}`. Scope `ZohoCRM.settings.custom_views.READ`,
    `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API credit. Errors (400
    `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown module, no tab
    permission, or a module removed from the organisation) or "the given module is not supported in api"
    (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomViewsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    module: str,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> CustomViewsResponse | ZohoError | None:
    """List the custom views of a module

     The custom views (saved filters) of a module (`module` is mandatory, for example `GET
    /settings/custom_views?module=Leads`), with the default view's id and the category labels in `info`;
    at most 200 per page (`page`, `per_page`). Read the records of a view with `GET
    /{module_api_name}?cvid={custom_view_id}`. Scope `ZohoCRM.settings.custom_views.READ`,
    `ZohoCRM.settings.custom_views.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API credit. Errors (400
    `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown module, no tab
    permission, or a module removed from the organisation) or "the given module is not supported in api"
    (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomViewsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            module=module,
            page=page,
            per_page=per_page,
        )
    ).parsed
