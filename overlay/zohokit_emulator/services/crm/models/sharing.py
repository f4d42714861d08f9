"""Record sharing with other users of the org."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ....core.errors import ZohoError, invalid_data, mandatory_not_found, per_item
from ....core.http import normalize_id
from .state import CrmState, Record

MAX_SHARES = 10
SHARE_PERMISSIONS = ("read_only", "read_write", "full_access")


def _share_limit_exceeded() -> ZohoError:
    """Zoho's 400 for a request, or a resulting sharing, of more than ``MAX_SHARES`` users."""
    return ZohoError(
        400, "SHARE_LIMIT_EXCEEDED", f"Cannot share a record to more than {MAX_SHARES} users.", {"limit": MAX_SHARES}
    )


@dataclass
class Share:
    user_id: str
    permission: str
    share_related_records: bool
    shared_by: str
    shared_time: float


class Sharing(CrmState):
    """Sharing a record with up to ``MAX_SHARES`` users and revoking it."""

    def share(self, rec: Record, items: list[Any], user_id: str, replace: bool) -> list[ZohoError | Share]:
        """Share ``rec`` with the users of ``items`` (one result per item).

        ``replace`` is the update (``PUT``): the users listed become the record's whole sharing, so
        Zoho revokes the access of every user the body leaves out. When every item fails nothing
        changes."""
        existing = {s.user_id: s for s in self.shares.get(rec.id, [])}
        current = {} if replace else dict(existing)
        if len(items) > MAX_SHARES:
            raise _share_limit_exceeded()

        def share_one(item: Any) -> Share:
            entry = self._share_entry(rec, item, user_id, already_shared=set() if replace else set(current))
            current[entry.user_id] = entry
            return entry

        results = per_item(items, share_one)
        if len(current) > MAX_SHARES:
            raise _share_limit_exceeded()
        if all(isinstance(r, ZohoError) for r in results):
            return results
        self.shares[rec.id] = list(current.values())
        return results

    def _share_entry(self, rec: Record, item: Any, user_id: str, already_shared: set[str]) -> Share:
        """One item of a share request as a ``Share`` by ``user_id``, or the ``ZohoError`` refusing it:
        an active user other than the owner, not in ``already_shared``, with a known permission."""
        if not isinstance(item, dict):
            raise invalid_data(expected_data_type="jsonobject")
        user = item.get("user")
        target = normalize_id(user.get("id") if isinstance(user, dict) else None)
        if target is None:
            raise mandatory_not_found("user")
        if not self.user_exists(target) or target == rec.owner:
            raise invalid_data("cannot share to the user", api_name="user", id=target)
        permission = item.get("permission")
        if permission not in SHARE_PERMISSIONS:
            raise invalid_data("Permission is invalid", api_name="permission")
        related = item.get("share_related_records", False)
        if not isinstance(related, bool):
            raise invalid_data(api_name="share_related_records", expected_data_type="boolean")
        if target in already_shared:
            raise ZohoError(
                400, "DUPLICATE_DATA", "record is already visible to the user.", {"api_name": "user", "id": target}
            )
        return Share(target, permission, related, user_id, self.now())

    def revoke_shares(self, rec: Record) -> None:
        if not self.shares.get(rec.id):
            raise invalid_data("No sharing through this record is available to revoke.", id=rec.id)
        del self.shares[rec.id]
