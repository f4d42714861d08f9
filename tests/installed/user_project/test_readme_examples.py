"""The README's "Using the emulator in your own tests" examples, as a user copies them."""

from pathlib import Path

from zohokit_crm.api.records import get_records, insert_records
from zohokit_crm.models import RecordsResponse, RecordWriteRequest
from zohokit_crm_bulk.api.bulk_read import create_bulk_read_job
from zohokit_crm_bulk.models import BulkReadJobRequest

import zohokit
from zohokit.testing import Emulator


def test_a_new_lead_is_listed(zoho_emulator: Emulator) -> None:
    with zoho_emulator.client("crm") as crm:
        body = RecordWriteRequest.from_dict({"data": [{"Last_Name": "Boyle", "Company": "Zylker"}]})
        [result] = zohokit.record_results(insert_records.sync_detailed("Leads", client=crm, body=body))
        assert result.ok
        names = [lead["Last_Name"] for lead in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm)]
        assert "Boyle" in names


def test_an_outage_is_retried(zoho_emulator: Emulator) -> None:
    zoho_emulator.inject_fault(503, path_prefix="/crm/v2/Leads", method="GET", count=1)
    with zoho_emulator.client("crm") as crm:
        assert zohokit.unwrap(get_records.sync_detailed("Leads", client=crm), RecordsResponse).data
    assert zoho_emulator.faults() == []


def test_a_bulk_read_export(zoho_emulator: Emulator, tmp_path: Path) -> None:
    with zoho_emulator.client("crm_bulk") as bulk:
        request = BulkReadJobRequest.from_dict({"query": {"module": "Leads", "fields": ["Last_Name", "Email"]}})
        created = zohokit.unwrap(create_bulk_read_job.sync_detailed(client=bulk, body=request))
        job = zohokit.wait_bulk_job(bulk, created, poll_interval=5, sleep=zoho_emulator.advance_clock)
        archive = zohokit.download_bulk_result(bulk, job, tmp_path / "leads.zip")
        rows = list(zohokit.iter_bulk_rows(archive))
    assert rows and set(rows[0]) >= {"Id", "Last_Name", "Email"}


def test_your_own_auth_and_token_store(zoho_emulator: Emulator, tmp_path: Path) -> None:
    auth = zohokit.ZohoOAuth(
        zohokit.EMULATOR_CLIENT_ID,
        zohokit.EMULATOR_CLIENT_SECRET,
        refresh_token=zohokit.EMULATOR_REFRESH_TOKEN,
        accounts_server=zoho_emulator.url,
        store=zohokit.FileTokenStore(tmp_path / "token.json"),
    )
    with zohokit.zoho_client("crm", auth=auth) as crm:  # follows the token: the emulator, never production
        assert zohokit.unwrap(get_records.sync_detailed("Leads", client=crm, per_page=1), RecordsResponse).data
    assert (tmp_path / "token.json").stat().st_mode & 0o777 == 0o600
