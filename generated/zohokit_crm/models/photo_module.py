# generated from spec/dist/crm.yaml by make generate — do not edit
from enum import StrEnum


class PhotoModule(StrEnum):
    CONTACTS = "Contacts"
    LEADS = "Leads"

    def __str__(self) -> str:
        return str(self.value)
