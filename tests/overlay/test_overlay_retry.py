"""RetryTransport / AsyncRetryTransport: 429 + Retry-After, idempotent 5xx and connection errors."""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from zohokit import NO_RETRIES, RetryPolicy
from zohokit.errors import RateLimitError
from zohokit.retry import (
    DEFAULT_MAX_ATTEMPTS,
    IDEMPOTENT_METHODS,
    AsyncRetryTransport,
    RetryTransport,
    can_replay,
    parse_retry_after,
)

NOW = 1_700_000_000.0
URL = "https://www.zohoapis.com/crm/v2/Leads"
POLICY = RetryPolicy(jitter=0.0)


@dataclass
class Script:
    """Answers requests from a list of responses / exceptions, recording each attempt."""

    steps: list[httpx.Response | Exception]
    attempts: list[tuple[str, bytes]] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts.append((request.method, request.read()))
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


@dataclass
class Sleeps:
    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def sync_send(
    script: Script, policy: RetryPolicy, method: str = "GET", **kwargs: object
) -> tuple[httpx.Response, Sleeps]:
    sleeps = Sleeps()
    transport = RetryTransport(httpx.MockTransport(script), policy, sleep=sleeps, clock=lambda: NOW, random=lambda: 0.5)
    with httpx.Client(transport=transport) as client:
        return client.request(method, URL, **kwargs), sleeps  # type: ignore[arg-type]


async def async_send(
    script: Script, policy: RetryPolicy, method: str = "GET", **kwargs: object
) -> tuple[httpx.Response, Sleeps]:
    sleeps = Sleeps()
    transport = AsyncRetryTransport(
        httpx.MockTransport(script), policy, sleep=sleeps.asleep, clock=lambda: NOW, random=lambda: 0.5
    )
    async with httpx.AsyncClient(transport=transport) as client:
        return await client.request(method, URL, **kwargs), sleeps  # type: ignore[arg-type]


def ok() -> httpx.Response:
    return httpx.Response(200, json={"data": []})


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json={"code": "X", "status": "error"}, headers=headers)


HTTP_DATE = email.utils.formatdate(NOW + 12, usegmt=True)

CASES: list[tuple[str, str, Callable[[], list[httpx.Response | Exception]], list[float], int]] = [
    # (id, method, steps, expected sleeps, expected final status)
    ("429-retry-after-seconds", "GET", lambda: [status(429, **{"Retry-After": "7"}), ok()], [7.0], 200),
    ("429-retry-after-date", "GET", lambda: [status(429, **{"Retry-After": HTTP_DATE}), ok()], [12.0], 200),
    ("429-post-is-retried", "POST", lambda: [status(429, **{"Retry-After": "1.5"}), ok()], [1.5], 200),
    ("429-without-retry-after-backs-off", "POST", lambda: [status(429), status(429), ok()], [0.5, 1.0], 200),
    ("503-retry-after-past-cap-returned", "GET", lambda: [status(503, **{"Retry-After": "3600"}), ok()], [], 503),
    ("503-get-retried-and-bounded", "GET", lambda: [status(503)], [0.5, 1.0, 2.0], 503),
    ("500-put-retried", "PUT", lambda: [status(500), ok()], [0.5], 200),
    ("502-delete-retried", "DELETE", lambda: [status(502), ok()], [0.5], 200),
    ("503-retry-after-honoured", "GET", lambda: [status(503, **{"Retry-After": "4"}), ok()], [4.0], 200),
    ("500-post-not-retried", "POST", lambda: [status(500), ok()], [], 500),
    ("501-not-retried", "GET", lambda: [status(501), ok()], [], 501),
    ("400-not-retried", "GET", lambda: [status(400), ok()], [], 400),
    ("connect-error-get-retried", "GET", lambda: [httpx.ConnectError("refused"), ok()], [0.5], 200),
    ("read-timeout-get-retried", "HEAD", lambda: [httpx.ReadTimeout("slow"), ok()], [0.5], 200),
]


