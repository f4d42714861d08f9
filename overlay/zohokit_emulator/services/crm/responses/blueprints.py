"""Handlers of a record's blueprint: its state and transitions, and running one."""

from __future__ import annotations

from typing import Any

from ....core.errors import invalid_data, mandatory_not_found
from ....core.http import ApiRequest, Reply, normalize_id, ok
from .. import serializers
from .common import (
    request_record,
    store_of,
)


def get_blueprint(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    blueprint, transitions = store.blueprint_state(rec)
    module = store.modules[rec.module]
    process_field = module.field(blueprint.field)
    assert process_field is not None
    state: dict[str, Any] = {
        "process_info": {
            "field_id": process_field.id,
            "is_continuous": False,
            "api_name": blueprint.field,
            "continuous": False,
            "field_label": process_field.label,
            "name": blueprint.name,
            "column_name": blueprint.field.upper(),
            "field_value": rec.values.get(blueprint.field),
            "id": blueprint.id,
            "field_name": blueprint.field,
            "escalation": None,
        },
        "transitions": [],
    }
    for transition in transitions:
        fields = []
        for n, name in enumerate(transition.fields, start=1):
            spec = module.field(name)
            if spec is None:
                continue
            fields.append(
                {
                    "display_label": spec.label,
                    "field_label": spec.label,
                    "api_name": spec.api_name,
                    "data_type": spec.data_type,
                    "json_type": spec.json_type,
                    "length": spec.max_length,
                    "mandatory": True,
                    "read_only": False,
                    "transition_sequence": n,
                    "personality_name": None,
                    "id": spec.id,
                }
            )
        following = [t for t in store.blueprints[rec.module].transitions if t.from_value == transition.to_value]
        transition_fields = [f for f in (module.field(name) for name in transition.fields) if f is not None]
        state["transitions"].append(
            {
                "next_transitions": [{"id": t.id, "name": t.name} for t in following],
                "percent_partial_save": 0.0,
                "data": {f.api_name: serializers.field_value(store, rec, f) for f in transition_fields},
                "next_field_value": transition.to_value,
                "name": transition.name,
                "criteria_matched": True,
                "id": transition.id,
                "fields": fields,
                "criteria_message": None,
                "type": "2",
                "execution_time": None,
            }
        )
    return ok({"blueprint": state})


def update_blueprint(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    items = request.json_list("blueprint")
    if len(items) != 1 or not isinstance(items[0], dict):
        raise invalid_data("one transition per request", api_name="blueprint", expected_data_type="jsonarray")
    item = items[0]
    transition_id = normalize_id(item.get("transition_id"))
    if item.get("transition_id") is None:
        raise mandatory_not_found("transition_id")
    if transition_id is None:
        raise invalid_data("invalid transition", api_name="transition_id")
    data = item.get("data") or {}
    if not isinstance(data, dict):
        raise invalid_data("invalid data", api_name="data", expected_data_type="jsonobject")
    complete = store.run_transition(rec, transition_id, data, request.user_id)
    message = "transition updated successfully" if complete else "transition saved partially"
    return ok({"code": "SUCCESS", "details": {}, "message": message, "status": "success"})
