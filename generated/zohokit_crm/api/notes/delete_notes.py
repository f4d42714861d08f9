# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_action_response import RecordActionResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/Notes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordActionResponse._from_nested_json(response.json())

        return response_200

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
    *,
    client: AuthenticatedClient,
    ids: str,
) -> Response[RecordActionResponse, ZohoError]:
    """Delete notes

     Deletes several notes by id, listed comma-separated in `ids`. Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`record deleted`, `details.id`).

    Args:
        ids (str): The ids of the notes, comma-separated (for example
            `2883756000000268003,2883756000000987654,2883756000000736435`); at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ids: str,
) -> RecordActionResponse | ZohoError | None:
    """Delete notes

     Deletes several notes by id, listed comma-separated in `ids`. Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`record deleted`, `details.id`).

    Args:
        ids (str): The ids of the notes, comma-separated (for example
            `2883756000000268003,2883756000000987654,2883756000000736435`); at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: str,
) -> Response[RecordActionResponse, ZohoError]:
    """Delete notes

     Deletes several notes by id, listed comma-separated in `ids`. Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`record deleted`, `details.id`).

    Args:
        ids (str): The ids of the notes, comma-separated (for example
            `2883756000000268003,2883756000000987654,2883756000000736435`); at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: str,
) -> RecordActionResponse | ZohoError | None:
    """Delete notes

     Deletes several notes by id, listed comma-separated in `ids`. Scope
    `ZohoCRM.modules.notes.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`record deleted`, `details.id`).

    Args:
        ids (str): The ids of the notes, comma-separated (for example
            `2883756000000268003,2883756000000987654,2883756000000736435`); at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
        )
    ).parsed
