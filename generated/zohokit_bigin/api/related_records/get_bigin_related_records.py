# generated from spec/dist/bigin.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bigin_parent_module_name import BiginParentModuleName
from ...models.bigin_read_related_list import BiginReadRelatedList
from ...models.bigin_records_response import BiginRecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginReadRelatedList,
    *,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/{record_id}/{related_list_api_name}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
            related_list_api_name=quote(str(related_list_api_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BiginRecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = BiginRecordsResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 204:
        return None
    if response.status_code == 304:
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
) -> Response[BiginRecordsResponse | None, ZohoError]:
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
    related_list_api_name: BiginReadRelatedList,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[BiginRecordsResponse | None, ZohoError]:
    """List a record's related records

     Returns one page of the records in one related list of the record: the products related to a
    contact, deal or company (`GET /Deals/{record_id}/Products`), a company's contacts or deals, a
    contact's deals, or the contact of a deal. At most 200 records per page (`page`, `per_page`; read on
    while `info.more_records` is true); `fields` picks the fields returned. When the list is empty Bigin
    answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts` or `deals` and operation type `ALL` or `READ`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginReadRelatedList): A related list whose records can be read:
            `Products`, `Contacts` or `Deals`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        fields=fields,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginReadRelatedList,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> BiginRecordsResponse | ZohoError | None:
    """List a record's related records

     Returns one page of the records in one related list of the record: the products related to a
    contact, deal or company (`GET /Deals/{record_id}/Products`), a company's contacts or deals, a
    contact's deals, or the contact of a deal. At most 200 records per page (`page`, `per_page`; read on
    while `info.more_records` is true); `fields` picks the fields returned. When the list is empty Bigin
    answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts` or `deals` and operation type `ALL` or `READ`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginReadRelatedList): A related list whose records can be read:
            `Products`, `Contacts` or `Deals`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        client=client,
        fields=fields,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginReadRelatedList,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[BiginRecordsResponse | None, ZohoError]:
    """List a record's related records

     Returns one page of the records in one related list of the record: the products related to a
    contact, deal or company (`GET /Deals/{record_id}/Products`), a company's contacts or deals, a
    contact's deals, or the contact of a deal. At most 200 records per page (`page`, `per_page`; read on
    while `info.more_records` is true); `fields` picks the fields returned. When the list is empty Bigin
    answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts` or `deals` and operation type `ALL` or `READ`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginReadRelatedList): A related list whose records can be read:
            `Products`, `Contacts` or `Deals`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BiginRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        fields=fields,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: BiginParentModuleName,
    record_id: str,
    related_list_api_name: BiginReadRelatedList,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> BiginRecordsResponse | ZohoError | None:
    """List a record's related records

     Returns one page of the records in one related list of the record: the products related to a
    contact, deal or company (`GET /Deals/{record_id}/Products`), a company's contacts or deals, a
    contact's deals, or the contact of a deal. At most 200 records per page (`page`, `per_page`; read on
    while `info.more_records` is true); `fields` picks the fields returned. When the list is empty Bigin
    answers `204` with an empty body.

    **Scope:** `ZohoBigin.modules.ALL`, or `ZohoBigin.modules.{module_name}.{operation_type}` with
    module name `accounts` (or `companies`), `contacts` or `deals` and operation type `ALL` or `READ`.

    Args:
        module_api_name (BiginParentModuleName): A Bigin module whose records have the related
            lists these operations use: `Contacts`, `Deals` or `Accounts` (companies).
        record_id (str): The id of the parent record (a numeric id of up to 19 digits, carried as
            a string).
        related_list_api_name (BiginReadRelatedList): A related list whose records can be read:
            `Products`, `Contacts` or `Deals`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). The record `id` is always returned. Without it every field
            comes back.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2024-02-01T00:00:00+00:00`.
            When nothing changed since then, Bigin answers `304 Not Modified` with no body; a single-
            record read returns the record only when it changed. A value that is not a date-time is
            ignored, as HTTP prescribes for this header: the request is answered as if it were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BiginRecordsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            related_list_api_name=related_list_api_name,
            client=client,
            fields=fields,
            page=page,
            per_page=per_page,
            if_modified_since=if_modified_since,
        )
    ).parsed
