# generated from spec/dist/crm.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fields_response import FieldsResponse
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    *,
    module: str,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["module"] = module

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/fields",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FieldsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = FieldsResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 204:
        return None
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
) -> Response[FieldsResponse | None, ZohoError]:
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
    module: str,
    type_: str | Unset = UNSET,
) -> Response[FieldsResponse | None, ZohoError]:
    """List the fields of a module

     The field metadata of a module (`module` is mandatory, for example `GET
    /settings/fields?module=Leads`): every field with its API name, label, data type and JSON type,
    length, mandatory, read-only and unique flags, picklist values, lookup target, formula, currency and
    auto-number settings. GDPR: the key `private` is an object when the field was made private in the
    layout editor, with `type` `high` or `low` (shown as "sensitive" in the CRM interface) or null (not
    private, or private without a chosen sensitivity); when `private.restricted` is true the field's
    value is never exposed by any record API. With GDPR compliance enabled, Leads, Contacts, Vendors and
    custom modules also carry the field `Data_Processing_Basis_Details`, the lawful basis on which the
    org processes a person's data. `type=unused` lists the fields no layout uses. Scope
    `ZohoCRM.settings.fields.READ`, `ZohoCRM.settings.fields.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API
    credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        type_ (str | Unset): `unused` lists only the fields not used in any layout (Zoho also
            accepts `Unused`); omit it for the fields in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FieldsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    module: str,
    type_: str | Unset = UNSET,
) -> FieldsResponse | ZohoError | None:
    """List the fields of a module

     The field metadata of a module (`module` is mandatory, for example `GET
    /settings/fields?module=Leads`): every field with its API name, label, data type and JSON type,
    length, mandatory, read-only and unique flags, picklist values, lookup target, formula, currency and
    auto-number settings. GDPR: the key `private` is an object when the field was made private in the
    layout editor, with `type` `high` or `low` (shown as "sensitive" in the CRM interface) or null (not
    private, or private without a chosen sensitivity); when `private.restricted` is true the field's
    value is never exposed by any record API. With GDPR compliance enabled, Leads, Contacts, Vendors and
    custom modules also carry the field `Data_Processing_Basis_Details`, the lawful basis on which the
    org processes a person's data. `type=unused` lists the fields no layout uses. Scope
    `ZohoCRM.settings.fields.READ`, `ZohoCRM.settings.fields.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API
    credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        type_ (str | Unset): `unused` lists only the fields not used in any layout (Zoho also
            accepts `Unused`); omit it for the fields in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FieldsResponse | ZohoError | None
    """

    return sync_detailed(
        client=client,
        module=module,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    module: str,
    type_: str | Unset = UNSET,
) -> Response[FieldsResponse | None, ZohoError]:
    """List the fields of a module

     The field metadata of a module (`module` is mandatory, for example `GET
    /settings/fields?module=Leads`): every field with its API name, label, data type and JSON type,
    length, mandatory, read-only and unique flags, picklist values, lookup target, formula, currency and
    auto-number settings. GDPR: the key `private` is an object when the field was made private in the
    layout editor, with `type` `high` or `low` (shown as "sensitive" in the CRM interface) or null (not
    private, or private without a chosen sensitivity); when `private.restricted` is true the field's
    value is never exposed by any record API. With GDPR compliance enabled, Leads, Contacts, Vendors and
    custom modules also carry the field `Data_Processing_Basis_Details`, the lawful basis on which the
    org processes a person's data. `type=unused` lists the fields no layout uses. Scope
    `ZohoCRM.settings.fields.READ`, `ZohoCRM.settings.fields.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API
    credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        type_ (str | Unset): `unused` lists only the fields not used in any layout (Zoho also
            accepts `Unused`); omit it for the fields in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FieldsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module=module,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    module: str,
    type_: str | Unset = UNSET,
) -> FieldsResponse | ZohoError | None:
    """List the fields of a module

     The field metadata of a module (`module` is mandatory, for example `GET
    /settings/fields?module=Leads`): every field with its API name, label, data type and JSON type,
    length, mandatory, read-only and unique flags, picklist values, lookup target, formula, currency and
    auto-number settings. GDPR: the key `private` is an object when the field was made private in the
    layout editor, with `type` `high` or `low` (shown as "sensitive" in the CRM interface) or null (not
    private, or private without a chosen sensitivity); when `private.restricted` is true the field's
    value is never exposed by any record API. With GDPR compliance enabled, Leads, Contacts, Vendors and
    custom modules also carry the field `Data_Processing_Basis_Details`, the lawful basis on which the
    org processes a person's data. `type=unused` lists the fields no layout uses. Scope
    `ZohoCRM.settings.fields.READ`, `ZohoCRM.settings.fields.ALL` or `ZohoCRM.settings.ALL`. Costs 1 API
    credit. Errors (400 `INVALID_MODULE`): "the module name given seems to be invalid" (an unknown
    module, no tab permission, or a module removed from the organisation) or "the given module is not
    supported in api" (for example Documents and Projects, until the API supports them).

    Args:
        module (str): The API name of the module whose metadata to read, for example `Leads`,
            `Contacts`, `Accounts`, `Deals` (mandatory; without it Zoho answers
            `REQUIRED_PARAM_MISSING`).
        type_ (str | Unset): `unused` lists only the fields not used in any layout (Zoho also
            accepts `Unused`); omit it for the fields in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FieldsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            module=module,
            type_=type_,
        )
    ).parsed
