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
    *,
    ids: str,
    tag_names: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["tag_names"] = tag_names

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{module_api_name}/actions/remove_tags".format(
            module_api_name=quote(str(module_api_name), safe=""),
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

    if response.status_code == 202:
        response_202 = TagRecordActionResponse._from_nested_json(response.json())

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
    *,
    client: AuthenticatedClient,
    ids: str,
    tag_names: str,
) -> Response[TagRecordActionResponse, ZohoError]:
    """Remove tags from several records

     Removes the named tags from up to 500 records at once; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit per 50
    records (at most 10 for 500). The result is one `ActionResult` per record (`details.id`,
    `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records to tag or untag, comma-separated (for example
            `1234567890,123456789`). At most 500 records per call. It is a comma-separated list of
            numeric ids, carried as a string.
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
        ids=ids,
        tag_names=tag_names,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
    tag_names: str,
) -> TagRecordActionResponse | ZohoError | None:
    """Remove tags from several records

     Removes the named tags from up to 500 records at once; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit per 50
    records (at most 10 for 500). The result is one `ActionResult` per record (`details.id`,
    `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records to tag or untag, comma-separated (for example
            `1234567890,123456789`). At most 500 records per call. It is a comma-separated list of
            numeric ids, carried as a string.
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
        client=client,
        ids=ids,
        tag_names=tag_names,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
    tag_names: str,
) -> Response[TagRecordActionResponse, ZohoError]:
    """Remove tags from several records

     Removes the named tags from up to 500 records at once; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit per 50
    records (at most 10 for 500). The result is one `ActionResult` per record (`details.id`,
    `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records to tag or untag, comma-separated (for example
            `1234567890,123456789`). At most 500 records per call. It is a comma-separated list of
            numeric ids, carried as a string.
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
        ids=ids,
        tag_names=tag_names,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
    tag_names: str,
) -> TagRecordActionResponse | ZohoError | None:
    """Remove tags from several records

     Removes the named tags from up to 500 records at once; the tags themselves stay in the module. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit per 50
    records (at most 10 for 500). The result is one `ActionResult` per record (`details.id`,
    `details.tags` the tags left).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records to tag or untag, comma-separated (for example
            `1234567890,123456789`). At most 500 records per call. It is a comma-separated list of
            numeric ids, carried as a string.
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
            client=client,
            ids=ids,
            tag_names=tag_names,
        )
    ).parsed
