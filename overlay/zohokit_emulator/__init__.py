"""A stateful local emulator of Zoho CRM v2, CRM Bulk Read, Recruit v2, Bigin v1, Zoho Accounts
OAuth2 and Connect, all on one origin at their real base paths. See README.md."""

from .app import backend_of, create_app
from .config import EmulatorConfig
from .server import EmulatorServer

__all__ = ["EmulatorConfig", "EmulatorServer", "backend_of", "create_app"]
