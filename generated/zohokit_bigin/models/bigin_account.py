# generated from spec/dist/bigin.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BiginAccount")


@_attrs_define(on_setattr=load_before_assignment)
class BiginAccount(LazyModel):
    """A Bigin company (module API name `Accounts`). The properties are the standard fields; every field may be null and
    organisations add custom fields. `Account_Name` is mandatory, so every company carries it; it is listed as required
    so that companies can be told from other records in a mixed list.

    """

    account_name: None | str
    """ The company's name, for example `Benton Traders`. """
    id: None | str | Unset = UNSET
    """ The company's record id (a number of up to 19 digits carried as a string). """
    phone: None | str | Unset = UNSET
    """ The company's phone number. """
    website: None | str | Unset = UNSET
    """ The company's website. """
    description: None | str | Unset = UNSET
    """ Free-text description of the company. """
    billing_street: None | str | Unset = UNSET
    """ Street of the company's billing address. """
    billing_city: None | str | Unset = UNSET
    """ City of the company's billing address. """
    billing_state: None | str | Unset = UNSET
    """ State or province of the company's billing address. """
    billing_code: None | str | Unset = UNSET
    """ Postal code of the company's billing address. """
    billing_country: None | str | Unset = UNSET
    """ Country of the company's billing address. """
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
        account_name: None | str
        account_name = self.account_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
                "Account_Name": account_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if website is not UNSET:
            field_dict["Website"] = website
        if description is not UNSET:
            field_dict["Description"] = description
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
        if "Account_Name" not in d:
            raise KeyError("Account_Name")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        account_name: None | str = d.pop("Account_Name")

        id: None | str | Unset = d.pop("id", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        website: None | str | Unset = d.pop("Website", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        billing_street: None | str | Unset = d.pop("Billing_Street", UNSET)

        billing_city: None | str | Unset = d.pop("Billing_City", UNSET)

        billing_state: None | str | Unset = d.pop("Billing_State", UNSET)

        billing_code: None | str | Unset = d.pop("Billing_Code", UNSET)

        billing_country: None | str | Unset = d.pop("Billing_Country", UNSET)

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
        _set(self, "account_name", account_name)
        _set(self, "id", id)
        _set(self, "phone", phone)
        _set(self, "website", website)
        _set(self, "description", description)
        _set(self, "billing_street", billing_street)
        _set(self, "billing_city", billing_city)
        _set(self, "billing_state", billing_state)
        _set(self, "billing_code", billing_code)
        _set(self, "billing_country", billing_country)
        _set(self, "owner", owner)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "tag", tag)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
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
from ..models.bigin_tag import BiginTag  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
