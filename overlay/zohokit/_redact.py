"""Keeping secrets out of text that leaves zohokit (exception messages, log lines, reprs).

Contract: :func:`redact` returns ``text`` with every occurrence of every non-empty secret replaced
by :data:`REDACTED`. Longer secrets are replaced first, so a secret that contains another one is
removed whole.
"""

from __future__ import annotations

from collections.abc import Iterable

REDACTED = "***"


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """Return ``text`` with each secret in ``secrets`` replaced by ``***`` (``None``/empty skipped)."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def mask(secret: str | None) -> str | None:
    """Return ``None`` for no secret and ``***`` for any secret: what a repr may show of it."""
    return None if secret is None else REDACTED
