"""``make bench`` runs end to end: every benchmark at tiny sizes yields a well-formed row.

Structure and correctness only (rows, goals judged, nothing lost, every exported row read);
never speed: timing goals belong to ``make bench`` itself.
"""

from __future__ import annotations

import ast

import pytest

from bench import cli
from bench.harness import SMOKE, Result, interleaved, render

MEASURED = [key for key in cli.BENCHMARKS if key != "7"]


@pytest.fixture(scope="module")
def results() -> list[Result]:
    rows, ok = cli.run(list(cli.BENCHMARKS), SMOKE, fuzz=False)
    assert ok, [row.ours for row in rows if row.ours.startswith("failed")]
    return rows


def row(results: list[Result], number: str) -> Result:
    return next(r for r in results if r.number == number)


def test_every_benchmark_reports_one_row(results: list[Result]) -> None:
    assert [r.number for r in results] == list(cli.BENCHMARKS)
    for r in results:
        assert r.name and r.ours and r.baseline and r.ratio and r.goal, r
        assert r.raw and all(isinstance(line, str) and line for line in r.raw), r


@pytest.mark.parametrize("number", MEASURED)
def test_measured_rows_judge_their_goal(results: list[Result], number: str) -> None:
    measured = row(results, number)
    assert isinstance(measured.met, bool)
    assert not measured.ours.startswith("failed")


def test_concurrent_writes_lose_nothing(results: list[Result]) -> None:
    writes = row(results, "2")
    assert writes.met is True, writes.raw
    assert "0 acknowledged but missing" in writes.raw[-1]


def test_bulk_child_reads_every_row(results: list[Result]) -> None:
    bulk = row(results, "6")
    rows = f"{SMOKE.bulk_rows:,}"
    assert bulk.raw[0].startswith(f"rows read {rows} of {rows}"), bulk.raw
    assert bulk.ours.startswith("peak RSS ") and bulk.ours.endswith(" MiB")


def test_fuzz_is_skipped_unless_asked(results: list[Result]) -> None:
    fuzz = row(results, "7")
    assert fuzz.met is None and fuzz.ours == "skipped"
    assert "--fuzz" in fuzz.raw[0]


def test_report_is_one_table_and_the_raw_timings(results: list[Result]) -> None:
    lines = render(results).splitlines()
    assert lines[0].startswith("| #") and "| met? |" in lines[0]
    table = lines[2 : 2 + len(results)]
    assert [line.split("|")[1].strip() for line in table] == list(cli.BENCHMARKS)
    assert all(line.count("|") == 8 for line in lines[: 2 + len(results)])
    assert "Raw timings" in lines[3 + len(results)]


def test_interleaved_alternates_the_order() -> None:
    calls: list[str] = []
    samples = interleaved(3, {"a": lambda: calls.append("a"), "b": lambda: calls.append("b")})
    assert calls == ["a", "b", "b", "a", "a", "b"]
    assert [len(samples["a"]), len(samples["b"])] == [3, 3]


def test_main_prints_the_report_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--smoke", "--only", "7"]) == 0
    out = capsys.readouterr().out
    assert "| 7  |" in out or "| 7 " in out
    assert "0 goals met, 0 missed" in out


def test_unknown_benchmarks_are_refused() -> None:
    assert cli.selected("4") == ["4a", "4b"]
    with pytest.raises(SystemExit):
        cli.selected("9")


def test_fleet_row_counts_every_call(results: list[Result]) -> None:
    fleet = row(results, "8")
    per_round = SMOKE.fleet_workers * SMOKE.fleet_tasks * SMOKE.fleet_calls
    assert fleet.ours.endswith("0 x 429 (SharedConcurrencyLimit)"), fleet.ours
    assert fleet.raw[0].startswith(f"shared limit, {per_round} calls per round"), fleet.raw
    statuses = ast.literal_eval(fleet.raw[0].rpartition("statuses ")[2])
    assert sum(statuses.values()) == per_round * SMOKE.rounds and 429 not in statuses, statuses
    assert fleet.raw[1].startswith("CPU per call with the shared limit: workers"), fleet.raw
