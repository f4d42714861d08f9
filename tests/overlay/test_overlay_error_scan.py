"""raise_for_response skips scanning a success body only when the parsed model rules out an envelope."""

from __future__ import annotations

import json

import pytest
from zohokit_crm.models import RecordsResponse, ZohoError
from zohokit_crm.types import Response

import zohokit

ENVELOPE = {"code": "INVALID_DATA", "details": {}, "message": "invalid data", "status": "error"}


def _response(body: dict[str, object], parsed: object) -> Response[object]:
    return Response(status_code=200, content=json.dumps(body).encode(), headers={}, parsed=parsed)


def test_a_page_of_records_passes() -> None:
    body = {"data": [{"id": "1", "Last_Name": "error"}], "info": {"more_records": False}}
    zohokit.raise_for_response(_response(body, RecordsResponse.from_dict(body)))


def test_an_error_envelope_parsed_into_a_page_model_still_raises() -> None:
    body = {"data": [], **ENVELOPE}  # the envelope's keys land in the model's additional_properties
    with pytest.raises(zohokit.APIError) as raised:
        zohokit.raise_for_response(_response(body, RecordsResponse.from_dict(body)))
    assert raised.value.code == "INVALID_DATA"


@pytest.mark.parametrize("parsed", [None, ZohoError.from_dict(ENVELOPE)])
def test_without_a_ruling_model_the_body_is_scanned(parsed: object) -> None:
    with pytest.raises(zohokit.APIError):
        zohokit.raise_for_response(_response(ENVELOPE, parsed))
