# generated from spec/dist/crm.yaml by make generate — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset, lazily_built, load_before_assignment, load_nested

T = TypeVar("T", bound="Org")


@_attrs_define(on_setattr=load_before_assignment)
class Org(LazyModel):
    """The organisation (company) of the CRM account. GDPR: `privacy_settings` is true when the organisation enabled GDPR
    compliance, false when it disabled it.

    """

    id: None | str | Unset = UNSET
    """ The organisation's id. """
    company_name: None | str | Unset = UNSET
    """ The company's name. """
    alias: None | str | Unset = UNSET
    """ The company's alias, a short alternative name. """
    primary_zuid: None | str | Unset = UNSET
    """ Zoho account id of the organisation's primary contact. """
    zgid: None | str | Unset = UNSET
    """ The organisation's Zoho group id. """
    primary_email: None | str | Unset = UNSET
    """ The e-mail address of the account's primary contact (the super administrator). """
    website: None | str | Unset = UNSET
    """ The company's website. """
    phone: None | str | Unset = UNSET
    """ The company's phone number. """
    mobile: None | str | Unset = UNSET
    """ The company's mobile number. """
    fax: None | str | Unset = UNSET
    """ The company's fax number. """
    employee_count: None | str | Unset = UNSET
    """ The number of employees, as entered (a string). """
    description: None | str | Unset = UNSET
    """ A description of the company. """
    street: None | str | Unset = UNSET
    """ Street of the company's address. """
    city: None | str | Unset = UNSET
    """ City of the company's address. """
    state: None | str | Unset = UNSET
    """ State or province of the company's address. """
    zip_: None | str | Unset = UNSET
    """ Postal code of the company's address. """
    country: None | str | Unset = UNSET
    """ Country of the company's address. """
    country_code: None | str | Unset = UNSET
    """ The country's code, for example `US`. """
    time_zone: None | str | Unset = UNSET
    """ The organisation's time zone, for example `America/Los_Angeles`. """
    iso_code: None | str | Unset = UNSET
    """ ISO code of the organisation's base currency, for example `USD`. """
    currency: None | str | Unset = UNSET
    """ The name of the base currency, for example `US Dollar - USD`. """
    currency_symbol: None | str | Unset = UNSET
    """ The base currency's symbol, for example `$`. """
    currency_locale: None | str | Unset = UNSET
    """ The locale that formats currency values, for example `en_US`. """
    mc_status: bool | None | Unset = UNSET
    """ Whether multi-currency is enabled. """
    gapps_enabled: bool | None | Unset = UNSET
    """ Whether Google Apps (Google Workspace) integration is enabled. """
    translation_enabled: bool | None | Unset = UNSET
    """ Whether translation of labels is enabled. """
    privacy_settings: bool | None | Unset = UNSET
    """ GDPR compliance is enabled (true) or disabled (false) for the organisation. """
    domain_name: None | str | Unset = UNSET
    """ The organisation's domain name in Zoho, when it has one. """
    photo_id: None | str | Unset = UNSET
    """ Id of the organisation's logo, set by `POST /org/photo`. """
    zia_portal_id: None | str | Unset = UNSET
    """ The id of the organisation's Zia (Zoho's AI assistant) portal, when it has one. """
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

        company_name: None | str | Unset = d.pop("company_name", UNSET)

        alias: None | str | Unset = d.pop("alias", UNSET)

        primary_zuid: None | str | Unset = d.pop("primary_zuid", UNSET)

        zgid: None | str | Unset = d.pop("zgid", UNSET)

        primary_email: None | str | Unset = d.pop("primary_email", UNSET)

        website: None | str | Unset = d.pop("website", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        fax: None | str | Unset = d.pop("fax", UNSET)

        employee_count: None | str | Unset = d.pop("employee_count", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        street: None | str | Unset = d.pop("street", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        country_code: None | str | Unset = d.pop("country_code", UNSET)

        time_zone: None | str | Unset = d.pop("time_zone", UNSET)

        iso_code: None | str | Unset = d.pop("iso_code", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        currency_symbol: None | str | Unset = d.pop("currency_symbol", UNSET)

        currency_locale: None | str | Unset = d.pop("currency_locale", UNSET)

        mc_status: bool | None | Unset = d.pop("mc_status", UNSET)

        gapps_enabled: bool | None | Unset = d.pop("gapps_enabled", UNSET)

        translation_enabled: bool | None | Unset = d.pop("translation_enabled", UNSET)

        privacy_settings: bool | None | Unset = d.pop("privacy_settings", UNSET)

        domain_name: None | str | Unset = d.pop("domain_name", UNSET)

        photo_id: None | str | Unset = d.pop("photo_id", UNSET)

        zia_portal_id: None | str | Unset = d.pop("zia_portal_id", UNSET)

        _license_details = d.pop("license_details", UNSET)
        license_details: None | OrgLicenseDetails | Unset
        if isinstance(_license_details, dict):
            try:
                componentsschemas_org_license_details_type_0 = OrgLicenseDetails._built_whole(_license_details)
                license_details = componentsschemas_org_license_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                license_details = cast(None | OrgLicenseDetails | Unset, _license_details)
        else:
            license_details = _license_details

        additional_properties = d
        _set = object.__setattr__
        _set(self, "id", id)
        _set(self, "company_name", company_name)
        _set(self, "alias", alias)
        _set(self, "primary_zuid", primary_zuid)
        _set(self, "zgid", zgid)
        _set(self, "primary_email", primary_email)
        _set(self, "website", website)
        _set(self, "phone", phone)
        _set(self, "mobile", mobile)
        _set(self, "fax", fax)
        _set(self, "employee_count", employee_count)
        _set(self, "description", description)
        _set(self, "street", street)
        _set(self, "city", city)
        _set(self, "state", state)
        _set(self, "zip_", zip_)
        _set(self, "country", country)
        _set(self, "country_code", country_code)
        _set(self, "time_zone", time_zone)
        _set(self, "iso_code", iso_code)
        _set(self, "currency", currency)
        _set(self, "currency_symbol", currency_symbol)
        _set(self, "currency_locale", currency_locale)
        _set(self, "mc_status", mc_status)
        _set(self, "gapps_enabled", gapps_enabled)
        _set(self, "translation_enabled", translation_enabled)
        _set(self, "privacy_settings", privacy_settings)
        _set(self, "domain_name", domain_name)
        _set(self, "photo_id", photo_id)
        _set(self, "zia_portal_id", zia_portal_id)
        _set(self, "license_details", license_details)
        _set(self, "additional_properties", additional_properties)

    def _convert_nested_fields(self) -> None:
        load_nested(self.license_details)

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
