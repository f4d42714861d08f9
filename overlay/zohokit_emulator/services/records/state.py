"""The state every record-keeping service shares: the record type, the records of each module and
the lookups over them (modules, records by id, users, display names).

A service's store builds on ``RecordState`` with its own module metadata (``metadata()``) and
collections; the write and read rules live in ``writes.RecordWrites`` and ``search.Search``.
Plain Python, no HTTP. Callers hold ``backend.lock``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...core.backend import IdFactory
from ...core.errors import ZohoError, invalid_module, invalid_path_id
from ..accounts import directory
from .fields import Link
from .metadata import ModuleDef

if TYPE_CHECKING:
    from ...core.backend import Backend

VIEW_KINDS = ("all", "mine", "recent_created", "recent_modified")
"""The system custom views of every module: all records, the user's own, created and modified in
the last seven days."""


@dataclass
class Record:
    id: str
    module: str
    values: dict[str, Any]
    owner: str
    created_by: str
    modified_by: str
    created: float
    modified: float
    layout_id: str
    extra: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    photo: tuple[bytes, str, str] | None = None
    converted: bool = False
    converted_detail: dict[str, str | None] | None = None
    approved: bool = True
    stop_processing: bool = False
    last_activity: float | None = None


@dataclass
class Deleted:
    id: str
    module: str
    display_name: str
    created_by: str
    deleted_by: str
    deleted_time: float


@dataclass
class WriteOutcome:
    """One record of a multi-record write: the record, or the error for it."""

    record: Record | None = None
    error: ZohoError | None = None
    action: str | None = None
    duplicate_field: str | None = None


class RecordState:
    """Records of every module of one org, and the lookups over them.

    Subclasses give the org's modules (``metadata()``) and may add collections in ``reset()``;
    the hooks at the end (``notify``, ``on_remove``) are how a service hears about writes.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.reset()

    def metadata(self) -> dict[str, ModuleDef]:
        """Fresh module definitions of the org (its data file)."""
        raise NotImplementedError

    def reset(self) -> None:
        """Every record collection afresh and empty (the service's ``reset`` seeds them)."""
        self.ids = IdFactory(directory.ORG_ID, start=200000000)
        self.modules: dict[str, ModuleDef] = self.metadata()
        self.module_names = {
            name.lower(): module.api_name
            for module in self.modules.values()
            for name in (module.api_name, *module.aliases)
        }
        self.records: dict[str, dict[str, Record]] = {name: {} for name in self.modules}
        self.where: dict[str, str] = {}
        self.deleted: list[Deleted] = []
        self.autonumbers: dict[tuple[str, str], int] = {}
        self.layout_ids = {name: f"{directory.ORG_ID}{40000 + m.sequence:012d}" for name, m in self.modules.items()}
        self.custom_view_ids = {
            name: {kind: f"{directory.ORG_ID}{50000 + m.sequence * 10 + n:012d}" for n, kind in enumerate(VIEW_KINDS)}
            for name, m in self.modules.items()
        }
        """Each module's system custom views (``VIEW_KINDS``) by kind: kind -> id."""

    # --- lookups ----------------------------------------------------------------------------------

    def now(self) -> float:
        return self.backend.clock.timestamp()

    def module(self, name: str, index: int = 0) -> ModuleDef:
        """The module named exactly ``name``; 400 INVALID_MODULE otherwise."""
        module = self.modules.get(name)
        if module is None:
            raise invalid_module(index)
        return module

    def path_module(self, name: str, index: int = 0) -> ModuleDef:
        """The module a URL's ``module_api_name`` names (exactly, by default)."""
        return self.module(name, index)

    def module_named(self, name: str, index: int = 0) -> ModuleDef:
        """The module ``name`` names, case-insensitively or by one of its aliases; 400 INVALID_MODULE otherwise."""
        canonical = self.module_names.get(name.lower())
        if canonical is None:
            raise invalid_module(index)
        return self.modules[canonical]

    def record(self, module: str, record_id: str, index: int = 1) -> Record:
        """The live record; 400 INVALID_DATA ("the id given seems to be invalid") otherwise."""
        rec = self.records.get(module, {}).get(record_id)
        if rec is None:
            raise invalid_path_id(record_id, index)
        return rec

    def find_record(self, record_id: str, module: str | None) -> tuple[str, Record] | None:
        owner = self.where.get(record_id)
        if owner is None or (module is not None and owner != module):
            return None
        return owner, self.records[owner][record_id]

    def user_exists(self, user_id: str, active_only: bool = True) -> bool:
        user = directory.user_by_id(user_id)
        return user is not None and (not active_only or user.status == "active")

    def new_row_id(self) -> str:
        return self.ids()

    def notes_of(self, rec: Record) -> list[Record]:
        """The notes whose ``Parent_Id`` is ``rec``, in the order they were made."""
        return [
            n
            for n in self.records.get("Notes", {}).values()
            if isinstance(n.values.get("Parent_Id"), Link) and n.values["Parent_Id"].id == rec.id
        ]

    def display_name(self, rec: Record) -> str | None:
        module = self.modules[rec.module]
        value = rec.values.get(module.display_field)
        return value if isinstance(value, str) else None

    def link_name(self, link: Link) -> str | None:
        found = self.find_record(link.id, link.module)
        return self.display_name(found[1]) if found else None

    def snapshot(self) -> dict[str, Any]:
        """A deep copy of the record state (tests compare before/after a failed write)."""
        return copy.deepcopy({"records": self.records, "deleted": self.deleted})

    # --- hooks ------------------------------------------------------------------------------------

    def notify(self, module: str, operation: str, ids: list[str], affected: dict[str, list[str]] | None = None) -> None:
        """Records of ``module`` were created, edited or deleted (``operation``): nothing by
        default; the CRM's notification channels deliver it."""

    def on_remove(self, rec: Record, user_id: str) -> None:
        """``rec`` was deleted: drop what the service keeps about it (links, relations...)."""
