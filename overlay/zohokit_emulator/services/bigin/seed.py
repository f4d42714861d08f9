"""The seeded Zoho Bigin organization: companies, contacts, pipeline records (deals), products,
tasks, events, calls, notes, and the product relations of some contacts, deals and companies.

The ids of the Update Related Records document are kept: deal ``3652397000001829002`` and
products ``3652397000000327001`` and ``3652397000001854001``, so its sample request works as
printed. Everything here is plain data (each record: its id, creation time and the input the
records API takes); the store inserts it through its record engine on every reset.
"""

from __future__ import annotations

from typing import Any

from ..accounts import directory

ORG = directory.ORG_ID

SAMPLE_DEAL_ID = "3652397000001829002"
SAMPLE_PRODUCT_IDS = ("3652397000000327001", "3652397000001854001")
"""The record ids of the Update Related Records document's sample request."""

PRODUCTS_MODULE = "Products"
PARENT_MODULES = ("Contacts", "Deals", "Accounts")
"""The modules products can be related to (``Accounts`` is the API name of Bigin's Companies)."""

OTHER_MODULES = ("Attachments",)
"""Bigin modules that exist but are not kept here (no records API of their own)."""
UNSUPPORTED_MODULES = ("Documents", "Projects", "Forecasts", "Pipelines_Stages")
"""Names Bigin knows but its API does not support (``INVALID_MODULE``, not supported in API)."""

RELATION_FIELDS: dict[str, dict[str, str]] = {
    "Deals": {"list_price": "double", "quantity": "double"},
    "Contacts": {},
    "Accounts": {},
}
"""The relation's own fields per parent module: a deal's products carry a list price and a quantity."""


def _id(series: int, n: int) -> str:
    """The id of the ``n``-th seeded record of a series (``401``: companies, ``402``: contacts...)."""
    return f"{ORG}000000{series:03d}{n:03d}"


def _link(record_id: str) -> dict[str, str]:
    return {"id": record_id}


def _deal_id(n: int) -> str:
    """Deals 1-3 keep the ids the documentation's samples name; the others follow them."""
    return f"{ORG}000001829{2 + 12 * (n - 1):03d}"


def account_id(n: int) -> str:
    return _id(401, n)


def contact_id(n: int) -> str:
    return _id(402, n)


def product_id(n: int) -> str:
    """Products 1 and 2 keep the ids the documentation's samples name; the others follow them."""
    return f"{ORG}000000327001" if n == 1 else f"{ORG}000001854{1 + 12 * (n - 2):03d}"


Seeded = tuple[str, str, dict[str, Any]]
"""One seeded record: its id, its creation time and the input the records API takes."""

COMPANIES = (
    (
        "Benton Traders",
        "+1 555 0100",
        "https://benton.example.com",
        "Chicago",
        "United States",
        "2024-01-04T10:00:00+00:00",
    ),
    ("Chanay Logistics", "+1 555 0142", None, "Denver", "United States", "2024-01-09T15:30:00+00:00"),
    (
        "Morlong Associates",
        "+44 20 5550 1234",
        "https://morlong.example.co.uk",
        "London",
        "United Kingdom",
        "2024-02-12T08:45:00+00:00",
    ),
    (
        "Sage Wholesale",
        "+1 503 555 0111",
        "https://sage.example.com",
        "Portland",
        "United States",
        "2024-02-14T09:10:00+00:00",
    ),
    ("Feltz Printing", "+1 212 555 0190", None, "New York", "United States", "2024-02-16T13:40:00+00:00"),
    ("Kuvio Foods", "+49 30 5550 7788", "https://kuvio.example.de", "Berlin", "Germany", "2024-02-19T07:55:00+00:00"),
    (
        "Tandem Clinics",
        "+61 2 5550 3311",
        "https://tandem.example.com.au",
        "Sydney",
        "Australia",
        "2024-02-21T23:20:00+00:00",
    ),
    ("Orion Cycles", "+31 20 555 0144", None, "Amsterdam", "Netherlands", "2024-02-26T10:05:00+00:00"),
)

ACCOUNTS: tuple[Seeded, ...] = tuple(
    (
        account_id(n),
        created,
        {"Account_Name": name, "Phone": phone, "Website": site, "Billing_City": city, "Billing_Country": country},
    )
    for n, (name, phone, site, city, country, created) in enumerate(COMPANIES, start=1)
)

