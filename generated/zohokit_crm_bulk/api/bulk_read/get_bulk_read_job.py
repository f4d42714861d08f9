# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_read_job_response import BulkReadJobResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/read/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkReadJobResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = BulkReadJobResponse._from_nested_json(response.json())

        return response_200

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
) -> Response[BulkReadJobResponse, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BulkReadJobResponse, ZohoError]:
    """Get the details of a bulk read job

     The state of a job: `ADDED` (queued), `IN PROGRESS`, `COMPLETED` or `FAILURE`, and once completed
    its `result`: the `page` exported, the record `count`, the `download_url` and `more_records` (true
    when more records match: create a job for the next `page`). Scopes `ZohoCRM.bulk.read` and
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. Instead of polling, a job can report to
    its `callback` URL. This GET takes no body.

    Args:
        job_id (str): The unique id of the bulk read job (from the create response).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkReadJobResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> BulkReadJobResponse | ZohoError | None:
    """Get the details of a bulk read job

     The state of a job: `ADDED` (queued), `IN PROGRESS`, `COMPLETED` or `FAILURE`, and once completed
    its `result`: the `page` exported, the record `count`, the `download_url` and `more_records` (true
    when more records match: create a job for the next `page`). Scopes `ZohoCRM.bulk.read` and
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. Instead of polling, a job can report to
    its `callback` URL. This GET takes no body.

    Args:
        job_id (str): The unique id of the bulk read job (from the create response).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkReadJobResponse | ZohoError | None
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BulkReadJobResponse, ZohoError]:
    """Get the details of a bulk read job

     The state of a job: `ADDED` (queued), `IN PROGRESS`, `COMPLETED` or `FAILURE`, and once completed
    its `result`: the `page` exported, the record `count`, the `download_url` and `more_records` (true
    when more records match: create a job for the next `page`). Scopes `ZohoCRM.bulk.read` and
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. Instead of polling, a job can report to
    its `callback` URL. This GET takes no body.

    Args:
        job_id (str): The unique id of the bulk read job (from the create response).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkReadJobResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> BulkReadJobResponse | ZohoError | None:
    """Get the details of a bulk read job

     The state of a job: `ADDED` (queued), `IN PROGRESS`, `COMPLETED` or `FAILURE`, and once completed
    its `result`: the `page` exported, the record `count`, the `download_url` and `more_records` (true
    when more records match: create a job for the next `page`). Scopes `ZohoCRM.bulk.read` and
    `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API credit. Instead of polling, a job can report to
    its `callback` URL. This GET takes no body.

    Args:
        job_id (str): The unique id of the bulk read job (from the create response).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkReadJobResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
