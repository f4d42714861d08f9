"""Contract: spec/dist/recruit.yaml (Zoho Recruit v2) against the emulator."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from .harness import ContractSuite, Emulator


def _known_values(emulator: Emulator) -> dict[str, list[Any]]:
    seeded = emulator.fixtures()["recruit"]
    submissions = [
        *seeded["pending_submission_ids"],
        *seeded["reviewed_submission_ids"],
        *seeded["archived_submission_ids"],
    ]
    records = [
        *seeded["candidate_ids"],
        *seeded["job_opening_ids"],
        *seeded["client_ids"],
        *seeded["contact_ids"],
        *seeded["interview_ids"],
    ]
    return {
        "path.module_api_name": ["Candidates", "JobOpenings", "Clients", "Contacts", "Interviews"],
        "path.record_id": [seeded["candidate_id"], seeded["job_opening_id"], *records],
        "path.submission_id": submissions,
        "query.ids": records,
        "body.data[*].id": records,
    }


suite = ContractSuite(
    "recruit",
    known_values=_known_values,
    refusal_statuses={
        # An archived or already reviewed submission: 202 with the refusal as the record's result.
        "changeSubmissionStatus": "202",
        # Records refused one by one (a missing mandatory field, an unknown id, a duplicate) come back as a 202.
        "insertRecruitRecords": "202",
        "updateRecruitRecords": "202",
        "updateRecruitRecord": "202",
        "upsertRecruitRecords": "202",
        "deleteRecruitRecords": "202",
    },
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase
