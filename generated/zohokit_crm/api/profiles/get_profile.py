# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.profiles_response import ProfilesResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


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
) -> ProfilesResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = ProfilesResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 304:
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
) -> Response[ProfilesResponse | None, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    profile_id: str,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[ProfilesResponse | None, ZohoError]:
    """Get a profile

     One profile, by id, with its permissions (`permissions_details`: name, module, display label,
    enabled) and the `sections` of the profile page with their categories. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit.

    Args:
        profile_id (str): The unique id of the profile.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProfilesResponse | None, ZohoError]
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
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> ProfilesResponse | ZohoError | None:
    """Get a profile

     One profile, by id, with its permissions (`permissions_details`: name, module, display label,
    enabled) and the `sections` of the profile page with their categories. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit.

    Args:
        profile_id (str): The unique id of the profile.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfilesResponse | ZohoError | None
    """

    return sync_detailed(
        profile_id=profile_id,
        client=client,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    profile_id: str,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[ProfilesResponse | None, ZohoError]:
    """Get a profile

     One profile, by id, with its permissions (`permissions_details`: name, module, display label,
    enabled) and the `sections` of the profile page with their categories. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit.

    Args:
        profile_id (str): The unique id of the profile.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProfilesResponse | None, ZohoError]
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
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> ProfilesResponse | ZohoError | None:
    """Get a profile

     One profile, by id, with its permissions (`permissions_details`: name, module, display label,
    enabled) and the `sections` of the profile page with their categories. Scope
    `ZohoCRM.settings.profiles.{ALL|READ}` (or `ZohoCRM.settings.ALL`). Costs 1 API credit.

    Args:
        profile_id (str): The unique id of the profile.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfilesResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            profile_id=profile_id,
            client=client,
            if_modified_since=if_modified_since,
        )
    ).parsed
