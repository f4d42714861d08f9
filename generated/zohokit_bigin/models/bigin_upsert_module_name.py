# generated from spec/dist/bigin.yaml by make generate — do not edit
from enum import StrEnum


class BiginUpsertModuleName(StrEnum):
    ACCOUNTS = "Accounts"
    CONTACTS = "Contacts"
    DEALS = "Deals"
    PRODUCTS = "Products"

    def __str__(self) -> str:
        return str(self.value)
