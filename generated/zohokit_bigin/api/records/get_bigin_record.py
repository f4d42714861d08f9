# generated from spec/dist/bigin.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bigin_record_module_name import BiginRecordModuleName
from ...models.bigin_records_response import BiginRecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/{record_id}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BiginRecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = BiginRecordsResponse._from_nested_json(response.json())

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
) -> Response[BiginRecordsResponse | None, ZohoError]:
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
    if_modified_since: str | Unset = UNSET,
) -> Response[BiginRecordsResponse | None, ZohoError]:
    """Get one record

     Returns the record with this id as the only item of `data`, with all its fields. When no record with
    this id is visible to the user (it does not exist or was deleted) Bigin answers `204` with an empty
    body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        if_modified_since=if_modified_since,
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
    if_modified_since: str | Unset = UNSET,
) -> BiginRecordsResponse | ZohoError | None:
    """Get one record

     Returns the record with this id as the only item of `data`, with all its fields. When no record with
    this id is visible to the user (it does not exist or was deleted) Bigin answers `204` with an empty
    body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[BiginRecordsResponse | None, ZohoError]:
    """Get one record

     Returns the record with this id as the only item of `data`, with all its fields. When no record with
    this id is visible to the user (it does not exist or was deleted) Bigin answers `204` with an empty
    body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> BiginRecordsResponse | ZohoError | None:
    """Get one record

     Returns the record with this id as the only item of `data`, with all its fields. When no record with
    this id is visible to the user (it does not exist or was deleted) Bigin answers `204` with an empty
    body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL` (full access) or `READ` (get records).

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            if_modified_since=if_modified_since,
        )
    ).parsed
