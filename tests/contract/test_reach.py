"""A generic fuzzer, given only a bundled spec and a token, reaches every operation.

Runs ``scripts/fuzz_reach.py``'s measurement (schemathesis's CLI, all phases, default checks, one
token, against a fresh emulator) for the APIs whose run fits in ``make test``; ``make reach`` runs
every API, CRM included. Every operation must answer 2xx at least once, and no check may fail
beyond the documented Zoho behaviours the script recognises (per-record 202 answers, Accounts'
HTTP-200 errors, 400 for ids of objects that do not exist).
"""

from __future__ import annotations

import pytest
from fuzz_reach import measure

QUICK_APIS = ("crm_bulk", "recruit", "bigin", "connect")
EXAMPLES = 15
DOCUMENTED_RULES = {
    ("crm_bulk", "POST /read", "positive_data_acceptance"): (
        "fields, cvid and criteria must name fields and views the module has (FIELD_NOT_AVAILABLE, "
        "INVALID_DATA, INVALID_CRITERIA), as the contract suite's exemption of createBulkReadJob says"
    ),
    ("recruit", "PUT /Submissions/{submission_id}/actions/status", "positive_data_acceptance"): (
        "the outcome must be one of the org's edition and agree with the rating, as the contract suite's "
        "exemption of changeSubmissionStatus says"
    ),
    **{
        (api, operation, "positive_data_acceptance"): rule
        for api in ("recruit", "bigin")
        for operation, rule in (
            ("GET /{module_api_name}", "sort_by (and Bigin's cvid) must name a field (a custom view) of the module"),
            (
                "GET /{module_api_name}/search",
                "one of criteria/email/phone/word is required, and criteria name searchable fields of the module",
            ),
            (
                "POST /{module_api_name}/upsert",
                "duplicate_check_fields names only the module's duplicate-check and unique fields",
            ),
        )
    },
    **{
        (api, "GET /{module_api_name}/{record_id}", "use_after_free"): (
            "a deleted record is read as 204 No Content, the answer the spec documents for a record the user "
            "cannot see, which the check counts as still available (the contract suite's deleted_resource_gone)"
        )
        for api in ("recruit", "bigin")
    },
}
"""Failed checks explained by one operation's documented rule, which a schema cannot express."""
UNREACHED = {
    "connect": (
        "POST /v1/client/recruitment: schemathesis's examples phase builds the body from property "
        "examples instead of the request-body example, and generated recruiters never carry the "
        "lastName or companyName a new recruiter needs"
    ),
}
"""APIs with an operation the fuzzer does not reach yet, and why (strict: fails once it is reached)."""
SEED = 20240229


@pytest.mark.parametrize(
    "api",
    [
        pytest.param(api, marks=pytest.mark.xfail(strict=True, reason=UNREACHED[api])) if api in UNREACHED else api
        for api in QUICK_APIS
    ],
)
def test_every_operation_answers_2xx_without_undocumented_failures(api: str) -> None:
    reach = measure(api, EXAMPLES, SEED)
    assert reach.missed == [], {op: dict(reach.statuses.get(op, {})) for op in reach.missed}
    unexplained = {key: n for key, n in reach.failures.items() if (api, key[0], key[1]) not in DOCUMENTED_RULES}
    assert not unexplained, unexplained
