# generated from spec/dist/recruit.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitClient")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitClient(LazyModel):
    """A Zoho Recruit client: a company the organisation hires for, whose job openings it fills. The properties are the
    standard fields; every field may be null and organisations add custom fields. `Client_Name` is mandatory in Zoho
    Recruit, so every client carries it; it is listed as required so that clients can be told from other records in a
    mixed list.

    """

    client_name: None | str
    """ The client's company name, for example `Zylker Inc`. """
    id: None | str | Unset = UNSET
    """ The client's record id (a number of up to 19 digits carried as a string). """
    contact_number: None | str | Unset = UNSET
    """ The client's phone number. """
    fax: None | str | Unset = UNSET
    """ The client's fax number. """
    website: None | str | Unset = UNSET
    """ The client's website. """
    industry: None | str | Unset = UNSET
    """ The client's industry, a picklist value such as `Technology`. """
    about: None | str | Unset = UNSET
    """ Free-text description of the client. """
    parent_client: None | RecruitLookup | Unset = UNSET
    """ A lookup to another Zoho Recruit record (for example `Account_Name` pointing at a client, or `Contact_Name`
    pointing at a contact): the target's `id` and display `name`. Null when the lookup is empty. """
    account_manager: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    billing_street: None | str | Unset = UNSET
    """ Street of the billing address. """
    billing_city: None | str | Unset = UNSET
    """ City of the billing address. """
    billing_state: None | str | Unset = UNSET
    """ State or province of the billing address. """
    billing_code: None | str | Unset = UNSET
    """ Postal code of the billing address. """
    billing_country: None | str | Unset = UNSET
    """ Country of the billing address. """
    source: None | str | Unset = UNSET
    """ How the client came in, for example `Added by User`. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: datetime.datetime | None | Unset = UNSET
    """ When the client was created, an ISO 8601 date-time with offset. """
    modified_time: datetime.datetime | None | Unset = UNSET
    """ When the client was last changed, an ISO 8601 date-time with offset. """
    last_activity_time: datetime.datetime | None | Unset = UNSET
    """ When the client record was last active, an ISO 8601 date-time with offset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_name: None | str
        client_name = self.client_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        contact_number: None | str | Unset
        if isinstance(self.contact_number, Unset):
            contact_number = UNSET
        else:
            contact_number = self.contact_number

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        about: None | str | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        else:
            about = self.about

        parent_client: dict[str, Any] | None | Unset
        if isinstance(self.parent_client, Unset):
            parent_client = UNSET
        elif isinstance(self.parent_client, RecruitLookup):
            parent_client = self.parent_client.to_dict()
        else:
            parent_client = self.parent_client

        account_manager: dict[str, Any] | None | Unset
        if isinstance(self.account_manager, Unset):
            account_manager = UNSET
        elif isinstance(self.account_manager, UserReference):
            account_manager = self.account_manager.to_dict()
        else:
            account_manager = self.account_manager

        billing_street: None | str | Unset
        if isinstance(self.billing_street, Unset):
            billing_street = UNSET
        else:
            billing_street = self.billing_street

        billing_city: None | str | Unset
        if isinstance(self.billing_city, Unset):
            billing_city = UNSET
        else:
            billing_city = self.billing_city

        billing_state: None | str | Unset
        if isinstance(self.billing_state, Unset):
            billing_state = UNSET
        else:
            billing_state = self.billing_state

        billing_code: None | str | Unset
        if isinstance(self.billing_code, Unset):
            billing_code = UNSET
        else:
            billing_code = self.billing_code

        billing_country: None | str | Unset
        if isinstance(self.billing_country, Unset):
            billing_country = UNSET
        else:
            billing_country = self.billing_country

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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

        last_activity_time: None | str | Unset
        if isinstance(self.last_activity_time, Unset):
            last_activity_time = UNSET
        elif isinstance(self.last_activity_time, datetime.datetime):
            last_activity_time = self.last_activity_time.isoformat()
        else:
            last_activity_time = self.last_activity_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Client_Name": client_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if contact_number is not UNSET:
            field_dict["Contact_Number"] = contact_number
        if fax is not UNSET:
            field_dict["Fax"] = fax
        if website is not UNSET:
            field_dict["Website"] = website
        if industry is not UNSET:
            field_dict["Industry"] = industry
        if about is not UNSET:
            field_dict["About"] = about
        if parent_client is not UNSET:
            field_dict["Parent_Client"] = parent_client
        if account_manager is not UNSET:
            field_dict["Account_Manager"] = account_manager
        if billing_street is not UNSET:
            field_dict["Billing_Street"] = billing_street
        if billing_city is not UNSET:
            field_dict["Billing_City"] = billing_city
        if billing_state is not UNSET:
            field_dict["Billing_State"] = billing_state
        if billing_code is not UNSET:
            field_dict["Billing_Code"] = billing_code
        if billing_country is not UNSET:
            field_dict["Billing_Country"] = billing_country
        if source is not UNSET:
            field_dict["Source"] = source
        if created_by is not UNSET:
            field_dict["Created_By"] = created_by
        if modified_by is not UNSET:
            field_dict["Modified_By"] = modified_by
        if created_time is not UNSET:
            field_dict["Created_Time"] = created_time
        if modified_time is not UNSET:
            field_dict["Modified_Time"] = modified_time
        if last_activity_time is not UNSET:
            field_dict["Last_Activity_Time"] = last_activity_time

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
        if "Client_Name" not in d:
            raise KeyError("Client_Name")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        client_name: None | str = d.pop("Client_Name")

        id: None | str | Unset = d.pop("id", UNSET)

        contact_number: None | str | Unset = d.pop("Contact_Number", UNSET)

        fax: None | str | Unset = d.pop("Fax", UNSET)

        website: None | str | Unset = d.pop("Website", UNSET)

        industry: None | str | Unset = d.pop("Industry", UNSET)

        about: None | str | Unset = d.pop("About", UNSET)

        _parent_client = d.pop("Parent_Client", UNSET)
        parent_client: None | RecruitLookup | Unset
        if isinstance(_parent_client, dict):
            try:
                componentsschemas_recruit_lookup_type_0 = RecruitLookup._built_whole(_parent_client)
                parent_client = componentsschemas_recruit_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_client = cast(None | RecruitLookup | Unset, _parent_client)
        else:
            parent_client = _parent_client

        _account_manager = d.pop("Account_Manager", UNSET)
        account_manager: None | Unset | UserReference
        if isinstance(_account_manager, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_account_manager)
                account_manager = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                account_manager = cast(None | Unset | UserReference, _account_manager)
        else:
            account_manager = _account_manager

        billing_street: None | str | Unset = d.pop("Billing_Street", UNSET)

        billing_city: None | str | Unset = d.pop("Billing_City", UNSET)

        billing_state: None | str | Unset = d.pop("Billing_State", UNSET)

        billing_code: None | str | Unset = d.pop("Billing_Code", UNSET)

        billing_country: None | str | Unset = d.pop("Billing_Country", UNSET)

        source: None | str | Unset = d.pop("Source", UNSET)

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

        _last_activity_time = d.pop("Last_Activity_Time", UNSET)
        last_activity_time: datetime.datetime | None | Unset
        if isinstance(_last_activity_time, str):
            try:
                last_activity_time_type_0 = datetime.datetime.fromisoformat(_last_activity_time)
                last_activity_time = last_activity_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_activity_time = cast(datetime.datetime | None | Unset, _last_activity_time)
        else:
            last_activity_time = _last_activity_time

        additional_properties = d
        _set = object.__setattr__
        _set(self, "client_name", client_name)
        _set(self, "id", id)
        _set(self, "contact_number", contact_number)
        _set(self, "fax", fax)
        _set(self, "website", website)
        _set(self, "industry", industry)
        _set(self, "about", about)
        _set(self, "parent_client", parent_client)
        _set(self, "account_manager", account_manager)
        _set(self, "billing_street", billing_street)
        _set(self, "billing_city", billing_city)
        _set(self, "billing_state", billing_state)
        _set(self, "billing_code", billing_code)
        _set(self, "billing_country", billing_country)
        _set(self, "source", source)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "last_activity_time", last_activity_time)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.parent_client)
        load_nested(self.account_manager)
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
