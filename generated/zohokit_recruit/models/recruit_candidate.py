# generated from spec/dist/recruit.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitCandidate")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitCandidate(LazyModel):
    """A Zoho Recruit candidate record, as the records API and Get Associated Records return it. The properties below are
    the standard fields; every field may be null, and organisations add custom fields (their API names appear as further
    keys). Keys that start with `$` are system properties. Picklists an organisation can configure (statuses, sources,
    qualifications, salutations) are plain strings. `Candidate_ID` is listed as required (its value may still be null)
    so that clients can tell a candidate from other records in a mixed list: Zoho Recruit always sends this system field
    on candidates and never on other records.

    """

    candidate_id: None | str
    """ The auto-numbered candidate reference shown in the UI, for example `ZR_3_CAND`. """
    id: None | str | Unset = UNSET
    """ The candidate's record id (a numeric id carried as a string). """
    salutation: None | str | Unset = UNSET
    """ Mr., Ms., Mrs., Dr. and so on. """
    first_name: None | str | Unset = UNSET
    """ The candidate's first name. """
    last_name: None | str | Unset = UNSET
    """ The candidate's last name. """
    full_name: None | str | Unset = UNSET
    """ First and last name together, as Zoho Recruit composes them. """
    email: None | str | Unset = UNSET
    """ The candidate's e-mail address. """
    phone: None | str | Unset = UNSET
    """ The candidate's phone number. """
    mobile: None | str | Unset = UNSET
    """ The candidate's mobile number. """
    fax: None | str | Unset = UNSET
    """ The candidate's fax number. """
    website: None | str | Unset = UNSET
    """ The candidate's website. """
    skype_id: None | str | Unset = UNSET
    """ The candidate's Skype id. """
    twitter: None | str | Unset = UNSET
    """ The candidate's Twitter handle. """
    street: None | str | Unset = UNSET
    """ Street of the candidate's address. """
    city: None | str | Unset = UNSET
    """ City of the candidate's address. """
    state: None | str | Unset = UNSET
    """ State or province of the candidate's address. """
    zip_code: None | str | Unset = UNSET
    """ Postal code of the candidate's address. """
    country: None | str | Unset = UNSET
    """ Country of the candidate's address. """
    current_job_title: None | str | Unset = UNSET
    """ The candidate's current job title. """
    current_employer: None | str | Unset = UNSET
    """ The candidate's current employer. """
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
    """ Free-text additional information. """
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
    """ Whether the candidate was marked unqualified. """
    is_locked: bool | None | Unset = UNSET
    """ Whether the record is locked against changes. """
    is_attachment_present: bool | None | Unset = UNSET
    """ Whether the candidate has attachments (a resume, for example). """
    email_opt_out: bool | None | Unset = UNSET
    """ Whether the candidate opted out of e-mails. """
    associated_any_social_profiles: bool | None | Unset = UNSET
    """ Whether social profiles are linked to the candidate. """
    candidateportalstatus: None | str | Unset = UNSET
    """ The candidate's status on the candidate portal, as a numeric string (`"0"` when not invited). """
    gdpr_consent_status: None | str | Unset = UNSET
    """ For example `Opt-In not requested`, `Opt-In requested`, `Opted in`, `Opted out`. """
    gdpr_consent_date: datetime.date | None | Unset = UNSET
    """ Date of the last consent change, `yyyy-MM-dd`. """
    gdpr_consent_mode: None | str | Unset = UNSET
    """ How the candidate's GDPR consent was obtained, or null. """
    experience_details: list[RecruitSubformRow] | None | Unset = UNSET
    """ The rows of the work-experience subform. """
    educational_details: list[RecruitSubformRow] | None | Unset = UNSET
    """ The rows of the education subform. """
    associated_tags: list[RecruitTag] | None | Unset = UNSET
    """ The tags on the candidate. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with the organisation's offset, for example `2019-12-18T10:58:04+05:30`. """
    updated_on: datetime.datetime | None | Unset = UNSET
    """ When the candidate was last modified (Recruit's name for the modified time of candidates). """
    last_activity_time: datetime.datetime | None | Unset = UNSET
    """ When the candidate record was last active, an ISO 8601 date-time with offset. """
    last_mailed_time: datetime.datetime | None | Unset = UNSET
    """ When the candidate was last e-mailed, an ISO 8601 date-time with offset. """
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
        candidate_id: None | str
        candidate_id = self.candidate_id

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
        field_dict.update(
            {
                "Candidate_ID": candidate_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        (``KeyError`` names the first missing one); the fields are converted when one is first read."""
        return cls._from_nested_json(dict(src_dict))

    @classmethod
    def _from_nested_json(cls: type[T], d: Any) -> T:
        """As ``from_dict``, but the model keeps ``d`` itself rather than a copy: how a model builds the
        models of the JSON objects nested in its own when it converts its fields. Anything but a
        ``dict`` goes to ``from_dict``, which raises what it always raised."""
        if type(d) is not dict:
            return cls.from_dict(d)
        if "Candidate_ID" not in d:
            raise KeyError("Candidate_ID")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        candidate_id: None | str = d.pop("Candidate_ID")

        id: None | str | Unset = d.pop("id", UNSET)

        salutation: None | str | Unset = d.pop("Salutation", UNSET)

        first_name: None | str | Unset = d.pop("First_Name", UNSET)

        last_name: None | str | Unset = d.pop("Last_Name", UNSET)

        full_name: None | str | Unset = d.pop("Full_Name", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        mobile: None | str | Unset = d.pop("Mobile", UNSET)

        fax: None | str | Unset = d.pop("Fax", UNSET)

        website: None | str | Unset = d.pop("Website", UNSET)

        skype_id: None | str | Unset = d.pop("Skype_ID", UNSET)

        twitter: None | str | Unset = d.pop("Twitter", UNSET)

        street: None | str | Unset = d.pop("Street", UNSET)

        city: None | str | Unset = d.pop("City", UNSET)

        state: None | str | Unset = d.pop("State", UNSET)

        zip_code: None | str | Unset = d.pop("Zip_Code", UNSET)

        country: None | str | Unset = d.pop("Country", UNSET)

        current_job_title: None | str | Unset = d.pop("Current_Job_Title", UNSET)

        current_employer: None | str | Unset = d.pop("Current_Employer", UNSET)

        experience_in_years: float | None | Unset = d.pop("Experience_in_Years", UNSET)

        highest_qualification_held: None | str | Unset = d.pop("Highest_Qualification_Held", UNSET)

        skill_set: None | str | Unset = d.pop("Skill_Set", UNSET)

        current_salary: float | None | Unset = d.pop("Current_Salary", UNSET)

        expected_salary: float | None | Unset = d.pop("Expected_Salary", UNSET)

        additional_info: None | str | Unset = d.pop("Additional_Info", UNSET)

        rating: float | None | Unset = d.pop("Rating", UNSET)

        candidate_status: None | str | Unset = d.pop("Candidate_Status", UNSET)

        source: None | str | Unset = d.pop("Source", UNSET)

        _candidate_owner = d.pop("Candidate_Owner", UNSET)
        candidate_owner: None | Unset | UserReference
        if isinstance(_candidate_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_candidate_owner)
                candidate_owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_owner = cast(None | Unset | UserReference, _candidate_owner)
        else:
            candidate_owner = _candidate_owner

        is_unqualified: bool | None | Unset = d.pop("Is_Unqualified", UNSET)

        is_locked: bool | None | Unset = d.pop("Is_Locked", UNSET)

        is_attachment_present: bool | None | Unset = d.pop("Is_Attachment_Present", UNSET)

        email_opt_out: bool | None | Unset = d.pop("Email_Opt_Out", UNSET)

        associated_any_social_profiles: bool | None | Unset = d.pop("Associated_any_Social_Profiles", UNSET)

        candidateportalstatus: None | str | Unset = d.pop("CANDIDATEPORTALSTATUS", UNSET)

        gdpr_consent_status: None | str | Unset = d.pop("GDPR_Consent_Status", UNSET)

        _gdpr_consent_date = d.pop("GDPR_Consent_Date", UNSET)
        gdpr_consent_date: datetime.date | None | Unset
        if isinstance(_gdpr_consent_date, str):
            try:
                gdpr_consent_date_type_0 = datetime.date.fromisoformat(_gdpr_consent_date)
                gdpr_consent_date = gdpr_consent_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                gdpr_consent_date = cast(datetime.date | None | Unset, _gdpr_consent_date)
        else:
            gdpr_consent_date = _gdpr_consent_date

        gdpr_consent_mode: None | str | Unset = d.pop("GDPR_Consent_Mode", UNSET)

        _experience_details = d.pop("Experience_Details", UNSET)
        experience_details: list[RecruitSubformRow] | None | Unset
        if isinstance(_experience_details, list):
            try:
                experience_details_type_0 = []
                _experience_details_type_0 = _experience_details
                for experience_details_type_0_item_data in _experience_details_type_0:
                    experience_details_type_0_item = RecruitSubformRow._from_nested_json(
                        experience_details_type_0_item_data
                    )

                    experience_details_type_0.append(experience_details_type_0_item)

                for experience_details_type_0_item in experience_details_type_0:
                    experience_details_type_0_item._load_all_fields()
                experience_details = experience_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                experience_details = cast(list[RecruitSubformRow] | None | Unset, _experience_details)
        else:
            experience_details = _experience_details

        _educational_details = d.pop("Educational_Details", UNSET)
        educational_details: list[RecruitSubformRow] | None | Unset
        if isinstance(_educational_details, list):
            try:
                educational_details_type_0 = []
                _educational_details_type_0 = _educational_details
                for educational_details_type_0_item_data in _educational_details_type_0:
                    educational_details_type_0_item = RecruitSubformRow._from_nested_json(
                        educational_details_type_0_item_data
                    )

                    educational_details_type_0.append(educational_details_type_0_item)

                for educational_details_type_0_item in educational_details_type_0:
                    educational_details_type_0_item._load_all_fields()
                educational_details = educational_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                educational_details = cast(list[RecruitSubformRow] | None | Unset, _educational_details)
        else:
            educational_details = _educational_details

        _associated_tags = d.pop("Associated_Tags", UNSET)
        associated_tags: list[RecruitTag] | None | Unset
        if isinstance(_associated_tags, list):
            try:
                associated_tags_type_0 = []
                _associated_tags_type_0 = _associated_tags
                for associated_tags_type_0_item_data in _associated_tags_type_0:
                    associated_tags_type_0_item = RecruitTag._from_nested_json(associated_tags_type_0_item_data)

                    associated_tags_type_0.append(associated_tags_type_0_item)

                for associated_tags_type_0_item in associated_tags_type_0:
                    associated_tags_type_0_item._load_all_fields()
                associated_tags = associated_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                associated_tags = cast(list[RecruitTag] | None | Unset, _associated_tags)
        else:
            associated_tags = _associated_tags

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

        _updated_on = d.pop("Updated_On", UNSET)
        updated_on: datetime.datetime | None | Unset
        if isinstance(_updated_on, str):
            try:
                updated_on_type_0 = datetime.datetime.fromisoformat(_updated_on)
                updated_on = updated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_on = cast(datetime.datetime | None | Unset, _updated_on)
        else:
            updated_on = _updated_on

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

        _last_mailed_time = d.pop("Last_Mailed_Time", UNSET)
        last_mailed_time: datetime.datetime | None | Unset
        if isinstance(_last_mailed_time, str):
            try:
                last_mailed_time_type_0 = datetime.datetime.fromisoformat(_last_mailed_time)
                last_mailed_time = last_mailed_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_mailed_time = cast(datetime.datetime | None | Unset, _last_mailed_time)
        else:
            last_mailed_time = _last_mailed_time

        currency_symbol: None | str | Unset = d.pop("$currency_symbol", UNSET)

        converted: bool | None | Unset = d.pop("$converted", UNSET)

        _converted_detail = d.pop("$converted_detail", UNSET)
        converted_detail: None | RecruitConvertedDetail | Unset
        if isinstance(_converted_detail, dict):
            try:
                componentsschemas_recruit_converted_detail_type_0 = RecruitConvertedDetail._built_whole(
                    _converted_detail
                )
                converted_detail = componentsschemas_recruit_converted_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                converted_detail = cast(None | RecruitConvertedDetail | Unset, _converted_detail)
        else:
            converted_detail = _converted_detail

        process_flow: bool | None | Unset = d.pop("$process_flow", UNSET)

        approved: bool | None | Unset = d.pop("$approved", UNSET)

        _approval = d.pop("$approval", UNSET)
        approval: None | RecruitApprovalState | Unset
        if isinstance(_approval, dict):
            try:
                componentsschemas_recruit_approval_state_type_0 = RecruitApprovalState._built_whole(_approval)
                approval = componentsschemas_recruit_approval_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                approval = cast(None | RecruitApprovalState | Unset, _approval)
        else:
            approval = _approval

        followed: bool | None | Unset = d.pop("$followed", UNSET)

        editable: bool | None | Unset = d.pop("$editable", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "candidate_id", candidate_id)
        _set(self, "id", id)
        _set(self, "salutation", salutation)
        _set(self, "first_name", first_name)
        _set(self, "last_name", last_name)
        _set(self, "full_name", full_name)
        _set(self, "email", email)
        _set(self, "phone", phone)
        _set(self, "mobile", mobile)
        _set(self, "fax", fax)
        _set(self, "website", website)
        _set(self, "skype_id", skype_id)
        _set(self, "twitter", twitter)
        _set(self, "street", street)
        _set(self, "city", city)
        _set(self, "state", state)
        _set(self, "zip_code", zip_code)
        _set(self, "country", country)
        _set(self, "current_job_title", current_job_title)
        _set(self, "current_employer", current_employer)
        _set(self, "experience_in_years", experience_in_years)
        _set(self, "highest_qualification_held", highest_qualification_held)
        _set(self, "skill_set", skill_set)
        _set(self, "current_salary", current_salary)
        _set(self, "expected_salary", expected_salary)
        _set(self, "additional_info", additional_info)
        _set(self, "rating", rating)
        _set(self, "candidate_status", candidate_status)
        _set(self, "source", source)
        _set(self, "candidate_owner", candidate_owner)
        _set(self, "is_unqualified", is_unqualified)
        _set(self, "is_locked", is_locked)
        _set(self, "is_attachment_present", is_attachment_present)
        _set(self, "email_opt_out", email_opt_out)
        _set(self, "associated_any_social_profiles", associated_any_social_profiles)
        _set(self, "candidateportalstatus", candidateportalstatus)
        _set(self, "gdpr_consent_status", gdpr_consent_status)
        _set(self, "gdpr_consent_date", gdpr_consent_date)
        _set(self, "gdpr_consent_mode", gdpr_consent_mode)
        _set(self, "experience_details", experience_details)
        _set(self, "educational_details", educational_details)
        _set(self, "associated_tags", associated_tags)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "updated_on", updated_on)
        _set(self, "last_activity_time", last_activity_time)
        _set(self, "last_mailed_time", last_mailed_time)
        _set(self, "currency_symbol", currency_symbol)
        _set(self, "converted", converted)
        _set(self, "converted_detail", converted_detail)
        _set(self, "process_flow", process_flow)
        _set(self, "approved", approved)
        _set(self, "approval", approval)
        _set(self, "followed", followed)
        _set(self, "editable", editable)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.candidate_owner)
        load_nested(self.experience_details)
        load_nested(self.educational_details)
        load_nested(self.associated_tags)
        load_nested(self.created_by)
        load_nested(self.modified_by)
        load_nested(self.converted_detail)
        load_nested(self.approval)

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
