# generated from spec/dist/recruit.yaml by make generate — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="RecruitJobOpening")


@_attrs_define(on_setattr=load_before_assignment)
class RecruitJobOpening(LazyModel):
    """A Zoho Recruit job opening record, as the records API and Get Associated Records return it. The properties below are
    the standard fields; every field may be null, and organisations add custom fields (their API names appear as further
    keys). Keys that start with `$` are system properties. Picklists an organisation can configure (status, job type,
    industry, work experience) are plain strings. `Job_Opening_ID` is listed as required (its value may still be null)
    so that clients can tell a job opening from a candidate in the mixed `data` list: Zoho Recruit always sends this
    system field on job openings and never on candidates.

    """

    job_opening_id: None | str
    """ The auto-numbered job opening reference shown in the UI, for example `ZR_2_JOB`. """
    id: None | str | Unset = UNSET
    """ The job opening's record id (a numeric id carried as a string). """
    posting_title: None | str | Unset = UNSET
    """ The job opening's title, which the `posting_title` filter matches. Older organisations return it under the
    API name `Potential_Name`. """
    potential_name: None | str | Unset = UNSET
    """ The posting title under its older API name, for example `Marketing Executive`. """
    job_opening_status: None | str | Unset = UNSET
    """ For example `In-progress`, `Filled`, `On-Hold`, `Cancelled`, `Declined`, `Inactive`. """
    job_type: None | str | Unset = UNSET
    """ For example `Full time`, `Part time`, `Temporary`, `Contract`. """
    industry: None | str | Unset = UNSET
    """ The industry of the job, for example `Technology`. """
    work_experience: None | str | Unset = UNSET
    """ The experience asked for, a picklist value such as `1-3 years`. """
    skillset: None | str | Unset = UNSET
    """ The skills the job asks for, comma-separated. """
    salary: None | str | Unset = UNSET
    """ The salary offered, as text. """
    job_description: None | str | Unset = UNSET
    """ The description shown to applicants, as HTML. """
    number_of_positions: None | str | Unset = UNSET
    """ How many people the opening hires, as a numeric string (for example `"1"`). """
    no_of_candidates_associated: int | None | Unset = UNSET
    """ How many candidates are associated with the job opening. """
    no_of_candidates_hired: int | None | Unset = UNSET
    """ How many candidates were hired for it. """
    date_opened: datetime.date | None | Unset = UNSET
    """ `yyyy-MM-dd`. """
    target_date: datetime.date | None | Unset = UNSET
    """ The date by which the positions should be filled, `yyyy-MM-dd`. """
    is_hot_job_opening: bool | None | Unset = UNSET
    """ Whether the job opening is marked hot (urgent). """
    publish: bool | None | Unset = UNSET
    """ Whether the opening is published on the career site. """
    is_locked: bool | None | Unset = UNSET
    """ Whether the record is locked against changes. """
    is_attachment_present: bool | None | Unset = UNSET
    """ Whether the job opening has attachments. """
    account_name: None | RecruitLookup | Unset = UNSET
    """ A lookup to another Zoho Recruit record (for example `Account_Name` pointing at a client, or `Contact_Name`
    pointing at a contact): the target's `id` and display `name`. Null when the lookup is empty. """
    contact_name: None | RecruitLookup | Unset = UNSET
    """ A lookup to another Zoho Recruit record (for example `Account_Name` pointing at a client, or `Contact_Name`
    pointing at a contact): the target's `id` and display `name`. Null when the lookup is empty. """
    account_manager: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    assigned_recruiter: list[None | UserReference] | None | Unset = UNSET
    """ The recruiters assigned to the opening. """
    revenue_per_position: float | None | Unset = UNSET
    """ The revenue expected per position filled (staffing agencies). """
    expected_revenue: float | None | Unset = UNSET
    """ The revenue expected from the job opening. """
    actual_revenue: float | None | Unset = UNSET
    """ The revenue earned so far. """
    missed_revenue: float | None | Unset = UNSET
    """ The revenue missed (positions not filled). """
    city: None | str | Unset = UNSET
    """ City of the job. """
    state: None | str | Unset = UNSET
    """ State or province of the job. """
    zip_code: None | str | Unset = UNSET
    """ Postal code of the job's location. """
    country: None | str | Unset = UNSET
    """ Country of the job. """
    associated_tags: list[RecruitTag] | None | Unset = UNSET
    """ The tags on the job opening. """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with the organisation's offset, for example `2019-12-12T12:38:44+05:30`. """
    modified_time: datetime.datetime | None | Unset = UNSET
    """ When the job opening was last changed, an ISO 8601 date-time with offset. """
    last_activity_time: datetime.datetime | None | Unset = UNSET
    """ When the job opening was last active, an ISO 8601 date-time with offset. """
    currency_symbol: None | str | Unset = UNSET
    """ The symbol of the record's currency, for example `$`. """
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
        job_opening_id: None | str
        job_opening_id = self.job_opening_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        posting_title: None | str | Unset
        if isinstance(self.posting_title, Unset):
            posting_title = UNSET
        else:
            posting_title = self.posting_title

        potential_name: None | str | Unset
        if isinstance(self.potential_name, Unset):
            potential_name = UNSET
        else:
            potential_name = self.potential_name

        job_opening_status: None | str | Unset
        if isinstance(self.job_opening_status, Unset):
            job_opening_status = UNSET
        else:
            job_opening_status = self.job_opening_status

        job_type: None | str | Unset
        if isinstance(self.job_type, Unset):
            job_type = UNSET
        else:
            job_type = self.job_type

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        work_experience: None | str | Unset
        if isinstance(self.work_experience, Unset):
            work_experience = UNSET
        else:
            work_experience = self.work_experience

        skillset: None | str | Unset
        if isinstance(self.skillset, Unset):
            skillset = UNSET
        else:
            skillset = self.skillset

        salary: None | str | Unset
        if isinstance(self.salary, Unset):
            salary = UNSET
        else:
            salary = self.salary

        job_description: None | str | Unset
        if isinstance(self.job_description, Unset):
            job_description = UNSET
        else:
            job_description = self.job_description

        number_of_positions: None | str | Unset
        if isinstance(self.number_of_positions, Unset):
            number_of_positions = UNSET
        else:
            number_of_positions = self.number_of_positions

        no_of_candidates_associated: int | None | Unset
        if isinstance(self.no_of_candidates_associated, Unset):
            no_of_candidates_associated = UNSET
        else:
            no_of_candidates_associated = self.no_of_candidates_associated

        no_of_candidates_hired: int | None | Unset
        if isinstance(self.no_of_candidates_hired, Unset):
            no_of_candidates_hired = UNSET
        else:
            no_of_candidates_hired = self.no_of_candidates_hired

        date_opened: None | str | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        elif isinstance(self.date_opened, datetime.date):
            date_opened = self.date_opened.isoformat()
        else:
            date_opened = self.date_opened

        target_date: None | str | Unset
        if isinstance(self.target_date, Unset):
            target_date = UNSET
        elif isinstance(self.target_date, datetime.date):
            target_date = self.target_date.isoformat()
        else:
            target_date = self.target_date

        is_hot_job_opening: bool | None | Unset
        if isinstance(self.is_hot_job_opening, Unset):
            is_hot_job_opening = UNSET
        else:
            is_hot_job_opening = self.is_hot_job_opening

        publish: bool | None | Unset
        if isinstance(self.publish, Unset):
            publish = UNSET
        else:
            publish = self.publish

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

        account_name: dict[str, Any] | None | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        elif isinstance(self.account_name, RecruitLookup):
            account_name = self.account_name.to_dict()
        else:
            account_name = self.account_name

        contact_name: dict[str, Any] | None | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        elif isinstance(self.contact_name, RecruitLookup):
            contact_name = self.contact_name.to_dict()
        else:
            contact_name = self.contact_name

        account_manager: dict[str, Any] | None | Unset
        if isinstance(self.account_manager, Unset):
            account_manager = UNSET
        elif isinstance(self.account_manager, UserReference):
            account_manager = self.account_manager.to_dict()
        else:
            account_manager = self.account_manager

        assigned_recruiter: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.assigned_recruiter, Unset):
            assigned_recruiter = UNSET
        elif isinstance(self.assigned_recruiter, list):
            assigned_recruiter = []
            for assigned_recruiter_type_0_item_data in self.assigned_recruiter:
                assigned_recruiter_type_0_item: dict[str, Any] | None
                if isinstance(assigned_recruiter_type_0_item_data, UserReference):
                    assigned_recruiter_type_0_item = assigned_recruiter_type_0_item_data.to_dict()
                else:
                    assigned_recruiter_type_0_item = assigned_recruiter_type_0_item_data
                assigned_recruiter.append(assigned_recruiter_type_0_item)

        else:
            assigned_recruiter = self.assigned_recruiter

        revenue_per_position: float | None | Unset
        if isinstance(self.revenue_per_position, Unset):
            revenue_per_position = UNSET
        else:
            revenue_per_position = self.revenue_per_position

        expected_revenue: float | None | Unset
        if isinstance(self.expected_revenue, Unset):
            expected_revenue = UNSET
        else:
            expected_revenue = self.expected_revenue

        actual_revenue: float | None | Unset
        if isinstance(self.actual_revenue, Unset):
            actual_revenue = UNSET
        else:
            actual_revenue = self.actual_revenue

        missed_revenue: float | None | Unset
        if isinstance(self.missed_revenue, Unset):
            missed_revenue = UNSET
        else:
            missed_revenue = self.missed_revenue

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

        currency_symbol: None | str | Unset
        if isinstance(self.currency_symbol, Unset):
            currency_symbol = UNSET
        else:
            currency_symbol = self.currency_symbol

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
                "Job_Opening_ID": job_opening_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if posting_title is not UNSET:
            field_dict["Posting_Title"] = posting_title
        if potential_name is not UNSET:
            field_dict["Potential_Name"] = potential_name
        if job_opening_status is not UNSET:
            field_dict["Job_Opening_Status"] = job_opening_status
        if job_type is not UNSET:
            field_dict["Job_Type"] = job_type
        if industry is not UNSET:
            field_dict["Industry"] = industry
        if work_experience is not UNSET:
            field_dict["Work_Experience"] = work_experience
        if skillset is not UNSET:
            field_dict["Skillset"] = skillset
        if salary is not UNSET:
            field_dict["Salary"] = salary
        if job_description is not UNSET:
            field_dict["Job_Description"] = job_description
        if number_of_positions is not UNSET:
            field_dict["Number_of_Positions"] = number_of_positions
        if no_of_candidates_associated is not UNSET:
            field_dict["No_of_Candidates_Associated"] = no_of_candidates_associated
        if no_of_candidates_hired is not UNSET:
            field_dict["No_of_Candidates_Hired"] = no_of_candidates_hired
        if date_opened is not UNSET:
            field_dict["Date_Opened"] = date_opened
        if target_date is not UNSET:
            field_dict["Target_Date"] = target_date
        if is_hot_job_opening is not UNSET:
            field_dict["Is_Hot_Job_Opening"] = is_hot_job_opening
        if publish is not UNSET:
            field_dict["Publish"] = publish
        if is_locked is not UNSET:
            field_dict["Is_Locked"] = is_locked
        if is_attachment_present is not UNSET:
            field_dict["Is_Attachment_Present"] = is_attachment_present
        if account_name is not UNSET:
            field_dict["Account_Name"] = account_name
        if contact_name is not UNSET:
            field_dict["Contact_Name"] = contact_name
        if account_manager is not UNSET:
            field_dict["Account_Manager"] = account_manager
        if assigned_recruiter is not UNSET:
            field_dict["Assigned_Recruiter"] = assigned_recruiter
        if revenue_per_position is not UNSET:
            field_dict["Revenue_per_Position"] = revenue_per_position
        if expected_revenue is not UNSET:
            field_dict["Expected_Revenue"] = expected_revenue
        if actual_revenue is not UNSET:
            field_dict["Actual_Revenue"] = actual_revenue
        if missed_revenue is not UNSET:
            field_dict["Missed_Revenue"] = missed_revenue
        if city is not UNSET:
            field_dict["City"] = city
        if state is not UNSET:
            field_dict["State"] = state
        if zip_code is not UNSET:
            field_dict["Zip_Code"] = zip_code
        if country is not UNSET:
            field_dict["Country"] = country
        if associated_tags is not UNSET:
            field_dict["Associated_Tags"] = associated_tags
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
        if currency_symbol is not UNSET:
            field_dict["$currency_symbol"] = currency_symbol
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
        if "Job_Opening_ID" not in d:
            raise KeyError("Job_Opening_ID")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        job_opening_id: None | str = d.pop("Job_Opening_ID")

        id: None | str | Unset = d.pop("id", UNSET)

        posting_title: None | str | Unset = d.pop("Posting_Title", UNSET)

        potential_name: None | str | Unset = d.pop("Potential_Name", UNSET)

        job_opening_status: None | str | Unset = d.pop("Job_Opening_Status", UNSET)

        job_type: None | str | Unset = d.pop("Job_Type", UNSET)

        industry: None | str | Unset = d.pop("Industry", UNSET)

        work_experience: None | str | Unset = d.pop("Work_Experience", UNSET)

        skillset: None | str | Unset = d.pop("Skillset", UNSET)

        salary: None | str | Unset = d.pop("Salary", UNSET)

        job_description: None | str | Unset = d.pop("Job_Description", UNSET)

        number_of_positions: None | str | Unset = d.pop("Number_of_Positions", UNSET)

        no_of_candidates_associated: int | None | Unset = d.pop("No_of_Candidates_Associated", UNSET)

        no_of_candidates_hired: int | None | Unset = d.pop("No_of_Candidates_Hired", UNSET)

        _date_opened = d.pop("Date_Opened", UNSET)
        date_opened: datetime.date | None | Unset
        if isinstance(_date_opened, str):
            try:
                date_opened_type_0 = datetime.date.fromisoformat(_date_opened)
                date_opened = date_opened_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                date_opened = cast(datetime.date | None | Unset, _date_opened)
        else:
            date_opened = _date_opened

        _target_date = d.pop("Target_Date", UNSET)
        target_date: datetime.date | None | Unset
        if isinstance(_target_date, str):
            try:
                target_date_type_0 = datetime.date.fromisoformat(_target_date)
                target_date = target_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                target_date = cast(datetime.date | None | Unset, _target_date)
        else:
            target_date = _target_date

        is_hot_job_opening: bool | None | Unset = d.pop("Is_Hot_Job_Opening", UNSET)

        publish: bool | None | Unset = d.pop("Publish", UNSET)

        is_locked: bool | None | Unset = d.pop("Is_Locked", UNSET)

        is_attachment_present: bool | None | Unset = d.pop("Is_Attachment_Present", UNSET)

        _account_name = d.pop("Account_Name", UNSET)
        account_name: None | RecruitLookup | Unset
        if isinstance(_account_name, dict):
            try:
                componentsschemas_recruit_lookup_type_0 = RecruitLookup._built_whole(_account_name)
                account_name = componentsschemas_recruit_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                account_name = cast(None | RecruitLookup | Unset, _account_name)
        else:
            account_name = _account_name

        _contact_name = d.pop("Contact_Name", UNSET)
        contact_name: None | RecruitLookup | Unset
        if isinstance(_contact_name, dict):
            try:
                componentsschemas_recruit_lookup_type_0 = RecruitLookup._built_whole(_contact_name)
                contact_name = componentsschemas_recruit_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                contact_name = cast(None | RecruitLookup | Unset, _contact_name)
        else:
            contact_name = _contact_name

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

        _assigned_recruiter = d.pop("Assigned_Recruiter", UNSET)
        assigned_recruiter: list[None | UserReference] | None | Unset
        if isinstance(_assigned_recruiter, list):
            try:
                assigned_recruiter_type_0 = []
                _assigned_recruiter_type_0 = _assigned_recruiter
                for assigned_recruiter_type_0_item_data in _assigned_recruiter_type_0:
                    _assigned_recruiter_type_0_item = assigned_recruiter_type_0_item_data
                    assigned_recruiter_type_0_item: None | UserReference
                    if isinstance(_assigned_recruiter_type_0_item, dict):
                        try:
                            componentsschemas_user_reference_type_0 = UserReference._built_whole(
                                _assigned_recruiter_type_0_item
                            )
                            assigned_recruiter_type_0_item = componentsschemas_user_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            assigned_recruiter_type_0_item = cast(None | UserReference, _assigned_recruiter_type_0_item)
                    else:
                        assigned_recruiter_type_0_item = _assigned_recruiter_type_0_item

                    assigned_recruiter_type_0.append(assigned_recruiter_type_0_item)
                assigned_recruiter = assigned_recruiter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                assigned_recruiter = cast(list[None | UserReference] | None | Unset, _assigned_recruiter)
        else:
            assigned_recruiter = _assigned_recruiter

        revenue_per_position: float | None | Unset = d.pop("Revenue_per_Position", UNSET)

        expected_revenue: float | None | Unset = d.pop("Expected_Revenue", UNSET)

        actual_revenue: float | None | Unset = d.pop("Actual_Revenue", UNSET)

        missed_revenue: float | None | Unset = d.pop("Missed_Revenue", UNSET)

        city: None | str | Unset = d.pop("City", UNSET)

        state: None | str | Unset = d.pop("State", UNSET)

        zip_code: None | str | Unset = d.pop("Zip_Code", UNSET)

        country: None | str | Unset = d.pop("Country", UNSET)

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

        currency_symbol: None | str | Unset = d.pop("$currency_symbol", UNSET)

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
        _set(self, "job_opening_id", job_opening_id)
        _set(self, "id", id)
        _set(self, "posting_title", posting_title)
        _set(self, "potential_name", potential_name)
        _set(self, "job_opening_status", job_opening_status)
        _set(self, "job_type", job_type)
        _set(self, "industry", industry)
        _set(self, "work_experience", work_experience)
        _set(self, "skillset", skillset)
        _set(self, "salary", salary)
        _set(self, "job_description", job_description)
        _set(self, "number_of_positions", number_of_positions)
        _set(self, "no_of_candidates_associated", no_of_candidates_associated)
        _set(self, "no_of_candidates_hired", no_of_candidates_hired)
        _set(self, "date_opened", date_opened)
        _set(self, "target_date", target_date)
        _set(self, "is_hot_job_opening", is_hot_job_opening)
        _set(self, "publish", publish)
        _set(self, "is_locked", is_locked)
        _set(self, "is_attachment_present", is_attachment_present)
        _set(self, "account_name", account_name)
        _set(self, "contact_name", contact_name)
        _set(self, "account_manager", account_manager)
        _set(self, "assigned_recruiter", assigned_recruiter)
        _set(self, "revenue_per_position", revenue_per_position)
        _set(self, "expected_revenue", expected_revenue)
        _set(self, "actual_revenue", actual_revenue)
        _set(self, "missed_revenue", missed_revenue)
        _set(self, "city", city)
        _set(self, "state", state)
        _set(self, "zip_code", zip_code)
        _set(self, "country", country)
        _set(self, "associated_tags", associated_tags)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "last_activity_time", last_activity_time)
        _set(self, "currency_symbol", currency_symbol)
        _set(self, "process_flow", process_flow)
        _set(self, "approved", approved)
        _set(self, "approval", approval)
        _set(self, "followed", followed)
        _set(self, "editable", editable)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.account_name)
        load_nested(self.contact_name)
        load_nested(self.account_manager)
        load_nested(self.assigned_recruiter)
        load_nested(self.associated_tags)
        load_nested(self.created_by)
        load_nested(self.modified_by)
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
from ..models.recruit_lookup import RecruitLookup  # noqa: E402
from ..models.recruit_tag import RecruitTag  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
