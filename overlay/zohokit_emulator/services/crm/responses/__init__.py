"""Handlers of Zoho CRM v2, one module per sub-resource (the same split as ``crm/models``).

``common`` holds what they share (the store of a request, the module and record a path names,
paging, id lists, write bodies and results); ``records``, ``tags``, ``notes``,
``related``, ``attachments`` (and photos), ``conversion``, ``blueprints``, ``sharing``,
``variables``, ``notifications``, ``settings`` (module and field metadata), ``org`` (users, roles,
profiles, the org) and ``emulator_control`` (``/_emulator/crm`` routes) hold the handlers.
``crm/urls.py`` is the one route table over them.
"""
