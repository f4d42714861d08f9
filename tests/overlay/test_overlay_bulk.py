"""Bulk Read helpers against a scripted bulk server: polling, streaming download, CSV rows."""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from pathlib import Path

import httpx
import pytest
from zohokit_crm_bulk import Client
from zohokit_crm_bulk.models import BulkReadCreateResponse, BulkReadJob

from zohokit import NO_RETRIES, ZohoKitError, zoho_client
from zohokit.bulk import (
    BulkJobFailed,
    adownload_bulk_result,
    await_bulk_job,
    bulk_job_id,
    download_bulk_result,
    iter_bulk_rows,
    wait_bulk_job,
)
from zohokit.errors import NotFoundError, RateLimitError

JOB_ID = "554023000000568002"
BASE = "https://www.zohoapis.com/crm/bulk/v2"


def _archive(rows: list[dict[str, str]]) -> bytes:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(f"{JOB_ID}.csv", text.getvalue())
    return buffer.getvalue()


ROWS = [{"Id": str(5540230000001 + i), "Last_Name": f"Name {i}", "Email": f"p{i}@example.com"} for i in range(500)]
ARCHIVE = _archive(ROWS)


class BulkServer:
    """Answers job status with the scripted states in turn, then serves the archive."""

    def __init__(self, states: list[str], result_status: int = 200) -> None:
        self.states = list(states)
        self.result_status = result_status
        self.job_status = 200
        self.polls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/result"):
            if self.result_status != 200:
                body = {"code": "RESOURCE_NOT_FOUND", "details": {}, "message": "gone", "status": "error"}
                return httpx.Response(self.result_status, json=body, headers={"Retry-After": "60"})
            return httpx.Response(200, content=ARCHIVE, headers={"Content-Type": "application/zip"})
        self.polls += 1
        if self.job_status != 200:
            body = {"code": "RESOURCE_NOT_FOUND", "details": {}, "message": "gone", "status": "error"}
            return httpx.Response(self.job_status, json=body)
        if not self.states:
            return httpx.Response(200, json={"data": [{"id": JOB_ID}]})
        state = self.states[min(self.polls - 1, len(self.states) - 1)]
        return httpx.Response(200, json={"data": [{"id": JOB_ID, "state": state, "result": None}]})


def bulk_client(server: BulkServer) -> Client:
    """A Bulk Read client of zohokit whose requests go to ``server``."""
    return zoho_client("crm_bulk", base_url=BASE, transport=httpx.MockTransport(server), retry=NO_RETRIES)


CREATED = {
    "data": [
        {
            "status": "success",
            "code": "ADDED_SUCCESSFULLY",
            "message": "Added successfully.",
            "details": {"id": JOB_ID, "operation": "read", "state": "ADDED"},
        }
    ],
    "info": {},
}


def test_bulk_job_id_of_each_way_to_name_a_job() -> None:
    assert bulk_job_id(JOB_ID) == JOB_ID
    assert bulk_job_id(BulkReadCreateResponse.from_dict(CREATED)) == JOB_ID
    assert bulk_job_id(BulkReadJob.from_dict({"id": JOB_ID, "state": "COMPLETED"})) == JOB_ID
    with pytest.raises(ZohoKitError, match="BulkReadJob carries no bulk read job id"):
        bulk_job_id(BulkReadJob.from_dict({"state": "COMPLETED"}))
    with pytest.raises(ZohoKitError, match="BulkReadCreateResponse carries no"):
        bulk_job_id(BulkReadCreateResponse.from_dict({"data": []}))


def test_wait_polls_until_completed_and_reports_each_state() -> None:
    server = BulkServer(["ADDED", "IN PROGRESS", "COMPLETED"])
    seen: list[str] = []
    naps: list[float] = []
    with bulk_client(server) as bulk:
        job = wait_bulk_job(
            bulk, BulkReadCreateResponse.from_dict(CREATED), poll_interval=0.5, on_state=seen.append, sleep=naps.append
        )
    assert isinstance(job, BulkReadJob) and job.state == "COMPLETED" and job.id == JOB_ID
    assert seen == ["ADDED", "IN PROGRESS", "COMPLETED"]
    assert naps == [0.5, 0.5]


