"""Records through the SDK: paging, create/read/update/delete with typed values, upsert, search,
deleted records, lead conversion, conditional reads and the errors a client has to handle."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from zcrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zcrmsdk.src.com.zoho.crm.api.exception import SDKException
from zcrmsdk.src.com.zoho.crm.api.record import (
    ActionWrapper,
    APIException,
    BodyWrapper,
    ConvertActionWrapper,
    ConvertBodyWrapper,
    DeletedRecordsWrapper,
    DeleteRecordsParam,
    Field,
    GetDeletedRecordsParam,
    GetRecordsHeader,
    GetRecordsParam,
    LeadConverter,
    Record,
    RecordOperations,
    ResponseWrapper,
    SearchRecordsParam,
    SuccessfulConvert,
    SuccessResponse,
)
from zcrmsdk.src.com.zoho.crm.api.users import User
from zcrmsdk.src.com.zoho.crm.api.util import APIResponse, Choice

from zohokit_emulator.services.accounts.directory import ADMIN, MANAGER
from zohokit_emulator.services.crm.samples import LEADS as SAMPLE_LEADS

from .sdk_session import SdkSession, iter_records

SEEDED_LEADS = 5 + len(SAMPLE_LEADS)
"""The seed's leads and those of the spec's examples."""


def _write(response: APIResponse) -> list[Any]:
    body = response.get_object()
    assert isinstance(body, ActionWrapper), body
    results: list[Any] = body.get_data()
    return results


def _created_ids(response: APIResponse) -> list[int]:
    results = _write(response)
    assert all(isinstance(r, SuccessResponse) for r in results), [r.get_message().get_value() for r in results]
    return [int(r.get_details()["id"]) for r in results]


def _body(*records: Record, **options: Any) -> BodyWrapper:
    body = BodyWrapper()
    body.set_data(list(records))
    for name, value in options.items():
        getattr(body, "set_" + name)(value)
    return body


def _lead(last_name: str, **values: Any) -> Record:
    record = Record()
    record.add_field_value(Field.Leads.last_name(), last_name)
    for name, value in values.items():
        record.add_key_value(name, value)
    return record


def _get(module: str, record_id: int) -> Record:
    body = RecordOperations().get_record(record_id, module).get_object()
    assert isinstance(body, ResponseWrapper), body
    [record] = body.get_data()
    return record


def _params(param_class: type, **values: Any) -> ParameterMap:
    params = ParameterMap()
    for name, value in values.items():
        params.add(getattr(param_class, name), value)
    return params


def test_paging_through_leads(crm: SdkSession, sent: list[tuple[str, str]]) -> None:
    created = _created_ids(
        RecordOperations().create_records("Leads", _body(*(_lead(f"Pager {n:02d}") for n in range(23))))
    )
    sent.clear()

    paged = list(iter_records("Leads", per_page=10, sort_by="Created_Time", sort_order="asc"))

    total = SEEDED_LEADS + 23
    pages = -(-total // 10)
    assert sent.count(("GET", "/crm/v2/Leads")) == pages
    ids = [r.get_id() for r in paged]
    assert len(ids) == len(set(ids)) == SEEDED_LEADS + 23
    assert ids[-23:] == created
    last = RecordOperations().get_records("Leads", _params(GetRecordsParam, page=pages, per_page=10)).get_object()
    assert isinstance(last, ResponseWrapper)
    info = last.get_info()
    summary = (info.get_page(), info.get_per_page(), info.get_count(), info.get_more_records())
    assert summary == (pages, 10, total - 10 * (pages - 1), False)


def test_create_read_update_delete_a_lead(crm: SdkSession) -> None:
    lead = Record()
    lead.add_field_value(Field.Leads.first_name(), "Kari")
    lead.add_field_value(Field.Leads.last_name(), "Nordmann")
    lead.add_field_value(Field.Leads.company(), "Fjord AS")
    lead.add_field_value(Field.Leads.email(), "kari@fjord.example")
    lead.add_field_value(Field.Leads.lead_status(), Choice("Contacted"))
    lead.add_field_value(Field.Leads.no_of_employees(), 42)
    lead.add_field_value(Field.Leads.annual_revenue(), 1500000.5)
    lead.add_field_value(Field.Leads.email_opt_out(), True)
    lead.add_key_value("Favourite_Fjord", "Geiranger")  # a custom field the SDK does not know
    [lead_id] = _created_ids(RecordOperations().create_records("Leads", _body(lead, trigger=["workflow"])))

    stored = _get("Leads", lead_id)
    assert stored.get_id() == lead_id
    assert stored.get_key_value("Full_Name") == "Kari Nordmann"
    assert stored.get_key_value("Lead_Status").get_value() == "Contacted"
    assert stored.get_key_value("No_of_Employees") == 42
    assert stored.get_key_value("Annual_Revenue") == 1500000.5
    assert stored.get_key_value("Email_Opt_Out") is True
    assert stored.get_key_value("Favourite_Fjord") == "Geiranger"
    assert stored.get_key_value("Owner").get_id() == int(ADMIN.id)
    assert stored.get_created_by().get_email() == ADMIN.email
    assert isinstance(stored.get_created_time(), datetime.datetime)

    change = Record()
    change.add_field_value(Field.Leads.city(), "Bergen")
    [updated] = _write(RecordOperations().update_record(lead_id, "Leads", _body(change)))
    assert updated.get_message().get_value() == "record updated"
    assert int(updated.get_details()["id"]) == lead_id
    after = _get("Leads", lead_id)
    assert after.get_key_value("City") == "Bergen"
    assert after.get_key_value("Company") == "Fjord AS"
    assert after.get_modified_time() >= stored.get_modified_time()

    [deleted] = _write(RecordOperations().delete_record(lead_id, "Leads"))
    assert deleted.get_message().get_value() == "record deleted"
    assert RecordOperations().get_record(lead_id, "Leads").get_status_code() == 204


def test_lookups_dates_and_owners_round_trip(crm: SdkSession) -> None:
    account = next(iter_records("Accounts", per_page=1))
    contact = Record()
    contact.add_field_value(Field.Contacts.last_name(), "Hansen")
    contact.add_field_value(Field.Contacts.date_of_birth(), datetime.date(1990, 5, 17))
    link = Record()
    link.set_id(account.get_id())
    contact.add_key_value("Account_Name", link)
    owner = User()
    owner.set_id(int(MANAGER.id))
    contact.add_field_value(Field.Contacts.owner(), owner)
    [contact_id] = _created_ids(RecordOperations().create_records("Contacts", _body(contact)))

    stored = _get("Contacts", contact_id)
    assert stored.get_key_value("Date_of_Birth") == datetime.date(1990, 5, 17)
    assert stored.get_key_value("Account_Name").get_id() == account.get_id()
    assert stored.get_key_value("Account_Name").get_key_value("name") == account.get_key_value("Account_Name")
    assert stored.get_key_value("Owner").get_id() == int(MANAGER.id)

    deal = Record()
    deal.add_field_value(Field.Deals.deal_name(), "Fjord expansion")
    deal.add_field_value(Field.Deals.stage(), Choice("Qualification"))
    deal.add_field_value(Field.Deals.closing_date(), datetime.date(2031, 3, 4))
    deal.add_field_value(Field.Deals.amount(), 1234.5)
    deal.add_key_value("Account_Name", link)
    [deal_id] = _created_ids(RecordOperations().create_records("Deals", _body(deal)))
    stored_deal = _get("Deals", deal_id)
    assert stored_deal.get_key_value("Closing_Date") == datetime.date(2031, 3, 4)
    assert stored_deal.get_key_value("Amount") == 1234.5
    assert stored_deal.get_key_value("Probability") == 10  # the stage's probability, filled in by CRM

    start = datetime.datetime(2031, 6, 1, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    meeting = Record()
    meeting.add_field_value(Field.Events.event_title(), "Kick-off")
    meeting.add_field_value(Field.Events.start_datetime(), start)
    meeting.add_field_value(Field.Events.end_datetime(), start + datetime.timedelta(hours=1))
    meeting.add_key_value("What_Id", link)
    meeting.add_key_value("$se_module", "Accounts")
    [event_id] = _created_ids(RecordOperations().create_records("Events", _body(meeting)))
    stored_event = _get("Events", event_id)
    assert stored_event.get_key_value("Start_DateTime") == start
    assert stored_event.get_key_value("End_DateTime") - stored_event.get_key_value("Start_DateTime") == (
        datetime.timedelta(hours=1)
    )
    assert stored_event.get_key_value("What_Id").get_id() == account.get_id()


def test_bulk_update_and_delete(crm: SdkSession) -> None:
    ids = _created_ids(RecordOperations().create_records("Leads", _body(_lead("One"), _lead("Two"), _lead("Three"))))
    changes = []
    for record_id in ids:
        change = Record()
        change.set_id(record_id)
        change.add_field_value(Field.Leads.lead_status(), Choice("Pre-Qualified"))
        changes.append(change)
    results = _write(RecordOperations().update_records("Leads", _body(*changes)))
    assert [int(r.get_details()["id"]) for r in results] == ids

    params = _params(GetRecordsParam, ids=",".join(map(str, ids)), fields="Last_Name,Lead_Status")
    body = RecordOperations().get_records("Leads", params).get_object()
    assert isinstance(body, ResponseWrapper)
    assert {(r.get_key_value("Last_Name"), r.get_key_value("Lead_Status").get_value()) for r in body.get_data()} == {
        ("One", "Pre-Qualified"),
        ("Two", "Pre-Qualified"),
        ("Three", "Pre-Qualified"),
    }

    params = ParameterMap()
    for record_id in ids:
        params.add(DeleteRecordsParam.ids, str(record_id))  # repeated adds join with commas
    deleted = _write(RecordOperations().delete_records("Leads", params))
    assert sorted(int(r.get_details()["id"]) for r in deleted) == sorted(ids)
    assert sum(1 for _ in iter_records("Leads")) == SEEDED_LEADS


def test_a_batch_with_an_invalid_record_reports_it_per_record(crm: SdkSession) -> None:
    nameless = Record()
    nameless.add_field_value(Field.Leads.company(), "No Name Ltd")
    response = RecordOperations().create_records("Leads", _body(_lead("Valid"), nameless))

    assert response.get_status_code() == 202
    ok, refused = _write(response)
    assert isinstance(ok, SuccessResponse)
    assert isinstance(refused, APIException)
    assert refused.get_code().get_value() == "MANDATORY_NOT_FOUND"
    assert refused.get_details() == {"api_name": "Last_Name"}


def test_upsert_updates_by_duplicate_check_field_and_inserts_the_rest(crm: SdkSession) -> None:
    known = _lead("Daly", Email="p.daly@zylker.com", Designation="Buyer")
    fresh = _lead("Fresh", Email="fresh@example.com")
    results = _write(RecordOperations().upsert_records("Leads", _body(known, fresh, duplicate_check_fields=["Email"])))

    assert [(r.get_action().get_value(), r.get_message().get_value()) for r in results] == [
        ("update", "record updated"),
        ("insert", "record added"),
    ]
    assert results[0].get_duplicate_field() == "Email"
    daly = _get("Leads", int(results[0].get_details()["id"]))
    assert (daly.get_key_value("First_Name"), daly.get_key_value("Designation")) == ("Paul", "Buyer")
    assert sum(1 for _ in iter_records("Leads")) == SEEDED_LEADS + 1


def _search(**values: Any) -> APIResponse:
    return RecordOperations().search_records("Leads", _params(SearchRecordsParam, **values))


def _search_names(**values: Any) -> list[str]:
    body = _search(**values).get_object()
    assert isinstance(body, ResponseWrapper), body
    return sorted(r.get_key_value("Last_Name") for r in body.get_data())


def test_search(crm: SdkSession) -> None:
    assert _search_names(criteria="(Lead_Status:equals:Not Contacted)") == ["Boyle", "Hawkins"]
    assert _search_names(criteria="((Company:starts_with:Zylker)and(Lead_Source:equals:Trade Show))") == ["Daly"]
    assert _search_names(email="kris@kingchris.example") == ["Marrier"]
    assert _search_names(phone="555-555-0130") == ["Boyle"]
    assert _search_names(word="Grogan") == ["Grogan"]

    page = _search(criteria="(Owner:equals:" + ADMIN.id + ")", page=1, per_page=2).get_object()
    assert isinstance(page, ResponseWrapper)
    assert len(page.get_data()) == 2
    assert page.get_info().get_more_records() is True

    assert _search(email="nobody@nowhere.example").get_status_code() == 204
    refused = _search(criteria="Last_Name=Boyle")
    assert refused.get_status_code() == 400
    error = refused.get_object()
    assert isinstance(error, APIException)
    assert error.get_code().get_value() == "INVALID_QUERY"


def test_deleted_records(crm: SdkSession) -> None:
    ids = _created_ids(RecordOperations().create_records("Leads", _body(_lead("Gone One"), _lead("Gone Two"))))
    for record_id in ids:
        RecordOperations().delete_record(record_id, "Leads")

    body = RecordOperations().get_deleted_records("Leads", _params(GetDeletedRecordsParam, type="recycle")).get_object()
    assert isinstance(body, DeletedRecordsWrapper)
    deleted = {d.get_id(): d for d in body.get_data()}
    assert set(ids) <= set(deleted)
    gone = deleted[ids[0]]
    assert (gone.get_display_name(), gone.get_type()) == ("Gone One", "recycle")
    assert gone.get_deleted_by().get_id() == int(ADMIN.id)
    assert isinstance(gone.get_deleted_time(), datetime.datetime)

    permanent = RecordOperations().get_deleted_records("Leads", _params(GetDeletedRecordsParam, type="permanent"))
    assert permanent.get_status_code() == 204


def test_convert_a_lead(crm: SdkSession) -> None:
    [lead_id] = _created_ids(
        RecordOperations().create_records("Leads", _body(_lead("Convertible", Company="Convert Co", First_Name="Ola")))
    )
    converter = LeadConverter()
    converter.set_overwrite(True)
    body = ConvertBodyWrapper()
    body.set_data([converter])
    answer = RecordOperations().convert_lead(lead_id, body).get_object()
    assert isinstance(answer, ConvertActionWrapper)
    [converted] = answer.get_data()
    assert isinstance(converted, SuccessfulConvert)

    contact = _get("Contacts", int(converted.get_contacts()))
    assert contact.get_key_value("Full_Name") == "Ola Convertible"
    account = _get("Accounts", int(converted.get_accounts()))
    assert account.get_key_value("Account_Name") == "Convert Co"
    assert lead_id not in {r.get_id() for r in iter_records("Leads")}
    assert lead_id in {r.get_id() for r in iter_records("Leads", converted="true")}


def test_if_modified_since(crm: SdkSession) -> None:
    headers = HeaderMap()
    headers.add(GetRecordsHeader.if_modified_since, datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1))
    assert RecordOperations().get_records("Leads", None, headers).get_status_code() == 304

    [lead_id] = _created_ids(RecordOperations().create_records("Leads", _body(_lead("Recent"))))
    headers = HeaderMap()
    headers.add(GetRecordsHeader.if_modified_since, datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1))
    body = RecordOperations().get_records("Leads", None, headers).get_object()
    assert isinstance(body, ResponseWrapper)
    assert lead_id in {r.get_id() for r in body.get_data()}


def test_errors_a_client_sees(crm: SdkSession) -> None:
    assert RecordOperations().get_record(3652397000999999999, "Leads").get_status_code() == 204

    with pytest.raises(SDKException) as unknown:
        RecordOperations().get_records("Not_A_Module")
    assert unknown.value.details["code"] == "INVALID_MODULE"

    response = RecordOperations().get_records("Leads", _params(GetRecordsParam, sort_by="Nope"))
    assert response.get_status_code() == 400
    error = response.get_object()
    assert isinstance(error, APIException)
    assert error.get_code().get_value() == "INVALID_DATA"
