# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modules_response import ModulesResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/modules/{module_api_name}".format(
            module_api_name=quote(str(module_api_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModulesResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = ModulesResponse._from_nested_json(response.json())

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
) -> Response[ModulesResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ModulesResponse, ZohoError]:
    """Get a module's metadata

     The metadata of one module, named by its API name: everything the module list returns plus
    `display_field`, `related_list_properties`, `$properties`, `per_page`, `search_layout_fields`, the
    default custom view and territory, and the business-card fields. Scope
    `ZohoCRM.settings.modules.READ`, `ZohoCRM.settings.modules.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module_api_name (str): The API name of the module, for example `Leads`, `Accounts`,
            `Deals`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModulesResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
) -> ModulesResponse | ZohoError | None:
    """Get a module's metadata

     The metadata of one module, named by its API name: everything the module list returns plus
    `display_field`, `related_list_properties`, `$properties`, `per_page`, `search_layout_fields`, the
    default custom view and territory, and the business-card fields. Scope
    `ZohoCRM.settings.modules.READ`, `ZohoCRM.settings.modules.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module_api_name (str): The API name of the module, for example `Leads`, `Accounts`,
            `Deals`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModulesResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ModulesResponse, ZohoError]:
    """Get a module's metadata

     The metadata of one module, named by its API name: everything the module list returns plus
    `display_field`, `related_list_properties`, `$properties`, `per_page`, `search_layout_fields`, the
    default custom view and territory, and the business-card fields. Scope
    `ZohoCRM.settings.modules.READ`, `ZohoCRM.settings.modules.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module_api_name (str): The API name of the module, for example `Leads`, `Accounts`,
            `Deals`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModulesResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
) -> ModulesResponse | ZohoError | None:
    """Get a module's metadata

     The metadata of one module, named by its API name: everything the module list returns plus
    `display_field`, `related_list_properties`, `$properties`, `per_page`, `search_layout_fields`, the
    default custom view and territory, and the business-card fields. Scope
    `ZohoCRM.settings.modules.READ`, `ZohoCRM.settings.modules.ALL` or `ZohoCRM.settings.ALL`. Costs 1
    API credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module_api_name (str): The API name of the module, for example `Leads`, `Accounts`,
            `Deals`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModulesResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
        )
    ).parsed
