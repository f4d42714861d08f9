"""Servers and emulator chores: a loopback uvicorn server for any app, the emulator's token,
inserting, seeding and counting CRM records."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

import httpx
import uvicorn
from starlette.types import ASGIApp

from zohokit import EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, EMULATOR_REFRESH_TOKEN

WRITE_BATCH = 100
"""Zoho takes at most 100 records per insert."""
PER_PAGE = 200
"""Zoho's largest page."""
TIMEOUT = httpx.Timeout(120.0)
"""Generous: seeding 200,000 records or completing a big export holds the emulator for seconds."""


class LoopbackServer:
    """Any ASGI app under uvicorn on a free 127.0.0.1 port in a daemon thread, configured like
    ``tests.emulator.EmulatorServer``, so a bare app and the emulator are served the same way."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LoopbackServer:
        # IPPROTO_TCP lets asyncio set TCP_NODELAY on each connection, as EmulatorServer does.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._socket = sock
        config = uvicorn.Config(self.app, log_level="warning", lifespan="on", access_log=False)
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError("the loopback server did not start")
            time.sleep(0.01)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None


def access_token(origin: str) -> str:
    """A fresh access token of the emulator's admin (refresh-token grant, every scope)."""
    form = {
        "grant_type": "refresh_token",
        "client_id": EMULATOR_CLIENT_ID,
        "client_secret": EMULATOR_CLIENT_SECRET,
        "refresh_token": EMULATOR_REFRESH_TOKEN,
    }
    response = httpx.post(origin + "/oauth/v2/token", data=form)
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token


def auth_headers(origin: str) -> dict[str, str]:
    return {"Authorization": f"Zoho-oauthtoken {access_token(origin)}"}


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
