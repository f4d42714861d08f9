"""ReleasingResponse: a closed response lets go of its stream, so reference counting frees it.

httpx's clients point each response's stream back at the response; without the release that
cycle (and the body, request and transport objects hanging off it) waits for the cyclic garbage
collector. The tests turn the collector off and check that dropping the last reference frees the
response, for every way httpx closes one."""

from __future__ import annotations

import gc
import weakref
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from zohokit.response_release import DETACHED_STREAM, ReleasingResponse
from zohokit.transports import DualTransport, build_transport

BODY = b'{"data": [{"id": "1"}]}'
URL = "https://www.zohoapis.com/crm/v2/Leads"


def _stack() -> DualTransport:
    return build_transport(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=BODY)))


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The cyclic garbage collector off for the test, so only reference counting frees objects."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("collector_off")
def test_a_read_response_is_freed_by_reference_counting() -> None:
    with httpx.Client(transport=_stack()) as client:
        response = client.get(URL)
        assert isinstance(response, ReleasingResponse) and response.is_closed
        assert response.stream is DETACHED_STREAM and response.content == BODY
        assert response.elapsed.total_seconds() >= 0  # httpx's stream set it before letting go
        freed = weakref.ref(response)
        del response
        assert freed() is None


@pytest.mark.usefixtures("collector_off")
async def test_a_read_async_response_is_freed_by_reference_counting() -> None:
    async with httpx.AsyncClient(transport=_stack()) as client:
        response = await client.get(URL)
        assert response.stream is DETACHED_STREAM and response.json() == {"data": [{"id": "1"}]}
        freed = weakref.ref(response)
        del response
        assert freed() is None


@pytest.mark.usefixtures("collector_off")
async def test_a_streamed_response_is_released_when_its_block_ends() -> None:
    async with httpx.AsyncClient(transport=_stack()) as client:
        async with client.stream("GET", URL) as response:
            assert response.stream is not DETACHED_STREAM  # open: the body is still to be read
        assert response.is_closed and response.stream is DETACHED_STREAM
        with pytest.raises(httpx.StreamClosed):
            await response.aread()  # closed unread: the body is gone, as with httpx's own responses
        freed = weakref.ref(response)
        del response
        assert freed() is None


def test_a_closed_response_closes_again_quietly_and_refuses_reading() -> None:
    response = ReleasingResponse(200, content=BODY)
    response.read()
    response.close()
    assert response.stream is DETACHED_STREAM and response.content == BODY
    response.close()  # closing twice does nothing, as with httpx.Response
    with pytest.raises(httpx.StreamClosed):
        list(DETACHED_STREAM)


async def test_the_detached_stream_refuses_async_reading_too() -> None:
    await DETACHED_STREAM.aclose()
    with pytest.raises(httpx.StreamClosed):
        async for _ in DETACHED_STREAM:
            pass


def test_closing_an_async_stream_synchronously_keeps_it() -> None:
    class Chunks(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield BODY

    response = ReleasingResponse(200, stream=Chunks())
    with pytest.raises(RuntimeError):
        response.close()  # httpx refuses; the response stays open with its stream
    assert not response.is_closed and isinstance(response.stream, Chunks)
