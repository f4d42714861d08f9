# generated from spec/dist/bigin.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bigin_notes_response import BiginNotesResponse
from ...models.bigin_record_module_name import BiginRecordModuleName
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/{record_id}/Notes".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BiginNotesResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = BiginNotesResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 204:
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
) -> Response[BiginNotesResponse | None, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[BiginNotesResponse | None, ZohoError]:
    """List a record's notes

     Returns one page of the notes attached to the record, at most 200 per page (`page`, `per_page`; read
    on while `info.more_records` is true). When the record has no note Bigin answers `204` with an empty
    body.

    **Scope:** a records scope of the module, `ZohoBigin.modules.ALL` or
    `ZohoBigin.modules.{module_name}.{ALL|READ}`, together with a notes scope,
    `ZohoBigin.modules.notes.ALL` or `ZohoBigin.modules.notes.READ`.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginNotesResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> BiginNotesResponse | ZohoError | None:
    """List a record's notes

     Returns one page of the notes attached to the record, at most 200 per page (`page`, `per_page`; read
    on while `info.more_records` is true). When the record has no note Bigin answers `204` with an empty
    body.

    **Scope:** a records scope of the module, `ZohoBigin.modules.ALL` or
    `ZohoBigin.modules.{module_name}.{ALL|READ}`, together with a notes scope,
    `ZohoBigin.modules.notes.ALL` or `ZohoBigin.modules.notes.READ`.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginNotesResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[BiginNotesResponse | None, ZohoError]:
    """List a record's notes

     Returns one page of the notes attached to the record, at most 200 per page (`page`, `per_page`; read
    on while `info.more_records` is true). When the record has no note Bigin answers `204` with an empty
    body.

    **Scope:** a records scope of the module, `ZohoBigin.modules.ALL` or
    `ZohoBigin.modules.{module_name}.{ALL|READ}`, together with a notes scope,
    `ZohoBigin.modules.notes.ALL` or `ZohoBigin.modules.notes.READ`.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginNotesResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> BiginNotesResponse | ZohoError | None:
    """List a record's notes

     Returns one page of the notes attached to the record, at most 200 per page (`page`, `per_page`; read
    on while `info.more_records` is true). When the record has no note Bigin answers `204` with an empty
    body.

    **Scope:** a records scope of the module, `ZohoBigin.modules.ALL` or
    `ZohoBigin.modules.{module_name}.{ALL|READ}`, together with a notes scope,
    `ZohoBigin.modules.notes.ALL` or `ZohoBigin.modules.notes.READ`.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginNotesResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
