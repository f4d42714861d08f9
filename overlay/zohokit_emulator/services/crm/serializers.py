"""How CRM state looks on the wire: records, users, metadata, tags, notes... as Zoho serialises them.

What every record-keeping service shows the same way (user and lookup references, field values,
per-record results, page ``info``) comes from ``records/rendering.py``.

Pure functions of the store's objects; the handlers in ``responses/`` call them.
"""

from __future__ import annotations

from typing import Any

from ...core.errors import ZohoError
from ..accounts import directory
from ..records import rendering
from ..records.fields import Link
from ..records.rendering import deleted as deleted
from ..records.rendering import link_ref as link_ref
from ..records.rendering import outcome as outcome
from ..records.rendering import page_info as page_info
from ..records.rendering import upsert_outcome as upsert_outcome
from ..records.rendering import user_ref as user_ref
from ..records.rendering import when as when
from .metadata import DEFAULT_LENGTHS, PROFILES, ROLES, FieldDef, ModuleDef, RelatedDef
from .models import Attachment, Channel, CrmStore, Record, Share, Tag, Variable, VariableGroup


def field_value(store: CrmStore, rec: Record, spec: FieldDef) -> Any:
    """``rendering.field_value``, and the record's tags (a CRM feature) for ``Tag``."""
    if spec.api_name == "Tag":
        return [{"name": store.tags[rec.module][t].name, "id": t} for t in rec.tags if t in store.tags[rec.module]]
    return rendering.field_value(store, rec, spec)


def record(store: CrmStore, rec: Record, fields: list[str] | None = None) -> dict[str, Any]:
    module = store.modules[rec.module]
    out: dict[str, Any] = {}
    for spec in module.fields:
        out[spec.api_name] = field_value(store, rec, spec)
    for key, value in rec.extra.items():
        out.setdefault(key, value)
    if module.api_name == "Notes":
        parent = rec.values.get("Parent_Id")
        out["$se_module"] = parent.module if isinstance(parent, Link) else None
        out["$attachments"] = None
        out["$is_shared_to_client"] = False
        out["$voice_note"] = False
        out["$size"] = None
    else:
        for spec in module.fields:
            value = rec.values.get(spec.api_name)
            if spec.lookup_module == "*" and isinstance(value, Link):
                out["$se_module"] = value.module
        out["Layout"] = {"name": "Standard", "id": store.layout_ids[rec.module]}
    blueprint = store.blueprints.get(rec.module)
    in_process = False
    if blueprint is not None:
        states = {t.from_value for t in blueprint.transitions}
        in_process = rec.values.get(blueprint.field) in states
    out.update(
        {
            "id": rec.id,
            "$approved": rec.approved,
            "$editable": True,
            "$currency_symbol": "$",
            "$process_flow": in_process,
            "$review": None,
            "$review_process": {"approve": False, "reject": False, "resubmit": False},
            "$state": "save",
            "$approval": {"delegate": False, "approve": False, "reject": False, "resubmit": False},
            "$approval_state": "approved" if rec.approved else "approval_process_pending",
            "$in_merge": False,
            "$orchestration": False,
            "$stop_processing": rec.stop_processing,
        }
    )
    if rec.module == "Leads":
        out["$converted"] = rec.converted
        out["$converted_detail"] = dict(rec.converted_detail) if rec.converted_detail else {}
    if fields:
        wanted = set(fields) | {"id"}
        out = {k: v for k, v in out.items() if k in wanted}
    return out


# --- users, roles, profiles, org ------------------------------------------------------------------


def role_ref(name: str) -> dict[str, Any] | None:
    role = next((r for r in ROLES if r["name"] == name), None)
    return {"name": role["name"], "id": role["id"]} if role else None


def profile_ref(name: str) -> dict[str, Any] | None:
    profile = next((p for p in PROFILES if p["name"] == name), None)
    return {"name": profile["name"], "id": profile["id"]} if profile else None


