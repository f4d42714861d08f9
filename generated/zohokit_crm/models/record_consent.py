# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecordConsent")


@_attrs_define(on_setattr=load_before_assignment)
class RecordConsent(LazyModel):
    """`Data_Processing_Basis_Details`: the lawful basis on which the org processes a person's data (GDPR), available in
    Leads, Contacts, Vendors and custom modules when the org enables privacy settings. Send it on insert, update or
    upsert to record the consent a customer gave; it is `null` when no basis was given.

    """

    id: None | str | Unset = UNSET
    """ The id of the consent record. """
    owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    data_processing_basis: None | str | Unset = UNSET
    """ The lawful basis, one of the org's configured values; the standard ones are `Obtained`, `Not Applicable`,
    `Awaiting`, `Legitimate Interests`, `Contract`, `Legal Obligation`, `Vital Interests` and `Public Interests`.
    """
    lawful_reason: None | str | Unset = UNSET
    """ Why the basis applies (for the bases that need a reason). """
    consent_through: None | str | Unset = UNSET
    """ How the consent was obtained, for example `Email`, `Phone`, `Survey`, `Social`. """
    consent_date: None | str | Unset = UNSET
    """ The date the consent was given (`yyyy-MM-dd`). """
    consent_remarks: None | str | Unset = UNSET
    """ Free-text remarks on the consent. """
    contact_through_email: bool | None | Unset = UNSET
    """ Whether the person may be contacted by e-mail. """
    contact_through_phone: bool | None | Unset = UNSET
    """ Whether the person may be contacted by phone. """
    contact_through_survey: bool | None | Unset = UNSET
    """ Whether the person may be contacted through surveys. """
    contact_through_social: bool | None | Unset = UNSET
    """ Whether the person may be contacted on social media. """
    mail_sent_time: None | str | Unset = UNSET
    """ When the consent e-mail was sent (ISO 8601 date-time). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserReference):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        data_processing_basis: None | str | Unset
        if isinstance(self.data_processing_basis, Unset):
            data_processing_basis = UNSET
        else:
            data_processing_basis = self.data_processing_basis

        lawful_reason: None | str | Unset
        if isinstance(self.lawful_reason, Unset):
            lawful_reason = UNSET
        else:
            lawful_reason = self.lawful_reason

        consent_through: None | str | Unset
        if isinstance(self.consent_through, Unset):
            consent_through = UNSET
        else:
            consent_through = self.consent_through

        consent_date: None | str | Unset
        if isinstance(self.consent_date, Unset):
            consent_date = UNSET
        else:
            consent_date = self.consent_date

        consent_remarks: None | str | Unset
        if isinstance(self.consent_remarks, Unset):
            consent_remarks = UNSET
        else:
            consent_remarks = self.consent_remarks

        contact_through_email: bool | None | Unset
        if isinstance(self.contact_through_email, Unset):
            contact_through_email = UNSET
        else:
            contact_through_email = self.contact_through_email

        contact_through_phone: bool | None | Unset
        if isinstance(self.contact_through_phone, Unset):
            contact_through_phone = UNSET
        else:
            contact_through_phone = self.contact_through_phone

        contact_through_survey: bool | None | Unset
        if isinstance(self.contact_through_survey, Unset):
            contact_through_survey = UNSET
        else:
            contact_through_survey = self.contact_through_survey

        contact_through_social: bool | None | Unset
        if isinstance(self.contact_through_social, Unset):
            contact_through_social = UNSET
        else:
            contact_through_social = self.contact_through_social

        mail_sent_time: None | str | Unset
        if isinstance(self.mail_sent_time, Unset):
            mail_sent_time = UNSET
        else:
            mail_sent_time = self.mail_sent_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if data_processing_basis is not UNSET:
            field_dict["Data_Processing_Basis"] = data_processing_basis
        if lawful_reason is not UNSET:
            field_dict["Lawful_Reason"] = lawful_reason
        if consent_through is not UNSET:
            field_dict["Consent_Through"] = consent_through
        if consent_date is not UNSET:
            field_dict["Consent_Date"] = consent_date
        if consent_remarks is not UNSET:
            field_dict["Consent_Remarks"] = consent_remarks
        if contact_through_email is not UNSET:
            field_dict["Contact_Through_Email"] = contact_through_email
        if contact_through_phone is not UNSET:
            field_dict["Contact_Through_Phone"] = contact_through_phone
        if contact_through_survey is not UNSET:
            field_dict["Contact_Through_Survey"] = contact_through_survey
        if contact_through_social is not UNSET:
            field_dict["Contact_Through_Social"] = contact_through_social
        if mail_sent_time is not UNSET:
            field_dict["Mail_Sent_Time"] = mail_sent_time

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

        data_processing_basis: None | str | Unset = d.pop("Data_Processing_Basis", UNSET)

        lawful_reason: None | str | Unset = d.pop("Lawful_Reason", UNSET)

        consent_through: None | str | Unset = d.pop("Consent_Through", UNSET)

        consent_date: None | str | Unset = d.pop("Consent_Date", UNSET)

        consent_remarks: None | str | Unset = d.pop("Consent_Remarks", UNSET)

        contact_through_email: bool | None | Unset = d.pop("Contact_Through_Email", UNSET)

        contact_through_phone: bool | None | Unset = d.pop("Contact_Through_Phone", UNSET)

        contact_through_survey: bool | None | Unset = d.pop("Contact_Through_Survey", UNSET)

        contact_through_social: bool | None | Unset = d.pop("Contact_Through_Social", UNSET)

        mail_sent_time: None | str | Unset = d.pop("Mail_Sent_Time", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "owner", owner)
        _set(self, "data_processing_basis", data_processing_basis)
        _set(self, "lawful_reason", lawful_reason)
        _set(self, "consent_through", consent_through)
        _set(self, "consent_date", consent_date)
        _set(self, "consent_remarks", consent_remarks)
        _set(self, "contact_through_email", contact_through_email)
        _set(self, "contact_through_phone", contact_through_phone)
        _set(self, "contact_through_survey", contact_through_survey)
        _set(self, "contact_through_social", contact_through_social)
        _set(self, "mail_sent_time", mail_sent_time)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.owner)

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
from ..models.user_reference import UserReference  # noqa: E402
