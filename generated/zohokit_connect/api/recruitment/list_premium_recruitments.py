# generated from spec/dist/connect.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_error import ConnectError
from ...models.premium_preference_set import PremiumPreferenceSet
from ...types import Response, request_sent_for


def _get_kwargs(
    campaign: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/recruitment/premium/{campaign}".format(
            campaign=quote(str(campaign), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectError | PremiumPreferenceSet | None:
    if response.status_code == 200:
        response_200 = PremiumPreferenceSet._from_nested_json(response.json())

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
) -> Response[PremiumPreferenceSet, ConnectError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    campaign: str,
    *,
    client: AuthenticatedClient,
) -> Response[PremiumPreferenceSet, ConnectError]:
    """List premium recruitments

     Returns the logged-in recruiter's premium preferences in a campaign: which premium products, from
    which company, in which order of preference (`preferenceNumber`, 1 first). Needs a logged-in user
    (authorization-code token).

    Args:
        campaign (str): Campaign code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PremiumPreferenceSet, ConnectError]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign: str,
    *,
    client: AuthenticatedClient,
) -> ConnectError | PremiumPreferenceSet | None:
    """List premium recruitments

     Returns the logged-in recruiter's premium preferences in a campaign: which premium products, from
    which company, in which order of preference (`preferenceNumber`, 1 first). Needs a logged-in user
    (authorization-code token).

    Args:
        campaign (str): Campaign code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectError | PremiumPreferenceSet | None
    """

    return sync_detailed(
        campaign=campaign,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign: str,
    *,
    client: AuthenticatedClient,
) -> Response[PremiumPreferenceSet, ConnectError]:
    """List premium recruitments

     Returns the logged-in recruiter's premium preferences in a campaign: which premium products, from
    which company, in which order of preference (`preferenceNumber`, 1 first). Needs a logged-in user
    (authorization-code token).

    Args:
        campaign (str): Campaign code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PremiumPreferenceSet, ConnectError]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign: str,
    *,
    client: AuthenticatedClient,
) -> ConnectError | PremiumPreferenceSet | None:
    """List premium recruitments

     Returns the logged-in recruiter's premium preferences in a campaign: which premium products, from
    which company, in which order of preference (`preferenceNumber`, 1 first). Needs a logged-in user
    (authorization-code token).

    Args:
        campaign (str): Campaign code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectError | PremiumPreferenceSet | None
    """

    return (
        await asyncio_detailed(
            campaign=campaign,
            client=client,
        )
    ).parsed
