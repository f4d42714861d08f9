"""The objects the spec's examples name, with the ids of the documentation's samples.

The CRM spec's parameter examples are the documentation's own sample requests
(``GET /Leads/410888000000698006``, ``PUT /settings/tags/2000000030444``...). A fresh emulator
holds an object for each of those ids, so that every example request names something that
exists. They are inserted through the store's own write paths, like the rest of the seed; only
their ids are preset.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ...core.backend import IdFactory
from ...core.errors import ZohoError
from ..accounts import directory
from .models import VariableGroup

if TYPE_CHECKING:
    from .models import CrmStore, Record

LEAD = "410888000000698006"
"""The lead of the record samples (get, update, delete, blueprint, notes, attachments)."""
GDPR_LEAD = "111111000000034001"
CONVERT_LEAD = "1000000145990"
TAGGED_CONTACT = "2445013000000402006"
CAMPAIGN_LEAD = "100014990"
CAMPAIGN = "100013559"
SECOND_CAMPAIGN = "100013571"
"""The lead's other campaign, which the unlink-many example removes (the unlink-one example removes
``CAMPAIGN``)."""
NOTE_LEAD = "410888000000645234"
NOTE = "410888000000643123"
SECOND_NOTE_LEAD = "2883756000000268053"
SECOND_NOTE = "2883756000000268003"
DELETABLE_NOTE = "2883756000000268019"
"""The note of the same lead the single-note delete example removes: the documentation's delete-one
sample names a note its delete-many sample removes as well."""
EARLIER_NOTES_TIME = datetime(2019, 4, 10, 9, 30, tzinfo=UTC)
"""When the sample notes other than ``SECOND_NOTE`` (and their leads) were created and the notes last
changed: before the ``If-Modified-Since`` sample (25 July 2019), so of the sample notes a note list
that sends the sample shows ``SECOND_NOTE`` only. A tool that deletes every note it has seen listed
(schemathesis does, from the delete-many operation) then leaves the notes the single-note examples
name, and the only sample lead whose notes it has seen listed is the single-note delete sample's."""
PHOTO_LEAD = "3000000038009"
SHARED_LEAD = "2883756000000135187"
DELETABLE_LEAD = "410888000000698019"
"""The lead the single-record delete example removes, so that the documentation's sample lead stays
for the attachment, note and related-record samples run after it."""
ATTACHMENT = "3652397000000675001"
BULK_DELETE_LEADS = ("410405000002264040", "410405000002264025")
TAGGING_LEADS = ("1234567890", "123456789")
"""The records of the multi-record tagging samples (``ids=1234567890,123456789``)."""
CONVERT_ACCOUNT = "7000000037323"
"""The existing account the convert sample attaches the contact to."""
MORE_NOTES = ("2883756000000987654", "2883756000000736435")
"""The other notes of the delete-notes sample (``ids=2883756000000268003,...``)."""
LEADS = (
    LEAD,
    GDPR_LEAD,
    CONVERT_LEAD,
    CAMPAIGN_LEAD,
    NOTE_LEAD,
    SECOND_NOTE_LEAD,
    PHOTO_LEAD,
    SHARED_LEAD,
    DELETABLE_LEAD,
    *BULK_DELETE_LEADS,
    *TAGGING_LEADS,
)
"""Every sample lead."""
TAGS = {"2000000039007": "From Email", "2000000035058": "High Priority", "2000000030444": "In progress"}
"""Contacts tags of the tag samples, by id."""
VARIABLE_GROUPS = {"40000000047001": "Group2", "40000000047003": "Group3"}
VARIABLES = {
    "40000000047003": "VariableSix",
    "40000000047007": "VariableSeven",
    "40000000047009": "VariableNine",
    "40000000047010": "Variable444",
    "40000000047012": "VariableTwelve",
}
"""Variables of group ``Group2`` by id, with their API names. ``VariableTwelve`` is the one the spec's
single-variable delete example removes: the delete-many sample removes the documentation's others."""
SAMPLE_GROUP = "40000000047001"
PRICE_BOOKS = {"7000000037030": "Price_Book_Name oops1", "7000000037031": "Price_Book_Name oops2"}
"""The price books of the update samples (``PUT /Price_Books/7000000037030``), as the insert sample
names them, owned by the samples' owner."""
PRICE_BOOK_OWNER = "7000000031553"
DEALS_LAYOUT = "4108880000425045"
"""The Deals layout's id: ``GET /settings/layouts/4108880000425045?module=Deals``."""
LEADS_LAYOUT = "3652397000000040001"
"""The standard Leads layout's id, which the spec's single-layout examples name with ``module=Leads``."""
LEADS_VIEW = "4108880000066613"
"""The id of the "All Leads" custom view: ``GET /settings/custom_views/4108880000066613?module=Leads``."""
ONE_PIXEL_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


