# generated from spec/dist/bigin.yaml by make generate — do not edit
"""A client library for accessing Zoho Bigin API v1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
