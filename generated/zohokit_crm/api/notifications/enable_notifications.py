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
        "method": "post",
        "url": "/actions/watch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationsActionResponse | ZohoError | None:
    if response.status_code == 201:
        response_201 = NotificationsActionResponse._from_nested_json(response.json())

        return response_201

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
    """Enable instant notifications

     Subscribes channels to instant notifications of the actions (create, edit, delete) performed on the
    records of modules: from then on Zoho CRM POSTs a notification to the channel's `notify_url`
    whenever a subscribed action happens (see the `notification` callback and
    `NotificationCallbackPayload`). Each channel carries `channel_id` (mandatory; your long id for the
    channel, echoed in every notification), `events` (mandatory; `{module_api_name}.{operation}` with
    operation `create`, `edit`, `delete` or `all`, for example
    `["Leads.create","Sales_Orders.edit","Contacts.delete"]`), `notify_url` (mandatory), `token`
    (optional, at most 50 characters, echoed in every notification so that you can check it comes from
    Zoho CRM) and `channel_expiry` (optional ISO 8601 date-time, at most one day after the subscription;
    when missing or more than a day ahead the channel expires after one hour). At most 100 channels per
    request. Scope `ZohoCRM.notifications.{ALL|CREATE|WRITE}`. Costs 1 API credit. The links read,
    replace, patch and disable the channels subscribed.

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
    """Enable instant notifications

     Subscribes channels to instant notifications of the actions (create, edit, delete) performed on the
    records of modules: from then on Zoho CRM POSTs a notification to the channel's `notify_url`
    whenever a subscribed action happens (see the `notification` callback and
    `NotificationCallbackPayload`). Each channel carries `channel_id` (mandatory; your long id for the
    channel, echoed in every notification), `events` (mandatory; `{module_api_name}.{operation}` with
    operation `create`, `edit`, `delete` or `all`, for example
    `["Leads.create","Sales_Orders.edit","Contacts.delete"]`), `notify_url` (mandatory), `token`
    (optional, at most 50 characters, echoed in every notification so that you can check it comes from
    Zoho CRM) and `channel_expiry` (optional ISO 8601 date-time, at most one day after the subscription;
    when missing or more than a day ahead the channel expires after one hour). At most 100 channels per
    request. Scope `ZohoCRM.notifications.{ALL|CREATE|WRITE}`. Costs 1 API credit. The links read,
    replace, patch and disable the channels subscribed.

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
    """Enable instant notifications

     Subscribes channels to instant notifications of the actions (create, edit, delete) performed on the
    records of modules: from then on Zoho CRM POSTs a notification to the channel's `notify_url`
    whenever a subscribed action happens (see the `notification` callback and
    `NotificationCallbackPayload`). Each channel carries `channel_id` (mandatory; your long id for the
    channel, echoed in every notification), `events` (mandatory; `{module_api_name}.{operation}` with
    operation `create`, `edit`, `delete` or `all`, for example
    `["Leads.create","Sales_Orders.edit","Contacts.delete"]`), `notify_url` (mandatory), `token`
    (optional, at most 50 characters, echoed in every notification so that you can check it comes from
    Zoho CRM) and `channel_expiry` (optional ISO 8601 date-time, at most one day after the subscription;
    when missing or more than a day ahead the channel expires after one hour). At most 100 channels per
    request. Scope `ZohoCRM.notifications.{ALL|CREATE|WRITE}`. Costs 1 API credit. The links read,
    replace, patch and disable the channels subscribed.

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
    """Enable instant notifications

     Subscribes channels to instant notifications of the actions (create, edit, delete) performed on the
    records of modules: from then on Zoho CRM POSTs a notification to the channel's `notify_url`
    whenever a subscribed action happens (see the `notification` callback and
    `NotificationCallbackPayload`). Each channel carries `channel_id` (mandatory; your long id for the
    channel, echoed in every notification), `events` (mandatory; `{module_api_name}.{operation}` with
    operation `create`, `edit`, `delete` or `all`, for example
    `["Leads.create","Sales_Orders.edit","Contacts.delete"]`), `notify_url` (mandatory), `token`
    (optional, at most 50 characters, echoed in every notification so that you can check it comes from
    Zoho CRM) and `channel_expiry` (optional ISO 8601 date-time, at most one day after the subscription;
    when missing or more than a day ahead the channel expires after one hour). At most 100 channels per
    request. Scope `ZohoCRM.notifications.{ALL|CREATE|WRITE}`. Costs 1 API credit. The links read,
    replace, patch and disable the channels subscribed.

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
