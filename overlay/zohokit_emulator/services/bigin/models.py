"""Zoho Bigin state: the org's records (companies, contacts, deals, products, tasks, events,
calls, notes) in the record engine every record-keeping service shares (``records/``, with this
org's ``org_metadata.yaml``), and the product relations between them.

The records API writes and reads the same records the relations name: a product inserted through
``POST /Products`` can be related; deleting a record drops its relations (and its notes), so it
disappears from every related list, and a relation naming it afterwards is refused like any id
that names no record.

Rules kept (from the Update Related Records document): products relate to contacts, deals
(pipeline records) and companies (``Accounts``), through the ``Products`` related list of those
modules (and, the same relation seen from the other side, their related lists on ``Products``);
an unknown module is ``400 INVALID_MODULE``, a related list the module does not have is ``404
INVALID_URL_PATTERN``, a parent id that names no record ``400 INVALID_DATA``, a related id in the
URL that names no record of the related list's module ``400 INVALID_DATA`` (``the related id given
seems to be invalid``). In a list of related records each record succeeds or fails on its own
(``MANDATORY_NOT_FOUND`` without ``id``, ``INVALID_DATA`` for a bad id or relation field).

A relation keeps its own fields (a deal's products: ``list_price``, ``quantity``); updating an
existing relation merges the fields sent into the stored ones (``null`` clears one).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from ...core.errors import (
    invalid_data,
    invalid_module,
    invalid_path_id,
    invalid_url_pattern,
    not_found_record,
)
from ...core.http import normalize_id
from ..records.fields import Link as RecordLink
from ..records.metadata import OrgMetadata
from ..records.state import Record
from ..records.store import RecordStore
from . import seed

if TYPE_CHECKING:
    from ...core.backend import Backend

UNSUPPORTED = {name.lower() for name in seed.UNSUPPORTED_MODULES}
OTHER_MODULES = {name.lower(): name for name in seed.OTHER_MODULES}
"""Modules Bigin has that keep no records here, by lower-case name."""


@dataclass(frozen=True)
class RelationKind:
    """How a URL's module and related list map onto a stored product relation."""

    module: str
    """The module in the URL (the parent record's)."""
    related_module: str
    """The module the related list holds."""
    related_list: str
    """The related list's canonical API name."""

    @property
    def parent_module(self) -> str:
        """The non-product side, which owns the relation (``Contacts``, ``Deals``, ``Accounts``)."""
        return self.related_module if self.module == seed.PRODUCTS_MODULE else self.module

    def key(self, record_id: str, related_id: str) -> tuple[tuple[str, str], str]:
        """((parent module, parent id), product id) for a pair named from this side."""
        if self.module == seed.PRODUCTS_MODULE:
            return (self.related_module, related_id), record_id
        return (self.module, record_id), related_id

    @property
    def fields(self) -> dict[str, str]:
        return seed.RELATION_FIELDS[self.parent_module]


@dataclass(frozen=True)
class Link:
    """One validated relation write: the related record and the relation fields to merge."""

    related_id: str
    data: dict[str, Any]


