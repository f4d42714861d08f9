"""``user_project/`` is a user's own test suite, run inside the installed kit, never collected here."""

collect_ignore = ["user_project"]
