"""The ``zoho_emulator`` fixture and :class:`zohokit.testing.Emulator`'s controls, used as a user would."""

from __future__ import annotations

import dataclasses
import inspect

import pytest
from zohokit_crm.api.records import get_records, insert_records
from zohokit_crm.models import RecordsResponse, RecordWriteRequest
from zohokit_recruit.api.associated_records import get_associated_records

import zohokit
from zohokit.testing import Emulator, EmulatorControlError, EmulatorSettings
from zohokit_emulator.core.settings import Settings


def _leads_named(emu: Emulator, last_name: str) -> list[str]:
    with emu.client("crm", retry=zohokit.NO_RETRIES) as crm:
        ids: list[str] = []
        for lead in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm):
            if lead["Last_Name"] == last_name:
                ids.append(str(lead.id))
        return ids


def _insert_lead(emu: Emulator, last_name: str) -> str:
    with emu.client("crm") as crm:
        body = RecordWriteRequest.from_dict({"data": [{"Last_Name": last_name, "Company": "Zylker"}]})
        [result] = zohokit.record_results(insert_records.sync_detailed("Leads", client=crm, body=body))
        assert result.ok, result
        assert result.id is not None
        return result.id


def test_the_fixture_serves_every_api_with_wired_clients(zoho_emulator: Emulator) -> None:
    assert zoho_emulator.url.startswith("http://127.0.0.1:")
    health = zoho_emulator.health()
    assert health["status"] == "ok"
    assert {"crm", "crm_bulk", "recruit", "bigin", "accounts", "connect"} <= set(health["services"])
    with zoho_emulator.client("crm") as crm:
        assert type(crm).__module__ == "zohokit_crm.client"
        page = zohokit.unwrap(get_records.sync_detailed("Leads", client=crm, per_page=5), RecordsResponse)
        assert page.data and len(page.data) == 5
    candidate = zoho_emulator.fixtures()["recruit"]["candidate_id"]
    with zoho_emulator.client("recruit") as recruit:
        assert type(recruit).__module__ == "zohokit_recruit.client"
        response = get_associated_records.sync_detailed("Candidates", candidate, client=recruit)
        assert response.status_code == 200


def test_reset_returns_to_the_seeded_org(zoho_emulator: Emulator) -> None:
    lead_id = _insert_lead(zoho_emulator, "Plugin-Reset")
    assert _leads_named(zoho_emulator, "Plugin-Reset") == [lead_id]
    zoho_emulator.reset()
    assert _leads_named(zoho_emulator, "Plugin-Reset") == []


def test_each_test_starts_from_the_seeded_org(zoho_emulator: Emulator) -> None:
    """The previous test inserted and reset; this one also inserts without cleaning up, and the
    next test proves the fixture reset it."""
    _insert_lead(zoho_emulator, "Plugin-Leftover")
    assert len(_leads_named(zoho_emulator, "Plugin-Leftover")) == 1


def test_a_leftover_of_the_previous_test_is_gone(zoho_emulator: Emulator) -> None:
    assert _leads_named(zoho_emulator, "Plugin-Leftover") == []


def test_advancing_the_clock_expires_the_token_and_the_client_refreshes(zoho_emulator: Emulator) -> None:
    _leads_named(zoho_emulator, "anyone")
    first = zoho_emulator.zoho_auth.token
    assert first is not None
    before = zoho_emulator.now()
    after = zoho_emulator.advance_clock(2 * 3600)
    assert (after - before).total_seconds() >= 2 * 3600
    _leads_named(zoho_emulator, "anyone")
    second = zoho_emulator.zoho_auth.token
    assert second is not None and second.access_token != first.access_token


def test_an_injected_fault_reaches_the_caller_once(zoho_emulator: Emulator) -> None:
    fault = zoho_emulator.inject_fault(503, path_prefix="/crm/v2/Leads", method="GET", count=1)
    assert fault.status == 503 and fault.count == 1
    assert zoho_emulator.faults() == [fault]
    with pytest.raises(zohokit.ServerError) as caught:
        _leads_named(zoho_emulator, "anyone")
    assert caught.value.status_code == 503
    assert zoho_emulator.faults() == []
    assert _leads_named(zoho_emulator, "anyone") == []


def test_settings_change_and_reset(zoho_emulator: Emulator) -> None:
    settings = zoho_emulator.update_settings(access_token_lifetime=120, api_credits_per_day=None)
    assert settings.access_token_lifetime == 120 and settings.api_credits_per_day is None
    assert zoho_emulator.settings() == settings
    zoho_emulator.clear_faults()
    zoho_emulator.reset()
    assert zoho_emulator.settings().access_token_lifetime == 3600


def test_a_refused_control_call_raises_with_the_emulators_answer(zoho_emulator: Emulator) -> None:
    with pytest.raises(EmulatorControlError, match="400"):
        zoho_emulator.inject_fault(200)


def test_credits_are_counted(zoho_emulator: Emulator) -> None:
    used = zoho_emulator.credits_used()
    _leads_named(zoho_emulator, "anyone")
    assert zoho_emulator.credits_used() > used


def test_the_client_side_settings_name_every_emulator_setting() -> None:
    """``EmulatorSettings`` and ``update_settings``'s keywords repeat the emulator's own setting
    names for typing's sake; they must stay the same list."""
    served = {field.name for field in dataclasses.fields(Settings)}
    assert {field.name for field in dataclasses.fields(EmulatorSettings)} == served
    assert set(inspect.signature(Emulator.update_settings).parameters) - {"self"} == served
