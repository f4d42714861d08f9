# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_action_response import RecordActionResponse
from ...models.record_write_request import RecordWriteRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    *,
    body: RecordWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
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
    *,
    client: AuthenticatedClient,
    body: RecordWriteRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Update records

     Updates 1 to 100 records of the module; every record in `data` carries its `id` and the fields to
    change. Updates are checked for duplicates on unique fields; a value longer than its field's maximum
    length is an error. Subform rows: repeat the id of every row to keep, rows without an id are
    created, rows not repeated are deleted, and an empty array (`"Subform_1": []`) clears the subform.
    `trigger` as in inserts (without it every workflow, approval and blueprint runs; `[]` none). GDPR: a
    record whose `$stop_processing` is true cannot be updated. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 records. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        body (RecordWriteRequest): The body of a multi-record insert or update: the records in
            `data` (1 to 100), and the automations to run in `trigger`. Without `trigger` Zoho runs
            the workflows, approvals and blueprints that apply; `trigger: []` runs none of them. In an
            update every record must carry its `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
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
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    body: RecordWriteRequest,
) -> RecordActionResponse | ZohoError | None:
    """Update records

     Updates 1 to 100 records of the module; every record in `data` carries its `id` and the fields to
    change. Updates are checked for duplicates on unique fields; a value longer than its field's maximum
    length is an error. Subform rows: repeat the id of every row to keep, rows without an id are
    created, rows not repeated are deleted, and an empty array (`"Subform_1": []`) clears the subform.
    `trigger` as in inserts (without it every workflow, approval and blueprint runs; `[]` none). GDPR: a
    record whose `$stop_processing` is true cannot be updated. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 records. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        body (RecordWriteRequest): The body of a multi-record insert or update: the records in
            `data` (1 to 100), and the automations to run in `trigger`. Without `trigger` Zoho runs
            the workflows, approvals and blueprints that apply; `trigger: []` runs none of them. In an
            update every record must carry its `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    body: RecordWriteRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Update records

     Updates 1 to 100 records of the module; every record in `data` carries its `id` and the fields to
    change. Updates are checked for duplicates on unique fields; a value longer than its field's maximum
    length is an error. Subform rows: repeat the id of every row to keep, rows without an id are
    created, rows not repeated are deleted, and an empty array (`"Subform_1": []`) clears the subform.
    `trigger` as in inserts (without it every workflow, approval and blueprint runs; `[]` none). GDPR: a
    record whose `$stop_processing` is true cannot be updated. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 records. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        body (RecordWriteRequest): The body of a multi-record insert or update: the records in
            `data` (1 to 100), and the automations to run in `trigger`. Without `trigger` Zoho runs
            the workflows, approvals and blueprints that apply; `trigger: []` runs none of them. In an
            update every record must carry its `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    body: RecordWriteRequest,
) -> RecordActionResponse | ZohoError | None:
    """Update records

     Updates 1 to 100 records of the module; every record in `data` carries its `id` and the fields to
    change. Updates are checked for duplicates on unique fields; a value longer than its field's maximum
    length is an error. Subform rows: repeat the id of every row to keep, rows without an id are
    created, rows not repeated are deleted, and an empty array (`"Subform_1": []`) clears the subform.
    `trigger` as in inserts (without it every workflow, approval and blueprint runs; `[]` none). GDPR: a
    record whose `$stop_processing` is true cannot be updated. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit per 10 records. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record updated`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        body (RecordWriteRequest): The body of a multi-record insert or update: the records in
            `data` (1 to 100), and the automations to run in `trigger`. Without `trigger` Zoho runs
            the workflows, approvals and blueprints that apply; `trigger: []` runs none of them. In an
            update every record must carry its `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            body=body,
        )
    ).parsed
