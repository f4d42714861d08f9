"""A user's own tests against the installed kit: the ``zoho_emulator`` fixture, one flow per API.

This file is run by ``tests/installed/test_installed_kit.py`` inside a fresh virtual environment
where ``zohokit[emulator]`` was installed from its wheel, from a folder outside the checkout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from zohokit_accounts.api.token import create_token
from zohokit_accounts.models import TokenRequest
from zohokit_bigin.api.related_records import update_bigin_related_records
from zohokit_bigin.models import BiginRelatedRecordsUpdateRequest
from zohokit_connect.api.recruitment import list_recruitments, register_client_recruitment
from zohokit_connect.models import ClientRecruitmentRegistration
from zohokit_crm.api.records import get_records, insert_records
from zohokit_crm.models import RecordsResponse, RecordWriteRequest
from zohokit_crm_bulk.api.bulk_read import create_bulk_read_job
from zohokit_crm_bulk.models import BulkReadJobRequest
from zohokit_recruit.api.submissions import change_submission_status
from zohokit_recruit.models import SubmissionStatusChangeRequest

import zohokit
import zohokit_emulator
from zohokit.testing import Emulator


def test_everything_comes_from_the_installed_kit() -> None:
    checkout = Path(os.environ["ZOHOKIT_CHECKOUT"]).resolve()
    for entry in sys.path:
        assert not Path(entry or ".").resolve().is_relative_to(checkout), f"{entry} is in the checkout"
    for module in (zohokit, zohokit_emulator):
        assert Path(module.__file__ or "").resolve().is_relative_to(Path(sys.prefix).resolve())


def test_crm_pages_and_inserts(zoho_emulator: Emulator) -> None:
    with zoho_emulator.client("crm") as crm:
        two_by_two = [
            lead.id for lead in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm, per_page=2)
        ]
        page = zohokit.unwrap(get_records.sync_detailed("Leads", client=crm, per_page=200), RecordsResponse)
        assert len(two_by_two) > 2 and two_by_two == [lead.id for lead in page.data]
        body = RecordWriteRequest.from_dict({"data": [{"Last_Name": "Installed", "Company": "Zylker"}]})
        [result] = zohokit.record_results(insert_records.sync_detailed("Leads", client=crm, body=body))
        assert result.ok and result.code == "SUCCESS"


def test_bulk_read_exports_leads(zoho_emulator: Emulator, tmp_path: Path) -> None:
    with zoho_emulator.client("crm_bulk") as bulk:
        request = BulkReadJobRequest.from_dict({"query": {"module": "Leads", "fields": ["Last_Name"]}})
        created = zohokit.unwrap(create_bulk_read_job.sync_detailed(client=bulk, body=request))
        job = zohokit.wait_bulk_job(bulk, created, poll_interval=5, sleep=zoho_emulator.advance_clock)
        archive = zohokit.download_bulk_result(bulk, job, tmp_path / "leads.zip")
        exported = {row["Id"] for row in zohokit.iter_bulk_rows(archive)}
    with zoho_emulator.client("crm") as crm:
        listed = {str(lead.id) for lead in zohokit.iter_items(get_records.sync_detailed, "Leads", client=crm)}
    assert exported == listed and len(exported) > 2


def test_recruit_reviews_a_submission(zoho_emulator: Emulator) -> None:
    submission = zoho_emulator.fixtures()["recruit"]["pending_submission_id"]
    review = SubmissionStatusChangeRequest.from_dict({"data": [{"Submission_Status": "Approved by hiring manager"}]})
    with zoho_emulator.client("recruit") as recruit:
        response = change_submission_status.sync_detailed(submission, client=recruit, body=review)
        [result] = zohokit.record_results(response)
        assert result.ok


def test_bigin_relates_products_to_a_deal(zoho_emulator: Emulator) -> None:
    ids = zoho_emulator.fixtures()["bigin"]
    body = BiginRelatedRecordsUpdateRequest.from_dict(
        {"data": [{"id": product, "list_price": 10.0} for product in ids["product_ids"]]}
    )
    with zoho_emulator.client("bigin") as bigin:
        deal = ids["deal_id"]
        response = update_bigin_related_records.sync_detailed("Deals", deal, "Products", client=bigin, body=body)
        assert all(result.ok for result in zohokit.record_results(response))


def test_accounts_issues_a_token(zoho_emulator: Emulator) -> None:
    request = TokenRequest.from_dict(
        {
            "grant_type": "refresh_token",
            "client_id": zohokit.EMULATOR_CLIENT_ID,
            "client_secret": zohokit.EMULATOR_CLIENT_SECRET,
            "refresh_token": zohokit.EMULATOR_REFRESH_TOKEN,
        }
    )
    with zoho_emulator.client("accounts") as accounts:
        token = zohokit.unwrap(create_token.sync_detailed(client=accounts, body=request))
        assert token.to_dict()["api_domain"] == zoho_emulator.url


def test_connect_registers_and_pages_recruitments(zoho_emulator: Emulator) -> None:
    ids = zoho_emulator.fixtures()["connect"]
    campaign = ids["campaign"]
    registration = ClientRecruitmentRegistration.from_dict(
        {
            "product": ids["product"],
            "campaign": campaign,
            "recruiter": {"name": {"firstName": "Kari", "lastName": "Nordmann"}, "email": "kari@example.no"},
            "recruitments": [{"name": {"firstName": "Nils", "lastName": "Test"}, "email": "nils@example.no"}],
        }
    )
    with zoho_emulator.connect_client() as connect:
        zohokit.unwrap(register_client_recruitment.sync_detailed(client=connect, body=registration))
    with zoho_emulator.connect_client(auth=zoho_emulator.connect_signed_in_auth()) as connect:
        operation = zohokit.paged(list_recruitments.sync_detailed, items=lambda page: page.recruitments or [])
        one_by_one = list(zohokit.iter_items(operation, campaign, client=connect, limit=1))
        at_once = list(zohokit.iter_items(operation, campaign, client=connect, limit=100))
        assert one_by_one and [r.to_dict() for r in one_by_one] == [r.to_dict() for r in at_once]
