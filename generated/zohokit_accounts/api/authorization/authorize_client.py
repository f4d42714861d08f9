# generated from spec/dist/accounts.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_client_access_type import AuthorizeClientAccessType
from ...models.authorize_client_prompt import AuthorizeClientPrompt
from ...models.authorize_client_response_type import AuthorizeClientResponseType
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    scope: str,
    client_id: str,
    response_type: AuthorizeClientResponseType,
    access_type: AuthorizeClientAccessType | Unset = AuthorizeClientAccessType.ONLINE,
    redirect_uri: str,
    prompt: AuthorizeClientPrompt | Unset = UNSET,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params["client_id"] = client_id

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    json_access_type: str | Unset = UNSET
    if not isinstance(access_type, Unset):
        json_access_type = access_type.value

    params["access_type"] = json_access_type

    params["redirect_uri"] = redirect_uri

    json_prompt: str | Unset = UNSET
    if not isinstance(prompt, Unset):
        json_prompt = prompt.value

    params["prompt"] = json_prompt

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 302:
        return None
    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str | None, str]:
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
    scope: str,
    client_id: str,
    response_type: AuthorizeClientResponseType,
    access_type: AuthorizeClientAccessType | Unset = AuthorizeClientAccessType.ONLINE,
    redirect_uri: str,
    prompt: AuthorizeClientPrompt | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[str | None, str]:
    """Request a grant code (authorization request)

     The first step of the authorization-code flow. Send the user's browser to this URL (do not
    call it from a server): Zoho signs the user in, shows the consent screen for the requested
    scopes, and then redirects the browser to your `redirect_uri` with a one-time grant code:

    `{redirect_uri}?state={state}&code={grant_token}&location={dc}&accounts-server={accounts server,
    URL-encoded}`

    - `code`: the grant code. Exchange it at `POST /token` with
      `grant_type=authorization_code` at once: it is valid for about a minute and only once.
    - `location`: the user's data centre (`us`, `eu`, `cn`, `in`, `au`, `jp`, `ca`, `sa`, ...).
    - `accounts-server`: the accounts server of that data centre, for example
      `https://accounts.zoho.com.cn`. Send `POST /token` there (with `/oauth/v2`), not to the
      server you started at.
    - `state`: your `state` value, returned unchanged when you sent one.

    If the user denies access, the redirect carries `error=access_denied` instead of `code`.

    **Scopes** are `{service}.{scope name}.{operation}` and are sent comma-separated, for
    example `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL`. The operation is `ALL`, `READ`,
    `CREATE`, `UPDATE` or `DELETE`. Zoho CRM's scope names:

    | scope name | the scopes it contains |
    |---|---|
    | `users` | `users.all` |
    | `org` | `org.all` |
    | `settings` | `settings.all`, `settings.territories`, `settings.custom_views`,
    `settings.related_lists`, `settings.modules`, `settings.tab_groups`, `settings.fields`,
    `settings.layouts`, `settings.macros`, `settings.custom_links`, `settings.custom_buttons`,
    `settings.roles`, `settings.profiles` |
    | `modules` | `modules.all`, `modules.approvals`, `modules.leads`, `modules.accounts`,
    `modules.contacts`, `modules.deals`, `modules.campaigns`, `modules.tasks`, `modules.cases`,
    `modules.events`, `modules.calls`, `modules.solutions`, `modules.products`, `modules.vendors`,
    `modules.pricebooks`, `modules.quotes`, `modules.salesorders`, `modules.purchaseorders`,
    `modules.invoices`, `modules.custom`, `modules.dashboards`, `modules.notes`, `modules.activities`,
    `modules.search` |

    A group scope such as `ZohoCRM.modules.ALL` covers every module (or `ZohoCRM.modules.READ`
    read-only access to every module); a single-module scope such as `ZohoCRM.modules.leads.ALL`
    or `ZohoCRM.modules.leads.READ` covers one module. Other Zoho services use the same form
    with their own service name, for example `ZohoCRM.bulk.ALL` (bulk read),
    `ZohoCRM.notifications.ALL`, `ZohoRecruit.modules.ALL` and `ZohoBigin.modules.ALL`.

    Args:
        scope (str): The scopes to request, comma-separated, for example
            `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL` (see the scope table above).
        client_id (str): The client id Zoho issued when the application was registered in the API
            console.
        response_type (AuthorizeClientResponseType): Always `code`.
        access_type (AuthorizeClientAccessType | Unset): `offline` to receive a refresh token
            besides the access token at `POST /token`; `online` (the default) for an access token
            only. With `offline`, Zoho issues the refresh token on the user's first consent; add
            `prompt=consent` to get a new one on later authorizations. Default:
            AuthorizeClientAccessType.ONLINE.
        redirect_uri (str): Where Zoho sends the browser with the grant code: exactly one of the
            redirect URIs registered for the client.
        prompt (AuthorizeClientPrompt | Unset): `consent` makes Zoho show the consent screen even
            if the user has already authorized the client, and issue a new refresh token (with
            `access_type=offline`).
        state (str | Unset): An opaque value Zoho returns unchanged in the redirect; use it to tie
            the redirect to the browser session that started it (CSRF protection).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | None, str]
    """

    kwargs = _get_kwargs(
        scope=scope,
        client_id=client_id,
        response_type=response_type,
        access_type=access_type,
        redirect_uri=redirect_uri,
        prompt=prompt,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope: str,
    client_id: str,
    response_type: AuthorizeClientResponseType,
    access_type: AuthorizeClientAccessType | Unset = AuthorizeClientAccessType.ONLINE,
    redirect_uri: str,
    prompt: AuthorizeClientPrompt | Unset = UNSET,
    state: str | Unset = UNSET,
) -> str | None:
    """Request a grant code (authorization request)

     The first step of the authorization-code flow. Send the user's browser to this URL (do not
    call it from a server): Zoho signs the user in, shows the consent screen for the requested
    scopes, and then redirects the browser to your `redirect_uri` with a one-time grant code:

    `{redirect_uri}?state={state}&code={grant_token}&location={dc}&accounts-server={accounts server,
    URL-encoded}`

    - `code`: the grant code. Exchange it at `POST /token` with
      `grant_type=authorization_code` at once: it is valid for about a minute and only once.
    - `location`: the user's data centre (`us`, `eu`, `cn`, `in`, `au`, `jp`, `ca`, `sa`, ...).
    - `accounts-server`: the accounts server of that data centre, for example
      `https://accounts.zoho.com.cn`. Send `POST /token` there (with `/oauth/v2`), not to the
      server you started at.
    - `state`: your `state` value, returned unchanged when you sent one.

    If the user denies access, the redirect carries `error=access_denied` instead of `code`.

    **Scopes** are `{service}.{scope name}.{operation}` and are sent comma-separated, for
    example `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL`. The operation is `ALL`, `READ`,
    `CREATE`, `UPDATE` or `DELETE`. Zoho CRM's scope names:

    | scope name | the scopes it contains |
    |---|---|
    | `users` | `users.all` |
    | `org` | `org.all` |
    | `settings` | `settings.all`, `settings.territories`, `settings.custom_views`,
    `settings.related_lists`, `settings.modules`, `settings.tab_groups`, `settings.fields`,
    `settings.layouts`, `settings.macros`, `settings.custom_links`, `settings.custom_buttons`,
    `settings.roles`, `settings.profiles` |
    | `modules` | `modules.all`, `modules.approvals`, `modules.leads`, `modules.accounts`,
    `modules.contacts`, `modules.deals`, `modules.campaigns`, `modules.tasks`, `modules.cases`,
    `modules.events`, `modules.calls`, `modules.solutions`, `modules.products`, `modules.vendors`,
    `modules.pricebooks`, `modules.quotes`, `modules.salesorders`, `modules.purchaseorders`,
    `modules.invoices`, `modules.custom`, `modules.dashboards`, `modules.notes`, `modules.activities`,
    `modules.search` |

    A group scope such as `ZohoCRM.modules.ALL` covers every module (or `ZohoCRM.modules.READ`
    read-only access to every module); a single-module scope such as `ZohoCRM.modules.leads.ALL`
    or `ZohoCRM.modules.leads.READ` covers one module. Other Zoho services use the same form
    with their own service name, for example `ZohoCRM.bulk.ALL` (bulk read),
    `ZohoCRM.notifications.ALL`, `ZohoRecruit.modules.ALL` and `ZohoBigin.modules.ALL`.

    Args:
        scope (str): The scopes to request, comma-separated, for example
            `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL` (see the scope table above).
        client_id (str): The client id Zoho issued when the application was registered in the API
            console.
        response_type (AuthorizeClientResponseType): Always `code`.
        access_type (AuthorizeClientAccessType | Unset): `offline` to receive a refresh token
            besides the access token at `POST /token`; `online` (the default) for an access token
            only. With `offline`, Zoho issues the refresh token on the user's first consent; add
            `prompt=consent` to get a new one on later authorizations. Default:
            AuthorizeClientAccessType.ONLINE.
        redirect_uri (str): Where Zoho sends the browser with the grant code: exactly one of the
            redirect URIs registered for the client.
        prompt (AuthorizeClientPrompt | Unset): `consent` makes Zoho show the consent screen even
            if the user has already authorized the client, and issue a new refresh token (with
            `access_type=offline`).
        state (str | Unset): An opaque value Zoho returns unchanged in the redirect; use it to tie
            the redirect to the browser session that started it (CSRF protection).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | None
    """

    return sync_detailed(
        client=client,
        scope=scope,
        client_id=client_id,
        response_type=response_type,
        access_type=access_type,
        redirect_uri=redirect_uri,
        prompt=prompt,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: str,
    client_id: str,
    response_type: AuthorizeClientResponseType,
    access_type: AuthorizeClientAccessType | Unset = AuthorizeClientAccessType.ONLINE,
    redirect_uri: str,
    prompt: AuthorizeClientPrompt | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[str | None, str]:
    """Request a grant code (authorization request)

     The first step of the authorization-code flow. Send the user's browser to this URL (do not
    call it from a server): Zoho signs the user in, shows the consent screen for the requested
    scopes, and then redirects the browser to your `redirect_uri` with a one-time grant code:

    `{redirect_uri}?state={state}&code={grant_token}&location={dc}&accounts-server={accounts server,
    URL-encoded}`

    - `code`: the grant code. Exchange it at `POST /token` with
      `grant_type=authorization_code` at once: it is valid for about a minute and only once.
    - `location`: the user's data centre (`us`, `eu`, `cn`, `in`, `au`, `jp`, `ca`, `sa`, ...).
    - `accounts-server`: the accounts server of that data centre, for example
      `https://accounts.zoho.com.cn`. Send `POST /token` there (with `/oauth/v2`), not to the
      server you started at.
    - `state`: your `state` value, returned unchanged when you sent one.

    If the user denies access, the redirect carries `error=access_denied` instead of `code`.

    **Scopes** are `{service}.{scope name}.{operation}` and are sent comma-separated, for
    example `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL`. The operation is `ALL`, `READ`,
    `CREATE`, `UPDATE` or `DELETE`. Zoho CRM's scope names:

    | scope name | the scopes it contains |
    |---|---|
    | `users` | `users.all` |
    | `org` | `org.all` |
    | `settings` | `settings.all`, `settings.territories`, `settings.custom_views`,
    `settings.related_lists`, `settings.modules`, `settings.tab_groups`, `settings.fields`,
    `settings.layouts`, `settings.macros`, `settings.custom_links`, `settings.custom_buttons`,
    `settings.roles`, `settings.profiles` |
    | `modules` | `modules.all`, `modules.approvals`, `modules.leads`, `modules.accounts`,
    `modules.contacts`, `modules.deals`, `modules.campaigns`, `modules.tasks`, `modules.cases`,
    `modules.events`, `modules.calls`, `modules.solutions`, `modules.products`, `modules.vendors`,
    `modules.pricebooks`, `modules.quotes`, `modules.salesorders`, `modules.purchaseorders`,
    `modules.invoices`, `modules.custom`, `modules.dashboards`, `modules.notes`, `modules.activities`,
    `modules.search` |

    A group scope such as `ZohoCRM.modules.ALL` covers every module (or `ZohoCRM.modules.READ`
    read-only access to every module); a single-module scope such as `ZohoCRM.modules.leads.ALL`
    or `ZohoCRM.modules.leads.READ` covers one module. Other Zoho services use the same form
    with their own service name, for example `ZohoCRM.bulk.ALL` (bulk read),
    `ZohoCRM.notifications.ALL`, `ZohoRecruit.modules.ALL` and `ZohoBigin.modules.ALL`.

    Args:
        scope (str): The scopes to request, comma-separated, for example
            `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL` (see the scope table above).
        client_id (str): The client id Zoho issued when the application was registered in the API
            console.
        response_type (AuthorizeClientResponseType): Always `code`.
        access_type (AuthorizeClientAccessType | Unset): `offline` to receive a refresh token
            besides the access token at `POST /token`; `online` (the default) for an access token
            only. With `offline`, Zoho issues the refresh token on the user's first consent; add
            `prompt=consent` to get a new one on later authorizations. Default:
            AuthorizeClientAccessType.ONLINE.
        redirect_uri (str): Where Zoho sends the browser with the grant code: exactly one of the
            redirect URIs registered for the client.
        prompt (AuthorizeClientPrompt | Unset): `consent` makes Zoho show the consent screen even
            if the user has already authorized the client, and issue a new refresh token (with
            `access_type=offline`).
        state (str | Unset): An opaque value Zoho returns unchanged in the redirect; use it to tie
            the redirect to the browser session that started it (CSRF protection).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | None, str]
    """

    kwargs = _get_kwargs(
        scope=scope,
        client_id=client_id,
        response_type=response_type,
        access_type=access_type,
        redirect_uri=redirect_uri,
        prompt=prompt,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope: str,
    client_id: str,
    response_type: AuthorizeClientResponseType,
    access_type: AuthorizeClientAccessType | Unset = AuthorizeClientAccessType.ONLINE,
    redirect_uri: str,
    prompt: AuthorizeClientPrompt | Unset = UNSET,
    state: str | Unset = UNSET,
) -> str | None:
    """Request a grant code (authorization request)

     The first step of the authorization-code flow. Send the user's browser to this URL (do not
    call it from a server): Zoho signs the user in, shows the consent screen for the requested
    scopes, and then redirects the browser to your `redirect_uri` with a one-time grant code:

    `{redirect_uri}?state={state}&code={grant_token}&location={dc}&accounts-server={accounts server,
    URL-encoded}`

    - `code`: the grant code. Exchange it at `POST /token` with
      `grant_type=authorization_code` at once: it is valid for about a minute and only once.
    - `location`: the user's data centre (`us`, `eu`, `cn`, `in`, `au`, `jp`, `ca`, `sa`, ...).
    - `accounts-server`: the accounts server of that data centre, for example
      `https://accounts.zoho.com.cn`. Send `POST /token` there (with `/oauth/v2`), not to the
      server you started at.
    - `state`: your `state` value, returned unchanged when you sent one.

    If the user denies access, the redirect carries `error=access_denied` instead of `code`.

    **Scopes** are `{service}.{scope name}.{operation}` and are sent comma-separated, for
    example `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL`. The operation is `ALL`, `READ`,
    `CREATE`, `UPDATE` or `DELETE`. Zoho CRM's scope names:

    | scope name | the scopes it contains |
    |---|---|
    | `users` | `users.all` |
    | `org` | `org.all` |
    | `settings` | `settings.all`, `settings.territories`, `settings.custom_views`,
    `settings.related_lists`, `settings.modules`, `settings.tab_groups`, `settings.fields`,
    `settings.layouts`, `settings.macros`, `settings.custom_links`, `settings.custom_buttons`,
    `settings.roles`, `settings.profiles` |
    | `modules` | `modules.all`, `modules.approvals`, `modules.leads`, `modules.accounts`,
    `modules.contacts`, `modules.deals`, `modules.campaigns`, `modules.tasks`, `modules.cases`,
    `modules.events`, `modules.calls`, `modules.solutions`, `modules.products`, `modules.vendors`,
    `modules.pricebooks`, `modules.quotes`, `modules.salesorders`, `modules.purchaseorders`,
    `modules.invoices`, `modules.custom`, `modules.dashboards`, `modules.notes`, `modules.activities`,
    `modules.search` |

    A group scope such as `ZohoCRM.modules.ALL` covers every module (or `ZohoCRM.modules.READ`
    read-only access to every module); a single-module scope such as `ZohoCRM.modules.leads.ALL`
    or `ZohoCRM.modules.leads.READ` covers one module. Other Zoho services use the same form
    with their own service name, for example `ZohoCRM.bulk.ALL` (bulk read),
    `ZohoCRM.notifications.ALL`, `ZohoRecruit.modules.ALL` and `ZohoBigin.modules.ALL`.

    Args:
        scope (str): The scopes to request, comma-separated, for example
            `ZohoCRM.modules.ALL,ZohoCRM.settings.ALL` (see the scope table above).
        client_id (str): The client id Zoho issued when the application was registered in the API
            console.
        response_type (AuthorizeClientResponseType): Always `code`.
        access_type (AuthorizeClientAccessType | Unset): `offline` to receive a refresh token
            besides the access token at `POST /token`; `online` (the default) for an access token
            only. With `offline`, Zoho issues the refresh token on the user's first consent; add
            `prompt=consent` to get a new one on later authorizations. Default:
            AuthorizeClientAccessType.ONLINE.
        redirect_uri (str): Where Zoho sends the browser with the grant code: exactly one of the
            redirect URIs registered for the client.
        prompt (AuthorizeClientPrompt | Unset): `consent` makes Zoho show the consent screen even
            if the user has already authorized the client, and issue a new refresh token (with
            `access_type=offline`).
        state (str | Unset): An opaque value Zoho returns unchanged in the redirect; use it to tie
            the redirect to the browser session that started it (CSRF protection).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | None
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            client_id=client_id,
            response_type=response_type,
            access_type=access_type,
            redirect_uri=redirect_uri,
            prompt=prompt,
            state=state,
        )
    ).parsed
