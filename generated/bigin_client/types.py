"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar, cast

from attrs import AttrsInstance, define, fields


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


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class LazyModel:
    """The base of every generated model: fields of a model built by ``from_dict`` are converted
    from its JSON object on first read.

    Contract:

    - ``from_dict`` copies the JSON object and checks its required keys: a missing one raises
      ``KeyError`` there, as it always did. Nothing else is converted yet.
    - The first read of a field converts that field alone, with the code an eager ``from_dict``
      would have run, stores the result on the instance and returns it; later reads are plain
      attribute reads. A value that does not fit the schema (an unknown enum value, a malformed
      date-time, a nested object missing a required key) raises on that first read, and the
      error notes the model and the field.
    - Every way to see the whole model (``to_dict``, ``==``, ``repr``, ``attrs.asdict``, pickling,
      copying) reads every field, so it gives exactly what an eager ``from_dict`` gave.
    - Assigning a field before reading it replaces the JSON value; the JSON object itself never
      changes. A model made by its constructor has no JSON object and behaves as a plain attrs class.
    - Union members are still chosen by trying each one fully (see ``_load_all_fields``), so a
      union resolves to the member an eager parse would have picked.
    - Two threads reading the same unread field may both convert it; each gets an equal value.
    """

    __slots__ = ("_source",)
    _source: dict[str, Any]

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> Any:
            # Called only when normal lookup fails: for a field, its slot is still empty.
            reader = getattr(type(self), "_read_" + name, None)
            try:
                source = object.__getattribute__(self, "_source")
            except AttributeError:
                source = None
            if reader is None or source is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            try:
                value = reader(source)
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                exc.add_note(f"while reading {type(self).__name__}.{name} from the JSON object")
                raise
            object.__setattr__(self, name, value)
            return value

    def _load_all_fields(self) -> None:
        """Convert every field now, nested models included, raising what an eager ``from_dict``
        would have raised; union parsing calls it to test a member the way the stock code does."""
        for field in fields(cast(type[AttrsInstance], type(self))):  # every subclass is an attrs class
            _load_value(getattr(self, field.name))


def _load_value(value: object) -> None:
    if isinstance(value, LazyModel):
        value._load_all_fields()
    elif isinstance(value, list):
        for item in value:
            _load_value(item)
    elif isinstance(value, dict):
        for item in value.values():
            _load_value(item)


M = TypeVar("M", bound=LazyModel)


def lazily_built(cls: type[M], source: dict[str, Any]) -> M:
    """An instance of ``cls`` that converts its fields from ``source`` on first read (``source``
    must be the model's own copy of the JSON object; it is never changed)."""
    model = cls.__new__(cls)
    model._source = source
    return model


__all__ = ["UNSET", "File", "FileTypes", "LazyModel", "RequestFiles", "Response", "Unset", "lazily_built"]
