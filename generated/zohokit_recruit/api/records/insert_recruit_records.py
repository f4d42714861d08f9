# generated from spec/dist/recruit.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recruit_record_action_response import RecruitRecordActionResponse
from ...models.recruit_record_module_name import RecruitRecordModuleName
from ...models.recruit_record_write_request import RecruitRecordWriteRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: RecruitRecordModuleName,
    *,
    body: RecruitRecordWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{module_api_name}".format(
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
    body: RecruitRecordWriteRequest,
) -> Response[RecruitRecordActionResponse, ZohoError]:
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one record
    in `data`. Give field API names with their values; each module's mandatory fields must be present
    (`Last_Name` of candidates and contacts, `Posting_Title` and `Client_Name` of job openings,
    `Client_Name` of clients). Each insert is checked for duplicates on the module's unique fields, and
    a value longer than its field's maximum length is an error. `trigger` chooses the automations
    (`workflow`, `approval`, `blueprint`); without it all of them run, and `[]` runs none.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order: `record added` with the new `id` and audit fields in
    `details`, or an error for that record (`MANDATORY_NOT_FOUND` with `details.api_name` naming the
    missing field, `INVALID_DATA`, `DUPLICATE_DATA`). Check each result's `status`. The links read,
    update and delete the first record created.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordWriteRequest): The body of a multi-record insert or update: the records
            in `data` (1 to 100) and the automations to run in `trigger`. Without `trigger` Zoho
            Recruit runs the workflows, approvals and blueprints that apply; `trigger: []` runs none
            of them. In an update every record carries its `id`.

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
    body: RecruitRecordWriteRequest,
) -> RecruitRecordActionResponse | ZohoError | None:
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one record
    in `data`. Give field API names with their values; each module's mandatory fields must be present
    (`Last_Name` of candidates and contacts, `Posting_Title` and `Client_Name` of job openings,
    `Client_Name` of clients). Each insert is checked for duplicates on the module's unique fields, and
    a value longer than its field's maximum length is an error. `trigger` chooses the automations
    (`workflow`, `approval`, `blueprint`); without it all of them run, and `[]` runs none.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order: `record added` with the new `id` and audit fields in
    `details`, or an error for that record (`MANDATORY_NOT_FOUND` with `details.api_name` naming the
    missing field, `INVALID_DATA`, `DUPLICATE_DATA`). Check each result's `status`. The links read,
    update and delete the first record created.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordWriteRequest): The body of a multi-record insert or update: the records
            in `data` (1 to 100) and the automations to run in `trigger`. Without `trigger` Zoho
            Recruit runs the workflows, approvals and blueprints that apply; `trigger: []` runs none
            of them. In an update every record carries its `id`.

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
    body: RecruitRecordWriteRequest,
) -> Response[RecruitRecordActionResponse, ZohoError]:
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one record
    in `data`. Give field API names with their values; each module's mandatory fields must be present
    (`Last_Name` of candidates and contacts, `Posting_Title` and `Client_Name` of job openings,
    `Client_Name` of clients). Each insert is checked for duplicates on the module's unique fields, and
    a value longer than its field's maximum length is an error. `trigger` chooses the automations
    (`workflow`, `approval`, `blueprint`); without it all of them run, and `[]` runs none.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order: `record added` with the new `id` and audit fields in
    `details`, or an error for that record (`MANDATORY_NOT_FOUND` with `details.api_name` naming the
    missing field, `INVALID_DATA`, `DUPLICATE_DATA`). Check each result's `status`. The links read,
    update and delete the first record created.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordWriteRequest): The body of a multi-record insert or update: the records
            in `data` (1 to 100) and the automations to run in `trigger`. Without `trigger` Zoho
            Recruit runs the workflows, approvals and blueprints that apply; `trigger: []` runs none
            of them. In an update every record carries its `id`.

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
    body: RecruitRecordWriteRequest,
) -> RecruitRecordActionResponse | ZohoError | None:
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one record
    in `data`. Give field API names with their values; each module's mandatory fields must be present
    (`Last_Name` of candidates and contacts, `Posting_Title` and `Client_Name` of job openings,
    `Client_Name` of clients). Each insert is checked for duplicates on the module's unique fields, and
    a value longer than its field's maximum length is an error. `trigger` chooses the automations
    (`workflow`, `approval`, `blueprint`); without it all of them run, and `[]` runs none.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `CREATE` (create records).

    **Results:** one per record, in input order: `record added` with the new `id` and audit fields in
    `details`, or an error for that record (`MANDATORY_NOT_FOUND` with `details.api_name` naming the
    missing field, `INVALID_DATA`, `DUPLICATE_DATA`). Check each result's `status`. The links read,
    update and delete the first record created.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        body (RecruitRecordWriteRequest): The body of a multi-record insert or update: the records
            in `data` (1 to 100) and the automations to run in `trigger`. Without `trigger` Zoho
            Recruit runs the workflows, approvals and blueprints that apply; `trigger: []` runs none
            of them. In an update every record carries its `id`.

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
