"""The seeded Zoho Recruit organization: job openings, candidates, their associations, submissions.

A Corporate HR style org of the shared directory's company (Zylker): its own hiring managers
review submissions. Ids are 19-digit strings under the org prefix; the Recruit auto-numbers
(``ZR_1_JOB``, ``ZR_1_CAND``) follow creation order. Everything here is plain data; the store
copies it on every reset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..accounts import directory

ORG = directory.ORG_ID
CLIENT_ID = f"{ORG}000002100001"
"""The ``Account_Name`` of the org's own job openings (a Corporate HR org hires for itself)."""
CLIENT_NAME = "Zylker Inc"
CLIENT_CONTACT_IDS = (f"{ORG}000002200001", f"{ORG}000002200002", "9245000006242040")
"""Client contacts who may be named as ``Reviewed_By`` (Staffing Agency reviews); the last is the
reviewer of the documentation's Staffing Agency sample."""
SAMPLE_JOB_IDS = {1: "100001000000025001"}
"""Seeded records that carry the ids of the documentation's samples, which the spec's examples
name (``GET /JobOpenings/100001000000025001/associate``)."""
SAMPLE_SUBMISSION_IDS = {8: "100001000000031070"}
"""``PUT /Submissions/100001000000031070/actions/status`` of the documentation's samples."""


def job_id(n: int) -> str:
    return SAMPLE_JOB_IDS.get(n) or f"{ORG}00000250{n:04d}"


def candidate_id(n: int) -> str:
    return f"{ORG}00000280{n:04d}"


def submission_id(n: int) -> str:
    return SAMPLE_SUBMISSION_IDS.get(n) or f"{ORG}00000310{n:04d}"


@dataclass(frozen=True)
class JobSeed:
    n: int
    title: str
    status: str
    industry: str
    skillset: str
    job_type: str
    experience: str | None
    salary: str | None
    city: str
    state: str | None
    country: str
    positions: int
    date_opened: str
    target_date: str
    created: str
    hot: bool = False
    published: bool = True


JOBS: tuple[JobSeed, ...] = (
    JobSeed(
        1,
        "Accountant",
        "In-progress",
        "Accounting",
        "Accounting, IFRS, Excel",
        "Full time",
        "1-3 years",
        "52000",
        "Austin",
        "Texas",
        "United States",
        1,
        "2024-01-08",
        "2024-03-29",
        "2024-01-08T09:12:40+00:00",
    ),
    JobSeed(
        2,
        "Marketing Executive",
        "In-progress",
        "Marketing",
        "Marketing, Campaigns, SEO",
        "Full time",
        "4-5 years",
        "68000",
        "Austin",
        "Texas",
        "United States",
        1,
        "2024-01-15",
        "2024-04-30",
        "2024-01-15T10:03:11+00:00",
    ),
    JobSeed(
        3,
        "Java Developer",
        "In-progress",
        "Technology",
        "Java, Spring, SQL",
        "Full time",
        "4-5 years",
        "95000",
        "Chennai",
        "Tamil Nadu",
        "India",
        3,
        "2024-02-01",
        "2024-05-31",
        "2024-02-01T08:45:02+00:00",
        hot=True,
    ),
    JobSeed(
        4,
        "Sales Manager",
        "Filled",
        "Sales",
        "B2B sales, Negotiation",
        "Full time",
        "5+ years",
        "87000",
        "London",
        None,
        "United Kingdom",
        1,
        "2023-10-02",
        "2023-12-15",
        "2023-10-02T11:30:00+00:00",
        published=False,
    ),
    JobSeed(
        5,
        "Data Analyst",
        "On-Hold",
        "Technology",
        "SQL, Python, Tableau",
        "Contract",
        "1-3 years",
        None,
        "Austin",
        "Texas",
        "United States",
        1,
        "2024-02-20",
        "2024-06-28",
        "2024-02-20T14:05:45+00:00",
    ),
)