PEOPLE = (
    # (first, last, e-mail, mobile, title, company n, created)
    (
        "Josephine",
        "Darakjy",
        "josephine.darakjy@benton.example.com",
        "+1 555 0111",
        "Purchasing Manager",
        1,
        "2024-01-04T10:05:00+00:00",
    ),
    (
        "Art",
        "Venere",
        "art.venere@chanay.example.com",
        "+1 555 0155",
        "Operations Director",
        2,
        "2024-01-09T15:35:00+00:00",
    ),
    (
        "Lenna",
        "Paprocki",
        "lenna.paprocki@morlong.example.co.uk",
        None,
        "Finance Director",
        3,
        "2024-02-12T08:50:00+00:00",
    ),
    (
        "Donette",
        "Foller",
        "donette.foller@sage.example.com",
        "+1 503 555 0123",
        "Owner",
        4,
        "2024-02-14T09:15:00+00:00",
    ),
    (
        "Simona",
        "Morasca",
        "simona.morasca@feltz.example.com",
        "+1 212 555 0133",
        "Office Manager",
        5,
        "2024-02-16T13:45:00+00:00",
    ),
    (
        "Mitsue",
        "Tollner",
        "mitsue.tollner@benton.example.com",
        "+1 555 0177",
        "IT Lead",
        1,
        "2024-02-17T11:00:00+00:00",
    ),
    (
        "Leota",
        "Dilliard",
        "leota.dilliard@kuvio.example.de",
        "+49 151 5550 2211",
        "Head of Procurement",
        6,
        "2024-02-19T08:00:00+00:00",
    ),
    (
        "Sage",
        "Wieser",
        "sage.wieser@tandem.example.com.au",
        "+61 4 5550 1122",
        "Practice Manager",
        7,
        "2024-02-21T23:30:00+00:00",
    ),
    ("Kris", "Marrier", "kris.marrier@orion.example.nl", None, "Managing Director", 8, "2024-02-26T10:10:00+00:00"),
    (
        "Minna",
        "Amigon",
        "minna.amigon@chanay.example.com",
        "+1 555 0166",
        "Fleet Manager",
        2,
        "2024-02-27T16:00:00+00:00",
    ),
    ("Abel", "Maclead", "abel.maclead@example.com", "+1 555 0188", "Consultant", None, "2024-02-28T09:30:00+00:00"),
    (
        "Kiley",
        "Caldarera",
        "kiley.caldarera@morlong.example.co.uk",
        "+44 7700 900777",
        "Operations Analyst",
        3,
        "2024-03-01T08:20:00+00:00",
    ),
)

CONTACTS: tuple[Seeded, ...] = tuple(
    (
        contact_id(n),
        created,
        {
            "First_Name": first,
            "Last_Name": last,
            "Email": email,
            "Mobile": mobile,
            "Title": title,
            "Account_Name": _link(account_id(company)) if company else None,
        },
    )
    for n, (first, last, email, mobile, title, company, created) in enumerate(PEOPLE, start=1)
)

PIPELINE = (
    # (name, stage, amount, closing date, company n, contact n, created)
    (
        "Benton Traders - annual licences",
        "Proposal/Price Quote",
        24000,
        "2024-04-30",
        1,
        1,
        "2024-01-20T11:00:00+00:00",
    ),
    ("Chanay Logistics - fleet tracking", "Qualification", 9500, "2024-05-15", 2, 2, "2024-02-02T09:20:00+00:00"),
    ("Morlong Associates - renewal", "Closed Won", 12000, "2024-02-28", 3, 3, "2024-02-13T14:10:00+00:00"),
    ("Sage Wholesale - starter plan", "Needs Identification", 3400, "2024-04-12", 4, 4, "2024-02-15T10:00:00+00:00"),
    ("Feltz Printing - premier upgrade", "Negotiation/Review", 7200, "2024-03-29", 5, 5, "2024-02-17T15:00:00+00:00"),
    ("Kuvio Foods - onboarding", "Qualification", 1500, "2024-05-31", 6, 7, "2024-02-20T09:00:00+00:00"),
    ("Tandem Clinics - 40 seats", "Proposal/Price Quote", 16800, "2024-06-14", 7, 8, "2024-02-22T01:00:00+00:00"),
    ("Orion Cycles - pilot", "Closed Lost", 2000, "2024-03-01", 8, 9, "2024-02-26T11:00:00+00:00"),
    ("Benton Traders - GPS trackers", "Needs Identification", 4950, "2024-06-28", 1, 6, "2024-02-29T10:30:00+00:00"),
    (
        "Chanay Logistics - premier licences",
        "Negotiation/Review",
        11520,
        "2024-04-19",
        2,
        10,
        "2024-03-02T14:45:00+00:00",
    ),
)

