"""Write any number of CRM records: chunks of 100, bounded concurrency, only retryable failures resent.

::

    results = write_records(crm, "Leads", leads)                       # insert, one result per lead
    results = write_records(crm, "Leads", changes, operation="update")  # every record carries its id
    results = await awrite_records(crm, "Contacts", rows, operation="upsert",
                                   duplicate_check_fields=["Email"])
    for result in results:
        if not result.ok:
            log.warning("record %d: %s %s", result.index, result.code, result.details)

How it works, in rounds: the records still to send are cut into chunks of ``chunk_size`` (at most
100, Zoho's per-call limit), and up to ``concurrency`` chunks are in flight at once (threads for
:func:`write_records`, tasks for :func:`awrite_records`; the client's own concurrency limit and
retries apply underneath). Each record's result is kept; the records whose failure is retryable
(:mod:`zohokit.resubmit`: rate limits, internal errors) go into the next round after a backoff,
re-chunked together, until they pass or ``max_attempts`` rounds were made. Records refused for
what they contain (``MANDATORY_NOT_FOUND``, ``INVALID_DATA``, ``DUPLICATE_DATA``...) are sent once.

When a whole request fails (a 429 or 5xx its transport retries did not absorb, a 400 without
per-record results...), every record of its chunk gets that error as its result: ``code`` is Zoho's
code from the body, or, for a body without one, the code Zoho uses for that status
(``TOO_MANY_REQUESTS`` for 429, ``INTERNAL_ERROR`` for 5xx). A request that gets no answer at all
(an ``httpx`` transport error after the client's retries, a response whose results do not match
its records) stops the write once the other requests of its round are answered, and raises
:class:`WriteInterrupted`: its ``results`` hold what is known of every record, ``None`` for the
records of the unanswered request (they may or may not have been written), and the error is its
``__cause__``.

The result list has one :class:`~zohokit.results.RecordResult` per input record, in input order,
with ``index`` the record's position in the input. A record is sent again only after a failure
Zoho reported before or instead of writing it, with one exception to know about: an insert whose
request failed with a 5xx may, on a real server, have been written before the failure, and is
sent again. Where a duplicate would hurt, use ``operation="upsert"`` with ``duplicate_check_fields``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

from .errors import APIError, ZohoKitError
from .limits import FREE_EDITION_CONCURRENCY
from .resubmit import RETRYABLE_CODES, is_retryable
from .results import RecordResult, record_results
from .retry import BackoffSettings, parse_retry_after

if TYPE_CHECKING:
    # For annotations only: the generated package is imported when a request is made, so zohokit
    # imports without it.
    import zohokit_crm

CrmClient: TypeAlias = "zohokit_crm.AuthenticatedClient | zohokit_crm.Client"
"""A generated ``zohokit_crm`` client (``zoho_client("crm", auth=...)``)."""

WriteOperation = Literal["insert", "update", "upsert"]

MAX_RECORDS_PER_CALL: Final = 100
"""Zoho's limit of records in one insert, update or upsert call."""
DEFAULT_CONCURRENCY: Final = FREE_EDITION_CONCURRENCY
"""Chunks in flight at once by default: the smallest edition's cap, so the writer alone never
exceeds any edition's concurrency limit."""

_STATUS_CODES: Final[Mapping[int, str]] = {429: "TOO_MANY_REQUESTS"}


@dataclass(frozen=True)
class ResubmitPolicy(BackoffSettings):
    """How often and after how long retryable failures are sent again.

    ``max_attempts`` counts the sends of one record (the first included). The wait before round
    ``n + 1`` is ``min(backoff_max, backoff_initial * backoff_multiplier ** (n - 1))`` reduced by up
    to ``jitter`` at random, or longer when a 429 asked for it with ``Retry-After`` (at most
    ``max_retry_after`` seconds).
    """

    backoff_initial: float = 1.0
    retryable_codes: frozenset[str] = RETRYABLE_CODES

    def delay(self, attempt: int, retry_after: float | None, random_value: float) -> float:
        """Seconds to wait after round ``attempt`` (1-based) before the next one."""
        backoff = self.backoff(attempt, random_value)
        if retry_after is None:
            return backoff
        return max(backoff, min(retry_after, self.max_retry_after))


