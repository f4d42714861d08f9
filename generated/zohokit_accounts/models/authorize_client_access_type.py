# generated from spec/dist/accounts.yaml by make generate — do not edit
from enum import StrEnum


class AuthorizeClientAccessType(StrEnum):
    OFFLINE = "offline"
    ONLINE = "online"

    def __str__(self) -> str:
        return str(self.value)
