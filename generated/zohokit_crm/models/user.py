# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="User")


@_attrs_define(on_setattr=load_before_assignment)
class User(LazyModel):
    """A CRM user. Organisations can add custom user fields, which appear as further keys."""

    id: None | str | Unset = UNSET
    """ The user's id. """
    zuid: None | str | Unset = UNSET
    """ The user's Zoho account id. """
    name: None | str | Unset = UNSET
    """ The user's name as displayed. """
    full_name: None | str | Unset = UNSET
    """ The user's full name, for example `Patricia Boyle`. """
    first_name: None | str | Unset = UNSET
    """ The user's first name. """
    last_name: None | str | Unset = UNSET
    """ The user's last name. """
    email: None | str | Unset = UNSET
    """ The user's e-mail address (the login). """
    status: None | str | Unset = UNSET
    """ `active`, `disabled` or `deleted`. """
    confirm: bool | None | Unset = UNSET
    """ True once the user accepted the invitation. """
    role: None | RoleReference | Unset = UNSET
    """ A short reference to a role (a position in the organisation's hierarchy: CEO, Manager, ...), as Zoho embeds
    it in users (`role`) and roles (`reporting_to`). """
    profile: None | ProfileReference | Unset = UNSET
    """ A short reference to a profile (a set of permissions: Administrator, Standard, ...), as Zoho embeds it in
    users, modules and layouts. """
    reporting_to: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    alias: None | str | Unset = UNSET
    """ The user's alias (nickname). """
    signature: None | str | Unset = UNSET
    """ The user's e-mail signature (HTML). """
    phone: None | str | Unset = UNSET
    """ The user's phone number. """
    mobile: None | str | Unset = UNSET
    """ The user's mobile number. """
    fax: None | str | Unset = UNSET
    """ The user's fax number. """
    website: None | str | Unset = UNSET
    """ The user's website. """
    dob: None | str | Unset = UNSET
    """ Date of birth, `yyyy-MM-dd`. """
    street: None | str | Unset = UNSET
    """ Street of the user's address. """
    city: None | str | Unset = UNSET
    """ City of the user's address. """
    state: None | str | Unset = UNSET
    """ State or province of the user's address. """
    zip_: None | str | Unset = UNSET
    """ Postal code of the user's address. """
    country: None | str | Unset = UNSET
    """ Country of the user's address. """
    country_locale: None | str | Unset = UNSET
    """ The locale of the user's country, for example `US`. """
    language: None | str | Unset = UNSET
    """ The user's language, for example `en_US`. """
    locale: None | str | Unset = UNSET
    """ The locale that formats dates and numbers for the user, for example `en_US`. """
    time_zone: None | str | Unset = UNSET
    """ The user's time zone, for example `Asia/Kolkata`. """
    offset: int | None | Unset = UNSET
    """ Offset of the user's time zone from UTC, in milliseconds. """
    time_format: None | str | Unset = UNSET
    """ The user's time format, for example `hh:mm a`. """
    date_format: None | str | Unset = UNSET
    """ The user's date format, for example `MM/dd/yyyy`. """
    name_format: None | str | Unset = UNSET
    """ The order of name parts shown, for example `Salutation,First Name,Last Name`. """
    decimal_separator: None | str | Unset = UNSET
    """ The user's decimal separator, for example `Period`. """
    currency: None | str | Unset = UNSET
    """ The user's currency (multi-currency organisations), for example `USD`. """
    default_tab_group: None | str | Unset = UNSET
    """ The tab group the user sees first. """
    personal_account: bool | None | Unset = UNSET
    """ Whether the user's account is personal (not part of an organisation). """
    microsoft: bool | None | Unset = UNSET
    """ Whether the user signs in with a Microsoft account. """
    isonline: bool | None | Unset = UNSET
    """ Whether the user is signed in right now. """
    customize_info: None | Unset | UserCustomizeInfo = UNSET
    """ The user's display preferences. """
    theme: None | Unset | UserTheme = UNSET
    """ The user's UI theme: the font colour and background of normal and selected tabs, as the `normal_tab` and
    `selected_tab` objects. """
    territories: list[UserTerritory] | None | Unset = UNSET
    """ The territories the user belongs to (territory management only). """
    created_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    modified_by: None | Unset | UserReference = UNSET
    """ A lookup to a Zoho user, as Zoho embeds it in records (`Owner`, `Created_By`, `Modified_By`). """
    created_time: None | str | Unset = UNSET
    """ ISO 8601 date-time. """
    modified_time: None | str | Unset = UNSET
    """ ISO 8601 date-time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        zuid: None | str | Unset
        if isinstance(self.zuid, Unset):
            zuid = UNSET
        else:
            zuid = self.zuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        confirm: bool | None | Unset
        if isinstance(self.confirm, Unset):
            confirm = UNSET
        else:
            confirm = self.confirm

        role: dict[str, Any] | None | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, RoleReference):
            role = self.role.to_dict()
        else:
            role = self.role

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, ProfileReference):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        reporting_to: dict[str, Any] | None | Unset
        if isinstance(self.reporting_to, Unset):
            reporting_to = UNSET
        elif isinstance(self.reporting_to, UserReference):
            reporting_to = self.reporting_to.to_dict()
        else:
            reporting_to = self.reporting_to

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        else:
            dob = self.dob

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_locale: None | str | Unset
        if isinstance(self.country_locale, Unset):
            country_locale = UNSET
        else:
            country_locale = self.country_locale

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        time_format: None | str | Unset
        if isinstance(self.time_format, Unset):
            time_format = UNSET
        else:
            time_format = self.time_format

        date_format: None | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        name_format: None | str | Unset
        if isinstance(self.name_format, Unset):
            name_format = UNSET
        else:
            name_format = self.name_format

        decimal_separator: None | str | Unset
        if isinstance(self.decimal_separator, Unset):
            decimal_separator = UNSET
        else:
            decimal_separator = self.decimal_separator

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        default_tab_group: None | str | Unset
        if isinstance(self.default_tab_group, Unset):
            default_tab_group = UNSET
        else:
            default_tab_group = self.default_tab_group

        personal_account: bool | None | Unset
        if isinstance(self.personal_account, Unset):
            personal_account = UNSET
        else:
            personal_account = self.personal_account

        microsoft: bool | None | Unset
        if isinstance(self.microsoft, Unset):
            microsoft = UNSET
        else:
            microsoft = self.microsoft

        isonline: bool | None | Unset
        if isinstance(self.isonline, Unset):
            isonline = UNSET
        else:
            isonline = self.isonline

        customize_info: dict[str, Any] | None | Unset
        if isinstance(self.customize_info, Unset):
            customize_info = UNSET
        elif isinstance(self.customize_info, UserCustomizeInfo):
            customize_info = self.customize_info.to_dict()
        else:
            customize_info = self.customize_info

        theme: dict[str, Any] | None | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        elif isinstance(self.theme, UserTheme):
            theme = self.theme.to_dict()
        else:
            theme = self.theme

        territories: list[dict[str, Any]] | None | Unset
        if isinstance(self.territories, Unset):
            territories = UNSET
        elif isinstance(self.territories, list):
            territories = []
            for territories_type_0_item_data in self.territories:
                territories_type_0_item = territories_type_0_item_data.to_dict()
                territories.append(territories_type_0_item)

        else:
            territories = self.territories

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if zuid is not UNSET:
            field_dict["zuid"] = zuid
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if role is not UNSET:
            field_dict["role"] = role
        if profile is not UNSET:
            field_dict["profile"] = profile
        if reporting_to is not UNSET:
            field_dict["Reporting_To"] = reporting_to
        if alias is not UNSET:
            field_dict["alias"] = alias
        if signature is not UNSET:
            field_dict["signature"] = signature
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if fax is not UNSET:
            field_dict["fax"] = fax
        if website is not UNSET:
            field_dict["website"] = website
        if dob is not UNSET:
            field_dict["dob"] = dob
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if country_locale is not UNSET:
            field_dict["country_locale"] = country_locale
        if language is not UNSET:
            field_dict["language"] = language
        if locale is not UNSET:
            field_dict["locale"] = locale
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if offset is not UNSET:
            field_dict["offset"] = offset
        if time_format is not UNSET:
            field_dict["time_format"] = time_format
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if name_format is not UNSET:
            field_dict["name_format"] = name_format
        if decimal_separator is not UNSET:
            field_dict["decimal_separator"] = decimal_separator
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if default_tab_group is not UNSET:
            field_dict["default_tab_group"] = default_tab_group
        if personal_account is not UNSET:
            field_dict["personal_account"] = personal_account
        if microsoft is not UNSET:
            field_dict["microsoft"] = microsoft
        if isonline is not UNSET:
            field_dict["Isonline"] = isonline
        if customize_info is not UNSET:
            field_dict["customize_info"] = customize_info
        if theme is not UNSET:
            field_dict["theme"] = theme
        if territories is not UNSET:
            field_dict["territories"] = territories
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if modified_by is not UNSET:
            field_dict["Modified_By"] = modified_by
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if modified_time is not UNSET:
            field_dict["Modified_Time"] = modified_time

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

        zuid: None | str | Unset = d.pop("zuid", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        full_name: None | str | Unset = d.pop("full_name", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        confirm: bool | None | Unset = d.pop("confirm", UNSET)

        _role = d.pop("role", UNSET)
        role: None | RoleReference | Unset
        if isinstance(_role, dict):
            try:
                componentsschemas_role_reference_type_0 = RoleReference._built_whole(_role)
                role = componentsschemas_role_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                role = cast(None | RoleReference | Unset, _role)
        else:
            role = _role

        _profile = d.pop("profile", UNSET)
        profile: None | ProfileReference | Unset
        if isinstance(_profile, dict):
            try:
                componentsschemas_profile_reference_type_0 = ProfileReference._built_whole(_profile)
                profile = componentsschemas_profile_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                profile = cast(None | ProfileReference | Unset, _profile)
        else:
            profile = _profile

        _reporting_to = d.pop("Reporting_To", UNSET)
        reporting_to: None | Unset | UserReference
        if isinstance(_reporting_to, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference._built_whole(_reporting_to)
                reporting_to = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reporting_to = cast(None | Unset | UserReference, _reporting_to)
        else:
            reporting_to = _reporting_to

        alias: None | str | Unset = d.pop("alias", UNSET)

        signature: None | str | Unset = d.pop("signature", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        fax: None | str | Unset = d.pop("fax", UNSET)

        website: None | str | Unset = d.pop("website", UNSET)

        dob: None | str | Unset = d.pop("dob", UNSET)

        street: None | str | Unset = d.pop("street", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        country_locale: None | str | Unset = d.pop("country_locale", UNSET)

        language: None | str | Unset = d.pop("language", UNSET)

        locale: None | str | Unset = d.pop("locale", UNSET)

        time_zone: None | str | Unset = d.pop("time_zone", UNSET)

        offset: int | None | Unset = d.pop("offset", UNSET)

        time_format: None | str | Unset = d.pop("time_format", UNSET)

        date_format: None | str | Unset = d.pop("date_format", UNSET)

        name_format: None | str | Unset = d.pop("name_format", UNSET)

        decimal_separator: None | str | Unset = d.pop("decimal_separator", UNSET)

        currency: None | str | Unset = d.pop("Currency", UNSET)

        default_tab_group: None | str | Unset = d.pop("default_tab_group", UNSET)

        personal_account: bool | None | Unset = d.pop("personal_account", UNSET)

        microsoft: bool | None | Unset = d.pop("microsoft", UNSET)

        isonline: bool | None | Unset = d.pop("Isonline", UNSET)

        _customize_info = d.pop("customize_info", UNSET)
        customize_info: None | Unset | UserCustomizeInfo
        if isinstance(_customize_info, dict):
            try:
                componentsschemas_user_customize_info_type_0 = UserCustomizeInfo._built_whole(_customize_info)
                customize_info = componentsschemas_user_customize_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                customize_info = cast(None | Unset | UserCustomizeInfo, _customize_info)
        else:
            customize_info = _customize_info

        _theme = d.pop("theme", UNSET)
        theme: None | Unset | UserTheme
        if isinstance(_theme, dict):
            try:
                componentsschemas_user_theme_type_0 = UserTheme._built_whole(_theme)
                theme = componentsschemas_user_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                theme = cast(None | Unset | UserTheme, _theme)
        else:
            theme = _theme

        _territories = d.pop("territories", UNSET)
        territories: list[UserTerritory] | None | Unset
        if isinstance(_territories, list):
            try:
                territories_type_0 = []
                _territories_type_0 = _territories
                for territories_type_0_item_data in _territories_type_0:
                    territories_type_0_item = UserTerritory._from_nested_json(territories_type_0_item_data)

                    territories_type_0.append(territories_type_0_item)

                for territories_type_0_item in territories_type_0:
                    territories_type_0_item._load_all_fields()
                territories = territories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                territories = cast(list[UserTerritory] | None | Unset, _territories)
        else:
            territories = _territories

        _created_by = d.pop("created_by", UNSET)
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

        created_time: None | str | Unset = d.pop("created_time", UNSET)

        modified_time: None | str | Unset = d.pop("Modified_Time", UNSET)

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "zuid", zuid)
        _set(self, "name", name)
        _set(self, "full_name", full_name)
        _set(self, "first_name", first_name)
        _set(self, "last_name", last_name)
        _set(self, "email", email)
        _set(self, "status", status)
        _set(self, "confirm", confirm)
        _set(self, "role", role)
        _set(self, "profile", profile)
        _set(self, "reporting_to", reporting_to)
        _set(self, "alias", alias)
        _set(self, "signature", signature)
        _set(self, "phone", phone)
        _set(self, "mobile", mobile)
        _set(self, "fax", fax)
        _set(self, "website", website)
        _set(self, "dob", dob)
        _set(self, "street", street)
        _set(self, "city", city)
        _set(self, "state", state)
        _set(self, "zip_", zip_)
        _set(self, "country", country)
        _set(self, "country_locale", country_locale)
        _set(self, "language", language)
        _set(self, "locale", locale)
        _set(self, "time_zone", time_zone)
        _set(self, "offset", offset)
        _set(self, "time_format", time_format)
        _set(self, "date_format", date_format)
        _set(self, "name_format", name_format)
        _set(self, "decimal_separator", decimal_separator)
        _set(self, "currency", currency)
        _set(self, "default_tab_group", default_tab_group)
        _set(self, "personal_account", personal_account)
        _set(self, "microsoft", microsoft)
        _set(self, "isonline", isonline)
        _set(self, "customize_info", customize_info)
        _set(self, "theme", theme)
        _set(self, "territories", territories)
        _set(self, "created_by", created_by)
        _set(self, "modified_by", modified_by)
        _set(self, "created_time", created_time)
        _set(self, "modified_time", modified_time)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.role)
        load_nested(self.profile)
        load_nested(self.reporting_to)
        load_nested(self.customize_info)
        load_nested(self.theme)
        load_nested(self.territories)
        load_nested(self.created_by)
        load_nested(self.modified_by)

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
from ..models.profile_reference import ProfileReference  # noqa: E402
from ..models.role_reference import RoleReference  # noqa: E402
from ..models.user_customize_info import UserCustomizeInfo  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
from ..models.user_territory import UserTerritory  # noqa: E402
from ..models.user_theme import UserTheme  # noqa: E402
