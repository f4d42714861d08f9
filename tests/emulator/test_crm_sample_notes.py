"""The sample notes: which ones a note list sent with the spec's ``If-Modified-Since`` sample shows, and
the single-note samples still finding their notes after the delete-many sample."""

from __future__ import annotations

from datetime import datetime

import httpx

from zohokit_emulator.services.crm import samples

IF_MODIFIED_SINCE_SAMPLE = "2019-07-25T15:26:49+05:30"
"""The value of the spec's ``If-Modified-Since`` example."""
EARLIER_NOTES = {samples.NOTE, samples.DELETABLE_NOTE, *samples.MORE_NOTES}


def _ids(response: httpx.Response) -> set[str]:
    assert response.status_code == 200, response.text
    return {note["id"] for note in response.json()["data"]}


async def test_earlier_sample_notes_predate_the_if_modified_since_sample(crm: httpx.AsyncClient) -> None:
    everything = await crm.get("/Notes", params={"per_page": 200})
    listed = {note["id"]: note for note in everything.json()["data"]}
    assert EARLIER_NOTES | {samples.SECOND_NOTE} <= set(listed)
    sample_moment = datetime.fromisoformat(IF_MODIFIED_SINCE_SAMPLE)
    for note_id in EARLIER_NOTES:
        assert datetime.fromisoformat(listed[note_id]["Modified_Time"]) < sample_moment
        assert datetime.fromisoformat(listed[note_id]["Created_Time"]) < sample_moment

    since = {"If-Modified-Since": IF_MODIFIED_SINCE_SAMPLE}
    changed = _ids(await crm.get("/Notes", params={"per_page": 200}, headers=since))
    assert samples.SECOND_NOTE in changed and not changed & EARLIER_NOTES
    under_lead = _ids(await crm.get(f"/Leads/{samples.SECOND_NOTE_LEAD}/Notes", headers=since))
    assert under_lead == {samples.SECOND_NOTE}
    unchanged = await crm.get(f"/Leads/{samples.NOTE_LEAD}/Notes", headers=since)
    assert unchanged.status_code == 304


async def test_single_note_samples_run_after_the_delete_many_sample(crm: httpx.AsyncClient) -> None:
    many = await crm.delete("/Notes", params={"ids": f"{samples.SECOND_NOTE},{','.join(samples.MORE_NOTES)}"})
    assert many.status_code == 200, many.text

    updated = await crm.put(
        f"/Leads/{samples.NOTE_LEAD}/Notes/{samples.NOTE}",
        json={"data": [{"Note_Title": "Contacted", "Note_Content": "Tracking the status."}]},
    )
    assert updated.status_code == 200, updated.text
    deleted = await crm.delete(f"/Leads/{samples.SECOND_NOTE_LEAD}/Notes/{samples.DELETABLE_NOTE}")
    assert deleted.status_code == 200, deleted.text
    assert deleted.json()["data"][0]["details"]["id"] == samples.DELETABLE_NOTE
