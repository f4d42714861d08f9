# generated from spec/dist/recruit.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recruit_record_module_name import RecruitRecordModuleName
from ...models.recruit_records_response import RecruitRecordsResponse
from ...models.recruit_state_filter import RecruitStateFilter
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: RecruitRecordModuleName,
    *,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecruitStateFilter | Unset = UNSET,
    approved: RecruitStateFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
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
) -> RecruitRecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecruitRecordsResponse._from_nested_json(response.json())

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
) -> Response[RecruitRecordsResponse | None, ZohoError]:
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
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecruitStateFilter | Unset = UNSET,
    approved: RecruitStateFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[RecruitRecordsResponse | None, ZohoError]:
    """Search records

     Returns one page of the module's records that match one of four searches: `criteria`, for example
    `(Last_Name:equals:Adams)`; `email` (every e-mail field); `phone` (every phone field); or `word` (a
    search of the records' text). Only one search takes effect per call: when several are given, the
    first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200 records per
    page (`page`, `per_page`); the results look like those of the records list. When nothing matches
    Zoho Recruit answers `204` with an empty body.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`
    (full access) or `READ` (get records).

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        criteria (str | Unset): A search expression `({field_api_name}:{operator}:{value})`,
            several joined with `and` or `or` and grouped with parentheses, for example
            `((Last_Name:equals:Adams) or (Last_Name:starts_with:Ok))`; at most 10 criteria.
            Operators: `equals` and `starts_with`, and for number, date and date-time fields also
            `greater_than`, `greater_equal`, `less_than` and `less_equal`. Escape `(`, `)` and `,`
            inside a value with a backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the records' text fields for this word.
        converted (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        approved (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitRecordsResponse | None, ZohoError]
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecruitStateFilter | Unset = UNSET,
    approved: RecruitStateFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> RecruitRecordsResponse | ZohoError | None:
    """Search records

     Returns one page of the module's records that match one of four searches: `criteria`, for example
    `(Last_Name:equals:Adams)`; `email` (every e-mail field); `phone` (every phone field); or `word` (a
    search of the records' text). Only one search takes effect per call: when several are given, the
    first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200 records per
    page (`page`, `per_page`); the results look like those of the records list. When nothing matches
    Zoho Recruit answers `204` with an empty body.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`
    (full access) or `READ` (get records).

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        criteria (str | Unset): A search expression `({field_api_name}:{operator}:{value})`,
            several joined with `and` or `or` and grouped with parentheses, for example
            `((Last_Name:equals:Adams) or (Last_Name:starts_with:Ok))`; at most 10 criteria.
            Operators: `equals` and `starts_with`, and for number, date and date-time fields also
            `greater_than`, `greater_equal`, `less_than` and `less_equal`. Escape `(`, `)` and `,`
            inside a value with a backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the records' text fields for this word.
        converted (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        approved (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitRecordsResponse | ZohoError | None
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
    ).parsed


async def asyncio_detailed(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecruitStateFilter | Unset = UNSET,
    approved: RecruitStateFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[RecruitRecordsResponse | None, ZohoError]:
    """Search records

     Returns one page of the module's records that match one of four searches: `criteria`, for example
    `(Last_Name:equals:Adams)`; `email` (every e-mail field); `phone` (every phone field); or `word` (a
    search of the records' text). Only one search takes effect per call: when several are given, the
    first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200 records per
    page (`page`, `per_page`); the results look like those of the records list. When nothing matches
    Zoho Recruit answers `204` with an empty body.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`
    (full access) or `READ` (get records).

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        criteria (str | Unset): A search expression `({field_api_name}:{operator}:{value})`,
            several joined with `and` or `or` and grouped with parentheses, for example
            `((Last_Name:equals:Adams) or (Last_Name:starts_with:Ok))`; at most 10 criteria.
            Operators: `equals` and `starts_with`, and for number, date and date-time fields also
            `greater_than`, `greater_equal`, `less_than` and `less_equal`. Escape `(`, `)` and `,`
            inside a value with a backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the records' text fields for this word.
        converted (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        approved (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitRecordsResponse | None, ZohoError]
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    criteria: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    word: str | Unset = UNSET,
    converted: RecruitStateFilter | Unset = UNSET,
    approved: RecruitStateFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> RecruitRecordsResponse | ZohoError | None:
    """Search records

     Returns one page of the module's records that match one of four searches: `criteria`, for example
    `(Last_Name:equals:Adams)`; `email` (every e-mail field); `phone` (every phone field); or `word` (a
    search of the records' text). Only one search takes effect per call: when several are given, the
    first present in the order `criteria`, `email`, `phone`, `word` is used. At most 200 records per
    page (`page`, `per_page`); the results look like those of the records list. When nothing matches
    Zoho Recruit answers `204` with an empty body.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`
    (full access) or `READ` (get records).

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        criteria (str | Unset): A search expression `({field_api_name}:{operator}:{value})`,
            several joined with `and` or `or` and grouped with parentheses, for example
            `((Last_Name:equals:Adams) or (Last_Name:starts_with:Ok))`; at most 10 criteria.
            Operators: `equals` and `starts_with`, and for number, date and date-time fields also
            `greater_than`, `greater_equal`, `less_than` and `less_equal`. Escape `(`, `)` and `,`
            inside a value with a backslash.
        email (str | Unset): Search every e-mail field of the module for this address.
        phone (str | Unset): Search every phone field of the module for this number.
        word (str | Unset): Search the records' text fields for this word.
        converted (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        approved (RecruitStateFilter | Unset): `true` only records in the state, `false` only
            records not in it, `both` all records.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitRecordsResponse | ZohoError | None
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
        )
    ).parsed
