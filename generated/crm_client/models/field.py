from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_view_criteria import CustomViewCriteria
    from ..models.field_association_details import FieldAssociationDetails
    from ..models.field_auto_number import FieldAutoNumber
    from ..models.field_convert_mapping import FieldConvertMapping
    from ..models.field_crypt import FieldCrypt
    from ..models.field_currency import FieldCurrency
    from ..models.field_formula import FieldFormula
    from ..models.field_lookup import FieldLookup
    from ..models.field_multi_module_lookup import FieldMultiModuleLookup
    from ..models.field_multi_select_lookup import FieldMultiSelectLookup
    from ..models.field_pick_list_value import FieldPickListValue
    from ..models.field_private import FieldPrivate
    from ..models.field_related_details import FieldRelatedDetails
    from ..models.field_subform import FieldSubform
    from ..models.field_tooltip import FieldTooltip
    from ..models.field_unique import FieldUnique
    from ..models.field_validation_rule import FieldValidationRule
    from ..models.field_view_type import FieldViewType


T = TypeVar("T", bound="Field")


@_attrs_define
class Field:
    """Metadata of one field of a module, as `GET /settings/fields`, `GET /settings/fields/{field_id}` and the layout
    sections return it. The seed lost its sample responses (only SDK code survived, which reads the same keys:
    `api_name`, `length`, `visible`, `field_label`, `created_source`, `mandatory`, `sequence_number`, `read_only`,
    `data_type`, `id`, `custom_field`, `businesscard_supported`, `lookup`, `pick_list_values`, `unique`, `currency`,
    `formula`, `auto_number`, `decimal_place`, `convert_mapping`, `json_type`); the shape here is what Zoho's public CRM
    v2 API returns. The official Python SDK reads `api_name`, `data_type`, `system_mandatory`, `pick_list_values`,
    `lookup.module`, `subform.module`, `formula.return_type` and `custom_field` from it to serialise records. GDPR:
    `private` marks personal-data fields; the Leads, Contacts, Vendors and custom modules also carry the
    `Data_Processing_Basis_Details` field.

    """

    id: None | str | Unset = UNSET
    """ The field's id. """
    api_name: None | str | Unset = UNSET
    """ The key of the field in record JSON. Standard fields' API names never change; custom fields' are generated
    from the label. """
    field_label: None | str | Unset = UNSET
    display_label: None | str | Unset = UNSET
    column_name: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    """ The field's UI type: `text`, `textarea`, `email`, `phone`, `website`, `picklist`, `multiselectpicklist`,
    `integer`, `bigint`, `double`, `currency`, `percent`, `boolean`, `date`, `datetime`, `lookup`, `ownerlookup`,
    `userlookup`, `multiselectlookup`, `multiuserlookup`, `subform`, `autonumber`, `formula`, `fileupload`,
    `imageupload`, `profileimage`, `event_reminder`, `consent_lookup`, `layout`, ... """
    json_type: None | str | Unset = UNSET
    """ The JSON type of the value in records: `string`, `integer`, `double`, `boolean`, `jsonobject` or
    `jsonarray`. """
    length: int | None | Unset = UNSET
    """ Maximum length of the value. """
    decimal_place: int | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    field_read_only: bool | None | Unset = UNSET
    custom_field: bool | None | Unset = UNSET
    visible: bool | None | Unset = UNSET
    system_mandatory: bool | None | Unset = UNSET
    """ True when every record must have a value (for example `Last_Name` of Leads). """
    mandatory: bool | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    """ Layout sections only; whether the layout makes the field mandatory. """
    webhook: bool | None | Unset = UNSET
    mass_update: bool | None | Unset = UNSET
    blueprint_supported: bool | None | Unset = UNSET
    businesscard_supported: bool | None | Unset = UNSET
    history_tracking: bool | None | Unset = UNSET
    sortable: bool | None | Unset = UNSET
    created_source: None | str | Unset = UNSET
    """ `default` for standard fields, `crm` for fields created in CRM, ... """
    default_value: Any | Unset = UNSET
    """ The value new records get when none is given (a string for most fields, a boolean for checkboxes), or null.
    """
    sequence_number: int | None | Unset = UNSET
    """ Position of the field in its layout section. """
    quick_sequence_number: int | None | Unset = UNSET
    transition_sequence: int | None | Unset = UNSET
    section_id: int | None | Unset = UNSET
    personality_name: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    field_type_: None | str | Unset = UNSET
    pick_list_values: list[FieldPickListValue] | None | Unset = UNSET
    """ Picklist fields only (else empty); configured per organisation. """
    lookup: FieldLookup | None | Unset = UNSET
    """ The target of a lookup field (`data_type` `lookup`), or `{}` for other fields. In API v2 `module` is the
    target module's API name as a plain string (for example `Accounts`), which is what the official v2 SDKs read;
    API v2.1 and later turned it into an object `{"api_name", "id"}`, so this v2 spec keeps the string. """
    subform: FieldSubform | None | Unset = UNSET
    """ The subform behind a subform field (`data_type` `subform`): `module` is the subform module's API name, which
    the official v2 SDK reads to learn the subform's own fields. """
    multiselectlookup: FieldMultiSelectLookup | None | Unset = UNSET
    """ The linking module behind a multi-select lookup field (`data_type` `multiselectlookup`), or `{}`. """
    association_details: FieldAssociationDetails | None | Unset = UNSET
    """ The two lookups of the linking module behind a multi-select lookup field, or null. """
    related_details: FieldRelatedDetails | None | Unset = UNSET
    """ For multi-select lookups, the related list the field creates in the other module, or null. """
    private: FieldPrivate | None | Unset = UNSET
    """ GDPR: marks a field as holding personal data (set in the layout editor). `null` when the field is not
    private, or when it was made private without choosing a sensitivity. `type` is `high` (sensitive) or `low`
    (normal). When `restricted` is true the field's value is never exposed in record APIs (it reads as null and
    cannot be searched). """
    currency: FieldCurrency | None | Unset = UNSET
    """ Rounding of a currency field, or `{}` for other fields. """
    formula: FieldFormula | None | Unset = UNSET
    """ The expression of a formula field (`data_type` `formula`), or `{}`. """
    auto_number: FieldAutoNumber | None | Unset = UNSET
    """ Numbering of an auto-number field (`data_type` `autonumber`), or `{}`. """
    unique: FieldUnique | None | Unset = UNSET
    """ Present (`casesensitive` `"true"`/`"false"`) when the field must hold unique values, else `{}`. """
    tooltip: FieldTooltip | None | Unset = UNSET
    """ The tooltip shown beside a field or subform section. """
    view_type: FieldViewType | None | Unset = UNSET
    """ In which views the field appears. """
    crypt: FieldCrypt | None | Unset = UNSET
    """ Encryption settings of an encrypted field, or null. """
    convert_mapping: FieldConvertMapping | None | Unset = UNSET
    """ Leads only: where the field's value goes when the lead is converted, as `{module: field API name or null}`,
    for example `{"Contacts": "Last_Name", "Deals": null, "Accounts": null}`. """
    criteria: CustomViewCriteria | None | Unset = UNSET
    """ A filter condition of a custom view (or of a field). Either a single condition (`field`, `comparator`,
    `value`) or a group of conditions (`group_operator` with `group`), nested as deep as needed. """
    multi_module_lookup: FieldMultiModuleLookup | None | Unset = UNSET
    """ The modules a multi-module lookup (for example `What_Id` of Tasks, `$se_module` targets) can point to, or
    `{}`. Keys vary by field; Zoho sends `api_name`, `display_label` and `modules`. """
    validation_rule: FieldValidationRule | None | Unset = UNSET
    """ A validation rule attached to the field, or null. Keys depend on the rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_view_criteria import CustomViewCriteria  # noqa: PLC0415
        from ..models.field_association_details import FieldAssociationDetails  # noqa: PLC0415
        from ..models.field_auto_number import FieldAutoNumber  # noqa: PLC0415
        from ..models.field_convert_mapping import FieldConvertMapping  # noqa: PLC0415
        from ..models.field_crypt import FieldCrypt  # noqa: PLC0415
        from ..models.field_currency import FieldCurrency  # noqa: PLC0415
        from ..models.field_formula import FieldFormula  # noqa: PLC0415
        from ..models.field_lookup import FieldLookup  # noqa: PLC0415
        from ..models.field_multi_module_lookup import FieldMultiModuleLookup  # noqa: PLC0415
        from ..models.field_multi_select_lookup import FieldMultiSelectLookup  # noqa: PLC0415
        from ..models.field_private import FieldPrivate  # noqa: PLC0415
        from ..models.field_related_details import FieldRelatedDetails  # noqa: PLC0415
        from ..models.field_subform import FieldSubform  # noqa: PLC0415
        from ..models.field_tooltip import FieldTooltip  # noqa: PLC0415
        from ..models.field_unique import FieldUnique  # noqa: PLC0415
        from ..models.field_validation_rule import FieldValidationRule  # noqa: PLC0415
        from ..models.field_view_type import FieldViewType  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        api_name: None | str | Unset
        if isinstance(self.api_name, Unset):
            api_name = UNSET
        else:
            api_name = self.api_name

        field_label: None | str | Unset
        if isinstance(self.field_label, Unset):
            field_label = UNSET
        else:
            field_label = self.field_label

        display_label: None | str | Unset
        if isinstance(self.display_label, Unset):
            display_label = UNSET
        else:
            display_label = self.display_label

        column_name: None | str | Unset
        if isinstance(self.column_name, Unset):
            column_name = UNSET
        else:
            column_name = self.column_name

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        json_type: None | str | Unset
        if isinstance(self.json_type, Unset):
            json_type = UNSET
        else:
            json_type = self.json_type

        length: int | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        decimal_place: int | None | Unset
        if isinstance(self.decimal_place, Unset):
            decimal_place = UNSET
        else:
            decimal_place = self.decimal_place

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        field_read_only: bool | None | Unset
        if isinstance(self.field_read_only, Unset):
            field_read_only = UNSET
        else:
            field_read_only = self.field_read_only

        custom_field: bool | None | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = self.custom_field

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        system_mandatory: bool | None | Unset
        if isinstance(self.system_mandatory, Unset):
            system_mandatory = UNSET
        else:
            system_mandatory = self.system_mandatory

        mandatory: bool | None | Unset
        if isinstance(self.mandatory, Unset):
            mandatory = UNSET
        else:
            mandatory = self.mandatory

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        webhook: bool | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        else:
            webhook = self.webhook

        mass_update: bool | None | Unset
        if isinstance(self.mass_update, Unset):
            mass_update = UNSET
        else:
            mass_update = self.mass_update

        blueprint_supported: bool | None | Unset
        if isinstance(self.blueprint_supported, Unset):
            blueprint_supported = UNSET
        else:
            blueprint_supported = self.blueprint_supported

        businesscard_supported: bool | None | Unset
        if isinstance(self.businesscard_supported, Unset):
            businesscard_supported = UNSET
        else:
            businesscard_supported = self.businesscard_supported

        history_tracking: bool | None | Unset
        if isinstance(self.history_tracking, Unset):
            history_tracking = UNSET
        else:
            history_tracking = self.history_tracking

        sortable: bool | None | Unset
        if isinstance(self.sortable, Unset):
            sortable = UNSET
        else:
            sortable = self.sortable

        created_source: None | str | Unset
        if isinstance(self.created_source, Unset):
            created_source = UNSET
        else:
            created_source = self.created_source

        default_value = self.default_value

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        quick_sequence_number: int | None | Unset
        if isinstance(self.quick_sequence_number, Unset):
            quick_sequence_number = UNSET
        else:
            quick_sequence_number = self.quick_sequence_number

        transition_sequence: int | None | Unset
        if isinstance(self.transition_sequence, Unset):
            transition_sequence = UNSET
        else:
            transition_sequence = self.transition_sequence

        section_id: int | None | Unset
        if isinstance(self.section_id, Unset):
            section_id = UNSET
        else:
            section_id = self.section_id

        personality_name: None | str | Unset
        if isinstance(self.personality_name, Unset):
            personality_name = UNSET
        else:
            personality_name = self.personality_name

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_type_: None | str | Unset
        if isinstance(self.field_type_, Unset):
            field_type_ = UNSET
        else:
            field_type_ = self.field_type_

        pick_list_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.pick_list_values, Unset):
            pick_list_values = UNSET
        elif isinstance(self.pick_list_values, list):
            pick_list_values = []
            for pick_list_values_type_0_item_data in self.pick_list_values:
                pick_list_values_type_0_item = pick_list_values_type_0_item_data.to_dict()
                pick_list_values.append(pick_list_values_type_0_item)

        else:
            pick_list_values = self.pick_list_values

        lookup: dict[str, Any] | None | Unset
        if isinstance(self.lookup, Unset):
            lookup = UNSET
        elif isinstance(self.lookup, FieldLookup):
            lookup = self.lookup.to_dict()
        else:
            lookup = self.lookup

        subform: dict[str, Any] | None | Unset
        if isinstance(self.subform, Unset):
            subform = UNSET
        elif isinstance(self.subform, FieldSubform):
            subform = self.subform.to_dict()
        else:
            subform = self.subform

        multiselectlookup: dict[str, Any] | None | Unset
        if isinstance(self.multiselectlookup, Unset):
            multiselectlookup = UNSET
        elif isinstance(self.multiselectlookup, FieldMultiSelectLookup):
            multiselectlookup = self.multiselectlookup.to_dict()
        else:
            multiselectlookup = self.multiselectlookup

        association_details: dict[str, Any] | None | Unset
        if isinstance(self.association_details, Unset):
            association_details = UNSET
        elif isinstance(self.association_details, FieldAssociationDetails):
            association_details = self.association_details.to_dict()
        else:
            association_details = self.association_details

        related_details: dict[str, Any] | None | Unset
        if isinstance(self.related_details, Unset):
            related_details = UNSET
        elif isinstance(self.related_details, FieldRelatedDetails):
            related_details = self.related_details.to_dict()
        else:
            related_details = self.related_details

        private: dict[str, Any] | None | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        elif isinstance(self.private, FieldPrivate):
            private = self.private.to_dict()
        else:
            private = self.private

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, FieldCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        formula: dict[str, Any] | None | Unset
        if isinstance(self.formula, Unset):
            formula = UNSET
        elif isinstance(self.formula, FieldFormula):
            formula = self.formula.to_dict()
        else:
            formula = self.formula

        auto_number: dict[str, Any] | None | Unset
        if isinstance(self.auto_number, Unset):
            auto_number = UNSET
        elif isinstance(self.auto_number, FieldAutoNumber):
            auto_number = self.auto_number.to_dict()
        else:
            auto_number = self.auto_number

        unique: dict[str, Any] | None | Unset
        if isinstance(self.unique, Unset):
            unique = UNSET
        elif isinstance(self.unique, FieldUnique):
            unique = self.unique.to_dict()
        else:
            unique = self.unique

        tooltip: dict[str, Any] | None | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        elif isinstance(self.tooltip, FieldTooltip):
            tooltip = self.tooltip.to_dict()
        else:
            tooltip = self.tooltip

        view_type: dict[str, Any] | None | Unset
        if isinstance(self.view_type, Unset):
            view_type = UNSET
        elif isinstance(self.view_type, FieldViewType):
            view_type = self.view_type.to_dict()
        else:
            view_type = self.view_type

        crypt: dict[str, Any] | None | Unset
        if isinstance(self.crypt, Unset):
            crypt = UNSET
        elif isinstance(self.crypt, FieldCrypt):
            crypt = self.crypt.to_dict()
        else:
            crypt = self.crypt

        convert_mapping: dict[str, Any] | None | Unset
        if isinstance(self.convert_mapping, Unset):
            convert_mapping = UNSET
        elif isinstance(self.convert_mapping, FieldConvertMapping):
            convert_mapping = self.convert_mapping.to_dict()
        else:
            convert_mapping = self.convert_mapping

        criteria: dict[str, Any] | None | Unset
        if isinstance(self.criteria, Unset):
            criteria = UNSET
        elif isinstance(self.criteria, CustomViewCriteria):
            criteria = self.criteria.to_dict()
        else:
            criteria = self.criteria

        multi_module_lookup: dict[str, Any] | None | Unset
        if isinstance(self.multi_module_lookup, Unset):
            multi_module_lookup = UNSET
        elif isinstance(self.multi_module_lookup, FieldMultiModuleLookup):
            multi_module_lookup = self.multi_module_lookup.to_dict()
        else:
            multi_module_lookup = self.multi_module_lookup

        validation_rule: dict[str, Any] | None | Unset
        if isinstance(self.validation_rule, Unset):
            validation_rule = UNSET
        elif isinstance(self.validation_rule, FieldValidationRule):
            validation_rule = self.validation_rule.to_dict()
        else:
            validation_rule = self.validation_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if field_label is not UNSET:
            field_dict["field_label"] = field_label
        if display_label is not UNSET:
            field_dict["display_label"] = display_label
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if json_type is not UNSET:
            field_dict["json_type"] = json_type
        if length is not UNSET:
            field_dict["length"] = length
        if decimal_place is not UNSET:
            field_dict["decimal_place"] = decimal_place
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if field_read_only is not UNSET:
            field_dict["field_read_only"] = field_read_only
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field
        if visible is not UNSET:
            field_dict["visible"] = visible
        if system_mandatory is not UNSET:
            field_dict["system_mandatory"] = system_mandatory
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if required is not UNSET:
            field_dict["required"] = required
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if mass_update is not UNSET:
            field_dict["mass_update"] = mass_update
        if blueprint_supported is not UNSET:
            field_dict["blueprint_supported"] = blueprint_supported
        if businesscard_supported is not UNSET:
            field_dict["businesscard_supported"] = businesscard_supported
        if history_tracking is not UNSET:
            field_dict["history_tracking"] = history_tracking
        if sortable is not UNSET:
            field_dict["sortable"] = sortable
        if created_source is not UNSET:
            field_dict["created_source"] = created_source
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if quick_sequence_number is not UNSET:
            field_dict["quick_sequence_number"] = quick_sequence_number
        if transition_sequence is not UNSET:
            field_dict["transition_sequence"] = transition_sequence
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if personality_name is not UNSET:
            field_dict["personality_name"] = personality_name
        if message is not UNSET:
            field_dict["message"] = message
        if content is not UNSET:
            field_dict["content"] = content
        if field_type_ is not UNSET:
            field_dict["_type"] = field_type_
        if pick_list_values is not UNSET:
            field_dict["pick_list_values"] = pick_list_values
        if lookup is not UNSET:
            field_dict["lookup"] = lookup
        if subform is not UNSET:
            field_dict["subform"] = subform
        if multiselectlookup is not UNSET:
            field_dict["multiselectlookup"] = multiselectlookup
        if association_details is not UNSET:
            field_dict["association_details"] = association_details
        if related_details is not UNSET:
            field_dict["related_details"] = related_details
        if private is not UNSET:
            field_dict["private"] = private
        if currency is not UNSET:
            field_dict["currency"] = currency
        if formula is not UNSET:
            field_dict["formula"] = formula
        if auto_number is not UNSET:
            field_dict["auto_number"] = auto_number
        if unique is not UNSET:
            field_dict["unique"] = unique
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if view_type is not UNSET:
            field_dict["view_type"] = view_type
        if crypt is not UNSET:
            field_dict["crypt"] = crypt
        if convert_mapping is not UNSET:
            field_dict["convert_mapping"] = convert_mapping
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if multi_module_lookup is not UNSET:
            field_dict["multi_module_lookup"] = multi_module_lookup
        if validation_rule is not UNSET:
            field_dict["validation_rule"] = validation_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_view_criteria import CustomViewCriteria  # noqa: PLC0415
        from ..models.field_association_details import FieldAssociationDetails  # noqa: PLC0415
        from ..models.field_auto_number import FieldAutoNumber  # noqa: PLC0415
        from ..models.field_convert_mapping import FieldConvertMapping  # noqa: PLC0415
        from ..models.field_crypt import FieldCrypt  # noqa: PLC0415
        from ..models.field_currency import FieldCurrency  # noqa: PLC0415
        from ..models.field_formula import FieldFormula  # noqa: PLC0415
        from ..models.field_lookup import FieldLookup  # noqa: PLC0415
        from ..models.field_multi_module_lookup import FieldMultiModuleLookup  # noqa: PLC0415
        from ..models.field_multi_select_lookup import FieldMultiSelectLookup  # noqa: PLC0415
        from ..models.field_pick_list_value import FieldPickListValue  # noqa: PLC0415
        from ..models.field_private import FieldPrivate  # noqa: PLC0415
        from ..models.field_related_details import FieldRelatedDetails  # noqa: PLC0415
        from ..models.field_subform import FieldSubform  # noqa: PLC0415
        from ..models.field_tooltip import FieldTooltip  # noqa: PLC0415
        from ..models.field_unique import FieldUnique  # noqa: PLC0415
        from ..models.field_validation_rule import FieldValidationRule  # noqa: PLC0415
        from ..models.field_view_type import FieldViewType  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_api_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_name = _parse_api_name(d.pop("api_name", UNSET))

        def _parse_field_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_label = _parse_field_label(d.pop("field_label", UNSET))

        def _parse_display_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_label = _parse_display_label(d.pop("display_label", UNSET))

        def _parse_column_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column_name = _parse_column_name(d.pop("column_name", UNSET))

        def _parse_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_type = _parse_data_type(d.pop("data_type", UNSET))

        def _parse_json_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        json_type = _parse_json_type(d.pop("json_type", UNSET))

        def _parse_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        length = _parse_length(d.pop("length", UNSET))

        def _parse_decimal_place(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        decimal_place = _parse_decimal_place(d.pop("decimal_place", UNSET))

        def _parse_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only = _parse_read_only(d.pop("read_only", UNSET))

        def _parse_field_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        field_read_only = _parse_field_read_only(d.pop("field_read_only", UNSET))

        def _parse_custom_field(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        custom_field = _parse_custom_field(d.pop("custom_field", UNSET))

        def _parse_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        def _parse_system_mandatory(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        system_mandatory = _parse_system_mandatory(d.pop("system_mandatory", UNSET))

        def _parse_mandatory(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mandatory = _parse_mandatory(d.pop("mandatory", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_webhook(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        def _parse_mass_update(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mass_update = _parse_mass_update(d.pop("mass_update", UNSET))

        def _parse_blueprint_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        blueprint_supported = _parse_blueprint_supported(d.pop("blueprint_supported", UNSET))

        def _parse_businesscard_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        businesscard_supported = _parse_businesscard_supported(d.pop("businesscard_supported", UNSET))

        def _parse_history_tracking(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        history_tracking = _parse_history_tracking(d.pop("history_tracking", UNSET))

        def _parse_sortable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sortable = _parse_sortable(d.pop("sortable", UNSET))

        def _parse_created_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_source = _parse_created_source(d.pop("created_source", UNSET))

        default_value = d.pop("default_value", UNSET)

        def _parse_sequence_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence_number = _parse_sequence_number(d.pop("sequence_number", UNSET))

        def _parse_quick_sequence_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quick_sequence_number = _parse_quick_sequence_number(d.pop("quick_sequence_number", UNSET))

        def _parse_transition_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transition_sequence = _parse_transition_sequence(d.pop("transition_sequence", UNSET))

        def _parse_section_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        section_id = _parse_section_id(d.pop("section_id", UNSET))

        def _parse_personality_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personality_name = _parse_personality_name(d.pop("personality_name", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_field_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_type_ = _parse_field_type_(d.pop("_type", UNSET))

        def _parse_pick_list_values(data: object) -> list[FieldPickListValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pick_list_values_type_0 = []
                _pick_list_values_type_0 = data
                for pick_list_values_type_0_item_data in _pick_list_values_type_0:
                    pick_list_values_type_0_item = FieldPickListValue.from_dict(pick_list_values_type_0_item_data)

                    pick_list_values_type_0.append(pick_list_values_type_0_item)

                return pick_list_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldPickListValue] | None | Unset, data)

        pick_list_values = _parse_pick_list_values(d.pop("pick_list_values", UNSET))

        def _parse_lookup(data: object) -> FieldLookup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_lookup_type_0 = FieldLookup.from_dict(data)

                return componentsschemas_field_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldLookup | None | Unset, data)

        lookup = _parse_lookup(d.pop("lookup", UNSET))

        def _parse_subform(data: object) -> FieldSubform | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_subform_type_0 = FieldSubform.from_dict(data)

                return componentsschemas_field_subform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldSubform | None | Unset, data)

        subform = _parse_subform(d.pop("subform", UNSET))

        def _parse_multiselectlookup(data: object) -> FieldMultiSelectLookup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_multi_select_lookup_type_0 = FieldMultiSelectLookup.from_dict(data)

                return componentsschemas_field_multi_select_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldMultiSelectLookup | None | Unset, data)

        multiselectlookup = _parse_multiselectlookup(d.pop("multiselectlookup", UNSET))

        def _parse_association_details(data: object) -> FieldAssociationDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_association_details_type_0 = FieldAssociationDetails.from_dict(data)

                return componentsschemas_field_association_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldAssociationDetails | None | Unset, data)

        association_details = _parse_association_details(d.pop("association_details", UNSET))

        def _parse_related_details(data: object) -> FieldRelatedDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_related_details_type_0 = FieldRelatedDetails.from_dict(data)

                return componentsschemas_field_related_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldRelatedDetails | None | Unset, data)

        related_details = _parse_related_details(d.pop("related_details", UNSET))

        def _parse_private(data: object) -> FieldPrivate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_private_type_0 = FieldPrivate.from_dict(data)

                return componentsschemas_field_private_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldPrivate | None | Unset, data)

        private = _parse_private(d.pop("private", UNSET))

        def _parse_currency(data: object) -> FieldCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_currency_type_0 = FieldCurrency.from_dict(data)

                return componentsschemas_field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldCurrency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_formula(data: object) -> FieldFormula | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_formula_type_0 = FieldFormula.from_dict(data)

                return componentsschemas_field_formula_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldFormula | None | Unset, data)

        formula = _parse_formula(d.pop("formula", UNSET))

        def _parse_auto_number(data: object) -> FieldAutoNumber | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_auto_number_type_0 = FieldAutoNumber.from_dict(data)

                return componentsschemas_field_auto_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldAutoNumber | None | Unset, data)

        auto_number = _parse_auto_number(d.pop("auto_number", UNSET))

        def _parse_unique(data: object) -> FieldUnique | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_unique_type_0 = FieldUnique.from_dict(data)

                return componentsschemas_field_unique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldUnique | None | Unset, data)

        unique = _parse_unique(d.pop("unique", UNSET))

        def _parse_tooltip(data: object) -> FieldTooltip | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_tooltip_type_0 = FieldTooltip.from_dict(data)

                return componentsschemas_field_tooltip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldTooltip | None | Unset, data)

        tooltip = _parse_tooltip(d.pop("tooltip", UNSET))

        def _parse_view_type(data: object) -> FieldViewType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_view_type_type_0 = FieldViewType.from_dict(data)

                return componentsschemas_field_view_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldViewType | None | Unset, data)

        view_type = _parse_view_type(d.pop("view_type", UNSET))

        def _parse_crypt(data: object) -> FieldCrypt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_crypt_type_0 = FieldCrypt.from_dict(data)

                return componentsschemas_field_crypt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldCrypt | None | Unset, data)

        crypt = _parse_crypt(d.pop("crypt", UNSET))

        def _parse_convert_mapping(data: object) -> FieldConvertMapping | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_convert_mapping_type_0 = FieldConvertMapping.from_dict(data)

                return componentsschemas_field_convert_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldConvertMapping | None | Unset, data)

        convert_mapping = _parse_convert_mapping(d.pop("convert_mapping", UNSET))

        def _parse_criteria(data: object) -> CustomViewCriteria | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_view_criteria_type_0 = CustomViewCriteria.from_dict(data)

                return componentsschemas_custom_view_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomViewCriteria | None | Unset, data)

        criteria = _parse_criteria(d.pop("criteria", UNSET))

        def _parse_multi_module_lookup(data: object) -> FieldMultiModuleLookup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_multi_module_lookup_type_0 = FieldMultiModuleLookup.from_dict(data)

                return componentsschemas_field_multi_module_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldMultiModuleLookup | None | Unset, data)

        multi_module_lookup = _parse_multi_module_lookup(d.pop("multi_module_lookup", UNSET))

        def _parse_validation_rule(data: object) -> FieldValidationRule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_validation_rule_type_0 = FieldValidationRule.from_dict(data)

                return componentsschemas_field_validation_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldValidationRule | None | Unset, data)

        validation_rule = _parse_validation_rule(d.pop("validation_rule", UNSET))

        field = cls(
            id=id,
            api_name=api_name,
            field_label=field_label,
            display_label=display_label,
            column_name=column_name,
            data_type=data_type,
            json_type=json_type,
            length=length,
            decimal_place=decimal_place,
            read_only=read_only,
            field_read_only=field_read_only,
            custom_field=custom_field,
            visible=visible,
            system_mandatory=system_mandatory,
            mandatory=mandatory,
            required=required,
            webhook=webhook,
            mass_update=mass_update,
            blueprint_supported=blueprint_supported,
            businesscard_supported=businesscard_supported,
            history_tracking=history_tracking,
            sortable=sortable,
            created_source=created_source,
            default_value=default_value,
            sequence_number=sequence_number,
            quick_sequence_number=quick_sequence_number,
            transition_sequence=transition_sequence,
            section_id=section_id,
            personality_name=personality_name,
            message=message,
            content=content,
            field_type_=field_type_,
            pick_list_values=pick_list_values,
            lookup=lookup,
            subform=subform,
            multiselectlookup=multiselectlookup,
            association_details=association_details,
            related_details=related_details,
            private=private,
            currency=currency,
            formula=formula,
            auto_number=auto_number,
            unique=unique,
            tooltip=tooltip,
            view_type=view_type,
            crypt=crypt,
            convert_mapping=convert_mapping,
            criteria=criteria,
            multi_module_lookup=multi_module_lookup,
            validation_rule=validation_rule,
        )

        field.additional_properties = d
        return field

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
