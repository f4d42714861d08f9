"""The child process of benchmark 6: one Bulk Read export of Leads, end to end, in a fresh
interpreter whose peak memory is then its own.

``python -m bench.bulk_child ORIGIN`` creates the job with ``zohokit_crm_bulk``, waits with
``zohokit.wait_bulk_job`` (moving the emulator's clock instead of sleeping), streams the ZIP to
a temporary file with ``zohokit.download_bulk_result``, reads every row with
``zohokit.iter_bulk_rows`` and prints one JSON object: rows, archive size, timings, and the peak
RSS (``ru_maxrss``) after the imports and at the end. It imports only what a user's export would.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import httpx
from zohokit_crm_bulk.api.bulk_read import create_bulk_read_job
from zohokit_crm_bulk.models import BulkReadJobRequest, BulkReadResult

import zohokit

POLL_SECONDS = 1.0


def peak_rss_kib() -> int:
    """``ru_maxrss`` in KiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def vm_hwm_kib() -> int | None:
    """The peak RSS of this process image from ``/proc/self/status`` (Linux), as a cross-check."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bulk_child", description=__doc__)
    parser.add_argument("origin", help="the emulator's origin, e.g. http://127.0.0.1:8080")
    args = parser.parse_args(argv)
    after_imports = peak_rss_kib()
    with (
        zohokit.emulator(args.origin).client("crm_bulk", timeout=120.0) as bulk,
        httpx.Client(base_url=args.origin, timeout=120.0) as control,
        tempfile.TemporaryDirectory() as work,
    ):

        def advance_clock(seconds: float) -> None:
            control.post("/_emulator/clock", json={"advance": seconds}).raise_for_status()

        started = time.perf_counter()
        request = BulkReadJobRequest.from_dict({"query": {"module": "Leads"}})
        created = zohokit.unwrap(create_bulk_read_job.sync_detailed(client=bulk, body=request))
        job_id = zohokit.bulk_job_id(created)
        job = zohokit.wait_bulk_job(bulk, job_id, poll_interval=POLL_SECONDS, sleep=advance_clock)
        waited = time.perf_counter()
        archive = zohokit.download_bulk_result(bulk, job, Path(work) / f"{job_id}.zip")
        downloaded = time.perf_counter()
        rows = sum(1 for _ in zohokit.iter_bulk_rows(archive))
        read = time.perf_counter()
        report = {
            "rows": rows,
            "job_count": job.result.count if isinstance(job.result, BulkReadResult) else None,
            "archive_bytes": archive.stat().st_size,
            "wait_s": waited - started,
            "download_s": downloaded - waited,
            "read_s": read - downloaded,
            "rss_after_imports_kib": after_imports,
            "peak_rss_kib": peak_rss_kib(),
            "vm_hwm_kib": vm_hwm_kib(),
        }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
