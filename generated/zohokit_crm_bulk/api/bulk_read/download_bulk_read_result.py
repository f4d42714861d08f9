# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.zoho_error import ZohoError
from ...types import File, Response, request_sent_for


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/read/{job_id}/result".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | ZohoError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File, ZohoError]:
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
) -> Response[File, ZohoError]:
    """Download the result of a bulk read job

     Downloads the exported records of a completed job: a ZIP archive `{job_id}.zip` holding
    `{job_id}.csv` (or the ICS file of an `ics` export); lookup columns hold record ids only. Limits: at
    most 10 download requests per minute (beyond, Zoho answers 429 and serves the downloads after a
    minute); the file can be downloaded for one day after the job completes, after which the job is no
    longer reachable. Scopes `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API
    credit. This GET takes no body.

    Args:
        job_id (str): The unique id of a completed bulk read job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File, ZohoError]
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
) -> File | ZohoError | None:
    """Download the result of a bulk read job

     Downloads the exported records of a completed job: a ZIP archive `{job_id}.zip` holding
    `{job_id}.csv` (or the ICS file of an `ics` export); lookup columns hold record ids only. Limits: at
    most 10 download requests per minute (beyond, Zoho answers 429 and serves the downloads after a
    minute); the file can be downloaded for one day after the job completes, after which the job is no
    longer reachable. Scopes `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API
    credit. This GET takes no body.

    Args:
        job_id (str): The unique id of a completed bulk read job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ZohoError | None
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File, ZohoError]:
    """Download the result of a bulk read job

     Downloads the exported records of a completed job: a ZIP archive `{job_id}.zip` holding
    `{job_id}.csv` (or the ICS file of an `ics` export); lookup columns hold record ids only. Limits: at
    most 10 download requests per minute (beyond, Zoho answers 429 and serves the downloads after a
    minute); the file can be downloaded for one day after the job completes, after which the job is no
    longer reachable. Scopes `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API
    credit. This GET takes no body.

    Args:
        job_id (str): The unique id of a completed bulk read job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File, ZohoError]
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
) -> File | ZohoError | None:
    """Download the result of a bulk read job

     Downloads the exported records of a completed job: a ZIP archive `{job_id}.zip` holding
    `{job_id}.csv` (or the ICS file of an `ics` export); lookup columns hold record ids only. Limits: at
    most 10 download requests per minute (beyond, Zoho answers 429 and serves the downloads after a
    minute); the file can be downloaded for one day after the job completes, after which the job is no
    longer reachable. Scopes `ZohoCRM.bulk.read` and `ZohoCRM.modules.{module}.{ALL|READ}`. Costs 1 API
    credit. This GET takes no body.

    Args:
        job_id (str): The unique id of a completed bulk read job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ZohoError | None
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
