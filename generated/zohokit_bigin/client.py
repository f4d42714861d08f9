# generated from spec/dist/bigin.yaml by make generate — do not edit
"""The clients of this package (the settings and httpx plumbing are in ``zohokit_runtime.client``)"""

from attrs import define
from zohokit_runtime.client import BaseAuthenticatedClient, BaseClient


@define
class Client(BaseClient):
    """A class for keeping track of data related to the API: see ``zohokit_runtime.client`` for
    the keyword arguments (``base_url``, ``headers``, ``timeout``, ``httpx_args``, ...)."""


@define
class AuthenticatedClient(BaseAuthenticatedClient):
    """A Client which has been authenticated for use on secured endpoints: see
    ``zohokit_runtime.client`` for the keyword arguments (``base_url``, ``token``, ``prefix``, ...)."""
