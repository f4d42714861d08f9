# generated from spec/dist/bigin.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bigin_record_action_response import BiginRecordActionResponse
from ...models.bigin_record_module_name import BiginRecordModuleName
from ...models.bigin_record_update_request import BiginRecordUpdateRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    body: BiginRecordUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{module_api_name}/{record_id}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BiginRecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = BiginRecordActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BiginRecordActionResponse._from_nested_json(response.json())

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
) -> Response[BiginRecordActionResponse, ZohoError]:
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
    body: BiginRecordUpdateRequest,
) -> Response[BiginRecordActionResponse, ZohoError]:
    """Update one record

     Updates the record with this id with the fields of `data[0]`; fields not given keep their values.
    Updates are checked for duplicates on the module's unique fields, and a value longer than its
    field's maximum length is an error. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL`, `WRITE` (edit records) or `UPDATE` (update records).

    **Result:** `data[0]` is the record's result: `record updated` with its `id` and audit fields, or
    the error that kept it from being updated.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        body (BiginRecordUpdateRequest): The body of a single-record update: `data` holds exactly
            one record with the fields to change (the id comes from the path). `trigger` as in multi-
            record writes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
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
    body: BiginRecordUpdateRequest,
) -> BiginRecordActionResponse | ZohoError | None:
    """Update one record

     Updates the record with this id with the fields of `data[0]`; fields not given keep their values.
    Updates are checked for duplicates on the module's unique fields, and a value longer than its
    field's maximum length is an error. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL`, `WRITE` (edit records) or `UPDATE` (update records).

    **Result:** `data[0]` is the record's result: `record updated` with its `id` and audit fields, or
    the error that kept it from being updated.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        body (BiginRecordUpdateRequest): The body of a single-record update: `data` holds exactly
            one record with the fields to change (the id comes from the path). `trigger` as in multi-
            record writes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: BiginRecordUpdateRequest,
) -> Response[BiginRecordActionResponse, ZohoError]:
    """Update one record

     Updates the record with this id with the fields of `data[0]`; fields not given keep their values.
    Updates are checked for duplicates on the module's unique fields, and a value longer than its
    field's maximum length is an error. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL`, `WRITE` (edit records) or `UPDATE` (update records).

    **Result:** `data[0]` is the record's result: `record updated` with its `id` and audit fields, or
    the error that kept it from being updated.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        body (BiginRecordUpdateRequest): The body of a single-record update: `data` holds exactly
            one record with the fields to change (the id comes from the path). `trigger` as in multi-
            record writes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: BiginRecordModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: BiginRecordUpdateRequest,
) -> BiginRecordActionResponse | ZohoError | None:
    """Update one record

     Updates the record with this id with the fields of `data[0]`; fields not given keep their values.
    Updates are checked for duplicates on the module's unique fields, and a value longer than its
    field's maximum length is an error. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals`, `products`, `tasks`, `events` or
    `calls` and operation type `ALL`, `WRITE` (edit records) or `UPDATE` (update records).

    **Result:** `data[0]` is the record's result: `record updated` with its `id` and audit fields, or
    the error that kept it from being updated.

    Args:
        module_api_name (BiginRecordModuleName): The API name of a Zoho Bigin module served by the
            records API: `Accounts` (companies), `Contacts`, `Deals` (pipeline records), `Products`,
            `Tasks`, `Events` or `Calls`.
        record_id (str): The id of the record: a number of up to 19 digits, carried as a string so
            that it is never rounded. An id that is not a record of the module fails with `400
            INVALID_DATA` ("the id given seems to be invalid").
        body (BiginRecordUpdateRequest): The body of a single-record update: `data` holds exactly
            one record with the fields to change (the id comes from the path). `trigger` as in multi-
            record writes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
