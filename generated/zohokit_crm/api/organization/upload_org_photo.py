# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.org_photo_upload_request import OrgPhotoUploadRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    *,
    body: OrgPhotoUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/org/photo",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionResult | ZohoError | None:
    if response.status_code == 200:
        response_200 = ActionResult._from_nested_json(response.json())

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

    if response.status_code == 413:
        response_413 = ZohoError._from_nested_json(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ZohoError._from_nested_json(response.json())

        return response_415

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
) -> Response[ActionResult, ZohoError]:
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
    body: OrgPhotoUploadRequest,
) -> Response[ActionResult, ZohoError]:
    """Upload the organisation's logo

     Uploads or replaces the organisation's logo: a `multipart/form-data` request whose part `file` holds
    the image. A file too large is refused with 413 and a media type Zoho does not accept with 415.
    Scope `ZohoCRM.org.{ALL|CREATE|WRITE}`. Costs 1 API credit. Zoho answers with one result object,
    message `photo uploaded successfully`.

    Args:
        body (OrgPhotoUploadRequest): The multipart form of `POST /org/photo`, with the logo image
            in the part named `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult, ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OrgPhotoUploadRequest,
) -> ActionResult | ZohoError | None:
    """Upload the organisation's logo

     Uploads or replaces the organisation's logo: a `multipart/form-data` request whose part `file` holds
    the image. A file too large is refused with 413 and a media type Zoho does not accept with 415.
    Scope `ZohoCRM.org.{ALL|CREATE|WRITE}`. Costs 1 API credit. Zoho answers with one result object,
    message `photo uploaded successfully`.

    Args:
        body (OrgPhotoUploadRequest): The multipart form of `POST /org/photo`, with the logo image
            in the part named `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ZohoError | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrgPhotoUploadRequest,
) -> Response[ActionResult, ZohoError]:
    """Upload the organisation's logo

     Uploads or replaces the organisation's logo: a `multipart/form-data` request whose part `file` holds
    the image. A file too large is refused with 413 and a media type Zoho does not accept with 415.
    Scope `ZohoCRM.org.{ALL|CREATE|WRITE}`. Costs 1 API credit. Zoho answers with one result object,
    message `photo uploaded successfully`.

    Args:
        body (OrgPhotoUploadRequest): The multipart form of `POST /org/photo`, with the logo image
            in the part named `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult, ZohoError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrgPhotoUploadRequest,
) -> ActionResult | ZohoError | None:
    """Upload the organisation's logo

     Uploads or replaces the organisation's logo: a `multipart/form-data` request whose part `file` holds
    the image. A file too large is refused with 413 and a media type Zoho does not accept with 415.
    Scope `ZohoCRM.org.{ALL|CREATE|WRITE}`. Costs 1 API credit. Zoho answers with one result object,
    message `photo uploaded successfully`.

    Args:
        body (OrgPhotoUploadRequest): The multipart form of `POST /org/photo`, with the logo image
            in the part named `file`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
