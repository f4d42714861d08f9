"""5. Zoho's official Python SDK (``zohocrmsdk2-0``) against the generated client + zohokit, paging
the same Leads of the same emulator (in a process of its own)."""

from __future__ import annotations

import importlib
import logging
import tempfile
from types import ModuleType

import zohokit

from .client_bench import page_with_zohokit
from .harness import Result, Sizes, interleaved, median, ms, raw_line
from .servers import PER_PAGE, api, emulator_process, fill_leads

SDK_GOAL = 5.0


def sdk_session() -> ModuleType:
    """``tests/sdk_compat/sdk_session.py`` (the SDK set up against an emulator origin), imported at
    run time: it wraps the untyped SDK, which ``mypy --strict`` must not follow into."""
    return importlib.import_module("tests.sdk_compat.sdk_session")


def page_with_sdk() -> int:
    return sum(1 for _ in sdk_session().iter_records("Leads", per_page=PER_PAGE))


def sdk_race(sizes: Sizes) -> Result:
    pages = -(-sizes.records // PER_PAGE)
    sdk = sdk_session()
    sdk_logger = logging.getLogger(sdk.SDK_LOGGER)
    level = sdk_logger.level
    with (
        emulator_process() as emulator,
        api(emulator.url) as http,
        zohokit.emulator(emulator.url).client("crm") as crm,
        tempfile.TemporaryDirectory() as work,
    ):
        fill_leads(http, sizes.records)
        # The SDK's defaults, but no per-request INFO logging (ours logs nothing either).
        session = sdk.initialize_sdk(emulator.url, work, log_level=logging.WARNING, log_to_file=False)
        try:
            for name, count in (("the SDK", page_with_sdk()), ("zohokit", page_with_zohokit(crm))):  # and warm-up
                if count != sizes.records:
                    raise RuntimeError(f"{name} paged {count} records, not {sizes.records}")
            samples = interleaved(sizes.sdk_rounds, {"ours": lambda: page_with_zohokit(crm), "sdk": page_with_sdk})
        finally:
            session.close()
            sdk_logger.setLevel(level)
    ours, theirs = median(samples["ours"]), median(samples["sdk"])
    speedup = theirs / ours
    return Result(
        "5",
        f"Official SDK: page {sizes.records:,} CRM records",
        f"{ms(ours)} (generated client + zohokit)",
        f"{ms(theirs)} (zohocrmsdk2-0 RecordOperations)",
        f"{speedup:.1f}x faster",
        f"≥ {SDK_GOAL:g}x faster",
        speedup >= SDK_GOAL,
        [
            raw_line(f"generated client + zohokit, {pages} pages, per run", samples["ours"]),
            raw_line(f"Zoho's SDK, {pages} pages, per run", samples["sdk"]),
        ],
        how=(
            "the emulator in a process of its own; in the bench process, Zoho's SDK (RecordOperations."
            "get_records, INFO logging off) against the generated client through zohokit.iter_items, paging "
            "the same Leads 200 at a time, alternating; wall clock per full paging"
        ),
    )
