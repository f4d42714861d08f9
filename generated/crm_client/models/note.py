from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="Note")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "Note_Title",
        "Note_Content",
        "Parent_Id",
        "$se_module",
        "Owner",
        "Created_By",
        "Modified_By",
        "Created_Time",
        "Modified_Time",
        "$attachments",
        "$editable",
        "$voice_note",
        "$size",
        "$state",
        "$is_shared_to_client",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class Note(LazyModel):
    """A note attached to a record. The seed's sample responses were lost in scraping; the keys are those of Zoho's public
    v2 API and of the seed's SDK samples (id, title, content, parent record, owner, created/modified by and time, voice
    note, size, attachments).

    """

    id: None | str | Unset = UNSET
    """ The note's id. """
    note_title: None | str | Unset = UNSET
    note_content: None | str | Unset = UNSET
    parent_id: None | RecordLookup | Unset = UNSET
    """ A lookup to another record as Zoho embeds it (a lookup field, `Layout`, a note's `Parent_Id`): the target's
    `id` and its display `name`. On writes only `id` is needed. Null when the lookup is empty. """
    se_module: None | str | Unset = UNSET
    """ The API name of the parent record's module, for example `Leads`. """
    owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: None | str | Unset = UNSET
    """ ISO 8601 date-time with offset. """
    modified_time: None | str | Unset = UNSET
    """ ISO 8601 date-time with offset. """
    attachments: list[Attachment] | None | Unset = UNSET
    """ Files attached to the note. """
    editable: bool | None | Unset = UNSET
    voice_note: bool | None | Unset = UNSET
    """ Whether the note is a voice note. """
    size: None | str | Unset = UNSET
    """ The size of a voice note, null otherwise. """
    state: None | str | Unset = UNSET
    is_shared_to_client: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        note_title: None | str | Unset
        if isinstance(self.note_title, Unset):
            note_title = UNSET
        else:
            note_title = self.note_title

        note_content: None | str | Unset
        if isinstance(self.note_content, Unset):
            note_content = UNSET
        else:
            note_content = self.note_content

        parent_id: dict[str, Any] | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, RecordLookup):
            parent_id = self.parent_id.to_dict()
        else:
            parent_id = self.parent_id

        se_module: None | str | Unset
        if isinstance(self.se_module, Unset):
            se_module = UNSET
        else:
            se_module = self.se_module

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserReference):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserReference):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        modified_by: dict[str, Any] | None | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        elif isinstance(self.modified_by, UserReference):
            modified_by = self.modified_by.to_dict()
        else:
            modified_by = self.modified_by

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        modified_time: None | str | Unset
        if isinstance(self.modified_time, Unset):
            modified_time = UNSET
        else:
            modified_time = self.modified_time

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        voice_note: bool | None | Unset
        if isinstance(self.voice_note, Unset):
            voice_note = UNSET
        else:
            voice_note = self.voice_note

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        is_shared_to_client: bool | None | Unset
        if isinstance(self.is_shared_to_client, Unset):
            is_shared_to_client = UNSET
        else:
            is_shared_to_client = self.is_shared_to_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if note_title is not UNSET:
            field_dict["Note_Title"] = note_title
        if note_content is not UNSET:
            field_dict["Note_Content"] = note_content
        if parent_id is not UNSET:
            field_dict["Parent_Id"] = parent_id
        if se_module is not UNSET:
            field_dict["$se_module"] = se_module
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if created_by is not UNSET:
            field_dict["Created_By"] = created_by
        if modified_by is not UNSET:
            field_dict["Modified_By"] = modified_by
        if created_time is not UNSET:
            field_dict["Created_Time"] = created_time
        if modified_time is not UNSET:
            field_dict["Modified_Time"] = modified_time
        if attachments is not UNSET:
            field_dict["$attachments"] = attachments
        if editable is not UNSET:
            field_dict["$editable"] = editable
        if voice_note is not UNSET:
            field_dict["$voice_note"] = voice_note
        if size is not UNSET:
            field_dict["$size"] = size
        if state is not UNSET:
            field_dict["$state"] = state
        if is_shared_to_client is not UNSET:
            field_dict["$is_shared_to_client"] = is_shared_to_client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_note_title(_src: dict[str, Any]) -> None | str | Unset:
        note_title: None | str | Unset = _src.get("Note_Title", UNSET)

        return note_title

    @staticmethod
    def _read_note_content(_src: dict[str, Any]) -> None | str | Unset:
        note_content: None | str | Unset = _src.get("Note_Content", UNSET)

        return note_content

    @staticmethod
    def _read_parent_id(_src: dict[str, Any]) -> None | RecordLookup | Unset:
        _parent_id = _src.get("Parent_Id", UNSET)
        parent_id: None | RecordLookup | Unset
        if isinstance(_parent_id, dict):
            try:
                componentsschemas_record_lookup_type_0 = RecordLookup.from_dict(_parent_id)
                componentsschemas_record_lookup_type_0._load_all_fields()
                parent_id = componentsschemas_record_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_id = cast(None | RecordLookup | Unset, _parent_id)
        else:
            parent_id = _parent_id

        return parent_id

    @staticmethod
    def _read_se_module(_src: dict[str, Any]) -> None | str | Unset:
        se_module: None | str | Unset = _src.get("$se_module", UNSET)

        return se_module

    @staticmethod
    def _read_owner(_src: dict[str, Any]) -> None | Unset | UserReference:
        _owner = _src.get("Owner", UNSET)
        owner: None | Unset | UserReference
        if isinstance(_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_owner)
                componentsschemas_user_reference_type_0._load_all_fields()
                owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                owner = cast(None | Unset | UserReference, _owner)
        else:
            owner = _owner

        return owner

    @staticmethod
    def _read_created_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _created_by = _src.get("Created_By", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_created_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        return created_by

    @staticmethod
    def _read_modified_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _modified_by = _src.get("Modified_By", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_modified_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        return modified_by

    @staticmethod
    def _read_created_time(_src: dict[str, Any]) -> None | str | Unset:
        created_time: None | str | Unset = _src.get("Created_Time", UNSET)

        return created_time

    @staticmethod
    def _read_modified_time(_src: dict[str, Any]) -> None | str | Unset:
        modified_time: None | str | Unset = _src.get("Modified_Time", UNSET)

        return modified_time

    @staticmethod
    def _read_attachments(_src: dict[str, Any]) -> list[Attachment] | None | Unset:
        _attachments = _src.get("$attachments", UNSET)
        attachments: list[Attachment] | None | Unset
        if isinstance(_attachments, list):
            try:
                attachments_type_0 = []
                _attachments_type_0 = _attachments
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = Attachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)
                for attachments_type_0_item in attachments_type_0:
                    attachments_type_0_item._load_all_fields()
                attachments = attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                attachments = cast(list[Attachment] | None | Unset, _attachments)
        else:
            attachments = _attachments

        return attachments

    @staticmethod
    def _read_editable(_src: dict[str, Any]) -> bool | None | Unset:
        editable: bool | None | Unset = _src.get("$editable", UNSET)

        return editable

    @staticmethod
    def _read_voice_note(_src: dict[str, Any]) -> bool | None | Unset:
        voice_note: bool | None | Unset = _src.get("$voice_note", UNSET)

        return voice_note

    @staticmethod
    def _read_size(_src: dict[str, Any]) -> None | str | Unset:
        size: None | str | Unset = _src.get("$size", UNSET)

        return size

    @staticmethod
    def _read_state(_src: dict[str, Any]) -> None | str | Unset:
        state: None | str | Unset = _src.get("$state", UNSET)

        return state

    @staticmethod
    def _read_is_shared_to_client(_src: dict[str, Any]) -> bool | None | Unset:
        is_shared_to_client: bool | None | Unset = _src.get("$is_shared_to_client", UNSET)

        return is_shared_to_client

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _src.items() if key not in _DECLARED_KEYS}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.attachment import Attachment  # noqa: E402
from ..models.record_lookup import RecordLookup  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
