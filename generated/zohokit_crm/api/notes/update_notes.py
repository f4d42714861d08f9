# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notes_request import NotesRequest
from ...models.record_action_response import RecordActionResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    *,
    body: NotesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = RecordActionResponse._from_nested_json(response.json())

        return response_202

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
) -> Response[RecordActionResponse, ZohoError]:
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
    body: NotesRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Update notes

     Changes 1 to 100 notes at once, across records and modules; every note in `data` carries its `id`
    and the fields to change (`Note_Title`, `Note_Content`). Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 notes. Each result is Zoho's
    per-record `ActionResult` (`record updated`, `details.id` the note's id).

    Args:
        body (NotesRequest): The body of a note write: the notes in `data` (1 to 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
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
    body: NotesRequest,
) -> RecordActionResponse | ZohoError | None:
    """Update notes

     Changes 1 to 100 notes at once, across records and modules; every note in `data` carries its `id`
    and the fields to change (`Note_Title`, `Note_Content`). Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 notes. Each result is Zoho's
    per-record `ActionResult` (`record updated`, `details.id` the note's id).

    Args:
        body (NotesRequest): The body of a note write: the notes in `data` (1 to 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotesRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Update notes

     Changes 1 to 100 notes at once, across records and modules; every note in `data` carries its `id`
    and the fields to change (`Note_Title`, `Note_Content`). Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 notes. Each result is Zoho's
    per-record `ActionResult` (`record updated`, `details.id` the note's id).

    Args:
        body (NotesRequest): The body of a note write: the notes in `data` (1 to 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotesRequest,
) -> RecordActionResponse | ZohoError | None:
    """Update notes

     Changes 1 to 100 notes at once, across records and modules; every note in `data` carries its `id`
    and the fields to change (`Note_Title`, `Note_Content`). Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 notes. Each result is Zoho's
    per-record `ActionResult` (`record updated`, `details.id` the note's id).

    Args:
        body (NotesRequest): The body of a note write: the notes in `data` (1 to 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
