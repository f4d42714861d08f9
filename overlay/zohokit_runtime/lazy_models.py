"""``LazyModel``: the base of every generated model, which converts its fields on first read.

Why: a CRM page holds up to 200 records of ~50 fields, each with a handful of nested objects
(Owner, Created_By, Layout, $approval, ...). Converting all of that eagerly cost more than
decoding the JSON, and callers that page through records often read few of them. A model built
by ``from_dict`` keeps the JSON object and converts its fields when one is first read, with the
same code the stock ``from_dict`` runs; see ``LazyModel`` for the contract. The generated models
(``scripts/templates/model.py.jinja``) end ``from_dict`` with :func:`lazily_built` and use
:func:`load_before_assignment` as their attrs ``on_setattr`` hook.
"""

from collections.abc import Mapping
from types import MemberDescriptorType
from typing import TYPE_CHECKING, Any, TypeVar

M = TypeVar("M", bound="LazyModel")


class LazyModel:
    """The base of every generated model: a model built by ``from_dict`` converts its fields from
    its JSON object when one of them is first read.

    Contract:

    - ``from_dict`` copies the JSON object and checks its required keys: a missing one raises
      ``KeyError`` there, as it always did. Nothing is converted yet, so building a page of
      records costs little more than decoding its JSON.
    - The first read of any field converts all the fields of that model at once, with the code an
      eager ``from_dict`` runs, and drops the copy; later reads are plain attribute reads. Nested
      models are built the same way and convert theirs when first read in turn. A value that does
      not fit the schema (an unknown enum value, a malformed date-time) raises on that first read,
      with a note naming the model, and leaves the model unconverted.
    - Assigning a field of a model that has not converted yet converts it first, so the JSON never
      overwrites what was assigned. The JSON object the caller passed is never changed.
    - The copy is shallow: the models of nested JSON objects keep those objects themselves
      (``_from_nested_json``), so a caller who changes a nested object after ``from_dict`` and
      before its model is read sees the change; ``copy.deepcopy`` the object first to keep it apart.
    - Every way to see the whole model (``to_dict``, ``==``, ``repr``, ``attrs.asdict``, pickling,
      copying) reads its fields, so it gives exactly what an eager ``from_dict`` gave.
    - A model made by its constructor has no JSON object and behaves as a plain attrs class.
    - Union members are still chosen by building each one whole (``_built_whole``), so a union
      resolves to the member an eager parse would have picked.
    - Two threads reading a model that has not converted may both convert it; each field ends up
      with an equal value.
    """

    __slots__ = ("_source",)
    _source: dict[str, Any]

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> Any:
            # Called only when normal lookup fails: for a field, its slot is still empty.
            if name == "_source" or not isinstance(getattr(type(self), name, None), MemberDescriptorType):
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            self._load_fields()
            return object.__getattribute__(self, name)  # still empty (deleted, say): AttributeError

    def _load_fields(self) -> None:
        """Convert every field from the JSON object, if the model still holds one."""
        try:
            source = object.__getattribute__(self, "_source")
        except AttributeError:
            return  # made by its constructor, or converted already
        try:
            self._convert_fields(source)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            exc.add_note(f"while converting {type(self).__name__} from its JSON object")
            raise
        # A bare try costs less than contextlib.suppress, and this runs once per model read.
        try:  # noqa: SIM105
            object.__delattr__(self, "_source")
        except AttributeError:
            pass  # another thread converted it at the same time

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object ``_json`` (each generated model defines this)."""
        raise NotImplementedError

    def _convert_nested_fields(self) -> None:
        """Convert the models held by fields (each generated model with fields that can hold
        models defines this, with ``load_nested``)."""

    def _load_all_fields(self) -> None:
        """Convert every field now, nested models included, raising what an eager ``from_dict``
        would have raised."""
        self._load_fields()
        self._convert_nested_fields()

    @classmethod
    def _built_whole(cls: type[M], json: Mapping[str, Any]) -> M:
        """The model of ``json`` with every field converted, nested models included: what the
        stock ``from_dict`` built, raising what it raised. Union parsing tests members with it."""
        model = cls.__new__(cls)
        model._convert_fields(json)
        model._convert_nested_fields()
        return model


def load_nested(value: object) -> None:
    """``_load_all_fields`` of ``value`` if it is a model, or of every model in a list or dict."""
    if isinstance(value, LazyModel):
        value._load_all_fields()
    elif isinstance(value, list):
        for item in value:
            load_nested(item)
    elif isinstance(value, dict):
        for item in value.values():
            load_nested(item)


V = TypeVar("V")


def lazily_built(cls: type[M], source: dict[str, Any]) -> M:
    """An instance of ``cls`` that converts its fields from ``source`` when one is first read
    (``source`` must be the model's own copy of the JSON object)."""
    model = cls.__new__(cls)
    object.__setattr__(model, "_source", source)
    return model


def load_before_assignment(model: LazyModel, attribute: object, value: V) -> V:
    """The attrs ``on_setattr`` hook of every generated model: a model still holding its JSON
    object converts it before a field is assigned, so the JSON never overwrites the assignment."""
    model._load_fields()
    return value


__all__ = ["LazyModel", "lazily_built", "load_before_assignment", "load_nested"]
