# generated from spec/dist/recruit.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.recruit_associated_records_response import RecruitAssociatedRecordsResponse
from ...models.recruit_association_module_name import RecruitAssociationModuleName
from ...models.zoho_error import ZohoError
from ...types import UNSET, Response, Unset, request_sent_for


def _get_kwargs(
    module_api_name: RecruitAssociationModuleName,
    record_id: str,
    *,
    posting_title: str | Unset = UNSET,
    candidate_statuses: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["posting_title"] = posting_title

    params["candidate_statuses"] = candidate_statuses

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{module_api_name}/{record_id}/associate".format(
            module_api_name=quote(str(module_api_name), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RecruitAssociatedRecordsResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = RecruitAssociatedRecordsResponse._from_nested_json(response.json())

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
) -> Response[RecruitAssociatedRecordsResponse | None, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    module_api_name: RecruitAssociationModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    posting_title: str | Unset = UNSET,
    candidate_statuses: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[RecruitAssociatedRecordsResponse | None, ZohoError]:
    """List the records associated with a candidate or a job opening

     Lists the records associated with one record: the job openings a candidate is associated with (`GET
    /Candidates/{record_id}/associate`), or the candidates associated with a job opening (`GET
    /JobOpenings/{record_id}/associate`).

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate` or `jobopening` and operation type `ALL` (full access) or `READ` (get
    records).

    **Filters:** `posting_title` narrows a candidate's job openings to one posting title;
    `candidate_statuses` narrows a job opening's candidates to one candidate status.

    **Paging:** `page` (default 1) and `per_page` (default and maximum 200). The response's `info` says
    whether `more_records` exist; ask for the next page until it is false. When nothing is associated
    (or nothing matches the filters) Zoho answers `204` with an empty body.

    The error responses below are Zoho Recruit v2's general status codes, in the Zoho error envelope.

    Args:
        module_api_name (RecruitAssociationModuleName): A Zoho Recruit module whose records have
            associations: `Candidates` or `JobOpenings`.
        record_id (str): The unique id of the record (a numeric id of up to 19 digits, carried as
            a string). Example: 100001000000025001.
        posting_title (str | Unset): For a candidate (`module_api_name` `Candidates`): list only
            the associated job openings whose posting title is this value, for example `Marketing
            Executive` or `Java Developer`.
        candidate_statuses (str | Unset): For a job opening (`module_api_name` `JobOpenings`):
            list only the associated candidates whose status for this job opening is this value, for
            example `Associated` or `Contacted`. Candidate statuses are configurable per organisation.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitAssociatedRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        posting_title=posting_title,
        candidate_statuses=candidate_statuses,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_api_name: RecruitAssociationModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    posting_title: str | Unset = UNSET,
    candidate_statuses: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> RecruitAssociatedRecordsResponse | ZohoError | None:
    """List the records associated with a candidate or a job opening

     Lists the records associated with one record: the job openings a candidate is associated with (`GET
    /Candidates/{record_id}/associate`), or the candidates associated with a job opening (`GET
    /JobOpenings/{record_id}/associate`).

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate` or `jobopening` and operation type `ALL` (full access) or `READ` (get
    records).

    **Filters:** `posting_title` narrows a candidate's job openings to one posting title;
    `candidate_statuses` narrows a job opening's candidates to one candidate status.

    **Paging:** `page` (default 1) and `per_page` (default and maximum 200). The response's `info` says
    whether `more_records` exist; ask for the next page until it is false. When nothing is associated
    (or nothing matches the filters) Zoho answers `204` with an empty body.

    The error responses below are Zoho Recruit v2's general status codes, in the Zoho error envelope.

    Args:
        module_api_name (RecruitAssociationModuleName): A Zoho Recruit module whose records have
            associations: `Candidates` or `JobOpenings`.
        record_id (str): The unique id of the record (a numeric id of up to 19 digits, carried as
            a string). Example: 100001000000025001.
        posting_title (str | Unset): For a candidate (`module_api_name` `Candidates`): list only
            the associated job openings whose posting title is this value, for example `Marketing
            Executive` or `Java Developer`.
        candidate_statuses (str | Unset): For a job opening (`module_api_name` `JobOpenings`):
            list only the associated candidates whose status for this job opening is this value, for
            example `Associated` or `Contacted`. Candidate statuses are configurable per organisation.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitAssociatedRecordsResponse | ZohoError | None
    """

    return sync_detailed(
        module_api_name=module_api_name,
        record_id=record_id,
        client=client,
        posting_title=posting_title,
        candidate_statuses=candidate_statuses,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    module_api_name: RecruitAssociationModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    posting_title: str | Unset = UNSET,
    candidate_statuses: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> Response[RecruitAssociatedRecordsResponse | None, ZohoError]:
    """List the records associated with a candidate or a job opening

     Lists the records associated with one record: the job openings a candidate is associated with (`GET
    /Candidates/{record_id}/associate`), or the candidates associated with a job opening (`GET
    /JobOpenings/{record_id}/associate`).

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate` or `jobopening` and operation type `ALL` (full access) or `READ` (get
    records).

    **Filters:** `posting_title` narrows a candidate's job openings to one posting title;
    `candidate_statuses` narrows a job opening's candidates to one candidate status.

    **Paging:** `page` (default 1) and `per_page` (default and maximum 200). The response's `info` says
    whether `more_records` exist; ask for the next page until it is false. When nothing is associated
    (or nothing matches the filters) Zoho answers `204` with an empty body.

    The error responses below are Zoho Recruit v2's general status codes, in the Zoho error envelope.

    Args:
        module_api_name (RecruitAssociationModuleName): A Zoho Recruit module whose records have
            associations: `Candidates` or `JobOpenings`.
        record_id (str): The unique id of the record (a numeric id of up to 19 digits, carried as
            a string). Example: 100001000000025001.
        posting_title (str | Unset): For a candidate (`module_api_name` `Candidates`): list only
            the associated job openings whose posting title is this value, for example `Marketing
            Executive` or `Java Developer`.
        candidate_statuses (str | Unset): For a job opening (`module_api_name` `JobOpenings`):
            list only the associated candidates whose status for this job opening is this value, for
            example `Associated` or `Contacted`. Candidate statuses are configurable per organisation.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecruitAssociatedRecordsResponse | None, ZohoError]
    """

    kwargs = _get_kwargs(
        module_api_name=module_api_name,
        record_id=record_id,
        posting_title=posting_title,
        candidate_statuses=candidate_statuses,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_api_name: RecruitAssociationModuleName,
    record_id: str,
    *,
    client: AuthenticatedClient,
    posting_title: str | Unset = UNSET,
    candidate_statuses: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
) -> RecruitAssociatedRecordsResponse | ZohoError | None:
    """List the records associated with a candidate or a job opening

     Lists the records associated with one record: the job openings a candidate is associated with (`GET
    /Candidates/{record_id}/associate`), or the candidates associated with a job opening (`GET
    /JobOpenings/{record_id}/associate`).

    **Scope:** `ZohoRECRUIT.modules.all`, or `ZohoRECRUIT.modules.{module_name}.{operation_type}` with
    module name `candidate` or `jobopening` and operation type `ALL` (full access) or `READ` (get
    records).

    **Filters:** `posting_title` narrows a candidate's job openings to one posting title;
    `candidate_statuses` narrows a job opening's candidates to one candidate status.

    **Paging:** `page` (default 1) and `per_page` (default and maximum 200). The response's `info` says
    whether `more_records` exist; ask for the next page until it is false. When nothing is associated
    (or nothing matches the filters) Zoho answers `204` with an empty body.

    The error responses below are Zoho Recruit v2's general status codes, in the Zoho error envelope.

    Args:
        module_api_name (RecruitAssociationModuleName): A Zoho Recruit module whose records have
            associations: `Candidates` or `JobOpenings`.
        record_id (str): The unique id of the record (a numeric id of up to 19 digits, carried as
            a string). Example: 100001000000025001.
        posting_title (str | Unset): For a candidate (`module_api_name` `Candidates`): list only
            the associated job openings whose posting title is this value, for example `Marketing
            Executive` or `Java Developer`.
        candidate_statuses (str | Unset): For a job opening (`module_api_name` `JobOpenings`):
            list only the associated candidates whose status for this job opening is this value, for
            example `Associated` or `Contacted`. Candidate statuses are configurable per organisation.
        page (int | Unset): The page to fetch, starting at 1. Default: 1.
        per_page (int | Unset): Items per page; Zoho's maximum is 200. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecruitAssociatedRecordsResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            module_api_name=module_api_name,
            record_id=record_id,
            client=client,
            posting_title=posting_title,
            candidate_statuses=candidate_statuses,
            page=page,
            per_page=per_page,
        )
    ).parsed
