"""Keep Hypothesis's storage out of the checkout.

The contract tests never write an example database (the profiles set ``database: none`` and
derandomize), but Hypothesis also caches the constants it finds in source files under its home
directory (``.hypothesis/`` of the working directory by default). For this run that home is a
temporary directory, removed at the end.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir


def pytest_configure(config: pytest.Config) -> None:
    home = Path(tempfile.mkdtemp(prefix="zohokit-hypothesis-"))
    set_hypothesis_home_dir(home)

    def restore() -> None:
        set_hypothesis_home_dir(None)
        shutil.rmtree(home, ignore_errors=True)

    config.add_cleanup(restore)
