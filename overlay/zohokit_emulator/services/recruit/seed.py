"""The seeded Zoho Recruit organization: clients and their contacts, job openings, candidates,
interviews, the associations of candidates with job openings, and submissions.

A Corporate HR style org of the shared directory's company (Zylker): its own hiring managers
review submissions; a few outside clients are kept too. Ids are 19-digit strings under the org
prefix (the documentation's sample job opening and submission keep theirs); the Recruit
auto-numbers (``ZR_1_JOB``, ``ZR_1_CAND``) follow creation order. Everything here is plain data;
the store inserts it through its record engine on every reset.
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


def client_id(n: int) -> str:
    return f"{ORG}00000210{n:04d}"


def contact_id(n: int) -> str:
    return f"{ORG}00000220{n:04d}"


def interview_id(n: int) -> str:
    return f"{ORG}00000290{n:04d}"


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
    JobSeed(
        6,
        "Customer Support Lead",
        "In-progress",
        "Technology",
        "Zendesk, Customer success, Coaching",
        "Full time",
        "4-5 years",
        "61000",
        "Austin",
        "Texas",
        "United States",
        2,
        "2024-02-26",
        "2024-05-24",
        "2024-02-26T09:40:12+00:00",
    ),
    JobSeed(
        7,
        "UX Designer",
        "In-progress",
        "Technology",
        "Figma, User research, Prototyping",
        "Contract",
        "1-3 years",
        None,
        "Chennai",
        "Tamil Nadu",
        "India",
        1,
        "2024-03-04",
        "2024-06-14",
        "2024-03-04T05:12:00+00:00",
        hot=True,
    ),
    JobSeed(
        8,
        "Warehouse Supervisor",
        "Waiting for approval",
        "Logistics",
        "Inventory, Forklift licence, Team leading",
        "Full time",
        "5+ years",
        "54000",
        "Denver",
        "Colorado",
        "United States",
        1,
        "2024-03-06",
        "2024-07-31",
        "2024-03-06T15:25:48+00:00",
        published=False,
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
    CandidateSeed(
        10,
        "Mr.",
        "Hiroshi",
        "Tanaka",
        "hiroshi.tanaka@example.com",
        "+81 90 5550 1122",
        "QA Engineer",
        "Rakuten",
        5,
        "Bachelor's Degree",
        "Selenium, Java, Test automation",
        "Tokyo",
        "Japan",
        "LinkedIn",
        "Contacted",
        "2024-02-23T02:14:09+00:00",
        3,
    ),
    CandidateSeed(
        11,
        "Ms.",
        "Amara",
        "Nwosu",
        "amara.nwosu@example.com",
        "+234 803 555 0192",
        "Financial Analyst",
        "Access Bank",
        3,
        "Master's Degree",
        "Financial modelling, Excel, IFRS",
        "Lagos",
        "Nigeria",
        "Job Board",
        "Qualified",
        "2024-02-24T10:31:55+00:00",
        4,
    ),
    CandidateSeed(
        12,
        "Mr.",
        "Lucas",
        "Moreau",
        "lucas.moreau@example.com",
        "+33 6 55 50 87 21",
        "Support Engineer",
        "OVHcloud",
        4,
        "Bachelor's Degree",
        "Customer success, Linux, Zendesk",
        "Paris",
        "France",
        "Career Site",
        "Associated",
        "2024-02-27T08:05:41+00:00",
        None,
    ),
    CandidateSeed(
        13,
        "Ms.",
        "Isabella",
        "Garcia",
        "isabella.garcia@example.com",
        "+1 303 555 0177",
        "Operations Coordinator",
        "Chanay Logistics",
        6,
        "Bachelor's Degree",
        "Inventory, SAP, Team leading",
        "Denver",
        "United States",
        "Referral",
        "New",
        "2024-03-07T16:48:20+00:00",
        None,
    ),
    CandidateSeed(
        14,
        "Mr.",
        "Noah",
        "Williams",
        "noah.williams@example.com",
        "+1 512 555 0163",
        "Product Designer",
        "Dell",
        3,
        "Bachelor's Degree",
        "Figma, Prototyping, User research",
        "Austin",
        "United States",
        "LinkedIn",
        "Interview-Scheduled",
        "2024-03-05T13:20:02+00:00",
        4,
    ),
    CandidateSeed(
        15,
        "Ms.",
        "Meera",
        "Iyer",
        "meera.iyer@example.com",
        "+91 98411 55566",
        "UX Researcher",
        "Freshworks",
        2,
        "Master's Degree",
        "User research, Usability testing",
        "Chennai",
        "India",
        "Career Site",
        "Associated",
        "2024-03-05T07:02:33+00:00",
        3,
    ),
    CandidateSeed(
        16,
        "Mr.",
        "Ethan",
        "Brown",
        "ethan.brown@example.com",
        None,
        "Accounts Assistant",
        "Bright Finance",
        1,
        "Diploma",
        "Bookkeeping, QuickBooks",
        "Round Rock",
        "United States",
        "Job Board",
        "New",
        "2024-01-25T11:11:11+00:00",
        None,
    ),
    CandidateSeed(
        17,
        "Ms.",
        "Olga",
        "Petrova",
        "olga.petrova@example.com",
        "+49 160 5550 334",
        "Data Engineer",
        "Zalando",
        5,
        "Master's Degree",
        "Python, Spark, SQL",
        "Berlin",
        "Germany",
        "LinkedIn",
        "Qualified",
        "2024-02-21T09:37:50+00:00",
        5,
    ),
    CandidateSeed(
        18,
        "Mr.",
        "Samuel",
        "Osei",
        "samuel.osei@example.com",
        "+44 7700 900456",
        "Account Executive",
        "Salesforce",
        7,
        "Bachelor's Degree",
        "SaaS sales, Negotiation",
        "London",
        "United Kingdom",
        "Referral",
        "Rejected",
        "2023-10-12T14:22:10+00:00",
        2,
    ),
    CandidateSeed(
        19,
        "Ms.",
        "Grace",
        "Kim",
        "grace.kim@example.com",
        "+1 512 555 0188",
        "Marketing Specialist",
        "HubSpot",
        4,
        "Bachelor's Degree",
        "Content marketing, SEO, HubSpot",
        "Austin",
        "United States",
        "Career Site",
        "Contacted",
        "2024-01-19T15:03:44+00:00",
        3,
    ),
    CandidateSeed(
        20,
        "Mr.",
        "Diego",
        "Fernandez",
        "diego.fernandez@example.com",
        "+34 612 555 019",
        "Full Stack Developer",
        "Cabify",
        6,
        "Bachelor's Degree",
        "Java, React, PostgreSQL",
        "Madrid",
        "Spain",
        "Imported",
        "Associated",
        "2024-02-09T10:10:10+00:00",
        4,
    ),
    CandidateSeed(
        21,
        "Ms.",
        "Aisha",
        "Khan",
        "aisha.khan@example.com",
        "+971 50 555 0143",
        "Customer Success Manager",
        "Careem",
        5,
        "Master's Degree",
        "Customer success, CRM, Coaching",
        "Dubai",
        "United Arab Emirates",
        "LinkedIn",
        "Qualified",
        "2024-02-28T06:45:00+00:00",
        4,
    ),
    CandidateSeed(
        22,
        "Mr.",
        "Jonas",
        "Berg",
        "jonas.berg@example.com",
        "+47 455 50 123",
        "Warehouse Lead",
        "Posten",
        8,
        "Diploma",
        "Logistics, Forklift licence, Team leading",
        "Oslo",
        "Norway",
        "Job Board",
        "New",
        "2024-03-08T08:08:08+00:00",
        None,
    ),
    CandidateSeed(
        23,
        "Ms.",
        "Fatima",
        "Zahra",
        "fatima.zahra@example.com",
        None,
        "Junior Designer",
        "Freelance",
        1,
        "Bachelor's Degree",
        "Illustrator, Figma",
        "Casablanca",
        "Morocco",
        "Career Site",
        "New",
        "2024-03-09T12:30:00+00:00",
        None,
    ),
    CandidateSeed(
        24,
        "Mr.",
        "Carlos",
        "Mendes",
        "carlos.mendes@example.com",
        "+55 11 95550 4411",
        "Java Developer",
        "Nubank",
        3,
        "Bachelor's Degree",
        "Java, Kotlin, AWS",
        "Sao Paulo",
        "Brazil",
        "Referral",
        "Associated",
        "2024-02-12T19:55:12+00:00",
        3,
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
    (12, 6, "Associated", "2024-02-27T09:00:00+00:00"),
    (21, 6, "Qualified", "2024-02-28T07:30:00+00:00"),
    (14, 7, "Interview-Scheduled", "2024-03-05T14:00:00+00:00"),
    (15, 7, "Associated", "2024-03-05T08:00:00+00:00"),
    (20, 6, "Associated", "2024-02-28T11:00:00+00:00"),
    (24, 7, "Associated", "2024-03-06T20:30:00+00:00"),
    (13, 8, "Associated", "2024-03-07T17:00:00+00:00"),
    (22, 8, "Associated", "2024-03-08T09:00:00+00:00"),
    (18, 4, "Rejected", "2023-10-13T10:00:00+00:00"),
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


@dataclass(frozen=True)
class ClientSeed:
    n: int
    name: str
    phone: str | None
    website: str | None
    industry: str
    city: str
    country: str
    created: str
    parent: int | None = None


CLIENTS: tuple[ClientSeed, ...] = (
    ClientSeed(
        1,
        CLIENT_NAME,
        "+1 512 555 0100",
        "https://www.zylker.com",
        "Technology",
        "Austin",
        "United States",
        "2023-09-01T09:00:00+00:00",
    ),
    ClientSeed(
        2,
        "Chanay Logistics",
        "+1 303 555 0142",
        "https://chanay.example.com",
        "Logistics",
        "Denver",
        "United States",
        "2023-11-14T10:20:00+00:00",
    ),
    ClientSeed(
        3,
        "Morlong Associates",
        "+44 20 5550 1234",
        None,
        "Finance",
        "London",
        "United Kingdom",
        "2023-12-02T08:45:00+00:00",
    ),
    ClientSeed(
        4,
        "Brightline Health",
        "+1 206 555 0110",
        "https://brightline.example.com",
        "Healthcare",
        "Seattle",
        "United States",
        "2024-01-22T14:00:00+00:00",
    ),
    ClientSeed(
        5,
        "Zylker Labs",
        None,
        "https://labs.zylker.com",
        "Technology",
        "Chennai",
        "India",
        "2024-02-05T05:30:00+00:00",
        parent=1,
    ),
)
"""``client_id(1)`` is ``CLIENT_ID``, the org's own client record its job openings name."""


