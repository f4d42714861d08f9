# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
"""A client library for accessing Zoho CRM Bulk Read API v2"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
