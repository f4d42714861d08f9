# generated from spec/dist/accounts.yaml by make generate — do not edit
"""A client library for accessing Zoho Accounts OAuth2 server"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