DEALS: tuple[Seeded, ...] = tuple(
    (
        _deal_id(n),
        created,
        {
            "Deal_Name": name,
            "Pipeline": "Sales Pipeline",
            "Stage": stage,
            "Amount": amount,
            "Closing_Date": closing,
            "Account_Name": _link(account_id(company)),
            "Contact_Name": _link(contact_id(person)),
        },
    )
    for n, (name, stage, amount, closing, company, person, created) in enumerate(PIPELINE, start=1)
)

CATALOGUE = (
    ("Bigin Standard licence", "BGN-STD", 84, True, "Licences", "2023-12-01T09:00:00+00:00"),
    ("Bigin Premier licence", "BGN-PRM", 144, True, "Licences", "2023-12-01T09:05:00+00:00"),
    ("Onboarding package", "SRV-ONB", 1500, True, "Services", "2023-12-04T12:00:00+00:00"),
    ("GPS tracker", "HW-GPS", 49.5, False, "Hardware", "2023-12-06T16:40:00+00:00"),
    ("Training day", "SRV-TRN", 900, True, "Services", "2023-12-08T10:00:00+00:00"),
    ("Barcode scanner", "HW-SCN", 129, True, "Hardware", "2024-01-11T12:30:00+00:00"),
)

PRODUCTS: tuple[Seeded, ...] = tuple(
    (
        product_id(n),
        created,
        {
            "Product_Name": name,
            "Product_Code": code,
            "Unit_Price": price,
            "Product_Active": active,
            "Product_Category": category,
        },
    )
    for n, (name, code, price, active, category, created) in enumerate(CATALOGUE, start=1)
)

