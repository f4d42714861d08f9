from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="RecruitCandidate")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "Candidate_ID",
        "Salutation",
        "First_Name",
        "Last_Name",
        "Full_Name",
        "Email",
        "Phone",
        "Mobile",
        "Fax",
        "Website",
        "Skype_ID",
        "Twitter",
        "Street",
        "City",
        "State",
        "Zip_Code",
        "Country",
        "Current_Job_Title",
        "Current_Employer",
        "Experience_in_Years",
        "Highest_Qualification_Held",
        "Skill_Set",
        "Current_Salary",
        "Expected_Salary",
        "Additional_Info",
        "Rating",
        "Candidate_Status",
        "Source",
        "Candidate_Owner",
        "Is_Unqualified",
        "Is_Locked",
        "Is_Attachment_Present",
        "Email_Opt_Out",
        "Associated_any_Social_Profiles",
        "CANDIDATEPORTALSTATUS",
        "GDPR_Consent_Status",
        "GDPR_Consent_Date",
        "GDPR_Consent_Mode",
        "Experience_Details",
        "Educational_Details",
        "Associated_Tags",
        "Created_By",
        "Modified_By",
        "Created_Time",
        "Updated_On",
        "Last_Activity_Time",
        "Last_Mailed_Time",
        "$currency_symbol",
        "$converted",
        "$converted_detail",
        "$process_flow",
        "$approved",
        "$approval",
        "$followed",
        "$editable",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class RecruitCandidate(LazyModel):
    """A Zoho Recruit candidate record, as Get Associated Records returns it for a job opening. The properties below are
    the standard fields the sample shows; every field is optional and may be null, and organisations add custom fields
    (their API names appear as further keys). Keys that start with `$` are system properties. Picklists an organisation
    can configure (statuses, sources, qualifications, salutations) are plain strings.

    """

    id: None | str | Unset = UNSET
    """ The candidate's record id (a numeric id carried as a string). """
    candidate_id: None | str | Unset = UNSET
    """ The auto-numbered candidate reference shown in the UI, for example `ZR_3_CAND`. """
    salutation: None | str | Unset = UNSET
    """ Mr., Ms., Mrs., Dr. and so on. """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    """ First and last name together, as Zoho Recruit composes them. """
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    skype_id: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    current_job_title: None | str | Unset = UNSET
    current_employer: None | str | Unset = UNSET
    experience_in_years: float | None | Unset = UNSET
    """ Total work experience in years. """
    highest_qualification_held: None | str | Unset = UNSET
    """ A picklist value such as a degree name. """
    skill_set: None | str | Unset = UNSET
    """ The candidate's skills, as free text. """
    current_salary: float | None | Unset = UNSET
    """ The candidate's current salary, a currency amount in the organisation's currency. """
    expected_salary: float | None | Unset = UNSET
    """ The salary the candidate expects, a currency amount in the organisation's currency. """
    additional_info: None | str | Unset = UNSET
    rating: float | None | Unset = UNSET
    """ The candidate's star rating (1 to 5), or null when the candidate is not rated. """
    candidate_status: None | str | Unset = UNSET
    """ The candidate's status in the hiring pipeline, for example `Associated`, `Contacted`, `Qualified`,
    `Unqualified`; the values are configurable per organisation. For associated candidates this is their status for
    the job opening asked about, which the `candidate_statuses` filter matches. """
    source: None | str | Unset = UNSET
    """ How the candidate came in, for example `Added by User`, `Imported`, `Career Site`. """
    candidate_owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    is_unqualified: bool | None | Unset = UNSET
    is_locked: bool | None | Unset = UNSET
    is_attachment_present: bool | None | Unset = UNSET
    email_opt_out: bool | None | Unset = UNSET
    associated_any_social_profiles: bool | None | Unset = UNSET
    candidateportalstatus: None | str | Unset = UNSET
    """ The candidate's status on the candidate portal, as a numeric string (`"0"` when not invited). """
    gdpr_consent_status: None | str | Unset = UNSET
    """ For example `Opt-In not requested`, `Opt-In requested`, `Opted in`, `Opted out`. """
    gdpr_consent_date: datetime.date | None | Unset = UNSET
    """ Date of the last consent change, `yyyy-MM-dd`. """
    gdpr_consent_mode: None | str | Unset = UNSET
    experience_details: list[RecruitSubformRow] | None | Unset = UNSET
    """ The rows of the work-experience subform. """
    educational_details: list[RecruitSubformRow] | None | Unset = UNSET
    """ The rows of the education subform. """
    associated_tags: list[RecruitTag] | None | Unset = UNSET
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with the organisation's offset, for example `2019-12-18T10:58:04+05:30`. """
    updated_on: datetime.datetime | None | Unset = UNSET
    """ When the candidate was last modified (Recruit's name for the modified time of candidates). """
    last_activity_time: datetime.datetime | None | Unset = UNSET
    last_mailed_time: datetime.datetime | None | Unset = UNSET
    currency_symbol: None | str | Unset = UNSET
    """ The symbol of the record's currency, for example `$`. """
    converted: bool | None | Unset = UNSET
    """ Whether the record was converted from another record. """
    converted_detail: None | RecruitConvertedDetail | Unset = UNSET
    """ The record's `$converted_detail` block: details of the conversion when the record was converted from another
    record; an empty object when it was not. """
    process_flow: bool | None | Unset = UNSET
    """ Whether the record is in a blueprint process. """
    approved: bool | None | Unset = UNSET
    """ False while the record waits for approval. """
    approval: None | RecruitApprovalState | Unset = UNSET
    """ The record's `$approval` block: which approval actions the current user may take on the record while it
    waits in an approval process. All four are false for a record that is not under approval. """
    followed: bool | None | Unset = UNSET
    """ Whether the current user follows the record. """
    editable: bool | None | Unset = UNSET
    """ Whether the current user may edit the record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        candidate_id: None | str | Unset
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        else:
            candidate_id = self.candidate_id

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

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

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

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

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

        skype_id: None | str | Unset
        if isinstance(self.skype_id, Unset):
            skype_id = UNSET
        else:
            skype_id = self.skype_id

        twitter: None | str | Unset
        if isinstance(self.twitter, Unset):
            twitter = UNSET
        else:
            twitter = self.twitter

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        current_job_title: None | str | Unset
        if isinstance(self.current_job_title, Unset):
            current_job_title = UNSET
        else:
            current_job_title = self.current_job_title

        current_employer: None | str | Unset
        if isinstance(self.current_employer, Unset):
            current_employer = UNSET
        else:
            current_employer = self.current_employer

        experience_in_years: float | None | Unset
        if isinstance(self.experience_in_years, Unset):
            experience_in_years = UNSET
        else:
            experience_in_years = self.experience_in_years

        highest_qualification_held: None | str | Unset
        if isinstance(self.highest_qualification_held, Unset):
            highest_qualification_held = UNSET
        else:
            highest_qualification_held = self.highest_qualification_held

        skill_set: None | str | Unset
        if isinstance(self.skill_set, Unset):
            skill_set = UNSET
        else:
            skill_set = self.skill_set

        current_salary: float | None | Unset
        if isinstance(self.current_salary, Unset):
            current_salary = UNSET
        else:
            current_salary = self.current_salary

        expected_salary: float | None | Unset
        if isinstance(self.expected_salary, Unset):
            expected_salary = UNSET
        else:
            expected_salary = self.expected_salary

        additional_info: None | str | Unset
        if isinstance(self.additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = self.additional_info

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        candidate_status: None | str | Unset
        if isinstance(self.candidate_status, Unset):
            candidate_status = UNSET
        else:
            candidate_status = self.candidate_status

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        candidate_owner: dict[str, Any] | None | Unset
        if isinstance(self.candidate_owner, Unset):
            candidate_owner = UNSET
        elif isinstance(self.candidate_owner, UserReference):
            candidate_owner = self.candidate_owner.to_dict()
        else:
            candidate_owner = self.candidate_owner

        is_unqualified: bool | None | Unset
        if isinstance(self.is_unqualified, Unset):
            is_unqualified = UNSET
        else:
            is_unqualified = self.is_unqualified

        is_locked: bool | None | Unset
        if isinstance(self.is_locked, Unset):
            is_locked = UNSET
        else:
            is_locked = self.is_locked

        is_attachment_present: bool | None | Unset
        if isinstance(self.is_attachment_present, Unset):
            is_attachment_present = UNSET
        else:
            is_attachment_present = self.is_attachment_present

        email_opt_out: bool | None | Unset
        if isinstance(self.email_opt_out, Unset):
            email_opt_out = UNSET
        else:
            email_opt_out = self.email_opt_out

        associated_any_social_profiles: bool | None | Unset
        if isinstance(self.associated_any_social_profiles, Unset):
            associated_any_social_profiles = UNSET
        else:
            associated_any_social_profiles = self.associated_any_social_profiles

        candidateportalstatus: None | str | Unset
        if isinstance(self.candidateportalstatus, Unset):
            candidateportalstatus = UNSET
        else:
            candidateportalstatus = self.candidateportalstatus

        gdpr_consent_status: None | str | Unset
        if isinstance(self.gdpr_consent_status, Unset):
            gdpr_consent_status = UNSET
        else:
            gdpr_consent_status = self.gdpr_consent_status

        gdpr_consent_date: None | str | Unset
        if isinstance(self.gdpr_consent_date, Unset):
            gdpr_consent_date = UNSET
        elif isinstance(self.gdpr_consent_date, datetime.date):
            gdpr_consent_date = self.gdpr_consent_date.isoformat()
        else:
            gdpr_consent_date = self.gdpr_consent_date

        gdpr_consent_mode: None | str | Unset
        if isinstance(self.gdpr_consent_mode, Unset):
            gdpr_consent_mode = UNSET
        else:
            gdpr_consent_mode = self.gdpr_consent_mode

        experience_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.experience_details, Unset):
            experience_details = UNSET
        elif isinstance(self.experience_details, list):
            experience_details = []
            for experience_details_type_0_item_data in self.experience_details:
                experience_details_type_0_item = experience_details_type_0_item_data.to_dict()
                experience_details.append(experience_details_type_0_item)

        else:
            experience_details = self.experience_details

        educational_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.educational_details, Unset):
            educational_details = UNSET
        elif isinstance(self.educational_details, list):
            educational_details = []
            for educational_details_type_0_item_data in self.educational_details:
                educational_details_type_0_item = educational_details_type_0_item_data.to_dict()
                educational_details.append(educational_details_type_0_item)

        else:
            educational_details = self.educational_details

        associated_tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.associated_tags, Unset):
            associated_tags = UNSET
        elif isinstance(self.associated_tags, list):
            associated_tags = []
            for associated_tags_type_0_item_data in self.associated_tags:
                associated_tags_type_0_item = associated_tags_type_0_item_data.to_dict()
                associated_tags.append(associated_tags_type_0_item)

        else:
            associated_tags = self.associated_tags

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

        updated_on: None | str | Unset
        if isinstance(self.updated_on, Unset):
            updated_on = UNSET
        elif isinstance(self.updated_on, datetime.datetime):
            updated_on = self.updated_on.isoformat()
        else:
            updated_on = self.updated_on

        last_activity_time: None | str | Unset
        if isinstance(self.last_activity_time, Unset):
            last_activity_time = UNSET
        elif isinstance(self.last_activity_time, datetime.datetime):
            last_activity_time = self.last_activity_time.isoformat()
        else:
            last_activity_time = self.last_activity_time

        last_mailed_time: None | str | Unset
        if isinstance(self.last_mailed_time, Unset):
            last_mailed_time = UNSET
        elif isinstance(self.last_mailed_time, datetime.datetime):
            last_mailed_time = self.last_mailed_time.isoformat()
        else:
            last_mailed_time = self.last_mailed_time

        currency_symbol: None | str | Unset
        if isinstance(self.currency_symbol, Unset):
            currency_symbol = UNSET
        else:
            currency_symbol = self.currency_symbol

        converted: bool | None | Unset
        if isinstance(self.converted, Unset):
            converted = UNSET
        else:
            converted = self.converted

        converted_detail: dict[str, Any] | None | Unset
        if isinstance(self.converted_detail, Unset):
            converted_detail = UNSET
        elif isinstance(self.converted_detail, RecruitConvertedDetail):
            converted_detail = self.converted_detail.to_dict()
        else:
            converted_detail = self.converted_detail

        process_flow: bool | None | Unset
        if isinstance(self.process_flow, Unset):
            process_flow = UNSET
        else:
            process_flow = self.process_flow

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, RecruitApprovalState):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        followed: bool | None | Unset
        if isinstance(self.followed, Unset):
            followed = UNSET
        else:
            followed = self.followed

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if candidate_id is not UNSET:
            field_dict["Candidate_ID"] = candidate_id
        if salutation is not UNSET:
            field_dict["Salutation"] = salutation
        if first_name is not UNSET:
            field_dict["First_Name"] = first_name
        if last_name is not UNSET:
            field_dict["Last_Name"] = last_name
        if full_name is not UNSET:
            field_dict["Full_Name"] = full_name
        if email is not UNSET:
            field_dict["Email"] = email
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if mobile is not UNSET:
            field_dict["Mobile"] = mobile
        if fax is not UNSET:
            field_dict["Fax"] = fax
        if website is not UNSET:
            field_dict["Website"] = website
        if skype_id is not UNSET:
            field_dict["Skype_ID"] = skype_id
        if twitter is not UNSET:
            field_dict["Twitter"] = twitter
        if street is not UNSET:
            field_dict["Street"] = street
        if city is not UNSET:
            field_dict["City"] = city
        if state is not UNSET:
            field_dict["State"] = state
        if zip_code is not UNSET:
            field_dict["Zip_Code"] = zip_code
        if country is not UNSET:
            field_dict["Country"] = country
        if current_job_title is not UNSET:
            field_dict["Current_Job_Title"] = current_job_title
        if current_employer is not UNSET:
            field_dict["Current_Employer"] = current_employer
        if experience_in_years is not UNSET:
            field_dict["Experience_in_Years"] = experience_in_years
        if highest_qualification_held is not UNSET:
            field_dict["Highest_Qualification_Held"] = highest_qualification_held
        if skill_set is not UNSET:
            field_dict["Skill_Set"] = skill_set
        if current_salary is not UNSET:
            field_dict["Current_Salary"] = current_salary
        if expected_salary is not UNSET:
            field_dict["Expected_Salary"] = expected_salary
        if additional_info is not UNSET:
            field_dict["Additional_Info"] = additional_info
        if rating is not UNSET:
            field_dict["Rating"] = rating
        if candidate_status is not UNSET:
            field_dict["Candidate_Status"] = candidate_status
        if source is not UNSET:
            field_dict["Source"] = source
        if candidate_owner is not UNSET:
            field_dict["Candidate_Owner"] = candidate_owner
        if is_unqualified is not UNSET:
            field_dict["Is_Unqualified"] = is_unqualified
        if is_locked is not UNSET:
            field_dict["Is_Locked"] = is_locked
        if is_attachment_present is not UNSET:
            field_dict["Is_Attachment_Present"] = is_attachment_present
        if email_opt_out is not UNSET:
            field_dict["Email_Opt_Out"] = email_opt_out
        if associated_any_social_profiles is not UNSET:
            field_dict["Associated_any_Social_Profiles"] = associated_any_social_profiles
        if candidateportalstatus is not UNSET:
            field_dict["CANDIDATEPORTALSTATUS"] = candidateportalstatus
        if gdpr_consent_status is not UNSET:
            field_dict["GDPR_Consent_Status"] = gdpr_consent_status
        if gdpr_consent_date is not UNSET:
            field_dict["GDPR_Consent_Date"] = gdpr_consent_date
        if gdpr_consent_mode is not UNSET:
            field_dict["GDPR_Consent_Mode"] = gdpr_consent_mode
        if experience_details is not UNSET:
            field_dict["Experience_Details"] = experience_details
        if educational_details is not UNSET:
            field_dict["Educational_Details"] = educational_details
        if associated_tags is not UNSET:
            field_dict["Associated_Tags"] = associated_tags
        if created_by is not UNSET:
            field_dict["Created_By"] = created_by
        if modified_by is not UNSET:
            field_dict["Modified_By"] = modified_by
        if created_time is not UNSET:
            field_dict["Created_Time"] = created_time
        if updated_on is not UNSET:
            field_dict["Updated_On"] = updated_on
        if last_activity_time is not UNSET:
            field_dict["Last_Activity_Time"] = last_activity_time
        if last_mailed_time is not UNSET:
            field_dict["Last_Mailed_Time"] = last_mailed_time
        if currency_symbol is not UNSET:
            field_dict["$currency_symbol"] = currency_symbol
        if converted is not UNSET:
            field_dict["$converted"] = converted
        if converted_detail is not UNSET:
            field_dict["$converted_detail"] = converted_detail
        if process_flow is not UNSET:
            field_dict["$process_flow"] = process_flow
        if approved is not UNSET:
            field_dict["$approved"] = approved
        if approval is not UNSET:
            field_dict["$approval"] = approval
        if followed is not UNSET:
            field_dict["$followed"] = followed
        if editable is not UNSET:
            field_dict["$editable"] = editable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_candidate_id(_src: dict[str, Any]) -> None | str | Unset:
        candidate_id: None | str | Unset = _src.get("Candidate_ID", UNSET)

        return candidate_id

    @staticmethod
    def _read_salutation(_src: dict[str, Any]) -> None | str | Unset:
        salutation: None | str | Unset = _src.get("Salutation", UNSET)

        return salutation

    @staticmethod
    def _read_first_name(_src: dict[str, Any]) -> None | str | Unset:
        first_name: None | str | Unset = _src.get("First_Name", UNSET)

        return first_name

    @staticmethod
    def _read_last_name(_src: dict[str, Any]) -> None | str | Unset:
        last_name: None | str | Unset = _src.get("Last_Name", UNSET)

        return last_name

    @staticmethod
    def _read_full_name(_src: dict[str, Any]) -> None | str | Unset:
        full_name: None | str | Unset = _src.get("Full_Name", UNSET)

        return full_name

    @staticmethod
    def _read_email(_src: dict[str, Any]) -> None | str | Unset:
        email: None | str | Unset = _src.get("Email", UNSET)

        return email

    @staticmethod
    def _read_phone(_src: dict[str, Any]) -> None | str | Unset:
        phone: None | str | Unset = _src.get("Phone", UNSET)

        return phone

    @staticmethod
    def _read_mobile(_src: dict[str, Any]) -> None | str | Unset:
        mobile: None | str | Unset = _src.get("Mobile", UNSET)

        return mobile

    @staticmethod
    def _read_fax(_src: dict[str, Any]) -> None | str | Unset:
        fax: None | str | Unset = _src.get("Fax", UNSET)

        return fax

    @staticmethod
    def _read_website(_src: dict[str, Any]) -> None | str | Unset:
        website: None | str | Unset = _src.get("Website", UNSET)

        return website

    @staticmethod
    def _read_skype_id(_src: dict[str, Any]) -> None | str | Unset:
        skype_id: None | str | Unset = _src.get("Skype_ID", UNSET)

        return skype_id

    @staticmethod
    def _read_twitter(_src: dict[str, Any]) -> None | str | Unset:
        twitter: None | str | Unset = _src.get("Twitter", UNSET)

        return twitter

    @staticmethod
    def _read_street(_src: dict[str, Any]) -> None | str | Unset:
        street: None | str | Unset = _src.get("Street", UNSET)

        return street

    @staticmethod
    def _read_city(_src: dict[str, Any]) -> None | str | Unset:
        city: None | str | Unset = _src.get("City", UNSET)

        return city

    @staticmethod
    def _read_state(_src: dict[str, Any]) -> None | str | Unset:
        state: None | str | Unset = _src.get("State", UNSET)

        return state

    @staticmethod
    def _read_zip_code(_src: dict[str, Any]) -> None | str | Unset:
        zip_code: None | str | Unset = _src.get("Zip_Code", UNSET)

        return zip_code

    @staticmethod
    def _read_country(_src: dict[str, Any]) -> None | str | Unset:
        country: None | str | Unset = _src.get("Country", UNSET)

        return country

    @staticmethod
    def _read_current_job_title(_src: dict[str, Any]) -> None | str | Unset:
        current_job_title: None | str | Unset = _src.get("Current_Job_Title", UNSET)

        return current_job_title

    @staticmethod
    def _read_current_employer(_src: dict[str, Any]) -> None | str | Unset:
        current_employer: None | str | Unset = _src.get("Current_Employer", UNSET)

        return current_employer

    @staticmethod
    def _read_experience_in_years(_src: dict[str, Any]) -> float | None | Unset:
        experience_in_years: float | None | Unset = _src.get("Experience_in_Years", UNSET)

        return experience_in_years

    @staticmethod
    def _read_highest_qualification_held(_src: dict[str, Any]) -> None | str | Unset:
        highest_qualification_held: None | str | Unset = _src.get("Highest_Qualification_Held", UNSET)

        return highest_qualification_held

    @staticmethod
    def _read_skill_set(_src: dict[str, Any]) -> None | str | Unset:
        skill_set: None | str | Unset = _src.get("Skill_Set", UNSET)

        return skill_set

    @staticmethod
    def _read_current_salary(_src: dict[str, Any]) -> float | None | Unset:
        current_salary: float | None | Unset = _src.get("Current_Salary", UNSET)

        return current_salary

    @staticmethod
    def _read_expected_salary(_src: dict[str, Any]) -> float | None | Unset:
        expected_salary: float | None | Unset = _src.get("Expected_Salary", UNSET)

        return expected_salary

    @staticmethod
    def _read_additional_info(_src: dict[str, Any]) -> None | str | Unset:
        additional_info: None | str | Unset = _src.get("Additional_Info", UNSET)

        return additional_info

    @staticmethod
    def _read_rating(_src: dict[str, Any]) -> float | None | Unset:
        rating: float | None | Unset = _src.get("Rating", UNSET)

        return rating

    @staticmethod
    def _read_candidate_status(_src: dict[str, Any]) -> None | str | Unset:
        candidate_status: None | str | Unset = _src.get("Candidate_Status", UNSET)

        return candidate_status

    @staticmethod
    def _read_source(_src: dict[str, Any]) -> None | str | Unset:
        source: None | str | Unset = _src.get("Source", UNSET)

        return source

    @staticmethod
    def _read_candidate_owner(_src: dict[str, Any]) -> None | Unset | UserReference:
        _candidate_owner = _src.get("Candidate_Owner", UNSET)
        candidate_owner: None | Unset | UserReference
        if isinstance(_candidate_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_candidate_owner)
                componentsschemas_user_reference_type_0._load_all_fields()
                candidate_owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_owner = cast(None | Unset | UserReference, _candidate_owner)
        else:
            candidate_owner = _candidate_owner

        return candidate_owner

    @staticmethod
    def _read_is_unqualified(_src: dict[str, Any]) -> bool | None | Unset:
        is_unqualified: bool | None | Unset = _src.get("Is_Unqualified", UNSET)

        return is_unqualified

    @staticmethod
    def _read_is_locked(_src: dict[str, Any]) -> bool | None | Unset:
        is_locked: bool | None | Unset = _src.get("Is_Locked", UNSET)

        return is_locked

    @staticmethod
    def _read_is_attachment_present(_src: dict[str, Any]) -> bool | None | Unset:
        is_attachment_present: bool | None | Unset = _src.get("Is_Attachment_Present", UNSET)

        return is_attachment_present

    @staticmethod
    def _read_email_opt_out(_src: dict[str, Any]) -> bool | None | Unset:
        email_opt_out: bool | None | Unset = _src.get("Email_Opt_Out", UNSET)

        return email_opt_out

    @staticmethod
    def _read_associated_any_social_profiles(_src: dict[str, Any]) -> bool | None | Unset:
        associated_any_social_profiles: bool | None | Unset = _src.get("Associated_any_Social_Profiles", UNSET)

        return associated_any_social_profiles

    @staticmethod
    def _read_candidateportalstatus(_src: dict[str, Any]) -> None | str | Unset:
        candidateportalstatus: None | str | Unset = _src.get("CANDIDATEPORTALSTATUS", UNSET)

        return candidateportalstatus

    @staticmethod
    def _read_gdpr_consent_status(_src: dict[str, Any]) -> None | str | Unset:
        gdpr_consent_status: None | str | Unset = _src.get("GDPR_Consent_Status", UNSET)

        return gdpr_consent_status

    @staticmethod
    def _read_gdpr_consent_date(_src: dict[str, Any]) -> datetime.date | None | Unset:
        _gdpr_consent_date = _src.get("GDPR_Consent_Date", UNSET)
        gdpr_consent_date: datetime.date | None | Unset
        if isinstance(_gdpr_consent_date, str):
            try:
                gdpr_consent_date_type_0 = datetime.date.fromisoformat(_gdpr_consent_date)

                gdpr_consent_date = gdpr_consent_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                gdpr_consent_date = cast(datetime.date | None | Unset, _gdpr_consent_date)
        else:
            gdpr_consent_date = _gdpr_consent_date

        return gdpr_consent_date

    @staticmethod
    def _read_gdpr_consent_mode(_src: dict[str, Any]) -> None | str | Unset:
        gdpr_consent_mode: None | str | Unset = _src.get("GDPR_Consent_Mode", UNSET)

        return gdpr_consent_mode

    @staticmethod
    def _read_experience_details(_src: dict[str, Any]) -> list[RecruitSubformRow] | None | Unset:
        _experience_details = _src.get("Experience_Details", UNSET)
        experience_details: list[RecruitSubformRow] | None | Unset
        if isinstance(_experience_details, list):
            try:
                experience_details_type_0 = []
                _experience_details_type_0 = _experience_details
                for experience_details_type_0_item_data in _experience_details_type_0:
                    experience_details_type_0_item = RecruitSubformRow.from_dict(experience_details_type_0_item_data)

                    experience_details_type_0.append(experience_details_type_0_item)
                for experience_details_type_0_item in experience_details_type_0:
                    experience_details_type_0_item._load_all_fields()
                experience_details = experience_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                experience_details = cast(list[RecruitSubformRow] | None | Unset, _experience_details)
        else:
            experience_details = _experience_details

        return experience_details

    @staticmethod
    def _read_educational_details(_src: dict[str, Any]) -> list[RecruitSubformRow] | None | Unset:
        _educational_details = _src.get("Educational_Details", UNSET)
        educational_details: list[RecruitSubformRow] | None | Unset
        if isinstance(_educational_details, list):
            try:
                educational_details_type_0 = []
                _educational_details_type_0 = _educational_details
                for educational_details_type_0_item_data in _educational_details_type_0:
                    educational_details_type_0_item = RecruitSubformRow.from_dict(educational_details_type_0_item_data)

                    educational_details_type_0.append(educational_details_type_0_item)
                for educational_details_type_0_item in educational_details_type_0:
                    educational_details_type_0_item._load_all_fields()
                educational_details = educational_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                educational_details = cast(list[RecruitSubformRow] | None | Unset, _educational_details)
        else:
            educational_details = _educational_details

        return educational_details

    @staticmethod
    def _read_associated_tags(_src: dict[str, Any]) -> list[RecruitTag] | None | Unset:
        _associated_tags = _src.get("Associated_Tags", UNSET)
        associated_tags: list[RecruitTag] | None | Unset
        if isinstance(_associated_tags, list):
            try:
                associated_tags_type_0 = []
                _associated_tags_type_0 = _associated_tags
                for associated_tags_type_0_item_data in _associated_tags_type_0:
                    associated_tags_type_0_item = RecruitTag.from_dict(associated_tags_type_0_item_data)

                    associated_tags_type_0.append(associated_tags_type_0_item)
                for associated_tags_type_0_item in associated_tags_type_0:
                    associated_tags_type_0_item._load_all_fields()
                associated_tags = associated_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                associated_tags = cast(list[RecruitTag] | None | Unset, _associated_tags)
        else:
            associated_tags = _associated_tags

        return associated_tags

    @staticmethod
    def _read_created_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _created_by = _src.get("Created_By", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_created_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        return created_by

    @staticmethod
    def _read_modified_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _modified_by = _src.get("Modified_By", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_modified_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        return modified_by

    @staticmethod
    def _read_created_time(_src: dict[str, Any]) -> datetime.datetime | None | Unset:
        _created_time = _src.get("Created_Time", UNSET)
        created_time: datetime.datetime | None | Unset
        if isinstance(_created_time, str):
            try:
                created_time_type_0 = datetime.datetime.fromisoformat(_created_time)

                created_time = created_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_time = cast(datetime.datetime | None | Unset, _created_time)
        else:
            created_time = _created_time

        return created_time

    @staticmethod
    def _read_updated_on(_src: dict[str, Any]) -> datetime.datetime | None | Unset:
        _updated_on = _src.get("Updated_On", UNSET)
        updated_on: datetime.datetime | None | Unset
        if isinstance(_updated_on, str):
            try:
                updated_on_type_0 = datetime.datetime.fromisoformat(_updated_on)

                updated_on = updated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_on = cast(datetime.datetime | None | Unset, _updated_on)
        else:
            updated_on = _updated_on

        return updated_on

    @staticmethod
    def _read_last_activity_time(_src: dict[str, Any]) -> datetime.datetime | None | Unset:
        _last_activity_time = _src.get("Last_Activity_Time", UNSET)
        last_activity_time: datetime.datetime | None | Unset
        if isinstance(_last_activity_time, str):
            try:
                last_activity_time_type_0 = datetime.datetime.fromisoformat(_last_activity_time)

                last_activity_time = last_activity_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_activity_time = cast(datetime.datetime | None | Unset, _last_activity_time)
        else:
            last_activity_time = _last_activity_time

        return last_activity_time

    @staticmethod
    def _read_last_mailed_time(_src: dict[str, Any]) -> datetime.datetime | None | Unset:
        _last_mailed_time = _src.get("Last_Mailed_Time", UNSET)
        last_mailed_time: datetime.datetime | None | Unset
        if isinstance(_last_mailed_time, str):
            try:
                last_mailed_time_type_0 = datetime.datetime.fromisoformat(_last_mailed_time)

                last_mailed_time = last_mailed_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_mailed_time = cast(datetime.datetime | None | Unset, _last_mailed_time)
        else:
            last_mailed_time = _last_mailed_time

        return last_mailed_time

    @staticmethod
    def _read_currency_symbol(_src: dict[str, Any]) -> None | str | Unset:
        currency_symbol: None | str | Unset = _src.get("$currency_symbol", UNSET)

        return currency_symbol

    @staticmethod
    def _read_converted(_src: dict[str, Any]) -> bool | None | Unset:
        converted: bool | None | Unset = _src.get("$converted", UNSET)

        return converted

    @staticmethod
    def _read_converted_detail(_src: dict[str, Any]) -> None | RecruitConvertedDetail | Unset:
        _converted_detail = _src.get("$converted_detail", UNSET)
        converted_detail: None | RecruitConvertedDetail | Unset
        if isinstance(_converted_detail, dict):
            try:
                componentsschemas_recruit_converted_detail_type_0 = RecruitConvertedDetail.from_dict(_converted_detail)
                componentsschemas_recruit_converted_detail_type_0._load_all_fields()
                converted_detail = componentsschemas_recruit_converted_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                converted_detail = cast(None | RecruitConvertedDetail | Unset, _converted_detail)
        else:
            converted_detail = _converted_detail

        return converted_detail

    @staticmethod
    def _read_process_flow(_src: dict[str, Any]) -> bool | None | Unset:
        process_flow: bool | None | Unset = _src.get("$process_flow", UNSET)

        return process_flow

    @staticmethod
    def _read_approved(_src: dict[str, Any]) -> bool | None | Unset:
        approved: bool | None | Unset = _src.get("$approved", UNSET)

        return approved

    @staticmethod
    def _read_approval(_src: dict[str, Any]) -> None | RecruitApprovalState | Unset:
        _approval = _src.get("$approval", UNSET)
        approval: None | RecruitApprovalState | Unset
        if isinstance(_approval, dict):
            try:
                componentsschemas_recruit_approval_state_type_0 = RecruitApprovalState.from_dict(_approval)
                componentsschemas_recruit_approval_state_type_0._load_all_fields()
                approval = componentsschemas_recruit_approval_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                approval = cast(None | RecruitApprovalState | Unset, _approval)
        else:
            approval = _approval

        return approval

    @staticmethod
    def _read_followed(_src: dict[str, Any]) -> bool | None | Unset:
        followed: bool | None | Unset = _src.get("$followed", UNSET)

        return followed

    @staticmethod
    def _read_editable(_src: dict[str, Any]) -> bool | None | Unset:
        editable: bool | None | Unset = _src.get("$editable", UNSET)

        return editable

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _src.items() if key not in _DECLARED_KEYS}

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
from ..models.recruit_approval_state import RecruitApprovalState  # noqa: E402
from ..models.recruit_converted_detail import RecruitConvertedDetail  # noqa: E402
from ..models.recruit_subform_row import RecruitSubformRow  # noqa: E402
from ..models.recruit_tag import RecruitTag  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
