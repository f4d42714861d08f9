# generated from spec/dist/recruit.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_status_value import SubmissionStatusValue
from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment

T = TypeVar("T", bound="SubmissionStatusChange")


@_attrs_define(on_setattr=load_before_assignment)
class SubmissionStatusChange(LazyModel):
    """The review of one submission. Rules Zoho Recruit enforces: the `Rating` must agree with the outcome (3 to 5 to
    approve, 0 to 2 to reject, otherwise `400 INVALID_DATA` with `details.api_name` `Rating`); `Reviewer_Comments` is
    mandatory when rejecting; a submission that was already reviewed or is archived cannot be changed (`202
    STATUS_ALREADY_CHANGED`, `202 RECORD_ARCHIVED`). Other keys are passed through as sent. In particular the spelling
    `Reviewer_comments` (lower-case c) is accepted as an additional key (it is not declared as a property, because
    generated code would give it the same attribute name as `Reviewer_Comments`). Prefer `Reviewer_Comments`.

    """

    submission_status: SubmissionStatusValue
    """ The review outcome to set on a submission. Which pair applies depends on the Zoho Recruit edition: Corporate
    HR uses `Approved by hiring manager` / `Rejected by hiring manager`, Staffing Agency uses `Approved by client` /
    `Rejected by client`. At most 50 characters. """
    rating: int | Unset = UNSET
    """ The star rating given while reviewing the submitted candidate, 0 to 5; a value outside 0-5 fails with `400
    INVALID_DATA`, message `Out of range`. The rating decides which outcome is allowed: with 3 stars or more you can
    only approve (`Approved by hiring manager` / `Approved by client`), with 2 stars or fewer you can only reject
    (`Rejected by hiring manager` / `Rejected by client`); a mismatch fails with `400 INVALID_DATA`,
    `details.api_name` `Rating`, message `invalid data`. """
    reviewer_comments: str | Unset = UNSET
    """ The reviewer's comments, up to 2000 characters, for example `Candidate looks like a good fit for this job.`
    Mandatory when the submission is rejected (`Rejected by hiring manager` or `Rejected by client`). The spelling
    `Reviewer_comments` is accepted too; see the schema description. """
    reviewed_by: str | Unset = UNSET
    """ The id of the client contact who reviewed the submission (a BigInt carried as a string, for example
    `9245000006242040`). Used in the Staffing Agency edition, where the client reviews. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_status = self.submission_status.value

        rating = self.rating

        reviewer_comments = self.reviewer_comments

        reviewed_by = self.reviewed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Submission_Status": submission_status,
            }
        )
        if rating is not UNSET:
            field_dict["Rating"] = rating
        if reviewer_comments is not UNSET:
            field_dict["Reviewer_Comments"] = reviewer_comments
        if reviewed_by is not UNSET:
            field_dict["Reviewed_By"] = reviewed_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON object: a copy of it is kept, its required keys are checked
        (``KeyError`` names the first missing one); the fields are converted when one is first read."""
        return cls._from_nested_json(dict(src_dict))

    @classmethod
    def _from_nested_json(cls: type[T], d: Any) -> T:
        """As ``from_dict``, but the model keeps ``d`` itself rather than a copy: how a model builds the
        models of the JSON objects nested in its own when it converts its fields. Anything but a
        ``dict`` goes to ``from_dict``, which raises what it always raised."""
        if type(d) is not dict:
            return cls.from_dict(d)
        if "Submission_Status" not in d:
            raise KeyError("Submission_Status")
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        submission_status = SubmissionStatusValue(d.pop("Submission_Status"))

        rating = d.pop("Rating", UNSET)

        reviewer_comments = d.pop("Reviewer_Comments", UNSET)

        reviewed_by = d.pop("Reviewed_By", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "submission_status", submission_status)
        _set(self, "rating", rating)
        _set(self, "reviewer_comments", reviewer_comments)
        _set(self, "reviewed_by", reviewed_by)
        _set(self, "additional_properties", additional_properties)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
