"""The plain-``http://`` rule of ``zohokit._urls``: only loopback addresses and ``localhost`` itself."""

from __future__ import annotations

import pytest

from zohokit._urls import is_loopback_host, require_secure_url
from zohokit.errors import InsecureTransportError


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "LOCALHOST",
        "LocalHost",
        "127.0.0.1",
        "127.0.0.2",
        "127.255.255.254",
        "::1",
        "[::1]",
        "0:0:0:0:0:0:0:1",
        "::ffff:127.0.0.1",
        "[::ffff:127.9.9.9]",
    ],
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host) is True


@pytest.mark.parametrize(
    "host",
    [
        "api.localhost",
        "a.b.localhost",
        "localhost.",
        "localhost.example.com",
        "notlocalhost",
        "localhost6",
        "localhost:8080",
        "127.example.com",
        "127.0.0.1.nip.io",
        "128.0.0.1",
        "0.0.0.0",
        "10.0.0.1",
        "::",
        "::2",
        "::ffff:10.0.0.1",
        "[::1",
        "2130706433",
        "127.1",
        "",
        " localhost",
    ],
)
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert is_loopback_host(host) is False


@pytest.mark.parametrize(
    "url",
    ["http://localhost:8080/crm/v2", "http://LOCALHOST/x", "http://127.3.4.5:1/", "http://[::1]:9000/oauth/v2/token"],
)
def test_plain_http_is_allowed_to_loopback(url: str) -> None:
    assert require_secure_url(url, allow_insecure_http=False, what="token endpoint").scheme == "http"


@pytest.mark.parametrize(
    "url",
    [
        "http://api.localhost:8080/crm/v2",
        "http://localhost.example.com/crm/v2",
        "http://127.0.0.1.nip.io/crm/v2",
        "http://0.0.0.0:8080/crm/v2",
        "http://[::ffff:10.0.0.1]/crm/v2",
    ],
)
def test_plain_http_is_refused_elsewhere(url: str) -> None:
    with pytest.raises(InsecureTransportError, match="token endpoint"):
        require_secure_url(url, allow_insecure_http=False, what="token endpoint")
    assert require_secure_url(url, allow_insecure_http=True, what="token endpoint").scheme == "http"
