"""A stateful local emulator of Zoho CRM v2, CRM Bulk Read, Recruit v2, Bigin v1, Zoho Accounts
OAuth2 and Connect, all on one origin at their real base paths. See README.md.

The server side (``create_app``, ``EmulatorServer``) needs the ``emulator`` extra (Starlette,
uvicorn, the validators) and is imported on first use, so that ``zohokit_emulator.config`` (the
default credentials, plain Python) can be read without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import EmulatorConfig

if TYPE_CHECKING:
    from .app import backend_of, create_app
    from .server import EmulatorServer

_LAZY = {"backend_of": "app", "create_app": "app", "EmulatorServer": "server"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = ["EmulatorConfig", "EmulatorServer", "backend_of", "create_app"]
