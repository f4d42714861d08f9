# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.layouts_response import LayoutsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    *,
    module: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/layouts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LayoutsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = LayoutsResponse._from_nested_json(response.json())

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
) -> Response[LayoutsResponse | None, ZohoError]:
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
) -> Response[LayoutsResponse | None, ZohoError]:
    """List the layouts of a module

     The layouts of a module (`module` is mandatory, for example `GET /settings/layouts?module=Leads`),
    each with its sections, the fields of each section (in the shape of `GET /settings/fields`), its
    convert mapping, visibility, the profiles that use it and who created and changed it when. Scope
    `ZohoCRM.settings.layouts.READ`, `ZohoCRM.settings.layouts.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose layouts to list, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LayoutsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    module: str,
) -> LayoutsResponse | ZohoError | None:
    """List the layouts of a module

     The layouts of a module (`module` is mandatory, for example `GET /settings/layouts?module=Leads`),
    each with its sections, the fields of each section (in the shape of `GET /settings/fields`), its
    convert mapping, visibility, the profiles that use it and who created and changed it when. Scope
    `ZohoCRM.settings.layouts.READ`, `ZohoCRM.settings.layouts.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose layouts to list, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LayoutsResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        module=module,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    module: str,
) -> Response[LayoutsResponse | None, ZohoError]:
    """List the layouts of a module

     The layouts of a module (`module` is mandatory, for example `GET /settings/layouts?module=Leads`),
    each with its sections, the fields of each section (in the shape of `GET /settings/fields`), its
    convert mapping, visibility, the profiles that use it and who created and changed it when. Scope
    `ZohoCRM.settings.layouts.READ`, `ZohoCRM.settings.layouts.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose layouts to list, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LayoutsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    module: str,
) -> LayoutsResponse | ZohoError | None:
    """List the layouts of a module

     The layouts of a module (`module` is mandatory, for example `GET /settings/layouts?module=Leads`),
    each with its sections, the fields of each section (in the shape of `GET /settings/fields`), its
    convert mapping, visibility, the profiles that use it and who created and changed it when. Scope
    `ZohoCRM.settings.layouts.READ`, `ZohoCRM.settings.layouts.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose layouts to list, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LayoutsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            module=module,
        )
    ).parsed
