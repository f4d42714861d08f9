"""Handlers of users, roles, profiles and the org (with its logo)."""

from __future__ import annotations

from collections.abc import Callable

from ....core.errors import invalid_data, invalid_path_id
from ....core.http import ApiRequest, Reply, binary, no_content, not_modified, ok
from ...accounts import directory
from .. import serializers
from .attachments import uploaded_image
from .common import (
    modified_since,
    page_slice,
    paging,
    setup_time,
    store_of,
)

USER_FILTERS: dict[str, Callable[[directory.OrgUser, str], bool]] = {
    "AllUsers": lambda u, me: True,
    "ActiveUsers": lambda u, me: u.status == "active",
    "DeactiveUsers": lambda u, me: u.status == "inactive",
    "ConfirmedUsers": lambda u, me: u.confirm,
    "NotConfirmedUsers": lambda u, me: not u.confirm,
    "DeletedUsers": lambda u, me: u.status == "deleted",
    "ActiveConfirmedUsers": lambda u, me: u.status == "active" and u.confirm,
    "AdminUsers": lambda u, me: u.profile == "Administrator",
    "ActiveConfirmedAdmins": lambda u, me: u.profile == "Administrator" and u.status == "active" and u.confirm,
    "CurrentUser": lambda u, me: u.id == me,
}


def list_users(request: ApiRequest) -> Reply:
    kind = request.arg("type") or "AllUsers"
    test = USER_FILTERS.get(kind)
    if test is None:
        raise invalid_data("invalid data", param="type", api_name="type")
    since = modified_since(request)
    if since is not None and since >= setup_time(request):
        return not_modified()
    users = [u for u in directory.USERS if test(u, request.user_id)]
    page, per_page = paging(request)
    chunk, info = page_slice(users, page, per_page)
    if not chunk:
        return no_content()
    return ok({"users": [serializers.user(u, setup_time(request)) for u in chunk], "info": info})


def get_user(request: ApiRequest) -> Reply:
    user = directory.user_by_id(request.path_params["user_id"])
    if user is None:
        raise invalid_path_id(request.path_params["user_id"], 1)
    since = modified_since(request)
    if since is not None and since >= setup_time(request):
        return not_modified()
    return ok({"users": [serializers.user(user, setup_time(request))]})


def list_roles(request: ApiRequest) -> Reply:
    from ..metadata import ROLES

    return ok({"roles": [serializers.role(r) for r in ROLES]})


def get_role(request: ApiRequest) -> Reply:
    role = store_of(request).role(request.path_params["role_id"])
    if role is None:
        raise invalid_path_id(request.path_params["role_id"], 2)
    return ok({"roles": [serializers.role(role)]})


def list_profiles(request: ApiRequest) -> Reply:
    from ..metadata import PROFILES

    since = modified_since(request)
    if since is not None and since >= setup_time(request):
        return not_modified()
    store = store_of(request)
    return ok({"profiles": [serializers.profile(store, p, setup_time(request), detailed=False) for p in PROFILES]})


def get_profile(request: ApiRequest) -> Reply:
    store = store_of(request)
    profile = store.profile(request.path_params["profile_id"])
    if profile is None:
        raise invalid_path_id(request.path_params["profile_id"], 2)
    return ok({"profiles": [serializers.profile(store, profile, setup_time(request), detailed=True)]})


def get_org(request: ApiRequest) -> Reply:
    return ok({"org": [dict(store_of(request).org)]})


def upload_org_photo(request: ApiRequest) -> Reply:
    data, media, name = uploaded_image(request)
    store_of(request).set_org_logo(data, media, name)
    return ok({"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully", "status": "success"})


def download_org_photo(request: ApiRequest) -> Reply:
    """``GET /_emulator/crm/org/photo``: the uploaded logo (204 before any upload). A control route:
    Zoho's CRM v2 API has no way to download the organisation's photo."""
    logo = store_of(request).org_logo
    if logo is None:
        return no_content()
    data, media, name = logo
    return binary(data, media, name)
