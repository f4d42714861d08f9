# generated from spec/dist/connect.yaml by make generate — do not edit
"""A client library for accessing Connect Recruitment API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
