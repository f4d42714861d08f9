# generated from spec/dist/bigin.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BiginCall")


@_attrs_define(on_setattr=load_before_assignment)
class BiginCall(LazyModel):
    """A Bigin call: a logged or scheduled phone call. The properties are the standard fields; every field may be null and
    organisations add custom fields. `Call_Type` is mandatory, so every call carries it; it is listed as required so
    that calls can be told from other records (tasks also have a `Subject`) in a mixed list.

    """

    call_type: None | str
    """ `Outbound`, `Inbound` or `Missed`. """
    id: None | str | Unset = UNSET
    """ The call's record id (a number of up to 19 digits carried as a string). """
    subject: None | str | Unset = UNSET
    """ What the call is about, for example `Follow-up call with Art Venere`. """
    call_start_time: datetime.datetime | None | Unset = UNSET
    """ When the call starts or started, an ISO 8601 date-time with offset. """
    call_duration: None | str | Unset = UNSET
    """ How long the call lasted, `mm:ss`. """
    call_purpose: None | str | Unset = UNSET
    """ For example `Prospecting`, `Negotiation`, `Demo`. """
    call_result: None | str | Unset = UNSET
    """ The outcome of the call, a picklist value. """
    what_id: BiginLookup | None | Unset = UNSET
    """ A lookup to another Bigin record (a deal's `Account_Name` or `Contact_Name`, a task's `What_Id`): the
    target's `id` and display `name`. Null when the lookup is empty. """
    se_module: None | str | Unset = UNSET
    """ The API name of the module of the record in `What_Id`, for example `Deals`. """
    description: None | str | Unset = UNSET
    """ Free-text description. """
    owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: datetime.datetime | None | Unset = UNSET
    """ When the record was created, an ISO 8601 date-time with offset. """
    modified_time: datetime.datetime | None | Unset = UNSET
    """ When the record was last changed, an ISO 8601 date-time with offset. """
    tag: list[BiginTag] | None | Unset = UNSET
    """ The tags on the record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_type: None | str
        call_type = self.call_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        call_start_time: None | str | Unset
        if isinstance(self.call_start_time, Unset):
            call_start_time = UNSET
        elif isinstance(self.call_start_time, datetime.datetime):
            call_start_time = self.call_start_time.isoformat()
        else:
            call_start_time = self.call_start_time

        call_duration: None | str | Unset
        if isinstance(self.call_duration, Unset):
            call_duration = UNSET
        else:
            call_duration = self.call_duration

        call_purpose: None | str | Unset
        if isinstance(self.call_purpose, Unset):
            call_purpose = UNSET
        else:
            call_purpose = self.call_purpose

        call_result: None | str | Unset
        if isinstance(self.call_result, Unset):
            call_result = UNSET
        else:
            call_result = self.call_result

        what_id: dict[str, Any] | None | Unset
        if isinstance(self.what_id, Unset):
            what_id = UNSET
        elif isinstance(self.what_id, BiginLookup):
            what_id = self.what_id.to_dict()
        else:
            what_id = self.what_id

        se_module: None | str | Unset
        if isinstance(self.se_module, Unset):
            se_module = UNSET
        else:
            se_module = self.se_module

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
        elif isinstance(self.created_time, datetime.datetime):
            created_time = self.created_time.isoformat()
        else:
            created_time = self.created_time

        modified_time: None | str | Unset
        if isinstance(self.modified_time, Unset):
            modified_time = UNSET
        elif isinstance(self.modified_time, datetime.datetime):
            modified_time = self.modified_time.isoformat()
        else:
            modified_time = self.modified_time

        tag: list[dict[str, Any]] | None | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, list):
            tag = []
            for tag_type_0_item_data in self.tag:
                tag_type_0_item = tag_type_0_item_data.to_dict()
                tag.append(tag_type_0_item)

        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Call_Type": call_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if call_start_time is not UNSET:
            field_dict["Call_Start_Time"] = call_start_time
        if call_duration is not UNSET:
            field_dict["Call_Duration"] = call_duration
        if call_purpose is not UNSET:
            field_dict["Call_Purpose"] = call_purpose
        if call_result is not UNSET:
            field_dict["Call_Result"] = call_result
        if what_id is not UNSET:
            field_dict["What_Id"] = what_id
        if se_module is not UNSET:
            field_dict["$se_module"] = se_module
        if description is not UNSET:
            field_dict["Description"] = description
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
        if tag is not UNSET:
            field_dict["Tag"] = tag

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
        if "Call_Type" not in d:
            raise KeyError("Call_Type")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        call_type: None | str = d.pop("Call_Type")

        id: None | str | Unset = d.pop("id", UNSET)

        subject: None | str | Unset = d.pop("Subject", UNSET)

        _call_start_time = d.pop("Call_Start_Time", UNSET)
        call_start_time: datetime.datetime | None | Unset
        if isinstance(_call_start_time, str):
            try:
                call_start_time_type_0 = datetime.datetime.fromisoformat(_call_start_time)
                call_start_time = call_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                call_start_time = cast(datetime.datetime | None | Unset, _call_start_time)
        else:
            call_start_time = _call_start_time

        call_duration: None | str | Unset = d.pop("Call_Duration", UNSET)

        call_purpose: None | str | Unset = d.pop("Call_Purpose", UNSET)

        call_result: None | str | Unset = d.pop("Call_Result", UNSET)

        _what_id = d.pop("What_Id", UNSET)
        what_id: BiginLookup | None | Unset
        if isinstance(_what_id, dict):
            try:
                componentsschemas_bigin_lookup_type_0 = BiginLookup._built_whole(_what_id)
                what_id = componentsschemas_bigin_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                what_id = cast(BiginLookup | None | Unset, _what_id)
        else:
            what_id = _what_id

        se_module: None | str | Unset = d.pop("$se_module", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

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

        _created_time = d.pop("Created_Time", UNSET)
        created_time: datetime.datetime | None | Unset
        if isinstance(_created_time, str):
            try:
                created_time_type_0 = datetime.datetime.fromisoformat(_created_time)
                created_time = created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_time = cast(datetime.datetime | None | Unset, _created_time)
        else:
            created_time = _created_time

        _modified_time = d.pop("Modified_Time", UNSET)
        modified_time: datetime.datetime | None | Unset
        if isinstance(_modified_time, str):
            try:
                modified_time_type_0 = datetime.datetime.fromisoformat(_modified_time)
                modified_time = modified_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_time = cast(datetime.datetime | None | Unset, _modified_time)
        else:
            modified_time = _modified_time

        _tag = d.pop("Tag", UNSET)
        tag: list[BiginTag] | None | Unset
        if isinstance(_tag, list):
            try:
                tag_type_0 = []
                _tag_type_0 = _tag
                for tag_type_0_item_data in _tag_type_0:
                    tag_type_0_item = BiginTag._from_nested_json(tag_type_0_item_data)

                    tag_type_0.append(tag_type_0_item)

                for tag_type_0_item in tag_type_0:
                    tag_type_0_item._load_all_fields()
                tag = tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tag = cast(list[BiginTag] | None | Unset, _tag)
        else:
            tag = _tag

        additional_properties = d
        _set = object.__setattr__
        _set(self, "call_type", call_type)
        _set(self, "id", id)
        _set(self, "subject", subject)
        _set(self, "call_start_time", call_start_time)
        _set(self, "call_duration", call_duration)
        _set(self, "call_purpose", call_purpose)
        _set(self, "call_result", call_result)
        _set(self, "what_id", what_id)
        _set(self, "se_module", se_module)
        _set(self, "description", description)
        _set(self, "owner", owner)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "tag", tag)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.what_id)
        load_nested(self.owner)
        load_nested(self.created_by)
        load_nested(self.modified_by)
        load_nested(self.tag)

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
from ..models.bigin_lookup import BiginLookup  # noqa: E402
from ..models.bigin_tag import BiginTag  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
