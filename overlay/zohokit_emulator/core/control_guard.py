"""Who may drive the control routes (``/_emulator/``): this machine, not a web page.

A page in a browser on this machine can send requests to the emulator's port: directly (a
cross-origin form or ``fetch`` POST with a ``text/plain`` body, which needs no CORS preflight) or
through a host name it re-binds to 127.0.0.1. So a control request must

- name a loopback host in ``Host`` (``localhost``, ``127.0.0.0/8``, ``::1``), the host of the
  configured ``public_url``, or one of ``EmulatorConfig.control_hosts``: 403 ``NO_PERMISSION``;
- carry no ``Origin`` header, or one whose host is allowed the same way (browsers send ``Origin``
  on every cross-origin POST, even without a body): 403 ``NO_PERMISSION``;
- send its body, if it has one, as ``application/json`` (a browser cannot send that cross-origin
  without a preflight the emulator never grants): 415 ``UNSUPPORTED_MEDIA_TYPE``.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from starlette.datastructures import Headers

from ..config import EmulatorConfig
from .errors import ZohoError


def is_loopback_name(host: str) -> bool:
    """True for ``localhost`` and loopback IP literals (IPv6 with or without brackets)."""
    name = host.strip().lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def host_of(authority: str) -> str:
    """The host part of a ``Host`` header value (``[::1]:8080`` → ``::1``), lower case."""
    try:
        parsed = urlsplit("//" + authority.strip())
        host = parsed.hostname or ""
    except ValueError:
        return ""
    return host.lower()


def allowed_host(host: str, config: EmulatorConfig) -> bool:
    if not host:
        return False
    if is_loopback_name(host):
        return True
    extra = {name.lower() for name in config.control_hosts}
    if config.public_url:
        extra.add(host_of(urlsplit(config.public_url).netloc))
    return host in extra


def forbidden(message: str) -> ZohoError:
    return ZohoError(403, "NO_PERMISSION", message, {})


def check_control_request(headers: Headers, config: EmulatorConfig) -> None:
    """Raise unless the control request comes from this machine (see the module doc)."""
    if not allowed_host(host_of(headers.get("host", "")), config):
        raise forbidden("control routes answer only requests to a loopback host name")
    origin = headers.get("origin")
    if origin is not None:
        try:
            origin_host = (urlsplit(origin.strip()).hostname or "").lower()
        except ValueError:
            origin_host = ""
        if not allowed_host(origin_host, config):
            raise forbidden("control routes do not answer requests from other origins")


def check_control_body(body: bytes, content_type: str) -> None:
    """Raise 415 for a non-empty control body that is not ``application/json``."""
    if not body.strip():
        return
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise ZohoError(
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            "control routes take application/json bodies",
            {"expected_content_type": "application/json"},
        )
