# generated from spec/dist/bigin.yaml by make generate — do not edit
from enum import StrEnum


class BiginRecordTrigger(StrEnum):
    APPROVAL = "approval"
    BLUEPRINT = "blueprint"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
