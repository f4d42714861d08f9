"""Search: the criteria grammar and operators, and email / phone / word searches."""

from __future__ import annotations

import httpx
import pytest

from zohokit_emulator.core.errors import ZohoError
from zohokit_emulator.services.records import criteria


def test_parser_handles_groups_escapes_and_precedence() -> None:
    tree = criteria.parse(
        r"((Last_Name:equals:Burns\,B) and (First_Name:starts_with:M)) OR (Lead_Status:in:Contacted,Junk Lead)"
    )
    assert isinstance(tree, criteria.Group) and tree.op == "or"
    conditions = criteria.conditions(tree)
    assert [(c.field, c.operator, c.values) for c in conditions] == [
        ("Last_Name", "equals", ["Burns,B"]),
        ("First_Name", "starts_with", ["M"]),
        ("Lead_Status", "in", ["Contacted", "Junk Lead"]),
    ]
    mixed = criteria.parse("(A:equals:1)or(B:equals:2)and(C:equals:3)")
    assert isinstance(mixed, criteria.Group) and mixed.op == "or" and isinstance(mixed.parts[1], criteria.Group)
    timestamp = criteria.parse("(Created_Time:greater_than:2024-01-01T10:00:00+05:30)")
    assert isinstance(timestamp, criteria.Condition) and timestamp.values == ["2024-01-01T10:00:00+05:30"]
    assert criteria.parse(r"(Company:equals:A \(B\))").values == ["A (B)"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Last_Name:equals:x",
        "(Last_Name:equals:x",
        "(Last_Name:sounds_like:x)",
        "(Last_Name)",
        "(A:equals:1) xor (B:equals:2)",
        "(A:between:1)",
    ],
)
def test_parser_rejects_malformed_criteria(text: str) -> None:
    with pytest.raises(ZohoError) as caught:
        criteria.parse(text)
    assert caught.value.code == "INVALID_QUERY" and caught.value.status_code == 400


def test_at_most_ten_criteria() -> None:
    criteria.parse(" and ".join(f"(A:equals:{i})" for i in range(10)))
    with pytest.raises(ZohoError):
        criteria.parse(" and ".join(f"(A:equals:{i})" for i in range(11)))


async def _names(crm: httpx.AsyncClient, module: str, **params: str) -> list[str]:
    response = await crm.get(f"/{module}/search", params=params)
    if response.status_code == 204:
        return []
    assert response.status_code == 200, response.text
    field = {"Leads": "Last_Name", "Contacts": "Last_Name", "Deals": "Deal_Name", "Accounts": "Account_Name"}[module]
    return sorted(r[field] for r in response.json()["data"])


async def test_criteria_operators(crm: httpx.AsyncClient) -> None:
    assert await _names(crm, "Leads", criteria="(Last_Name:equals:boyle)") == ["Boyle"]
    assert await _names(crm, "Leads", criteria="(Last_Name:starts_with:Ha)") == ["Hawkins"]
    assert await _names(crm, "Leads", criteria="((Last_Name:equals:Boyle)or(Last_Name:equals:Daly))") == [
        "Boyle",
        "Daly",
    ]
    assert await _names(crm, "Leads", criteria="((Company:starts_with:Zylker) and (Lead_Status:equals:Contacted))") == [
        "Daly"
    ]
    assert await _names(crm, "Leads", criteria="(Lead_Status:in:Contacted,Pre-Qualified)") == ["Daly", "Marrier"]
    assert "Boyle" not in await _names(crm, "Leads", criteria="(Last_Name:not_equal:Boyle)")
    assert await _names(crm, "Deals", criteria="(Amount:greater_than:20000)") == ["Acme network refresh"]
    assert await _names(crm, "Deals", criteria="(Amount:less_equal:12000)") == ["Globex cloud pilot"]
    assert await _names(crm, "Deals", criteria="(Amount:between:10000,50000)") == [
        "Acme network refresh",
        "Globex cloud pilot",
    ]
    assert await _names(crm, "Deals", criteria="(Closing_Date:greater_equal:2024-07-01)") == ["Globex cloud pilot"]
    assert await _names(crm, "Deals", criteria="(Account_Name:equals:Acme Corporation)") == ["Acme network refresh"]
    assert await _names(crm, "Leads", criteria="(Last_Name:equals:Nobody)") == []


async def test_criteria_errors(crm: httpx.AsyncClient) -> None:
    for expression, reason in [
        ("(Nope:equals:x)", "the field is not available for search"),
        ("(Last_Name:greater_than:x)", "invalid operator found"),
        ("(Amount:starts_with:1)", "invalid operator found"),
        ("(Last_Name:equals:x", "invalid criteria: missing ')'"),
    ]:
        response = await crm.get(
            "/Leads/search" if "Amount" not in expression else "/Deals/search", params={"criteria": expression}
        )
        assert response.status_code == 400 and response.json()["code"] == "INVALID_QUERY", expression
        assert response.json()["details"]["reason"] == reason
    bad_number = await crm.get("/Deals/search", params={"criteria": "(Amount:equals:lots)"})
    assert bad_number.status_code == 400
    nothing = await crm.get("/Leads/search")
    assert nothing.status_code == 400 and nothing.json()["code"] == "REQUIRED_PARAM_MISSING"


async def test_email_phone_and_word(crm: httpx.AsyncClient) -> None:
    assert await _names(crm, "Leads", email="P.Daly@zylker.com") == ["Daly"]
    assert await _names(crm, "Contacts", phone="888-555-2145") == ["Tanaka"]
    assert await _names(crm, "Contacts", phone="8885552145") == ["Tanaka"]
    assert await _names(crm, "Leads", word="zylker") == ["Boyle", "Daly"]
    assert await _names(crm, "Leads", criteria="(Last_Name:equals:Boyle)", word="hawkins") == ["Boyle"]


async def test_search_pages_and_hides_converted_leads(crm: httpx.AsyncClient) -> None:
    await crm.post("/Accounts", json={"data": [{"Account_Name": f"Paged {i}"} for i in range(5)]})
    page = (
        await crm.get(
            "/Accounts/search", params={"criteria": "(Account_Name:starts_with:Paged)", "per_page": 2, "page": 2}
        )
    ).json()
    assert page["info"] == {"per_page": 2, "count": 2, "page": 2, "more_records": True}
    lead = (await crm.get("/Leads/search", params={"email": "p.daly@zylker.com"})).json()["data"][0]["id"]
    await crm.post(f"/Leads/{lead}/actions/convert", json={"data": [{}]})
    assert (await crm.get("/Leads/search", params={"email": "p.daly@zylker.com"})).status_code == 204
    assert (
        await crm.get("/Leads/search", params={"email": "p.daly@zylker.com", "converted": "true"})
    ).status_code == 200
