"""Lead conversion: a lead becomes a contact, an account and optionally a deal."""

from __future__ import annotations

from typing import Any

from ....core.errors import ZohoError, invalid_data
from ....core.http import normalize_id
from ...records.fields import Link
from .records import Records
from .state import Record


class LeadConversion(Records):
    """``POST /Leads/{id}/actions/convert``: everything is validated before anything is created."""

    def _conversion_target(self, spec: dict[str, Any], module: str) -> Record | None:
        """The existing record ``spec[module]`` names (an id, or ``{"id": ...}``) for the lead to join;
        None when the spec names none; 400 INVALID_DATA naming ``module`` when no such record exists."""
        ref = spec.get(module)
        if ref is None:
            return None
        record_id = normalize_id(ref.get("id") if isinstance(ref, dict) else ref)
        found = self.records[module].get(record_id or "")
        if found is None:
            raise invalid_data("the id given seems to be invalid", api_name=module, id=str(ref))
        return found

    def convert_lead(self, lead: Record, spec: dict[str, Any], user_id: str) -> dict[str, str | None]:
        if lead.converted:
            raise ZohoError(400, "ID_ALREADY_CONVERTED", "id already converted", {"id": lead.id})
        if lead.stop_processing:
            raise ZohoError(400, "NOT_ALLOWED", "processing of this lead is stopped (GDPR)", {"id": lead.id})
        owner = user_id
        assign_to = spec.get("assign_to")
        if assign_to is not None:
            assignee = normalize_id(assign_to.get("id") if isinstance(assign_to, dict) else assign_to)
            if assignee is None or not self.user_exists(assignee):
                raise invalid_data("invalid data", api_name="assign_to", expected_data_type="text")
            owner = assignee
        account = self._conversion_target(spec, "Accounts")
        contact = self._conversion_target(spec, "Contacts")
        if contact is not None:
            linked = contact.values.get("Account_Name")
            if account is not None and isinstance(linked, Link) and linked.id != account.id:
                raise ZohoError(
                    400,
                    "DATA_MISMATCH",
                    "the given contact does not belong to the given account",
                    {"api_name": "Contacts", "id": contact.id},
                )
        values = lead.values
        account_changes = None
        company = values.get("Company")
        if account is None and isinstance(company, str) and company.strip():
            existing = next(
                (
                    a
                    for a in self.records["Accounts"].values()
                    if str(a.values.get("Account_Name", "")).lower() == company.strip().lower()
                ),
                None,
            )
            if existing is not None:
                account = existing
            else:
                account_changes = self._prepare(
                    self.modules["Accounts"],
                    {
                        "Account_Name": company.strip(),
                        "Phone": values.get("Phone"),
                        "Website": values.get("Website"),
                        "Industry": values.get("Industry"),
                        "Annual_Revenue": values.get("Annual_Revenue"),
                        "Billing_Street": values.get("Street"),
                        "Billing_City": values.get("City"),
                        "Billing_State": values.get("State"),
                        "Billing_Code": values.get("Zip_Code"),
                        "Billing_Country": values.get("Country"),
                        "Owner": owner,
                    },
                    user_id,
                    None,
                    0,
                )
        contact_changes = None
        if contact is None:
            contact_changes = self._prepare(
                self.modules["Contacts"],
                {
                    "Salutation": values.get("Salutation"),
                    "First_Name": values.get("First_Name"),
                    "Last_Name": values.get("Last_Name"),
                    "Email": values.get("Email"),
                    "Secondary_Email": values.get("Secondary_Email"),
                    "Phone": values.get("Phone"),
                    "Mobile": values.get("Mobile"),
                    "Fax": values.get("Fax"),
                    "Title": values.get("Designation"),
                    "Lead_Source": values.get("Lead_Source"),
                    "Email_Opt_Out": values.get("Email_Opt_Out"),
                    "Skype_ID": values.get("Skype_ID"),
                    "Twitter": values.get("Twitter"),
                    "Mailing_Street": values.get("Street"),
                    "Mailing_City": values.get("City"),
                    "Mailing_State": values.get("State"),
                    "Mailing_Zip": values.get("Zip_Code"),
                    "Mailing_Country": values.get("Country"),
                    "Description": values.get("Description"),
                    "Owner": owner,
                },
                user_id,
                None,
                0,
            )
        deal_changes = None
        deal_input = spec.get("Deals")
        if deal_input is not None:
            if not isinstance(deal_input, dict):
                raise invalid_data("invalid data", api_name="Deals", expected_data_type="jsonobject")
            try:
                deal_changes = self._prepare(
                    self.modules["Deals"], {**deal_input, "Owner": deal_input.get("Owner", owner)}, user_id, None, 0
                )
            except ZohoError as err:
                raise ZohoError(400, err.code, err.message, err.details) from None
        carry_input = spec.get("carry_over_tags")
        carry: dict[str, Any] = carry_input if isinstance(carry_input, dict) else {}
        lead_tag_names = [self.tags["Leads"][t].name for t in lead.tags]
        # everything is valid: apply
        created: list[tuple[str, str]] = []
        if account is None and account_changes is not None:
            account = self._new_record(self.modules["Accounts"], account_changes, user_id)
            created.append(("Accounts", account.id))
        if contact is None and contact_changes is not None:
            contact = self._new_record(self.modules["Contacts"], contact_changes, user_id)
            created.append(("Contacts", contact.id))
        assert contact is not None
        if account is not None and contact.values.get("Account_Name") is None:
            contact.values["Account_Name"] = Link(account.id, "Accounts")
        deal = None
        if deal_changes is not None:
            if account is not None:
                deal_changes["values"].setdefault("Account_Name", Link(account.id, "Accounts"))
            deal_changes["values"].setdefault("Contact_Name", Link(contact.id, "Contacts"))
            deal = self._new_record(self.modules["Deals"], deal_changes, user_id)
            created.append(("Deals", deal.id))
        lead_tags = {name.lower(): name for name in lead_tag_names}
        for target, flag in ((contact, "Contacts"), (account, "Accounts"), (deal, "Deals")):
            wanted = carry.get(flag)
            if target is not None and isinstance(wanted, list):
                names = [lead_tags[n.lower()] for n in wanted if isinstance(n, str) and n.lower() in lead_tags]
                self._apply_tags(target, names, user_id)
        for note in self.records["Notes"].values():
            parent = note.values.get("Parent_Id")
            if isinstance(parent, Link) and parent.id == lead.id:
                note.values["Parent_Id"] = Link(contact.id, "Contacts")
        if lead.id in self.attachments:
            moved = self.attachments.pop(lead.id)
            for item in moved:
                item.parent_id, item.parent_module = contact.id, "Contacts"
            self.attachments.setdefault(contact.id, []).extend(moved)
        lead.converted = True
        lead.converted_detail = {
            "Contacts": contact.id,
            "Accounts": account.id if account else None,
            "Deals": deal.id if deal else None,
        }
        lead.modified, lead.modified_by = self.now(), user_id
        for module_name, record_id in created:
            self.notify(module_name, "create", [record_id])
        self.notify("Leads", "edit", [lead.id], {lead.id: ["$converted"]})
        return {"Contacts": contact.id, "Accounts": account.id if account else None, "Deals": deal.id if deal else None}
