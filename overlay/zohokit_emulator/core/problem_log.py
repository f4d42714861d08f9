"""A bounded, most-recent log of problems (``GET /_emulator/problems``).

Unexpected errors and response/spec mismatches are kept for whoever looks, but a long run that
keeps failing must not grow the emulator without bound: the log holds the ``size`` most recent
entries, each cut to ``entry_chars`` characters.
"""

from __future__ import annotations

from collections.abc import Iterable

PROBLEM_WINDOW = 100
"""Entries kept per log."""
PROBLEM_ENTRY_CHARS = 8000
"""Characters kept of one entry (a traceback's last frames are kept: they say where it failed)."""


class RecentLog(list[str]):
    """A list of strings that keeps only the ``size`` most recent, each at most ``entry_chars`` long.
    It is a list (compares equal to one, serialises as one); ``append`` and ``extend`` drop the
    oldest entries past ``size``."""

    def __init__(self, size: int = PROBLEM_WINDOW, entry_chars: int = PROBLEM_ENTRY_CHARS) -> None:
        super().__init__()
        self.size = size
        self.entry_chars = entry_chars
        self.dropped = 0
        """Entries dropped since the last ``clear`` to keep the window."""

    def _cut(self, entry: str) -> str:
        if len(entry) <= self.entry_chars:
            return entry
        head = entry.split("\n", 1)[0][: self.entry_chars // 4]
        return f"{head}\n[... cut ...]\n{entry[-(self.entry_chars - len(head) - 16) :]}"

    def _trim(self) -> None:
        excess = len(self) - self.size
        if excess > 0:
            del self[:excess]
            self.dropped += excess

    def append(self, entry: str) -> None:
        super().append(self._cut(entry))
        self._trim()

    def extend(self, entries: Iterable[str]) -> None:
        super().extend(self._cut(entry) for entry in entries)
        self._trim()

    def clear(self) -> None:
        super().clear()
        self.dropped = 0
