# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
"""Contains some shared types for properties (defined once for every API in ``zohokit_runtime``)"""

from zohokit_runtime.lazy_models import LazyModel, lazily_built, load_before_assignment, load_nested
from zohokit_runtime.types import UNSET, File, FileTypes, RequestFiles, Response, Unset, request_sent_for

__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "lazily_built",
    "load_before_assignment",
    "load_nested",
    "request_sent_for",
]
