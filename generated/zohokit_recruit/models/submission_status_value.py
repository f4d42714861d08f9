# generated from spec/dist/recruit.yaml by make generate — do not edit
from enum import StrEnum


class SubmissionStatusValue(StrEnum):
    APPROVED_BY_CLIENT = "Approved by client"
    APPROVED_BY_HIRING_MANAGER = "Approved by hiring manager"
    REJECTED_BY_CLIENT = "Rejected by client"
    REJECTED_BY_HIRING_MANAGER = "Rejected by hiring manager"

    def __str__(self) -> str:
        return str(self.value)
