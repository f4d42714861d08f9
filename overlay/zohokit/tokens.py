"""The OAuth token a client holds, and how a token endpoint's answer becomes one.

:class:`Token` is immutable; a refresh produces a new one. ``expires_at`` is a wall-clock Unix
time (seconds) so that a persisted token stays meaningful across processes. A token may hold only
a refresh token (``access_token=None``): the first request then obtains an access token.

Its ``repr`` shows ``***`` in place of the access and refresh tokens.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._redact import mask


@dataclass(frozen=True, repr=False)
class Token:
    """An access token, the refresh token that renews it, and what the server said about them."""

    access_token: str | None = None
    refresh_token: str | None = None
    expires_at: float | None = None
    api_domain: str | None = None
    token_type: str | None = None
    scope: str | None = None

    def expires_within(self, seconds: float, *, now: float) -> bool:
        """True when there is no access token, or it expires less than ``seconds`` after ``now``.

        A token without ``expires_at`` is taken as valid until the server rejects it.
        """
        if self.access_token is None:
            return True
        return self.expires_at is not None and self.expires_at - seconds <= now

    def replace(self, **changes: Any) -> Token:
        """A copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field (``None`` included)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """Read :meth:`to_dict` output; unknown keys are ignored, wrong types raise ValueError."""
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            value = data.get(f.name)
            if value is None:
                continue
            if f.name == "expires_at":
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError("token field 'expires_at' must be a number")
                values[f.name] = float(value)
            elif isinstance(value, str):
                values[f.name] = value
            else:
                raise ValueError(f"token field {f.name!r} must be a string")
        return cls(**values)

    def __repr__(self) -> str:
        return (
            f"Token(access_token={mask(self.access_token)!r}, "
            f"refresh_token={mask(self.refresh_token)!r}, expires_at={self.expires_at!r}, "
            f"api_domain={self.api_domain!r}, token_type={self.token_type!r}, "
            f"scope={self.scope!r})"
        )

    __str__ = __repr__


__all__ = ["Token"]
