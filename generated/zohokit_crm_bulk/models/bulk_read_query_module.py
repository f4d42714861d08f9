# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
from enum import StrEnum


class BulkReadQueryModule(StrEnum):
    ACCOUNTS = "Accounts"
    CALLS = "Calls"
    CAMPAIGNS = "Campaigns"
    CASES = "Cases"
    CONTACTS = "Contacts"
    DEALS = "Deals"
    EVENTS = "Events"
    INVOICES = "Invoices"
    LEADS = "Leads"
    PRICE_BOOKS = "Price_Books"
    PRODUCTS = "Products"
    PURCHASE_ORDERS = "Purchase_Orders"
    QUOTES = "Quotes"
    SALES_ORDERS = "Sales_Orders"
    SOLUTIONS = "Solutions"
    TASKS = "Tasks"
    USERS = "Users"
    VENDORS = "Vendors"

    def __str__(self) -> str:
        return str(self.value)
