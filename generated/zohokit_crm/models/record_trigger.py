# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class RecordTrigger(StrEnum):
    APPROVAL = "approval"
    BLUEPRINT = "blueprint"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
