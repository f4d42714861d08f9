"""``python -m bench``: run the benchmarks and print one table of ratios with the raw timings."""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence

from .bulk_bench import bulk_memory
from .client_bench import async_concurrency, client_overhead
from .emulator_bench import emulator_overhead, write_throughput
from .fleet_bench import fleet_throughput
from .fuzz_bench import fuzz_time
from .harness import FULL, SMOKE, Result, Sizes, describe, render
from .sdk_bench import sdk_race

Benchmark = Callable[[Sizes, bool], Result]

BENCHMARKS: dict[str, tuple[str, Benchmark]] = {
    "1": ("emulator vs bare Starlette", lambda s, _: emulator_overhead(s)),
    "2": ("emulator write throughput", lambda s, _: write_throughput(s)),
    "3": ("client overhead", lambda s, _: client_overhead(s)),
    "4a": ("async concurrency, full pages", lambda s, _: async_concurrency(s, "4a", s.async_page_size)),
    "4b": ("async concurrency, small pages", lambda s, _: async_concurrency(s, "4b", s.async_small_page_size)),
    "5": ("official SDK vs ours", lambda s, _: sdk_race(s)),
    "6": ("bulk read memory", lambda s, _: bulk_memory(s)),
    "7": ("make fuzz time", lambda _, fuzz: fuzz_time(fuzz)),
    "8": ("fleet: a shared concurrency limit", lambda s, _: fleet_throughput(s)),
}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Run the benchmarks; print one table of ratios and the raw timings."
    )
    parser.add_argument("--fuzz", action="store_true", help="also time `make fuzz` (takes minutes)")
    parser.add_argument("--only", help="comma-separated benchmarks to run, e.g. 1,3 or 4 (4a and 4b)")
    parser.add_argument("--rounds", type=int, help=f"alternating rounds per benchmark (default {FULL.rounds})")
    parser.add_argument(
        "--smoke", action="store_true", help="tiny sizes: proves the harness runs; numbers mean nothing"
    )
    return parser.parse_args(argv)


def selected(only: str | None) -> list[str]:
    if not only:
        return list(BENCHMARKS)
    wanted = {part.strip() for part in only.split(",") if part.strip()}
    keys = [key for key in BENCHMARKS if key in wanted or key.rstrip("ab") in wanted]
    unknown = wanted - set(BENCHMARKS) - {key.rstrip("ab") for key in BENCHMARKS}
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))}; known: {', '.join(BENCHMARKS)}")
    return keys


def run(keys: Sequence[str], sizes: Sizes, fuzz: bool) -> tuple[list[Result], bool]:
    """Run the benchmarks in order; a benchmark that crashes becomes a failed row (and ok=False)."""
    results: list[Result] = []
    ok = True
    for key in keys:
        title, benchmark = BENCHMARKS[key]
        print(f"[bench] {key}. {title}...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            results.append(benchmark(sizes, fuzz))
        except Exception as exc:
            ok = False
            traceback.print_exc()
            results.append(Result(key, title, f"failed: {exc}"[:80], "—", "—", "runs", False, [repr(exc)]))
        print(f"[bench] {key}. done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return results, ok


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = SMOKE if args.smoke else FULL
    if args.rounds is not None:
        if args.rounds < 1:
            raise SystemExit("--rounds must be at least 1")
        sizes = dataclasses.replace(sizes, rounds=args.rounds, sdk_rounds=min(sizes.sdk_rounds, args.rounds))
    keys = selected(args.only)
    started = time.perf_counter()
    results, ok = run(keys, sizes, args.fuzz)
    print(
        f"zohokit benchmarks: Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs; {sizes.rounds} alternating rounds per benchmark (SDK: {sizes.sdk_rounds}); "
        f"servers on loopback{' (SMOKE sizes: the numbers mean nothing)' if args.smoke else ''}"
    )
    print()
    print(describe(results))
    print()
    print(render(results))
    missed = [r.number for r in results if r.met is False]
    print()
    print(
        f"{sum(r.met is True for r in results)} goals met, {len(missed)} missed"
        f"{' (' + ', '.join(missed) + ')' if missed else ''}; {time.perf_counter() - started:.0f} s in all"
    )
    return 0 if ok else 1