@dataclass(frozen=True)
class ContactSeed:
    n: int
    first: str
    last: str
    email: str
    title: str
    client: int
    created: str
    primary: bool = False
    phone: str | None = None


CONTACTS: tuple[ContactSeed, ...] = (
    ContactSeed(
        1,
        "Olivia",
        "Hart",
        "olivia.hart@zylker.com",
        "Head of Engineering",
        1,
        "2023-09-01T09:30:00+00:00",
        True,
        "+1 512 555 0120",
    ),
    ContactSeed(2, "Ravi", "Shankar", "ravi.shankar@zylker.com", "Finance Manager", 1, "2023-09-02T11:00:00+00:00"),
    ContactSeed(
        3, "Art", "Venere", "art.venere@chanay.example.com", "Operations Director", 2, "2023-11-14T10:40:00+00:00", True
    ),
    ContactSeed(
        4,
        "Lenna",
        "Paprocki",
        "lenna.paprocki@morlong.example.co.uk",
        "HR Partner",
        3,
        "2023-12-02T09:00:00+00:00",
        True,
    ),
    ContactSeed(
        5,
        "Maya",
        "Lopez",
        "maya.lopez@brightline.example.com",
        "Talent Lead",
        4,
        "2024-01-22T14:30:00+00:00",
        True,
        "+1 206 555 0111",
    ),
    ContactSeed(6, "Vikram", "Nair", "vikram.nair@zylker.com", "Design Manager", 5, "2024-02-05T06:00:00+00:00"),
)
"""Contacts 1 and 2 are ``CLIENT_CONTACT_IDS[:2]``, the client contacts who may review submissions."""


