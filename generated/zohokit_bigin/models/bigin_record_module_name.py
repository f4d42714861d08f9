# generated from spec/dist/bigin.yaml by make generate — do not edit
from enum import StrEnum


class BiginRecordModuleName(StrEnum):
    ACCOUNTS = "Accounts"
    CALLS = "Calls"
    CONTACTS = "Contacts"
    DEALS = "Deals"
    EVENTS = "Events"
    PRODUCTS = "Products"
    TASKS = "Tasks"

    def __str__(self) -> str:
        return str(self.value)
