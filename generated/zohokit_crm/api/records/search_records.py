# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_approval_filter import RecordApprovalFilter
from ...models.record_conversion_filter import RecordConversionFilter
from ...models.record_include_option import RecordIncludeOption
from ...models.records_response import RecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    *,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    include: RecordIncludeOption | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["criteria"] = criteria

    params["email"] = email

    params["phone"] = phone

    params["word"] = word

    json_converted: str | Unset = UNSET
    if not isinstance(converted, Unset):
        json_converted = converted.value

    params["converted"] = json_converted

    json_approved: str | Unset = UNSET
    if not isinstance(approved, Unset):
        json_approved = approved.value

    params["approved"] = json_approved

    params["page"] = page

    params["per_page"] = per_page

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/search".format(
            module_api_name=quote(str(module_api_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordsResponse._from_nested_json(response.json())

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
) -> Response[RecordsResponse | None, ZohoError]:
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
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    include: RecordIncludeOption | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """Search records

     Returns a page of the module's records matching one of four searches: `criteria`
    (`(Last_Name:equals:Boyle)`), `email` (every e-mail field), `phone` (every phone field) or `word` (a
    global search); for example `GET /Contacts/search?phone=888-555-2145` or `GET
    /Leads/search?email=p.daly@zylker.com`. Only one search takes effect per call; when several are
    given the first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200
    records per page. The results look like those of the records list, GDPR consent details included;
    fields marked private and restricted come back as null and cannot be searched by criteria (that
    search is refused with an error). Scope `ZohoCRM.modules.ALL`, `ZohoCRM.modules.{module}.{ALL|READ}`
    or `ZohoCRM.modules.search.READ`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        criteria (str | Unset): A search expression: `({field_api_name}:{operator}:{value})`,
            several joined with `and` / `or` and grouped with parentheses, for example
            `((Last_Name:equals:Hawkins) or (Last_Name:starts_with:Pat))`; at most 10 criteria per
            search, on the same or different fields. Operators: `equals`, `starts_with`, `not_equal`,
            `in`, and for number, currency, date and date-time fields `greater_than`, `greater_equal`,
            `less_than`, `less_equal` and `between`. Escape `(`, `)` and `,` inside a value with a
            backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the module's records for this word (a global search).
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        criteria=criteria,
        email=email,
        phone=phone,
        word=word,
        converted=converted,
        approved=approved,
        page=page,
        per_page=per_page,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    include: RecordIncludeOption | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """Search records

     Returns a page of the module's records matching one of four searches: `criteria`
    (`(Last_Name:equals:Boyle)`), `email` (every e-mail field), `phone` (every phone field) or `word` (a
    global search); for example `GET /Contacts/search?phone=888-555-2145` or `GET
    /Leads/search?email=p.daly@zylker.com`. Only one search takes effect per call; when several are
    given the first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200
    records per page. The results look like those of the records list, GDPR consent details included;
    fields marked private and restricted come back as null and cannot be searched by criteria (that
    search is refused with an error). Scope `ZohoCRM.modules.ALL`, `ZohoCRM.modules.{module}.{ALL|READ}`
    or `ZohoCRM.modules.search.READ`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        criteria (str | Unset): A search expression: `({field_api_name}:{operator}:{value})`,
            several joined with `and` / `or` and grouped with parentheses, for example
            `((Last_Name:equals:Hawkins) or (Last_Name:starts_with:Pat))`; at most 10 criteria per
            search, on the same or different fields. Operators: `equals`, `starts_with`, `not_equal`,
            `in`, and for number, currency, date and date-time fields `greater_than`, `greater_equal`,
            `less_than`, `less_equal` and `between`. Escape `(`, `)` and `,` inside a value with a
            backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the module's records for this word (a global search).
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        criteria=criteria,
        email=email,
        phone=phone,
        word=word,
        converted=converted,
        approved=approved,
        page=page,
        per_page=per_page,
        include=include,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    include: RecordIncludeOption | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """Search records

     Returns a page of the module's records matching one of four searches: `criteria`
    (`(Last_Name:equals:Boyle)`), `email` (every e-mail field), `phone` (every phone field) or `word` (a
    global search); for example `GET /Contacts/search?phone=888-555-2145` or `GET
    /Leads/search?email=p.daly@zylker.com`. Only one search takes effect per call; when several are
    given the first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200
    records per page. The results look like those of the records list, GDPR consent details included;
    fields marked private and restricted come back as null and cannot be searched by criteria (that
    search is refused with an error). Scope `ZohoCRM.modules.ALL`, `ZohoCRM.modules.{module}.{ALL|READ}`
    or `ZohoCRM.modules.search.READ`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        criteria (str | Unset): A search expression: `({field_api_name}:{operator}:{value})`,
            several joined with `and` / `or` and grouped with parentheses, for example
            `((Last_Name:equals:Hawkins) or (Last_Name:starts_with:Pat))`; at most 10 criteria per
            search, on the same or different fields. Operators: `equals`, `starts_with`, `not_equal`,
            `in`, and for number, currency, date and date-time fields `greater_than`, `greater_equal`,
            `less_than`, `less_equal` and `between`. Escape `(`, `)` and `,` inside a value with a
            backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the module's records for this word (a global search).
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        criteria=criteria,
        email=email,
        phone=phone,
        word=word,
        converted=converted,
        approved=approved,
        page=page,
        per_page=per_page,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecordConversionFilter | Unset = UNSET,
    approved: RecordApprovalFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    include: RecordIncludeOption | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """Search records

     Returns a page of the module's records matching one of four searches: `criteria`
    (`(Last_Name:equals:Boyle)`), `email` (every e-mail field), `phone` (every phone field) or `word` (a
    global search); for example `GET /Contacts/search?phone=888-555-2145` or `GET
    /Leads/search?email=p.daly@zylker.com`. Only one search takes effect per call; when several are
    given the first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200
    records per page. The results look like those of the records list, GDPR consent details included;
    fields marked private and restricted come back as null and cannot be searched by criteria (that
    search is refused with an error). Scope `ZohoCRM.modules.ALL`, `ZohoCRM.modules.{module}.{ALL|READ}`
    or `ZohoCRM.modules.search.READ`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        criteria (str | Unset): A search expression: `({field_api_name}:{operator}:{value})`,
            several joined with `and` / `or` and grouped with parentheses, for example
            `((Last_Name:equals:Hawkins) or (Last_Name:starts_with:Pat))`; at most 10 criteria per
            search, on the same or different fields. Operators: `equals`, `starts_with`, `not_equal`,
            `in`, and for number, currency, date and date-time fields `greater_than`, `greater_equal`,
            `less_than`, `less_equal` and `between`. Escape `(`, `)` and `,` inside a value with a
            backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the module's records for this word (a global search).
        converted (RecordConversionFilter | Unset): Which records by conversion state; `true`
            converted only, `false` not converted only, `both` all.
        approved (RecordApprovalFilter | Unset): Which records by approval state; `true` approved
            only, `false` not yet approved only, `both` all.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            criteria=criteria,
            email=email,
            phone=phone,
            word=word,
            converted=converted,
            approved=approved,
            page=page,
            per_page=per_page,
            include=include,
        )
    ).parsed