def user(u: directory.OrgUser, created: float) -> dict[str, Any]:
    return {
        "id": u.id,
        "zuid": u.zuid,
        "name": u.full_name,
        "full_name": u.full_name,
        "first_name": u.first_name,
        "last_name": u.last_name,
        "email": u.email,
        "status": u.status,
        "confirm": u.confirm,
        "role": role_ref(u.role),
        "profile": profile_ref(u.profile),
        "Reporting_To": None,
        "alias": None,
        "signature": None,
        "phone": None,
        "mobile": None,
        "fax": None,
        "website": None,
        "dob": None,
        "street": None,
        "city": None,
        "state": None,
        "zip": None,
        "country": "United States",
        "country_locale": "en_US",
        "language": "en_US",
        "locale": "en_US",
        "time_zone": "UTC",
        "offset": 0,
        "time_format": "hh:mm a",
        "date_format": "MM/dd/yyyy",
        "name_format": "Salutation,First Name,Last Name",
        "decimal_separator": "Period",
        "default_tab_group": "0",
        "personal_account": False,
        "microsoft": False,
        "Isonline": False,
        "customize_info": {
            "notes_desc": None,
            "show_right_panel": None,
            "bc_view": None,
            "show_home": False,
            "show_detail_view": True,
            "unpin_recent_item": None,
        },
        "theme": {
            "normal_tab": {"font_color": "#FFFFFF", "background": "#222222"},
            "selected_tab": {"font_color": "#FFFFFF", "background": "#222222"},
            "new_background": None,
            "background": "#F3F0EB",
            "screen": "fixed",
            "type": "default",
        },
        "territories": [],
        "created_by": user_ref(directory.ADMIN.id, with_email=False),
        "Modified_By": user_ref(directory.ADMIN.id, with_email=False),
        "created_time": when(created),
        "Modified_Time": when(created),
    }


def role(r: dict[str, Any]) -> dict[str, Any]:
    reporting = next((x for x in ROLES if x["id"] == r["reporting_to"]), None)
    return {
        "display_label": r["display_label"],
        "forecast_manager": None,
        "share_with_peers": r["admin_user"],
        "name": r["name"],
        "description": r["description"],
        "id": r["id"],
        "reporting_to": {"name": reporting["name"], "id": reporting["id"]} if reporting else None,
        "admin_user": r["admin_user"],
    }


def profile(store: CrmStore, p: dict[str, Any], created: float, detailed: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p["name"],
        "display_label": p["name"],
        "modified_by": None,
        "description": p["description"],
        "id": p["id"],
        "category": p["category"],
        "created_by": None,
        "created_time": None,
        "modified_time": when(created),
        "default": p["default"],
    }
    if detailed:
        admin = p["name"] == "Administrator"
        permissions = []
        for module in store.modules.values():
            for action in ("view", "create", "edit", "delete"):
                permissions.append(
                    {
                        "display_label": f"{action.title()} {module.plural}",
                        "module": module.api_name,
                        "name": f"{module.api_name}_{action.title()}",
                        "id": f"{module.id[:-3]}{('view', 'create', 'edit', 'delete').index(action) + 1:03d}",
                        "enabled": admin or action != "delete",
                    }
                )
        out["permissions_details"] = permissions
        out["sections"] = [
            {
                "name": "modules",
                "categories": [
                    {
                        "display_label": m.plural,
                        "permissions_details": [x["id"] for x in permissions if x["module"] == m.api_name],
                        "name": m.api_name,
                        "module": m.api_name,
                    }
                    for m in store.modules.values()
                ],
            }
        ]
    return out


# --- metadata --------------------------------------------------------------------------------------


