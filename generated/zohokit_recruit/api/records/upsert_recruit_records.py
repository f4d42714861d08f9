# generated from spec/dist/recruit.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recruit_record_action_response import RecruitRecordActionResponse
from ...models.recruit_record_module_name import RecruitRecordModuleName
from ...models.recruit_record_upsert_request import RecruitRecordUpsertRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: RecruitRecordModuleName,
    *,
    body: RecruitRecordUpsertRequest,
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
) -> RecruitRecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecruitRecordActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RecruitRecordActionResponse._from_nested_json(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = RecruitRecordActionResponse._from_nested_json(response.json())

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
) -> Response[RecruitRecordActionResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    body: RecruitRecordUpsertRequest,
) -> Response[RecruitRecordActionResponse, ZohoError]:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; only the module's system-defined duplicate-check field (`Email` for candidates and contacts)
    and the unique fields the organisation configured can be named. Without it the system-defined field
    is used, then the unique fields. `trigger` as in inserts.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordUpsertRequest): The body of an upsert: the records in `data` (1 to
            100); `duplicate_check_fields` names, in order, the fields used to find an existing
            record. Only the module's system-defined duplicate check field (`Email` for candidates and
            contacts) and the unique fields the organisation configured can be named; without it those
            are used, the system-defined field first. `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitRecordActionResponse, ZohoError]
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
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    body: RecruitRecordUpsertRequest,
) -> RecruitRecordActionResponse | ZohoError | None:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; only the module's system-defined duplicate-check field (`Email` for candidates and contacts)
    and the unique fields the organisation configured can be named. Without it the system-defined field
    is used, then the unique fields. `trigger` as in inserts.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordUpsertRequest): The body of an upsert: the records in `data` (1 to
            100); `duplicate_check_fields` names, in order, the fields used to find an existing
            record. Only the module's system-defined duplicate check field (`Email` for candidates and
            contacts) and the unique fields the organisation configured can be named; without it those
            are used, the system-defined field first. `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitRecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    body: RecruitRecordUpsertRequest,
) -> Response[RecruitRecordActionResponse, ZohoError]:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; only the module's system-defined duplicate-check field (`Email` for candidates and contacts)
    and the unique fields the organisation configured can be named. Without it the system-defined field
    is used, then the unique fields. `trigger` as in inserts.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordUpsertRequest): The body of an upsert: the records in `data` (1 to
            100); `duplicate_check_fields` names, in order, the fields used to find an existing
            record. Only the module's system-defined duplicate check field (`Email` for candidates and
            contacts) and the unique fields the organisation configured can be named; without it those
            are used, the system-defined field first. `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    body: RecruitRecordUpsertRequest,
) -> RecruitRecordActionResponse | ZohoError | None:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to add records without creating duplicates.
    `duplicate_check_fields` (a body key: an array of field API names) names the fields to match on, in
    order; only the module's system-defined duplicate-check field (`Email` for candidates and contacts)
    and the unique fields the organisation configured can be named. Without it the system-defined field
    is used, then the unique fields. `trigger` as in inserts.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order, each with `action` (`insert` or `update`) and
    `duplicate_field` (the field that matched, or null). The links read, update and delete the first
    record upserted.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordUpsertRequest): The body of an upsert: the records in `data` (1 to
            100); `duplicate_check_fields` names, in order, the fields used to find an existing
            record. Only the module's system-defined duplicate check field (`Email` for candidates and
            contacts) and the unique fields the organisation configured can be named; without it those
            are used, the system-defined field first. `trigger` as in inserts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitRecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            body=body,
        )
    ).parsed