@dataclass(frozen=True)
class InterviewSeed:
    n: int
    name: str
    candidate: int
    job: int
    start: str
    end: str
    venue: str
    status: str
    created: str


INTERVIEWS: tuple[InterviewSeed, ...] = (
    InterviewSeed(
        1,
        "Technical interview - Arjun Mehta",
        4,
        3,
        "2024-02-12T09:00:00+00:00",
        "2024-02-12T10:00:00+00:00",
        "Video call",
        "Completed",
        "2024-02-05T10:00:00+00:00",
    ),
    InterviewSeed(
        2,
        "Technical interview - Lena Fischer",
        5,
        3,
        "2024-02-13T13:00:00+00:00",
        "2024-02-13T14:00:00+00:00",
        "Video call",
        "Completed",
        "2024-02-06T09:00:00+00:00",
    ),
    InterviewSeed(
        3,
        "Portfolio review - Priya Raman",
        3,
        2,
        "2024-01-24T11:00:00+00:00",
        "2024-01-24T12:00:00+00:00",
        "Meeting room 1",
        "Completed",
        "2024-01-20T09:30:00+00:00",
    ),
    InterviewSeed(
        4,
        "Design exercise - Noah Williams",
        14,
        7,
        "2024-03-12T15:00:00+00:00",
        "2024-03-12T16:30:00+00:00",
        "Meeting room 2",
        "Scheduled",
        "2024-03-05T14:05:00+00:00",
    ),
    InterviewSeed(
        5,
        "First round - Tom Becker",
        6,
        3,
        "2024-02-14T08:30:00+00:00",
        "2024-02-14T09:15:00+00:00",
        "Phone",
        "No show",
        "2024-02-07T08:00:00+00:00",
    ),
    InterviewSeed(
        6,
        "Final round - Marcus Reed",
        8,
        4,
        "2023-10-10T10:00:00+00:00",
        "2023-10-10T11:00:00+00:00",
        "London office",
        "Completed",
        "2023-10-09T15:00:00+00:00",
    ),
)


