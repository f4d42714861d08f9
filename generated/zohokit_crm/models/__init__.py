# generated from spec/dist/crm.yaml by make generate — do not edit
"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_details import ActionResultDetails
from .attachment import Attachment
from .attachment_upload_request import AttachmentUploadRequest
from .attachments_response import AttachmentsResponse
from .blueprint import Blueprint
from .blueprint_field import BlueprintField
from .blueprint_next_transition import BlueprintNextTransition
from .blueprint_process_info import BlueprintProcessInfo
from .blueprint_response import BlueprintResponse
from .blueprint_transition import BlueprintTransition
from .blueprint_transition_input import BlueprintTransitionInput
from .blueprint_update_request import BlueprintUpdateRequest
from .convert_lead_carry_over_tags import ConvertLeadCarryOverTags
from .convert_lead_input import ConvertLeadInput
from .convert_lead_request import ConvertLeadRequest
from .convert_lead_response import ConvertLeadResponse
from .convert_lead_result import ConvertLeadResult
from .custom_view import CustomView
from .custom_view_criteria import CustomViewCriteria
from .custom_view_criteria_group import CustomViewCriteriaGroup
from .custom_view_shared_detail import CustomViewSharedDetail
from .custom_view_translation import CustomViewTranslation
from .custom_views_info import CustomViewsInfo
from .custom_views_response import CustomViewsResponse
from .deleted_record import DeletedRecord
from .deleted_records_response import DeletedRecordsResponse
from .field import Field
from .field_association_details import FieldAssociationDetails
from .field_association_lookup import FieldAssociationLookup
from .field_auto_number import FieldAutoNumber
from .field_convert_mapping import FieldConvertMapping
from .field_crypt import FieldCrypt
from .field_currency import FieldCurrency
from .field_formula import FieldFormula
from .field_lookup import FieldLookup
from .field_multi_module_lookup import FieldMultiModuleLookup
from .field_multi_select_lookup import FieldMultiSelectLookup
from .field_pick_list_value import FieldPickListValue
from .field_pick_list_value_map import FieldPickListValueMap
from .field_private import FieldPrivate
from .field_query_details import FieldQueryDetails
from .field_related_details import FieldRelatedDetails
from .field_subform import FieldSubform
from .field_tooltip import FieldTooltip
from .field_unique import FieldUnique
from .field_validation_rule import FieldValidationRule
from .field_view_type import FieldViewType
from .fields_response import FieldsResponse
from .get_record_sharing_view import GetRecordSharingView
from .get_users_type import GetUsersType
from .layout import Layout
from .layout_convert_mapping import LayoutConvertMapping
from .layout_section import LayoutSection
from .layouts_response import LayoutsResponse
from .module import Module
from .module_argument import ModuleArgument
from .module_reference import ModuleReference
from .module_related_list_properties import ModuleRelatedListProperties
from .module_territory import ModuleTerritory
from .modules_response import ModulesResponse
from .note import Note
from .note_input import NoteInput
from .note_update_request import NoteUpdateRequest
from .notes_request import NotesRequest
from .notes_response import NotesResponse
from .notification_affected_fields import NotificationAffectedFields
from .notification_callback_payload import NotificationCallbackPayload
from .notification_channel import NotificationChannel
from .notification_channel_input import NotificationChannelInput
from .notification_channel_patch import NotificationChannelPatch
from .notification_fields import NotificationFields
from .notification_query_params import NotificationQueryParams
from .notifications_action_response import NotificationsActionResponse
from .notifications_patch_request import NotificationsPatchRequest
from .notifications_request import NotificationsRequest
from .notifications_response import NotificationsResponse
from .org import Org
from .org_license_details import OrgLicenseDetails
from .org_photo_upload_request import OrgPhotoUploadRequest
from .org_response import OrgResponse
from .page_info import PageInfo
from .photo_module import PhotoModule
from .photo_upload_request import PhotoUploadRequest
from .profile import Profile
from .profile_category import ProfileCategory
from .profile_permission import ProfilePermission
from .profile_reference import ProfileReference
from .profile_section import ProfileSection
from .profiles_response import ProfilesResponse
from .record import Record
from .record_action_response import RecordActionResponse
from .record_approval import RecordApproval
from .record_approval_filter import RecordApprovalFilter
from .record_consent import RecordConsent
from .record_conversion_filter import RecordConversionFilter
from .record_include_option import RecordIncludeOption
from .record_input import RecordInput
from .record_lookup import RecordLookup
from .record_lookup_input import RecordLookupInput
from .record_sort_order import RecordSortOrder
from .record_tag import RecordTag
from .record_trigger import RecordTrigger
from .record_update_request import RecordUpdateRequest
from .record_upsert_request import RecordUpsertRequest
from .record_write_request import RecordWriteRequest
from .records_response import RecordsResponse
from .related_list import RelatedList
from .related_lists_response import RelatedListsResponse
from .related_record_input import RelatedRecordInput
from .related_record_update_request import RelatedRecordUpdateRequest
from .related_records_update_request import RelatedRecordsUpdateRequest
from .role import Role
from .role_reference import RoleReference
from .roles_response import RolesResponse
from .sharing_action_response import SharingActionResponse
from .sharing_detail import SharingDetail
from .sharing_input import SharingInput
from .sharing_input_permission import SharingInputPermission
from .sharing_request import SharingRequest
from .sharing_response import SharingResponse
from .sharing_revoke_response import SharingRevokeResponse
from .sharing_shared_through import SharingSharedThrough
from .sharing_user import SharingUser
from .tag import Tag
from .tag_action_response import TagActionResponse
from .tag_input import TagInput
from .tag_merge_conflict import TagMergeConflict
from .tag_merge_request import TagMergeRequest
from .tag_record_action_response import TagRecordActionResponse
from .tag_record_count import TagRecordCount
from .tags_info import TagsInfo
from .tags_request import TagsRequest
from .tags_response import TagsResponse
from .user import User
from .user_customize_info import UserCustomizeInfo
from .user_reference import UserReference
from .user_reference_input import UserReferenceInput
from .user_tab_theme import UserTabTheme
from .user_territory import UserTerritory
from .user_theme import UserTheme
from .users_response import UsersResponse
from .variable import Variable
from .variable_bulk_update import VariableBulkUpdate
from .variable_create import VariableCreate
from .variable_group import VariableGroup
from .variable_group_input import VariableGroupInput
from .variable_groups_response import VariableGroupsResponse
from .variable_update import VariableUpdate
from .variable_update_request import VariableUpdateRequest
from .variables_action_response import VariablesActionResponse
from .variables_bulk_update_request import VariablesBulkUpdateRequest
from .variables_create_request import VariablesCreateRequest
from .variables_response import VariablesResponse
from .zoho_error import ZohoError
from .zoho_error_details import ZohoErrorDetails

