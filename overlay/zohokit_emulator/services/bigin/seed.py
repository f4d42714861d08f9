"""The seeded Zoho Bigin organization: companies, contacts, pipeline records (deals), products.

The ids of the Update Related Records document are kept: deal ``3652397000001829002`` and
products ``3652397000000327001`` and ``3652397000001854001``, so its sample request works as
printed. Everything here is plain data; the store copies it on every reset.
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

OTHER_MODULES = ("Tasks", "Events", "Calls", "Notes", "Attachments")
"""Bigin modules that exist but have no related list this operation updates."""
UNSUPPORTED_MODULES = ("Documents", "Projects", "Forecasts", "Pipelines_Stages")
"""Names Bigin knows but its API does not support (``INVALID_MODULE``, not supported in API)."""

RELATION_FIELDS: dict[str, dict[str, str]] = {
    "Deals": {"list_price": "double", "quantity": "double"},
    "Contacts": {},
    "Accounts": {},
}
"""The relation's own fields per parent module: a deal's products carry a list price and a quantity."""


def _owner() -> dict[str, Any]:
    return {"name": directory.ADMIN.full_name, "id": directory.ADMIN.id, "email": directory.ADMIN.email}


def _audit(created: str) -> dict[str, Any]:
    owner = _owner()
    return {
        "Owner": owner,
        "Created_By": owner,
        "Modified_By": owner,
        "Created_Time": created,
        "Modified_Time": created,
    }


ACCOUNTS: dict[str, dict[str, Any]] = {
    f"{ORG}000000401001": {
        "Account_Name": "Benton Traders",
        "Phone": "+1 555 0100",
        "Website": "https://benton.example.com",
        "Billing_City": "Chicago",
        "Billing_Country": "United States",
        **_audit("2024-01-04T10:00:00+00:00"),
    },
    f"{ORG}000000401002": {
        "Account_Name": "Chanay Logistics",
        "Phone": "+1 555 0142",
        "Website": None,
        "Billing_City": "Denver",
        "Billing_Country": "United States",
        **_audit("2024-01-09T15:30:00+00:00"),
    },
    f"{ORG}000000401003": {
        "Account_Name": "Morlong Associates",
        "Phone": "+44 20 5550 1234",
        "Website": "https://morlong.example.co.uk",
        "Billing_City": "London",
        "Billing_Country": "United Kingdom",
        **_audit("2024-02-12T08:45:00+00:00"),
    },
}

CONTACTS: dict[str, dict[str, Any]] = {
    f"{ORG}000000402001": {
        "First_Name": "Josephine",
        "Last_Name": "Darakjy",
        "Email": "josephine.darakjy@benton.example.com",
        "Mobile": "+1 555 0111",
        "Account_Name": {"name": "Benton Traders", "id": f"{ORG}000000401001"},
        **_audit("2024-01-04T10:05:00+00:00"),
    },
    f"{ORG}000000402002": {
        "First_Name": "Art",
        "Last_Name": "Venere",
        "Email": "art.venere@chanay.example.com",
        "Mobile": "+1 555 0155",
        "Account_Name": {"name": "Chanay Logistics", "id": f"{ORG}000000401002"},
        **_audit("2024-01-09T15:35:00+00:00"),
    },
    f"{ORG}000000402003": {
        "First_Name": "Lenna",
        "Last_Name": "Paprocki",
        "Email": "lenna.paprocki@morlong.example.co.uk",
        "Mobile": None,
        "Account_Name": {"name": "Morlong Associates", "id": f"{ORG}000000401003"},
        **_audit("2024-02-12T08:50:00+00:00"),
    },
}

DEALS: dict[str, dict[str, Any]] = {
    f"{ORG}000001829002": {
        "Deal_Name": "Benton Traders - annual licences",
        "Pipeline": "Sales Pipeline",
        "Stage": "Proposal/Price Quote",
        "Amount": 24000,
        "Closing_Date": "2024-04-30",
        "Account_Name": {"name": "Benton Traders", "id": f"{ORG}000000401001"},
        "Contact_Name": {"name": "Josephine Darakjy", "id": f"{ORG}000000402001"},
        **_audit("2024-01-20T11:00:00+00:00"),
    },
    f"{ORG}000001829014": {
        "Deal_Name": "Chanay Logistics - fleet tracking",
        "Pipeline": "Sales Pipeline",
        "Stage": "Qualification",
        "Amount": 9500,
        "Closing_Date": "2024-05-15",
        "Account_Name": {"name": "Chanay Logistics", "id": f"{ORG}000000401002"},
        "Contact_Name": {"name": "Art Venere", "id": f"{ORG}000000402002"},
        **_audit("2024-02-02T09:20:00+00:00"),
    },
    f"{ORG}000001829026": {
        "Deal_Name": "Morlong Associates - renewal",
        "Pipeline": "Sales Pipeline",
        "Stage": "Closed Won",
        "Amount": 12000,
        "Closing_Date": "2024-02-28",
        "Account_Name": {"name": "Morlong Associates", "id": f"{ORG}000000401003"},
        "Contact_Name": {"name": "Lenna Paprocki", "id": f"{ORG}000000402003"},
        **_audit("2024-02-13T14:10:00+00:00"),
    },
}

PRODUCTS: dict[str, dict[str, Any]] = {
    f"{ORG}000000327001": {
        "Product_Name": "Bigin Standard licence",
        "Product_Code": "BGN-STD",
        "Unit_Price": 84,
        "Product_Active": True,
        **_audit("2023-12-01T09:00:00+00:00"),
    },
    f"{ORG}000001854001": {
        "Product_Name": "Bigin Premier licence",
        "Product_Code": "BGN-PRM",
        "Unit_Price": 144,
        "Product_Active": True,
        **_audit("2023-12-01T09:05:00+00:00"),
    },
    f"{ORG}000001854013": {
        "Product_Name": "Onboarding package",
        "Product_Code": "SRV-ONB",
        "Unit_Price": 1500,
        "Product_Active": True,
        **_audit("2023-12-04T12:00:00+00:00"),
    },
    f"{ORG}000001854025": {
        "Product_Name": "GPS tracker",
        "Product_Code": "HW-GPS",
        "Unit_Price": 49.5,
        "Product_Active": False,
        **_audit("2023-12-06T16:40:00+00:00"),
    },
}

RECORDS: dict[str, dict[str, dict[str, Any]]] = {
    "Accounts": ACCOUNTS,
    "Contacts": CONTACTS,
    "Deals": DEALS,
    "Products": PRODUCTS,
}

RELATIONS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    # (parent module, parent id, product id, the relation's data)
    ("Deals", f"{ORG}000001829026", f"{ORG}000000327001", {"list_price": 80, "quantity": 150}),
    ("Accounts", f"{ORG}000000401003", f"{ORG}000000327001", {}),
    ("Contacts", f"{ORG}000000402003", f"{ORG}000000327001", {}),
)