def _link(record_id: str) -> dict[str, str]:
    return {"id": record_id}


def client_input(seed: ClientSeed) -> dict[str, Any]:
    """A client as the records API takes it."""
    return {
        "Client_Name": seed.name,
        "Contact_Number": seed.phone,
        "Website": seed.website,
        "Industry": seed.industry,
        "Billing_City": seed.city,
        "Billing_Country": seed.country,
        "Parent_Client": _link(client_id(seed.parent)) if seed.parent else None,
        "Source": "Referral" if seed.parent else "Web Research",
    }


def contact_input(seed: ContactSeed) -> dict[str, Any]:
    """A client contact as the records API takes it."""
    return {
        "First_Name": seed.first,
        "Last_Name": seed.last,
        "Email": seed.email,
        "Work_Phone": seed.phone,
        "Job_Title": seed.title,
        "Client_Name": _link(client_id(seed.client)),
        "Is_primary_contact": seed.primary,
    }


def job_opening_input(seed: JobSeed) -> dict[str, Any]:
    """A job opening as the records API takes it (the org hires for its own client record)."""
    return {
        "Posting_Title": seed.title,
        "Client_Name": _link(CLIENT_ID),
        "Account_Name": _link(CLIENT_ID),
        "Job_Opening_Status": seed.status,
        "Job_Type": seed.job_type,
        "Industry": seed.industry,
        "Work_Experience": seed.experience,
        "Skillset": seed.skillset,
        "Salary": seed.salary,
        "Job_Description": f"<p>Zylker is hiring a {seed.title} to join the team in {seed.city}.</p>",
        "Number_of_Positions": str(seed.positions),
        "Date_Opened": seed.date_opened,
        "Target_Date": seed.target_date,
        "Is_Hot_Job_Opening": seed.hot,
        "Publish": seed.published,
        "City": seed.city,
        "State": seed.state,
        "Country": seed.country,
    }


def candidate_input(seed: CandidateSeed) -> dict[str, Any]:
    """A candidate as the records API takes it."""
    return {
        "Salutation": seed.salutation,
        "First_Name": seed.first,
        "Last_Name": seed.last,
        "Email": seed.email,
        "Mobile": seed.mobile,
        "City": seed.city,
        "Country": seed.country,
        "Current_Job_Title": seed.title,
        "Current_Employer": seed.employer,
        "Experience_in_Years": seed.years,
        "Highest_Qualification_Held": seed.qualification,
        "Skill_Set": seed.skills,
        "Rating": seed.rating,
        "Candidate_Status": seed.status,
        "Source": seed.source,
        "Is_Unqualified": seed.status == "Unqualified",
        "GDPR_Consent_Date": seed.created[:10],
    }


def interview_input(seed: InterviewSeed) -> dict[str, Any]:
    """An interview as the records API takes it."""
    return {
        "Interview_Name": seed.name,
        "Candidate_Name": _link(candidate_id(seed.candidate)),
        "Posting_Title": _link(job_id(seed.job)),
        "Client_Name": _link(CLIENT_ID),
        "Start_DateTime": seed.start,
        "End_DateTime": seed.end,
        "Venue": seed.venue,
        "Interview_Status": seed.status,
    }
