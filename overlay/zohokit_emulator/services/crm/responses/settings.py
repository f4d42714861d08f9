"""Handlers of the org's metadata: modules, fields, layouts, custom views and related lists."""

from __future__ import annotations

from typing import Any

from ....core.errors import invalid_module, invalid_module_param, invalid_path_id, required_param_missing
from ....core.http import ApiRequest, Reply, no_content, not_modified, ok
from .. import serializers
from .common import (
    modified_since,
    setup_time,
    store_of,
)


def _settings_module(request: ApiRequest) -> Any:
    name = request.arg("module")
    if not name:
        raise required_param_missing("module")
    module = store_of(request).modules.get(name)
    if module is None:
        raise invalid_module_param()
    return module


def list_modules(request: ApiRequest) -> Reply:
    store = store_of(request)
    since = modified_since(request)
    if since is not None and since >= setup_time(request):
        return not_modified()
    return ok({"modules": [serializers.module_meta(store, m) for m in store.modules.values()]})


def get_module(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = store.modules.get(request.path_params["module_api_name"])
    if module is None:
        raise invalid_module(2)
    return ok({"modules": [serializers.module_meta(store, module, detailed=True)]})


def list_fields(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    kind = (request.arg("type") or "").lower()
    if kind == "unused":
        return no_content()
    return ok({"fields": [serializers.field_meta(store, module, f) for f in module.fields]})


def get_field(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    field_id = request.path_params["field_id"]
    spec = next((f for f in module.fields if field_id in (f.id, f.api_name)), None)
    if spec is None:
        raise invalid_path_id(field_id, 2)
    return ok({"fields": [serializers.field_meta(store, module, spec)]})


def list_layouts(request: ApiRequest) -> Reply:
    module = _settings_module(request)
    return ok({"layouts": [serializers.layout(store_of(request), module, setup_time(request))]})


def get_layout(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    if request.path_params["layout_id"] != store.layout_ids[module.api_name]:
        raise invalid_path_id(request.path_params["layout_id"], 2)
    return ok({"layouts": [serializers.layout(store, module, setup_time(request))]})


def list_custom_views(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    view_ids = store.custom_view_ids[module.api_name]
    entries = [serializers.custom_view(store, module, kind, view_id) for kind, view_id in view_ids.items()]
    info = {
        "per_page": 200,
        "default": view_ids["all"],
        "count": len(entries),
        "page": 1,
        "translation": {
            "public_views": "Public Views",
            "other_users_views": "Other Users' Views",
            "shared_with_me": "Views Shared With Me",
            "created_by_me": "Created By Me",
        },
        "more_records": False,
    }
    return ok({"custom_views": entries, "info": info})


def get_custom_view(request: ApiRequest) -> Reply:
    store = store_of(request)
    module = _settings_module(request)
    view_id = request.path_params["custom_view_id"]
    kind = next((k for k, v in store.custom_view_ids[module.api_name].items() if v == view_id), None)
    if kind is None:
        raise invalid_path_id(view_id, 2)
    return ok({"custom_views": [serializers.custom_view(store, module, kind, view_id)]})


def list_related_lists(request: ApiRequest) -> Reply:
    module = _settings_module(request)
    if not module.related:
        return no_content()
    return ok({"related_lists": [serializers.related_meta(module, r) for r in module.related]})


def get_related_list(request: ApiRequest) -> Reply:
    module = _settings_module(request)
    related_id = request.path_params["related_list_id"]
    related = next((r for r in module.related if related_id in (r.id, r.api_name)), None)
    if related is None:
        raise invalid_path_id(related_id, 2)
    return ok({"related_lists": [serializers.related_meta(module, related)]})
