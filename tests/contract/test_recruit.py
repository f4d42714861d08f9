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
    return {
        "path.module_api_name": ["Candidates", "JobOpenings"],
        "path.record_id": [seeded["candidate_id"], seeded["job_opening_id"], *submissions],
    }


suite = ContractSuite(
    "recruit",
    known_values=_known_values,
    positive_data_exempt={
        "changeSubmissionStatus": (
            "the rating must agree with the outcome and the status must be one of the org's edition (400 INVALID_DATA)"
        ),
    },
    refusal_statuses={
        # An archived or already reviewed submission: 202 with the refusal as the record's result.
        "changeSubmissionStatus": "202",
    },
)
schema = suite.schema


@schema.parametrize()
def test_operation(case: Case) -> None:
    suite.run_case(case)


TestWorkflow = suite.state_machine().TestCase
