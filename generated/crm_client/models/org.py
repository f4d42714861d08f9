from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built

T = TypeVar("T", bound="Org")

_DECLARED_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "company_name",
        "alias",
        "primary_zuid",
        "zgid",
        "primary_email",
        "website",
        "phone",
        "mobile",
        "fax",
        "employee_count",
        "description",
        "street",
        "city",
        "state",
        "zip",
        "country",
        "country_code",
        "time_zone",
        "iso_code",
        "currency",
        "currency_symbol",
        "currency_locale",
        "mc_status",
        "gapps_enabled",
        "translation_enabled",
        "privacy_settings",
        "domain_name",
        "photo_id",
        "zia_portal_id",
        "license_details",
    }
)
"""The JSON keys of the declared fields; every other key of the object is an additional property."""


@_attrs_define
class Org(LazyModel):
    """The organisation (company) of the CRM account. The seed lost its sample response (only SDK code survived, which
    reads `company_name`, `id`, `alias`, `primary_zuid`, `zgid`, `primary_email`, `website`, `mobile`, `phone`,
    `employee_count`, `description`, `time_zone`, `iso_code`, `currency_locale`, `currency_symbol`, `street`, `state`,
    `city`, `country`, `zip`, `country_code`, `fax`, `mc_status`, `gapps_enabled` and the paid/trial details); the shape
    here is what Zoho's public CRM v2 API returns. GDPR: `privacy_settings` is true when the organisation enabled GDPR
    compliance, false when it disabled it.

    """

    id: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    primary_zuid: None | str | Unset = UNSET
    """ Zoho account id of the organisation's primary contact. """
    zgid: None | str | Unset = UNSET
    """ The organisation's Zoho group id. """
    primary_email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    employee_count: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    iso_code: None | str | Unset = UNSET
    """ ISO code of the organisation's base currency, for example `USD`. """
    currency: None | str | Unset = UNSET
    currency_symbol: None | str | Unset = UNSET
    currency_locale: None | str | Unset = UNSET
    mc_status: bool | None | Unset = UNSET
    """ Whether multi-currency is enabled. """
    gapps_enabled: bool | None | Unset = UNSET
    translation_enabled: bool | None | Unset = UNSET
    privacy_settings: bool | None | Unset = UNSET
    """ GDPR compliance is enabled (true) or disabled (false) for the organisation. """
    domain_name: None | str | Unset = UNSET
    photo_id: None | str | Unset = UNSET
    """ Id of the organisation's logo, set by `POST /org/photo`. """
    zia_portal_id: None | str | Unset = UNSET
    license_details: None | OrgLicenseDetails | Unset = UNSET
    """ The organisation's subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        primary_zuid: None | str | Unset
        if isinstance(self.primary_zuid, Unset):
            primary_zuid = UNSET
        else:
            primary_zuid = self.primary_zuid

        zgid: None | str | Unset
        if isinstance(self.zgid, Unset):
            zgid = UNSET
        else:
            zgid = self.zgid

        primary_email: None | str | Unset
        if isinstance(self.primary_email, Unset):
            primary_email = UNSET
        else:
            primary_email = self.primary_email

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

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

        employee_count: None | str | Unset
        if isinstance(self.employee_count, Unset):
            employee_count = UNSET
        else:
            employee_count = self.employee_count

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        iso_code: None | str | Unset
        if isinstance(self.iso_code, Unset):
            iso_code = UNSET
        else:
            iso_code = self.iso_code

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        currency_symbol: None | str | Unset
        if isinstance(self.currency_symbol, Unset):
            currency_symbol = UNSET
        else:
            currency_symbol = self.currency_symbol

        currency_locale: None | str | Unset
        if isinstance(self.currency_locale, Unset):
            currency_locale = UNSET
        else:
            currency_locale = self.currency_locale

        mc_status: bool | None | Unset
        if isinstance(self.mc_status, Unset):
            mc_status = UNSET
        else:
            mc_status = self.mc_status

        gapps_enabled: bool | None | Unset
        if isinstance(self.gapps_enabled, Unset):
            gapps_enabled = UNSET
        else:
            gapps_enabled = self.gapps_enabled

        translation_enabled: bool | None | Unset
        if isinstance(self.translation_enabled, Unset):
            translation_enabled = UNSET
        else:
            translation_enabled = self.translation_enabled

        privacy_settings: bool | None | Unset
        if isinstance(self.privacy_settings, Unset):
            privacy_settings = UNSET
        else:
            privacy_settings = self.privacy_settings

        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        else:
            photo_id = self.photo_id

        zia_portal_id: None | str | Unset
        if isinstance(self.zia_portal_id, Unset):
            zia_portal_id = UNSET
        else:
            zia_portal_id = self.zia_portal_id

        license_details: dict[str, Any] | None | Unset
        if isinstance(self.license_details, Unset):
            license_details = UNSET
        elif isinstance(self.license_details, OrgLicenseDetails):
            license_details = self.license_details.to_dict()
        else:
            license_details = self.license_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if alias is not UNSET:
            field_dict["alias"] = alias
        if primary_zuid is not UNSET:
            field_dict["primary_zuid"] = primary_zuid
        if zgid is not UNSET:
            field_dict["zgid"] = zgid
        if primary_email is not UNSET:
            field_dict["primary_email"] = primary_email
        if website is not UNSET:
            field_dict["website"] = website
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if fax is not UNSET:
            field_dict["fax"] = fax
        if employee_count is not UNSET:
            field_dict["employee_count"] = employee_count
        if description is not UNSET:
            field_dict["description"] = description
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
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_symbol is not UNSET:
            field_dict["currency_symbol"] = currency_symbol
        if currency_locale is not UNSET:
            field_dict["currency_locale"] = currency_locale
        if mc_status is not UNSET:
            field_dict["mc_status"] = mc_status
        if gapps_enabled is not UNSET:
            field_dict["gapps_enabled"] = gapps_enabled
        if translation_enabled is not UNSET:
            field_dict["translation_enabled"] = translation_enabled
        if privacy_settings is not UNSET:
            field_dict["privacy_settings"] = privacy_settings
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if zia_portal_id is not UNSET:
            field_dict["zia_portal_id"] = zia_portal_id
        if license_details is not UNSET:
            field_dict["license_details"] = license_details

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
    def _read_company_name(_src: dict[str, Any]) -> None | str | Unset:
        company_name: None | str | Unset = _src.get("company_name", UNSET)

        return company_name

    @staticmethod
    def _read_alias(_src: dict[str, Any]) -> None | str | Unset:
        alias: None | str | Unset = _src.get("alias", UNSET)

        return alias

    @staticmethod
    def _read_primary_zuid(_src: dict[str, Any]) -> None | str | Unset:
        primary_zuid: None | str | Unset = _src.get("primary_zuid", UNSET)

        return primary_zuid

    @staticmethod
    def _read_zgid(_src: dict[str, Any]) -> None | str | Unset:
        zgid: None | str | Unset = _src.get("zgid", UNSET)

        return zgid

    @staticmethod
    def _read_primary_email(_src: dict[str, Any]) -> None | str | Unset:
        primary_email: None | str | Unset = _src.get("primary_email", UNSET)

        return primary_email

    @staticmethod
    def _read_website(_src: dict[str, Any]) -> None | str | Unset:
        website: None | str | Unset = _src.get("website", UNSET)

        return website

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
    def _read_employee_count(_src: dict[str, Any]) -> None | str | Unset:
        employee_count: None | str | Unset = _src.get("employee_count", UNSET)

        return employee_count

    @staticmethod
    def _read_description(_src: dict[str, Any]) -> None | str | Unset:
        description: None | str | Unset = _src.get("description", UNSET)

        return description

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
    def _read_country_code(_src: dict[str, Any]) -> None | str | Unset:
        country_code: None | str | Unset = _src.get("country_code", UNSET)

        return country_code

    @staticmethod
    def _read_time_zone(_src: dict[str, Any]) -> None | str | Unset:
        time_zone: None | str | Unset = _src.get("time_zone", UNSET)

        return time_zone

    @staticmethod
    def _read_iso_code(_src: dict[str, Any]) -> None | str | Unset:
        iso_code: None | str | Unset = _src.get("iso_code", UNSET)

        return iso_code

    @staticmethod
    def _read_currency(_src: dict[str, Any]) -> None | str | Unset:
        currency: None | str | Unset = _src.get("currency", UNSET)

        return currency

    @staticmethod
    def _read_currency_symbol(_src: dict[str, Any]) -> None | str | Unset:
        currency_symbol: None | str | Unset = _src.get("currency_symbol", UNSET)

        return currency_symbol

    @staticmethod
    def _read_currency_locale(_src: dict[str, Any]) -> None | str | Unset:
        currency_locale: None | str | Unset = _src.get("currency_locale", UNSET)

        return currency_locale

    @staticmethod
    def _read_mc_status(_src: dict[str, Any]) -> bool | None | Unset:
        mc_status: bool | None | Unset = _src.get("mc_status", UNSET)

        return mc_status

    @staticmethod
    def _read_gapps_enabled(_src: dict[str, Any]) -> bool | None | Unset:
        gapps_enabled: bool | None | Unset = _src.get("gapps_enabled", UNSET)

        return gapps_enabled

    @staticmethod
    def _read_translation_enabled(_src: dict[str, Any]) -> bool | None | Unset:
        translation_enabled: bool | None | Unset = _src.get("translation_enabled", UNSET)

        return translation_enabled

    @staticmethod
    def _read_privacy_settings(_src: dict[str, Any]) -> bool | None | Unset:
        privacy_settings: bool | None | Unset = _src.get("privacy_settings", UNSET)

        return privacy_settings

    @staticmethod
    def _read_domain_name(_src: dict[str, Any]) -> None | str | Unset:
        domain_name: None | str | Unset = _src.get("domain_name", UNSET)

        return domain_name

    @staticmethod
    def _read_photo_id(_src: dict[str, Any]) -> None | str | Unset:
        photo_id: None | str | Unset = _src.get("photo_id", UNSET)

        return photo_id

    @staticmethod
    def _read_zia_portal_id(_src: dict[str, Any]) -> None | str | Unset:
        zia_portal_id: None | str | Unset = _src.get("zia_portal_id", UNSET)

        return zia_portal_id

    @staticmethod
    def _read_license_details(_src: dict[str, Any]) -> None | OrgLicenseDetails | Unset:
        _license_details = _src.get("license_details", UNSET)
        license_details: None | OrgLicenseDetails | Unset
        if isinstance(_license_details, dict):
            try:
                componentsschemas_org_license_details_type_0 = OrgLicenseDetails.from_dict(_license_details)
                componentsschemas_org_license_details_type_0._load_all_fields()
                license_details = componentsschemas_org_license_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                license_details = cast(None | OrgLicenseDetails | Unset, _license_details)
        else:
            license_details = _license_details

        return license_details

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
from ..models.org_license_details import OrgLicenseDetails  # noqa: E402
