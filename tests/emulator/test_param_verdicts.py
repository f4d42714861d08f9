"""Query and path parameters keep their verdicts when the same values come back: a remembered
verdict is the one the validator gives, per parameter schema and per value (and its type)."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.datastructures import Headers, QueryParams

from zohokit_emulator.core import validation
from zohokit_emulator.core.errors import ZohoError
from zohokit_emulator.core.http import MISSING
from zohokit_emulator.core.validation import ApiSpec

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://example.com/api/v1"}],
    "paths": {
        "/things/{thing_id}": {
            "parameters": [
                {
                    "name": "thing_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[0-9]+$"},
                }
            ],
            "get": {
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "per_page", "in": "query", "schema": {"type": "integer", "maximum": 200}},
                    {
                        "name": "ids",
                        "in": "query",
                        "schema": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
                    },
                ],
                "responses": {"200": {"description": "ok"}},
            },
        }
    },
}


def verdict(spec: ApiSpec, path: str, query: str) -> bool:
    op = spec.find("GET", path)
    assert op is not None
    try:
        spec.validate_request(
            op,
            path=path,
            query=QueryParams(query),
            headers=Headers({}),
            json_body=MISSING,
            body_present=False,
            content_type="",
            per_item_key=None,
        )
    except ZohoError as refused:
        assert refused.status_code == 400
        return False
    return True


@pytest.mark.parametrize("repeat", [1, 3])
def test_a_value_gets_the_same_verdict_every_time(repeat: int) -> None:
    spec = ApiSpec("t", SPEC)
    cases = [
        ("/api/v1/things/12", "page=300&per_page=200", True),
        ("/api/v1/things/12", "page=1&per_page=300", False),  # 300 is a fine page, not a fine per_page
        ("/api/v1/things/12", "page=0", False),
        ("/api/v1/things/1x", "page=1", False),
        ("/api/v1/things/12", "ids=a&ids=b", True),
        ("/api/v1/things/12", "ids=a&ids=b&ids=c", False),
    ]
    for _ in range(repeat):
        for path, query, expected in cases:
            assert verdict(spec, path, query) is expected, (path, query)


def test_the_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validation, "PARAM_VERDICTS_KEPT", 5)
    spec = ApiSpec("t", SPEC)
    for page in range(1, 50):
        assert verdict(spec, "/api/v1/things/12", f"page={page}")
    assert len(spec._param_verdicts) <= 5
    assert not verdict(spec, "/api/v1/things/12", "page=-1")
