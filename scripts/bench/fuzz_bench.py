"""7. How long the deep contract run (``make fuzz``) takes; only with ``--fuzz`` (it takes minutes)."""

from __future__ import annotations

import subprocess
import time

from . import ROOT
from .harness import Result

NAME = "Contract fuzzing: make fuzz"
HOW_TO_INCLUDE = "make bench BENCH_ARGS=--fuzz (or python -m bench --fuzz)"
HOW = "make fuzz in a child process (schemathesis against the in-process emulator); wall clock, one run"


def fuzz_time(run: bool) -> Result:
    if not run:
        return Result(
            "7",
            NAME,
            "skipped",
            "—",
            "—",
            "—",
            None,
            [f"skipped: it takes minutes; include it with {HOW_TO_INCLUDE}"],
            how=HOW,
        )
    dry = subprocess.run(["make", "-n", "fuzz"], cwd=ROOT, capture_output=True, text=True)
    if dry.returncode != 0 or "Nothing to be done" in dry.stdout + dry.stderr:
        reason = (dry.stdout + dry.stderr).strip().splitlines()[-1:] or ["no output"]
        return Result(
            "7", NAME, "no fuzz recipe", "—", "—", "completes (exit 0)", False, [f"make -n fuzz: {reason[0]}"], how=HOW
        )
    started = time.perf_counter()
    done = subprocess.run(["make", "fuzz"], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
    return Result(
        "7",
        NAME,
        f"{elapsed:.1f} s",
        "—",
        "—",
        "completes (exit 0)",
        done.returncode == 0,
        [f"make fuzz exited {done.returncode} after {elapsed:.1f} s; its last lines:", *(f"  {line}" for line in tail)],
        how=HOW,
    )