async def test_await_polls_until_completed() -> None:
    server = BulkServer(["ADDED", "COMPLETED"])
    naps: list[float] = []

    async def nap(seconds: float) -> None:
        naps.append(seconds)

    async with bulk_client(server) as bulk:
        job = await await_bulk_job(bulk, JOB_ID, poll_interval=1.0, sleep=nap)
    assert job.id == JOB_ID and naps == [1.0]


def test_failed_job_raises() -> None:
    with (
        bulk_client(BulkServer(["FAILURE"])) as bulk,
        pytest.raises(BulkJobFailed, match="FAILURE"),
    ):
        wait_bulk_job(bulk, JOB_ID, sleep=lambda _: None)


def test_a_job_answer_without_a_state_is_an_error() -> None:
    server = BulkServer([])  # job answers without a state
    with bulk_client(server) as bulk, pytest.raises(ZohoKitError, match="carries no job state"):
        wait_bulk_job(bulk, JOB_ID, sleep=lambda _: None)


def test_an_error_answer_while_waiting_raises_the_typed_error() -> None:
    server = BulkServer(["COMPLETED"])
    server.job_status = 404
    with bulk_client(server) as bulk, pytest.raises(NotFoundError, match="gone"):
        wait_bulk_job(bulk, JOB_ID, sleep=lambda _: None)


def test_wait_gives_up_after_the_timeout() -> None:
    with (
        bulk_client(BulkServer(["IN PROGRESS"])) as bulk,
        pytest.raises(TimeoutError),
    ):
        wait_bulk_job(bulk, JOB_ID, poll_interval=10, timeout=5, sleep=lambda _: None)


def test_download_streams_to_disk_with_progress_and_rows_read_back(tmp_path: Path) -> None:
    progress: list[tuple[int, int | None]] = []
    with bulk_client(BulkServer(["COMPLETED"])) as bulk:
        job = wait_bulk_job(bulk, JOB_ID)
        path = download_bulk_result(
            bulk, job, tmp_path / f"{JOB_ID}.zip", chunk_size=1024, on_progress=lambda d, t: progress.append((d, t))
        )
    assert path.read_bytes() == ARCHIVE
    assert progress[-1] == (len(ARCHIVE), len(ARCHIVE))
    assert len(progress) > 1 and all(a[0] < b[0] for a, b in itertools.pairwise(progress))
    assert list(iter_bulk_rows(path)) == ROWS


async def test_async_download_streams_to_disk(tmp_path: Path) -> None:
    async with bulk_client(BulkServer(["COMPLETED"])) as bulk:
        path = await adownload_bulk_result(bulk, JOB_ID, tmp_path / "export.zip")
    assert next(iter(iter_bulk_rows(path))) == ROWS[0]


@pytest.mark.parametrize(("status", "error"), [(404, NotFoundError), (429, RateLimitError)])
def test_failed_download_raises_typed_error_and_leaves_no_file(tmp_path: Path, status: int, error: type) -> None:
    target = tmp_path / "export.zip"
    with (
        bulk_client(BulkServer(["COMPLETED"], result_status=status)) as bulk,
        pytest.raises(error),
    ):
        download_bulk_result(bulk, JOB_ID, target)
    assert list(tmp_path.iterdir()) == []


async def test_async_failed_download_raises_typed_error(tmp_path: Path) -> None:
    async with bulk_client(BulkServer(["COMPLETED"], result_status=404)) as bulk:
        with pytest.raises(NotFoundError):
            await adownload_bulk_result(bulk, JOB_ID, tmp_path / "export.zip")
    assert list(tmp_path.iterdir()) == []
