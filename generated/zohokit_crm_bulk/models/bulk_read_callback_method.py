from enum import StrEnum


class BulkReadCallbackMethod(StrEnum):
    POST = "post"

    def __str__(self) -> str:
        return str(self.value)
