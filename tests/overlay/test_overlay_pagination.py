"""Pagination over real generated operations: Zoho page/per_page and Connect limit/offset."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from zohokit_connect.api.recruitment import list_recruitments
from zohokit_recruit.api.associated_records import get_associated_records
from zohokit_recruit.api.submissions import change_submission_status

from zohokit import (
    NO_RETRIES,
    BadRequestError,
    Token,
    ZohoOAuth,
    aiter_items,
    aiter_pages,
    connect_client,
    iter_items,
    iter_pages,
    paged,
    zoho_client,
)
from zohokit.pagination import pagination_style

RECORDS = [{"id": str(1000 + i), "Job_Opening_ID": f"ZR_{i + 1}_JOB", "Posting_Title": f"Job {i}"} for i in range(5)]


@dataclass
class PagedServer:
    """Serves ``RECORDS`` Zoho style (page/per_page) and Connect style (limit/offset)."""

    records: list[dict[str, Any]] = field(default_factory=lambda: list(RECORDS))
    overrides: dict[int, httpx.Response] = field(default_factory=dict)
    queries: list[dict[str, str]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.queries.append(query)
        if "/v1/" in request.url.path:
            limit, offset = int(query["limit"]), int(query["offset"])
            chunk = self.records[offset : offset + limit]
            recruitments = [{"email": f"{r['id']}@example.no"} for r in chunk]
            return httpx.Response(200, json={"points": 50, "recruitments": recruitments})
        page = int(query["page"])
        if page in self.overrides:
            return self.overrides[page]
        per_page = int(query.get("per_page", "200"))
        chunk = self.records[(page - 1) * per_page : page * per_page]
        if not chunk:
            return httpx.Response(204)
        more = page * per_page < len(self.records)
        info = {"per_page": per_page, "count": len(chunk), "page": page, "more_records": more}
        return httpx.Response(200, json={"data": chunk, "info": info})

    def pages_requested(self) -> list[int]:
        return [int(q["page"]) for q in self.queries]


def recruit(server: PagedServer) -> Any:
    auth = ZohoOAuth("id", "secret", token=Token(access_token="tok", expires_at=4e9))
    return zoho_client("recruit", auth=auth, transport=httpx.MockTransport(server.handle), retry=NO_RETRIES)


def connect(server: PagedServer) -> Any:
    return connect_client(base_url="https://api.example.no/capi", transport=httpx.MockTransport(server.handle))


def ids(items: list[Any]) -> list[str]:
    return [item.id for item in items]


ASSOCIATED = {"module_api_name": "Candidates", "record_id": "42", "posting_title": "Engineer"}


# ---------------------------------------------------------------------- Zoho style


def test_zoho_items_across_pages_sync() -> None:
    server = PagedServer()
    params = {**ASSOCIATED, "per_page": 2}
    snapshot = dict(params)
    items = list(iter_items(get_associated_records.sync_detailed, client=recruit(server), **params))
    assert ids(items) == [r["id"] for r in RECORDS]
    assert server.pages_requested() == [1, 2, 3]
    assert {q["per_page"] for q in server.queries} == {"2"}
    assert {q["posting_title"] for q in server.queries} == {"Engineer"}
    assert params == snapshot  # the caller's arguments are untouched


async def test_zoho_items_across_pages_async() -> None:
    server = PagedServer()
    params = {**ASSOCIATED, "per_page": 2}
    snapshot = dict(params)
    items = [i async for i in aiter_items(get_associated_records.asyncio_detailed, client=recruit(server), **params)]
    assert ids(items) == [r["id"] for r in RECORDS]
    assert server.pages_requested() == [1, 2, 3]
    assert params == snapshot


def test_zoho_pages_start_page_and_positional_path_params_sync() -> None:
    server = PagedServer()
    pages = list(
        iter_pages(get_associated_records.sync_detailed, "Candidates", "42", client=recruit(server), page=2, per_page=2)
    )
    assert [len(p.parsed.data) for p in pages] == [2, 1]
    assert server.pages_requested() == [2, 3]
    assert all(p.status_code == 200 for p in pages)


async def test_zoho_pages_async() -> None:
    server = PagedServer()
    pages = [
        p async for p in aiter_pages(get_associated_records.asyncio_detailed, client=recruit(server), **ASSOCIATED)
    ]
    assert len(pages) == 1 and len(pages[0].parsed.data) == 5
    assert server.pages_requested() == [1]


@pytest.mark.parametrize(
    ("status", "body"),
    [(204, None), (200, {"data": [], "info": {"more_records": True}})],
    ids=["204", "empty-page-claiming-more"],
)
def test_zoho_stops_on_empty_answers_sync(status: int, body: Any) -> None:
    server = PagedServer(overrides={1: httpx.Response(status, json=body) if body else httpx.Response(status)})
    assert list(iter_pages(get_associated_records.sync_detailed, client=recruit(server), **ASSOCIATED)) == []
    assert server.pages_requested() == [1]


async def test_zoho_stops_on_204_async() -> None:
    server = PagedServer(overrides={1: httpx.Response(204)})
    assert [
        i async for i in aiter_items(get_associated_records.asyncio_detailed, client=recruit(server), **ASSOCIATED)
    ] == []
    assert server.pages_requested() == [1]


def test_zoho_stops_without_info_sync() -> None:
    server = PagedServer(overrides={1: httpx.Response(200, json={"data": RECORDS[:2]})})
    items = list(iter_items(get_associated_records.sync_detailed, client=recruit(server), **ASSOCIATED, per_page=2))
    assert len(items) == 2 and server.pages_requested() == [1]


def error_page() -> httpx.Response:
    return httpx.Response(400, json={"code": "INVALID_DATA", "details": {}, "message": "bad page", "status": "error"})


def test_zoho_error_page_raises_typed_error_sync() -> None:
    server = PagedServer(overrides={2: error_page()})
    seen: list[Any] = []
    with pytest.raises(BadRequestError, match="bad page"):
        for item in iter_items(get_associated_records.sync_detailed, client=recruit(server), **ASSOCIATED, per_page=2):
            seen.append(item)
    assert ids(seen) == ["1000", "1001"]


async def test_zoho_error_page_raises_typed_error_async() -> None:
    server = PagedServer(overrides={1: error_page()})
    with pytest.raises(BadRequestError):
        async for _ in aiter_pages(get_associated_records.asyncio_detailed, client=recruit(server), **ASSOCIATED):
            pass


def test_max_pages_bounds_requests() -> None:
    server = PagedServer()
    bounded = paged(get_associated_records.sync_detailed, max_pages=2)
    items = list(iter_items(bounded, client=recruit(server), **ASSOCIATED, per_page=1))
    assert len(items) == 2 and server.pages_requested() == [1, 2]
    pages = list(iter_pages(bounded, client=recruit(server), **ASSOCIATED, per_page=1))
    assert len(pages) == 2 and server.pages_requested() == [1, 2, 1, 2]
    with pytest.raises(ValueError, match="max_pages"):
        paged(get_associated_records.sync_detailed, max_pages=0)


async def test_max_pages_bounds_requests_async() -> None:
    server = PagedServer()
    bounded = paged(get_associated_records.asyncio_detailed, max_pages=3)
    items = [i async for i in aiter_items(bounded, client=recruit(server), **ASSOCIATED, per_page=1)]
    assert ids(items) == ["1000", "1001", "1002"] and server.pages_requested() == [1, 2, 3]


def test_pager_options_are_not_passed_to_the_operation() -> None:
    # Options go through paged(); a stray keyword reaches the operation, which refuses it.
    with pytest.raises(TypeError, match="max_pages"):
        list(iter_items(get_associated_records.sync_detailed, client=recruit(PagedServer()), max_pages=2))


# ---------------------------------------------------------------------- Connect style


def test_connect_limit_offset_sync() -> None:
    server = PagedServer()
    params = {"campaign": "Spring2019", "limit": 2}
    recruitments = paged(list_recruitments.sync_detailed, items=lambda page: page.recruitments)
    items = list(iter_items(recruitments, client=connect(server), **params))
    assert [i.email for i in items] == [f"{r['id']}@example.no" for r in RECORDS]
    assert [(q["limit"], q["offset"]) for q in server.queries] == [("2", "0"), ("2", "2"), ("2", "4")]
    assert params == {"campaign": "Spring2019", "limit": 2}


async def test_connect_limit_offset_async() -> None:
    server = PagedServer(records=list(RECORDS[:4]))
    pages = [
        p
        async for p in aiter_pages(
            paged(list_recruitments.asyncio_detailed, items="recruitments"),
            client=connect(server),
            campaign="C",
            limit=2,
        )
    ]
    assert [len(p.parsed.recruitments) for p in pages] == [2, 2]
    # a full last page needs one more (empty) request to know it was the last
    assert [q["offset"] for q in server.queries] == ["0", "2", "4"]


def test_connect_uses_the_operation_default_limit() -> None:
    server = PagedServer()
    items = list(
        iter_items(paged(list_recruitments.sync_detailed, items="recruitments"), client=connect(server), campaign="C")
    )
    assert len(items) == 5
    assert server.queries == [{"limit": "50", "offset": "0"}]


def test_connect_needs_items_name() -> None:
    with pytest.raises(TypeError, match="items="):
        list(iter_items(list_recruitments.sync_detailed, client=connect(PagedServer()), campaign="C"))
    misnamed = paged(list_recruitments.sync_detailed, items="records")
    with pytest.raises(TypeError, match="no attribute 'records'"):
        list(iter_items(misnamed, client=connect(PagedServer()), campaign="C"))


def test_paged_refuses_a_function_that_is_not_a_list_operation() -> None:
    with pytest.raises(TypeError, match="neither 'page' nor 'offset'"):
        paged(change_submission_status.sync_detailed, items="data")


# ---------------------------------------------------------------------- misuse


def test_non_list_operation_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="neither 'page' nor 'offset'"):
        list(iter_pages(change_submission_status.sync_detailed, client=None, submission_id="1"))
    with pytest.raises(TypeError, match="neither"):
        pagination_style(len)


def test_parsed_only_function_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="_detailed"):
        list(iter_items(get_associated_records.sync, client=recruit(PagedServer()), **ASSOCIATED))


async def test_sync_and_async_functions_are_not_mixed_up() -> None:
    server = PagedServer()
    fn: Callable[..., Any] = get_associated_records.asyncio_detailed
    with pytest.raises(TypeError, match="aiter_"):
        list(iter_pages(fn, client=recruit(server), **ASSOCIATED))
    with pytest.raises(TypeError, match="iter_"):
        async for _ in aiter_items(get_associated_records.sync_detailed, client=recruit(server), **ASSOCIATED):
            pass
    assert server.queries == []
