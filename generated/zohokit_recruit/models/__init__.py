# generated from spec/dist/recruit.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_details import ActionResultDetails
from .page_info import PageInfo
from .recruit_approval_state import RecruitApprovalState
from .recruit_associated_records_response import RecruitAssociatedRecordsResponse
from .recruit_candidate import RecruitCandidate
from .recruit_converted_detail import RecruitConvertedDetail
from .recruit_job_opening import RecruitJobOpening
from .recruit_lookup import RecruitLookup
from .recruit_subform_row import RecruitSubformRow
from .recruit_tag import RecruitTag
from .submission_status_change import SubmissionStatusChange
from .submission_status_change_request import SubmissionStatusChangeRequest
from .submission_status_change_response import SubmissionStatusChangeResponse
from .submission_status_value import SubmissionStatusValue
from .user_reference import UserReference
from .zoho_error import ZohoError
from .zoho_error_details import ZohoErrorDetails

__all__ = (
    "ActionResult",
    "ActionResultDetails",
    "PageInfo",
    "RecruitApprovalState",
    "RecruitAssociatedRecordsResponse",
    "RecruitCandidate",
    "RecruitConvertedDetail",
    "RecruitJobOpening",
    "RecruitLookup",
    "RecruitSubformRow",
    "RecruitTag",
    "SubmissionStatusChange",
    "SubmissionStatusChangeRequest",
    "SubmissionStatusChangeResponse",
    "SubmissionStatusValue",
    "UserReference",
    "ZohoError",
    "ZohoErrorDetails",
)
