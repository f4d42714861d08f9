"""scripts/emulator_tokens.py: the default client's token from a running emulator, and a clear error
when the emulator refuses the grant (Zoho Accounts refuses with HTTP 200 and an ``error`` field)."""

from __future__ import annotations

import pytest
from emulator_tokens import TokenRefused, zoho_access_token

from zohokit_emulator import EmulatorServer
from zohokit_emulator.config import EmulatorConfig


def test_the_default_client_gets_a_token_and_other_credentials_a_clear_refusal() -> None:
    with EmulatorServer() as server:
        assert zoho_access_token(server.url)
    other = EmulatorConfig(client_id="1000.OTHER", client_secret="other-secret")
    with EmulatorServer(other) as server, pytest.raises(TokenRefused, match="invalid_client"):
        zoho_access_token(server.url)
