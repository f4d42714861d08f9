"""Routes of the Zoho CRM Bulk Read API, at its real base path ``/crm/bulk/v2``.

Scopes and credits (50 to start a job) come from the spec's operations."""

from __future__ import annotations

from ...core.routing import Service, get, post
from . import responses
from .models import BulkStore

SERVICE = Service(
    name="crm_bulk",
    base="/crm/bulk/v2",
    api="crm_bulk",
    store=BulkStore,
    routes=[
        post("/read", responses.create_job, body_error=responses.validation_error),
        get("/read/{job_id}", responses.get_job),
        get("/read/{job_id}/result", responses.download_result),
    ],
)
