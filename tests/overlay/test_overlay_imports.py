"""Importing the kit costs only what is used: the emulator's server dependencies stay unloaded."""

from __future__ import annotations

import subprocess
import sys

from tests.spec_files import REPO


def test_zohokit_and_the_emulator_defaults_import_without_the_emulator_server() -> None:
    code = (
        "import sys, zohokit, zohokit.testing, zohokit_emulator.config\n"
        "heavy = ('starlette', 'uvicorn', 'jsonschema', 'zohokit_emulator.app')\n"
        "loaded = sorted(m for m in heavy if m in sys.modules)\n"
        "print(loaded, zohokit.EMULATOR_CLIENT_ID == zohokit_emulator.config.DEFAULT_CLIENT_ID)\n"
    )
    env_path = f"{REPO / 'overlay'}:{REPO / 'generated'}"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": env_path}, check=True
    )
    assert result.stdout.strip() == "[] True"
