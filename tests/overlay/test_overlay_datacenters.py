"""Data-centre table, base URL resolution and the URL safety helpers."""

from __future__ import annotations

import pytest

from zohokit import API_BASE_PATHS, DATA_CENTERS, api_base_url, data_center_for_url, get_data_center
from zohokit._redact import redact
from zohokit._urls import is_loopback_host, require_secure_url
from zohokit.datacenters import AU, CA, CN, EU, IN, JP, SA, US, data_center_for_host, is_known_accounts_server
from zohokit.errors import InsecureTransportError


def test_documented_data_centres() -> None:
    assert {key: (dc.accounts_server, dc.api_domain, dc.recruit_domain) for key, dc in DATA_CENTERS.items()} == {
        "us": ("https://accounts.zoho.com", "https://www.zohoapis.com", "https://recruit.zoho.com"),
        "eu": ("https://accounts.zoho.eu", "https://www.zohoapis.eu", "https://recruit.zoho.eu"),
        "cn": ("https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn", "https://recruit.zoho.com.cn"),
        "in": ("https://accounts.zoho.in", "https://www.zohoapis.in", "https://recruit.zoho.in"),
        "au": ("https://accounts.zoho.com.au", "https://www.zohoapis.com.au", "https://recruit.zoho.com.au"),
        "jp": ("https://accounts.zoho.jp", "https://www.zohoapis.jp", "https://recruit.zoho.jp"),
        "ca": ("https://accounts.zohocloud.ca", "https://www.zohoapis.ca", "https://recruit.zohocloud.ca"),
        "sa": ("https://accounts.zoho.sa", "https://www.zohoapis.sa", "https://recruit.zoho.sa"),
    }
    assert API_BASE_PATHS == {
        "crm": "/crm/v2",
        "crm_bulk": "/crm/bulk/v2",
        "recruit": "/recruit/v2",
        "bigin": "/bigin/v1",
        "accounts": "/oauth/v2",
    }


def test_lookup() -> None:
    assert get_data_center(" EU ") is EU
    assert get_data_center(AU) is AU
    assert get_data_center("ca") is CA and get_data_center("SA") is SA
    with pytest.raises(ValueError, match="unknown Zoho data centre"):
        get_data_center("uk")
    assert data_center_for_url("https://accounts.zoho.com.cn/oauth/v2/token") is CN
    assert data_center_for_url("https://www.zohoapis.in") is IN
    assert data_center_for_url("https://recruit.zoho.jp/recruit/v2") is JP
    assert data_center_for_url("http://accounts.zoho.com") is None  # only https counts
    assert data_center_for_url("https://accounts.zoho.com.evil.example") is None
    assert data_center_for_url("https://accounts.zohocloud.ca/oauth/v2/token") is CA
    assert data_center_for_url("https://recruit.zohocloud.ca") is CA
    assert data_center_for_url("https://www.zohoapis.sa/crm/v2") is SA
    assert data_center_for_url("https://accounts.zoho.ca") is None  # not Canada's accounts host
    assert is_known_accounts_server("https://accounts.zoho.com")
    assert is_known_accounts_server("https://accounts.zohocloud.ca")
    assert is_known_accounts_server("https://accounts.zoho.sa")
    assert not is_known_accounts_server("https://www.zohoapis.com")
    assert not is_known_accounts_server("https://sandbox.zohoapis.com")


def test_hosts_belong_to_their_data_centre_by_domain() -> None:
    assert CA.domains == {"zohoapis.ca", "zohocloud.ca"}
    assert US.domains == {"zohoapis.com", "zoho.com"}
    assert data_center_for_host("sandbox.zohoapis.eu") is EU
    assert data_center_for_host("WWW.ZOHOAPIS.COM.") is US
    assert data_center_for_host("recruit.zoho.com.au") is AU
    assert data_center_for_host("www.zohoapis.com.cn") is CN  # not the US's zohoapis.com
    assert data_center_for_host("127.0.0.1") is None
    assert data_center_for_host("zohoapis.com.evil.example") is None
    assert data_center_for_host("notzohoapis.com") is None
    assert data_center_for_url("http://www.zohoapis.com") is None  # only https counts for URLs


def test_api_base_url() -> None:
    assert api_base_url("crm") == "https://www.zohoapis.com/crm/v2"
    assert api_base_url("bigin", dc=JP) == "https://www.zohoapis.jp/bigin/v1"
    assert api_base_url("crm_bulk", api_domain="https://www.zohoapis.eu/") == "https://www.zohoapis.eu/crm/bulk/v2"
    assert api_base_url("recruit", api_domain="https://www.zohoapis.com.au") == "https://recruit.zoho.com.au/recruit/v2"
    assert api_base_url("recruit", api_domain="https://www.zohoapis.ca") == "https://recruit.zohocloud.ca/recruit/v2"
    assert api_base_url("accounts", api_domain="https://www.zohoapis.sa") == "https://accounts.zoho.sa/oauth/v2"
    # An api_domain outside Zoho (the emulator) serves every API itself, never a Zoho host.
    assert api_base_url("recruit", api_domain="http://127.0.0.1:1") == "http://127.0.0.1:1/recruit/v2"
    assert api_base_url("accounts", api_domain="http://127.0.0.1:1/") == "http://127.0.0.1:1/oauth/v2"
    # The token's api_domain decides over dc.
    assert api_base_url("recruit", dc="us", api_domain="https://www.zohoapis.jp") == JP.base_url("recruit")
    with pytest.raises(ValueError, match="unknown Zoho API"):
        api_base_url("desk")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("[::1]", True),
        ("api.localhost", False),
        ("10.0.0.1", False),
        ("example.com", False),
        ("localhost.example.com", False),
    ],
)
def test_loopback(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_require_secure_url() -> None:
    assert str(require_secure_url("https://a.example/x", allow_insecure_http=False, what="t")) == "https://a.example/x"
    assert require_secure_url("http://127.0.0.1:8080", allow_insecure_http=False, what="t").port == 8080
    require_secure_url("http://a.example", allow_insecure_http=True, what="t")
    with pytest.raises(InsecureTransportError, match="token endpoint"):
        require_secure_url("http://a.example", allow_insecure_http=False, what="token endpoint")
    with pytest.raises(ValueError, match="scheme 'ftp'"):
        require_secure_url("ftp://a.example", allow_insecure_http=True, what="t")
    with pytest.raises(ValueError):
        require_secure_url("/relative/path", allow_insecure_http=True, what="t")


def test_redact() -> None:
    assert redact("a secret and secret-longer", ["secret", "secret-longer", None, ""]) == "a *** and ***"
    assert redact("nothing to hide", []) == "nothing to hide"
