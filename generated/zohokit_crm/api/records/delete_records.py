# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_action_response import RecordActionResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    *,
    ids: str,
    wf_trigger: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["wf_trigger"] = wf_trigger

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
) -> Response[RecordActionResponse, ZohoError]:
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
    wf_trigger: bool | Unset = True,
) -> Response[RecordActionResponse, ZohoError]:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`, together with their subform rows; they go
    to the recycle bin. By default every workflow tied to the deletion runs; `wf_trigger=false` skips
    them. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API
    credit. Each result is Zoho's per-record `ActionResult` (`record deleted`, `details.id`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records, comma-separated (for example
            `410405000002264040,410405000002264025`). At most 100 ids per call. It is a comma-
            separated list of numeric ids, carried as a string.
        wf_trigger (bool | Unset): Whether the workflows tied to deletion run (default `true`).
            Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        ids=ids,
        wf_trigger=wf_trigger,
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
    wf_trigger: bool | Unset = True,
) -> RecordActionResponse | ZohoError | None:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`, together with their subform rows; they go
    to the recycle bin. By default every workflow tied to the deletion runs; `wf_trigger=false` skips
    them. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API
    credit. Each result is Zoho's per-record `ActionResult` (`record deleted`, `details.id`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records, comma-separated (for example
            `410405000002264040,410405000002264025`). At most 100 ids per call. It is a comma-
            separated list of numeric ids, carried as a string.
        wf_trigger (bool | Unset): Whether the workflows tied to deletion run (default `true`).
            Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        client=client,
        ids=ids,
        wf_trigger=wf_trigger,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
    wf_trigger: bool | Unset = True,
) -> Response[RecordActionResponse, ZohoError]:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`, together with their subform rows; they go
    to the recycle bin. By default every workflow tied to the deletion runs; `wf_trigger=false` skips
    them. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API
    credit. Each result is Zoho's per-record `ActionResult` (`record deleted`, `details.id`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records, comma-separated (for example
            `410405000002264040,410405000002264025`). At most 100 ids per call. It is a comma-
            separated list of numeric ids, carried as a string.
        wf_trigger (bool | Unset): Whether the workflows tied to deletion run (default `true`).
            Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        ids=ids,
        wf_trigger=wf_trigger,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
    wf_trigger: bool | Unset = True,
) -> RecordActionResponse | ZohoError | None:
    """Delete records

     Deletes up to 100 records of the module, listed in `ids`, together with their subform rows; they go
    to the recycle bin. By default every workflow tied to the deletion runs; `wf_trigger=false` skips
    them. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API
    credit. Each result is Zoho's per-record `ActionResult` (`record deleted`, `details.id`).

    Args:
        module_api_name (str): The API name of a module, as returned by the modules metadata API,
            for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Campaigns`, `Tasks`, `Cases`,
            `Events`, `Calls`, `Solutions`, `Products`, `Vendors`, `Price_Books`, `Quotes`,
            `Sales_Orders`, `Purchase_Orders`, `Invoices`, `Notes`, or the API name of a custom
            module.
        ids (str): The ids of the records, comma-separated (for example
            `410405000002264040,410405000002264025`). At most 100 ids per call. It is a comma-
            separated list of numeric ids, carried as a string.
        wf_trigger (bool | Unset): Whether the workflows tied to deletion run (default `true`).
            Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            client=client,
            ids=ids,
            wf_trigger=wf_trigger,
        )
    ).parsed
