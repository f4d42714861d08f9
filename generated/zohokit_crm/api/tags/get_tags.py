# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tags_response import TagsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    module: str,
    my_tags: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["module"] = module

    params["my_tags"] = my_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TagsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = TagsResponse._from_nested_json(response.json())

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
) -> Response[TagsResponse | None, ZohoError]:
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
    my_tags: bool | Unset = UNSET,
) -> Response[TagsResponse | None, ZohoError]:
    """List a module's tags

     Returns every tag of the module (for example `GET /settings/tags?module=Contacts`), with the number
    of tags created (`info.count`) and the number the org's edition allows (`info.allowed_count`).
    `my_tags=true` lists only the tags the current user created. Scope `ZohoCRM.settings.ALL`,
    `ZohoCRM.settings.tags.ALL` or `ZohoCRM.settings.tags.READ`. Costs 1 API credit.

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        my_tags (bool | Unset): `true` returns only the tags the current user created. It is a
            boolean flag, sent as `true` or `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
        my_tags=my_tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    module: str,
    my_tags: bool | Unset = UNSET,
) -> TagsResponse | ZohoError | None:
    """List a module's tags

     Returns every tag of the module (for example `GET /settings/tags?module=Contacts`), with the number
    of tags created (`info.count`) and the number the org's edition allows (`info.allowed_count`).
    `my_tags=true` lists only the tags the current user created. Scope `ZohoCRM.settings.ALL`,
    `ZohoCRM.settings.tags.ALL` or `ZohoCRM.settings.tags.READ`. Costs 1 API credit.

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        my_tags (bool | Unset): `true` returns only the tags the current user created. It is a
            boolean flag, sent as `true` or `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagsResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        module=module,
        my_tags=my_tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    module: str,
    my_tags: bool | Unset = UNSET,
) -> Response[TagsResponse | None, ZohoError]:
    """List a module's tags

     Returns every tag of the module (for example `GET /settings/tags?module=Contacts`), with the number
    of tags created (`info.count`) and the number the org's edition allows (`info.allowed_count`).
    `my_tags=true` lists only the tags the current user created. Scope `ZohoCRM.settings.ALL`,
    `ZohoCRM.settings.tags.ALL` or `ZohoCRM.settings.tags.READ`. Costs 1 API credit.

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        my_tags (bool | Unset): `true` returns only the tags the current user created. It is a
            boolean flag, sent as `true` or `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
        my_tags=my_tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    module: str,
    my_tags: bool | Unset = UNSET,
) -> TagsResponse | ZohoError | None:
    """List a module's tags

     Returns every tag of the module (for example `GET /settings/tags?module=Contacts`), with the number
    of tags created (`info.count`) and the number the org's edition allows (`info.allowed_count`).
    `my_tags=true` lists only the tags the current user created. Scope `ZohoCRM.settings.ALL`,
    `ZohoCRM.settings.tags.ALL` or `ZohoCRM.settings.tags.READ`. Costs 1 API credit.

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        my_tags (bool | Unset): `true` returns only the tags the current user created. It is a
            boolean flag, sent as `true` or `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            module=module,
            my_tags=my_tags,
        )
    ).parsed
