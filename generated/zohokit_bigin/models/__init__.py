# generated from spec/dist/bigin.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_details import ActionResultDetails
from .bigin_related_record_link import BiginRelatedRecordLink
from .bigin_related_record_update_request import BiginRelatedRecordUpdateRequest
from .bigin_related_records_update_request import BiginRelatedRecordsUpdateRequest
from .bigin_related_records_update_response import BiginRelatedRecordsUpdateResponse
from .user_reference import UserReference
from .zoho_error import ZohoError
from .zoho_error_details import ZohoErrorDetails

__all__ = (
    "ActionResult",
    "ActionResultDetails",
    "BiginRelatedRecordLink",
    "BiginRelatedRecordsUpdateRequest",
    "BiginRelatedRecordsUpdateResponse",
    "BiginRelatedRecordUpdateRequest",
    "UserReference",
    "ZohoError",
    "ZohoErrorDetails",
)
