# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class RecordIncludeOption(StrEnum):
    PRIVATE_FIELDS = "private_fields"

    def __str__(self) -> str:
        return str(self.value)
