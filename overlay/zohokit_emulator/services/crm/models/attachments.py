"""Attachments of records, record photos and the org logo."""

from __future__ import annotations

from dataclasses import dataclass

from ....core.errors import ZohoError, invalid_data, invalid_path_id
from .state import CrmState, Record

PHOTO_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Attachment:
    id: str
    file_id: str
    parent_id: str
    parent_module: str
    file_name: str
    content: bytes
    content_type: str
    link_url: str | None
    owner: str
    created_by: str
    modified_by: str
    created: float
    modified: float


class AttachmentsAndPhotos(CrmState):
    """Files attached to records, a record's photo and the org's logo, with Zoho's size limits."""

    def add_attachment(
        self, parent: Record, file_name: str, content: bytes, content_type: str, link_url: str | None, user_id: str
    ) -> Attachment:
        if len(content) > ATTACHMENT_MAX_BYTES:
            raise ZohoError(
                413,
                "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
                "file size is more than the allowed size",
                {"maximum_size": ATTACHMENT_MAX_BYTES},
            )
        now = self.now()
        attachment = Attachment(
            id=self.ids(),
            file_id=self.ids(),
            parent_id=parent.id,
            parent_module=parent.module,
            file_name=file_name,
            content=content,
            content_type=content_type,
            link_url=link_url,
            owner=user_id,
            created_by=user_id,
            modified_by=user_id,
            created=now,
            modified=now,
        )
        self.attachments.setdefault(parent.id, []).append(attachment)
        return attachment

    def attachment(self, parent: Record, attachment_id: str) -> Attachment:
        for item in self.attachments.get(parent.id, []):
            if item.id == attachment_id:
                return item
        raise invalid_path_id(attachment_id, 3)

    def delete_attachment(self, parent: Record, attachment_id: str) -> Attachment:
        item = self.attachment(parent, attachment_id)
        self.attachments[parent.id].remove(item)
        return item

    @staticmethod
    def _check_image_size(data: bytes) -> None:
        """Record photos and the org logo share Zoho's size limit: 413 beyond it."""
        if len(data) > PHOTO_MAX_BYTES:
            raise ZohoError(
                413,
                "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
                "file size is more than the allowed size",
                {"maximum_size": PHOTO_MAX_BYTES},
            )

    def set_photo(self, rec: Record, data: bytes, content_type: str, file_name: str) -> None:
        self._check_image_size(data)
        rec.photo = (bytes(data), content_type, file_name)
        rec.values["Record_Image"] = self.ids()
        rec.modified = self.now()

    def clear_photo(self, rec: Record) -> None:
        if rec.photo is None:
            raise invalid_data("the record has no photo", id=rec.id)
        rec.photo = None
        rec.values["Record_Image"] = None
        rec.modified = self.now()

    def set_org_logo(self, data: bytes, content_type: str, file_name: str) -> None:
        self._check_image_size(data)
        self.org_logo = (bytes(data), content_type, file_name)
        self.org["photo_id"] = self.ids()
