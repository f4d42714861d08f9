# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notifications_action_response import NotificationsActionResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    *,
    channel_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel_ids"] = channel_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/actions/watch",
        "params": params,
    }

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
    channel_ids: str,
) -> Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]:
    """Disable notification subscriptions

     Stops every notification of the given channels. To stop only some events of a channel, use PATCH
    with `_delete_events`. Scope `ZohoCRM.notifications.{ALL|WRITE|DELETE}`. Costs 1 API credit.

    Args:
        channel_ids (str): Comma-separated ids of the channels to unsubscribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        channel_ids=channel_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    channel_ids: str,
) -> NotificationsActionResponse | ZohoError | None:
    """Disable notification subscriptions

     Stops every notification of the given channels. To stop only some events of a channel, use PATCH
    with `_delete_events`. Scope `ZohoCRM.notifications.{ALL|WRITE|DELETE}`. Costs 1 API credit.

    Args:
        channel_ids (str): Comma-separated ids of the channels to unsubscribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsActionResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        channel_ids=channel_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    channel_ids: str,
) -> Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]:
    """Disable notification subscriptions

     Stops every notification of the given channels. To stop only some events of a channel, use PATCH
    with `_delete_events`. Scope `ZohoCRM.notifications.{ALL|WRITE|DELETE}`. Costs 1 API credit.

    Args:
        channel_ids (str): Comma-separated ids of the channels to unsubscribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationsActionResponse, NotificationsActionResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        channel_ids=channel_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    channel_ids: str,
) -> NotificationsActionResponse | ZohoError | None:
    """Disable notification subscriptions

     Stops every notification of the given channels. To stop only some events of a channel, use PATCH
    with `_delete_events`. Scope `ZohoCRM.notifications.{ALL|WRITE|DELETE}`. Costs 1 API credit.

    Args:
        channel_ids (str): Comma-separated ids of the channels to unsubscribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationsActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            channel_ids=channel_ids,
        )
    ).parsed
