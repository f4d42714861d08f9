"""Users and the organization through the SDK."""

from __future__ import annotations

import pytest
from zcrmsdk.src.com.zoho.crm.api import ParameterMap
from zcrmsdk.src.com.zoho.crm.api.org import OrgOperations
from zcrmsdk.src.com.zoho.crm.api.org import ResponseWrapper as OrgWrapper
from zcrmsdk.src.com.zoho.crm.api.users import GetUsersParam, UsersOperations
from zcrmsdk.src.com.zoho.crm.api.users import ResponseWrapper as UsersWrapper

from zohokit_emulator.services.accounts.directory import ADMIN, INACTIVE, MANAGER, SALES_REP, SAMPLE_USERS, UNCONFIRMED

from .sdk_session import SdkSession

SAMPLES = {u.email for u in SAMPLE_USERS}
"""The users the documentation's samples name: active, confirmed, not administrators."""
EVERYONE = {u.email for u in (ADMIN, MANAGER, SALES_REP, INACTIVE, UNCONFIRMED)} | SAMPLES


def _users(**values: object) -> UsersWrapper | None:
    params = ParameterMap()
    for name, value in values.items():
        params.add(getattr(GetUsersParam, name), value)
    response = UsersOperations().get_users(params)
    if response.get_status_code() == 204:
        return None
    body = response.get_object()
    assert isinstance(body, UsersWrapper), body
    return body


@pytest.mark.parametrize(
    ("user_type", "emails"),
    [
        ("AllUsers", EVERYONE),
        ("ActiveUsers", EVERYONE - {INACTIVE.email}),
        ("DeactiveUsers", {INACTIVE.email}),
        ("ConfirmedUsers", EVERYONE - {UNCONFIRMED.email}),
        ("NotConfirmedUsers", {UNCONFIRMED.email}),
        ("ActiveConfirmedUsers", {ADMIN.email, MANAGER.email, SALES_REP.email} | SAMPLES),
        ("AdminUsers", {ADMIN.email}),
        ("ActiveConfirmedAdmins", {ADMIN.email}),
        ("CurrentUser", {ADMIN.email}),
        ("DeletedUsers", set()),
    ],
)
def test_users_by_type(crm: SdkSession, user_type: str, emails: set[str]) -> None:
    body = _users(type=user_type)
    found = {u.get_email() for u in body.get_users()} if body is not None else set()
    assert found == emails


def test_users_page_and_one_user(crm: SdkSession) -> None:
    first = _users(type="AllUsers", page=1, per_page=2)
    second = _users(type="AllUsers", page=2, per_page=2)
    assert first is not None and second is not None
    assert (first.get_info().get_count(), first.get_info().get_more_records()) == (2, True)
    assert not {u.get_id() for u in first.get_users()} & {u.get_id() for u in second.get_users()}

    body = UsersOperations().get_user(int(MANAGER.id)).get_object()
    assert isinstance(body, UsersWrapper)
    [manager] = body.get_users()
    assert (manager.get_email(), manager.get_full_name(), manager.get_status()) == (
        MANAGER.email,
        MANAGER.full_name,
        "active",
    )
    assert manager.get_role().get_name() == MANAGER.role
    assert manager.get_profile().get_name() == MANAGER.profile


def test_organization(crm: SdkSession) -> None:
    body = OrgOperations().get_organization().get_object()
    assert isinstance(body, OrgWrapper)
    [org] = body.get_org()
    assert (org.get_company_name(), org.get_primary_email()) == ("Zylker", ADMIN.email)
    assert (org.get_iso_code(), org.get_currency_symbol(), org.get_time_zone()) == ("USD", "$", "UTC")
    assert org.get_id() == 3652397000000000001
    licence = org.get_license_details()
    assert (licence.get_paid(), licence.get_users_license_purchased()) == (True, 10)
