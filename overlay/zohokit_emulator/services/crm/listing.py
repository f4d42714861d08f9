"""Fast record reads: each record rendered and serialised once, sorted lists kept, pages joined
from cached JSON.

Rendering a record (``serializers.record``) walks every field of its module, and a list used to filter
and sort the whole module on every request. ``ReadCache`` keeps, until the next write:

- each record's JSON (``json.dumps(serializers.record(store, rec), ensure_ascii=False)``), and the JSON
  of its ``fields=`` subsets for the few field sets asked for most recently;
- each list of visible records in list order, per (module, converted, approved, sort_by, order);

so a page is a slice of a kept list, and its body is its records' JSON joined (``page_body``):
byte for byte what ``json.dumps`` gives for the same page rendered record by record.

Invalidation is deliberately coarse: any write clears everything (``ReadCache.clear``). A record's
rendering depends on other state as well (the names of the records it links to, the names of its
tags), so dropping only the records a write touched would not be enough. Every route of the CRM
service other than a GET clears the cache after its handler (``urls.py``), and
``CrmStore.reset`` starts a new one; code that changes the store without going through a route
calls ``store.cache.clear()`` itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import serializers

if TYPE_CHECKING:
    from .models import CrmStore, Record

FIELD_SETS = 16
"""``fields=`` subsets cached at once; asking for another one drops the least recently used."""

ListKey = tuple[str, str, str, str | None, bool]


def dumps(value: Any) -> bytes:
    """JSON as ``Reply`` writes it: ``json.dumps(value, ensure_ascii=False)`` in UTF-8."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


class ReadCache:
    """Rendered records and sorted lists of one ``CrmStore``, valid until the next write."""

    def __init__(self, store: CrmStore) -> None:
        self.store = store
        self.clears = 0
        """How many times the cache was cleared (tests watch writes clear it)."""
        self._json: dict[str, tuple[Record, bytes]] = {}
        self._subsets: dict[frozenset[str], dict[str, tuple[Record, bytes]]] = {}
        self._lists: dict[ListKey, list[Record]] = {}

    def clear(self) -> None:
        self._json.clear()
        self._subsets.clear()
        self._lists.clear()
        self.clears += 1

    # --- records -----------------------------------------------------------------------------------

    def record_json(self, rec: Record, fields: list[str] | None = None) -> bytes:
        """``rec`` as ``serializers.record(store, rec, fields)`` serialised, from the cache when it can."""
        if not fields:
            hit = self._json.get(rec.id)
            if hit is None or hit[0] is not rec:
                hit = self._json[rec.id] = (rec, dumps(serializers.record(self.store, rec)))
            return hit[1]
        wanted = frozenset(fields) | {"id"}
        subset = self._subsets.pop(wanted, None)
        if subset is None:
            subset = {}
            if len(self._subsets) >= FIELD_SETS:
                del self._subsets[next(iter(self._subsets))]
        self._subsets[wanted] = subset  # most recently used last
        hit = subset.get(rec.id)
        if hit is None or hit[0] is not rec:
            hit = subset[rec.id] = (rec, dumps(serializers.record(self.store, rec, fields)))
        return hit[1]

    # --- lists ---------------------------------------------------------------------------------------

    def ordered(
        self, module: str, converted: str, approved: str, sort_by: str | None, descending: bool
    ) -> list[Record]:
        """``store.sort(store.visible(module, converted, approved), sort_by, descending)``, kept.
        The list is shared: callers slice or filter it, never change it."""
        key: ListKey = (module, converted, approved, sort_by or None, descending)
        hit = self._lists.get(key)
        if hit is None:
            hit = self._lists[key] = self.store.sort(
                self.store.visible(module, converted, approved), sort_by, descending
            )
        return hit


def records_body(fragments: Iterable[bytes], info: dict[str, Any] | None = None) -> bytes:
    """``{"data": [...], "info": {...}}`` from records' JSON: the bytes ``json.dumps`` gives for
    the same body built from the records' dicts (``info`` left out when None)."""
    body = b'{"data": [' + b", ".join(fragments) + b"]"
    if info is not None:
        body += b', "info": ' + dumps(info)
    return body + b"}"
