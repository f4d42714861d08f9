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
) -> RecordActionResponse | ZohoError | None:
    if response.status_code == 201:
        response_201 = RecordActionResponse._from_nested_json(response.json())

        return response_201

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
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one
    record. Give field API names with their values; mandatory fields (for example `Last_Name` of Leads)
    must be present. Each insert is checked for duplicates on the module's unique fields, and a value
    longer than its field's maximum length is an error (a 10-character text field refuses
    `12345678901`). Records may carry subform rows. `trigger` chooses the automations: `workflow`,
    `approval`, `blueprint`; without it every workflow, approval and blueprint tied to the call runs,
    and `[]` runs none. GDPR: send the consent the customer gave in `Data_Processing_Basis_Details`; it
    is optional, and a record inserted without it gets null. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit per 10 records. Status: 201 means
    the records were processed and 202 that some failed, so check each result's `status`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record added`,
    `details` with the new `id` and audit fields). The links read, update and delete the first record
    created.

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
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one
    record. Give field API names with their values; mandatory fields (for example `Last_Name` of Leads)
    must be present. Each insert is checked for duplicates on the module's unique fields, and a value
    longer than its field's maximum length is an error (a 10-character text field refuses
    `12345678901`). Records may carry subform rows. `trigger` chooses the automations: `workflow`,
    `approval`, `blueprint`; without it every workflow, approval and blueprint tied to the call runs,
    and `[]` runs none. GDPR: send the consent the customer gave in `Data_Processing_Basis_Details`; it
    is optional, and a record inserted without it gets null. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit per 10 records. Status: 201 means
    the records were processed and 202 that some failed, so check each result's `status`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record added`,
    `details` with the new `id` and audit fields). The links read, update and delete the first record
    created.

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
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one
    record. Give field API names with their values; mandatory fields (for example `Last_Name` of Leads)
    must be present. Each insert is checked for duplicates on the module's unique fields, and a value
    longer than its field's maximum length is an error (a 10-character text field refuses
    `12345678901`). Records may carry subform rows. `trigger` chooses the automations: `workflow`,
    `approval`, `blueprint`; without it every workflow, approval and blueprint tied to the call runs,
    and `[]` runs none. GDPR: send the consent the customer gave in `Data_Processing_Basis_Details`; it
    is optional, and a record inserted without it gets null. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit per 10 records. Status: 201 means
    the records were processed and 202 that some failed, so check each result's `status`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record added`,
    `details` with the new `id` and audit fields). The links read, update and delete the first record
    created.

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
    """Insert records

     Creates 1 to 100 records in the module; a single record is inserted by the same call with one
    record. Give field API names with their values; mandatory fields (for example `Last_Name` of Leads)
    must be present. Each insert is checked for duplicates on the module's unique fields, and a value
    longer than its field's maximum length is an error (a 10-character text field refuses
    `12345678901`). Records may carry subform rows. `trigger` chooses the automations: `workflow`,
    `approval`, `blueprint`; without it every workflow, approval and blueprint tied to the call runs,
    and `[]` runs none. GDPR: send the consent the customer gave in `Data_Processing_Basis_Details`; it
    is optional, and a record inserted without it gets null. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit per 10 records. Status: 201 means
    the records were processed and 202 that some failed, so check each result's `status`. Errors: 400
    `INVALID_MODULE`: "the module name given seems to be invalid" (an unknown module, no tab permission,
    or a module removed from the organisation) or "the given module is not supported in api" (for
    example Documents and Projects). Each result is Zoho's per-record `ActionResult` (`record added`,
    `details` with the new `id` and audit fields). The links read, update and delete the first record
    created.

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
