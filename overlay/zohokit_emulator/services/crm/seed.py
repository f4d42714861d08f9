"""The records a fresh emulator starts with: a small but connected sales org.

Inserted through the store's own write path (so they obey the same rules as API writes), owned
by the org's users, with ids that are the same after every reset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..accounts import directory
from .samples import seed_samples

if TYPE_CHECKING:
    from .models import CrmStore


def _one(store: CrmStore, module: str, data: dict[str, Any], user: str = directory.ADMIN.id) -> str:
    outcome = store.insert(module, [data], user)[0]
    if outcome.error is not None or outcome.record is None:
        raise RuntimeError(f"seed record for {module} is invalid: {outcome.error}")
    return outcome.record.id


def seed(store: CrmStore) -> None:
    admin, manager, rep = directory.ADMIN.id, directory.MANAGER.id, directory.SALES_REP.id

    vendor = _one(
        store,
        "Vendors",
        {
            "Vendor_Name": "Nexus Supplies",
            "Email": "sales@nexussupplies.com",
            "Phone": "555-555-0101",
            "City": "Austin",
            "Country": "United States",
        },
    )
    product_a = _one(
        store,
        "Products",
        {
            "Product_Name": "Zylker Router Z100",
            "Product_Code": "ZR-100",
            "Product_Active": True,
            "Product_Category": "Hardware",
            "Unit_Price": 249.0,
            "Vendor_Name": {"id": vendor},
            "Qty_in_Stock": 40,
            "Taxable": True,
        },
    )
    product_b = _one(
        store,
        "Products",
        {
            "Product_Name": "Zylker Cloud Suite",
            "Product_Code": "ZCS-1",
            "Product_Active": True,
            "Product_Category": "Software",
            "Unit_Price": 1200.0,
            "Vendor_Name": {"id": vendor},
        },
    )
    _one(
        store,
        "Price_Books",
        {"Price_Book_Name": "Standard Pricing", "Active": True, "Pricing_Model": "Flat", "Description": "List prices"},
    )

    campaign = _one(
        store,
        "Campaigns",
        {
            "Campaign_Name": "Spring Webinar Series",
            "Type": "Webinar",
            "Status": "Active",
            "Start_Date": "2024-03-01",
            "End_Date": "2024-05-31",
            "Budgeted_Cost": 5000,
            "Expected_Revenue": 40000,
        },
    )

    acme = _one(
        store,
        "Accounts",
        {
            "Account_Name": "Acme Corporation",
            "Account_Type": "Customer",
            "Industry": "Large Enterprise",
            "Phone": "555-555-0110",
            "Website": "www.acme.example",
            "Employees": 850,
            "Annual_Revenue": 12500000,
            "Billing_City": "Chicago",
            "Billing_Country": "United States",
        },
    )
    globex = _one(
        store,
        "Accounts",
        {
            "Account_Name": "Globex Ltd",
            "Account_Type": "Prospect",
            "Industry": "Service Provider",
            "Phone": "555-555-0120",
            "Billing_City": "London",
            "Billing_Country": "United Kingdom",
            "Owner": {"id": manager},
        },
    )

    contacts = [
        _one(
            store,
            "Contacts",
            {
                "First_Name": "Maria",
                "Last_Name": "Gonzalez",
                "Email": "maria.gonzalez@acme.example",
                "Phone": "555-555-0111",
                "Title": "Head of IT",
                "Account_Name": {"id": acme},
                "Mailing_City": "Chicago",
            },
        ),
        _one(
            store,
            "Contacts",
            {
                "First_Name": "Tom",
                "Last_Name": "Becker",
                "Email": "tom.becker@acme.example",
                "Mobile": "555-555-0112",
                "Title": "Procurement",
                "Account_Name": {"id": acme},
            },
        ),
        _one(
            store,
            "Contacts",
            {
                "First_Name": "Aiko",
                "Last_Name": "Tanaka",
                "Email": "aiko.tanaka@globex.example",
                "Phone": "888-555-2145",
                "Account_Name": {"id": globex},
                "Owner": {"id": manager},
            },
        ),
    ]

    leads = [
        _one(
            store,
            "Leads",
            {
                "First_Name": "Patricia",
                "Last_Name": "Boyle",
                "Company": "Zylker Partners",
                "Email": "p.boyle@zylker.com",
                "Phone": "555-555-0130",
                "Lead_Source": "Web Download",
                "Lead_Status": "Not Contacted",
                "Industry": "ASP (Application Service Provider)",
            },
        ),
        _one(
            store,
            "Leads",
            {
                "First_Name": "Paul",
                "Last_Name": "Daly",
                "Company": "Zylker",
                "Email": "p.daly@zylker.com",
                "Phone": "555-555-0131",
                "Lead_Source": "Trade Show",
                "Lead_Status": "Contacted",
                "Annual_Revenue": 250000,
            },
        ),
        _one(
            store,
            "Leads",
            {
                "First_Name": "Deborah",
                "Last_Name": "Grogan",
                "Company": "Grogan & Sons",
                "Email": "d.grogan@groganandsons.example",
                "Lead_Source": "Cold Call",
                "Lead_Status": "Attempted to Contact",
                "Owner": {"id": rep},
            },
        ),
        _one(
            store,
            "Leads",
            {
                "First_Name": "Kris",
                "Last_Name": "Marrier",
                "Company": "King Chris",
                "Email": "kris@kingchris.example",
                "Mobile": "555-555-0133",
                "Lead_Source": "Partner",
                "Lead_Status": "Pre-Qualified",
                "No_of_Employees": 14,
            },
        ),
        _one(
            store,
            "Leads",
            {
                "Last_Name": "Hawkins",
                "Company": "Hawkins Logistics",
                "Email": "info@hawkins.example",
                "Lead_Status": "Not Contacted",
                "Owner": {"id": rep},
            },
        ),
    ]

    deals = [
        _one(
            store,
            "Deals",
            {
                "Deal_Name": "Acme network refresh",
                "Stage": "Negotiation/Review",
                "Amount": 48000,
                "Closing_Date": "2024-06-30",
                "Account_Name": {"id": acme},
                "Contact_Name": {"id": contacts[0]},
                "Campaign_Source": {"id": campaign},
                "Type": "Existing Business",
            },
        ),
        _one(
            store,
            "Deals",
            {
                "Deal_Name": "Globex cloud pilot",
                "Stage": "Qualification",
                "Amount": 12000,
                "Closing_Date": "2024-08-15",
                "Account_Name": {"id": globex},
                "Contact_Name": {"id": contacts[2]},
                "Type": "New Business",
                "Owner": {"id": manager},
            },
        ),
    ]

    _one(
        store,
        "Tasks",
        {
            "Subject": "Send the revised quote",
            "Due_Date": "2024-06-01",
            "Status": "Not Started",
            "Priority": "High",
            "What_Id": {"id": deals[0]},
            "$se_module": "Deals",
            "Who_Id": {"id": contacts[0]},
        },
    )
    _one(
        store,
        "Events",
        {
            "Event_Title": "Acme steering meeting",
            "Start_DateTime": "2024-06-04T15:00:00+00:00",
            "End_DateTime": "2024-06-04T16:00:00+00:00",
            "What_Id": {"id": acme},
            "$se_module": "Accounts",
        },
    )
    _one(
        store,
        "Calls",
        {
            "Subject": "Discovery call",
            "Call_Type": "Outbound",
            "Call_Start_Time": "2024-05-20T10:00:00+00:00",
            "Call_Duration": "12:30",
            "Who_Id": {"id": contacts[2]},
        },
    )
    _one(
        store,
        "Cases",
        {
            "Subject": "Router drops connections",
            "Status": "New",
            "Case_Origin": "Email",
            "Priority": "High",
            "Product_Name": {"id": product_a},
            "Account_Name": {"id": acme},
            "Related_To": {"id": contacts[1]},
        },
    )
    _one(
        store,
        "Solutions",
        {
            "Solution_Title": "Reset the router firmware",
            "Status": "Published",
            "Product_Name": {"id": product_a},
            "Question": "The router drops connections.",
            "Answer": "Update to firmware 2.1 and reset.",
        },
    )
    _one(
        store,
        "Quotes",
        {
            "Subject": "Acme network refresh quote",
            "Quote_Stage": "Delivered",
            "Deal_Name": {"id": deals[0]},
            "Account_Name": {"id": acme},
            "Product_Details": [{"product": {"id": product_a}, "quantity": 20, "list_price": 249.0, "Discount": 0}],
        },
    )

    for lead in leads[:2]:
        store.junctions.add(store._junction_key("Leads", lead, "Campaigns", campaign))
    store.junctions.add(store._junction_key("Deals", deals[0], "Products", product_a))
    store.junctions.add(store._junction_key("Accounts", acme, "Products", product_a))
    store.junctions.add(store._junction_key("Deals", deals[1], "Products", product_b))

    store.create_notes(
        [{"Note_Title": "Budget", "Note_Content": "Budget approved for Q3."}],
        admin,
        parent=store.records["Deals"][deals[0]],
    )
    store.create_notes(
        [{"Note_Title": "First call", "Note_Content": "Interested in the cloud suite."}],
        admin,
        parent=store.records["Leads"][leads[1]],
    )

    store.add_tags(store.records["Leads"][leads[0]], ["Hot", "Webinar"], admin, overwrite=False)
    store.add_tags(store.records["Leads"][leads[1]], ["Hot"], admin, overwrite=False)
    store.add_tags(store.records["Contacts"][contacts[0]], ["Decision Maker"], admin, overwrite=False)

    store.create_variables(
        [
            {
                "name": "Support Email",
                "api_name": "Support_Email",
                "type": "email",
                "value": "support@zylker.com",
                "variable_group": {"name": "General"},
                "description": "Where customers write to",
            },
            {
                "name": "Discount Limit",
                "api_name": "Discount_Limit",
                "type": "percent",
                "value": 15,
                "variable_group": {"name": "General"},
            },
            {
                "name": "API Key",
                "api_name": "API_Key",
                "type": "text",
                "value": "not-a-real-key",
                "variable_group": {"name": "Integrations"},
            },
        ]
    )
    seed_samples(store)
