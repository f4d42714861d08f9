# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.note_update_request import NoteUpdateRequest
from ...models.record_action_response import RecordActionResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    note_id: str,
    *,
    body: NoteUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{module_api_name}/{record_id}/Notes/{note_id}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
            note_id=quote(str(note_id), safe=""),
        ),
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
) -> Response[RecordActionResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: str,
    record_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteUpdateRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Update a note

     Changes the title and/or content of the record's note with this id; give the Notes module's field
    API names with their values. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        note_id (str): The id of the note (a numeric id carried as a string).
        body (NoteUpdateRequest): The body of a note update; `data` holds exactly one note with
            the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        note_id=note_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    record_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteUpdateRequest,
) -> RecordActionResponse | ZohoError | None:
    """Update a note

     Changes the title and/or content of the record's note with this id; give the Notes module's field
    API names with their values. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        note_id (str): The id of the note (a numeric id carried as a string).
        body (NoteUpdateRequest): The body of a note update; `data` holds exactly one note with
            the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        note_id=note_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteUpdateRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Update a note

     Changes the title and/or content of the record's note with this id; give the Notes module's field
    API names with their values. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        note_id (str): The id of the note (a numeric id carried as a string).
        body (NoteUpdateRequest): The body of a note update; `data` holds exactly one note with
            the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        note_id=note_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    note_id: str,
    *,
    client: AuthenticatedClient,
    body: NoteUpdateRequest,
) -> RecordActionResponse | ZohoError | None:
    """Update a note

     Changes the title and/or content of the record's note with this id; give the Notes module's field
    API names with their values. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        note_id (str): The id of the note (a numeric id carried as a string).
        body (NoteUpdateRequest): The body of a note update; `data` holds exactly one note with
            the fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            note_id=note_id,
            client=client,
            body=body,
        )
    ).parsed