class BiginStore(RecordStore):
    """The Bigin org's records (the shared engine) and the product relations between them."""

    ORG: ClassVar[OrgMetadata] = OrgMetadata.load(__package__)

    def __init__(self, backend: Backend) -> None:
        self.relations: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        super().__init__(backend)

    def fixtures(self) -> dict[str, Any]:
        """The deal and products of Bigin's Update Related Records sample, and the seeded records
        of each module by id."""
        return {
            "deal_id": seed.SAMPLE_DEAL_ID,
            "product_ids": list(seed.SAMPLE_PRODUCT_IDS),
            "record_ids": {module: [entry[0] for entry in entries] for module, entries in seed.RECORDS.items()},
            "custom_view_ids": {module: dict(views) for module, views in self.custom_view_ids.items()},
        }

    def reset(self) -> None:
        """The seeded org: records through the engine (a record's lookups first), then relations."""
        super().reset()
        for module, entries in seed.RECORDS.items():
            for record_id, created, data in entries:
                self.seed_record(module, record_id, data, created=created)
        self.relations = {}
        for module, parent_id, product_id, data in seed.RELATIONS:
            self.relations.setdefault((module, parent_id), {})[product_id] = dict(data)

    # --- resolving the URL ------------------------------------------------------------------------

    def module_name(self, raw: str) -> str:
        """The canonical module API name, or 400 ``INVALID_MODULE``."""
        key = raw.lower()
        name = self.module_names.get(key) or OTHER_MODULES.get(key)
        if name is None:
            raise invalid_module(0, supported=key not in UNSUPPORTED)
        return name

    @staticmethod
    def relation(module: str, related_list: str) -> RelationKind:
        """The relation a related list stands for, or 404 ``INVALID_URL_PATTERN``."""
        wanted = related_list.lower()
        if module in seed.PARENT_MODULES and wanted == seed.PRODUCTS_MODULE.lower():
            return RelationKind(module, seed.PRODUCTS_MODULE, seed.PRODUCTS_MODULE)
        if module == seed.PRODUCTS_MODULE:
            for parent in seed.PARENT_MODULES:
                if wanted == parent.lower():
                    return RelationKind(module, parent, parent)
        raise invalid_url_pattern()

    def parent_record(self, module: str, raw_id: str) -> str:
        record_id = normalize_id(raw_id)
        if record_id is None or record_id not in self.records.get(module, {}):
            raise invalid_path_id(raw_id, 1)
        return record_id

    def related_record(self, kind: RelationKind, raw_id: Any, index: int | None = None) -> str:
        """The id of a record of the related list's module, or 400 ``INVALID_DATA`` (related id)."""
        related_id = normalize_id(raw_id)
        if related_id is None or related_id not in self.records[kind.related_module]:
            shown = raw_id if isinstance(raw_id, str) else str(raw_id)
            if index is None:
                raise invalid_data("the related id given seems to be invalid", id=shown)
            raise not_found_record(shown, index)
        return related_id

    # --- relation fields --------------------------------------------------------------------------

    @staticmethod
    def relation_data(kind: RelationKind, item: dict[str, Any]) -> dict[str, Any]:
        """The relation fields of one body item, checked; other keys are ignored like Zoho does."""
        data: dict[str, Any] = {}
        for name, expected in kind.fields.items():
            if name not in item:
                continue
            value = item[name]
            if value is None:
                data[name] = None
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise invalid_data("invalid data", api_name=name, expected_data_type=expected)
            if value < 0 or (name == "quantity" and value == 0):
                raise invalid_data("invalid data", api_name=name)
            data[name] = value
        return data

    # --- writes -----------------------------------------------------------------------------------

    def link(self, kind: RelationKind, record_id: str, link: Link) -> None:
        """Create the relation, or merge ``link.data`` into the existing one (None clears a field)."""
        parent, product_id = kind.key(record_id, link.related_id)
        stored = self.relations.setdefault(parent, {}).setdefault(product_id, {})
        for name, value in link.data.items():
            if value is None:
                stored.pop(name, None)
            else:
                stored[name] = value

    # --- the record engine's hooks -------------------------------------------------------------------

    def on_remove(self, rec: Record, user_id: str) -> None:
        """A deleted record leaves no product relation behind, from either side."""
        self.relations.pop((rec.module, rec.id), None)
        for parent in list(self.relations):
            self.relations[parent].pop(rec.id, None)
            if not self.relations[parent]:
                del self.relations[parent]

    def derived_fields(self, rec: Record) -> dict[str, Any]:
        """A record's (empty) ``Tag`` list, and for a note or activity the module of the record it
        belongs to (``$se_module``)."""
        derived: dict[str, Any] = {}
        if rec.module != "Notes":
            derived["Tag"] = []
        for name in ("Parent_Id", "What_Id"):
            link = rec.values.get(name)
            if isinstance(link, RecordLink):
                derived["$se_module"] = link.module
        return derived

    # --- related records --------------------------------------------------------------------------

    def related_records(self, module: str, rec: Record, related_list: str) -> list[Record]:
        """The records of ``rec``'s related list ``related_list`` (its API name, case-insensitive),
        oldest first; 404 ``INVALID_URL_PATTERN`` for a related list the module does not have."""
        spec = self.modules[module].related_list(related_list)
        if spec is None or spec.kind == "notes":
            raise invalid_url_pattern()
        related = self.records[spec.module]
        found: list[Record]
        if spec.kind == "products":
            if module == seed.PRODUCTS_MODULE:
                found = [
                    related[parent_id]
                    for (parent_module, parent_id), products in self.relations.items()
                    if parent_module == spec.module and rec.id in products and parent_id in related
                ]
            else:
                found = [related[pid] for pid in self.relations.get((module, rec.id), {}) if pid in related]
        elif spec.kind == "lookup":
            found = [
                r
                for r in related.values()
                if isinstance(r.values.get(spec.via or ""), RecordLink) and r.values[spec.via or ""].id == rec.id
            ]
        else:  # parent_lookup: the record the parent's own lookup names
            link = rec.values.get(spec.via or "")
            found = [related[link.id]] if isinstance(link, RecordLink) and link.id in related else []
        return sorted(found, key=lambda r: (r.created, r.id))

    # --- reads (for the control route and tests) --------------------------------------------------

    def related(self, module: str, record_id: str) -> dict[str, dict[str, Any]]:
        """The products related to a contact, deal or company: product id → relation fields."""
        return copy.deepcopy(self.relations.get((module, record_id), {}))

    def all_relations(self) -> list[dict[str, Any]]:
        result = []
        for (module, parent_id), products in sorted(self.relations.items()):
            for product_id, data in sorted(products.items()):
                result.append({"module": module, "id": parent_id, "product_id": product_id, "data": dict(data)})
        return result
