# generated from spec/dist/recruit.yaml by make generate — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submission_status_change_request import SubmissionStatusChangeRequest
from ...models.submission_status_change_response import SubmissionStatusChangeResponse
from ...models.zoho_error import ZohoError
from ...types import Response, request_sent_for


def _get_kwargs(
    submission_id: str,
    *,
    body: SubmissionStatusChangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/Submissions/{submission_id}/actions/status".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmissionStatusChangeResponse | ZohoError | None:
    if response.status_code == 200:
        response_200 = SubmissionStatusChangeResponse._from_nested_json(response.json())

        return response_200

    if response.status_code == 202:

        def _parse_response_202(data: object) -> SubmissionStatusChangeResponse | ZohoError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_202_type_0 = SubmissionStatusChangeResponse._built_whole(data)
                return response_202_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_202_type_1 = ZohoError._built_whole(data)
            return response_202_type_1

        response_202 = _parse_response_202(response.json())

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
) -> Response[SubmissionStatusChangeResponse | ZohoError, ZohoError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request=request_sent_for(response),
    )


def sync_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmissionStatusChangeRequest,
) -> Response[SubmissionStatusChangeResponse | ZohoError, ZohoError]:
    """Review a submission and change its status

     Adds a review to one submission record and approves or rejects it. Only one submission can be
    changed per request: the one in the URL, with exactly one entry in `data`.

    **Scope:** `ZohoRecruit.modules.all`, or `ZohoRecruit.modules.submission.{operation_type}` with
    operation type `ALL` or `CREATE`.

    **Rules:**
    - `Submission_Status` takes one of two values per edition: Corporate HR `Approved by hiring manager`
    / `Rejected by hiring manager`; Staffing Agency `Approved by client` / `Rejected by client` (at most
    50 characters).
    - `Rating` decides which outcome is allowed: 3 to 5 stars only approve, 0 to 2 stars only reject. A
    mismatch fails with `400 INVALID_DATA` (`details.api_name` `Rating`, message `invalid data`); a
    rating outside 0-5 fails with `400 INVALID_DATA`, message `Out of range`.
    - `Reviewer_Comments` (up to 2000 characters) is mandatory when rejecting.
    - A submission that was already reviewed or has been archived cannot be changed: Zoho answers `202`
    with `STATUS_ALREADY_CHANGED` (`Status changed already for this Submission`) or `RECORD_ARCHIVED`
    (`Record is archived`).

    On success the response's `data` is an array holding one array of results (see
    `SubmissionStatusChangeResponse`).

    Args:
        submission_id (str): The unique id of the submission record (a numeric id carried as a
            string). Example: 100001000000031070.
        body (SubmissionStatusChangeRequest): The body of Change Submission Status: `data` holds
            exactly one review, because Zoho Recruit changes the status of one submission per request
            (the one named in the URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmissionStatusChangeResponse | ZohoError, ZohoError]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmissionStatusChangeRequest,
) -> SubmissionStatusChangeResponse | ZohoError | None:
    """Review a submission and change its status

     Adds a review to one submission record and approves or rejects it. Only one submission can be
    changed per request: the one in the URL, with exactly one entry in `data`.

    **Scope:** `ZohoRecruit.modules.all`, or `ZohoRecruit.modules.submission.{operation_type}` with
    operation type `ALL` or `CREATE`.

    **Rules:**
    - `Submission_Status` takes one of two values per edition: Corporate HR `Approved by hiring manager`
    / `Rejected by hiring manager`; Staffing Agency `Approved by client` / `Rejected by client` (at most
    50 characters).
    - `Rating` decides which outcome is allowed: 3 to 5 stars only approve, 0 to 2 stars only reject. A
    mismatch fails with `400 INVALID_DATA` (`details.api_name` `Rating`, message `invalid data`); a
    rating outside 0-5 fails with `400 INVALID_DATA`, message `Out of range`.
    - `Reviewer_Comments` (up to 2000 characters) is mandatory when rejecting.
    - A submission that was already reviewed or has been archived cannot be changed: Zoho answers `202`
    with `STATUS_ALREADY_CHANGED` (`Status changed already for this Submission`) or `RECORD_ARCHIVED`
    (`Record is archived`).

    On success the response's `data` is an array holding one array of results (see
    `SubmissionStatusChangeResponse`).

    Args:
        submission_id (str): The unique id of the submission record (a numeric id carried as a
            string). Example: 100001000000031070.
        body (SubmissionStatusChangeRequest): The body of Change Submission Status: `data` holds
            exactly one review, because Zoho Recruit changes the status of one submission per request
            (the one named in the URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmissionStatusChangeResponse | ZohoError | None
    """

    return sync_detailed(
        submission_id=submission_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmissionStatusChangeRequest,
) -> Response[SubmissionStatusChangeResponse | ZohoError, ZohoError]:
    """Review a submission and change its status

     Adds a review to one submission record and approves or rejects it. Only one submission can be
    changed per request: the one in the URL, with exactly one entry in `data`.

    **Scope:** `ZohoRecruit.modules.all`, or `ZohoRecruit.modules.submission.{operation_type}` with
    operation type `ALL` or `CREATE`.

    **Rules:**
    - `Submission_Status` takes one of two values per edition: Corporate HR `Approved by hiring manager`
    / `Rejected by hiring manager`; Staffing Agency `Approved by client` / `Rejected by client` (at most
    50 characters).
    - `Rating` decides which outcome is allowed: 3 to 5 stars only approve, 0 to 2 stars only reject. A
    mismatch fails with `400 INVALID_DATA` (`details.api_name` `Rating`, message `invalid data`); a
    rating outside 0-5 fails with `400 INVALID_DATA`, message `Out of range`.
    - `Reviewer_Comments` (up to 2000 characters) is mandatory when rejecting.
    - A submission that was already reviewed or has been archived cannot be changed: Zoho answers `202`
    with `STATUS_ALREADY_CHANGED` (`Status changed already for this Submission`) or `RECORD_ARCHIVED`
    (`Record is archived`).

    On success the response's `data` is an array holding one array of results (see
    `SubmissionStatusChangeResponse`).

    Args:
        submission_id (str): The unique id of the submission record (a numeric id carried as a
            string). Example: 100001000000031070.
        body (SubmissionStatusChangeRequest): The body of Change Submission Status: `data` holds
            exactly one review, because Zoho Recruit changes the status of one submission per request
            (the one named in the URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmissionStatusChangeResponse | ZohoError, ZohoError]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmissionStatusChangeRequest,
) -> SubmissionStatusChangeResponse | ZohoError | None:
    """Review a submission and change its status

     Adds a review to one submission record and approves or rejects it. Only one submission can be
    changed per request: the one in the URL, with exactly one entry in `data`.

    **Scope:** `ZohoRecruit.modules.all`, or `ZohoRecruit.modules.submission.{operation_type}` with
    operation type `ALL` or `CREATE`.

    **Rules:**
    - `Submission_Status` takes one of two values per edition: Corporate HR `Approved by hiring manager`
    / `Rejected by hiring manager`; Staffing Agency `Approved by client` / `Rejected by client` (at most
    50 characters).
    - `Rating` decides which outcome is allowed: 3 to 5 stars only approve, 0 to 2 stars only reject. A
    mismatch fails with `400 INVALID_DATA` (`details.api_name` `Rating`, message `invalid data`); a
    rating outside 0-5 fails with `400 INVALID_DATA`, message `Out of range`.
    - `Reviewer_Comments` (up to 2000 characters) is mandatory when rejecting.
    - A submission that was already reviewed or has been archived cannot be changed: Zoho answers `202`
    with `STATUS_ALREADY_CHANGED` (`Status changed already for this Submission`) or `RECORD_ARCHIVED`
    (`Record is archived`).

    On success the response's `data` is an array holding one array of results (see
    `SubmissionStatusChangeResponse`).

    Args:
        submission_id (str): The unique id of the submission record (a numeric id carried as a
            string). Example: 100001000000031070.
        body (SubmissionStatusChangeRequest): The body of Change Submission Status: `data` holds
            exactly one review, because Zoho Recruit changes the status of one submission per request
            (the one named in the URL).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmissionStatusChangeResponse | ZohoError | None
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )
    ).parsed
