"""Zoho CRM state, split by sub-resource the way moto splits EC2's models.

``state.CrmState`` holds every collection (records at the centre, tags, attachments, shares,
junctions, variables, channels, the org) and the lookups they share. Each sub-resource is a mixin
over that one state, in its own module: ``records`` (writes and reads), ``search``, ``related``
(related lists), ``notes``, ``tags``, ``attachments`` (and photos), ``conversion`` (leads),
``blueprints``, ``sharing``, ``variables`` and ``notifications`` (channels). A mixin that builds on
another inherits it (records apply tags and notify channels; notes are records; blueprint
transitions write notes), so each module states what it depends on.

``CrmStore`` composes them into the one store the handlers, the seed and Bulk Read use. Plain
Python, no HTTP; callers hold ``backend.lock``.
"""

from __future__ import annotations

from ...records.search import Search
from .attachments import ATTACHMENT_MAX_BYTES, PHOTO_MAX_BYTES, Attachment, AttachmentsAndPhotos
from .blueprints import Blueprint, BlueprintProcess, Transition
from .conversion import LeadConversion
from .notifications import Channel, NotificationChannels
from .records import CUSTOM_FIELD_MAX_LENGTH, RECYCLE_BIN_DAYS, Records
from .related import RelatedLists
from .sharing import MAX_SHARES, Share, Sharing
from .state import CrmState, Deleted, Record, WriteOutcome
from .tags import MAX_TAGS_PER_MODULE, MAX_TAGS_PER_RECORD, Tag, Tags
from .variables import VARIABLE_TYPES, Variable, VariableGroup, Variables


class CrmStore(LeadConversion, BlueprintProcess, RelatedLists, Search, AttachmentsAndPhotos, Sharing, Variables):
    """The CRM store: every sub-resource over one shared state (see the module docstring)."""

    def reset(self) -> None:
        """Back to the seeded state, with a new read cache."""
        from ..listing import ReadCache
        from ..seed import seed

        self.cache = ReadCache(self)  # rendered records and sorted lists; every write clears it
        super().reset()
        seed(self)


__all__ = [
    "ATTACHMENT_MAX_BYTES",
    "CUSTOM_FIELD_MAX_LENGTH",
    "MAX_SHARES",
    "MAX_TAGS_PER_MODULE",
    "MAX_TAGS_PER_RECORD",
    "PHOTO_MAX_BYTES",
    "RECYCLE_BIN_DAYS",
    "VARIABLE_TYPES",
    "Attachment",
    "AttachmentsAndPhotos",
    "Blueprint",
    "BlueprintProcess",
    "Channel",
    "CrmState",
    "CrmStore",
    "Deleted",
    "LeadConversion",
    "NotificationChannels",
    "Record",
    "Records",
    "RelatedLists",
    "Search",
    "Share",
    "Sharing",
    "Tag",
    "Tags",
    "Transition",
    "Variable",
    "VariableGroup",
    "Variables",
    "WriteOutcome",
]
