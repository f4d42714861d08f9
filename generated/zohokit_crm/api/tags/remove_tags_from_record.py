# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tag_record_action_response import TagRecordActionResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    *,
    tag_names: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tag_names"] = tag_names

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{module_api_name}/{record_id}/actions/remove_tags".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TagRecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = TagRecordActionResponse._from_nested_json(response.json())

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
) -> Response[TagRecordActionResponse, ZohoError]:
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
    tag_names: str,
) -> Response[TagRecordActionResponse, ZohoError]:
    """Remove tags from a record

     Removes the named tags from the record with this id; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`details.id`, `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        tag_names (str): The names of the tags, comma-separated (for example `From Email,High
            Priority`). Adding a name that does not exist yet creates the tag in the module. A tag
            name cannot hold any of ``; < > " ' \\ / { } [ ] | ` ~ ! @ # $ % ^ & * = + ?``: Zoho
            refuses such a name with `INVALID_DATA` ("special characters found in the given name").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        tag_names=tag_names,
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
    tag_names: str,
) -> TagRecordActionResponse | ZohoError | None:
    """Remove tags from a record

     Removes the named tags from the record with this id; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`details.id`, `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        tag_names (str): The names of the tags, comma-separated (for example `From Email,High
            Priority`). Adding a name that does not exist yet creates the tag in the module. A tag
            name cannot hold any of ``; < > " ' \\ / { } [ ] | ` ~ ! @ # $ % ^ & * = + ?``: Zoho
            refuses such a name with `INVALID_DATA` ("special characters found in the given name").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagRecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        tag_names=tag_names,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    tag_names: str,
) -> Response[TagRecordActionResponse, ZohoError]:
    """Remove tags from a record

     Removes the named tags from the record with this id; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`details.id`, `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        tag_names (str): The names of the tags, comma-separated (for example `From Email,High
            Priority`). Adding a name that does not exist yet creates the tag in the module. A tag
            name cannot hold any of ``; < > " ' \\ / { } [ ] | ` ~ ! @ # $ % ^ & * = + ?``: Zoho
            refuses such a name with `INVALID_DATA` ("special characters found in the given name").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagRecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        tag_names=tag_names,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    tag_names: str,
) -> TagRecordActionResponse | ZohoError | None:
    """Remove tags from a record

     Removes the named tags from the record with this id; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`details.id`, `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        tag_names (str): The names of the tags, comma-separated (for example `From Email,High
            Priority`). Adding a name that does not exist yet creates the tag in the module. A tag
            name cannot hold any of ``; < > " ' \\ / { } [ ] | ` ~ ! @ # $ % ^ & * = + ?``: Zoho
            refuses such a name with `INVALID_DATA` ("special characters found in the given name").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagRecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            tag_names=tag_names,
        )
    ).parsed
