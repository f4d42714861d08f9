# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_read_create_response import BulkReadCreateResponse
from ...models.bulk_read_job_request import BulkReadJobRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    *,
    body: BulkReadJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkReadCreateResponse | ZohoError | None:
    if response.status_code == 201:
        response_201 = BulkReadCreateResponse._from_nested_json(response.json())

        return response_201

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

    if response.status_code == 415:
        response_415 = ZohoError._from_nested_json(response.json())

        return response_415

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
) -> Response[BulkReadCreateResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkReadJobRequest,
) -> Response[BulkReadCreateResponse, ZohoError]:
    """Create a bulk read (export) job

     Schedules an asynchronous export of one module's records: at most 200,000 records (one `page`) per
    job, with the chosen `fields` (at most 200 are honoured), optionally limited to a custom view
    (`cvid`) and a `criteria` (at most 25 conditions; `in` / `not_in` take at most 20 values; multi-line
    fields cannot be filtered on). Poll `GET /read/{job_id}`, or pass a `callback` (for example `{"url":
    "https://sampledomain.com/getzohoresponse", "method": "post"}`) to receive the job's details when it
    completes or fails, then download the file from `GET /read/{job_id}/result`. Scopes
    `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}` (or `ZohoCRM.modules.ALL`). Costs 50
    API credits. Notes, attachments and e-mails cannot be exported, so Notes is not offered here. The
    link polls the job; the poll's answer links to the download once the job is `COMPLETED`.

    Args:
        body (BulkReadJobRequest): Body of `POST /read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkReadCreateResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BulkReadJobRequest,
) -> BulkReadCreateResponse | ZohoError | None:
    """Create a bulk read (export) job

     Schedules an asynchronous export of one module's records: at most 200,000 records (one `page`) per
    job, with the chosen `fields` (at most 200 are honoured), optionally limited to a custom view
    (`cvid`) and a `criteria` (at most 25 conditions; `in` / `not_in` take at most 20 values; multi-line
    fields cannot be filtered on). Poll `GET /read/{job_id}`, or pass a `callback` (for example `{"url":
    "https://sampledomain.com/getzohoresponse", "method": "post"}`) to receive the job's details when it
    completes or fails, then download the file from `GET /read/{job_id}/result`. Scopes
    `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}` (or `ZohoCRM.modules.ALL`). Costs 50
    API credits. Notes, attachments and e-mails cannot be exported, so Notes is not offered here. The
    link polls the job; the poll's answer links to the download once the job is `COMPLETED`.

    Args:
        body (BulkReadJobRequest): Body of `POST /read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkReadCreateResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkReadJobRequest,
) -> Response[BulkReadCreateResponse, ZohoError]:
    """Create a bulk read (export) job

     Schedules an asynchronous export of one module's records: at most 200,000 records (one `page`) per
    job, with the chosen `fields` (at most 200 are honoured), optionally limited to a custom view
    (`cvid`) and a `criteria` (at most 25 conditions; `in` / `not_in` take at most 20 values; multi-line
    fields cannot be filtered on). Poll `GET /read/{job_id}`, or pass a `callback` (for example `{"url":
    "https://sampledomain.com/getzohoresponse", "method": "post"}`) to receive the job's details when it
    completes or fails, then download the file from `GET /read/{job_id}/result`. Scopes
    `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}` (or `ZohoCRM.modules.ALL`). Costs 50
    API credits. Notes, attachments and e-mails cannot be exported, so Notes is not offered here. The
    link polls the job; the poll's answer links to the download once the job is `COMPLETED`.

    Args:
        body (BulkReadJobRequest): Body of `POST /read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkReadCreateResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkReadJobRequest,
) -> BulkReadCreateResponse | ZohoError | None:
    """Create a bulk read (export) job

     Schedules an asynchronous export of one module's records: at most 200,000 records (one `page`) per
    job, with the chosen `fields` (at most 200 are honoured), optionally limited to a custom view
    (`cvid`) and a `criteria` (at most 25 conditions; `in` / `not_in` take at most 20 values; multi-line
    fields cannot be filtered on). Poll `GET /read/{job_id}`, or pass a `callback` (for example `{"url":
    "https://sampledomain.com/getzohoresponse", "method": "post"}`) to receive the job's details when it
    completes or fails, then download the file from `GET /read/{job_id}/result`. Scopes
    `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}` (or `ZohoCRM.modules.ALL`). Costs 50
    API credits. Notes, attachments and e-mails cannot be exported, so Notes is not offered here. The
    link polls the job; the poll's answer links to the download once the job is `COMPLETED`.

    Args:
        body (BulkReadJobRequest): Body of `POST /read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkReadCreateResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