@dataclass(frozen=True)
class CandidateSeed:
    n: int
    salutation: str | None
    first: str
    last: str
    email: str
    mobile: str | None
    title: str | None
    employer: str | None
    years: float | None
    qualification: str | None
    skills: str | None
    city: str | None
    country: str | None
    source: str
    status: str
    created: str
    rating: int | None = None


CANDIDATES: tuple[CandidateSeed, ...] = (
    CandidateSeed(
        1,
        "Ms.",
        "Rachel",
        "Adams",
        "rachel.adams@example.com",
        "+1 512 555 0101",
        "Staff Accountant",
        "Brightline Audit",
        3,
        "Bachelor's Degree",
        "Accounting, Excel",
        "Austin",
        "United States",
        "Added by User",
        "Associated",
        "2024-01-10T15:20:11+00:00",
        4,
    ),
    CandidateSeed(
        2,
        "Mr.",
        "Daniel",
        "Okafor",
        "daniel.okafor@example.com",
        "+1 512 555 0144",
        "Junior Accountant",
        "Okafor & Sons",
        1.5,
        "Bachelor's Degree",
        "Bookkeeping",
        "Round Rock",
        "United States",
        "Career Site",
        "Qualified",
        "2024-01-12T09:02:37+00:00",
    ),
    CandidateSeed(
        3,
        "Ms.",
        "Priya",
        "Raman",
        "priya.raman@example.com",
        "+91 98400 12345",
        "Marketing Lead",
        "Adwise",
        6,
        "Master's Degree",
        "Marketing, SEO, Content",
        "Chennai",
        "India",
        "Referral",
        "Unqualified",
        "2024-01-18T06:45:00+00:00",
    ),
    CandidateSeed(
        4,
        "Mr.",
        "Arjun",
        "Mehta",
        "arjun.mehta@example.com",
        "+91 98450 22110",
        "Software Engineer",
        "Infosys",
        4,
        "Bachelor's Degree",
        "Java, Spring Boot, SQL",
        "Bengaluru",
        "India",
        "Imported",
        "Submitted-to-hiring manager",
        "2024-02-03T04:10:55+00:00",
        4,
    ),
    CandidateSeed(
        5,
        "Ms.",
        "Lena",
        "Fischer",
        "lena.fischer@example.com",
        None,
        "Backend Developer",
        "Celonis",
        5,
        "Master's Degree",
        "Java, Kotlin, Kafka",
        "Munich",
        "Germany",
        "Career Site",
        "Submitted-to-hiring manager",
        "2024-02-05T12:33:21+00:00",
        5,
    ),
    CandidateSeed(
        6,
        "Mr.",
        "Tom",
        "Becker",
        "tom.becker@example.com",
        "+49 151 5550199",
        "Java Developer",
        "Freelance",
        2,
        "Bachelor's Degree",
        "Java, Hibernate",
        "Berlin",
        "Germany",
        "Added by User",
        "Submitted-to-hiring manager",
        "2024-02-06T08:01:09+00:00",
        2,
    ),
    CandidateSeed(
        7,
        "Ms.",
        "Chloe",
        "Martin",
        "chloe.martin@example.com",
        "+33 6 55 50 12 34",
        "Developer",
        "Capgemini",
        3,
        "Master's Degree",
        "Java, Angular",
        "Lyon",
        "France",
        "Imported",
        "Submitted-to-hiring manager",
        "2024-02-07T10:48:30+00:00",
        3,
    ),
    CandidateSeed(
        8,
        "Mr.",
        "Marcus",
        "Reed",
        "marcus.reed@example.com",
        "+44 7700 900123",
        "Sales Manager",
        "Northwind",
        9,
        "Bachelor's Degree",
        "Enterprise sales",
        "London",
        "United Kingdom",
        "Referral",
        "Hired",
        "2023-10-09T13:15:42+00:00",
        5,
    ),
    CandidateSeed(
        9,
        "Ms.",
        "Sofia",
        "Rossi",
        "sofia.rossi@example.com",
        None,
        "Intern",
        None,
        0.5,
        "Bachelor's Degree",
        "Python, SQL",
        "Milan",
        "Italy",
        "Career Site",
        "New",
        "2024-02-22T16:27:03+00:00",
    ),
)

