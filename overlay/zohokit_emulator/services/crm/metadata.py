"""The seeded CRM org's metadata: standard modules, their standard fields, picklists and lookups.

Definitions are compact tables; ``build_modules()`` turns them into ``ModuleDef``/``FieldDef``
objects with stable ids. Everything a module exposes through the metadata API (fields, layouts,
custom views, related lists) is derived from these tables, and record validation reads the same
``FieldDef``s, so what the API says about a field is what the emulator enforces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..accounts.directory import ORG_ID

JSON_TYPES = {
    "text": "string",
    "textarea": "string",
    "email": "string",
    "phone": "string",
    "website": "string",
    "picklist": "string",
    "autonumber": "string",
    "date": "string",
    "datetime": "string",
    "bigint": "string",
    "profileimage": "string",
    "multiselectpicklist": "jsonarray",
    "subform": "jsonarray",
    "integer": "integer",
    "double": "double",
    "currency": "double",
    "percent": "double",
    "boolean": "boolean",
    "lookup": "jsonobject",
    "ownerlookup": "jsonobject",
}

DEFAULT_LENGTHS = {
    "text": 255,
    "textarea": 32000,
    "email": 100,
    "phone": 30,
    "website": 255,
    "picklist": 120,
    "multiselectpicklist": 2000,
    "autonumber": 255,
    "date": 20,
    "datetime": 120,
    "integer": 9,
    "bigint": 18,
    "double": 16,
    "currency": 16,
    "percent": 5,
    "boolean": 5,
    "lookup": 120,
    "ownerlookup": 120,
    "profileimage": 255,
    "subform": 255,
}


@dataclass
class FieldDef:
    api_name: str
    label: str
    data_type: str
    id: str = ""
    length: int = 0
    mandatory: bool = False
    read_only: bool = False
    system: bool = False
    """Filled in by the emulator (Created_Time, Full_Name...); input is ignored."""
    picklist: tuple[str, ...] = ()
    lookup_module: str | None = None
    """Target module of a lookup; ``"*"`` for a multi-module lookup (What_Id, Parent_Id)."""
    unique: bool = False
    searchable: bool = True
    sequence: int = 0

    @property
    def json_type(self) -> str:
        return JSON_TYPES.get(self.data_type, "string")

    @property
    def max_length(self) -> int:
        return self.length or DEFAULT_LENGTHS.get(self.data_type, 255)


@dataclass
class ModuleDef:
    api_name: str
    singular: str
    plural: str
    id: str
    fields: list[FieldDef]
    display_field: str
    duplicate_check: tuple[str, ...] = ()
    sequence: int = 0
    photo: bool = False
    convertable: bool = False
    bulk_read: bool = True
    tags: bool = True
    generated_type: str = "default"
    related: list[RelatedDef] = field(default_factory=list)

    def field(self, api_name: str) -> FieldDef | None:
        return self.field_map.get(api_name)

    @property
    def field_map(self) -> dict[str, FieldDef]:
        cached = self.__dict__.get("_field_map")
        if cached is None:
            cached = {f.api_name: f for f in self.fields}
            self.__dict__["_field_map"] = cached
        return cached

    @property
    def mandatory_fields(self) -> list[FieldDef]:
        return [f for f in self.fields if f.mandatory]


@dataclass
class RelatedDef:
    """A related list: records of ``module`` linked to the parent.

    ``kind`` is ``lookup`` (the related record's ``via`` field points at the parent),
    ``junction`` (a many-to-many link kept by the store), ``notes`` or ``attachments``.
    """

    api_name: str
    label: str
    module: str
    kind: str
    via: str | None = None
    id: str = ""
    sequence: int = 0


# --- compact field tables -------------------------------------------------------------------------

Spec = tuple[Any, ...]

LEAD_SOURCES = (
    "-None-",
    "Advertisement",
    "Cold Call",
    "Employee Referral",
    "External Referral",
    "Online Store",
    "Partner",
    "Public Relations",
    "Sales Email Alias",
    "Seminar Partner",
    "Internal Seminar",
    "Trade Show",
    "Web Download",
    "Web Research",
    "Chat",
)
INDUSTRIES = (
    "-None-",
    "ASP (Application Service Provider)",
    "Data/Telecom OEM",
    "ERP (Enterprise Resource Planning)",
    "Government/Military",
    "Large Enterprise",
    "ManagementISV",
    "MSP (Management Service Provider)",
    "Network Equipment Enterprise",
    "Non-management ISV",
    "Optical Networking",
    "Service Provider",
    "Small/Medium Enterprise",
    "Storage Equipment",
    "Storage Service Provider",
    "Systems Integrator",
    "Wireless Industry",
)
LEAD_STATUSES = (
    "-None-",
    "Attempted to Contact",
    "Contact in Future",
    "Contacted",
    "Junk Lead",
    "Lost Lead",
    "Not Contacted",
    "Pre-Qualified",
    "Not Qualified",
)
RATINGS = ("-None-", "Acquired", "Active", "Market Failed", "Project Cancelled", "Shut Down")
SALUTATIONS = ("-None-", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.")
DEAL_STAGES = (
    "Qualification",
    "Needs Analysis",
    "Value Proposition",
    "Id. Decision Makers",
    "Proposal/Price Quote",
    "Negotiation/Review",
    "Closed Won",
    "Closed Lost",
    "Closed Lost to Competition",
)
DEAL_TYPES = ("-None-", "Existing Business", "New Business")
ACCOUNT_TYPES = (
    "-None-",
    "Analyst",
    "Competitor",
    "Customer",
    "Distributor",
    "Integrator",
    "Investor",
    "Other",
    "Partner",
    "Press",
    "Prospect",
    "Reseller",
    "Supplier",
    "Vendor",
)
OWNERSHIP = (
    "-None-",
    "Other",
    "Private",
    "Public",
    "Subsidiary",
    "Partnership",
    "Government",
    "Privately Held",
    "Public Company",
)
TASK_STATUSES = ("Not Started", "Deferred", "In Progress", "Completed", "Waiting for input")
PRIORITIES = ("High", "Highest", "Low", "Lowest", "Normal")
CASE_STATUSES = ("New", "On Hold", "Escalated", "Closed")
CASE_ORIGINS = ("Email", "Phone", "Web")
CASE_TYPES = ("-None-", "Problem", "Feature Request", "Question")
CASE_PRIORITIES = ("-None-", "High", "Medium", "Low")
SOLUTION_STATUSES = ("Draft", "Reviewed", "Published")
CAMPAIGN_TYPES = (
    "-None-",
    "Telemarketing",
    "Advertisement",
    "Banner Ads",
    "Conference",
    "Direct mail",
    "Email",
    "Partner",
    "Public Relations",
    "Referral Program",
    "Trade Show",
    "Webinar",
    "Others",
)
CAMPAIGN_STATUSES = ("-None-", "Planning", "Active", "Inactive", "Complete")
CALL_TYPES = ("Outbound", "Inbound", "Missed")
PRODUCT_CATEGORIES = ("-None-", "Hardware", "Software", "CRM Applications")
MANUFACTURERS = ("-None-", "AltvetPet Inc.", "LexPon Inc.", "MetBeat Corp.")
USAGE_UNITS = (
    "Box",
    "Carton",
    "Dozen",
    "Each",
    "Hours",
    "Impressions",
    "Lb",
    "M",
    "Pack",
    "Pages",
    "Pieces",
    "Quantity",
    "Reams",
    "Sheet",
    "Spiral Binder",
    "Sq Ft",
)
GL_ACCOUNTS = (
    "-None-",
    "Sales-Software",
    "Sales-Hardware",
    "Rental-Income",
    "Interest-Income",
    "Sales-Software-Support",
    "Sales Other",
    "Interest Sales",
    "Freight-Hardware",
)
PIPELINES = ("Standard (Standard)",)
PRICING_MODELS = ("-None-", "Flat", "Differential")
QUOTE_STAGES = ("Draft", "Negotiation", "Delivered", "On Hold", "Confirmed", "Closed Won", "Closed Lost")
ORDER_STATUSES = ("Created", "Approved", "Delivered", "Cancelled")
INVOICE_STATUSES = ("Created", "Approved", "Delivered", "Cancelled")
TAXES = ("Sales Tax", "Vat", "Service Tax")

ADDRESS = [
    ("Street", "Street", "text"),
    ("City", "City", "text", {"length": 100}),
    ("State", "State", "text", {"length": 100}),
    ("Zip_Code", "Zip Code", "text", {"length": 30}),
    ("Country", "Country", "text", {"length": 100}),
]


def _addr(prefix: str, label: str) -> list[Spec]:
    return [
        (f"{prefix}_Street", f"{label} Street", "text", {"length": 250}),
        (f"{prefix}_City", f"{label} City", "text", {"length": 100}),
        (f"{prefix}_State", f"{label} State", "text", {"length": 100}),
        (
            f"{prefix}_Zip" if prefix in ("Mailing", "Other") else f"{prefix}_Code",
            f"{label} {'Zip' if prefix in ('Mailing', 'Other') else 'Code'}",
            "text",
            {"length": 30},
        ),
        (f"{prefix}_Country", f"{label} Country", "text", {"length": 100}),
    ]


SYSTEM_HEAD: list[Spec] = [("Owner", "Owner", "ownerlookup", {"lookup": "users"})]
SYSTEM_TAIL: list[Spec] = [
    ("Created_By", "Created By", "ownerlookup", {"system": True, "lookup": "users"}),
    ("Modified_By", "Modified By", "ownerlookup", {"system": True, "lookup": "users"}),
    ("Created_Time", "Created Time", "datetime", {"system": True}),
    ("Modified_Time", "Modified Time", "datetime", {"system": True}),
    ("Last_Activity_Time", "Last Activity Time", "datetime", {"system": True}),
    ("Tag", "Tag", "text", {"system": True, "searchable": False}),
]

MODULE_TABLE: list[dict[str, Any]] = [
    {
        "api_name": "Leads",
        "singular": "Lead",
        "plural": "Leads",
        "display": "Full_Name",
        "dup": ("Email",),
        "photo": True,
        "convertable": True,
        "fields": [
            ("Salutation", "Salutation", "picklist", {"picklist": SALUTATIONS}),
            ("First_Name", "First Name", "text", {"length": 40}),
            ("Last_Name", "Last Name", "text", {"length": 80, "mandatory": True}),
            ("Full_Name", "Lead Name", "text", {"system": True}),
            ("Company", "Company", "text", {"length": 200}),
            ("Designation", "Title", "text", {"length": 100}),
            ("Email", "Email", "email"),
            ("Secondary_Email", "Secondary Email", "email"),
            ("Phone", "Phone", "phone"),
            ("Mobile", "Mobile", "phone"),
            ("Fax", "Fax", "phone"),
            ("Website", "Website", "website"),
            ("Lead_Source", "Lead Source", "picklist", {"picklist": LEAD_SOURCES}),
            ("Lead_Status", "Lead Status", "picklist", {"picklist": LEAD_STATUSES}),
            ("Industry", "Industry", "picklist", {"picklist": INDUSTRIES}),
            ("No_of_Employees", "No. of Employees", "integer"),
            ("Annual_Revenue", "Annual Revenue", "currency"),
            ("Rating", "Rating", "picklist", {"picklist": RATINGS}),
            ("Email_Opt_Out", "Email Opt Out", "boolean"),
            ("Skype_ID", "Skype ID", "text", {"length": 50}),
            ("Twitter", "Twitter", "text", {"length": 50}),
            *ADDRESS,
            ("Description", "Description", "textarea"),
            ("Record_Image", "Lead Image", "profileimage", {"system": True}),
        ],
    },
    {
        "api_name": "Contacts",
        "singular": "Contact",
        "plural": "Contacts",
        "display": "Full_Name",
        "dup": ("Email",),
        "photo": True,
        "fields": [
            ("Salutation", "Salutation", "picklist", {"picklist": SALUTATIONS}),
            ("First_Name", "First Name", "text", {"length": 40}),
            ("Last_Name", "Last Name", "text", {"length": 80, "mandatory": True}),
            ("Full_Name", "Contact Name", "text", {"system": True}),
            ("Account_Name", "Account Name", "lookup", {"lookup": "Accounts"}),
            ("Vendor_Name", "Vendor Name", "lookup", {"lookup": "Vendors"}),
            ("Email", "Email", "email"),
            ("Secondary_Email", "Secondary Email", "email"),
            ("Phone", "Phone", "phone"),
            ("Other_Phone", "Other Phone", "phone"),
            ("Mobile", "Mobile", "phone"),
            ("Home_Phone", "Home Phone", "phone"),
            ("Assistant", "Assistant", "text", {"length": 100}),
            ("Asst_Phone", "Asst Phone", "phone"),
            ("Fax", "Fax", "phone"),
            ("Title", "Title", "text", {"length": 100}),
            ("Department", "Department", "text", {"length": 100}),
            ("Date_of_Birth", "Date of Birth", "date"),
            ("Lead_Source", "Lead Source", "picklist", {"picklist": LEAD_SOURCES}),
            ("Reporting_To", "Reporting To", "lookup", {"lookup": "Contacts"}),
            ("Email_Opt_Out", "Email Opt Out", "boolean"),
            ("Skype_ID", "Skype ID", "text", {"length": 50}),
            ("Twitter", "Twitter", "text", {"length": 50}),
            *_addr("Mailing", "Mailing"),
            *_addr("Other", "Other"),
            ("Description", "Description", "textarea"),
            ("Record_Image", "Contact Image", "profileimage", {"system": True}),
        ],
    },
    {
        "api_name": "Accounts",
        "singular": "Account",
        "plural": "Accounts",
        "display": "Account_Name",
        "dup": ("Account_Name",),
        "fields": [
            ("Account_Name", "Account Name", "text", {"length": 200, "mandatory": True}),
            ("Account_Number", "Account Number", "text", {"length": 40}),
            ("Account_Site", "Account Site", "text", {"length": 80}),
            ("Parent_Account", "Parent Account", "lookup", {"lookup": "Accounts"}),
            ("Account_Type", "Account Type", "picklist", {"picklist": ACCOUNT_TYPES}),
            ("Industry", "Industry", "picklist", {"picklist": INDUSTRIES}),
            ("Annual_Revenue", "Annual Revenue", "currency"),
            ("Employees", "Employees", "integer"),
            ("Ownership", "Ownership", "picklist", {"picklist": OWNERSHIP}),
            ("Rating", "Rating", "picklist", {"picklist": RATINGS}),
            ("Phone", "Phone", "phone"),
            ("Fax", "Fax", "phone"),
            ("Website", "Website", "website"),
            ("Ticker_Symbol", "Ticker Symbol", "text", {"length": 30}),
            ("SIC_Code", "SIC Code", "integer"),
            *_addr("Billing", "Billing"),
            *_addr("Shipping", "Shipping"),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Deals",
        "singular": "Deal",
        "plural": "Deals",
        "display": "Deal_Name",
        "dup": ("Deal_Name",),
        "fields": [
            ("Deal_Name", "Deal Name", "text", {"length": 120, "mandatory": True}),
            ("Amount", "Amount", "currency"),
            ("Stage", "Stage", "picklist", {"picklist": DEAL_STAGES, "mandatory": True}),
            ("Closing_Date", "Closing Date", "date"),
            ("Account_Name", "Account Name", "lookup", {"lookup": "Accounts"}),
            ("Contact_Name", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Pipeline", "Pipeline", "picklist", {"picklist": PIPELINES}),
            ("Type", "Type", "picklist", {"picklist": DEAL_TYPES}),
            ("Probability", "Probability (%)", "percent"),
            ("Expected_Revenue", "Expected Revenue", "currency", {"system": True}),
            ("Next_Step", "Next Step", "text", {"length": 100}),
            ("Lead_Source", "Lead Source", "picklist", {"picklist": LEAD_SOURCES}),
            ("Campaign_Source", "Campaign Source", "lookup", {"lookup": "Campaigns"}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Campaigns",
        "singular": "Campaign",
        "plural": "Campaigns",
        "display": "Campaign_Name",
        "dup": ("Campaign_Name",),
        "fields": [
            ("Campaign_Name", "Campaign Name", "text", {"length": 120, "mandatory": True}),
            ("Type", "Type", "picklist", {"picklist": CAMPAIGN_TYPES}),
            ("Status", "Status", "picklist", {"picklist": CAMPAIGN_STATUSES}),
            ("Start_Date", "Start Date", "date"),
            ("End_Date", "End Date", "date"),
            ("Expected_Revenue", "Expected Revenue", "currency"),
            ("Budgeted_Cost", "Budgeted Cost", "currency"),
            ("Actual_Cost", "Actual Cost", "currency"),
            ("Expected_Response", "Expected Response", "integer"),
            ("Num_sent", "Numbers Sent", "bigint"),
            ("Parent_Campaign", "Parent Campaign", "lookup", {"lookup": "Campaigns"}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Tasks",
        "singular": "Task",
        "plural": "Tasks",
        "display": "Subject",
        "fields": [
            ("Subject", "Subject", "text", {"mandatory": True}),
            ("Due_Date", "Due Date", "date"),
            ("Status", "Status", "picklist", {"picklist": TASK_STATUSES}),
            ("Priority", "Priority", "picklist", {"picklist": PRIORITIES}),
            ("What_Id", "Related To", "lookup", {"lookup": "*"}),
            ("Who_Id", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Send_Notification_Email", "Send Notification Email", "boolean"),
            ("Closed_Time", "Closed Time", "datetime", {"system": True}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Events",
        "singular": "Meeting",
        "plural": "Meetings",
        "display": "Event_Title",
        "fields": [
            ("Event_Title", "Title", "text", {"mandatory": True}),
            ("Start_DateTime", "From", "datetime", {"mandatory": True}),
            ("End_DateTime", "To", "datetime", {"mandatory": True}),
            ("All_day", "All day", "boolean"),
            ("Venue", "Venue", "text"),
            ("What_Id", "Related To", "lookup", {"lookup": "*"}),
            ("Who_Id", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Calls",
        "singular": "Call",
        "plural": "Calls",
        "display": "Subject",
        "fields": [
            ("Subject", "Subject", "text", {"mandatory": True}),
            ("Call_Type", "Call Type", "picklist", {"picklist": CALL_TYPES, "mandatory": True}),
            ("Call_Start_Time", "Call Start Time", "datetime", {"mandatory": True}),
            ("Call_Duration", "Call Duration", "text", {"length": 10}),
            (
                "Call_Purpose",
                "Call Purpose",
                "picklist",
                {"picklist": ("-None-", "Prospecting", "Administrative", "Negotiation", "Demo", "Project", "Desk")},
            ),
            (
                "Call_Result",
                "Call Result",
                "picklist",
                {
                    "picklist": (
                        "-None-",
                        "Interested",
                        "Not interested",
                        "No response",
                        "Busy",
                        "Requested more info",
                        "Requested call back",
                        "Invalid number",
                    )
                },
            ),
            ("What_Id", "Related To", "lookup", {"lookup": "*"}),
            ("Who_Id", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Products",
        "singular": "Product",
        "plural": "Products",
        "display": "Product_Name",
        "dup": ("Product_Name",),
        "fields": [
            ("Product_Name", "Product Name", "text", {"length": 120, "mandatory": True}),
            ("Product_Code", "Product Code", "text", {"length": 40}),
            ("Product_Active", "Product Active", "boolean"),
            ("Product_Category", "Product Category", "picklist", {"picklist": PRODUCT_CATEGORIES}),
            ("Manufacturer", "Manufacturer", "picklist", {"picklist": MANUFACTURERS}),
            ("Vendor_Name", "Vendor Name", "lookup", {"lookup": "Vendors"}),
            ("Sales_Start_Date", "Sales Start Date", "date"),
            ("Sales_End_Date", "Sales End Date", "date"),
            ("Unit_Price", "Unit Price", "currency"),
            ("Commission_Rate", "Commission Rate", "currency"),
            ("Tax", "Tax", "multiselectpicklist", {"picklist": TAXES}),
            ("Taxable", "Taxable", "boolean"),
            ("Usage_Unit", "Usage Unit", "picklist", {"picklist": USAGE_UNITS}),
            ("Qty_in_Stock", "Qty in Stock", "double"),
            ("Qty_Ordered", "Qty Ordered", "double"),
            ("Reorder_Level", "Reorder Level", "double"),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Vendors",
        "singular": "Vendor",
        "plural": "Vendors",
        "display": "Vendor_Name",
        "dup": ("Vendor_Name",),
        "fields": [
            ("Vendor_Name", "Vendor Name", "text", {"length": 100, "mandatory": True}),
            ("Email", "Email", "email"),
            ("Phone", "Phone", "phone"),
            ("Website", "Website", "website"),
            ("GL_Account", "GL Account", "picklist", {"picklist": GL_ACCOUNTS}),
            ("Category", "Category", "text", {"length": 100}),
            *ADDRESS,
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Price_Books",
        "singular": "Price Book",
        "plural": "Price Books",
        "display": "Price_Book_Name",
        "dup": ("Price_Book_Name",),
        "fields": [
            ("Price_Book_Name", "Price Book Name", "text", {"length": 120, "mandatory": True}),
            ("Active", "Active", "boolean"),
            ("Pricing_Model", "Pricing Model", "picklist", {"picklist": PRICING_MODELS}),
            ("Pricing_Details", "Pricing Details", "subform"),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Cases",
        "singular": "Case",
        "plural": "Cases",
        "display": "Subject",
        "dup": ("Subject",),
        "fields": [
            ("Case_Number", "Case Number", "autonumber", {"system": True}),
            ("Subject", "Subject", "text", {"mandatory": True}),
            ("Status", "Status", "picklist", {"picklist": CASE_STATUSES, "mandatory": True}),
            ("Case_Origin", "Case Origin", "picklist", {"picklist": CASE_ORIGINS, "mandatory": True}),
            ("Priority", "Priority", "picklist", {"picklist": CASE_PRIORITIES}),
            ("Type", "Type", "picklist", {"picklist": CASE_TYPES}),
            (
                "Case_Reason",
                "Case Reason",
                "picklist",
                {
                    "picklist": (
                        "-None-",
                        "User did not attend any training",
                        "Complex functionality",
                        "Existing problem",
                        "Instructions not clear",
                        "New problem",
                    )
                },
            ),
            ("Product_Name", "Product Name", "lookup", {"lookup": "Products"}),
            ("Account_Name", "Account Name", "lookup", {"lookup": "Accounts"}),
            ("Deal_Name", "Deal Name", "lookup", {"lookup": "Deals"}),
            ("Related_To", "Related To", "lookup", {"lookup": "Contacts"}),
            ("Email", "Email", "email"),
            ("Phone", "Phone", "phone"),
            ("Description", "Description", "textarea"),
            ("Solution", "Solution", "textarea"),
        ],
    },
    {
        "api_name": "Solutions",
        "singular": "Solution",
        "plural": "Solutions",
        "display": "Solution_Title",
        "dup": ("Solution_Title",),
        "fields": [
            ("Solution_Number", "Solution Number", "autonumber", {"system": True}),
            ("Solution_Title", "Solution Title", "text", {"mandatory": True}),
            ("Status", "Status", "picklist", {"picklist": SOLUTION_STATUSES}),
            ("Product_Name", "Product Name", "lookup", {"lookup": "Products"}),
            ("Published", "Published", "boolean"),
            ("Question", "Question", "textarea"),
            ("Answer", "Answer", "textarea"),
        ],
    },
    {
        "api_name": "Quotes",
        "singular": "Quote",
        "plural": "Quotes",
        "display": "Subject",
        "dup": ("Subject",),
        "fields": [
            ("Subject", "Subject", "text", {"mandatory": True}),
            ("Quote_Stage", "Quote Stage", "picklist", {"picklist": QUOTE_STAGES}),
            ("Valid_Till", "Valid Till", "date"),
            ("Deal_Name", "Deal Name", "lookup", {"lookup": "Deals"}),
            ("Contact_Name", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Account_Name", "Account Name", "lookup", {"lookup": "Accounts"}),
            ("Product_Details", "Product Details", "subform"),
            ("Sub_Total", "Sub Total", "currency", {"system": True}),
            ("Discount", "Discount", "currency"),
            ("Tax", "Tax", "currency"),
            ("Adjustment", "Adjustment", "currency"),
            ("Grand_Total", "Grand Total", "currency", {"system": True}),
            ("Terms_and_Conditions", "Terms and Conditions", "textarea"),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Sales_Orders",
        "singular": "Sales Order",
        "plural": "Sales Orders",
        "display": "Subject",
        "dup": ("Subject",),
        "fields": [
            ("Subject", "Subject", "text", {"mandatory": True}),
            ("Status", "Status", "picklist", {"picklist": ORDER_STATUSES}),
            ("Due_Date", "Due Date", "date"),
            ("Deal_Name", "Deal Name", "lookup", {"lookup": "Deals"}),
            ("Contact_Name", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Account_Name", "Account Name", "lookup", {"lookup": "Accounts"}),
            ("Quote_Name", "Quote Name", "lookup", {"lookup": "Quotes"}),
            ("Product_Details", "Product Details", "subform"),
            ("Sub_Total", "Sub Total", "currency", {"system": True}),
            ("Discount", "Discount", "currency"),
            ("Tax", "Tax", "currency"),
            ("Adjustment", "Adjustment", "currency"),
            ("Grand_Total", "Grand Total", "currency", {"system": True}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Purchase_Orders",
        "singular": "Purchase Order",
        "plural": "Purchase Orders",
        "display": "Subject",
        "dup": ("Subject",),
        "fields": [
            ("Subject", "Subject", "text", {"mandatory": True}),
            ("Status", "Status", "picklist", {"picklist": ORDER_STATUSES}),
            ("PO_Date", "PO Date", "date"),
            ("Due_Date", "Due Date", "date"),
            ("Vendor_Name", "Vendor Name", "lookup", {"lookup": "Vendors"}),
            ("Contact_Name", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Product_Details", "Product Details", "subform"),
            ("Sub_Total", "Sub Total", "currency", {"system": True}),
            ("Discount", "Discount", "currency"),
            ("Tax", "Tax", "currency"),
            ("Adjustment", "Adjustment", "currency"),
            ("Grand_Total", "Grand Total", "currency", {"system": True}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Invoices",
        "singular": "Invoice",
        "plural": "Invoices",
        "display": "Subject",
        "dup": ("Subject",),
        "fields": [
            ("Subject", "Subject", "text", {"mandatory": True}),
            ("Status", "Status", "picklist", {"picklist": INVOICE_STATUSES}),
            ("Invoice_Date", "Invoice Date", "date"),
            ("Due_Date", "Due Date", "date"),
            ("Deal_Name", "Deal Name", "lookup", {"lookup": "Deals"}),
            ("Contact_Name", "Contact Name", "lookup", {"lookup": "Contacts"}),
            ("Account_Name", "Account Name", "lookup", {"lookup": "Accounts"}),
            ("Sales_Order", "Sales Order", "lookup", {"lookup": "Sales_Orders"}),
            ("Product_Details", "Product Details", "subform"),
            ("Sub_Total", "Sub Total", "currency", {"system": True}),
            ("Discount", "Discount", "currency"),
            ("Tax", "Tax", "currency"),
            ("Adjustment", "Adjustment", "currency"),
            ("Grand_Total", "Grand Total", "currency", {"system": True}),
            ("Description", "Description", "textarea"),
        ],
    },
    {
        "api_name": "Notes",
        "singular": "Note",
        "plural": "Notes",
        "display": "Note_Title",
        "tags": False,
        "bulk_read": False,
        "fields": [
            ("Note_Title", "Note Title", "text", {"length": 120}),
            ("Note_Content", "Note Content", "textarea", {"mandatory": True}),
            ("Parent_Id", "Parent Id", "lookup", {"lookup": "*", "mandatory": True}),
        ],
    },
]

RELATED_TABLE: dict[str, list[tuple[str, str, str, str, str | None]]] = {
    # parent module: (related list api name, label, module, kind, via)
    "Leads": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Tasks", "Open Activities", "Tasks", "lookup", "What_Id"),
        ("Events", "Meetings", "Events", "lookup", "What_Id"),
        ("Calls", "Calls", "Calls", "lookup", "What_Id"),
        ("Campaigns", "Campaigns", "Campaigns", "junction", None),
        ("Products", "Products", "Products", "junction", None),
    ],
    "Contacts": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Deals", "Deals", "Deals", "lookup", "Contact_Name"),
        ("Tasks", "Open Activities", "Tasks", "lookup", "Who_Id"),
        ("Events", "Meetings", "Events", "lookup", "Who_Id"),
        ("Calls", "Calls", "Calls", "lookup", "Who_Id"),
        ("Cases", "Cases", "Cases", "lookup", "Related_To"),
        ("Quotes", "Quotes", "Quotes", "lookup", "Contact_Name"),
        ("Campaigns", "Campaigns", "Campaigns", "junction", None),
        ("Products", "Products", "Products", "junction", None),
    ],
    "Accounts": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Contacts", "Contacts", "Contacts", "lookup", "Account_Name"),
        ("Deals", "Deals", "Deals", "lookup", "Account_Name"),
        ("Tasks", "Open Activities", "Tasks", "lookup", "What_Id"),
        ("Events", "Meetings", "Events", "lookup", "What_Id"),
        ("Calls", "Calls", "Calls", "lookup", "What_Id"),
        ("Cases", "Cases", "Cases", "lookup", "Account_Name"),
        ("Quotes", "Quotes", "Quotes", "lookup", "Account_Name"),
        ("Invoices", "Invoices", "Invoices", "lookup", "Account_Name"),
        ("Child_Accounts", "Member Accounts", "Accounts", "lookup", "Parent_Account"),
        ("Products", "Products", "Products", "junction", None),
    ],
    "Deals": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Tasks", "Open Activities", "Tasks", "lookup", "What_Id"),
        ("Events", "Meetings", "Events", "lookup", "What_Id"),
        ("Calls", "Calls", "Calls", "lookup", "What_Id"),
        ("Quotes", "Quotes", "Quotes", "lookup", "Deal_Name"),
        ("Contact_Roles", "Contact Roles", "Contacts", "junction", None),
        ("Products", "Products", "Products", "junction", None),
    ],
    "Campaigns": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Leads", "Leads", "Leads", "junction", None),
        ("Contacts", "Contacts", "Contacts", "junction", None),
        ("Deals", "Deals", "Deals", "lookup", "Campaign_Source"),
        ("Child_Campaigns", "Child Campaigns", "Campaigns", "lookup", "Parent_Campaign"),
    ],
    "Products": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Leads", "Leads", "Leads", "junction", None),
        ("Contacts", "Contacts", "Contacts", "junction", None),
        ("Accounts", "Accounts", "Accounts", "junction", None),
        ("Deals", "Deals", "Deals", "junction", None),
        ("Price_Books", "Price Books", "Price_Books", "junction", None),
        ("Cases", "Cases", "Cases", "lookup", "Product_Name"),
        ("Solutions", "Solutions", "Solutions", "lookup", "Product_Name"),
    ],
    "Vendors": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Products", "Products", "Products", "lookup", "Vendor_Name"),
        ("Contacts", "Contacts", "Contacts", "lookup", "Vendor_Name"),
        ("Purchase_Orders", "Purchase Orders", "Purchase_Orders", "lookup", "Vendor_Name"),
    ],
    "Price_Books": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Products", "Products", "Products", "junction", None),
    ],
    "Cases": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Solutions", "Solutions", "Solutions", "junction", None),
    ],
    "Solutions": [
        ("Notes", "Notes", "Notes", "notes", None),
        ("Attachments", "Attachments", "Attachments", "attachments", None),
        ("Cases", "Cases", "Cases", "junction", None),
    ],
}
for _module in ("Tasks", "Events", "Calls", "Quotes", "Sales_Orders", "Purchase_Orders", "Invoices"):
    RELATED_TABLE.setdefault(
        _module,
        [
            ("Notes", "Notes", "Notes", "notes", None),
            ("Attachments", "Attachments", "Attachments", "attachments", None),
        ],
    )

UNIQUE_FIELDS = {("Products", "Product_Code")}
"""Fields this org marked unique: inserts and updates with a value already in use fail (DUPLICATE_DATA)."""

JUNCTION_INVERSE: dict[tuple[str, str], tuple[str, str]] = {}
"""(module, related list) of a junction -> (other module, its related list for the same link)."""


def _junction_pairs() -> None:
    for parent, lists in RELATED_TABLE.items():
        for api_name, _label, module, kind, _via in lists:
            if kind != "junction":
                continue
            inverse = next((r[0] for r in RELATED_TABLE.get(module, []) if r[3] == "junction" and r[2] == parent), None)
            if inverse is not None:
                JUNCTION_INVERSE[(parent, api_name)] = (module, inverse)


_junction_pairs()


def _field(spec: Spec, sequence: int, make_id: Any) -> FieldDef:
    api_name, label, data_type = spec[0], spec[1], spec[2]
    extra: dict[str, Any] = spec[3] if len(spec) > 3 else {}
    system = bool(extra.get("system"))
    return FieldDef(
        api_name=api_name,
        label=label,
        data_type=data_type,
        id=make_id(),
        length=int(extra.get("length", 0)),
        mandatory=bool(extra.get("mandatory")),
        read_only=system,
        system=system,
        picklist=tuple(extra.get("picklist", ())),
        lookup_module=extra.get("lookup"),
        searchable=bool(extra.get("searchable", True)),
        sequence=sequence,
    )


class _Ids:
    def __init__(self, start: int) -> None:
        self.value = start

    def __call__(self) -> str:
        self.value += 1
        return f"{ORG_ID}{self.value:012d}"


def build_modules() -> dict[str, ModuleDef]:
    """Fresh module definitions (ids are stable: the same on every call)."""
    module_ids = _Ids(2000)
    field_ids = _Ids(10000)
    related_ids = _Ids(30000)
    modules: dict[str, ModuleDef] = {}
    for sequence, entry in enumerate(MODULE_TABLE, start=1):
        specs = [*SYSTEM_HEAD, *entry["fields"], *SYSTEM_TAIL]
        if entry["api_name"] == "Notes":
            specs = [s for s in specs if s[0] != "Tag"]
        fields = [_field(spec, n, field_ids) for n, spec in enumerate(specs, start=1)]
        module = ModuleDef(
            api_name=entry["api_name"],
            singular=entry["singular"],
            plural=entry["plural"],
            id=module_ids(),
            fields=fields,
            display_field=entry["display"],
            duplicate_check=tuple(entry.get("dup", ())),
            sequence=sequence,
            photo=bool(entry.get("photo")),
            convertable=bool(entry.get("convertable")),
            bulk_read=bool(entry.get("bulk_read", True)),
            tags=bool(entry.get("tags", True)),
        )
        for f in module.fields:
            f.unique = (module.api_name, f.api_name) in UNIQUE_FIELDS
        modules[module.api_name] = module
    for parent, lists in RELATED_TABLE.items():
        module = modules[parent]
        module.related = [
            RelatedDef(api_name=a, label=label, module=m, kind=kind, via=via, id=related_ids(), sequence=n)
            for n, (a, label, m, kind, via) in enumerate(lists, start=1)
        ]
    return modules


ROLES: list[dict[str, Any]] = [
    {
        "id": f"{ORG_ID}000000026005",
        "name": "CEO",
        "display_label": "CEO",
        "reporting_to": None,
        "admin_user": True,
        "description": "Users with this role have access to the data owned by all other users.",
    },
    {
        "id": f"{ORG_ID}000000026008",
        "name": "Manager",
        "display_label": "Manager",
        "reporting_to": f"{ORG_ID}000000026005",
        "admin_user": False,
        "description": "Users belonging to this role cannot see data for admin users.",
    },
    {
        "id": f"{ORG_ID}000000026011",
        "name": "Sales Representative",
        "display_label": "Sales Representative",
        "reporting_to": f"{ORG_ID}000000026008",
        "admin_user": False,
        "description": "Sales representatives report to the manager.",
    },
]

PROFILES: list[dict[str, Any]] = [
    {
        "id": f"{ORG_ID}000000026014",
        "name": "Administrator",
        "default": False,
        "category": False,
        "description": (
            "This profile will have all the permissions. Users with Administrator profile will be able to view"
            " and manage all the data within the organization account by default."
        ),
    },
    {
        "id": f"{ORG_ID}000000026017",
        "name": "Standard",
        "default": True,
        "category": False,
        "description": "This profile will have all the permissions except administrative privileges.",
    },
]
