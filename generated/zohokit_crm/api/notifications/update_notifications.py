# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notifications_action_response import NotificationsActionResponse
from ...models.notifications_request import NotificationsRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    *,
    body: NotificationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/actions/watch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationsActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = NotificationsActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> NotificationsActionResponse | ZohoError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = NotificationsActionResponse._built_whole(data)
                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ZohoError._built_whole(data)
            return response_400_type_1

        response_400 = _parse_response_400(response.json())

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
) -> Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]:
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
    body: NotificationsRequest,
) -> Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]:
    """Replace the details of notification subscriptions

     Replaces the details of subscribed channels: the details given are kept and every other detail of
    the channel is removed (use PATCH to change only some). Same keys and limits as subscribing (`token`
    at most 50 characters, `channel_expiry` at most one day ahead, one hour by default). Since PUT
    replaces a channel's details, the keys a subscription needs (`channel_id`, `events`, `notify_url`)
    are required here too. Scope `ZohoCRM.notifications.{ALL|WRITE|UPDATE}`. Costs 1 API credit.

    Args:
        body (NotificationsRequest): Body of `POST /actions/watch` and `PUT /actions/watch`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NotificationsRequest,
) -> NotificationsActionResponse | ZohoError | None:
    """Replace the details of notification subscriptions

     Replaces the details of subscribed channels: the details given are kept and every other detail of
    the channel is removed (use PATCH to change only some). Same keys and limits as subscribing (`token`
    at most 50 characters, `channel_expiry` at most one day ahead, one hour by default). Since PUT
    replaces a channel's details, the keys a subscription needs (`channel_id`, `events`, `notify_url`)
    are required here too. Scope `ZohoCRM.notifications.{ALL|WRITE|UPDATE}`. Costs 1 API credit.

    Args:
        body (NotificationsRequest): Body of `POST /actions/watch` and `PUT /actions/watch`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsActionResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationsRequest,
) -> Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]:
    """Replace the details of notification subscriptions

     Replaces the details of subscribed channels: the details given are kept and every other detail of
    the channel is removed (use PATCH to change only some). Same keys and limits as subscribing (`token`
    at most 50 characters, `channel_expiry` at most one day ahead, one hour by default). Since PUT
    replaces a channel's details, the keys a subscription needs (`channel_id`, `events`, `notify_url`)
    are required here too. Scope `ZohoCRM.notifications.{ALL|WRITE|UPDATE}`. Costs 1 API credit.

    Args:
        body (NotificationsRequest): Body of `POST /actions/watch` and `PUT /actions/watch`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotificationsRequest,
) -> NotificationsActionResponse | ZohoError | None:
    """Replace the details of notification subscriptions

     Replaces the details of subscribed channels: the details given are kept and every other detail of
    the channel is removed (use PATCH to change only some). Same keys and limits as subscribing (`token`
    at most 50 characters, `channel_expiry` at most one day ahead, one hour by default). Since PUT
    replaces a channel's details, the keys a subscription needs (`channel_id`, `events`, `notify_url`)
    are required here too. Scope `ZohoCRM.notifications.{ALL|WRITE|UPDATE}`. Costs 1 API credit.

    Args:
        body (NotificationsRequest): Body of `POST /actions/watch` and `PUT /actions/watch`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
