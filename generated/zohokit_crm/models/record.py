# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Record")


@_attrs_define(on_setattr=load_before_assignment)
class Record(LazyModel):
    """One record of a module (a lead, contact, deal, custom-module entry, ...). Each org adds its own fields, so only the
    system fields are listed here and every other field travels as an additional property keyed by its field API name.
    Zoho returns `null` for empty fields. Field values by type: single line, multi line, e-mail, phone, picklist, URL
    and auto-number are strings; multi-select picklists are arrays of strings; dates are `yyyy-MM-dd` and date-times ISO
    8601 with offset (`2017-08-16T14:32:23+05:30`); number, currency, decimal and percent are numbers; long integers are
    strings (`"250000000000000"`); checkboxes are booleans; lookups, `Owner` and `Layout` are objects with `id` (and
    `name` on reads). On writes send field API names with their values; system fields are read-only. When several
    records are listed, subforms come back as a count only; fetch the single record for their rows. Subforms (Enterprise
    edition and above) travel as arrays of row objects under the subform's API name; on update, rows keep their `id`,
    rows without one are created, rows left out are deleted, and an empty array clears the subform. Linking modules
    (Enterprise edition and above) are custom modules whose records join two records through two mandatory lookup
    fields; they use the same record calls.

    """

    id: None | str | Unset = UNSET
    """ The record's id (a numeric id carried as a string). Required in each record of a multi-record update. """
    owner: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: None | str | Unset = UNSET
    """ When the record was created (ISO 8601 date-time with offset). """
    modified_time: None | str | Unset = UNSET
    """ When the record was last modified (ISO 8601 date-time with offset). """
    last_activity_time: None | str | Unset = UNSET
    """ When the record last had an activity (ISO 8601 date-time with offset). """
    layout: None | RecordLookup | Unset = UNSET
    """ A lookup to another record as Zoho embeds it (a lookup field, `Layout`, a note's `Parent_Id`): the target's
    `id` and its display `name`. On writes only `id` is needed. Null when the lookup is empty. """
    tag: list[RecordTag] | None | Unset = UNSET
    """ The tags attached to the record. """
    data_processing_basis_details: None | RecordConsent | Unset = UNSET
    """ `Data_Processing_Basis_Details`: the lawful basis on which the org processes a person's data (GDPR),
    available in Leads, Contacts, Vendors and custom modules when the org enables privacy settings. Send it on
    insert, update or upsert to record the consent a customer gave; it is `null` when no basis was given. """
    approved: bool | None | Unset = UNSET
    """ False while the record waits in an approval process. """
    editable: bool | None | Unset = UNSET
    """ Whether the current user may edit the record. """
    currency_symbol: None | str | Unset = UNSET
    """ The symbol of the record's currency. """
    process_flow: bool | None | Unset = UNSET
    """ Whether the record is in a blueprint process. """
    review: bool | None | Unset = UNSET
    """ Whether the record waits in a review process. """
    review_process: None | RecordApproval | Unset = UNSET
    """ What the current user may do with a record waiting in an approval process (`$approval`), or in a review
    process (`$review_process`). Every key is a boolean; Zoho omits those that do not apply. """
    state: None | str | Unset = UNSET
    """ The record's save state, `save` for a saved record. """
    converted: bool | None | Unset = UNSET
    """ Leads only; whether the lead has been converted. """
    approval: None | RecordApproval | Unset = UNSET
    """ What the current user may do with a record waiting in an approval process (`$approval`), or in a review
    process (`$review_process`). Every key is a boolean; Zoho omits those that do not apply. """
    approval_state: None | str | Unset = UNSET
    """ The record's approval state, for example `approved`. """
    stop_processing: bool | None | Unset = UNSET
    """ GDPR: when true the customer asked to stop processing their data; updates, upserts and lead conversion of
    the record are refused. """
    in_merge: bool | None | Unset = UNSET
    """ Whether the record is being merged. """
    orchestration: bool | None | Unset = UNSET
    """ Whether the record is part of an orchestration (a process Zoho runs across modules). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserReference):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserReference):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        modified_by: dict[str, Any] | None | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        elif isinstance(self.modified_by, UserReference):
            modified_by = self.modified_by.to_dict()
        else:
            modified_by = self.modified_by

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        modified_time: None | str | Unset
        if isinstance(self.modified_time, Unset):
            modified_time = UNSET
        else:
            modified_time = self.modified_time

        last_activity_time: None | str | Unset
        if isinstance(self.last_activity_time, Unset):
            last_activity_time = UNSET
        else:
            last_activity_time = self.last_activity_time

        layout: dict[str, Any] | None | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        elif isinstance(self.layout, RecordLookup):
            layout = self.layout.to_dict()
        else:
            layout = self.layout

        tag: list[dict[str, Any]] | None | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, list):
            tag = []
            for tag_type_0_item_data in self.tag:
                tag_type_0_item = tag_type_0_item_data.to_dict()
                tag.append(tag_type_0_item)

        else:
            tag = self.tag

        data_processing_basis_details: dict[str, Any] | None | Unset
        if isinstance(self.data_processing_basis_details, Unset):
            data_processing_basis_details = UNSET
        elif isinstance(self.data_processing_basis_details, RecordConsent):
            data_processing_basis_details = self.data_processing_basis_details.to_dict()
        else:
            data_processing_basis_details = self.data_processing_basis_details

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        currency_symbol: None | str | Unset
        if isinstance(self.currency_symbol, Unset):
            currency_symbol = UNSET
        else:
            currency_symbol = self.currency_symbol

        process_flow: bool | None | Unset
        if isinstance(self.process_flow, Unset):
            process_flow = UNSET
        else:
            process_flow = self.process_flow

        review: bool | None | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        else:
            review = self.review

        review_process: dict[str, Any] | None | Unset
        if isinstance(self.review_process, Unset):
            review_process = UNSET
        elif isinstance(self.review_process, RecordApproval):
            review_process = self.review_process.to_dict()
        else:
            review_process = self.review_process

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        converted: bool | None | Unset
        if isinstance(self.converted, Unset):
            converted = UNSET
        else:
            converted = self.converted

        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, RecordApproval):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        approval_state: None | str | Unset
        if isinstance(self.approval_state, Unset):
            approval_state = UNSET
        else:
            approval_state = self.approval_state

        stop_processing: bool | None | Unset
        if isinstance(self.stop_processing, Unset):
            stop_processing = UNSET
        else:
            stop_processing = self.stop_processing

        in_merge: bool | None | Unset
        if isinstance(self.in_merge, Unset):
            in_merge = UNSET
        else:
            in_merge = self.in_merge

        orchestration: bool | None | Unset
        if isinstance(self.orchestration, Unset):
            orchestration = UNSET
        else:
            orchestration = self.orchestration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if created_by is not UNSET:
            field_dict["Created_By"] = created_by
        if modified_by is not UNSET:
            field_dict["Modified_By"] = modified_by
        if created_time is not UNSET:
            field_dict["Created_Time"] = created_time
        if modified_time is not UNSET:
            field_dict["Modified_Time"] = modified_time
        if last_activity_time is not UNSET:
            field_dict["Last_Activity_Time"] = last_activity_time
        if layout is not UNSET:
            field_dict["Layout"] = layout
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if data_processing_basis_details is not UNSET:
            field_dict["Data_Processing_Basis_Details"] = data_processing_basis_details
        if approved is not UNSET:
            field_dict["$approved"] = approved
        if editable is not UNSET:
            field_dict["$editable"] = editable
        if currency_symbol is not UNSET:
            field_dict["$currency_symbol"] = currency_symbol
        if process_flow is not UNSET:
            field_dict["$process_flow"] = process_flow
        if review is not UNSET:
            field_dict["$review"] = review
        if review_process is not UNSET:
            field_dict["$review_process"] = review_process
        if state is not UNSET:
            field_dict["$state"] = state
        if converted is not UNSET:
            field_dict["$converted"] = converted
        if approval is not UNSET:
            field_dict["$approval"] = approval
        if approval_state is not UNSET:
            field_dict["$approval_state"] = approval_state
        if stop_processing is not UNSET:
            field_dict["$stop_processing"] = stop_processing
        if in_merge is not UNSET:
            field_dict["$in_merge"] = in_merge
        if orchestration is not UNSET:
            field_dict["$orchestration"] = orchestration

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
        return lazily_built(cls, d)

    def _convert_fields(self, _json: Mapping[str, Any]) -> None:
        """Set every field from the JSON object: the stock ``from_dict``'s conversions, run on first read."""
        d = dict(_json)
        id: None | str | Unset = d.pop("id", UNSET)

        _owner = d.pop("Owner", UNSET)
        owner: None | Unset | UserReference
        if isinstance(_owner, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_owner)
                owner = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                owner = cast(None | Unset | UserReference, _owner)
        else:
            owner = _owner

        _created_by = d.pop("Created_By", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_created_by)
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        _modified_by = d.pop("Modified_By", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_modified_by)
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        created_time: None | str | Unset = d.pop("Created_Time", UNSET)

        modified_time: None | str | Unset = d.pop("Modified_Time", UNSET)

        last_activity_time: None | str | Unset = d.pop("Last_Activity_Time", UNSET)

        _layout = d.pop("Layout", UNSET)
        layout: None | RecordLookup | Unset
        if isinstance(_layout, dict):
            try:
                componentsschemas_record_lookup_type_0 = RecordLookup._built_whole(_layout)
                layout = componentsschemas_record_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                layout = cast(None | RecordLookup | Unset, _layout)
        else:
            layout = _layout

        _tag = d.pop("Tag", UNSET)
        tag: list[RecordTag] | None | Unset
        if isinstance(_tag, list):
            try:
                tag_type_0 = []
                _tag_type_0 = _tag
                for tag_type_0_item_data in _tag_type_0:
                    tag_type_0_item = RecordTag._from_nested_json(tag_type_0_item_data)

                    tag_type_0.append(tag_type_0_item)

                for tag_type_0_item in tag_type_0:
                    tag_type_0_item._load_all_fields()
                tag = tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tag = cast(list[RecordTag] | None | Unset, _tag)
        else:
            tag = _tag

        _data_processing_basis_details = d.pop("Data_Processing_Basis_Details", UNSET)
        data_processing_basis_details: None | RecordConsent | Unset
        if isinstance(_data_processing_basis_details, dict):
            try:
                componentsschemas_record_consent_type_0 = RecordConsent._built_whole(_data_processing_basis_details)
                data_processing_basis_details = componentsschemas_record_consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data_processing_basis_details = cast(None | RecordConsent | Unset, _data_processing_basis_details)
        else:
            data_processing_basis_details = _data_processing_basis_details

        approved: bool | None | Unset = d.pop("$approved", UNSET)

        editable: bool | None | Unset = d.pop("$editable", UNSET)

        currency_symbol: None | str | Unset = d.pop("$currency_symbol", UNSET)

        process_flow: bool | None | Unset = d.pop("$process_flow", UNSET)

        review: bool | None | Unset = d.pop("$review", UNSET)

        _review_process = d.pop("$review_process", UNSET)
        review_process: None | RecordApproval | Unset
        if isinstance(_review_process, dict):
            try:
                componentsschemas_record_approval_type_0 = RecordApproval._built_whole(_review_process)
                review_process = componentsschemas_record_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                review_process = cast(None | RecordApproval | Unset, _review_process)
        else:
            review_process = _review_process

        state: None | str | Unset = d.pop("$state", UNSET)

        converted: bool | None | Unset = d.pop("$converted", UNSET)

        _approval = d.pop("$approval", UNSET)
        approval: None | RecordApproval | Unset
        if isinstance(_approval, dict):
            try:
                componentsschemas_record_approval_type_0 = RecordApproval._built_whole(_approval)
                approval = componentsschemas_record_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                approval = cast(None | RecordApproval | Unset, _approval)
        else:
            approval = _approval

        approval_state: None | str | Unset = d.pop("$approval_state", UNSET)

        stop_processing: bool | None | Unset = d.pop("$stop_processing", UNSET)

        in_merge: bool | None | Unset = d.pop("$in_merge", UNSET)

        orchestration: bool | None | Unset = d.pop("$orchestration", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "owner", owner)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "last_activity_time", last_activity_time)
        _set(self, "layout", layout)
        _set(self, "tag", tag)
        _set(self, "data_processing_basis_details", data_processing_basis_details)
        _set(self, "approved", approved)
        _set(self, "editable", editable)
        _set(self, "currency_symbol", currency_symbol)
        _set(self, "process_flow", process_flow)
        _set(self, "review", review)
        _set(self, "review_process", review_process)
        _set(self, "state", state)
        _set(self, "converted", converted)
        _set(self, "approval", approval)
        _set(self, "approval_state", approval_state)
        _set(self, "stop_processing", stop_processing)
        _set(self, "in_merge", in_merge)
        _set(self, "orchestration", orchestration)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.owner)
        load_nested(self.created_by)
        load_nested(self.modified_by)
        load_nested(self.layout)
        load_nested(self.tag)
        load_nested(self.data_processing_basis_details)
        load_nested(self.review_process)
        load_nested(self.approval)

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


# The models this one refers to, imported once the class above exists: models refer to each other in
# cycles, and whichever module of a cycle is imported first, the others find its class already defined.
from ..models.record_approval import RecordApproval  # noqa: E402
from ..models.record_consent import RecordConsent  # noqa: E402
from ..models.record_lookup import RecordLookup  # noqa: E402
from ..models.record_tag import RecordTag  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
