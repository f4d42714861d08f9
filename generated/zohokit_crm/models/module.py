# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Module")


@_attrs_define(on_setattr=load_before_assignment)
class Module(LazyModel):
    """Metadata of one CRM module (Leads, Contacts, a custom module, ...). `GET /settings/modules` returns the summary keys
    for every module; `GET /settings/modules/{module_api_name}` adds the detail keys (`display_field`,
    `related_list_properties`, `$properties`, `per_page`, `search_layout_fields`, `custom_view`, `territory`, ...). Use
    `api_name` in every other API call: default modules' API names never change, custom modules' API names are generated
    from the label (letters, digits and single underscores, starting with a letter).

    """

    id: None | str | Unset = UNSET
    """ The module's id (a 19-digit number carried as a string). """
    api_name: None | str | Unset = UNSET
    """ The module's API name, for example `Leads`, `Sales_Orders` or a custom module's name. """
    module_name: None | str | Unset = UNSET
    """ The module's internal name (for standard modules usually the API name). """
    singular_label: None | str | Unset = UNSET
    """ The module's name for one record, for example `Lead`. """
    plural_label: None | str | Unset = UNSET
    """ The module's name for several records, for example `Leads`. """
    generated_type: None | str | Unset = UNSET
    """ How the module came to be: `default` (standard module), `web` (web tab), `custom` (custom module) or
    `linking` (linking module of a multi-select lookup). """
    api_supported: bool | None | Unset = UNSET
    """ False for modules the API cannot reach yet (for example Documents, Projects); Zoho flips it to true when the
    module becomes supported. """
    creatable: bool | None | Unset = UNSET
    """ Whether the current user can create records in this module. """
    editable: bool | None | Unset = UNSET
    """ Whether the module's records can be edited. """
    deletable: bool | None | Unset = UNSET
    """ Whether the module's records can be deleted. """
    viewable: bool | None | Unset = UNSET
    """ Whether the current user can see the module. """
    convertable: bool | None | Unset = UNSET
    """ Whether records can be converted into other records (for example a lead into a deal). """
    quick_create: bool | None | Unset = UNSET
    """ Whether the module offers a quick-create form. """
    global_search_supported: bool | None | Unset = UNSET
    """ Whether the module's records appear in global search. """
    inventory_template_supported: bool | None | Unset = UNSET
    """ Whether inventory templates (quotes, invoices, ...) can use the module. """
    presence_sub_menu: bool | None | Unset = UNSET
    """ Whether the module appears in a sub-menu of the interface. """
    triggers_supported: bool | None | Unset = UNSET
    """ Whether workflow triggers can be set on the module. """
    is_blueprint_supported: bool | None | Unset = UNSET
    """ Whether blueprints can be defined for the module. """
    scoring_supported: bool | None | Unset = UNSET
    """ Whether scoring rules can be set on the module. """
    webform_supported: bool | None | Unset = UNSET
    """ Whether web forms can create the module's records. """
    email_template_support: bool | None | Unset = UNSET
    """ Whether e-mail templates can use the module. """
    filter_supported: bool | None | Unset = UNSET
    """ Whether the module's lists can be filtered. """
    filter_status: bool | None | Unset = UNSET
    """ Whether filters are enabled for the module. """
    feeds_required: bool | None | Unset = UNSET
    """ Whether the module's records show feeds. """
    kanban_view: bool | None | Unset = UNSET
    """ Whether a kanban view is set up for the module. """
    kanban_view_supported: bool | None | Unset = UNSET
    """ Whether the module supports a kanban view. """
    show_as_tab: bool | None | Unset = UNSET
    """ Whether the module is shown as a tab. """
    visibility: int | None | Unset = UNSET
    """ Visibility flag of the module's tab (1 = visible). """
    sequence_number: int | None | Unset = UNSET
    """ Position of the module's tab. """
    web_link: None | str | Unset = UNSET
    """ URL of a web-tab module, else null. """
    description: None | str | Unset = UNSET
    """ The module's description, or null. """
    modified_time: None | str | Unset = UNSET
    """ When the module was last customised (ISO 8601 date-time), or null. """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    profiles: list[None | ProfileReference] | None | Unset = UNSET
    """ The profiles that can access the module. """
    arguments: list[ModuleArgument] | None | Unset = UNSET
    """ Arguments of a web-tab module. """
    parent_module: ModuleReference | None | Unset = UNSET
    """ A short reference to a module as Zoho embeds it in other metadata (a module's `parent_module`, the `module`
    a record was shared through). Zoho sends `{}` when there is no module to name, so every key is optional. """
    business_card_field_limit: int | None | Unset = UNSET
    """ How many fields the business card of a record may show. """
    business_card_fields: list[str] | None | Unset = UNSET
    """ API names of the fields on the business card. """
    display_field: None | str | Unset = UNSET
    """ Module detail only. API name of the field that names a record (for example `Full_Name`). """
    per_page: int | None | Unset = UNSET
    """ Module detail only. Records per page in the module's list view. """
    search_layout_fields: list[str] | None | Unset = UNSET
    """ Module detail only. API names of the fields shown in search results. """
    properties: list[str] | None | Unset = UNSET
    """ Module detail only. Read-only `$` keys records of this module carry (for example `$converted`, `$approved`,
    `$currency_symbol`, `$process_flow`). """
    related_list_properties: ModuleRelatedListProperties | None | Unset = UNSET
    """ How this module is shown when it appears as a related list of another record: the columns (`fields`, API
    names) and the sort. """
    custom_view: CustomView | None | Unset = UNSET
    """ A custom view (filtered list) of a module. Pass a view's `id` as `cvid` to the records list API to read its
    records. """
    territory: ModuleTerritory | None | Unset = UNSET
    """ The territory a module's default view is restricted to (territory management only). """
    fields: list[Field] | None | Unset = UNSET
    """ Module detail only, when Zoho includes them. The module's fields. """
    layouts: list[Layout] | None | Unset = UNSET
    """ Module detail only, when Zoho includes them. The module's layouts. """
    related_lists: list[RelatedList] | None | Unset = UNSET
    """ Module detail only, when Zoho includes them. The module's related lists. """
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

        module_name: None | str | Unset
        if isinstance(self.module_name, Unset):
            module_name = UNSET
        else:
            module_name = self.module_name

        singular_label: None | str | Unset
        if isinstance(self.singular_label, Unset):
            singular_label = UNSET
        else:
            singular_label = self.singular_label

        plural_label: None | str | Unset
        if isinstance(self.plural_label, Unset):
            plural_label = UNSET
        else:
            plural_label = self.plural_label

        generated_type: None | str | Unset
        if isinstance(self.generated_type, Unset):
            generated_type = UNSET
        else:
            generated_type = self.generated_type

        api_supported: bool | None | Unset
        if isinstance(self.api_supported, Unset):
            api_supported = UNSET
        else:
            api_supported = self.api_supported

        creatable: bool | None | Unset
        if isinstance(self.creatable, Unset):
            creatable = UNSET
        else:
            creatable = self.creatable

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        deletable: bool | None | Unset
        if isinstance(self.deletable, Unset):
            deletable = UNSET
        else:
            deletable = self.deletable

        viewable: bool | None | Unset
        if isinstance(self.viewable, Unset):
            viewable = UNSET
        else:
            viewable = self.viewable

        convertable: bool | None | Unset
        if isinstance(self.convertable, Unset):
            convertable = UNSET
        else:
            convertable = self.convertable

        quick_create: bool | None | Unset
        if isinstance(self.quick_create, Unset):
            quick_create = UNSET
        else:
            quick_create = self.quick_create

        global_search_supported: bool | None | Unset
        if isinstance(self.global_search_supported, Unset):
            global_search_supported = UNSET
        else:
            global_search_supported = self.global_search_supported

        inventory_template_supported: bool | None | Unset
        if isinstance(self.inventory_template_supported, Unset):
            inventory_template_supported = UNSET
        else:
            inventory_template_supported = self.inventory_template_supported

        presence_sub_menu: bool | None | Unset
        if isinstance(self.presence_sub_menu, Unset):
            presence_sub_menu = UNSET
        else:
            presence_sub_menu = self.presence_sub_menu

        triggers_supported: bool | None | Unset
        if isinstance(self.triggers_supported, Unset):
            triggers_supported = UNSET
        else:
            triggers_supported = self.triggers_supported

        is_blueprint_supported: bool | None | Unset
        if isinstance(self.is_blueprint_supported, Unset):
            is_blueprint_supported = UNSET
        else:
            is_blueprint_supported = self.is_blueprint_supported

        scoring_supported: bool | None | Unset
        if isinstance(self.scoring_supported, Unset):
            scoring_supported = UNSET
        else:
            scoring_supported = self.scoring_supported

        webform_supported: bool | None | Unset
        if isinstance(self.webform_supported, Unset):
            webform_supported = UNSET
        else:
            webform_supported = self.webform_supported

        email_template_support: bool | None | Unset
        if isinstance(self.email_template_support, Unset):
            email_template_support = UNSET
        else:
            email_template_support = self.email_template_support

        filter_supported: bool | None | Unset
        if isinstance(self.filter_supported, Unset):
            filter_supported = UNSET
        else:
            filter_supported = self.filter_supported

        filter_status: bool | None | Unset
        if isinstance(self.filter_status, Unset):
            filter_status = UNSET
        else:
            filter_status = self.filter_status

        feeds_required: bool | None | Unset
        if isinstance(self.feeds_required, Unset):
            feeds_required = UNSET
        else:
            feeds_required = self.feeds_required

        kanban_view: bool | None | Unset
        if isinstance(self.kanban_view, Unset):
            kanban_view = UNSET
        else:
            kanban_view = self.kanban_view

        kanban_view_supported: bool | None | Unset
        if isinstance(self.kanban_view_supported, Unset):
            kanban_view_supported = UNSET
        else:
            kanban_view_supported = self.kanban_view_supported

        show_as_tab: bool | None | Unset
        if isinstance(self.show_as_tab, Unset):
            show_as_tab = UNSET
        else:
            show_as_tab = self.show_as_tab

        visibility: int | None | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        sequence_number: int | None | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        web_link: None | str | Unset
        if isinstance(self.web_link, Unset):
            web_link = UNSET
        else:
            web_link = self.web_link

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        modified_time: None | str | Unset
        if isinstance(self.modified_time, Unset):
            modified_time = UNSET
        else:
            modified_time = self.modified_time

        modified_by: dict[str, Any] | None | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        elif isinstance(self.modified_by, UserReference):
            modified_by = self.modified_by.to_dict()
        else:
            modified_by = self.modified_by

        profiles: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.profiles, Unset):
            profiles = UNSET
        elif isinstance(self.profiles, list):
            profiles = []
            for profiles_type_0_item_data in self.profiles:
                profiles_type_0_item: dict[str, Any] | None
                if isinstance(profiles_type_0_item_data, ProfileReference):
                    profiles_type_0_item = profiles_type_0_item_data.to_dict()
                else:
                    profiles_type_0_item = profiles_type_0_item_data
                profiles.append(profiles_type_0_item)

        else:
            profiles = self.profiles

        arguments: list[dict[str, Any]] | None | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, list):
            arguments = []
            for arguments_type_0_item_data in self.arguments:
                arguments_type_0_item = arguments_type_0_item_data.to_dict()
                arguments.append(arguments_type_0_item)

        else:
            arguments = self.arguments

        parent_module: dict[str, Any] | None | Unset
        if isinstance(self.parent_module, Unset):
            parent_module = UNSET
        elif isinstance(self.parent_module, ModuleReference):
            parent_module = self.parent_module.to_dict()
        else:
            parent_module = self.parent_module

        business_card_field_limit: int | None | Unset
        if isinstance(self.business_card_field_limit, Unset):
            business_card_field_limit = UNSET
        else:
            business_card_field_limit = self.business_card_field_limit

        business_card_fields: list[str] | None | Unset
        if isinstance(self.business_card_fields, Unset):
            business_card_fields = UNSET
        elif isinstance(self.business_card_fields, list):
            business_card_fields = self.business_card_fields

        else:
            business_card_fields = self.business_card_fields

        display_field: None | str | Unset
        if isinstance(self.display_field, Unset):
            display_field = UNSET
        else:
            display_field = self.display_field

        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        search_layout_fields: list[str] | None | Unset
        if isinstance(self.search_layout_fields, Unset):
            search_layout_fields = UNSET
        elif isinstance(self.search_layout_fields, list):
            search_layout_fields = self.search_layout_fields

        else:
            search_layout_fields = self.search_layout_fields

        properties: list[str] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = self.properties

        else:
            properties = self.properties

        related_list_properties: dict[str, Any] | None | Unset
        if isinstance(self.related_list_properties, Unset):
            related_list_properties = UNSET
        elif isinstance(self.related_list_properties, ModuleRelatedListProperties):
            related_list_properties = self.related_list_properties.to_dict()
        else:
            related_list_properties = self.related_list_properties

        custom_view: dict[str, Any] | None | Unset
        if isinstance(self.custom_view, Unset):
            custom_view = UNSET
        elif isinstance(self.custom_view, CustomView):
            custom_view = self.custom_view.to_dict()
        else:
            custom_view = self.custom_view

        territory: dict[str, Any] | None | Unset
        if isinstance(self.territory, Unset):
            territory = UNSET
        elif isinstance(self.territory, ModuleTerritory):
            territory = self.territory.to_dict()
        else:
            territory = self.territory

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields

        layouts: list[dict[str, Any]] | None | Unset
        if isinstance(self.layouts, Unset):
            layouts = UNSET
        elif isinstance(self.layouts, list):
            layouts = []
            for layouts_type_0_item_data in self.layouts:
                layouts_type_0_item = layouts_type_0_item_data.to_dict()
                layouts.append(layouts_type_0_item)

        else:
            layouts = self.layouts

        related_lists: list[dict[str, Any]] | None | Unset
        if isinstance(self.related_lists, Unset):
            related_lists = UNSET
        elif isinstance(self.related_lists, list):
            related_lists = []
            for related_lists_type_0_item_data in self.related_lists:
                related_lists_type_0_item = related_lists_type_0_item_data.to_dict()
                related_lists.append(related_lists_type_0_item)

        else:
            related_lists = self.related_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_name is not UNSET:
            field_dict["api_name"] = api_name
        if module_name is not UNSET:
            field_dict["module_name"] = module_name
        if singular_label is not UNSET:
            field_dict["singular_label"] = singular_label
        if plural_label is not UNSET:
            field_dict["plural_label"] = plural_label
        if generated_type is not UNSET:
            field_dict["generated_type"] = generated_type
        if api_supported is not UNSET:
            field_dict["api_supported"] = api_supported
        if creatable is not UNSET:
            field_dict["creatable"] = creatable
        if editable is not UNSET:
            field_dict["editable"] = editable
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if viewable is not UNSET:
            field_dict["viewable"] = viewable
        if convertable is not UNSET:
            field_dict["convertable"] = convertable
        if quick_create is not UNSET:
            field_dict["quick_create"] = quick_create
        if global_search_supported is not UNSET:
            field_dict["global_search_supported"] = global_search_supported
        if inventory_template_supported is not UNSET:
            field_dict["inventory_template_supported"] = inventory_template_supported
        if presence_sub_menu is not UNSET:
            field_dict["presence_sub_menu"] = presence_sub_menu
        if triggers_supported is not UNSET:
            field_dict["triggers_supported"] = triggers_supported
        if is_blueprint_supported is not UNSET:
            field_dict["isBlueprintSupported"] = is_blueprint_supported
        if scoring_supported is not UNSET:
            field_dict["scoring_supported"] = scoring_supported
        if webform_supported is not UNSET:
            field_dict["webform_supported"] = webform_supported
        if email_template_support is not UNSET:
            field_dict["emailTemplate_support"] = email_template_support
        if filter_supported is not UNSET:
            field_dict["filter_supported"] = filter_supported
        if filter_status is not UNSET:
            field_dict["filter_status"] = filter_status
        if feeds_required is not UNSET:
            field_dict["feeds_required"] = feeds_required
        if kanban_view is not UNSET:
            field_dict["kanban_view"] = kanban_view
        if kanban_view_supported is not UNSET:
            field_dict["kanban_view_supported"] = kanban_view_supported
        if show_as_tab is not UNSET:
            field_dict["show_as_tab"] = show_as_tab
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if web_link is not UNSET:
            field_dict["web_link"] = web_link
        if description is not UNSET:
            field_dict["description"] = description
        if modified_time is not UNSET:
            field_dict["modified_time"] = modified_time
        if modified_by is not UNSET:
            field_dict["modified_by"] = modified_by
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if parent_module is not UNSET:
            field_dict["parent_module"] = parent_module
        if business_card_field_limit is not UNSET:
            field_dict["business_card_field_limit"] = business_card_field_limit
        if business_card_fields is not UNSET:
            field_dict["business_card_fields"] = business_card_fields
        if display_field is not UNSET:
            field_dict["display_field"] = display_field
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if search_layout_fields is not UNSET:
            field_dict["search_layout_fields"] = search_layout_fields
        if properties is not UNSET:
            field_dict["$properties"] = properties
        if related_list_properties is not UNSET:
            field_dict["related_list_properties"] = related_list_properties
        if custom_view is not UNSET:
            field_dict["custom_view"] = custom_view
        if territory is not UNSET:
            field_dict["territory"] = territory
        if fields is not UNSET:
            field_dict["fields"] = fields
        if layouts is not UNSET:
            field_dict["layouts"] = layouts
        if related_lists is not UNSET:
            field_dict["related_lists"] = related_lists

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

        module_name: None | str | Unset = d.pop("module_name", UNSET)

        singular_label: None | str | Unset = d.pop("singular_label", UNSET)

        plural_label: None | str | Unset = d.pop("plural_label", UNSET)

        generated_type: None | str | Unset = d.pop("generated_type", UNSET)

        api_supported: bool | None | Unset = d.pop("api_supported", UNSET)

        creatable: bool | None | Unset = d.pop("creatable", UNSET)

        editable: bool | None | Unset = d.pop("editable", UNSET)

        deletable: bool | None | Unset = d.pop("deletable", UNSET)

        viewable: bool | None | Unset = d.pop("viewable", UNSET)

        convertable: bool | None | Unset = d.pop("convertable", UNSET)

        quick_create: bool | None | Unset = d.pop("quick_create", UNSET)

        global_search_supported: bool | None | Unset = d.pop("global_search_supported", UNSET)

        inventory_template_supported: bool | None | Unset = d.pop("inventory_template_supported", UNSET)

        presence_sub_menu: bool | None | Unset = d.pop("presence_sub_menu", UNSET)

        triggers_supported: bool | None | Unset = d.pop("triggers_supported", UNSET)

        is_blueprint_supported: bool | None | Unset = d.pop("isBlueprintSupported", UNSET)

        scoring_supported: bool | None | Unset = d.pop("scoring_supported", UNSET)

        webform_supported: bool | None | Unset = d.pop("webform_supported", UNSET)

        email_template_support: bool | None | Unset = d.pop("emailTemplate_support", UNSET)

        filter_supported: bool | None | Unset = d.pop("filter_supported", UNSET)

        filter_status: bool | None | Unset = d.pop("filter_status", UNSET)

        feeds_required: bool | None | Unset = d.pop("feeds_required", UNSET)

        kanban_view: bool | None | Unset = d.pop("kanban_view", UNSET)

        kanban_view_supported: bool | None | Unset = d.pop("kanban_view_supported", UNSET)

        show_as_tab: bool | None | Unset = d.pop("show_as_tab", UNSET)

        visibility: int | None | Unset = d.pop("visibility", UNSET)

        sequence_number: int | None | Unset = d.pop("sequence_number", UNSET)

        web_link: None | str | Unset = d.pop("web_link", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        modified_time: None | str | Unset = d.pop("modified_time", UNSET)

        _modified_by = d.pop("modified_by", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_modified_by)
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        _profiles = d.pop("profiles", UNSET)
        profiles: list[None | ProfileReference] | None | Unset
        if isinstance(_profiles, list):
            try:
                profiles_type_0 = []
                _profiles_type_0 = _profiles
                for profiles_type_0_item_data in _profiles_type_0:
                    _profiles_type_0_item = profiles_type_0_item_data
                    profiles_type_0_item: None | ProfileReference
                    if isinstance(_profiles_type_0_item, dict):
                        try:
                            componentsschemas_profile_reference_type_0 = ProfileReference._built_whole(
                                _profiles_type_0_item
                            )
                            profiles_type_0_item = componentsschemas_profile_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            profiles_type_0_item = cast(None | ProfileReference, _profiles_type_0_item)
                    else:
                        profiles_type_0_item = _profiles_type_0_item

                    profiles_type_0.append(profiles_type_0_item)
                profiles = profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                profiles = cast(list[None | ProfileReference] | None | Unset, _profiles)
        else:
            profiles = _profiles

        _arguments = d.pop("arguments", UNSET)
        arguments: list[ModuleArgument] | None | Unset
        if isinstance(_arguments, list):
            try:
                arguments_type_0 = []
                _arguments_type_0 = _arguments
                for arguments_type_0_item_data in _arguments_type_0:
                    arguments_type_0_item = ModuleArgument._from_nested_json(arguments_type_0_item_data)

                    arguments_type_0.append(arguments_type_0_item)

                for arguments_type_0_item in arguments_type_0:
                    arguments_type_0_item._load_all_fields()
                arguments = arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                arguments = cast(list[ModuleArgument] | None | Unset, _arguments)
        else:
            arguments = _arguments

        _parent_module = d.pop("parent_module", UNSET)
        parent_module: ModuleReference | None | Unset
        if isinstance(_parent_module, dict):
            try:
                componentsschemas_module_reference_type_0 = ModuleReference._built_whole(_parent_module)
                parent_module = componentsschemas_module_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent_module = cast(ModuleReference | None | Unset, _parent_module)
        else:
            parent_module = _parent_module

        business_card_field_limit: int | None | Unset = d.pop("business_card_field_limit", UNSET)

        business_card_fields: list[str] | None | Unset = d.pop("business_card_fields", UNSET)

        display_field: None | str | Unset = d.pop("display_field", UNSET)

        per_page: int | None | Unset = d.pop("per_page", UNSET)

        search_layout_fields: list[str] | None | Unset = d.pop("search_layout_fields", UNSET)

        properties: list[str] | None | Unset = d.pop("$properties", UNSET)

        _related_list_properties = d.pop("related_list_properties", UNSET)
        related_list_properties: ModuleRelatedListProperties | None | Unset
        if isinstance(_related_list_properties, dict):
            try:
                componentsschemas_module_related_list_properties_type_0 = ModuleRelatedListProperties._built_whole(
                    _related_list_properties
                )
                related_list_properties = componentsschemas_module_related_list_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                related_list_properties = cast(ModuleRelatedListProperties | None | Unset, _related_list_properties)
        else:
            related_list_properties = _related_list_properties

        _custom_view = d.pop("custom_view", UNSET)
        custom_view: CustomView | None | Unset
        if isinstance(_custom_view, dict):
            try:
                componentsschemas_custom_view_type_0 = CustomView._built_whole(_custom_view)
                custom_view = componentsschemas_custom_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                custom_view = cast(CustomView | None | Unset, _custom_view)
        else:
            custom_view = _custom_view

        _territory = d.pop("territory", UNSET)
        territory: ModuleTerritory | None | Unset
        if isinstance(_territory, dict):
            try:
                componentsschemas_module_territory_type_0 = ModuleTerritory._built_whole(_territory)
                territory = componentsschemas_module_territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                territory = cast(ModuleTerritory | None | Unset, _territory)
        else:
            territory = _territory

        _fields = d.pop("fields", UNSET)
        fields: list[Field] | None | Unset
        if isinstance(_fields, list):
            try:
                fields_type_0 = []
                _fields_type_0 = _fields
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = Field._from_nested_json(fields_type_0_item_data)

                    fields_type_0.append(fields_type_0_item)

                for fields_type_0_item in fields_type_0:
                    fields_type_0_item._load_all_fields()
                fields = fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fields = cast(list[Field] | None | Unset, _fields)
        else:
            fields = _fields

        _layouts = d.pop("layouts", UNSET)
        layouts: list[Layout] | None | Unset
        if isinstance(_layouts, list):
            try:
                layouts_type_0 = []
                _layouts_type_0 = _layouts
                for layouts_type_0_item_data in _layouts_type_0:
                    layouts_type_0_item = Layout._from_nested_json(layouts_type_0_item_data)

                    layouts_type_0.append(layouts_type_0_item)

                for layouts_type_0_item in layouts_type_0:
                    layouts_type_0_item._load_all_fields()
                layouts = layouts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                layouts = cast(list[Layout] | None | Unset, _layouts)
        else:
            layouts = _layouts

        _related_lists = d.pop("related_lists", UNSET)
        related_lists: list[RelatedList] | None | Unset
        if isinstance(_related_lists, list):
            try:
                related_lists_type_0 = []
                _related_lists_type_0 = _related_lists
                for related_lists_type_0_item_data in _related_lists_type_0:
                    related_lists_type_0_item = RelatedList._from_nested_json(related_lists_type_0_item_data)

                    related_lists_type_0.append(related_lists_type_0_item)

                for related_lists_type_0_item in related_lists_type_0:
                    related_lists_type_0_item._load_all_fields()
                related_lists = related_lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                related_lists = cast(list[RelatedList] | None | Unset, _related_lists)
        else:
            related_lists = _related_lists

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "api_name", api_name)
        _set(self, "module_name", module_name)
        _set(self, "singular_label", singular_label)
        _set(self, "plural_label", plural_label)
        _set(self, "generated_type", generated_type)
        _set(self, "api_supported", api_supported)
        _set(self, "creatable", creatable)
        _set(self, "editable", editable)
        _set(self, "deletable", deletable)
        _set(self, "viewable", viewable)
        _set(self, "convertable", convertable)
        _set(self, "quick_create", quick_create)
        _set(self, "global_search_supported", global_search_supported)
        _set(self, "inventory_template_supported", inventory_template_supported)
        _set(self, "presence_sub_menu", presence_sub_menu)
        _set(self, "triggers_supported", triggers_supported)
        _set(self, "is_blueprint_supported", is_blueprint_supported)
        _set(self, "scoring_supported", scoring_supported)
        _set(self, "webform_supported", webform_supported)
        _set(self, "email_template_support", email_template_support)
        _set(self, "filter_supported", filter_supported)
        _set(self, "filter_status", filter_status)
        _set(self, "feeds_required", feeds_required)
        _set(self, "kanban_view", kanban_view)
        _set(self, "kanban_view_supported", kanban_view_supported)
        _set(self, "show_as_tab", show_as_tab)
        _set(self, "visibility", visibility)
        _set(self, "sequence_number", sequence_number)
        _set(self, "web_link", web_link)
        _set(self, "description", description)
        _set(self, "modified_time", modified_time)
        _set(self, "modified_by", modified_by)
        _set(self, "profiles", profiles)
        _set(self, "arguments", arguments)
        _set(self, "parent_module", parent_module)
        _set(self, "business_card_field_limit", business_card_field_limit)
        _set(self, "business_card_fields", business_card_fields)
        _set(self, "display_field", display_field)
        _set(self, "per_page", per_page)
        _set(self, "search_layout_fields", search_layout_fields)
        _set(self, "properties", properties)
        _set(self, "related_list_properties", related_list_properties)
        _set(self, "custom_view", custom_view)
        _set(self, "territory", territory)
        _set(self, "fields", fields)
        _set(self, "layouts", layouts)
        _set(self, "related_lists", related_lists)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.modified_by)
        load_nested(self.profiles)
        load_nested(self.arguments)
        load_nested(self.parent_module)
        load_nested(self.related_list_properties)
        load_nested(self.custom_view)
        load_nested(self.territory)
        load_nested(self.fields)
        load_nested(self.layouts)
        load_nested(self.related_lists)

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
from ..models.custom_view import CustomView  # noqa: E402
from ..models.field import Field  # noqa: E402
from ..models.layout import Layout  # noqa: E402
from ..models.module_argument import ModuleArgument  # noqa: E402
from ..models.module_reference import ModuleReference  # noqa: E402
from ..models.module_related_list_properties import ModuleRelatedListProperties  # noqa: E402
from ..models.module_territory import ModuleTerritory  # noqa: E402
from ..models.profile_reference import ProfileReference  # noqa: E402
from ..models.related_list import RelatedList  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
