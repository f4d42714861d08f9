"""Which failed records of a write are worth sending again.

Zoho answers a multi-record write with one result per record (:func:`~zohokit.results.record_results`).
Some failures pass if the same record is sent again later: the call was throttled
(``TOO_MANY_REQUESTS``) or Zoho failed internally (``INTERNAL_ERROR``). The others fail again
every time until the record itself changes: a mandatory field is missing (``MANDATORY_NOT_FOUND``),
a value is wrong (``INVALID_DATA``), a unique value is taken (``DUPLICATE_DATA``)::

    results = record_results(insert_records.sync_detailed("Leads", client=crm, body=body))
    failed = split_failed(records, results)
    for item in failed.not_retryable:
        log.warning("record %d refused: %s %s", item.index, item.code, item.result.details)
    resend = [item.record for item in failed.retryable]

:func:`~zohokit.batch_writes.write_records` does this (and the resending) for any number of records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from .results import RecordResult

RETRYABLE_CODES: Final[frozenset[str]] = frozenset(
    {
        "TOO_MANY_REQUESTS",
        "INTERNAL_ERROR",
        "INTERNAL_SERVER_ERROR",
        "SERVICE_UNAVAILABLE",
        "REQUEST_TIMEOUT",
    }
)
"""Zoho codes of failures that may pass when the same record is sent again: rate limits and
transient or internal server errors. Every other code (``MANDATORY_NOT_FOUND``, ``INVALID_DATA``,
``DUPLICATE_DATA``, ``INVALID_MODULE``, ``NO_PERMISSION``, ...) is not retryable."""


def is_retryable(result: RecordResult, retryable_codes: frozenset[str] = RETRYABLE_CODES) -> bool:
    """Whether a failed result's ``code`` is one of ``retryable_codes`` (False for a success)."""
    return not result.ok and result.code is not None and result.code.upper() in retryable_codes


@dataclass(frozen=True)
class FailedRecord:
    """A record that failed: its position in the records sent, the record, and Zoho's result."""

    index: int
    record: Mapping[str, Any]
    result: RecordResult
    retryable: bool

    @property
    def code(self) -> str | None:
        """Zoho's code for the failure (``INVALID_DATA``, ``TOO_MANY_REQUESTS``, ...)."""
        return self.result.code


@dataclass(frozen=True)
class FailedRecords:
    """The failed records of a write, split into those worth resending and the others, in input order."""

    retryable: list[FailedRecord] = field(default_factory=list)
    not_retryable: list[FailedRecord] = field(default_factory=list)

    @property
    def all(self) -> list[FailedRecord]:
        """Every failed record, in input order."""
        return sorted(self.retryable + self.not_retryable, key=lambda item: item.index)

    def __bool__(self) -> bool:
        return bool(self.retryable or self.not_retryable)

    def __len__(self) -> int:
        return len(self.retryable) + len(self.not_retryable)


def split_failed(
    records: Sequence[Mapping[str, Any]],
    results: Sequence[RecordResult],
    *,
    retryable_codes: frozenset[str] = RETRYABLE_CODES,
) -> FailedRecords:
    """Pair ``records`` (as sent) with their ``results`` (in the same order) and return the failed ones.

    Raises ``ValueError`` when the counts differ: the results of one write cannot be matched with
    the records of another.
    """
    if len(records) != len(results):
        raise ValueError(f"{len(results)} results for {len(records)} records: pass the records of that write")
    retryable: list[FailedRecord] = []
    not_retryable: list[FailedRecord] = []
    for index, (record, result) in enumerate(zip(records, results, strict=True)):
        if result.ok:
            continue
        again = is_retryable(result, retryable_codes)
        (retryable if again else not_retryable).append(FailedRecord(index, record, result, again))
    return FailedRecords(retryable, not_retryable)


__all__ = ["RETRYABLE_CODES", "FailedRecord", "FailedRecords", "is_retryable", "split_failed"]
