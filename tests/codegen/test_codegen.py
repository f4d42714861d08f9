"""generated/ and spec/dist/ are exactly what `make generate` makes, and the packages are sound."""

from __future__ import annotations

import importlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.spec_files import DIST_DIR, GENERATED_DIR, REPO, api_names

APIS = api_names()


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Bundle and generate everything afresh into a temporary folder."""
    out = tmp_path_factory.mktemp("regenerated")
    result = subprocess.run(
        [sys.executable, "scripts/generate.py", "--dist", str(out / "dist"), "--out", str(out / "generated")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.slow
def test_bundles_are_reproduced_byte_for_byte(regenerated: Path) -> None:
    committed = {name: data for name, data in _tree(DIST_DIR).items() if name.endswith(".yaml")}
    assert _tree(regenerated / "dist") == committed


@pytest.mark.slow
@pytest.mark.parametrize("api", APIS)
def test_generated_package_is_reproduced_byte_for_byte(regenerated: Path, api: str) -> None:
    fresh, committed = _tree(regenerated / "generated" / f"zohokit_{api}"), _tree(GENERATED_DIR / f"zohokit_{api}")
    assert sorted(fresh) == sorted(committed), "files differ: run make generate"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert changed == [], "run make generate"


@pytest.mark.parametrize("api", APIS)
def test_generated_package_imports_every_operation(api: str) -> None:
    package = importlib.import_module(f"zohokit_{api}")
    assert hasattr(importlib.import_module(f"zohokit_{api}.client"), "AuthenticatedClient")
    modules = sorted((GENERATED_DIR / f"zohokit_{api}" / "api").rglob("*.py"))
    operation_modules = [m for m in modules if m.name != "__init__.py"]
    assert operation_modules, f"{api}: no operations generated"
    for module_path in operation_modules:
        name = ".".join(module_path.relative_to(GENERATED_DIR).with_suffix("").parts)
        module = importlib.import_module(name)
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed), name
    assert (Path(package.__file__).parent / "py.typed").is_file()


@pytest.mark.slow
def test_generated_packages_pass_mypy_strict() -> None:
    packages = [f"zohokit_{api}" for api in APIS]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages],
        cwd=GENERATED_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_wheel_installs_every_client_and_the_overlay(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("zohokit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in [f"zohokit_{api}" for api in APIS] + ["zohokit_runtime", "zohokit"]:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names


def test_every_bundle_has_a_generated_package() -> None:
    """Every committed bundle has a generated package and vice versa."""
    dist = {path.stem for path in DIST_DIR.glob("*.yaml")}
    generated = {path.name.removeprefix("zohokit_") for path in GENERATED_DIR.glob("zohokit_*")}
    assert dist == generated == set(APIS)
