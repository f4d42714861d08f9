# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.blueprint_update_request import BlueprintUpdateRequest
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    module_api_name: str,
    record_id: str,
    *,
    body: BlueprintUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{module_api_name}/{record_id}/actions/blueprint".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
) -> Response[ActionResult, ZohoError]:
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
    body: BlueprintUpdateRequest,
) -> Response[ActionResult, ZohoError]:
    """Perform a blueprint transition

     Moves the record through one transition at a time, with the values the transition asks for and, when
    the transition uses them, a note, attachments, checklist answers and related-list entries such as
    `Tasks` (the related lists available depend on the record's module). When fewer fields than required
    are given, the transition is saved partially and the message says so. Errors when the record is not
    in the transition's state, the `transition_id` is wrong, a value has the wrong data type or a field
    validation fails. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit. The result is one `ActionResult` at the top level (`transition updated
    successfully`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        body (BlueprintUpdateRequest): The body of a blueprint update; `blueprint` holds exactly
            one transition, as Zoho moves a record one transition at a time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
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
    body: BlueprintUpdateRequest,
) -> ActionResult | ZohoError | None:
    """Perform a blueprint transition

     Moves the record through one transition at a time, with the values the transition asks for and, when
    the transition uses them, a note, attachments, checklist answers and related-list entries such as
    `Tasks` (the related lists available depend on the record's module). When fewer fields than required
    are given, the transition is saved partially and the message says so. Errors when the record is not
    in the transition's state, the `transition_id` is wrong, a value has the wrong data type or a field
    validation fails. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit. The result is one `ActionResult` at the top level (`transition updated
    successfully`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        body (BlueprintUpdateRequest): The body of a blueprint update; `blueprint` holds exactly
            one transition, as Zoho moves a record one transition at a time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: BlueprintUpdateRequest,
) -> Response[ActionResult, ZohoError]:
    """Perform a blueprint transition

     Moves the record through one transition at a time, with the values the transition asks for and, when
    the transition uses them, a note, attachments, checklist answers and related-list entries such as
    `Tasks` (the related lists available depend on the record's module). When fewer fields than required
    are given, the transition is saved partially and the message says so. Errors when the record is not
    in the transition's state, the `transition_id` is wrong, a value has the wrong data type or a field
    validation fails. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit. The result is one `ActionResult` at the top level (`transition updated
    successfully`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        body (BlueprintUpdateRequest): The body of a blueprint update; `blueprint` holds exactly
            one transition, as Zoho moves a record one transition at a time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: str,
    record_id: str,
    *,
    client: AuthenticatedClient,
    body: BlueprintUpdateRequest,
) -> ActionResult | ZohoError | None:
    """Perform a blueprint transition

     Moves the record through one transition at a time, with the values the transition asks for and, when
    the transition uses them, a note, attachments, checklist answers and related-list entries such as
    `Tasks` (the related lists available depend on the record's module). When fewer fields than required
    are given, the transition is saved partially and the message says so. Errors when the record is not
    in the transition's state, the `transition_id` is wrong, a value has the wrong data type or a field
    validation fails. Scope `ZohoCRM.modules.ALL` or `ZohoCRM.modules.{module}.{ALL|WRITE|CREATE}`.
    Costs 1 API credit. The result is one `ActionResult` at the top level (`transition updated
    successfully`).

    Args:
        module_api_name (str): The API name of the record's module, as returned by the modules
            metadata API, for example `Leads`, `Contacts`, `Accounts`, `Deals`, or the API name of a
            custom module.
        record_id (str): The unique id of the record: a 19-digit (or shorter, for older orgs)
            number, carried as a string so it is never rounded.
        body (BlueprintUpdateRequest): The body of a blueprint update; `blueprint` holds exactly
            one transition, as Zoho moves a record one transition at a time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
