"""Bulk Read helpers against a scripted bulk server: polling, streaming download, CSV rows."""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from pathlib import Path

import httpx
import pytest

from zohokit.bulk import (
    BulkJobFailed,
    adownload_bulk_result,
    await_bulk_job,
    download_bulk_result,
    iter_bulk_rows,
    wait_for_bulk_job,
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
        self.polls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/result"):
            if self.result_status != 200:
                body = {"code": "RESOURCE_NOT_FOUND", "details": {}, "message": "gone", "status": "error"}
                return httpx.Response(self.result_status, json=body, headers={"Retry-After": "60"})
            return httpx.Response(200, content=ARCHIVE, headers={"Content-Type": "application/zip"})
        state = self.states[min(self.polls, len(self.states) - 1)]
        self.polls += 1
        return httpx.Response(200, json={"data": [{"id": JOB_ID, "state": state, "result": None}]})


def test_wait_polls_until_completed_and_reports_each_state() -> None:
    server = BulkServer(["ADDED", "IN PROGRESS", "COMPLETED"])
    seen: list[str] = []
    naps: list[float] = []
    with httpx.Client(transport=httpx.MockTransport(server), base_url=BASE) as http:
        job = wait_for_bulk_job(http, JOB_ID, poll_interval=0.5, on_state=seen.append, sleep=naps.append)
    assert job["state"] == "COMPLETED"
    assert seen == ["ADDED", "IN PROGRESS", "COMPLETED"]
    assert naps == [0.5, 0.5]


async def test_await_polls_until_completed() -> None:
    server = BulkServer(["ADDED", "COMPLETED"])
    naps: list[float] = []

    async def nap(seconds: float) -> None:
        naps.append(seconds)

    async with httpx.AsyncClient(transport=httpx.MockTransport(server), base_url=BASE) as http:
        job = await await_bulk_job(http, JOB_ID, poll_interval=1.0, sleep=nap)
    assert job["id"] == JOB_ID and naps == [1.0]


def test_failed_job_raises() -> None:
    with (
        httpx.Client(transport=httpx.MockTransport(BulkServer(["FAILURE"])), base_url=BASE) as http,
        pytest.raises(BulkJobFailed, match="FAILURE"),
    ):
        wait_for_bulk_job(http, JOB_ID, sleep=lambda _: None)


def test_wait_gives_up_after_the_timeout() -> None:
    with (
        httpx.Client(transport=httpx.MockTransport(BulkServer(["IN PROGRESS"])), base_url=BASE) as http,
        pytest.raises(TimeoutError),
    ):
        wait_for_bulk_job(http, JOB_ID, poll_interval=10, timeout=5, sleep=lambda _: None)


def test_download_streams_to_disk_with_progress_and_rows_read_back(tmp_path: Path) -> None:
    progress: list[tuple[int, int | None]] = []
    with httpx.Client(transport=httpx.MockTransport(BulkServer(["COMPLETED"])), base_url=BASE) as http:
        path = download_bulk_result(
            http, JOB_ID, tmp_path / f"{JOB_ID}.zip", chunk_size=1024, on_progress=lambda d, t: progress.append((d, t))
        )
    assert path.read_bytes() == ARCHIVE
    assert progress[-1] == (len(ARCHIVE), len(ARCHIVE))
    assert len(progress) > 1 and all(a[0] < b[0] for a, b in itertools.pairwise(progress))
    assert list(iter_bulk_rows(path)) == ROWS


async def test_async_download_streams_to_disk(tmp_path: Path) -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(BulkServer(["COMPLETED"])), base_url=BASE) as http:
        path = await adownload_bulk_result(http, JOB_ID, tmp_path / "export.zip")
    assert next(iter(iter_bulk_rows(path))) == ROWS[0]


@pytest.mark.parametrize(("status", "error"), [(404, NotFoundError), (429, RateLimitError)])
def test_failed_download_raises_typed_error_and_leaves_no_file(tmp_path: Path, status: int, error: type) -> None:
    target = tmp_path / "export.zip"
    with (
        httpx.Client(
            transport=httpx.MockTransport(BulkServer(["COMPLETED"], result_status=status)), base_url=BASE
        ) as http,
        pytest.raises(error),
    ):
        download_bulk_result(http, JOB_ID, target)
    assert list(tmp_path.iterdir()) == []


async def test_async_failed_download_raises_typed_error(tmp_path: Path) -> None:
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(BulkServer(["COMPLETED"], result_status=404)), base_url=BASE
    ) as http:
        with pytest.raises(NotFoundError):
            await adownload_bulk_result(http, JOB_ID, tmp_path / "export.zip")
    assert list(tmp_path.iterdir()) == []
