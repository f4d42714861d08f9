"""6. Peak memory of a 200,000-row Bulk Read export downloaded and read in a separate process.

The emulator (in this process) is seeded through ``POST /_emulator/crm/seed`` and builds the
export; the child (``bulk_child``) does what a user's program would, so its ``ru_maxrss`` is the
memory the kit needs for the export, imports included.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from zohokit_emulator import EmulatorServer

from . import ROOT
from .harness import Result, Sizes, mib
from .servers import api, fill_leads

MEMORY_GOAL_KIB = 64 * 1024
CHILD_TIMEOUT = 600
LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"
"""Started first, it starts the child. Linux carries a process's peak RSS over ``exec`` (and a
spawned child starts from its parent's), so a child spawned straight from this process, which
holds the emulator's 200,000 records, would report this process's peak as its own ``ru_maxrss``.
A small interpreter in between gives the child a clean count (checked against ``VmHWM``)."""


def run_child(origin: str) -> dict[str, Any]:
    """Run ``python -m bench.bulk_child origin`` (through the launcher); its JSON report."""
    path = os.pathsep.join([str(ROOT / "scripts"), *filter(None, [os.environ.get("PYTHONPATH")])])
    command = [sys.executable, "-c", LAUNCHER, sys.executable, "-m", "bench.bulk_child", origin]
    done = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "PYTHONPATH": path}, capture_output=True, text=True, timeout=CHILD_TIMEOUT
    )
    if done.returncode != 0:
        raise RuntimeError(f"the export child failed ({done.returncode}): {done.stderr.strip()[-800:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def bulk_memory(sizes: Sizes) -> Result:
    with EmulatorServer() as emulator, api(emulator.url) as http:
        started = time.perf_counter()
        fill_leads(http, sizes.bulk_rows)
        seeded = time.perf_counter() - started
        report = run_child(emulator.url)
    peak, imports = report["peak_rss_kib"], report["rss_after_imports_kib"]
    complete = report["rows"] == report["job_count"] == sizes.bulk_rows
    return Result(
        "6",
        f"Bulk Read: export {sizes.bulk_rows:,} Leads, separate process",
        f"peak RSS {mib(peak)}",
        f"{mib(imports)} after imports",
        "—",
        f"< {mib(MEMORY_GOAL_KIB)}, all rows",
        peak < MEMORY_GOAL_KIB and complete,
        [
            f"rows read {report['rows']:,} of {report['job_count']:,} in the job; "
            f"archive {report['archive_bytes'] / 1e6:.1f} MB",
            f"child's peak RSS: ru_maxrss {mib(peak)}, /proc VmHWM "
            f"{mib(report['vm_hwm_kib']) if report['vm_hwm_kib'] is not None else 'n/a'}",
            f"seed {seeded:.2f} s (POST /_emulator/crm/seed, parent); create + wait {report['wait_s']:.2f} s "
            f"(the emulator builds the ZIP); download {report['download_s']:.2f} s; "
            f"read rows {report['read_s']:.2f} s",
        ],
        how=(
            "the emulator in the bench process (it holds the 200,000 records); the client, a separate "
            "process (python -m bench.bulk_child), creates the job, waits, downloads the ZIP and reads every "
            "row; its peak RSS from ru_maxrss and /proc VmHWM"
        ),
    )
