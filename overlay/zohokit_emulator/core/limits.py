"""Edge limits: what the request pipeline refuses before any handler or store sees the request.

The dispatcher applies these, and only these, to every API route (``core/dispatch.py``), so a
refused request never reaches a store and changes nothing:

- a body longer than its limit: ``MAX_BODY_BYTES`` for JSON, form and other bodies, 400
  ``LIMIT_EXCEEDED``; ``MAX_MULTIPART_BYTES`` for multipart uploads, 413
  ``FILE_SIZE_MORE_THAN_ALLOWED_SIZE`` (Zoho's attachment limit is 20 MB; the store still
  checks each file against its own documented size). The body is read chunk by chunk and the
  read stops at the limit, so an oversized body never sits in memory;
- JSON with more than ``MAX_JSON_VALUES`` commas, ``[`` and ``{`` (an upper bound of its values),
  or form text with more than ``MAX_FORM_FIELDS`` fields (400 ``LIMIT_EXCEEDED``): parsed, tiny
  values take far more memory than their bytes (10 MiB of ``{},`` would become about 480 MiB of
  objects), so they are counted before parsing, at the speed of ``bytes.count``;
- JSON nested deeper than ``MAX_JSON_DEPTH`` (400 ``LIMIT_EXCEEDED``), holding a string that
  cannot be encoded as UTF-8 (a lone surrogate such as ``"\\ud800"``: 400 ``INVALID_DATA``) or a
  number that is not finite (``NaN``, ``Infinity``, ``1e400``: 400 ``INVALID_DATA``);
- a search ``criteria`` parameter with parentheses nested deeper than ``MAX_CRITERIA_DEPTH``
  (400 ``INVALID_QUERY``).
"""

from __future__ import annotations

import json
import math
from collections.abc import AsyncIterator
from typing import Any

from .errors import EdgeRefusal, limit_exceeded

MAX_BODY_BYTES = 10 * 1024 * 1024
"""JSON, form and other non-multipart bodies. Zoho takes at most 100 records per write, each of
whose fields has a documented maximum length, which stays far below this."""
MAX_MULTIPART_BYTES = 21 * 1024 * 1024
"""Multipart uploads: Zoho's largest documented file (a 20 MB attachment) and room for the
multipart envelope around it."""
MAX_JSON_DEPTH = 32
"""Nested arrays and objects in a JSON body; Zoho's deepest documented bodies need fewer than 10."""
MAX_JSON_VALUES = 200_000
"""Commas, ``[`` and ``{`` in one JSON body, those inside strings included (counting them exactly
would cost a parse): 100 records of 200 fields each have about 20,000; parsed, 200,000 of the
smallest values take some 50 MB."""
MAX_FORM_FIELDS = 1000
"""Fields in one form body (OAuth token requests send fewer than 10)."""
MAX_CRITERIA_DEPTH = 32
"""Nested parentheses in a search ``criteria`` (which holds at most 10 conditions)."""
CRITERIA_PARAMETERS = ("criteria",)


def body_too_large(limit: int) -> EdgeRefusal:
    error = limit_exceeded("body", limit, f"the request body is larger than {limit} bytes")
    return EdgeRefusal(error.status_code, error.code, error.message, error.details)


def upload_too_large(limit: int) -> EdgeRefusal:
    return EdgeRefusal(
        413, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE", "file size is more than the allowed size", {"maximum_size": limit}
    )


def body_limit(content_type: str) -> tuple[int, EdgeRefusal]:
    """The size limit of a body of this content type, and the error for a body past it."""
    if content_type.startswith("multipart/"):
        return MAX_MULTIPART_BYTES, upload_too_large(MAX_MULTIPART_BYTES)
    return MAX_BODY_BYTES, body_too_large(MAX_BODY_BYTES)


async def read_limited(chunks: AsyncIterator[bytes], declared_length: str | None, content_type: str) -> bytes:
    """The whole body from ``chunks``, or the limit's error as soon as the body is known to pass it:
    at once when ``Content-Length`` says so, else when the bytes received pass it (nothing beyond
    the limit is kept)."""
    limit, refusal = body_limit(content_type)
    if declared_length is not None:
        try:
            declared = int(declared_length.strip())
        except ValueError:
            raise EdgeRefusal(400, "INVALID_DATA", "the Content-Length header is not a number", {}) from None
        if declared > limit:
            raise refusal
    received: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise refusal
        received.append(chunk)
    return b"".join(received)


