# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class RecordSortOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
