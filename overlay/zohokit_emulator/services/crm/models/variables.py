"""Org variables and their groups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ....core.clock import parse_time
from ....core.errors import ZohoError, invalid_data, invalid_path_id, mandatory_not_found, per_item
from ....core.http import normalize_id
from ...records.fields import parse_datetime
from .state import CrmState


@dataclass
class VariableGroup:
    id: str
    api_name: str
    name: str
    display_label: str
    description: str | None = None


@dataclass
class Variable:
    id: str
    api_name: str
    name: str
    type: str
    value: Any
    group_id: str
    description: str | None = None


VARIABLE_TYPES = (
    "integer",
    "text",
    "textarea",
    "percent",
    "currency",
    "decimal",
    "date",
    "datetime",
    "email",
    "phone",
    "url",
    "checkbox",
    "long",
    "double",
)


class Variables(CrmState):
    """Variables typed by ``VARIABLE_TYPES``, each in a group (made on first use)."""

    def variable(self, key: str) -> Variable:
        found = self.variables.get(key) or next((v for v in self.variables.values() if v.api_name == key), None)
        if found is None:
            raise invalid_path_id(key, 2)
        return found

    def variable_group(self, key: str) -> VariableGroup:
        found = self.variable_groups.get(key) or next(
            (g for g in self.variable_groups.values() if key in (g.api_name, g.name)), None
        )
        if found is None:
            raise invalid_path_id(key, 2)
        return found

    def _variable_value(self, var_type: str, value: Any, api_name: str = "value") -> Any:
        if value is None:
            return None
        ok = True
        if var_type in ("integer", "long"):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif var_type in ("percent", "currency", "decimal", "double"):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif var_type == "checkbox":
            ok = isinstance(value, bool)
        elif var_type == "date":
            ok = isinstance(value, str) and parse_time(value + "T00:00:00") is not None and len(value) == 10
        elif var_type == "datetime":
            ok = isinstance(value, str) and parse_datetime(value) is not None
        else:
            ok = isinstance(value, str)
        if not ok:
            raise invalid_data(status_code=202, api_name=api_name, expected_data_type=var_type)
        return value

    def create_variables(self, items: list[Any]) -> list[Variable | ZohoError]:
        """One new variable per item, or the refusal of that item (202)."""
        return per_item(items, self._create_variable)

    def _create_variable(self, item: Any) -> Variable:
        if not isinstance(item, dict):
            raise invalid_data(status_code=202, expected_data_type="jsonobject")
        for key in ("name", "api_name", "variable_group"):
            if item.get(key) in (None, ""):
                raise mandatory_not_found(key, 202)
        name, api_name = item["name"], item["api_name"]
        if (
            not isinstance(name, str)
            or not isinstance(api_name, str)
            or not api_name.replace("_", "").isalnum()
            or not api_name[0].isalpha()
        ):
            raise invalid_data(status_code=202, api_name="api_name")
        if any(v.name == name for v in self.variables.values()):
            raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": "name"})
        if any(v.api_name == api_name for v in self.variables.values()):
            raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": "api_name"})
        var_type = str(item.get("type") or "text").lower()
        if var_type not in VARIABLE_TYPES:
            raise invalid_data(status_code=202, api_name="type")
        value = self._variable_value(var_type, item.get("value"))
        group_ref = item["variable_group"]
        if not isinstance(group_ref, dict):
            raise invalid_data(status_code=202, api_name="variable_group", expected_data_type="jsonobject")
        group = self._group_for(group_ref)
        description = item.get("description")
        variable = Variable(
            self.ids(),
            api_name,
            name,
            var_type,
            value,
            group.id,
            description if isinstance(description, str) else None,
        )
        self.variables[variable.id] = variable
        return variable

    def _group_for(self, ref: dict[str, Any]) -> VariableGroup:
        group_id = normalize_id(ref.get("id"))
        if group_id is not None:
            if group_id not in self.variable_groups:
                raise invalid_data(
                    "the id given seems to be invalid", status_code=202, api_name="variable_group", id=group_id
                )
            return self.variable_groups[group_id]
        name = ref.get("name") or ref.get("api_name")
        if not isinstance(name, str) or not name.strip():
            raise mandatory_not_found("variable_group", 202)
        existing = next((g for g in self.variable_groups.values() if name in (g.name, g.api_name)), None)
        if existing is not None:
            return existing
        group = VariableGroup(self.ids(), name.replace(" ", "_"), name, name)
        self.variable_groups[group.id] = group
        return group

    def update_variable(self, variable: Variable, item: dict[str, Any]) -> Variable:
        changes: dict[str, Any] = {}
        if "type" in item and item["type"] is not None and str(item["type"]).lower() != variable.type:
            raise invalid_data("the data type of a variable cannot be changed", status_code=202, api_name="type")
        if "value" in item:
            changes["value"] = self._variable_value(variable.type, item["value"])
        for key in ("name", "api_name", "description"):
            if key in item and item[key] is not None:
                if not isinstance(item[key], str) or (key != "description" and not item[key].strip()):
                    raise invalid_data(status_code=202, api_name=key)
                clash = (
                    next(
                        (v for v in self.variables.values() if v.id != variable.id and getattr(v, key) == item[key]),
                        None,
                    )
                    if key != "description"
                    else None
                )
                if clash is not None:
                    raise ZohoError(202, "DUPLICATE_DATA", "duplicate data", {"api_name": key})
                changes[key] = item[key]
        if isinstance(item.get("variable_group"), dict):
            changes["group_id"] = self._group_for(item["variable_group"]).id
        for key, value in changes.items():
            setattr(variable, key, value)
        return variable

    def delete_variable(self, variable: Variable) -> None:
        del self.variables[variable.id]