class _PresetIds(IdFactory):
    """Hands out the given ids first, then continues with the store's own factory."""

    def __init__(self, ids: list[str], then: IdFactory) -> None:
        super().__init__(then.prefix)
        self._preset = ids
        self._then = then

    def __call__(self) -> str:
        return self._preset.pop(0) if self._preset else self._then()


@contextmanager
def preset_ids(store: CrmStore, *ids: str) -> Iterator[None]:
    """Within the block, the store's next new objects get ``ids``, in order."""
    original = store.ids
    store.ids = _PresetIds(list(ids), original)
    try:
        yield
    finally:
        store.ids = original


SAMPLE_LEAD_STATUS = "Attempted to Contact"
"""The status of every sample lead that names none: mid-qualification like the record sample, so
the org's lead-qualification blueprint applies to each of them (a lead with no status is in no
blueprint, and the blueprint samples may name any lead)."""


def _insert(store: CrmStore, module: str, record_id: str, data: dict[str, object]) -> Record:
    if module == "Leads":
        data = {"Lead_Status": SAMPLE_LEAD_STATUS, **data}
    with preset_ids(store, record_id):
        outcome = store.insert(module, [data], directory.ADMIN.id)[0]
    if outcome.error is not None or outcome.record is None or outcome.record.id != record_id:
        raise RuntimeError(f"sample record {module} {record_id} is invalid: {outcome.error}")
    return outcome.record


def _sample_metadata_ids(store: CrmStore) -> None:
    """The Deals layout and the All Leads view take the ids of the documentation's samples; the Leads
    layout keeps the id the spec's examples name."""
    store.layout_ids["Deals"] = DEALS_LAYOUT
    store.layout_ids["Leads"] = LEADS_LAYOUT
    for deal in store.records["Deals"].values():
        deal.layout_id = DEALS_LAYOUT
    store.custom_view_ids["Leads"]["all"] = LEADS_VIEW


