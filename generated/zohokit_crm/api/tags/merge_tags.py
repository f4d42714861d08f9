# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tag_action_response import TagActionResponse
from ...models.tag_merge_request import TagMergeRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    tag_id: str,
    *,
    body: TagMergeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/settings/tags/{tag_id}/actions/merge".format(
            tag_id=quote(str(tag_id), safe=""),
        ),
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
) -> Response[TagActionResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
    body: TagMergeRequest,
) -> Response[TagActionResponse, ZohoError]:
    """Merge two tags

     Merges the tag given as `conflict_id` into the tag with this id: the records of both end up under
    this tag, and the other tag is removed. Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.tags.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is one `ActionResult` in
    `tags` ("tags merged successfully").

    Args:
        tag_id (str): The id of the tag (a numeric id carried as a string), as returned by `GET
            /settings/tags`.
        body (TagMergeRequest): The body of a tag merge: exactly one tag to merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_id: str,
    *,
    client: AuthenticatedClient,
    body: TagMergeRequest,
) -> TagActionResponse | ZohoError | None:
    """Merge two tags

     Merges the tag given as `conflict_id` into the tag with this id: the records of both end up under
    this tag, and the other tag is removed. Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.tags.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is one `ActionResult` in
    `tags` ("tags merged successfully").

    Args:
        tag_id (str): The id of the tag (a numeric id carried as a string), as returned by `GET
            /settings/tags`.
        body (TagMergeRequest): The body of a tag merge: exactly one tag to merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagActionResponse | ZohoError | None
    """

    return sync_detailed(
        tag_id=tag_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
    body: TagMergeRequest,
) -> Response[TagActionResponse, ZohoError]:
    """Merge two tags

     Merges the tag given as `conflict_id` into the tag with this id: the records of both end up under
    this tag, and the other tag is removed. Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.tags.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is one `ActionResult` in
    `tags` ("tags merged successfully").

    Args:
        tag_id (str): The id of the tag (a numeric id carried as a string), as returned by `GET
            /settings/tags`.
        body (TagMergeRequest): The body of a tag merge: exactly one tag to merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_id: str,
    *,
    client: AuthenticatedClient,
    body: TagMergeRequest,
) -> TagActionResponse | ZohoError | None:
    """Merge two tags

     Merges the tag given as `conflict_id` into the tag with this id: the records of both end up under
    this tag, and the other tag is removed. Scope `ZohoCRM.settings.ALL` or
    `ZohoCRM.settings.tags.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is one `ActionResult` in
    `tags` ("tags merged successfully").

    Args:
        tag_id (str): The id of the tag (a numeric id carried as a string), as returned by `GET
            /settings/tags`.
        body (TagMergeRequest): The body of a tag merge: exactly one tag to merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            tag_id=tag_id,
            client=client,
            body=body,
        )
    ).parsed
