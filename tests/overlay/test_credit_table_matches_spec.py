"""The overlay's credit table (``zohokit.credits.zoho_credit_cost``, what a fleet charges its shared
budget) gives the spec's ``x-zoho-credits`` for every operation of the Zoho APIs, evaluated the way
the emulator evaluates them: a request of each operation, plain and with what the rules count (25
records in the body, 130 ids, a custom view)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

from tests.spec_files import load_dist, operations
from zohokit.credits import zoho_credit_cost
from zohokit_emulator.core.credit_rules import EXTENSION, CreditRule
from zohokit_emulator.core.http import MISSING

ZOHO_APIS = ("crm", "crm_bulk", "recruit", "bigin")
SAMPLE_PATH_VALUES = {
    "crm": {"module_api_name": "Leads", "related_list_api_name": "Products"},
    "crm_bulk": {},
    "recruit": {"module_api_name": "Candidates"},
    "bigin": {"module_api_name": "Deals", "related_list_api_name": "Products"},
}
"""Path values that name no literal segment of another path (a related list called ``Notes``
would be another operation)."""
MANY_IDS = ",".join(str(4150868000000000000 + n) for n in range(130))
VARIANTS = {
    "plain": ({}, None),
    "25 records": ({}, {"data": [{"Last_Name": f"n{n}"} for n in range(25)]}),
    "130 ids and a custom view": ({"ids": MANY_IDS, "cvid": "4150868000000087501"}, None),
}


class _Request:
    """What a credit rule reads of a request (``core.runtime_expressions``), from an httpx request."""

    def __init__(self, path_params: dict[str, str], request: httpx.Request) -> None:
        self.path_params = path_params
        self.headers = request.headers
        self._query = dict(request.url.params)
        self.json: Any = json.loads(request.content) if request.content else MISSING

    def arg(self, name: str) -> str | None:
        return self._query.get(name)


def _cases() -> list[Any]:
    return [
        pytest.param(api, method, path, op, id=f"{api}:{op.get('operationId')}")
        for api in ZOHO_APIS
        for method, path, op in operations(load_dist(api))
    ]


@pytest.mark.parametrize(("api", "method", "path", "op"), _cases())
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_overlay_charges_what_the_spec_states(
    api: str, method: str, path: str, op: dict[str, Any], variant: str
) -> None:
    base = urlparse(load_dist(api)["servers"][0]["url"])
    values = {**SAMPLE_PATH_VALUES[api]}
    concrete = path
    for name in [segment[1:-1] for segment in path.split("/") if segment.startswith("{")]:
        values.setdefault(name, "4150868000000224005")
        concrete = concrete.replace("{" + name + "}", values[name])
    query, body = VARIANTS[variant]
    request = httpx.Request(
        method,
        f"{base.scheme}://{base.netloc}{base.path}{concrete}",
        params=query,
        json=body if method in ("POST", "PUT", "PATCH") else None,
    )
    rule = CreditRule.from_extension(op.get(EXTENSION))
    expected = rule.cost(_Request(values, request))  # type: ignore[arg-type]
    assert zoho_credit_cost(request) == expected, f"{op.get('operationId')} ({variant})"
