"""Zoho CRM API v2 (``/crm/v2``): records, search, metadata, users, tags, notes, notifications..."""
