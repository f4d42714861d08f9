# generated from spec/dist/recruit.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recruit_record_action_response import RecruitRecordActionResponse
from ...models.recruit_record_module_name import RecruitRecordModuleName
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    module_api_name: RecruitRecordModuleName,
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{module_api_name}".format(
            module_api_name=quote(str(module_api_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecruitRecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecruitRecordActionResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = RecruitRecordActionResponse._from_nested_json(response.json())

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
) -> Response[RecruitRecordActionResponse, ZohoError]:
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
    ids: str,
) -> Response[RecruitRecordActionResponse, ZohoError]:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`; they move to the recycle bin.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `DELETE` (delete records).

    **Results:** one per id, in order: `record deleted` with the `id` in `details`, or `INVALID_DATA`
    ("the id given seems to be invalid") for an id that is not a record of the module.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        ids (str): The ids of the records to delete, comma-separated (for example
            `3652397000002800001,3652397000002800002`), at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> RecruitRecordActionResponse | ZohoError | None:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`; they move to the recycle bin.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `DELETE` (delete records).

    **Results:** one per id, in order: `record deleted` with the `id` in `details`, or `INVALID_DATA`
    ("the id given seems to be invalid") for an id that is not a record of the module.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        ids (str): The ids of the records to delete, comma-separated (for example
            `3652397000002800001,3652397000002800002`), at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitRecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> Response[RecruitRecordActionResponse, ZohoError]:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`; they move to the recycle bin.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `DELETE` (delete records).

    **Results:** one per id, in order: `record deleted` with the `id` in `details`, or `INVALID_DATA`
    ("the id given seems to be invalid") for an id that is not a record of the module.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        ids (str): The ids of the records to delete, comma-separated (for example
            `3652397000002800001,3652397000002800002`), at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: RecruitRecordModuleName,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> RecruitRecordActionResponse | ZohoError | None:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`; they move to the recycle bin.

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate`, `jobopening`, `client`, `contact` or `interview` and operation type `ALL`,
    `WRITE` (edit records) or `DELETE` (delete records).

    **Results:** one per id, in order: `record deleted` with the `id` in `details`, or `INVALID_DATA`
    ("the id given seems to be invalid") for an id that is not a record of the module.

    Args:
        module_api_name (RecruitRecordModuleName): The API name of a Zoho Recruit module served by
            the records API: `Candidates`, `JobOpenings`, `Clients`, `Contacts` or `Interviews`.
        ids (str): The ids of the records to delete, comma-separated (for example
            `3652397000002800001,3652397000002800002`), at most 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitRecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            ids=ids,
        )
    ).parsed
