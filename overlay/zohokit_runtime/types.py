"""The value types every generated package shares: ``Unset``/``UNSET``, ``File`` and ``Response``.

The definitions are openapi-python-client 0.29.1's (its ``types.py.jinja``) with two changes:
``Response`` is generic in the success body type and the error body type (the stock one has one
parameter for their union), so that code typed against a response (zohokit's ``unwrap`` and
pagers) gets the success model on its own; and ``Response.request`` is the ``httpx.Request``
that was sent, so an error raised from a response can say which request failed.
"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define, field


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E")


@define
class Response(Generic[T, E]):
    """A response from an endpoint.

    ``parsed`` is the body of a documented success status (type ``T``; ``None`` in ``T`` stands
    for a documented bodyless answer such as a 204), the body of a documented error status (type
    ``E``), or ``None`` for a status the operation does not document. ``request`` is the request
    that was sent for it (as httpx last sent it: after redirects and authentication); it is
    ``None`` for a ``Response`` made by other code, and it takes no part in ``==``.
    """

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | E | None
    request: httpx.Request | None = field(default=None, kw_only=True, eq=False)

    if TYPE_CHECKING:
        # Seen by type checkers only: `parsed` unites T and E, so code typed against a response
        # (zohokit's unwrap and pagers) reads the success type apart from the error type here.
        def _success_type(self) -> T: ...


def request_sent_for(response: httpx.Response) -> httpx.Request | None:
    """The request ``response`` answers, for ``Response.request``; ``None`` for an ``httpx.Response``
    made without one (httpx raises on reading its ``request`` then)."""
    try:
        return response.request
    except RuntimeError:
        return None


__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Response", "Unset", "request_sent_for"]
