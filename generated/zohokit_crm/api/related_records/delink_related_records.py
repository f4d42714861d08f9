# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_action_response import RecordActionResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{module_api_name}/{record_id}/{related_list_api_name}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
            related_list_api_name=quote(str(related_list_api_name), safe=""),
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
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> Response[RecordActionResponse, ZohoError]:
    """Unlink several related records

     Removes the association between the record and up to 100 records of one of its related lists, listed
    in `ids`; no record is deleted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`relation removed`, `details.id`).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        ids (str): The ids of the related records to unlink, comma-separated (for example
            `100013559`). At most 100 ids per call. It is a comma-separated list of numeric ids,
            carried as a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> RecordActionResponse | ZohoError | None:
    """Unlink several related records

     Removes the association between the record and up to 100 records of one of its related lists, listed
    in `ids`; no record is deleted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`relation removed`, `details.id`).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        ids (str): The ids of the related records to unlink, comma-separated (for example
            `100013559`). At most 100 ids per call. It is a comma-separated list of numeric ids,
            carried as a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> Response[RecordActionResponse, ZohoError]:
    """Unlink several related records

     Removes the association between the record and up to 100 records of one of its related lists, listed
    in `ids`; no record is deleted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`relation removed`, `details.id`).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        ids (str): The ids of the related records to unlink, comma-separated (for example
            `100013559`). At most 100 ids per call. It is a comma-separated list of numeric ids,
            carried as a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        related_list_api_name=related_list_api_name,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> RecordActionResponse | ZohoError | None:
    """Unlink several related records

     Removes the association between the record and up to 100 records of one of its related lists, listed
    in `ids`; no record is deleted. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|DELETE}`. Costs 1 API credit. Each result is Zoho's per-record
    `ActionResult` (`relation removed`, `details.id`).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        ids (str): The ids of the related records to unlink, comma-separated (for example
            `100013559`). At most 100 ids per call. It is a comma-separated list of numeric ids,
            carried as a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            related_list_api_name=related_list_api_name,
            client=client,
            ids=ids,
        )
    ).parsed