def field_meta(store: CrmStore, module: ModuleDef, spec: FieldDef) -> dict[str, Any]:
    lookup: dict[str, Any] = {}
    if spec.data_type == "lookup" and spec.lookup_module and spec.lookup_module != "*":
        target = store.modules.get(spec.lookup_module)
        lookup = {
            "display_label": spec.label,
            "api_name": spec.api_name,
            "module": spec.lookup_module,
            "id": target.id if target else None,
            "query_details": {},
        }
    picklist = [
        {
            "display_value": value,
            "sequence_number": n,
            "actual_value": value,
            "maps": [],
            "type": "used",
            "id": f"{spec.id[:-4]}{n:04d}",
        }
        for n, value in enumerate(spec.picklist, start=1)
    ]
    return {
        "system_mandatory": spec.mandatory,
        "webhook": True,
        "json_type": spec.json_type,
        "crypt": None,
        "field_label": spec.label,
        "tooltip": None,
        "created_source": "default",
        "field_read_only": spec.read_only,
        "display_label": spec.label,
        "read_only": spec.read_only,
        "association_details": None,
        "businesscard_supported": not spec.read_only,
        "currency": {"rounding_option": "normal", "precision": 2} if spec.data_type == "currency" else {},
        "id": spec.id,
        "custom_field": False,
        "lookup": lookup,
        "visible": True,
        "length": spec.length or DEFAULT_LENGTHS.get(spec.data_type, 255),
        "view_type": {
            "view": True,
            "edit": not spec.read_only,
            "quick_create": spec.mandatory,
            "create": not spec.read_only,
        },
        "subform": None,
        "api_name": spec.api_name,
        "unique": {"casesensitive": "false"} if spec.unique else {},
        "history_tracking": False,
        "data_type": spec.data_type,
        "formula": {},
        "decimal_place": 2 if spec.data_type in ("currency", "double") else None,
        "mass_update": not spec.read_only,
        "blueprint_supported": not spec.read_only,
        "multiselectlookup": {},
        "pick_list_values": picklist,
        "auto_number": {"prefix": "", "suffix": "", "start_number": 1} if spec.data_type == "autonumber" else {},
        "private": None,
        "sortable": spec.data_type not in ("textarea", "subform", "multiselectpicklist"),
        "mandatory": spec.mandatory,
        "sequence_number": spec.sequence,
    }


def module_meta(store: CrmStore, module: ModuleDef, detailed: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "global_search_supported": True,
        "deletable": True,
        "description": None,
        "creatable": True,
        "inventory_template_supported": module.field("Product_Details") is not None,
        "modified_time": None,
        "plural_label": module.plural,
        "presence_sub_menu": True,
        "triggers_supported": True,
        "id": module.id,
        "isBlueprintSupported": module.api_name in store.blueprints,
        "visibility": 1,
        "convertable": module.convertable,
        "editable": True,
        "emailTemplate_support": module.api_name in ("Leads", "Contacts", "Accounts", "Deals"),
        "profiles": [{"name": p["name"], "id": p["id"]} for p in PROFILES],
        "filter_supported": True,
        "show_as_tab": module.api_name != "Notes",
        "web_link": None,
        "sequence_number": module.sequence,
        "singular_label": module.singular,
        "viewable": True,
        "api_supported": True,
        "api_name": module.api_name,
        "quick_create": True,
        "modified_by": None,
        "generated_type": module.generated_type,
        "feeds_required": False,
        "scoring_supported": module.api_name in ("Leads", "Contacts", "Accounts", "Deals"),
        "webform_supported": module.api_name in ("Leads", "Contacts", "Cases"),
        "arguments": [],
        "module_name": module.plural,
        "business_card_field_limit": 5,
        "parent_module": {},
        "kanban_view": False,
        "kanban_view_supported": True,
        "filter_status": True,
        "display_field": module.display_field,
    }
    if detailed:
        out["fields"] = [field_meta(store, module, f) for f in module.fields]
        out["related_lists"] = [related_meta(module, r) for r in module.related]
        out["layouts"] = [{"name": "Standard", "id": store.layout_ids[module.api_name]}]
        out["per_page"] = 200
        out["search_layout_fields"] = [module.display_field]
        out["$properties"] = ["$approved", "$editable", "$currency_symbol", "$state", "$approval"]
        out["related_list_properties"] = {"sort_by": None, "fields": [module.display_field], "sort_order": None}
        out["business_card_fields"] = [f.api_name for f in module.fields if not f.read_only][:5]
        cv = store.custom_view_ids[module.api_name]["all"]
        out["custom_view"] = custom_view(store, module, "all", cv)
        out["territory"] = None
    return out


