"""The CRM org's metadata: standard modules, their standard fields, picklists and lookups, roles
and profiles.

The definitions are data, in ``org_metadata.yaml`` next to this module, in the format every
record-keeping service shares (``records/metadata.py``, read once, at import);
``build_modules()`` turns them into ``ModuleDef``/``FieldDef`` objects with stable ids. Everything
a module exposes through the metadata API (fields, layouts, custom views, related lists) is derived
from them, and record validation reads the same ``FieldDef``s, so what the API says about a field
is what the emulator enforces.
"""

from __future__ import annotations

from typing import Any

from ..records.metadata import DEFAULT_LENGTHS, JSON_TYPES, FieldDef, ModuleDef, OrgMetadata, RelatedDef, org_id

DATA_FILE = "org_metadata.yaml"

ORG = OrgMetadata.load(__package__, DATA_FILE)
"""The CRM org's data file."""


def _object_id(value: int | str) -> str:
    """A number is an id of this org (``org_id``); a string is an id written out in full (the
    documentation's sample role and profile keep their ids)."""
    return value if isinstance(value, str) else org_id(value)


ROLES: list[dict[str, Any]] = [
    {
        **role,
        "id": _object_id(role["id"]),
        "reporting_to": _object_id(role["reporting_to"]) if role["reporting_to"] else None,
    }
    for role in ORG.definitions["roles"]
]
PROFILES: list[dict[str, Any]] = [
    {**profile, "id": _object_id(profile["id"])} for profile in ORG.definitions["profiles"]
]


def build_modules() -> dict[str, ModuleDef]:
    """Fresh CRM module definitions (ids are stable: the same on every call)."""
    return ORG.build_modules()


__all__ = [
    "DATA_FILE",
    "DEFAULT_LENGTHS",
    "JSON_TYPES",
    "ORG",
    "PROFILES",
    "ROLES",
    "FieldDef",
    "ModuleDef",
    "RelatedDef",
    "build_modules",
    "org_id",
]
