# generated from spec/dist/bigin.yaml by make generate — do not edit
from enum import StrEnum


class BiginParentModuleName(StrEnum):
    ACCOUNTS = "Accounts"
    CONTACTS = "Contacts"
    DEALS = "Deals"

    def __str__(self) -> str:
        return str(self.value)
