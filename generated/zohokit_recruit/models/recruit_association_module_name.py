# generated from spec/dist/recruit.yaml by make generate — do not edit
from enum import StrEnum


class RecruitAssociationModuleName(StrEnum):
    CANDIDATES = "Candidates"
    JOBOPENINGS = "JobOpenings"

    def __str__(self) -> str:
        return str(self.value)
