# generated from spec/dist/accounts.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .authorize_client_access_type import AuthorizeClientAccessType
from .authorize_client_prompt import AuthorizeClientPrompt
from .authorize_client_response_type import AuthorizeClientResponseType
from .create_token_grant_type import CreateTokenGrantType
from .revoke_token_request import RevokeTokenRequest
from .revoke_token_response import RevokeTokenResponse
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse

__all__ = (
    "AuthorizeClientAccessType",
    "AuthorizeClientPrompt",
    "AuthorizeClientResponseType",
    "CreateTokenGrantType",
    "RevokeTokenRequest",
    "RevokeTokenResponse",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
)
