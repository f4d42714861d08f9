"""Record search, shared by the CRM, Recruit and Bigin: ``criteria`` expressions (``criteria.py``,
compared by the one comparator module, ``comparators.py``), ``email``, ``phone`` and ``word`` over
a module's records."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ...core.clock import format_time
from ...core.errors import required_param_missing
from ..accounts import directory
from . import criteria as crit
from .comparators import SEARCH_COMPARATORS, compare
from .fields import Link, parse_datetime
from .metadata import ModuleDef
from .state import Record, RecordState


class Search(RecordState):
    """``GET /{module}/search``: which of the given records match."""

    def search(
        self,
        module_name: str,
        records: list[Record],
        *,
        criteria: str | None,
        email: str | None,
        phone: str | None,
        word: str | None,
    ) -> list[Record]:
        module = self.module(module_name)
        if criteria is not None:
            tree = crit.parse(criteria)
            for condition in crit.conditions(tree):
                self._check_condition(module, condition)
            return [r for r in records if self._evaluate(module, tree, r)]
        if email is not None:
            needle = email.strip().lower()
            fields = [f.api_name for f in module.fields if f.data_type == "email"]
            return [r for r in records if any(str(r.values.get(f) or "").lower() == needle for f in fields)]
        if phone is not None:
            digits = "".join(ch for ch in phone if ch.isdigit())
            if not digits:
                return []
            fields = [f.api_name for f in module.fields if f.data_type == "phone"]
            return [
                r
                for r in records
                if any(digits in "".join(ch for ch in str(r.values.get(f) or "") if ch.isdigit()) for f in fields)
            ]
        if word is not None:
            needle = word.strip().lower()
            fields = [f.api_name for f in module.fields if f.data_type in crit.TEXT_TYPES]
            return [r for r in records if any(needle in str(r.values.get(f) or "").lower() for f in fields)]
        raise required_param_missing("criteria")

    def _evaluate(self, module: ModuleDef, tree: Any, rec: Record) -> bool:
        def test(condition: crit.Condition) -> bool:
            return self._matches(module, rec, condition)

        return crit.evaluate(tree, test)

    @staticmethod
    def _kind(data_type: str) -> str:
        if data_type in crit.TEXT_TYPES:
            return "text"
        if data_type in crit.NUMBER_TYPES:
            return "number"
        if data_type in crit.DATE_TYPES:
            return "date"
        if data_type == "boolean":
            return "boolean"
        if data_type in ("lookup", "ownerlookup"):
            return "lookup"
        if data_type == "multiselectpicklist":
            return "multi"
        return "other"

    def _check_condition(self, module: ModuleDef, condition: crit.Condition) -> None:
        if condition.field == "id":
            if condition.operator not in ("equals", "not_equal", "in"):
                raise crit.invalid_query("invalid operator found", api_name="id", operator=condition.operator)
            return
        spec = module.field(condition.field)
        if spec is None or not spec.searchable:
            raise crit.invalid_query("the field is not available for search", api_name=condition.field)
        allowed = crit.OPERATORS_BY_KIND.get(self._kind(spec.data_type), set())
        if condition.operator not in allowed:
            raise crit.invalid_query("invalid operator found", api_name=condition.field, operator=condition.operator)
        kind = self._kind(spec.data_type)
        for value in condition.values:
            if kind == "number" and value.lower() != "null":
                try:
                    float(value)
                except ValueError:
                    raise crit.invalid_query("invalid value for the field", api_name=condition.field) from None
            if kind == "date" and value.lower() != "null" and self._date_key(spec.data_type, value) is None:
                raise crit.invalid_query("invalid value for the field", api_name=condition.field)
            if kind == "boolean" and value.lower() not in ("true", "false"):
                raise crit.invalid_query("invalid value for the field", api_name=condition.field)

    @staticmethod
    def _date_key(data_type: str, value: str) -> Any:
        if data_type == "date":
            try:
                return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
            except ValueError:
                return None
        parsed = parse_datetime(value)
        return parsed.timestamp() if parsed else None

    def _matches(self, module: ModuleDef, rec: Record, condition: crit.Condition) -> bool:
        op, values = condition.operator, condition.values
        if condition.field == "id":
            hit = rec.id in values
            return not hit if op == "not_equal" else hit
        spec = module.field(condition.field)
        assert spec is not None
        kind = self._kind(spec.data_type)
        users = {module.owner_field: rec.owner, "Created_By": rec.created_by, "Modified_By": rec.modified_by}
        if spec.api_name in ("Created_Time", "Modified_Time", "Updated_On"):
            raw: Any = format_time(
                datetime.fromtimestamp(rec.created if spec.api_name == "Created_Time" else rec.modified, tz=UTC)
            )
        elif spec.api_name in users:
            raw = users[spec.api_name]
        else:
            raw = rec.values.get(spec.api_name)
        if kind == "text":
            text = raw.lower() if isinstance(raw, str) else None
            wanted = [v.lower() for v in values]
            if op == "equals" and wanted[0] == "null":
                return text in (None, "")
            return compare(SEARCH_COMPARATORS[op], text, wanted)
        if kind == "number":
            if raw is None or isinstance(raw, bool):
                return op == "not_equal"
            number = float(raw)
            targets = [float(v) for v in values if v.lower() != "null"]
            return _search_compare(op, number, targets)
        if kind == "date":
            if raw is None:
                return op == "not_equal"
            key = self._date_key(spec.data_type, raw)
            targets = [self._date_key(spec.data_type, v) for v in values]
            return _search_compare(op, key, targets)
        if kind == "boolean":
            wanted_bool = values[0].lower() == "true"
            return (bool(raw) == wanted_bool) if op == "equals" else (bool(raw) != wanted_bool)
        if kind == "lookup":
            if isinstance(raw, Link):
                candidates = {raw.id, (self.link_name(raw) or "").lower()}
            elif isinstance(raw, str):
                user = directory.user_by_id(raw)
                candidates = {raw, user.full_name.lower() if user else ""}
            else:
                candidates = set()
            hit = any(v.lower() in candidates or v in candidates for v in values)
            return not hit if op == "not_equal" else hit
        if kind == "multi":
            items = {v.lower() for v in raw} if isinstance(raw, list) else set()
            hit = any(v.lower() in items for v in values)
            return not hit if op == "not_equal" else hit
        return False


def _search_compare(op: str, value: Any, targets: list[Any]) -> bool:
    """Search's rule for a missing value (or target) first: it matches ``not_equal`` only."""
    if value is None or any(t is None for t in targets) or not targets:
        return op == "not_equal"
    return compare(SEARCH_COMPARATORS[op], value, targets)
