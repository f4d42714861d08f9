# generated from spec/dist/bigin.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bigin_record_action_response import BiginRecordActionResponse
from ...models.bigin_record_upsert_request import BiginRecordUpsertRequest
from ...models.bigin_upsert_module_name import BiginUpsertModuleName
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: BiginUpsertModuleName,
    *,
    body: BiginRecordUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{module_api_name}/upsert".format(
            module_api_name=quote(str(module_api_name), safe=""),
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

    if response.status_code == 201:
        response_201 = BiginRecordActionResponse._from_nested_json(response.json())

        return response_201

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
    module_api_name: BiginUpsertModuleName,
    *,
    client: AuthenticatedClient,
    body: BiginRecordUpsertRequest,
) -> Response[BiginRecordActionResponse, ZohoError]:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; without it the module's system-defined duplicate-check field is used (`Email` for contacts,
    `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for products), then its unique
    fields. Tasks, events and calls cannot be upserted. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals` or `products` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (BiginUpsertModuleName): A Bigin module records can be upserted into:
            `Accounts` (companies), `Contacts`, `Deals` or `Products`.
        body (BiginRecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: `Email`
            for contacts, `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for
            products). `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: BiginUpsertModuleName,
    *,
    client: AuthenticatedClient,
    body: BiginRecordUpsertRequest,
) -> BiginRecordActionResponse | ZohoError | None:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; without it the module's system-defined duplicate-check field is used (`Email` for contacts,
    `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for products), then its unique
    fields. Tasks, events and calls cannot be upserted. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals` or `products` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (BiginUpsertModuleName): A Bigin module records can be upserted into:
            `Accounts` (companies), `Contacts`, `Deals` or `Products`.
        body (BiginRecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: `Email`
            for contacts, `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for
            products). `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: BiginUpsertModuleName,
    *,
    client: AuthenticatedClient,
    body: BiginRecordUpsertRequest,
) -> Response[BiginRecordActionResponse, ZohoError]:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; without it the module's system-defined duplicate-check field is used (`Email` for contacts,
    `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for products), then its unique
    fields. Tasks, events and calls cannot be upserted. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals` or `products` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (BiginUpsertModuleName): A Bigin module records can be upserted into:
            `Accounts` (companies), `Contacts`, `Deals` or `Products`.
        body (BiginRecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: `Email`
            for contacts, `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for
            products). `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: BiginUpsertModuleName,
    *,
    client: AuthenticatedClient,
    body: BiginRecordUpsertRequest,
) -> BiginRecordActionResponse | ZohoError | None:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; without it the module's system-defined duplicate-check field is used (`Email` for contacts,
    `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for products), then its unique
    fields. Tasks, events and calls cannot be upserted. `trigger` as in inserts.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts`, `deals` or `products` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (BiginUpsertModuleName): A Bigin module records can be upserted into:
            `Accounts` (companies), `Contacts`, `Deals` or `Products`.
        body (BiginRecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: `Email`
            for contacts, `Account_Name` for companies, `Deal_Name` for deals, `Product_Name` for
            products). `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            body=body,
        )
    ).parsed
