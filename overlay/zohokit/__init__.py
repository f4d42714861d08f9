"""zohokit: the hand-written overlay for the generated Zoho CRM, Recruit, Bigin and Connect clients.

It adds what code generation cannot: OAuth token handling (Zoho multi-data-centre refresh tokens,
Connect client-credentials and authorization-code flows), typed errors and per-record results,
retries and concurrency limits at the transport, pagination iterators, and one call that builds a
ready-to-use client. Everything works for sync and async code alike.

The top level (``__all__``) holds what applications call: client factories, auth and token
stores, errors and results, pagination, Bulk Read helpers and the emulator's clients. The
transports that put retries, limits and the async stack together (``RetryTransport``,
``LimitedTransport``, ``DualTransport``, ``build_transport``, ...) are building blocks: import
them from their modules. Async twins follow httpx's rule: ``Async*`` classes, ``a*`` functions.

Modules, one concern each:

======================  ==========================================================================
``errors``              the exception hierarchy, ``api_error``, ``raise_for_response``, ``unwrap``
``results``             ``record_results``: per-record outcomes of multi-record writes
``resubmit``            ``split_failed``: the failed records of a write, retryable or not
``batch_writes``        ``write_records``, ``awrite_records``: any number of records, in chunks of 100
``notifications``       ``ChannelKeeper``, ``AsyncChannelKeeper``: notification channels kept alive
``notification_events`` ``parse_notification``: incoming notifications verified, as typed events
``tokens``              the immutable ``Token``
``stores``              ``TokenStore`` protocol, ``MemoryTokenStore``, ``FileTokenStore``
``locks``               ``LockingTokenStore``: the lock a shared token store offers (one refresh per fleet)
``redis_store``         ``RedisTokenStore``: one token for a fleet on several hosts (``zohokit[redis]``)
``token_auth``          ``TokenAuth``: the refreshing ``httpx.Auth`` base (locks, leeway, 401 retry)
``zoho_auth``           ``ZohoOAuth``, ``authorization_url``, ``parse_grant_redirect``
``connect_auth``        ``ConnectClientCredentials``, ``ConnectAuthorizationCode``
``datacenters``         the Zoho data centres and API base paths
``retry``               ``RetryPolicy``; ``RetryTransport``, ``AsyncRetryTransport``
``limits``              ``ConcurrencyLimit`` and the limited transports
``shared_limits``       ``SharedConcurrencyLimit``: one concurrency limit for a fleet, on Redis
``credits``             ``CreditBudget``, ``zoho_credit_cost``: the org's API credits, on Redis
``transports``          ``DualTransport``, ``build_transport``, ``default_async_transport``
``aiohttp_transport``   ``AiohttpTransport``: async requests over aiohttp (``zohokit[aiohttp]``)
``json_bodies``         ``FastJSONResponse``: JSON bodies decoded by msgspec (``zohokit[speedups]``)
``response_release``    ``ReleasingResponse``: closed responses drop their stream (no cycles)
``pagination``          ``iter_pages``, ``iter_items``, ``aiter_pages``, ``aiter_items``, ``paged``
``clients``             ``zoho_client``, ``connect_client``
``client_options``      the typed keyword arguments of the client factories
``testing``             ``Emulator``, ``emulator``: clients and controls of a running local emulator
``pytest_plugin``       the ``zoho_emulator`` fixture (``pip install 'zohokit[emulator]'``)
``bulk``                Bulk Read: wait for a job, stream the ZIP to disk, read CSV rows lazily
======================  ==========================================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .batch_writes import ResubmitPolicy, WriteInterrupted, awrite_records, write_records
from .bulk import (
    BulkJobFailed,
    adownload_bulk_result,
    await_bulk_job,
    bulk_job_id,
    download_bulk_result,
    iter_bulk_rows,
    wait_bulk_job,
)
from .clients import (
    CONNECT_PRODUCTION_URL,
    DEFAULT_TIMEOUT,
    connect_client,
    resolve_base_url,
    zoho_client,
)
from .connect_auth import (
    CONNECTID_AUTHORIZE_URL,
    CONNECTID_TOKEN_URL,
    ConnectAuthorizationCode,
    ConnectClientCredentials,
    connect_authorization_url,
    pkce_pair,
)
from .datacenters import (
    API_BASE_PATHS,
    DATA_CENTERS,
    DataCenter,
    api_base_url,
    data_center_for_url,
    get_data_center,
)
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    InsecureTransportError,
    MethodNotAllowedError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenError,
    UnexpectedResponseError,
    UnsupportedMediaTypeError,
    ZohoKitError,
    api_error,
    raise_for_response,
    unwrap,
)
from .limits import (
    EDITION_CONCURRENCY,
    ENTERPRISE_EDITION_CONCURRENCY,
    FREE_EDITION_CONCURRENCY,
    PROFESSIONAL_EDITION_CONCURRENCY,
    STANDARD_EDITION_CONCURRENCY,
    ULTIMATE_EDITION_CONCURRENCY,
    ConcurrencyLimit,
)
from .locks import LockingTokenStore, StoreLockError, StoreLockTimeout
from .notification_events import (
    MalformedNotificationError,
    NotificationError,
    NotificationEvent,
    NotificationMethodError,
    NotificationOperation,
    NotificationTokenError,
    UnknownChannelError,
    parse_notification,
)
from .notifications import AsyncChannelKeeper, ChannelAction, ChannelKeeper, ChannelReport, ChannelSpec
from .pagination import aiter_items, aiter_pages, iter_items, iter_pages, paged
from .resubmit import RETRYABLE_CODES, FailedRecord, FailedRecords, is_retryable, split_failed
from .results import RecordResult, failed, record_results
from .retry import NO_RETRIES, RetryPolicy
from .stores import AsyncTokenStore, FileTokenStore, MemoryTokenStore, TokenStore
from .testing import (
    EMULATOR_CLIENT_ID,
    EMULATOR_CLIENT_SECRET,
    EMULATOR_CONNECT_CLIENT_ID,
    EMULATOR_CONNECT_CLIENT_SECRET,
    EMULATOR_REFRESH_TOKEN,
    EMULATOR_URL,
    Emulator,
    emulator,
)
from .token_auth import DEFAULT_LEEWAY, TokenAuth
from .tokens import Token
from .zoho_auth import GrantRedirect, ZohoOAuth, authorization_url, parse_grant_redirect

if TYPE_CHECKING:  # the names below need redis-py (zohokit[redis]); imported on first use
    from .credits import CreditBudget, CreditBudgetExhausted, CreditedTransport, zoho_credit_cost
    from .redis_store import RedisStoreError, RedisTokenStore
    from .shared_limits import SharedConcurrencyLimit, SharedLimitUnavailable, SlotWaitTimeout

_NEEDS_REDIS = {
    "CreditBudget": "credits",
    "CreditBudgetExhausted": "credits",
    "CreditedTransport": "credits",
    "zoho_credit_cost": "credits",
    "RedisStoreError": "redis_store",
    "RedisTokenStore": "redis_store",
    "SharedConcurrencyLimit": "shared_limits",
    "SharedLimitUnavailable": "shared_limits",
    "SlotWaitTimeout": "shared_limits",
}


def __getattr__(name: str) -> Any:
    """The fleet names (Redis store, shared limits, credits) load redis-py only when used."""
    module = _NEEDS_REDIS.get(name)
    if module is None:
        raise AttributeError(f"module 'zohokit' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)


__version__ = "0.1.0"

__all__ = [
    "API_BASE_PATHS",
    "CONNECTID_AUTHORIZE_URL",
    "CONNECTID_TOKEN_URL",
    "CONNECT_PRODUCTION_URL",
    "DATA_CENTERS",
    "DEFAULT_LEEWAY",
    "DEFAULT_TIMEOUT",
    "EDITION_CONCURRENCY",
    "EMULATOR_CLIENT_ID",
    "EMULATOR_CLIENT_SECRET",
    "EMULATOR_CONNECT_CLIENT_ID",
    "EMULATOR_CONNECT_CLIENT_SECRET",
    "EMULATOR_REFRESH_TOKEN",
    "EMULATOR_URL",
    "ENTERPRISE_EDITION_CONCURRENCY",
    "FREE_EDITION_CONCURRENCY",
    "NO_RETRIES",
    "PROFESSIONAL_EDITION_CONCURRENCY",
    "RETRYABLE_CODES",
    "STANDARD_EDITION_CONCURRENCY",
    "ULTIMATE_EDITION_CONCURRENCY",
    "APIError",
    "AsyncChannelKeeper",
    "AsyncTokenStore",
    "AuthenticationError",
    "BadRequestError",
    "BulkJobFailed",
    "ChannelAction",
    "ChannelKeeper",
    "ChannelReport",
    "ChannelSpec",
    "ConcurrencyLimit",
    "ConnectAuthorizationCode",
    "ConnectClientCredentials",
    "CreditBudget",
    "CreditBudgetExhausted",
    "CreditedTransport",
    "DataCenter",
    "Emulator",
    "FailedRecord",
    "FailedRecords",
    "FileTokenStore",
    "GrantRedirect",
    "InsecureTransportError",
    "LockingTokenStore",
    "MalformedNotificationError",
    "MemoryTokenStore",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotificationError",
    "NotificationEvent",
    "NotificationMethodError",
    "NotificationOperation",
    "NotificationTokenError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RecordResult",
    "RedisStoreError",
    "RedisTokenStore",
    "ResubmitPolicy",
    "RetryPolicy",
    "ServerError",
    "SharedConcurrencyLimit",
    "SharedLimitUnavailable",
    "SlotWaitTimeout",
    "StoreLockError",
    "StoreLockTimeout",
    "Token",
    "TokenAuth",
    "TokenError",
    "TokenStore",
    "UnexpectedResponseError",
    "UnknownChannelError",
    "UnsupportedMediaTypeError",
    "WriteInterrupted",
    "ZohoKitError",
    "ZohoOAuth",
    "__version__",
    "adownload_bulk_result",
    "aiter_items",
    "aiter_pages",
    "api_base_url",
    "api_error",
    "authorization_url",
    "await_bulk_job",
    "awrite_records",
    "bulk_job_id",
    "connect_authorization_url",
    "connect_client",
    "data_center_for_url",
    "download_bulk_result",
    "emulator",
    "failed",
    "get_data_center",
    "is_retryable",
    "iter_bulk_rows",
    "iter_items",
    "iter_pages",
    "paged",
    "parse_grant_redirect",
    "parse_notification",
    "pkce_pair",
    "raise_for_response",
    "record_results",
    "resolve_base_url",
    "split_failed",
    "unwrap",
    "wait_bulk_job",
    "write_records",
    "zoho_client",
    "zoho_credit_cost",
]
