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
from .models import CrmStore
from .responses import (
    attachments,
    blueprints,
    common,
    conversion,
    emulator_control,
    notes,
    notifications,
    org,
    records,
    related,
    settings,
    sharing,
    tags,
    variables,
)


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
        get("/settings/modules", settings.list_modules, scope=named_scope("settings.modules")),
        get("/settings/modules/{module_api_name}", settings.get_module, scope=named_scope("settings.modules")),
        get("/settings/fields", settings.list_fields, scope=named_scope("settings.fields")),
        get("/settings/fields/{field_id}", settings.get_field, scope=named_scope("settings.fields")),
        get("/settings/layouts", settings.list_layouts, scope=named_scope("settings.layouts")),
        get("/settings/layouts/{layout_id}", settings.get_layout, scope=named_scope("settings.layouts")),
        get("/settings/custom_views", settings.list_custom_views, scope=named_scope("settings.custom_views")),
        get(
            "/settings/custom_views/{custom_view_id}",
            settings.get_custom_view,
            scope=named_scope("settings.custom_views"),
        ),
        get("/settings/related_lists", settings.list_related_lists, scope=named_scope("settings.related_lists")),
        get(
            "/settings/related_lists/{related_list_id}",
            settings.get_related_list,
            scope=named_scope("settings.related_lists"),
        ),
        # users, roles, profiles, org
        get("/users", org.list_users, scope=named_scope("users")),
        get("/users/{user_id}", org.get_user, scope=named_scope("users")),
        get("/settings/roles", org.list_roles, scope=named_scope("settings.roles")),
        get("/settings/roles/{role_id}", org.get_role, scope=named_scope("settings.roles")),
        get("/settings/profiles", org.list_profiles, scope=named_scope("settings.profiles")),
        get("/settings/profiles/{profile_id}", org.get_profile, scope=named_scope("settings.profiles")),
        get("/org", org.get_org, scope=named_scope("org")),
        post("/org/photo", org.upload_org_photo, scope=named_scope("org")),
        # variables
        get("/settings/variables", variables.list_variables, scope=named_scope("settings.variables")),
        post(
            "/settings/variables",
            variables.create_variables,
            per_item_key="variables",
            item_schema=True,
            scope=named_scope("settings.variables"),
        ),
        put(
            "/settings/variables",
            variables.update_variables,
            per_item_key="variables",
            item_schema=True,
            scope=named_scope("settings.variables"),
        ),
        delete("/settings/variables", variables.delete_variables, scope=named_scope("settings.variables")),
        get("/settings/variables/{variable_id}", variables.get_variable, scope=named_scope("settings.variables")),
        put("/settings/variables/{variable_id}", variables.update_variable, scope=named_scope("settings.variables")),
        delete("/settings/variables/{variable_id}", variables.delete_variable, scope=named_scope("settings.variables")),
        get("/settings/variable_groups", variables.list_variable_groups, scope=named_scope("settings.variables")),
        get(
            "/settings/variable_groups/{variable_group_id}",
            variables.get_variable_group,
            scope=named_scope("settings.variables"),
        ),
        # notifications
        get("/actions/watch", notifications.list_notifications, scope=named_scope("notifications")),
        post(
            "/actions/watch",
            notifications.enable_notifications,
            per_item_key="watch",
            item_schema=True,
            scope=named_scope("notifications"),
        ),
        put(
            "/actions/watch",
            notifications.update_notifications,
            per_item_key="watch",
            item_schema=True,
            scope=named_scope("notifications"),
        ),
        patch(
            "/actions/watch",
            notifications.patch_notifications,
            per_item_key="watch",
            item_schema=True,
            scope=named_scope("notifications"),
        ),
        delete("/actions/watch", notifications.disable_notifications, scope=named_scope("notifications")),
        # tags
        get("/settings/tags", tags.list_tags, scope=named_scope("settings.tags")),
        post(
            "/settings/tags",
            tags.create_tags,
            per_item_key="tags",
            item_schema=True,
            scope=named_scope("settings.tags"),
        ),
        put(
            "/settings/tags",
            tags.update_tags,
            per_item_key="tags",
            item_schema=True,
            scope=named_scope("settings.tags"),
        ),
        put("/settings/tags/{tag_id}", tags.update_tag, scope=named_scope("settings.tags")),
        delete("/settings/tags/{tag_id}", tags.delete_tag, scope=named_scope("settings.tags")),
        get("/settings/tags/{tag_id}/actions/records_count", tags.tag_record_count, scope=named_scope("settings.tags")),
        post("/settings/tags/{tag_id}/actions/merge", tags.merge_tags, scope=named_scope("settings.tags")),
        post(
            RECORDS + "/actions/add_tags",
            tags.add_tags_to_records,
            credits=common.tag_credits,
            validate_params=False,
            scope=MODULES,
        ),
        post(
            RECORDS + "/actions/remove_tags",
            tags.remove_tags_from_records,
            credits=common.tag_credits,
            validate_params=False,
        ),
        post(RECORD + "/actions/add_tags", tags.add_tags_to_record, scope=MODULES),
        post(RECORD + "/actions/remove_tags", tags.remove_tags_from_record, scope=MODULES),
        # notes
        get("/Notes", notes.list_notes, scope=NOTES),
        post("/Notes", notes.create_notes, per_item_key="data", credits=common.write_credits, scope=NOTES),
        put("/Notes", notes.update_notes, per_item_key="data", credits=common.write_credits, scope=NOTES),
        delete("/Notes", notes.delete_notes, validate_params=False, scope=NOTES),
        get(RECORD + "/Notes", notes.get_record_notes, scope=MODULES),
        post(
            RECORD + "/Notes",
            notes.create_record_notes,
            per_item_key="data",
            credits=common.write_credits,
            scope=MODULES,
        ),
        put(RECORD + "/Notes/{note_id}", notes.update_record_note, per_item_key="data", scope=MODULES),
        delete(RECORD + "/Notes/{note_id}", notes.delete_record_note, scope=MODULES),
        # attachments and photos
        get(RECORD + "/Attachments", attachments.list_attachments, scope=MODULES),
        post(RECORD + "/Attachments", attachments.upload_attachment, scope=MODULES),
        get(RECORD + "/Attachments/{attachment_id}", attachments.download_attachment, scope=MODULES),
        delete(RECORD + "/Attachments/{attachment_id}", attachments.delete_attachment, scope=MODULES),
        get(RECORD + "/photo", attachments.download_photo, scope=MODULES),
        post(RECORD + "/photo", attachments.upload_photo, scope=MODULES),
        delete(RECORD + "/photo", attachments.delete_photo, scope=MODULES),
        # sharing, conversion, blueprint
        get(RECORD + "/actions/share", sharing.get_sharing, scope=SHARE),
        post(RECORD + "/actions/share", sharing.share_record, per_item_key="share", scope=SHARE),
        put(RECORD + "/actions/share", sharing.update_sharing, per_item_key="share", scope=SHARE),
        delete(RECORD + "/actions/share", sharing.revoke_sharing, scope=SHARE),
        post("/Leads/{record_id}/actions/convert", conversion.convert_lead, credits=5, scope=records_scope("Leads")),
        get(RECORD + "/actions/blueprint", blueprints.get_blueprint, scope=MODULES),
        put(RECORD + "/actions/blueprint", blueprints.update_blueprint, scope=MODULES),
        # records
        get(RECORDS, records.list_records, credits=common.list_credits, scope=MODULES),
        post(RECORDS, records.insert_records, per_item_key="data", credits=common.write_credits, scope=MODULES),
        put(RECORDS, records.update_records, per_item_key="data", credits=common.write_credits, scope=MODULES),
        delete(RECORDS, records.delete_records, validate_params=False, scope=MODULES),
        post(
            RECORDS + "/upsert",
            records.upsert_records,
            per_item_key="data",
            credits=common.write_credits,
            scope=MODULES,
        ),
        get(RECORDS + "/deleted", records.deleted_records, credits=2, scope=MODULES),
        get(RECORDS + "/search", records.search_records, scope=MODULES),
        get(RECORD, records.get_record, scope=MODULES),
        put(RECORD, records.update_record, per_item_key="data", scope=MODULES),
        delete(RECORD, records.delete_record, scope=MODULES),
        # related records
        get(RECORD + "/{related_list_api_name}", related.get_related_records, scope=MODULES),
        put(RECORD + "/{related_list_api_name}", related.update_related_records, per_item_key="data", scope=MODULES),
        delete(
            RECORD + "/{related_list_api_name}", related.delink_related_records, validate_params=False, scope=MODULES
        ),
        put(
            RECORD + "/{related_list_api_name}/{related_record_id}",
            related.update_related_record,
            per_item_key="data",
            item_schema=True,  # the one item's shape is fixed: an optional id in range, the relation's fields
            scope=MODULES,
        ),
        delete(RECORD + "/{related_list_api_name}/{related_record_id}", related.delink_related_record, scope=MODULES),
    ],
    control_routes=[
        # Zoho's v2 API can only upload the logo; tests read it back here.
        get("/_emulator/crm/org/photo", org.download_org_photo),
        post("/_emulator/crm/seed", emulator_control.seed_records),
        post("/_emulator/crm/{module_api_name}/{record_id}/stop_processing", emulator_control.stop_processing),
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
            common.store_of(request).cache.clear()

    return dataclasses.replace(route, handler=handle)


SERVICE.routes = [clears_read_cache(route) for route in SERVICE.routes]
SERVICE.control_routes = [clears_read_cache(route) for route in SERVICE.control_routes]
