"""Iterate the pages and items of any generated list operation, sync or async.

Pass the generated ``*_detailed`` function and its arguments::

    for record in iter_items(get_records.sync_detailed, client=crm, module_api_name="Leads"):
        ...
    async for record in aiter_items(get_records.asyncio_detailed, client=crm, ...):
        ...

The paging style comes from the function's signature:

* **Zoho** (has ``page``): CRM, Recruit, Bigin, notifications. Pages ``page, page + 1, ...``
  (starting at the ``page`` you pass, default 1, with your ``per_page`` if any). Stops after a
  page whose ``info.more_records`` is not true, on a page without items, and on a 204 (Zoho's
  empty answer). Items are ``parsed.data`` (or the attribute named by ``items=``).
* **Connect** (has ``offset``): ``limit``/``offset``. Stops on a page shorter than ``limit`` or
  empty. Items are the attribute named by ``items=`` (required, e.g. ``"recruitments"``);
  ``limit`` defaults to the operation's default, else :data:`DEFAULT_CONNECT_LIMIT`.

A function with neither parameter is not a list operation: :class:`TypeError`. Only pages with
items are yielded. A non-2xx page raises the typed :class:`~zohokit.errors.APIError`. The
caller's arguments are never modified; ``max_pages`` bounds the number of requests.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Literal, TypeVar, cast

from .errors import ParsedResponse, raise_for_response

R = TypeVar("R", bound=ParsedResponse[Any])

PaginationStyle = Literal["zoho", "connect"]

ZOHO_ITEMS_ATTRIBUTE = "data"
DEFAULT_CONNECT_LIMIT = 50
"""Connect's documented default ``limit``."""


def _parameters(fn: Callable[..., object]) -> Mapping[str, inspect.Parameter]:
    try:
        return inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return {}


def _name(fn: Callable[..., object]) -> str:
    qualname = getattr(fn, "__qualname__", None)
    if qualname is None:
        return repr(fn)
    module = getattr(fn, "__module__", None)
    return f"{module}.{qualname}" if module else str(qualname)


def pagination_style(fn: Callable[..., object]) -> PaginationStyle:
    """``"zoho"`` when ``fn`` takes ``page``, ``"connect"`` when it takes ``offset``, else TypeError."""
    parameters = _parameters(fn)
    if "page" in parameters:
        return "zoho"
    if "offset" in parameters:
        return "connect"
    raise TypeError(f"{_name(fn)} takes neither 'page' nor 'offset': it is not a paginated list operation")


