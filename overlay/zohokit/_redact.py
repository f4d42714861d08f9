"""Keeping secrets out of text that leaves zohokit (exception messages, log lines, reprs).

Contract: :func:`redact` returns ``text`` with every occurrence of every non-empty secret replaced
by :data:`REDACTED`, in its plain form and in the percent-encoded forms a server may echo it in
(a form body or a query string: ``quote``, ``quote_plus``, upper- or lower-case hex digits).
Longer forms are replaced first, so a secret that contains another one is removed whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, quote_plus

REDACTED = "***"


def _forms(secret: str) -> set[str]:
    """The secret as written, and as URL encoding would write it (form bodies, query strings)."""
    encoded = {quote(secret, safe=""), quote(secret), quote_plus(secret), quote_plus(secret, safe="/")}
    # Percent escapes are case-insensitive: %2F and %2f both mean "/".
    lowered = {_lower_escapes(form) for form in encoded}
    return {secret} | encoded | lowered


def _lower_escapes(text: str) -> str:
    parts = text.split("%")
    return parts[0] + "".join("%" + part[:2].lower() + part[2:] for part in parts[1:])


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """Return ``text`` with each secret in ``secrets`` replaced by ``***`` (``None``/empty skipped)."""
    forms: set[str] = set()
    for secret in secrets:
        if secret:
            forms |= _forms(secret)
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, REDACTED)
    return text


def mask(secret: str | None) -> str | None:
    """Return ``None`` for no secret and ``***`` for any secret: what a repr may show of it."""
    return None if secret is None else REDACTED
