"""raise_for_response skips scanning a success body only when the parsed model rules out an envelope."""

from __future__ import annotations

import json

import pytest
from zohokit_crm.models import RecordsResponse, ZohoError
from zohokit_crm.types import Response

import zohokit

ENVELOPE = {"code": "INVALID_DATA", "details": {}, "message": "invalid data", "status": "error"}


def _response(body: dict[str, object], parsed: object) -> Response[object, object]:
    return Response(status_code=200, content=json.dumps(body).encode(), headers={}, parsed=parsed)


def _spy_on_body_parsing(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Record every body ``raise_for_response`` decodes to look for an envelope."""
    seen: list[bytes] = []
    original = zohokit.errors.parse_json_body

    def spy(content: bytes) -> object:
        seen.append(content)
        return original(content)

    monkeypatch.setattr(zohokit.errors, "parse_json_body", spy)
    return seen


def test_a_page_of_records_passes_without_its_body_being_decoded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_body_parsing(monkeypatch)
    body = {"data": [{"id": "1", "Last_Name": "error"}], "info": {"more_records": False}}
    assert zohokit.raise_for_response(_response(body, RecordsResponse.from_dict(body))) is None
    assert seen == []


def test_a_model_that_rules_out_an_envelope_is_trusted_over_the_bytes() -> None:
    """The skip itself: the parsed page has no top-level ``status``, so the body is not scanned,
    even though these bytes (which did not produce that model) would read as an envelope."""
    page = RecordsResponse.from_dict({"data": [{"id": "1"}], "info": {"more_records": False}})
    assert zohokit.raise_for_response(_response(ENVELOPE, page)) is None


def test_an_error_envelope_parsed_into_a_page_model_still_raises() -> None:
    body = {"data": [], **ENVELOPE}  # the envelope's keys land in the model's additional_properties
    with pytest.raises(zohokit.APIError) as raised:
        zohokit.raise_for_response(_response(body, RecordsResponse.from_dict(body)))
    assert raised.value.code == "INVALID_DATA"


@pytest.mark.parametrize("parsed", [None, ZohoError.from_dict(ENVELOPE)])
def test_without_a_ruling_model_the_body_is_scanned(parsed: object, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_body_parsing(monkeypatch)
    with pytest.raises(zohokit.APIError):
        zohokit.raise_for_response(_response(ENVELOPE, parsed))
    assert seen == [json.dumps(ENVELOPE).encode()]