def seed_samples(store: CrmStore) -> None:
    """Add the sample objects to a freshly seeded store."""
    admin, rep = directory.ADMIN.id, directory.SALES_REP.id
    _sample_metadata_ids(store)

    lead = _insert(
        store,
        "Leads",
        LEAD,
        {
            "Last_Name": "Sample Lead",
            "Company": "Sample Company",
            "Lead_Status": "Attempted to Contact",
            "Phone": "555-555-0150",
        },
    )
    _insert(store, "Leads", GDPR_LEAD, {"Last_Name": "GDPR Sample", "Company": "Sample Company"})
    _insert(
        store,
        "Leads",
        CONVERT_LEAD,
        {"Last_Name": "Robert", "Company": "Robert Traders", "Email": "robert@roberttraders.example"},
    )
    _insert(store, "Contacts", TAGGED_CONTACT, {"Last_Name": "Sample Contact", "Email": "contact@zylker.com"})
    campaign_lead = _insert(store, "Leads", CAMPAIGN_LEAD, {"Last_Name": "Campaign Lead", "Company": "Sample Company"})
    campaign = _insert(store, "Campaigns", CAMPAIGN, {"Campaign_Name": "Sample Campaign", "Status": "Active"})
    store.junctions.add(store._junction_key("Leads", campaign_lead.id, "Campaigns", campaign.id))
    store.junctions.add(store._junction_key("Leads", lead.id, "Campaigns", campaign.id))
    second_campaign = _insert(
        store, "Campaigns", SECOND_CAMPAIGN, {"Campaign_Name": "Spring Campaign", "Status": "Active"}
    )
    store.junctions.add(store._junction_key("Leads", campaign_lead.id, "Campaigns", second_campaign.id))
    note_lead = _insert(store, "Leads", NOTE_LEAD, {"Last_Name": "Note Lead", "Company": "Sample Company"})
    second_note_lead = _insert(store, "Leads", SECOND_NOTE_LEAD, {"Last_Name": "Second Note Lead"})
    for parent, note_id in ((note_lead, NOTE), (second_note_lead, SECOND_NOTE), (second_note_lead, DELETABLE_NOTE)):
        with preset_ids(store, note_id):
            store.create_notes([{"Note_Title": "Sample", "Note_Content": "A sample note."}], admin, parent=parent)
    photo_lead = _insert(store, "Leads", PHOTO_LEAD, {"Last_Name": "Photo Lead", "Company": "Sample Company"})
    store.set_photo(photo_lead, ONE_PIXEL_PNG, "image/png", "photo.png")
    shared = _insert(store, "Leads", SHARED_LEAD, {"Last_Name": "Shared Lead", "Company": "Sample Company"})
    store.share(
        shared, [{"user": {"id": rep}, "permission": "read_write", "share_related_records": True}], admin, False
    )
    _insert(store, "Leads", DELETABLE_LEAD, {"Last_Name": "Lead To Delete", "Company": "Sample Company"})
    for record_id in BULK_DELETE_LEADS:
        _insert(store, "Leads", record_id, {"Last_Name": f"Lead {record_id[-4:]}"})
    for record_id in TAGGING_LEADS:
        _insert(store, "Leads", record_id, {"Last_Name": f"Tagging Lead {record_id[-3:]}"})
    _insert(store, "Accounts", CONVERT_ACCOUNT, {"Account_Name": "Robert Traders"})
    for record_id, name in PRICE_BOOKS.items():
        _insert(
            store,
            "Price_Books",
            record_id,
            {"Price_Book_Name": name, "Active": True, "Pricing_Model": "Flat", "Owner": {"id": PRICE_BOOK_OWNER}},
        )
    with preset_ids(store, *MORE_NOTES):
        store.create_notes(
            [{"Note_Title": "Sample", "Note_Content": f"Sample note {n}."} for n in (2, 3)], admin, parent=lead
        )
    earlier = EARLIER_NOTES_TIME.timestamp()
    for note_id in (NOTE, DELETABLE_NOTE, *MORE_NOTES):
        note = store.records["Notes"][note_id]
        note.created = note.modified = earlier
    for parent in (lead, note_lead, second_note_lead):
        parent.created = earlier
    with preset_ids(store, ATTACHMENT):
        store.add_attachment(lead, "brochure.txt", b"Zylker brochure", "text/plain", None, admin)

    contact = store.records["Contacts"][TAGGED_CONTACT]
    for tag_id, name in TAGS.items():
        with preset_ids(store, tag_id):
            store.add_tags(contact, [name], admin, overwrite=False)

    for group_id, api_name in VARIABLE_GROUPS.items():
        store.variable_groups[group_id] = VariableGroup(group_id, api_name, api_name, api_name)
    with preset_ids(store, *VARIABLES):
        created = store.create_variables(
            [
                {
                    "name": api_name,
                    "api_name": api_name,
                    "type": "text",
                    "value": api_name,
                    "variable_group": {"id": SAMPLE_GROUP},
                }
                for api_name in VARIABLES.values()
            ]
        )
    if any(isinstance(item, ZohoError) for item in created):
        raise RuntimeError(f"sample variables are invalid: {created}")
