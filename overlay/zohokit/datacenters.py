"""Zoho data centres: which accounts server and API domain serve an organisation.

A Zoho organisation lives in one data centre (DC). Its OAuth grant redirect names the DC's
accounts server (``location=eu&accounts-server=https://accounts.zoho.eu``); its token response
names the API domain (``api_domain: https://www.zohoapis.eu``). This module holds the documented
DCs and the base path of each API, and answers "what base URL does API X use in DC Y".

Base URLs: CRM ``{api_domain}/crm/v2``, CRM bulk ``{api_domain}/crm/bulk/v2``, Bigin
``{api_domain}/bigin/v1``, Recruit ``https://recruit.zoho.<tld>/recruit/v2`` (Recruit is not
served from zohoapis), Accounts ``{accounts_server}/oauth/v2``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class DataCenter:
    """One Zoho data centre.

    ``key`` is the ``location`` value Zoho puts in grant redirects (``us``, ``eu``, ...).
    """

    key: str
    name: str
    accounts_server: str
    api_domain: str
    recruit_domain: str

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

DATA_CENTERS: Final[Mapping[str, DataCenter]] = {dc.key: dc for dc in (US, EU, CN, IN, AU, JP)}
"""The documented data centres by key."""

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


def _origin(url: str | httpx.URL) -> tuple[str, str]:
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    return parsed.scheme.lower(), (parsed.host or "").lower()


def data_center_for_url(url: str | httpx.URL) -> DataCenter | None:
    """The documented DC whose accounts server, API domain or Recruit domain ``url`` is on.

    Only https URLs of the documented hosts match; anything else (an emulator, a proxy) gives
    ``None``.
    """
    scheme, host = _origin(url)
    if scheme != "https":
        return None
    for dc in DATA_CENTERS.values():
        hosts = {_origin(u)[1] for u in (dc.accounts_server, dc.api_domain, dc.recruit_domain)}
        if host in hosts:
            return dc
    return None


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

    ``api_domain`` (from a token response) wins for the zohoapis-served APIs (CRM, CRM bulk,
    Bigin); for Recruit and Accounts it only selects the DC, since those are served from other
    hosts. Otherwise ``dc`` decides, then :data:`DEFAULT_DATA_CENTER`.
    """
    path = _base_path(api)
    if api_domain:
        if api not in ("recruit", "accounts"):
            return api_domain.rstrip("/") + path
        inferred = data_center_for_url(api_domain)
        if inferred is not None and dc is None:
            return inferred.base_url(api)
    return get_data_center(dc if dc is not None else DEFAULT_DATA_CENTER).base_url(api)


__all__ = [
    "API_BASE_PATHS",
    "AU",
    "CN",
    "CONNECT_BASE_PATH",
    "DATA_CENTERS",
    "DEFAULT_DATA_CENTER",
    "EU",
    "IN",
    "JP",
    "US",
    "DataCenter",
    "ZohoApi",
    "api_base_url",
    "data_center_for_url",
    "get_data_center",
    "is_known_accounts_server",
]
