# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class GetRecordSharingView(StrEnum):
    MANAGE = "manage"
    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
