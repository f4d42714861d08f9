# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.related_lists_response import RelatedListsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    related_list_id: str,
    *,
    module: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/related_lists/{related_list_id}".format(
            related_list_id=quote(str(related_list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RelatedListsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RelatedListsResponse._from_nested_json(response.json())

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
) -> Response[RelatedListsResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    related_list_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> Response[RelatedListsResponse, ZohoError]:
    """Get one related list of a module

     One related list of a module, by id (`module` is mandatory), in the shape the related-lists list
    returns. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        related_list_id (str): The id of the related list.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RelatedListsResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        related_list_id=related_list_id,
        module=module,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    related_list_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> RelatedListsResponse | ZohoError | None:
    """Get one related list of a module

     One related list of a module, by id (`module` is mandatory), in the shape the related-lists list
    returns. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        related_list_id (str): The id of the related list.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RelatedListsResponse | ZohoError | None
    """

    return sync_detailed(
        related_list_id=related_list_id,
        client=client,
        module=module,
    ).parsed


async def asyncio_detailed(
    related_list_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> Response[RelatedListsResponse, ZohoError]:
    """Get one related list of a module

     One related list of a module, by id (`module` is mandatory), in the shape the related-lists list
    returns. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        related_list_id (str): The id of the related list.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RelatedListsResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        related_list_id=related_list_id,
        module=module,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    related_list_id: str,
    *,
    client: AuthenticatedClient,
    module: str,
) -> RelatedListsResponse | ZohoError | None:
    """Get one related list of a module

     One related list of a module, by id (`module` is mandatory), in the shape the related-lists list
    returns. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API
    credit.

    Args:
        related_list_id (str): The id of the related list.
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RelatedListsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            related_list_id=related_list_id,
            client=client,
            module=module,
        )
    ).parsed
