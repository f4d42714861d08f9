from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_view import CustomView
    from ..models.field import Field
    from ..models.layout import Layout
    from ..models.module_argument import ModuleArgument
    from ..models.module_reference import ModuleReference
    from ..models.module_related_list_properties import ModuleRelatedListProperties
    from ..models.module_territory import ModuleTerritory
    from ..models.profile_reference import ProfileReference
    from ..models.related_list import RelatedList
    from ..models.user_reference import UserReference


T = TypeVar("T", bound="Module")


@_attrs_define
class Module:
    """Metadata of one CRM module (Leads, Contacts, a custom module, ...). `GET /settings/modules` returns the summary keys
    for every module; `GET /settings/modules/{module_api_name}` adds the detail keys (`display_field`,
    `related_list_properties`, `$properties`, `per_page`, `search_layout_fields`, `custom_view`, `territory`, ...). The
    seed lost its sample responses (only SDK code survived, which reads the same keys); the shape here is what Zoho's
    public CRM v2 API returns. Use `api_name` in every other API call: default modules' API names never change, custom
    modules' API names are generated from the label (letters, digits and single underscores, starting with a letter).

    """

    id: None | str | Unset = UNSET
    """ The module's id (a 19-digit number carried as a string). """
    api_name: None | str | Unset = UNSET
    """ The module's API name, for example `Leads`, `Sales_Orders` or a custom module's name. """
    module_name: None | str | Unset = UNSET
    """ The module's internal name (for standard modules usually the API name). """
    singular_label: None | str | Unset = UNSET
    plural_label: None | str | Unset = UNSET
    generated_type: None | str | Unset = UNSET
    """ How the module came to be: `default` (standard module), `web` (web tab), `custom` (custom module) or
    `linking` (linking module of a multi-select lookup). """
    api_supported: bool | None | Unset = UNSET
    """ False for modules the API cannot reach yet (for example Documents, Projects); Zoho flips it to true when the
    module becomes supported. """
    creatable: bool | None | Unset = UNSET
    """ Whether the current user can create records in this module. """
    editable: bool | None | Unset = UNSET
    deletable: bool | None | Unset = UNSET
    viewable: bool | None | Unset = UNSET
    convertable: bool | None | Unset = UNSET
    """ Whether records can be converted into other records (for example a lead into a deal). """
    quick_create: bool | None | Unset = UNSET
    global_search_supported: bool | None | Unset = UNSET
    inventory_template_supported: bool | None | Unset = UNSET
    presence_sub_menu: bool | None | Unset = UNSET
    triggers_supported: bool | None | Unset = UNSET
    is_blueprint_supported: bool | None | Unset = UNSET
    scoring_supported: bool | None | Unset = UNSET
    webform_supported: bool | None | Unset = UNSET
    email_template_support: bool | None | Unset = UNSET
    filter_supported: bool | None | Unset = UNSET
    filter_status: bool | None | Unset = UNSET
    feeds_required: bool | None | Unset = UNSET
    kanban_view: bool | None | Unset = UNSET
    kanban_view_supported: bool | None | Unset = UNSET
    show_as_tab: bool | None | Unset = UNSET
    visibility: int | None | Unset = UNSET
    """ Visibility flag of the module's tab (1 = visible). """
    sequence_number: int | None | Unset = UNSET
    """ Position of the module's tab. """
    web_link: None | str | Unset = UNSET
    """ URL of a web-tab module, else null. """
    description: None | str | Unset = UNSET
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
    a record was shared through). Zoho's public v2 API sends `{}` when there is no module to name, so every key is
    optional. """
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
    """ A custom view (filtered list) of a module. The seed lost its sample responses (only SDK code survived, which
    reads `id`, `module`, `display_value`, `default`, `name`, `system_name`, `sort_by`, `category`, `fields`,
    `favorite`, `sort_order`, `criteria`, `criteria_pattern`, the `categories` of the list and `offline`); the shape
    here is what Zoho's public CRM v2 API returns. Pass a view's `id` as `cvid` to the records list API to read its
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
        from ..models.custom_view import CustomView  # noqa: PLC0415
        from ..models.module_reference import ModuleReference  # noqa: PLC0415
        from ..models.module_related_list_properties import ModuleRelatedListProperties  # noqa: PLC0415
        from ..models.module_territory import ModuleTerritory  # noqa: PLC0415
        from ..models.profile_reference import ProfileReference  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

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
        from ..models.custom_view import CustomView  # noqa: PLC0415
        from ..models.field import Field  # noqa: PLC0415
        from ..models.layout import Layout  # noqa: PLC0415
        from ..models.module_argument import ModuleArgument  # noqa: PLC0415
        from ..models.module_reference import ModuleReference  # noqa: PLC0415
        from ..models.module_related_list_properties import ModuleRelatedListProperties  # noqa: PLC0415
        from ..models.module_territory import ModuleTerritory  # noqa: PLC0415
        from ..models.profile_reference import ProfileReference  # noqa: PLC0415
        from ..models.related_list import RelatedList  # noqa: PLC0415
        from ..models.user_reference import UserReference  # noqa: PLC0415

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

        def _parse_module_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module_name = _parse_module_name(d.pop("module_name", UNSET))

        def _parse_singular_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_label = _parse_singular_label(d.pop("singular_label", UNSET))

        def _parse_plural_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_label = _parse_plural_label(d.pop("plural_label", UNSET))

        def _parse_generated_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_type = _parse_generated_type(d.pop("generated_type", UNSET))

        def _parse_api_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        api_supported = _parse_api_supported(d.pop("api_supported", UNSET))

        def _parse_creatable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        creatable = _parse_creatable(d.pop("creatable", UNSET))

        def _parse_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        editable = _parse_editable(d.pop("editable", UNSET))

        def _parse_deletable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deletable = _parse_deletable(d.pop("deletable", UNSET))

        def _parse_viewable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        viewable = _parse_viewable(d.pop("viewable", UNSET))

        def _parse_convertable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        convertable = _parse_convertable(d.pop("convertable", UNSET))

        def _parse_quick_create(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        quick_create = _parse_quick_create(d.pop("quick_create", UNSET))

        def _parse_global_search_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        global_search_supported = _parse_global_search_supported(d.pop("global_search_supported", UNSET))

        def _parse_inventory_template_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inventory_template_supported = _parse_inventory_template_supported(d.pop("inventory_template_supported", UNSET))

        def _parse_presence_sub_menu(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        presence_sub_menu = _parse_presence_sub_menu(d.pop("presence_sub_menu", UNSET))

        def _parse_triggers_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        triggers_supported = _parse_triggers_supported(d.pop("triggers_supported", UNSET))

        def _parse_is_blueprint_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_blueprint_supported = _parse_is_blueprint_supported(d.pop("isBlueprintSupported", UNSET))

        def _parse_scoring_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scoring_supported = _parse_scoring_supported(d.pop("scoring_supported", UNSET))

        def _parse_webform_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        webform_supported = _parse_webform_supported(d.pop("webform_supported", UNSET))

        def _parse_email_template_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_template_support = _parse_email_template_support(d.pop("emailTemplate_support", UNSET))

        def _parse_filter_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        filter_supported = _parse_filter_supported(d.pop("filter_supported", UNSET))

        def _parse_filter_status(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        filter_status = _parse_filter_status(d.pop("filter_status", UNSET))

        def _parse_feeds_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        feeds_required = _parse_feeds_required(d.pop("feeds_required", UNSET))

        def _parse_kanban_view(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        kanban_view = _parse_kanban_view(d.pop("kanban_view", UNSET))

        def _parse_kanban_view_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        kanban_view_supported = _parse_kanban_view_supported(d.pop("kanban_view_supported", UNSET))

        def _parse_show_as_tab(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_as_tab = _parse_show_as_tab(d.pop("show_as_tab", UNSET))

        def _parse_visibility(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        def _parse_sequence_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence_number = _parse_sequence_number(d.pop("sequence_number", UNSET))

        def _parse_web_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        web_link = _parse_web_link(d.pop("web_link", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_modified_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_time = _parse_modified_time(d.pop("modified_time", UNSET))

        def _parse_modified_by(data: object) -> None | Unset | UserReference:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_user_reference_type_0 = UserReference.from_dict(data)

                return componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserReference, data)

        modified_by = _parse_modified_by(d.pop("modified_by", UNSET))

        def _parse_profiles(data: object) -> list[None | ProfileReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profiles_type_0 = []
                _profiles_type_0 = data
                for profiles_type_0_item_data in _profiles_type_0:

                    def _parse_profiles_type_0_item(data: object) -> None | ProfileReference:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_profile_reference_type_0 = ProfileReference.from_dict(data)

                            return componentsschemas_profile_reference_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(None | ProfileReference, data)

                    profiles_type_0_item = _parse_profiles_type_0_item(profiles_type_0_item_data)

                    profiles_type_0.append(profiles_type_0_item)

                return profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | ProfileReference] | None | Unset, data)

        profiles = _parse_profiles(d.pop("profiles", UNSET))

        def _parse_arguments(data: object) -> list[ModuleArgument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                arguments_type_0 = []
                _arguments_type_0 = data
                for arguments_type_0_item_data in _arguments_type_0:
                    arguments_type_0_item = ModuleArgument.from_dict(arguments_type_0_item_data)

                    arguments_type_0.append(arguments_type_0_item)

                return arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModuleArgument] | None | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        def _parse_parent_module(data: object) -> ModuleReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_module_reference_type_0 = ModuleReference.from_dict(data)

                return componentsschemas_module_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModuleReference | None | Unset, data)

        parent_module = _parse_parent_module(d.pop("parent_module", UNSET))

        def _parse_business_card_field_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        business_card_field_limit = _parse_business_card_field_limit(d.pop("business_card_field_limit", UNSET))

        def _parse_business_card_fields(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                business_card_fields_type_0 = cast(list[str], data)

                return business_card_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        business_card_fields = _parse_business_card_fields(d.pop("business_card_fields", UNSET))

        def _parse_display_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_field = _parse_display_field(d.pop("display_field", UNSET))

        def _parse_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        per_page = _parse_per_page(d.pop("per_page", UNSET))

        def _parse_search_layout_fields(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                search_layout_fields_type_0 = cast(list[str], data)

                return search_layout_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        search_layout_fields = _parse_search_layout_fields(d.pop("search_layout_fields", UNSET))

        def _parse_properties(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_type_0 = cast(list[str], data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        properties = _parse_properties(d.pop("$properties", UNSET))

        def _parse_related_list_properties(data: object) -> ModuleRelatedListProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_module_related_list_properties_type_0 = ModuleRelatedListProperties.from_dict(data)

                return componentsschemas_module_related_list_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModuleRelatedListProperties | None | Unset, data)

        related_list_properties = _parse_related_list_properties(d.pop("related_list_properties", UNSET))

        def _parse_custom_view(data: object) -> CustomView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_view_type_0 = CustomView.from_dict(data)

                return componentsschemas_custom_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomView | None | Unset, data)

        custom_view = _parse_custom_view(d.pop("custom_view", UNSET))

        def _parse_territory(data: object) -> ModuleTerritory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_module_territory_type_0 = ModuleTerritory.from_dict(data)

                return componentsschemas_module_territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModuleTerritory | None | Unset, data)

        territory = _parse_territory(d.pop("territory", UNSET))

        def _parse_fields(data: object) -> list[Field] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = []
                _fields_type_0 = data
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = Field.from_dict(fields_type_0_item_data)

                    fields_type_0.append(fields_type_0_item)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Field] | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        def _parse_layouts(data: object) -> list[Layout] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                layouts_type_0 = []
                _layouts_type_0 = data
                for layouts_type_0_item_data in _layouts_type_0:
                    layouts_type_0_item = Layout.from_dict(layouts_type_0_item_data)

                    layouts_type_0.append(layouts_type_0_item)

                return layouts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Layout] | None | Unset, data)

        layouts = _parse_layouts(d.pop("layouts", UNSET))

        def _parse_related_lists(data: object) -> list[RelatedList] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                related_lists_type_0 = []
                _related_lists_type_0 = data
                for related_lists_type_0_item_data in _related_lists_type_0:
                    related_lists_type_0_item = RelatedList.from_dict(related_lists_type_0_item_data)

                    related_lists_type_0.append(related_lists_type_0_item)

                return related_lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RelatedList] | None | Unset, data)

        related_lists = _parse_related_lists(d.pop("related_lists", UNSET))

        module = cls(
            id=id,
            api_name=api_name,
            module_name=module_name,
            singular_label=singular_label,
            plural_label=plural_label,
            generated_type=generated_type,
            api_supported=api_supported,
            creatable=creatable,
            editable=editable,
            deletable=deletable,
            viewable=viewable,
            convertable=convertable,
            quick_create=quick_create,
            global_search_supported=global_search_supported,
            inventory_template_supported=inventory_template_supported,
            presence_sub_menu=presence_sub_menu,
            triggers_supported=triggers_supported,
            is_blueprint_supported=is_blueprint_supported,
            scoring_supported=scoring_supported,
            webform_supported=webform_supported,
            email_template_support=email_template_support,
            filter_supported=filter_supported,
            filter_status=filter_status,
            feeds_required=feeds_required,
            kanban_view=kanban_view,
            kanban_view_supported=kanban_view_supported,
            show_as_tab=show_as_tab,
            visibility=visibility,
            sequence_number=sequence_number,
            web_link=web_link,
            description=description,
            modified_time=modified_time,
            modified_by=modified_by,
            profiles=profiles,
            arguments=arguments,
            parent_module=parent_module,
            business_card_field_limit=business_card_field_limit,
            business_card_fields=business_card_fields,
            display_field=display_field,
            per_page=per_page,
            search_layout_fields=search_layout_fields,
            properties=properties,
            related_list_properties=related_list_properties,
            custom_view=custom_view,
            territory=territory,
            fields=fields,
            layouts=layouts,
            related_lists=related_lists,
        )

        module.additional_properties = d
        return module

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
