# generated from spec/dist/recruit.yaml by make generate — do not edit
from enum import StrEnum


class RecruitSortOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
