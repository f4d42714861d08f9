# generated from spec/dist/recruit.yaml by make generate — do not edit
from enum import StrEnum


class RecruitRecordTrigger(StrEnum):
    APPROVAL = "approval"
    BLUEPRINT = "blueprint"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
