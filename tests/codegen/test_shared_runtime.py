"""The generated packages share one runtime (``zohokit_runtime``) and say where they come from."""

from __future__ import annotations

import importlib

import httpx
import pytest

import zohokit_runtime.client
import zohokit_runtime.errors
import zohokit_runtime.lazy_models
import zohokit_runtime.types
from generate import generated_header
from tests.spec_files import GENERATED_DIR, api_names

APIS = api_names()


@pytest.mark.parametrize("api", APIS)
def test_every_generated_python_file_starts_with_the_header(api: str) -> None:
    files = sorted((GENERATED_DIR / f"zohokit_{api}").rglob("*.py"))
    assert files
    header = f"# generated from spec/dist/{api}.yaml by make generate \u2014 do not edit\n"
    assert generated_header(api) == header
    without = [str(path) for path in files if not path.read_text(encoding="utf-8").startswith(header)]
    assert without == []


@pytest.mark.parametrize("api", APIS)
def test_types_and_errors_are_the_runtime_s_own(api: str) -> None:
    types = importlib.import_module(f"zohokit_{api}.types")
    errors = importlib.import_module(f"zohokit_{api}.errors")
    assert types.LazyModel is zohokit_runtime.lazy_models.LazyModel
    assert types.lazily_built is zohokit_runtime.lazy_models.lazily_built
    assert types.Response is zohokit_runtime.types.Response
    assert types.UNSET is zohokit_runtime.types.UNSET
    assert errors.UnexpectedStatus is zohokit_runtime.errors.UnexpectedStatus


def test_each_package_has_client_types_of_its_own() -> None:
    packages = [importlib.import_module(f"zohokit_{api}") for api in APIS]
    authenticated = {package.AuthenticatedClient for package in packages}
    anonymous = {package.Client for package in packages}
    assert len(authenticated) == len(anonymous) == len(APIS)
    for package in packages:
        assert issubclass(package.AuthenticatedClient, zohokit_runtime.client.BaseAuthenticatedClient)
        assert issubclass(package.Client, zohokit_runtime.client.BaseClient)
        assert not issubclass(package.AuthenticatedClient, zohokit_runtime.client.BaseClient)
        assert package.AuthenticatedClient.__module__ == f"{package.__name__}.client"


def test_an_authenticated_client_sends_its_token_and_keeps_its_class() -> None:
    import zohokit_recruit

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = zohokit_recruit.AuthenticatedClient(
        "https://recruit.example/recruit/v2",
        "tok",
        prefix="Zoho-oauthtoken",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    derived = client.with_headers({"X-Trace": "1"})
    assert type(derived) is zohokit_recruit.AuthenticatedClient
    derived.get_httpx_client().get("/Candidates")
    assert seen[0].headers["Authorization"] == "Zoho-oauthtoken tok"
    assert seen[0].headers["X-Trace"] == "1"
    assert str(seen[0].url) == "https://recruit.example/recruit/v2/Candidates"


def test_a_response_without_a_request_gives_none() -> None:
    assert zohokit_runtime.types.request_sent_for(httpx.Response(200)) is None
    request = httpx.Request("GET", "https://example.test/")
    assert zohokit_runtime.types.request_sent_for(httpx.Response(200, request=request)) is request
