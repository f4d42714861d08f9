# generated from spec/dist/accounts.yaml by make generate — do not edit
from enum import StrEnum


class TokenRequestGrantType(StrEnum):
    AUTHORIZATION_CODE = "authorization_code"
    REFRESH_TOKEN = "refresh_token"

    def __str__(self) -> str:
        return str(self.value)