DEFAULT_RESUBMIT_POLICY: Final = ResubmitPolicy()


class WriteInterrupted(ZohoKitError):
    """A batched write stopped because a request got no usable answer (see the module doc).

    ``results`` has one entry per input record, in input order: the record's last result, or
    ``None`` when the request that carried it last got no answer. The cause is ``__cause__``.
    """

    def __init__(self, message: str, results: list[RecordResult | None]) -> None:
        super().__init__(message)
        self.results = results


@dataclass(frozen=True)
class _Chunk:
    """The input positions of the records of one request."""

    indexes: Sequence[int]


@dataclass
class _ChunkOutcome:
    results: list[RecordResult]
    retry_after: float | None = None


class _Batch:
    """The state of one batched write, shared by the sync and async drivers (no I/O here)."""

    def __init__(
        self,
        records: Sequence[Mapping[str, Any]],
        *,
        operation: WriteOperation,
        chunk_size: int,
        concurrency: int,
        policy: ResubmitPolicy,
        trigger: Sequence[str] | None,
        duplicate_check_fields: Sequence[str] | None,
    ) -> None:
        if operation not in ("insert", "update", "upsert"):
            raise ValueError(f"operation must be insert, update or upsert, not {operation!r}")
        if not 1 <= chunk_size <= MAX_RECORDS_PER_CALL:
            raise ValueError(f"chunk_size must be from 1 to {MAX_RECORDS_PER_CALL} (Zoho's per-call limit)")
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        if duplicate_check_fields is not None and operation != "upsert":
            raise ValueError("duplicate_check_fields applies to upserts only")
        for position, record in enumerate(records):
            if not isinstance(record, Mapping):
                raise TypeError(f"record {position} is a {type(record).__name__}, not a mapping of field names")
        self.records = records
        self.operation = operation
        self.chunk_size = chunk_size
        self.concurrency = concurrency
        self.policy = policy
        self.trigger = trigger
        self.duplicate_check_fields = duplicate_check_fields
        self.results: list[RecordResult | None] = [None] * len(records)
        self.pending: list[int] = list(range(len(records)))
        self.attempt = 0

    def next_chunks(self) -> list[_Chunk]:
        """The chunks of the next round (empty when the write is over)."""
        pending, self.pending = self.pending, []
        if not pending:
            return []
        self.attempt += 1
        return [_Chunk(pending[i : i + self.chunk_size]) for i in range(0, len(pending), self.chunk_size)]

    def body(self, chunk: _Chunk) -> dict[str, Any]:
        """The JSON body of the request for ``chunk``."""
        body: dict[str, Any] = {"data": [dict(self.records[i]) for i in chunk.indexes]}
        if self.trigger is not None:
            body["trigger"] = list(self.trigger)
        if self.duplicate_check_fields is not None:
            body["duplicate_check_fields"] = list(self.duplicate_check_fields)
        return body

    def accept(self, chunk: _Chunk, outcome: _ChunkOutcome) -> None:
        """Keep the chunk's results; queue its retryable failures for the next round, if any is left."""
        for index, result in zip(chunk.indexes, outcome.results, strict=True):
            self.results[index] = dataclasses.replace(result, index=index)
            if self.attempt < self.policy.max_attempts and is_retryable(result, self.policy.retryable_codes):
                self.pending.append(index)
        self.pending.sort()

    def settle_round(self, answers: Sequence[tuple[_Chunk, _ChunkOutcome | BaseException]]) -> list[_ChunkOutcome]:
        """Keep the results of a round (each chunk with its outcome, or the error its request raised)
        and return its outcomes; raises :class:`WriteInterrupted` from the first error if any request
        failed, after keeping the results of those that were answered."""
        outcomes: list[_ChunkOutcome] = []
        failed: list[tuple[_Chunk, BaseException]] = []
        for chunk, answer in answers:
            if isinstance(answer, _ChunkOutcome):
                self.accept(chunk, answer)
                outcomes.append(answer)
            else:
                failed.append((chunk, answer))
        if failed:
            raise self.interrupted([c for c, _ in failed], [e for _, e in failed]) from failed[0][1]
        return outcomes

    def delay(self, outcomes: Sequence[_ChunkOutcome], random_value: float) -> float:
        hints = [outcome.retry_after for outcome in outcomes if outcome.retry_after is not None]
        return self.policy.delay(self.attempt, max(hints) if hints else None, random_value)

    def interrupted(self, chunks: Sequence[_Chunk], errors: Sequence[BaseException]) -> WriteInterrupted:
        """The error to raise when the requests of ``chunks`` failed with ``errors``."""
        for chunk in chunks:
            for index in chunk.indexes:
                self.results[index] = None
        lost = sum(len(chunk.indexes) for chunk in chunks)
        first = errors[0]
        return WriteInterrupted(
            f"{len(errors)} request(s) of the write got no answer ({type(first).__name__}: {first}); "
            f"the outcome of {lost} record(s) is unknown",
            list(self.results),
        )

    def final(self) -> list[RecordResult]:
        done = [result for result in self.results if result is not None]
        if len(done) != len(self.results):  # every round answers every record it sent
            raise RuntimeError("a record was left without a result")
        return done


