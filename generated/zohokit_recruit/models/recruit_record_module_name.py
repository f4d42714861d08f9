# generated from spec/dist/recruit.yaml by make generate — do not edit
from enum import StrEnum


class RecruitRecordModuleName(StrEnum):
    CANDIDATES = "Candidates"
    CLIENTS = "Clients"
    CONTACTS = "Contacts"
    INTERVIEWS = "Interviews"
    JOBOPENINGS = "JobOpenings"

    def __str__(self) -> str:
        return str(self.value)
