# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Attachment")


@_attrs_define(on_setattr=load_before_assignment)
class Attachment(LazyModel):
    """A file attached to a record (or to a note, in `$attachments`), or a link attached as a file."""

    id: None | str | Unset = UNSET
    """ The attachment's id. """
    file_name: None | str | Unset = UNSET
    """ The file's name as uploaded (for a link attachment, the link's name), for example `Quote.pdf`. """
    size: None | str | Unset = UNSET
    """ The file size in bytes, as a decimal string. """
    parent_id: None | RecordLookup | Unset = UNSET
    """ A lookup to another record as Zoho embeds it (a lookup field, `Layout`, a note's `Parent_Id`): the target's
    `id` and its display `name`. On writes only `id` is needed. Null when the lookup is empty. """
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
    se_module: None | str | Unset = UNSET
    """ The API name of the parent record's module. """
    file_id: None | str | Unset = UNSET
    """ The id of the stored file. """
    type_: None | str | Unset = UNSET
    """ `Attachment` for an uploaded file, `Link` for an attached URL. """
    link_url: None | str | Unset = UNSET
    """ The URL of a link attachment; null for files. """
    editable: bool | None | Unset = UNSET
    """ Whether the current user may change or delete the attachment. """
    state: None | str | Unset = UNSET
    """ The attachment's state; `save` for a stored attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        parent_id: dict[str, Any] | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, RecordLookup):
            parent_id = self.parent_id.to_dict()
        else:
            parent_id = self.parent_id

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

        se_module: None | str | Unset
        if isinstance(self.se_module, Unset):
            se_module = UNSET
        else:
            se_module = self.se_module

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        link_url: None | str | Unset
        if isinstance(self.link_url, Unset):
            link_url = UNSET
        else:
            link_url = self.link_url

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if file_name is not UNSET:
            field_dict["File_Name"] = file_name
        if size is not UNSET:
            field_dict["Size"] = size
        if parent_id is not UNSET:
            field_dict["Parent_Id"] = parent_id
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
        if se_module is not UNSET:
            field_dict["$se_module"] = se_module
        if file_id is not UNSET:
            field_dict["$file_id"] = file_id
        if type_ is not UNSET:
            field_dict["$type"] = type_
        if link_url is not UNSET:
            field_dict["$link_url"] = link_url
        if editable is not UNSET:
            field_dict["$editable"] = editable
        if state is not UNSET:
            field_dict["$state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one); the fields are converted when one is first read."""
        return cls._from_nested_json(dict(src_dict))

    @classmethod
    def _from_nested_json(cls: type[T], d: Any) -> T:
        """As ``from_dict``, but the model keeps ``d`` itself rather than a copy: how a model builds the
        models of the JSON objects nested in its own when it converts its fields. Anything but a
        ``dict`` goes to ``from_dict``, which raises what it always raised."""
        if type(d) is not dict:
            return cls.from_dict(d)
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        id: None | str | Unset = d.pop("id", UNSET)

        file_name: None | str | Unset = d.pop("File_Name", UNSET)

        size: None | str | Unset = d.pop("Size", UNSET)

        _parent_id = d.pop("Parent_Id", UNSET)
        parent_id: None | RecordLookup | Unset
        if isinstance(_parent_id, dict):
            try:
                componentsschemas_record_lookup_type_0 = RecordLookup._built_whole(_parent_id)
                parent_id = componentsschemas_record_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_id = cast(None | RecordLookup | Unset, _parent_id)
        else:
            parent_id = _parent_id

        _owner = d.pop("Owner", UNSET)
        owner: None | Unset | UserReference
        if isinstance(_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_owner)
                owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                owner = cast(None | Unset | UserReference, _owner)
        else:
            owner = _owner

        _created_by = d.pop("Created_By", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_created_by)
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        _modified_by = d.pop("Modified_By", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_modified_by)
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        created_time: None | str | Unset = d.pop("Created_Time", UNSET)

        modified_time: None | str | Unset = d.pop("Modified_Time", UNSET)

        se_module: None | str | Unset = d.pop("$se_module", UNSET)

        file_id: None | str | Unset = d.pop("$file_id", UNSET)

        type_: None | str | Unset = d.pop("$type", UNSET)

        link_url: None | str | Unset = d.pop("$link_url", UNSET)

        editable: bool | None | Unset = d.pop("$editable", UNSET)

        state: None | str | Unset = d.pop("$state", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "file_name", file_name)
        _set(self, "size", size)
        _set(self, "parent_id", parent_id)
        _set(self, "owner", owner)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "se_module", se_module)
        _set(self, "file_id", file_id)
        _set(self, "type_", type_)
        _set(self, "link_url", link_url)
        _set(self, "editable", editable)
        _set(self, "state", state)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.parent_id)
        load_nested(self.owner)
        load_nested(self.created_by)
        load_nested(self.modified_by)

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
from ..models.record_lookup import RecordLookup  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