@pytest.mark.parametrize(("method", "steps", "sleeps", "final"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_retry_sync(
    method: str, steps: Callable[[], list[httpx.Response | Exception]], sleeps: list[float], final: int
) -> None:
    script = Script(steps())
    response, slept = sync_send(script, POLICY, method)
    assert response.status_code == final
    assert slept.delays == sleeps
    assert len(script.attempts) == len(sleeps) + 1


@pytest.mark.parametrize(("method", "steps", "sleeps", "final"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_retry_async(
    method: str, steps: Callable[[], list[httpx.Response | Exception]], sleeps: list[float], final: int
) -> None:
    script = Script(steps())
    response, slept = await async_send(script, POLICY, method)
    assert response.status_code == final
    assert slept.delays == sleeps
    assert len(script.attempts) == len(sleeps) + 1


def test_post_connection_error_is_raised_without_retry_sync() -> None:
    script = Script([httpx.ConnectError("refused"), ok()])
    with pytest.raises(httpx.ConnectError):
        sync_send(script, POLICY, "POST", json={"data": [{}]})
    assert len(script.attempts) == 1


async def test_post_connection_error_is_raised_without_retry_async() -> None:
    script = Script([httpx.ConnectError("refused"), ok()])
    with pytest.raises(httpx.ConnectError):
        await async_send(script, POLICY, "POST", json={"data": [{}]})
    assert len(script.attempts) == 1


def test_connection_errors_exhaust_attempts_sync() -> None:
    script = Script([httpx.ConnectError("refused")])
    with pytest.raises(httpx.ConnectError):
        sync_send(script, RetryPolicy(max_attempts=3, jitter=0.0))
    assert len(script.attempts) == 3


async def test_connection_errors_exhaust_attempts_async() -> None:
    script = Script([httpx.ConnectError("refused")])
    with pytest.raises(httpx.ConnectError):
        await async_send(script, RetryPolicy(max_attempts=3, jitter=0.0))
    assert len(script.attempts) == 3


def test_retried_request_resends_the_same_body() -> None:
    script = Script([status(429, **{"Retry-After": "0"}), ok()])
    response, _ = sync_send(script, POLICY, "POST", json={"data": [{"Last_Name": "Doe"}]})
    assert response.status_code == 200
    assert script.attempts[0] == script.attempts[1] == ("POST", b'{"data":[{"Last_Name":"Doe"}]}')


def test_one_shot_streaming_body_is_not_retried() -> None:
    class Consuming(httpx.BaseTransport):
        """Like a real transport, iterates the body stream instead of buffering it."""

        def __init__(self) -> None:
            self.bodies: list[bytes] = []

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            assert isinstance(request.stream, httpx.SyncByteStream)
            self.bodies.append(b"".join(request.stream))
            return status(429, **{"Retry-After": "1"})

    def chunks() -> Iterator[bytes]:
        yield b"streamed"

    inner, sleeps = Consuming(), Sleeps()
    with httpx.Client(transport=RetryTransport(inner, POLICY, sleep=sleeps)) as client:
        response = client.put(URL, content=chunks())
    assert response.status_code == 429 and not sleeps.delays
    assert inner.bodies == [b"streamed"]


def test_no_retries_policy() -> None:
    script = Script([status(503), ok()])
    response, slept = sync_send(script, NO_RETRIES)
    assert response.status_code == 503 and not slept.delays and len(script.attempts) == 1


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(backoff_initial=1.0, backoff_multiplier=3.0, backoff_max=5.0, jitter=0.5)
    assert [policy.backoff(n, 0.0) for n in (1, 2, 3)] == [1.0, 3.0, 5.0]
    assert policy.backoff(2, 0.999999) == pytest.approx(1.5, rel=1e-4)  # at most half removed
    for value in (0.0, 0.3, 0.9):
        assert 1.5 <= policy.backoff(2, value) <= 3.0


def test_parse_retry_after() -> None:
    assert parse_retry_after("120", now=NOW) == 120.0
    assert parse_retry_after(" 2.5 ", now=NOW) == 2.5
    assert parse_retry_after(email.utils.formatdate(NOW - 30, usegmt=True), now=NOW) == 0.0
    assert parse_retry_after(email.utils.formatdate(NOW + 90, usegmt=True), now=NOW) == 90.0
    for bad in (None, "", "-3", "soon", "Mon, 99 Foo 2020"):
        assert parse_retry_after(bad, now=NOW) is None


RETRY_AFTER_CAP_CASES: list[tuple[str, RetryPolicy, list[str], list[float], float]] = [
    # (id, policy, Retry-After of each 429, expected sleeps, the retry_after the error carries)
    ("one-wait-past-the-default-cap", POLICY, ["3600"], [], 3600.0),
    ("waits-add-up-past-the-cap", POLICY, ["40", "40"], [40.0], 40.0),
    ("a-lower-cap", RetryPolicy(jitter=0.0, max_retry_after=5.0), ["7"], [], 7.0),
]


@pytest.mark.parametrize(
    ("policy", "waits", "sleeps", "carried"),
    [c[1:] for c in RETRY_AFTER_CAP_CASES],
    ids=[c[0] for c in RETRY_AFTER_CAP_CASES],
)
async def test_retry_after_past_the_cap_raises_rate_limit_error(
    policy: RetryPolicy, waits: list[str], sleeps: list[float], carried: float
) -> None:
    for send in ("sync", "async"):
        script = Script([status(429, **{"Retry-After": w}) for w in waits] + [ok()])
        with pytest.raises(RateLimitError) as caught:
            if send == "sync":
                sync_send(script, policy)
            else:
                await async_send(script, policy)
        assert caught.value.retry_after == carried
        assert caught.value.status_code == 429
        assert caught.value.code == "X"
        assert caught.value.request is not None
        assert len(script.attempts) == len(sleeps) + 1


def test_a_higher_cap_waits_the_long_retry_after() -> None:
    script = Script([status(429, **{"Retry-After": "3600"}), ok()])
    response, slept = sync_send(script, RetryPolicy(jitter=0.0, max_retry_after=3600.0))
    assert response.status_code == 200
    assert slept.delays == [3600.0]


def test_policy_defaults_and_validation() -> None:
    assert RetryPolicy().max_retry_after == 60.0
    assert RetryPolicy().max_attempts == DEFAULT_MAX_ATTEMPTS
    assert {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"} == set(IDEMPOTENT_METHODS)
    for bad in ({"max_attempts": 0}, {"jitter": 1.5}, {"backoff_multiplier": 0.5}, {"backoff_initial": -1}):
        with pytest.raises(ValueError):
            RetryPolicy(**bad)  # type: ignore[arg-type]


def test_can_replay() -> None:
    assert can_replay(httpx.Request("POST", URL, json={"a": 1}))
    assert can_replay(httpx.Request("POST", URL, files={"file": ("a.png", b"bytes", "image/png")}))
    assert not can_replay(httpx.Request("POST", URL, content=iter([b"x"])))
