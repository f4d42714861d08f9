# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.records_response import RecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
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
) -> RecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordsResponse._from_nested_json(response.json())

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
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """List a record's related records

     Returns a page of the records in one related list of the record, for example the campaigns of a lead
    or the products of a deal (at most 200 per page). Find the related list's API name with `GET
    /settings/related_lists?module=...`. For a linking module, ask for the linking module's own fields
    in `fields` as `{linking_module_api_name}.{field_api_name}`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordsResponse | None, ZohoError]
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
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """List a record's related records

     Returns a page of the records in one related list of the record, for example the campaigns of a lead
    or the products of a deal (at most 200 per page). Find the related list's API name with `GET
    /settings/related_lists?module=...`. For a linking module, ask for the linking module's own fields
    in `fields` as `{linking_module_api_name}.{field_api_name}`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordsResponse | ZohoError | None
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
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """List a record's related records

     Returns a page of the records in one related list of the record, for example the campaigns of a lead
    or the products of a deal (at most 200 per page). Find the related list's API name with `GET
    /settings/related_lists?module=...`. For a linking module, ask for the linking module's own fields
    in `fields` as `{linking_module_api_name}.{field_api_name}`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordsResponse | None, ZohoError]
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
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    if_modified_since: str | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """List a record's related records

     Returns a page of the records in one related list of the record, for example the campaigns of a lead
    or the products of a deal (at most 200 per page). Find the related list's API name with `GET
    /settings/related_lists?module=...`. For a linking module, ask for the linking module's own fields
    in `fields` as `{linking_module_api_name}.{field_api_name}`. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit.

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        fields (str | Unset): Return only these fields: field API names, comma-separated (for
            example `Last_Name,Email`). `id` is always returned.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.
        if_modified_since (str | Unset): Only answer with what was created or modified after this
            moment, an ISO 8601 date-time with an offset, for example `2019-07-25T15:26:49+05:30`.
            When nothing changed since then, Zoho answers `304 Not Modified` with no body. Lists
            return only the items changed since then; single-item reads return the item only when it
            changed. Zoho's SDKs send it to refresh cached metadata (modules, users, profiles). A
            value that is not a date-time (an empty one included) is ignored, as HTTP prescribes for
            `If-Modified-Since` (RFC 9110, section 13.1.3): the request is answered as if the header
            were absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordsResponse | ZohoError | None
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