def _refuse_constant(name: str) -> Any:
    raise EdgeRefusal(400, "INVALID_DATA", f"{name} is not a valid JSON number", {"expected_data_type": "double"})


def count_json_values(raw: bytes) -> int:
    """An upper bound of the values in a JSON text, without parsing it: its commas, ``[`` and ``{``
    (each value but the first of a container follows a comma), plus one. Those inside strings
    count too, so this is an upper bound, never an undercount."""
    return raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1


def too_many(what: str, limit: int) -> EdgeRefusal:
    error = limit_exceeded("body", limit, f"the body holds more than {limit} {what}")
    return EdgeRefusal(error.status_code, error.code, error.message, error.details)


def parse_json(raw: bytes) -> Any:
    """Parse a JSON body under the edge rules: integers stay exact (19-digit ids never pass
    through float), and the result holds only encodable strings, finite numbers and at most
    ``MAX_JSON_DEPTH`` levels, ``MAX_JSON_VALUES`` values at most. Raises ``ValueError`` /
    ``UnicodeDecodeError`` for text that is not JSON, ``EdgeRefusal`` for JSON the edge refuses."""
    if count_json_values(raw) > MAX_JSON_VALUES:
        raise too_many("JSON values", MAX_JSON_VALUES)
    try:
        value = json.loads(raw.decode("utf-8"), parse_int=int, parse_constant=_refuse_constant)
    except RecursionError:
        # Only nesting far past MAX_JSON_DEPTH gets here; the parser gave up before finishing.
        raise nesting_too_deep() from None
    check_json(value)
    return value


def nesting_too_deep() -> EdgeRefusal:
    error = limit_exceeded("body", MAX_JSON_DEPTH, f"the JSON body is nested deeper than {MAX_JSON_DEPTH} levels")
    return EdgeRefusal(error.status_code, error.code, error.message, error.details)


def _unencodable(api_name: str) -> EdgeRefusal:
    return EdgeRefusal(
        400,
        "INVALID_DATA",
        "the body holds a string that is not valid Unicode (a lone surrogate)",
        {"api_name": api_name, "expected_data_type": "text"},
    )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_json(value: Any) -> None:
    """Refuse (``EdgeRefusal``) a parsed JSON value that breaks the edge rules. Iterative, so
    the check itself cannot overflow the stack; ``details.api_name`` names the nearest key."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "body")]
    while stack:
        current, depth, name = stack.pop()
        if isinstance(current, str):
            if not _encodable(current):
                raise _unencodable(name)
        elif isinstance(current, float):
            if not math.isfinite(current):
                raise EdgeRefusal(
                    400,
                    "INVALID_DATA",
                    "the body holds a number that is not finite",
                    {"api_name": name, "expected_data_type": "double"},
                )
        elif isinstance(current, (dict, list)):
            if depth > MAX_JSON_DEPTH:
                raise nesting_too_deep()
            if isinstance(current, dict):
                for key, item in current.items():
                    if not _encodable(key):
                        raise _unencodable(name)
                    stack.append((item, depth + 1, key))
            else:
                stack.extend((item, depth + 1, name) for item in current)


def check_criteria(name: str, text: str) -> None:
    """Refuse a search criteria whose parentheses nest deeper than ``MAX_CRITERIA_DEPTH``
    (escaped ``\\(`` and ``\\)`` are characters of a value, not grouping)."""
    depth = 0
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
            if depth > MAX_CRITERIA_DEPTH:
                raise EdgeRefusal(
                    400,
                    "INVALID_QUERY",
                    "invalid query formed",
                    {"reason": f"criteria nested deeper than {MAX_CRITERIA_DEPTH} levels", "param": name},
                )
        elif char == ")":
            depth = max(0, depth - 1)


def check_parameters(params: Any) -> None:
    """The edge rules for query or form parameters (``params`` maps names to strings)."""
    for name in CRITERIA_PARAMETERS:
        value = params.get(name)
        if isinstance(value, str):
            check_criteria(name, value)
