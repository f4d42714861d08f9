"""Bulk Read helpers: wait for a job, stream its ZIP to disk, read the CSV row by row.

The generated ``download_bulk_read_result`` returns the whole archive as bytes, which is fine for
small exports but not for Zoho's 200,000-row pages. These helpers keep memory flat however large
the export: the download goes to a file in chunks, and the rows are decoded straight out of the
archive member one at a time.

Contract:

* :func:`wait_for_bulk_job` / :func:`await_bulk_job` poll ``GET /read/{job_id}`` until the job is
  ``COMPLETED`` (returned) or ``FAILURE``/``FAILED`` (:class:`BulkJobFailed`), or ``timeout``
  seconds pass (:class:`TimeoutError`). ``on_state`` sees every state observed.
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
from typing import Any, Final

import httpx

from .errors import ZohoKitError, api_error, parse_json_body

RESULT_PATH: Final = "/read/{job_id}/result"
JOB_PATH: Final = "/read/{job_id}"
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


def _job_state(body: Any, job_id: str) -> tuple[str, dict[str, Any]]:
    try:
        job = body["data"][0]
        return str(job["state"]), job
    except (KeyError, IndexError, TypeError):
        raise ZohoKitError(f"bulk read job {job_id}: response carries no job state") from None


def _error_of(response: httpx.Response) -> ZohoKitError:
    return api_error(
        response.status_code, parse_json_body(response.content), request=response.request, response=response
    )


def _checked_json(response: httpx.Response) -> Any:
    if not response.is_success:
        raise _error_of(response)
    return response.json()


def wait_for_bulk_job(
    http: httpx.Client,
    job_id: str,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_state: StateCallback | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, Any]:
    """Poll a job until it completes; returns the job object (``data[0]``) as Zoho sent it.

    ``http`` is the httpx client of a bulk client (``client.get_httpx_client()``), so it carries
    the base URL, auth and retries.
    """
    deadline = time.monotonic() + timeout
    while True:
        state, job = _job_state(_checked_json(http.get(JOB_PATH.format(job_id=job_id))), job_id)
        if on_state is not None:
            on_state(state)
        if state == COMPLETED:
            return job
        if state in FAILED_STATES:
            raise BulkJobFailed(job_id, state)
        if time.monotonic() + poll_interval > deadline:
            raise TimeoutError(f"bulk read job {job_id} still {state} after {timeout} s")
        sleep(poll_interval)


async def await_bulk_job(
    http: httpx.AsyncClient,
    job_id: str,
    *,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_state: StateCallback | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> dict[str, Any]:
    """The async twin of :func:`wait_for_bulk_job`."""
    deadline = time.monotonic() + timeout
    while True:
        response = await http.get(JOB_PATH.format(job_id=job_id))
        state, job = _job_state(_checked_json(response), job_id)
        if on_state is not None:
            on_state(state)
        if state == COMPLETED:
            return job
        if state in FAILED_STATES:
            raise BulkJobFailed(job_id, state)
        if time.monotonic() + poll_interval > deadline:
            raise TimeoutError(f"bulk read job {job_id} still {state} after {timeout} s")
        await sleep(poll_interval)


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length")
    return int(value) if value and value.isdigit() else None


def _partial_path(destination: Path) -> Path:
    return destination.with_name(destination.name + ".part")


def download_bulk_result(
    http: httpx.Client,
    job_id: str,
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
    with http.stream("GET", RESULT_PATH.format(job_id=job_id)) as response:
        if not response.is_success:
            response.read()
            raise _error_of(response)
        total, done = _content_length(response), 0
        try:
            with partial.open("wb") as sink:
                for chunk in response.iter_bytes(chunk_size):
                    sink.write(chunk)
                    done += len(chunk)
                    if on_progress is not None:
                        on_progress(done, total)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    partial.replace(target)
    return target


async def adownload_bulk_result(
    http: httpx.AsyncClient,
    job_id: str,
    destination: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Path:
    """The async twin of :func:`download_bulk_result` (the file is written synchronously)."""
    target = Path(destination)
    partial = _partial_path(target)
    async with http.stream("GET", RESULT_PATH.format(job_id=job_id)) as response:
        if not response.is_success:
            await response.aread()
            raise _error_of(response)
        total, done = _content_length(response), 0
        try:
            with partial.open("wb") as sink:
                async for chunk in response.aiter_bytes(chunk_size):
                    sink.write(chunk)
                    done += len(chunk)
                    if on_progress is not None:
                        on_progress(done, total)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
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
    "download_bulk_result",
    "iter_bulk_rows",
    "wait_for_bulk_job",
]
