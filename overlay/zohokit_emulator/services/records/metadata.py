"""Module and field metadata of an org, read from a YAML data file.

Each service that keeps records (CRM, Recruit, Bigin) describes its org in its own data file
(``crm/org_metadata.yaml``, ``recruit/org_metadata.yaml``, ``bigin/org_metadata.yaml``) in one
format; ``OrgMetadata.load`` reads it once and ``OrgMetadata.build_modules()`` turns it into
``ModuleDef``/``FieldDef`` objects with stable ids. Record validation, search, sorting and the
services' metadata reads all use those definitions, so what a module says about a field is what
the emulator enforces.

The format: ``picklists`` (shared values by name), ``system_head`` and ``system_tail`` (fields
every module starts and ends with), ``modules`` (each with ``api_name``, ``singular``,
``plural``, ``display`` and its ``fields``), optionally ``related_lists`` (parent module -> lists
of ``[api_name, label, module, kind, via]``) and ``unique_fields`` (``[module, field]`` pairs).
A field is ``[api_name, label, data_type]`` or ``[api_name, label, data_type, {options}]``;
options are ``length``, ``mandatory``, ``system`` (filled in by the emulator, input ignored),
``searchable``, ``lookup`` (the target module, ``users``, or ``*`` for any module) and
``picklist`` (a name under ``picklists``, or the values). A module may also name ``owner`` (the
field holding its record owner, ``Owner`` by default), ``aliases`` (other names the API accepts
for it), ``defaults`` (values of fields a new record's input leaves out), ``dup`` (its
duplicate-check fields) and the flags ``photo``, ``convertable``,
``bulk_read`` and ``tags`` (a module without tags has no ``Tag`` field).
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
    owner_field: str = "Owner"
    """The field that holds the record's owner (Recruit: ``Candidate_Owner``, ``Client_Owner``...)."""
    aliases: tuple[str, ...] = ()
    """Other names the API accepts for the module."""
    defaults: dict[str, Any] = field(default_factory=dict)
    """Values a new record gets for the fields its input leaves out (Recruit: ``Is_Locked: false``)."""

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

    def related_list(self, api_name: str) -> RelatedDef | None:
        """The related list named ``api_name`` (case-insensitively), or None."""
        wanted = api_name.lower()
        return next((r for r in self.related if r.api_name.lower() == wanted), None)


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


Spec = tuple[Any, ...]
"""One field as the data file writes it: ``(api_name, label, data_type[, options])``."""


def org_id(number: int) -> str:
    """An id of this org: the org id followed by ``number`` zero-padded to twelve digits."""
    return f"{ORG_ID}{number:012d}"


class _Ids:
    def __init__(self, start: int) -> None:
        self.value = start

    def __call__(self) -> str:
        self.value += 1
        return org_id(self.value)


@dataclass(frozen=True)
class OrgMetadata:
    """One org's data file, read (see the module docstring for its format)."""

    definitions: dict[str, Any]

    @classmethod
    def load(cls, package: str, filename: str = "org_metadata.yaml") -> OrgMetadata:
        """The data file ``filename`` of ``package`` (C-accelerated YAML when PyYAML has it)."""
        text = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        loaded: dict[str, Any] = yaml.load(text, Loader=loader)
        return cls(loaded)

    @property
    def picklists(self) -> dict[str, tuple[str, ...]]:
        return {name: tuple(values) for name, values in self.definitions.get("picklists", {}).items()}

    @property
    def system_head(self) -> list[Spec]:
        return [tuple(spec) for spec in self.definitions.get("system_head", [])]

    @property
    def system_tail(self) -> list[Spec]:
        return [tuple(spec) for spec in self.definitions.get("system_tail", [])]

    @property
    def module_table(self) -> list[dict[str, Any]]:
        table: list[dict[str, Any]] = self.definitions["modules"]
        return table

    @property
    def related_table(self) -> dict[str, list[tuple[str, str, str, str, str | None]]]:
        """Parent module -> its related lists as ``(api_name, label, module, kind, via)``."""
        return {
            parent: [tuple(entry) for entry in lists]
            for parent, lists in self.definitions.get("related_lists", {}).items()
        }

    @property
    def unique_fields(self) -> set[tuple[str, str]]:
        """Fields this org marked unique: writes with a value already in use fail (DUPLICATE_DATA)."""
        return {(module, api_name) for module, api_name in self.definitions.get("unique_fields", [])}

    def _field(self, spec: Spec, sequence: int, make_id: _Ids, picklists: dict[str, tuple[str, ...]]) -> FieldDef:
        api_name, label, data_type = spec[0], spec[1], spec[2]
        extra: dict[str, Any] = spec[3] if len(spec) > 3 else {}
        system = bool(extra.get("system"))
        named = extra.get("picklist", ())
        picklist = picklists[named] if isinstance(named, str) else named
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

    def build_modules(self) -> dict[str, ModuleDef]:
        """Fresh module definitions (ids are stable: the same on every call)."""
        module_ids, field_ids, related_ids = _Ids(2000), _Ids(10000), _Ids(30000)
        picklists, head, tail, unique = self.picklists, self.system_head, self.system_tail, self.unique_fields
        modules: dict[str, ModuleDef] = {}
        for sequence, entry in enumerate(self.module_table, start=1):
            specs = [*head, *entry["fields"], *tail]
            tags = bool(entry.get("tags", True))
            if not tags:
                specs = [s for s in specs if s[0] != "Tag"]
            fields = [self._field(tuple(spec), n, field_ids, picklists) for n, spec in enumerate(specs, start=1)]
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
                tags=tags,
                owner_field=entry.get("owner", "Owner"),
                aliases=tuple(entry.get("aliases", ())),
                defaults=dict(entry.get("defaults", {})),
                generated_type=str(entry.get("generated_type", "default")),
            )
            for f in module.fields:
                f.unique = (module.api_name, f.api_name) in unique
            modules[module.api_name] = module
        for parent, lists in self.related_table.items():
            module = modules[parent]
            module.related = [
                RelatedDef(api_name=a, label=label, module=m, kind=kind, via=via, id=related_ids(), sequence=n)
                for n, (a, label, m, kind, via) in enumerate(lists, start=1)
            ]
        return modules
