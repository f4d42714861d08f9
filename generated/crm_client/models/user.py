from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="User")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "zuid",
        "name",
        "full_name",
        "first_name",
        "last_name",
        "email",
        "status",
        "confirm",
        "role",
        "profile",
        "Reporting_To",
        "alias",
        "signature",
        "phone",
        "mobile",
        "fax",
        "website",
        "dob",
        "street",
        "city",
        "state",
        "zip",
        "country",
        "country_locale",
        "language",
        "locale",
        "time_zone",
        "offset",
        "time_format",
        "date_format",
        "name_format",
        "decimal_separator",
        "Currency",
        "default_tab_group",
        "personal_account",
        "microsoft",
        "Isonline",
        "customize_info",
        "theme",
        "territories",
        "created_by",
        "Modified_By",
        "created_time",
        "Modified_Time",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class User(LazyModel):
    """A CRM user. The seed lost its sample responses (only SDK code survived, which reads `id`, `name`, `signature`,
    `country`, `role`, `customize_info`, `city`, `name_format`, `language`, `locale`, `personal_account`,
    `default_tab_group`, `street`, `alias`, `theme`, `state`, `country_locale`, `fax`, `first_name`, `email`, `zip`,
    `decimal_separator`, `website`, `time_format`, `profile`, `mobile`, `last_name`, `time_zone`, `zuid`, `confirm`,
    `full_name`, `phone`, `dob`, `date_format` and `status`); the shape here is what Zoho's public CRM v2 API returns.
    Organisations can add custom user fields, which appear as further keys.

    """

    id: None | str | Unset = UNSET
    zuid: None | str | Unset = UNSET
    """ The user's Zoho account id. """
    name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
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
    signature: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    dob: None | str | Unset = UNSET
    """ Date of birth, `yyyy-MM-dd`. """
    street: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    country_locale: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    offset: int | None | Unset = UNSET
    """ Offset of the user's time zone from UTC, in milliseconds. """
    time_format: None | str | Unset = UNSET
    date_format: None | str | Unset = UNSET
    name_format: None | str | Unset = UNSET
    decimal_separator: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    default_tab_group: None | str | Unset = UNSET
    personal_account: bool | None | Unset = UNSET
    microsoft: bool | None | Unset = UNSET
    isonline: bool | None | Unset = UNSET
    customize_info: None | Unset | UserCustomizeInfo = UNSET
    """ The user's display preferences. """
    theme: None | Unset | UserTheme = UNSET
    """ The user's UI theme. The seed's SDK code reads normal/selected tab font colours and backgrounds; API v2
    sends them as `normal_tab` and `selected_tab` objects. """
    territories: list[UserTerritory] | None | Unset = UNSET
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
        (``KeyError`` names the first missing one) and each field is converted on first read."""
        d = dict(src_dict)
        return lazily_built(cls, d)

    @staticmethod
    def _read_id(_src: dict[str, Any]) -> None | str | Unset:
        id: None | str | Unset = _src.get("id", UNSET)

        return id

    @staticmethod
    def _read_zuid(_src: dict[str, Any]) -> None | str | Unset:
        zuid: None | str | Unset = _src.get("zuid", UNSET)

        return zuid

    @staticmethod
    def _read_name(_src: dict[str, Any]) -> None | str | Unset:
        name: None | str | Unset = _src.get("name", UNSET)

        return name

    @staticmethod
    def _read_full_name(_src: dict[str, Any]) -> None | str | Unset:
        full_name: None | str | Unset = _src.get("full_name", UNSET)

        return full_name

    @staticmethod
    def _read_first_name(_src: dict[str, Any]) -> None | str | Unset:
        first_name: None | str | Unset = _src.get("first_name", UNSET)

        return first_name

    @staticmethod
    def _read_last_name(_src: dict[str, Any]) -> None | str | Unset:
        last_name: None | str | Unset = _src.get("last_name", UNSET)

        return last_name

    @staticmethod
    def _read_email(_src: dict[str, Any]) -> None | str | Unset:
        email: None | str | Unset = _src.get("email", UNSET)

        return email

    @staticmethod
    def _read_status(_src: dict[str, Any]) -> None | str | Unset:
        status: None | str | Unset = _src.get("status", UNSET)

        return status

    @staticmethod
    def _read_confirm(_src: dict[str, Any]) -> bool | None | Unset:
        confirm: bool | None | Unset = _src.get("confirm", UNSET)

        return confirm

    @staticmethod
    def _read_role(_src: dict[str, Any]) -> None | RoleReference | Unset:
        _role = _src.get("role", UNSET)
        role: None | RoleReference | Unset
        if isinstance(_role, dict):
            try:
                componentsschemas_role_reference_type_0 = RoleReference.from_dict(_role)
                componentsschemas_role_reference_type_0._load_all_fields()
                role = componentsschemas_role_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                role = cast(None | RoleReference | Unset, _role)
        else:
            role = _role

        return role

    @staticmethod
    def _read_profile(_src: dict[str, Any]) -> None | ProfileReference | Unset:
        _profile = _src.get("profile", UNSET)
        profile: None | ProfileReference | Unset
        if isinstance(_profile, dict):
            try:
                componentsschemas_profile_reference_type_0 = ProfileReference.from_dict(_profile)
                componentsschemas_profile_reference_type_0._load_all_fields()
                profile = componentsschemas_profile_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                profile = cast(None | ProfileReference | Unset, _profile)
        else:
            profile = _profile

        return profile

    @staticmethod
    def _read_reporting_to(_src: dict[str, Any]) -> None | Unset | UserReference:
        _reporting_to = _src.get("Reporting_To", UNSET)
        reporting_to: None | Unset | UserReference
        if isinstance(_reporting_to, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_reporting_to)
                componentsschemas_user_reference_type_0._load_all_fields()
                reporting_to = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reporting_to = cast(None | Unset | UserReference, _reporting_to)
        else:
            reporting_to = _reporting_to

        return reporting_to

    @staticmethod
    def _read_alias(_src: dict[str, Any]) -> None | str | Unset:
        alias: None | str | Unset = _src.get("alias", UNSET)

        return alias

    @staticmethod
    def _read_signature(_src: dict[str, Any]) -> None | str | Unset:
        signature: None | str | Unset = _src.get("signature", UNSET)

        return signature

    @staticmethod
    def _read_phone(_src: dict[str, Any]) -> None | str | Unset:
        phone: None | str | Unset = _src.get("phone", UNSET)

        return phone

    @staticmethod
    def _read_mobile(_src: dict[str, Any]) -> None | str | Unset:
        mobile: None | str | Unset = _src.get("mobile", UNSET)

        return mobile

    @staticmethod
    def _read_fax(_src: dict[str, Any]) -> None | str | Unset:
        fax: None | str | Unset = _src.get("fax", UNSET)

        return fax

    @staticmethod
    def _read_website(_src: dict[str, Any]) -> None | str | Unset:
        website: None | str | Unset = _src.get("website", UNSET)

        return website

    @staticmethod
    def _read_dob(_src: dict[str, Any]) -> None | str | Unset:
        dob: None | str | Unset = _src.get("dob", UNSET)

        return dob

    @staticmethod
    def _read_street(_src: dict[str, Any]) -> None | str | Unset:
        street: None | str | Unset = _src.get("street", UNSET)

        return street

    @staticmethod
    def _read_city(_src: dict[str, Any]) -> None | str | Unset:
        city: None | str | Unset = _src.get("city", UNSET)

        return city

    @staticmethod
    def _read_state(_src: dict[str, Any]) -> None | str | Unset:
        state: None | str | Unset = _src.get("state", UNSET)

        return state

    @staticmethod
    def _read_zip_(_src: dict[str, Any]) -> None | str | Unset:
        zip_: None | str | Unset = _src.get("zip", UNSET)

        return zip_

    @staticmethod
    def _read_country(_src: dict[str, Any]) -> None | str | Unset:
        country: None | str | Unset = _src.get("country", UNSET)

        return country

    @staticmethod
    def _read_country_locale(_src: dict[str, Any]) -> None | str | Unset:
        country_locale: None | str | Unset = _src.get("country_locale", UNSET)

        return country_locale

    @staticmethod
    def _read_language(_src: dict[str, Any]) -> None | str | Unset:
        language: None | str | Unset = _src.get("language", UNSET)

        return language

    @staticmethod
    def _read_locale(_src: dict[str, Any]) -> None | str | Unset:
        locale: None | str | Unset = _src.get("locale", UNSET)

        return locale

    @staticmethod
    def _read_time_zone(_src: dict[str, Any]) -> None | str | Unset:
        time_zone: None | str | Unset = _src.get("time_zone", UNSET)

        return time_zone

    @staticmethod
    def _read_offset(_src: dict[str, Any]) -> int | None | Unset:
        offset: int | None | Unset = _src.get("offset", UNSET)

        return offset

    @staticmethod
    def _read_time_format(_src: dict[str, Any]) -> None | str | Unset:
        time_format: None | str | Unset = _src.get("time_format", UNSET)

        return time_format

    @staticmethod
    def _read_date_format(_src: dict[str, Any]) -> None | str | Unset:
        date_format: None | str | Unset = _src.get("date_format", UNSET)

        return date_format

    @staticmethod
    def _read_name_format(_src: dict[str, Any]) -> None | str | Unset:
        name_format: None | str | Unset = _src.get("name_format", UNSET)

        return name_format

    @staticmethod
    def _read_decimal_separator(_src: dict[str, Any]) -> None | str | Unset:
        decimal_separator: None | str | Unset = _src.get("decimal_separator", UNSET)

        return decimal_separator

    @staticmethod
    def _read_currency(_src: dict[str, Any]) -> None | str | Unset:
        currency: None | str | Unset = _src.get("Currency", UNSET)

        return currency

    @staticmethod
    def _read_default_tab_group(_src: dict[str, Any]) -> None | str | Unset:
        default_tab_group: None | str | Unset = _src.get("default_tab_group", UNSET)

        return default_tab_group

    @staticmethod
    def _read_personal_account(_src: dict[str, Any]) -> bool | None | Unset:
        personal_account: bool | None | Unset = _src.get("personal_account", UNSET)

        return personal_account

    @staticmethod
    def _read_microsoft(_src: dict[str, Any]) -> bool | None | Unset:
        microsoft: bool | None | Unset = _src.get("microsoft", UNSET)

        return microsoft

    @staticmethod
    def _read_isonline(_src: dict[str, Any]) -> bool | None | Unset:
        isonline: bool | None | Unset = _src.get("Isonline", UNSET)

        return isonline

    @staticmethod
    def _read_customize_info(_src: dict[str, Any]) -> None | Unset | UserCustomizeInfo:
        _customize_info = _src.get("customize_info", UNSET)
        customize_info: None | Unset | UserCustomizeInfo
        if isinstance(_customize_info, dict):
            try:
                componentsschemas_user_customize_info_type_0 = UserCustomizeInfo.from_dict(_customize_info)
                componentsschemas_user_customize_info_type_0._load_all_fields()
                customize_info = componentsschemas_user_customize_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                customize_info = cast(None | Unset | UserCustomizeInfo, _customize_info)
        else:
            customize_info = _customize_info

        return customize_info

    @staticmethod
    def _read_theme(_src: dict[str, Any]) -> None | Unset | UserTheme:
        _theme = _src.get("theme", UNSET)
        theme: None | Unset | UserTheme
        if isinstance(_theme, dict):
            try:
                componentsschemas_user_theme_type_0 = UserTheme.from_dict(_theme)
                componentsschemas_user_theme_type_0._load_all_fields()
                theme = componentsschemas_user_theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                theme = cast(None | Unset | UserTheme, _theme)
        else:
            theme = _theme

        return theme

    @staticmethod
    def _read_territories(_src: dict[str, Any]) -> list[UserTerritory] | None | Unset:
        _territories = _src.get("territories", UNSET)
        territories: list[UserTerritory] | None | Unset
        if isinstance(_territories, list):
            try:
                territories_type_0 = []
                _territories_type_0 = _territories
                for territories_type_0_item_data in _territories_type_0:
                    territories_type_0_item = UserTerritory.from_dict(territories_type_0_item_data)

                    territories_type_0.append(territories_type_0_item)
                for territories_type_0_item in territories_type_0:
                    territories_type_0_item._load_all_fields()
                territories = territories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                territories = cast(list[UserTerritory] | None | Unset, _territories)
        else:
            territories = _territories

        return territories

    @staticmethod
    def _read_created_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _created_by = _src.get("created_by", UNSET)
        created_by: None | Unset | UserReference
        if isinstance(_created_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_created_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                created_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = cast(None | Unset | UserReference, _created_by)
        else:
            created_by = _created_by

        return created_by

    @staticmethod
    def _read_modified_by(_src: dict[str, Any]) -> None | Unset | UserReference:
        _modified_by = _src.get("Modified_By", UNSET)
        modified_by: None | Unset | UserReference
        if isinstance(_modified_by, dict):
            try:
                componentsschemas_user_reference_type_0 = UserReference.from_dict(_modified_by)
                componentsschemas_user_reference_type_0._load_all_fields()
                modified_by = componentsschemas_user_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                modified_by = cast(None | Unset | UserReference, _modified_by)
        else:
            modified_by = _modified_by

        return modified_by

    @staticmethod
    def _read_created_time(_src: dict[str, Any]) -> None | str | Unset:
        created_time: None | str | Unset = _src.get("created_time", UNSET)

        return created_time

    @staticmethod
    def _read_modified_time(_src: dict[str, Any]) -> None | str | Unset:
        modified_time: None | str | Unset = _src.get("Modified_Time", UNSET)

        return modified_time

    @staticmethod
    def _read_additional_properties(_src: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _src.items() if key not in _DECLARED_KEYS}

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
