"""Iterate the pages and items of any generated list operation, sync or async.

Pass the generated ``*_detailed`` function and its arguments::

    for record in iter_items(get_records.sync_detailed, "Leads", client=crm):
        ...
    async for record in aiter_items(get_records.asyncio_detailed, "Leads", client=crm):
        ...
    for page in iter_pages(get_records.sync_detailed, "Leads", client=crm, per_page=200):
        ...

The arguments are checked against the operation's signature by a type checker (``per_pag=5`` is
an error), and the results keep the operation's types: :func:`iter_pages` yields the operation's
own ``Response``, :func:`iter_items` the item model of its page (``Record`` for CRM records).

Options of the iteration itself go through :func:`paged`, which wraps the operation::

    pager = paged(list_recruitments.sync_detailed, items=lambda page: page.recruitments, max_pages=3)
    for recruitment in iter_items(pager, campaign_id, client=connect, limit=50):
        ...

The paging style comes from the function's signature:

* **Zoho** (has ``page``): CRM, Recruit, Bigin, notifications. Pages ``page, page + 1, ...``
  (starting at the ``page`` you pass, default 1, with your ``per_page`` if any). Stops after a
  page whose ``info.more_records`` is not true, on a page without items, and on a 204 (Zoho's
  empty answer). Items are ``parsed.data`` unless :func:`paged` says otherwise.
* **Connect** (has ``offset``): ``limit``/``offset``. Stops on a page shorter than ``limit`` or
  empty. Its pages have no ``data``: :func:`paged` must say where the items are (``items=``,
  e.g. ``lambda page: page.recruitments`` or the attribute name ``"recruitments"``); ``limit``
  defaults to the operation's default, else :data:`DEFAULT_CONNECT_LIMIT`.

A function with neither parameter is not a list operation: :class:`TypeError`. Only pages with
items are yielded. A non-2xx page raises the typed :class:`~zohokit.errors.APIError`. The
caller's arguments are never modified; ``max_pages`` bounds the number of requests.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Literal, ParamSpec, Protocol, TypeVar, cast, overload

from .errors import ParsedResponse, raise_for_response

P = ParamSpec("P")
R = TypeVar("R", bound=ParsedResponse[Any])
S = TypeVar("S")
I = TypeVar("I")  # noqa: E741 - the item type, as in the generic pagers of other SDKs
I_co = TypeVar("I_co", covariant=True)
S_co = TypeVar("S_co", covariant=True)

PaginationStyle = Literal["zoho", "connect"]


class UnsetLike(Protocol):
    """The generated packages' ``Unset`` (``zohokit_runtime.types.Unset``, shared by all of them): always false."""

    def __bool__(self) -> Literal[False]: ...


class ZohoPage(Protocol[I_co]):
    """A Zoho list page (``RecordsResponse``, ``UsersResponse``, ...): its items are in ``data``."""

    @property
    def data(self) -> Sequence[I_co] | UnsetLike: ...


ZP = TypeVar("ZP", bound=ZohoPage[Any] | None)

ItemsOf = Callable[[S], Sequence[I] | UnsetLike]
"""Picks the items out of a page model, e.g. ``lambda page: page.recruitments``."""


class PagedOperation:
    """A list operation with iteration options, made by :func:`paged` and read by the pagers.

    Its subclasses differ only in what they tell a type checker: sync or async, and where the
    items are (``items=``, or Zoho's ``data``). They are unrelated to each other on purpose, so
    that a type checker infers a :func:`paged` call nested in a pager's call on its own.
    """

    def __init__(self, fn: Callable[..., object], items: str | ItemsOf[Any, Any] | None, max_pages: int | None) -> None:
        self.fn = fn
        self.items = items
        self.max_pages = max_pages


class Paged(PagedOperation, Generic[P, S_co, I_co]):
    """A sync list operation whose items ``items=`` picks: page model ``S_co``, items ``I_co``."""


