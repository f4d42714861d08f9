# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_action_response import RecordActionResponse
from ...models.record_upsert_request import RecordUpsertRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    *,
    body: RecordUpsertRequest,
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
) -> RecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordActionResponse._from_nested_json(response.json())

        return response_200

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
    body: RecordUpsertRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to avoid creating duplicates. `duplicate_check_fields` (a body
    key: an array of field API names) names, in order, the fields to match on; without it Zoho uses the
    module's system-defined duplicate-check field, then its unique fields. System-defined fields: Leads
    `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns `Campaign_Name`,
    Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`, Vendors `Vendor_Name`,
    Price_Books `Price_Book_Name`, Quotes, Sales_Orders, Purchase_Orders and Invoices `Subject`, custom
    modules `Name`. `trigger` as in inserts; values longer than a field's maximum length are errors.
    Modules: those of inserts except Tasks, Events and Calls. GDPR: records whose `$stop_processing` is
    true are not updated. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit per 10 records. Errors: 400 `INVALID_MODULE`: "the module name given seems to be
    invalid" (an unknown module, no tab permission, or a module removed from the organisation) or "the
    given module is not supported in api" (for example Documents and Projects). Each result is Zoho's
    per-record `ActionResult` with `action` (`insert` or `update`) and `duplicate_field` (the field that
    matched, or null). The links read, update and delete the first record upserted.

    Args:
        module_api_name (str): The API name of the module to upsert into: `Leads`, `Accounts`,
            `Contacts`, `Deals`, `Campaigns`, `Cases`, `Solutions`, `Products`, `Vendors`,
            `Price_Books`, `Quotes`, `Sales_Orders`, `Purchase_Orders`, `Invoices`, or the API name of
            a custom module. `Tasks`, `Events` and `Calls` cannot be upserted.
        body (RecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: Leads
            `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns
            `Campaign_Name`, Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`,
            Vendors `Vendor_Name`, Price_Books `Price_Book_Name`, Quotes, Sales_Orders,
            Purchase_Orders and Invoices `Subject`, custom modules `Name`). `trigger` as in inserts.

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
    body: RecordUpsertRequest,
) -> RecordActionResponse | ZohoError | None:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to avoid creating duplicates. `duplicate_check_fields` (a body
    key: an array of field API names) names, in order, the fields to match on; without it Zoho uses the
    module's system-defined duplicate-check field, then its unique fields. System-defined fields: Leads
    `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns `Campaign_Name`,
    Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`, Vendors `Vendor_Name`,
    Price_Books `Price_Book_Name`, Quotes, Sales_Orders, Purchase_Orders and Invoices `Subject`, custom
    modules `Name`. `trigger` as in inserts; values longer than a field's maximum length are errors.
    Modules: those of inserts except Tasks, Events and Calls. GDPR: records whose `$stop_processing` is
    true are not updated. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit per 10 records. Errors: 400 `INVALID_MODULE`: "the module name given seems to be
    invalid" (an unknown module, no tab permission, or a module removed from the organisation) or "the
    given module is not supported in api" (for example Documents and Projects). Each result is Zoho's
    per-record `ActionResult` with `action` (`insert` or `update`) and `duplicate_field` (the field that
    matched, or null). The links read, update and delete the first record upserted.

    Args:
        module_api_name (str): The API name of the module to upsert into: `Leads`, `Accounts`,
            `Contacts`, `Deals`, `Campaigns`, `Cases`, `Solutions`, `Products`, `Vendors`,
            `Price_Books`, `Quotes`, `Sales_Orders`, `Purchase_Orders`, `Invoices`, or the API name of
            a custom module. `Tasks`, `Events` and `Calls` cannot be upserted.
        body (RecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: Leads
            `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns
            `Campaign_Name`, Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`,
            Vendors `Vendor_Name`, Price_Books `Price_Book_Name`, Quotes, Sales_Orders,
            Purchase_Orders and Invoices `Subject`, custom modules `Name`). `trigger` as in inserts.

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
    body: RecordUpsertRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to avoid creating duplicates. `duplicate_check_fields` (a body
    key: an array of field API names) names, in order, the fields to match on; without it Zoho uses the
    module's system-defined duplicate-check field, then its unique fields. System-defined fields: Leads
    `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns `Campaign_Name`,
    Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`, Vendors `Vendor_Name`,
    Price_Books `Price_Book_Name`, Quotes, Sales_Orders, Purchase_Orders and Invoices `Subject`, custom
    modules `Name`. `trigger` as in inserts; values longer than a field's maximum length are errors.
    Modules: those of inserts except Tasks, Events and Calls. GDPR: records whose `$stop_processing` is
    true are not updated. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit per 10 records. Errors: 400 `INVALID_MODULE`: "the module name given seems to be
    invalid" (an unknown module, no tab permission, or a module removed from the organisation) or "the
    given module is not supported in api" (for example Documents and Projects). Each result is Zoho's
    per-record `ActionResult` with `action` (`insert` or `update`) and `duplicate_field` (the field that
    matched, or null). The links read, update and delete the first record upserted.

    Args:
        module_api_name (str): The API name of the module to upsert into: `Leads`, `Accounts`,
            `Contacts`, `Deals`, `Campaigns`, `Cases`, `Solutions`, `Products`, `Vendors`,
            `Price_Books`, `Quotes`, `Sales_Orders`, `Purchase_Orders`, `Invoices`, or the API name of
            a custom module. `Tasks`, `Events` and `Calls` cannot be upserted.
        body (RecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: Leads
            `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns
            `Campaign_Name`, Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`,
            Vendors `Vendor_Name`, Price_Books `Price_Book_Name`, Quotes, Sales_Orders,
            Purchase_Orders and Invoices `Subject`, custom modules `Name`). `trigger` as in inserts.

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
    body: RecordUpsertRequest,
) -> RecordActionResponse | ZohoError | None:
    """Insert or update records (upsert)

     For each of 1 to 100 records, updates the existing record that matches on the duplicate-check
    fields, or inserts a new one: the way to avoid creating duplicates. `duplicate_check_fields` (a body
    key: an array of field API names) names, in order, the fields to match on; without it Zoho uses the
    module's system-defined duplicate-check field, then its unique fields. System-defined fields: Leads
    `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns `Campaign_Name`,
    Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`, Vendors `Vendor_Name`,
    Price_Books `Price_Book_Name`, Quotes, Sales_Orders, Purchase_Orders and Invoices `Subject`, custom
    modules `Name`. `trigger` as in inserts; values longer than a field's maximum length are errors.
    Modules: those of inserts except Tasks, Events and Calls. GDPR: records whose `$stop_processing` is
    true are not updated. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit per 10 records. Errors: 400 `INVALID_MODULE`: "the module name given seems to be
    invalid" (an unknown module, no tab permission, or a module removed from the organisation) or "the
    given module is not supported in api" (for example Documents and Projects). Each result is Zoho's
    per-record `ActionResult` with `action` (`insert` or `update`) and `duplicate_field` (the field that
    matched, or null). The links read, update and delete the first record upserted.

    Args:
        module_api_name (str): The API name of the module to upsert into: `Leads`, `Accounts`,
            `Contacts`, `Deals`, `Campaigns`, `Cases`, `Solutions`, `Products`, `Vendors`,
            `Price_Books`, `Quotes`, `Sales_Orders`, `Purchase_Orders`, `Invoices`, or the API name of
            a custom module. `Tasks`, `Events` and `Calls` cannot be upserted.
        body (RecordUpsertRequest): The body of an upsert: the records in `data` (1 to 100);
            `duplicate_check_fields` names, in order, the fields used to find an existing record (by
            default the module's system-defined duplicate-check field, then its unique fields: Leads
            `Email`, Accounts `Account_Name`, Contacts `Email`, Deals `Deal_Name`, Campaigns
            `Campaign_Name`, Cases `Subject`, Solutions `Solution_Title`, Products `Product_Name`,
            Vendors `Vendor_Name`, Price_Books `Price_Book_Name`, Quotes, Sales_Orders,
            Purchase_Orders and Invoices `Subject`, custom modules `Name`). `trigger` as in inserts.

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
