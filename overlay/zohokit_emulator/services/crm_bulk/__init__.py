"""Zoho CRM Bulk Read API (``/crm/bulk/v2``): export jobs that complete on the emulator clock and
download as ``{job_id}.zip`` holding ``{job_id}.csv``."""
