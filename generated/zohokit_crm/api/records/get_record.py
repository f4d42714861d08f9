from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_include_option import RecordIncludeOption
from ...models.records_response import RecordsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset


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
) -> Any | RecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ZohoError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ZohoError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ZohoError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ZohoError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ZohoError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ZohoError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RecordsResponse | ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | RecordsResponse | ZohoError]:
    """Get one record

     Returns the record with this id in `data[0]` (the seed's sample: `GET /Leads/410888000000698006`),
    subform rows and line items included: a subform appears under its API name (subform "Sub form1" as
    `Sub_form1`). GDPR: fields marked private come back as null, even when a value exists, unless
    `include=private_fields` is given (the seed's sample: `GET
    /Leads/111111000000034001?include=private_fields`); a field whose `private.restricted` is true is
    never exposed; the consent details appear in `Data_Processing_Basis_Details`; and when
    `$stop_processing` is true the record cannot be updated, upserted or converted. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. The seed's
    sample responses were lost in scraping; the shape is that of Zoho's public CRM v2 API, and the
    example gathers the seed's sample field values (one per field type).

    Args:
        module_api_name (str):
        record_id (str):
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RecordsResponse | ZohoError]
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
    client: AuthenticatedClient | Client,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | RecordsResponse | ZohoError | None:
    """Get one record

     Returns the record with this id in `data[0]` (the seed's sample: `GET /Leads/410888000000698006`),
    subform rows and line items included: a subform appears under its API name (subform "Sub form1" as
    `Sub_form1`). GDPR: fields marked private come back as null, even when a value exists, unless
    `include=private_fields` is given (the seed's sample: `GET
    /Leads/111111000000034001?include=private_fields`); a field whose `private.restricted` is true is
    never exposed; the consent details appear in `Data_Processing_Basis_Details`; and when
    `$stop_processing` is true the record cannot be updated, upserted or converted. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. The seed's
    sample responses were lost in scraping; the shape is that of Zoho's public CRM v2 API, and the
    example gathers the seed's sample field values (one per field type).

    Args:
        module_api_name (str):
        record_id (str):
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RecordsResponse | ZohoError
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
    client: AuthenticatedClient | Client,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | RecordsResponse | ZohoError]:
    """Get one record

     Returns the record with this id in `data[0]` (the seed's sample: `GET /Leads/410888000000698006`),
    subform rows and line items included: a subform appears under its API name (subform "Sub form1" as
    `Sub_form1`). GDPR: fields marked private come back as null, even when a value exists, unless
    `include=private_fields` is given (the seed's sample: `GET
    /Leads/111111000000034001?include=private_fields`); a field whose `private.restricted` is true is
    never exposed; the consent details appear in `Data_Processing_Basis_Details`; and when
    `$stop_processing` is true the record cannot be updated, upserted or converted. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. The seed's
    sample responses were lost in scraping; the shape is that of Zoho's public CRM v2 API, and the
    example gathers the seed's sample field values (one per field type).

    Args:
        module_api_name (str):
        record_id (str):
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RecordsResponse | ZohoError]
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
    client: AuthenticatedClient | Client,
    include: RecordIncludeOption | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | RecordsResponse | ZohoError | None:
    """Get one record

     Returns the record with this id in `data[0]` (the seed's sample: `GET /Leads/410888000000698006`),
    subform rows and line items included: a subform appears under its API name (subform "Sub form1" as
    `Sub_form1`). GDPR: fields marked private come back as null, even when a value exists, unless
    `include=private_fields` is given (the seed's sample: `GET
    /Leads/111111000000034001?include=private_fields`); a field whose `private.restricted` is true is
    never exposed; the consent details appear in `Data_Processing_Basis_Details`; and when
    `$stop_processing` is true the record cannot be updated, upserted or converted. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. The seed's
    sample responses were lost in scraping; the shape is that of Zoho's public CRM v2 API, and the
    example gathers the seed's sample field values (one per field type).

    Args:
        module_api_name (str):
        record_id (str):
        include (RecordIncludeOption | Unset): Extra content to include in a record read;
            `private_fields` adds the values of GDPR private fields.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RecordsResponse | ZohoError
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
