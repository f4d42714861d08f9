"""Zoho data centres: which accounts server and API domain serve an organisation.

A Zoho organisation lives in one data centre (DC). Its OAuth grant redirect names the DC's
accounts server (``location=eu&accounts-server=https://accounts.zoho.eu``); its token response
names the API domain (``api_domain: https://www.zohoapis.eu``). This module holds the documented
DCs and the base path of each API, and answers "what base URL does API X use in DC Y" and "which
DC is this host in".

Base URLs: CRM ``{api_domain}/crm/v2``, CRM bulk ``{api_domain}/crm/bulk/v2``, Bigin
``{api_domain}/bigin/v1``, Recruit ``{recruit_domain}/recruit/v2`` (Recruit is not served from
zohoapis), Accounts ``{accounts_server}/oauth/v2``.

The eight DCs are those Zoho's own CRM SDKs serve: United States, Europe, China, India,
Australia, Japan, Canada and Saudi Arabia.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Final, Literal

import httpx

ZohoApi = Literal["crm", "crm_bulk", "recruit", "bigin", "accounts"]
"""The Zoho APIs zohokit builds clients for (Connect is not a Zoho API, see ``connect_client``)."""

API_BASE_PATHS: Final[Mapping[str, str]] = {
    "crm": "/crm/v2",
    "crm_bulk": "/crm/bulk/v2",
    "recruit": "/recruit/v2",
    "bigin": "/bigin/v1",
    "accounts": "/oauth/v2",
}
"""The real base path of each API, the same in every DC and in the emulator."""

CONNECT_BASE_PATH: Final = "/v1"
"""Connect's operations live under ``/v1`` on the Connect host."""


def _origin(url: str | httpx.URL) -> tuple[str, str]:
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    return parsed.scheme.lower(), (parsed.host or "").lower()


@dataclass(frozen=True)
class DataCenter:
    """One Zoho data centre.

    ``key`` is the ``location`` value Zoho puts in grant redirects (``us``, ``eu``, ...). The
    three hosts are https origins without a trailing slash.
    """

    key: str
    name: str
    accounts_server: str
    api_domain: str
    recruit_domain: str

    @cached_property
    def domains(self) -> frozenset[str]:
        """The registrable domains of this DC's hosts (``zohoapis.eu``, ``zoho.eu``).

        Every host under one of them (``sandbox.zohoapis.eu``, ``accounts.zoho.eu``) belongs to
        this DC; see :func:`data_center_for_host`.
        """
        hosts = (_origin(u)[1] for u in (self.accounts_server, self.api_domain, self.recruit_domain))
        return frozenset(host.split(".", 1)[1] for host in hosts)

    def base_url(self, api: ZohoApi | str) -> str:
        """The base URL of ``api`` (a key of :data:`API_BASE_PATHS`) in this DC."""
        path = _base_path(api)
        if api == "recruit":
            return self.recruit_domain + path
        if api == "accounts":
            return self.accounts_server + path
        return self.api_domain + path


def _dc(key: str, name: str, tld: str) -> DataCenter:
    return DataCenter(
        key=key,
        name=name,
        accounts_server=f"https://accounts.zoho.{tld}",
        api_domain=f"https://www.zohoapis.{tld}",
        recruit_domain=f"https://recruit.zoho.{tld}",
    )


US: Final = _dc("us", "United States", "com")
EU: Final = _dc("eu", "Europe", "eu")
CN: Final = _dc("cn", "China", "com.cn")
IN: Final = _dc("in", "India", "in")
AU: Final = _dc("au", "Australia", "com.au")
JP: Final = _dc("jp", "Japan", "jp")

# Canada and Saudi Arabia: the API domains, accounts servers and location keys ("ca", "sa") are
# those of Zoho's CRM SDKs: the CADataCenter and SADataCenter classes and the CA_DATACENTER /
# SA_DATACENTER constants of zoho/zohocrm-python-sdk-8.0 (zohocrmsdk/src/com/zoho/crm/api/dc/
# ca_data_center.py, sa_data_center.py, util/constants.py) and zoho/zohocrm-java-sdk-8.0
# (src/main/java/com/zoho/crm/api/dc/CADataCenter.java, SADataCenter.java). Canada's accounts
# server is accounts.zohocloud.ca, not accounts.zoho.ca: the older zoho/zohocrm-java-sdk-6.0
# still names accounts.zoho.ca, the newer SDKs and Zoho Accounts' multi-DC page name zohocloud.ca.
# Zoho publishes no Recruit SDK and its Recruit API guide lists no Canadian or Saudi host; the
# Recruit hosts below are the DC's Zoho domains (zohocloud.ca as for Canada's accounts and upload
# hosts, zoho.sa), the hosts Recruit integrations for those DCs call.
CA: Final = DataCenter(
    key="ca",
    name="Canada",
    accounts_server="https://accounts.zohocloud.ca",
    api_domain="https://www.zohoapis.ca",
    recruit_domain="https://recruit.zohocloud.ca",
)
SA: Final = _dc("sa", "Saudi Arabia", "sa")

