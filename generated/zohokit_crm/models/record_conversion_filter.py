from enum import StrEnum


class RecordConversionFilter(StrEnum):
    BOTH = "both"
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
