"""Emulator configuration: the default OAuth clients, where the specs are, debugging switches."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CLIENT_ID = "emulator-client-id"
DEFAULT_CLIENT_SECRET = "emulator-client-secret"
DEFAULT_REFRESH_TOKEN = "emulator-refresh-token"
DEFAULT_CONNECT_CLIENT_ID = "emulator-connect-client-id"
DEFAULT_CONNECT_CLIENT_SECRET = "emulator-connect-client-secret"

ENV_PREFIX = "ZOHO_EMULATOR_"


@dataclass
class EmulatorConfig:
    """Everything ``create_app`` needs; every field has a working default."""

    client_id: str = DEFAULT_CLIENT_ID
    """The pre-registered Zoho OAuth client."""
    client_secret: str = DEFAULT_CLIENT_SECRET
    refresh_token: str = DEFAULT_REFRESH_TOKEN
    """A refresh token issued to the default client for the org's admin user, with every scope."""
    connect_client_id: str = DEFAULT_CONNECT_CLIENT_ID
    """The pre-registered Connect API client (client-credentials and authorization-code flows)."""
    connect_client_secret: str = DEFAULT_CONNECT_CLIENT_SECRET
    spec_dir: Path | None = None
    """Where ``<api>.yaml`` bundles are read from; None for the ones shipped with the package."""
    validate_requests: bool = True
    """Validate requests against the spec (for the APIs whose bundle exists)."""
    check_responses: bool = False
    """Check every response against the spec and keep the mismatches (``GET /_emulator/problems``)."""
    debug: bool = False
    """Re-raise unexpected exceptions instead of answering 500 (useful in tests)."""
    public_url: str | None = None
    """The origin to advertise (``api_domain``, ``accounts-server``); None for the request's own.
    Its host is also accepted in the ``Host`` of control routes."""
    control_hosts: tuple[str, ...] = ()
    """Host names the control routes (``/_emulator/``) accept besides loopback ones (``localhost``,
    ``127.0.0.0/8``, ``::1``) and ``public_url``'s host: the made-up origin of an in-process client
    such as ``("emulator",)``. Any other ``Host`` (or a browser's foreign ``Origin``) gets 403."""
    settings: dict[str, Any] = field(default_factory=dict)
    """Initial values of the runtime knobs (see ``core.settings.Settings``)."""

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> EmulatorConfig:
        """Defaults, then ``ZOHO_EMULATOR_CLIENT_ID``-style variables, then explicit overrides.

        ``ZOHO_EMULATOR_CONTROL_HOSTS`` is a comma-separated list of host names."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name in (
            "client_id",
            "client_secret",
            "refresh_token",
            "connect_client_id",
            "connect_client_secret",
            "public_url",
        ):
            key = ENV_PREFIX + name.upper()
            if env.get(key):
                values[name] = env[key]
        if env.get(ENV_PREFIX + "SPEC_DIR"):
            values["spec_dir"] = Path(env[ENV_PREFIX + "SPEC_DIR"])
        if env.get(ENV_PREFIX + "CONTROL_HOSTS"):
            hosts = env[ENV_PREFIX + "CONTROL_HOSTS"].split(",")
            values["control_hosts"] = tuple(host.strip() for host in hosts if host.strip())
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
