"""Hostile input against a served emulator (uvicorn on 127.0.0.1): the process's memory stays
bounded under a 200 MB body, hung-up clients are not server errors, the control plane cannot be
reached through the Host header or the emulator's own deliveries, and deliveries ignore proxies."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from zohokit_emulator import EmulatorServer
from zohokit_emulator.core import limits
from zohokit_emulator.core.outbound import targets_control_route

from .conftest import TOKEN_FORM, Receiver

MIB = 1024 * 1024
NO_PROBLEMS: dict[str, list[str]] = {"response_problems": [], "server_errors": []}


@pytest.fixture
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer() as running:
        yield running
        assert httpx.get(running.url + "/_emulator/problems").json() == NO_PROBLEMS
        assert httpx.get(running.url + "/_emulator/health").json()["status"] == "ok"


def rss_mib() -> float:
    """This process's resident memory (the served emulator runs in a thread of it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def admin_headers(server: EmulatorServer) -> dict[str, str]:
    token = httpx.post(server.url + "/_emulator/tokens").json()["access_token"]
    return {"Authorization": f"Zoho-oauthtoken {token}"}


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads RSS from /proc (Linux)")
def test_a_200_mb_chunked_token_body_keeps_memory_bounded(server: EmulatorServer) -> None:
    """The reproduction over a socket: 200 MB of form body, chunked (no length to refuse up front).
    The answer is the OAuth error, and resident memory grows by far less than the body."""
    host, port = server.url.removeprefix("http://").split(":")
    before = rss_mib()
    chunk = b"x" * (64 * 1024)
    framed = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(
            b"POST /oauth/v2/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        sent = 0
        try:
            while sent < 200 * MIB:
                sock.sendall(framed)
                sent += len(chunk)
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may close once it has answered; the answer is in the receive buffer
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            piece = sock.recv(65536)
            if not piece:
                break
            answer += piece
    grown = rss_mib() - before
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), head
    assert b'"error": "invalid_request"' in body and b"larger than" in body
    assert grown < 60, f"resident memory grew by {grown:.0f} MiB for a 200 MiB body"
    assert httpx.post(server.url + "/oauth/v2/token", data=TOKEN_FORM).json()["access_token"]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_client_hanging_up_during_latency_is_not_a_server_error(server: EmulatorServer, method: str) -> None:
    headers = admin_headers(server)
    assert httpx.patch(server.url + "/_emulator/settings", json={"latency_ms": 300}).status_code == 200
    with pytest.raises(httpx.ReadTimeout):
        httpx.request(
            method,
            server.url + "/crm/v2/Leads",
            headers=headers,
            json={"data": [{"Last_Name": "Gone", "Company": "c"}]} if method == "POST" else None,
            timeout=httpx.Timeout(5, read=0.05),
        )
    time.sleep(0.6)  # the emulator finishes its latency, reads the hang-up, moves on
    assert httpx.get(server.url + "/_emulator/problems").json() == NO_PROBLEMS
    httpx.patch(server.url + "/_emulator/settings", json={"latency_ms": 0})
    assert httpx.get(server.url + "/crm/v2/Leads", headers=headers).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io"])
def test_served_control_routes_check_the_host(server: EmulatorServer, host: str) -> None:
    faults = httpx.post(server.url + "/_emulator/faults", json={"status": 503, "count": None}, headers={"Host": host})
    assert (faults.status_code, faults.json()["code"]) == (403, "NO_PERMISSION")
    assert httpx.get(server.url + "/_emulator/faults").json() == {"faults": []}
    port = server.url.rsplit(":", 1)[1]
    for allowed in (f"localhost:{port}", f"127.0.0.1:{port}"):
        assert httpx.get(server.url + "/_emulator/health", headers={"Host": allowed}).status_code == 200


CONTROL_TARGETS = [
    "/_emulator/reset",
    "//_emulator/reset",
    "/%5Femulator/reset",
    "/%255Femulator/reset",
    "/crm/../_emulator/reset",
    "/crm/%2E%2E/_emulator/reset",
    "/./_emulator/faults",
]


@pytest.mark.parametrize("path", CONTROL_TARGETS)
def test_control_route_urls_are_recognised(path: str) -> None:
    assert targets_control_route("http://127.0.0.1:8080" + path + "?x=1")


@pytest.mark.parametrize("path", ["/hook", "/emulator/reset", "/_emulator_hook", "/crm/v2/_emulator/reset"])
def test_other_urls_are_not_control_routes(path: str) -> None:
    assert not targets_control_route("http://127.0.0.1:8080" + path)


