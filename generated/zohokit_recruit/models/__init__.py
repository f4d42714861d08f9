# generated from spec/dist/recruit.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_details import ActionResultDetails
from .page_info import PageInfo
from .recruit_approval_state import RecruitApprovalState
from .recruit_associated_records_response import RecruitAssociatedRecordsResponse
from .recruit_association_module_name import RecruitAssociationModuleName
from .recruit_candidate import RecruitCandidate
from .recruit_client import RecruitClient
from .recruit_contact import RecruitContact
from .recruit_converted_detail import RecruitConvertedDetail
from .recruit_interview import RecruitInterview
from .recruit_job_opening import RecruitJobOpening
from .recruit_lookup import RecruitLookup
from .recruit_record import RecruitRecord
from .recruit_record_action_response import RecruitRecordActionResponse
from .recruit_record_input import RecruitRecordInput
from .recruit_record_module_name import RecruitRecordModuleName
from .recruit_record_trigger import RecruitRecordTrigger
from .recruit_record_update_request import RecruitRecordUpdateRequest
from .recruit_record_upsert_request import RecruitRecordUpsertRequest
from .recruit_record_write_request import RecruitRecordWriteRequest
from .recruit_records_response import RecruitRecordsResponse
from .recruit_sort_order import RecruitSortOrder
from .recruit_state_filter import RecruitStateFilter
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
    "RecruitAssociationModuleName",
    "RecruitCandidate",
    "RecruitClient",
    "RecruitContact",
    "RecruitConvertedDetail",
    "RecruitInterview",
    "RecruitJobOpening",
    "RecruitLookup",
    "RecruitRecord",
    "RecruitRecordActionResponse",
    "RecruitRecordInput",
    "RecruitRecordModuleName",
    "RecruitRecordsResponse",
    "RecruitRecordTrigger",
    "RecruitRecordUpdateRequest",
    "RecruitRecordUpsertRequest",
    "RecruitRecordWriteRequest",
    "RecruitSortOrder",
    "RecruitStateFilter",
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
