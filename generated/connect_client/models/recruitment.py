from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.person_name import PersonName


T = TypeVar("T", bound="Recruitment")


@_attrs_define
class Recruitment:
    """One recruited person: who gets the subscription, where it is delivered, and the coupon and price that apply. Used in
    registration requests and, as Connect stores them, in the `recruitments` and `unverifiedRecruitments` lists of `GET
    /v1/recruitment/{campaign}`. Connect's reference lists these objects without their fields; the fields here are the
    ones its full request sample uses, none of them is marked required there, and listed recruitments may carry further
    fields.

    """

    name: None | PersonName | Unset = UNSET
    """ A person's name, and for a business subscription the company and department. Recruiters usually give the
    three name parts; recruited persons may also give `companyName` and `departmentName`. """
    address: Address | None | Unset = UNSET
    """ A Norwegian-style address: the street (delivery) address and, optionally, a separate postal address such as
    a PO box (`postalAddress` with its own postal code and place). """
    coupon_code: None | str | Unset = UNSET
    """ Code of the coupon (offer) the recruitment uses. The coupon must belong to the product of the recruitment
    request. """
    coupon_number: int | None | Unset = UNSET
    """ Coupon number, identifying the coupon together with `couponCode`. """
    amount: float | None | Unset = UNSET
    """ Amount (price) of this recruitment. """
    quantity: int | None | Unset = UNSET
    """ Quantity ordered for this person. """
    phone_number: None | str | Unset = UNSET
    """ Phone number in international format, for example `+4712345678`. """
    email: None | str | Unset = UNSET
    """ E-mail address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.person_name import PersonName  # noqa: PLC0415

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, PersonName):
            name = self.name.to_dict()
        else:
            name = self.name

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

        coupon_number: int | None | Unset
        if isinstance(self.coupon_number, Unset):
            coupon_number = UNSET
        else:
            coupon_number = self.coupon_number

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if coupon_number is not UNSET:
            field_dict["couponNumber"] = coupon_number
        if amount is not UNSET:
            field_dict["amount"] = amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.person_name import PersonName  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | PersonName | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_person_name_type_0 = PersonName.from_dict(data)

                return componentsschemas_person_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonName | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_address_type_0 = Address.from_dict(data)

                return componentsschemas_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_coupon_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_code = _parse_coupon_code(d.pop("couponCode", UNSET))

        def _parse_coupon_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        coupon_number = _parse_coupon_number(d.pop("couponNumber", UNSET))

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        recruitment = cls(
            name=name,
            address=address,
            coupon_code=coupon_code,
            coupon_number=coupon_number,
            amount=amount,
            quantity=quantity,
            phone_number=phone_number,
            email=email,
        )

        recruitment.additional_properties = d
        return recruitment

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
