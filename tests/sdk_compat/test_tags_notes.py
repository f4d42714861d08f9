"""Tags and notes through the SDK: tag lifecycle and tagging records; notes across modules, per
record, one by one and in bulk."""

from __future__ import annotations

from typing import Any

from zcrmsdk.src.com.zoho.crm.api import ParameterMap
from zcrmsdk.src.com.zoho.crm.api import notes as N
from zcrmsdk.src.com.zoho.crm.api import tags as T
from zcrmsdk.src.com.zoho.crm.api.record import Record, RecordOperations
from zcrmsdk.src.com.zoho.crm.api.record import ResponseWrapper as RecordsWrapper
from zcrmsdk.src.com.zoho.crm.api.related_records import RelatedRecordsOperations
from zcrmsdk.src.com.zoho.crm.api.related_records import ResponseWrapper as RelatedWrapper
from zcrmsdk.src.com.zoho.crm.api.util import APIResponse

from .sdk_session import SdkSession, iter_records


def _params(param_class: type, **values: Any) -> ParameterMap:
    params = ParameterMap()
    for name, value in values.items():
        params.add(getattr(param_class, name), value)
    return params


def _lead_ids() -> dict[str, int]:
    return {r.get_key_value("Last_Name"): r.get_id() for r in iter_records("Leads")}


def _tags_of(module: str, record_id: int) -> list[str]:
    body = RecordOperations().get_record(record_id, module).get_object()
    assert isinstance(body, RecordsWrapper)
    return sorted(t.get_name() for t in body.get_data()[0].get_tag() or [])


def _lead_tags() -> dict[str, Any]:
    body = T.TagsOperations().get_tags(_params(T.GetTagsParam, module="Leads")).get_object()
    assert isinstance(body, T.ResponseWrapper), body
    return {t.get_name(): t for t in body.get_tags()}


def _tag_results(response: APIResponse) -> list[Any]:
    body = response.get_object()
    assert isinstance(body, T.ActionWrapper | T.RecordActionWrapper), body
    results = body.get_tags() if isinstance(body, T.ActionWrapper) else body.get_data()
    assert all(isinstance(r, T.SuccessResponse) for r in results), [r.get_message().get_value() for r in results]
    return list(results)


def test_tag_lifecycle(crm: SdkSession) -> None:
    assert {"Hot", "Webinar"} <= set(_lead_tags())

    tag = T.Tag()
    tag.set_name("Nordic")
    body = T.BodyWrapper()
    body.set_tags([tag])
    [created] = _tag_results(T.TagsOperations().create_tags(body, _params(T.CreateTagsParam, module="Leads")))
    tag_id = int(created.get_details()["id"])
    assert _lead_tags()["Nordic"].get_id() == tag_id

    renamed = T.Tag()
    renamed.set_name("Nordics")
    body = T.BodyWrapper()
    body.set_tags([renamed])
    T.TagsOperations().update_tag(tag_id, body, _params(T.UpdateTagParam, module="Leads"))
    assert "Nordics" in _lead_tags()

    leads = _lead_ids()
    T.TagsOperations().add_tags_to_record(leads["Daly"], "Leads", _params(T.AddTagsToRecordParam, tag_names="Nordics"))
    count = (
        T.TagsOperations()
        .get_record_count_for_tag(tag_id, _params(T.GetRecordCountForTagParam, module="Leads"))
        .get_object()
    )
    assert isinstance(count, T.CountWrapper)
    assert int(count.get_count()) == 1

    [deleted] = _tag_results(T.TagsOperations().delete_tag(tag_id))
    assert deleted.get_message().get_value() == "tags deleted successfully"
    assert "Nordics" not in _lead_tags()
    assert _tags_of("Leads", leads["Daly"]) == ["Hot"]


