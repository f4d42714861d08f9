# generated from spec/dist/accounts.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_token_grant_type import CreateTokenGrantType
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    body: TokenRequest | Unset = UNSET,
    grant_type: CreateTokenGrantType | Unset = UNSET,
    code: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_grant_type: str | Unset = UNSET
    if not isinstance(grant_type, Unset):
        json_grant_type = grant_type.value

    params["grant_type"] = json_grant_type

    params["code"] = code

    params["redirect_uri"] = redirect_uri

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    params["refresh_token"] = refresh_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenResponse._from_nested_json(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenResponse, TokenResponse]:
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
    body: TokenRequest | Unset = UNSET,
    grant_type: CreateTokenGrantType | Unset = UNSET,
    code: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
) -> Response[TokenResponse, TokenResponse]:
    """Generate or refresh an access token

     Exchanges a grant code for tokens, or a refresh token for a new access token. Send it to
    the accounts server of the user's data centre (the `accounts-server` of the authorization
    redirect).

    **Grant code → access and refresh token** (`grant_type=authorization_code`): send `code`
    (the grant code from `GET /auth`), `redirect_uri` (the one used there), `client_id`,
    `client_secret` and `grant_type`. The answer carries `access_token`, `refresh_token` (only
    when the authorization asked for `access_type=offline`), `api_domain`, `token_type` and
    the lifetime.

    **Refresh** (`grant_type=refresh_token`): send `refresh_token`, `client_id`,
    `client_secret` and `grant_type`. The answer carries a new `access_token` and no
    `refresh_token`: keep using the one you have.

    The parameters may be sent as query parameters, as in Zoho's documentation
    (`POST /oauth/v2/token?code=...&redirect_uri=...&client_id=...&client_secret=...&grant_type=authoriz
    ation_code`),
    or, as OAuth client libraries and Zoho's SDKs do, as an
    `application/x-www-form-urlencoded` body (`TokenRequest`); Zoho accepts both.

    **Lifetimes and limits.** An access token lasts one hour (`expires_in_sec: 3600`); a
    refresh token lasts until it is revoked. A user of an organization can hold at most 20
    refresh tokens: asking for a 21st fails. Each refresh token can have at most 30 live access
    tokens: the 31st deletes the oldest.

    **Errors come back as HTTP 200.** Zoho answers a refused request with status 200 and a body
    holding only `error`, for example `{"error": "invalid_code"}`: check for `error` before
    reading `access_token`. The codes include `invalid_client` (unknown client id),
    `invalid_client_secret`, `invalid_code` (a grant code that is wrong, expired or already
    used, or a refresh token that is wrong or revoked), `invalid_redirect_uri` and
    `unsupported_grant_type`. When a client asks for tokens too often, Zoho answers HTTP 400
    with `error: "Access Denied"`, `status: "failure"` and an `error_description` asking to
    retry later.

    Args:
        grant_type (CreateTokenGrantType | Unset): Query form: `authorization_code` to exchange a
            grant code, `refresh_token` to refresh. Leave the query parameters out when sending a form
            body.
        code (str | Unset): Query form, `authorization_code` grant: the grant code from the
            authorization redirect.
        redirect_uri (str | Unset): Query form, `authorization_code` grant: the redirect URI used
            in the authorization request.
        client_id (str | Unset): Query form: the client id.
        client_secret (str | Unset): Query form: the client secret.
        refresh_token (str | Unset): Query form, `refresh_token` grant: the refresh token.
        body (TokenRequest | Unset): The form body of `POST /token`. `grant_type`, `client_id` and
            `client_secret` are always needed; the rest depends on `grant_type`: `authorization_code`
            also needs `code` and `redirect_uri`, `refresh_token` also needs `refresh_token`. Zoho
            ignores other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse, TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        grant_type=grant_type,
        code=code,
        redirect_uri=redirect_uri,
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest | Unset = UNSET,
    grant_type: CreateTokenGrantType | Unset = UNSET,
    code: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
) -> TokenResponse | None:
    """Generate or refresh an access token

     Exchanges a grant code for tokens, or a refresh token for a new access token. Send it to
    the accounts server of the user's data centre (the `accounts-server` of the authorization
    redirect).

    **Grant code → access and refresh token** (`grant_type=authorization_code`): send `code`
    (the grant code from `GET /auth`), `redirect_uri` (the one used there), `client_id`,
    `client_secret` and `grant_type`. The answer carries `access_token`, `refresh_token` (only
    when the authorization asked for `access_type=offline`), `api_domain`, `token_type` and
    the lifetime.

    **Refresh** (`grant_type=refresh_token`): send `refresh_token`, `client_id`,
    `client_secret` and `grant_type`. The answer carries a new `access_token` and no
    `refresh_token`: keep using the one you have.

    The parameters may be sent as query parameters, as in Zoho's documentation
    (`POST /oauth/v2/token?code=...&redirect_uri=...&client_id=...&client_secret=...&grant_type=authoriz
    ation_code`),
    or, as OAuth client libraries and Zoho's SDKs do, as an
    `application/x-www-form-urlencoded` body (`TokenRequest`); Zoho accepts both.

    **Lifetimes and limits.** An access token lasts one hour (`expires_in_sec: 3600`); a
    refresh token lasts until it is revoked. A user of an organization can hold at most 20
    refresh tokens: asking for a 21st fails. Each refresh token can have at most 30 live access
    tokens: the 31st deletes the oldest.

    **Errors come back as HTTP 200.** Zoho answers a refused request with status 200 and a body
    holding only `error`, for example `{"error": "invalid_code"}`: check for `error` before
    reading `access_token`. The codes include `invalid_client` (unknown client id),
    `invalid_client_secret`, `invalid_code` (a grant code that is wrong, expired or already
    used, or a refresh token that is wrong or revoked), `invalid_redirect_uri` and
    `unsupported_grant_type`. When a client asks for tokens too often, Zoho answers HTTP 400
    with `error: "Access Denied"`, `status: "failure"` and an `error_description` asking to
    retry later.

    Args:
        grant_type (CreateTokenGrantType | Unset): Query form: `authorization_code` to exchange a
            grant code, `refresh_token` to refresh. Leave the query parameters out when sending a form
            body.
        code (str | Unset): Query form, `authorization_code` grant: the grant code from the
            authorization redirect.
        redirect_uri (str | Unset): Query form, `authorization_code` grant: the redirect URI used
            in the authorization request.
        client_id (str | Unset): Query form: the client id.
        client_secret (str | Unset): Query form: the client secret.
        refresh_token (str | Unset): Query form, `refresh_token` grant: the refresh token.
        body (TokenRequest | Unset): The form body of `POST /token`. `grant_type`, `client_id` and
            `client_secret` are always needed; the rest depends on `grant_type`: `authorization_code`
            also needs `code` and `redirect_uri`, `refresh_token` also needs `refresh_token`. Zoho
            ignores other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse | None
    """

    return sync_detailed(
        client=client,
        body=body,
        grant_type=grant_type,
        code=code,
        redirect_uri=redirect_uri,
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest | Unset = UNSET,
    grant_type: CreateTokenGrantType | Unset = UNSET,
    code: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
) -> Response[TokenResponse, TokenResponse]:
    """Generate or refresh an access token

     Exchanges a grant code for tokens, or a refresh token for a new access token. Send it to
    the accounts server of the user's data centre (the `accounts-server` of the authorization
    redirect).

    **Grant code → access and refresh token** (`grant_type=authorization_code`): send `code`
    (the grant code from `GET /auth`), `redirect_uri` (the one used there), `client_id`,
    `client_secret` and `grant_type`. The answer carries `access_token`, `refresh_token` (only
    when the authorization asked for `access_type=offline`), `api_domain`, `token_type` and
    the lifetime.

    **Refresh** (`grant_type=refresh_token`): send `refresh_token`, `client_id`,
    `client_secret` and `grant_type`. The answer carries a new `access_token` and no
    `refresh_token`: keep using the one you have.

    The parameters may be sent as query parameters, as in Zoho's documentation
    (`POST /oauth/v2/token?code=...&redirect_uri=...&client_id=...&client_secret=...&grant_type=authoriz
    ation_code`),
    or, as OAuth client libraries and Zoho's SDKs do, as an
    `application/x-www-form-urlencoded` body (`TokenRequest`); Zoho accepts both.

    **Lifetimes and limits.** An access token lasts one hour (`expires_in_sec: 3600`); a
    refresh token lasts until it is revoked. A user of an organization can hold at most 20
    refresh tokens: asking for a 21st fails. Each refresh token can have at most 30 live access
    tokens: the 31st deletes the oldest.

    **Errors come back as HTTP 200.** Zoho answers a refused request with status 200 and a body
    holding only `error`, for example `{"error": "invalid_code"}`: check for `error` before
    reading `access_token`. The codes include `invalid_client` (unknown client id),
    `invalid_client_secret`, `invalid_code` (a grant code that is wrong, expired or already
    used, or a refresh token that is wrong or revoked), `invalid_redirect_uri` and
    `unsupported_grant_type`. When a client asks for tokens too often, Zoho answers HTTP 400
    with `error: "Access Denied"`, `status: "failure"` and an `error_description` asking to
    retry later.

    Args:
        grant_type (CreateTokenGrantType | Unset): Query form: `authorization_code` to exchange a
            grant code, `refresh_token` to refresh. Leave the query parameters out when sending a form
            body.
        code (str | Unset): Query form, `authorization_code` grant: the grant code from the
            authorization redirect.
        redirect_uri (str | Unset): Query form, `authorization_code` grant: the redirect URI used
            in the authorization request.
        client_id (str | Unset): Query form: the client id.
        client_secret (str | Unset): Query form: the client secret.
        refresh_token (str | Unset): Query form, `refresh_token` grant: the refresh token.
        body (TokenRequest | Unset): The form body of `POST /token`. `grant_type`, `client_id` and
            `client_secret` are always needed; the rest depends on `grant_type`: `authorization_code`
            also needs `code` and `redirect_uri`, `refresh_token` also needs `refresh_token`. Zoho
            ignores other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenResponse, TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        grant_type=grant_type,
        code=code,
        redirect_uri=redirect_uri,
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest | Unset = UNSET,
    grant_type: CreateTokenGrantType | Unset = UNSET,
    code: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
) -> TokenResponse | None:
    """Generate or refresh an access token

     Exchanges a grant code for tokens, or a refresh token for a new access token. Send it to
    the accounts server of the user's data centre (the `accounts-server` of the authorization
    redirect).

    **Grant code → access and refresh token** (`grant_type=authorization_code`): send `code`
    (the grant code from `GET /auth`), `redirect_uri` (the one used there), `client_id`,
    `client_secret` and `grant_type`. The answer carries `access_token`, `refresh_token` (only
    when the authorization asked for `access_type=offline`), `api_domain`, `token_type` and
    the lifetime.

    **Refresh** (`grant_type=refresh_token`): send `refresh_token`, `client_id`,
    `client_secret` and `grant_type`. The answer carries a new `access_token` and no
    `refresh_token`: keep using the one you have.

    The parameters may be sent as query parameters, as in Zoho's documentation
    (`POST /oauth/v2/token?code=...&redirect_uri=...&client_id=...&client_secret=...&grant_type=authoriz
    ation_code`),
    or, as OAuth client libraries and Zoho's SDKs do, as an
    `application/x-www-form-urlencoded` body (`TokenRequest`); Zoho accepts both.

    **Lifetimes and limits.** An access token lasts one hour (`expires_in_sec: 3600`); a
    refresh token lasts until it is revoked. A user of an organization can hold at most 20
    refresh tokens: asking for a 21st fails. Each refresh token can have at most 30 live access
    tokens: the 31st deletes the oldest.

    **Errors come back as HTTP 200.** Zoho answers a refused request with status 200 and a body
    holding only `error`, for example `{"error": "invalid_code"}`: check for `error` before
    reading `access_token`. The codes include `invalid_client` (unknown client id),
    `invalid_client_secret`, `invalid_code` (a grant code that is wrong, expired or already
    used, or a refresh token that is wrong or revoked), `invalid_redirect_uri` and
    `unsupported_grant_type`. When a client asks for tokens too often, Zoho answers HTTP 400
    with `error: "Access Denied"`, `status: "failure"` and an `error_description` asking to
    retry later.

    Args:
        grant_type (CreateTokenGrantType | Unset): Query form: `authorization_code` to exchange a
            grant code, `refresh_token` to refresh. Leave the query parameters out when sending a form
            body.
        code (str | Unset): Query form, `authorization_code` grant: the grant code from the
            authorization redirect.
        redirect_uri (str | Unset): Query form, `authorization_code` grant: the redirect URI used
            in the authorization request.
        client_id (str | Unset): Query form: the client id.
        client_secret (str | Unset): Query form: the client secret.
        refresh_token (str | Unset): Query form, `refresh_token` grant: the refresh token.
        body (TokenRequest | Unset): The form body of `POST /token`. `grant_type`, `client_id` and
            `client_secret` are always needed; the rest depends on `grant_type`: `authorization_code`
            also needs `code` and `redirect_uri`, `refresh_token` also needs `refresh_token`. Zoho
            ignores other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenResponse | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
        )
    ).parsed
