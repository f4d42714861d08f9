"""Servers and emulator chores: the emulator and a bare Starlette app, each in a process of its
own (as a real Zoho server is another machine); the emulator's token; inserting, seeding and
counting CRM records."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import httpx
from emulator_tokens import zoho_access_token

from . import ROOT

WRITE_BATCH = 100
"""Zoho takes at most 100 records per insert."""
PER_PAGE = 200
"""Zoho's largest page."""
TIMEOUT = httpx.Timeout(120.0)
"""Generous: seeding 200,000 records or completing a big export holds the emulator for seconds."""
STARTUP_TIMEOUT = 60.0
"""Seconds a server process gets to answer its readiness check (the emulator loads every spec)."""
EMULATOR_COMMAND = ("-m", "zohokit_emulator", "--host", "127.0.0.1")
"""``zoho-emulator``, as a developer runs it (``make emulate``)."""
BARE_COMMAND = ("-m", "bench.bare_server", "--host", "127.0.0.1")
"""``python -m bench.bare_server``: one route, served by the same ``uvicorn.run`` call as the emulator."""


def child_env() -> dict[str, str]:
    """This environment, with ``overlay/`` (``zohokit_emulator``), ``generated/`` and ``scripts/``
    (``bench``) on ``PYTHONPATH`` for a child interpreter."""
    folders = [ROOT / "overlay", ROOT / "generated", ROOT / "scripts"]
    paths = [*map(str, folders), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def free_port() -> int:
    """A loopback port nobody listens on right now (the child binds it a moment later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerProcess:
    """``python <command> --port N`` in a child process on a free loopback port, ready once
    ``GET ready_path`` answers 200; terminated (then killed, if it must be) when the block ends.

        with ServerProcess(EMULATOR_COMMAND, "/_emulator/health", "the emulator") as emulator:
            httpx.get(emulator.url + "/_emulator/health")
    """

    def __init__(self, command: tuple[str, ...], ready_path: str, name: str) -> None:
        self.command = command
        self.ready_path = ready_path
        self.name = name
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        if self.process is None:
            raise RuntimeError(f"{self.name} is not running")
        return self.process.pid

    def __enter__(self) -> ServerProcess:
        output = "no output"
        for _ in range(3):  # another program may take the free port first
            self.port = free_port()
            self._log = tempfile.TemporaryFile()
            self.process = subprocess.Popen(
                [sys.executable, *self.command, "--port", str(self.port)],
                cwd=ROOT,
                env=child_env(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
            )
            if self._wait_ready():
                return self
            self._stop()
            output = self._output()
            self._log.close()
            self._log = None
        raise RuntimeError(f"{self.name} did not start: {output}")

    def _wait_ready(self) -> bool:
        assert self.process is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if httpx.get(self.url + self.ready_path, timeout=2.0).status_code == 200:
                    return True
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        return False

    def _output(self) -> str:
        if self._log is None:
            return "no output"
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace").strip()[-800:] or "no output"

    def _stop(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=10)
            self.process = None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop()
        if self._log is not None:
            self._log.close()
            self._log = None


def emulator_process() -> ServerProcess:
    """The emulator as ``zoho-emulator --port N`` (fresh seeded state)."""
    return ServerProcess(EMULATOR_COMMAND, "/_emulator/health", "the emulator")


class BareProcess(ServerProcess):
    """``bench.bare_server`` answering ``body`` at ``/crm/v2/Leads``, in a process of its own."""

    def __init__(self, body: bytes) -> None:
        super().__init__(BARE_COMMAND, "/crm/v2/Leads", "the bare server")
        self.body = body
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> BareProcess:
        self._dir = tempfile.TemporaryDirectory(prefix="bench-bare-")
        path = Path(self._dir.name) / "body.json"
        path.write_bytes(self.body)
        self.command = (*BARE_COMMAND, "--body", str(path))
        try:
            super().__enter__()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        super().__exit__(exc_type, exc, tb)
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds process ``pid`` has used so far (Linux ``/proc``; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        ticks = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return None
    return (int(fields[11]) + int(fields[12])) / ticks


def auth_headers(origin: str) -> dict[str, str]:
    return {"Authorization": f"Zoho-oauthtoken {zoho_access_token(origin)}"}


def api(origin: str) -> httpx.Client:
    """A plain httpx client of the emulator's origin, with the admin's token."""
    return httpx.Client(base_url=origin, headers=auth_headers(origin), timeout=TIMEOUT)


def control(http: httpx.Client, method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """Call a ``/_emulator/`` route; its answer."""
    response = http.request(method, "/_emulator" + path, json=body)
    response.raise_for_status()
    answer: dict[str, Any] = response.json()
    return answer


def lead(n: int) -> dict[str, Any]:
    """The n-th made-up lead of a benchmark."""
    return {"First_Name": "Bench", "Last_Name": f"Lead {n:06d}", "Company": "Zylker", "Email": f"lead{n}@bench.test"}


def insert_batch(http: httpx.Client, records: list[dict[str, Any]]) -> list[str]:
    """Insert up to 100 Leads through the API; their ids (raises unless every one was added)."""
    response = http.post("/crm/v2/Leads", json={"data": records})
    return inserted_ids(response, len(records))


def inserted_ids(response: httpx.Response, expected: int) -> list[str]:
    if response.status_code != 201:
        raise RuntimeError(f"insert answered {response.status_code}: {response.text[:300]}")
    results = response.json()["data"]
    ids = [str(r["details"]["id"]) for r in results if r.get("status") == "success"]
    if len(ids) != expected:
        raise RuntimeError(f"insert stored {len(ids)} of {expected} records: {results[:2]}")
    return ids


def insert_leads(http: httpx.Client, count: int) -> list[str]:
    """Insert ``count`` Leads through the API in batches of 100."""
    ids: list[str] = []
    for start in range(0, count, WRITE_BATCH):
        ids += insert_batch(http, [lead(n) for n in range(start, min(start + WRITE_BATCH, count))])
    return ids


def lead_ids(http: httpx.Client) -> list[str]:
    """The ids of every listed Lead, paging 200 at a time."""
    ids: list[str] = []
    page = 1
    while True:
        response = http.get("/crm/v2/Leads", params={"page": page, "per_page": PER_PAGE, "fields": "Last_Name"})
        if response.status_code == 204:
            return ids
        response.raise_for_status()
        body = response.json()
        ids += [str(record["id"]) for record in body["data"]]
        if not body["info"]["more_records"]:
            return ids
        page += 1


def fill_leads(http: httpx.Client, total: int) -> None:
    """Seed synthetic Leads (``POST /_emulator/crm/seed``) until exactly ``total`` are listed."""
    missing = total - len(lead_ids(http))
    if missing < 0:
        raise RuntimeError(f"the emulator already lists more than {total} Leads")
    if missing:
        template = {"First_Name": "Seed", "Company": "Zylker", "Email": "seed{n}@bench.test", "Lead_Source": "Web"}
        control(http, "POST", "/crm/seed", {"module": "Leads", "count": missing, "record": template})
