# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tag_action_response import TagActionResponse
from ...models.tags_request import TagsRequest
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    *,
    body: TagsRequest,
    module: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/settings/tags",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TagActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = TagActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = TagActionResponse._from_nested_json(response.json())

        return response_202

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
) -> Response[TagActionResponse, ZohoError]:
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
    body: TagsRequest,
    module: str,
) -> Response[TagActionResponse, ZohoError]:
    """Rename several tags

     Renames several tags of the module at once; each entry of `tags` carries the tag's `id` and its new
    `name`. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.tags.{ALL|WRITE|UPDATE}`. Costs 1 API
    credit. The result is one `ActionResult` per tag ("tags updated successfully").

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        body (TagsRequest): The body of the tag writes: `tags` holds the tags to create, the new
            name of the one tag to rename, or the `id` and new name of each tag to rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
        module=module,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TagsRequest,
    module: str,
) -> TagActionResponse | ZohoError | None:
    """Rename several tags

     Renames several tags of the module at once; each entry of `tags` carries the tag's `id` and its new
    `name`. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.tags.{ALL|WRITE|UPDATE}`. Costs 1 API
    credit. The result is one `ActionResult` per tag ("tags updated successfully").

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        body (TagsRequest): The body of the tag writes: `tags` holds the tags to create, the new
            name of the one tag to rename, or the `id` and new name of each tag to rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagActionResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        body=body,
        module=module,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TagsRequest,
    module: str,
) -> Response[TagActionResponse, ZohoError]:
    """Rename several tags

     Renames several tags of the module at once; each entry of `tags` carries the tag's `id` and its new
    `name`. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.tags.{ALL|WRITE|UPDATE}`. Costs 1 API
    credit. The result is one `ActionResult` per tag ("tags updated successfully").

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        body (TagsRequest): The body of the tag writes: `tags` holds the tags to create, the new
            name of the one tag to rename, or the `id` and new name of each tag to rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
        module=module,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TagsRequest,
    module: str,
) -> TagActionResponse | ZohoError | None:
    """Rename several tags

     Renames several tags of the module at once; each entry of `tags` carries the tag's `id` and its new
    `name`. Scope `ZohoCRM.settings.ALL` or `ZohoCRM.settings.tags.{ALL|WRITE|UPDATE}`. Costs 1 API
    credit. The result is one `ActionResult` per tag ("tags updated successfully").

    Args:
        module (str): The API name of the module whose tags are meant, for example `Leads`,
            `Contacts`, `Accounts` or `Deals`. Tags belong to one module.
        body (TagsRequest): The body of the tag writes: `tags` holds the tags to create, the new
            name of the one tag to rename, or the `id` and new name of each tag to rename.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            module=module,
        )
    ).parsed
