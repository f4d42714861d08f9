# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_include_option import RecordIncludeOption
from ...models.records_response import RecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    *,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/{record_id}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
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
    *,
    client: AuthenticatedClient,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """Get one record

     Returns the record with this id in `data[0]`, subform rows and line items included: a subform
    appears under its API name (subform "Sub form1" as `Sub_form1`). GDPR: fields marked private come
    back as null, even when a value exists, unless `include=private_fields` is given; a field whose
    `private.restricted` is true is never exposed; the consent details appear in
    `Data_Processing_Basis_Details`; and when `$stop_processing` is true the record cannot be updated,
    upserted or converted. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1
    API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
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
        include=include,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """Get one record

     Returns the record with this id in `data[0]`, subform rows and line items included: a subform
    appears under its API name (subform "Sub form1" as `Sub_form1`). GDPR: fields marked private come
    back as null, even when a value exists, unless `include=private_fields` is given; a field whose
    `private.restricted` is true is never exposed; the consent details appear in
    `Data_Processing_Basis_Details`; and when `$stop_processing` is true the record cannot be updated,
    upserted or converted. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1
    API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
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
        client=client,
        include=include,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[RecordsResponse | None, ZohoError]:
    """Get one record

     Returns the record with this id in `data[0]`, subform rows and line items included: a subform
    appears under its API name (subform "Sub form1" as `Sub_form1`). GDPR: fields marked private come
    back as null, even when a value exists, unless `include=private_fields` is given; a field whose
    `private.restricted` is true is never exposed; the consent details appear in
    `Data_Processing_Basis_Details`; and when `$stop_processing` is true the record cannot be updated,
    upserted or converted. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1
    API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
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
        include=include,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> RecordsResponse | ZohoError | None:
    """Get one record

     Returns the record with this id in `data[0]`, subform rows and line items included: a subform
    appears under its API name (subform "Sub form1" as `Sub_form1`). GDPR: fields marked private come
    back as null, even when a value exists, unless `include=private_fields` is given; a field whose
    `private.restricted` is true is never exposed; the consent details appear in
    `Data_Processing_Basis_Details`; and when `$stop_processing` is true the record cannot be updated,
    upserted or converted. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1
    API credit.

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
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
            client=client,
            include=include,
            if_modified_since=if_modified_since,
        )
    ).parsed
