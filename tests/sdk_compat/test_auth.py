"""The SDK's OAuth handling against the emulator's accounts server: refresh-token and grant-token
flows, its token store, refreshing before expiry, and the errors it reports."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest
from zcrmsdk.src.com.zoho.crm.api import ParameterMap
from zcrmsdk.src.com.zoho.crm.api.exception import SDKException
from zcrmsdk.src.com.zoho.crm.api.modules import ModulesOperations
from zcrmsdk.src.com.zoho.crm.api.modules import ResponseWrapper as ModulesWrapper
from zcrmsdk.src.com.zoho.crm.api.record import BodyWrapper, Field, Record, RecordOperations, SuccessResponse
from zcrmsdk.src.com.zoho.crm.api.record import ResponseWrapper as RecordsWrapper
from zcrmsdk.src.com.zoho.crm.api.users import APIException as UsersAPIException
from zcrmsdk.src.com.zoho.crm.api.users import GetUsersParam, UsersOperations
from zcrmsdk.src.com.zoho.crm.api.users import ResponseWrapper as UsersWrapper

from zohokit_emulator import EmulatorServer
from zohokit_emulator.config import DEFAULT_REFRESH_TOKEN
from zohokit_emulator.services.accounts.directory import ADMIN, MANAGER

from .sdk_session import DEFAULT_REDIRECT_URI, SdkSession, fetch_grant_token

TOKEN_CALL = ("POST", "/oauth/v2/token")
CRM_SCOPES = "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.ALL,ZohoCRM.org.ALL"

NewSession = Callable[..., SdkSession]


def _module_names() -> list[str]:
    response = ModulesOperations().get_modules()
    body = response.get_object()
    assert isinstance(body, ModulesWrapper)
    return [m.get_api_name() for m in body.get_modules()]


def _current_user_email() -> str:
    params = ParameterMap()
    params.add(GetUsersParam.type, "CurrentUser")
    body = UsersOperations().get_users(params).get_object()
    assert isinstance(body, UsersWrapper)
    [user] = body.get_users()
    return str(user.get_email())


def test_refresh_token_flow_fetches_and_stores_an_access_token(
    emulator: EmulatorServer, new_session: NewSession, sent: list[tuple[str, str]]
) -> None:
    session = new_session()
    assert "Leads" in _module_names()

    assert sent[0] == TOKEN_CALL
    assert sent.count(TOKEN_CALL) == 1
    # Everything the SDK writes stays in the session's folder.
    assert session.log_file is not None
    assert session.token_file.parent == session.log_file.parent == session.work_dir
    assert "GET - URL = " + emulator.url + "/crm/v2/settings/modules" in session.log_file.read_text(encoding="utf-8")
    [stored] = session.stored_tokens()
    assert stored.get_user_mail() == ADMIN.email
    assert stored.get_refresh_token() == DEFAULT_REFRESH_TOKEN
    assert stored.get_id() == "python_patricia.boyle_emulator_" + DEFAULT_REFRESH_TOKEN[-4:]
    lifetime_ms = int(stored.get_expires_in()) - time.time() * 1000
    assert 3500_000 < lifetime_ms <= 3600_000
    # The stored access token is a real one for the emulator.
    org = httpx.get(
        emulator.url + "/crm/v2/org", headers={"Authorization": "Zoho-oauthtoken " + stored.get_access_token()}
    )
    assert org.status_code == 200


def test_a_new_session_reuses_the_stored_token(new_session: NewSession, sent: list[tuple[str, str]]) -> None:
    first = new_session("shared")
    _module_names()
    access_token = first.stored_tokens()[0].get_access_token()
    first.close()
    sent.clear()

    second = new_session("shared")  # the same folder, so the same token file
    assert "Contacts" in _module_names()

    assert TOKEN_CALL not in sent
    assert [t.get_access_token() for t in second.stored_tokens()] == [access_token]


def test_access_token_is_refreshed_before_it_expires(
    emulator: EmulatorServer, new_session: NewSession, sent: list[tuple[str, str]]
) -> None:
    # The SDK refreshes when less than 5 seconds are left; a 3-second token is always due.
    httpx.patch(emulator.url + "/_emulator/settings", json={"access_token_lifetime": 3}).raise_for_status()
    session = new_session()
    _module_names()
    first = session.stored_tokens()[0].get_access_token()
    _module_names()
    second = session.stored_tokens()[0].get_access_token()

    assert sent.count(TOKEN_CALL) == 2
    assert first != second


def test_grant_token_flow_acts_as_the_consenting_user(
    emulator: EmulatorServer, new_session: NewSession, sent: list[tuple[str, str]]
) -> None:
    code = fetch_grant_token(emulator.url, CRM_SCOPES, user=MANAGER.email)
    session = new_session(email=MANAGER.email, grant_token=code, redirect_url=DEFAULT_REDIRECT_URI)

    assert _current_user_email() == MANAGER.email
    [stored] = session.stored_tokens()
    assert stored.get_grant_token() == code
    assert stored.get_refresh_token() not in (None, "", DEFAULT_REFRESH_TOKEN)
    assert sent.count(TOKEN_CALL) == 1

    lead = Record()
    lead.add_field_value(Field.Leads.last_name(), "Granted")
    body = BodyWrapper()
    body.set_data([lead])
    [result] = RecordOperations().create_records("Leads", body).get_object().get_data()
    assert isinstance(result, SuccessResponse)
    created = RecordOperations().get_record(int(result.get_details()["id"]), "Leads").get_object()
    assert isinstance(created, RecordsWrapper)
    assert created.get_data()[0].get_key_value("Owner").get_id() == int(MANAGER.id)


def test_a_grant_code_works_once(emulator: EmulatorServer, new_session: NewSession) -> None:
    code = fetch_grant_token(emulator.url, CRM_SCOPES)
    new_session("first", grant_token=code, redirect_url=DEFAULT_REDIRECT_URI)
    _module_names()

    new_session("second", grant_token=code, redirect_url=DEFAULT_REDIRECT_URI)
    with pytest.raises(SDKException) as refused:
        _module_names()
    assert refused.value.code == "INVALID TOKEN ERROR"
    assert "invalid_code" in str(refused.value)


def test_a_wrong_client_secret_is_reported(new_session: NewSession) -> None:
    new_session(client_secret="not-the-secret")
    with pytest.raises(SDKException) as refused:
        _module_names()
    assert "invalid_client_secret" in str(refused.value)


def test_a_revoked_token_gets_invalid_token(emulator: EmulatorServer, new_session: NewSession) -> None:
    new_session()
    _module_names()
    httpx.post(emulator.url + "/oauth/v2/token/revoke", params={"token": DEFAULT_REFRESH_TOKEN}).raise_for_status()

    response = UsersOperations().get_users()
    assert response.get_status_code() == 401
    error = response.get_object()
    assert isinstance(error, UsersAPIException)
    assert error.get_code().get_value() == "INVALID_TOKEN"


def test_a_missing_scope_gets_oauth_scope_mismatch(emulator: EmulatorServer, new_session: NewSession) -> None:
    code = fetch_grant_token(emulator.url, "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL")
    new_session(grant_token=code, redirect_url=DEFAULT_REDIRECT_URI)
    assert "Deals" in _module_names()

    response = UsersOperations().get_users()
    assert response.get_status_code() == 401
    error = response.get_object()
    assert isinstance(error, UsersAPIException)
    assert error.get_code().get_value() == "OAUTH_SCOPE_MISMATCH"