ASSOCIATIONS: tuple[tuple[int, int, str, str], ...] = (
    # (candidate n, job n, the candidate's status for that job opening, associated at)
    (1, 1, "Associated", "2024-01-10T15:25:00+00:00"),
    (2, 1, "Qualified", "2024-01-12T09:10:00+00:00"),
    (3, 1, "Unqualified", "2024-01-19T07:00:00+00:00"),
    (1, 2, "Contacted", "2024-01-16T11:40:00+00:00"),
    (3, 2, "Interview-Scheduled", "2024-01-20T09:05:00+00:00"),
    (4, 3, "Submitted-to-hiring manager", "2024-02-03T05:00:00+00:00"),
    (5, 3, "Submitted-to-hiring manager", "2024-02-05T13:00:00+00:00"),
    (6, 3, "Submitted-to-hiring manager", "2024-02-06T09:00:00+00:00"),
    (7, 3, "Submitted-to-hiring manager", "2024-02-07T11:00:00+00:00"),
    (2, 3, "Rejected by hiring manager", "2024-02-08T08:30:00+00:00"),
    (8, 4, "Hired", "2023-10-09T14:00:00+00:00"),
)


@dataclass(frozen=True)
class SubmissionSeed:
    n: int
    candidate: int
    job: int
    created: str
    status: str | None = None
    """None while the submission waits for review; else the review outcome."""
    rating: int | None = None
    comments: str | None = None
    reviewed_at: str | None = None
    archived: bool = False


PENDING_REVIEW = "Pending review"

SUBMISSIONS: tuple[SubmissionSeed, ...] = (
    SubmissionSeed(1, 4, 3, "2024-02-03T05:02:10+00:00"),
    SubmissionSeed(2, 5, 3, "2024-02-05T13:04:44+00:00"),
    SubmissionSeed(3, 6, 3, "2024-02-06T09:01:30+00:00"),
    SubmissionSeed(4, 7, 3, "2024-02-07T11:06:18+00:00"),
    SubmissionSeed(
        5,
        2,
        3,
        "2024-02-08T08:00:00+00:00",
        status="Rejected by hiring manager",
        rating=1,
        comments="Not enough Java experience for this role.",
        reviewed_at="2024-02-08T08:30:00+00:00",
    ),
    SubmissionSeed(
        6,
        8,
        4,
        "2023-10-09T14:05:00+00:00",
        status="Approved by hiring manager",
        rating=5,
        comments="Strong closer, hire.",
        reviewed_at="2023-10-11T10:00:00+00:00",
        archived=True,
    ),
    SubmissionSeed(7, 1, 2, "2024-01-16T12:00:00+00:00", archived=True),
    SubmissionSeed(8, 3, 2, "2024-01-21T10:00:00+00:00"),
)
"""1-4 wait for review (Java Developer); 5 was already reviewed; 6 and 7 are archived; 8 (the
documentation's sample submission) waits for review (Marketing Executive)."""

EDITIONS: dict[str, tuple[str, str]] = {
    "corporate_hr": ("Approved by hiring manager", "Rejected by hiring manager"),
    "staffing_agency": ("Approved by client", "Rejected by client"),
}
"""The two review outcomes (approve, reject) of each Zoho Recruit edition."""

UNSUPPORTED_MODULES = frozenset(
    name.lower()
    for name in (
        "Submissions",
        "Clients",
        "Contacts",
        "Interviews",
        "Applications",
        "Assessments",
        "Vendors",
        "Departments",
        "Referrals",
        "Tasks",
        "Events",
        "Calls",
        "Campaigns",
        "Offers",
        "Notes",
        "Attachments",
    )
)
"""Recruit modules that exist but have no associated records (``INVALID_MODULE``, not supported)."""


def _user(user: directory.OrgUser) -> dict[str, Any]:
    return {"name": user.full_name, "id": user.id}


APPROVAL: dict[str, bool] = {"delegate": False, "approve": False, "reject": False, "resubmit": False}