def layout(store: CrmStore, module: ModuleDef, created: float) -> dict[str, Any]:
    editable = [f for f in module.fields if not f.read_only and f.api_name not in ("Tag",)]
    system = [f for f in module.fields if f.read_only]
    sections = [
        {
            "display_label": f"{module.singular} Information",
            "sequence_number": 1,
            "issubformsection": False,
            "tab_traversal": 1,
            "api_name": f"{module.singular.replace(' ', '_')}_Information",
            "column_count": 2,
            "name": f"{module.singular} Information",
            "generated_type": "default",
            "fields": [{**field_meta(store, module, f), "required": f.mandatory} for f in editable],
            "properties": {"reorder_rows": None, "tooltip": None, "maximum_rows": None},
        },
        {
            "display_label": "System Information",
            "sequence_number": 2,
            "issubformsection": False,
            "tab_traversal": 2,
            "api_name": "System_Information",
            "column_count": 2,
            "name": "System Information",
            "generated_type": "default",
            "fields": [{**field_meta(store, module, f), "required": False} for f in system],
            "properties": {"reorder_rows": None, "tooltip": None, "maximum_rows": None},
        },
    ]
    convert_mapping: dict[str, Any] = {}
    if module.api_name == "Leads":
        convert_mapping = {
            "Contacts": {"name": "Standard", "id": store.layout_ids["Contacts"]},
            "Deals": {"name": "Standard", "id": store.layout_ids["Deals"]},
            "Accounts": {"name": "Standard", "id": store.layout_ids["Accounts"]},
        }
    return {
        "created_time": when(created),
        "convert_mapping": convert_mapping,
        "modified_time": when(created),
        "visible": True,
        "created_for": None,
        "name": "Standard",
        "modified_by": None,
        "profiles": [{"default": True, "name": p["name"], "id": p["id"]} for p in PROFILES],
        "id": store.layout_ids[module.api_name],
        "created_by": None,
        "sections": sections,
        "status": 0,
    }


CUSTOM_VIEW_NAMES = {
    "all": ("All {plural}", "all"),
    "mine": ("My {plural}", "my"),
    "recent_created": ("Recently Created {plural}", "recentlycreated"),
    "recent_modified": ("Recently Modified {plural}", "recentlymodified"),
}


def custom_view(store: CrmStore, module: ModuleDef, kind: str, view_id: str) -> dict[str, Any]:
    label, system_name = CUSTOM_VIEW_NAMES[kind]
    name = label.format(plural=module.plural)
    criteria: dict[str, Any] | None = None
    if kind == "mine":
        criteria = {"comparator": "equal", "field": "Owner", "value": "${CURRENTUSER}"}
    elif kind == "recent_created":
        criteria = {"comparator": "equal", "field": "Created_Time", "value": "${LAST7DAYS}"}
    elif kind == "recent_modified":
        criteria = {"comparator": "equal", "field": "Modified_Time", "value": "${LAST7DAYS}"}
    return {
        "display_value": name,
        "offline": True,
        "default": kind == "all",
        "system_name": f"{system_name}{module.api_name.lower()}",
        "system_defined": True,
        "name": name,
        "id": view_id,
        "category": "public_views",
        "favorite": None,
        "module": module.api_name,
        "sort_by": None,
        "sort_order": None,
        "shared_type": None,
        "fields": [f.api_name for f in module.fields if not f.read_only][:6],
        "criteria": criteria,
        "criteria_pattern": "1" if criteria else None,
        "shared_details": None,
    }


