"""Handlers of record sharing."""

from __future__ import annotations

from typing import Any

from ....core.errors import ZohoError, invalid_data, invalid_path_id, mandatory_not_found
from ....core.http import ApiRequest, Reply, no_content, ok
from ...accounts import directory
from .. import serializers
from ..models import Record
from .common import (
    request_module,
    store_of,
)


def _share_record(request: ApiRequest) -> Record:
    store = store_of(request)
    module = request_module(request)
    if module.api_name in ("Notes", "Tasks", "Events", "Calls"):
        raise ZohoError(
            400, "INVALID_MODULE", "the given module is not supported for this api", {"resource_path_index": 0}
        )
    rec = store.records[module.api_name].get(request.path_params["record_id"])
    if rec is None:
        raise invalid_path_id(request.path_params["record_id"], 1, code="ENTITY_ID_INVALID")
    return rec


def get_sharing(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _share_record(request)
    shares = list(store.shares.get(rec.id, []))
    shared_to = request.arg("sharedTo")
    if shared_to:
        shares = [s for s in shares if s.user_id == shared_to]
    view = request.arg("view") or "summary"
    if view not in ("summary", "manage"):
        raise invalid_data("invalid data", param="view")
    body: dict[str, Any] = {"share": [serializers.share(store, rec, s) for s in shares]}
    if view == "manage":
        taken = {s.user_id for s in store.shares.get(rec.id, [])} | {rec.owner}
        body["shareable_user"] = [
            {"full_name": u.full_name, "name": u.full_name, "id": u.id, "zuid": u.zuid}
            for u in directory.USERS
            if u.status == "active" and u.id not in taken
        ]
    if not body["share"] and view == "summary":
        return no_content()
    return ok(body)


def _share(request: ApiRequest, replace: bool) -> Reply:
    store = store_of(request)
    rec = _share_record(request)
    items = request.json_list("share")
    if not items:
        raise mandatory_not_found("share")
    results = store.share(rec, items, request.user_id, replace)
    data = []
    for result in results:
        if isinstance(result, ZohoError):
            data.append(result.entry())
        else:
            data.append(
                {
                    "code": "SUCCESS",
                    "details": {"user": serializers.user_ref(result.user_id, False)},
                    "message": "record will be shared successfully",
                    "status": "success",
                }
            )
    if all(isinstance(r, ZohoError) for r in results):
        return ok({"share": data}, status=400)
    return ok({"share": data})


def share_record(request: ApiRequest) -> Reply:
    return _share(request, replace=False)


def update_sharing(request: ApiRequest) -> Reply:
    return _share(request, replace=True)


def revoke_sharing(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _share_record(request)
    store.revoke_shares(rec)
    return ok({"share": {"code": "SUCCESS", "details": {}, "message": "Sharing Revoked", "status": "success"}})