def test_tagging_records(crm: SdkSession) -> None:
    leads = _lead_ids()
    params = _params(T.AddTagsToRecordParam, tag_names="Priority")
    params.add(T.AddTagsToRecordParam.tag_names, "Q3")  # a second add joins the names with a comma
    [added] = _tag_results(T.TagsOperations().add_tags_to_record(leads["Grogan"], "Leads", params))
    assert sorted(added.get_details()["tags"]) == ["Priority", "Q3"]
    assert _tags_of("Leads", leads["Grogan"]) == ["Priority", "Q3"]
    assert {"Priority", "Q3"} <= set(_lead_tags())  # new names become tags of the module

    params = _params(T.RemoveTagsFromRecordParam, tag_names="Q3")
    T.TagsOperations().remove_tags_from_record(leads["Grogan"], "Leads", params)
    assert _tags_of("Leads", leads["Grogan"]) == ["Priority"]

    many = _params(T.AddTagsToMultipleRecordsParam, tag_names="Follow-up")
    for name in ("Boyle", "Hawkins"):
        many.add(T.AddTagsToMultipleRecordsParam.ids, leads[name])
    results = _tag_results(T.TagsOperations().add_tags_to_multiple_records("Leads", many))
    assert sorted(int(r.get_details()["id"]) for r in results) == sorted([leads["Boyle"], leads["Hawkins"]])
    assert _tags_of("Leads", leads["Boyle"]) == ["Follow-up", "Hot", "Webinar"]

    fewer = _params(T.RemoveTagsFromMultipleRecordsParam, tag_names="Follow-up,Hot")
    for name in ("Boyle", "Hawkins"):
        fewer.add(T.RemoveTagsFromMultipleRecordsParam.ids, leads[name])
    _tag_results(T.TagsOperations().remove_tags_from_multiple_records("Leads", fewer))
    assert _tags_of("Leads", leads["Boyle"]) == ["Webinar"]
    assert _tags_of("Leads", leads["Hawkins"]) == []


def _note(title: str, content: str, parent_id: int | None = None, module: str | None = None) -> N.Note:
    note = N.Note()
    note.set_note_title(title)
    note.set_note_content(content)
    if parent_id is not None:
        parent = Record()
        parent.set_id(parent_id)
        note.set_parent_id(parent)
        note.set_se_module(module)
    return note


def _note_results(response: APIResponse) -> list[Any]:
    body = response.get_object()
    assert isinstance(body, N.ActionWrapper), body
    results = body.get_data()
    assert all(isinstance(r, N.SuccessResponse) for r in results), [r.get_message().get_value() for r in results]
    return list(results)


def _all_notes() -> dict[int, N.Note]:
    body = N.NotesOperations().get_notes(_params(N.GetNotesParam, page=1, per_page=200)).get_object()
    assert isinstance(body, N.ResponseWrapper)
    return {n.get_id(): n for n in body.get_data()}


def test_notes(crm: SdkSession) -> None:
    seeded = _all_notes()
    leads = _lead_ids()
    contact = next(iter_records("Contacts"))
    body = N.BodyWrapper()
    body.set_data(
        [
            _note("Call back", "Wants a quote in May.", leads["Marrier"], "Leads"),
            _note("Met at fair", "Interested in the cloud suite.", contact.get_id(), "Contacts"),
        ]
    )
    results = _note_results(N.NotesOperations().create_notes(body))
    lead_note, contact_note = (int(r.get_details()["id"]) for r in results)

    notes = _all_notes()
    assert set(notes) == set(seeded) | {lead_note, contact_note}
    stored = notes[lead_note]
    assert (stored.get_note_title(), stored.get_note_content()) == ("Call back", "Wants a quote in May.")
    assert stored.get_parent_id().get_id() == leads["Marrier"]
    assert stored.get_se_module() == "Leads"
    assert stored.get_owner().get_email() == crm.user.get_email()

    one = N.NotesOperations().get_note(contact_note).get_object()
    assert isinstance(one, N.ResponseWrapper)
    assert one.get_data()[0].get_note_title() == "Met at fair"

    related = RelatedRecordsOperations("Notes", "Leads").get_related_records(leads["Marrier"]).get_object()
    assert isinstance(related, RelatedWrapper)
    assert [r.get_id() for r in related.get_data()] == [lead_note]

    edit = N.BodyWrapper()
    edit.set_data([_note("Call back", "Quote sent.")])
    [updated] = _note_results(N.NotesOperations().update_note(lead_note, edit))
    assert int(updated.get_details()["id"]) == lead_note
    assert _all_notes()[lead_note].get_note_content() == "Quote sent."

    first, second = _note("Bulk", "first"), _note("Bulk", "second")
    first.set_id(lead_note)
    second.set_id(contact_note)
    edits = N.BodyWrapper()
    edits.set_data([first, second])
    _note_results(N.NotesOperations().update_notes(edits))
    notes = _all_notes()
    assert (notes[lead_note].get_note_content(), notes[contact_note].get_note_content()) == ("first", "second")

    [gone] = _note_results(N.NotesOperations().delete_note(contact_note))
    assert gone.get_message().get_value() == "record deleted"
    assert contact_note not in _all_notes()

    ids = _params(N.DeleteNotesParam, ids=lead_note)
    for note_id in seeded:
        ids.add(N.DeleteNotesParam.ids, note_id)
    _note_results(N.NotesOperations().delete_notes(ids))
    assert N.NotesOperations().get_notes().get_status_code() == 204