def _failure_results(error: APIError, count: int) -> list[RecordResult]:
    """The request's error as the result of each of its ``count`` records."""
    code = error.code
    if code is None:
        code = _STATUS_CODES.get(error.status_code, "INTERNAL_ERROR" if error.status_code >= 500 else None)
    details: Mapping[str, Any] = error.details if isinstance(error.details, Mapping) else {}
    raw: Mapping[str, Any] = error.body if isinstance(error.body, Mapping) else {}
    return [
        RecordResult(
            index=i, ok=False, code=code, message=error.message, status="error", details=details, id=None, raw=raw
        )
        for i in range(count)
    ]


def _retry_after(error: APIError) -> float | None:
    hinted = getattr(error, "retry_after", None)
    if isinstance(hinted, int | float):
        return float(hinted)
    headers = getattr(error.response, "headers", None)
    if isinstance(headers, Mapping) and error.status_code == 429:
        value = headers.get("Retry-After")
        return parse_retry_after(value if isinstance(value, str) else None, now=time.time())
    return None


def _outcome(chunk: _Chunk, send: Callable[[], Any]) -> _ChunkOutcome:
    """Send one chunk with ``send`` and read its per-record results (or its request failure)."""
    try:
        results = record_results(send())
    except APIError as error:
        return _ChunkOutcome(_failure_results(error, len(chunk.indexes)), _retry_after(error))
    if len(results) != len(chunk.indexes):
        raise ValueError(f"Zoho answered {len(results)} results for a request of {len(chunk.indexes)} records")
    return _ChunkOutcome(results)


def _operation_function(operation: WriteOperation) -> Any:
    from zohokit_crm.api.records import insert_records, update_records, upsert_records

    return {"insert": insert_records, "update": update_records, "upsert": upsert_records}[operation]


def _request_body(operation: WriteOperation, body: dict[str, Any]) -> Any:
    from zohokit_crm.models import RecordUpsertRequest, RecordWriteRequest

    model = RecordUpsertRequest if operation == "upsert" else RecordWriteRequest
    return model.from_dict(body)


def _answer(future: Future[_ChunkOutcome]) -> _ChunkOutcome | BaseException:
    """The chunk's outcome, or the error its request raised, once the request is done."""
    error = future.exception()
    return future.result() if error is None else error


