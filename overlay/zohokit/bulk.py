"""Bulk Read helpers: wait for a job, stream its ZIP to disk, read the CSV row by row.

The generated ``download_bulk_read_result`` returns the whole archive as bytes, which is fine for
small exports but not for Zoho's 200,000-row pages. These helpers keep memory flat however large
the export: the download goes to a file in chunks, and the rows are decoded straight out of the
archive member one at a time.

They take the generated Bulk Read client (``zohokit.zoho_client("crm_bulk", ...)``) and the
generated models, so a job is named by what the API returned::

    created = unwrap(create_bulk_read_job.sync_detailed(client=bulk, body=request))
    job = wait_bulk_job(bulk, created)              # a BulkReadJob, COMPLETED
    archive = download_bulk_result(bulk, job, "leads.zip")
    for row in iter_bulk_rows(archive): ...

Contract:

* A job is a job id (``str``), the ``BulkReadCreateResponse`` that created it or the
  ``BulkReadJob`` that describes it; :func:`bulk_job_id` gives its id as a ``str``, and raises
  :class:`~zohokit.errors.ZohoKitError` when the model carries none.
* :func:`wait_bulk_job` / :func:`await_bulk_job` poll ``GET /read/{job_id}`` until the job is
  ``COMPLETED`` (its ``BulkReadJob`` is returned) or ``FAILURE``/``FAILED``
  (:class:`BulkJobFailed`), or ``timeout`` seconds pass (:class:`TimeoutError`). ``on_state``
  sees every state observed. A non-2xx answer raises the typed :mod:`zohokit.errors` exception.
* :func:`download_bulk_result` / :func:`adownload_bulk_result` write the archive to
  ``destination`` (a file path) and return it; ``on_progress(done, total)`` sees the bytes written
  so far and the ``Content-Length`` (``None`` when unknown). A non-2xx answer raises the typed
  :mod:`zohokit.errors` exception and leaves no partial file behind.
* :func:`iter_bulk_rows` yields each CSV row of the archive as a ``dict`` of strings.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import time
import zipfile
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final, TypeAlias

import httpx

from .errors import ZohoKitError, api_error, parse_json_body, unwrap

if TYPE_CHECKING:
    # Annotations only: the generated package is imported when a helper first runs, so zohokit
    # imports without it.
    import zohokit_crm_bulk
    from zohokit_crm_bulk.models import BulkReadCreateResponse, BulkReadJob

    BulkClient: TypeAlias = zohokit_crm_bulk.AuthenticatedClient
    BulkJob: TypeAlias = str | BulkReadCreateResponse | BulkReadJob

RESULT_PATH: Final = "/read/{job_id}/result"
DEFAULT_CHUNK_SIZE: Final = 64 * 1024
DEFAULT_POLL_INTERVAL: Final = 2.0
DEFAULT_WAIT_TIMEOUT: Final = 600.0
COMPLETED: Final = "COMPLETED"
FAILED_STATES: Final = frozenset({"FAILURE", "FAILED"})

ProgressCallback = Callable[[int, int | None], None]
StateCallback = Callable[[str], None]


class BulkJobFailed(ZohoKitError):
    """The bulk read job ended in Zoho's ``FAILURE`` state."""

    def __init__(self, job_id: str, state: str) -> None:
        super().__init__(f"bulk read job {job_id} ended in state {state}")
        self.job_id = job_id
        self.state = state


def bulk_job_id(job: BulkJob) -> str:
    """The id of ``job``: a job id as is, or the id a ``BulkReadCreateResponse`` or
    ``BulkReadJob`` carries (:class:`~zohokit.errors.ZohoKitError` when it carries none)."""
    if isinstance(job, str):
        return job
    from zohokit_crm_bulk.models import BulkReadCreateResponse

    job_id = _created_job_id(job) if isinstance(job, BulkReadCreateResponse) else job.id
    if not isinstance(job_id, str) or not job_id:
        raise ZohoKitError(f"{type(job).__name__} carries no bulk read job id")
    return job_id


def _created_job_id(created: BulkReadCreateResponse) -> str | object:
    return created.data[0].details.id if created.data else None


def _job_and_state(job_id: str, found: zohokit_crm_bulk.models.BulkReadJobResponse) -> tuple[str, BulkReadJob]:
    job = found.data[0] if found.data else None
    state = None if job is None else job.state
    if job is None or not isinstance(state, str):
        raise ZohoKitError(f"bulk read job {job_id}: response carries no job state")
    return state, job


def _settled(
    job_id: str,
    found: zohokit_crm_bulk.models.BulkReadJobResponse,
    deadline: float,
    poll_interval: float,
    timeout: float,
    on_state: StateCallback | None,
) -> BulkReadJob | None:
    """One poll's verdict, shared by :func:`wait_bulk_job` and :func:`await_bulk_job`: reports the
    job's state to ``on_state``; returns the job once ``COMPLETED``, None to poll again; raises
    :class:`BulkJobFailed` for a failed job and :class:`TimeoutError` when the next poll, one
    ``poll_interval`` away, would come after ``deadline`` (on the ``time.monotonic`` clock)."""
    state, job = _job_and_state(job_id, found)
    if on_state is not None:
        on_state(state)
    if state == COMPLETED:
        return job
    if state in FAILED_STATES:
        raise BulkJobFailed(job_id, state)
    if time.monotonic() + poll_interval > deadline:
        raise TimeoutError(f"bulk read job {job_id} still {state} after {timeout} s")
    return None


