# generated from spec/dist/recruit.yaml by make generate — do not edit
from enum import StrEnum


class RecruitStateFilter(StrEnum):
    BOTH = "both"
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