DATA_CENTERS: Final[Mapping[str, DataCenter]] = {dc.key: dc for dc in (US, EU, CN, IN, AU, JP, CA, SA)}
"""The documented data centres by ``location`` key."""

_DATA_CENTER_BY_DOMAIN: Final[Mapping[str, DataCenter]] = {
    domain: dc for dc in DATA_CENTERS.values() for domain in dc.domains
}

DEFAULT_DATA_CENTER: Final = US


def _base_path(api: str) -> str:
    try:
        return API_BASE_PATHS[api]
    except KeyError:
        known = ", ".join(sorted(API_BASE_PATHS))
        raise ValueError(f"unknown Zoho API {api!r}; expected one of {known}") from None


def get_data_center(dc: str | DataCenter) -> DataCenter:
    """Return the DC for a key (``"eu"``, case-insensitive) or a :class:`DataCenter` as is."""
    if isinstance(dc, DataCenter):
        return dc
    try:
        return DATA_CENTERS[dc.strip().lower()]
    except KeyError:
        known = ", ".join(DATA_CENTERS)
        raise ValueError(f"unknown Zoho data centre {dc!r}; expected one of {known}") from None


def data_center_for_host(host: str) -> DataCenter | None:
    """The documented DC whose Zoho domains ``host`` is on, whatever the scheme.

    ``www.zohoapis.eu``, ``sandbox.zohoapis.eu`` and ``accounts.zoho.eu`` are all in Europe (see
    :attr:`DataCenter.domains`); a host outside every DC's domains (an emulator, a proxy, a look-alike
    such as ``accounts.zoho.com.evil.example``) gives ``None``.
    """
    labels = host.strip().rstrip(".").lower().split(".")
    for start in range(len(labels) - 1):  # the host itself, then each parent domain of two labels or more
        found = _DATA_CENTER_BY_DOMAIN.get(".".join(labels[start:]))
        if found is not None:
            return found
    return None


def data_center_for_url(url: str | httpx.URL) -> DataCenter | None:
    """The documented DC of an https ``url`` on one of its Zoho domains (see :func:`data_center_for_host`).

    Only https URLs match; anything else (an emulator, a proxy, plain http) gives ``None``.
    """
    scheme, host = _origin(url)
    if scheme != "https":
        return None
    return data_center_for_host(host)


def is_known_accounts_server(url: str | httpx.URL) -> bool:
    """True when ``url`` is the https origin of a documented DC's accounts server."""
    dc = data_center_for_url(url)
    return dc is not None and _origin(url) == _origin(dc.accounts_server)


def api_base_url(
    api: ZohoApi | str,
    *,
    dc: str | DataCenter | None = None,
    api_domain: str | None = None,
) -> str:
    """The base URL of ``api``.

    ``api_domain`` (from a token response) decides when given: the zohoapis-served APIs (CRM, CRM
    bulk, Bigin) live at ``api_domain`` plus their base path; Recruit and Accounts live on the
    hosts of the DC that ``api_domain`` belongs to. An ``api_domain`` outside every Zoho DC (the
    emulator, a proxy) serves every API itself: ``api_domain`` plus the base path. Without
    ``api_domain``, ``dc`` decides, then :data:`DEFAULT_DATA_CENTER`.
    """
    path = _base_path(api)
    if api_domain:
        domain = api_domain.rstrip("/")
        if api not in ("recruit", "accounts"):
            return domain + path
        inferred = data_center_for_url(domain)
        return inferred.base_url(api) if inferred is not None else domain + path
    return get_data_center(dc if dc is not None else DEFAULT_DATA_CENTER).base_url(api)


__all__ = [
    "API_BASE_PATHS",
    "AU",
    "CA",
    "CN",
    "CONNECT_BASE_PATH",
    "DATA_CENTERS",
    "DEFAULT_DATA_CENTER",
    "EU",
    "IN",
    "JP",
    "SA",
    "US",
    "DataCenter",
    "ZohoApi",
    "api_base_url",
    "data_center_for_host",
    "data_center_for_url",
    "get_data_center",
    "is_known_accounts_server",
]
