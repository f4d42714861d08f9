"""Metadata through the SDK: modules, fields, layouts, related lists, custom views, and the SDK's
own field-metadata cache (which it fills from these same APIs before record calls)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from zcrmsdk.src.com.zoho.crm.api import ParameterMap
from zcrmsdk.src.com.zoho.crm.api.custom_views import CustomViewsOperations
from zcrmsdk.src.com.zoho.crm.api.custom_views import ResponseWrapper as CustomViewsWrapper
from zcrmsdk.src.com.zoho.crm.api.exception import SDKException
from zcrmsdk.src.com.zoho.crm.api.fields import FieldsOperations
from zcrmsdk.src.com.zoho.crm.api.fields import ResponseWrapper as FieldsWrapper
from zcrmsdk.src.com.zoho.crm.api.layouts import LayoutsOperations
from zcrmsdk.src.com.zoho.crm.api.layouts import ResponseWrapper as LayoutsWrapper
from zcrmsdk.src.com.zoho.crm.api.modules import ModulesOperations
from zcrmsdk.src.com.zoho.crm.api.modules import ResponseWrapper as ModulesWrapper
from zcrmsdk.src.com.zoho.crm.api.record import BodyWrapper, Field, GetRecordsParam, Record, RecordOperations
from zcrmsdk.src.com.zoho.crm.api.record import ResponseWrapper as RecordsWrapper
from zcrmsdk.src.com.zoho.crm.api.related_lists import RelatedListsOperations
from zcrmsdk.src.com.zoho.crm.api.related_lists import ResponseWrapper as RelatedListsWrapper
from zcrmsdk.src.com.zoho.crm.api.util import Choice

from .sdk_session import SdkSession

LAST_REFRESH = "FIELDS-LAST-MODIFIED-TIME"
"""Where the SDK's field cache records when it last checked the modules (epoch milliseconds)."""

STANDARD_MODULES = {
    "Leads",
    "Contacts",
    "Accounts",
    "Deals",
    "Campaigns",
    "Tasks",
    "Events",
    "Calls",
    "Products",
    "Vendors",
    "Price_Books",
    "Cases",
    "Solutions",
    "Quotes",
    "Sales_Orders",
    "Purchase_Orders",
    "Invoices",
    "Notes",
}


def test_modules(crm: SdkSession) -> None:
    body = ModulesOperations().get_modules().get_object()
    assert isinstance(body, ModulesWrapper)
    modules = {m.get_api_name(): m for m in body.get_modules()}
    assert set(modules) >= STANDARD_MODULES
    assert all(m.get_api_supported() for m in modules.values())
    assert modules["Leads"].get_generated_type().get_value() == "default"

    one = ModulesOperations().get_module("Leads").get_object()
    assert isinstance(one, ModulesWrapper)
    [leads] = one.get_modules()
    assert (leads.get_singular_label(), leads.get_plural_label()) == ("Lead", "Leads")
    assert leads.get_id() == modules["Leads"].get_id()
    assert leads.get_convertable() is True


def test_fields(crm: SdkSession) -> None:
    body = FieldsOperations("Leads").get_fields().get_object()
    assert isinstance(body, FieldsWrapper)
    fields = {f.get_api_name(): f for f in body.get_fields()}
    assert fields["Last_Name"].get_system_mandatory() is True
    assert fields["Last_Name"].get_data_type() == "text"
    assert fields["Last_Name"].get_length() == 80
    assert fields["Email"].get_data_type() == "email"
    assert fields["Owner"].get_data_type() == "ownerlookup"
    assert fields["No_of_Employees"].get_data_type() == "integer"
    statuses = [v.get_display_value() for v in fields["Lead_Status"].get_pick_list_values()]
    assert {"Not Contacted", "Contacted", "Pre-Qualified"} <= set(statuses)

    one = FieldsOperations("Leads").get_field(fields["Lead_Status"].get_id()).get_object()
    assert isinstance(one, FieldsWrapper)
    assert [f.get_api_name() for f in one.get_fields()] == ["Lead_Status"]

    contacts = FieldsOperations("Contacts").get_fields().get_object()
    assert isinstance(contacts, FieldsWrapper)
    account = next(f for f in contacts.get_fields() if f.get_api_name() == "Account_Name")
    assert account.get_data_type() == "lookup"
    assert account.get_lookup().get_module() == "Accounts"


