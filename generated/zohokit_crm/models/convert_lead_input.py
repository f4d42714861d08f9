# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="ConvertLeadInput")


@_attrs_define(on_setattr=load_before_assignment)
class ConvertLeadInput(LazyModel):
    """How to convert one lead. Conversion always creates (or links) a contact and, unless `Accounts` links an existing
    account, an account from the lead's company; a deal is created only when `Deals` is given. `assign_to` takes a user
    id only. Give `Accounts` and/or `Contacts` ids to link the lead to an existing account or contact, whether or not a
    deal is created; with an account id and `overwrite: true` the account name is replaced by the lead's company while
    the account's other data stays; with `overwrite: false` the lead is only linked; a contact id links the converted
    lead to that existing contact.

    """

    overwrite: bool | None | Unset = UNSET
    """ Replace the linked account's name with the lead's company name. """
    notify_lead_owner: bool | None | Unset = UNSET
    """ E-mail the lead's owner about the conversion. """
    notify_new_entity_owner: bool | None | Unset = UNSET
    """ E-mail the owner of the new contact, account and deal. """
    accounts: int | None | str | Unset = UNSET
    """ The id of an existing account to link the converted lead to, a number of up to 19 digits, as a string or an
    integer (Zoho's SDKs send the number). """
    contacts: int | None | str | Unset = UNSET
    """ The id of an existing contact to link the converted lead to, a number of up to 19 digits, as a string or an
    integer (Zoho's SDKs send the number). """
    assign_to: int | None | str | Unset = UNSET
    """ The id of the user who will own the new records, a number of up to 19 digits, as a string or an integer
    (Zoho's SDKs send the number). """
    deals: RecordInput | Unset = UNSET
    """ One record to insert, update or upsert: field API names with their values, typed as in `Record`. Ids (the
    record's own `id`, `Owner.id`, a lookup's `id`) may be strings of digits or JSON integers, as Zoho's SDKs send
    them; responses always carry ids as strings. System fields such as `Created_Time` are read-only and not sent.
    """
    carry_over_tags: ConvertLeadCarryOverTags | None | Unset = UNSET
    """ The lead's tag names to copy onto the records the conversion creates or links, per target module. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overwrite: bool | None | Unset
        if isinstance(self.overwrite, Unset):
            overwrite = UNSET
        else:
            overwrite = self.overwrite

        notify_lead_owner: bool | None | Unset
        if isinstance(self.notify_lead_owner, Unset):
            notify_lead_owner = UNSET
        else:
            notify_lead_owner = self.notify_lead_owner

        notify_new_entity_owner: bool | None | Unset
        if isinstance(self.notify_new_entity_owner, Unset):
            notify_new_entity_owner = UNSET
        else:
            notify_new_entity_owner = self.notify_new_entity_owner

        accounts: int | None | str | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        else:
            accounts = self.accounts

        contacts: int | None | str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        else:
            contacts = self.contacts

        assign_to: int | None | str | Unset
        if isinstance(self.assign_to, Unset):
            assign_to = UNSET
        else:
            assign_to = self.assign_to

        deals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deals, Unset):
            deals = self.deals.to_dict()

        carry_over_tags: dict[str, Any] | None | Unset
        if isinstance(self.carry_over_tags, Unset):
            carry_over_tags = UNSET
        elif isinstance(self.carry_over_tags, ConvertLeadCarryOverTags):
            carry_over_tags = self.carry_over_tags.to_dict()
        else:
            carry_over_tags = self.carry_over_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if notify_lead_owner is not UNSET:
            field_dict["notify_lead_owner"] = notify_lead_owner
        if notify_new_entity_owner is not UNSET:
            field_dict["notify_new_entity_owner"] = notify_new_entity_owner
        if accounts is not UNSET:
            field_dict["Accounts"] = accounts
        if contacts is not UNSET:
            field_dict["Contacts"] = contacts
        if assign_to is not UNSET:
            field_dict["assign_to"] = assign_to
        if deals is not UNSET:
            field_dict["Deals"] = deals
        if carry_over_tags is not UNSET:
            field_dict["carry_over_tags"] = carry_over_tags

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
        overwrite: bool | None | Unset = d.pop("overwrite", UNSET)

        notify_lead_owner: bool | None | Unset = d.pop("notify_lead_owner", UNSET)

        notify_new_entity_owner: bool | None | Unset = d.pop("notify_new_entity_owner", UNSET)

        accounts: int | None | str | Unset = d.pop("Accounts", UNSET)

        contacts: int | None | str | Unset = d.pop("Contacts", UNSET)

        assign_to: int | None | str | Unset = d.pop("assign_to", UNSET)

        _deals = d.pop("Deals", UNSET)
        deals: RecordInput | Unset
        if isinstance(_deals, Unset):
            deals = UNSET
        else:
            deals = RecordInput._from_nested_json(_deals)

        _carry_over_tags = d.pop("carry_over_tags", UNSET)
        carry_over_tags: ConvertLeadCarryOverTags | None | Unset
        if isinstance(_carry_over_tags, dict):
            try:
                componentsschemas_convert_lead_carry_over_tags_type_0 = ConvertLeadCarryOverTags._built_whole(
                    _carry_over_tags
                )
                carry_over_tags = componentsschemas_convert_lead_carry_over_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                carry_over_tags = cast(ConvertLeadCarryOverTags | None | Unset, _carry_over_tags)
        else:
            carry_over_tags = _carry_over_tags

        additional_properties = d
        _set = object.__setattr__
        _set(self, "overwrite", overwrite)
        _set(self, "notify_lead_owner", notify_lead_owner)
        _set(self, "notify_new_entity_owner", notify_new_entity_owner)
        _set(self, "accounts", accounts)
        _set(self, "contacts", contacts)
        _set(self, "assign_to", assign_to)
        _set(self, "deals", deals)
        _set(self, "carry_over_tags", carry_over_tags)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.deals)
        load_nested(self.carry_over_tags)

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
from ..models.convert_lead_carry_over_tags import ConvertLeadCarryOverTags  # noqa: E402
from ..models.record_input import RecordInput  # noqa: E402