TASKS: tuple[Seeded, ...] = (
    (
        _id(403, 1),
        "2024-02-20T10:00:00+00:00",
        {
            "Subject": "Send the licence quote",
            "Due_Date": "2024-03-04",
            "Status": "Completed",
            "Priority": "High",
            "What_Id": _link(_deal_id(1)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(403, 2),
        "2024-02-21T09:30:00+00:00",
        {
            "Subject": "Book the fleet demo",
            "Due_Date": "2024-03-06",
            "Status": "In Progress",
            "Priority": "Normal",
            "What_Id": _link(_deal_id(2)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(403, 3),
        "2024-02-23T14:00:00+00:00",
        {
            "Subject": "Call back about the invoice",
            "Due_Date": "2024-03-01",
            "Status": "Not Started",
            "Priority": "Highest",
            "What_Id": _link(contact_id(3)),
            "$se_module": "Contacts",
        },
    ),
    (
        _id(403, 4),
        "2024-02-27T11:15:00+00:00",
        {
            "Subject": "Prepare the onboarding plan",
            "Due_Date": "2024-03-11",
            "Status": "Not Started",
            "Priority": "Normal",
            "What_Id": _link(_deal_id(6)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(403, 5),
        "2024-03-01T08:40:00+00:00",
        {
            "Subject": "Renew the Orion trial",
            "Due_Date": "2024-03-15",
            "Status": "Deferred",
            "Priority": "Low",
            "What_Id": _link(account_id(8)),
            "$se_module": "Accounts",
        },
    ),
    (
        _id(403, 6),
        "2024-03-02T16:00:00+00:00",
        {
            "Subject": "Update the price book",
            "Due_Date": "2024-03-20",
            "Status": "Waiting for input",
            "Priority": "Lowest",
        },
    ),
)

EVENTS: tuple[Seeded, ...] = (
    (
        _id(404, 1),
        "2024-02-22T10:00:00+00:00",
        {
            "Event_Title": "Quarterly review with Benton Traders",
            "Start_DateTime": "2024-03-07T15:00:00+00:00",
            "End_DateTime": "2024-03-07T16:00:00+00:00",
            "Venue": "Chicago office",
            "What_Id": _link(account_id(1)),
            "$se_module": "Accounts",
        },
    ),
    (
        _id(404, 2),
        "2024-02-24T12:00:00+00:00",
        {
            "Event_Title": "Fleet tracking demo",
            "Start_DateTime": "2024-03-06T17:00:00+00:00",
            "End_DateTime": "2024-03-06T18:00:00+00:00",
            "Venue": "Video call",
            "What_Id": _link(_deal_id(2)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(404, 3),
        "2024-02-28T09:00:00+00:00",
        {
            "Event_Title": "Trade fair",
            "Start_DateTime": "2024-04-10T08:00:00+00:00",
            "End_DateTime": "2024-04-10T18:00:00+00:00",
            "All_day": True,
            "Venue": "Berlin Messe",
        },
    ),
)

CALLS: tuple[Seeded, ...] = (
    (
        _id(405, 1),
        "2024-02-19T14:00:00+00:00",
        {
            "Subject": "Introductory call",
            "Call_Type": "Outbound",
            "Call_Start_Time": "2024-02-19T14:00:00+00:00",
            "Call_Duration": "12:40",
            "Call_Purpose": "Prospecting",
            "What_Id": _link(contact_id(7)),
            "$se_module": "Contacts",
        },
    ),
    (
        _id(405, 2),
        "2024-02-26T10:30:00+00:00",
        {
            "Subject": "Pricing questions",
            "Call_Type": "Inbound",
            "Call_Start_Time": "2024-02-26T10:30:00+00:00",
            "Call_Duration": "08:05",
            "Call_Purpose": "Negotiation",
            "Call_Result": "Sent the premier price list",
            "What_Id": _link(_deal_id(5)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(405, 3),
        "2024-03-01T09:00:00+00:00",
        {
            "Subject": "Missed follow-up",
            "Call_Type": "Missed",
            "Call_Start_Time": "2024-03-01T09:00:00+00:00",
            "What_Id": _link(contact_id(9)),
            "$se_module": "Contacts",
        },
    ),
)

NOTES: tuple[Seeded, ...] = (
    (
        _id(406, 1),
        "2024-01-21T09:00:00+00:00",
        {
            "Note_Title": "Licence count",
            "Note_Content": "Josephine expects 40 seats in the first year, 60 after the merger.",
            "Parent_Id": _link(_deal_id(1)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(406, 2),
        "2024-02-01T10:00:00+00:00",
        {
            "Note_Title": "Budget",
            "Note_Content": "Budget approved by the board in January.",
            "Parent_Id": _link(_deal_id(1)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(406, 3),
        "2024-02-03T16:30:00+00:00",
        {
            "Note_Title": "Fleet size",
            "Note_Content": "42 trucks, 6 vans; trackers needed for all of them.",
            "Parent_Id": _link(_deal_id(2)),
            "$se_module": "Deals",
        },
    ),
    (
        _id(406, 4),
        "2024-01-05T11:00:00+00:00",
        {
            "Note_Title": "Preferred contact",
            "Note_Content": "Prefers e-mail over phone; no calls before 10 am.",
            "Parent_Id": _link(contact_id(1)),
            "$se_module": "Contacts",
        },
    ),
    (
        _id(406, 5),
        "2024-02-13T09:20:00+00:00",
        {
            "Note_Title": "Renewal terms",
            "Note_Content": "Renewed for two years at the 2023 price.",
            "Parent_Id": _link(account_id(3)),
            "$se_module": "Accounts",
        },
    ),
    (
        _id(406, 6),
        "2024-02-20T10:30:00+00:00",
        {
            "Note_Title": None,
            "Note_Content": "Asked for a vegetarian menu at the onboarding day.",
            "Parent_Id": _link(contact_id(7)),
            "$se_module": "Contacts",
        },
    ),
)

RECORDS: dict[str, tuple[Seeded, ...]] = {
    "Accounts": ACCOUNTS,
    "Contacts": CONTACTS,
    "Products": PRODUCTS,
    "Deals": DEALS,
    "Tasks": TASKS,
    "Events": EVENTS,
    "Calls": CALLS,
    "Notes": NOTES,
}
"""Every seeded record by module, in the order they are inserted (a record's lookups first)."""

RELATIONS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    # (parent module, parent id, product id, the relation's data)
    ("Deals", _deal_id(3), product_id(1), {"list_price": 80, "quantity": 150}),
    ("Accounts", account_id(3), product_id(1), {}),
    ("Contacts", contact_id(3), product_id(1), {}),
    ("Deals", _deal_id(5), product_id(2), {"list_price": 144, "quantity": 50}),
    ("Deals", _deal_id(6), product_id(3), {"list_price": 1500, "quantity": 1}),
    ("Deals", _deal_id(9), product_id(4), {"list_price": 49.5, "quantity": 100}),
    ("Accounts", account_id(1), product_id(1), {}),
    ("Contacts", contact_id(10), product_id(4), {}),
)
