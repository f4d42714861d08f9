# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notifications_response import NotificationsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    channel_id: str | Unset = UNSET,
    module: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["channel_id"] = channel_id

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions/watch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = NotificationsResponse._from_nested_json(response.json())

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
) -> Response[NotificationsResponse | None, ZohoError]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    channel_id: str | Unset = UNSET,
    module: str | Unset = UNSET,
) -> Response[NotificationsResponse | None, ZohoError]:
    """List notification subscriptions

     The user's notification subscriptions, one entry per channel and module, filtered by `channel_id`
    and `module` and paged with `page` / `per_page` (default 1 and 200, at most 200 per page: to get 400
    subscriptions ask for pages 1 to 4 with `per_page=100`, or read on while `info.more_records` is
    true). `channel_id` is optional: without it every subscription is listed. Scope
    `ZohoCRM.notifications.{ALL|READ}`. Costs 1 API credit.

    Args:
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        channel_id (str | Unset): Only the subscriptions of this channel (its numeric id).
        module (str | Unset): Only the subscriptions of this module (its API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        channel_id=channel_id,
        module=module,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    channel_id: str | Unset = UNSET,
    module: str | Unset = UNSET,
) -> NotificationsResponse | ZohoError | None:
    """List notification subscriptions

     The user's notification subscriptions, one entry per channel and module, filtered by `channel_id`
    and `module` and paged with `page` / `per_page` (default 1 and 200, at most 200 per page: to get 400
    subscriptions ask for pages 1 to 4 with `per_page=100`, or read on while `info.more_records` is
    true). `channel_id` is optional: without it every subscription is listed. Scope
    `ZohoCRM.notifications.{ALL|READ}`. Costs 1 API credit.

    Args:
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        channel_id (str | Unset): Only the subscriptions of this channel (its numeric id).
        module (str | Unset): Only the subscriptions of this module (its API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        channel_id=channel_id,
        module=module,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    channel_id: str | Unset = UNSET,
    module: str | Unset = UNSET,
) -> Response[NotificationsResponse | None, ZohoError]:
    """List notification subscriptions

     The user's notification subscriptions, one entry per channel and module, filtered by `channel_id`
    and `module` and paged with `page` / `per_page` (default 1 and 200, at most 200 per page: to get 400
    subscriptions ask for pages 1 to 4 with `per_page=100`, or read on while `info.more_records` is
    true). `channel_id` is optional: without it every subscription is listed. Scope
    `ZohoCRM.notifications.{ALL|READ}`. Costs 1 API credit.

    Args:
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        channel_id (str | Unset): Only the subscriptions of this channel (its numeric id).
        module (str | Unset): Only the subscriptions of this module (its API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        channel_id=channel_id,
        module=module,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    channel_id: str | Unset = UNSET,
    module: str | Unset = UNSET,
) -> NotificationsResponse | ZohoError | None:
    """List notification subscriptions

     The user's notification subscriptions, one entry per channel and module, filtered by `channel_id`
    and `module` and paged with `page` / `per_page` (default 1 and 200, at most 200 per page: to get 400
    subscriptions ask for pages 1 to 4 with `per_page=100`, or read on while `info.more_records` is
    true). `channel_id` is optional: without it every subscription is listed. Scope
    `ZohoCRM.notifications.{ALL|READ}`. Costs 1 API credit.

    Args:
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        channel_id (str | Unset): Only the subscriptions of this channel (its numeric id).
        module (str | Unset): Only the subscriptions of this module (its API name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            channel_id=channel_id,
            module=module,
        )
    ).parsed
