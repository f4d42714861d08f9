"""The kit as a user installs it: the wheel with the ``emulator`` extra in a fresh virtual environment.

The environment lives outside the checkout and nothing of the checkout is on its ``sys.path``.
In it run a user's own test suite (``user_project/``: the ``zoho_emulator`` fixture, one flow per
API) and the ``zoho-emulator`` command. Dependencies come from the package index as for any user
(pip's cache makes repeated runs quick).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import venv
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench.servers import free_port

REPO = Path(__file__).resolve().parents[2]
USER_PROJECT = Path(__file__).resolve().parent / "user_project"
INSTALL_TIMEOUT = 600
RUN_TIMEOUT = 300

pytestmark = pytest.mark.slow


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment a user's shell would give: no PYTHONPATH, no checkout paths, no proxies."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST"))}
    return {**env, **extra}


def _run(command: list[str | Path], *, cwd: Path, timeout: int, **extra_env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=_clean_env(**extra_env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    output = f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    assert result.returncode == 0, f"{command} failed ({result.returncode}):\n{output}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A virtual environment outside the checkout with ``zohokit[emulator]`` and pytest installed
    from the wheel built from this checkout; yields its ``bin`` folder."""
    root = tmp_path_factory.mktemp("installed-kit")
    assert not root.resolve().is_relative_to(REPO)
    wheels = root / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", wheels, REPO],
        cwd=root,
        timeout=INSTALL_TIMEOUT,
    )
    (wheel,) = wheels.glob("zohokit-*.whl")
    venv.EnvBuilder(with_pip=True, clear=True).create(root / "venv")
    bin_dir = root / "venv" / "bin"
    pip = [bin_dir / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    _run([*pip, f"zohokit[emulator] @ {wheel.as_uri()}", "pytest"], cwd=root, timeout=INSTALL_TIMEOUT)
    yield bin_dir


def test_a_users_suite_passes_with_the_zoho_emulator_fixture(installed: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(USER_PROJECT, project)
    result = _run(
        [installed / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        timeout=RUN_TIMEOUT,
        ZOHOKIT_CHECKOUT=str(REPO),
    )
    summary = result.stdout.strip().splitlines()[-1]
    sources = [path.read_text(encoding="utf-8") for path in USER_PROJECT.glob("test_*.py")]
    expected = sum(1 for source in sources for line in source.splitlines() if line.startswith("def test_"))
    assert summary.startswith(f"{expected} passed"), result.stdout[-4000:]


def test_the_zoho_emulator_command_serves_every_api(installed: Path, tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [str(installed / "zoho-emulator"), "--port", str(port)],
        cwd=tmp_path,
        env=_clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        origin = f"http://127.0.0.1:{port}"
        health = _wait_for_health(origin, process)
        assert health["status"] == "ok"
        assert health["specs"] == dict.fromkeys(["accounts", "bigin", "connect", "crm", "crm_bulk", "recruit"], True)
        _one_call_per_api(origin)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert f"Zoho emulator on http://127.0.0.1:{port}" in output


def _wait_for_health(origin: str, process: subprocess.Popen[str]) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, f"zoho-emulator exited with {process.returncode}"
        try:
            health: dict[str, object] = httpx.get(f"{origin}/_emulator/health", timeout=2).json()
            return health
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("zoho-emulator did not answer /_emulator/health within 60 s")


def _one_call_per_api(origin: str) -> None:
    """A successful call to each API, as plain HTTP with the emulator's default credentials."""
    with httpx.Client(base_url=origin, timeout=30, trust_env=False) as http:
        ids = http.get("/_emulator/fixtures").json()
        token = http.post(
            "/oauth/v2/token",
            data={
                "grant_type": "refresh_token",
                "client_id": "emulator-client-id",
                "client_secret": "emulator-client-secret",
                "refresh_token": "emulator-refresh-token",
            },
        ).json()
        assert token["api_domain"] == origin, token
        zoho = {"Authorization": f"Zoho-oauthtoken {token['access_token']}"}
        assert http.get("/crm/v2/Leads", headers=zoho).status_code == 200
        job = http.post("/crm/bulk/v2/read", json={"query": {"module": "Leads"}}, headers=zoho)
        assert job.status_code == 201, job.text
        candidate = ids["recruit"]["candidate_id"]
        assert http.get(f"/recruit/v2/Candidates/{candidate}/associate", headers=zoho).status_code == 200
        deal, products = ids["bigin"]["deal_id"], ids["bigin"]["product_ids"]
        related = http.put(f"/bigin/v1/Deals/{deal}/Products", json={"data": [{"id": products[0]}]}, headers=zoho)
        assert related.status_code == 200, related.text
        connect_token = http.post(
            "/user/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": "emulator-connect-client-id",
                "client_secret": "emulator-connect-client-secret",
            },
        ).json()["access_token"]
        registration = {
            "product": ids["connect"]["product"],
            "campaign": ids["connect"]["campaign"],
            "recruiter": {"name": {"firstName": "Kari", "lastName": "Nordmann"}, "email": "kari@example.no"},
            "recruitments": [{"name": {"firstName": "Nils", "lastName": "Test"}, "email": "nils@example.no"}],
        }
        connect = {"Authorization": f"Bearer {connect_token}"}
        registered = http.post("/v1/client/recruitment", json=registration, headers=connect)
        assert registered.is_success, registered.text
