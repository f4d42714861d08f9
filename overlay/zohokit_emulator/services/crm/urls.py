"""Routes of Zoho CRM API v2, at its real base path ``/crm/v2``.

Paths use the spec's parameter names; the route table picks the most specific template, so
``/{module_api_name}/search`` wins over ``/{module_api_name}/{record_id}``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from ...core.http import ApiRequest, Reply
from ...core.routing import Route, Service, delete, get, patch, post, put
from ...core.scopes import operation_of
from . import responses as r
from .models import CrmStore


def records_scope(module: str | None = None, group: str = "modules") -> Callable[[ApiRequest], str]:
    """``ZohoCRM.{group}.{module}.{operation}`` (``modules.leads.READ``, ``share.salesorders.UPDATE``)
    for the URL's module, or for ``module`` when the path names it."""

    def scope(request: ApiRequest) -> str:
        name = module or request.path_params.get("module_api_name", "")
        return f"ZohoCRM.{group}.{name.replace('_', '').lower()}.{operation_of(request.method)}"

    return scope


def named_scope(name: str) -> Callable[[ApiRequest], str]:
    """``ZohoCRM.{name}.{operation}`` (``settings.fields``, ``users``, ``org``, ``notifications``...)."""

    def scope(request: ApiRequest) -> str:
        return f"ZohoCRM.{name}.{operation_of(request.method)}"

    return scope


MODULES = records_scope()
NOTES = records_scope("Notes")
SHARE = records_scope(group="share")

RECORDS = "/{module_api_name}"
RECORD = "/{module_api_name}/{record_id}"

