# generated from spec/dist/accounts.yaml by make generate — do not edit
from enum import StrEnum


class AuthorizeClientResponseType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)
