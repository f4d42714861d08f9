"""Routes of the Zoho CRM Bulk Read API, at its real base path ``/crm/bulk/v2``."""

from __future__ import annotations

from ...core.routing import Service, get, post
from . import responses
from .models import BulkStore

SCOPE = "ZohoCRM.bulk.READ"
"""Zoho documents ``ZohoCRM.bulk.read`` for creating, polling and downloading alike."""

SERVICE = Service(
    name="crm_bulk",
    base="/crm/bulk/v2",
    api="crm_bulk",
    store=BulkStore,
    routes=[
        post("/read", responses.create_job, credits=50, body_error=responses.validation_error, scope=SCOPE),
        get("/read/{job_id}", responses.get_job, scope=SCOPE),
        get("/read/{job_id}/result", responses.download_result, scope=SCOPE),
    ],
)
