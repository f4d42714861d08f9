# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from enum import StrEnum


class BulkReadJobRequestFileType(StrEnum):
    CSV = "csv"
    ICS = "ics"

    def __str__(self) -> str:
        return str(self.value)
