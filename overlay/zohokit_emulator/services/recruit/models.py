"""Zoho Recruit state: the org's records (candidates, job openings, clients, contacts,
interviews) in the record engine every record-keeping service shares (``records/``, with this
org's ``org_metadata.yaml``), the associations of candidates with job openings, and submissions.

The records API writes and reads the same records the associations and submissions name: a
candidate inserted through ``POST /Candidates`` can be associated and listed; deleting a
candidate or a job opening drops its associations and submissions.

Rules kept (from the Get Associated Records and Change Submission Status documents):

* Associated records exist for ``Candidates`` (their job openings) and ``JobOpenings`` (their
  candidates); any other module is ``INVALID_MODULE``. A job opening's candidates carry, as
  ``Candidate_Status``, their status for that job opening, which ``candidate_statuses`` filters on.
* A submission is reviewed once: the outcome is one of the two values of the org's edition
  (Corporate HR: ``Approved by hiring manager`` / ``Rejected by hiring manager``; Staffing
  Agency: ``Approved by client`` / ``Rejected by client``); a rating of 3-5 only approves, 0-2
  only rejects; a rejection needs reviewer comments; an archived or already reviewed submission
  is refused with HTTP 202. The review also moves the candidate's status for the job opening.

Handlers parse the request into Python values; this module validates them against the state,
then applies the whole change (nothing is changed when a rule fails).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from ...core.clock import format_time
from ...core.errors import invalid_data, invalid_module, invalid_path_id, mandatory_not_found
from ..accounts import directory
from ..records.metadata import OrgMetadata
from ..records.state import Record
from ..records.store import RecordStore
from . import seed

if TYPE_CHECKING:
    from ...core.backend import Backend

EDITION_ENV = "ZOHO_EMULATOR_RECRUIT_EDITION"
"""Environment variable choosing the edition the store starts (and resets) with."""
DEFAULT_EDITION = "corporate_hr"
APPROVE_RATINGS = range(3, 6)
REJECT_RATINGS = range(0, 3)
MAX_COMMENTS = 2000

CANDIDATES = "Candidates"
JOB_OPENINGS = "JobOpenings"
MODULES = {CANDIDATES.lower(): CANDIDATES, JOB_OPENINGS.lower(): JOB_OPENINGS}


@dataclass
class Association:
    candidate_id: str
    job_opening_id: str
    status: str
    associated_at: str


@dataclass
class Submission:
    id: str
    candidate_id: str
    job_opening_id: str
    created_time: str
    created_by: str
    modified_time: str
    modified_by: str
    status: str
    rating: int | None = None
    comments: str | None = None
    reviewed_by: str | None = None
    archived: bool = False

    @property
    def reviewed(self) -> bool:
        return self.status != seed.PENDING_REVIEW


@dataclass(frozen=True)
class Review:
    """A parsed review (the one item of Change Submission Status's ``data``)."""

    status: str
    rating: int | None = None
    comments: str | None = None
    reviewed_by: str | None = None


@dataclass(frozen=True)
class Refusal:
    """A review Zoho accepts but does not apply (HTTP 202): ``RECORD_ARCHIVED``, ``STATUS_ALREADY_CHANGED``."""

    code: str
    message: str


@dataclass(frozen=True)
class Page:
    records: list[dict[str, Any]]
    page: int
    per_page: int
    more_records: bool


def normalize_edition(value: str) -> str | None:
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    return key if key in seed.EDITIONS else None


class RecruitStore(RecordStore):
    """The Recruit org's records (the shared engine), associations and submissions."""

    ORG: ClassVar[OrgMetadata] = OrgMetadata.load(__package__)

    def __init__(self, backend: Backend) -> None:
        self.default_edition = normalize_edition(os.environ.get(EDITION_ENV, "")) or DEFAULT_EDITION
        self.edition = self.default_edition
        self.associations: dict[tuple[str, str], Association] = {}
        self.submissions: dict[str, Submission] = {}
        super().__init__(backend)

    def fixtures(self) -> dict[str, Any]:
        """The seeded ids a client needs to try each rule of the submission review."""
        pending = [sub for sub in seed.SUBMISSIONS if sub.status is None and not sub.archived]
        return {
            "candidate_id": seed.candidate_id(pending[0].candidate),
            "job_opening_id": seed.job_id(pending[0].job),
            "pending_submission_ids": [seed.submission_id(sub.n) for sub in pending],
            "pending_submission_id": seed.submission_id(pending[0].n),
            "reviewed_submission_ids": [
                seed.submission_id(sub.n) for sub in seed.SUBMISSIONS if sub.status and not sub.archived
            ],
            "archived_submission_ids": [seed.submission_id(sub.n) for sub in seed.SUBMISSIONS if sub.archived],
            "candidate_ids": [seed.candidate_id(c.n) for c in seed.CANDIDATES],
            "job_opening_ids": [seed.job_id(j.n) for j in seed.JOBS],
            "client_ids": [seed.client_id(c.n) for c in seed.CLIENTS],
            "contact_ids": [seed.contact_id(c.n) for c in seed.CONTACTS],
            "interview_ids": [seed.interview_id(i.n) for i in seed.INTERVIEWS],
        }

    def reset(self) -> None:
        """The seeded org: records through the engine (in creation order, so the auto-numbers
        follow it), then associations and submissions."""
        super().reset()
        self.edition = self.default_edition
        for c in seed.CLIENTS:
            self.seed_record("Clients", seed.client_id(c.n), seed.client_input(c), created=c.created)
        for p in seed.CONTACTS:
            self.seed_record("Contacts", seed.contact_id(p.n), seed.contact_input(p), created=p.created)
        for j in seed.JOBS:
            self.seed_record("JobOpenings", seed.job_id(j.n), seed.job_opening_input(j), created=j.created)
        for person in seed.CANDIDATES:
            self.seed_record(
                "Candidates", seed.candidate_id(person.n), seed.candidate_input(person), created=person.created
            )
        for i in seed.INTERVIEWS:
            self.seed_record("Interviews", seed.interview_id(i.n), seed.interview_input(i), created=i.created)
        self.associations = {}
        for cand, job, status, when in seed.ASSOCIATIONS:
            key = (seed.candidate_id(cand), seed.job_id(job))
            self.associations[key] = Association(key[0], key[1], status, when)
        admin = directory.ADMIN.id
        self.submissions = {}
        for s in seed.SUBMISSIONS:
            sid = seed.submission_id(s.n)
            self.submissions[sid] = Submission(
                id=sid,
                candidate_id=seed.candidate_id(s.candidate),
                job_opening_id=seed.job_id(s.job),
                created_time=s.created,
                created_by=admin,
                modified_time=s.reviewed_at or s.created,
                modified_by=directory.MANAGER.id if s.reviewed_at else admin,
                status=s.status or seed.PENDING_REVIEW,
                rating=s.rating,
                comments=s.comments,
                reviewed_by=directory.MANAGER.id if s.reviewed_at else None,
                archived=s.archived,
            )

    # --- settings ------------------------------------------------------------------------------

    def set_edition(self, value: str) -> None:
        edition = normalize_edition(value)
        if edition is None:
            raise invalid_data(f"edition must be one of {sorted(seed.EDITIONS)}", api_name="edition")
        self.edition = edition

    @property
    def outcomes(self) -> tuple[str, str]:
        """(approve, reject) for the org's edition."""
        return seed.EDITIONS[self.edition]

    # --- associated records --------------------------------------------------------------------

    @staticmethod
    def module_name(raw: str) -> str:
        """The canonical module API name, or ``INVALID_MODULE``."""
        module = MODULES.get(raw.lower())
        if module is not None:
            return module
        raise invalid_module(0, supported=raw.lower() not in seed.UNSUPPORTED_MODULES)

    def associated(
        self,
        module: str,
        record_id: str,
        *,
        posting_title: str | None = None,
        candidate_statuses: list[str] | None = None,
        page: int = 1,
        per_page: int = 200,
    ) -> Page:
        """One page of the records associated with ``module``/``record_id`` (newest first)."""
        records: list[dict[str, Any]]
        if module == CANDIDATES:
            if record_id not in self.records[CANDIDATES]:
                raise invalid_path_id(record_id, 1)
            records = []
            for (cand, job), _assoc in self.associations.items():
                if cand != record_id:
                    continue
                record = self.job_opening(job)
                if posting_title is not None and str(record["Posting_Title"]).lower() != posting_title.strip().lower():
                    continue
                records.append(record)
        else:
            if record_id not in self.records[JOB_OPENINGS]:
                raise invalid_path_id(record_id, 1)
            wanted = {s.strip().lower() for s in candidate_statuses or [] if s.strip()}
            records = []
            for (cand, job), assoc in self.associations.items():
                if job != record_id:
                    continue
                if wanted and assoc.status.lower() not in wanted:
                    continue
                record = self.render(self.records[CANDIDATES][cand])
                record["Candidate_Status"] = assoc.status
                records.append(record)
        records.sort(key=lambda r: (str(r["Created_Time"]), str(r["id"])), reverse=True)
        start = (page - 1) * per_page
        chunk = records[start : start + per_page]
        return Page(records=chunk, page=page, per_page=per_page, more_records=start + per_page < len(records))

    def job_opening(self, job_opening_id: str) -> dict[str, Any]:
        """The job opening as the API shows it, with its candidate counters."""
        return self.render(self.records[JOB_OPENINGS][job_opening_id])

    # --- the record engine's hooks ---------------------------------------------------------------

    def autonumber(self, module: str, api_name: str, number: int) -> str:
        """``ZR_7_CAND``, ``ZR_3_JOB``: Recruit's auto-numbered references."""
        suffix = {CANDIDATES: "CAND", JOB_OPENINGS: "JOB"}.get(module)
        return f"ZR_{number}_{suffix}" if suffix else str(number)

    def derived_fields(self, rec: Record) -> dict[str, Any]:
        """A job opening counts its associated and hired candidates."""
        if rec.module != JOB_OPENINGS:
            return {}
        linked = [a for a in self.associations.values() if a.job_opening_id == rec.id]
        return {
            "No_of_Candidates_Associated": len(linked),
            "No_of_Candidates_Hired": sum(1 for a in linked if a.status.lower() == "hired"),
        }

    def system_properties(self, rec: Record) -> dict[str, Any]:
        props = {**super().system_properties(rec), "$followed": False}
        if rec.module == CANDIDATES:
            props.update({"$converted": False, "$converted_detail": {}})
        return props

    def on_remove(self, rec: Record, user_id: str) -> None:
        """A deleted candidate or job opening leaves no association or submission behind."""
        if rec.module not in (CANDIDATES, JOB_OPENINGS):
            return
        side = 0 if rec.module == CANDIDATES else 1
        self.associations = {key: a for key, a in self.associations.items() if key[side] != rec.id}
        self.submissions = {
            sid: s for sid, s in self.submissions.items() if rec.id not in (s.candidate_id, s.job_opening_id)
        }

    def associate(self, candidate_id: str, job_opening_id: str, status: str = "Associated") -> Association:
        """Associate a live candidate with a live job opening (400 INVALID_DATA for either id
        that names no record); an existing association is kept as it is."""
        if candidate_id not in self.records[CANDIDATES]:
            raise invalid_path_id(candidate_id, 1)
        if job_opening_id not in self.records[JOB_OPENINGS]:
            raise invalid_path_id(job_opening_id, 1)
        key = (candidate_id, job_opening_id)
        if key not in self.associations:
            self.associations[key] = Association(
                candidate_id, job_opening_id, status, format_time(self.backend.clock.now())
            )
        return self.associations[key]

    # --- submissions ---------------------------------------------------------------------------

    def submission(self, submission_id: str) -> Submission:
        found = self.submissions.get(submission_id)
        if found is None:
            raise invalid_path_id(submission_id, 1)
        return found

    def check_review(self, review: Review) -> None:
        """The edition, rating and comment rules; raises the documented 400s."""
        approve, reject = self.outcomes
        if review.status not in (approve, reject):
            raise invalid_data(
                f"invalid data: the {self.edition_label} edition accepts {approve!r} or {reject!r}",
                api_name="Submission_Status",
            )
        if review.rating is not None:
            if review.rating not in APPROVE_RATINGS and review.rating not in REJECT_RATINGS:
                raise invalid_data("Out of range", api_name="Rating")
            allowed = APPROVE_RATINGS if review.status == approve else REJECT_RATINGS
            if review.rating not in allowed:
                raise invalid_data("invalid data", api_name="Rating")
        if review.status == reject and not (review.comments or "").strip():
            raise mandatory_not_found("Reviewer_Comments")
        if review.comments is not None and len(review.comments) > MAX_COMMENTS:
            raise invalid_data("invalid data", api_name="Reviewer_Comments", maximum_length=MAX_COMMENTS)
        if review.reviewed_by is not None and not self.is_reviewer(review.reviewed_by):
            raise invalid_data("invalid data", api_name="Reviewed_By")

    @property
    def edition_label(self) -> str:
        return "Corporate HR" if self.edition == "corporate_hr" else "Staffing Agency"

    @staticmethod
    def is_reviewer(reviewer_id: str) -> bool:
        return reviewer_id in seed.CLIENT_CONTACT_IDS or directory.user_by_id(reviewer_id) is not None

    @staticmethod
    def refusal(submission: Submission) -> Refusal | None:
        """Why the submission's status can no longer change (answered with HTTP 202), or None."""
        if submission.archived:
            return Refusal("RECORD_ARCHIVED", "Record is archived")
        if submission.reviewed:
            return Refusal("STATUS_ALREADY_CHANGED", "Status changed already for this Submission")
        return None

    def change_status(self, submission_id: str, review: Review, user_id: str) -> Submission | Refusal:
        """Review a submission: 400s for a bad review, a ``Refusal`` for an archived or reviewed
        submission (nothing changes), else the updated submission. Approving or rejecting also
        sets the candidate's status for the job opening to the outcome."""
        submission = self.submission(submission_id)
        self.check_review(review)
        refused = self.refusal(submission)
        if refused is not None:
            return refused
        submission.status = review.status
        submission.rating = review.rating
        submission.comments = review.comments
        submission.reviewed_by = review.reviewed_by or user_id
        submission.modified_by = user_id
        submission.modified_time = format_time(self.backend.clock.now())
        association = self.associations.get((submission.candidate_id, submission.job_opening_id))
        if association is not None:
            association.status = review.status
        return submission

    @staticmethod
    def acting_user(user_id: str | None) -> directory.OrgUser:
        """The org user a token acts for (the admin when the token's user is not an org user)."""
        return (directory.user_by_id(user_id) if user_id else None) or directory.ADMIN
