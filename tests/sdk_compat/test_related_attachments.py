"""Related records and attachments through the SDK: relate, list and unlink records of a related
list (junctions and lookups); upload, list, download and delete files and links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from zcrmsdk.src.com.zoho.crm.api import ParameterMap
from zcrmsdk.src.com.zoho.crm.api import attachments as A
from zcrmsdk.src.com.zoho.crm.api import related_records as RR
from zcrmsdk.src.com.zoho.crm.api.record import ActionWrapper, BodyWrapper, Field, Record, RecordOperations
from zcrmsdk.src.com.zoho.crm.api.record import ResponseWrapper as RecordsWrapper
from zcrmsdk.src.com.zoho.crm.api.record import SuccessResponse as RecordSuccess
from zcrmsdk.src.com.zoho.crm.api.util import APIResponse, StreamWrapper

from .sdk_session import SdkSession, iter_records


def _create(module: str, **values: Any) -> int:
    record = Record()
    for name, value in values.items():
        record.add_key_value(name, value)
    body = BodyWrapper()
    body.set_data([record])
    written = RecordOperations().create_records(module, body).get_object()
    assert isinstance(written, ActionWrapper)
    [result] = written.get_data()
    assert isinstance(result, RecordSuccess), result.get_message().get_value()
    return int(result.get_details()["id"])


def _related_ids(related_list: str, module: str, record_id: int) -> set[int]:
    response = RR.RelatedRecordsOperations(related_list, module).get_related_records(record_id)
    if response.get_status_code() == 204:
        return set()
    body = response.get_object()
    assert isinstance(body, RR.ResponseWrapper), body
    return {r.get_id() for r in body.get_data()}


def _results(response: APIResponse, action_wrapper: type, success: type) -> list[Any]:
    body = response.get_object()
    assert isinstance(body, action_wrapper), body
    results = list(body.get_data())
    assert all(isinstance(r, success) for r in results), [r.get_message().get_value() for r in results]
    return results


def _with_id(record_id: int, **values: Any) -> Record:
    record = Record()
    record.set_id(record_id)
    for name, value in values.items():
        record.add_key_value(name, value)
    return record


def test_relating_campaigns_to_a_lead(crm: SdkSession) -> None:
    lead = _create("Leads", Last_Name="Joiner")
    webinar = _create("Campaigns", Campaign_Name="Autumn Webinar")
    fair = _create("Campaigns", Campaign_Name="Trade Fair")
    campaigns = RR.RelatedRecordsOperations("Campaigns", "Leads")
    assert _related_ids("Campaigns", "Leads", lead) == set()

    body = RR.BodyWrapper()
    body.set_data([_with_id(webinar, Member_Status="Invited")])
    [added] = _results(campaigns.update_related_records(lead, body), RR.ActionWrapper, RR.SuccessResponse)
    assert (added.get_message().get_value(), int(added.get_details()["id"])) == ("relation added", webinar)

    one = RR.BodyWrapper()
    one.set_data([_with_id(fair, Member_Status="Responded")])
    _results(campaigns.update_related_record(fair, lead, one), RR.ActionWrapper, RR.SuccessResponse)
    assert _related_ids("Campaigns", "Leads", lead) == {webinar, fair}

    params = ParameterMap()
    params.add(RR.DelinkRecordsParam.ids, str(webinar))
    [removed] = _results(campaigns.delink_records(lead, params), RR.ActionWrapper, RR.SuccessResponse)
    assert removed.get_message().get_value() == "relation removed"
    assert _related_ids("Campaigns", "Leads", lead) == {fair}

    _results(campaigns.delink_record(fair, lead), RR.ActionWrapper, RR.SuccessResponse)
    assert _related_ids("Campaigns", "Leads", lead) == set()


def test_relating_a_contact_to_an_account_sets_its_lookup(crm: SdkSession) -> None:
    account = next(iter_records("Accounts"))
    contact = _create("Contacts", Last_Name="Drifter")
    body = RR.BodyWrapper()
    body.set_data([_with_id(contact)])
    _results(
        RR.RelatedRecordsOperations("Contacts", "Accounts").update_related_records(account.get_id(), body),
        RR.ActionWrapper,
        RR.SuccessResponse,
    )

    assert contact in _related_ids("Contacts", "Accounts", account.get_id())
    stored = RecordOperations().get_record(contact, "Contacts").get_object()
    assert isinstance(stored, RecordsWrapper)
    assert stored.get_data()[0].get_key_value(Field.Contacts.account_name().get_api_name()).get_id() == (
        account.get_id()
    )


def _attachments(lead: int) -> dict[str, Any]:
    response = A.AttachmentsOperations("Leads", lead).get_attachments()
    if response.get_status_code() == 204:
        return {}
    body = response.get_object()
    assert isinstance(body, A.ResponseWrapper), body
    return {a.get_file_name(): a for a in body.get_data()}


def test_attachments(crm: SdkSession, tmp_path: Path) -> None:
    lead = next(iter_records("Leads")).get_id()
    attachments = A.AttachmentsOperations("Leads", lead)
    quote = tmp_path / "quote.txt"
    quote.write_bytes(b"Quote 2031-17: 12 routers, 249 USD each.\n")

    with quote.open("rb") as stream:  # requests names the part after the open file
        upload = A.FileBodyWrapper()
        upload.set_file(StreamWrapper(stream=stream))
        [uploaded] = _results(attachments.upload_attachment(upload), A.ActionWrapper, A.SuccessResponse)
    assert uploaded.get_message().get_value() == "attachment uploaded successfully"

    params = ParameterMap()
    params.add(A.UploadLinkAttachmentParam.attachmenturl, "https://www.zylker.com/brochure.pdf")
    _results(attachments.upload_link_attachment(params), A.ActionWrapper, A.SuccessResponse)

    listed = _attachments(lead)
    assert set(listed) == {"quote.txt", "brochure.pdf"}
    assert listed["quote.txt"].get_id() == int(uploaded.get_details()["id"])
    assert int(listed["quote.txt"].get_size()) == quote.stat().st_size
    assert listed["brochure.pdf"].get_link_url() == "https://www.zylker.com/brochure.pdf"

    download = attachments.download_attachment(listed["quote.txt"].get_id()).get_object()
    assert isinstance(download, A.FileBodyWrapper)
    assert download.get_file().get_name() == "quote.txt"
    assert download.get_file().get_stream().content == quote.read_bytes()

    [deleted] = _results(
        attachments.delete_attachment(listed["quote.txt"].get_id()), A.ActionWrapper, A.SuccessResponse
    )
    assert int(deleted.get_details()["id"]) == listed["quote.txt"].get_id()
    assert set(_attachments(lead)) == {"brochure.pdf"}
