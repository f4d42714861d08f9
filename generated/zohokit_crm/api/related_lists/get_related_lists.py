from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.related_lists_response import RelatedListsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    module: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/related_lists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RelatedListsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RelatedListsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ZohoError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ZohoError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZohoError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ZohoError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ZohoError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RelatedListsResponse | ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    module: str,
) -> Response[Any | RelatedListsResponse | ZohoError]:
    """List the related lists of a module

     The related lists of a module (Notes, Attachments, the Contacts of an account, ...) with the API
    name, related module and `href` of each; the API name is the `{related_list_api_name}` of `GET
    /{module_api_name}/{record_id}/{related_list_api_name}` and of unlinking. Not in the seed beyond its
    pointer to "related list metadata" on the unlink page; part of Zoho's public CRM v2 API (the
    official v2 SDK reads it before every related-records call). Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API credit.

    Args:
        module (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RelatedListsResponse | ZohoError]
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
    client: AuthenticatedClient | Client,
    module: str,
) -> Any | RelatedListsResponse | ZohoError | None:
    """List the related lists of a module

     The related lists of a module (Notes, Attachments, the Contacts of an account, ...) with the API
    name, related module and `href` of each; the API name is the `{related_list_api_name}` of `GET
    /{module_api_name}/{record_id}/{related_list_api_name}` and of unlinking. Not in the seed beyond its
    pointer to "related list metadata" on the unlink page; part of Zoho's public CRM v2 API (the
    official v2 SDK reads it before every related-records call). Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API credit.

    Args:
        module (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RelatedListsResponse | ZohoError
    """

    return sync_detailed(
        client=client,
        module=module,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    module: str,
) -> Response[Any | RelatedListsResponse | ZohoError]:
    """List the related lists of a module

     The related lists of a module (Notes, Attachments, the Contacts of an account, ...) with the API
    name, related module and `href` of each; the API name is the `{related_list_api_name}` of `GET
    /{module_api_name}/{record_id}/{related_list_api_name}` and of unlinking. Not in the seed beyond its
    pointer to "related list metadata" on the unlink page; part of Zoho's public CRM v2 API (the
    official v2 SDK reads it before every related-records call). Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API credit.

    Args:
        module (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RelatedListsResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    module: str,
) -> Any | RelatedListsResponse | ZohoError | None:
    """List the related lists of a module

     The related lists of a module (Notes, Attachments, the Contacts of an account, ...) with the API
    name, related module and `href` of each; the API name is the `{related_list_api_name}` of `GET
    /{module_api_name}/{record_id}/{related_list_api_name}` and of unlinking. Not in the seed beyond its
    pointer to "related list metadata" on the unlink page; part of Zoho's public CRM v2 API (the
    official v2 SDK reads it before every related-records call). Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.related_lists.{ALL|READ}`. Costs 1 API credit.

    Args:
        module (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RelatedListsResponse | ZohoError
    """

    return (
        await asyncio_detailed(
            client=client,
            module=module,
        )
    ).parsed
