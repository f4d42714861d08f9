"""Zoho Accounts OAuth2 server (``/oauth/v2``): grant codes, token exchange, refresh, revocation,
and the ``zoho`` authenticator every Zoho API route uses."""
