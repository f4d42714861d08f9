# generated from spec/dist/crm_bulk.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .bulk_read_action_result import BulkReadActionResult
from .bulk_read_callback import BulkReadCallback
from .bulk_read_callback_method import BulkReadCallbackMethod
from .bulk_read_callback_payload import BulkReadCallbackPayload
from .bulk_read_create_response import BulkReadCreateResponse
from .bulk_read_criteria import BulkReadCriteria
from .bulk_read_criteria_comparator import BulkReadCriteriaComparator
from .bulk_read_criteria_group_operator import BulkReadCriteriaGroupOperator
from .bulk_read_info import BulkReadInfo
from .bulk_read_job import BulkReadJob
from .bulk_read_job_request import BulkReadJobRequest
from .bulk_read_job_request_file_type import BulkReadJobRequestFileType
from .bulk_read_job_response import BulkReadJobResponse
from .bulk_read_job_summary import BulkReadJobSummary
from .bulk_read_query import BulkReadQuery
from .bulk_read_query_module import BulkReadQueryModule
from .bulk_read_result import BulkReadResult
from .user_reference import UserReference
from .zoho_error import ZohoError
from .zoho_error_details import ZohoErrorDetails

__all__ = (
    "BulkReadActionResult",
    "BulkReadCallback",
    "BulkReadCallbackMethod",
    "BulkReadCallbackPayload",
    "BulkReadCreateResponse",
    "BulkReadCriteria",
    "BulkReadCriteriaComparator",
    "BulkReadCriteriaGroupOperator",
    "BulkReadInfo",
    "BulkReadJob",
    "BulkReadJobRequest",
    "BulkReadJobRequestFileType",
    "BulkReadJobResponse",
    "BulkReadJobSummary",
    "BulkReadQuery",
    "BulkReadQueryModule",
    "BulkReadResult",
    "UserReference",
    "ZohoError",
    "ZohoErrorDetails",
)