def test_layouts(crm: SdkSession) -> None:
    body = LayoutsOperations("Leads").get_layouts().get_object()
    assert isinstance(body, LayoutsWrapper)
    [layout] = body.get_layouts()
    assert layout.get_name() == "Standard"
    section_fields = {f.get_api_name() for s in layout.get_sections() for f in s.get_fields()}
    assert {"Last_Name", "Company", "Email", "Lead_Status"} <= section_fields

    one = LayoutsOperations("Leads").get_layout(layout.get_id()).get_object()
    assert isinstance(one, LayoutsWrapper)
    assert [x.get_id() for x in one.get_layouts()] == [layout.get_id()]


def test_related_lists(crm: SdkSession) -> None:
    body = RelatedListsOperations("Leads").get_related_lists().get_object()
    assert isinstance(body, RelatedListsWrapper)
    related = {r.get_api_name(): r for r in body.get_related_lists()}
    assert {"Notes", "Attachments", "Campaigns", "Products"} <= set(related)

    one = RelatedListsOperations("Leads").get_related_list(related["Campaigns"].get_id()).get_object()
    assert isinstance(one, RelatedListsWrapper)
    [campaigns] = one.get_related_lists()
    assert campaigns.get_module() == "Campaigns"


def test_custom_views_filter_records(crm: SdkSession) -> None:
    body = CustomViewsOperations("Leads").get_custom_views().get_object()
    assert isinstance(body, CustomViewsWrapper)
    views = {v.get_name(): v for v in body.get_custom_views()}
    assert {"All Leads", "My Leads"} <= set(views)

    params = ParameterMap()
    params.add(GetRecordsParam.cvid, str(views["My Leads"].get_id()))
    mine = RecordOperations().get_records("Leads", params).get_object()
    assert isinstance(mine, RecordsWrapper)
    owners = {r.get_key_value("Owner").get_email() for r in mine.get_data()}
    assert owners == {crm.user.get_email()}


def test_auto_refresh_fields_caches_every_module(
    new_session: Callable[..., SdkSession], sent: list[tuple[str, str]]
) -> None:
    session = new_session(auto_refresh_fields=True)
    body = RecordOperations().get_records("Leads").get_object()
    assert isinstance(body, RecordsWrapper)
    field_calls = sent.count(("GET", "/crm/v2/settings/fields"))
    assert ("GET", "/crm/v2/settings/modules") in sent
    assert field_calls >= len(STANDARD_MODULES) - 1  # every API-supported module (Notes has its own model)

    [cache] = list((session.work_dir / "resources").glob("*.json"))
    cached = json.loads(cache.read_text(encoding="utf-8"))
    assert {"leads", "contacts", "deals"} <= set(cached)
    assert cached["leads"]["Last_Name"]["required"] is True

    RecordOperations().get_records("Contacts")
    assert sent.count(("GET", "/crm/v2/settings/fields")) == field_calls  # served from the cache


def test_an_hour_old_field_cache_is_revalidated_with_if_modified_since(
    new_session: Callable[..., SdkSession], sent: list[tuple[str, str]]
) -> None:
    session = new_session(auto_refresh_fields=True)
    RecordOperations().get_records("Leads")
    [cache] = list((session.work_dir / "resources").glob("*.json"))
    cached = json.loads(cache.read_text(encoding="utf-8"))
    two_hours_ago = cached[LAST_REFRESH] - 2 * 3600 * 1000
    cache.write_text(json.dumps({**cached, LAST_REFRESH: two_hours_ago}), encoding="utf-8")
    sent.clear()

    body = RecordOperations().get_records("Deals").get_object()

    assert isinstance(body, RecordsWrapper)
    # One conditional modules call (answered 304: nothing changed), no field is fetched again.
    assert sent == [("GET", "/crm/v2/settings/modules"), ("GET", "/crm/v2/Deals")]
    refreshed = json.loads(cache.read_text(encoding="utf-8"))
    assert refreshed[LAST_REFRESH] > two_hours_ago + 3600 * 1000
    assert set(refreshed) == set(cached)


def test_picklist_values_are_checked_against_the_fields_metadata(crm: SdkSession, sent: list[tuple[str, str]]) -> None:
    lead = Record()
    lead.add_field_value(Field.Leads.last_name(), "Picky")
    lead.add_field_value(Field.Leads.lead_status(), Choice("Not a status"))
    body = BodyWrapper()
    body.set_data([lead])
    with pytest.raises(SDKException) as refused:
        RecordOperations().create_records("Leads", body)
    assert refused.value.code == "UNACCEPTED VALUES ERROR"
    assert ("POST", "/crm/v2/Leads") not in sent
