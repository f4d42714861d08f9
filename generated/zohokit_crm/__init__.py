# generated from spec/dist/crm.yaml by make generate — do not edit
"""A client library for accessing Zoho CRM API v2"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
