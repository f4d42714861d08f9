"""Handlers of attachments and record photos."""

from __future__ import annotations

from ....core.errors import ZohoError, invalid_data
from ....core.http import ApiRequest, Reply, binary, no_content, ok
from .. import serializers
from ..models import CrmStore, Record
from .common import (
    fields_param,
    page_slice,
    paging,
    request_module,
    request_record,
    store_of,
)

IMAGE_TYPES = {"image/jpeg", "image/jpg", "image/png", "image/gif", "image/bmp", "image/webp", "image/tiff"}
IMAGE_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF", b"II*\x00", b"MM\x00*")


def attachment_page(request: ApiRequest, store: CrmStore, rec: Record, page: int, per_page: int) -> Reply:
    items = sorted(store.attachments.get(rec.id, []), key=lambda a: a.created, reverse=True)
    chunk, info = page_slice(items, page, per_page)
    if not chunk:
        return no_content()
    data = [serializers.attachment(store, a) for a in chunk]
    fields = fields_param(request)
    if fields:
        data = [{k: v for k, v in d.items() if k in set(fields) | {"id"}} for d in data]
    return ok({"data": data, "info": info})


def list_attachments(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    page, per_page = paging(request)
    return attachment_page(request, store, rec, page, per_page)


def upload_attachment(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = request_record(request)
    upload = request.files.get("file")
    link = request.arg("attachmentUrl") or request.form.get("attachmentUrl")
    if upload is None and not link:
        raise ZohoError(400, "MANDATORY_NOT_FOUND", "the request does not contain any file", {"api_name": "file"})
    if upload is not None:
        item = store.add_attachment(
            rec, upload.filename or "attachment", upload.data, upload.content_type, None, request.user_id
        )
    else:
        assert link is not None
        item = store.add_attachment(rec, link.rsplit("/", 1)[-1] or link, b"", "text/uri-list", link, request.user_id)
    details = {
        "Modified_Time": serializers.when(item.modified),
        "Modified_By": serializers.user_ref(item.modified_by, False),
        "Created_Time": serializers.when(item.created),
        "id": item.id,
        "Created_By": serializers.user_ref(item.created_by, False),
    }
    return ok(
        {
            "data": [
                {
                    "code": "SUCCESS",
                    "details": details,
                    "message": "attachment uploaded successfully",
                    "status": "success",
                }
            ]
        }
    )


def download_attachment(request: ApiRequest) -> Reply:
    rec = request_record(request)
    item = store_of(request).attachment(rec, request.path_params["attachment_id"])
    if item.link_url:
        raise invalid_data("the attachment is a link, not a file", id=item.id)
    return binary(item.content, item.content_type, item.file_name)


def delete_attachment(request: ApiRequest) -> Reply:
    rec = request_record(request)
    item = store_of(request).delete_attachment(rec, request.path_params["attachment_id"])
    return ok(
        {"data": [{"code": "SUCCESS", "details": {"id": item.id}, "message": "record deleted", "status": "success"}]}
    )


def _photo_record(request: ApiRequest) -> Record:
    store = store_of(request)
    module = request_module(request)
    if not module.photo:
        raise ZohoError(
            400, "INVALID_MODULE", "the given module is not supported for this api", {"resource_path_index": 0}
        )
    return store.record(module.api_name, request.path_params["record_id"])


def uploaded_image(request: ApiRequest) -> tuple[bytes, str, str]:
    upload = request.files.get("file")
    if upload is None:
        if not request.files:
            raise ZohoError(400, "MANDATORY_NOT_FOUND", "the request does not contain any file", {"api_name": "file"})
        upload = next(iter(request.files.values()))
    media = (upload.content_type or "").split(";")[0].strip().lower()
    if media in ("", "application/octet-stream"):
        if not upload.data.startswith(IMAGE_SIGNATURES):
            raise invalid_data("invalid file type", status_code=415, api_name="file")
        media = (
            "image/png"
            if upload.data.startswith(b"\x89PNG")
            else "image/jpeg"
            if upload.data.startswith(b"\xff\xd8")
            else "image/gif"
            if upload.data.startswith(b"GIF8")
            else "image/bmp"
        )
    elif media not in IMAGE_TYPES:
        raise invalid_data("invalid file type", status_code=415, api_name="file")
    if not upload.data:
        raise invalid_data("the request does not contain any file", api_name="file")
    return upload.data, media, upload.filename or "photo"


def upload_photo(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _photo_record(request)
    data, media, name = uploaded_image(request)
    store.set_photo(rec, data, media, name)
    return ok({"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully", "status": "success"})


def download_photo(request: ApiRequest) -> Reply:
    rec = _photo_record(request)
    if rec.photo is None:
        return no_content()
    data, media, name = rec.photo
    return binary(data, media, name)


def delete_photo(request: ApiRequest) -> Reply:
    store = store_of(request)
    rec = _photo_record(request)
    store.clear_photo(rec)
    return ok({"code": "SUCCESS", "details": {}, "message": "Photo deleted", "status": "success"})