def write_records(
    client: CrmClient,
    module_api_name: str,
    records: Sequence[Mapping[str, Any]],
    *,
    operation: WriteOperation = "insert",
    trigger: Sequence[str] | None = None,
    duplicate_check_fields: Sequence[str] | None = None,
    chunk_size: int = MAX_RECORDS_PER_CALL,
    concurrency: int = DEFAULT_CONCURRENCY,
    policy: ResubmitPolicy = DEFAULT_RESUBMIT_POLICY,
    sleep: Callable[[float], None] = time.sleep,
    random: Callable[[], float] = _random.random,
) -> list[RecordResult]:
    """Insert, update or upsert ``records`` in ``module_api_name``; one result per record, in input order.

    Args:
        client: a ``zohokit_crm`` client (``zoho_client("crm", auth=...)``).
        module_api_name: the module (``Leads``, a custom module's API name...).
        records: the records, each a mapping of field API names to values (updates: with ``id``).
        operation: ``insert`` (``POST``), ``update`` (``PUT``) or ``upsert`` (``POST .../upsert``).
        trigger: the automations to run (``["workflow"]``; ``[]`` runs none; default: Zoho's).
        duplicate_check_fields: for upserts, the fields that find an existing record.
        chunk_size: records per request (at most 100).
        concurrency: requests in flight at once (threads).
        policy: which failures are resent, how often, after how long.
        sleep, random: injectable for tests.

    See the module doc for rounds, request failures and what propagates.
    """
    batch = _Batch(
        records,
        operation=operation,
        chunk_size=chunk_size,
        concurrency=concurrency,
        policy=policy,
        trigger=trigger,
        duplicate_check_fields=duplicate_check_fields,
    )
    function = _operation_function(operation)

    def send(chunk: _Chunk) -> _ChunkOutcome:
        body = _request_body(operation, batch.body(chunk))
        return _outcome(chunk, lambda: function.sync_detailed(module_api_name, client=client, body=body))

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="zohokit-write") as pool:
        while chunks := batch.next_chunks():
            futures = [pool.submit(send, chunk) for chunk in chunks]
            # _answer waits for each future: every request of the round is answered first
            answers = [(chunk, _answer(future)) for chunk, future in zip(chunks, futures, strict=True)]
            outcomes = batch.settle_round(answers)
            if batch.pending:
                sleep(batch.delay(outcomes, random()))
    return batch.final()


async def awrite_records(
    client: CrmClient,
    module_api_name: str,
    records: Sequence[Mapping[str, Any]],
    *,
    operation: WriteOperation = "insert",
    trigger: Sequence[str] | None = None,
    duplicate_check_fields: Sequence[str] | None = None,
    chunk_size: int = MAX_RECORDS_PER_CALL,
    concurrency: int = DEFAULT_CONCURRENCY,
    policy: ResubmitPolicy = DEFAULT_RESUBMIT_POLICY,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    random: Callable[[], float] = _random.random,
) -> list[RecordResult]:
    """The async twin of :func:`write_records`: up to ``concurrency`` chunks in flight as tasks."""
    batch = _Batch(
        records,
        operation=operation,
        chunk_size=chunk_size,
        concurrency=concurrency,
        policy=policy,
        trigger=trigger,
        duplicate_check_fields=duplicate_check_fields,
    )
    function = _operation_function(operation)
    slots = asyncio.Semaphore(concurrency)

    async def send(chunk: _Chunk) -> _ChunkOutcome:
        async with slots:
            body = _request_body(operation, batch.body(chunk))
            try:
                response = await function.asyncio_detailed(module_api_name, client=client, body=body)
            except APIError as error:  # a 429 past the retry transport's Retry-After cap
                return _ChunkOutcome(_failure_results(error, len(chunk.indexes)), _retry_after(error))
            return _outcome(chunk, lambda: response)

    while chunks := batch.next_chunks():
        # return_exceptions: a failed request does not leave the others of its round running unseen.
        gathered = await asyncio.gather(*(send(chunk) for chunk in chunks), return_exceptions=True)
        for item in gathered:
            if not isinstance(item, (_ChunkOutcome, Exception)):
                raise item  # cancellation and the like are not failures of the write: let them through
        outcomes = batch.settle_round(list(zip(chunks, gathered, strict=True)))
        if batch.pending:
            await sleep(batch.delay(outcomes, random()))
    return batch.final()


__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_RESUBMIT_POLICY",
    "MAX_RECORDS_PER_CALL",
    "ResubmitPolicy",
    "WriteInterrupted",
    "WriteOperation",
    "awrite_records",
    "write_records",
]
