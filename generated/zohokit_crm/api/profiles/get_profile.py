from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profiles_response import ProfilesResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    profile_id: str,
    *,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/profiles/{profile_id}".format(
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProfilesResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = ProfilesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ZohoError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ZohoError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZohoError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ZohoError.from_dict(response.json())

        return response_404

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
) -> Response[Any | ProfilesResponse | ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | ProfilesResponse | ZohoError]:
    """Get a profile

     One profile, by id (the seed's sample: `GET /settings/profiles/2883756000000026011`), with its
    permissions (`permissions_details`: name, module, display label, enabled) and the `sections` of the
    profile page with their categories. `If-Modified-Since` is a header of Zoho's public v2 API. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit. The seed's
    sample response was lost in scraping (only its SDK samples survived); the shape is that of Zoho's
    public CRM v2 API.

    Args:
        profile_id (str):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProfilesResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    if_modified_since: str | Unset = UNSET,
) -> Any | ProfilesResponse | ZohoError | None:
    """Get a profile

     One profile, by id (the seed's sample: `GET /settings/profiles/2883756000000026011`), with its
    permissions (`permissions_details`: name, module, display label, enabled) and the `sections` of the
    profile page with their categories. `If-Modified-Since` is a header of Zoho's public v2 API. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit. The seed's
    sample response was lost in scraping (only its SDK samples survived); the shape is that of Zoho's
    public CRM v2 API.

    Args:
        profile_id (str):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProfilesResponse | ZohoError
    """

    return sync_detailed(
        profile_id=profile_id,
        client=client,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | ProfilesResponse | ZohoError]:
    """Get a profile

     One profile, by id (the seed's sample: `GET /settings/profiles/2883756000000026011`), with its
    permissions (`permissions_details`: name, module, display label, enabled) and the `sections` of the
    profile page with their categories. `If-Modified-Since` is a header of Zoho's public v2 API. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit. The seed's
    sample response was lost in scraping (only its SDK samples survived); the shape is that of Zoho's
    public CRM v2 API.

    Args:
        profile_id (str):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProfilesResponse | ZohoError]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    if_modified_since: str | Unset = UNSET,
) -> Any | ProfilesResponse | ZohoError | None:
    """Get a profile

     One profile, by id (the seed's sample: `GET /settings/profiles/2883756000000026011`), with its
    permissions (`permissions_details`: name, module, display label, enabled) and the `sections` of the
    profile page with their categories. `If-Modified-Since` is a header of Zoho's public v2 API. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit. The seed's
    sample response was lost in scraping (only its SDK samples survived); the shape is that of Zoho's
    public CRM v2 API.

    Args:
        profile_id (str):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProfilesResponse | ZohoError
    """

    return (
        await asyncio_detailed(
            profile_id=profile_id,
            client=client,
            if_modified_since=if_modified_since,
        )
    ).parsed
