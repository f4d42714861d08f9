from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_reference import UserReference


T = TypeVar("T", bound="RecordConsent")


@_attrs_define
class RecordConsent:
    """`Data_Processing_Basis_Details`: the lawful basis on which the org processes a person's data (GDPR), available in
    Leads, Contacts, Vendors and custom modules when the org enables privacy settings. Send it on insert, update or
    upsert to record the consent a customer gave; it is `null` when no basis was given. The seed's samples of this
    object were lost in scraping; the keys below are those of Zoho's public v2 API.

    """

    id: None | str | Unset = UNSET
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
    contact_through_email: bool | None | Unset = UNSET
    contact_through_phone: bool | None | Unset = UNSET
    contact_through_survey: bool | None | Unset = UNSET
    contact_through_social: bool | None | Unset = UNSET
    mail_sent_time: None | str | Unset = UNSET
    """ When the consent e-mail was sent (ISO 8601 date-time). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_reference import UserReference  # noqa: PLC0415

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
        from ..models.user_reference import UserReference  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_owner(data: object) -> None | Unset | UserReference:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_reference_type_0 = UserReference.from_dict(data)

                return componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserReference, data)

        owner = _parse_owner(d.pop("Owner", UNSET))

        def _parse_data_processing_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_processing_basis = _parse_data_processing_basis(d.pop("Data_Processing_Basis", UNSET))

        def _parse_lawful_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lawful_reason = _parse_lawful_reason(d.pop("Lawful_Reason", UNSET))

        def _parse_consent_through(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        consent_through = _parse_consent_through(d.pop("Consent_Through", UNSET))

        def _parse_consent_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        consent_date = _parse_consent_date(d.pop("Consent_Date", UNSET))

        def _parse_consent_remarks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        consent_remarks = _parse_consent_remarks(d.pop("Consent_Remarks", UNSET))

        def _parse_contact_through_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        contact_through_email = _parse_contact_through_email(d.pop("Contact_Through_Email", UNSET))

        def _parse_contact_through_phone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        contact_through_phone = _parse_contact_through_phone(d.pop("Contact_Through_Phone", UNSET))

        def _parse_contact_through_survey(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        contact_through_survey = _parse_contact_through_survey(d.pop("Contact_Through_Survey", UNSET))

        def _parse_contact_through_social(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        contact_through_social = _parse_contact_through_social(d.pop("Contact_Through_Social", UNSET))

        def _parse_mail_sent_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mail_sent_time = _parse_mail_sent_time(d.pop("Mail_Sent_Time", UNSET))

        record_consent = cls(
            id=id,
            owner=owner,
            data_processing_basis=data_processing_basis,
            lawful_reason=lawful_reason,
            consent_through=consent_through,
            consent_date=consent_date,
            consent_remarks=consent_remarks,
            contact_through_email=contact_through_email,
            contact_through_phone=contact_through_phone,
            contact_through_survey=contact_through_survey,
            contact_through_social=contact_through_social,
            mail_sent_time=mail_sent_time,
        )

        record_consent.additional_properties = d
        return record_consent

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
