"""Run a Lua script on Redis now, without waiting for its answer.

:class:`~zohokit.shared_limits.SharedConcurrencyLimit` gives a slot back from inside an event
loop, where the release function is a plain call and cannot await. A task created there sends
its command only once the loop comes round to it, after the callbacks already queued (other
responses being parsed), and the waiter the slot is handed to waits as long. A
:class:`ScriptSender` writes the command on a connection of its own at once, in the calling
thread, and reads the answers later: before its next command, or all of them on :meth:`flush`.
Writing a few hundred bytes to a socket does not wait for Redis; reading an answer that has not
arrived yet would, so answers are read only when they are there (or on :meth:`flush`).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import deque
from typing import Any

import redis
import redis.exceptions

logger = logging.getLogger("zohokit.redis_sender")

BLOCKING_TIMEOUT = 1.0
"""Seconds a connect, write or read of the sender may block, unless the pool sets its own."""


class ScriptSender:
    """Sends ``script`` on a connection of its own: its text first, then its SHA.

    Args:
        pool: the connection pool whose settings (address, credentials, database, TLS) the
            sender's connection takes (with timeouts of ``BLOCKING_TIMEOUT`` where the pool sets
            none); the connection itself is not the pool's.
        script: the Lua source.
        what: what a failure log line calls one run (e.g. "giving back a slot of 'key'").

    Thread-safe. A failure is logged, never raised: whoever sends must cope with a command that
    may not have run (the shared limit's leases expire on their own).
    """

    def __init__(self, pool: redis.ConnectionPool, script: str, what: str) -> None:
        settings = dict(pool.connection_kwargs)
        # The calls run in an event loop's thread: an unreachable Redis must not hold it for long.
        for name in ("socket_connect_timeout", "socket_timeout"):
            if settings.get(name) is None:
                settings[name] = BLOCKING_TIMEOUT
        self._connection: Any = pool.connection_class(**settings)
        self._script = script
        self._sha = hashlib.sha1(script.encode()).hexdigest()  # the name Redis caches the script under
        self._what = what
        self._unanswered: deque[tuple[Any, ...]] = deque()
        self._lock = threading.Lock()
        self._text_sent = False
        """Whether this connection has sent the script's text since it (re)connected: the first
        command carries it, so Redis knows the SHA of every later one."""

    def send(self, keys: list[str], args: list[Any]) -> None:
        """Write one run of the script now; its answer is read later."""
        command = (len(keys), *keys, *args)
        with self._lock:
            try:
                self._read_answers(wait=False)
                if self._text_sent:
                    self._connection.send_command("EVALSHA", self._sha, *command)
                else:
                    self._connection.send_command("EVAL", self._script, *command)
                    self._text_sent = True
                self._unanswered.append(command)
            except redis.exceptions.RedisError as exc:
                self._lost(exc)

    def flush(self) -> None:
        """Wait for the answers of every command sent so far."""
        with self._lock:
            try:
                self._read_answers(wait=True)
            except redis.exceptions.RedisError as exc:
                self._lost(exc)

    def close(self) -> None:
        """Read the outstanding answers, then close the connection."""
        self.flush()
        with self._lock:
            self._connection.disconnect()
            self._text_sent = False

    def _read_answers(self, wait: bool) -> None:
        while self._unanswered and (wait or self._connection.can_read(timeout=0)):
            command = self._unanswered.popleft()
            try:
                self._connection.read_response()
            except redis.exceptions.NoScriptError:
                # Its scripts were flushed (SCRIPT FLUSH) since this connection sent the text: the
                # text runs it and caches it again. Until this answer is read (the next command, or
                # flush) the command has not run; a slot given back so stays held at most a lease.
                self._connection.send_command("EVAL", self._script, *command)
                self._unanswered.append(command)
            except redis.exceptions.ResponseError as exc:
                logger.warning("%s failed: %s", self._what, exc)

    def _lost(self, exc: redis.exceptions.RedisError) -> None:
        # The connection's state is unknown: start afresh with the next command.
        logger.warning("%s failed (%s; %d answers unread)", self._what, exc, len(self._unanswered))
        self._unanswered.clear()
        self._connection.disconnect()
        self._text_sent = False
