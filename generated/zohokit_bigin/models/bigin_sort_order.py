# generated from spec/dist/bigin.yaml by make generate — do not edit
from enum import StrEnum


class BiginSortOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
