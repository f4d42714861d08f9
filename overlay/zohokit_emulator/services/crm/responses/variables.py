"""Handlers of org variables and variable groups."""

from __future__ import annotations

from typing import Any

from ....core.errors import ZohoError, invalid_data, required_param_missing
from ....core.http import ApiRequest, Reply, no_content, ok
from .. import serializers
from .common import (
    batch_status,
    ids_param,
    json_items,
    one_json_object,
    store_of,
    update_by_id,
)


def list_variables(request: ApiRequest) -> Reply:
    store = store_of(request)
    variables = sorted(store.variables.values(), key=lambda v: v.id)
    group = request.arg("group")
    if group:
        wanted = store.variable_group(group)
        variables = [v for v in variables if v.group_id == wanted.id]
    if not variables:
        return no_content()
    return ok({"variables": [serializers.variable(store, v) for v in variables]})


def get_variable(request: ApiRequest) -> Reply:
    store = store_of(request)
    variable = store.variable(request.path_params["variable_id"])
    group_key = request.arg("group")
    if not group_key:
        raise required_param_missing("group")
    group = store.variable_group(group_key)
    if variable.group_id != group.id:
        raise invalid_data("the variable does not belong to the given group", param="group")
    return ok({"variables": [serializers.variable(store, variable)]})


def _variable_results(results: list[Any], message: str) -> list[dict[str, Any]]:
    out = []
    for result in results:
        if isinstance(result, ZohoError):
            out.append(result.entry())
        else:
            out.append({"code": "SUCCESS", "details": {"id": result.id}, "message": message, "status": "success"})
    return out


def create_variables(request: ApiRequest) -> Reply:
    items = json_items(request, "variables")
    results = store_of(request).create_variables(items)
    status = batch_status(results, 201)
    return ok({"variables": _variable_results(results, "Variable created successfully")}, status=status)


def update_variables(request: ApiRequest) -> Reply:
    store = store_of(request)
    items = json_items(request, "variables")
    results = update_by_id(items, store.variables, store.update_variable)
    status = batch_status(results, 200)
    return ok({"variables": _variable_results(results, "Variable updated successfully")}, status=status)


def update_variable(request: ApiRequest) -> Reply:
    store = store_of(request)
    variable = store.variable(request.path_params["variable_id"])
    item = one_json_object(request, "variables")
    try:
        store.update_variable(variable, item)
    except ZohoError as err:
        raise ZohoError(400, err.code, err.message, err.details) from None
    return ok({"variables": _variable_results([variable], "Variable updated successfully")})


def delete_variable(request: ApiRequest) -> Reply:
    store = store_of(request)
    variable = store.variable(request.path_params["variable_id"])
    store.delete_variable(variable)
    return ok({"variables": _variable_results([variable], "Variable deleted successfully")})


def delete_variables(request: ApiRequest) -> Reply:
    store = store_of(request)
    results: list[Any] = []
    for variable_id in ids_param(request):
        variable = store.variables.get(variable_id)
        if variable is None:
            results.append(invalid_data("the id given seems to be invalid", status_code=202, id=variable_id))
        else:
            store.delete_variable(variable)
            results.append(variable)
    status = batch_status(results, 200)
    return ok({"variables": _variable_results(results, "Variable deleted successfully")}, status=status)


def list_variable_groups(request: ApiRequest) -> Reply:
    groups = sorted(store_of(request).variable_groups.values(), key=lambda g: g.id)
    if not groups:
        return no_content()
    return ok({"variable_groups": [serializers.variable_group(g) for g in groups]})


def get_variable_group(request: ApiRequest) -> Reply:
    group = store_of(request).variable_group(request.path_params["variable_group_id"])
    return ok({"variable_groups": [serializers.variable_group(group)]})
