"""The refreshing-token ``httpx.Auth`` that Zoho OAuth and the Connect flows build on.

What it guarantees, for sync (``httpx.Client``) and async (``httpx.AsyncClient``) alike:

* **No I/O of its own.** A token request is *yielded* from the auth flow, so httpx sends it over
  the client's own transport: the real network, the emulator, or a ``MockTransport``.
* **Proactive refresh.** A token that expires within ``leeway`` seconds is renewed before use.
* **Reactive refresh, once.** A 401 that the scheme recognises as a rejected token
  (:meth:`TokenAuth._is_token_rejected`) triggers one renewal and one retry of the request,
  and only when the rejected token is still the current one: if another request renewed it in the
  meantime, the retry simply uses the newer token.
* **One renewal at a time.** Renewals are serialised by a ``threading.Lock`` (sync) and an
  ``asyncio.Lock`` per event loop (async), double-checked: 100 concurrent requests on an
  expired token cause exactly one token request. Zoho keeps at most 30 live access tokens per
  refresh token, so needless refreshes are harmful, not just slow. (A thread and an event loop
  refreshing at the same instant are not serialised against each other.)
* **Persistence.** With a :class:`~zohokit.stores.TokenStore`, the stored token is loaded on
  first use and re-checked before every renewal (another process may have renewed and saved);
  every new token is saved, then passed to ``on_token_update``. A store with an async side
  (:class:`~zohokit.stores.AsyncTokenStore`) is used through it by async requests.
* **One renewal per fleet.** When the store offers a lock (:class:`~zohokit.locks.LockingTokenStore`:
  a file lock on one machine, Redis across hosts), a renewal happens under it: the auth object
  takes the lock, reloads the stored token and renews only if that is still the stale one, so
  any number of processes sharing the store cause one token request per expiry.
* **Store faults do not fail calls that can succeed.** A store that cannot be read (corrupt,
  unreachable) is logged and ignored when this object has another way to a token (its own token,
  a refresh token given to the constructor); a store that cannot be written after a successful
  renewal is logged and the fresh token is used (``on_token_update`` still runs); a lock that
  cannot be taken is logged and the renewal goes ahead without it.
* **Hygiene.** Tokens and secrets never appear in ``repr``, logs or exception text; credentials
  are never sent over plain ``http://`` to a non-loopback host unless ``allow_insecure_http``.

Subclasses implement :meth:`TokenAuth._token_request` (how to get a new token given the current
one) and may override :meth:`TokenAuth._is_token_rejected`, :meth:`TokenAuth._secrets`,
:meth:`TokenAuth._repr_identity`, :attr:`TokenAuth.header_scheme` and
:attr:`TokenAuth.default_lifetime`. Their constructors take the options every token auth shares
as keywords (:class:`TokenAuthKeywords`) and pass them on unchanged; the base class holds them
in one value (:class:`TokenAuthOptions`) and keeps the single-use grant code a flow may start with
(:meth:`TokenAuth._grant_code_for_exchange`).
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import ClassVar, TypedDict, Unpack

import httpx

from ._per_loop import PerLoop
from ._redact import redact
from ._token_response import parse_token_response
from ._urls import require_secure_url
from .errors import TokenError
from .locks import LockingTokenStore, StoreLockError
from .stores import AsyncTokenStore, TokenStore
from .tokens import Token

logger = logging.getLogger("zohokit.auth")

DEFAULT_LEEWAY = 60.0
"""Seconds before expiry at which a token is renewed proactively."""

TokenCallback = Callable[[Token], None]
"""Called with every new token, after it has been saved to the store."""


@dataclass(frozen=True, kw_only=True)
class TokenAuthOptions:
    """The options every token auth takes, whatever its flow (each constructor's keywords of the
    same names; see :class:`TokenAuth` for their meaning). Raises ``ValueError`` for a negative
    ``leeway``."""

    token: Token | None = None
    store: TokenStore | None = None
    on_token_update: TokenCallback | None = None
    leeway: float = DEFAULT_LEEWAY
    clock: Callable[[], float] = time.time
    allow_insecure_http: bool = False

    def __post_init__(self) -> None:
        if self.leeway < 0:
            raise ValueError("leeway must be >= 0")
        object.__setattr__(self, "leeway", float(self.leeway))


class TokenAuthKeywords(TypedDict, total=False):
    """The keywords of :class:`TokenAuthOptions`, for the signatures of the auth constructors:
    ``**options: Unpack[TokenAuthKeywords]`` accepts each of them, type-checked, and nothing else."""

    token: Token | None
    store: TokenStore | None
    on_token_update: TokenCallback | None
    leeway: float
    clock: Callable[[], float]
    allow_insecure_http: bool


_Flow = Generator[httpx.Request, httpx.Response, None]
_AsyncFlow = AsyncGenerator[httpx.Request, httpx.Response]
_TokenFlow = Generator[httpx.Request, httpx.Response, Token | None]


class TokenAuth(httpx.Auth, abc.ABC):
    """Base class: attaches a bearer-style token and keeps it fresh (see the module doc).

    Args:
        token_url: the token endpoint (https, or http to a loopback host).
        grant_code: a single-use grant (authorization) code for the flow to exchange; it is
            forgotten once the token endpoint has answered an exchange, whatever the answer.
        token: the token to start with (``None``: load from ``store`` or obtain one).
        store: where tokens persist (see :mod:`zohokit.stores`).
        on_token_update: called with every new token, after the store saved it.
        leeway: renew this many seconds before expiry.
        clock: the wall clock (Unix seconds), injectable for tests.
        allow_insecure_http: permit ``http://`` to non-loopback hosts (never in production).
    """

    header_scheme: ClassVar[str] = "Bearer"
    """The scheme word of the ``Authorization`` header (``Bearer``, ``Zoho-oauthtoken``)."""

    default_lifetime: ClassVar[float | None] = None
    """Token lifetime assumed when a token response carries no expiry (``None``: unknown)."""

    def __init__(self, *, token_url: str, grant_code: str | None = None, **options: Unpack[TokenAuthKeywords]) -> None:
        self._options = TokenAuthOptions(**options)
        self._token_url = str(
            require_secure_url(token_url, allow_insecure_http=self._options.allow_insecure_http, what="token endpoint")
        )
        self._token = self._options.token
        self._grant_code = grant_code
        self._exchanging_grant_code = False
        self._thread_lock = threading.Lock()
        self._async_locks = PerLoop(asyncio.Lock)

    # ----------------------------------------------------------------- subclass hooks

    @abc.abstractmethod
    def _token_request(self, current: Token | None) -> httpx.Request | None:
        """The request that yields a new token, given the current token (``None`` if none).

        Return ``None`` when there is no way to obtain one (no refresh token, no grant code).
        Called with the renewal lock held; must not do I/O.
        """

    def _is_token_rejected(self, response: httpx.Response) -> bool:
        """Whether a 401 ``response`` (body already read) says the token is invalid or expired.

        The default says yes to every 401.
        """
        return response.status_code == 401

    def _secrets(self) -> list[str | None]:
        """Every secret this auth knows, to be redacted from error text."""
        token = self._token
        if token is None:
            return [self._grant_code]
        return [token.access_token, token.refresh_token, self._grant_code]

    def _repr_identity(self) -> dict[str, object]:
        """What ``repr`` shows before the token's state: what tells this auth apart (no secret)."""
        return {"token_url": self._token_url}

    # ----------------------------------------------------------------- the grant code

    def _grant_code_for_exchange(self) -> str | None:
        """The grant code for a token request, if one is left; from then on it counts as being
        exchanged, and it is forgotten when the token endpoint answers (a code is single-use)."""
        if not self._grant_code:
            return None
        self._exchanging_grant_code = True
        return self._grant_code

    def _forget_spent_grant_code(self) -> None:
        """After any token endpoint answer, success or not: a code sent in an exchange is spent."""
        if self._exchanging_grant_code:
            self._grant_code = None
            self._exchanging_grant_code = False

    # ----------------------------------------------------------------- public API

    @property
    def token(self) -> Token | None:
        """The current token (``None`` before the first one is loaded or obtained)."""
        return self._token

    @property
    def options(self) -> TokenAuthOptions:
        """The options this auth was made with (``options.token`` is the token it started with)."""
        return self._options

    @property
    def token_url(self) -> str:
        """The token endpoint."""
        return self._token_url

    def fetch_token(self, http: httpx.Client) -> Token:
        """Obtain a new token now by sending the token request with ``http`` (without auth).

        Use it to exchange a grant code eagerly, or to force a refresh. Raises
        :class:`~zohokit.errors.TokenError` when there is no way to get a token or the server
        refuses.
        """
        with self._thread_lock:
            current = self._reconcile(None, self._load_stored())
            request = self._required_token_request(current)
            response = http.send(request, auth=None)
            new = self._accept(response, current)
            self._save(new)
            return self._announce(new)

    async def afetch_token(self, http: httpx.AsyncClient) -> Token:
        """Async twin of :meth:`fetch_token`."""
        async with self._async_lock():
            current = self._reconcile(None, await self._aload_stored())
            request = self._required_token_request(current)
            response = await http.send(request, auth=None)
            new = self._accept(response, current)
            await self._asave(new)
            return self._announce(new)

    # ----------------------------------------------------------------- the flows

    def sync_auth_flow(self, request: httpx.Request) -> _Flow:
        self._check_request(request)
        token = yield from self._sync_token(None)
        if token is None:  # pragma: no cover - _sync_token raises instead when nothing rejected
            raise TokenError("no access token available")
        self._authorize(request, token)
        response = yield request
        if response.status_code != 401:
            return
        response.read()
        if not self._is_token_rejected(response):
            return
        renewed = yield from self._sync_token(token.access_token)
        if renewed is None or renewed.access_token == token.access_token:
            return
        self._authorize(request, renewed)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> _AsyncFlow:
        # The same steps as sync_auth_flow; an async generator cannot delegate with `yield from`,
        # so the "get a usable token" step is inlined and the single retry is a two-pass loop.
        self._check_request(request)
        rejected: str | None = None
        for _ in range(2):
            token = self._token
            if self._needs_new_token(token, rejected):
                async with self._async_lock():
                    token = self._reconcile(rejected, await self._aload_stored())
                    if self._needs_new_token(token, rejected):
                        async with self._astore_lock():
                            # Under the store's lock: another process may have renewed meanwhile.
                            token = self._reconcile(rejected, await self._aload_stored())
                            if self._needs_new_token(token, rejected):
                                token_request = self._token_request_or_none(token, rejected)
                                if token_request is not None:
                                    token_response = yield token_request
                                    await token_response.aread()
                                    token = self._accept(token_response, token)
                                    await self._asave(token)
                                    self._announce(token)
            if token is None or token.access_token is None or token.access_token == rejected:
                return
            self._authorize(request, token)
            response = yield request
            if response.status_code != 401 or rejected is not None:
                return
            await response.aread()
            if not self._is_token_rejected(response):
                return
            rejected = token.access_token

    def _sync_token(self, rejected: str | None) -> _TokenFlow:
        """Generator returning the token to use, yielding a token request when one is needed.

        After a rejection (``rejected`` set) with no way to renew, it returns the rejected token
        itself, and the caller gives up.
        """
        token = self._token
        if not self._needs_new_token(token, rejected):
            return token
        with self._thread_lock:
            token = self._reconcile(rejected, self._load_stored())
            if not self._needs_new_token(token, rejected):
                return token
            with self._store_lock():
                # Under the store's lock: another process may have renewed meanwhile.
                token = self._reconcile(rejected, self._load_stored())
                if not self._needs_new_token(token, rejected):
                    return token
                token_request = self._token_request_or_none(token, rejected)
                if token_request is None:
                    return token
                response = yield token_request
                response.read()
                new = self._accept(response, token)
                self._save(new)
                return self._announce(new)

    # ----------------------------------------------------------------- internals

    def _async_lock(self) -> asyncio.Lock:
        return self._async_locks.get()

    def _check_request(self, request: httpx.Request) -> None:
        require_secure_url(request.url, allow_insecure_http=self._options.allow_insecure_http, what="API request")

    def _authorize(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"{self.header_scheme} {token.access_token}"

    def _needs_new_token(self, token: Token | None, rejected: str | None) -> bool:
        if token is None or token.access_token is None:
            return True
        if rejected is not None and token.access_token == rejected:
            return True
        return token.expires_within(self._options.leeway, now=self._options.clock())

    def _reconcile(self, rejected: str | None, stored: Token | None) -> Token | None:
        """Adopt the ``stored`` token when it is better than ours (held lock; see module doc)."""
        current = self._token
        if stored is None or stored == current:
            return current
        if current is None or (
            stored.access_token != current.access_token and not self._needs_new_token(stored, rejected)
        ):
            if stored.refresh_token is None and current is not None:
                stored = stored.replace(refresh_token=current.refresh_token)
            self._token = stored
            return stored
        return current

    def _token_request_or_none(self, current: Token | None, rejected: str | None) -> httpx.Request | None:
        """The renewal request; ``None`` when we can still (or can only) use ``current``.

        Without a way to renew: after a rejection give up (the 401 stands); with an access
        token that has not expired yet, keep using it through the leeway; else raise.
        """
        request = self._token_request(current)
        if request is not None:
            logger.debug("%s: requesting a new token from %s", type(self).__name__, self._token_url)
            return request
        if rejected is not None:
            return None
        if (
            current is not None
            and current.access_token is not None
            and not current.expires_within(0.0, now=self._options.clock())
        ):
            return None
        raise TokenError("no valid access token and no refresh token or grant to obtain one")

    def _required_token_request(self, current: Token | None) -> httpx.Request:
        request = self._token_request(current)
        if request is None:
            raise TokenError("no refresh token or grant to obtain a token with")
        return request

    # ----------------------------------------------------------------- the store, fault-tolerant

    def _can_do_without_store(self) -> bool:
        """Whether a token can be had without the store: when we hold a token (an access token,
        or just a refresh token) or a grant code not yet exchanged."""
        return self._token is not None or self._grant_code is not None

    def _load_failed(self, exc: Exception) -> None:
        if not self._can_do_without_store():
            raise exc
        logger.warning(
            "%s: cannot read the token store (%s: %s); going on without it",
            type(self).__name__,
            type(exc).__name__,
            redact(str(exc), self._secrets()),
        )

    def _load_stored(self) -> Token | None:
        """The stored token; ``None`` without a store, or when it fails and we can do without."""
        if self._options.store is None:
            return None
        try:
            return self._options.store.load()
        except Exception as exc:
            self._load_failed(exc)
            return None

    async def _aload_stored(self) -> Token | None:
        """Async twin of :meth:`_load_stored` (uses the store's ``aload`` when it has one)."""
        store = self._options.store
        if store is None:
            return None
        try:
            return await store.aload() if isinstance(store, AsyncTokenStore) else store.load()
        except Exception as exc:
            self._load_failed(exc)
            return None

    def _save_failed(self, exc: Exception) -> None:
        logger.warning(
            "%s: cannot save the new token to the store (%s: %s); using it anyway",
            type(self).__name__,
            type(exc).__name__,
            redact(str(exc), self._secrets()),
        )

    def _save(self, token: Token) -> None:
        if self._options.store is None:
            return
        try:
            self._options.store.save(token)
        except Exception as exc:
            self._save_failed(exc)

    async def _asave(self, token: Token) -> None:
        store = self._options.store
        if store is None:
            return
        try:
            if isinstance(store, AsyncTokenStore):
                await store.asave(token)
            else:
                store.save(token)
        except Exception as exc:
            self._save_failed(exc)

    def _lock_failed(self, exc: StoreLockError) -> None:
        logger.warning("%s: renewing without the token store's lock: %s", type(self).__name__, exc)

    @contextlib.contextmanager
    def _store_lock(self) -> Iterator[None]:
        """The store's lock for a renewal, when it has one (see :mod:`zohokit.locks`)."""
        store = self._options.store
        with contextlib.ExitStack() as stack:
            if isinstance(store, LockingTokenStore):
                try:
                    stack.enter_context(store.lock())
                except StoreLockError as exc:
                    self._lock_failed(exc)
            yield

    @contextlib.asynccontextmanager
    async def _astore_lock(self) -> AsyncIterator[None]:
        """Async twin of :meth:`_store_lock`."""
        store = self._options.store
        async with contextlib.AsyncExitStack() as stack:
            if isinstance(store, LockingTokenStore):
                try:
                    await stack.enter_async_context(store.alock())
                except StoreLockError as exc:
                    self._lock_failed(exc)
            yield

    def _announce(self, token: Token) -> Token:
        """Tell ``on_token_update`` about a new (already saved) token; return it."""
        if self._options.on_token_update is not None:
            self._options.on_token_update(token)
        return token

    def _accept(self, response: httpx.Response, previous: Token | None) -> Token:
        """Turn a token response into the current token (the caller saves and announces it)."""
        try:
            new = parse_token_response(
                response,
                now=self._options.clock(),
                default_lifetime=self.default_lifetime,
                secrets=self._secrets(),
            )
        finally:
            self._forget_spent_grant_code()
        if previous is not None:
            if new.refresh_token is None and previous.refresh_token is not None:
                new = new.replace(refresh_token=previous.refresh_token)
            if new.api_domain is None and previous.api_domain is not None:
                new = new.replace(api_domain=previous.api_domain)
        self._token = new
        logger.debug("%s: obtained a new access token", type(self).__name__)
        return new

    def __repr__(self) -> str:
        token = self._token
        shown = {
            **self._repr_identity(),
            "has_access_token": token is not None and token.access_token is not None,
            "has_refresh_token": token is not None and token.refresh_token is not None,
            "expires_at": None if token is None else token.expires_at,
        }
        return f"{type(self).__name__}({', '.join(f'{name}={value!r}' for name, value in shown.items())})"


__all__ = ["DEFAULT_LEEWAY", "TokenAuth", "TokenAuthKeywords", "TokenAuthOptions", "TokenCallback"]
