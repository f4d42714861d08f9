from enum import StrEnum


class AuthorizeClientPrompt(StrEnum):
    CONSENT = "consent"

    def __str__(self) -> str:
        return str(self.value)