class AsyncPaged(PagedOperation, Generic[P, S_co, I_co]):
    """The async twin of :class:`Paged`."""


class ZohoPaged(PagedOperation, Generic[P, S_co]):
    """A sync Zoho list operation (items in ``data``) with iteration options; page model ``S_co``."""


class AsyncZohoPaged(PagedOperation, Generic[P, S_co]):
    """The async twin of :class:`ZohoPaged`."""


@overload
def paged(
    fn: Callable[P, Awaitable[ParsedResponse[S]]], /, *, items: ItemsOf[S, I], max_pages: int | None = None
) -> AsyncPaged[P, S, I]: ...


@overload
def paged(
    fn: Callable[P, Awaitable[ParsedResponse[S]]], /, *, items: str, max_pages: int | None = None
) -> AsyncPaged[P, S, Any]: ...


@overload
def paged(
    fn: Callable[P, Awaitable[ParsedResponse[ZP]]], /, *, max_pages: int | None = None
) -> AsyncZohoPaged[P, ZP]: ...


@overload
def paged(
    fn: Callable[P, ParsedResponse[S]], /, *, items: ItemsOf[S, I], max_pages: int | None = None
) -> Paged[P, S, I]: ...


@overload
def paged(fn: Callable[P, ParsedResponse[S]], /, *, items: str, max_pages: int | None = None) -> Paged[P, S, Any]: ...


@overload
def paged(fn: Callable[P, ParsedResponse[ZP]], /, *, max_pages: int | None = None) -> ZohoPaged[P, ZP]: ...


