"""The keyword arguments of :func:`~zohokit.clients.zoho_client` and
:func:`~zohokit.clients.connect_client`, as typed dicts.

The client factories are overloaded on the API name (and on whether ``auth`` is given), so that
``zoho_client("crm", auth=auth)`` is typed as ``zohokit_crm.AuthenticatedClient``. The overloads
spell the options once, here, as ``**options: Unpack[...]``; a type checker holds every call to
exactly these names and types. Keep them in step with the factories' own parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

from .datacenters import DataCenter
from .limits import ConcurrencyLimit
from .retry import RetryPolicy


class ClientOptions(TypedDict, total=False):
    """Options every client factory takes (see :func:`~zohokit.clients.zoho_client`)."""

    retry: RetryPolicy | None
    limit: ConcurrencyLimit | int | None
    timeout: float | httpx.Timeout | None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    headers: Mapping[str, str] | None
    raise_on_unexpected_status: bool
    allow_insecure_http: bool
    httpx_args: Mapping[str, Any] | None


class ZohoClientOptions(ClientOptions, total=False):
    """Options of :func:`~zohokit.clients.zoho_client` besides ``api`` and ``auth``."""

    dc: str | DataCenter | None
    base_url: str | None


class ConnectClientOptions(ClientOptions, total=False):
    """Options of :func:`~zohokit.clients.connect_client` besides ``auth``."""

    base_url: str


__all__ = ["ClientOptions", "ConnectClientOptions", "ZohoClientOptions"]
