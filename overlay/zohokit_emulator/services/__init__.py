"""The emulated APIs, one package each: ``models.py`` (state), ``responses.py`` (handlers),
``urls.py`` (a ``SERVICE`` describing base path, spec, store and routes).

A package joins the emulator by being listed in ``SERVICE_PACKAGES`` and having a ``urls.py``
that defines ``SERVICE``; a listed package without ``urls.py`` is skipped.
"""

from __future__ import annotations

import importlib
import importlib.util

from ..core.routing import Service

SERVICE_PACKAGES = ("accounts", "crm", "crm_bulk", "recruit", "bigin", "connect")


def load_services() -> list[Service]:
    services = []
    for name in SERVICE_PACKAGES:
        module_name = f"{__name__}.{name}.urls"
        if importlib.util.find_spec(module_name) is None:
            continue
        module = importlib.import_module(module_name)
        services.append(module.SERVICE)
    return services
