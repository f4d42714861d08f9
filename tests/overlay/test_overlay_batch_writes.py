"""The failed-record split and the batched writer, against scripted Zoho answers (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from zohokit import (
    NO_RETRIES,
    RecordResult,
    ResubmitPolicy,
    WriteInterrupted,
    awrite_records,
    is_retryable,
    split_failed,
    write_records,
    zoho_client,
)

BASE = "https://www.zohoapis.com/crm/v2"


def ok_item(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": "SUCCESS",
        "details": {"id": f"id-{record['Last_Name']}"},
        "message": "record added",
        "status": "success",
    }


def error_item(code: str) -> dict[str, Any]:
    return {"code": code, "details": {"api_name": "Last_Name"}, "message": code.lower(), "status": "error"}


def result(index: int, code: str) -> RecordResult:
    ok = code == "SUCCESS"
    return RecordResult(index, ok, code, None, "success" if ok else "error", {}, None, {})


class Script:
    """Answers each write per record: ``rules`` maps a Last_Name to the codes of its successive sends."""

    def __init__(self, rules: dict[str, list[str]] | None = None) -> None:
        self.rules = rules or {}
        self.requests: list[httpx.Request] = []
        self.sent: list[list[str]] = []
        self.whole: list[httpx.Response] = []  # queued answers for whole requests, used first

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        records = json.loads(request.content)["data"]
        self.sent.append([r.get("Last_Name") for r in records])
        if self.whole:
            return self.whole.pop(0)
        items = []
        for record in records:
            codes = self.rules.get(record.get("Last_Name"), [])
            code = codes.pop(0) if codes else "SUCCESS"
            items.append(ok_item(record) if code == "SUCCESS" else error_item(code))
        status = 201 if all(i["status"] == "success" for i in items) else 202
        return httpx.Response(status, json={"data": items})

    def client(self, handler: Callable[[httpx.Request], Any] | None = None) -> Any:
        transport = httpx.MockTransport(handler or self.handle)
        return zoho_client("crm", base_url=BASE, transport=transport, retry=NO_RETRIES)


def leads(*names: str) -> list[dict[str, Any]]:
    return [{"Last_Name": name} for name in names]


# --- split_failed --------------------------------------------------------------------------------


def test_split_failed_pairs_records_with_results_and_splits_by_code() -> None:
    records = leads("a", "b", "c", "d", "e")
    results = [
        result(0, "SUCCESS"),
        result(1, "MANDATORY_NOT_FOUND"),
        result(2, "TOO_MANY_REQUESTS"),
        result(3, "internal_error"),
        result(4, "DUPLICATE_DATA"),
    ]
    failed = split_failed(records, results)
    assert [(f.index, f.record["Last_Name"], f.code) for f in failed.retryable] == [
        (2, "c", "TOO_MANY_REQUESTS"),
        (3, "d", "internal_error"),
    ]
    assert [(f.index, f.code, f.retryable) for f in failed.not_retryable] == [
        (1, "MANDATORY_NOT_FOUND", False),
        (4, "DUPLICATE_DATA", False),
    ]
    assert [f.index for f in failed.all] == [1, 2, 3, 4] and len(failed) == 4 and failed


def test_split_failed_takes_other_retryable_codes_and_finds_nothing_in_successes() -> None:
    records = leads("a", "b")
    results = [result(0, "SUCCESS"), result(1, "RECORD_LOCKED")]
    assert [
        f.index for f in split_failed(records, results, retryable_codes=frozenset({"RECORD_LOCKED"})).retryable
    ] == [1]
    assert not split_failed(records, [result(0, "SUCCESS"), result(1, "SUCCESS")])
    assert not is_retryable(result(0, "SUCCESS"))
    assert not is_retryable(RecordResult(0, False, None, None, "error", {}, None, {}))


def test_split_failed_refuses_results_of_another_write() -> None:
    with pytest.raises(ValueError, match="2 results for 3 records"):
        split_failed(leads("a", "b", "c"), [result(0, "SUCCESS"), result(1, "SUCCESS")])


# --- write_records -------------------------------------------------------------------------------


def test_only_records_with_retryable_failures_are_sent_again_and_results_keep_input_order() -> None:
    script = Script({"flaky": ["INTERNAL_ERROR", "SUCCESS"], "bad": ["INVALID_DATA"], "slow": ["TOO_MANY_REQUESTS"]})
    waits: list[float] = []
    results = write_records(
        script.client(), "Leads", leads("a", "flaky", "bad", "slow", "b"), sleep=waits.append, random=lambda: 0.0
    )
    assert script.sent == [["a", "flaky", "bad", "slow", "b"], ["flaky", "slow"]]
    assert [(r.index, r.code) for r in results] == [
        (0, "SUCCESS"),
        (1, "SUCCESS"),
        (2, "INVALID_DATA"),
        (3, "SUCCESS"),
        (4, "SUCCESS"),
    ]
    assert [r.id for r in results] == ["id-a", "id-flaky", None, "id-slow", "id-b"]
    assert waits == [1.0]


def test_records_go_in_chunks_of_at_most_100() -> None:
    script = Script()
    names = [f"n{i}" for i in range(250)]
    results = write_records(script.client(), "Leads", leads(*names), concurrency=1)
    assert [len(sent) for sent in script.sent] == [100, 100, 50]
    assert [name for sent in script.sent for name in sent] == names
    assert [r.index for r in results] == list(range(250))
    small = Script()
    write_records(small.client(), "Leads", leads(*names[:7]), chunk_size=3)
    assert sorted(len(sent) for sent in small.sent) == [1, 3, 3]


def test_retries_stop_after_max_attempts_with_backoff_growing() -> None:
    script = Script({"doomed": ["INTERNAL_ERROR"] * 10})
    waits: list[float] = []
    policy = ResubmitPolicy(max_attempts=3, backoff_initial=0.5, jitter=0)
    [last] = write_records(script.client(), "Leads", leads("doomed"), policy=policy, sleep=waits.append)
    assert len(script.sent) == 3 and waits == [0.5, 1.0]
    assert (last.ok, last.code, last.index) == (False, "INTERNAL_ERROR", 0)


def test_a_whole_request_rate_limited_is_resent_after_its_retry_after() -> None:
    script = Script()
    script.whole.append(
        httpx.Response(
            429,
            json={"code": "TOO_MANY_REQUESTS", "details": {}, "message": "too many requests", "status": "error"},
            headers={"Retry-After": "7"},
        )
    )
    waits: list[float] = []
    results = write_records(script.client(), "Leads", leads("a", "b"), sleep=waits.append)
    assert script.sent == [["a", "b"], ["a", "b"]] and waits == [7.0]
    assert all(r.ok for r in results)


def test_a_whole_request_failure_without_a_code_gets_the_code_of_its_status() -> None:
    script = Script()
    script.whole += [httpx.Response(503, text="upstream down"), httpx.Response(502, text="")]
    policy = ResubmitPolicy(max_attempts=2)
    results = write_records(script.client(), "Leads", leads("a", "b"), policy=policy, sleep=lambda _: None)
    assert [(r.index, r.code, r.status) for r in results] == [
        (0, "INTERNAL_ERROR", "error"),
        (1, "INTERNAL_ERROR", "error"),
    ]
    assert len(script.sent) == 2


def test_a_request_refused_as_a_whole_gives_each_record_that_error_once() -> None:
    script = Script()
    script.whole.append(
        httpx.Response(
            400,
            json={
                "code": "INVALID_MODULE",
                "details": {},
                "message": "the module name given seems to be invalid",
                "status": "error",
            },
        )
    )
    results = write_records(script.client(), "Nope", leads("a", "b"), sleep=lambda _: pytest.fail("no retry"))
    assert [(r.index, r.code, r.message) for r in results] == [
        (0, "INVALID_MODULE", "the module name given seems to be invalid"),
        (1, "INVALID_MODULE", "the module name given seems to be invalid"),
    ]
    assert len(script.sent) == 1


def test_update_and_upsert_use_their_operations_and_options() -> None:
    script = Script()
    client = script.client()
    write_records(client, "Leads", [{"id": "1", "Last_Name": "a"}], operation="update", trigger=[])
    write_records(
        client, "Leads", leads("b"), operation="upsert", duplicate_check_fields=["Email"], trigger=["workflow"]
    )
    (update, upsert) = script.requests
    assert (update.method, update.url.path) == ("PUT", "/crm/v2/Leads")
    assert json.loads(update.content) == {"data": [{"id": "1", "Last_Name": "a"}], "trigger": []}
    assert (upsert.method, upsert.url.path) == ("POST", "/crm/v2/Leads/upsert")
    assert json.loads(upsert.content) == {
        "data": [{"Last_Name": "b"}],
        "duplicate_check_fields": ["Email"],
        "trigger": ["workflow"],
    }


def test_nothing_to_write_sends_nothing() -> None:
    script = Script()
    assert write_records(script.client(), "Leads", []) == []
    assert script.requests == []


def test_a_response_whose_results_do_not_match_its_records_raises() -> None:
    def short(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"data": [ok_item({"Last_Name": "only one"})]})

    with pytest.raises(WriteInterrupted) as caught:
        write_records(Script().client(short), "Leads", leads("a", "b"))
    assert isinstance(caught.value.__cause__, ValueError)
    assert "1 results for a request of 2 records" in str(caught.value.__cause__)
    assert caught.value.results == [None, None]


def test_a_request_without_an_answer_interrupts_the_write_and_keeps_what_is_known() -> None:
    script = Script({"n150": ["INVALID_DATA"]})

    def handler(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["data"][0]["Last_Name"] == "n200":
            raise httpx.ReadTimeout("no answer", request=request)
        return script.handle(request)

    with pytest.raises(WriteInterrupted, match="the outcome of 100 record") as caught:
        write_records(Script().client(handler), "Leads", leads(*[f"n{i}" for i in range(300)]), concurrency=2)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    known = caught.value.results
    assert [r is None for r in known] == [False] * 200 + [True] * 100
    assert [r.index for r in known[:200] if r is not None] == list(range(200))
    assert {r.index: r.code for r in known if r is not None and not r.ok} == {150: "INVALID_DATA"}


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"chunk_size": 101}, ValueError),
        ({"chunk_size": 0}, ValueError),
        ({"concurrency": 0}, ValueError),
        ({"operation": "delete"}, ValueError),
        ({"duplicate_check_fields": ["Email"]}, ValueError),
    ],
)
def test_bad_options_are_refused_before_anything_is_sent(options: dict[str, Any], error: type[Exception]) -> None:
    script = Script()
    with pytest.raises(error):
        write_records(script.client(), "Leads", leads("a"), **options)
    assert script.requests == []


def test_a_record_that_is_not_a_mapping_is_refused_by_position() -> None:
    with pytest.raises(TypeError, match="record 1 is a list"):
        write_records(Script().client(), "Leads", [{"Last_Name": "a"}, ["Last_Name", "b"]])  # type: ignore[list-item]


@pytest.mark.parametrize(
    "options",
    [{"max_attempts": 0}, {"backoff_initial": -1}, {"backoff_multiplier": 0.5}, {"jitter": 2}],
)
def test_bad_policies_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        ResubmitPolicy(**options)


# --- awrite_records ------------------------------------------------------------------------------


async def test_async_writer_bounds_chunks_in_flight_and_resends_only_retryable_records() -> None:
    script = Script({"n7": ["TOO_MANY_REQUESTS", "SUCCESS"], "n333": ["DUPLICATE_DATA"]})
    in_flight = 0
    most = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.01)  # hold the slot so that chunks overlap
        in_flight -= 1
        return script.handle(request)

    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    names = [f"n{i}" for i in range(1000)]
    async with Script().client(handler) as client:
        results = await awrite_records(client, "Leads", leads(*names), concurrency=3, sleep=no_wait)
    assert most == 3
    assert len(script.sent) == 11 and script.sent[-1] == ["n7"]
    assert [r.index for r in results] == list(range(1000))
    assert {r.index: r.code for r in results if not r.ok} == {333: "DUPLICATE_DATA"}
    assert len(waits) == 1


async def test_async_writer_interrupted_by_a_transport_error_reports_the_other_chunks() -> None:
    finished: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        names = [r["Last_Name"] for r in json.loads(request.content)["data"]]
        if names[0] == "n100":
            raise httpx.ConnectError("connection refused", request=request)
        await asyncio.sleep(0.01)
        finished.append(names[0])
        return httpx.Response(201, json={"data": [ok_item(r) for r in json.loads(request.content)["data"]]})

    async with Script().client(handler) as client:
        with pytest.raises(WriteInterrupted) as caught:
            await awrite_records(client, "Leads", leads(*[f"n{i}" for i in range(300)]), concurrency=3)
    assert sorted(finished) == ["n0", "n200"]
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert [r is None for r in caught.value.results] == [False] * 100 + [True] * 100 + [False] * 100
    assert all(r.ok for r in caught.value.results if r is not None)
