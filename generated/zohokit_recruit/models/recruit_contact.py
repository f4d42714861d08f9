# generated from spec/dist/recruit.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitContact")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitContact(LazyModel):
    """A Zoho Recruit contact: a person at a client, such as a hiring manager who reviews submissions. The properties are
    the standard fields; every field may be null and organisations add custom fields. `Last_Name` is mandatory in Zoho
    Recruit, so every contact carries it; it is listed as required so that contacts can be told from other records in a
    mixed list.

    """

    last_name: None | str
    """ The contact's last name. """
    id: None | str | Unset = UNSET
    """ The contact's record id (a number of up to 19 digits carried as a string). """
    salutation: None | str | Unset = UNSET
    """ Mr., Ms., Mrs., Dr. and so on. """
    first_name: None | str | Unset = UNSET
    """ The contact's first name. """
    full_name: None | str | Unset = UNSET
    """ First and last name together, as Zoho Recruit composes them. """
    email: None | str | Unset = UNSET
    """ The contact's e-mail address. """
    work_phone: None | str | Unset = UNSET
    """ The contact's work phone number. """
    mobile: None | str | Unset = UNSET
    """ The contact's mobile number. """
    job_title: None | str | Unset = UNSET
    """ The contact's job title, for example `Hiring Manager`. """
    department: None | str | Unset = UNSET
    """ The contact's department. """
    client_name: None | RecruitLookup | Unset = UNSET
    """ A lookup to another Zoho Recruit record (for example `Account_Name` pointing at a client, or `Contact_Name`
    pointing at a contact): the target's `id` and display `name`. Null when the lookup is empty. """
    is_primary_contact: bool | None | Unset = UNSET
    """ Whether the contact is the client's primary contact. """
    email_opt_out: bool | None | Unset = UNSET
    """ Whether the contact opted out of e-mails. """
    contact_owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    mailing_city: None | str | Unset = UNSET
    """ City of the contact's mailing address. """
    mailing_country: None | str | Unset = UNSET
    """ Country of the contact's mailing address. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: datetime.datetime | None | Unset = UNSET
    """ When the contact was created, an ISO 8601 date-time with offset. """
    modified_time: datetime.datetime | None | Unset = UNSET
    """ When the contact was last changed, an ISO 8601 date-time with offset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_name: None | str
        last_name = self.last_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        salutation: None | str | Unset
        if isinstance(self.salutation, Unset):
            salutation = UNSET
        else:
            salutation = self.salutation

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        work_phone: None | str | Unset
        if isinstance(self.work_phone, Unset):
            work_phone = UNSET
        else:
            work_phone = self.work_phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        client_name: dict[str, Any] | None | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        elif isinstance(self.client_name, RecruitLookup):
            client_name = self.client_name.to_dict()
        else:
            client_name = self.client_name

        is_primary_contact: bool | None | Unset
        if isinstance(self.is_primary_contact, Unset):
            is_primary_contact = UNSET
        else:
            is_primary_contact = self.is_primary_contact

        email_opt_out: bool | None | Unset
        if isinstance(self.email_opt_out, Unset):
            email_opt_out = UNSET
        else:
            email_opt_out = self.email_opt_out

        contact_owner: dict[str, Any] | None | Unset
        if isinstance(self.contact_owner, Unset):
            contact_owner = UNSET
        elif isinstance(self.contact_owner, UserReference):
            contact_owner = self.contact_owner.to_dict()
        else:
            contact_owner = self.contact_owner

        mailing_city: None | str | Unset
        if isinstance(self.mailing_city, Unset):
            mailing_city = UNSET
        else:
            mailing_city = self.mailing_city

        mailing_country: None | str | Unset
        if isinstance(self.mailing_country, Unset):
            mailing_country = UNSET
        else:
            mailing_country = self.mailing_country

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
                "Last_Name": last_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if salutation is not UNSET:
            field_dict["Salutation"] = salutation
        if first_name is not UNSET:
            field_dict["First_Name"] = first_name
        if full_name is not UNSET:
            field_dict["Full_Name"] = full_name
        if email is not UNSET:
            field_dict["Email"] = email
        if work_phone is not UNSET:
            field_dict["Work_Phone"] = work_phone
        if mobile is not UNSET:
            field_dict["Mobile"] = mobile
        if job_title is not UNSET:
            field_dict["Job_Title"] = job_title
        if department is not UNSET:
            field_dict["Department"] = department
        if client_name is not UNSET:
            field_dict["Client_Name"] = client_name
        if is_primary_contact is not UNSET:
            field_dict["Is_primary_contact"] = is_primary_contact
        if email_opt_out is not UNSET:
            field_dict["Email_Opt_Out"] = email_opt_out
        if contact_owner is not UNSET:
            field_dict["Contact_Owner"] = contact_owner
        if mailing_city is not UNSET:
            field_dict["Mailing_City"] = mailing_city
        if mailing_country is not UNSET:
            field_dict["Mailing_Country"] = mailing_country
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
        if "Last_Name" not in d:
            raise KeyError("Last_Name")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        last_name: None | str = d.pop("Last_Name")

        id: None | str | Unset = d.pop("id", UNSET)

        salutation: None | str | Unset = d.pop("Salutation", UNSET)

        first_name: None | str | Unset = d.pop("First_Name", UNSET)

        full_name: None | str | Unset = d.pop("Full_Name", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        work_phone: None | str | Unset = d.pop("Work_Phone", UNSET)

        mobile: None | str | Unset = d.pop("Mobile", UNSET)

        job_title: None | str | Unset = d.pop("Job_Title", UNSET)

        department: None | str | Unset = d.pop("Department", UNSET)

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

        is_primary_contact: bool | None | Unset = d.pop("Is_primary_contact", UNSET)

        email_opt_out: bool | None | Unset = d.pop("Email_Opt_Out", UNSET)

        _contact_owner = d.pop("Contact_Owner", UNSET)
        contact_owner: None | Unset | UserReference
        if isinstance(_contact_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_contact_owner)
                contact_owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                contact_owner = cast(None | Unset | UserReference, _contact_owner)
        else:
            contact_owner = _contact_owner

        mailing_city: None | str | Unset = d.pop("Mailing_City", UNSET)

        mailing_country: None | str | Unset = d.pop("Mailing_Country", UNSET)

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
        _set(self, "last_name", last_name)
        _set(self, "id", id)
        _set(self, "salutation", salutation)
        _set(self, "first_name", first_name)
        _set(self, "full_name", full_name)
        _set(self, "email", email)
        _set(self, "work_phone", work_phone)
        _set(self, "mobile", mobile)
        _set(self, "job_title", job_title)
        _set(self, "department", department)
        _set(self, "client_name", client_name)
        _set(self, "is_primary_contact", is_primary_contact)
        _set(self, "email_opt_out", email_opt_out)
        _set(self, "contact_owner", contact_owner)
        _set(self, "mailing_city", mailing_city)
        _set(self, "mailing_country", mailing_country)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.client_name)
        load_nested(self.contact_owner)
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
