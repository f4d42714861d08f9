"""``zoho-emulator --port 8080``: serve every emulated API on one loopback origin."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette

from .app import backend_of, create_app
from .config import EmulatorConfig
from .core.validation import SpecUnavailableError
from .http_protocol import http_protocol
from .services.accounts import directory


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="zoho-emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    parser.add_argument("--client-id", help="default OAuth client id (env ZOHO_EMULATOR_CLIENT_ID)")
    parser.add_argument("--client-secret", help="default OAuth client secret (env ZOHO_EMULATOR_CLIENT_SECRET)")
    parser.add_argument("--refresh-token", help="default refresh token (env ZOHO_EMULATOR_REFRESH_TOKEN)")
    parser.add_argument("--connect-client-id", help="Connect API client id (env ZOHO_EMULATOR_CONNECT_CLIENT_ID)")
    parser.add_argument(
        "--connect-client-secret", help="Connect API client secret (env ZOHO_EMULATOR_CONNECT_CLIENT_SECRET)"
    )
    parser.add_argument("--spec-dir", type=Path, help="folder of the bundled specs (default: those shipped with it)")
    parser.add_argument("--public-url", help="origin to advertise as api_domain / accounts-server")
    parser.add_argument(
        "--control-host",
        action="append",
        dest="control_hosts",
        metavar="HOST",
        help="a host name /_emulator/ accepts besides loopback ones (repeatable; env ZOHO_EMULATOR_CONTROL_HOSTS)",
    )
    parser.add_argument(
        "--no-validate",
        action="store_true",
        help="run without the specs: no request validation, no scope checks, no API credits (all come from the specs)",
    )
    parser.add_argument("--check-responses", action="store_true", help="record responses that break the specs")
    return parser.parse_args(argv)


def banner(app: Starlette, origin: str) -> str:
    """What the command prints at start: where everything is and the credentials to use."""
    backend = backend_of(app)
    config = backend.config
    services = ", ".join(f"{s.base} ({s.name})" for s in backend.services.values() if s.name != "emulator")
    return (
        f"Zoho emulator on {origin}\n"
        f"  APIs:            {services}\n"
        f"  control:         {origin}/_emulator/health\n"
        f"  OAuth client:    client_id={config.client_id}  client_secret={config.client_secret}\n"
        f"  refresh token:   {config.refresh_token}  (user {directory.ADMIN.email})\n"
        f"  token endpoint:  {origin}/oauth/v2/token\n"
        f"  Connect client:  client_id={config.connect_client_id}  client_secret={config.connect_client_secret}"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    config = EmulatorConfig.from_env(
        client_id=args.client_id,
        client_secret=args.client_secret,
        refresh_token=args.refresh_token,
        connect_client_id=args.connect_client_id,
        connect_client_secret=args.connect_client_secret,
        spec_dir=args.spec_dir,
        public_url=args.public_url,
        control_hosts=tuple(args.control_hosts) if args.control_hosts else None,
    )
    config.validate_requests = not args.no_validate
    config.check_responses = args.check_responses
    try:
        app = create_app(config)
    except SpecUnavailableError as exc:
        print(f"zoho-emulator: {exc}", file=sys.stderr)
        return 2
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(banner(app, config.public_url or f"http://{host}:{args.port}"), flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", http=http_protocol())
    return 0


if __name__ == "__main__":
    sys.exit(main())
