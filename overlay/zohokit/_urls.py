"""URL safety: tokens and client secrets only travel over HTTPS, except to this machine.

Contract: :func:`require_secure_url` raises :class:`~zohokit.errors.InsecureTransportError` for an
``http://`` URL whose host is not a loopback address (``localhost``, ``127.0.0.0/8``, ``::1``)
unless ``allow_insecure_http`` is true, and :class:`ValueError` for any scheme other than http or
https. It never does I/O (no DNS lookups): ``localhost`` is trusted by name.
"""

from __future__ import annotations

import functools
import ipaddress

import httpx

from .errors import InsecureTransportError


@functools.lru_cache(maxsize=256)  # asked on every plain-http request; a client talks to few hosts
def is_loopback_host(host: str) -> bool:
    """True when ``host`` names this machine: ``localhost`` itself (any letter case) or a loopback
    IP literal (``127.0.0.0/8``, ``::1`` with or without brackets, an IPv4-mapped ``::ffff:127.x.y.z``).
    Names under ``localhost`` (``api.localhost``) and look-alikes (``localhost.example.com``) are not:
    the rule trusts no name a resolver could send elsewhere."""
    host = host.lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def require_secure_url(url: str | httpx.URL, *, allow_insecure_http: bool, what: str) -> httpx.URL:
    """Return ``url`` parsed, refusing plain HTTP to a non-loopback host (see the module doc).

    ``what`` names the URL's role in the error message ("token endpoint", "API request", ...).
    """
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    scheme = parsed.scheme.lower()
    if scheme == "https":
        return parsed
    if scheme != "http" or not parsed.host:
        raise ValueError(f"{what} must be an absolute http(s) URL, got scheme {scheme!r}")
    if allow_insecure_http or is_loopback_host(parsed.host):
        return parsed
    raise InsecureTransportError(
        f"refusing to send credentials for the {what} over plain http:// to {parsed.host}; "
        "use https, a loopback host, or pass allow_insecure_http=True"
    )
