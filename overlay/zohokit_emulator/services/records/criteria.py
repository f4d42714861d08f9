"""The search ``criteria`` language: ``(Field:operator:value)`` joined by ``and`` / ``or``.

    ((Last_Name:equals:Burns\\,B) and (First_Name:starts_with:M)) or (Lead_Status:in:Contacted,Junk Lead)

Grammar (``and`` binds tighter than ``or``; parentheses group)::

    expr      := conj ("or" conj)*
    conj      := term ("and" term)*
    term      := "(" expr ")" | "(" field ":" operator ":" value ")"

Inside a value, ``\\(``, ``\\)``, ``\\,`` and ``\\\\`` stand for the character itself; an unescaped
comma separates the values of ``in`` and ``between``. Failures raise 400 ``INVALID_QUERY`` with a
``details.reason`` like Zoho's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...core.errors import ZohoError

MAX_CRITERIA = 10

TEXT_TYPES = {"text", "textarea", "email", "phone", "website", "picklist", "autonumber"}
NUMBER_TYPES = {"integer", "bigint", "double", "currency", "percent"}
DATE_TYPES = {"date", "datetime"}

OPERATORS_BY_KIND = {
    "text": {"equals", "not_equal", "starts_with", "in"},
    "number": {"equals", "not_equal", "greater_than", "greater_equal", "less_than", "less_equal", "between", "in"},
    "date": {"equals", "not_equal", "greater_than", "greater_equal", "less_than", "less_equal", "between"},
    "boolean": {"equals", "not_equal"},
    "lookup": {"equals", "not_equal", "in"},
    "multi": {"equals", "not_equal", "in"},
}
ALL_OPERATORS = set().union(*OPERATORS_BY_KIND.values())


def invalid_query(reason: str, **details: Any) -> ZohoError:
    return ZohoError(400, "INVALID_QUERY", "invalid query formed", {"reason": reason, **details})


@dataclass
class Condition:
    field: str
    operator: str
    values: list[str]


@dataclass
class Group:
    op: str
    parts: list[Any]


def _split_unescaped(text: str, sep: str, limit: int = -1) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep and (limit < 0 or len(parts) < limit):
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.count = 0

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def word(self) -> str | None:
        self.skip()
        for candidate in ("and", "or"):
            end = self.pos + len(candidate)
            if self.text[self.pos : end].lower() == candidate and (
                end >= len(self.text) or not self.text[end].isalnum()
            ):
                return candidate
        return None

    def parse(self) -> Any:
        node = self.expr()
        self.skip()
        if self.pos != len(self.text):
            raise invalid_query("invalid criteria: unexpected text", position=self.pos)
        return node

    def expr(self) -> Any:
        return self._joined("or", self.conj)

    def conj(self) -> Any:
        return self._joined("and", self.term)

    def _joined(self, op: str, operand: Callable[[], Any]) -> Any:
        """One or more ``operand``s joined by the word ``op`` (a Group of them when there are two or
        more); ``and`` binds tighter than ``or`` as ``conj`` is the operand of ``expr``."""
        parts = [operand()]
        while self.word() == op:
            self.pos += len(op)
            parts.append(operand())
        return parts[0] if len(parts) == 1 else Group(op, parts)

    def term(self) -> Any:
        self.skip()
        if self.pos >= len(self.text) or self.text[self.pos] != "(":
            raise invalid_query("invalid criteria: expected '('", position=self.pos)
        self.pos += 1
        self.skip()
        if self.pos < len(self.text) and self.text[self.pos] == "(":
            node = self.expr()
            self.skip()
            if self.pos >= len(self.text) or self.text[self.pos] != ")":
                raise invalid_query("invalid criteria: missing ')'", position=self.pos)
            self.pos += 1
            return node
        start = self.pos
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\":
                self.pos += 2
                continue
            if ch == ")":
                break
            self.pos += 1
        if self.pos >= len(self.text):
            raise invalid_query("invalid criteria: missing ')'", position=start)
        body = self.text[start : self.pos]
        self.pos += 1
        pieces = _split_unescaped(body, ":", limit=2)
        if len(pieces) != 3:
            raise invalid_query("invalid criteria: expected (field:operator:value)")
        field_name, operator, raw = pieces[0].strip(), pieces[1].strip().lower(), pieces[2]
        if not field_name:
            raise invalid_query("invalid criteria: missing field")
        if operator not in ALL_OPERATORS:
            raise invalid_query("invalid operator found", api_name=field_name, operator=operator)
        self.count += 1
        if self.count > MAX_CRITERIA:
            raise invalid_query(f"more than {MAX_CRITERIA} criteria", limit=MAX_CRITERIA)
        if operator in ("in", "between"):
            values = [_unescape(v).strip() for v in _split_unescaped(raw, ",")]
        else:
            values = [_unescape(raw).strip()]
        if operator == "between" and len(values) != 2:
            raise invalid_query("between needs two values", api_name=field_name, operator=operator)
        if any(v == "" for v in values) and operator != "equals":
            raise invalid_query("invalid criteria: empty value", api_name=field_name, operator=operator)
        return Condition(field_name, operator, values)


def parse(text: str) -> Any:
    """The parsed criteria tree (``Condition`` / ``Group``)."""
    if not text or not text.strip():
        raise invalid_query("invalid criteria: empty")
    return _Parser(text.strip()).parse()


def conditions(node: Any) -> list[Condition]:
    if isinstance(node, Condition):
        return [node]
    return [c for part in node.parts for c in conditions(part)]


def evaluate(node: Any, test: Callable[[Condition], bool]) -> bool:
    if isinstance(node, Condition):
        return test(node)
    if node.op == "and":
        return all(evaluate(p, test) for p in node.parts)
    return any(evaluate(p, test) for p in node.parts)
