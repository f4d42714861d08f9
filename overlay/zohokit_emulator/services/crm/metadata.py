"""The CRM org's metadata: standard modules, their standard fields, picklists and lookups.

The definitions are data, in ``org_metadata.yaml`` next to this module (read once, at import);
``build_modules()`` turns them into ``ModuleDef``/``FieldDef`` objects with stable ids. Everything
a module exposes through the metadata API (fields, layouts, custom views, related lists) is derived
from them, and record validation reads the same ``FieldDef``s, so what the API says about a field
is what the emulator enforces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..accounts.directory import ORG_ID

JSON_TYPES = {
    "text": "string",
    "textarea": "string",
    "email": "string",
    "phone": "string",
    "website": "string",
    "picklist": "string",
    "autonumber": "string",
    "date": "string",
    "datetime": "string",
    "bigint": "string",
    "profileimage": "string",
    "multiselectpicklist": "jsonarray",
    "subform": "jsonarray",
    "integer": "integer",
    "double": "double",
    "currency": "double",
    "percent": "double",
    "boolean": "boolean",
    "lookup": "jsonobject",
    "ownerlookup": "jsonobject",
}

DEFAULT_LENGTHS = {
    "text": 255,
    "textarea": 32000,
    "email": 100,
    "phone": 30,
    "website": 255,
    "picklist": 120,
    "multiselectpicklist": 2000,
    "autonumber": 255,
    "date": 20,
    "datetime": 120,
    "integer": 9,
    "bigint": 18,
    "double": 16,
    "currency": 16,
    "percent": 5,
    "boolean": 5,
    "lookup": 120,
    "ownerlookup": 120,
    "profileimage": 255,
    "subform": 255,
}


@dataclass
class FieldDef:
    api_name: str
    label: str
    data_type: str
    id: str = ""
    length: int = 0
    mandatory: bool = False
    read_only: bool = False
    system: bool = False
    """Filled in by the emulator (Created_Time, Full_Name...); input is ignored."""
    picklist: tuple[str, ...] = ()
    lookup_module: str | None = None
    """Target module of a lookup; ``"*"`` for a multi-module lookup (What_Id, Parent_Id)."""
    unique: bool = False
    searchable: bool = True
    sequence: int = 0

    @property
    def json_type(self) -> str:
        return JSON_TYPES.get(self.data_type, "string")

    @property
    def max_length(self) -> int:
        return self.length or DEFAULT_LENGTHS.get(self.data_type, 255)


@dataclass
class ModuleDef:
    api_name: str
    singular: str
    plural: str
    id: str
    fields: list[FieldDef]
    display_field: str
    duplicate_check: tuple[str, ...] = ()
    sequence: int = 0
    photo: bool = False
    convertable: bool = False
    bulk_read: bool = True
    tags: bool = True
    generated_type: str = "default"
    related: list[RelatedDef] = field(default_factory=list)

    def field(self, api_name: str) -> FieldDef | None:
        return self.field_map.get(api_name)

    @property
    def field_map(self) -> dict[str, FieldDef]:
        cached = self.__dict__.get("_field_map")
        if cached is None:
            cached = {f.api_name: f for f in self.fields}
            self.__dict__["_field_map"] = cached
        return cached

    @property
    def mandatory_fields(self) -> list[FieldDef]:
        return [f for f in self.fields if f.mandatory]


@dataclass
class RelatedDef:
    """A related list: records of ``module`` linked to the parent.

    ``kind`` is ``lookup`` (the related record's ``via`` field points at the parent),
    ``junction`` (a many-to-many link kept by the store), ``notes`` or ``attachments``.
    """

    api_name: str
    label: str
    module: str
    kind: str
    via: str | None = None
    id: str = ""
    sequence: int = 0


# --- the org's definitions, loaded from org_metadata.yaml -------------------------------------------

DATA_FILE = "org_metadata.yaml"

Spec = tuple[Any, ...]
"""One field as the data file writes it: ``(api_name, label, data_type[, options])``."""


def _load_definitions() -> dict[str, Any]:
    """The data file's content (C-accelerated YAML when PyYAML has it)."""
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded: dict[str, Any] = yaml.load(text, Loader=loader)
    return loaded


def org_id(number: int) -> str:
    """An id of this org: the org id followed by ``number`` zero-padded to twelve digits."""
    return f"{ORG_ID}{number:012d}"


_DEFINITIONS = _load_definitions()

PICKLISTS: dict[str, tuple[str, ...]] = {name: tuple(values) for name, values in _DEFINITIONS["picklists"].items()}
"""Picklist values shared by several fields, by the name fields refer to them with."""
SYSTEM_HEAD: list[Spec] = [tuple(spec) for spec in _DEFINITIONS["system_head"]]
SYSTEM_TAIL: list[Spec] = [tuple(spec) for spec in _DEFINITIONS["system_tail"]]
MODULE_TABLE: list[dict[str, Any]] = _DEFINITIONS["modules"]
RELATED_TABLE: dict[str, list[tuple[str, str, str, str, str | None]]] = {
    parent: [tuple(entry) for entry in lists] for parent, lists in _DEFINITIONS["related_lists"].items()
}
"""Parent module -> its related lists as ``(api_name, label, module, kind, via)``."""

UNIQUE_FIELDS = {(module, api_name) for module, api_name in _DEFINITIONS["unique_fields"]}
"""Fields this org marked unique: inserts and updates with a value already in use fail (DUPLICATE_DATA)."""

ROLES: list[dict[str, Any]] = [
    {**role, "id": org_id(role["id"]), "reporting_to": org_id(role["reporting_to"]) if role["reporting_to"] else None}
    for role in _DEFINITIONS["roles"]
]
PROFILES: list[dict[str, Any]] = [{**profile, "id": org_id(profile["id"])} for profile in _DEFINITIONS["profiles"]]

JUNCTION_INVERSE: dict[tuple[str, str], tuple[str, str]] = {}
"""(module, related list) of a junction -> (other module, its related list for the same link)."""


def _junction_pairs() -> None:
    for parent, lists in RELATED_TABLE.items():
        for api_name, _label, module, kind, _via in lists:
            if kind != "junction":
                continue
            inverse = next((r[0] for r in RELATED_TABLE.get(module, []) if r[3] == "junction" and r[2] == parent), None)
            if inverse is not None:
                JUNCTION_INVERSE[(parent, api_name)] = (module, inverse)


_junction_pairs()


def _field(spec: Spec, sequence: int, make_id: Any) -> FieldDef:
    api_name, label, data_type = spec[0], spec[1], spec[2]
    extra: dict[str, Any] = spec[3] if len(spec) > 3 else {}
    system = bool(extra.get("system"))
    named = extra.get("picklist", ())
    picklist = PICKLISTS[named] if isinstance(named, str) else named
    return FieldDef(
        api_name=api_name,
        label=label,
        data_type=data_type,
        id=make_id(),
        length=int(extra.get("length", 0)),
        mandatory=bool(extra.get("mandatory")),
        read_only=system,
        system=system,
        picklist=picklist if isinstance(picklist, tuple) else tuple(picklist),
        lookup_module=extra.get("lookup"),
        searchable=bool(extra.get("searchable", True)),
        sequence=sequence,
    )


class _Ids:
    def __init__(self, start: int) -> None:
        self.value = start

    def __call__(self) -> str:
        self.value += 1
        return f"{ORG_ID}{self.value:012d}"


def build_modules() -> dict[str, ModuleDef]:
    """Fresh module definitions (ids are stable: the same on every call)."""
    module_ids = _Ids(2000)
    field_ids = _Ids(10000)
    related_ids = _Ids(30000)
    modules: dict[str, ModuleDef] = {}
    for sequence, entry in enumerate(MODULE_TABLE, start=1):
        specs = [*SYSTEM_HEAD, *entry["fields"], *SYSTEM_TAIL]
        if entry["api_name"] == "Notes":
            specs = [s for s in specs if s[0] != "Tag"]
        fields = [_field(spec, n, field_ids) for n, spec in enumerate(specs, start=1)]
        module = ModuleDef(
            api_name=entry["api_name"],
            singular=entry["singular"],
            plural=entry["plural"],
            id=module_ids(),
            fields=fields,
            display_field=entry["display"],
            duplicate_check=tuple(entry.get("dup", ())),
            sequence=sequence,
            photo=bool(entry.get("photo")),
            convertable=bool(entry.get("convertable")),
            bulk_read=bool(entry.get("bulk_read", True)),
            tags=bool(entry.get("tags", True)),
        )
        for f in module.fields:
            f.unique = (module.api_name, f.api_name) in UNIQUE_FIELDS
        modules[module.api_name] = module
    for parent, lists in RELATED_TABLE.items():
        module = modules[parent]
        module.related = [
            RelatedDef(api_name=a, label=label, module=m, kind=kind, via=via, id=related_ids(), sequence=n)
            for n, (a, label, m, kind, via) in enumerate(lists, start=1)
        ]
    return modules
