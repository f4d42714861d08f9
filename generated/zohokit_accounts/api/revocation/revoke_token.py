# generated from spec/dist/accounts.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.revoke_token_request import RevokeTokenRequest
from ...models.revoke_token_response import RevokeTokenResponse
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    body: RevokeTokenRequest | Unset = UNSET,
    token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token/revoke",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RevokeTokenResponse | None:
    if response.status_code == 200:
        response_200 = RevokeTokenResponse._from_nested_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RevokeTokenResponse, None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenRequest | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[RevokeTokenResponse, None]:
    """Revoke a refresh token

     Revokes a refresh token: it can no longer be used at `POST /token`. Send it to the accounts
    server of the user's data centre, with the token as the `token` query parameter, as in
    Zoho's documentation (`POST /oauth/v2/token/revoke?token={refresh_token}`), or as `token`
    in an `application/x-www-form-urlencoded` body (`RevokeTokenRequest`), which Zoho accepts
    too. No client credentials and no bearer token are needed.

    Zoho answers HTTP 200 with `{"status": "success"}`. A refusal comes back like the errors of
    `POST /token`, with an `error` field.

    Args:
        token (str | Unset): The refresh token to revoke. Required unless the token is sent in the
            form body.
        body (RevokeTokenRequest | Unset): The form body of `POST /token/revoke`, the alternative
            to the `token` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeTokenResponse, None]
    """

    kwargs = _get_kwargs(
        body=body,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenRequest | Unset = UNSET,
    token: str | Unset = UNSET,
) -> RevokeTokenResponse | None:
    """Revoke a refresh token

     Revokes a refresh token: it can no longer be used at `POST /token`. Send it to the accounts
    server of the user's data centre, with the token as the `token` query parameter, as in
    Zoho's documentation (`POST /oauth/v2/token/revoke?token={refresh_token}`), or as `token`
    in an `application/x-www-form-urlencoded` body (`RevokeTokenRequest`), which Zoho accepts
    too. No client credentials and no bearer token are needed.

    Zoho answers HTTP 200 with `{"status": "success"}`. A refusal comes back like the errors of
    `POST /token`, with an `error` field.

    Args:
        token (str | Unset): The refresh token to revoke. Required unless the token is sent in the
            form body.
        body (RevokeTokenRequest | Unset): The form body of `POST /token/revoke`, the alternative
            to the `token` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeTokenResponse | None
    """

    return sync_detailed(
        client=client,
        body=body,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenRequest | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[RevokeTokenResponse, None]:
    """Revoke a refresh token

     Revokes a refresh token: it can no longer be used at `POST /token`. Send it to the accounts
    server of the user's data centre, with the token as the `token` query parameter, as in
    Zoho's documentation (`POST /oauth/v2/token/revoke?token={refresh_token}`), or as `token`
    in an `application/x-www-form-urlencoded` body (`RevokeTokenRequest`), which Zoho accepts
    too. No client credentials and no bearer token are needed.

    Zoho answers HTTP 200 with `{"status": "success"}`. A refusal comes back like the errors of
    `POST /token`, with an `error` field.

    Args:
        token (str | Unset): The refresh token to revoke. Required unless the token is sent in the
            form body.
        body (RevokeTokenRequest | Unset): The form body of `POST /token/revoke`, the alternative
            to the `token` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeTokenResponse, None]
    """

    kwargs = _get_kwargs(
        body=body,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeTokenRequest | Unset = UNSET,
    token: str | Unset = UNSET,
) -> RevokeTokenResponse | None:
    """Revoke a refresh token

     Revokes a refresh token: it can no longer be used at `POST /token`. Send it to the accounts
    server of the user's data centre, with the token as the `token` query parameter, as in
    Zoho's documentation (`POST /oauth/v2/token/revoke?token={refresh_token}`), or as `token`
    in an `application/x-www-form-urlencoded` body (`RevokeTokenRequest`), which Zoho accepts
    too. No client credentials and no bearer token are needed.

    Zoho answers HTTP 200 with `{"status": "success"}`. A refusal comes back like the errors of
    `POST /token`, with an `error` field.

    Args:
        token (str | Unset): The refresh token to revoke. Required unless the token is sent in the
            form body.
        body (RevokeTokenRequest | Unset): The form body of `POST /token/revoke`, the alternative
            to the `token` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeTokenResponse | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            token=token,
        )
    ).parsed
