# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.record_action_response import RecordActionResponse
from ...models.related_record_update_request import RelatedRecordUpdateRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    related_record_id: str,
    *,
    body: RelatedRecordUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
            related_list_api_name=quote(str(related_list_api_name), safe=""),
            related_record_id=quote(str(related_record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: RelatedRecordUpdateRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Relate one record to a record

     Relates the record named in the URL (`related_record_id`) to the parent record, or updates the
    relation's own fields when they are already related, for example a lead's membership of a campaign
    (`PUT /Leads/{record_id}/Campaigns/{related_record_id}` with `Member_Status`). The body is
    mandatory: `data` holds one object with the relation's fields, or an empty object. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`relation added`, `details.id` the related record's id).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        related_record_id (str): The id of the related record (a numeric id carried as a string).
        body (RelatedRecordUpdateRequest): The body of `PUT
            /{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}`: `data` holds
            one object with the relation's own fields, or an empty object when the relation has none.

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
        related_record_id=related_record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: RelatedRecordUpdateRequest,
) -> RecordActionResponse | ZohoError | None:
    """Relate one record to a record

     Relates the record named in the URL (`related_record_id`) to the parent record, or updates the
    relation's own fields when they are already related, for example a lead's membership of a campaign
    (`PUT /Leads/{record_id}/Campaigns/{related_record_id}` with `Member_Status`). The body is
    mandatory: `data` holds one object with the relation's fields, or an empty object. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`relation added`, `details.id` the related record's id).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        related_record_id (str): The id of the related record (a numeric id carried as a string).
        body (RelatedRecordUpdateRequest): The body of `PUT
            /{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}`: `data` holds
            one object with the relation's own fields, or an empty object when the relation has none.

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
        related_record_id=related_record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: RelatedRecordUpdateRequest,
) -> Response[RecordActionResponse, ZohoError]:
    """Relate one record to a record

     Relates the record named in the URL (`related_record_id`) to the parent record, or updates the
    relation's own fields when they are already related, for example a lead's membership of a campaign
    (`PUT /Leads/{record_id}/Campaigns/{related_record_id}` with `Member_Status`). The body is
    mandatory: `data` holds one object with the relation's fields, or an empty object. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`relation added`, `details.id` the related record's id).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        related_record_id (str): The id of the related record (a numeric id carried as a string).
        body (RelatedRecordUpdateRequest): The body of `PUT
            /{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}`: `data` holds
            one object with the relation's own fields, or an empty object when the relation has none.

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
        related_record_id=related_record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    related_list_api_name: str,
    related_record_id: str,
    *,
    client: AuthenticatedClient,
    body: RelatedRecordUpdateRequest,
) -> RecordActionResponse | ZohoError | None:
    """Relate one record to a record

     Relates the record named in the URL (`related_record_id`) to the parent record, or updates the
    relation's own fields when they are already related, for example a lead's membership of a campaign
    (`PUT /Leads/{record_id}/Campaigns/{related_record_id}` with `Member_Status`). The body is
    mandatory: `data` holds one object with the relation's fields, or an empty object. Scope
    `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|UPDATE}`. Costs 1 API credit. The
    result is Zoho's per-record `ActionResult` (`relation added`, `details.id` the related record's id).

    Args:
        module_api_name (str): The API name of the parent record's module, as returned by the
            modules metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`,
            or the API name of a custom module.
        record_id (str): The unique id of the parent record: a 19-digit (or shorter, for older
            orgs) number, carried as a string so it is never rounded.
        related_list_api_name (str): The API name of a related list of the parent module, as
            returned by the related-lists metadata API (`/settings/related_lists?module=...`), for
            example `Campaigns`, `Products`, `Contacts`, `Deals`, `Activities` or `Attachments`.
        related_record_id (str): The id of the related record (a numeric id carried as a string).
        body (RelatedRecordUpdateRequest): The body of `PUT
            /{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}`: `data` holds
            one object with the relation's own fields, or an empty object when the relation has none.

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
            related_record_id=related_record_id,
            client=client,
            body=body,
        )
    ).parsed