def related_meta(module: ModuleDef, related: RelatedDef) -> dict[str, Any]:
    return {
        "sequence_number": str(related.sequence),
        "display_label": related.label,
        "api_name": related.api_name,
        "module": related.module,
        "name": related.api_name,
        "action": None,
        "id": related.id,
        "href": f"{module.api_name}/{{ID}}/{related.api_name}",
        "type": "default",
        "visible": True,
        "connectedmodule": None,
        "linkingmodule": None,
    }


# --- tags, attachments, sharing, variables, channels ----------------------------------------------


def tag(t: Tag) -> dict[str, Any]:
    return {
        "created_time": when(t.created),
        "modified_time": when(t.modified),
        "name": t.name,
        "modified_by": user_ref(t.modified_by, with_email=False),
        "id": t.id,
        "created_by": user_ref(t.created_by, with_email=False),
    }


def tag_result(result: Tag | ZohoError, message: str) -> dict[str, Any]:
    if isinstance(result, ZohoError):
        return result.entry()
    return {"code": "SUCCESS", "details": tag(result), "message": message, "status": "success"}


def attachment(store: CrmStore, item: Attachment) -> dict[str, Any]:
    return {
        "Owner": user_ref(item.owner),
        "Modified_By": user_ref(item.modified_by),
        "Created_By": user_ref(item.created_by),
        "Parent_Id": {"name": store.link_name(Link(item.parent_id, item.parent_module)), "id": item.parent_id},
        "$file_id": item.file_id,
        "File_Name": item.file_name,
        "Size": str(len(item.content)),
        "Modified_Time": when(item.modified),
        "Created_Time": when(item.created),
        "$editable": True,
        "$se_module": item.parent_module,
        "$link_url": item.link_url,
        "$type": "Link URL" if item.link_url else "Attachment",
        "$state": "save",
        "id": item.id,
    }


def share(store: CrmStore, rec: Record, entry: Share) -> dict[str, Any]:
    module = store.modules[rec.module]
    return {
        "share_related_records": entry.share_related_records,
        "shared_through": {
            "module": {"name": module.plural, "id": module.id, "api_name": module.api_name},
            "entity_name": store.display_name(rec),
            "id": rec.id,
        },
        "shared_time": when(entry.shared_time),
        "permission": entry.permission,
        "shared_by": user_ref(entry.shared_by),
        "user": user_ref(entry.user_id),
    }


def variable(store: CrmStore, v: Variable) -> dict[str, Any]:
    group = store.variable_groups.get(v.group_id)
    return {
        "api_name": v.api_name,
        "name": v.name,
        "description": v.description,
        "id": v.id,
        "type": v.type,
        "variable_group": {"api_name": group.api_name, "name": group.name, "id": group.id} if group else None,
        "value": v.value,
    }


def variable_group(g: VariableGroup) -> dict[str, Any]:
    return {
        "display_label": g.display_label,
        "api_name": g.api_name,
        "name": g.name,
        "description": g.description,
        "id": g.id,
    }


def channel_entries(store: CrmStore, channel: Channel) -> list[dict[str, Any]]:
    by_module: dict[str, list[str]] = {}
    for event in channel.events:
        by_module.setdefault(event.rpartition(".")[0], []).append(event)
    entries = []
    for module_name, events in by_module.items():
        module = store.modules[module_name]
        entries.append(
            {
                "notify_on_related_action": channel.notify_on_related_action,
                "channel_expiry": when(channel.expiry),
                "resource_uri": f"{channel.origin}/crm/v2/{module_name}",
                "resource_id": module.id,
                "notify_url": channel.notify_url,
                "resource_name": module_name,
                "fields": channel.fields if isinstance(channel.fields, dict) else None,
                "channel_id": channel.channel_id,
                "events": events,
                "token": channel.token,
            }
        )
    return entries


def channel_events_detail(store: CrmStore, channel: Channel) -> list[dict[str, Any]]:
    return [
        {
            "channel_expiry": entry["channel_expiry"],
            "resource_uri": entry["resource_uri"],
            "resource_id": entry["resource_id"],
            "resource_name": entry["resource_name"],
            "channel_id": entry["channel_id"],
        }
        for entry in channel_entries(store, channel)
    ]
