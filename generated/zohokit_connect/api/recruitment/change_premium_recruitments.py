# generated from spec/dist/connect.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_error import ConnectError
from ...models.premium_preference_set import PremiumPreferenceSet
from ...models.premium_preferences_change import PremiumPreferencesChange
from ...types import Response, request_sent_for


def _get_kwargs(
    campaign: str,
    *,
    body: PremiumPreferencesChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/recruitment/premium/{campaign}".format(
            campaign=quote(str(campaign), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: PremiumPreferencesChange,
) -> Response[PremiumPreferenceSet, ConnectError]:
    """Change premium recruitments

     Replaces the logged-in recruiter's premium preferences in a campaign. Connect deletes every existing
    premium preference of this recruiter before it applies the posted ones, so the body is the complete
    new set: an empty `recruitmentPremiumPreferences` list (or none) leaves the recruiter without
    premium preferences. Needs a logged-in user (authorization-code token). The response lists the
    preferences as stored after the change.

    Args:
        campaign (str): Campaign code.
        body (PremiumPreferencesChange): The body of `POST /v1/recruitment/premium/{campaign}`:
            the recruiter's complete new set of premium preferences in the campaign. Connect deletes
            every existing premium preference of the recruiter before it applies this one, so an empty
            `recruitmentPremiumPreferences` list, or none, leaves the recruiter without premium
            preferences.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PremiumPreferenceSet, ConnectError]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign: str,
    *,
    client: AuthenticatedClient,
    body: PremiumPreferencesChange,
) -> ConnectError | PremiumPreferenceSet | None:
    """Change premium recruitments

     Replaces the logged-in recruiter's premium preferences in a campaign. Connect deletes every existing
    premium preference of this recruiter before it applies the posted ones, so the body is the complete
    new set: an empty `recruitmentPremiumPreferences` list (or none) leaves the recruiter without
    premium preferences. Needs a logged-in user (authorization-code token). The response lists the
    preferences as stored after the change.

    Args:
        campaign (str): Campaign code.
        body (PremiumPreferencesChange): The body of `POST /v1/recruitment/premium/{campaign}`:
            the recruiter's complete new set of premium preferences in the campaign. Connect deletes
            every existing premium preference of the recruiter before it applies this one, so an empty
            `recruitmentPremiumPreferences` list, or none, leaves the recruiter without premium
            preferences.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectError | PremiumPreferenceSet | None
    """

    return sync_detailed(
        campaign=campaign,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign: str,
    *,
    client: AuthenticatedClient,
    body: PremiumPreferencesChange,
) -> Response[PremiumPreferenceSet, ConnectError]:
    """Change premium recruitments

     Replaces the logged-in recruiter's premium preferences in a campaign. Connect deletes every existing
    premium preference of this recruiter before it applies the posted ones, so the body is the complete
    new set: an empty `recruitmentPremiumPreferences` list (or none) leaves the recruiter without
    premium preferences. Needs a logged-in user (authorization-code token). The response lists the
    preferences as stored after the change.

    Args:
        campaign (str): Campaign code.
        body (PremiumPreferencesChange): The body of `POST /v1/recruitment/premium/{campaign}`:
            the recruiter's complete new set of premium preferences in the campaign. Connect deletes
            every existing premium preference of the recruiter before it applies this one, so an empty
            `recruitmentPremiumPreferences` list, or none, leaves the recruiter without premium
            preferences.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PremiumPreferenceSet, ConnectError]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign: str,
    *,
    client: AuthenticatedClient,
    body: PremiumPreferencesChange,
) -> ConnectError | PremiumPreferenceSet | None:
    """Change premium recruitments

     Replaces the logged-in recruiter's premium preferences in a campaign. Connect deletes every existing
    premium preference of this recruiter before it applies the posted ones, so the body is the complete
    new set: an empty `recruitmentPremiumPreferences` list (or none) leaves the recruiter without
    premium preferences. Needs a logged-in user (authorization-code token). The response lists the
    preferences as stored after the change.

    Args:
        campaign (str): Campaign code.
        body (PremiumPreferencesChange): The body of `POST /v1/recruitment/premium/{campaign}`:
            the recruiter's complete new set of premium preferences in the campaign. Connect deletes
            every existing premium preference of the recruiter before it applies this one, so an empty
            `recruitmentPremiumPreferences` list, or none, leaves the recruiter without premium
            preferences.

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
            body=body,
        )
    ).parsed
