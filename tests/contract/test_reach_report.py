"""``scripts/fuzz_reach.py`` reads each operation's ``x-zoho-rule`` from the bundled spec and reports a
refused schema-valid request to such an operation as documented, with the rule, not as a failure."""

from __future__ import annotations

from collections import Counter

from fuzz_reach import Reach, SpecFacts, _documented, _explained_by_rule, report, spec_operations

BLUEPRINT = "GET /{module_api_name}/{record_id}/actions/blueprint"
RECORD = "GET /{module_api_name}/{record_id}"


def test_the_rules_come_from_the_spec() -> None:
    facts = spec_operations("crm")
    labels, rules = facts.labels, facts.rules
    assert BLUEPRINT in labels and RECORD in labels
    assert "RECORD_NOT_IN_PROCESS" in rules[BLUEPRINT]
    assert RECORD not in rules, "a plain record read states no rule of its own"
    assert set(rules) < set(labels)


def test_only_a_refused_valid_request_is_explained_by_the_rule() -> None:
    rules = {BLUEPRINT: "Only a record in a blueprint process has a blueprint."}
    assert _explained_by_rule("positive_data_acceptance", BLUEPRINT, rules)
    assert not _explained_by_rule("positive_data_acceptance", RECORD, rules)
    assert not _explained_by_rule("response_schema_conformance", BLUEPRINT, rules)
    assert not _explained_by_rule("negative_data_rejection", BLUEPRINT, rules)


def test_the_report_lists_a_ruled_refusal_as_documented_with_its_rule() -> None:
    rule = "Only a record in a blueprint process has a blueprint; for any other record Zoho answers 400."
    reach = Reach("crm", [BLUEPRINT, RECORD], rules={BLUEPRINT: rule})
    reach.statuses = {BLUEPRINT: Counter({200: 1, 400: 3}), RECORD: Counter({200: 2})}
    reach.ruled[(BLUEPRINT, "positive_data_acceptance", 400)] = 3
    reach.documented[(RECORD, "positive_data_acceptance", 400)] = 1
    lines = report([reach]).splitlines()
    assert f"  documented: {BLUEPRINT}: positive_data_acceptance on 400 (x3) \u2014 {rule}" in lines
    assert f"  documented: {RECORD}: positive_data_acceptance on 400 (x1)" in lines
    assert not [line for line in lines if "failure:" in line]
    assert reach.as_dict()["documented_by_rule"] == [
        {"operation": BLUEPRINT, "check": "positive_data_acceptance", "status": 400, "count": 3, "rule": rule}
    ]


def test_a_read_of_a_deleted_record_answering_its_documented_204_is_documented() -> None:
    facts = spec_operations("crm")
    assert RECORD in facts.with_204, "the spec documents 204 for a record that is gone"
    assert _documented("use_after_free", RECORD, 204, None, facts)
    assert not _documented("use_after_free", RECORD, 200, {"data": []}, facts), "a deleted record still served"
    assert not _documented("use_after_free", BLUEPRINT, 204, None, SpecFacts([BLUEPRINT])), "204 not documented"
