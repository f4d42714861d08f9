# generated from spec/dist/recruit.yaml by make generate — do not edit
"""A client library for accessing Zoho Recruit API v2"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
