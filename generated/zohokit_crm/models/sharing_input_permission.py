# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class SharingInputPermission(StrEnum):
    FULL_ACCESS = "full_access"
    READ_ONLY = "read_only"
    READ_WRITE = "read_write"

    def __str__(self) -> str:
        return str(self.value)
