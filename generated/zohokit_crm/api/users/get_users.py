# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_users_type import GetUsersType
from ...models.users_response import UsersResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    type_: GetUsersType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UsersResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = UsersResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 204:
        return None
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
) -> Response[UsersResponse | None, ZohoError]:
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
    type_: GetUsersType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[UsersResponse | None, ZohoError]:
    """List users

     The users of the organisation (the people allowed to access and manage CRM records), filtered by
    `type` and paged with `page` / `per_page` (at most 200 per page; read on while `info.more_records`
    is true). Each user carries its role, profile, locale and formatting preferences, theme, `confirm`
    and `status`. Scope `ZohoCRM.users.{ALL|READ}` (ALL: full access to users; READ: read users). Costs
    1 API credit.

    Args:
        type_ (GetUsersType | Unset): Which users to list: `AllUsers` (everyone, active and
            inactive), `ActiveUsers`, `DeactiveUsers`, `ConfirmedUsers`, `NotConfirmedUsers`,
            `DeletedUsers`, `ActiveConfirmedUsers`, `AdminUsers`, `ActiveConfirmedAdmins` (confirmed
            users with administrator rights) or `CurrentUser` (the user the token belongs to).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        Response[UsersResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: GetUsersType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> UsersResponse | ZohoError | None:
    """List users

     The users of the organisation (the people allowed to access and manage CRM records), filtered by
    `type` and paged with `page` / `per_page` (at most 200 per page; read on while `info.more_records`
    is true). Each user carries its role, profile, locale and formatting preferences, theme, `confirm`
    and `status`. Scope `ZohoCRM.users.{ALL|READ}` (ALL: full access to users; READ: read users). Costs
    1 API credit.

    Args:
        type_ (GetUsersType | Unset): Which users to list: `AllUsers` (everyone, active and
            inactive), `ActiveUsers`, `DeactiveUsers`, `ConfirmedUsers`, `NotConfirmedUsers`,
            `DeletedUsers`, `ActiveConfirmedUsers`, `AdminUsers`, `ActiveConfirmedAdmins` (confirmed
            users with administrator rights) or `CurrentUser` (the user the token belongs to).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        UsersResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        type_=type_,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: GetUsersType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[UsersResponse | None, ZohoError]:
    """List users

     The users of the organisation (the people allowed to access and manage CRM records), filtered by
    `type` and paged with `page` / `per_page` (at most 200 per page; read on while `info.more_records`
    is true). Each user carries its role, profile, locale and formatting preferences, theme, `confirm`
    and `status`. Scope `ZohoCRM.users.{ALL|READ}` (ALL: full access to users; READ: read users). Costs
    1 API credit.

    Args:
        type_ (GetUsersType | Unset): Which users to list: `AllUsers` (everyone, active and
            inactive), `ActiveUsers`, `DeactiveUsers`, `ConfirmedUsers`, `NotConfirmedUsers`,
            `DeletedUsers`, `ActiveConfirmedUsers`, `AdminUsers`, `ActiveConfirmedAdmins` (confirmed
            users with administrator rights) or `CurrentUser` (the user the token belongs to).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        Response[UsersResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        type_=type_,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: GetUsersType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> UsersResponse | ZohoError | None:
    """List users

     The users of the organisation (the people allowed to access and manage CRM records), filtered by
    `type` and paged with `page` / `per_page` (at most 200 per page; read on while `info.more_records`
    is true). Each user carries its role, profile, locale and formatting preferences, theme, `confirm`
    and `status`. Scope `ZohoCRM.users.{ALL|READ}` (ALL: full access to users; READ: read users). Costs
    1 API credit.

    Args:
        type_ (GetUsersType | Unset): Which users to list: `AllUsers` (everyone, active and
            inactive), `ActiveUsers`, `DeactiveUsers`, `ConfirmedUsers`, `NotConfirmedUsers`,
            `DeletedUsers`, `ActiveConfirmedUsers`, `AdminUsers`, `ActiveConfirmedAdmins` (confirmed
            users with administrator rights) or `CurrentUser` (the user the token belongs to).
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
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
        UsersResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            page=page,
            per_page=per_page,
            if_modified_since=if_modified_since,
        )
    ).parsed