def wait_bulk_job(
    bulk: BulkClient,
    job: BulkJob,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_state: StateCallback | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> BulkReadJob:
    """Poll a job until it completes; returns its ``BulkReadJob`` as Zoho sent it.

    ``bulk`` is the Bulk Read client, which carries the base URL, auth and retries.
    """
    from zohokit_crm_bulk.api.bulk_read import get_bulk_read_job

    job_id = bulk_job_id(job)
    deadline = time.monotonic() + timeout
    while True:
        found = unwrap(get_bulk_read_job.sync_detailed(job_id, client=bulk))
        settled = _settled(job_id, found, deadline, poll_interval, timeout, on_state)
        if settled is not None:
            return settled
        sleep(poll_interval)


async def await_bulk_job(
    bulk: BulkClient,
    job: BulkJob,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_state: StateCallback | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> BulkReadJob:
    """The async twin of :func:`wait_bulk_job`."""
    from zohokit_crm_bulk.api.bulk_read import get_bulk_read_job

    job_id = bulk_job_id(job)
    deadline = time.monotonic() + timeout
    while True:
        found = unwrap(await get_bulk_read_job.asyncio_detailed(job_id, client=bulk))
        settled = _settled(job_id, found, deadline, poll_interval, timeout, on_state)
        if settled is not None:
            return settled
        await sleep(poll_interval)


def _error_of(response: httpx.Response) -> ZohoKitError:
    return api_error(
        response.status_code, parse_json_body(response.content), request=response.request, response=response
    )


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length")
    return int(value) if value and value.isdigit() else None


def _partial_path(destination: Path) -> Path:
    return destination.with_name(destination.name + ".part")


class _PartialFile:
    """The ``.part`` file a download streams into, shared by both download helpers: each ``write``
    reports the bytes written so far and ``total`` to ``on_progress``; a failure inside the ``with``
    block deletes the file, so no truncated archive is left behind."""

    def __init__(self, path: Path, total: int | None, on_progress: ProgressCallback | None) -> None:
        self._path = path
        self._total = total
        self._on_progress = on_progress
        self._done = 0
        self._sink: BinaryIO | None = None

    def __enter__(self) -> _PartialFile:
        self._sink = self._path.open("wb")
        return self

    def write(self, chunk: bytes) -> None:
        assert self._sink is not None, "write inside the with block"
        self._sink.write(chunk)
        self._done += len(chunk)
        if self._on_progress is not None:
            self._on_progress(self._done, self._total)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        assert self._sink is not None
        try:
            self._sink.close()
        finally:
            if exc_type is not None:
                self._path.unlink(missing_ok=True)


def download_bulk_result(
    bulk: BulkClient,
    job: BulkJob,
    destination: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Path:
    """Stream ``GET /read/{job_id}/result`` into ``destination``; returns its path.

    The archive is written to ``<destination>.part`` and renamed when complete, so a failed or
    interrupted download never leaves a truncated archive under the final name.
    """
    target = Path(destination)
    partial = _partial_path(target)
    with bulk.get_httpx_client().stream("GET", RESULT_PATH.format(job_id=bulk_job_id(job))) as response:
        if not response.is_success:
            response.read()
            raise _error_of(response)
        with _PartialFile(partial, _content_length(response), on_progress) as sink:
            for chunk in response.iter_bytes(chunk_size):
                sink.write(chunk)
    partial.replace(target)
    return target


async def adownload_bulk_result(
    bulk: BulkClient,
    job: BulkJob,
    destination: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Path:
    """The async twin of :func:`download_bulk_result` (the file is written synchronously)."""
    target = Path(destination)
    partial = _partial_path(target)
    async with bulk.get_async_httpx_client().stream("GET", RESULT_PATH.format(job_id=bulk_job_id(job))) as response:
        if not response.is_success:
            await response.aread()
            raise _error_of(response)
        with _PartialFile(partial, _content_length(response), on_progress) as sink:
            async for chunk in response.aiter_bytes(chunk_size):
                sink.write(chunk)
    partial.replace(target)
    return target


def iter_bulk_rows(archive: str | os.PathLike[str], member: str | None = None) -> Iterator[dict[str, str]]:
    """Yield the rows of the CSV inside a bulk read archive, one ``dict`` per record.

    ``member`` defaults to the archive's only ``.csv`` file (Zoho names it ``{job_id}.csv``).
    Rows are decoded lazily, so memory stays flat for any number of rows.
    """
    with zipfile.ZipFile(archive) as bundle:
        if member is None:
            members = [name for name in bundle.namelist() if name.lower().endswith(".csv")]
            if len(members) != 1:
                raise ZohoKitError(f"expected one CSV file in {os.fspath(archive)!r}, found {members}")
            member = members[0]
        with bundle.open(member) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
            yield from csv.DictReader(text)


__all__ = [
    "BulkJobFailed",
    "adownload_bulk_result",
    "await_bulk_job",
    "bulk_job_id",
    "download_bulk_result",
    "iter_bulk_rows",
    "wait_bulk_job",
]
