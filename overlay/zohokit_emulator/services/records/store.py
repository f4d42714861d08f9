"""``RecordStore``: the record engine with search, for a service that keeps its org's records and
little else (Recruit, Bigin). The CRM composes the same engine differently (``crm/models``),
with its tags, channels and the rest.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .metadata import ModuleDef, OrgMetadata
from .rendering import field_value
from .search import Search
from .state import Record
from .writes import RecordWrites


class RecordStore(RecordWrites, Search):
    """Records of the org described by ``ORG`` (its data file), written and read by the shared
    rules. Subclasses set ``ORG``, seed in ``reset()`` (after ``super().reset()``) and may add
    system properties (``system_properties``) and fields the service derives (``derived_fields``)
    to a rendered record."""

    ORG: ClassVar[OrgMetadata]

    def metadata(self) -> dict[str, ModuleDef]:
        return self.ORG.build_modules()

    def path_module(self, name: str, index: int = 0) -> ModuleDef:
        """The module a URL names: case-insensitively, or by an alias; 400 INVALID_MODULE otherwise."""
        return self.module_named(name, index)

    def render(self, rec: Record, fields: list[str] | None = None) -> dict[str, Any]:
        """``rec`` as the API shows it: every field of its module, the fields the metadata does not
        know (custom fields), its id, system properties and derived fields; only ``fields`` (and ``id``)
        when given, the filter applying to derived fields too."""
        module = self.modules[rec.module]
        out: dict[str, Any] = {spec.api_name: field_value(self, rec, spec, with_email=False) for spec in module.fields}
        for key, value in rec.extra.items():
            out.setdefault(key, value)
        out["id"] = rec.id
        out.update(self.system_properties(rec))
        out.update(self.derived_fields(rec))
        if fields:
            wanted = set(fields) | {"id"}
            out = {k: v for k, v in out.items() if k in wanted}
        return out

    def system_properties(self, rec: Record) -> dict[str, Any]:
        """The ``$`` properties of a rendered record."""
        return {
            "$approved": rec.approved,
            "$editable": True,
            "$currency_symbol": "$",
            "$process_flow": False,
            "$approval": {"delegate": False, "approve": False, "reject": False, "resubmit": False},
        }

    def derived_fields(self, rec: Record) -> dict[str, Any]:
        """Fields a service computes for a rendered record rather than stores (a count, a module
        name), set over the stored ones; none by default."""
        return {}
