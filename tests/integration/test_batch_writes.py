"""Batched writes against the emulator: its real per-record errors, injected 429/500 faults, and a
count of what went over the wire (a transport under the client's retries sees every request the
emulator received, with its records and their answers)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

import httpx

import zohokit
from zohokit.batch_writes import DEFAULT_CONCURRENCY, ResubmitPolicy, awrite_records, write_records
from zohokit.resubmit import RETRYABLE_CODES, split_failed

from .conftest import ClientFactory

ROWS = 1000


@dataclass
class Wire:
    """Every write request on the wire: the ``Description`` marker of each record sent, and the
    code each one got back (the request's own code when the whole request failed)."""

    sends: list[list[tuple[str, str]]] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        with self.lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def finish(self, request: httpx.Request, response: httpx.Response) -> None:
        with self.lock:
            self.in_flight -= 1
            if request.method not in ("POST", "PUT") or "/oauth/" in request.url.path:
                return
            markers = [str(record.get("Description")) for record in json.loads(request.content)["data"]]
            answer = json.loads(response.content)
            if "data" in answer:
                codes = [str(item["code"]) for item in answer["data"]]
            else:
                codes = [str(answer["code"])] * len(markers)
            self.sends.append(list(zip(markers, codes, strict=True)))

    def history(self) -> dict[str, list[str]]:
        """The codes each record got, send after send."""
        seen: dict[str, list[str]] = {}
        for request in self.sends:
            for marker, code in request:
                seen.setdefault(marker, []).append(code)
        return seen


_FRAMING = ("content-encoding", "content-length", "transfer-encoding")


def replayable(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """The read response as a new one the client can read again (a consumed network stream cannot be)."""
    headers = [(name, value) for name, value in response.headers.items() if name.lower() not in _FRAMING]
    return httpx.Response(response.status_code, headers=headers, content=response.content, request=request)


class CountingTransport(httpx.BaseTransport):
    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.wire.start()
        response = self.inner.handle_request(request)
        response.read()
        response.close()
        self.wire.finish(request, response)
        return replayable(request, response)

    def close(self) -> None:
        self.inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.wire.start()
        response = await self.inner.handle_async_request(request)
        await response.aread()
        await response.aclose()
        self.wire.finish(request, response)
        return replayable(request, response)

    async def aclose(self) -> None:
        await self.inner.aclose()


def product(i: int) -> dict[str, Any]:
    """Row ``i`` of the batch; some rows carry the mistakes the emulator refuses as Zoho does."""
    row: dict[str, Any] = {"Product_Name": f"Batch {i}", "Product_Code": f"BW-{i:04d}", "Description": f"row {i}"}
    if i % 10 == 3:
        del row["Product_Name"]  # mandatory
    if i % 25 == 5:
        row["Unit_Price"] = "not a price"
    if i % 50 == 1:
        row["Product_Code"] = f"BW-{i - 1:04d}"  # Product_Code is unique in this org
    return row


def expected_code(i: int) -> str:
    if i % 10 == 3:
        return "MANDATORY_NOT_FOUND"
    if i % 25 == 5:
        return "INVALID_DATA"
    if i % 50 == 1:
        return "DUPLICATE_DATA"
    return "SUCCESS"


def check_thousand(results: list[zohokit.RecordResult], wire: Wire, faults: int) -> None:
    assert [r.index for r in results] == list(range(ROWS))
    assert [r.code for r in results] == [expected_code(i) for i in range(ROWS)]
    assert all(r.id is not None for r in results if r.ok)
    assert len({r.id for r in results if r.ok}) == sum(expected_code(i) == "SUCCESS" for i in range(ROWS))

    # The emulator saw 10 full chunks, and one more request of 100 records per injected fault.
    assert len(wire.sends) == ROWS // 100 + faults
    assert all(len(request) == 100 for request in wire.sends)
    history = wire.history()
    assert set(history) == {f"row {i}" for i in range(ROWS)}
    # Each fault made one more send of each record of the request it hit (a chunk may be hit twice:
    # a 429 absorbed by the client's retries, then a 500 on the retry).
    assert sum(len(codes) - 1 for codes in history.values()) == 100 * faults
    for i in range(ROWS):
        codes = history[f"row {i}"]
        # Sent again only after a retryable answer; the last answer is the result returned.
        assert all(code in RETRYABLE_CODES for code in codes[:-1]), (i, codes)
        assert codes[-1] == expected_code(i), (i, codes)


def test_a_thousand_records_with_injected_failures_get_one_result_each_and_only_retryable_ones_resent(
    emu: zohokit.Emulator, clients: ClientFactory
) -> None:
    wire = Wire()
    crm = clients("crm", transport=CountingTransport(wire))
    emu.inject_fault(500, count=2, path_prefix="/crm/v2/Products", method="POST")
    emu.inject_fault(429, count=3, path_prefix="/crm/v2/Products", method="POST", retry_after=0)
    waits: list[float] = []

    results = write_records(crm, "Products", [product(i) for i in range(ROWS)], sleep=waits.append)

    check_thousand(results, wire, faults=5)
    assert emu.faults() == []
    assert wire.most_in_flight <= DEFAULT_CONCURRENCY  # the writer's threads, token requests included
    # The 429s were absorbed by the client's retry transport (any method); the two 500s on POST
    # were not (a POST may have been applied), so the writer resent those chunks after one backoff.
    assert len(waits) == 1 and 0 < waits[0] <= ResubmitPolicy().backoff_initial
    failed = split_failed([product(i) for i in range(ROWS)], results)
    assert failed.retryable == []
    assert len(failed.not_retryable) == sum(expected_code(i) != "SUCCESS" for i in range(ROWS))


async def test_async_writer_keeps_chunks_in_flight_within_its_bound_and_resends_only_what_failed(
    emu: zohokit.Emulator,
) -> None:
    wire = Wire()
    emu.update_settings(latency_ms=40)  # so that concurrent chunks really overlap on the server
    emu.inject_fault(500, count=4, path_prefix="/crm/v2/Products", method="POST")
    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    async with emu.client("crm", async_transport=AsyncCountingTransport(wire), retry=zohokit.NO_RETRIES) as crm:
        results = await awrite_records(crm, "Products", [product(i) for i in range(ROWS)], concurrency=3, sleep=no_wait)

    check_thousand(results, wire, faults=4)
    assert 1 < wire.most_in_flight <= 3
    assert len(waits) >= 1


def test_retryable_failures_stop_after_max_attempts_and_keep_their_code(
    emu: zohokit.Emulator, clients: ClientFactory
) -> None:
    wire = Wire()
    crm = clients("crm", transport=CountingTransport(wire), retry=zohokit.NO_RETRIES)
    emu.inject_fault(503, count=None, path_prefix="/crm/v2/Leads", method="POST")
    rows = [{"Last_Name": f"Unlucky {i}", "Description": f"row {i}"} for i in range(3)]

    results = write_records(crm, "Leads", rows, policy=ResubmitPolicy(max_attempts=3), sleep=lambda _: None)

    assert [(r.index, r.ok, r.code) for r in results] == [(i, False, "INTERNAL_ERROR") for i in range(3)]
    assert len(wire.sends) == 3
    assert split_failed(rows, results).retryable == split_failed(rows, results).all


def test_update_and_upsert_in_chunks_report_each_record(emu: zohokit.Emulator, clients: ClientFactory) -> None:
    crm = clients("crm")
    inserted = write_records(
        crm, "Leads", [{"Last_Name": f"Chunked {i}", "Email": f"c{i}@example.com"} for i in range(150)]
    )
    assert all(r.ok for r in inserted)

    changes: list[dict[str, Any]] = [{"id": r.id, "Company": f"Company {r.index}"} for r in inserted]
    changes[7] = {"Company": "no id"}
    changes[120]["Email"] = "not an email"
    updated = write_records(crm, "Leads", changes, operation="update", chunk_size=60)
    assert [r.index for r in updated] == list(range(150))
    assert {i: r.code for i, r in enumerate(updated) if not r.ok} == {7: "MANDATORY_NOT_FOUND", 120: "INVALID_DATA"}

    upserts = [{"Last_Name": f"Upserted {i}", "Email": f"c{i}@example.com"} for i in range(0, 150, 30)]
    upserts.append({"Last_Name": "New one", "Email": "new-one@example.com"})
    upserted = write_records(crm, "Leads", upserts, operation="upsert", duplicate_check_fields=["Email"])
    assert all(r.ok for r in upserted)
    assert [r.id for r in upserted[:-1]] == [inserted[i].id for i in range(0, 150, 30)]
    assert upserted[-1].id not in {r.id for r in inserted}