def paged(
    fn: Callable[..., Any],
    /,
    *,
    items: str | ItemsOf[Any, Any] | None = None,
    max_pages: int | None = None,
) -> PagedOperation:
    """``fn`` with iteration options, to pass to the pagers in its place.

    Args:
        fn: a generated ``sync_detailed`` or ``asyncio_detailed`` list operation.
        items: where a page's items are: a function of the page model (typed: the pagers then
            yield what it returns) or an attribute name. Default: Zoho's ``data``.
        max_pages: at most this many requests (>= 1).

    Raises ``ValueError`` for ``max_pages`` below 1 and ``TypeError`` for a function that is not
    a list operation.
    """
    if max_pages is not None and max_pages < 1:
        raise ValueError("max_pages must be >= 1")
    pagination_style(fn)
    if inspect.iscoroutinefunction(fn):
        return AsyncPaged(fn, items, max_pages) if items is not None else AsyncZohoPaged(fn, items, max_pages)
    return Paged(fn, items, max_pages) if items is not None else ZohoPaged(fn, items, max_pages)


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
        items: str | ItemsOf[Any, Any] | None,
        max_pages: int | None,
    ) -> None:
        self.name = _name(fn)
        self.style = pagination_style(fn)
        if max_pages is not None and max_pages < 1:
            raise ValueError("max_pages must be >= 1")
        self.max_pages = max_pages
        self.pages = 0
        self.params = dict(params)
        self.items: str | ItemsOf[Any, Any]
        if self.style == "zoho":
            self.items = items or ZOHO_ITEMS_ATTRIBUTE
            self.page = _int_or(params.get("page"), 1)
        else:
            if not items:
                raise TypeError(
                    f"{self.name} pages with limit/offset: wrap it with paged(..., items=...) naming "
                    "the list of its response (for example items=lambda page: page.recruitments)"
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
        if callable(self.items):
            value = self.items(parsed)
        elif hasattr(parsed, self.items):
            value = getattr(parsed, self.items)
        else:
            raise TypeError(f"{type(parsed).__name__} returned by {self.name} has no attribute {self.items!r}")
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


def _start(fn: object, kwargs: dict[str, Any], sync: bool) -> tuple[Callable[..., Any], _Pager]:
    """The operation behind ``fn`` (a :func:`paged` wrapper or the operation itself) and the pager
    of one walk over its pages, which starts from the caller's ``kwargs``."""
    if isinstance(fn, PagedOperation):
        operation, items, max_pages = fn.fn, fn.items, fn.max_pages
    else:
        operation, items, max_pages = cast(Callable[..., Any], fn), None, None
    if sync:
        _require_sync(operation)
    else:
        _require_async(operation)
    return operation, _Pager(operation, kwargs, items, max_pages)


@overload
def iter_pages(fn: ZohoPaged[P, S], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[ParsedResponse[S]]: ...


@overload
def iter_pages(fn: Paged[P, S, I], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[ParsedResponse[S]]: ...


@overload
def iter_pages(fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[R]: ...


def iter_pages(fn: Any, /, *args: Any, **kwargs: Any) -> Iterator[Any]:
    """Yield each page (the generated ``Response``) of ``fn(*args, **kwargs)`` that has items."""
    operation, pager = _start(fn, kwargs, sync=True)
    while True:
        response = operation(*args, **pager.call_kwargs())
        page_items, more = pager.accept(response)
        if page_items:
            yield response
        if not more:
            return
        del response, page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


@overload
def iter_items(fn: ZohoPaged[P, ZohoPage[I] | None], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[I]: ...


@overload
def iter_items(fn: Paged[P, S, I], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[I]: ...


@overload
def iter_items(
    fn: Callable[P, ParsedResponse[ZohoPage[I] | None]], /, *args: P.args, **kwargs: P.kwargs
) -> Iterator[I]: ...


def iter_items(fn: Any, /, *args: Any, **kwargs: Any) -> Iterator[Any]:
    """Yield every item (a generated model object) of every page of ``fn(*args, **kwargs)``."""
    operation, pager = _start(fn, kwargs, sync=True)
    while True:
        page_items, more = pager.accept(operation(*args, **pager.call_kwargs()))
        yield from page_items
        if not more:
            return
        del page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


@overload
def aiter_pages(fn: AsyncZohoPaged[P, S], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[ParsedResponse[S]]: ...


@overload
def aiter_pages(fn: AsyncPaged[P, S, I], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[ParsedResponse[S]]: ...


@overload
def aiter_pages(fn: Callable[P, Awaitable[R]], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[R]: ...


async def aiter_pages(fn: Any, /, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
    """Async twin of :func:`iter_pages`, for ``asyncio_detailed`` functions."""
    operation, pager = _start(fn, kwargs, sync=False)
    while True:
        response = await operation(*args, **pager.call_kwargs())
        page_items, more = pager.accept(response)
        if page_items:
            yield response
        if not more:
            return
        del response, page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


@overload
def aiter_items(
    fn: AsyncZohoPaged[P, ZohoPage[I] | None], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[I]: ...


@overload
def aiter_items(fn: AsyncPaged[P, S, I], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[I]: ...


@overload
def aiter_items(
    fn: Callable[P, Awaitable[ParsedResponse[ZohoPage[I] | None]]], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[I]: ...


async def aiter_items(fn: Any, /, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
    """Async twin of :func:`iter_items`, for ``asyncio_detailed`` functions."""
    operation, pager = _start(fn, kwargs, sync=False)
    while True:
        page_items, more = pager.accept(await operation(*args, **pager.call_kwargs()))
        for item in page_items:
            yield item
        if not more:
            return
        del item, page_items  # not kept alive (nor scanned by the GC) while the next page is parsed


__all__ = [
    "DEFAULT_CONNECT_LIMIT",
    "ZOHO_ITEMS_ATTRIBUTE",
    "AsyncPaged",
    "AsyncZohoPaged",
    "ItemsOf",
    "Paged",
    "PagedOperation",
    "PaginationStyle",
    "UnsetLike",
    "ZohoPage",
    "ZohoPaged",
    "aiter_items",
    "aiter_pages",
    "iter_items",
    "iter_pages",
    "paged",
    "pagination_style",
]
