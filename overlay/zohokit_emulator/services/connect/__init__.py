"""The Connect recruitment API (``/v1`` at the origin root) and the ConnectID OAuth2 endpoints its
tokens come from (``GET /user/oauth/authorize``, ``POST /user/oauth/token``).

The Connect client is ``EmulatorConfig.connect_client_id``/``connect_client_secret``. Client-mode
tokens come from the client-credentials grant; user tokens from the authorization-code grant
(``emulator_user=<id or e-mail>`` picks the ConnectID user, default Kari Nordmann, customer
34272) or, without the dance, from ``POST /_emulator/connect/tokens {"user": "100001"}``.
Knobs: ``PATCH /_emulator/connect/settings`` (``verification_seconds``, ``requests_per_minute``,
``requests_per_second``); ``GET /_emulator/connect/state`` shows customers, points and recruitments.
"""