class _Pager:
    """The paging state machine shared by the sync and async iterators."""

    def __init__(
        self,
        fn: Callable[..., object],
        params: Mapping[str, Any],
        items: str | None,
        max_pages: int | None,
    ) -> None:
        self.name = _name(fn)
        self.style = pagination_style(fn)
        if max_pages is not None and max_pages < 1:
            raise ValueError("max_pages must be >= 1")
        self.max_pages = max_pages
        self.pages = 0
        self.params = dict(params)
        if self.style == "zoho":
            self.items = items or ZOHO_ITEMS_ATTRIBUTE
            self.page = _int_or(params.get("page"), 1)
        else:
            if not items:
                raise TypeError(
                    f"{self.name} pages with limit/offset: pass items=, the name of the list "
                    "attribute of its response (for example items='recruitments')"
                )
            self.items = items
            limit_parameter = _parameters(fn).get("limit")
            default = None if limit_parameter is None else limit_parameter.default
            self.limit = _int_or(params.get("limit"), _int_or(default, DEFAULT_CONNECT_LIMIT))
            if self.limit < 1:
                raise ValueError("limit must be >= 1")
            self.offset = _int_or(params.get("offset"), 0)

    def call_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of the next call: a fresh dict every time."""
        if self.style == "zoho":
            return {**self.params, "page": self.page}
        return {**self.params, "limit": self.limit, "offset": self.offset}

    def accept(self, response: object) -> tuple[list[Any], bool]:
        """Check one page; return its items and whether another page should be fetched."""
        if not hasattr(response, "status_code") or not hasattr(response, "parsed"):
            raise TypeError(
                f"{self.name} returned {type(response).__name__}, not a Response: pass the "
                "*_detailed (or asyncio_detailed) function"
            )
        checked = cast(ParsedResponse[Any], response)
        raise_for_response(checked)
        self.pages += 1
        parsed = checked.parsed
        if parsed is None:
            return [], False
        if not hasattr(parsed, self.items):
            raise TypeError(f"{type(parsed).__name__} returned by {self.name} has no attribute {self.items!r}")
        value = getattr(parsed, self.items)
        page_items = list(value) if isinstance(value, list) else []
        if not page_items:
            return [], False
        if self.style == "zoho":
            info = getattr(parsed, "info", None)
            more = getattr(info, "more_records", None) is True
            self.page += 1
        else:
            more = len(page_items) >= self.limit
            self.offset += len(page_items)
        if self.max_pages is not None and self.pages >= self.max_pages:
            more = False
        return page_items, more


def _int_or(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _require_sync(fn: Callable[..., object]) -> None:
    if inspect.iscoroutinefunction(fn):
        raise TypeError("this is an async function: use aiter_pages / aiter_items")


def _require_async(fn: Callable[..., object]) -> None:
    if not inspect.iscoroutinefunction(fn):
        raise TypeError("this is not an async function: use iter_pages / iter_items")


def iter_pages(
    fn: Callable[..., R],
    /,
    *args: Any,
    items: str | None = None,
    max_pages: int | None = None,
    **params: Any,
) -> Iterator[R]:
    """Yield each page (the generated ``Response``) of ``fn(*args, **params)`` with items."""
    _require_sync(fn)
    pager = _Pager(fn, params, items, max_pages)
    while True:
        response = fn(*args, **pager.call_kwargs())
        page_items, more = pager.accept(response)
        if page_items:
            yield response
        if not more:
            return
        del response, page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


def iter_items(
    fn: Callable[..., ParsedResponse[Any]],
    /,
    *args: Any,
    items: str | None = None,
    max_pages: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Yield every item (a generated model object) of every page of ``fn(*args, **params)``."""
    _require_sync(fn)
    pager = _Pager(fn, params, items, max_pages)
    while True:
        page_items, more = pager.accept(fn(*args, **pager.call_kwargs()))
        yield from page_items
        if not more:
            return
        del page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


async def aiter_pages(
    fn: Callable[..., Awaitable[R]],
    /,
    *args: Any,
    items: str | None = None,
    max_pages: int | None = None,
    **params: Any,
) -> AsyncIterator[R]:
    """Async twin of :func:`iter_pages`, for ``asyncio_detailed`` functions."""
    _require_async(fn)
    pager = _Pager(fn, params, items, max_pages)
    while True:
        response = await fn(*args, **pager.call_kwargs())
        page_items, more = pager.accept(response)
        if page_items:
            yield response
        if not more:
            return
        del response, page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


async def aiter_items(
    fn: Callable[..., Awaitable[ParsedResponse[Any]]],
    /,
    *args: Any,
    items: str | None = None,
    max_pages: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """Async twin of :func:`iter_items`, for ``asyncio_detailed`` functions."""
    _require_async(fn)
    pager = _Pager(fn, params, items, max_pages)
    while True:
        page_items, more = pager.accept(await fn(*args, **pager.call_kwargs()))
        for item in page_items:
            yield item
        if not more:
            return
        del item, page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


__all__ = [
    "DEFAULT_CONNECT_LIMIT",
    "ZOHO_ITEMS_ATTRIBUTE",
    "PaginationStyle",
    "aiter_items",
    "aiter_pages",
    "iter_items",
    "iter_pages",
    "pagination_style",
]
