# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from enum import StrEnum


class BulkReadCriteriaComparator(StrEnum):
    BETWEEN = "between"
    CONTAINS = "contains"
    ENDS_WITH = "ends_with"
    EQUAL = "equal"
    GREATER_EQUAL = "greater_equal"
    GREATER_THAN = "greater_than"
    IN = "in"
    LESS_EQUAL = "less_equal"
    LESS_THAN = "less_than"
    NOT_BETWEEN = "not_between"
    NOT_CONTAINS = "not_contains"
    NOT_EQUAL = "not_equal"
    NOT_IN = "not_in"
    STARTS_WITH = "starts_with"

    def __str__(self) -> str:
        return str(self.value)
