"""The emulator served for real: EmulatorServer on a free loopback port, and the command line."""

from __future__ import annotations

import time
import zipfile
from io import BytesIO
from pathlib import Path

import httpx
import pytest

from zohokit_emulator import EmulatorConfig, EmulatorServer, create_app
from zohokit_emulator.__main__ import banner, main, parse_args
from zohokit_emulator.config import DEFAULT_CLIENT_ID
from zohokit_emulator.core.validation import SpecUnavailableError, packaged_spec_dir
from zohokit_emulator.services.crm.samples import LEADS as SAMPLE_LEADS


def test_server_serves_real_http_with_the_oauth_flow() -> None:
    with (
        EmulatorServer(EmulatorConfig(refresh_token="custom-refresh")) as server,
        httpx.Client(base_url=server.url, timeout=10) as http,
    ):
        assert server.url.startswith("http://127.0.0.1:") and server.port > 0
        assert http.get("/_emulator/health").json()["status"] == "ok"
        token = http.post(
            "/oauth/v2/token",
            data={
                "grant_type": "refresh_token",
                "client_id": DEFAULT_CLIENT_ID,
                "client_secret": "emulator-client-secret",
                "refresh_token": "custom-refresh",
            },
        ).json()
        assert token["api_domain"] == server.url
        headers = {"Authorization": f"Zoho-oauthtoken {token['access_token']}"}
        leads = http.get("/crm/v2/Leads", headers=headers)
        assert leads.status_code == 200 and leads.json()["info"]["count"] == 5 + len(SAMPLE_LEADS)


def test_background_ticker_completes_bulk_jobs_without_requests() -> None:
    config = EmulatorConfig(settings={"bulk_read_queue_seconds": 0.1, "bulk_read_run_seconds": 0.1})
    with EmulatorServer(config) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        token = http.post("/_emulator/tokens").json()["access_token"]
        headers = {"Authorization": f"Zoho-oauthtoken {token}"}
        job = http.post("/crm/bulk/v2/read", json={"query": {"module": "Products"}}, headers=headers).json()["data"][0][
            "details"
        ]["id"]
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and server.backend.store("crm_bulk").jobs[job].state != "COMPLETED":
            time.sleep(0.05)
        assert server.backend.store("crm_bulk").jobs[job].state == "COMPLETED"
        archive = http.get(f"/crm/bulk/v2/read/{job}/result", headers=headers).content
        assert zipfile.ZipFile(BytesIO(archive)).namelist() == [f"{job}.csv"]


def test_server_stops_cleanly() -> None:
    server = EmulatorServer().start()
    url = server.url
    server.stop()
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/_emulator/health", timeout=2)


def test_command_line_options_and_banner(monkeypatch: pytest.MonkeyPatch) -> None:
    args = parse_args(["--port", "9090", "--client-id", "cid", "--no-validate"])
    assert (args.port, args.host, args.client_id, args.no_validate) == (9090, "127.0.0.1", "cid", True)
    monkeypatch.setenv("ZOHO_EMULATOR_CLIENT_SECRET", "from-env")
    config = EmulatorConfig.from_env(client_id="cid")
    assert (config.client_id, config.client_secret, config.refresh_token) == (
        "cid",
        "from-env",
        "emulator-refresh-token",
    )
    text = banner(create_app(config), "http://127.0.0.1:9090")
    for expected in (
        "client_id=cid",
        "client_secret=from-env",
        "emulator-refresh-token",
        "/crm/v2",
        "/oauth/v2",
        "Connect client",
    ):
        assert expected in text


def test_the_shipped_specs_are_read_as_package_data() -> None:
    folder = packaged_spec_dir()
    assert folder.name == "specs" and folder.parent.name == "zohokit_emulator"
    assert {path.stem for path in folder.glob("*.yaml")} == {
        "accounts",
        "bigin",
        "connect",
        "crm",
        "crm_bulk",
        "recruit",
    }
    assert create_app(EmulatorConfig()).state.backend.specs["crm"] is not None


def test_a_missing_spec_stops_the_emulator_at_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SpecUnavailableError, match=r"accounts spec cannot be read at .*accounts\.yaml"):
        create_app(EmulatorConfig(spec_dir=tmp_path))
    assert main(["--spec-dir", str(tmp_path), "--port", "0"]) == 2
    assert "zoho-emulator: the" in capsys.readouterr().err


def test_an_unreadable_spec_stops_the_emulator_at_start(tmp_path: Path) -> None:
    for path in packaged_spec_dir().glob("*.yaml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "bigin.yaml").write_text("openapi: [unclosed", encoding="utf-8")
    with pytest.raises(SpecUnavailableError, match=r"bigin spec .* cannot be parsed"):
        create_app(EmulatorConfig(spec_dir=tmp_path))


def test_validation_switched_off_needs_no_spec(tmp_path: Path) -> None:
    app = create_app(EmulatorConfig(spec_dir=tmp_path, validate_requests=False))
    assert set(app.state.backend.specs.values()) == {None}


def test_control_hosts_come_from_the_command_line_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    args = parse_args(["--control-host", "emulator", "--control-host", "ci-runner"])
    assert args.control_hosts == ["emulator", "ci-runner"]
    monkeypatch.setenv("ZOHO_EMULATOR_CONTROL_HOSTS", "emulator, ci-runner ,")
    assert EmulatorConfig.from_env().control_hosts == ("emulator", "ci-runner")
    assert EmulatorConfig.from_env(control_hosts=("other",)).control_hosts == ("other",)
