"""Starting a fleet of worker processes and gathering what they report, for the fleet tests."""

from __future__ import annotations

import multiprocessing.context
import multiprocessing.process
from collections.abc import Callable, Sequence
from typing import Any

from .workers import BARRIER_TIMEOUT


def start_workers(
    processes: multiprocessing.context.ForkServerContext,
    count: int,
    worker: Callable[..., None],
    *args: Any,
    parties: int | None = None,
) -> tuple[list[multiprocessing.context.ForkServerProcess], Any, Any]:
    """Start ``count`` processes running ``worker(*args, barrier, results)``; the processes, their
    barrier (``parties`` waiters: ``count`` unless the test waits on it too) and their result queue."""
    barrier = processes.Barrier(count if parties is None else parties)
    results = processes.Queue()
    workers = [processes.Process(target=worker, args=(*args, barrier, results)) for _ in range(count)]
    for process in workers:
        process.start()
    return workers, barrier, results


def collect(results: Any, count: int) -> list[dict[str, Any]]:
    """The next ``count`` reports of the result queue (each worker sends one)."""
    return [results.get(timeout=BARRIER_TIMEOUT) for _ in range(count)]


def join(workers: Sequence[multiprocessing.process.BaseProcess]) -> None:
    """Wait for every worker to end, and check each ended cleanly."""
    for worker in workers:
        worker.join(timeout=BARRIER_TIMEOUT)
        assert worker.exitcode == 0, f"worker {worker.pid} ended with {worker.exitcode}"
