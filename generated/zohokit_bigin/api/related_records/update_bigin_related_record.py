# generated from spec/dist/bigin.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bigin_parent_module_name import BiginParentModuleName
from ...models.bigin_related_list_name import BiginRelatedListName
from ...models.bigin_related_record_update_request import BiginRelatedRecordUpdateRequest
from ...models.bigin_related_records_update_response import BiginRelatedRecordsUpdateResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginRelatedListName,
    related_record_id: str,
    *,
    body: BiginRelatedRecordUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
            related_list_api_name=quote(str(related_list_api_name), safe=""),
            related_record_id=quote(str(related_record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BiginRelatedRecordsUpdateResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = BiginRelatedRecordsUpdateResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BiginRelatedRecordsUpdateResponse._from_nested_json(response.json())

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
) -> Response[BiginRelatedRecordsUpdateResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginRelatedListName,
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: BiginRelatedRecordUpdateRequest,
) -> Response[BiginRelatedRecordsUpdateResponse, ZohoError]:
    """Relate one record to a record

     Relates the one record named in the URL (`related_record_id`) to the parent record, for example one
    product to a deal (`PUT /Deals/{record_id}/Products/{related_record_id}`). The body is mandatory:
    `data` holds one object with the related record's `id` (mandatory, the same id as in the URL) and
    the relation's own fields, if it has any. An `id` naming another record is refused for that record
    (`INVALID_DATA`, HTTP 202). The response has one result, for the related record.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `companies`, `deals`, `contacts` or `products` and operation type `ALL` (full access to
    records), `WRITE` (edit related records) or `UPDATE` (update related records).

    **Supported relations:** products to contacts, deals and companies (`Accounts` is the API name of
    Bigin's Companies): `/Contacts/{record_id}/Products`, `/Deals/{record_id}/Products` and
    `/Accounts/{record_id}/Products`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginRelatedListName): A related list records can be related
            through: `Products`.
        related_record_id (str): The id of the record to relate (a record of the related list's
            module; a numeric id carried as a string). An id that is not a record of that module fails
            with `400 INVALID_DATA` (`the related id given seems to be invalid`). Example:
            3652397000000327001.
        body (BiginRelatedRecordUpdateRequest): The body of a relation update for the one related
            record named in the URL: `data` holds exactly one object with that record's `id`
            (mandatory, the same id as in the URL) and, for relations that carry data of their own,
            the relation's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRelatedRecordsUpdateResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        related_record_id=related_record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginRelatedListName,
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: BiginRelatedRecordUpdateRequest,
) -> BiginRelatedRecordsUpdateResponse | ZohoError | None:
    """Relate one record to a record

     Relates the one record named in the URL (`related_record_id`) to the parent record, for example one
    product to a deal (`PUT /Deals/{record_id}/Products/{related_record_id}`). The body is mandatory:
    `data` holds one object with the related record's `id` (mandatory, the same id as in the URL) and
    the relation's own fields, if it has any. An `id` naming another record is refused for that record
    (`INVALID_DATA`, HTTP 202). The response has one result, for the related record.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `companies`, `deals`, `contacts` or `products` and operation type `ALL` (full access to
    records), `WRITE` (edit related records) or `UPDATE` (update related records).

    **Supported relations:** products to contacts, deals and companies (`Accounts` is the API name of
    Bigin's Companies): `/Contacts/{record_id}/Products`, `/Deals/{record_id}/Products` and
    `/Accounts/{record_id}/Products`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginRelatedListName): A related list records can be related
            through: `Products`.
        related_record_id (str): The id of the record to relate (a record of the related list's
            module; a numeric id carried as a string). An id that is not a record of that module fails
            with `400 INVALID_DATA` (`the related id given seems to be invalid`). Example:
            3652397000000327001.
        body (BiginRelatedRecordUpdateRequest): The body of a relation update for the one related
            record named in the URL: `data` holds exactly one object with that record's `id`
            (mandatory, the same id as in the URL) and, for relations that carry data of their own,
            the relation's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRelatedRecordsUpdateResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        related_record_id=related_record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginRelatedListName,
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: BiginRelatedRecordUpdateRequest,
) -> Response[BiginRelatedRecordsUpdateResponse, ZohoError]:
    """Relate one record to a record

     Relates the one record named in the URL (`related_record_id`) to the parent record, for example one
    product to a deal (`PUT /Deals/{record_id}/Products/{related_record_id}`). The body is mandatory:
    `data` holds one object with the related record's `id` (mandatory, the same id as in the URL) and
    the relation's own fields, if it has any. An `id` naming another record is refused for that record
    (`INVALID_DATA`, HTTP 202). The response has one result, for the related record.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `companies`, `deals`, `contacts` or `products` and operation type `ALL` (full access to
    records), `WRITE` (edit related records) or `UPDATE` (update related records).

    **Supported relations:** products to contacts, deals and companies (`Accounts` is the API name of
    Bigin's Companies): `/Contacts/{record_id}/Products`, `/Deals/{record_id}/Products` and
    `/Accounts/{record_id}/Products`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginRelatedListName): A related list records can be related
            through: `Products`.
        related_record_id (str): The id of the record to relate (a record of the related list's
            module; a numeric id carried as a string). An id that is not a record of that module fails
            with `400 INVALID_DATA` (`the related id given seems to be invalid`). Example:
            3652397000000327001.
        body (BiginRelatedRecordUpdateRequest): The body of a relation update for the one related
            record named in the URL: `data` holds exactly one object with that record's `id`
            (mandatory, the same id as in the URL) and, for relations that carry data of their own,
            the relation's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRelatedRecordsUpdateResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        related_record_id=related_record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginRelatedListName,
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: BiginRelatedRecordUpdateRequest,
) -> BiginRelatedRecordsUpdateResponse | ZohoError | None:
    """Relate one record to a record

     Relates the one record named in the URL (`related_record_id`) to the parent record, for example one
    product to a deal (`PUT /Deals/{record_id}/Products/{related_record_id}`). The body is mandatory:
    `data` holds one object with the related record's `id` (mandatory, the same id as in the URL) and
    the relation's own fields, if it has any. An `id` naming another record is refused for that record
    (`INVALID_DATA`, HTTP 202). The response has one result, for the related record.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `companies`, `deals`, `contacts` or `products` and operation type `ALL` (full access to
    records), `WRITE` (edit related records) or `UPDATE` (update related records).

    **Supported relations:** products to contacts, deals and companies (`Accounts` is the API name of
    Bigin's Companies): `/Contacts/{record_id}/Products`, `/Deals/{record_id}/Products` and
    `/Accounts/{record_id}/Products`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginRelatedListName): A related list records can be related
            through: `Products`.
        related_record_id (str): The id of the record to relate (a record of the related list's
            module; a numeric id carried as a string). An id that is not a record of that module fails
            with `400 INVALID_DATA` (`the related id given seems to be invalid`). Example:
            3652397000000327001.
        body (BiginRelatedRecordUpdateRequest): The body of a relation update for the one related
            record named in the URL: `data` holds exactly one object with that record's `id`
            (mandatory, the same id as in the URL) and, for relations that carry data of their own,
            the relation's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRelatedRecordsUpdateResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            related_list_api_name=related_list_api_name,
            related_record_id=related_record_id,
            client=client,
            body=body,
        )
    ).parsed
