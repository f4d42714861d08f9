"""What every benchmark shares: sizes, interleaved timing, medians and the report table."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sizes:
    """How much work each benchmark does. ``FULL`` is ``make bench``; ``SMOKE`` only proves the
    harness runs (its numbers mean nothing)."""

    rounds: int = 5
    """Alternating rounds per benchmark; every reported figure is the median over them."""
    page_fetches: int = 20
    """1: page fetches per contender per round."""
    page_size: int = 200
    """1: records per page (Zoho's maximum), and the Leads inserted to fill it."""
    write_clients: int = 8
    """2: concurrent async clients."""
    write_batches: int = 5
    """2: batches of 100 records per client per round."""
    records: int = 10_000
    """3 and 5: CRM records paged 200 at a time."""
    async_pages: int = 50
    """4: pages fetched per run."""
    async_page_size: int = 200
    """4a: records per page (Zoho's default)."""
    async_small_page_size: int = 10
    """4b: records per page when the wait, not the work, should dominate."""
    async_concurrency: int = 10
    """4: requests in flight at once."""
    latency_ms: int = 50
    """4 and 8: milliseconds from an API request's arrival at the emulator to its answer."""
    sdk_rounds: int = 3
    """5: rounds (Zoho's SDK is slow; fewer rounds keep ``make bench`` short)."""
    bulk_rows: int = 200_000
    """6: rows of the Bulk Read export (Zoho's page size)."""
    fleet_workers: int = 4
    """8: worker processes sharing one concurrency limit."""
    fleet_tasks: int = 10
    """8: asyncio tasks per worker."""
    fleet_calls: int = 10
    """8: calls per task per round."""


FULL = Sizes()
SMOKE = Sizes(
    rounds=1,
    page_fetches=2,
    page_size=20,
    write_clients=2,
    write_batches=1,
    records=300,
    async_pages=4,
    async_page_size=20,
    async_small_page_size=5,
    async_concurrency=2,
    latency_ms=5,
    sdk_rounds=1,
    bulk_rows=500,
    fleet_workers=2,
    fleet_tasks=2,
    fleet_calls=2,
)


@dataclass
class Result:
    """One row of the table, and the raw timings behind it."""

    number: str
    """"1".."7"; a benchmark measured two ways has "4a" and "4b"."""
    name: str
    ours: str
    baseline: str
    ratio: str
    goal: str
    met: bool | None
    """None when the row has no goal to meet (informational, or skipped)."""
    raw: list[str] = field(default_factory=list)
    how: str = ""
    """How it was measured: where the servers and clients ran, what was timed."""


def interleaved(rounds: int, contenders: Mapping[str, Callable[[], object]]) -> dict[str, list[float]]:
    """Run every contender once per round, alternating their order round by round, and return
    each one's wall-clock seconds per round. Alternating spreads the machine's noise over both."""
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        for name in names if round_number % 2 == 0 else reversed(names):
            start = time.perf_counter()
            contenders[name]()
            samples[name].append(time.perf_counter() - start)
    return samples


def private_runner() -> asyncio.Runner:
    """An ``asyncio.Runner`` on a loop of its own: it leaves the thread's current event loop (say,
    pytest-asyncio's) alone instead of replacing it."""
    return asyncio.Runner(loop_factory=asyncio.new_event_loop)


def median(samples: Sequence[float]) -> float:
    return float(statistics.median(samples))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def times(value: float) -> str:
    return f"{value:.2f}x"


def raw_line(label: str, samples: Sequence[float], per: int = 1, unit: str = "ms") -> str:
    """``label: median 12.3 ms (12.1, 12.5, ...)``; ``per`` divides each sample (per page, per request)."""
    scaled = [s * 1000 / per for s in samples]
    listed = ", ".join(f"{s:.1f}" for s in scaled)
    return f"{label}: median {median(scaled):.1f} {unit} ({listed})"


COLUMNS = ("#", "benchmark", "ours", "baseline", "ratio", "goal", "met?")


def describe(results: Sequence[Result]) -> str:
    """How each row of the table was measured, one paragraph per row."""
    out = ["How each row was measured (medians over alternating rounds, contenders run one after the other):"]
    out += [f"  {r.number}. {r.how}" for r in results if r.how]
    return "\n".join(out)


def _met(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "NO")


def render(results: Sequence[Result]) -> str:
    """The table (as Markdown, so it reads in a terminal and pastes into a README) and the raw timings."""
    rows = [[r.number, r.name, r.ours, r.baseline, r.ratio, r.goal, _met(r.met)] for r in results]
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(COLUMNS)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    out = [line(COLUMNS), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *(line(row) for row in rows)]
    out += ["", "Raw timings (medians over alternating rounds; every sample listed):"]
    for r in results:
        out.append(f"  {r.number}. {r.name}")
        out += [f"     {text}" for text in r.raw]
    return "\n".join(out)
