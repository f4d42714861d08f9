# generated from spec/dist/connect.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_error import ConnectError
from ...models.recruitment_overview import RecruitmentOverview
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    campaign: str,
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    ascending: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["ascending"] = ascending

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/recruitment/{campaign}".format(
            campaign=quote(str(campaign), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectError | RecruitmentOverview | None:
    if response.status_code == 200:
        response_200 = RecruitmentOverview._from_nested_json(response.json())

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
) -> Response[RecruitmentOverview, ConnectError]:
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
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    ascending: bool | Unset = UNSET,
) -> Response[RecruitmentOverview, ConnectError]:
    """List recruitments

     Returns the logged-in recruiter's recruitments in a campaign, the recruitments not yet verified, the
    points the recruiter (customer) has, and the products valid for recruitment in the campaign. Needs a
    logged-in user (authorization-code token).

    Page with `limit` (default 50) and `offset` (default 0): ask for the next page with `offset + limit`
    until a page comes back shorter than `limit`. `ascending` chooses the sort order.

    Args:
        campaign (str): Campaign code.
        limit (int | Unset): Maximum number of records to return. Page through the lists with
            `offset`: the next page starts at `offset + limit`. Default: 50.
        offset (int | Unset): Number of records to skip before the first one returned. Default: 0.
        ascending (bool | Unset): Sort order of the returned recruitments: `true` ascending,
            `false` descending. Connect does not document the sort key or the order used when the
            parameter is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitmentOverview, ConnectError]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        limit=limit,
        offset=offset,
        ascending=ascending,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    ascending: bool | Unset = UNSET,
) -> ConnectError | RecruitmentOverview | None:
    """List recruitments

     Returns the logged-in recruiter's recruitments in a campaign, the recruitments not yet verified, the
    points the recruiter (customer) has, and the products valid for recruitment in the campaign. Needs a
    logged-in user (authorization-code token).

    Page with `limit` (default 50) and `offset` (default 0): ask for the next page with `offset + limit`
    until a page comes back shorter than `limit`. `ascending` chooses the sort order.

    Args:
        campaign (str): Campaign code.
        limit (int | Unset): Maximum number of records to return. Page through the lists with
            `offset`: the next page starts at `offset + limit`. Default: 50.
        offset (int | Unset): Number of records to skip before the first one returned. Default: 0.
        ascending (bool | Unset): Sort order of the returned recruitments: `true` ascending,
            `false` descending. Connect does not document the sort key or the order used when the
            parameter is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectError | RecruitmentOverview | None
    """

    return sync_detailed(
        campaign=campaign,
        client=client,
        limit=limit,
        offset=offset,
        ascending=ascending,
    ).parsed


async def asyncio_detailed(
    campaign: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    ascending: bool | Unset = UNSET,
) -> Response[RecruitmentOverview, ConnectError]:
    """List recruitments

     Returns the logged-in recruiter's recruitments in a campaign, the recruitments not yet verified, the
    points the recruiter (customer) has, and the products valid for recruitment in the campaign. Needs a
    logged-in user (authorization-code token).

    Page with `limit` (default 50) and `offset` (default 0): ask for the next page with `offset + limit`
    until a page comes back shorter than `limit`. `ascending` chooses the sort order.

    Args:
        campaign (str): Campaign code.
        limit (int | Unset): Maximum number of records to return. Page through the lists with
            `offset`: the next page starts at `offset + limit`. Default: 50.
        offset (int | Unset): Number of records to skip before the first one returned. Default: 0.
        ascending (bool | Unset): Sort order of the returned recruitments: `true` ascending,
            `false` descending. Connect does not document the sort key or the order used when the
            parameter is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitmentOverview, ConnectError]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        limit=limit,
        offset=offset,
        ascending=ascending,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    ascending: bool | Unset = UNSET,
) -> ConnectError | RecruitmentOverview | None:
    """List recruitments

     Returns the logged-in recruiter's recruitments in a campaign, the recruitments not yet verified, the
    points the recruiter (customer) has, and the products valid for recruitment in the campaign. Needs a
    logged-in user (authorization-code token).

    Page with `limit` (default 50) and `offset` (default 0): ask for the next page with `offset + limit`
    until a page comes back shorter than `limit`. `ascending` chooses the sort order.

    Args:
        campaign (str): Campaign code.
        limit (int | Unset): Maximum number of records to return. Page through the lists with
            `offset`: the next page starts at `offset + limit`. Default: 50.
        offset (int | Unset): Number of records to skip before the first one returned. Default: 0.
        ascending (bool | Unset): Sort order of the returned recruitments: `true` ascending,
            `false` descending. Connect does not document the sort key or the order used when the
            parameter is left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectError | RecruitmentOverview | None
    """

    return (
        await asyncio_detailed(
            campaign=campaign,
            client=client,
            limit=limit,
            offset=offset,
            ascending=ascending,
        )
    ).parsed
