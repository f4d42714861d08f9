"""``python -m bench.bare_server --port N --body FILE``: benchmark 1's baseline, a Starlette app with
one route at the emulator's list path (``GET /crm/v2/Leads``) answering FILE's bytes as JSON.

It is served exactly as ``zoho-emulator`` serves the emulator (the same
``uvicorn.run`` call, in a process of its own), so the two differ only in what the app does per
request.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

PATH = "/crm/v2/Leads"


def bare_app(body: bytes) -> Starlette:
    """One route at the emulator's path that answers ``body`` as it is."""

    async def leads(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route(PATH, leads)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bare_server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, required=True, help="port to listen on")
    parser.add_argument("--body", type=Path, required=True, help="file whose bytes every answer carries")
    args = parser.parse_args(argv)
    uvicorn.run(bare_app(args.body.read_bytes()), host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
