# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Field")


@_attrs_define(on_setattr=load_before_assignment)
class Field(LazyModel):
    """Metadata of one field of a module, as `GET /settings/fields`, `GET /settings/fields/{field_id}` and the layout
    sections return it. The official Python SDK reads `api_name`, `data_type`, `system_mandatory`, `pick_list_values`,
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
    """ The field's label in the CRM interface, for example `Last Name`. """
    display_label: None | str | Unset = UNSET
    """ The field's label as displayed (possibly translated). """
    column_name: None | str | Unset = UNSET
    """ Zoho's internal column name of the field, for example `LASTNAME`. """
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
    """ For decimal and currency fields: the number of digits after the decimal point; null otherwise. """
    read_only: bool | None | Unset = UNSET
    """ Whether the field cannot be written through the API or the interface. """
    field_read_only: bool | None | Unset = UNSET
    """ Whether the field is read-only for the current user's profile. """
    custom_field: bool | None | Unset = UNSET
    """ True for fields the organisation added, false for Zoho's standard fields. """
    visible: bool | None | Unset = UNSET
    """ Whether the field is shown in the module's layouts. """
    system_mandatory: bool | None | Unset = UNSET
    """ True when every record must have a value (for example `Last_Name` of Leads). """
    mandatory: bool | None | Unset = UNSET
    """ Whether a value is required when a record is created. """
    required: bool | None | Unset = UNSET
    """ Layout sections only; whether the layout makes the field mandatory. """
    webhook: bool | None | Unset = UNSET
    """ Whether the field can be used in webhooks. """
    mass_update: bool | None | Unset = UNSET
    """ Whether the field can be changed by mass update. """
    blueprint_supported: bool | None | Unset = UNSET
    """ Whether a blueprint transition can ask for this field. """
    businesscard_supported: bool | None | Unset = UNSET
    """ Whether the field is shown on the record's business card (the summary at the top of the record). """
    history_tracking: bool | None | Unset = UNSET
    """ Whether changes to the field's value are tracked. """
    sortable: bool | None | Unset = UNSET
    """ Whether lists can be sorted on the field (`sort_by`). """
    created_source: None | str | Unset = UNSET
    """ `default` for standard fields, `crm` for fields created in CRM, ... """
    default_value: Any | Unset = UNSET
    """ The value new records get when none is given (a string for most fields, a boolean for checkboxes), or null.
    """
    sequence_number: int | None | Unset = UNSET
    """ Position of the field in its layout section. """
    quick_sequence_number: int | None | Unset = UNSET
    """ The field's position in the quick-create form. """
    transition_sequence: int | None | Unset = UNSET
    """ The field's position in a blueprint transition's form. """
    section_id: int | None | Unset = UNSET
    """ The id of the layout section that holds the field. """
    personality_name: None | str | Unset = UNSET
    """ Zoho's internal name of the field's kind, when it has one. """
    message: None | str | Unset = UNSET
    """ A message shown with the field, when one is set. """
    content: None | str | Unset = UNSET
    """ Fixed content of the field (for example the text of a read-only text field), when it has one. """
    field_type_: None | str | Unset = UNSET
    """ The kind of item: `used` for a field used in a layout, `unused` otherwise. """
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

        api_name: None | str | Unset = d.pop("api_name", UNSET)

        field_label: None | str | Unset = d.pop("field_label", UNSET)

        display_label: None | str | Unset = d.pop("display_label", UNSET)

        column_name: None | str | Unset = d.pop("column_name", UNSET)

        data_type: None | str | Unset = d.pop("data_type", UNSET)

        json_type: None | str | Unset = d.pop("json_type", UNSET)

        length: int | None | Unset = d.pop("length", UNSET)

        decimal_place: int | None | Unset = d.pop("decimal_place", UNSET)

        read_only: bool | None | Unset = d.pop("read_only", UNSET)

        field_read_only: bool | None | Unset = d.pop("field_read_only", UNSET)

        custom_field: bool | None | Unset = d.pop("custom_field", UNSET)

        visible: bool | None | Unset = d.pop("visible", UNSET)

        system_mandatory: bool | None | Unset = d.pop("system_mandatory", UNSET)

        mandatory: bool | None | Unset = d.pop("mandatory", UNSET)

        required: bool | None | Unset = d.pop("required", UNSET)

        webhook: bool | None | Unset = d.pop("webhook", UNSET)

        mass_update: bool | None | Unset = d.pop("mass_update", UNSET)

        blueprint_supported: bool | None | Unset = d.pop("blueprint_supported", UNSET)

        businesscard_supported: bool | None | Unset = d.pop("businesscard_supported", UNSET)

        history_tracking: bool | None | Unset = d.pop("history_tracking", UNSET)

        sortable: bool | None | Unset = d.pop("sortable", UNSET)

        created_source: None | str | Unset = d.pop("created_source", UNSET)

        default_value = d.pop("default_value", UNSET)

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        quick_sequence_number: int | None | Unset = d.pop("quick_sequence_number", UNSET)

        transition_sequence: int | None | Unset = d.pop("transition_sequence", UNSET)

        section_id: int | None | Unset = d.pop("section_id", UNSET)

        personality_name: None | str | Unset = d.pop("personality_name", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        content: None | str | Unset = d.pop("content", UNSET)

        field_type_: None | str | Unset = d.pop("_type", UNSET)

        _pick_list_values = d.pop("pick_list_values", UNSET)
        pick_list_values: list[FieldPickListValue] | None | Unset
        if isinstance(_pick_list_values, list):
            try:
                pick_list_values_type_0 = []
                _pick_list_values_type_0 = _pick_list_values
                for pick_list_values_type_0_item_data in _pick_list_values_type_0:
                    pick_list_values_type_0_item = FieldPickListValue._from_nested_json(
                        pick_list_values_type_0_item_data
                    )

                    pick_list_values_type_0.append(pick_list_values_type_0_item)

                for pick_list_values_type_0_item in pick_list_values_type_0:
                    pick_list_values_type_0_item._load_all_fields()
                pick_list_values = pick_list_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pick_list_values = cast(list[FieldPickListValue] | None | Unset, _pick_list_values)
        else:
            pick_list_values = _pick_list_values

        _lookup = d.pop("lookup", UNSET)
        lookup: FieldLookup | None | Unset
        if isinstance(_lookup, dict):
            try:
                componentsschemas_field_lookup_type_0 = FieldLookup._built_whole(_lookup)
                lookup = componentsschemas_field_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                lookup = cast(FieldLookup | None | Unset, _lookup)
        else:
            lookup = _lookup

        _subform = d.pop("subform", UNSET)
        subform: FieldSubform | None | Unset
        if isinstance(_subform, dict):
            try:
                componentsschemas_field_subform_type_0 = FieldSubform._built_whole(_subform)
                subform = componentsschemas_field_subform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                subform = cast(FieldSubform | None | Unset, _subform)
        else:
            subform = _subform

        _multiselectlookup = d.pop("multiselectlookup", UNSET)
        multiselectlookup: FieldMultiSelectLookup | None | Unset
        if isinstance(_multiselectlookup, dict):
            try:
                componentsschemas_field_multi_select_lookup_type_0 = FieldMultiSelectLookup._built_whole(
                    _multiselectlookup
                )
                multiselectlookup = componentsschemas_field_multi_select_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                multiselectlookup = cast(FieldMultiSelectLookup | None | Unset, _multiselectlookup)
        else:
            multiselectlookup = _multiselectlookup

        _association_details = d.pop("association_details", UNSET)
        association_details: FieldAssociationDetails | None | Unset
        if isinstance(_association_details, dict):
            try:
                componentsschemas_field_association_details_type_0 = FieldAssociationDetails._built_whole(
                    _association_details
                )
                association_details = componentsschemas_field_association_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                association_details = cast(FieldAssociationDetails | None | Unset, _association_details)
        else:
            association_details = _association_details

        _related_details = d.pop("related_details", UNSET)
        related_details: FieldRelatedDetails | None | Unset
        if isinstance(_related_details, dict):
            try:
                componentsschemas_field_related_details_type_0 = FieldRelatedDetails._built_whole(_related_details)
                related_details = componentsschemas_field_related_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                related_details = cast(FieldRelatedDetails | None | Unset, _related_details)
        else:
            related_details = _related_details

        _private = d.pop("private", UNSET)
        private: FieldPrivate | None | Unset
        if isinstance(_private, dict):
            try:
                componentsschemas_field_private_type_0 = FieldPrivate._built_whole(_private)
                private = componentsschemas_field_private_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                private = cast(FieldPrivate | None | Unset, _private)
        else:
            private = _private

        _currency = d.pop("currency", UNSET)
        currency: FieldCurrency | None | Unset
        if isinstance(_currency, dict):
            try:
                componentsschemas_field_currency_type_0 = FieldCurrency._built_whole(_currency)
                currency = componentsschemas_field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                currency = cast(FieldCurrency | None | Unset, _currency)
        else:
            currency = _currency

        _formula = d.pop("formula", UNSET)
        formula: FieldFormula | None | Unset
        if isinstance(_formula, dict):
            try:
                componentsschemas_field_formula_type_0 = FieldFormula._built_whole(_formula)
                formula = componentsschemas_field_formula_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                formula = cast(FieldFormula | None | Unset, _formula)
        else:
            formula = _formula

        _auto_number = d.pop("auto_number", UNSET)
        auto_number: FieldAutoNumber | None | Unset
        if isinstance(_auto_number, dict):
            try:
                componentsschemas_field_auto_number_type_0 = FieldAutoNumber._built_whole(_auto_number)
                auto_number = componentsschemas_field_auto_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                auto_number = cast(FieldAutoNumber | None | Unset, _auto_number)
        else:
            auto_number = _auto_number

        _unique = d.pop("unique", UNSET)
        unique: FieldUnique | None | Unset
        if isinstance(_unique, dict):
            try:
                componentsschemas_field_unique_type_0 = FieldUnique._built_whole(_unique)
                unique = componentsschemas_field_unique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                unique = cast(FieldUnique | None | Unset, _unique)
        else:
            unique = _unique

        _tooltip = d.pop("tooltip", UNSET)
        tooltip: FieldTooltip | None | Unset
        if isinstance(_tooltip, dict):
            try:
                componentsschemas_field_tooltip_type_0 = FieldTooltip._built_whole(_tooltip)
                tooltip = componentsschemas_field_tooltip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tooltip = cast(FieldTooltip | None | Unset, _tooltip)
        else:
            tooltip = _tooltip

        _view_type = d.pop("view_type", UNSET)
        view_type: FieldViewType | None | Unset
        if isinstance(_view_type, dict):
            try:
                componentsschemas_field_view_type_type_0 = FieldViewType._built_whole(_view_type)
                view_type = componentsschemas_field_view_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                view_type = cast(FieldViewType | None | Unset, _view_type)
        else:
            view_type = _view_type

        _crypt = d.pop("crypt", UNSET)
        crypt: FieldCrypt | None | Unset
        if isinstance(_crypt, dict):
            try:
                componentsschemas_field_crypt_type_0 = FieldCrypt._built_whole(_crypt)
                crypt = componentsschemas_field_crypt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                crypt = cast(FieldCrypt | None | Unset, _crypt)
        else:
            crypt = _crypt

        _convert_mapping = d.pop("convert_mapping", UNSET)
        convert_mapping: FieldConvertMapping | None | Unset
        if isinstance(_convert_mapping, dict):
            try:
                componentsschemas_field_convert_mapping_type_0 = FieldConvertMapping._built_whole(_convert_mapping)
                convert_mapping = componentsschemas_field_convert_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                convert_mapping = cast(FieldConvertMapping | None | Unset, _convert_mapping)
        else:
            convert_mapping = _convert_mapping

        _criteria = d.pop("criteria", UNSET)
        criteria: CustomViewCriteria | None | Unset
        if isinstance(_criteria, dict):
            try:
                componentsschemas_custom_view_criteria_type_0 = CustomViewCriteria._built_whole(_criteria)
                criteria = componentsschemas_custom_view_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                criteria = cast(CustomViewCriteria | None | Unset, _criteria)
        else:
            criteria = _criteria

        _multi_module_lookup = d.pop("multi_module_lookup", UNSET)
        multi_module_lookup: FieldMultiModuleLookup | None | Unset
        if isinstance(_multi_module_lookup, dict):
            try:
                componentsschemas_field_multi_module_lookup_type_0 = FieldMultiModuleLookup._built_whole(
                    _multi_module_lookup
                )
                multi_module_lookup = componentsschemas_field_multi_module_lookup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                multi_module_lookup = cast(FieldMultiModuleLookup | None | Unset, _multi_module_lookup)
        else:
            multi_module_lookup = _multi_module_lookup

        _validation_rule = d.pop("validation_rule", UNSET)
        validation_rule: FieldValidationRule | None | Unset
        if isinstance(_validation_rule, dict):
            try:
                componentsschemas_field_validation_rule_type_0 = FieldValidationRule._built_whole(_validation_rule)
                validation_rule = componentsschemas_field_validation_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                validation_rule = cast(FieldValidationRule | None | Unset, _validation_rule)
        else:
            validation_rule = _validation_rule

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "api_name", api_name)
        _set(self, "field_label", field_label)
        _set(self, "display_label", display_label)
        _set(self, "column_name", column_name)
        _set(self, "data_type", data_type)
        _set(self, "json_type", json_type)
        _set(self, "length", length)
        _set(self, "decimal_place", decimal_place)
        _set(self, "read_only", read_only)
        _set(self, "field_read_only", field_read_only)
        _set(self, "custom_field", custom_field)
        _set(self, "visible", visible)
        _set(self, "system_mandatory", system_mandatory)
        _set(self, "mandatory", mandatory)
        _set(self, "required", required)
        _set(self, "webhook", webhook)
        _set(self, "mass_update", mass_update)
        _set(self, "blueprint_supported", blueprint_supported)
        _set(self, "businesscard_supported", businesscard_supported)
        _set(self, "history_tracking", history_tracking)
        _set(self, "sortable", sortable)
        _set(self, "created_source", created_source)
        _set(self, "default_value", default_value)
        _set(self, "sequence_number", sequence_number)
        _set(self, "quick_sequence_number", quick_sequence_number)
        _set(self, "transition_sequence", transition_sequence)
        _set(self, "section_id", section_id)
        _set(self, "personality_name", personality_name)
        _set(self, "message", message)
        _set(self, "content", content)
        _set(self, "field_type_", field_type_)
        _set(self, "pick_list_values", pick_list_values)
        _set(self, "lookup", lookup)
        _set(self, "subform", subform)
        _set(self, "multiselectlookup", multiselectlookup)
        _set(self, "association_details", association_details)
        _set(self, "related_details", related_details)
        _set(self, "private", private)
        _set(self, "currency", currency)
        _set(self, "formula", formula)
        _set(self, "auto_number", auto_number)
        _set(self, "unique", unique)
        _set(self, "tooltip", tooltip)
        _set(self, "view_type", view_type)
        _set(self, "crypt", crypt)
        _set(self, "convert_mapping", convert_mapping)
        _set(self, "criteria", criteria)
        _set(self, "multi_module_lookup", multi_module_lookup)
        _set(self, "validation_rule", validation_rule)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.pick_list_values)
        load_nested(self.lookup)
        load_nested(self.subform)
        load_nested(self.multiselectlookup)
        load_nested(self.association_details)
        load_nested(self.related_details)
        load_nested(self.private)
        load_nested(self.currency)
        load_nested(self.formula)
        load_nested(self.auto_number)
        load_nested(self.unique)
        load_nested(self.tooltip)
        load_nested(self.view_type)
        load_nested(self.crypt)
        load_nested(self.convert_mapping)
        load_nested(self.criteria)
        load_nested(self.multi_module_lookup)
        load_nested(self.validation_rule)

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
from ..models.custom_view_criteria import CustomViewCriteria  # noqa: E402
from ..models.field_association_details import FieldAssociationDetails  # noqa: E402
from ..models.field_auto_number import FieldAutoNumber  # noqa: E402
from ..models.field_convert_mapping import FieldConvertMapping  # noqa: E402
from ..models.field_crypt import FieldCrypt  # noqa: E402
from ..models.field_currency import FieldCurrency  # noqa: E402
from ..models.field_formula import FieldFormula  # noqa: E402
from ..models.field_lookup import FieldLookup  # noqa: E402
from ..models.field_multi_module_lookup import FieldMultiModuleLookup  # noqa: E402
from ..models.field_multi_select_lookup import FieldMultiSelectLookup  # noqa: E402
from ..models.field_pick_list_value import FieldPickListValue  # noqa: E402
from ..models.field_private import FieldPrivate  # noqa: E402
from ..models.field_related_details import FieldRelatedDetails  # noqa: E402
from ..models.field_subform import FieldSubform  # noqa: E402
from ..models.field_tooltip import FieldTooltip  # noqa: E402
from ..models.field_unique import FieldUnique  # noqa: E402
from ..models.field_validation_rule import FieldValidationRule  # noqa: E402
from ..models.field_view_type import FieldViewType  # noqa: E402
