# generated from spec/dist/bigin.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_details import ActionResultDetails
from .bigin_account import BiginAccount
from .bigin_approval_filter import BiginApprovalFilter
from .bigin_call import BiginCall
from .bigin_contact import BiginContact
from .bigin_deal import BiginDeal
from .bigin_event import BiginEvent
from .bigin_lookup import BiginLookup
from .bigin_note import BiginNote
from .bigin_notes_response import BiginNotesResponse
from .bigin_parent_module_name import BiginParentModuleName
from .bigin_product import BiginProduct
from .bigin_read_related_list import BiginReadRelatedList
from .bigin_record import BiginRecord
from .bigin_record_action_response import BiginRecordActionResponse
from .bigin_record_input import BiginRecordInput
from .bigin_record_module_name import BiginRecordModuleName
from .bigin_record_trigger import BiginRecordTrigger
from .bigin_record_update_request import BiginRecordUpdateRequest
from .bigin_record_upsert_request import BiginRecordUpsertRequest
from .bigin_record_write_request import BiginRecordWriteRequest
from .bigin_records_response import BiginRecordsResponse
from .bigin_related_list_name import BiginRelatedListName
from .bigin_related_record_link import BiginRelatedRecordLink
from .bigin_related_record_update_request import BiginRelatedRecordUpdateRequest
from .bigin_related_records_update_request import BiginRelatedRecordsUpdateRequest
from .bigin_related_records_update_response import BiginRelatedRecordsUpdateResponse
from .bigin_sort_order import BiginSortOrder
from .bigin_tag import BiginTag
from .bigin_task import BiginTask
from .bigin_upsert_module_name import BiginUpsertModuleName
from .page_info import PageInfo
from .user_reference import UserReference
from .user_reference_input import UserReferenceInput
from .zoho_error import ZohoError
from .zoho_error_details import ZohoErrorDetails

__all__ = (
    "ActionResult",
    "ActionResultDetails",
    "BiginAccount",
    "BiginApprovalFilter",
    "BiginCall",
    "BiginContact",
    "BiginDeal",
    "BiginEvent",
    "BiginLookup",
    "BiginNote",
    "BiginNotesResponse",
    "BiginParentModuleName",
    "BiginProduct",
    "BiginReadRelatedList",
    "BiginRecord",
    "BiginRecordActionResponse",
    "BiginRecordInput",
    "BiginRecordModuleName",
    "BiginRecordsResponse",
    "BiginRecordTrigger",
    "BiginRecordUpdateRequest",
    "BiginRecordUpsertRequest",
    "BiginRecordWriteRequest",
    "BiginRelatedListName",
    "BiginRelatedRecordLink",
    "BiginRelatedRecordsUpdateRequest",
    "BiginRelatedRecordsUpdateResponse",
    "BiginRelatedRecordUpdateRequest",
    "BiginSortOrder",
    "BiginTag",
    "BiginTask",
    "BiginUpsertModuleName",
    "PageInfo",
    "UserReference",
    "UserReferenceInput",
    "ZohoError",
    "ZohoErrorDetails",
)