__all__ = (
    "ActionResult",
    "ActionResultDetails",
    "Attachment",
    "AttachmentsResponse",
    "AttachmentUploadRequest",
    "Blueprint",
    "BlueprintField",
    "BlueprintNextTransition",
    "BlueprintProcessInfo",
    "BlueprintResponse",
    "BlueprintTransition",
    "BlueprintTransitionInput",
    "BlueprintUpdateRequest",
    "ConvertLeadCarryOverTags",
    "ConvertLeadInput",
    "ConvertLeadRequest",
    "ConvertLeadResponse",
    "ConvertLeadResult",
    "CustomView",
    "CustomViewCriteria",
    "CustomViewCriteriaGroup",
    "CustomViewSharedDetail",
    "CustomViewsInfo",
    "CustomViewsResponse",
    "CustomViewTranslation",
    "DeletedRecord",
    "DeletedRecordsResponse",
    "Field",
    "FieldAssociationDetails",
    "FieldAssociationLookup",
    "FieldAutoNumber",
    "FieldConvertMapping",
    "FieldCrypt",
    "FieldCurrency",
    "FieldFormula",
    "FieldLookup",
    "FieldMultiModuleLookup",
    "FieldMultiSelectLookup",
    "FieldPickListValue",
    "FieldPickListValueMap",
    "FieldPrivate",
    "FieldQueryDetails",
    "FieldRelatedDetails",
    "FieldsResponse",
    "FieldSubform",
    "FieldTooltip",
    "FieldUnique",
    "FieldValidationRule",
    "FieldViewType",
    "GetRecordSharingView",
    "GetUsersType",
    "Layout",
    "LayoutConvertMapping",
    "LayoutSection",
    "LayoutsResponse",
    "Module",
    "ModuleArgument",
    "ModuleReference",
    "ModuleRelatedListProperties",
    "ModulesResponse",
    "ModuleTerritory",
    "Note",
    "NoteInput",
    "NotesRequest",
    "NotesResponse",
    "NoteUpdateRequest",
    "NotificationAffectedFields",
    "NotificationCallbackPayload",
    "NotificationChannel",
    "NotificationChannelInput",
    "NotificationChannelPatch",
    "NotificationFields",
    "NotificationQueryParams",
    "NotificationsActionResponse",
    "NotificationsPatchRequest",
    "NotificationsRequest",
    "NotificationsResponse",
    "Org",
    "OrgLicenseDetails",
    "OrgPhotoUploadRequest",
    "OrgResponse",
    "PageInfo",
    "PhotoModule",
    "PhotoUploadRequest",
    "Profile",
    "ProfileCategory",
    "ProfilePermission",
    "ProfileReference",
    "ProfileSection",
    "ProfilesResponse",
    "Record",
    "RecordActionResponse",
    "RecordApproval",
    "RecordApprovalFilter",
    "RecordConsent",
    "RecordConversionFilter",
    "RecordIncludeOption",
    "RecordInput",
    "RecordLookup",
    "RecordLookupInput",
    "RecordSortOrder",
    "RecordsResponse",
    "RecordTag",
    "RecordTrigger",
    "RecordUpdateRequest",
    "RecordUpsertRequest",
    "RecordWriteRequest",
    "RelatedList",
    "RelatedListsResponse",
    "RelatedRecordInput",
    "RelatedRecordsUpdateRequest",
    "RelatedRecordUpdateRequest",
    "Role",
    "RoleReference",
    "RolesResponse",
    "SharingActionResponse",
    "SharingDetail",
    "SharingInput",
    "SharingInputPermission",
    "SharingRequest",
    "SharingResponse",
    "SharingRevokeResponse",
    "SharingSharedThrough",
    "SharingUser",
    "Tag",
    "TagActionResponse",
    "TagInput",
    "TagMergeConflict",
    "TagMergeRequest",
    "TagRecordActionResponse",
    "TagRecordCount",
    "TagsInfo",
    "TagsRequest",
    "TagsResponse",
    "User",
    "UserCustomizeInfo",
    "UserReference",
    "UserReferenceInput",
    "UsersResponse",
    "UserTabTheme",
    "UserTerritory",
    "UserTheme",
    "Variable",
    "VariableBulkUpdate",
    "VariableCreate",
    "VariableGroup",
    "VariableGroupInput",
    "VariableGroupsResponse",
    "VariablesActionResponse",
    "VariablesBulkUpdateRequest",
    "VariablesCreateRequest",
    "VariablesResponse",
    "VariableUpdate",
    "VariableUpdateRequest",
    "ZohoError",
    "ZohoErrorDetails",
)
