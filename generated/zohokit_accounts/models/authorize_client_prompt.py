# generated from spec/dist/accounts.yaml by make generate — do not edit
from enum import StrEnum


class AuthorizeClientPrompt(StrEnum):
    CONSENT = "consent"

    def __str__(self) -> str:
        return str(self.value)
