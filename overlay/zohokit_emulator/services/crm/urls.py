"""Routes of Zoho CRM API v2, at its real base path ``/crm/v2``.

Paths use the spec's parameter names; the route table picks the most specific template, so
``/{module_api_name}/search`` wins over ``/{module_api_name}/{record_id}``. The OAuth scopes and
API credits of each route are those of its operation in the spec (``core/operation_policy.py``).
"""

from __future__ import annotations

import dataclasses
import functools

from ...core.http import ApiRequest, Reply
from ...core.routing import Route, Service, delete, get, patch, post, put
from ..records.urls import RECORD, RECORDS, record_routes
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

SERVICE = Service(
    name="crm",
    base="/crm/v2",
    api="crm",
    store=CrmStore,
    routes=[
        # metadata
        get("/settings/modules", settings.list_modules),
        get("/settings/modules/{module_api_name}", settings.get_module),
        get("/settings/fields", settings.list_fields),
        get("/settings/fields/{field_id}", settings.get_field),
        get("/settings/layouts", settings.list_layouts),
        get("/settings/layouts/{layout_id}", settings.get_layout),
        get("/settings/custom_views", settings.list_custom_views),
        get("/settings/custom_views/{custom_view_id}", settings.get_custom_view),
        get("/settings/related_lists", settings.list_related_lists),
        get("/settings/related_lists/{related_list_id}", settings.get_related_list),
        # users, roles, profiles, org
        get("/users", org.list_users),
        get("/users/{user_id}", org.get_user),
        get("/settings/roles", org.list_roles),
        get("/settings/roles/{role_id}", org.get_role),
        get("/settings/profiles", org.list_profiles),
        get("/settings/profiles/{profile_id}", org.get_profile),
        get("/org", org.get_org),
        post("/org/photo", org.upload_org_photo),
        # variables
        get("/settings/variables", variables.list_variables),
        post("/settings/variables", variables.create_variables, per_item_key="variables", item_schema=True),
        put("/settings/variables", variables.update_variables, per_item_key="variables", item_schema=True),
        delete("/settings/variables", variables.delete_variables),
        get("/settings/variables/{variable_id}", variables.get_variable),
        put("/settings/variables/{variable_id}", variables.update_variable),
        delete("/settings/variables/{variable_id}", variables.delete_variable),
        get("/settings/variable_groups", variables.list_variable_groups),
        get("/settings/variable_groups/{variable_group_id}", variables.get_variable_group),
        # notifications
        get("/actions/watch", notifications.list_notifications),
        post("/actions/watch", notifications.enable_notifications, per_item_key="watch", item_schema=True),
        put("/actions/watch", notifications.update_notifications, per_item_key="watch", item_schema=True),
        patch("/actions/watch", notifications.patch_notifications, per_item_key="watch", item_schema=True),
        delete("/actions/watch", notifications.disable_notifications),
        # tags
        get("/settings/tags", tags.list_tags),
        post("/settings/tags", tags.create_tags, per_item_key="tags", item_schema=True),
        put("/settings/tags", tags.update_tags, per_item_key="tags", item_schema=True),
        put("/settings/tags/{tag_id}", tags.update_tag),
        delete("/settings/tags/{tag_id}", tags.delete_tag),
        get("/settings/tags/{tag_id}/actions/records_count", tags.tag_record_count),
        post("/settings/tags/{tag_id}/actions/merge", tags.merge_tags),
        post(RECORDS + "/actions/add_tags", tags.add_tags_to_records, validate_params=False),
        post(RECORDS + "/actions/remove_tags", tags.remove_tags_from_records, validate_params=False),
        post(RECORD + "/actions/add_tags", tags.add_tags_to_record),
        post(RECORD + "/actions/remove_tags", tags.remove_tags_from_record),
        # notes
        get("/Notes", notes.list_notes),
        post("/Notes", notes.create_notes, per_item_key="data"),
        put("/Notes", notes.update_notes, per_item_key="data"),
        delete("/Notes", notes.delete_notes, validate_params=False),
        get(RECORD + "/Notes", notes.get_record_notes),
        post(RECORD + "/Notes", notes.create_record_notes, per_item_key="data"),
        put(RECORD + "/Notes/{note_id}", notes.update_record_note, per_item_key="data"),
        delete(RECORD + "/Notes/{note_id}", notes.delete_record_note),
        # attachments and photos
        get(RECORD + "/Attachments", attachments.list_attachments),
        post(RECORD + "/Attachments", attachments.upload_attachment),
        get(RECORD + "/Attachments/{attachment_id}", attachments.download_attachment),
        delete(RECORD + "/Attachments/{attachment_id}", attachments.delete_attachment),
        get(RECORD + "/photo", attachments.download_photo),
        post(RECORD + "/photo", attachments.upload_photo),
        delete(RECORD + "/photo", attachments.delete_photo),
        # sharing, conversion, blueprint
        get(RECORD + "/actions/share", sharing.get_sharing),
        post(RECORD + "/actions/share", sharing.share_record, per_item_key="share"),
        put(RECORD + "/actions/share", sharing.update_sharing, per_item_key="share"),
        delete(RECORD + "/actions/share", sharing.revoke_sharing),
        post("/Leads/{record_id}/actions/convert", conversion.convert_lead),
        get(RECORD + "/actions/blueprint", blueprints.get_blueprint),
        put(RECORD + "/actions/blueprint", blueprints.update_blueprint),
        # records
        *record_routes(
            list_records=records.list_records, get_record=records.get_record, search_records=records.search_records
        ),
        get(RECORDS + "/deleted", records.deleted_records),
        # related records
        get(RECORD + "/{related_list_api_name}", related.get_related_records),
        put(RECORD + "/{related_list_api_name}", related.update_related_records, per_item_key="data"),
        delete(RECORD + "/{related_list_api_name}", related.delink_related_records, validate_params=False),
        put(
            RECORD + "/{related_list_api_name}/{related_record_id}",
            related.update_related_record,
            per_item_key="data",
            item_schema=True,  # the one item's shape is fixed: an optional id in range, the relation's fields
        ),
        delete(RECORD + "/{related_list_api_name}/{related_record_id}", related.delink_related_record),
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
