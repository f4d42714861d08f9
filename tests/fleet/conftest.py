"""Fleet suites: worker processes against the emulator, sharing a real Redis server.

``redis_server`` starts a throw-away ``redis-server`` on a free loopback port once per test
session and stops it at the end; ``make test`` installs the server (``make redis-server``) when
it is missing. Worker processes come from a forkserver that has imported the worker module once,
so each of them starts in milliseconds rather than re-importing the kit.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.forkserver
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from bench.redis_server import RedisServer
from zohokit_emulator import EmulatorServer

from .workers import Target

T = TypeVar("T")


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The server's URL, emptied before the test."""
    redis_server.flush()
    return redis_server.url


@pytest.fixture
def closing() -> Iterator[Callable[[T], T]]:
    """``closing(thing)`` returns ``thing`` and closes it (``thing.close()``) after the test: Redis
    clients left to the garbage collector would warn about their sockets in a later test."""
    things: list[Any] = []

    def keep(thing: T) -> T:
        things.append(thing)
        return thing

    yield keep
    for thing in reversed(things):
        thing.close()


@pytest.fixture(scope="module")
def emulator_server() -> Iterator[EmulatorServer]:
    with EmulatorServer() as running:
        yield running


@pytest.fixture
def control(emulator_server: EmulatorServer) -> Iterator[httpx.Client]:
    """The emulator's /_emulator/ control routes, after a reset."""
    with httpx.Client(base_url=emulator_server.url, timeout=30) as http:
        http.post("/_emulator/reset").raise_for_status()
        yield http


@pytest.fixture
def target(emulator_server: EmulatorServer, control: httpx.Client) -> Target:
    return Target(emulator_server.url)


@pytest.fixture(scope="session")
def processes() -> multiprocessing.context.ForkServerContext:
    """Where worker processes come from (separate OS processes, not threads)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.fleet.workers"])
    # The forkserver imports the preloaded module before it learns this process's sys.path
    # (Python 3.11 ignores it there), so it gets the path through its environment, once.
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        if saved is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = saved
    return context
