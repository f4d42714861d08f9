"""spec/dist serves other languages: TypeScript types generate and type-check; Redocly lints clean.

The Node tools are pinned in package.json / package-lock.json and installed into node_modules by the
Makefile (`make test` depends on them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.spec_files import DIST_DIR, REPO, api_names

NODE_BIN = REPO / "node_modules" / ".bin"
USAGE_FILE = Path(__file__).with_name("usage.ts")
# Redocly would otherwise try to phone home from a machine that may have no internet.
NODE_ENV = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")


def _run(tool: str, *args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    executable = NODE_BIN / tool
    assert executable.exists(), f"{executable} missing: run `make test` (it installs the pinned Node tools)"
    return subprocess.run([str(executable), *args], cwd=cwd, capture_output=True, text=True, env=NODE_ENV, check=False)


@pytest.mark.slow
def test_typescript_types_generate_and_type_check(tmp_path: Path) -> None:
    types_dir = tmp_path / "types"
    for api in api_names():
        result = _run("openapi-typescript", str(DIST_DIR / f"{api}.yaml"), "-o", str(types_dir / f"{api}.ts"))
        assert result.returncode == 0, f"{api}: {result.stdout}{result.stderr}"
    shutil.copy(USAGE_FILE, tmp_path / "usage.ts")
    result = _run(
        "tsc",
        "--noEmit",
        "--strict",
        "--target",
        "es2022",
        "--module",
        "esnext",
        "--moduleResolution",
        "bundler",
        "usage.ts",
        *(f"types/{api}.ts" for api in api_names()),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_redocly_recommended_rules_report_no_errors() -> None:
    result = _run("redocly", "lint", "--config", str(REPO / "redocly.yaml"), *map(str, sorted(DIST_DIR.glob("*.yaml"))))
    assert result.returncode == 0, result.stdout + result.stderr
