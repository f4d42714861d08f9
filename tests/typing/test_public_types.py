"""The public entry points keep their types under ``mypy --strict``, as a user's code sees them.

``user_code.py`` is written as a user would write it: ``assert_type`` on the clients from
``zoho_client`` and the emulator, on ``unwrap``, on the pages and items of the pagers and on the
Bulk Read helpers; and lines that must not type-check (a mistyped keyword passed through a pager,
a CRM client given to a Recruit operation, ...), each marked ``# error: <code>[, <code>...]``. mypy runs on it
with ``--strict`` and the project's configuration (its ``mypy_path``), and its errors must be
exactly the marked lines with their codes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
USER_CODE = HERE / "user_code.py"

EXPECTED_ERROR = re.compile(r"#\s*error:\s*(?P<codes>[a-z-]+(?:,\s*[a-z-]+)*)\s*$")
MYPY_ERROR = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*?)\s+\[(?P<code>[a-z-]+)\]$")


def expected_errors(source: str) -> set[tuple[int, str]]:
    """``(line, code)`` of every line marked ``# error: <code>`` (or ``# error: <code>, <code>``)."""
    found = set()
    for number, line in enumerate(source.splitlines(), start=1):
        match = EXPECTED_ERROR.search(line)
        if match:
            found.update((number, code.strip()) for code in match["codes"].split(","))
    return found


def mypy_errors(output: str) -> set[tuple[int, str]]:
    """``(line, code)`` of every error mypy reported in the user's file."""
    errors = set()
    for line in output.splitlines():
        match = MYPY_ERROR.match(line)
        if match and Path(match["path"]).name == USER_CODE.name:
            errors.add((int(match["line"]), match["code"]))
    return errors


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        str(REPO / "pyproject.toml"),
        # Report the user's file only: the kit itself is checked by `make typecheck`.
        "--follow-imports=silent",
        "--cache-dir",
        str(tmp_path_factory.mktemp("mypy-cache")),
        "--no-error-summary",
        "--hide-error-context",
        "--no-pretty",
        "--no-color-output",
        "--show-error-codes",
        str(USER_CODE.relative_to(REPO)),
    ]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode in (0, 1), f"mypy crashed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_the_user_file_marks_errors_to_expect() -> None:
    # The markers are what the other tests compare against: there must be some.
    assert len(expected_errors(USER_CODE.read_text(encoding="utf-8"))) >= 8


def test_every_line_without_a_marker_type_checks(mypy_output: str) -> None:
    unexpected = mypy_errors(mypy_output) - expected_errors(USER_CODE.read_text(encoding="utf-8"))
    details = [line for line in mypy_output.splitlines() if ": error: " in line]
    assert not unexpected, "unexpected mypy errors:\n" + "\n".join(details)


def test_every_marked_line_is_an_error_of_its_code(mypy_output: str) -> None:
    missing = expected_errors(USER_CODE.read_text(encoding="utf-8")) - mypy_errors(mypy_output)
    assert not missing, f"lines that should not type-check but do (line, code): {sorted(missing)}\n{mypy_output}"


def test_the_parsers_read_mypy_lines() -> None:
    # The comparison above is only as good as these two parsers.
    source = "x = 1\ny = f(per_pag=5)  # error: call-arg\nz = g(lambda: 1)  # error: arg-type, return-value\n"
    assert expected_errors(source) == {(2, "call-arg"), (3, "arg-type"), (3, "return-value")}
    output = (
        f'tests/typing/{USER_CODE.name}:2: error: Unexpected keyword argument "per_pag"  [call-arg]\n'
        f'tests/typing/{USER_CODE.name}:2: note: "iter_items" defined here\n'
        "overlay/zohokit/other.py:7: error: Something else  [misc]\n"
    )
    assert mypy_errors(output) == {(2, "call-arg")}