SERVICE = Service(
    name="crm",
    base="/crm/v2",
    api="crm",
    store=CrmStore,
    routes=[
        # metadata
        get("/settings/modules", r.list_modules, scope=named_scope("settings.modules")),
        get("/settings/modules/{module_api_name}", r.get_module, scope=named_scope("settings.modules")),
        get("/settings/fields", r.list_fields, scope=named_scope("settings.fields")),
        get("/settings/fields/{field_id}", r.get_field, scope=named_scope("settings.fields")),
        get("/settings/layouts", r.list_layouts, scope=named_scope("settings.layouts")),
        get("/settings/layouts/{layout_id}", r.get_layout, scope=named_scope("settings.layouts")),
        get("/settings/custom_views", r.list_custom_views, scope=named_scope("settings.custom_views")),
        get("/settings/custom_views/{custom_view_id}", r.get_custom_view, scope=named_scope("settings.custom_views")),
        get("/settings/related_lists", r.list_related_lists, scope=named_scope("settings.related_lists")),
        get(
            "/settings/related_lists/{related_list_id}", r.get_related_list, scope=named_scope("settings.related_lists")
        ),
        # users, roles, profiles, org
        get("/users", r.list_users, scope=named_scope("users")),
        get("/users/{user_id}", r.get_user, scope=named_scope("users")),
        get("/settings/roles", r.list_roles, scope=named_scope("settings.roles")),
        get("/settings/roles/{role_id}", r.get_role, scope=named_scope("settings.roles")),
        get("/settings/profiles", r.list_profiles, scope=named_scope("settings.profiles")),
        get("/settings/profiles/{profile_id}", r.get_profile, scope=named_scope("settings.profiles")),
        get("/org", r.get_org, scope=named_scope("org")),
        post("/org/photo", r.upload_org_photo, scope=named_scope("org")),
        # variables
        get("/settings/variables", r.list_variables, scope=named_scope("settings.variables")),
        post(
            "/settings/variables",
            r.create_variables,
            per_item_key="variables",
            item_schema=True,
            scope=named_scope("settings.variables"),
        ),
        put(
            "/settings/variables",
            r.update_variables,
            per_item_key="variables",
            item_schema=True,
            scope=named_scope("settings.variables"),
        ),
        delete("/settings/variables", r.delete_variables, scope=named_scope("settings.variables")),
        get("/settings/variables/{variable_id}", r.get_variable, scope=named_scope("settings.variables")),
        put("/settings/variables/{variable_id}", r.update_variable, scope=named_scope("settings.variables")),
        delete("/settings/variables/{variable_id}", r.delete_variable, scope=named_scope("settings.variables")),
        get("/settings/variable_groups", r.list_variable_groups, scope=named_scope("settings.variables")),
        get(
            "/settings/variable_groups/{variable_group_id}",
            r.get_variable_group,
            scope=named_scope("settings.variables"),
        ),
        # notifications
        get("/actions/watch", r.list_notifications, scope=named_scope("notifications")),
        post(
            "/actions/watch",
            r.enable_notifications,
            per_item_key="watch",
            item_schema=True,
            scope=named_scope("notifications"),
        ),
        put(
            "/actions/watch",
            r.update_notifications,
            per_item_key="watch",
            item_schema=True,
            scope=named_scope("notifications"),
        ),
        patch(
            "/actions/watch",
            r.patch_notifications,
            per_item_key="watch",
            item_schema=True,
            scope=named_scope("notifications"),
        ),
        delete("/actions/watch", r.disable_notifications, scope=named_scope("notifications")),
        # tags
        get("/settings/tags", r.list_tags, scope=named_scope("settings.tags")),
        post(
            "/settings/tags", r.create_tags, per_item_key="tags", item_schema=True, scope=named_scope("settings.tags")
        ),
        put("/settings/tags", r.update_tags, per_item_key="tags", item_schema=True, scope=named_scope("settings.tags")),
        put("/settings/tags/{tag_id}", r.update_tag, scope=named_scope("settings.tags")),
        delete("/settings/tags/{tag_id}", r.delete_tag, scope=named_scope("settings.tags")),
        get("/settings/tags/{tag_id}/actions/records_count", r.tag_record_count, scope=named_scope("settings.tags")),
        post("/settings/tags/{tag_id}/actions/merge", r.merge_tags, scope=named_scope("settings.tags")),
        post(
            RECORDS + "/actions/add_tags",
            r.add_tags_to_records,
            credits=r.tag_credits,
            validate_params=False,
            scope=MODULES,
        ),
        post(
            RECORDS + "/actions/remove_tags", r.remove_tags_from_records, credits=r.tag_credits, validate_params=False
        ),
        post(RECORD + "/actions/add_tags", r.add_tags_to_record, scope=MODULES),
        post(RECORD + "/actions/remove_tags", r.remove_tags_from_record, scope=MODULES),
        # notes
        get("/Notes", r.list_notes, scope=NOTES),
        post("/Notes", r.create_notes, per_item_key="data", credits=r.write_credits, scope=NOTES),
        put("/Notes", r.update_notes, per_item_key="data", credits=r.write_credits, scope=NOTES),
        delete("/Notes", r.delete_notes, validate_params=False, scope=NOTES),
        get(RECORD + "/Notes", r.get_record_notes, scope=MODULES),
        post(RECORD + "/Notes", r.create_record_notes, per_item_key="data", credits=r.write_credits, scope=MODULES),
        put(RECORD + "/Notes/{note_id}", r.update_record_note, per_item_key="data", scope=MODULES),
        delete(RECORD + "/Notes/{note_id}", r.delete_record_note, scope=MODULES),
        # attachments and photos
        get(RECORD + "/Attachments", r.list_attachments, scope=MODULES),
        post(RECORD + "/Attachments", r.upload_attachment, scope=MODULES),
        get(RECORD + "/Attachments/{attachment_id}", r.download_attachment, scope=MODULES),
        delete(RECORD + "/Attachments/{attachment_id}", r.delete_attachment, scope=MODULES),
        get(RECORD + "/photo", r.download_photo, scope=MODULES),
        post(RECORD + "/photo", r.upload_photo, scope=MODULES),
        delete(RECORD + "/photo", r.delete_photo, scope=MODULES),
        # sharing, conversion, blueprint
        get(RECORD + "/actions/share", r.get_sharing, scope=SHARE),
        post(RECORD + "/actions/share", r.share_record, per_item_key="share", scope=SHARE),
        put(RECORD + "/actions/share", r.update_sharing, per_item_key="share", scope=SHARE),
        delete(RECORD + "/actions/share", r.revoke_sharing, scope=SHARE),
        post("/Leads/{record_id}/actions/convert", r.convert_lead, credits=5, scope=records_scope("Leads")),
        get(RECORD + "/actions/blueprint", r.get_blueprint, scope=MODULES),
        put(RECORD + "/actions/blueprint", r.update_blueprint, scope=MODULES),
        # records
        get(RECORDS, r.list_records, credits=r.list_credits, scope=MODULES),
        post(RECORDS, r.insert_records, per_item_key="data", credits=r.write_credits, scope=MODULES),
        put(RECORDS, r.update_records, per_item_key="data", credits=r.write_credits, scope=MODULES),
        delete(RECORDS, r.delete_records, validate_params=False, scope=MODULES),
        post(RECORDS + "/upsert", r.upsert_records, per_item_key="data", credits=r.write_credits, scope=MODULES),
        get(RECORDS + "/deleted", r.deleted_records, credits=2, scope=MODULES),
        get(RECORDS + "/search", r.search_records, scope=MODULES),
        get(RECORD, r.get_record, scope=MODULES),
        put(RECORD, r.update_record, per_item_key="data", scope=MODULES),
        delete(RECORD, r.delete_record, scope=MODULES),
        # related records
        get(RECORD + "/{related_list_api_name}", r.get_related_records, scope=MODULES),
        put(RECORD + "/{related_list_api_name}", r.update_related_records, per_item_key="data", scope=MODULES),
        delete(RECORD + "/{related_list_api_name}", r.delink_related_records, validate_params=False, scope=MODULES),
        put(
            RECORD + "/{related_list_api_name}/{related_record_id}",
            r.update_related_record,
            per_item_key="data",
            scope=MODULES,
        ),
        delete(RECORD + "/{related_list_api_name}/{related_record_id}", r.delink_related_record, scope=MODULES),
    ],
    control_routes=[
        # Zoho's v2 API can only upload the logo; tests read it back here.
        get("/_emulator/crm/org/photo", r.download_org_photo),
        post("/_emulator/crm/seed", r.seed_records),
        post("/_emulator/crm/{module_api_name}/{record_id}/stop_processing", r.stop_processing),
    ],
)


def clears_read_cache(route: Route) -> Route:
    """``route`` with a handler that clears the store's read cache (``listing.py``) after it runs,
    unless it is a GET: every other route may change what a record renders as."""
    if route.method == "GET":
        return route
    handler = route.handler

    @functools.wraps(handler)
    def handle(request: ApiRequest) -> Reply:
        try:
            return handler(request)
        finally:
            r.store_of(request).cache.clear()

    return dataclasses.replace(route, handler=handle)


SERVICE.routes = [clears_read_cache(route) for route in SERVICE.routes]
SERVICE.control_routes = [clears_read_cache(route) for route in SERVICE.control_routes]
