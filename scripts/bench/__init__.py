"""``make bench``: every benchmark of the kit, measured side by side in one run.

Each benchmark races "ours" against a baseline on the same machine at the same time: the two
contenders run alternately, several rounds, in alternating order, and the medians are compared,
so a noisy shared machine slows both alike. A client and the server it calls run in separate
processes, as a real Zoho server is another machine: the servers of benchmarks 1 to 5 and 8 are child
processes (``zoho-emulator --port N``, started, waited for on ``/_emulator/health`` and
stopped by ``servers.ServerProcess``); benchmark 6's client is. The result is a note on how each
row was measured, one table (benchmark, ours, baseline, ratio, goal, met?) and the raw timings
behind it. Missing a goal is reported, never an error.

==================  ==========================================================================
``cli``             ``main()``: options, running the benchmarks, printing the report
``harness``         ``Result``, ``Sizes``, interleaved timing, medians, the table
``servers``         server processes (the emulator, the bare app) on loopback; token, seeding, counting
``bare_server``     ``python -m bench.bare_server``: benchmark 1's baseline, one Starlette route
``emulator_bench``  1. emulator vs a bare Starlette route; 2. concurrent vs sequential writes
``client_bench``    3. generated client + zohokit vs raw httpx; 4. async concurrency with latency
``sdk_bench``       5. Zoho's official Python SDK vs ours
``bulk_bench``      6. a 200,000-row Bulk Read export in a child process (``bulk_child``): peak RSS
``fuzz_bench``      7. the time of ``make fuzz`` (only with ``--fuzz``)
``fleet_bench``     8. worker processes (``fleet_child``) through one concurrency limit shared on Redis
``redis_server``    a throw-away ``redis-server`` on a free loopback port (benchmark 8, the fleet tests)
==================  ==========================================================================

Importing the package puts ``generated/`` and ``overlay/`` (the clients, ``zohokit`` and
``zohokit_emulator``) on ``sys.path``, so ``python -m bench`` works with only ``scripts/`` on the path.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository root."""

for _entry in (ROOT / "overlay", ROOT / "generated"):
    if str(_entry) not in sys.path:
        sys.path.insert(0, str(_entry))
