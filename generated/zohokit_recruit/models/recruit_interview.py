# generated from spec/dist/recruit.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitInterview")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitInterview(LazyModel):
    """A Zoho Recruit interview: a scheduled meeting of a candidate with interviewers about one job opening. The properties
    are the standard fields; every field may be null and organisations add custom fields. `Interview_Name` is mandatory
    in Zoho Recruit, so every interview carries it; it is listed as required so that interviews can be told from other
    records in a mixed list.

    """

    interview_name: None | str
    """ The interview's name, for example `Technical interview`. """
    id: None | str | Unset = UNSET
    """ The interview's record id (a number of up to 19 digits carried as a string). """
    candidate_name: None | RecruitLookup | Unset = UNSET
    """ A lookup to another Zoho Recruit record (for example `Account_Name` pointing at a client, or `Contact_Name`
    pointing at a contact): the target's `id` and display `name`. Null when the lookup is empty. """
    posting_title: None | RecruitLookup | Unset = UNSET
    """ A lookup to another Zoho Recruit record (for example `Account_Name` pointing at a client, or `Contact_Name`
    pointing at a contact): the target's `id` and display `name`. Null when the lookup is empty. """
    client_name: None | RecruitLookup | Unset = UNSET
    """ A lookup to another Zoho Recruit record (for example `Account_Name` pointing at a client, or `Contact_Name`
    pointing at a contact): the target's `id` and display `name`. Null when the lookup is empty. """
    interviewer: list[None | UserReference] | None | Unset = UNSET
    """ The users who conduct the interview. """
    start_date_time: datetime.datetime | None | Unset = UNSET
    """ When the interview starts, an ISO 8601 date-time with offset. """
    end_date_time: datetime.datetime | None | Unset = UNSET
    """ When the interview ends, an ISO 8601 date-time with offset. """
    venue: None | str | Unset = UNSET
    """ Where the interview takes place (an address, a room or a meeting link). """
    interview_status: None | str | Unset = UNSET
    """ For example `Scheduled`, `Completed`, `Cancelled`; configurable per organisation. """
    interview_owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: datetime.datetime | None | Unset = UNSET
    """ When the interview was created, an ISO 8601 date-time with offset. """
    modified_time: datetime.datetime | None | Unset = UNSET
    """ When the interview was last changed, an ISO 8601 date-time with offset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interview_name: None | str
        interview_name = self.interview_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        candidate_name: dict[str, Any] | None | Unset
        if isinstance(self.candidate_name, Unset):
            candidate_name = UNSET
        elif isinstance(self.candidate_name, RecruitLookup):
            candidate_name = self.candidate_name.to_dict()
        else:
            candidate_name = self.candidate_name

        posting_title: dict[str, Any] | None | Unset
        if isinstance(self.posting_title, Unset):
            posting_title = UNSET
        elif isinstance(self.posting_title, RecruitLookup):
            posting_title = self.posting_title.to_dict()
        else:
            posting_title = self.posting_title

        client_name: dict[str, Any] | None | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        elif isinstance(self.client_name, RecruitLookup):
            client_name = self.client_name.to_dict()
        else:
            client_name = self.client_name

        interviewer: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.interviewer, Unset):
            interviewer = UNSET
        elif isinstance(self.interviewer, list):
            interviewer = []
            for interviewer_type_0_item_data in self.interviewer:
                interviewer_type_0_item: dict[str, Any] | None
                if isinstance(interviewer_type_0_item_data, UserReference):
                    interviewer_type_0_item = interviewer_type_0_item_data.to_dict()
                else:
                    interviewer_type_0_item = interviewer_type_0_item_data
                interviewer.append(interviewer_type_0_item)

        else:
            interviewer = self.interviewer

        start_date_time: None | str | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        elif isinstance(self.start_date_time, datetime.datetime):
            start_date_time = self.start_date_time.isoformat()
        else:
            start_date_time = self.start_date_time

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        elif isinstance(self.end_date_time, datetime.datetime):
            end_date_time = self.end_date_time.isoformat()
        else:
            end_date_time = self.end_date_time

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        interview_status: None | str | Unset
        if isinstance(self.interview_status, Unset):
            interview_status = UNSET
        else:
            interview_status = self.interview_status

        interview_owner: dict[str, Any] | None | Unset
        if isinstance(self.interview_owner, Unset):
            interview_owner = UNSET
        elif isinstance(self.interview_owner, UserReference):
            interview_owner = self.interview_owner.to_dict()
        else:
            interview_owner = self.interview_owner

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Interview_Name": interview_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if candidate_name is not UNSET:
            field_dict["Candidate_Name"] = candidate_name
        if posting_title is not UNSET:
            field_dict["Posting_Title"] = posting_title
        if client_name is not UNSET:
            field_dict["Client_Name"] = client_name
        if interviewer is not UNSET:
            field_dict["Interviewer"] = interviewer
        if start_date_time is not UNSET:
            field_dict["Start_DateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["End_DateTime"] = end_date_time
        if venue is not UNSET:
            field_dict["Venue"] = venue
        if interview_status is not UNSET:
            field_dict["Interview_Status"] = interview_status
        if interview_owner is not UNSET:
            field_dict["Interview_Owner"] = interview_owner
        if created_by is not UNSET:
            field_dict["Created_By"] = created_by
        if modified_by is not UNSET:
            field_dict["Modified_By"] = modified_by
        if created_time is not UNSET:
            field_dict["Created_Time"] = created_time
        if modified_time is not UNSET:
            field_dict["Modified_Time"] = modified_time

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
        if "Interview_Name" not in d:
            raise KeyError("Interview_Name")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        interview_name: None | str = d.pop("Interview_Name")

        id: None | str | Unset = d.pop("id", UNSET)

        _candidate_name = d.pop("Candidate_Name", UNSET)
        candidate_name: None | RecruitLookup | Unset
        if isinstance(_candidate_name, dict):
            try:
                componentsschemas_recruit_lookup_type_0 = RecruitLookup._built_whole(_candidate_name)
                candidate_name = componentsschemas_recruit_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_name = cast(None | RecruitLookup | Unset, _candidate_name)
        else:
            candidate_name = _candidate_name

        _posting_title = d.pop("Posting_Title", UNSET)
        posting_title: None | RecruitLookup | Unset
        if isinstance(_posting_title, dict):
            try:
                componentsschemas_recruit_lookup_type_0 = RecruitLookup._built_whole(_posting_title)
                posting_title = componentsschemas_recruit_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                posting_title = cast(None | RecruitLookup | Unset, _posting_title)
        else:
            posting_title = _posting_title

        _client_name = d.pop("Client_Name", UNSET)
        client_name: None | RecruitLookup | Unset
        if isinstance(_client_name, dict):
            try:
                componentsschemas_recruit_lookup_type_0 = RecruitLookup._built_whole(_client_name)
                client_name = componentsschemas_recruit_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                client_name = cast(None | RecruitLookup | Unset, _client_name)
        else:
            client_name = _client_name

        _interviewer = d.pop("Interviewer", UNSET)
        interviewer: list[None | UserReference] | None | Unset
        if isinstance(_interviewer, list):
            try:
                interviewer_type_0 = []
                _interviewer_type_0 = _interviewer
                for interviewer_type_0_item_data in _interviewer_type_0:
                    _interviewer_type_0_item = interviewer_type_0_item_data
                    interviewer_type_0_item: None | UserReference
                    if isinstance(_interviewer_type_0_item, dict):
                        try:
                            componentsschemas_user_reference_type_0 = UserReference._built_whole(
                                _interviewer_type_0_item
                            )
                            interviewer_type_0_item = componentsschemas_user_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            interviewer_type_0_item = cast(None | UserReference, _interviewer_type_0_item)
                    else:
                        interviewer_type_0_item = _interviewer_type_0_item

                    interviewer_type_0.append(interviewer_type_0_item)
                interviewer = interviewer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                interviewer = cast(list[None | UserReference] | None | Unset, _interviewer)
        else:
            interviewer = _interviewer

        _start_date_time = d.pop("Start_DateTime", UNSET)
        start_date_time: datetime.datetime | None | Unset
        if isinstance(_start_date_time, str):
            try:
                start_date_time_type_0 = datetime.datetime.fromisoformat(_start_date_time)
                start_date_time = start_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date_time = cast(datetime.datetime | None | Unset, _start_date_time)
        else:
            start_date_time = _start_date_time

        _end_date_time = d.pop("End_DateTime", UNSET)
        end_date_time: datetime.datetime | None | Unset
        if isinstance(_end_date_time, str):
            try:
                end_date_time_type_0 = datetime.datetime.fromisoformat(_end_date_time)
                end_date_time = end_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end_date_time = cast(datetime.datetime | None | Unset, _end_date_time)
        else:
            end_date_time = _end_date_time

        venue: None | str | Unset = d.pop("Venue", UNSET)

        interview_status: None | str | Unset = d.pop("Interview_Status", UNSET)

        _interview_owner = d.pop("Interview_Owner", UNSET)
        interview_owner: None | Unset | UserReference
        if isinstance(_interview_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_interview_owner)
                interview_owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                interview_owner = cast(None | Unset | UserReference, _interview_owner)
        else:
            interview_owner = _interview_owner

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

        additional_properties = d
        _set = object.__setattr__
        _set(self, "interview_name", interview_name)
        _set(self, "id", id)
        _set(self, "candidate_name", candidate_name)
        _set(self, "posting_title", posting_title)
        _set(self, "client_name", client_name)
        _set(self, "interviewer", interviewer)
        _set(self, "start_date_time", start_date_time)
        _set(self, "end_date_time", end_date_time)
        _set(self, "venue", venue)
        _set(self, "interview_status", interview_status)
        _set(self, "interview_owner", interview_owner)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.candidate_name)
        load_nested(self.posting_title)
        load_nested(self.client_name)
        load_nested(self.interviewer)
        load_nested(self.interview_owner)
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
from ..models.recruit_lookup import RecruitLookup  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
