"""Each Zoho spec lists one server per data centre, the same base URLs the overlay routes to."""

from __future__ import annotations

import pytest

from tests.spec_files import load_dist
from zohokit.datacenters import API_BASE_PATHS, DATA_CENTERS, US


@pytest.mark.parametrize("api", sorted(API_BASE_PATHS))
def test_servers_are_the_data_centres_of_the_overlay(api: str) -> None:
    servers = load_dist(api)["servers"]
    urls = [server["url"] for server in servers]
    assert urls[0] == US.base_url(api)  # the US production URL comes first
    assert sorted(urls) == sorted(dc.base_url(api) for dc in DATA_CENTERS.values())
    descriptions = {server["url"]: server.get("description", "") for server in servers}
    assert all(
        descriptions[dc.base_url(api)] == f"{dc.name} data centre" for dc in DATA_CENTERS.values() if dc.key != "eu"
    )
    assert descriptions[DATA_CENTERS["eu"].base_url(api)] == "European data centre"
