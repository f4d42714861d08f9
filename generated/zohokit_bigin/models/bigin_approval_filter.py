# generated from spec/dist/bigin.yaml by make generate — do not edit
from enum import StrEnum


class BiginApprovalFilter(StrEnum):
    BOTH = "both"
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
