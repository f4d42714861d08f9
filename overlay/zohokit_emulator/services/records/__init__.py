"""The record engine shared by every service that keeps Zoho records (CRM, Recruit, Bigin).

A service composes it with its own org metadata (a YAML data file read by ``metadata.py``) and
its own seed:

- ``metadata.py``: ``OrgMetadata`` (the data file), ``ModuleDef``, ``FieldDef``, ``RelatedDef``;
- ``fields.py``: checking and storing a field value (``coerce``), lookups as ``Link``;
- ``state.py``: ``Record``, ``WriteOutcome`` and ``RecordState`` (records by module and id);
- ``writes.py``: ``RecordWrites``, the write and read rules (insert, update, upsert, delete,
  visibility, sorting, the recycle bin), with hooks for what one service adds;
- ``search.py``, ``criteria.py``, ``comparators.py``: search and its criteria language, and the one
  comparator module search and Bulk Read share;
- ``rendering.py``: how a record and a write result look on the wire;
- ``requests.py``: what record handlers read from a request (paging, ids, write bodies);
- ``handlers.py``: the record operations over HTTP for a service whose store is a ``RecordStore``.

Not a service itself (no ``urls.py``); the CRM's tags, blueprints, conversion and sharing stay in
``services/crm``.
"""
