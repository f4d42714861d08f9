"""The kit's own pytest plugin (the ``zoho_emulator`` fixture), as an installed kit registers it."""

pytest_plugins = ["zohokit.pytest_plugin"]
