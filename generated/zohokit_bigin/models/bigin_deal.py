# generated from spec/dist/bigin.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="BiginDeal")


@_attrs_define(on_setattr=load_before_assignment)
class BiginDeal(LazyModel):
    """A Bigin deal, a record of a pipeline (module API name `Deals`). The properties are the standard fields; every field
    may be null and organisations add custom fields. `Deal_Name` is mandatory, so every deal carries it; it is listed as
    required so that deals can be told from other records in a mixed list.

    """

    deal_name: None | str
    """ The deal's name, for example `Benton Traders - annual licences`. """
    id: None | str | Unset = UNSET
    """ The deal's record id (a number of up to 19 digits carried as a string). """
    pipeline: None | str | Unset = UNSET
    """ The pipeline the deal belongs to, for example `Sales Pipeline`. """
    stage: None | str | Unset = UNSET
    """ The deal's stage in its pipeline, for example `Qualification`, `Proposal/Price Quote`, `Closed Won`, `Closed
    Lost`; stages are configurable per pipeline. """
    amount: float | None | Unset = UNSET
    """ The deal's value, a currency amount in the organisation's currency. """
    closing_date: datetime.date | None | Unset = UNSET
    """ The expected or actual closing date, `yyyy-MM-dd`. """
    account_name: BiginLookup | None | Unset = UNSET
    """ A lookup to another Bigin record (a deal's `Account_Name` or `Contact_Name`, a task's `What_Id`): the
    target's `id` and display `name`. Null when the lookup is empty. """
    contact_name: BiginLookup | None | Unset = UNSET
    """ A lookup to another Bigin record (a deal's `Account_Name` or `Contact_Name`, a task's `What_Id`): the
    target's `id` and display `name`. Null when the lookup is empty. """
    description: None | str | Unset = UNSET
    """ Free-text description of the deal. """
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
        deal_name: None | str
        deal_name = self.deal_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        pipeline: None | str | Unset
        if isinstance(self.pipeline, Unset):
            pipeline = UNSET
        else:
            pipeline = self.pipeline

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.date):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        account_name: dict[str, Any] | None | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        elif isinstance(self.account_name, BiginLookup):
            account_name = self.account_name.to_dict()
        else:
            account_name = self.account_name

        contact_name: dict[str, Any] | None | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        elif isinstance(self.contact_name, BiginLookup):
            contact_name = self.contact_name.to_dict()
        else:
            contact_name = self.contact_name

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
                "Deal_Name": deal_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if pipeline is not UNSET:
            field_dict["Pipeline"] = pipeline
        if stage is not UNSET:
            field_dict["Stage"] = stage
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if closing_date is not UNSET:
            field_dict["Closing_Date"] = closing_date
        if account_name is not UNSET:
            field_dict["Account_Name"] = account_name
        if contact_name is not UNSET:
            field_dict["Contact_Name"] = contact_name
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
        if "Deal_Name" not in d:
            raise KeyError("Deal_Name")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        deal_name: None | str = d.pop("Deal_Name")

        id: None | str | Unset = d.pop("id", UNSET)

        pipeline: None | str | Unset = d.pop("Pipeline", UNSET)

        stage: None | str | Unset = d.pop("Stage", UNSET)

        amount: float | None | Unset = d.pop("Amount", UNSET)

        _closing_date = d.pop("Closing_Date", UNSET)
        closing_date: datetime.date | None | Unset
        if isinstance(_closing_date, str):
            try:
                closing_date_type_0 = datetime.date.fromisoformat(_closing_date)
                closing_date = closing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                closing_date = cast(datetime.date | None | Unset, _closing_date)
        else:
            closing_date = _closing_date

        _account_name = d.pop("Account_Name", UNSET)
        account_name: BiginLookup | None | Unset
        if isinstance(_account_name, dict):
            try:
                componentsschemas_bigin_lookup_type_0 = BiginLookup._built_whole(_account_name)
                account_name = componentsschemas_bigin_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                account_name = cast(BiginLookup | None | Unset, _account_name)
        else:
            account_name = _account_name

        _contact_name = d.pop("Contact_Name", UNSET)
        contact_name: BiginLookup | None | Unset
        if isinstance(_contact_name, dict):
            try:
                componentsschemas_bigin_lookup_type_0 = BiginLookup._built_whole(_contact_name)
                contact_name = componentsschemas_bigin_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                contact_name = cast(BiginLookup | None | Unset, _contact_name)
        else:
            contact_name = _contact_name

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
        _set(self, "deal_name", deal_name)
        _set(self, "id", id)
        _set(self, "pipeline", pipeline)
        _set(self, "stage", stage)
        _set(self, "amount", amount)
        _set(self, "closing_date", closing_date)
        _set(self, "account_name", account_name)
        _set(self, "contact_name", contact_name)
        _set(self, "description", description)
        _set(self, "owner", owner)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "tag", tag)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.account_name)
        load_nested(self.contact_name)
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
