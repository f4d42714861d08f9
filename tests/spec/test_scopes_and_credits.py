"""Every operation states the OAuth scopes it accepts and the API credits it costs (spec/README.md,
"Scopes and API credits"), in a form the emulator reads: the scopes are in their scheme's map,
template placeholders name what the operation has, credit rules parse."""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec_files import api_names, load_dist, operations, resolve
from zohokit_emulator.core import runtime_expressions
from zohokit_emulator.core.credit_rules import CreditRule
from zohokit_emulator.core.scope_policy import SECURITY_EXTENSION, ScopePolicy

ZOHO_APIS = ("crm", "crm_bulk", "recruit", "bigin")
"""The APIs whose calls Zoho charges API credits for."""

NO_SCOPES = {
    ("accounts", "authorizeClient"): "public: the consent page a browser opens before any token exists",
    ("accounts", "createToken"): "public: it issues the tokens, authenticated by the client id and secret",
    ("accounts", "revokeToken"): "public: the refresh token to revoke is its own credential",
    ("connect", "registerClientRecruitment"): "ConnectID client-credentials token; Connect defines no scopes",
    ("connect", "registerRecruitment"): "ConnectID authorization-code token; Connect defines no scopes",
    ("connect", "listRecruitments"): "ConnectID authorization-code token; Connect defines no scopes",
    ("connect", "listPremiumRecruitments"): "ConnectID authorization-code token; Connect defines no scopes",
    ("connect", "changePremiumRecruitments"): "ConnectID authorization-code token; Connect defines no scopes",
}
"""Operations that accept a token without a particular scope (or no token), and why."""


def _all_operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    return [(api, method, path, op) for api in api_names() for method, path, op in operations(load_dist(api))]


ALL_OPERATIONS = _all_operations()
IDS = [f"{api}:{op.get('operationId')}" for api, _, _, op in ALL_OPERATIONS]


def _path_parameters(document: dict[str, Any], path: str, op: dict[str, Any]) -> set[str]:
    declared = [*(document["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]
    resolved = [resolve(document, p) for p in declared]
    return {p["name"] for p in resolved if p.get("in") == "path"}


def _scheme_scopes(document: dict[str, Any]) -> dict[str, set[str]]:
    """Scheme name → the scopes its flows list."""
    found: dict[str, set[str]] = {}
    for name, scheme in (document.get("components", {}).get("securitySchemes") or {}).items():
        scopes: set[str] = set()
        for flow in (scheme.get("flows") or {}).values():
            scopes.update(flow.get("scopes") or {})
        found[name] = scopes
    return found


def test_the_exemptions_name_real_operations() -> None:
    known = {(api, op.get("operationId")) for api, _, _, op in ALL_OPERATIONS}
    assert set(NO_SCOPES) <= known


@pytest.mark.parametrize(("api", "method", "path", "op"), ALL_OPERATIONS, ids=IDS)
def test_every_operation_declares_its_scopes(api: str, method: str, path: str, op: dict[str, Any]) -> None:
    policy = ScopePolicy.from_operation(op, load_dist(api), f"{api} {method} {path}")
    if (api, op.get("operationId")) in NO_SCOPES:
        assert not policy.declares_scopes, "an exempted operation should not declare scopes after all"
    else:
        assert policy.declares_scopes, f"{method} {path}: no scope in its security (or one alternative is empty)"


@pytest.mark.parametrize(("api", "method", "path", "op"), ALL_OPERATIONS, ids=IDS)
def test_every_scope_is_in_its_schemes_map(api: str, method: str, path: str, op: dict[str, Any]) -> None:
    document = load_dist(api)
    schemes = _scheme_scopes(document)
    security = op["security"] if "security" in op else document.get("security") or []
    for requirement in [*security, *(op.get(SECURITY_EXTENSION) or [])]:
        for scheme in requirement:
            assert scheme in schemes, f"{method} {path}: unknown security scheme {scheme}"
    for requirement in security:
        for scheme, scopes in requirement.items():
            missing = set(scopes) - schemes[scheme]
            assert not missing, f"{method} {path}: {sorted(missing)} not in the {scheme} scopes map"


@pytest.mark.parametrize(("api", "method", "path", "op"), ALL_OPERATIONS, ids=IDS)
def test_scope_templates_name_what_the_request_carries(api: str, method: str, path: str, op: dict[str, Any]) -> None:
    document = load_dist(api)
    path_params = _path_parameters(document, path, op)
    schemes = _scheme_scopes(document)
    for requirement in op.get(SECURITY_EXTENSION) or []:
        templates = [(scheme, scope) for scheme, scopes in requirement.items() for scope in scopes]
        assert any(runtime_expressions.placeholders(t) for _, t in templates), (method, path, requirement)
        for scheme, template in templates:
            expressions = runtime_expressions.placeholders(template)
            if not expressions:  # a fixed scope needed together with the templated one
                assert template in schemes[scheme], (method, path, template)
            for expression in expressions:
                runtime_expressions.check_expression(expression)
                if expression.startswith("$request.path."):
                    assert expression.removeprefix("$request.path.") in path_params, (method, path, expression)
                if expression.startswith("$request.body"):
                    assert "requestBody" in op, (method, path, expression)


def test_module_scope_names_are_plain_words() -> None:
    for api in api_names():
        for scheme in (load_dist(api).get("components", {}).get("securitySchemes") or {}).values():
            for module, names in (scheme.get("x-zoho-module-scope-names") or {}).items():
                listed = names if isinstance(names, list) else [names]
                assert listed and all(isinstance(name, str) and name.isalnum() for name in listed), (api, module)


@pytest.mark.parametrize(("api", "method", "path", "op"), ALL_OPERATIONS, ids=IDS)
def test_every_zoho_operation_states_its_credits(api: str, method: str, path: str, op: dict[str, Any]) -> None:
    if api not in ZOHO_APIS:
        assert "x-zoho-credits" not in op, f"{api} calls cost no Zoho API credits"
        return
    assert "x-zoho-credits" in op, f"{method} {path}: no x-zoho-credits"
    rule = CreditRule.from_extension(op["x-zoho-credits"], f"{api} {method} {path}")
    assert rule.credits >= 1


def test_the_documented_credit_rules() -> None:
    """The CRM document's credit table, as the spec states it."""
    by_id = {
        op.get("operationId"): op.get("x-zoho-credits") for api in ZOHO_APIS for _, _, op in operations(load_dist(api))
    }
    assert by_id["getDeletedRecords"] == 2 and by_id["convertLead"] == 5 and by_id["createBulkReadJob"] == 50
    assert by_id["getRecords"] == {"credits": 1, "when": [{"present": "$request.query.cvid", "credits": 3}]}
    per_ten = {"credits": 1, "per": 10, "items": "$request.body#/data"}
    for operation_id in ("insertRecords", "updateRecords", "upsertRecords", "createNotes", "createRecordNotes"):
        assert by_id[operation_id] == per_ten, operation_id
    per_fifty = {"credits": 1, "per": 50, "items": "$request.query.ids"}
    assert by_id["addTagsToRecords"] == by_id["removeTagsFromRecords"] == per_fifty
