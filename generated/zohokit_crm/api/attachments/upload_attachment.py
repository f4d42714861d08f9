# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_upload_request import AttachmentUploadRequest
from ...models.record_action_response import RecordActionResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    *,
    body: AttachmentUploadRequest | Unset = UNSET,
    attachment_url: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["attachmentUrl"] = attachment_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{module_api_name}/{record_id}/Attachments".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecordActionResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecordActionResponse._from_nested_json(response.json())

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

    if response.status_code == 413:
        response_413 = ZohoError._from_nested_json(response.json())

        return response_413

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
    *,
    client: AuthenticatedClient,
    body: AttachmentUploadRequest | Unset = UNSET,
    attachment_url: str | Unset = UNSET,
) -> Response[RecordActionResponse, ZohoError]:
    """Attach a file or a link to a record

     Attaches a file (the `file` part of a multipart form) or, with `attachmentUrl` and no body, a link
    to the record. Files larger than 20 MB are refused with 413. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`attachment uploaded successfully`, `details.id` the attachment's id).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        attachment_url (str | Unset): The URL to attach as a link (instead of a file).
        body (AttachmentUploadRequest | Unset): The multipart form of an attachment upload; the
            file goes in the `file` part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
        attachment_url=attachment_url,
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
    body: AttachmentUploadRequest | Unset = UNSET,
    attachment_url: str | Unset = UNSET,
) -> RecordActionResponse | ZohoError | None:
    """Attach a file or a link to a record

     Attaches a file (the `file` part of a multipart form) or, with `attachmentUrl` and no body, a link
    to the record. Files larger than 20 MB are refused with 413. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`attachment uploaded successfully`, `details.id` the attachment's id).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        attachment_url (str | Unset): The URL to attach as a link (instead of a file).
        body (AttachmentUploadRequest | Unset): The multipart form of an attachment upload; the
            file goes in the `file` part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordActionResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        body=body,
        attachment_url=attachment_url,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: AttachmentUploadRequest | Unset = UNSET,
    attachment_url: str | Unset = UNSET,
) -> Response[RecordActionResponse, ZohoError]:
    """Attach a file or a link to a record

     Attaches a file (the `file` part of a multipart form) or, with `attachmentUrl` and no body, a link
    to the record. Files larger than 20 MB are refused with 413. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`attachment uploaded successfully`, `details.id` the attachment's id).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        attachment_url (str | Unset): The URL to attach as a link (instead of a file).
        body (AttachmentUploadRequest | Unset): The multipart form of an attachment upload; the
            file goes in the `file` part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordActionResponse, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
        attachment_url=attachment_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: AttachmentUploadRequest | Unset = UNSET,
    attachment_url: str | Unset = UNSET,
) -> RecordActionResponse | ZohoError | None:
    """Attach a file or a link to a record

     Attaches a file (the `file` part of a multipart form) or, with `attachmentUrl` and no body, a link
    to the record. Files larger than 20 MB are refused with 413. Scope `ZohoCRM.modules.ALL` or
    `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`. Costs 1 API credit. The result is Zoho's per-record
    `ActionResult` (`attachment uploaded successfully`, `details.id` the attachment's id).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, `Price_Books`, or the
            API name of a custom module.
        record_id (str): The unique id of a record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        attachment_url (str | Unset): The URL to attach as a link (instead of a file).
        body (AttachmentUploadRequest | Unset): The multipart form of an attachment upload; the
            file goes in the `file` part.

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
            client=client,
            body=body,
            attachment_url=attachment_url,
        )
    ).parsed