def test_deliveries_never_reach_the_control_plane(server: EmulatorServer, receiver: Receiver) -> None:
    """A channel whose notify_url is the emulator's own ``/_emulator/reset`` (however spelt) is never
    called: the record the write created survives, and a real subscriber still gets its POST."""
    headers = admin_headers(server)
    watch = [
        {"channel_id": str(1000 + index), "events": ["Leads.create"], "notify_url": server.url + path}
        for index, path in enumerate(CONTROL_TARGETS)
    ]
    watch.append({"channel_id": "2000", "events": ["Leads.create"], "notify_url": receiver.url + "/hook"})
    assert httpx.post(server.url + "/crm/v2/actions/watch", json={"watch": watch}, headers=headers).status_code == 201
    created = httpx.post(
        server.url + "/crm/v2/Leads", json={"data": [{"Last_Name": "Survivor", "Company": "c"}]}, headers=headers
    )
    lead_id = created.json()["data"][0]["details"]["id"]
    assert server.backend.outbound.wait_idle()
    assert httpx.get(server.url + f"/crm/v2/Leads/{lead_id}", headers=headers).status_code == 200
    assert [body["ids"] for body in receiver.bodies] == [[lead_id]]
    outcomes = {d["url"]: d["outcome"] for d in httpx.get(server.url + "/_emulator/deliveries").json()["deliveries"]}
    for path in CONTROL_TARGETS:
        assert outcomes[server.url + path] == "skipped: a control route of the emulator"
    assert outcomes[receiver.url + "/hook"] == "HTTP 200"


def test_deliveries_ignore_proxy_variables(
    server: EmulatorServer, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every proxy variable pointing at a recording "proxy", the callback still goes straight
    to its loopback target and the proxy sees nothing."""
    headers = admin_headers(server)
    proxy = Receiver()
    proxy.start()
    try:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        # A client that reads the environment would use the proxy here: the check can fail.
        with httpx.Client(trust_env=True) as reading_env:
            reading_env.post(receiver.url + "/probe", json={"probe": True})
        assert proxy.bodies == [{"probe": True}] and receiver.bodies == []
        proxy.bodies.clear()

        watch = [{"channel_id": "3000", "events": ["Leads.create"], "notify_url": receiver.url + "/hook"}]
        httpx.post(server.url + "/crm/v2/actions/watch", json={"watch": watch}, headers=headers, trust_env=False)
        httpx.post(
            server.url + "/crm/v2/Leads",
            json={"data": [{"Last_Name": "Direct", "Company": "c"}]},
            headers=headers,
            trust_env=False,
        )
        assert server.backend.outbound.wait_idle()
        assert receiver.paths == ["/hook"] and proxy.bodies == []
    finally:
        proxy.close()


def test_served_hostile_bodies_answer_documented_errors(server: EmulatorServer) -> None:
    """A few of the in-process cases again over real HTTP (uvicorn and its HTTP parser in the path)."""
    headers = {**admin_headers(server), "Content-Type": "application/json"}
    cases: list[tuple[str, str, bytes, int, str]] = [
        ("POST", "/crm/v2/Leads", b'{"data":[{"Last_Name":"\\ud800","Company":"c"}]}', 400, "INVALID_DATA"),
        ("POST", "/crm/v2/Leads", b'{"data":[{"Last_Name":"x","Score":NaN}]}', 400, "INVALID_DATA"),
        ("POST", "/crm/v2/Leads", b"[" * 100_000 + b"]" * 100_000, 400, "LIMIT_EXCEEDED"),
        ("POST", "/_emulator/clock", b'{"advance": 1e12}', 400, "INVALID_DATA"),
        ("POST", "/_emulator/faults", b'{"status": 503, "method": 5}', 400, "INVALID_DATA"),
    ]
    for method, path, body, status, code in cases:
        answer: Any = httpx.request(method, server.url + path, content=body, headers=headers)
        assert (answer.status_code, answer.json()["code"]) == (status, code), (path, body[:60])
    big = httpx.post(server.url + "/crm/v2/Leads", content=b"{" + b" " * (limits.MAX_BODY_BYTES + 1), headers=headers)
    assert (big.status_code, big.json()["code"]) == (400, "LIMIT_EXCEEDED")
    listing = httpx.get(server.url + "/crm/v2/Leads", headers=headers)
    assert listing.status_code == 200 and "NaN" not in listing.text
