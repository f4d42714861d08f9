# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class RecordApprovalFilter(StrEnum):
    BOTH = "both"
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