def job_opening_record(seed: JobSeed) -> dict[str, Any]:
    """A job opening as Zoho Recruit serialises it (counters are filled in by the store)."""
    owner = _user(directory.ADMIN)
    return {
        "id": job_id(seed.n),
        "Job_Opening_ID": f"ZR_{seed.n}_JOB",
        "Posting_Title": seed.title,
        "Job_Opening_Status": seed.status,
        "Job_Type": seed.job_type,
        "Industry": seed.industry,
        "Work_Experience": seed.experience,
        "Skillset": seed.skillset,
        "Salary": seed.salary,
        "Job_Description": f"<p>Zylker is hiring a {seed.title} to join the team in {seed.city}.</p>",
        "Number_of_Positions": str(seed.positions),
        "No_of_Candidates_Associated": 0,
        "No_of_Candidates_Hired": 0,
        "Date_Opened": seed.date_opened,
        "Target_Date": seed.target_date,
        "Is_Hot_Job_Opening": seed.hot,
        "Publish": seed.published,
        "Is_Locked": False,
        "Is_Attachment_Present": False,
        "Account_Name": {"name": CLIENT_NAME, "id": CLIENT_ID},
        "Contact_Name": None,
        "Account_Manager": owner,
        "Assigned_Recruiter": [_user(directory.MANAGER)],
        "Revenue_per_Position": 0,
        "Expected_Revenue": None,
        "Actual_Revenue": None,
        "Missed_Revenue": None,
        "City": seed.city,
        "State": seed.state,
        "Zip_Code": None,
        "Country": seed.country,
        "Associated_Tags": [],
        "Created_By": owner,
        "Modified_By": owner,
        "Created_Time": seed.created,
        "Modified_Time": seed.created,
        "Last_Activity_Time": seed.created,
        "$currency_symbol": "$",
        "$process_flow": False,
        "$approved": True,
        "$approval": dict(APPROVAL),
        "$followed": False,
        "$editable": True,
    }


def candidate_record(seed: CandidateSeed) -> dict[str, Any]:
    """A candidate as Zoho Recruit serialises it."""
    owner = _user(directory.ADMIN)
    return {
        "id": candidate_id(seed.n),
        "Candidate_ID": f"ZR_{seed.n}_CAND",
        "Salutation": seed.salutation,
        "First_Name": seed.first,
        "Last_Name": seed.last,
        "Full_Name": f"{seed.first} {seed.last}",
        "Email": seed.email,
        "Phone": None,
        "Mobile": seed.mobile,
        "Fax": None,
        "Website": None,
        "Skype_ID": None,
        "Twitter": None,
        "Street": None,
        "City": seed.city,
        "State": None,
        "Zip_Code": None,
        "Country": seed.country,
        "Current_Job_Title": seed.title,
        "Current_Employer": seed.employer,
        "Experience_in_Years": seed.years,
        "Highest_Qualification_Held": seed.qualification,
        "Skill_Set": seed.skills,
        "Current_Salary": None,
        "Expected_Salary": None,
        "Additional_Info": None,
        "Rating": seed.rating,
        "Candidate_Status": seed.status,
        "Source": seed.source,
        "Candidate_Owner": owner,
        "Is_Unqualified": seed.status == "Unqualified",
        "Is_Locked": False,
        "Is_Attachment_Present": False,
        "Email_Opt_Out": False,
        "Associated_any_Social_Profiles": None,
        "CANDIDATEPORTALSTATUS": "0",
        "GDPR_Consent_Status": "Opt-In not requested",
        "GDPR_Consent_Date": seed.created[:10],
        "GDPR_Consent_Mode": None,
        "Experience_Details": [],
        "Educational_Details": [],
        "Associated_Tags": [],
        "Created_By": owner,
        "Modified_By": owner,
        "Created_Time": seed.created,
        "Updated_On": seed.created,
        "Last_Activity_Time": seed.created,
        "Last_Mailed_Time": None,
        "$currency_symbol": "$",
        "$converted": False,
        "$converted_detail": {},
        "$process_flow": False,
        "$approved": True,
        "$approval": dict(APPROVAL),
        "$followed": False,
        "$editable": True,
    }
