# generated from spec/dist/connect.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_recruitment_registration import ClientRecruitmentRegistration
from ...models.connect_error import ConnectError
from ...models.recruitment_status import RecruitmentStatus
from ...types import Response, request_sent_for


def _get_kwargs(
    *,
    body: ClientRecruitmentRegistration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/client/recruitment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectError | RecruitmentStatus | None:
    if response.status_code == 200:
        response_200 = RecruitmentStatus._from_nested_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ConnectError._from_nested_json(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ConnectError._from_nested_json(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ConnectError._from_nested_json(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RecruitmentStatus, ConnectError]:
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
    body: ClientRecruitmentRegistration,
) -> Response[RecruitmentStatus, ConnectError]:
    """Register recruitment - client mode

     Registers a recruitment without a logged-in user: only the client is authenticated, with a client-
    credentials token. The recruiter and the persons recruited are created in Connect and the
    recruitment is processed as an order.

    Send the subscription `product` (at most 12 characters; it must be a subscription product), the
    `campaign` code (at most 12 characters), the `recruiter` and the list of `recruitments` (one entry
    per recruited person), all required. `recruitmentPremiumPreferences` is optional and replaces: leave
    it out to keep the recruiter's existing premium preferences; send a list, even an empty one, to
    replace them (an empty list removes them all).

    Connect answers `{"status": "ok"}` once the registration is received and processed.

    Args:
        body (ClientRecruitmentRegistration): A recruitment registered in client mode (`POST
            /v1/client/recruitment`): one recruiter signs up one or more persons for a subscription
            product in a campaign. Connect creates the recruiter and the recruited persons as
            customers and processes the recruitment as an order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitmentStatus, ConnectError]
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
    body: ClientRecruitmentRegistration,
) -> ConnectError | RecruitmentStatus | None:
    """Register recruitment - client mode

     Registers a recruitment without a logged-in user: only the client is authenticated, with a client-
    credentials token. The recruiter and the persons recruited are created in Connect and the
    recruitment is processed as an order.

    Send the subscription `product` (at most 12 characters; it must be a subscription product), the
    `campaign` code (at most 12 characters), the `recruiter` and the list of `recruitments` (one entry
    per recruited person), all required. `recruitmentPremiumPreferences` is optional and replaces: leave
    it out to keep the recruiter's existing premium preferences; send a list, even an empty one, to
    replace them (an empty list removes them all).

    Connect answers `{"status": "ok"}` once the registration is received and processed.

    Args:
        body (ClientRecruitmentRegistration): A recruitment registered in client mode (`POST
            /v1/client/recruitment`): one recruiter signs up one or more persons for a subscription
            product in a campaign. Connect creates the recruiter and the recruited persons as
            customers and processes the recruitment as an order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectError | RecruitmentStatus | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientRecruitmentRegistration,
) -> Response[RecruitmentStatus, ConnectError]:
    """Register recruitment - client mode

     Registers a recruitment without a logged-in user: only the client is authenticated, with a client-
    credentials token. The recruiter and the persons recruited are created in Connect and the
    recruitment is processed as an order.

    Send the subscription `product` (at most 12 characters; it must be a subscription product), the
    `campaign` code (at most 12 characters), the `recruiter` and the list of `recruitments` (one entry
    per recruited person), all required. `recruitmentPremiumPreferences` is optional and replaces: leave
    it out to keep the recruiter's existing premium preferences; send a list, even an empty one, to
    replace them (an empty list removes them all).

    Connect answers `{"status": "ok"}` once the registration is received and processed.

    Args:
        body (ClientRecruitmentRegistration): A recruitment registered in client mode (`POST
            /v1/client/recruitment`): one recruiter signs up one or more persons for a subscription
            product in a campaign. Connect creates the recruiter and the recruited persons as
            customers and processes the recruitment as an order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitmentStatus, ConnectError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClientRecruitmentRegistration,
) -> ConnectError | RecruitmentStatus | None:
    """Register recruitment - client mode

     Registers a recruitment without a logged-in user: only the client is authenticated, with a client-
    credentials token. The recruiter and the persons recruited are created in Connect and the
    recruitment is processed as an order.

    Send the subscription `product` (at most 12 characters; it must be a subscription product), the
    `campaign` code (at most 12 characters), the `recruiter` and the list of `recruitments` (one entry
    per recruited person), all required. `recruitmentPremiumPreferences` is optional and replaces: leave
    it out to keep the recruiter's existing premium preferences; send a list, even an empty one, to
    replace them (an empty list removes them all).

    Connect answers `{"status": "ok"}` once the registration is received and processed.

    Args:
        body (ClientRecruitmentRegistration): A recruitment registered in client mode (`POST
            /v1/client/recruitment`): one recruiter signs up one or more persons for a subscription
            product in a campaign. Connect creates the recruiter and the recruited persons as
            customers and processes the recruitment as an order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectError | RecruitmentStatus | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
